"""Cell accounting, checked from outside the reader.

The cells a workbook holds are counted with openpyxl / xlrd / csv (not with the
reader's own grid); every one of them must be in a task (its text found in the
record it was given to), in a row the reader recognised as a title, header,
section or footer row, or named by a finding.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl

from ledger.io.grid import cell_name
from ledger.io.read import SUB_ITEM, cell_text, read_workbook, split_number
from ledger.roster import Roster
from ledger.tasklist import load_tasklist


def cells_in_file(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Sheet -> (row, col) 0-based -> text of every non-empty cell that is not
    covered by a merge (a merge counts once, at its top-left cell)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return {path.stem: _csv_cells(path)}
    if suffix == ".xls":
        return _xls_cells(path)
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                text = cell_text(cell.value)
                if text and cell.__class__.__name__ != "MergedCell":
                    cells[(cell.row - 1, cell.column - 1)] = text
        out[ws.title] = cells
    return out


def _csv_cells(path: Path) -> dict[tuple[int, int], str]:
    text = path.read_bytes().decode("utf-8-sig")
    return {(r, c): v.strip() for r, row in enumerate(csv.reader(text.splitlines()))
            for c, v in enumerate(row) if v.strip()}


def _xls_cells(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True)
    out = {}
    for sheet in book.sheets():
        covered = {(r, c) for r0, r1, c0, c1 in sheet.merged_cells
                   for r in range(r0, r1) for c in range(c0, c1) if (r, c) != (r0, c0)}
        out[sheet.name] = {(r, c): cell_text(sheet.cell_value(r, c)) for r in range(sheet.nrows)
                           for c in range(sheet.ncols)
                           if (r, c) not in covered and cell_text(sheet.cell_value(r, c))}
    return out


def _blob(rec) -> str:
    parts = [rec.number, *rec.values.values(), *rec.extra.values(), *rec.category]
    return "\n".join(str(p) for p in parts)


def _in_record(text: str, blob: str) -> bool:
    text = re.sub(r"\s+", "", text)
    blob = re.sub(r"\s+", "", blob)
    rest = split_number(text)[1]
    sub = SUB_ITEM.match(text)
    return text in blob or rest in blob or bool(sub and text[sub.end():] in blob)


def assert_accounted(path: Path, kind: str = "tasks") -> None:
    """Every cell of every table sheet is placed, structural or reported."""
    path = Path(path)
    book = read_workbook(path, prefer=kind)
    if kind == "tasks":
        findings = load_tasklist(path, Roster.empty()).findings
    else:
        findings = [f for s in book.sheets for f in s.findings]
    file_cells = cells_in_file(path)
    tables = [s for s in book.sheets if s.kind != "none"]
    assert tables, f"{path.name}: no table found"
    for sheet in tables:
        exp = file_cells[sheet.sheet]
        account = sheet.account
        assert account.read == set(exp), (sheet.sheet, sorted(set(exp) ^ account.read)[:10])
        reported = {f.cell for f in findings if f.sheet == sheet.sheet}
        named = {cell for cell in exp if cell_name(*cell) in reported}
        unplaced = set(exp) - account.placed - account.structural - named
        assert not unplaced, [(cell_name(*c), exp[c][:20]) for c in sorted(unplaced)]
        blobs = [_blob(rec) for rec in sheet.records]
        for cell in account.placed:
            assert any(_in_record(exp[cell], b) for b in blobs), (cell_name(*cell), exp[cell][:30])
