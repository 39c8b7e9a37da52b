"""What the clerk marked in an earlier 汇总台账 (its 销号确认 column), read back
(kept apart from the writer: a merge reads it, the export does not)."""
from __future__ import annotations

from pathlib import Path

from ..errors import FileProblem
from .grid import load_grids
from .ledger_workbook import CONFIRM_HEADER, CONFIRM_WORDS, FIRST, HEADER_ROW, ID_HEADER, MAIN_SHEET
from .read import cell_text


def read_confirmations(path: Path) -> list[str]:
    """Task ids the clerk marked in 销号确认 of an earlier 汇总台账."""
    grids = load_grids(Path(path), hidden=False)
    grid = next((g for g in grids if g.name == MAIN_SHEET), None)
    if grid is None or len(grid.rows) <= HEADER_ROW:
        raise FileProblem(f"找不到“{MAIN_SHEET}”工作表或其表头", path=str(path))
    header = [cell_text(v) for v in grid.rows[HEADER_ROW]]
    if CONFIRM_HEADER not in header or ID_HEADER not in header:
        raise FileProblem(f"“{MAIN_SHEET}”表头中找不到“{CONFIRM_HEADER}”或“{ID_HEADER}”列", path=str(path))
    c_confirm, c_id = header.index(CONFIRM_HEADER), header.index(ID_HEADER)
    out = []
    for row in grid.rows[FIRST:]:
        mark = cell_text(row[c_confirm] if c_confirm < len(row) else "").lower()
        task_id = cell_text(row[c_id] if c_id < len(row) else "")
        if mark in CONFIRM_WORDS and task_id:
            out.append(task_id)
    return out
