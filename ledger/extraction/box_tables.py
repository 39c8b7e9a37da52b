"""Task tables drawn with box characters, as law-database mirrors print them:

    ┌──┬──────────┬────┐
    │序号│工作任务          │牵头单位│
    ├──┼──────────┼────┤
    │1 │推进…，年内建成│市住建局│
    │  │东外环快速路    │、市交通│
    │  │                │运输局  │
    ├──┼──────────┤        │   <- the 牵头单位 cell goes on (merged)
    │2 │实施…          │        │
    └──┴──────────┴────┘

A row is the lines between two rule lines; a cell wraps over its lines (the
fragments are joined without a break, as the text was cut by width). A rule
line whose segment under a column is blank leaves that column's cell open: it
is merged down, and its text belongs to every row it spans. The columns are
counted, not measured (characters' widths differ once the text is normalised).
The first row is the header (its words as ``.columns`` knows them); a row of
one cell is a section heading.

A rule may be drawn under some columns only, on a line whose other columns go on
with text ("├──────┤ │府,市财政局、国│ 效 │", "│方面的投入 │ ├────┤ │"):
the drawn columns close there, the others keep their text (merged on), except a
column whose next line opens an item of its own (△…, 1.…): that cell is cut there
too, its items before and after the rule lying beside different cells. A task
cell holding several items each opened by a bullet (△, ●, ■ …) at a line's start
is a row an item, sharing the row's other cells. Each table is read like any sheet
(``.text_tables`` turns the rows into a grid).
"""
from __future__ import annotations

import re

from .columns import header_columns
from .flat_table import DEADLINE_START

VERTICAL = "│┃║"
RULE_START = "┌├└┏┣┗╔╠╚╒╞╘╓╟╙"
JUNCTIONS = re.compile(r"[┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜│┃║]")


def is_box_line(text: str) -> bool:
    s = text.strip()
    return bool(s) and (s[0] in VERTICAL or s[0] in RULE_START)


RULE_CHARS = "─━═"
HEAD_REACH = 12  # lines into a run of box lines a table may still start (a title row or two above its header)
# A bullet opening an item at a line's start in a cell; with a number, an item's start.
BULLET = "△▲●◆■★☆◇○□◎※"
ITEM_START = re.compile(rf"\s*(?:[{BULLET}]|\d{{1,2}}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{{1,3}}[)）])")


def _cells(line: str) -> list[str]:
    """The cells between a line's bars; a line cut before its last bar (the page ended mid-row: '│ │ │7.5.1、10.1节日
    期间在公园…', unseen w2684) keeps the text after its last bar as a cell."""
    inner = line.strip()
    parts = JUNCTIONS.split(inner)
    if len(parts) > 2 and not JUNCTIONS.fullmatch(inner[-1]) and parts[-1].strip():
        return parts[1:]
    return parts[1:-1] if len(parts) > 2 else parts[1:]


def _is_rule(segment: str) -> bool:
    s = segment.strip()
    return bool(s) and all(ch in RULE_CHARS for ch in s)


def _rule_closes(line: str, width: int) -> list[bool]:
    """Which columns a rule line closes: its segment under them is drawn (─), not blank."""
    segments = JUNCTIONS.split(line.strip())[1:-1]
    if len(segments) != width:
        return [True] * width
    return [bool(seg.strip()) for seg in segments]


def box_table(texts: list[str], numbers: list[int], i: int) -> tuple[list[str], list[tuple[list[str], int, str, bool]], int] | None:
    """The box table starting at line ``i``: its header cells, its rows (cells,
    first line, source, section row) and the index after it; None if none starts there."""
    if not texts[i].strip() or texts[i].strip()[0] not in RULE_START + VERTICAL:
        return None
    if i >= HEAD_REACH and all(is_box_line(texts[k]) for k in range(i - HEAD_REACH, i)):
        return None  # deep in a run of box lines: a table read from above it (or none) holds this line; each line of a
        # long run tried as a table's start read the rest of the run again (a 1,600-row box under an unknown header: >120 s)
    j = i
    rows: list[tuple[list[str], int, str, bool]] = []
    width = 0
    open_text: list[str] = []  # per column, the text of the cell still open
    open_from: list[int] = []  # per column, the row where it opened
    pending: list[list[str]] = []  # the current row's lines, split
    sources: list[str] = []
    first_line = 0
    end = j
    while end < len(texts) and is_box_line(texts[end]):
        end += 1
    # A mirror that dropped the rule lines: the header is the lines before the first numbered
    # one; below it each line whose first cell holds something opens a row, a line whose first
    # cell is blank is the row's cells wrapped.
    ruled = any(t.strip()[0] in RULE_START for t in texts[i:end])
    while j < len(texts) and is_box_line(texts[j]):
        line = texts[j].strip()
        cells = _cells(line)
        partial = width and len(cells) == width and any(map(_is_rule, cells)) and (
            line[0] in VERTICAL or not all(_is_rule(c) or not c.strip() for c in cells))
        if partial:  # a rule under some columns, text in others
            rules = [_is_rule(c) for c in cells]
            pending.append(["" if r else c for c, r in zip(cells, rules)])
            sources.append(line)
            first_line = first_line or numbers[j]
            nxt = _cells(texts[j + 1].strip()) if j + 1 < len(texts) and is_box_line(texts[j + 1]) else []
            closes = [r or (c < len(nxt) and not _is_rule(nxt[c]) and bool(ITEM_START.match(nxt[c]))
                            and bool(open_text[c] or any(p[c].strip() for p in pending)))
                      for c, r in enumerate(rules)]
            _close_row(rows, pending, open_text, open_from, closes, first_line, sources)
            pending, sources, first_line = [], [], 0
        elif line[0] in VERTICAL:
            if (not ruled and pending and width and cells and (cells[0].strip() and (rows or re.match(r"\s*\d", cells[0]))
                                                               or _row_of_its_own(rows, pending, cells))):
                _close_row(rows, pending, open_text, open_from, [True] * width, first_line, sources)
                pending, sources, first_line = [], [], 0
            if not width and len(cells) >= 3:
                width = len(cells)
                open_text, open_from = [""] * width, [0] * width
            pending.append(cells)
            sources.append(line)
            first_line = first_line or numbers[j]
        elif pending and width:
            _close_row(rows, pending, open_text, open_from, _rule_closes(line, width), first_line, sources)
            pending, sources, first_line = [], [], 0
        j += 1
    if pending and width:
        _close_row(rows, pending, open_text, open_from, [True] * width, first_line, sources)
    if not rows or header_columns([re.sub(r"\s+", "", c) for c in rows[0][0]]) is None:
        return None
    header = [re.sub(r"\s+", "", c) for c in rows[0][0]]
    return header, _items_split(header, rows[1:]), j


def _row_of_its_own(rows: list[tuple[list[str], int, str, bool]], pending: list[list[str]], cells: list[str]) -> bool:
    """A line with no rule above it whose first cell is blank that is a row of its own, not the
    row's cells wrapped: a row under a merged number (and 重点任务 title), or a row whose 序号 the
    header does not have. Under a header with a deadline column, its deadline cell holds one and
    so does the row being read (a deadline does not wrap into a second one)."""
    columns = header_columns([re.sub(r"\s+", "", c) for c in rows[0][0]]) if rows else None
    deadline = (columns or {}).get("deadline", [None])[0]
    if deadline is None or deadline >= len(cells) or not DEADLINE_START.match(cells[deadline].strip()):
        return False
    return any(deadline < len(p) and DEADLINE_START.match(p[deadline].strip()) for p in pending)


def _items_split(header: list[str], rows: list[tuple[list[str], int, str, bool]]) -> list[tuple[list[str], int, str, bool]]:
    """A task cell of several bulleted items (kept apart by line breaks in ``_close_row``):
    a row an item, with the row's other cells, the bullet dropped; line breaks in other
    cells dropped."""
    columns = header_columns(header) or {}
    text = (columns.get("text") or [None])[0]
    out = []
    for cells, line, source, section in rows:
        if section or text is None or text >= len(cells):
            out.append(([c.replace("\n", "") for c in cells], line, source, section))
            continue
        others = [c.replace("\n", "") for c in cells]
        items = [t for t in cells[text].split("\n") if t.strip()] or [""]
        for item in items:
            item = item.lstrip(BULLET).strip() if item[:1] in BULLET else item
            out.append((others[:text] + [item] + others[text + 1:], line, source, section))
    return out


def _close_row(rows: list[tuple[list[str], int, str, bool]], lines: list[list[str]], open_text: list[str],
               open_from: list[int], closes: list[bool], first_line: int, sources: list[str]) -> None:
    width = len(open_text)
    if all(len(cells) < 2 for cells in lines):  # one cell across the table: a section heading
        text = "".join(c.strip() for cells in lines for c in cells)
        rows.append(([text] + [""] * (width - 1), first_line, "\n".join(sources), True))
        return
    here = len(rows)
    for cells in lines:
        for c, value in enumerate(cells[:width]):
            if not open_text[c]:
                open_from[c] = here
            if open_text[c] and value.strip()[:1] in BULLET:  # an item of its own: kept apart
                open_text[c] += "\n"
            open_text[c] += value.strip()
    row = [""] * width
    rows.append((row, first_line, "\n".join(sources), False))
    for c in range(width):
        if not closes[c]:
            continue
        for r in range(open_from[c], here + 1):  # a merged cell's text belongs to every row it spans
            if r < len(rows) and not rows[r][3]:
                rows[r][0][c] = open_text[c]
        open_text[c], open_from[c] = "", here + 1
