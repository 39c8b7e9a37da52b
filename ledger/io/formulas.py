"""The formula cells of a returned workbook.

python-calamine gives a formula cell's cached value only (or nothing when the
file holds none), so the sheet XML is read for the cells that hold a formula:
``<f>`` in the ``<c>`` cells of .xlsx/.xlsm, ``table:formula`` in the cells of
an .ods file's content.xml (walked as io.grid walks it for merges). An .xlsx
sheet without any formula costs one byte search. .xls and .xlsb are taken as
calamine reads them. The container has already
passed ``safety.check_container`` (no DOCTYPE/ENTITY, sizes bounded); the XML
is parsed with defusedxml all the same.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Collection
from pathlib import Path

from defusedxml.ElementTree import ParseError, iterparse

from .grid import _ods_attr, _ods_walk, _xlsx_sheet_parts

Formulas = dict[tuple[int, int], str]  # (row, col), 0-based -> the formula as typed, "=…"
XLSX_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")  # an .xlsx sheet part that holds a formula has one
_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")


def formula_cells(path: Path, sheets: dict[str, tuple[int, int]],
                  parts: Collection[str] | None = None) -> dict[str, Formulas]:
    """Sheet name -> its formula cells, for the sheets named (with their size in rows
    and columns: cells outside it are not looked at). ``parts``: the .xlsx parts
    where XLSX_FORMULA occurs (``safety.check_container`` finds them); the other
    sheets are not opened again."""
    if not sheets or not zipfile.is_zipfile(path):
        return {}
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" in names:
                candidates = names if parts is None else names & set(parts)
                return _xlsx(zf, candidates, sheets) if candidates else {}
            if "content.xml" in names:
                return _ods(path, sheets)
    except (zipfile.BadZipFile, ParseError, KeyError, ValueError):
        return {}  # calamine read the file; a part it did not need is damaged
    return {}


def _xlsx(zf: zipfile.ZipFile, names: set[str], sheets: dict[str, tuple[int, int]]) -> dict[str, Formulas]:
    out = {}
    for name, member in _xlsx_sheet_parts(zf):
        if name in sheets and member in names:
            xml = zf.read(member)
            if XLSX_FORMULA.search(xml):
                out[name] = _xlsx_sheet(xml, *sheets[name])
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _position(ref: str | None, row: int, col: int) -> tuple[int, int]:
    """(row, col) of a cell: from its r="J4", or the next cell of the row without one."""
    m = _CELL_REF.match(ref or "")
    if not m:
        return row, col + 1
    letters, digits = m.groups()
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return int(digits) - 1, index - 1


def _xlsx_sheet(xml: bytes, rows: int, cols: int) -> Formulas:
    found: Formulas = {}
    shared: dict[str, str] = {}  # si -> the formula of a shared group's first cell
    row, col = -1, -1
    for event, el in iterparse(io.BytesIO(xml), events=("start", "end")):
        tag = _local(el.tag)
        if event == "start":
            if tag == "row":
                row = int(el.get("r")) - 1 if el.get("r") else row + 1
                col = -1
            continue
        if tag == "c":
            row, col = _position(el.get("r"), row, col)
            f = next((child for child in el if _local(child.tag) == "f"), None)
            if f is not None and row < rows and col < cols:
                text = f.text or ""
                if f.get("t") == "shared" and f.get("si") is not None:
                    # a shared group's later cells carry no text; the first cell's formula
                    # stands for them (its references are not shifted to the cell)
                    text = shared.setdefault(f.get("si"), text) if text else shared.get(f.get("si"), "")
                found[(row, col)] = "=" + text
            el.clear()
        elif tag == "row":
            el.clear()
    return found


def _ods(path: Path, sheets: dict[str, tuple[int, int]]) -> dict[str, Formulas]:
    out: dict[str, Formulas] = {}
    repeat = 1  # how often the current row repeats
    for sheet, r, c, elem in _ods_walk(path):
        if sheet not in sheets:
            continue
        if c == -1:  # a row (or, with r == -1, a column definition)
            repeat = int(_ods_attr(elem, "number-rows-repeated", "1") or 1) if r >= 0 else repeat
            continue
        formula = _ods_attr(elem, "formula")
        rows, cols = sheets[sheet]
        if formula and r < rows and c < cols:
            span = int(_ods_attr(elem, "number-columns-repeated", "1") or 1)
            cells = out.setdefault(sheet, {})
            for row in range(r, min(r + repeat, rows)):
                for col in range(c, min(c + span, cols)):
                    cells[(row, col)] = _ods_formula(formula)
    return out


def _ods_formula(text: str) -> str:
    """"of:=[.A1]+1" -> "=[.A1]+1": the namespace prefix is not what was typed."""
    prefix, sep, rest = text.partition(":=")
    return "=" + rest if sep and prefix.isalnum() else text
