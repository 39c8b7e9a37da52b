"""A pipe table pasted one cell a line, its rows set apart by bar lines, as some
mirror sites copy a table:

    |                    <- a line of bars (or |---|---|) opens each row
    序号 |
    项目名称 |            <- each cell on its own line, ending in " |"
    责任单位 |
    |
    1 |
    中小学改造项目 |
    教体局 |

or each cell starting with "| " instead. A cell that wraps goes on, without its bar,
on the next lines (closing bars: until the line that ends in "|"; opening bars: until
the next line that starts with one). In a numbered table a line of one bar inside a
row that still lacks cells, not before a row number, is an empty cell. ``bar_rows`` cuts the lines into rows of cells;
``.text_tables`` finds the header among them and builds the grid. Cells with no bars
of their own between bar lines (one cell a row, web w29) are not this form.
"""
from __future__ import annotations

import re

from .flat_table import NUMBER_DECORATION

SEPARATOR = re.compile(r"\|[\s|:：\-—–－]*")
NUMBER_HEADER = re.compile(r"序\s*号|编\s*号|序")
ROW_NUMBER = re.compile(rf"[{NUMBER_DECORATION}]?\d{{1,3}}[{NUMBER_DECORATION}]*[.．、]?")
MAX_WRAP = 3  # lines a cell may wrap over, its bar on the last (closing) or the first (opening)


def is_separator(line: str) -> bool:
    """"|", "||||||", "|---|---|": a line that opens a row (or closes the table's title)."""
    return bool(SEPARATOR.fullmatch(line.strip()))


def bar_style(line: str) -> str:
    """"closing" for "cell |", "opening" for "| cell", "" for a line with no bar at
    either end or bars inside (a pipe row of several cells)."""
    s = line.strip()
    if not s or is_separator(s):
        return ""
    inner = s[1:] if s.startswith("|") else s
    inner = inner[:-1] if inner.endswith("|") else inner
    if "|" in inner or inner == s:
        return ""
    return "closing" if s.endswith("|") else "opening"


def _content(line: str) -> str:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    return (s[:-1] if s.endswith("|") else s).strip()


def bar_rows(texts: list[str], i: int) -> tuple[list[tuple[list[str], int]], int] | None:
    """The rows from line ``i`` on: ([(cells, index of the row's first line)], the
    index after the last line), or None when the lines there are not this form (no
    separator line, or cells without bars)."""
    styles = [bar_style(t) for t in texts[i:i + 40]]
    closing, opening = styles.count("closing"), styles.count("opening")
    if not closing and not opening or not any(is_separator(t) for t in texts[i:i + 40] if t.strip()):
        return None
    style = "closing" if closing >= opening else "opening"
    rows: list[tuple[list[str], int]] = []
    current: list[str] | None = None
    start, pending, j = i, "", i
    while j < len(texts):
        line = texts[j].strip()
        if not line:
            break
        if line == "|" and _empty_cell(rows, current, texts, j):
            current.append(pending)  # "|" alone inside a row: an empty cell (or a wrapped cell's closing bar)
            pending = ""
            j += 1
            continue
        if is_separator(line):
            if current is not None and pending:
                current.append(pending)
            if current:
                rows.append((current, start))
            current, pending, start = [], "", j + 1
            j += 1
            continue
        got = bar_style(line)
        if got and got != style:
            break
        if current is None:
            current, start = [], j
        if style == "closing":
            if got:
                current.append(f"{pending}\n{_content(line)}".strip())
                pending = ""
            elif _closes_soon(texts, j) or pending:
                pending = f"{pending}\n{line}".strip()
            else:
                break  # text after the table
        elif got:
            current.append(_content(line))
        elif current and _closes_soon(texts, j):
            current[-1] = f"{current[-1]}\n{line}"
        else:
            break
        j += 1
    if current is not None and pending and j == len(texts):
        current.append(pending)  # a cell cut off by the end of the text
    if current:
        rows.append((current, start))
    return (rows, j) if rows else None


def _empty_cell(rows: list[tuple[list[str], int]], current: list[str] | None, texts: list[str], j: int) -> bool:
    """A line of one bar inside a numbered table's row that still lacks cells, not before
    the next row's number: the row's empty cell, not the bar line opening the next row."""
    if not rows or not current or not NUMBER_HEADER.fullmatch(rows[0][0][0]) or len(current) >= len(rows[0][0]):
        return False
    return j + 1 < len(texts) and not ROW_NUMBER.fullmatch(_content(texts[j + 1]))


def _closes_soon(texts: list[str], j: int) -> bool:
    """A line without its bar inside a wrapped cell: a line with a bar comes within
    ``MAX_WRAP`` lines (no blank line between), or the text ends."""
    for k in range(j + 1, min(j + 1 + MAX_WRAP, len(texts) + 1)):
        if k == len(texts):
            return True
        if not texts[k].strip():
            return False
        if bar_style(texts[k]) or is_separator(texts[k]):
            return True
    return False
