"""Find the task table in a grid: header row(s) by their words, column roles.

Works for the family of layouts offices use: title and note rows above the
header, one or two header rows, category columns or section rows, merged
cells, footer notes below.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..headers import Synonyms, normalize_header
from .grid import Grid

HEADER_SCAN_ROWS = 30
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
    _extra_text_as_category(cells, synonyms, columns, taken)
    for cols in columns.values():
        cols.sort()
    return columns


def _extra_text_as_category(cells, synonyms, columns, taken) -> None:
    """A second task-text column left of the real one (平罗: 项目 | 内容 | 主要任务)
    is a category level."""
    text_col = (columns.get("text") or [None])[0]
    if text_col is None or "text" not in synonyms.fields:
        return
    for col, word in cells.items():
        if col in taken or col >= text_col:
            continue
        if any(name == "text" for name, _ in synonyms.lookup(word)):
            columns.setdefault("category", []).append(col)
            taken.add(col)


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


def find_table(grid: Grid, tasks: Synonyms, breakdown: Synonyms) -> Table | None:
    """The best header in the first rows of a grid, or None for a non-table sheet."""
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
                score = sum(len(v) for v in columns.values()) * 2 + (kind == "breakdown")
                if best is None or score > best[0]:
                    table = Table(grid, kind, rows, columns, {c: cells[c] for c in cells})
                    best = (score, table)
    return best[1] if best else None


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
