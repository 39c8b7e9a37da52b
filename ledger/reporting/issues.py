"""The 通报's issue number (期号): one more than the last, and kept for a period already reported;
the 督办通知's numbers (the N of 〔2023〕N号), one more than the last of that year, kept per period and unit.

Stored per workspace in the database's ``numbers`` table, one row a number, and
taken in a transaction holding the workspace's lock for its kind: two clerks at
once never get one number (the table's unique constraint backs the lock up).

When a number is used up (docs/templates.md): a 期号 is taken only together with
its 通报 — ``issue_taken`` holds the lock while the document is written and keeps
the number only when it was, so a failed rendering uses none and leaves no gap. A
文号 is taken for its letter before the letters are written (``letter_numbers``);
it belongs to that unit's letter of that period from then on, and writing the
letters again (after a failure, too) uses the same 文号.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..store import Store

ISSUE, LETTER = "issue", "letter"


def issue_numbers(store: Store) -> dict[str, int]:
    return store.numbers(ISSUE)


@contextmanager
def issue_taken(store: Store, period_key: str) -> Iterator[int]:
    """The 通报's number (kept for a period already reported, else one more than the
    last), taken for good only when the block that writes the 通报 ends without error.
    Other clerks' 通报 of this workspace wait meanwhile."""
    with store.transaction(lock=f"number:{ISSUE}"):
        yield store.take_numbers(ISSUE, [period_key], 0)[period_key]


def letter_numbers(store: Store, year: int, keys: list[str]) -> dict[str, int]:
    """The numbers of the 督办通知 ``keys`` ("period key|unit"): kept when already given, else the next of ``year``."""
    with store.transaction(lock=f"number:{LETTER}"):
        return store.take_numbers(LETTER, keys, year)
