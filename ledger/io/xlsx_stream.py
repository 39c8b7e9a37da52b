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

import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from xlsxwriter.utility import xl_col_to_name

SPOOL_BYTES = 32 * 1024 * 1024  # rows kept in memory up to this, then in a temporary file
FLUSH_ROWS = 512  # rows joined into one write
DEFAULT_ROW_PIXELS = 20  # XlsxWriter's default row height (15 points)

# Anything that needs more than the plain path: XML's specials, control
# characters, Excel's own _xHHHH_ escape, non-characters, lone surrogates, and
# white space at either end.
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]|_x[0-9a-fA-F]{4}_|^\s|\s$")
_ESCAPE_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LEADING, _TRAILING = re.compile(r"^\s"), re.compile(r"\s$")
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/>')


def inline_string(ref: str, style: int, text: str) -> str:
    """One inline-string cell, as XlsxWriter's constant_memory mode writes it."""
    if not _SPECIAL.search(text):
        return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t>{text}</t></is></c>'
    text = _SURROGATE.sub("\ufffd", text)
    text = _ESCAPE_ESCAPE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    space = ' xml:space="preserve"' if _LEADING.search(text) or _TRAILING.search(text) else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


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


class StreamedSheet:
    """The data rows of one XlsxWriter worksheet, written as XML as they come.

    ``row`` takes the cells of a row from column 0: a ``(value, format)`` pair
    each, the format an XlsxWriter ``Format`` (a column's format is not looked
    up, as XlsxWriter does for a cell without one), the value a ``str`` (written as an inline string), an ``int`` or
    ``float`` (a number), or ``None`` (a blank cell that only carries the
    format). Rows come in increasing order, after the rows XlsxWriter itself
    holds for the sheet (its title and header rows)."""

    def __init__(self, worksheet) -> None:
        self.worksheet = worksheet
        self.name: str = worksheet.name
        self.part = f"xl/worksheets/sheet{worksheet.index + 1}.xml"
        self._out: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
        self._pending: list[str] = []
        self._columns: list[str] = []
        self._styles: dict[int, int] = {}  # id(Format) -> xf index
        self.first_row: int | None = None
        self.last_row = -1
        self.last_col = -1

    def _letters(self, n: int) -> list[str]:
        while len(self._columns) < n:
            self._columns.append(xl_col_to_name(len(self._columns)))
        return self._columns

    def _style(self, fmt) -> int:
        index = self._styles.get(id(fmt))
        if index is None:  # registers the format with the workbook, as writing a cell does
            index = self._styles[id(fmt)] = fmt._get_xf_index()
        return index

    def row(self, r: int, cells: Sequence[tuple[object, object]], height: float | None = None) -> None:
        if r <= self.last_row:
            raise ValueError(f"{self.name}: row {r + 1} comes after row {self.last_row + 1}")
        n, letters, styles, special = str(r + 1), self._letters(len(cells)), self._styles, _SPECIAL.search
        parts = [f'<row r="{n}"{row_height_attributes(height)}>']
        add = parts.append
        for c, (value, fmt) in enumerate(cells):
            ref, s = letters[c] + n, styles.get(id(fmt))
            if s is None:
                s = self._style(fmt)
            if value is None:
                add(f'<c r="{ref}" s="{s}"/>')
            elif value.__class__ is str:
                if special(value):
                    add(inline_string(ref, s, value))
                else:  # inline_string's plain path, without the call
                    add(f'<c r="{ref}" s="{s}" t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                add(f'<c r="{ref}" s="{s}"><v>{value:.16G}</v></c>')
        add("</row>")
        self._pending.append("".join(parts))
        if self.first_row is None:
            self.first_row = r
        self.last_row, self.last_col = r, max(self.last_col, len(cells) - 1)
        if len(self._pending) >= FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._out.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()

    def rows_xml(self) -> IO[bytes]:
        """The rows written, as one stream of XML from its start."""
        self._flush()
        self._out.seek(0)
        return self._out

    def size(self) -> int:
        self._flush()
        return self._out.tell() if not self._out.closed else 0

    def close(self) -> None:
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


def _split_sheet(xml: bytes, part: str) -> tuple[bytes, bytes]:
    """XlsxWriter's sheet XML cut where the streamed rows go: before ``</sheetData>``."""
    end = xml.find(b"</sheetData>")
    if end >= 0:
        return xml[:end], xml[end:]
    empty = xml.find(b"<sheetData/>")
    if empty < 0:
        raise ValueError(f"{part}: no <sheetData>")
    return xml[:empty] + b"<sheetData>", b"</sheetData>" + xml[empty + len(b"<sheetData/>"):]


def finish(package: IO[bytes], path: Path, sheets: Iterable[StreamedSheet], compresslevel: int | None = None) -> None:
    """Write ``path``: the XlsxWriter ``package`` (a finished .xlsx) with each
    streamed sheet's rows put into its worksheet part; the other parts as they are."""
    streamed = {s.part: s for s in sheets if s.first_row is not None}
    with zipfile.ZipFile(package) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as out:
        missing = set(streamed) - set(src.namelist())
        if missing:
            raise ValueError(f"no worksheet part for {sorted(missing)}")
        for info in src.infolist():
            data = src.read(info)
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type, copy.external_attr = info.compress_type, info.external_attr
            setattr(copy, "compress_level" if hasattr(copy, "compress_level") else "_compresslevel",
                    compresslevel)  # its name since Python 3.13, and before
            sheet = streamed.get(info.filename)
            if sheet is None:
                out.writestr(copy, data)
                continue
            head, tail = _split_sheet(data, info.filename)
            head = _dimension(head, sheet)
            copy.file_size = len(head) + sheet.size() + len(tail)
            with out.open(copy, "w") as member:
                member.write(head)
                shutil.copyfileobj(sheet.rows_xml(), member, 1024 * 1024)
                member.write(tail)
