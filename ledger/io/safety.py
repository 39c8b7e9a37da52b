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

An XML part is any part the reader may parse as XML, whatever its name or first
bytes (quick-xml skips bytes before the first tag): every part named .xml or
.rels, in any case, and every part a relationship or a content-type override
names (matched by its last path step, case ignored, as the reader looks parts
up), except the targets of relationships the reader only takes as bytes
(images, printer settings, embedded objects), which a real book holds. The
relationship parts are scanned first, so the other parts are read once. A part
whose name another reader would read otherwise (a NUL in it, or an Info-ZIP
Unicode Path field naming another part) is a damaged file.

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
that loops, which would make it read for ever, is a damaged file: that walk is
``ledger.io.safety_xls``.

The limits, and the running count of rows and cells kept against them, are in
``ledger.io.limits``; after reading, the rows and cells are checked again there
(``check_size``).
"""
from __future__ import annotations

import html
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import unquote

from .formulas import XLSX_FORMULA
from .limits import RESAVE, Limits, Tally, UnsafeFile
from .safety_xls import check_xls

try:  # zlib-ng: the same inflate and CRC-32 (DEFLATE decodes one way), in less CPU; zlib if absent
    from zlib_ng import zlib_ng as _zlib
except ImportError:  # pragma: no cover (no wheel for the platform and no compiler)
    _zlib = zlib
_INFLATE_ERRORS = (zlib.error, _zlib.error)

CHUNK = 1 << 16
_DIRECTORY_BYTES_PER_MEMBER = 512  # a real entry is ~100 bytes (name, sizes, a time stamp)
_ENTITY = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def check_container(path: Path, limits: Limits) -> set[str]:
    """Raise UnsafeFile when the file is too big, a zip bomb, damaged, declares XML
    entities, or holds more rows or cells than the limits allow. Else the sheet
    parts of a zip container whose cells hold a formula (an ``<f>`` element
    among the cell tags), noted while their tags are counted anyway:
    ``io.formulas`` then opens only those again."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise UnsafeFile(f"《{path.name}》太大（{size // 1048576} MB），超过 {limits.max_file_bytes // 1048576} MB 的上限，未读取。"
                         "请让报送单位删除多余内容后重新报送。", path=str(path))
    if not zipfile.is_zipfile(path):
        check_xls(path, limits)  # csv: bounded by the size check
        return set()
    try:
        with open(path, "rb") as fp:
            _check_directory(path, fp, limits)
            with zipfile.ZipFile(fp) as zf:
                return _check_members(path, zf, fp, limits)
    except (zipfile.BadZipFile, ValueError, struct.error, EOFError) as exc:  # ValueError: a part name not UTF-8
        raise UnsafeFile(f"《{path.name}》已损坏（压缩包结构错误），无法读取。请让报送单位重新保存后报送。",
                         path=str(path)) from exc


def _too_many_parts(path: Path, count: int) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》包含的部件过多（{count} 个以上），未读取。{RESAVE}", path=str(path))


def _check_directory(path: Path, fp: BinaryIO, limits: Limits) -> None:
    """The zip directory's size, before zipfile reads all of it into memory."""
    end = zipfile._EndRecData(fp)  # noqa: SLF001 (the record is_zipfile found)
    if end is None:
        return
    directory = min(end[zipfile._ECD_SIZE], path.stat().st_size)  # noqa: SLF001 (zipfile reads no more than there is)
    if directory > limits.max_members * _DIRECTORY_BYTES_PER_MEMBER:
        raise _too_many_parts(path, directory // _DIRECTORY_BYTES_PER_MEMBER)


def _check_members(path: Path, zf: zipfile.ZipFile, fp: BinaryIO, limits: Limits) -> set[str]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise _too_many_parts(path, len(infos))
    seen: set[str] = set()
    for info in infos:  # readers would disagree on which of two same-named parts is the part
        if info.filename in seen:
            raise _damaged(path, info.filename, "重复出现")
        if info.orig_filename != info.filename or _unicode_name(info.extra) not in (None, info.filename):
            raise _damaged(path, info.filename, "的名称记录不一致")  # another reader would see another name
        seen.add(info.filename)
    tally = Tally(path, limits, _sheet_names(zf, fp))
    named = _Named()
    listings = [info for info in infos if _is_listing(info.filename)]
    unzipped = 0
    for info in listings:  # first: the relationships say which other parts the reader parses
        unzipped = _scan_part(path, fp, info, [*_xml_sinks(info.filename, tally), _References(named)], limits, unzipped)
    for info in infos:
        if not _is_listing(info.filename):
            unzipped = _scan_part(path, fp, info, _sinks(info.filename, tally, named), limits, unzipped)
    return tally.formulas


def _unicode_name(extra: bytes) -> str | None:
    """The name an Info-ZIP Unicode Path field (0x7075) gives a part: the reader (the
    zip crate) takes it over the name Python's zipfile reads."""
    at = 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        if kind == 0x7075:
            return extra[at + 9:at + 4 + size].decode("utf-8", "replace")
        at += 4 + size
    return None


def _bomb(path: Path) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》压缩比异常（疑似“压缩炸弹”），未读取。", path=str(path))


def _damaged(path: Path, part: str, what: str) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》已损坏（压缩包中的部件 {part} {what}），无法读取。{RESAVE}", path=str(path))


def _scan_part(path: Path, fp: BinaryIO, info: zipfile.ZipInfo, sinks: list, limits: Limits, unzipped: int) -> int:
    """Decompress one part in chunks through its sinks; the running total of real bytes."""
    size = crc = 0
    for chunk in _part_chunks(path, fp, info):
        size += len(chunk)
        unzipped += len(chunk)
        crc = _zlib.crc32(chunk, crc)
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
    inflate = _zlib.decompressobj(-15)
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
    except _INFLATE_ERRORS as exc:
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

# Relationship types whose targets the reader takes as bytes or not at all, never as XML.
_NOT_PARSED = frozenset({"image", "hdphoto", "printersettings", "vbaproject", "oleobject", "package",
                         "audio", "video", "media"})
_LISTING_CAP = 1 << 20  # a real .rels or [Content_Types].xml is a few KB
_ATTRIBUTE = re.compile(rb"""([^\s=<>/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _folded(name: str) -> str:
    """A part name as the reader looks it up: backslashes as slashes, case ignored."""
    return name.replace("\\", "/").lower()


def _is_listing(name: str) -> bool:
    """A relationship part or the content types: what names the other parts."""
    folded = _folded(name)
    return folded.endswith(".rels") or folded == "[content_types].xml"


@dataclass
class _Named:
    """The last path step (folded) of every part a relationship or a content-type
    override names, except the targets of relationships the reader never parses
    (images, printer settings, embedded objects); ``complete`` is False when a
    listing was too large to read, and then every part counts as named."""
    steps: set[str] = field(default_factory=set)
    complete: bool = True

    def parsed(self, name: str) -> bool:
        """Whether the reader may parse this part as XML."""
        folded = _folded(name)
        return folded.endswith((".xml", ".rels")) or not self.complete or folded.rsplit("/", 1)[-1] in self.steps


class _References:
    """Collects into ``named`` the parts a listing names. Read leniently, as the
    reader reads it (a strict parser that gives up on a listing the reader takes
    would miss its targets): every tag, every Target and PartName attribute."""

    def __init__(self, named: _Named):
        self.named, self.data = named, bytearray()

    def feed(self, chunk: bytes) -> None:
        if len(self.data) <= _LISTING_CAP:
            self.data += chunk

    def close(self) -> None:
        if len(self.data) > _LISTING_CAP:
            self.named.complete = False
            return
        for tag in _WHOLE_TAG.finditer(self.data):
            attributes = [(key.rsplit(b":", 1)[-1].lower(), html.unescape((v1 or v2).decode("utf-8", "replace")))
                          for key, v1, v2 in _ATTRIBUTE.findall(tag.group(0))]
            if _not_parsed(attributes):
                continue
            for key, value in attributes:
                if key in (b"target", b"partname"):
                    step = _folded(value).rsplit("/", 1)[-1]
                    self.named.steps.update((step, unquote(step)))


def _not_parsed(attributes: list[tuple[bytes, str]]) -> bool:
    """Whether a relationship or content-type entry says its part is never parsed as
    XML: a Type the reader takes as bytes, a ContentType not XML; every such say-so
    in the tag must agree (the reader goes by Type alone)."""
    kinds = [value.rstrip("/").rsplit("/", 1)[-1].lower() in _NOT_PARSED if key == b"type"
             else not value.strip().lower().endswith("xml")
             for key, value in attributes if key in (b"type", b"contenttype")]
    return bool(kinds) and all(kinds)


def _sinks(name: str, tally: Tally, named: _Named) -> list:
    if named.parsed(name):
        return _xml_sinks(name, tally)
    return [_Finds(XLSX_FORMULA, name, tally.formulas)]


def _xml_sinks(name: str, tally: Tally) -> list:
    """Every check of a part the reader parses as XML, whatever its name or first bytes."""
    rows = [_OdsRows(tally), _SheetRows(tally, name)] if name == "content.xml" else [_SheetRows(tally, name)]
    return [_Entities(tally.path), *rows, _SharedStrings(tally)]


_WHOLE_TAG = re.compile(rb"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")


def _split_tail(buf: bytes) -> tuple[bytes, bytes]:
    """(the complete tags, an unfinished tag at the end to carry into the next chunk)."""
    cut = buf.rfind(b"<")  # "<" cannot stand inside an attribute value or text: a tag starts here
    if cut == -1 or _WHOLE_TAG.match(buf, cut) or len(buf) - cut > CHUNK:
        return buf, b""
    return buf[:cut], buf[cut:]


class _Entities:
    """No DOCTYPE or ENTITY declaration anywhere in an XML part."""

    def __init__(self, path: Path):
        self.path, self.tail = path, b""

    def feed(self, chunk: bytes) -> None:
        buf = self.tail + chunk
        if b"!" in buf and b"<!" in buf and _ENTITY.search(buf):  # every declaration starts with "<!"; a byte first
            raise UnsafeFile(f"《{self.path.name}》含有不安全的 XML 声明（DOCTYPE/ENTITY），未读取。", path=str(self.path))
        self.tail = chunk[-16:]

    def close(self) -> None:
        pass


class _Finds:
    """Whether ``pattern`` (which matches within one tag) occurs in a part, the
    chunks cut between whole tags as the counts below cut them; the part's name
    goes into ``found`` when it does."""

    def __init__(self, pattern: re.Pattern, part: str, found: set[str]):
        self.pattern, self.part, self.found, self.carry = pattern, part, found, b""

    def feed(self, chunk: bytes) -> None:
        if self.part in self.found:
            return
        body, self.carry = _split_tail(self.carry + chunk)
        if self.pattern.search(body):
            self.found.add(self.part)

    def close(self) -> None:
        if self.part not in self.found and self.pattern.search(self.carry):
            self.found.add(self.part)


# An attribute value may hold ">" (legal XML): a tag ends at the first ">" outside quotes,
# and an attribute is found only where an attribute starts, never inside another's value.
_INSIDE = rb"""(?:[^>"']|"[^"]*"|'[^']*')"""
_SST = re.compile(rb"<(?:[\w.-]+:)?sst(?=[\s/>])" + _INSIDE + rb"*>")
_HAS_SST = re.compile(rb"sst").search  # the same test as b"sst" in body, in two thirds of the time
_UNIQUE = re.compile(_INSIDE + rb"""*?\s(?:[\w.-]+:)?uniqueCount\s*=\s*["'](\d+)""")


class _SharedStrings:
    """The reader reserves room for as many strings as a shared-string table says it
    holds (``<sst uniqueCount=…>``), before reading one: a file of a few hundred bytes
    claiming 10**14 makes it ask for petabytes and the process is killed. A table
    cannot need more strings than the cell limit."""

    def __init__(self, tally: Tally):
        self.tally, self.carry, self.found = tally, b"", False

    def feed(self, chunk: bytes) -> None:
        if self.found:
            return
        body, self.carry = _split_tail(self.carry + chunk)
        tag = _SST.search(body) if _HAS_SST(body) else None
        if tag is None:
            return
        self.found = True
        count = _UNIQUE.match(tag.group(0), len(b"<"))
        if count and _number(count.group(1)) > self.tally.limits.max_cells:
            path = self.tally.path
            raise UnsafeFile(f"《{path.name}》单元格数超过上限：文件记录有 {count.group(1).decode()} 条不同的文字，"
                             f"读取时要按此预留，上限为 {self.tally.limits.max_cells} 个，未读取。{RESAVE}", path=str(path))

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
# The rest of a tag up to the "/" of "/>" or its ">": the same end as _INSIDE*?(/?)> finds,
# taken in runs and never given back (the lazy form tried "/>" and ">" at every byte).
_REST_OF_TAG = rb"""(?:[^>"'/]+|/(?!>)|"[^"]*"|'[^']*')*+"""
# A formula tag (<f>) is noted where it starts and not taken as a whole tag, so the
# walk goes on from just after its name, as it would if it had not been looked for.
# A cell's usual content after its tag (an inline string or a value, then </c>) is
# taken into the match: no "<" in it can start a tag this pattern finds (<is>, <t>,
# <v> and closing tags are none of f, row, c; text holds no "<"), so the tags found
# are the same, with one attempt a cell instead of six.
_CELL_CONTENT = rb"""(?:<is><t(?: xml:space="preserve")?>[^<]*+</t></is></c>|<v>[^<]*+</v></c>)?"""
_XLSX_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:(f)(?=[\s/>])|(row|c)(?=[\s/>])"
                       rb"(?:" + _INSIDE + rb"""*?\sr\s*=\s*(?:"([A-Za-z]{0,8})(\d{0,12})[^"]*"|'([A-Za-z]{0,8})(\d{0,12})[^']*'))?"""
                       + _REST_OF_TAG
                       + rb"(/?)>(?=(</)?)" + _CELL_CONTENT + rb")")


_MERGE = re.compile(rb"<(?:[\w.-]+:)?mergeCell(?=[\s/>])" + _INSIDE + rb"""*?\sref\s*=\s*["']"""
                    rb"([A-Za-z]{1,8})(\d{1,12}):([A-Za-z]{1,8})(\d{1,12})")


class _SheetRows:
    """An .xlsx/.xlsm sheet part: the last row and column holding a value, and the
    cell elements, counted from the ``<sheetData>`` on (any XML part that has one,
    whatever its name); the part goes into ``tally.formulas`` when a cell there
    holds a formula (an ``<f>`` tag, found among the tags walked anyway: a tag
    the XML parser of ``io.formulas`` would read as one is a tag here too)."""

    def __init__(self, tally: Tally, part: str):
        self.tally, self.part = tally, part
        self.active, self.carry = False, b""
        self.row = self.col = self.last_row = self.last_col = self.elements = 0

    def feed(self, chunk: bytes) -> None:
        buf = self.carry + chunk
        if not self.active:
            body, self.carry = _split_tail(buf)
            m = _SHEET_DATA.search(body)
            if XLSX_FORMULA.search(body, 0, m.start() if m else len(body)):  # a formula tag before the cells
                self.tally.formulas.add(self.part)
            if not m:
                return
            self.active, buf = True, buf[m.start():]
        body, self.carry = _split_tail(buf)
        row, col, last_row, last_col, elements = self.row, self.col, self.last_row, self.last_col, self.elements
        for formula, kind, letters, digits, letters1, digits1, closed, empty in _XLSX_TAG.findall(body):
            if formula:
                self.tally.formulas.add(self.part)
                continue
            if letters1 or digits1:  # r='…' in single quotes
                letters, digits = letters1, digits1
            if kind == b"row":
                row, col = (_number(digits) if digits else row + 1), 0
                continue
            elements += 1
            col = _column(letters) if letters else col + 1
            if closed or empty:
                continue  # formatting only: no value, no room taken
            r = (int(digits) if len(digits) <= 9 else 10 ** 9) if digits else row  # _number, without a call a cell
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
        elif XLSX_FORMULA.search(self.carry):
            self.tally.formulas.add(self.part)


_ODS_TAG = re.compile(rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])("
                      + _INSIDE + rb"*?)(/?)>")
_ODS_ROWS = re.compile(_INSIDE + rb"""*?\stable:number-rows-repeated\s*=\s*["'](\d+)""")
_ODS_COLS = re.compile(_INSIDE + rb"""*?\stable:number-columns-repeated\s*=\s*["'](\d+)""")
_ODS_VALUE = re.compile(rb"office:value-type\s*=|table:formula\s*=")
_ODS_NAME = re.compile(rb"""table:name\s*=\s*["']([^"']*)""")


class _OdsRows:
    """An .ods content.xml: per table, the rows up to the last one holding a value
    (repeats included) and the columns up to the last cell holding one. The run of
    empty rows LibreOffice writes at a sheet's end, repeated a million times, is
    not counted; empty rows before a row with a value are."""

    def __init__(self, tally: Tally):
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
    m = pattern.match(attrs)
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
