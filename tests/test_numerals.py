"""ledger.numerals: Chinese numerals read and written, against literal tables."""
from __future__ import annotations

import pytest

from ledger.extraction.outline import item_mark
from ledger.numerals import CIRCLED, cn_digits, cn_int, cn_number

# (as written, exp)
READ = [
    ("一", 1), ("三", 3), ("九", 9), ("两", 2), ("〇", 0), ("零", 0),
    ("十", 10), ("十一", 11), ("十九", 19), ("一十二", 12),
    ("二十", 20), ("二十一", 21), ("三十一", 31), ("九十九", 99),
    ("一百", 100), ("百", 100), ("一百零五", 105), ("一百一十", 110), ("一百一十五", 115),
    ("两百", 200), ("三百二十", 320), ("一千零五十", 1050), ("二千零二十三", 2023),
    ("12", 12), ("3", 3),
]
NOT_NUMERALS = ["", "一二", "二〇", "十十", "二十十", "十一十", "一二十", "十百", "零五", "一百零",
                "十零", "一百十", "一百零十", "月", "十月", "１２"]
WRITE = [(0, "零"), (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (12, "十二"), (19, "十九"),
         (20, "二十"), (21, "二十一"), (99, "九十九"), (100, "100"), (105, "105")]


@pytest.mark.parametrize("word, exp", READ)
def test_cn_int_reads(word, exp):
    got = cn_int(word)
    assert got == exp


@pytest.mark.parametrize("word", NOT_NUMERALS)
def test_cn_int_is_none_for_what_is_no_numeral(word):
    assert cn_int(word) is None


@pytest.mark.parametrize("n, exp", WRITE)
def test_cn_number_writes(n, exp):
    got = cn_number(n)
    assert got == exp


@pytest.mark.parametrize("n", range(1, 100))
def test_what_cn_number_writes_cn_int_reads_back(n):
    assert cn_int(cn_number(n)) == n


def test_cn_digits_reads_years_digit_by_digit():
    assert [cn_digits(w) for w in ("二〇二三", "二零二四", "一九九九")] == ["2023", "2024", "1999"]


def test_circled_numbers_one_to_twenty():
    assert (len(CIRCLED), CIRCLED[0], CIRCLED[9], CIRCLED[19]) == (20, "①", "⑩", "⑳")


# (line, exp value): headings of a plan, numbered in Chinese
MARKS = [("十二、加强监管", "12"), ("（二十一）抽检", "21"), ("第三部分 保障措施", "3"),
         ("一百零五、附则", "105"), ("—、总体要求", "1"), ("一二、错写的编号", "一二")]


@pytest.mark.parametrize("line, exp", MARKS)
def test_heading_numbers_read_with_cn_int(line, exp):
    got = item_mark(line)
    assert got is not None and got.value == exp
