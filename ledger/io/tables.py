"""Find the task table in a grid: header row(s) by their words, column roles.

Works for the family of layouts offices use: title and note rows above the
header, one or two header rows, category columns or section rows, merged
cells, footer notes below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..headers import Synonyms, normalize_header
from ..model import ROLES
from .cell_values import cell_text, section_level, split_number
from .grid import Grid

HEADER_SCAN_ROWS = 30
_NUMBER_ONLY = re.compile(r"^\d{1,4}(?:[.．-]\d{1,3})*[.．、]?$")
MAX_HEADER_LEN = 16
MULTI_FIELDS = {"category"}

TASK_OWNER_FIELDS = ("lead", "responsible", "cooperating", "deadline", "leader")


@dataclass
class Table:
    """Where a table sits in a grid and which column holds which field."""

    grid: Grid
    kind: str  # "tasks" | "breakdown"
    header_rows: tuple[int, ...]
    columns: dict[str, list[int]] = field(default_factory=dict)
    headers: dict[int, str] = field(default_factory=dict)  # col -> header text

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1

    def col(self, name: str) -> int | None:
        cols = self.columns.get(name)
        return cols[0] if cols else None


def header_text(value: object) -> str:
    if not isinstance(value, str):
        return ""
    text = normalize_header(value)
    return text if 0 < len(text) <= MAX_HEADER_LEN else ""


def assign_columns(cells: dict[int, str], synonyms: Synonyms) -> dict[str, list[int]]:
    """Give each column at most one field, best-ranked synonyms first."""
    options = []
    for col, word in cells.items():
        for name, rank in synonyms.lookup(word):
            options.append((rank, col, name))
    options.sort()
    taken: set[int] = set()
    columns: dict[str, list[int]] = {}
    for rank, col, name in options:
        if col in taken or (name in columns and name not in MULTI_FIELDS):
            continue
        taken.add(col)
        columns.setdefault(name, []).append(col)
    _more_text_columns(cells, synonyms, columns, taken)
    for cols in columns.values():
        cols.sort()
    return columns


def _more_text_columns(cells, synonyms, columns, taken) -> None:
    """Further task-text columns (重点任务 beside 具体措施, 内容 beside 主要任务) are
    category levels for now; shape_text_columns then decides by the table's
    shape which one is the text and which a title."""
    if "text" not in columns or "text" not in synonyms.fields:
        return
    for col, word in cells.items():
        if col not in taken and _is_text_word(synonyms, word):
            columns.setdefault("category", []).append(col)
            taken.add(col)


def _is_text_word(synonyms: Synonyms, word: str) -> bool:
    return any(name == "text" for name, _ in synonyms.lookup(word))


def _row_cells(grid: Grid, r: int) -> dict[int, str]:
    out = {}
    for c, value in enumerate(grid.rows[r] if r < len(grid.rows) else []):
        text = header_text(value)
        if text:
            out[c] = text
    return out


def _combine(upper: dict[int, str], lower: dict[int, str], synonyms: Synonyms) -> dict[int, str]:
    """Two header rows: a recognised word below wins over the word above."""
    cells = dict(upper)
    for c, word in lower.items():
        if synonyms.lookup(word) or c not in cells:
            cells[c] = word
    return cells


def is_task_table(columns: dict[str, list[int]]) -> bool:
    return "text" in columns and any(f in columns for f in TASK_OWNER_FIELDS)


def is_breakdown_table(columns: dict[str, list[int]]) -> bool:
    has_task = "task_number" in columns or "task_text" in columns
    return "measure" in columns and ("unit" in columns or has_task) and (
        has_task or "section" in columns or "person" in columns
    )


def find_table(grid: Grid, tasks: Synonyms, breakdown: Synonyms, prefer: str = "tasks") -> Table | None:
    """The best header in the first rows of a grid, or None for a non-table sheet.
    ``prefer`` breaks a tie between a task list and a breakdown: what the file
    was given as (``ledger import 任务清单 --breakdown 分解表``)."""
    best: tuple[int, Table] | None = None
    limit = min(len(grid.rows), HEADER_SCAN_ROWS)
    for r in range(limit):
        upper = _row_cells(grid, r)
        if len(upper) < 2 and not (r + 1 < limit and _row_cells(grid, r + 1)):
            continue
        lower = _row_cells(grid, r + 1) if r + 1 < len(grid.rows) else {}
        for rows, cells in (((r,), upper), ((r, r + 1), _combine(upper, lower, tasks))):
            if len(rows) == 2 and not _looks_like_second_header(grid, r, lower, tasks, breakdown):
                continue
            for kind, synonyms, ok in (("breakdown", breakdown, is_breakdown_table),
                                       ("tasks", tasks, is_task_table)):
                columns = assign_columns(cells, synonyms)
                if not ok(columns):
                    continue
                score = _score(kind, columns) + (kind == prefer)
                if best is None or score > best[0]:
                    table = Table(grid, kind, rows, columns, {c: cells[c] for c in cells})
                    best = (score, table)
    if best is not None and best[1].kind == "tasks":
        shape_text_columns(best[1], tasks)
        _numbers_in_a_category_column(best[1])
    return best[1] if best else None


def _numbers_in_a_category_column(table: Table) -> None:
    """项目 | 任务名称 | … with 1, 2, 3 under 项目: with no number column, a
    category column that holds only numbers is the number column."""

    if "number" in table.columns:
        return
    for c in table.columns.get("category", []):
        values = [cell_text(table.grid.value(r, c)) for r in range(table.first_data_row, len(table.grid.rows))]
        values = [v for v in values if v]
        if values and sum(1 for v in values if _NUMBER_ONLY.match(v)) * 10 >= len(values) * 9:
            table.columns["category"].remove(c)
            table.columns["number"] = [c]
            if not table.columns["category"]:
                del table.columns["category"]
            return


def _score(kind: str, columns: dict[str, list[int]]) -> int:
    """Fields found, and what marks each kind: a task list names units by role
    (牵头 and 责任/配合), a breakdown names the section and the person. A list of
    具体措施 under 重点任务 with 牵头/配合 columns is a task list, not a breakdown."""
    score = sum(1 for name in columns if name != "text") * 2 + 2 * ("text" in columns)
    if kind == "tasks":
        roles = sum(1 for f in ROLES if f in columns)
        return score + (3 if roles >= 2 else 0)
    return score + (4 if any(f in columns for f in ("section", "person", "phone")) else 0)


def shape_text_columns(table: Table, synonyms: Synonyms) -> None:
    """Of several task-text columns, the content is the one holding the most
    distinct text (the summed length of its distinct values) on the rows that
    name an owner or a deadline, then the rightmost: titles are short and
    repeat; sections, notes and blank cells do not count. Each other one is a ``title`` when every block of it
    belongs to one task number, else a category level (平罗: 项目 | 内容 | 主要任务,
    where 内容 groups many numbered tasks)."""
    categories = table.columns.get("category", [])
    candidates = table.columns["text"] + [c for c in categories
                                          if _is_text_word(synonyms, table.headers.get(c, ""))]
    if len(candidates) < 2:
        return
    rows = _task_like_rows(table)
    shapes = {c: _shape(table.grid, c, rows) for c in candidates}
    content = max(candidates, key=lambda c: (shapes[c][1], c))
    table.columns["text"] = [content]
    table.columns["category"] = [c for c in categories if c != content]
    for c in sorted(c for c in candidates if c != content):
        groups_tasks = _groups_several_numbers(table, c, content) or shapes[c][2]
        levels = [x for x in table.columns["category"] if x != c]
        if groups_tasks or "title" in table.columns:
            levels.append(c)
        else:
            table.columns["title"] = [c]
        table.columns["category"] = sorted(levels)
    if not table.columns["category"]:
        del table.columns["category"]


def _task_like_rows(table: Table) -> list[int]:
    """Data rows that name an owner or a deadline (not sections, notes, footers)."""

    cols = [c for f in TASK_OWNER_FIELDS for c in table.columns.get(f, [])]
    rows = [r for r in range(table.first_data_row, len(table.grid.rows))
            if any(cell_text(table.grid.value(r, c)) for c in cols)]
    return rows or list(range(table.first_data_row, len(table.grid.rows)))


def _shape(grid: Grid, col: int, rows: list[int]) -> tuple[int, int, bool]:
    """(distinct values, their summed length, mostly section headings) of a column's own cells."""

    values = [cell_text(grid.value(r, col)) for r in rows if grid.origin.get((r, col), (r, col)) == (r, col)]
    values = [v for v in values if v]
    if not values:
        return 0, 0, False
    sections = sum(1 for v in values if section_level(v) is not None)
    distinct = set(values)
    return len(distinct), sum(map(len, distinct)), sections * 2 > len(values)


def _groups_several_numbers(table: Table, col: int, content: int) -> bool:
    """Does one block of the column (a run of one value, merged or written out)
    span rows of two different task numbers?"""

    grid, number_col = table.grid, table.col("number")
    block, numbers = None, set()
    for r in range(table.first_data_row, len(grid.rows)):
        value = cell_text(grid.value(r, col))
        if not value:
            continue
        if value != block:
            block, numbers = value, set()
        number = cell_text(grid.value(r, number_col)) if number_col is not None else ""
        number = number or split_number(cell_text(grid.value(r, content)))[0]
        if number:
            numbers.add(number)
        if len(numbers) > 1:
            return True
    return False


def _looks_like_second_header(grid, r, lower, tasks, breakdown) -> bool:
    """Row r+1 continues the header when it holds header words under a cell of
    row r that is merged across columns or empty."""
    if not lower:
        return False
    upper = _row_cells(grid, r)
    if not any(tasks.lookup(w) or breakdown.lookup(w) for w in upper.values()):
        return False
    for c, word in lower.items():
        if not (tasks.lookup(word) or breakdown.lookup(word)):
            continue
        above = grid.value(r, c)
        origin = grid.origin.get((r, c))
        spans = origin is not None or any(
            m[0][0] == r and m[0][1] <= c <= m[1][1] and m[1][1] > m[0][1] for m in grid.merges
        )
        if spans or not str(above or "").strip():
            return True
    return False
