"""Sheet rows written straight as XML into a package XlsxWriter wrote.

XlsxWriter spends most of a big workbook's time in its per-cell Python (the
cell check, the row table, the escaping, one ``write`` a tag). A ``StreamedSheet``
takes over only the data rows of one worksheet: XlsxWriter still writes
everything else (styles, column widths, merged title rows, validation,
conditional formats, autofilter, print set-up, charts) from the same calls as
before, and the rows are put into its sheet XML when the package is finished
(``finish``).

The rows are what XlsxWriter writes in ``constant_memory`` mode, character for
character: inline strings (``t="inlineStr"``) with ``&``, ``<`` and ``>``
escaped, control characters as ``_xHHHH_`` (and a literal ``_xHHHH_`` escaped
as ``_x005F_xHHHH_``), ``xml:space="preserve"`` where a text starts or ends with
white space, numbers as ``%.16G``, the style id of the XlsxWriter ``Format`` and
row heights as XlsxWriter rounds them. Two differences, both where XlsxWriter's
output is not what Excel accepts: a text that looks like rich-string XML
(``<r>…</r>``) is escaped like any other (XlsxWriter copies it into the file
unescaped), and a lone surrogate becomes U+FFFD (XlsxWriter fails on it).
``tests/test_xlsx_stream.py`` holds both writers to this, cell by cell.
"""
from __future__ import annotations

import queue
import re
import struct
import tempfile
import threading
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, NamedTuple

from xlsxwriter.utility import xl_col_to_name

try:  # zlib-ng: zlib's deflate, CRC-32 and API in a quarter to a third less CPU on these sheets (docs/PERFORMANCE.md)
    from zlib_ng import zlib_ng as zlib
except ImportError:  # no wheel for this platform and no compiler to build it: the same format, a little slower
    import zlib

SPOOL_BYTES = 16 * 1024 * 1024  # compressed rows kept in memory up to this, then in a temporary file
FLUSH_ROWS = 512  # rows joined into one chunk for the compressor
QUEUED_CHUNKS = 8  # chunks waiting for the compressor at most (then the rows wait)
ZIP64_LIMIT = 0xFFFFFFFF  # a size or offset from this on needs the ZIP64 fields
_IN_ZIP64 = 0xFFFFFFFF  # what a field says when its value is in the ZIP64 fields
DEFAULT_ROW_PIXELS = 20  # XlsxWriter's default row height (15 points)
MAX_DIGIT_PIXELS, CELL_PADDING_PIXELS = 7, 5  # XlsxWriter's column widths: Calibri 11's digit, and the padding
DEFAULT_COLUMN_PIXELS = 64  # XlsxWriter's default column width (8.43 characters)
ROW_MARK = "\x00"  # a row number to come, in a cell's XML kept for other rows (never in a cell: escaped as _x0000_)
CACHED_CELLS = 500_000  # cells' XML a CellCache keeps at most (then it starts afresh)

# Anything that needs more than the plain path: XML's specials, control
# characters, Excel's own _xHHHH_ escape, non-characters, lone surrogates, and
# white space at either end.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]|_x[0-9a-fA-F]{4}_|^\s|\s$")
_SPECIAL_CHARS = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")  # _SPECIAL's characters alone
_ESCAPE_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LEADING, _TRAILING = re.compile(r"^\s"), re.compile(r"\s$")
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/>')
_JOINT = "\u2042"  # between the texts ``plain_texts`` searches at once: a printable character, seldom written
_SPACE_JOINT, _JOINT_SPACE = " " + _JOINT, _JOINT + " "


def needs_escaping(text: str) -> bool:
    """Whether ``text`` is written other than as it is in a cell: XML's specials,
    control characters, Excel's _xHHHH_, non-characters, lone surrogates, white
    space at either end."""
    return _SPECIAL.search(text) is not None


def maybe_special(text: str) -> bool:
    """``needs_escaping``, quicker (the alternatives of one pattern, tried at every
    position of a long text, cost three times as much): true for every text that needs
    escaping and for a few that do not (an "_x" in them), which ``inline_string`` then
    writes as they are."""
    return (_SPECIAL_CHARS.search(text) is not None or "_x" in text
            or text[:1].isspace() or text[-1:].isspace())  # str.isspace is the pattern's \s


def plain_texts(texts: list[str], joined: str | None = None) -> bool:
    """True when no text of ``texts`` can need escaping (``maybe_special`` false for
    each), found at once for most: ``joined`` (the texts joined by _JOINT, line breaks
    as spaces) printable holds no control character, surrogate, non-character or white
    space but " ", so XML's specials, "_x" and a " " at a text's either end are all
    left to look for.
    A text holding _JOINT can only make the answer false."""
    if joined is None:
        joined = _JOINT.join(texts)
    if not joined.isprintable():
        joined = joined.replace("\n", " ")  # a line break needs escaping where a space does: at a text's end
        if not joined.isprintable():
            return not any(map(maybe_special, texts))  # tabs, full-width spaces …: text by text
    return not ("&" in joined or "<" in joined or ">" in joined or "_x" in joined or _SPACE_JOINT in joined
                or _JOINT_SPACE in joined or joined[:1] == " " or joined[-1:] == " ")


def inline_string(ref: str, style: str, text: str) -> str:
    """One inline-string cell, as XlsxWriter's constant_memory mode writes it;
    ``style`` is the style attribute (`` s="3"``), or empty for a cell without one."""
    if not _SPECIAL.search(text):
        return f'<c r="{ref}"{style} t="inlineStr"><is><t>{text}</t></is></c>'
    text = _SURROGATE.sub("\ufffd", text)
    text = _ESCAPE_ESCAPE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    space = ' xml:space="preserve"' if _LEADING.search(text) or _TRAILING.search(text) else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


_HEIGHTS: dict[float | None, str] = {}  # height -> ``row_height_attributes`` (a row's height is one of a few)
KNOWN_HEIGHTS = 1_000  # heights _HEIGHTS keeps at most (then it starts afresh)


def row_height_attributes(height: float | None) -> str:
    """`` ht="…" customHeight="1"`` for a height in points, rounded to whole pixels as
    XlsxWriter's ``set_row`` does; nothing for the default height."""
    if height is None:
        return ""
    pixels = int(height * 4.0 / 3.0 + 0.5)
    if pixels == DEFAULT_ROW_PIXELS:
        return ""
    return f' ht="{pixels * 0.75:.16g}" customHeight="1"'


class WorksheetRows:
    """The reference writer of rows: XlsxWriter's own calls, one a cell (what
    ``StreamedSheet`` must match)."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        self.name: str = worksheet.name

    def row(self, r: int, cells: Sequence[tuple[object, object]], height: float | None = None) -> None:
        ws = self.worksheet
        if height is not None:
            ws.set_row(r, height)
        for c, (value, fmt) in enumerate(cells):
            if value is None:
                ws.write_blank(r, c, None, fmt)
            elif value.__class__ is str:
                ws.write_string(r, c, value, fmt)
            else:
                ws.write_number(r, c, value, fmt)

    def sparse_row(self, r: int, cells: Iterable[tuple[int, object, object]], height: float | None = None) -> None:
        ws = self.worksheet
        if height is not None:
            ws.set_row(r, height)
        for c, value, fmt in cells:
            if value.__class__ is str:
                ws.write_string(r, c, value, fmt)
            else:
                ws.write_number(r, c, value, fmt)


def cols_xml(columns: Sequence[tuple[float, object, bool]]) -> str:
    """The ``<cols>`` element XlsxWriter writes for ``set_column(c, c, width,
    format, {"hidden": hidden})`` on columns 0, 1, … (``columns``: a (width in
    characters, at least 1; Format or None; hidden) each): widths in whole
    pixels of Calibri 11, neighbours alike written as one range."""
    out, start = ["<cols>"], 0
    for c in range(1, len(columns) + 1):
        if c < len(columns) and _col_key(columns[c]) == _col_key(columns[start]):
            continue
        width, fmt, hidden = columns[start]
        pixels = _col_key(columns[start])[0]
        style = fmt._get_xf_index() if fmt is not None else 0
        out.append(f'<col min="{start + 1}" max="{c}" width="{(pixels * 256 // MAX_DIGIT_PIXELS) / 256.0:.16g}"'
                   + (f' style="{style}"' if style else "") + (' hidden="1"' if hidden else "")
                   + (' customWidth="1"' if pixels != DEFAULT_COLUMN_PIXELS else "") + "/>")
        start = c
    out.append("</cols>")
    return "".join(out)


def _col_key(column: tuple[float, object, bool]) -> tuple[int, int, bool]:
    width, fmt, hidden = column
    if width < 1:
        raise ValueError(f"column width {width}: below one character is not written here")
    return int(width * MAX_DIGIT_PIXELS + 0.5) + CELL_PADDING_PIXELS, id(fmt), bool(hidden)


class StreamedSheet:
    """The data rows of one XlsxWriter worksheet, written as XML as they come.

    ``row`` takes the cells of a row from column 0: a ``(value, format)`` pair
    each, the format an XlsxWriter ``Format`` (a column's format is not looked
    up, as XlsxWriter does for a cell without one), the value a ``str`` (written as an inline string), an ``int`` or
    ``float`` (a number), or ``None`` (a blank cell that only carries the
    format). Rows come in increasing order, after the rows XlsxWriter itself
    holds for the sheet (its title and header rows)."""

    def __init__(self, worksheet, level: int = zlib.Z_DEFAULT_COMPRESSION, threaded: bool = True,
                 deferred: bool = False, cache: CellCache | None = None) -> None:
        # ``worksheet``: an XlsxWriter worksheet, or anything with its ``name`` and
        # ``index`` (a ``SheetPart``: a sheet of a package made once, ``write_package``);
        # ``threaded``: compressed on a thread of its own, else as the rows come, or
        # ``deferred``: when the package is written (``deflated``), by the thread that writes it;
        # ``cache``: cells' XML kept for rows to come, of this sheet and others
        self.worksheet = worksheet
        self._cache = cache
        self.name: str = worksheet.name
        self.part = f"xl/worksheets/sheet{worksheet.index + 1}.xml"
        self._deflater = _Deflater(level, threaded, deferred)
        self._pending: list[str] = []
        self._columns: list[str] = []
        self._styles: dict[int, str] = {}  # id(Format) -> its style attribute (`` s="3"``)
        self.first_row: int | None = None
        self.last_row = -1
        self.last_col = -1

    def _letters(self, n: int) -> list[str]:
        while len(self._columns) < n:
            self._columns.append(xl_col_to_name(len(self._columns)))
        return self._columns

    def _style(self, fmt) -> str:
        """The style attribute of a cell of ``fmt`` (`` s="3"``; none for ``None``)."""
        if fmt is None:
            return ""
        attribute = self._styles.get(id(fmt))
        if attribute is None:  # registers the format with the workbook, as writing a cell does
            attribute = self._styles[id(fmt)] = f' s="{fmt._get_xf_index()}"'
        return attribute

    def row(self, r: int, cells: Sequence[tuple[object, object]], height: float | None = None) -> None:
        self.sparse_row(r, [(c, value, fmt) for c, (value, fmt) in enumerate(cells)], height)

    def sparse_row(self, r: int, cells: Iterable[tuple[int, object, object]], height: float | None = None) -> None:
        """A row of only some cells: ``(column, value, format)`` each, in column
        order; the value as for ``row``, the format an XlsxWriter ``Format`` or
        ``None`` (no style: what XlsxWriter writes for a cell without a format on a
        column without one). Left-out columns have no cell."""
        n, styles, special, letters = str(r + 1), self._styles, maybe_special, self._columns
        parts = self._start_row(r, height)
        add = parts.append
        last = -1
        cache = self._cache
        kept, unique = (cache.xml, cache.unique) if cache is not None else (None, ())
        marked = False
        for c, value, fmt in cells:
            if c <= last:
                raise ValueError(f"{self.name}: row {n}: column {c + 1} comes after column {last + 1}")
            last = c
            if kept is not None and id(fmt) not in unique:  # a cell that comes again: its XML made once
                xml = kept.get((c, value, fmt))
                if xml is None:
                    xml = kept[c, value, fmt] = self._cell(c, value, fmt)
                add(xml)
                marked = True
                continue
            ref = (letters[c] if c < len(letters) else self._letters(c + 1)[c]) + n
            s = styles.get(id(fmt)) or self._style(fmt)
            if value is None:
                add(f'<c r="{ref}"{s}/>')
            elif value.__class__ is str:
                if special(value):
                    add(inline_string(ref, s, value))
                else:  # inline_string's plain path, without the call
                    add(f'<c r="{ref}"{s} t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                add(f'<c r="{ref}"{s}><v>{value:.16G}</v></c>')
        if marked:
            parts = ["".join(parts).replace(ROW_MARK, n)]
            if len(kept) >= cache.limit:
                kept.clear()
        self._end_row(r, parts, last)

    def shaped_row(self, r: int, values: Sequence[object], shapes: RowShapes, height: float | None = None) -> bool:
        """A row of ``shapes``' columns, ``values`` one a column (a ``str``, "" or ``None``
        for a blank cell, an ``int`` or a ``float``), written by one ``str.format`` as
        ``sparse_row`` writes it (the blank cells with their formats); False, and
        nothing written, for a row of other values or of a text that may need escaping."""
        xml = shapes.xml(values, self._style)
        if xml is None:
            return False
        if r <= self.last_row:
            raise ValueError(f"{self.name}: row {r + 1} comes after row {self.last_row + 1}")
        high = _HEIGHTS.get(height)
        if high is None:
            if len(_HEIGHTS) >= KNOWN_HEIGHTS:
                _HEIGHTS.clear()
            high = _HEIGHTS[height] = row_height_attributes(height)
        self._pending.append(xml.format(r + 1, high, *values))
        if self.first_row is None:
            self.first_row = r
        self.last_row, self.last_col = r, max(self.last_col, len(values) - 1)
        if len(self._pending) >= FLUSH_ROWS:
            self._flush()
        return True

    def _cell(self, c: int, value: object, fmt) -> str:
        """One cell's XML, its row number ROW_MARK (``CellCache``)."""
        ref = self._letters(c + 1)[c] + ROW_MARK
        s = self._style(fmt)
        if value is None:
            return f'<c r="{ref}"{s}/>'
        if value.__class__ is str:
            return inline_string(ref, s, value)
        return f'<c r="{ref}"{s}><v>{value:.16G}</v></c>'

    def _start_row(self, r: int, height: float | None) -> list[str]:
        if r <= self.last_row:
            raise ValueError(f"{self.name}: row {r + 1} comes after row {self.last_row + 1}")
        return [f'<row r="{r + 1}"{row_height_attributes(height)}>']

    def _end_row(self, r: int, parts: list[str], last_col: int) -> None:
        parts.append("</row>")
        self._pending.append("".join(parts))
        if self.first_row is None:
            self.first_row = r
        self.last_row, self.last_col = r, max(self.last_col, last_col)
        if len(self._pending) >= FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._deflater.put("".join(self._pending).encode("utf-8"))
            self._pending.clear()

    def deflated(self) -> _Deflated:
        """The rows written, compressed: no more rows after this."""
        self._flush()
        return self._deflater.result()

    def close(self) -> None:
        self._deflater.close()


class RowShapes:
    """The rows of a sheet's columns, each column with one format: a row's XML made
    by one ``str.format`` of a template, a template for each shape of row (which
    cells are blank, texts or numbers) made once (``StreamedSheet.shaped_row``)."""

    KINDS = {str: "t", int: "n", float: "n", type(None): ""}  # a value's class -> its cell's kind

    def __init__(self, formats: Sequence[object], longest: int | None = None) -> None:
        self.formats = list(formats)  # an XlsxWriter Format a column
        self.longest = longest  # a row with a longer text is not written here (the caller cuts it)
        self._templates: dict[tuple[str, ...], str] = {}

    def xml(self, values: Sequence[object], style) -> str | None:
        """The template of ``values``' row (``style``: a Format -> its style attribute),
        or None when a value is of no kind here, a text is longer than ``longest``, or
        a text may need escaping."""
        kinds = self.KINDS
        try:
            shape = tuple([kinds[v.__class__] if v != "" else "" for v in values])
        except KeyError:
            return None
        texts = [v for v in values if v.__class__ is str]
        joined = _JOINT.join(texts)
        if self.longest is not None and len(joined) > self.longest and max(map(len, texts)) > self.longest:
            return None
        if not plain_texts(texts, joined):
            return None
        template = self._templates.get(shape)
        if template is None:
            template = self._templates[shape] = self._template(shape, style)
        return template

    def _template(self, shape: tuple[str, ...], style) -> str:
        """``{0}`` the row number, ``{1}`` its height attributes, ``{c + 2}`` column c's value."""
        out = ['<row r="{0}"{1}>']
        for c, kind in enumerate(shape):
            ref, s = xl_col_to_name(c) + "{0}", style(self.formats[c])
            if kind == "t":
                out.append(f'<c r="{ref}"{s} t="inlineStr"><is><t>{{{c + 2}}}</t></is></c>')
            elif kind == "n":
                out.append(f'<c r="{ref}"{s}><v>{{{c + 2}:.16G}}</v></c>')
            else:
                out.append(f'<c r="{ref}"{s}/>')
        out.append("</row>")
        return "".join(out)


class RowsPiece(NamedTuple):
    """Rows of a sheet written elsewhere (a worker process): their XML compressed on
    its own, as a raw deflate stream flushed to a byte boundary and not final (pieces
    one after the other make one stream); the CRC-32 and length of that XML, and the
    rows and the last column it covers."""

    data: bytes
    crc: int
    size: int
    first_row: int
    last_row: int
    last_col: int


def rows_piece(sheet: StreamedSheet) -> RowsPiece:
    """The rows a StreamedSheet was given, as a RowsPiece (the sheet is closed)."""
    if sheet.first_row is None:
        raise ValueError(f"{sheet.name}: no rows to hand over")
    try:
        rows = sheet.deflated()
        return RowsPiece(rows.data.read(), rows.crc, rows.size, sheet.first_row, sheet.last_row, sheet.last_col)
    finally:
        sheet.close()


class PiecedSheet:
    """The data rows of one XlsxWriter worksheet put together from RowsPieces made
    elsewhere, in order: for ``finish``, what a StreamedSheet is."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        self.name: str = worksheet.name
        self.part = f"xl/worksheets/sheet{worksheet.index + 1}.xml"
        self._out: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        self._crc = self._size = 0
        self.first_row: int | None = None
        self.last_row = -1
        self.last_col = -1

    def add(self, piece: RowsPiece) -> None:
        if piece.first_row <= self.last_row:
            raise ValueError(f"{self.name}: row {piece.first_row + 1} comes after row {self.last_row + 1}")
        self._out.write(piece.data)
        self._crc, self._size = crc32_combine(self._crc, piece.crc, piece.size), self._size + piece.size
        if self.first_row is None:
            self.first_row = piece.first_row
        self.last_row, self.last_col = piece.last_row, max(self.last_col, piece.last_col)

    def deflated(self) -> _Deflated:
        self._out.seek(0)
        return _Deflated(self._out, self._crc, self._size)

    def close(self) -> None:
        self._out.close()


class CellCache:
    """Cells' XML kept for the rows of sheets alike, where the same cells come
    again and again (a task's cells are the same for every unit that gets it): by
    (column, value, format), the row number left as ROW_MARK. A cell of a format
    in ``unique`` (a row's own id) is never kept; at ``limit`` cells the cache
    starts afresh."""

    def __init__(self, unique: Iterable[object] = (), limit: int = CACHED_CELLS) -> None:
        self.xml: dict[tuple, str] = {}
        self.unique = {id(f) for f in unique}
        self.limit = limit
        self._formats = list(unique)  # kept alive while their ids are


class _Deflated:
    """Rows compressed as a raw deflate stream that is flushed to a byte boundary
    and not final, so it can stand between the compressed head and tail of its
    part; with the CRC-32 and length of the rows it holds."""

    def __init__(self, data: IO[bytes], crc: int, size: int) -> None:
        self.data, self.crc, self.size = data, crc, size


class _Deflater:
    """zlib on a thread of its own: it releases the GIL while it compresses, so
    the rows are compressed on the other core while Python writes the next ones;
    not ``threaded``: on the writing thread, chunk by chunk as they come, or all at
    once when the result is asked for (``deferred``: the rows of a small sheet,
    written with its package on another thread, ``unit_template.Backlog``)."""

    def __init__(self, level: int, threaded: bool = True, deferred: bool = False) -> None:
        self._queue: queue.Queue[bytes | None] = queue.Queue(QUEUED_CHUNKS)
        self._out: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        self._crc = self._size = 0
        self._error: BaseException | None = None
        self._done = False
        self._thread: threading.Thread | None = None
        self._z = zlib.compressobj(level, zlib.DEFLATED, -15)
        self._later: list[bytes] | None = [] if deferred and not threaded else None
        if threaded:
            self._thread = threading.Thread(target=self._run, name="xlsx-deflate", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            while (chunk := self._queue.get()) is not None:
                self._compress(chunk)
            self._out.write(self._z.flush(zlib.Z_SYNC_FLUSH))
        except BaseException as e:  # noqa: BLE001 - handed to the writing thread
            self._error = e
            while self._queue.get() is not None:  # let the writer's puts through
                pass

    def _compress(self, chunk: bytes) -> None:
        self._crc, self._size = zlib.crc32(chunk, self._crc), self._size + len(chunk)
        self._out.write(self._z.compress(chunk))

    def put(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        if self._later is not None:
            self._later.append(chunk)
        elif self._thread is None:
            self._compress(chunk)
        else:
            self._queue.put(chunk)

    def result(self) -> _Deflated:
        self.stop()
        if self._error is not None:
            raise self._error
        self._out.seek(0)
        return _Deflated(self._out, self._crc, self._size)

    def stop(self) -> None:
        if not self._done:
            self._done = True
            if self._thread is None:
                if self._later:
                    self._compress(b"".join(self._later))
                self._later = None
                self._out.write(self._z.flush(zlib.Z_SYNC_FLUSH))
            else:
                self._queue.put(None)
                self._thread.join()

    def close(self) -> None:
        self._later = None  # rows never asked for are not compressed
        self.stop()
        self._out.close()


def _dimension(head: bytes, sheet: StreamedSheet) -> bytes:
    """The sheet's ``<dimension>`` widened to the streamed rows."""
    m = _DIMENSION.search(head)
    if m is None:
        raise ValueError(f"{sheet.part}: no <dimension> to widen")
    last_col = max((m.group(3) or m.group(1)).decode(), xl_col_to_name(sheet.last_col),
                   key=lambda name: (len(name), name))
    last_row = max(int(m.group(4) or m.group(2)), sheet.last_row + 1)
    ref = f"{m.group(1).decode()}{m.group(2).decode()}:{last_col}{last_row}"
    return head[:m.start()] + f'<dimension ref="{ref}"/>'.encode() + head[m.end():]


def split_sheet(xml: bytes, part: str) -> tuple[bytes, bytes]:
    """XlsxWriter's sheet XML cut where the streamed rows go: before ``</sheetData>``."""
    end = xml.find(b"</sheetData>")
    if end >= 0:
        return xml[:end], xml[end:]
    empty = xml.find(b"<sheetData/>")
    if empty < 0:
        raise ValueError(f"{part}: no <sheetData>")
    return xml[:empty] + b"<sheetData>", b"</sheetData>" + xml[empty + len(b"<sheetData/>"):]


def _times(mat: list[int], vec: int) -> int:
    """A 32×32 bit matrix (a column an int) times a vector of 32 bits."""
    out, i = 0, 0
    while vec:
        if vec & 1:
            out ^= mat[i]
        vec, i = vec >> 1, i + 1
    return out


def _square(mat: list[int]) -> list[int]:
    return [_times(mat, mat[n]) for n in range(32)]


def _one_zero_byte() -> list[int]:
    op = [0xEDB88320] + [1 << n for n in range(31)]  # the operator for one zero bit
    for _ in range(3):
        op = _square(op)  # two, four, then eight zero bits
    return op


_ZERO_BYTES = [_one_zero_byte()]  # the operators for 1, 2, 4, 8 … zero bytes, made as lengths need them


def _crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of A + B from those of A and B and the length of B (zlib's
    crc32_combine, which Python's zlib does not offer): B's CRC is known before A is."""
    i = 0
    while len2 > 0:  # crc1 through len2 zero bytes: the operators of len2's bits
        if i == len(_ZERO_BYTES):
            _ZERO_BYTES.append(_square(_ZERO_BYTES[-1]))
        if len2 & 1:
            crc1 = _times(_ZERO_BYTES[i], crc1)
        len2 >>= 1
        i += 1
    return crc1 ^ crc2


crc32_combine = getattr(zlib, "crc32_combine", _crc32_combine)  # zlib-ng has it in C


class _ZipOut:
    """A .zip written part by part, each deflated and its sizes and CRC known
    before it is written (so no data descriptors); ZIP64 fields where needed."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh, self.entries, self.offset = fh, [], 0

    def add(self, info: zipfile.ZipInfo, pieces: Sequence[bytes | IO[bytes]], crc: int, size: int) -> None:
        """A part from its compressed ``pieces`` (bytes, or a file to copy from its
        position), its CRC-32 and uncompressed ``size``."""
        packed = sum(len(p) if isinstance(p, bytes) else _remaining(p) for p in pieces)
        name = info.filename.encode("utf-8")
        flags = 0x800 if not name.isascii() else 0
        year, month, day, hour, minute, second = info.date_time
        when = (hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day)
        at = self.offset
        big = max(size, packed, at) >= ZIP64_LIMIT
        extra = struct.pack("<HHQQ", 1, 16, size, packed) if big else b""
        sizes = (_IN_ZIP64, _IN_ZIP64) if big else (packed, size)
        need = 45 if big else 20
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, need, flags, 8, *when, crc, *sizes, len(name), len(extra))
        self._write(header + name + extra)
        for piece in pieces:
            if isinstance(piece, bytes):
                self._write(piece)
            else:
                self.offset += _copy(piece, self.fh)
        self.entries.append((info, name, flags, when, crc, packed, size, at, need))

    def _write(self, data: bytes) -> None:
        self.fh.write(data)
        self.offset += len(data)

    def close(self) -> None:
        start = self.offset
        for info, name, flags, when, crc, packed, size, at, need in self.entries:
            big = max(size, packed, at) >= ZIP64_LIMIT
            extra = struct.pack("<HHQQQ", 1, 24, size, packed, at) if big else b""
            sizes = (_IN_ZIP64, _IN_ZIP64, _IN_ZIP64) if big else (packed, size, at)
            self._write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 3 << 8 | need, need, flags, 8, *when, crc,
                                    *sizes[:2], len(name), len(extra), 0, 0, 0, info.external_attr, sizes[2])
                        + name + extra)
        end, count = self.offset, len(self.entries)
        if max(start, end - start) >= ZIP64_LIMIT or count >= 0xFFFF or any(e[-1] == 45 for e in self.entries):
            self._write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, end - start, start))
            self._write(struct.pack("<IIQI", 0x07064B50, 0, end, 1))
            count, start, length = 0xFFFF, _IN_ZIP64, _IN_ZIP64
        else:
            length = end - start
        self._write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, length, start, 0))


def _remaining(fh: IO[bytes]) -> int:
    here = fh.tell()
    end = fh.seek(0, 2)
    fh.seek(here)
    return end - here


def _copy(src: IO[bytes], dst: IO[bytes]) -> int:
    copied = 0
    while chunk := src.read(1024 * 1024):
        dst.write(chunk)
        copied += len(chunk)
    return copied


def _deflate(data: bytes, level: int, final: bool = True) -> bytes:
    z = zlib.compressobj(level, zlib.DEFLATED, -15)
    return z.compress(data) + z.flush(zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH)


class SheetPart(NamedTuple):
    """A worksheet of a package made once (its name, and its index: the part is
    ``xl/worksheets/sheet{index + 1}.xml``), to stream rows into copies of it."""

    name: str
    index: int


class PackedPart(NamedTuple):
    """A part compressed once (a final raw deflate stream), to be written as it is
    into every package made from the same parts."""

    info: zipfile.ZipInfo
    data: bytes
    crc: int
    size: int


def pack_part(info: zipfile.ZipInfo, data: bytes, level: int = zlib.Z_DEFAULT_COMPRESSION) -> PackedPart:
    return PackedPart(info, _deflate(data, level), zlib.crc32(data), len(data))


def write_package(path: Path, parts: Iterable[PackedPart | tuple], level: int = zlib.Z_DEFAULT_COMPRESSION) -> None:
    """Write the .xlsx ``path`` from its parts in order: each a ``PackedPart``, an
    ``(info, xml)`` pair, or a worksheet ``(info, head, sheet, tail)`` whose rows a
    ``StreamedSheet`` wrote (its head up to ``</sheetData>``, its ``<dimension>``
    widened to the rows here)."""
    with open(path, "wb") as fh:
        out = _ZipOut(fh)
        for part in parts:
            if isinstance(part, PackedPart):
                out.add(part.info, [part.data], part.crc, part.size)
            elif len(part) == 2:
                info, data = part
                out.add(info, [_deflate(data, level)], zlib.crc32(data), len(data))
            else:
                _add_sheet(out, *part, level)
        out.close()


def _add_sheet(out: _ZipOut, info: zipfile.ZipInfo, head: bytes, sheet: StreamedSheet, tail: bytes,
               level: int) -> None:
    """A worksheet part: its head compressed, the rows as the sheet's compressor
    left them, its tail; the CRC-32 of the whole combined from the pieces'."""
    if sheet.first_row is not None:
        head = _dimension(head, sheet)
    rows = sheet.deflated()
    crc = crc32_combine(crc32_combine(zlib.crc32(head), rows.crc, rows.size), zlib.crc32(tail), len(tail))
    out.add(info, [_deflate(head, level, final=False), rows.data, _deflate(tail, level)], crc,
            len(head) + rows.size + len(tail))


def finish(package: IO[bytes], path: Path, sheets: Iterable[StreamedSheet],
           level: int = zlib.Z_DEFAULT_COMPRESSION) -> None:
    """Write ``path``: the XlsxWriter ``package`` (a finished .xlsx) with each
    streamed sheet's rows put into its worksheet part; the other parts as they
    are, in the same order. A streamed part is its head (up to ``</sheetData>``)
    compressed, the rows as the sheet's compressor left them, and its tail."""
    streamed = {s.part: s for s in sheets if s.first_row is not None}
    with zipfile.ZipFile(package) as src:
        missing = set(streamed) - set(src.namelist())
        if missing:
            raise ValueError(f"no worksheet part for {sorted(missing)}")

        def parts() -> Iterator[tuple]:
            for info in src.infolist():
                data, sheet = src.read(info), streamed.get(info.filename)
                if sheet is None:
                    yield info, data
                else:
                    head, tail = split_sheet(data, info.filename)
                    yield info, head, sheet, tail
        write_package(path, parts(), level)
