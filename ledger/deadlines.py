"""完成时限 cells -> :class:`~ledger.model.Deadline`.

``parse_deadline(value, plan_year)`` understands what a spreadsheet reader gives
for a deadline cell: text in the many forms offices write, real Excel dates,
Excel serial numbers, and empty cells. It never raises and never drops a value:
``Deadline.text`` always keeps the original, and anything doubtful becomes a
``problem`` code with a Chinese ``note`` telling the clerk what to write instead.

Choices made where the text leaves room:

* Fuzzy parts of a month: 初 and 上旬 -> the 10th, 中 and 中旬 -> the 20th,
  底/末/下旬 or a bare month -> the last day of the month.
* Fuzzy parts of a year: 年底/年末/年内 -> 12-31, 上半年 -> 06-30,
  下半年 -> 12-31, 一季度(末)/第一季度/1季度 -> 03-31 (and so on for 二/三/四).
* Text without a year (``6月底``, ``年底前``, ``6.30``) takes the year of an
  earlier date in the same cell, else ``plan_year``; with neither, ``due`` is
  None and the problem is ``deadline-ambiguous``. ``明年``/``次年`` is
  ``plan_year + 1``.
* A year alone (``2023年``, or the number 2023) means 12-31 of that year and is
  reported as ``deadline-ambiguous``.
* Periods (``2022年6月至2023年6月``, ``2022年6月-11月``): ``start`` is the first
  day of the first part, ``due`` the last day of the second part; a second part
  without a year takes the first part's year (the next year if it would end
  before it starts).
* Several separate deadlines (``2023年6月底前，2023年12月底前``): ``due`` is the
  latest one and ``milestone`` the text of the other part(s); no problem. A bare
  year after a real date (``2023年6月底前完成，2024年巩固提升``) is a follow-up,
  not a deadline: the first date stays the deadline.
* One deadline followed by an action (``2020年7月底前出台相关方案计划``): that
  action is the ``milestone``; plain "完成" is not kept.
* Recurring deadlines set ``ongoing`` and ``recurrence`` (``yearly:12-early``,
  ``yearly:10-30``, ``yearly:06-end``, ``monthly:end``, ``monthly:10``,
  ``quarterly:end``, ``half-yearly:end``, ``weekly:5``, ``weekly:end`` for a
  bare 每周, ``daily``). ``due`` is the first occurrence in ``plan_year``
  (每年12月初 -> 12-10, 每月底 -> 01-31, 每季度 -> 03-31, 每半年 -> 06-30,
  每周五 -> the first Friday of the year), or None without ``plan_year`` (no
  problem then: the rule itself is clear). An explicit date in the same cell
  wins as ``due``.
* Numbers are Excel serial dates (1900 system, 1..2958465); 1900..2100 is read
  as a year, an 8-digit 20230630 as a date. Digit-only strings are read the same way.
"""
from __future__ import annotations

import math
import numbers
import re
import unicodedata
from calendar import isleap
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import NamedTuple

from ledger.findings.reading import DEADLINE_AMBIGUOUS, DEADLINE_INVALID, DEADLINE_UNPARSED
from ledger.model import Deadline
from ledger.numerals import cn_digits, cn_int

# Deadline.problem is the code of a registered finding type; tasklist.py makes the finding.
AMBIGUOUS = DEADLINE_AMBIGUOUS.code
INVALID = DEADLINE_INVALID.code
UNPARSED = DEADLINE_UNPARSED.code
PROBLEMS = (AMBIGUOUS, INVALID, UNPARSED)

EXAMPLE = "“2023年6月30日前”"
NOTE_NO_YEAR = f"未写年份，无法确定日期，请写明如{EXAMPLE}"
NOTE_YEAR_ONLY = "只写了年份，暂按{year}年12月31日计，请写明具体日期，如" + EXAMPLE
NOTE_INVALID = "“{frag}”不是有效日期，请核对年、月、日后改写，如" + EXAMPLE
NOTE_BAD_NUMBER = "数字“{text}”不是有效的Excel日期，请改写为具体日期，如" + EXAMPLE
NOTE_UNPARSED = ("无法识别完成时限“{text}”，请改写为具体日期，如" + EXAMPLE
                 + "或“长期坚持”")

EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
_MONTH_END = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
PLAUSIBLE_FROM = 1950  # an earlier date in a plan's cell is Excel showing a typed number as a date
_EXCEL_EPOCH = date(1899, 12, 30)  # serials from 61 on (Excel's fake 1900-02-29 is 60)

_MONTH_PART = r"底|末|初|上旬|中旬|下旬|中"
_YEAR_PART = r"底|末|内|上半年|下半年|第?[一二三四1-4]季度(?:末|底)?"
_TOKEN = re.compile(
    r"(?=[\d每今本当明次来年上下第一二三四])"  # cheap pre-check: where a token can begin
    r"(?:(?P<ev_week>每个?(?:周|星期|礼拜)(?:(?P<wd>[一二三四五六日天1-7])(?![次个周]))?)"
    r"|(?P<ev_month>每个?月(?:(?P<mday>\d{1,2})[日号]|(?P<mpart>" + _MONTH_PART + r"))?)"
    r"|(?P<ev_quarter>每个?季度?(?P<qpart>末|底|初)?)"
    r"|(?P<ev_half>每半年(?:末|底)?)"
    r"|(?P<ev_day>每(?:天|日))"
    r"|(?P<ev_year>每年度?)"
    r"|(?P<nymd>(?<!\d)(?P<a_y>\d{4})(?P<a_s>[./-])(?P<a_m>\d{1,2})(?P=a_s)(?P<a_d>\d{1,2})(?!\d))"
    r"|(?P<cymd>(?<!\d)(?P<b_y>\d{4})年(?P<b_m>\d{1,2})月(?P<b_d>\d{1,2})(?:[日号]|(?!\d)))"
    r"|(?P<cym>(?<!\d)(?P<c_y>\d{4})年(?P<c_m>\d{1,2})月份?(?P<c_p>" + _MONTH_PART + r")?)"
    r"|(?P<nym>(?<!\d)(?P<d_y>\d{4})[./-](?P<d_m>\d{1,2})(?![\d.]))"
    r"|(?P<cy>(?<!\d)(?P<e_y>\d{4})年度?(?P<e_p>" + _YEAR_PART + r")?)"
    r"|(?P<ry>(?P<f_r>今|本|当|明|次|来)年度?(?P<f_p>" + _YEAR_PART + r")?)"
    r"|(?P<md>(?<!\d)(?P<g_m>\d{1,2})月(?P<g_d>\d{1,2})(?:[日号]|(?!\d)))"
    r"|(?P<mo>(?<!\d)(?P<h_m>\d{1,2})月份?(?P<h_p>" + _MONTH_PART + r")?)"
    r"|(?P<ndm>(?<![\d.])(?P<i_m>\d{1,2})[./](?P<i_d>\d{1,2})(?![\d./]))"
    r"|(?P<fz>(?<!\d)年(?:底|末|内)|上半年|下半年|第?[一二三四1-4]季度(?:末|底)?))"
)
_ONGOING = re.compile(r"长期|持续|常态|坚持|常年|常抓|久久为功|不间断")
_PERIOD_GAP = re.compile(r"(?:起|开始)?(?:至|到|[-—–―~]+)")
_RECUR_GAP = re.compile(r"的|于|在")
_SPACES = re.compile(r"[\s\u200b\ufeff]+")
_CN_ANY = re.compile(r"[〇零一二三四五六七八九十]")
_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_CN_MONTH = re.compile(r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})(?=月)")
_CN_DAY = re.compile(r"(?<=月)([一二三四五六七八九十]{1,3})(?=[日号])")
_NUMERIC = re.compile(r"\d+(?:\.0+)?")
_MILESTONE_HEAD = re.compile(r"^(?:之前|以前|前|止|为止)+")
_MILESTONE_TAIL = re.compile(r"(?:并|以后|之后|后|再)+$")
_CLAUSE_END = re.compile(r"[，,；;。、()（）]")
_PUNCT = "，,；;。、:："
_GENERIC_ACTIONS = frozenset({"", "完成", "全面完成", "全部完成", "基本完成", "完成任务"})
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_REL_YEARS = {"今": 0, "本": 0, "当": 0, "明": 1, "次": 1, "来": 1}
# token kind -> names of its (year, month, day|part) groups; "" when it has none
_DAY_GROUPS = {"nymd": ("a_y", "a_m", "a_d"), "cymd": ("b_y", "b_m", "b_d"),
               "md": ("", "g_m", "g_d"), "ndm": ("", "i_m", "i_d")}
_MONTH_GROUPS = {"cym": ("c_y", "c_m", "c_p"), "nym": ("d_y", "d_m", ""),
                 "mo": ("", "h_m", "h_p")}
_MONTH_DAYS = {"初": (1, 10, "early"), "上旬": (1, 10, "early"), "中": (11, 20, "mid"),
               "中旬": (11, 20, "mid"), "下旬": (21, 0, "late")}


class _Span(NamedTuple):
    """A date or fuzzy date in the text. Day 0 means the last day of the month."""

    start: int
    end: int
    year: int | None  # written year
    yoff: int | None  # 今年/明年: offset from plan_year
    first: tuple[int, int]  # (month, day) where the span begins
    last: tuple[int, int]  # (month, day) where it is due
    code: str  # recurrence tail for 每年…: "06-end", "10-30"
    bare: bool = False  # a year alone (2023年)


class _Item(NamedTuple):
    """One deadline or period after resolving years."""

    start: int
    end: int
    first: date | None
    due: date | None
    problem: str | None
    note: str | None
    bare: bool


def parse_deadline(value: object, plan_year: int | None = None) -> Deadline:
    """Read one 完成时限 cell. See the module docstring for the rules."""
    text = _text_of(value)
    try:
        if value is None or isinstance(value, (str, bool)):
            return _parse_str(text, plan_year)
        if value != value:  # NaN, pandas NaT: an empty cell
            return Deadline(text="")
        if isinstance(value, date):
            day = value.date() if isinstance(value, datetime) else value
            if day.year < PLAUSIBLE_FROM:  # a number typed into a date cell: 2023 shows as 1905-07-15
                serial = (day - _EXCEL_EPOCH).days
                return _from_number(str(serial), float(serial))
            return Deadline(text=text, due=day)
        if isinstance(value, numbers.Number):
            return _from_number(text, float(value))  # type: ignore[arg-type]
        return _parse_str(text, plan_year)
    except Exception:  # never raise on a cell; report it instead
        return Deadline(text=text, problem=UNPARSED, note=NOTE_UNPARSED.format(text=text))


def _text_of(value: object) -> str:
    """The original value as text: ISO for dates, the number as written for numbers."""
    try:
        if value is None:
            return ""
        if isinstance(value, datetime):
            if value.time() == datetime.min.time() and value.tzinfo is None:
                return value.date().isoformat()
            return value.isoformat(sep=" ")
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, float) and math.isnan(value):
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()
    except Exception:
        return repr(value)


def _from_number(text: str, number: float) -> Deadline:
    """An Excel serial date, a year (2023) or a yyyymmdd number (20230630)."""
    if math.isnan(number):
        return Deadline(text="")
    bad = Deadline(text=text, problem=INVALID, note=NOTE_BAD_NUMBER.format(text=text))
    if not math.isfinite(number) or number < 1:
        return bad
    whole = int(number)
    if 1900 <= whole <= 2100 and whole == number:
        return Deadline(text=text, due=date(whole, 12, 31), problem=AMBIGUOUS,
                        note=NOTE_YEAR_ONLY.format(year=whole))
    if 19000101 <= whole <= 21001231 and whole == number:
        try:
            return Deadline(text=text, due=date(whole // 10000, whole // 100 % 100, whole % 100))
        except ValueError:
            return bad
    if whole > EXCEL_MAX_SERIAL or whole == 60:
        return bad
    if whole < 60:
        return Deadline(text=text, due=_EXCEL_EPOCH + timedelta(days=whole + 1))
    return Deadline(text=text, due=_EXCEL_EPOCH + timedelta(days=whole))


@lru_cache(maxsize=16384)
def _parse_str(text: str, plan_year: int | None) -> Deadline:
    if not text:
        return Deadline(text="")
    s = _normalize(text)
    if not s:
        return Deadline(text=text)
    if _NUMERIC.fullmatch(s):
        return _from_number(text, float(s))
    return _parse_normalized(text, s, plan_year)


def _normalize(text: str) -> str:
    """NFKC (full-width digits), no spaces or line breaks, typos and Chinese numerals fixed."""
    s = _SPACES.sub("", unicodedata.normalize("NFKC", text))
    s = s.replace("月低", "月底").replace("年低", "年底")
    if _CN_ANY.search(s):
        s = _CN_YEAR.sub(lambda m: cn_digits(m.group()), s)
        s = _CN_MONTH.sub(lambda m: str(cn_int(m.group(1)) or 0), s)  # 0: malformed, no such month
        s = _CN_DAY.sub(lambda m: str(cn_int(m.group(1)) or 0), s)
    return s


def _parse_normalized(text: str, s: str, plan_year: int | None) -> Deadline:
    matches = list(_TOKEN.finditer(s))
    ongoing = bool(_ONGOING.search(s))
    spans = [_span_of(m) for m in matches]
    recurrence, rec_due, rec_problem, consumed = _recurrence(matches, spans, plan_year)
    spans = [sp for i, sp in enumerate(spans) if sp is not None and i not in consumed]
    items = _resolve(s, spans, plan_year)
    if recurrence:
        ongoing = True
    if not items and not recurrence:
        if ongoing:
            return Deadline(text=text, ongoing=True)
        return Deadline(text=text, problem=UNPARSED, note=NOTE_UNPARSED.format(text=text))
    if not items:
        problem, note = rec_problem or (None, None)
        return Deadline(text=text, due=rec_due, ongoing=True, recurrence=recurrence,
                        problem=problem, note=note)
    return _conclude(text, s, items, ongoing, recurrence)


def _conclude(text: str, s: str, items: list[_Item], ongoing: bool,
              recurrence: str | None) -> Deadline:
    """Pick the deadline among the resolved items and report the worst problem."""
    real = [it for it in items if not it.bare] or items
    if len(real) == 1:
        chosen = real[0]
        if chosen.due is None:
            return Deadline(text=text, ongoing=ongoing, recurrence=recurrence,
                            problem=chosen.problem, note=chosen.note)
        milestone = _action_after(s, chosen.end)
    else:
        bad = _worst(real)
        if bad is not None:
            return Deadline(text=text, ongoing=ongoing, recurrence=recurrence,
                            problem=bad.problem, note=bad.note)
        chosen = max(reversed(real), key=_due_key)
        milestone = _other_parts(s, real, chosen)
    return Deadline(text=text, due=chosen.due, start=chosen.first, ongoing=ongoing,
                    recurrence=recurrence, milestone=milestone,
                    problem=chosen.problem, note=chosen.note)


def _worst(items: list[_Item]) -> _Item | None:
    """The first invalid item, else the first one whose date is unknown."""
    bad = [it for it in items if it.due is None]
    return next((it for it in bad if it.problem == INVALID), bad[0] if bad else None)


def _due_key(item: _Item) -> date:
    return item.due or date.min


def _span_of(m: re.Match[str]) -> _Span | None:
    """A date-like match as a _Span; None for the 每… recurrence words."""
    kind = m.lastgroup or ""
    a, b = m.span()
    if kind.startswith("ev_"):
        return None
    groups = _DAY_GROUPS.get(kind)
    if groups is not None:
        year = int(m[groups[0]]) if groups[0] else None
        month, day = int(m[groups[1]]), int(m[groups[2]])
        return _Span(a, b, year, None, (month, day), (month, day), f"{month:02d}-{day:02d}")
    groups = _MONTH_GROUPS.get(kind)
    if groups is not None:
        year = int(m[groups[0]]) if groups[0] else None
        part = (m[groups[2]] or "") if groups[2] else ""
        return _month_span(a, b, year, int(m[groups[1]]), part)
    if kind == "cy":
        return _year_span(a, b, int(m["e_y"]), None, m["e_p"] or "")
    if kind == "ry":
        return _year_span(a, b, None, _REL_YEARS[m["f_r"]], m["f_p"] or "")
    part = m.group()
    return _year_span(a, b, None, None, part[1:] if part.startswith("年") else part)


def _month_span(a: int, b: int, year: int | None, month: int, part: str) -> _Span:
    """A month with an optional 底/初/上旬/中旬/下旬."""
    if part in _MONTH_DAYS:
        d1, d2, tail = _MONTH_DAYS[part]
        return _Span(a, b, year, None, (month, d1), (month, d2), f"{month:02d}-{tail}")
    first = (month, 0) if part in ("底", "末") else (month, 1)
    return _Span(a, b, year, None, first, (month, 0), f"{month:02d}-end")


def _year_span(a: int, b: int, year: int | None, yoff: int | None, part: str) -> _Span:
    """A year, or part of one: 底/末/内, 上半年/下半年, a quarter; '' is the year alone."""
    if part in ("底", "末"):
        first, last = (12, 0), (12, 0)
    elif part == "内":
        first, last = (1, 1), (12, 0)
    elif part == "上半年":
        first, last = (1, 1), (6, 0)
    elif part == "下半年":
        first, last = (7, 1), (12, 0)
    elif "季度" in part:
        q = int(cn_digits(part.lstrip("第")[0]))  # 一…四 or 1…4: the pattern takes no other
        first, last = (3 * q - 2, 1), (3 * q, 0)
    else:
        return _Span(a, b, year, yoff, (1, 1), (12, 0), "12-end", bare=True)
    return _Span(a, b, year, yoff, first, last, f"{last[0]:02d}-end")


def _recurrence(matches: list[re.Match[str]], spans: list[_Span | None], plan_year: int | None
                ) -> tuple[str | None, date | None, tuple[str, str] | None, set[int]]:
    """The first 每… of the text: (recurrence, first due in plan_year, problem, used spans)."""
    idx = next((i for i, m in enumerate(matches) if (m.lastgroup or "").startswith("ev_")), None)
    if idx is None:
        return None, None, None, set()
    m = matches[idx]
    if m.lastgroup == "ev_year":
        nxt = spans[idx + 1] if idx + 1 < len(spans) else None
        gap = m.string[m.end():nxt.start] if nxt is not None else "?"
        if (nxt is not None and nxt.year is None and nxt.yoff is None and not nxt.bare
                and (not gap or _RECUR_GAP.fullmatch(gap))):
            code, due, problem = _yearly(m.string, nxt, plan_year)
            return code, due, problem, {idx + 1}
        code, month_day = "yearly:12-end", (12, 0)
    else:
        code, month_day = _cycle(m)
    try:
        _date(2000, *month_day)  # 每月35日
    except ValueError:
        return code, None, (INVALID, NOTE_INVALID.format(frag=m.group())), set()
    due = _first_weekday(plan_year, code) if code.startswith("weekly") else (
        _date(plan_year, *month_day) if plan_year is not None else None)
    return code, due, None, set()


def _yearly(s: str, span: _Span, plan_year: int | None
            ) -> tuple[str, date | None, tuple[str, str] | None]:
    """每年 followed by a month/day: its code and the occurrence in plan_year."""
    code = "yearly:" + span.code
    try:
        _date(2000, *span.last)  # a leap year: 每年2月29日 is not invalid
    except ValueError:
        return code, None, (INVALID, NOTE_INVALID.format(frag=s[span.start:span.end]))
    if plan_year is None:
        return code, None, None
    try:
        return code, _date(plan_year, *span.last), None
    except ValueError:  # 2月29日 in a common year
        return code, _date(plan_year, span.last[0], 0), None


def _cycle(m: re.Match[str]) -> tuple[str, tuple[int, int]]:
    """每周/每月/每季度/每半年/每天: the code and the (month, day) of the first due date."""
    kind = m.lastgroup
    if kind == "ev_week":
        return f"weekly:{_WEEKDAYS.get(m['wd'], m['wd'])}" if m["wd"] else "weekly:end", (1, 1)
    if kind == "ev_month":
        if m["mday"]:
            return f"monthly:{int(m['mday'])}", (1, int(m["mday"]))
        d1, d2, tail = _MONTH_DAYS.get(m["mpart"] or "", (0, 0, "end"))
        return f"monthly:{tail}", (1, d2)
    if kind == "ev_quarter":
        return ("quarterly:early", (1, 10)) if m["qpart"] == "初" else ("quarterly:end", (3, 0))
    if kind == "ev_half":
        return "half-yearly:end", (6, 0)
    return "daily", (1, 1)


def _first_weekday(plan_year: int | None, code: str) -> date | None:
    """The first given weekday (weekly:5 -> Friday, weekly:end -> Sunday) of plan_year."""
    if plan_year is None:
        return None
    tail = code.split(":")[1]
    weekday = 7 if tail == "end" else int(tail)
    jan1 = date(plan_year, 1, 1)
    return jan1 + timedelta(days=(weekday - jan1.isoweekday()) % 7)


def _date(year: int, month: int, day: int) -> date:
    """date(), with day 0 meaning the last day of the month; ValueError when invalid."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month}")
    if day:
        return date(year, month, day)
    if month == 2:
        return date(year, 2, 29 if isleap(year) else 28)
    return date(year, month, _MONTH_END[month])


def _resolve(s: str, spans: list[_Span], plan_year: int | None) -> list[_Item]:
    """Group spans into periods and single dates, giving each a year and real dates."""
    items: list[_Item] = []
    ctx: int | None = None
    i = 0
    while i < len(spans):
        one = spans[i]
        two = spans[i + 1] if i + 1 < len(spans) else None
        if two is not None and _PERIOD_GAP.fullmatch(s[one.end:two.start]):
            item, ctx = _period(s, one, two, ctx, plan_year)
            i += 2
        else:
            item, ctx = _single(s, one, ctx, plan_year)
            i += 1
        items.append(item)
    return items


def _year_of(span: _Span, ctx: int | None, plan_year: int | None) -> int | None:
    if span.year is not None:
        return span.year
    if span.yoff is not None:
        return plan_year + span.yoff if plan_year is not None else None
    return ctx if ctx is not None else plan_year


def _single(s: str, span: _Span, ctx: int | None, plan_year: int | None
            ) -> tuple[_Item, int | None]:
    year = _year_of(span, ctx, plan_year)
    if year is None:
        return _Item(span.start, span.end, None, None, AMBIGUOUS, NOTE_NO_YEAR, span.bare), ctx
    try:
        due = _date(year, *span.last)
    except ValueError:
        note = NOTE_INVALID.format(frag=s[span.start:span.end])
        return _Item(span.start, span.end, None, None, INVALID, note, span.bare), ctx
    problem, note = (AMBIGUOUS, NOTE_YEAR_ONLY.format(year=year)) if span.bare else (None, None)
    return _Item(span.start, span.end, None, due, problem, note, span.bare), year


def _period(s: str, one: _Span, two: _Span, ctx: int | None, plan_year: int | None
            ) -> tuple[_Item, int | None]:
    """``A至B``: start is the beginning of A, due the end of B."""
    y1 = _year_of(one, ctx, plan_year)
    y2 = _year_of(two, y1, plan_year)
    if y1 is None or y2 is None:
        return _Item(one.start, two.end, None, None, AMBIGUOUS, NOTE_NO_YEAR, False), ctx
    if two.year is None and two.yoff is None and two.last < one.first:
        y2 += 1  # 2022年11月至3月
    try:
        first, due = _date(y1, *one.first), _date(y2, *two.last)
    except ValueError:
        note = NOTE_INVALID.format(frag=s[one.start:two.end])
        return _Item(one.start, two.end, None, None, INVALID, note, False), ctx
    return _Item(one.start, two.end, first, due, None, None, False), y2


def _action_after(s: str, end: int) -> str | None:
    """What is due at the date: "出台相关方案计划" in "…7月底前出台相关方案计划，以后长期坚持"."""
    rest = _CLAUSE_END.split(s[end:], maxsplit=1)[0]
    found = _ONGOING.search(rest)
    if found:
        rest = rest[:found.start()]
    rest = _MILESTONE_TAIL.sub("", _MILESTONE_HEAD.sub("", rest))
    return None if rest in _GENERIC_ACTIONS else rest


def _other_parts(s: str, items: list[_Item], chosen: _Item) -> str | None:
    """The text of every part except the chosen deadline's (the earlier milestones)."""
    bounds = [it.start for it in items] + [len(s)]
    parts = []
    for k, it in enumerate(items):
        if it is not chosen:
            lo = 0 if k == 0 else it.start
            parts.append(s[lo:bounds[k + 1]].strip(_PUNCT))
    return "，".join(p for p in parts if p) or None
