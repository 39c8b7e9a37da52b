"""A workbook a unit sent back -> its identity and the values it typed.

Trusts nothing about the file: it may be renamed, re-saved by WPS, Excel or
LibreOffice (.xlsx, .xls, .ods, .et), sorted, filtered, with rows inserted or
deleted, columns added, instruction rows removed, or the hidden sheet lost.
Columns are found by their header words; rows by the hidden id column.
填报人 and 联系电话 are read from the cells beside their labels above the header
(asked once a sheet), or, in files split before that, from columns of their own.
The text inputs are kept exactly as typed (line breaks and surrounding spaces
included; a cell of spaces only is empty); a formula in an input cell gives its
cached value, or its own text when the file holds no value (``io.formulas``).
"""
from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FileProblem, NotAWorkbook
from ..identity import IDENTITY_FIELDS
from ..keys import split_tagged
from .formulas import Formulas, formula_cells
from .grid import Grid, column_letter, load_grids
from .limits import Limits, check_size
from .cell_values import cell_text
from .safety import check_container
from .unit_layout import (ADDED, EXTRA_HEADER, ID_HEADER, INPUT_FIELDS, LISTS_SHEET, MEASURE_ID_HEADER, MEASURE_READONLY,
                          META_SHEET, REPORTER_INPUTS, TASK_READONLY, TITLE_HEADER)

TEXT_INPUTS = ("progress", "problems", "next_steps", "evidence", "reporter", "phone")  # kept as typed
SHEET_INPUTS = {header: INPUT_FIELDS[header] for header, _name in REPORTER_INPUTS}  # asked once, above the header
HEADER_SCAN = 20
ROW_ID = re.compile(r"[TM][0-9a-f]{6,16}$")  # a task's or a measure's id as a split writes it (tasklist, identity)
log = logging.getLogger(__name__)


@dataclass
class ReturnedRow:
    row: int  # 1-based row in the returned sheet
    id: str  # the hidden id column's value ('' when the column is gone)
    readonly: dict[str, str] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)
    originals: dict[str, object] = field(default_factory=dict)  # non-text input values (dates, numbers)
    formulas: dict[str, tuple[str, bool]] = field(default_factory=dict)  # field -> (formula, file had its value)
    columns: dict[str, int] = field(default_factory=dict, repr=False)  # field -> 0-based column (shared)
    tag: str = ""  # the keyed tag beside the id in the hidden id column (ledger.keys)
    damaged_id: str = ""  # what the id cell holds when it is no id at all (text typed or pasted over it)

    @property
    def has_input(self) -> bool:
        return any(self.inputs.values())

    def cell(self, name: str) -> str:
        """A1 address of a field's cell in this row ('' when the column is gone)."""
        col = self.columns.get(name)
        return f"{column_letter(col)}{self.row}" if col is not None else ""


@dataclass
class ReturnedSheet:
    name: str
    kind: str  # "tasks" | "measures"
    rows: list[ReturnedRow]
    has_id_column: bool
    top: list[ReturnedRow] = field(default_factory=list)  # rows above the header holding 填报人 / 联系电话

    @property
    def sheet_inputs(self) -> dict[str, str]:
        """填报人 and 联系电话 as typed above the header (values of several rows joined)."""
        out: dict[str, str] = {}
        for row in self.top:
            for name, value in row.inputs.items():
                if value and value != out.get(name):
                    out[name] = f"{out[name]}\n{value}" if out.get(name) else value
        return out


@dataclass
class ReturnedBook:
    path: Path
    meta: dict[str, str]
    sheets: list[ReturnedSheet]
    meta_source: str  # "sheet" | "properties" | "none"
    properties: dict[str, str] = field(default_factory=dict)  # the ledger_ document properties, as found

    def sheet(self, kind: str) -> ReturnedSheet | None:
        return next((s for s in self.sheets if s.kind == kind), None)


def _meta_from_sheet(grid: Grid) -> dict[str, str]:
    """The key-value rows at the top of the identity sheet. The rows' identities
    packed below them are not read: a merge checks each row against what the
    workspace issued (``split_files.rows``), never against what the file says."""
    meta: dict[str, str] = {}
    rows = grid.rows
    r = 0
    while r < len(rows) and cell_text(rows[r][0] if rows[r] else ""):
        key = cell_text(rows[r][0])
        if key == "rows":
            break
        meta[key] = cell_text(rows[r][1]) if len(rows[r]) > 1 else ""
        r += 1
    return meta


def _meta_from_properties(path: Path) -> dict[str, str]:
    """The workbook's custom properties (kept by Excel, WPS and LibreOffice re-saves)."""
    from defusedxml import ElementTree as ET

    if not zipfile.is_zipfile(path):
        return {}
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "docProps/custom.xml" in names:
                root = ET.fromstring(zf.read("docProps/custom.xml"))
                return {p.get("name", "").removeprefix("ledger_"): (p[0].text or "") if len(p) else ""
                        for p in root if p.get("name", "").startswith("ledger_")}
            if "meta.xml" in names:  # OpenDocument user-defined fields
                root = ET.fromstring(zf.read("meta.xml"))
                ns = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
                return {e.get(f"{ns}name", "").removeprefix("ledger_"): e.text or ""
                        for e in root.iter(f"{ns}user-defined") if e.get(f"{ns}name", "").startswith("ledger_")}
    except Exception:
        return {}
    return {}


KNOWN_HEADERS = set(INPUT_FIELDS) | set(TASK_READONLY) | set(MEASURE_READONLY) | {ID_HEADER, MEASURE_ID_HEADER}
SPLIT_HEADERS = KNOWN_HEADERS | {TITLE_HEADER, EXTRA_HEADER}  # every header a split book has


def _header(grid: Grid) -> tuple[int, dict[int, str]] | None:
    known = KNOWN_HEADERS
    for r in range(min(HEADER_SCAN, len(grid.rows))):
        cells = {c: cell_text(v).replace("\n", "") for c, v in enumerate(grid.rows[r])}
        hits = {c: w for c, w in cells.items() if w in known}
        if sum(1 for w in hits.values() if w in INPUT_FIELDS) >= 2 and len(hits) >= 4:
            return r, hits
    return None


def _sheet(grid: Grid, found: tuple[int, dict[int, str]], formulas: Formulas) -> ReturnedSheet:
    header_row, cols = found
    words = set(cols.values())
    kind = "measures" if "具体措施" in words or MEASURE_ID_HEADER in words else "tasks"
    readonly = MEASURE_READONLY if kind == "measures" else TASK_READONLY
    id_header = MEASURE_ID_HEADER if kind == "measures" else ID_HEADER
    id_col = next((c for c, w in cols.items() if w == id_header), None)
    inputs = [(c, INPUT_FIELDS[w]) for c, w in cols.items() if w in INPUT_FIELDS]
    fixed = [(c, readonly[w]) for c, w in cols.items() if w in readonly]
    columns = {name: c for c, name in inputs + fixed} | ({"id": id_col} if id_col is not None else {})
    rows = []
    for r in range(header_row + 1, len(grid.rows)):
        row = _row(grid.rows[r], r, inputs, fixed, id_col, columns, formulas)
        if row is not None:
            rows.append(row)
    added = _added_columns(grid.rows[header_row], cols)
    for row in rows if added else ():  # a column the unit put in (备注): its words go with the row, never dropped
        values = grid.rows[row.row - 1]
        said = [f"{header}：{text}" for c, header in added.items() if c < len(values) and (text := _text(values[c]))]
        if said:
            row.inputs[ADDED] = "\n".join(said)
    return ReturnedSheet(grid.name, kind, rows, id_col is not None, _top(grid, header_row, formulas))


def _added_columns(header: list, found: dict[int, str]) -> dict[int, str]:
    """Columns with a header no split book has (a unit's 备注, 完成情况说明): column -> header."""
    out = {}
    for c, value in enumerate(header):
        word = cell_text(value).replace("\n", "")
        if word and c not in found and word not in SPLIT_HEADERS:
            out[c] = word
    return out


def _label(value: object) -> str:
    return cell_text(value).replace("：", "").replace(":", "").replace(" ", "")


def _top(grid: Grid, header_row: int, formulas: Formulas) -> list[ReturnedRow]:
    """The rows above the header with a 填报人 or 联系电话 label, each read as a row
    whose input is the first filled cell right of its label (up to the next label)."""
    out = []
    for r in range(header_row):
        values = grid.rows[r]
        labels = [c for c, v in enumerate(values) if _label(v) in SHEET_INPUTS]
        if not labels:
            continue
        inputs, columns = [], {}
        for i, c in enumerate(labels):
            end = labels[i + 1] if i + 1 < len(labels) else len(values)
            name = SHEET_INPUTS[_label(values[c])]
            filled = [k for k in range(c + 1, end) if _text(values[k]) or (r, k) in formulas]
            columns[name] = filled[0] if filled else c + 1
            inputs.append((columns[name], name))
        values = list(values) + [""] * (max(columns.values()) + 1 - len(values))
        out.append(_row(values, r, inputs, [], None, columns, formulas, keep_empty=True))
    return out


def _text(value: object) -> str:
    return value.strip() if value.__class__ is str else cell_text(value)


def _row(values: list, r: int, inputs, fixed, id_col: int | None, columns: dict[str, int],
         formulas: Formulas, keep_empty: bool = False) -> ReturnedRow | None:
    """One data row; the hot loop of a merge, so plain list indexing only."""
    n = len(values)
    if not keep_empty and not any(v != "" and v is not None for v in values) and not (
            formulas and _has_formula(formulas, r, inputs)):
        return None
    written = _text(values[id_col]) if id_col is not None and id_col < n else ""
    row_id, tag = split_tagged(written)
    damaged = row_id and not ROW_ID.match(row_id)
    if damaged:  # '我们不知道这是什么' pasted over the hidden id: a row that lost its id, not another unit's row
        row_id = tag = ""
    row = ReturnedRow(r + 1, row_id, columns=columns, tag=tag, damaged_id=written if damaged else "")
    typed, originals = row.inputs, row.originals
    for c, name in inputs:
        value = values[c] if c < n else ""
        if formulas and (r, c) in formulas:
            computed = value != "" and value is not None
            row.formulas[name] = (formulas[(r, c)], computed)
            if not computed:
                value = formulas[(r, c)]  # no value in the file: the formula itself is what was typed
        if value.__class__ is str:
            typed[name] = (value if value.strip() else "") if name in TEXT_INPUTS else value.strip()
        else:
            typed[name] = cell_text(value)
            originals[name] = value
    ro = row.readonly
    for c, name in fixed:
        ro[name] = _text(values[c]) if c < n else ""
    return row


def _has_formula(formulas: Formulas, r: int, inputs) -> bool:
    return any((r, c) in formulas for c, _name in inputs)


def _load(path: Path) -> list[Grid]:
    """The sheets, as calamine reads them. On some damaged files (a cut-short .xls)
    calamine panics: pyo3 raises PanicException, a BaseException that no
    ``except Exception`` catches and that cannot cross back from a worker process."""
    try:
        return load_grids(path, hidden=False, skip=(LISTS_SHEET,))
    except BaseException as exc:
        if type(exc).__name__ != "PanicException":
            raise
        raise NotAWorkbook(f"《{path.name}》已损坏，无法作为 Excel 文件打开。"
                           "请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。", path=str(path)) from None


def read_returned(path: Path, limits: Limits | None = None) -> ReturnedBook:
    """Read a returned workbook within the safety limits (raises FileProblem)."""
    path = Path(path)
    limits = limits or Limits()
    formula_parts = check_container(path, limits)
    grids = _load(path)
    check_size(path, sum(len(g.rows) for g in grids), sum(len(r) for g in grids for r in g.rows), limits)
    meta, source = {}, "none"
    tables = []
    for grid in grids:
        if grid.name == META_SHEET:
            meta = _meta_from_sheet(grid)
            source = "sheet"
        elif (found := _header(grid)) is not None:
            tables.append((grid, found))
    formulas = formula_cells(path, {g.name: (len(g.rows), g.width) for g, _f in tables}, formula_parts)
    sheets = [_sheet(grid, found, formulas.get(grid.name, {})) for grid, found in tables]
    properties = _meta_from_properties(path)  # read even beside the sheet: the two must agree
    if not meta.get("unit") and properties:  # no identity sheet, or one emptied: the properties speak
        meta, source = properties, "properties"
    return ReturnedBook(path, meta, sheets, source, properties)



def read_or_problem(path: Path) -> ReturnedBook | FileProblem:
    """One file, one fate: whatever goes wrong while reading it rejects it alone.
    What a merge's worker processes run: importing this module loads no more
    than reading needs."""
    try:
        return read_returned(path)
    except FileProblem as exc:
        return exc
    except MemoryError:
        return FileProblem(f"《{path.name}》内容过多，读取时内存不足，未汇总。请让报送单位删除多余内容后重新报送。",
                           path=str(path))
    except Exception as exc:  # a malformed container or XML: the reader libraries raise many kinds
        log.warning("reading %s failed", path, exc_info=exc)  # the class name is for the log, not the clerk
        return FileProblem(f"《{path.name}》已损坏或格式异常，无法读取。"
                           "请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。", path=str(path))

__all__ = ["ReturnedBook", "ReturnedSheet", "ReturnedRow", "read_returned", "read_or_problem", "IDENTITY_FIELDS", "Limits"]
