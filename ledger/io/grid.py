"""Workbook files -> plain grids of cell values, with merges and hidden rows.

Every format goes through python-calamine (xlsx, xlsm, xls, xlsb, ods) or the
csv module; this module maps the many ways a file can be unusable to
``FileProblem`` errors with a Chinese message that names the file.
"""
from __future__ import annotations

import csv
import io
import os
import re
import threading
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

import python_calamine as pc

from ..errors import FileLocked, FileProblem, NotAWorkbook, PasswordProtected

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv"}
WPS_SUFFIXES = {".et", ".ett"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

Merge = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class Grid:
    """One sheet as a rectangle of values (0-based), merges filled in.

    ``rows[r][c]`` is the value shown in that cell: for a cell covered by a
    merged range, the value of the range's top-left cell. ``origin`` maps a
    covered cell to the top-left cell of its merge, so callers can tell a
    merged blank from a real blank.
    """

    name: str
    rows: list[list[object]]
    merges: list[Merge] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    origin: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    visible: bool = True

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, r: int, c: int) -> object:
        if r < len(self.rows) and c < len(self.rows[r]):
            return self.rows[r][c]
        return ""

    def vertical_origin(self, r: int, c: int) -> int | None:
        """Row of the merge's top cell when (r, c) is covered from above."""
        o = self.origin.get((r, c))
        if o and o[0] < r:
            return o[0]
        return None


def load_grids(path: Path, hidden: bool = True, skip: tuple[str, ...] = ()) -> list[Grid]:
    """Read every sheet of a workbook (or the one table of a CSV file).

    ``hidden`` also finds hidden rows and columns (xlsx, xls), which costs a
    second look at the file; returned workbooks do not need it. Sheets named
    in ``skip`` are not read.
    """
    path = Path(path)
    _check_readable(path)
    suffix = path.suffix.lower()
    if suffix in WPS_SUFFIXES:
        return _load_wps(path, hidden, skip)
    if suffix == ".csv":
        return [_load_csv(path)]
    if suffix not in WORKBOOK_SUFFIXES:
        raise NotAWorkbook(
            f"《{path.name}》不是 Excel 表格文件（扩展名 {suffix or '无'}）。"
            "请提供 .xlsx、.xlsm、.xls 或 .csv 文件。",
            path=str(path),
        )
    return _load_calamine(path, hidden, skip)


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise FileProblem(f"找不到文件《{path}》。请检查文件名和所在文件夹。", path=str(path))
    if path.is_dir():
        raise FileProblem(f"《{path}》是文件夹，不是表格文件。", path=str(path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except PermissionError as exc:
        raise locked_error(path) from exc
    if not head:
        raise NotAWorkbook(f"《{path.name}》是空文件（0 字节）。请重新保存或重新获取该文件。", path=str(path))


def locked_error(path: Path) -> FileLocked:
    return FileLocked(
        f"《{Path(path).name}》正被其他程序占用（可能已在 Excel 或 WPS 中打开）。"
        "请关闭该文件后重试。",
        path=str(path),
    )


def _load_wps(path: Path, hidden: bool, skip: tuple[str, ...] = ()) -> list[Grid]:
    """WPS .et files are often plain xls/xlsx inside; read them when they are."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(ZIP_MAGIC) or head == OLE_MAGIC:
        try:
            return _load_calamine(path, hidden, skip)
        except NotAWorkbook:
            pass
    raise NotAWorkbook(
        f"《{path.name}》是 WPS 专有格式，无法直接读取。"
        "请在 WPS 中打开后“另存为” Excel 工作簿（*.xlsx）再试。",
        path=str(path),
    )


class _Prefetch:
    """A workbook opened and its worksheets being parsed on another thread (see ``prefetch``)."""

    def __init__(self, path: Path):
        self.key = _file_key(path)
        self.wb = pc.CalamineWorkbook.from_path(str(path))  # holds the GIL: done here, as load_grids would
        self.names = [m.name for m in self.wb.sheets_metadata if str(m.typ) == str(pc.SheetTypeEnum.WorkSheet)]
        self.sheets: dict[str, pc.CalamineSheet] = {}
        self.thread = threading.Thread(target=self._parse, name="ledger-prefetch")
        self.thread.start()

    def _parse(self) -> None:
        for name in self.names:
            try:
                self.sheets[name] = self.wb.get_sheet_by_name(name)
            except Exception:  # a damaged sheet: load_grids reads it again and says so
                return

    def take(self, path: Path) -> "_Prefetch | None":
        """Itself once its thread is done, if the file is still the one it opened."""
        self.thread.join()
        try:
            same = _file_key(path) == self.key
        except OSError:
            same = False
        if not same:
            self.wb.close()
        return self if same else None

    def discard(self) -> None:
        self.thread.join()
        self.wb.close()


_prefetched: dict[str, _Prefetch] = {}  # at most one: the workbook the command reads next
_prefetched_lock = threading.Lock()  # imports on several threads of one process take only their own


def _file_key(path: Path) -> tuple:
    st = os.stat(path)
    return (str(path), st.st_ino, st.st_size, st.st_mtime_ns)


def prefetch(path: Path) -> None:
    """Start parsing a workbook's sheets before ``load_grids(path)`` asks for them.

    calamine lets go of the GIL while it parses a sheet's XML (most of a large
    task list's read), so the parse runs on the second core while this thread
    goes on with what comes before the read (importing modules, the roster, the
    database). Opening the file is done here and holds the GIL as it would
    anyway. Nothing is reported here: a file that cannot be opened or a sheet
    that cannot be parsed is read again by ``load_grids``, which says why. The
    grids are the ones ``load_grids`` would make: the same calls on the same file.
    """
    path = Path(path)
    with _prefetched_lock:
        if str(path) in _prefetched:
            return
        others = list(_prefetched.values())  # one waiting at a time: an earlier one not read is let go
        _prefetched.clear()
    for other in others:
        other.discard()
    if path.suffix.lower() not in WORKBOOK_SUFFIXES or path.suffix.lower() == ".csv":
        return
    try:
        ready = _Prefetch(path)
    except Exception:
        return
    with _prefetched_lock:
        _prefetched[str(path)] = ready


def _load_calamine(path: Path, hidden_rows: bool = True, skip: tuple[str, ...] = ()) -> list[Grid]:
    with _prefetched_lock:
        ready = _prefetched.pop(str(path), None)
    try:
        wb = ready.wb if ready is not None else pc.CalamineWorkbook.from_path(str(path))
    except PermissionError as exc:
        raise locked_error(path) from exc
    except pc.PasswordError as exc:
        raise _protected(path) from exc
    except Exception as exc:  # calamine raises several error types for bad files
        if _is_encrypted_ole(path):
            raise _protected(path) from exc
        wb = _by_content(path)  # an .xls saved under a .xlsx name, or the other way: Excel and WPS open it
        if wb is not None:
            return _grids(path, wb, {}, {}, None, skip)
        raise NotAWorkbook(
            f"《{path.name}》无法作为 Excel 文件打开（文件已损坏或并非表格）。"
            "请在 Excel/WPS 中打开确认，另存为 .xlsx 后重试。",
            path=str(path),
        ) from exc
    hidden = _hidden_rows_cols(path) if hidden_rows else {}  # while a prefetched sheet is parsed
    ods_merges = _ods_merges(path) if hidden_rows and path.suffix.lower() == ".ods" else {}
    if ready is not None:
        ready = ready.take(path)
        if ready is None:  # the file changed since: read as it is now
            return _load_calamine(path, hidden_rows, skip)
    return _grids(path, wb, hidden, ods_merges, ready, skip)


def _by_content(path: Path) -> "pc.CalamineWorkbook | None":
    """The workbook read by what its bytes are (zip or OLE) when its name says the other kind; None otherwise."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    zipped, ole = head.startswith(ZIP_MAGIC), head == OLE_MAGIC
    suffix = path.suffix.lower()
    if not (zipped and suffix in (".xls", ".et") or ole and suffix in (".xlsx", ".xlsm", ".ods")):
        return None
    try:
        return pc.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
    except Exception:
        return None


def _grids(path: Path, wb: "pc.CalamineWorkbook", hidden: dict, ods_merges: dict, ready: "_Prefetch | None",
           skip: tuple[str, ...]) -> list[Grid]:
    parsed = ready.sheets if ready is not None else {}
    grids = []
    try:
        for meta in wb.sheets_metadata:
            if str(meta.typ) != str(pc.SheetTypeEnum.WorkSheet) or meta.name in skip:
                continue
            grid = _read_sheet(path, wb, meta.name, ods_merges.get(meta.name), parsed.pop(meta.name, None))
            grid.visible = str(meta.visible) == str(pc.SheetVisibleEnum.Visible)
            grid.hidden_rows, grid.hidden_cols = hidden.get(meta.name, (set(), set()))
            grids.append(grid)
    finally:
        wb.close()
    return grids


def _read_sheet(path: Path, wb: "pc.CalamineWorkbook", name: str, merges: list[Merge] | None,
                parsed: "pc.CalamineSheet | None" = None) -> Grid:
    """One sheet (``parsed``: already parsed by ``prefetch``); calamine's errors on a
    damaged sheet become a file problem that names the sheet (never a library's
    class name in front of a clerk)."""
    try:
        return _grid_from_sheet(name, parsed if parsed is not None else wb.get_sheet_by_name(name), merges)
    except (FileProblem, MemoryError):
        raise
    except Exception as exc:
        raise NotAWorkbook(
            f"《{path.name}》中的“{name}”表已损坏，无法读取。请在 Excel/WPS 中打开该文件，另存为 .xlsx 后重试。",
            path=str(path),
        ) from exc


def _protected(path: Path) -> PasswordProtected:
    return PasswordProtected(
        f"《{path.name}》设置了打开密码，无法读取。"
        "请在 Excel/WPS 中打开，取消密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后另存再试。",
        path=str(path),
    )


def _is_encrypted_ole(path: Path) -> bool:
    """An encrypted .xlsx is an OLE file holding an 'EncryptedPackage' stream."""
    try:
        import olefile

        if not olefile.isOleFile(str(path)):
            return False
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptedPackage"):
                return True
            if ole.exists("Workbook"):
                data = ole.openstream("Workbook").read(4096)
                return b"\x2f\x00" in data[:200]  # BIFF FILEPASS record near the start
    except Exception:
        return False
    return False


def _grid_from_sheet(name: str, sheet: "pc.CalamineSheet", merges: list[Merge] | None = None) -> Grid:
    rows = [list(r) for r in sheet.to_python(skip_empty_area=False)]
    merges = list(sheet.merged_cell_ranges or merges or [])
    grid = Grid(name=name, rows=rows, merges=merges)
    _fill_merges(grid)
    return grid


def _fill_merges(grid: Grid) -> None:
    rows = grid.rows
    for (r0, c0), (r1, c1) in grid.merges:
        if r0 >= len(rows):
            continue
        top = rows[r0][c0] if c0 < len(rows[r0]) else ""
        while len(rows) <= r1:
            rows.append([])
        for r in range(r0, r1 + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    row[c] = top
                    grid.origin[(r, c)] = (r0, c0)


def _load_csv(path: Path) -> Grid:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise NotAWorkbook(
            f"《{path.name}》的文字编码无法识别。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后重试。",
            path=str(path),
        )
    if "\x00" in text:
        raise NotAWorkbook(f"《{path.name}》不是文本格式的 CSV 文件。", path=str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    return Grid(name=path.stem, rows=rows)


_ROW_TAG = re.compile(rb"<row\b[^>]*>")
_COL_TAG = re.compile(rb"<col\b[^>]*/?>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')


def _hidden_rows_cols(path: Path) -> dict[str, tuple[set[int], set[int]]]:
    """Hidden rows and columns per sheet (0-based), for xlsx/xlsm and xls."""
    try:
        if path.suffix.lower() == ".xls":
            return _xls_hidden(path)
        if path.suffix.lower() == ".ods":
            return _ods_hidden(path)
        if zipfile.is_zipfile(path):
            return _xlsx_hidden(path)
    except Exception:
        return {}
    return {}


_ODS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}


def _ods_attr(elem, name: str, default: str = "") -> str:
    return elem.get(f"{{{_ODS['table']}}}{name}", default)


def _ods_walk(path: Path):
    """(sheet, row, col, element, rows repeated) for every row and cell of an
    .ods, streamed (calamine gives no merges or hidden flags for OpenDocument)."""
    from defusedxml.ElementTree import iterparse

    t = "{%s}" % _ODS["table"]
    with zipfile.ZipFile(path) as zf, zf.open("content.xml") as fh:
        sheet, r, c = "", -1, 0
        for event, elem in iterparse(fh, events=("start", "end")):
            if event == "start" and elem.tag == t + "table":
                sheet, r = _ods_attr(elem, "name"), -1
            elif event == "start" and elem.tag == t + "table-row":
                r, c = r + 1, 0
                yield sheet, r, -1, elem
            elif event == "end" and elem.tag == t + "table-row":
                r += int(_ods_attr(elem, "number-rows-repeated", "1") or 1) - 1
                elem.clear()
            elif event == "start" and elem.tag == t + "table-column":
                yield sheet, -1, -1, elem
            elif event == "end" and elem.tag in (t + "table-cell", t + "covered-table-cell"):
                yield sheet, r, c, elem
                c += int(_ods_attr(elem, "number-columns-repeated", "1") or 1)


def _ods_merges(path: Path) -> dict[str, list[Merge]]:
    out: dict[str, list[Merge]] = {}
    try:
        for sheet, r, c, elem in _ods_walk(path):
            rows = int(_ods_attr(elem, "number-rows-spanned", "1") or 1)
            cols = int(_ods_attr(elem, "number-columns-spanned", "1") or 1)
            if c >= 0 and (rows > 1 or cols > 1):
                out.setdefault(sheet, []).append(((r, c), (r + rows - 1, c + cols - 1)))
    except Exception:
        return {}
    return out


def _ods_hidden(path: Path) -> dict[str, tuple[set[int], set[int]]]:
    out: dict[str, tuple[set[int], set[int]]] = {}
    col_at: dict[str, int] = {}
    for sheet, r, c, elem in _ods_walk(path):
        rows, cols = out.setdefault(sheet, (set(), set()))
        hidden = _ods_attr(elem, "visibility") in ("collapse", "filter")
        if r == -1:  # a column definition
            n = int(_ods_attr(elem, "number-columns-repeated", "1") or 1)
            start = col_at.get(sheet, 0)
            if hidden:
                cols.update(range(start, start + min(n, 16384)))
            col_at[sheet] = start + n
        elif c == -1 and hidden:
            rows.add(r)
    return out


def _xlsx_hidden(path: Path) -> dict[str, tuple[set[int], set[int]]]:
    out: dict[str, tuple[set[int], set[int]]] = {}
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        if "xl/workbook.xml" not in names:
            return out
        for sheet_name, member in _xlsx_sheet_parts(zf):
            if member not in names:
                continue
            xml = zf.read(member)
            if b"hidden" not in xml:  # most sheets: no row or column can be hidden, no tag to read
                out[sheet_name] = (set(), set())
                continue
            rows = set()
            for tag in _ROW_TAG.findall(xml):
                if b"hidden" not in tag:
                    continue  # most rows: no need to read their attributes
                attrs = dict(_ATTR.findall(tag))
                if attrs.get(b"hidden") in (b"1", b"true") and b"r" in attrs:
                    rows.add(int(attrs[b"r"]) - 1)
            cols = set()
            for tag in _COL_TAG.findall(xml):
                attrs = dict(_ATTR.findall(tag))
                if attrs.get(b"hidden") in (b"1", b"true"):
                    cols.update(range(int(attrs[b"min"]) - 1, int(attrs[b"max"])))
            out[sheet_name] = (rows, cols)
    return out


def _xlsx_sheet_parts(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    from defusedxml import ElementTree as ET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    wb = ET.fromstring(zf.read("xl/workbook.xml"))
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    parts = []
    for sheet in wb.iter(f"{ns_main}sheet"):
        target = targets.get(sheet.get(f"{ns_rel}id"), "")
        if target.startswith("/"):
            member = target.lstrip("/")
        else:
            member = str(PurePosixPath("xl") / target)
        parts.append((sheet.get("name"), member))
    return parts


def _xls_hidden(path: Path) -> dict[str, tuple[set[int], set[int]]]:
    import xlrd

    out = {}
    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    try:
        for sheet in book.sheets():
            rows = {r for r, info in sheet.rowinfo_map.items() if info.hidden}
            cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}
            out[sheet.name] = (rows, cols)
    finally:
        book.release_resources()
    return out


@lru_cache(maxsize=1024)
def column_letter(col: int) -> str:
    """0-based column -> "A", "B", … "AA" (made once per column: every cell named asks)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_name(row: int, col: int) -> str:
    """0-based (row, col) -> A1 address."""
    return f"{column_letter(col)}{row + 1}"
