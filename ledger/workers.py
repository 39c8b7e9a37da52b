"""Worker processes for split and merge, that never outlive the command.

A clerk's macro may kill `ledger` (or Windows may end it) at any moment; its
workers must not stay behind, holding files open. Each worker watches its
parent: on Linux the kernel sends it SIGKILL when the parent dies
(PR_SET_PDEATHSIG), and on every system a thread waits on the parent's process
sentinel (a handle on Windows, a pipe elsewhere) and exits the worker when it
fires. The multiprocessing resource tracker exits by itself once no process
holds its pipe.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context, parent_process
from multiprocessing.connection import wait

from .worker_counts import PARALLEL_FROM, checked, default_workers, processes  # noqa: F401  (the counts, for the callers)

PR_SET_PDEATHSIG = 1


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of spawned workers (they start small, as on Windows) that die with this process."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=die_with_parent, initargs=(os.getpid(),))


def die_with_parent(parent_pid: int) -> None:
    """Run in each worker as it starts. The worker's error stream goes nowhere: a
    reader library that crashes on a damaged file prints its own English lines
    (an allocation failure, a panic's backtrace) as it dies, and the clerk's
    console is no place for them; the file's rejection says what happened."""
    _quiet_stderr()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent_pid:  # the parent died before prctl took effect
            os._exit(1)
    parent = parent_process()
    if parent is not None:
        threading.Thread(target=_exit_when_gone, args=(parent.sentinel,), daemon=True,
                         name="ledger-parent-watch").start()


def _exit_when_gone(sentinel: int) -> None:
    wait([sentinel])
    os._exit(1)


def _quiet_stderr() -> None:
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        os.close(null)
    except OSError:
        pass
