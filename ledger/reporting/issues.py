"""The 通报's issue number (期号): one more than the last, and kept for a period already reported;
the 督办通知's numbers (the N of 〔2023〕N号), one more than the last of that year, kept per period and unit.

Stored per workspace in the database's meta table: {period key: number} and
{"period key|unit": [year, number]}.
"""
from __future__ import annotations

import json

from ..store import Store

ISSUE_KEY = "report_issue_number"


def issue_numbers(store: Store) -> dict[str, int]:
    try:
        data = json.loads(store.get_meta(ISSUE_KEY) or "{}")
    except ValueError:
        data = {}
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def issue_for(store: Store, period_key: str) -> int:
    """The 通报's number: kept for a period already reported, else one more than the last."""
    numbers = issue_numbers(store)
    return numbers.get(period_key, max(numbers.values(), default=0) + 1)


def keep_issue(store: Store, period_key: str, number: int) -> None:
    numbers = issue_numbers(store)
    numbers[period_key] = number
    store.set_meta(ISSUE_KEY, json.dumps(numbers, ensure_ascii=False, sort_keys=True))


LETTER_KEY = "remind_letter_number"


def letter_numbers(store: Store, year: int, keys: list[str]) -> dict[str, int]:
    """The numbers of the 督办通知 ``keys`` ("period key|unit"): kept when already given, else the next of ``year``."""
    try:
        data = json.loads(store.get_meta(LETTER_KEY) or "{}")
    except ValueError:
        data = {}
    known = {str(k): (int(v[0]), int(v[1])) for k, v in data.items() if isinstance(v, list) and len(v) == 2} \
        if isinstance(data, dict) else {}
    last = max((n for y, n in known.values() if y == year), default=0)
    for key in keys:
        if key not in known or known[key][0] != year:
            last += 1
            known[key] = (year, last)
    store.set_meta(LETTER_KEY, json.dumps({k: list(v) for k, v in known.items()}, ensure_ascii=False,
                                          sort_keys=True))
    return {key: known[key][1] for key in keys}
