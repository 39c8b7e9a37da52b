"""Fill a split workbook as a unit would: every input cell, distinct values.

Used by the merge tests and the merge benchmark. Returns what was typed, by
(sheet, row id, field), so a test can check every value landed once. 填报人 and
联系电话 are typed once, in the cells under the title; a merge keeps them with
every row of the file, and so does what this returns.
"""
from __future__ import annotations

import re
import zipfile
from datetime import date, timedelta
from pathlib import Path

import openpyxl

from ledger.demonstration import input_cells, sheet_input_cells
from ledger.io.returned import INPUT_FIELDS
from ledger.io.unit_workbook import STATUSES


def value_for(field: str, unit: str, row_id: str, n: int):
    if field == "status":
        return STATUSES[n % len(STATUSES)]
    if field == "expected":
        return date(2023, 6, 1) + timedelta(days=n % 200)
    if field == "phone":
        return f"138{n:08d}"
    return f"{unit}|{row_id}|{field}|{n}"


def set_saved_time(path: Path, stamp: str) -> None:
    """Set the saved time an office suite writes into docProps/core.xml (what
    ledger merge orders a unit's files by), e.g. "2023-03-09T10:00:00Z"."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            dst.writestr(item, data)
    tmp.replace(path)


def tricky_value(field: str, unit: str, row_id: str, n: int) -> str:
    """Distinct text in every cell, with what trips a careless reader or writer:
    & < > ", a line break, spaces around it, and (every other cell) a leading "="."""
    core = f'{unit}|{row_id}|{field}|{n} & <b> "引号"\n第二行'
    return f"={core}  " if n % 2 else f"  {core}  "


def fill_workbook(src: Path, dst: Path, unit: str, start: int = 0,
                  value_of=None) -> dict[tuple[str, str, str], object]:
    value_of = value_of or value_for  # looked up now: a test may swap value_for
    wb = openpyxl.load_workbook(src)
    typed: dict[tuple[str, str, str], object] = {}
    once = {}
    for n, (_ws, cell, field) in enumerate(sheet_input_cells(wb), start + 1):
        once[field] = _type(cell, value_of(field, unit, "", n))
    for n, (ws, cell, field, row_id) in enumerate(input_cells(wb, INPUT_FIELDS), start + len(once) + 1):
        typed[(ws.title, row_id, field)] = _type(cell, value_of(field, unit, row_id, n))
    for sheet, row_id in {(sheet, row_id) for sheet, row_id, _f in typed}:
        typed.update({(sheet, row_id, field): value for field, value in once.items()})
    wb.save(dst)
    return typed


def _type(cell, value):
    """Put ``value`` in ``cell`` as a unit types it; returns it as the merge keeps it."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that starts with "=", as a unit pastes it, not a formula
    return value.isoformat() if isinstance(value, date) else value
