"""The 通报's issue number (期号): one more than the last, and kept for a period already reported.

Stored per workspace in the database's meta table as {period key: number}.
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
