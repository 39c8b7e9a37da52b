"""Reporting periods: ISO weeks ("2023-W10") or months ("2023-03").

The key ("2023-W10", "2023-03") is what the machine stores; people write a
period the ways ``parse_period`` reads (2023年第10周, 第10周, 本周, a day inside
it, 2023年3月, 3月, 上月 …) and read its ``label`` (2023年第10周, 2023年3月).
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import UsageError
from .numerals import cn_int

WEEKDAYS = "一二三四五六日"
_NUMBER = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_WEEK = re.compile(r"^(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})$")
_CN_WEEK = re.compile(r"^(?:(\d{4})\s*年\s*)?第\s*" + _NUMBER + r"\s*周$")
# A day as people write it: 2023-03-08, 2023/3/8, 2023.3.8, 2023年3月8日 (year, month, day groups).
WRITTEN_DAY = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_DATE = re.compile(rf"^{WRITTEN_DAY}$")
_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_CN_MONTH = re.compile(r"^" + _NUMBER + r"\s*月份?$")
# 本周, 上周 … : the kind of period and how many periods from today's.
_RELATIVE = {"本周": ("week", 0), "上周": ("week", -1), "下周": ("week", 1),
             "本月": ("month", 0), "上月": ("month", -1), "下月": ("month", 1)}
PERIOD_FORMS = "按周写 本周、上周、第10周、2023年第10周或周内任一天（如 2023-03-08），按月写 本月、上月、3月或2023年3月"


@dataclass(frozen=True)
class Period:
    """One reporting period and the day its reports are due."""

    key: str  # "2023-W10" or "2023-03"
    kind: str  # "week" | "month"
    start: date
    end: date
    due: date

    @property
    def label(self) -> str:
        if self.kind == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}年第{week}周"
        return f"{self.start.year}年{self.start.month}月"

    @property
    def span(self) -> str:
        return f"{self.start.month}月{self.start.day}日—{self.end.month}月{self.end.day}日"

    @property
    def due_text(self) -> str:
        return f"{cn_date(self.due)}（星期{WEEKDAYS[self.due.weekday()]}）"

    def previous(self) -> "Period":
        return period_containing(self.start - timedelta(days=1), self.kind, self._due_weekday())

    def _due_weekday(self) -> int:
        return self.due.weekday() + 1 if self.kind == "week" else 5


def written_day(text: str) -> date | None:
    """The day ``text`` writes (``WRITTEN_DAY``, full-width digits too); None when it is
    not written as a day; ValueError when it names a day that does not exist."""
    m = _DATE.match(unicodedata.normalize("NFKC", text).strip())
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def week_period(year: int, week: int, due_weekday: int = 5) -> Period:
    if not 1 <= year <= 9998:
        raise UsageError(f"年份“{year}”不对。请写成如 2023年第10周 的形式。")
    weeks = date(year, 12, 28).isocalendar()[1]  # 28 December is always in the year's last week
    if not 1 <= week <= weeks:
        raise UsageError(f"{year}年只有{weeks}周，没有第{week}周。请写 1 到 {weeks} 之间的周数，"
                         f"如 {year}年第10周。")
    start = date.fromisocalendar(year, week, 1)
    return Period(f"{year}-W{week:02d}", "week", start, start + timedelta(days=6),
                  start + timedelta(days=due_weekday - 1))


def month_period(year: int, month: int) -> Period:
    if not (1 <= month <= 12 and 1 <= year <= 9998):
        raise UsageError(f"没有{year}年{month}月：月份是 1 到 12。请写成如 2023年3月 的形式。")
    last = calendar.monthrange(year, month)[1]
    return Period(f"{year}-{month:02d}", "month", date(year, month, 1), date(year, month, last),
                  date(year, month, last))


def period_containing(day: date, kind: str = "week", due_weekday: int = 5) -> Period:
    if kind == "month":
        return month_period(day.year, day.month)
    year, week, _ = day.isocalendar()
    return week_period(year, week, due_weekday)


def parse_period(text: str | None, kind: str = "week", due_weekday: int = 5,
                 today: date | None = None) -> Period:
    """The period a person wrote; None or "" is the current one (of ``kind``).

    - 2023-W10, 2023W10: that ISO week;
    - 2023年第10周, 第10周, 第十周: that week (without a year, this year's);
    - 本周, 上周, 下周: the week of ``today``, the one before, the one after;
    - 2023-03, 2023年3月, 2023/3: that month;
    - 3月, 三月, 3月份: that month of this year;
    - 本月, 上月, 下月: the month of ``today``, the one before, the one after;
    - 2023-03-08, 2023年3月8日, 2023/3/8: the period of ``kind`` holding that day.

    Full-width digits and letters count as their ASCII selves (NFKC).
    """
    today = today or date.today()
    if not text or not text.strip():
        return period_containing(today, kind, due_weekday)
    written = unicodedata.normalize("NFKC", text).strip()
    if written in _RELATIVE:
        which, step = _RELATIVE[written]
        if which == "week":
            return period_containing(today + timedelta(weeks=step), "week", due_weekday)
        months = today.year * 12 + today.month - 1 + step
        return month_period(months // 12, months % 12 + 1)
    if m := _WEEK.match(written):
        return week_period(int(m.group(1)), int(m.group(2)), due_weekday)
    if m := _CN_WEEK.match(written):
        return week_period(int(m.group(1) or today.year), cn_int(m.group(2)) or 0, due_weekday)
    try:
        day = written_day(written)
    except ValueError:
        raise UsageError(f"日期“{text.strip()}”不存在。请写一个真实的日期，如 2023-03-08。") from None
    if day is not None:
        return period_containing(day, kind, due_weekday)
    if m := _MONTH.match(written):
        return month_period(int(m.group(1)), int(m.group(2)))
    if m := _CN_MONTH.match(written):
        return month_period(today.year, cn_int(m.group(1)) or 0)
    raise UsageError(f"报送周期“{text.strip()}”看不懂。{PERIOD_FORMS}。")
