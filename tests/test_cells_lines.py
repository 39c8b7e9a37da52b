"""Row heights count the same lines however they are counted: ``cells._lines_by_run``
(whole runs of full-width characters, in fifths of a unit) against
``cells._lines_by_token`` (one character or Latin run at a time, as LibreOffice
was measured), on texts mixing Chinese, Latin runs, spaces and lines that end
exactly at the edge."""
from __future__ import annotations

import random

from ledger.io import cells

PIECES = ["中", "文", "。", "，", "\u3000", " ", "a", "B", "1", "%", "-", "é", "\t", "|", "😀", "2026,7.5%",
          "Ta2cb40d512", "县统计局", "abcde"]
WIDTHS = (2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 15, 21, 23, 29, 39, 60)


def test_lines_by_run_are_lines_by_token():
    rng = random.Random(20231130)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) * rng.choice((1, 1, 2, 3, 5, 10)) for _ in range(rng.randint(0, 30)))
        for per_line in WIDTHS:
            assert cells._lines_by_run(text, per_line) == cells._lines_by_token(text, per_line), (text, per_line)


def test_exact_ends_of_lines():
    # five Latin letters are 6 units, ten Chinese characters 20: texts that end exactly at a line's end
    for text, per_line in (("abcde", 6), ("abcde" * 2, 6), ("中文" * 5 + "abcde", 26), ("ab" + "中" * 9, 20),
                           ("中" * 10, 20), ("abcde中", 8), (" " * 7, 6)):
        assert cells._lines_by_run(text, per_line) == cells._lines_by_token(text, per_line), (text, per_line)
