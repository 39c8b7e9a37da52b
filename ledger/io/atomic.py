"""Atomic output: write to a temporary file beside the target, then rename.

A target that is open in Excel or WPS (locked on Windows) gives a FileLocked
error with a clear message, and the temporary file is removed.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import FileLocked, FileProblem


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``."""
    target = Path(target)
    if target.is_dir():
        raise FileProblem(f"《{target}》是一个文件夹，无法写成文件：请把这个文件夹改名或移走，或换一个输出文件名后重试。",
                          path=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileProblem(f"无法创建文件夹《{target.parent}》：{exc.strerror or exc}。", path=str(target)) from exc
    tmp = target.with_name(f"~ledger-{os.getpid()}-{target.name}")
    try:
        yield tmp
        os.replace(tmp, target)
    except PermissionError as exc:
        raise FileLocked(
            f"无法写入《{target.name}》：文件正被其他程序占用（可能已在 Excel 或 WPS 中打开）。"
            "请关闭该文件后重试。", path=str(target)) from exc
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass
