"""A task table flattened to text, rebuilt into a grid.

Copying a Word or PDF table as text gives one cell a line, each cell line
starting with a tab; an empty line where a cell was vertically merged; the
value of a merged cell printed once, out of place, on a line without a tab;
a line break inside a cell giving a further line without a tab (DOMAIN.md,
seed 004's annex 1). The header is recognised by its words (ledger.headers),
never by the table's title.

Rows are found by their anchor: the 序号 cell, or else the task cell, whose
number follows the previous row's ("36县级…" without its dot counts). Cells
before the anchor are the category columns, cells after it fill the remaining
columns in header order. A line without a tab is

* a heading ("二、…", "（二）…"): the value of a merged category cell,
  for the next row;
* a date ("2020年10月底…"): the value of a merged 完成时限 cell, for the row
  whose 完成时限 cell is still empty;
* anything else: the continuation of the cell before it.

Blank category and 完成时限 cells mean "same as above" (merged); a blank
category cell under a new higher-level category stays blank, a level-1
category with no level-2 cell beside it spans both columns, and a heading with
no category column to go to becomes a section row (nothing merges across it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..headers import task_synonyms
from ..io.grid import Grid
from ..io.read import split_number
from ..io.tables import assign_columns, header_text, is_task_table
from .blocks import merge_boxes
from .columns import canonical_header

# A mark beside a row's number (1*, ★2, 3△: a task the office leads, a key project): the number still.
NUMBER_DECORATION = "*＊★☆△▲▽※#＃◆◇●○■□√"
HEADING_L1 = re.compile(r"^(?:[一二三四五六七八九十百—]+\s*[、.．]|第[一二三四五六七八九十百\d]+(?:部分|条))")  # "—、" is a real typo for 一、
HEADING_L2 = re.compile(r"^[（(]\s*[一二三四五六七八九十百]+\s*[）)]")
DEADLINE_START = re.compile(
    r"^(?:\d{4}\s*年|\d{4}\s*[./-]\s*\d|\d{1,2}\s*月|每[年季月周旬日]|长期|常年|常态|持续|[上下]半年|年底|年内|立即)")
TABLE_END = re.compile(r"^\s*(?:附\s*件\s*[\d一二三四五六七八九十]*(?:\s*[:：].*)?$|附件\s*\d|(?:注|备注|说明)\s*[:：])")
HEADER_WORD = re.compile(r"^[^\d、，,。；;]{1,10}$")
MIN_HEADER_CELLS = 3


@dataclass
class FlatTable:
    start: int  # index of the first header line in the given lines
    end: int  # index after the table's last line
    grid: Grid
    row_lines: list[int] = field(default_factory=list)
    row_sources: list[str] = field(default_factory=list)


@dataclass
class _Row:
    cells: dict[int, list[str]] = field(default_factory=dict)
    prefix: list[str] = field(default_factory=list)
    pending_cats: dict[int, str] = field(default_factory=dict)
    trailing: int = 0
    line: int = 0
    source: list[str] = field(default_factory=list)


def find_flat_tables(texts: list[str], numbers: list[int]) -> list[FlatTable]:
    """Every flattened task table in the lines (tab-indented header words first)."""
    out: list[FlatTable] = []
    i = 0
    while i < len(texts):
        header = _header_at(texts, i)
        if header is None:
            i += 1
            continue
        cells, body_start = header
        table = _read_table(texts, numbers, i, cells, body_start)
        if table is None:
            i = body_start
            continue
        out.append(table)
        i = table.end
    return out


def _header_at(texts: list[str], i: int) -> tuple[list[str], int] | None:
    """Header cells starting at line i, and where the body starts."""
    if not texts[i].startswith("\t"):
        return None
    cells: list[str] = []
    j = i
    while j < len(texts):
        line = texts[j]
        value = line.strip()
        if line.startswith("\t") and value and HEADER_WORD.match(value) and header_text(value):
            cells.append(canonical_header(value) or value)
        elif not line.startswith("\t") and value and cells and HEADER_WORD.match(cells[-1] + value):
            cells[-1] += value  # "部门⏎名称": a line break inside a header cell
        else:
            break
        j += 1
    if len(cells) < MIN_HEADER_CELLS:
        return None
    columns = assign_columns(dict(enumerate(cells)), task_synonyms())
    if not is_task_table(columns):
        return None
    return [canonical_header(c) or c for c in cells], j  # 主办单位 -> 责任单位, 时间进度 -> 完成时限


def _table_end(texts: list[str], start: int) -> int:
    """After the last tab line before an 附件/注 line or another header; a few
    short untabbed lines right after it (a cell's last line) still belong."""
    last_tab = start - 1
    j = start
    while j < len(texts):
        line = texts[j]
        if not line.startswith("\t") and TABLE_END.match(line):
            break
        if line.startswith("\t") and j > start and _header_at(texts, j) is not None:
            break
        if line.startswith("\t"):
            last_tab = j
        j += 1
    end = last_tab + 1
    while end < j and texts[end].strip() and not texts[end].startswith("\t"):
        value = texts[end].strip()
        if len(value) > 20 or value.endswith("。") or HEADING_L1.match(value):
            break
        end += 1
    return end


class _Parser:
    """Feeds lines, collects rows (cells as lists of lines)."""

    def __init__(self, cells: list[str]):
        self.ncols = len(cells)
        self.columns = assign_columns(dict(enumerate(cells)), task_synonyms())
        number_col = self.columns.get("number", [None])[0]
        self.by_number = number_col is not None
        self.anchor: int = number_col if number_col is not None else self.columns["text"][0]
        self.cat_cols = [c for c in self.columns.get("category", []) if c < self.anchor]
        self.deadline_col = self.columns.get("deadline", [None])[0]
        self.rows: list[_Row] = []
        self.next = _Row()
        self.last: tuple[_Row, list[str]] | None = None  # the cell a continuation goes to
        self.last_number: int | None = None

    @property
    def current(self) -> _Row | None:
        return self.rows[-1] if self.rows else None

    def feed(self, line: str, number: int) -> None:
        value = line.strip()
        target: _Row | None
        if line.startswith("\t"):
            target = self._tab(value, number)
        elif value:
            target = self._plain(value)
        else:
            return
        if value and target is not None:
            target.source.append(value)

    def _tab(self, value: str, number: int) -> _Row:
        row = self.current
        if self._is_anchor(value):
            return self._start_row(value, number)
        if row is not None and row.trailing < self.ncols - self.anchor - 1 and not self.next.prefix:
            col = self.anchor + 1 + row.trailing
            row.trailing += 1
            row.cells[col] = [value] if value else []
            self.last = (row, row.cells[col])
            return row
        self.next.prefix.append(value)
        self.last = None
        return self.next

    def _plain(self, value: str) -> _Row | None:
        row = self.current
        level = 1 if HEADING_L1.match(value) else 2 if HEADING_L2.match(value) else 0
        if level:
            col = self.cat_cols[min(level, len(self.cat_cols)) - 1] if self.cat_cols else -level
            self.next.pending_cats[col] = value  # no category column: a section row
            self.last = None
            return self.next
        if DEADLINE_START.match(value) and self.deadline_col is not None and self.deadline_col > self.anchor:
            target = row if row is not None and not row.cells.get(self.deadline_col) else self.next
            target.cells[self.deadline_col] = [value]
            self.last = (target, target.cells[self.deadline_col])
            return target
        if self.last is not None:
            self.last[1].append(value)
            return self.last[0]
        if self.next.prefix:
            self.next.prefix[-1] = (self.next.prefix[-1] + "\n" + value).strip()
            return self.next
        return None

    def _is_anchor(self, value: str) -> bool:
        if self.by_number:
            m = re.fullmatch(rf"[{NUMBER_DECORATION}]?(\d{{1,4}})(?:[.．]\d{{1,3}})*[.．、]?[{NUMBER_DECORATION}]*[.．、]?", value)
            number = m.group(1) if m else ""
        else:
            number = split_number(value)[0].split(".")[0]
        if not number:
            return False
        top, last = int(number), self.last_number
        row = self.current
        complete = row is None or row.trailing >= self.ncols - self.anchor - 1
        return last is None or top in (last + 1, 1) or (complete and last < top <= last + 3)

    def _start_row(self, value: str, number: int) -> _Row:
        row = self.next
        row.line = number
        row.cells[self.anchor] = [value]
        self.rows.append(row)
        self.next = _Row()
        self.last = (row, row.cells[self.anchor])
        top = re.search(r"\d+", value)
        self.last_number = int(top.group()) if top else self.last_number
        return row


def _read_table(texts: list[str], numbers: list[int], start: int, cells: list[str],
                body_start: int) -> FlatTable | None:
    end = _table_end(texts, body_start)
    parser = _Parser(cells)
    for j in range(body_start, end):
        parser.feed(texts[j], numbers[j])
    if not parser.rows:
        return None
    builder = _GridBuilder(cells, parser)
    for row in parser.rows:
        builder.add(row)
    grid = Grid(name="表", rows=builder.rows, merges=merge_boxes(builder.origin), origin=builder.origin)
    return FlatTable(start, end, grid, builder.row_lines, builder.row_sources)


class _GridBuilder:
    """Rows of cell text -> grid values, with merges for "same as above" cells."""

    def __init__(self, header: list[str], parser: _Parser):
        self.p = parser
        self.rows: list[list[object]] = [list(header)]
        self.origin: dict[tuple[int, int], tuple[int, int]] = {}
        self.row_lines: list[int] = [0]
        self.row_sources: list[str] = ["\t".join(header)]
        self.prev: int | None = None  # grid index of the previous task row

    def add(self, row: _Row) -> None:
        extra = row.prefix[:max(0, len(row.prefix) - self.p.anchor)]
        headings = [v for v in extra if v] + [row.pending_cats[-lv] for lv in (1, 2) if -lv in row.pending_cats]
        for heading in headings:  # no category column for it: a section row, as offices make them
            self._append([heading] + [""] * (self.p.ncols - 1), row, section=True)
            self.prev = None  # nothing is merged down across a row merged across the table
        values = [("\n".join(row.cells.get(c, [])).strip()) for c in range(self.p.ncols)]
        new, spans = self._place_categories(row, values)
        r = self._append(values, row)
        for c in spans:
            self.rows[r][c] = values[self.p.cat_cols[0]]
            self.origin[(r, c)] = (r, self.p.cat_cols[0])
        self._fill_down(r, new, spans)
        self.prev = r

    def _place_categories(self, row: _Row, values: list[str]) -> tuple[set[int], set[int]]:
        """Prefix cells and out-of-place headings into the category columns."""
        cats = self.p.cat_cols
        placed: dict[int, str] = {}
        prefix = row.prefix[-self.p.anchor:] if self.p.anchor else []
        if len(prefix) >= len(cats):
            placed = dict(zip(cats, prefix[-len(cats):])) if cats else {}
        else:
            free = list(cats)
            for v in prefix:
                level = 1 if HEADING_L1.match(v) else 2 if HEADING_L2.match(v) else 0
                col = cats[min(level, len(cats)) - 1] if level else (free[0] if free else None)
                if col is not None:
                    placed[col] = v
                    if col in free:
                        free.remove(col)
        for col, v in row.pending_cats.items():
            if col >= 0 and not placed.get(col):
                placed[col] = v
        for col, v in placed.items():
            values[col] = v
        new = {c for c in cats if values[c]}
        spans = set()
        if cats and values[cats[0]] and HEADING_L1.match(values[cats[0]]) and len(row.prefix) < len(cats):
            spans = {c for c in cats[1:] if not values[c]}
        return new, spans

    def _fill_down(self, r: int, new: set[int], spans: set[int]) -> None:
        if self.prev is None:
            return
        changed = False
        for c in self.p.cat_cols:
            if c in new:
                changed = changed or self.rows[r][c] != self.rows[self.prev][c]
                continue
            if c not in spans and not changed:
                self._copy_above(r, c)
        d = self.p.deadline_col
        if d is not None and not self.rows[r][d]:
            self._copy_above(r, d)

    def _copy_above(self, r: int, c: int) -> None:
        above = self.prev
        if above is None or not self.rows[above][c]:
            return
        value = self.rows[above][c]
        self.rows[r][c] = value
        if above == r - 1:
            self.origin[(r, c)] = self.origin.get((above, c), (above, c))

    def _append(self, values: list, row: _Row, section: bool = False) -> int:
        self.rows.append(list(values))
        self.row_lines.append(row.line)
        self.row_sources.append("" if section else "\n".join(row.source))
        return len(self.rows) - 1
