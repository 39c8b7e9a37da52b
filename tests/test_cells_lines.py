"""Row heights count the same lines however they are counted: ``cells._lines_by_run``
(whole runs of full-width characters, in fifths of a unit) against
``cells._lines_by_token`` (one character or Latin run at a time, as LibreOffice
was measured), on texts mixing Chinese, Latin runs, spaces and lines that end
exactly at the edge."""
from __future__ import annotations

import random

from ledger.io import cells, ledger_workbook

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


def test_most_lines_is_never_fewer_than_the_lines_counted():
    """``most_lines`` (from the length and the UTF-8 bytes alone) bounds ``wrapped_lines``:
    texts of every piece, with line breaks, and Latin runs that end exactly at a line's end."""
    rng = random.Random(1712)
    pieces = PIECES + ["\n", "abcdef" * 7, "中" * 13]
    texts = ["".join(rng.choice(pieces) * rng.choice((1, 1, 2, 3, 5, 10)) for _ in range(rng.randint(0, 30)))
             for _ in range(3000)]
    texts += ["a" * n for n in range(1, 80)] + ["中" * n for n in range(1, 60)]
    for text in texts:
        for width in (1, 2) + WIDTHS:
            assert cells.wrapped_lines(text, width) <= cells.most_lines(text, width), (text, width)


def test_a_rows_lines_are_the_most_of_its_texts_however_they_are_skipped():
    """``ledger_workbook._lines`` (texts known before, texts that cannot reach the lines
    found, the cap) gives the most ``wrapped_lines`` of a row's texts, up to the cap."""
    rng = random.Random(1713)
    columns = tuple((f"列{c}", rng.choice(WIDTHS[2:])) for c in range(9))
    known: dict = {}
    for _ in range(3000):
        row = tuple(rng.choice(["", 7, "中" * rng.randint(1, 40),
                                "".join(rng.choice(PIECES + ["\n"]) for _ in range(rng.randint(1, 25)))])
                    for _c in columns)
        cap = rng.choice((4, 8, 28))
        expected = min(max([cells.wrapped_lines(v, w) for v, (_h, w) in zip(row, columns) if isinstance(v, str)]
                           + [1]), cap)
        assert ledger_workbook._lines(row, columns, known, cap) == expected, row
