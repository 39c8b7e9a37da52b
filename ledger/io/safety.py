"""Limits for reading untrusted files (what units send back).

A returned workbook is opened only after its container passes these checks,
made from the zip directory and by decompressing every part once, in chunks,
before any sheet is loaded:

- the file size, and the size of the zip directory (how many parts it lists);
- every part's real size: the bytes actually decompressed, not the size its
  zip header claims; the total, and the compression ratio (zip bombs); a part
  whose bytes do not match its header (size, CRC), or a name used twice, is a
  damaged file;
- XML entity declarations (billion laughs) anywhere in an XML part;
- the rows and cells of every sheet, counted while the sheet is decompressed
  and stopped as soon as a limit is passed.

Rows and cells are counted as the reader (python-calamine) would place them:
a sheet takes the rectangle from A1 to its last cell holding a value, so one
value in XFD1048576 costs as much as a full sheet. Cells without a value
(formatting only) and LibreOffice's trailing run of empty rows repeated a
million times take no room and are not counted. An .xlsx sheet's
``<dimension>`` claim is not trusted either way: the reader allocates for the
cells it finds, not for the claim, so a file is judged by its real rows and
cells. Where the reader does size a buffer from a claim (an .xls sheet's
DIMENSIONS, a shared-string table's uniqueCount), a claim past the cell limit
is refused, since the process would be killed asking for it. A legacy .xls is
walked the way the reader walks it (records in an OLE file), and a sector chain
that loops, which would make it read for ever, is a damaged file.

After reading, the rows and cells are checked again (``check_size``).
"""
from __future__ import annotations

import html
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from ..errors import FileProblem
from .grid import column_letter


class UnsafeFile(FileProblem):
    """A file that exceeds a reading limit; it is rejected, never opened further."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_unzipped_bytes: int = 500 * 1024 * 1024  # all parts, as decompressed
    max_ratio: int = 200  # uncompressed / compressed, per part over 1 MB
    max_members: int = 5_000
    max_rows: int = 100_000  # all sheets together
    max_cells: int = 3_000_000  # rows x columns of every sheet, all sheets together
    max_merged_cells: int = 100_000  # covered by merged ranges, all sheets (io.grid fills each one: ~150 bytes)


CHUNK = 1 << 16
_DIRECTORY_BYTES_PER_MEMBER = 512  # a real entry is ~100 bytes (name, sizes, a time stamp)
_RESAVE = "请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。"
_ENTITY = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def check_container(path: Path, limits: Limits) -> None:
    """Raise UnsafeFile when the file is too big, a zip bomb, damaged, declares XML
    entities, or holds more rows or cells than the limits allow."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise UnsafeFile(f"《{path.name}》太大（{size // 1048576} MB），超过 {limits.max_file_bytes // 1048576} MB 的上限，未读取。"
                         "请让报送单位删除多余内容后重新报送。", path=str(path))
    if not zipfile.is_zipfile(path):
        _check_xls(path, limits)  # csv: bounded by the size check
        return
    try:
        with open(path, "rb") as fp:
            _check_directory(path, fp, limits)
            with zipfile.ZipFile(fp) as zf:
                _check_members(path, zf, fp, limits)
    except (zipfile.BadZipFile, ValueError, struct.error, EOFError) as exc:  # ValueError: a part name not UTF-8
        raise UnsafeFile(f"《{path.name}》已损坏（压缩包结构错误），无法读取。请让报送单位重新保存后报送。",
                         path=str(path)) from exc


def _too_many_parts(path: Path, count: int) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》包含的部件过多（{count} 个以上），未读取。{_RESAVE}", path=str(path))


def _check_directory(path: Path, fp: BinaryIO, limits: Limits) -> None:
    """The zip directory's size, before zipfile reads all of it into memory."""
    end = zipfile._EndRecData(fp)  # noqa: SLF001 (the record is_zipfile found)
    if end is None:
        return
    directory = min(end[zipfile._ECD_SIZE], path.stat().st_size)  # noqa: SLF001 (zipfile reads no more than there is)
    if directory > limits.max_members * _DIRECTORY_BYTES_PER_MEMBER:
        raise _too_many_parts(path, directory // _DIRECTORY_BYTES_PER_MEMBER)


def _check_members(path: Path, zf: zipfile.ZipFile, fp: BinaryIO, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise _too_many_parts(path, len(infos))
    seen: set[str] = set()
    for info in infos:  # readers would disagree on which of two same-named parts is the part
        if info.filename in seen:
            raise _damaged(path, info.filename, "重复出现")
        seen.add(info.filename)
    tally = _Tally(path, limits, _sheet_names(zf, fp))
    unzipped = 0
    for info in infos:
        unzipped = _scan_part(path, fp, info, _sinks(info.filename, tally), limits, unzipped)


def _bomb(path: Path) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》压缩比异常（疑似“压缩炸弹”），未读取。", path=str(path))


def _damaged(path: Path, part: str, what: str) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》已损坏（压缩包中的部件 {part} {what}），无法读取。{_RESAVE}", path=str(path))


def _ole_damaged(path: Path, what: str) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》已损坏（文件内部的{what}），无法读取。{_RESAVE}", path=str(path))


def _scan_part(path: Path, fp: BinaryIO, info: zipfile.ZipInfo, sinks: list, limits: Limits, unzipped: int) -> int:
    """Decompress one part in chunks through its sinks; the running total of real bytes."""
    size = crc = 0
    for chunk in _part_chunks(path, fp, info):
        size += len(chunk)
        unzipped += len(chunk)
        crc = zlib.crc32(chunk, crc)
        if unzipped > limits.max_unzipped_bytes:
            raise UnsafeFile(f"《{path.name}》解压后超过 {limits.max_unzipped_bytes // 1048576} MB，疑似异常文件，未读取。",
                             path=str(path))
        if size > 1_000_000 and size > limits.max_ratio * max(info.compress_size, 1):
            raise _bomb(path)
        for sink in sinks:
            sink.feed(chunk)
    for sink in sinks:
        sink.close()
    if size != info.file_size or crc != info.CRC:
        raise _damaged(path, info.filename, "的内容与压缩包记录的大小或校验值不符")
    return unzipped


def _part_chunks(path: Path, fp: BinaryIO, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """A part's bytes as decompressed from its raw data, whatever its header says
    about its size (``ZipFile.open`` would stop at the declared size)."""
    if info.flag_bits & 0x1:
        raise _damaged(path, info.filename, "被加密")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _damaged(path, info.filename, "使用了不支持的压缩方式")
    if info.header_offset < 0:
        raise _damaged(path, info.filename, "的位置记录有误")
    fp.seek(info.header_offset)
    head = fp.read(30)
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise _damaged(path, info.filename, "的位置记录有误")
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    fp.seek(info.header_offset + 30 + name_len + extra_len)
    raw = _raw_chunks(fp, info.compress_size)
    if info.compress_type == zipfile.ZIP_STORED:
        yield from raw
        return
    inflate = zlib.decompressobj(-15)
    try:
        for data in raw:
            while data:
                out = inflate.decompress(data, CHUNK)
                data = inflate.unconsumed_tail
                if out:
                    yield out
                if inflate.eof:
                    return
        while not inflate.eof and (out := inflate.decompress(b"", CHUNK)):
            yield out
    except zlib.error as exc:
        raise _damaged(path, info.filename, "无法解压") from exc
    if not inflate.eof:
        raise _damaged(path, info.filename, "不完整（文件可能被截断）")


def _raw_chunks(fp: BinaryIO, left: int) -> Iterator[bytes]:
    while left > 0:
        data = fp.read(min(CHUNK, left))
        if not data:
            return
        left -= len(data)
        yield data


def _read_small(fp: BinaryIO, info: zipfile.ZipInfo, cap: int = 1 << 20) -> bytes | None:
    """A small part's bytes (None when larger than cap or unreadable)."""
    out = b""
    try:
        for chunk in _part_chunks(Path(info.filename), fp, info):
            out += chunk
            if len(out) > cap:
                return None
    except UnsafeFile:
        return None
    return out


# --- what each part is checked for ------------------------------------------------------

def _sinks(name: str, tally: "_Tally") -> list:
    sinks: list = []
    if name.endswith((".xml", ".rels")):
        sinks.append(_Entities(tally.path))
        sinks.append(_OdsRows(tally) if name == "content.xml" else _SheetRows(tally, name))
        sinks.append(_SharedStrings(tally))
    return sinks


def _split_tail(buf: bytes) -> tuple[bytes, bytes]:
    """(the complete tags, an unfinished tag at the end to carry into the next chunk)."""
    cut = buf.rfind(b"<")
    if cut == -1 or buf.find(b">", cut) != -1 or len(buf) - cut > CHUNK:
        return buf, b""
    return buf[:cut], buf[cut:]


class _Entities:
    """No DOCTYPE or ENTITY declaration anywhere in an XML part."""

    def __init__(self, path: Path):
        self.path, self.tail = path, b""

    def feed(self, chunk: bytes) -> None:
        if _ENTITY.search(self.tail + chunk):
            raise UnsafeFile(f"《{self.path.name}》含有不安全的 XML 声明（DOCTYPE/ENTITY），未读取。", path=str(self.path))
        self.tail = chunk[-16:]

    def close(self) -> None:
        pass


class _Tally:
    """Rows and cells of the sheets read so far; raises as soon as a limit is passed."""

    def __init__(self, path: Path, limits: Limits, names: dict[str, str]):
        self.path, self.limits, self.names = path, limits, names
        self.rows = self.cells = 0  # of the sheets finished
        self.merged_cells = 0  # covered by merged ranges, all sheets

    def check(self, sheet: str, rows: int, cols: int, elements: int) -> None:
        lim = self.limits
        if self.rows + rows > lim.max_rows:
            where = f"工作表“{sheet}”至少有 {rows} 行" if rows > lim.max_rows else f"各工作表合计至少有 {self.rows + rows} 行"
            raise UnsafeFile(f"《{self.path.name}》行数超过上限：{where}，上限为 {lim.max_rows} 行，未读取。"
                             "请让报送单位删除多余的行（或在下发的原表上重新填写）后重新报送。", path=str(self.path))
        cells = max(rows * cols, elements)
        if self.cells + cells > lim.max_cells:
            where = (f"工作表“{sheet}”至少占 {rows} 行 × {cols} 列" if rows * cols >= elements
                     else f"工作表“{sheet}”至少有 {elements} 个单元格")
            raise UnsafeFile(f"《{self.path.name}》单元格数超过上限：{where}，各工作表合计上限为 {lim.max_cells} 个单元格，未读取。"
                             "请让报送单位删除多余的行和列（包括远处误填的单元格）后重新报送。", path=str(self.path))

    def merged(self, sheet: str, ref: str, extent: tuple[int, int], box: tuple[int, int, int, int]) -> tuple[int, int]:
        """The sheet's (rows, columns) with a merged range (top, left, bottom, right;
        1-based): the reader fills every cell of one that starts within the rows with
        its value and remembers where each came from (io.grid), out to its far corner."""
        (rows, cols), (top, left, bottom, right) = extent, box
        if top > rows:
            return extent
        self.merged_cells += max(bottom - top + 1, 0) * max(right - left + 1, 0)
        rows, cols = max(rows, bottom), max(cols, right)
        lim = self.limits
        if (self.rows + rows > lim.max_rows or self.cells + rows * cols > lim.max_cells
                or self.merged_cells > lim.max_merged_cells):
            raise UnsafeFile(f"《{self.path.name}》单元格数超过上限：工作表“{sheet}”有合并单元格 {ref}，读取时要逐格展开"
                             f"（合并的单元格合计上限为 {lim.max_merged_cells} 个，全部单元格上限为 {lim.max_cells} 个），未读取。"
                             "请让报送单位取消多余的合并后重新报送。", path=str(self.path))
        return rows, cols

    def claim(self, sheet: str, rows: int, cols: int) -> None:
        raise UnsafeFile(f"《{self.path.name}》单元格数超过上限：工作表“{sheet}”记录的范围为 {rows} 行 × {cols} 列，"
                         f"读取时要按此预留，上限为 {self.limits.max_cells} 个单元格，未读取。"
                         "请让报送单位清除多余行列的内容和格式后另存为 .xlsx 重新报送。", path=str(self.path))

    def done(self, sheet: str, rows: int, cols: int, elements: int) -> None:
        self.check(sheet, rows, cols, elements)
        self.rows += rows
        self.cells += max(rows * cols, elements)


_SST = re.compile(rb"<(?:[\w.-]+:)?sst(?=[\s/>])[^>]*>")
_UNIQUE = re.compile(rb"""\suniqueCount\s*=\s*["'](\d+)""")


class _SharedStrings:
    """The reader reserves room for as many strings as a shared-string table says it
    holds (``<sst uniqueCount=…>``), before reading one: a file of a few hundred bytes
    claiming 10**14 makes it ask for petabytes and the process is killed. A table
    cannot need more strings than the cell limit."""

    def __init__(self, tally: _Tally):
        self.tally, self.carry, self.found = tally, b"", False

    def feed(self, chunk: bytes) -> None:
        if self.found:
            return
        body, self.carry = _split_tail(self.carry + chunk)
        tag = _SST.search(body)
        if tag is None:
            return
        self.found = True
        count = _UNIQUE.search(tag.group(0))
        if count and _number(count.group(1)) > self.tally.limits.max_cells:
            path = self.tally.path
            raise UnsafeFile(f"《{path.name}》单元格数超过上限：文件记录有 {count.group(1).decode()} 条不同的文字，"
                             f"读取时要按此预留，上限为 {self.tally.limits.max_cells} 个，未读取。{_RESAVE}", path=str(path))

    def close(self) -> None:
        pass


def _number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 9 else 10 ** 9


@lru_cache(maxsize=4096)
def _column(letters: bytes) -> int:
    """1-based column of "A", "AB", …"""
    n = 0
    for ch in letters.upper()[:8]:
        n = n * 26 + ch - 64
    return n


_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData[\s/>]")
_XLSX_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])"
                       rb"""(?:[^>]*?\sr\s*=\s*["']([A-Za-z]{0,8})(\d{0,12}))?[^>]*?(/?)>(?=(</)?)""")


_MERGE = re.compile(rb"""<(?:[\w.-]+:)?mergeCell(?=[\s/>])[^>]*?\sref\s*=\s*["']"""
                    rb"([A-Za-z]{1,8})(\d{1,12}):([A-Za-z]{1,8})(\d{1,12})")


class _SheetRows:
    """An .xlsx/.xlsm sheet part: the last row and column holding a value, and the
    cell elements, counted from the ``<sheetData>`` on (any XML part that has one,
    whatever its name)."""

    def __init__(self, tally: _Tally, part: str):
        self.tally, self.part = tally, part
        self.active, self.carry = False, b""
        self.row = self.col = self.last_row = self.last_col = self.elements = 0

    def feed(self, chunk: bytes) -> None:
        buf = self.carry + chunk
        if not self.active:
            m = _SHEET_DATA.search(buf)
            if not m:
                self.carry = buf[-64:]
                return
            self.active, buf = True, buf[m.start():]
        body, self.carry = _split_tail(buf)
        row, col, last_row, last_col, elements = self.row, self.col, self.last_row, self.last_col, self.elements
        for kind, letters, digits, closed, empty in _XLSX_TAG.findall(body):
            if kind == b"row":
                row, col = (_number(digits) if digits else row + 1), 0
                continue
            elements += 1
            col = _column(letters) if letters else col + 1
            if closed or empty:
                continue  # formatting only: no value, no room taken
            r = _number(digits) if digits else row
            if r > last_row:
                last_row = r
            if col > last_col:
                last_col = col
        self.row, self.col, self.last_row, self.last_col, self.elements = row, col, last_row, last_col, elements
        self.tally.check(self.name, last_row, last_col, elements)
        if b"mergeCell" in body:
            for left, top, right, bottom in _MERGE.findall(body):
                ref = f"{left.decode()}{top.decode()}:{right.decode()}{bottom.decode()}"
                self.last_row, self.last_col = self.tally.merged(
                    self.name, ref, (self.last_row, self.last_col),
                    (_number(top), _column(left), _number(bottom), _column(right)))
        self.tally.check(self.name, self.last_row, self.last_col, elements)

    @property
    def name(self) -> str:
        return self.tally.names.get(self.part, self.part)

    def close(self) -> None:
        if self.active:
            self.tally.done(self.name, self.last_row, self.last_col, self.elements)


_ODS_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>")
_ODS_ROWS = re.compile(rb"""table:number-rows-repeated\s*=\s*["'](\d+)""")
_ODS_COLS = re.compile(rb"""table:number-columns-repeated\s*=\s*["'](\d+)""")
_ODS_VALUE = re.compile(rb"office:value-type\s*=|table:formula\s*=")
_ODS_NAME = re.compile(rb"""table:name\s*=\s*["']([^"']*)""")


class _OdsRows:
    """An .ods content.xml: per table, the rows up to the last one holding a value
    (repeats included) and the columns up to the last cell holding one. The run of
    empty rows LibreOffice writes at a sheet's end, repeated a million times, is
    not counted; empty rows before a row with a value are."""

    def __init__(self, tally: _Tally):
        self.tally, self.carry = tally, b""
        self.name, self.at = "", 0  # table name, rows passed (repeats included)
        self.last_row = self.last_col = self.elements = 0
        self.row_repeat, self.row_col, self.row_last_col = 1, 0, -1

    def feed(self, chunk: bytes) -> None:
        body, self.carry = _split_tail(self.carry + chunk)
        for m in _ODS_TAG.finditer(body):
            closing, kind, attrs, closed = m.groups()
            if kind == b"table":
                if closing:
                    self._end_table()
                else:
                    self._table(attrs)
            elif kind == b"table-row":
                if not closing:
                    self.row_repeat = _repeat(_ODS_ROWS, attrs)
                    self.row_col, self.row_last_col = 0, -1
                if closing or closed:
                    self._end_row()
            elif not closing:
                self.elements += 1
                n = _repeat(_ODS_COLS, attrs)
                if not closed or _ODS_VALUE.search(attrs):
                    self.row_last_col = self.row_col + n
                self.row_col += n
        self.tally.check(self.name, self.last_row, self.last_col, self.elements)

    def _table(self, attrs: bytes) -> None:
        self._end_table()
        m = _ODS_NAME.search(attrs)
        self.name = html.unescape(m.group(1).decode("utf-8", "replace")) if m else ""

    def _end_row(self) -> None:
        if self.row_last_col >= 0:
            self.last_row = self.at + self.row_repeat
            self.last_col = max(self.last_col, self.row_last_col)
        self.at += self.row_repeat

    def _end_table(self) -> None:
        if self.at or self.elements:
            self.tally.done(self.name, self.last_row, self.last_col, self.elements)
        self.at = self.last_row = self.last_col = self.elements = 0

    def close(self) -> None:
        self._end_table()


def _repeat(pattern: re.Pattern, attrs: bytes) -> int:
    m = pattern.search(attrs)
    return max(_number(m.group(1)), 1) if m else 1


def _sheet_names(zf: zipfile.ZipFile, fp: BinaryIO) -> dict[str, str]:
    """Sheet part -> sheet name, for the messages (best effort: {} when unreadable)."""
    from defusedxml import ElementTree as ET

    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        book, rels = (_read_small(fp, zf.getinfo(n)) for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"))
        if not book or not rels:
            return {}
        targets = {r.get("Id"): r.get("Target") or "" for r in ET.fromstring(rels)}
        out = {}
        for sheet in ET.fromstring(book).iter(f"{main}sheet"):
            target = targets.get(sheet.get(f"{rel}id"), "")
            part = target.lstrip("/") if target.startswith("/") else "xl/" + target
            out[part] = sheet.get("name") or part
        return out
    except Exception:
        return {}


# --- legacy .xls: BIFF records in an OLE file ------------------------------------------

_XLS_BOF, _XLS_EOF, _XLS_SHEET, _XLS_FILEPASS, _XLS_MULRK = 0x0809, 0x000A, 0x0085, 0x002F, 0x00BD
_XLS_WORKSHEET, _XLS_DIMENSIONS, _XLS_MERGED = 0x0010, 0x0200, 0x00E5  # a BOF's type; a claimed range; merges
# FORMULA, RSTRING, LABELSST, NUMBER, LABEL, BOOLERR, RK: the records that place a value at (row, col)
_XLS_VALUES = frozenset((0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E))


def _check_xls(path: Path, limits: Limits) -> None:
    """The cells of each sheet of a legacy .xls, from its records: the reader takes
    the rectangle up to the last value (a DIMENSIONS claim and blank cells take no
    room), so one value typed in IV65536 would cost 16 million cells."""
    stream = _xls_stream(path)
    if not stream:
        return
    tally, names, stack = _Tally(path, limits, {}), {}, []
    name, rows, cols, at = "", 0, 0, 0
    while at + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, at)
        body, at = at + 4, at + 4 + size
        if at > len(stream):
            return  # a record cut short: the reader stops there
        if kind == _XLS_FILEPASS and not stack[1:]:
            return  # encrypted: the records cannot be read (the reader says so)
        if kind == _XLS_BOF and size >= 4:
            stack.append(struct.unpack_from("<H", stream, body + 2)[0])
            if stack[-1] == _XLS_WORKSHEET:
                name, rows, cols = names.get(body - 4, ""), 0, 0
        elif kind == _XLS_EOF and stack:
            if stack.pop() == _XLS_WORKSHEET:
                tally.done(name, rows, cols, 0)
        elif kind == _XLS_DIMENSIONS and stack and stack[-1] == _XLS_WORKSHEET:
            _xls_reserve(tally, name, stream[body:at])
        elif kind == _XLS_MERGED and stack and stack[-1] == _XLS_WORKSHEET and size >= 2:
            for top, bottom, left, right in struct.iter_unpack("<HHHH", stream[body + 2:body + 2 + (size - 2) // 8 * 8]):
                ref = f"{column_letter(left)}{top + 1}:{column_letter(right)}{bottom + 1}"
                rows, cols = tally.merged(name, ref, (rows, cols), (top + 1, left + 1, bottom + 1, right + 1))
        elif kind == _XLS_SHEET and size >= 8:
            names[struct.unpack_from("<I", stream, body)[0]] = _xls_sheet_name(stream[body + 6:at])
        elif stack and stack[-1] == _XLS_WORKSHEET and size >= 6 and (kind in _XLS_VALUES or kind == _XLS_MULRK):
            row, col = struct.unpack_from("<HH", stream, body)
            if kind == _XLS_MULRK:
                col = struct.unpack_from("<H", stream, at - 2)[0]  # the run's last column
            if row >= rows or col >= cols:
                rows, cols = max(rows, row + 1), max(cols, col + 1)
                tally.check(name, rows, cols, 0)


def _xls_reserve(tally: _Tally, name: str, body: bytes) -> None:
    """Unlike the other formats, the reader reserves room for an .xls sheet's DIMENSIONS
    claim (rows x columns, in 32-bit arithmetic that wraps when the first row is past
    the last): a claim beyond the cell limit is refused for what it would cost."""
    if len(body) == 14:
        first, last, col0, col1 = struct.unpack_from("<IIHH", body)
    elif len(body) == 10:
        first, last, col0, col1 = struct.unpack_from("<HHHH", body)
    else:
        return  # the reader stops at it
    if col0 > 0xFF or col1 < col0:
        col0 = 0
    if last >= 1 and col1 >= 1:
        rows, cols = (last - first) % (1 << 32), (col1 - col0) % (1 << 32)
        if rows * cols > tally.limits.max_cells:
            tally.claim(name, rows, cols)


def _xls_stream(path: Path) -> bytes | None:
    """The workbook stream of an OLE file as the reader finds it (None when the file
    is no OLE file or the reader would stop at an error of its own)."""
    with open(path, "rb") as fh:
        if fh.read(8) != _OLE_MAGIC:
            return None  # csv, or not a workbook at all: the reader says which
    data = path.read_bytes()
    if len(data) < 512:
        return None
    try:
        cfb = _Cfb(path, data)
        for name in ("Workbook", "Book", "WORKBOOK", "BOOK"):
            if name in cfb.entries:
                return cfb.stream(*cfb.entries[name])
    except _ReaderStops:
        return None
    return None


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN, _MARKERS, _DIFAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFA, 0xFFFFFFFC
_MAX_RESERVE = 1 << 24  # entries the reader may reserve from a header field (64 MB)


class _ReaderStops(Exception):
    """The reader would stop here with an error of its own (it says the file is damaged)."""


class _Cfb:
    """An OLE compound file walked the way python-calamine walks it (calamine's
    cfb.rs), to refuse what would make it loop for ever or allocate without bound
    before it is given the file: a sector chain that comes back on itself, a FAT
    larger than the file, header counts it sizes buffers from, a stream longer
    than the file. Where the reader would stop with an error, so does the walk."""

    def __init__(self, path: Path, data: bytes):
        self.path, self.data = path, data
        shift, mini_shift = struct.unpack_from("<HH", data, 30)
        if shift not in (9, 12) or mini_shift != 6:
            raise _ReaderStops
        self.size, self.maxid, self.buffer = 1 << shift, len(data) >> shift, 0
        fat_len, dir_start = struct.unpack_from("<II", data, 44)
        mini_fat_start, mini_fat_len, difat_start = struct.unpack_from("<III", data, 60)
        if fat_len > self.maxid or mini_fat_len > self.maxid or struct.unpack_from("<I", data, 62)[0] > _MAX_RESERVE:
            raise _ole_damaged(path, "文件头记录有误")
        self.fat = self._fat(list(struct.unpack_from("<109I", data, 76)), difat_start)
        dirs = self._chain(dir_start, self.fat, self._sector, None)
        if not dirs or len(dirs) % 128:
            raise _ReaderStops
        wide = "<I" if self.size == 512 else "<Q"
        self.entries: dict[str, tuple[int, int]] = {}
        for at in range(0, len(dirs), 128):
            name = dirs[at:at + 64].decode("utf-16-le", "replace").split("\0", 1)[0]
            self.entries.setdefault(name, (struct.unpack_from("<I", dirs, at + 116)[0],
                                           struct.unpack_from(wide, dirs, at + 120)[0]))
        self.mini, self.mini_fat = b"", memoryview(b"").cast("I")
        if mini_fat_len:
            root_start, root_len = struct.unpack_from("<I", dirs, 116)[0], struct.unpack_from(wide, dirs, 120)[0]
            self.mini = self._chain(root_start, self.fat, self._sector, self._within_file(root_len, "根目录"))
            self.mini_fat = _u32s(self._chain(mini_fat_start, self.fat, self._sector, mini_fat_len * self.size))

    def stream(self, start: int, length: int) -> bytes:
        length = self._within_file(length, "工作簿数据")
        if length < 4096:
            return self._chain(start, self.mini_fat, self._mini_sector, length)
        return self._chain(start, self.fat, self._sector, length)

    def _within_file(self, length: int, what: str) -> int:
        if length > len(self.data):
            raise _ole_damaged(self.path, f"{what}记录的大小超过文件本身")
        return length

    def _sector(self, sid: int) -> bytes:
        """The reader reads the file once, in order, into a buffer it grows with zeros
        past the end; the first look past the end gets what there was."""
        if sid > self.maxid:
            raise _ReaderStops
        start, end, real = sid * self.size, (sid + 1) * self.size, len(self.data) - self.size
        if end > self.buffer:
            self.buffer = end
            if real < end:
                if start > real:
                    raise _ReaderStops  # the reader panics here
                return self.data[self.size + start:]
        return self.data[self.size + start:self.size + end].ljust(self.size, b"\0")

    def _mini_sector(self, sid: int) -> bytes:
        if sid > self.maxid * 8:
            raise _ReaderStops
        return self.mini[sid * 64:(sid + 1) * 64].ljust(64, b"\0")

    def _fat(self, difat: list[int], sid: int) -> memoryview:
        seen: set[int] = set()
        while sid < _MARKERS:  # the DIFAT's own chain: each sector's last entry names the next
            if sid in seen:
                raise _ole_damaged(self.path, "扇区分配表的链条首尾相接")
            seen.add(sid)
            difat.extend(_u32s(self._sector(sid)))
            if not difat:
                raise _ReaderStops
            sid = difat.pop()
        ids = [i for i in difat if i < _DIFAT_SECTOR]
        if len(ids) * self.size > len(self.data):
            raise _ole_damaged(self.path, "扇区分配表比文件本身还大")
        return _u32s(b"".join(self._sector(i) for i in ids))

    def _chain(self, sid: int, fat: memoryview, sector: Callable[[int], bytes], length: int | None) -> bytes:
        """A chain of sectors, cut at ``length`` (None: to its end, which must come)."""
        out, got, seen = [], 0, set()
        while sid != _END_OF_CHAIN:
            if length is None:
                if sid in seen:
                    raise _ole_damaged(self.path, "目录的扇区链条首尾相接")
                seen.add(sid)
            piece = sector(sid)
            if length is not None:
                piece = piece[:length - got]
            out.append(piece)
            got += len(piece)
            if length is not None and got >= length:
                break
            if sid >= len(fat):
                raise _ReaderStops  # the reader panics here
            sid = fat[sid]
        return b"".join(out)


def _u32s(data: bytes) -> memoryview:
    return memoryview(data[:len(data) // 4 * 4]).cast("I")


def _xls_sheet_name(data: bytes) -> str:
    """A BOUNDSHEET record's name: a length, a flag (UTF-16 or not), the characters."""
    if len(data) < 2:
        return ""
    count, wide = data[0], data[1] & 1
    text = data[2:2 + count * (2 if wide else 1)]
    return text.decode("utf-16-le" if wide else "latin-1", "replace")


def check_size(path: Path, rows: int, cells: int, limits: Limits) -> None:
    """The second line, after reading: the rows and cells the reader returned."""
    if rows > limits.max_rows:
        raise UnsafeFile(f"《{path.name}》行数超过上限（{rows} 行，上限为 {limits.max_rows} 行），未读取。"
                         "请让报送单位删除多余的行后重新报送。", path=str(path))
    if cells > limits.max_cells:
        raise UnsafeFile(f"《{path.name}》单元格数超过上限（{cells} 个，上限为 {limits.max_cells} 个），未读取。"
                         "请让报送单位删除多余的行和列后重新报送。", path=str(path))

