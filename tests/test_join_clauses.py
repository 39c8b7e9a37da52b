"""``join_clauses`` and ``join_two`` (its two-part form, used once a report by the
export) give the texts units typed joined as the first form of ``join_clauses`` did."""
from __future__ import annotations

import itertools
import random

from ledger.period_status import CLAUSE_ENDS, DANGLING, join_clauses, join_two

PIECES = ["", " ", "\n", "无", "进展顺利", "已完成。", "问题：资金不足；", " 有空格 ", "，", "。；", "ok!", "a；b，",
          "\t", "  。", "全角　", "问题：", "；;，,、"]


def _as_first_written(parts, sep="；"):
    kept = [p.strip() for p in parts if p and p.strip()]
    return sep.join([p.rstrip(CLAUSE_ENDS) for p in kept[:-1]] + [p.rstrip(DANGLING) for p in kept[-1:]])


def test_join_two_is_join_clauses_of_two():
    for a, b in itertools.product(PIECES, repeat=2):
        assert join_two(a, b) == join_clauses([a, b]) == _as_first_written([a, b]), (a, b)
        assert join_two(a, b, "\n") == _as_first_written([a, b], "\n"), (a, b)


def test_join_clauses_as_first_written():
    rng = random.Random(17)
    for _ in range(3000):
        parts = [rng.choice(PIECES) + rng.choice(PIECES) for _ in range(rng.randrange(0, 6))]
        assert join_clauses(parts) == _as_first_written(parts), parts
        assert join_clauses(iter(parts), "、") == _as_first_written(parts, "、"), parts
