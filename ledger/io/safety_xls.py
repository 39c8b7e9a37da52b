"""Limits for a legacy .xls: its BIFF records, walked in the OLE file as the reader walks them.

The reader (python-calamine) takes a sheet's rectangle up to its last value, so
the cells are counted from the records that place a value; it reserves room for
a sheet's DIMENSIONS claim, so a claim past the cell limit is refused. The OLE
container is walked the way calamine's cfb.rs walks it: a sector chain that
loops (it would read for ever), a FAT or a stream larger than the file is a
damaged file, and where the reader would stop with an error of its own the walk
stops too and leaves the verdict to the reader.
"""
from __future__ import annotations

import struct
from pathlib import Path
from typing import Callable

from .grid import column_letter
from .limits import RESAVE, Limits, Tally, UnsafeFile

_XLS_BOF, _XLS_EOF, _XLS_SHEET, _XLS_FILEPASS, _XLS_MULRK = 0x0809, 0x000A, 0x0085, 0x002F, 0x00BD
_XLS_WORKSHEET, _XLS_DIMENSIONS, _XLS_MERGED = 0x0010, 0x0200, 0x00E5  # a BOF's type; a claimed range; merges
# FORMULA, RSTRING, LABELSST, NUMBER, LABEL, BOOLERR, RK: the records that place a value at (row, col)
_XLS_VALUES = frozenset((0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E))


def check_xls(path: Path, limits: Limits) -> None:
    """The cells of each sheet of a legacy .xls, from its records: the reader takes
    the rectangle up to the last value (a DIMENSIONS claim and blank cells take no
    room), so one value typed in IV65536 would cost 16 million cells."""
    stream = _xls_stream(path)
    if not stream:
        return
    tally, names, stack = Tally(path, limits, {}), {}, []
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


def _xls_reserve(tally: Tally, name: str, body: bytes) -> None:
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


def _ole_damaged(path: Path, what: str) -> UnsafeFile:
    return UnsafeFile(f"《{path.name}》已损坏（文件内部的{what}），无法读取。{RESAVE}", path=str(path))
