"""Reporting periods as people write them: parse_period with an injected today."""
from __future__ import annotations

from datetime import date

import pytest

from ledger.errors import UsageError
from ledger.periods import parse_period

WEDNESDAY = date(2023, 3, 8)  # in 2023-W10 (6-12 March) and in March 2023

# (written, today, key in a weekly workspace, key in a monthly workspace)
READ = [
    ("2023-W10", WEDNESDAY, "2023-W10", "2023-W10"),
    ("2023w10", WEDNESDAY, "2023-W10", "2023-W10"),
    (" 2023-W10 ", WEDNESDAY, "2023-W10", "2023-W10"),
    ("2023年第10周", WEDNESDAY, "2023-W10", "2023-W10"),
    ("2023 年 第 10 周", WEDNESDAY, "2023-W10", "2023-W10"),
    ("２０２３年第１０周", WEDNESDAY, "2023-W10", "2023-W10"),
    ("第10周", WEDNESDAY, "2023-W10", "2023-W10"),
    ("第十周", WEDNESDAY, "2023-W10", "2023-W10"),
    ("第2周", date(2024, 5, 1), "2024-W02", "2024-W02"),
    ("本周", WEDNESDAY, "2023-W10", "2023-W10"),
    ("上周", WEDNESDAY, "2023-W09", "2023-W09"),
    ("下周", WEDNESDAY, "2023-W11", "2023-W11"),
    ("本周", date(2023, 3, 12), "2023-W10", "2023-W10"),  # Sunday ends the ISO week
    ("上周", date(2023, 1, 2), "2022-W52", "2022-W52"),
    ("本周", date(2021, 1, 1), "2020-W53", "2020-W53"),
    ("2023-03-08", WEDNESDAY, "2023-W10", "2023-03"),
    ("2023-3-6", WEDNESDAY, "2023-W10", "2023-03"),
    ("2023/3/12", WEDNESDAY, "2023-W10", "2023-03"),
    ("2023.3.13", WEDNESDAY, "2023-W11", "2023-03"),
    ("2023年3月8日", WEDNESDAY, "2023-W10", "2023-03"),
    ("2023-01-01", WEDNESDAY, "2022-W52", "2023-01"),
    ("2023-03", WEDNESDAY, "2023-03", "2023-03"),
    ("2023年3月", WEDNESDAY, "2023-03", "2023-03"),
    ("2023/3", WEDNESDAY, "2023-03", "2023-03"),
    ("3月", WEDNESDAY, "2023-03", "2023-03"),
    ("3月份", WEDNESDAY, "2023-03", "2023-03"),
    ("三月", WEDNESDAY, "2023-03", "2023-03"),
    ("十二月", WEDNESDAY, "2023-12", "2023-12"),
    ("本月", WEDNESDAY, "2023-03", "2023-03"),
    ("上月", WEDNESDAY, "2023-02", "2023-02"),
    ("下月", WEDNESDAY, "2023-04", "2023-04"),
    ("上月", date(2023, 1, 31), "2022-12", "2022-12"),
    ("下月", date(2023, 12, 1), "2024-01", "2024-01"),
    (None, WEDNESDAY, "2023-W10", "2023-03"),
    ("", WEDNESDAY, "2023-W10", "2023-03"),
]


@pytest.mark.parametrize("written, today, week_key, month_key", READ)
def test_a_period_is_read_the_ways_people_write_it(written, today, week_key, month_key):
    assert parse_period(written, "week", today=today).key == week_key
    assert parse_period(written, "month", today=today).key == month_key


def test_a_week_written_in_words_keeps_the_due_weekday():
    got = parse_period("第10周", "week", due_weekday=4, today=WEDNESDAY)
    assert (got.start, got.end, got.due, got.label) == (date(2023, 3, 6), date(2023, 3, 12), date(2023, 3, 9),
                                                      "2023年第10周")


REFUSED = [
    ("2023-W60", "2023年只有52周，没有第60周。请写 1 到 52 之间的周数，如 2023年第10周。"),
    ("2020年第54周", "2020年只有53周，没有第54周。请写 1 到 53 之间的周数，如 2020年第10周。"),
    ("第0周", "2023年只有52周，没有第0周。请写 1 到 52 之间的周数，如 2023年第10周。"),
    ("0000-W10", "年份“0”不对。请写成如 2023年第10周 的形式。"),
    ("2023-02-30", "日期“2023-02-30”不存在。请写一个真实的日期，如 2023-03-08。"),
    ("13月", "没有2023年13月：月份是 1 到 12。请写成如 2023年3月 的形式。"),
    ("2023-13", "没有2023年13月：月份是 1 到 12。请写成如 2023年3月 的形式。"),
    ("W10", "报送周期“W10”看不懂。按周写 本周、上周、第10周、2023年第10周或周内任一天（如 2023-03-08），"
            "按月写 本月、上月、3月或2023年3月。"),
    ("上上周", "报送周期“上上周”看不懂。按周写 本周、上周、第10周、2023年第10周或周内任一天（如 2023-03-08），"
             "按月写 本月、上月、3月或2023年3月。"),
]


@pytest.mark.parametrize("written, message", REFUSED)
def test_a_period_that_cannot_be_read_says_how_to_write_it(written, message):
    with pytest.raises(UsageError) as caught:
        parse_period(written, "week", today=WEDNESDAY)
    assert caught.value.message == message and caught.value.exit_code == 2
