"""Returned books read in worker processes, a few files ahead of the merge that
takes them; a worker that dies on a damaged file costs that file alone. Used by
a merge only when some file is new (``merge_intake.py``): a re-merge of files
taken before starts no pool."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .errors import FileProblem
from .io.returned import ReturnedBook, read_or_problem
from .workers import process_pool


def read_books(paths: list[Path], workers: int) -> Iterator[ReturnedBook | FileProblem]:
    if workers <= 1:
        for p in paths:
            yield read_or_problem(p)
        return
    todo = deque(paths)
    while todo:  # a worker that dies (a crash inside a reader library) breaks the pool: start another
        yield from _pooled(todo, workers)


def _pooled(todo: deque, workers: int, read=read_or_problem) -> Iterator[ReturnedBook | FileProblem]:
    """Read ``todo`` in one pool, a few files ahead, taking each path off ``todo``
    once its result is handed on. If a worker dies, the files in flight are read
    again one by one, each in a process of its own, so only the one that kills its
    reader is rejected; the caller starts a new pool for the rest."""
    with process_pool(workers) as pool:
        pending: deque = deque()
        queued = iter(list(todo))
        for p in queued:
            pending.append((p, pool.submit(read, p)))
            if len(pending) >= 3 * workers:
                break
        while pending:
            try:
                book = pending[0][1].result()
            except BrokenProcessPool:
                break
            pending.popleft()
            todo.popleft()
            yield book
            nxt = next(queued, None)
            if nxt is not None:
                try:
                    pending.append((nxt, pool.submit(read, nxt)))
                except BrokenProcessPool:  # a worker died while this book was handed on: nxt stays in todo
                    break
    for path, future in pending:
        todo.popleft()
        done = future.done() and not future.cancelled() and future.exception() is None
        yield future.result() if done else _read_alone(path, read)


def _read_alone(path: Path, read=read_or_problem) -> ReturnedBook | FileProblem:
    with process_pool(1) as pool:
        try:
            return pool.submit(read, path).result()
        except BrokenProcessPool:
            return FileProblem(f"《{path.name}》读取时使读取程序异常退出（文件可能已损坏或被改动过），未汇总。"
                               "请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。", path=str(path))
