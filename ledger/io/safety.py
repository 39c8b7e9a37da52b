"""Limits for reading untrusted files (what units send back).

A returned workbook is opened only after its container passes these checks:
zip size and compression ratio (zip bombs), XML entity declarations (billion
laughs), and — after reading — the number of rows and cells.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import FileProblem


class UnsafeFile(FileProblem):
    """A file that exceeds a reading limit; it is rejected, never opened further."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_unzipped_bytes: int = 500 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed, per member
    max_members: int = 5_000
    max_rows: int = 100_000
    max_cells: int = 3_000_000


_ENTITY = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_XML_HEAD = 4096


def check_container(path: Path, limits: Limits) -> None:
    """Raise UnsafeFile when the file is too big or a zip bomb, or declares XML entities."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise UnsafeFile(f"《{path.name}》太大（{size // 1048576} MB），超过 {limits.max_file_bytes // 1048576} MB 的上限，未读取。"
                         "请让报送单位删除多余内容后重新报送。", path=str(path))
    if not zipfile.is_zipfile(path):
        return  # legacy .xls (OLE) and csv: bounded by the size check
    try:
        with zipfile.ZipFile(path) as zf:
            _check_members(path, zf, limits)
    except zipfile.BadZipFile as exc:
        raise UnsafeFile(f"《{path.name}》已损坏（压缩包结构错误），无法读取。请让报送单位重新保存后报送。",
                         path=str(path)) from exc


def _check_members(path: Path, zf: zipfile.ZipFile, limits: Limits) -> None:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise UnsafeFile(f"《{path.name}》包含的部件过多（{len(infos)} 个），未读取。", path=str(path))
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_bytes:
        raise UnsafeFile(f"《{path.name}》解压后过大（{total // 1048576} MB），疑似异常文件，未读取。", path=str(path))
    for info in infos:
        if info.file_size > 1_000_000 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeFile(f"《{path.name}》压缩比异常（疑似“压缩炸弹”），未读取。", path=str(path))
        if info.filename.endswith((".xml", ".rels")):
            with zf.open(info) as fh:
                head = fh.read(_XML_HEAD)
            if _ENTITY.search(head):
                raise UnsafeFile(f"《{path.name}》含有不安全的 XML 声明（DOCTYPE/ENTITY），未读取。", path=str(path))


def check_size(path: Path, rows: int, cells: int, limits: Limits) -> None:
    if rows > limits.max_rows or cells > limits.max_cells:
        raise UnsafeFile(f"《{path.name}》行数或单元格过多（{rows} 行，{cells} 个单元格），超过上限，未读取。",
                         path=str(path))
