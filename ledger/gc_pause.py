"""Pausing Python's cyclic garbage collector around bulk work.

Loading 50,000 tasks, or planning 225,000 rows of unit workbooks, allocates
objects that either stay alive or are freed by reference counting; none form
cycles worth collecting. The collector still walks the whole growing heap again
and again while they are made: about a third of `ledger split`'s serial start on
the province workload. Pausing it for the span, and restoring what was set
before, keeps that time without changing what is freed: anything cyclic made
meanwhile is collected once the collector runs again. Work inside such a span
that does leave cyclic garbage runs under ``gc_running``.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
import contextlib
from contextlib import contextmanager


@contextmanager
def _collector(on: bool) -> Iterator[None]:
    was_enabled = gc.isenabled()
    (gc.enable if on else gc.disable)()
    try:
        yield
    finally:
        (gc.enable if was_enabled else gc.disable)()


def gc_paused() -> contextlib.AbstractContextManager[None]:
    return _collector(False)


def gc_running() -> contextlib.AbstractContextManager[None]:
    """The collector on for a span inside a paused one: for work that leaves
    cyclic garbage, such as writing a workbook with XlsxWriter (about 6,700
    objects in cycles for a 200-row unit workbook), which a paused collector
    would keep until the end of the whole run."""
    return _collector(True)
