"""ledger.deadlines: every 完成时限 form of DOMAIN.md, the seeds and the bench generator."""
from __future__ import annotations

import importlib.util
import itertools
import random
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ledger.deadlines import AMBIGUOUS, INVALID, UNPARSED, parse_deadline
from ledger.model import Deadline

D = date
AMB, INV, UNP = AMBIGUOUS, INVALID, UNPARSED
GEN_LEDGER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "gen_ledger.py"

# (value, plan_year, due, start, ongoing, recurrence, problem)
CASES = [
    # --- DOMAIN.md table, as written in the seeds
    ("2022年12月底前，并长期坚持", None, D(2022, 12, 31), None, True, None, None),
    ("2023年6月底前", None, D(2023, 6, 30), None, False, None, None),
    ("2023年6月底前，并长期坚持", None, D(2023, 6, 30), None, True, None, None),
    ("2020年10月底完成并长期坚持", None, D(2020, 10, 31), None, True, None, None),
    ("2020年7月底完成并长期坚持", None, D(2020, 7, 31), None, True, None, None),
    ("2020年7月底前出台相关方案计划，以后长期坚持", None, D(2020, 7, 31), None, True, None, None),
    ("根据工作需要适时制定，并长期坚持", None, None, None, True, None, None),
    ("长期坚持", None, None, None, True, None, None),
    ("完成并长期坚持", None, None, None, True, None, None),
    ("持续推进", None, None, None, True, None, None),
    ("常态化推进", None, None, None, True, None, None),
    # typos and line breaks: lenient
    ("2020年10月完成并长期坚持底", None, D(2020, 10, 31), None, True, None, None),
    ("2020年11月底\n完成并长期坚持", None, D(2020, 11, 30), None, True, None, None),
    ("\t2020年7月底\n", None, D(2020, 7, 31), None, False, None, None),
    ("2020年7\n月底", None, D(2020, 7, 31), None, False, None, None),
    ("2020 年 7 月底", None, D(2020, 7, 31), None, False, None, None),
    ("6月低前", 2023, D(2023, 6, 30), None, False, None, None),
    ("6月低前", None, None, None, False, None, AMB),
    ("2023年6月低前", None, D(2023, 6, 30), None, False, None, None),
    # periods
    ("2022年6月至2023年6月", None, D(2023, 6, 30), D(2022, 6, 1), False, None, None),
    ("2022年6月—2022年11月", None, D(2022, 11, 30), D(2022, 6, 1), False, None, None),
    ("2022年6月-11月", None, D(2022, 11, 30), D(2022, 6, 1), False, None, None),
    ("2023年7月至2023年11月", None, D(2023, 11, 30), D(2023, 7, 1), False, None, None),
    ("2022年6月至2022年12月", 2030, D(2022, 12, 31), D(2022, 6, 1), False, None, None),
    ("2024年1月～2024年6月", None, D(2024, 6, 30), D(2024, 1, 1), False, None, None),
    ("2022年11月至3月", None, D(2023, 3, 31), D(2022, 11, 1), False, None, None),
    ("2023.6.1-2023.6.30", None, D(2023, 6, 30), D(2023, 6, 1), False, None, None),
    ("6月至11月", 2023, D(2023, 11, 30), D(2023, 6, 1), False, None, None),
    ("6月至11月", None, None, None, False, None, AMB),
    # recurring, with plan_year: the first occurrence in that year
    ("每年12月初", 2023, D(2023, 12, 10), None, True, "yearly:12-early", None),
    ("每年10月30日前", 2023, D(2023, 10, 30), None, True, "yearly:10-30", None),
    ("每周五前", 2023, D(2023, 1, 6), None, True, "weekly:5", None),
    ("每月底", 2023, D(2023, 1, 31), None, True, "monthly:end", None),
    ("每月", 2023, D(2023, 1, 31), None, True, "monthly:end", None),
    ("每月10日前", 2023, D(2023, 1, 10), None, True, "monthly:10", None),
    ("每季度", 2023, D(2023, 3, 31), None, True, "quarterly:end", None),
    ("每季度末", 2023, D(2023, 3, 31), None, True, "quarterly:end", None),
    ("每半年", 2023, D(2023, 6, 30), None, True, "half-yearly:end", None),
    ("每年6月底前", 2023, D(2023, 6, 30), None, True, "yearly:06-end", None),
    ("每年12月中旬", 2023, D(2023, 12, 20), None, True, "yearly:12-mid", None),
    ("每年", 2023, D(2023, 12, 31), None, True, "yearly:12-end", None),
    ("每周", 2023, D(2023, 1, 1), None, True, "weekly:end", None),
    ("每周一次", 2023, D(2023, 1, 1), None, True, "weekly:end", None),
    ("每天", 2023, D(2023, 1, 1), None, True, "daily", None),
    ("每年2月29日", 2023, D(2023, 2, 28), None, True, "yearly:02-29", None),
    ("每年2月29日", 2024, D(2024, 2, 29), None, True, "yearly:02-29", None),
    # recurring without plan_year: no date, no problem
    ("每年12月初", None, None, None, True, "yearly:12-early", None),
    ("每年10月30日前", None, None, None, True, "yearly:10-30", None),
    ("每周五前", None, None, None, True, "weekly:5", None),
    ("每月底", None, None, None, True, "monthly:end", None),
    ("每季度", None, None, None, True, "quarterly:end", None),
    ("每半年", None, None, None, True, "half-yearly:end", None),
    # an explicit date wins over the recurrence's first occurrence
    ("2023年6月底前建立制度，每季度报送", 2023, D(2023, 6, 30), None, True, "quarterly:end",
     None),
    # relative / fuzzy, resolved against plan_year
    ("6月底", 2023, D(2023, 6, 30), None, False, None, None),
    ("6月底前", 2023, D(2023, 6, 30), None, False, None, None),
    ("年底前", 2023, D(2023, 12, 31), None, False, None, None),
    ("年内", 2023, D(2023, 12, 31), None, False, None, None),
    ("年底", 2024, D(2024, 12, 31), None, False, None, None),
    ("上半年", 2023, D(2023, 6, 30), None, False, None, None),
    ("下半年", 2023, D(2023, 12, 31), None, False, None, None),
    ("一季度末", 2023, D(2023, 3, 31), None, False, None, None),
    ("第一季度", 2023, D(2023, 3, 31), None, False, None, None),
    ("1季度", 2023, D(2023, 3, 31), None, False, None, None),
    ("二季度末", 2023, D(2023, 6, 30), None, False, None, None),
    ("第三季度", 2023, D(2023, 9, 30), None, False, None, None),
    ("4季度", 2023, D(2023, 12, 31), None, False, None, None),
    ("6月上旬", 2023, D(2023, 6, 10), None, False, None, None),
    ("6月中旬", 2023, D(2023, 6, 20), None, False, None, None),
    ("6月下旬", 2023, D(2023, 6, 30), None, False, None, None),
    ("2月下旬", 2024, D(2024, 2, 29), None, False, None, None),
    ("6月初", 2023, D(2023, 6, 10), None, False, None, None),
    ("6.30", 2023, D(2023, 6, 30), None, False, None, None),
    ("6月30日前", 2023, D(2023, 6, 30), None, False, None, None),
    ("明年6月底", 2023, D(2024, 6, 30), None, False, None, None),
    ("今年底", 2023, D(2023, 12, 31), None, False, None, None),
    # the same without plan_year: ambiguous
    ("6月底", None, None, None, False, None, AMB),
    ("6月底前", None, None, None, False, None, AMB),
    ("年底前", None, None, None, False, None, AMB),
    ("年内", None, None, None, False, None, AMB),
    ("上半年", None, None, None, False, None, AMB),
    ("下半年", None, None, None, False, None, AMB),
    ("一季度末", None, None, None, False, None, AMB),
    ("6月上旬", None, None, None, False, None, AMB),
    ("6月中旬", None, None, None, False, None, AMB),
    ("6月下旬", None, None, None, False, None, AMB),
    ("6月初", None, None, None, False, None, AMB),
    ("6.30", None, None, None, False, None, AMB),
    ("明年6月底", None, None, None, False, None, AMB),
    ("6月底前完成，并长期坚持", None, None, None, True, None, AMB),
    # explicit dates
    ("2023年6月30日前", None, D(2023, 6, 30), None, False, None, None),
    ("2023.6.30", None, D(2023, 6, 30), None, False, None, None),
    ("2023/6/30", None, D(2023, 6, 30), None, False, None, None),
    ("2023-06-30", None, D(2023, 6, 30), None, False, None, None),
    ("2023年6月30日", None, D(2023, 6, 30), None, False, None, None),
    ("2023年6月30号", None, D(2023, 6, 30), None, False, None, None),
    ("2023年6月", None, D(2023, 6, 30), None, False, None, None),
    ("2023.6", None, D(2023, 6, 30), None, False, None, None),
    ("2023年底前完成", None, D(2023, 12, 31), None, False, None, None),
    ("2024年底前", None, D(2024, 12, 31), None, False, None, None),
    ("2023年上半年", None, D(2023, 6, 30), None, False, None, None),
    ("2023年第三季度末", None, D(2023, 9, 30), None, False, None, None),
    ("2023年内", None, D(2023, 12, 31), None, False, None, None),
    ("2024年2月底", None, D(2024, 2, 29), None, False, None, None),
    ("2023年", None, D(2023, 12, 31), None, False, None, AMB),
    ("2023年", 2025, D(2023, 12, 31), None, False, None, AMB),
    ("２０２３年６月３０日前", None, D(2023, 6, 30), None, False, None, None),
    ("２０２３．６．３０", None, D(2023, 6, 30), None, False, None, None),
    ("十二月底", 2023, D(2023, 12, 31), None, False, None, None),
    ("二〇二三年十月底", None, D(2023, 10, 31), None, False, None, None),
    ("二〇二三年六月三十日前", None, D(2023, 6, 30), None, False, None, None),
    ("2023年十二月二十五日", None, D(2023, 12, 25), None, False, None, None),
    ("2023年6月底前完成，12月底前验收", 2030, D(2023, 12, 31), None, False, None, None),
    # first date is the deadline; a bare later year is a follow-up
    ("2023年6月底前完成，2024年巩固提升", None, D(2023, 6, 30), None, False, None, None),
    ("2023年6月底前启动，长期坚持", None, D(2023, 6, 30), None, True, None, None),
    # two deadlines: the latest is due
    ("2023年6月底前，2023年12月底前", None, D(2023, 12, 31), None, False, None, None),
    ("2023年12月底前全面完成，其中2023年6月底前完成方案", None, D(2023, 12, 31), None,
     False, None, None),
    # invalid dates
    ("2023年2月30日", None, None, None, False, None, INV),
    ("2023年2月30日前", None, None, None, False, None, INV),
    ("2023年13月", None, None, None, False, None, INV),
    ("2023年0月底", None, None, None, False, None, INV),
    ("2023.6.31", None, None, None, False, None, INV),
    ("2月30日", 2023, None, None, False, None, INV),
    ("2023年13月底前，并长期坚持", None, None, None, True, None, INV),
    ("每月35日", 2023, None, None, True, "monthly:35", INV),
    ("每年2月30日", 2023, None, None, True, "yearly:02-30", INV),
    # unparsed
    ("尽快", None, None, None, False, None, UNP),
    ("尽快", 2023, None, None, False, None, UNP),
    ("按上级要求", None, None, None, False, None, UNP),
    ("xx", None, None, None, False, None, UNP),
    ("根据工作需要适时", None, None, None, False, None, UNP),
    ("3年内", 2023, None, None, False, None, UNP),
    ("已完成", None, None, None, False, None, UNP),
    # empty: no problem, the caller reports emptiness
    (None, None, None, None, False, None, None),
    ("", None, None, None, False, None, None),
    ("   \n", 2023, None, None, False, None, None),
    (float("nan"), None, None, None, False, None, None),
    # Excel values: real dates, serials, years
    (D(2023, 6, 30), None, D(2023, 6, 30), None, False, None, None),
    (datetime(2023, 6, 30), None, D(2023, 6, 30), None, False, None, None),
    (datetime(2023, 6, 30, 17, 30), None, D(2023, 6, 30), None, False, None, None),
    (45107, None, D(2023, 6, 30), None, False, None, None),
    (45107.0, None, D(2023, 6, 30), None, False, None, None),
    (45107.75, None, D(2023, 6, 30), None, False, None, None),
    (Decimal("45107"), None, D(2023, 6, 30), None, False, None, None),
    ("45107", None, D(2023, 6, 30), None, False, None, None),
    (1, None, D(1900, 1, 1), None, False, None, None),
    (61, None, D(1900, 3, 1), None, False, None, None),
    (2958465, None, D(9999, 12, 31), None, False, None, None),
    (2023, None, D(2023, 12, 31), None, False, None, AMB),
    (2023.0, None, D(2023, 12, 31), None, False, None, AMB),
    ("2023", None, D(2023, 12, 31), None, False, None, AMB),
    (20230630, None, D(2023, 6, 30), None, False, None, None),
    (0, None, None, None, False, None, INV),
    (-5, None, None, None, False, None, INV),
    (60, None, None, None, False, None, INV),
    (2958466, None, None, None, False, None, INV),
    (float("inf"), None, None, None, False, None, INV),
    (True, None, None, None, False, None, UNP),
]

# every DEADLINE_FORMS entry of shared/bench/gen_ledger.py, with concrete numbers
GEN_FORMS = [
    ("2024年3月底前，并长期坚持", D(2024, 3, 31), True, None, None),
    ("2025年11月底前", D(2025, 11, 30), False, None, None),
    ("长期坚持", None, True, None, None),
    ("每年9月底前", D(2023, 9, 30), True, "yearly:09-end", None),
    ("2023年4月15日前", D(2023, 4, 15), False, None, None),
    ("2023年2月30日前", None, False, None, INV),
    ("2024年2月10日前", D(2024, 2, 10), False, None, None),
    ("2025年底前完成", D(2025, 12, 31), False, None, None),
    ("持续推进", None, True, None, None),
    ("2024年6月底前完成，2025年巩固提升", D(2024, 6, 30), False, None, None),
    ("每季度", D(2023, 3, 31), True, "quarterly:end", None),
    ("2023年12月底前启动，长期坚持", D(2023, 12, 31), True, None, None),
]


def _case_id(case: tuple) -> str:
    return f"{case[0]!r}@{case[1]}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_parse(case: tuple) -> None:
    value, plan_year, due, start, ongoing, recurrence, problem = case
    got = parse_deadline(value, plan_year)
    exp = (due, start, ongoing, recurrence, problem)
    assert (got.due, got.start, got.ongoing, got.recurrence, got.problem) == exp
    assert (got.note is None) == (problem is None)


@pytest.mark.parametrize("case", GEN_FORMS, ids=[c[0] for c in GEN_FORMS])
def test_bench_forms(case: tuple) -> None:
    value, due, ongoing, recurrence, problem = case
    got = parse_deadline(value, 2023)
    exp = (due, None, ongoing, recurrence, problem)
    assert (got.due, got.start, got.ongoing, got.recurrence, got.problem) == exp
    assert got.text == value


@pytest.mark.parametrize("value, exp", [
    ("2020年7月底前出台相关方案计划，以后长期坚持", "出台相关方案计划"),
    ("2023年6月底前启动，长期坚持", "启动"),
    ("2023年6月底前，2023年12月底前", "2023年6月底前"),
    ("2023年12月底前全面完成，其中2023年6月底前完成方案", "2023年6月底前完成方案"),
    ("2022年12月底前，并长期坚持", None),
    ("2020年10月底完成并长期坚持", None),
    ("2020年10月完成并长期坚持底", None),
    ("2023年6月底前完成，2024年巩固提升", None),
    ("2023年6月30日前", None),
])
def test_milestone(value: str, exp: str | None) -> None:
    assert parse_deadline(value).milestone == exp


@pytest.mark.parametrize("value, exp", [
    ("2020年11月底\n完成并长期坚持", "2020年11月底\n完成并长期坚持"),
    ("  6月低前 \n", "6月低前"),
    ("２０２３年６月３０日前", "２０２３年６月３０日前"),
    ("尽快", "尽快"),
    (None, ""),
    ("", ""),
    (D(2023, 6, 30), "2023-06-30"),
    (datetime(2023, 6, 30), "2023-06-30"),
    (datetime(2023, 6, 30, 17, 30), "2023-06-30 17:30:00"),
    (45107, "45107"),
    (45107.0, "45107"),
    (45107.5, "45107.5"),
    (2023, "2023"),
    (-5, "-5"),
])
def test_text_is_kept(value: object, exp: str) -> None:
    assert parse_deadline(value).text == exp
    assert parse_deadline(value, 2023).text == exp


def test_empty_is_plain() -> None:
    assert parse_deadline(None) == Deadline(text="")
    assert parse_deadline("") == Deadline(text="")
    assert parse_deadline(None).empty


@pytest.mark.parametrize("value, plan_year, exp", [
    ("6月底", None, "未写年份，无法确定日期，请写明如“2023年6月30日前”"),
    ("2023年", None, "只写了年份，暂按2023年12月31日计，请写明具体日期，如“2023年6月30日前”"),
    ("2023年2月30日", None,
     "“2023年2月30日”不是有效日期，请核对年、月、日后改写，如“2023年6月30日前”"),
    ("尽快", 2023,
     "无法识别完成时限“尽快”，请改写为具体日期，如“2023年6月30日前”或“长期坚持”"),
    (-5, None, "数字“-5”不是有效的Excel日期，请改写为具体日期，如“2023年6月30日前”"),
])
def test_notes(value: object, plan_year: int | None, exp: str) -> None:
    assert parse_deadline(value, plan_year).note == exp


class Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("no text")


@pytest.mark.parametrize("value", [
    object(), [1, 2], {"a": 1}, 1 + 2j, Unprintable(), b"2023", "每", "年", "月底",
    "2023年2月29日", "9999年12月底", "0000年1月", "每年13月", "至", "—", "6.",
])
def test_never_raises(value: object) -> None:
    for plan_year in (None, 2023, 9999):
        got = parse_deadline(value, plan_year)
        assert got.problem in (None, AMB, INV, UNP)
        assert isinstance(got.text, str)


def test_never_raises_on_noise() -> None:
    alphabet = "0123456789年月日号底前至-—./每周季度半上下旬初中末内今明第一二三四十〇长期坚持，\n "
    rng = random.Random(20231130)
    for _ in range(20000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        got = parse_deadline(value, rng.choice([None, 2023]))
        assert got.text == value.strip()
        assert got.problem in (None, AMB, INV, UNP)
        assert (got.note is None) == (got.problem is None)


@pytest.mark.skipif(not GEN_LEDGER.exists(), reason="shared/bench/gen_ledger.py not present")
def test_bench_forms_all_numbers() -> None:
    spec = importlib.util.spec_from_file_location("gen_ledger", GEN_LEDGER)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for form, y, m, d in itertools.product(gen.DEADLINE_FORMS, (2023, 2024, 2025),
                                           range(1, 13), (10, 15, 20, 30)):
        text = form.format(y=y, y2=y + 1, m=m, d=d)
        got = parse_deadline(text, 2023)
        if m == 2 and d == 30 and "{d}" in form:
            assert got.problem == INV, text
        else:
            assert got.problem is None and (got.due is not None or got.ongoing), text


@pytest.mark.parametrize("value, exp_due, exp_problem", [
    (datetime(1905, 7, 15), date(2023, 12, 31), AMBIGUOUS),  # 2023 typed into a date-formatted cell
    (date(1955, 3, 1), date(1955, 3, 1), None),  # plausible enough to stay a date
    (datetime(2023, 6, 30), date(2023, 6, 30), None),
])
def test_a_number_shown_as_an_old_date_is_read_as_the_number(value, exp_due, exp_problem) -> None:
    got = parse_deadline(value)
    assert (got.due, got.problem) == (exp_due, exp_problem)
