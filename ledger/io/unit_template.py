"""The fill-in workbooks of a split, made from parts XlsxWriter writes once per
shape of workbook (``io.unit_workbook``): a ``Template`` holds everything but
what differs from unit to unit, and each unit's workbook is those parts with
the unit's texts and row counts put in, and its rows streamed as XML
(``io.xlsx_stream``).

A shape is what changes the package's structure: the columns of 任务进展 (任务标题,
其他信息, 各责任单位上期进展 or not), whether there is a 分解任务 sheet and a keyed
identity, and the split's own texts (period, organ, deadline, password). The
template is made by the same code that writes a workbook with XlsxWriter, for
a stand-in unit whose name and keys are placeholders and whose sheets end at
placeholder rows; what a unit puts in is its name, its keys, the last row of
each sheet (the filter, the validations, the print area) and the column widths
its content calls for. The parts that hold none of that (styles, theme, the
填报选项 sheet, the package's relations) are compressed once.

A unit whose name would need escaping anywhere (``& < >``, control characters,
white space at either end) or whose page header would pass Excel's 255
characters is written by XlsxWriter itself (``streamable``), so the two ways
give the same workbook: ``tests/test_unit_stream.py`` compares them cell by cell.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import astuple
from pathlib import Path

import xlsxwriter

from ..gc_pause import gc_running
from ..identity import pack_lines
from ..keys import FileKey
from .atomic import atomic_path
from .unit_workbook import (FIRST_ROW, HEADER_ROW, MEASURE_COLUMNS, MEASURE_NOTE, MEASURE_PRINTED_COUNT,
                            MEASURE_SHEET, META_SHEET, NOTE_ROW, TASK_SHEET, SplitMeta, TaskCells, TextWidths, UnitBook,
                            _build, _widths, column_formats, header_height, identity_lines, key_pairs, measure_cells,
                            meta_cells, note_height, page_header, row_height, task_note, write_with_xlsxwriter)
from .xlsx_stream import (FLUSH_ROWS, ROW_MARK, CellCache, PackedPart, SheetPart, StreamedSheet, cols_xml,
                          maybe_special, needs_escaping, pack_part, row_height_attributes, split_sheet, write_package)

MARK = "\ue000"  # placeholders are a private-use character around a name
UNIT = f"{MARK}单位{MARK}"
KEY = FileKey(f"{MARK}K{MARK}", f"{MARK}N{MARK}", f"{MARK}T{MARK}", b"")
LAST_ROWS = {TASK_SHEET: 987654, MEASURE_SHEET: 876543}  # the last row (as Excel numbers it) a template ends at
LAST = {name: f"{MARK}R{i}{MARK}" for i, name in enumerate(LAST_ROWS)}
COLS = {name: f"{MARK}C{i}{MARK}" for i, name in enumerate(LAST_ROWS)}  # the <cols> element: the widths
SIZED = {(name, r): f"{MARK}H{i}{r}{MARK}" for i, name in enumerate(LAST_ROWS) for r in (NOTE_ROW, HEADER_ROW)}
_REFS = {name: re.compile(rf"(?<=[A-Z$]){n}(?![0-9])") for name, n in LAST_ROWS.items()}
_COLS_ELEMENT = re.compile(r"<cols>.*?</cols>")
HEADER_LIMIT = 255  # characters of a page header (UTF-16 units); XlsxWriter drops a longer one
CACHED = 32  # templates kept in a process
KEPT_ROWS = 200_000  # rows' XML a template keeps at most (then it starts afresh): about 1.5 KB each
ENGINES = ("stream", "xlsxwriter")


def write_unit_workbook(path: Path, book: UnitBook, meta: SplitMeta, engine: str = "stream",
                        backlog: Backlog | None = None) -> str:
    """Write one unit's workbook atomically; returns its identity rows as written
    (tab-separated lines, see ledger.identity) for the workspace to keep.
    ``engine`` "stream": the rows as XML into the parts made once for books of
    its shape (a book a template cannot hold goes to XlsxWriter); "xlsxwriter":
    XlsxWriter writes all of it (the reference). With a ``backlog`` a streamed
    book is compressed and written on its thread (done by ``Backlog.finish``)."""
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is none of {ENGINES}")
    identity = pack_lines(identity_lines(book))
    if engine == "stream" and streamable(book, meta):
        package = template(book, meta).package(book, meta, identity, deferred=backlog is not None)
        if backlog is None:
            package.write(path)
        else:
            backlog.submit(package.write, path)
    else:
        with atomic_path(Path(path)) as tmp, gc_running():  # XlsxWriter leaves cyclic garbage
            write_with_xlsxwriter(tmp, book, meta, identity)
    return "\n".join(identity)


class Backlog:
    """Workbooks compressed and written on a thread of their own while this
    process makes the next ones (zlib releases the GIL: that is the other core);
    at most ``QUEUED`` wait, and ``finish`` waits for all and raises what failed."""

    QUEUED = 2

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="xlsx-write")
        self._futures: deque[Future] = deque()

    def submit(self, fn: Callable[..., None], *args) -> None:
        self._futures.append(self._pool.submit(fn, *args))
        while len(self._futures) > self.QUEUED:
            self._futures.popleft().result()

    def finish(self) -> None:
        try:
            while self._futures:
                self._futures.popleft().result()
        finally:
            self.close()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Backlog:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Package:
    """One workbook's parts, its sheets' rows written: ``write`` puts them in a file."""

    def __init__(self, parts: list, streamed: list[StreamedSheet]) -> None:
        self.parts, self.streamed = parts, streamed

    def write(self, path: Path) -> None:
        try:
            with atomic_path(Path(path)) as tmp:
                write_package(tmp, self.parts)
        finally:
            self.close()

    def close(self) -> None:
        for out in self.streamed:
            out.close()


def warm_up() -> None:
    """Nothing: a worker process that runs it has imported this module and XlsxWriter."""


class Template:
    """The parts of one shape of workbook, as XlsxWriter wrote them for a stand-in unit."""

    def __init__(self, book: UnitBook, meta: SplitMeta) -> None:
        standin = UnitBook(UNIT, book.file_name, book.tasks, book.measures, KEY if book.key else None)
        package = io.BytesIO()
        wb = xlsxwriter.Workbook(package, {"in_memory": True, "strings_to_formulas": False,
                                           "strings_to_urls": False})  # constant_memory drops a row with no cells
        self.fmt = _build(wb, standin, meta, [], None, {name: n - FIRST_ROW for name, n in LAST_ROWS.items()})
        self.cells = CellCache(unique=(self.fmt.hidden_id,))  # the measures' cells, made once for all their units
        self.task_cells = TaskCells(book.task_columns()[0], self.fmt)
        self.rows: dict[tuple, list] = {}  # 任务进展's rows made once for all their units (``TaskSheet``)
        self.text_widths = TextWidths()  # the column widths' texts, measured once for all the books
        sheets = {f"xl/worksheets/sheet{ws.index + 1}.xml": SheetPart(ws.name, ws.index) for ws in wb.worksheets()
                  if ws.name in (TASK_SHEET, MEASURE_SHEET, META_SHEET)}
        wb.close()
        self.parts: list[PackedPart | tuple] = []
        with zipfile.ZipFile(package) as z:
            for info in z.infolist():
                data, sheet = z.read(info), sheets.get(info.filename)
                if sheet is not None:
                    head, tail = (_placeholders(x.decode("utf-8")) for x in split_sheet(data, info.filename))
                    if sheet.name in COLS:  # the widths, and the rows as high as the widths make them
                        head = _mark(head, _COLS_ELEMENT, COLS[sheet.name], info.filename)
                        for r in (NOTE_ROW, HEADER_ROW):
                            head = _mark(head, re.compile(f'<row r="{r + 1}"[^>]*>'), SIZED[sheet.name, r],
                                         info.filename)
                    self.parts.append((info, head, sheet, tail))
                elif MARK in (text := _placeholders(data.decode("utf-8"))):
                    self.parts.append((info, text))
                else:
                    self.parts.append(pack_part(info, data))

    def package(self, book: UnitBook, meta: SplitMeta, identity: list[str], deferred: bool = False) -> Package:
        """``book``'s workbook: the template's parts with its texts, and its rows
        (``deferred``: compressed when the package is written)."""
        fmt = self.fmt
        columns, _printed = book.task_columns()
        task_widths = _widths(columns, book.tasks, self.text_widths)
        measure_widths = _widths(MEASURE_COLUMNS, book.measures, self.text_widths)
        values = {UNIT: book.unit, LAST[TASK_SHEET]: str(FIRST_ROW + len(book.tasks)),
                  LAST[MEASURE_SHEET]: str(FIRST_ROW + len(book.measures)),
                  COLS[TASK_SHEET]: cols_xml(column_formats(columns, task_widths, fmt)),
                  COLS[MEASURE_SHEET]: cols_xml(column_formats(MEASURE_COLUMNS, measure_widths, fmt))}
        for name, cols, widths, note in ((TASK_SHEET, columns, task_widths, task_note(meta)),
                                         (MEASURE_SHEET, MEASURE_COLUMNS, measure_widths, MEASURE_NOTE)):
            printed = _printed if name == TASK_SHEET else MEASURE_PRINTED_COUNT
            for r, height in ((NOTE_ROW, note_height(note, widths, printed)), (HEADER_ROW, header_height(cols, widths))):
                values[SIZED[name, r]] = f'<row r="{r + 1}"{row_height_attributes(height)}>'
        values.update(zip((KEY.key_id, KEY.nonce, KEY.token), (v for _k, v in key_pairs(book.key))))
        rows = {MEASURE_SHEET: measure_cells(book, measure_widths, fmt), META_SHEET: meta_cells(book, meta, identity)}
        package = Package([], [])
        try:
            for part in self.parts:
                if isinstance(part, PackedPart):
                    package.parts.append(part)
                elif len(part) == 2:
                    package.parts.append((part[0], _fill(part[1], values)))
                else:
                    info, head, sheet, tail = part
                    if sheet.name == TASK_SHEET:
                        out = TaskSheet(sheet, self.task_cells, self.rows, deferred=deferred)
                    else:  # a thread a sheet costs more
                        out = StreamedSheet(sheet, threaded=False, deferred=deferred,
                                            cache=None if sheet.name == META_SHEET else self.cells)
                    package.streamed.append(out)
                    if sheet.name == TASK_SHEET:
                        out.rows(book)
                    else:
                        for r, height, cells in rows[sheet.name]:
                            out.sparse_row(r, cells, height)
                    package.parts.append((info, _fill(head, values), out, _fill(tail, values)))
        except BaseException:
            package.close()
            raise
        return package


class TaskSheet(StreamedSheet):
    """任务进展 streamed: the rows ``task_cells`` gives the reference, each put
    together from a row kept for all the units of a task with the same texts
    (``TaskCells.key``; in ``kept``, for all the books of a template): the shared
    cells' XML, encoded once and cut at the row numbers and where the unit's own
    cells go; an own cell but the hidden id is kept too (its role, mostly), cut at
    its row number. Its rows are UTF-8 as they are made, not when compressed."""

    def __init__(self, sheet: SheetPart, cells_of: TaskCells, kept: dict, deferred: bool) -> None:
        super().__init__(sheet, threaded=False, deferred=deferred)
        self.cells_of, self.kept = cells_of, kept
        self._heights: dict[float, bytes] = {}
        self._own: dict[tuple[int, str], tuple[bytes, bytes]] = {}

    def rows(self, book: UnitBook) -> None:
        cells_of, kept, heights, own_cells = self.cells_of, self.kept, self._heights, self._own
        own_columns, tagged, own_cell = cells_of.own_columns, book.tagger(TASK_SHEET), self._own_cell
        id_col, hidden = own_columns[-1], self.cells_of.fmt.hidden_id
        id_start = f'<c r="{self._letters(id_col + 1)[id_col]}'.encode()
        id_text = f'"{self._style(hidden)} t="inlineStr"><is><t>'.encode()
        pending = self._pending
        for r, row in enumerate(book.tasks, FIRST_ROW):
            key = cells_of.key(row)
            segments = kept.get(key) or self._keep(key, row)
            height = row_height(row.lines)
            start = heights.get(height)
            if start is None:
                start = heights[height] = f'{row_height_attributes(height)}>'.encode()
            if r <= self.last_row:
                raise ValueError(f"{self.name}: row {r + 1} comes after row {self.last_row + 1}")
            number = str(r + 1).encode()
            parts = [b'<row r="', number, b'"', start]
            for pieces, c, value in zip(segments, own_columns, cells_of.own(row)):
                parts.append(number.join(pieces))
                if value:
                    pre, post = own_cells.get((c, value)) or own_cell(c, value, cells_of.fmt.locked)
                    parts += (pre, number, post)
            parts.append(number.join(segments[-2]))
            hidden_id = tagged(row.task_id)
            if maybe_special(hidden_id):
                parts.append(self._cell(id_col, hidden_id, hidden).replace(ROW_MARK, number.decode()).encode())
            else:
                parts += (id_start, number, id_text, hidden_id.encode(), b"</t></is></c>")
            parts.append(number.join(segments[-1]))
            pending.append(b"".join(parts))
            if self.first_row is None:
                self.first_row = r
            self.last_row = r
            if len(pending) >= FLUSH_ROWS:
                self._flush()
        if book.tasks:
            self.last_col = max(self.last_col, id_col)

    def _flush(self) -> None:
        if self._pending:
            self._deflater.put(b"".join(self._pending))
            self._pending.clear()

    def _keep(self, key: tuple, row) -> list[list[bytes]]:
        """The row's shared cells' XML as segments, one before each own column and
        one after the last (with ``</row>``), each cut at the row numbers."""
        own_columns, letters = self.cells_of.own_columns, self._letters(self.cells_of.own_columns[-1] + 1)
        segments: list[list[str]] = [[] for _ in range(len(own_columns) + 1)]
        i, last = 0, -1
        for c, value, fmt in self.cells_of.shared(row):
            if c <= last:
                raise ValueError(f"{self.name}: column {c + 1} comes after column {last + 1}")
            while i < len(own_columns) and own_columns[i] < c:
                i += 1
            if i < len(own_columns) and own_columns[i] == c:
                raise ValueError(f"{self.name}: column {c + 1} is a unit's own")
            if value.__class__ is str and not maybe_special(value):  # sparse_row's plain path
                segments[i].append(
                    f'<c r="{letters[c]}{ROW_MARK}"{self._style(fmt)} t="inlineStr"><is><t>{value}</t></is></c>')
            else:
                segments[i].append(self._cell(c, value, fmt))
            last = c
        segments[-1].append("</row>")
        if len(self.kept) >= KEPT_ROWS:
            self.kept.clear()
        out = self.kept[key] = [[piece.encode() for piece in "".join(s).split(ROW_MARK)] for s in segments]
        return out

    def _own_cell(self, c: int, value: str, fmt) -> tuple[bytes, bytes]:
        """An own cell's XML before and after its row number (as ``sparse_row`` writes it)."""
        if len(self._own) >= KEPT_ROWS:
            self._own.clear()
        pre, post = self._cell(c, value, fmt).split(ROW_MARK)
        out = self._own[c, value] = (pre.encode(), post.encode())
        return out


def _mark(xml: str, pattern: re.Pattern, mark: str, part: str) -> str:
    """``xml`` with the one match of ``pattern`` a placeholder."""
    xml, n = pattern.subn(mark, xml, count=1)
    if n != 1:
        raise ValueError(f"{part}: {pattern.pattern} not in the template")
    return xml


def _placeholders(xml: str) -> str:
    """The template's last rows, where a reference names them, as placeholders."""
    for name, ref in _REFS.items():
        xml = ref.sub(LAST[name], xml)
        if str(LAST_ROWS[name]) in xml:
            raise ValueError(f"row {LAST_ROWS[name]} of the template is named where no reference is")
    return xml


def _fill(text: str, values: dict[str, str]) -> bytes:
    for mark, value in values.items():
        if mark in text:
            text = text.replace(mark, value)
    if MARK in text:
        raise ValueError(f"a placeholder left in a workbook: {text[text.index(MARK):][:20]!r}")
    return text.encode("utf-8")


_templates: dict[tuple, Template] = {}


def template(book: UnitBook, meta: SplitMeta) -> Template:
    """The template of ``book``'s shape (made on first use in this process)."""
    columns, _printed = book.task_columns()
    key = (tuple(columns), bool(book.measures), book.key is not None, astuple(meta))
    found = _templates.get(key)
    if found is None:
        if len(_templates) >= CACHED:
            _templates.clear()
        with gc_running():  # XlsxWriter leaves cyclic garbage; a streamed book none
            found = _templates[key] = Template(book, meta)
    return found


def streamable(book: UnitBook, meta: SplitMeta) -> bool:
    """Whether a template can hold ``book``: it has rows; its unit name and keys go
    into the XML as they are (nothing to escape) and hold no placeholder; its
    page headers are within Excel's limit (XlsxWriter would leave them out)."""
    texts = [book.unit, *(v for _k, v in key_pairs(book.key))]
    split_texts = astuple(meta)
    if not book.tasks or any(needs_escaping(t) or MARK in t for t in texts):
        return False
    if any(MARK in t or str(n) in t for t in (*texts, *split_texts) for n in LAST_ROWS.values()):
        return False
    columns, printed = book.task_columns()
    title = f"{book.unit} {meta.period_label}"
    headers = [page_header(columns, printed, title)]
    if book.measures:
        headers.append(page_header(MEASURE_COLUMNS, MEASURE_PRINTED_COUNT, title))
    return all(len(h.encode("utf-16-le")) // 2 <= HEADER_LIMIT for h in headers)
