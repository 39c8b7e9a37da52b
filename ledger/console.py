"""Console output for clerks: aligned tables with Chinese text, safe on any code page."""
from __future__ import annotations

import re
import sys
import unicodedata

from .findings import Finding

SEVERITY_LABEL = {"error": "错误", "warning": "提醒", "info": "提示"}


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text.replace("\n", " "):
        w = display_width(ch)
        if used + w > width:
            return out[:-1] + "…" if out else ""
        out += ch
        used += w
    return out


# Chinese typesetting's 禁则: what may not begin a line, what may not end one.
_CLOSING, _OPENING = "，。、；：？！）》」』】”’…,.;:?!)%", "（《「『【“‘("
_NOT_FIRST = frozenset(_CLOSING)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, a Chinese character counting two.

    Lines break between Chinese characters and at spaces, not inside a run of
    Latin letters, digits and signs (an option, a file name) unless it is wider
    than a line. One closing mark may hang past ``width`` (a second takes the
    character before it down), an opening mark goes down with what follows;
    "\n" starts a new line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in re.findall(r"[!-~]+| +|.", paragraph):
            if not line or display_width(line + token) <= width:
                line += token
            elif token in _NOT_FIRST and (display_width(line) <= width or len(line.rstrip(_CLOSING)) < 2):
                line += token  # hangs
            elif token in _NOT_FIRST:
                cut = len(line.rstrip(_CLOSING)) - 1
                lines.append(line[:cut].rstrip())
                line = line[cut:] + token
            else:
                carry = len(line) - len(line.rstrip(_OPENING))
                lines.append(line[:len(line) - carry].rstrip())
                line = line[len(line) - carry:] + token.lstrip()
            while line.isascii() and len(line) > width:  # a run wider than the line itself
                lines.append(line[:width])
                line = line[width:]
        lines.append(line.rstrip())
    return lines


def pad(text: str, width: int) -> str:
    text = clip(text, width)
    return text + " " * (width - display_width(text))


def table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> str:
    return "\n".join("  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in rows)


def wrapped_table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> str:
    """``table`` without cutting: each cell wrapped to its column, a row as many
    lines as its tallest cell."""
    out = []
    for row in rows:
        cells = [_wrap_within(c, w) for c, w in zip(row, widths)]
        for i in range(max(map(len, cells), default=1)):
            line = [(c[i] if i < len(c) else "", w) for c, w in zip(cells, widths)]
            out.append("  ".join(t + " " * (w - display_width(t)) for t, w in line).rstrip())
    return "\n".join(out)


def _wrap_within(text: str, width: int) -> list[str]:
    """``wrap``, narrower where a hanging mark would pass the column."""
    lines = wrap(text, width)
    if any(display_width(line) > width for line in lines):
        lines = wrap(text, max(width - 2, 2))
    return lines


def findings_table(findings: list[Finding], limit: int = 200) -> str:
    """The findings, one a row: 级别, 位置 (file, sheet, cell), 问题, 建议, every
    word shown (wrapped within the columns, never cut: the clerk needs the cell)."""
    rows = [("级别", "位置", "问题", "建议")]
    several_files = len({f.file for f in findings}) > 1
    for f in findings[:limit]:
        where = "/".join(x for x in ((f.file if several_files else ""), f.sheet, f.cell) if x)
        rows.append((SEVERITY_LABEL.get(f.severity, f.severity), where, f.message, f.suggestion))
    text = wrapped_table(rows, (4, 30 if several_files else 16, 56, 40))
    if len(findings) > limit:
        text += f"\n……另有 {len(findings) - limit} 条，请用 --report 生成检查报告查看全部。"
    return text


def configure_streams() -> None:
    """Never crash on a console that cannot show a character (GBK on Windows)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass


class Progress:
    """A one-line progress bar on stderr for long work (split, merge, report).

    Off with --quiet or --json, and when stderr is not a terminal (a macro's
    hidden window, a log file), so machine output stays clean."""

    WIDTH = 24

    def __init__(self, label: str, enabled: bool, stream=None):
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent == self.shown and done != total:
            return
        self.shown = percent
        filled = self.WIDTH * done // total
        bar = "█" * filled + "░" * (self.WIDTH - filled)
        self.stream.write(f"\r{self.label} {bar} {done}/{total}")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()
