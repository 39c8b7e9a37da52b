"""Reporting periods: ISO weeks ("2023-W10") or months ("2023-03")."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import UsageError

WEEKDAYS = "一二三四五六日"
_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$")
_MONTH = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")


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


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def week_period(year: int, week: int, due_weekday: int = 5) -> Period:
    try:
        start = date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise UsageError(f"{year}年没有第{week}周。请写成如 2023-W10 的形式。") from exc
    return Period(f"{year}-W{week:02d}", "week", start, start + timedelta(days=6),
                  start + timedelta(days=due_weekday - 1))


def month_period(year: int, month: int) -> Period:
    if not 1 <= month <= 12:
        raise UsageError(f"月份“{month}”不对。请写成如 2023-03 的形式。")
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
    """"2023-W10" / "2023-03" / None (the current period)."""
    if not text:
        return period_containing(today or date.today(), kind, due_weekday)
    m = _WEEK.match(text)
    if m:
        return week_period(int(m.group(1)), int(m.group(2)), due_weekday)
    m = _MONTH.match(text)
    if m:
        return month_period(int(m.group(1)), int(m.group(2)))
    raise UsageError(f"报送周期“{text}”看不懂。按周写成 2023-W10，按月写成 2023-03。")
