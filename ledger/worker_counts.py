"""How many processes a command uses (``--workers``), without the process pool:
a merge decides that and checks the option before it knows whether any file
needs reading, and only then loads the pool (``workers.py``)."""
from __future__ import annotations

import os

from .errors import UsageError

PARALLEL_FROM = 40  # workbooks or files; by default, below this one process is faster


def default_workers() -> int:
    """The CPU count: the processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def processes(workers: int | None, jobs: int, parallel_from: int = PARALLEL_FROM) -> int:
    """How many processes do ``jobs`` (1: this one alone): ``workers`` as the clerk
    asked (never more than the jobs), by default the CPU count, or this process
    alone for fewer than ``parallel_from`` jobs, where starting workers costs more
    than they gain."""
    if checked(workers) is None:
        return default_workers() if jobs >= parallel_from else 1
    return max(1, min(workers, jobs))


def checked(workers: int | None) -> int | None:
    """``workers`` as given, refused below 1."""
    if workers is not None and workers < 1:
        raise UsageError(f"--workers 写的是 {workers}：进程数至少为 1（1 表示只用本进程）。")
    return workers
