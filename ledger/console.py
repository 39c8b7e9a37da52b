"""Console output for clerks: aligned tables with Chinese text, safe on any code page."""
from __future__ import annotations

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


def pad(text: str, width: int) -> str:
    text = clip(text, width)
    return text + " " * (width - display_width(text))


def table(rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> str:
    return "\n".join("  ".join(pad(c, w) for c, w in zip(row, widths)).rstrip() for row in rows)


def findings_table(findings: list[Finding], limit: int = 200) -> str:
    rows = [("级别", "位置", "问题", "建议")]
    several_files = len({f.file for f in findings}) > 1
    for f in findings[:limit]:
        where = "/".join(x for x in ((f.file if several_files else ""), f.sheet, f.cell) if x)
        rows.append((SEVERITY_LABEL.get(f.severity, f.severity), where, f.message, f.suggestion))
    text = table(rows, (4, 30 if several_files else 16, 56, 40))
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
