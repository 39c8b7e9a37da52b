"""The formula cells of a returned workbook.

python-calamine gives a formula cell's cached value only (or nothing when the
file holds none), so the sheet XML is read for the cells that hold a formula:
``<f>`` in the ``<c>`` cells of .xlsx/.xlsm, ``table:formula`` in the cells of
an .ods file's content.xml. A sheet without any formula costs one byte search.
.xls and .xlsb are taken as calamine reads them. The container has already
passed ``safety.check_container`` (no DOCTYPE/ENTITY, sizes bounded); the XML
is parsed with defusedxml all the same.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from defusedxml.ElementTree import ParseError, iterparse

from .grid import _xlsx_sheet_parts

Formulas = dict[tuple[int, int], str]  # (row, col), 0-based -> the formula as typed, "=…"
_XLSX_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_REF = re.compile(r"^([A-Z]+)(\d+)$")
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def formula_cells(path: Path, sheets: dict[str, tuple[int, int]]) -> dict[str, Formulas]:
    """Sheet name -> its formula cells, for the sheets named (with their size in rows
    and columns: cells outside it are not looked at)."""
    if not sheets or not zipfile.is_zipfile(path):
        return {}
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" in names:
                return _xlsx(zf, names, sheets)
            if "content.xml" in names:
                return _ods(zf.read("content.xml"), sheets)
    except (zipfile.BadZipFile, ParseError, KeyError, ValueError):
        return {}  # calamine read the file; a part it did not need is damaged
    return {}


def _xlsx(zf: zipfile.ZipFile, names: set[str], sheets: dict[str, tuple[int, int]]) -> dict[str, Formulas]:
    out = {}
    for name, member in _xlsx_sheet_parts(zf):
        if name in sheets and member in names:
            xml = zf.read(member)
            if _XLSX_FORMULA.search(xml):
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


def _ods(xml: bytes, sheets: dict[str, tuple[int, int]]) -> dict[str, Formulas]:
    if b"formula=" not in xml:
        return {}
    out: dict[str, Formulas] = {}
    name, bounds, row, col, repeat = "", (0, 0), 0, 0, 1
    for event, el in iterparse(io.BytesIO(xml), events=("start", "end")):
        tag = el.tag
        if event == "end":
            if tag == f"{_TABLE}table-row":
                row += repeat
                el.clear()
            continue
        if tag == f"{_TABLE}table":
            name, row = el.get(f"{_TABLE}name", ""), 0
            bounds = sheets.get(name, (0, 0))
        elif tag == f"{_TABLE}table-row":
            col, repeat = 0, int(el.get(f"{_TABLE}number-rows-repeated", "1"))
        elif tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
            span = int(el.get(f"{_TABLE}number-columns-repeated", "1"))
            formula = el.get(f"{_TABLE}formula")
            if formula and row < bounds[0] and col < bounds[1]:
                cells = out.setdefault(name, {})
                for r in range(row, min(row + repeat, bounds[0])):
                    for c in range(col, min(col + span, bounds[1])):
                        cells[(r, c)] = _ods_formula(formula)
            col += span
    return out


def _ods_formula(text: str) -> str:
    """"of:=[.A1]+1" -> "=[.A1]+1": the namespace prefix is not what was typed."""
    prefix, sep, rest = text.partition(":=")
    return "=" + rest if sep and prefix.isalnum() else text
