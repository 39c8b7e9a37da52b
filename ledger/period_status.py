"""Where every task and unit stands for a period: the figures behind the
汇总台账, `ledger status` and the 通报.

Traffic lights (红/黄/绿 by default; labels, colours and the yellow window come
from ledger.toml): red = past due and not done; yellow = due within the window,
or a problem reported; green = on track or done.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from .model import ROLES, answering_unit
from .periods import Period
from .results import CommandResult
from .store import Store, StoredTask
from .workspace import Config

DONE = "已完成"
REPORT_KEYS = ("status", "progress", "problems", "evidence", "next_steps", "expected_date", "period")
RED, YELLOW, GREEN = "red", "yellow", "green"
DANGLING = "；;，,、 \n\t"  # what a joined text never ends with
CLAUSE_ENDS = "。" + DANGLING  # what each but the last drops before the next one


@dataclass
class TaskState:
    task: StoredTask
    status: str  # the lead's (or first unit's) reported status, '' when none
    days_left: int | None  # to the deadline, from the report date
    light: str  # RED | YELLOW | GREEN
    closing: str  # "已销号" | "待销号" | ""
    reports: dict[str, dict] = field(default_factory=dict)  # unit -> values of this period
    problems: str = ""

    @property
    def overdue(self) -> bool:
        return self.light == RED


@dataclass
class UnitState:
    unit: str
    group: str
    contact: str
    phone: str
    tasks: int = 0
    done: int = 0
    overdue: int = 0
    reporting: str = "未报送"  # 按时报送 | 逾期报送 | 未报送 | 无需报送
    received_at: str = ""

    @property
    def rate(self) -> float:
        return self.done / self.tasks if self.tasks else 0.0


@dataclass
class PeriodStatus:
    period: Period
    tasks: list[TaskState]
    units: list[UnitState]

    def counts(self) -> dict[str, int]:
        out = {"tasks": len(self.tasks), "done": 0, "in_progress": 0, "not_started": 0, "behind": 0,
               "overdue": 0, "closed": 0, "to_close": 0}
        for t in self.tasks:
            out["done"] += t.status == DONE or t.closing == "已销号"
            out["in_progress"] += t.status in ("推进中", "常态化推进")
            out["not_started"] += t.status in ("未启动", "")
            out["behind"] += t.status == "滞后"
            out["overdue"] += t.overdue
            out["closed"] += t.closing == "已销号"
            out["to_close"] += t.closing == "待销号"
        return out


# What units write in 存在问题 to say they have none: not a problem anywhere (the lights, the
# 总台账, the 通报, 上期进展). Compared after punctuation, spaces and case are taken away.
NO_PROBLEM_WORDS = frozenset({
    "", "无", "暂无", "没有", "暂时没有", "目前没有", "目前无", "无问题", "暂无问题", "没有问题", "目前没有问题",
    "暂未发现问题", "未发现问题", "无存在问题", "暂无存在问题", "不存在问题", "不存在", "否", "无困难", "暂无困难",
    "无困难和问题", "暂无困难和问题", "无困难问题", "暂无困难问题", "na", "none", "nil", "null", "nothing",
})
_NOT_WORDS = re.compile(r"[\s\W_]+")
HAN = ("\u4e00", "\u9fa5")  # CJK unified ideographs (Unicode 1.1): no decomposition, no case, no composing


def _han_but(chars: Iterable[str]) -> re.Pattern:
    """A Han character (HAN) other than ``chars``."""
    kept = sorted({c for c in chars if HAN[0] <= c <= HAN[1]})
    bounds = zip([HAN[0]] + [chr(ord(c) + 1) for c in kept], [chr(ord(c) - 1) for c in kept] + [HAN[1]])
    return re.compile("[" + "".join(f"{lo}-{hi}" for lo, hi in bounds if lo <= hi) + "]")


# A Han character that no word of NO_PROBLEM_WORDS has comes through NFKC, lower() and _NOT_WORDS as
# it is: a text with one says something (most problems; found without normalising the whole text).
_SAYS_SOMETHING = _han_but("".join(NO_PROBLEM_WORDS))


def says_nothing(text: object) -> bool:
    """True when a 存在问题 text says there is no problem: 无, 暂无。, 没有, /, —, N/A, an empty cell …"""
    if text.__class__ is str:
        if text in NO_PROBLEM_WORDS:  # written as it is kept (most of them): nothing to take away
            return True
        if _SAYS_SOMETHING.search(text):
            return False
    flat = unicodedata.normalize("NFKC", "" if text is None else str(text)).lower()
    return _NOT_WORDS.sub("", flat) in NO_PROBLEM_WORDS


def real_problem(text: object) -> str:
    """The problem a unit reported, or "" when its text says there is none (``says_nothing``)."""
    return "" if says_nothing(text) else str(text)


def join_clauses(parts: Iterable[str], sep: str = "；") -> str:
    """Texts units typed, joined into one line a person reads: each but the last
    without the punctuation it ends with, so no "。；" where two texts meet; the
    last keeps a full stop (or ！？) but not a dangling "；" or "，"."""
    kept = [p for p in [p.strip() for p in parts if p] if p]
    if len(kept) < 2:
        return kept[0].rstrip(DANGLING) if kept else ""
    last = kept.pop().rstrip(DANGLING)
    return sep.join([p.rstrip(CLAUSE_ENDS) for p in kept] + [last])


def join_two(first: str, second: str, sep: str = "；") -> str:
    """``join_clauses([first, second], sep)``, without the lists (a report's progress
    and problem, once a report in the export)."""
    first = first.strip() if first else ""
    second = second.strip() if second else ""
    if first and second:
        return first.rstrip(CLAUSE_ENDS) + sep + second.rstrip(DANGLING)
    return (first or second).rstrip(DANGLING)


def _days_left(task: StoredTask, report_day: date) -> int | None:
    due = task.data.get("deadline", {}).get("due")
    if not due or task.data["deadline"].get("ongoing"):
        return None
    return (date.fromisoformat(due) - report_day).days


def owners(task: StoredTask) -> list[str]:
    """Every unit of a task, lead first, without repeats."""
    seen: dict[str, None] = {}
    for role in ROLES:
        for u in task.data.get(role, []):
            seen.setdefault(u, None)
    return list(seen)


def task_state(task: StoredTask, reports: dict[str, dict], closed: bool, report_day: date, cfg: Config) -> TaskState:
    mine = reports.get(answering_unit(task.data), {})
    status = mine.get("status", "")
    days = _days_left(task, report_day)
    problems = join_clauses(f"{u}：{r['problems']}" for u, r in reports.items() if real_problem(r.get("problems")))
    done = status == DONE or closed
    if done:
        light = GREEN
    elif days is not None and days < 0:
        light = RED
    elif (days is not None and days <= cfg.yellow_days) or problems or status == "滞后":
        light = YELLOW
    else:
        light = GREEN
    closing = "已销号" if closed else ("待销号" if status == DONE and mine.get("evidence") else "")
    return TaskState(task, status, days, light, closing, reports, problems)


def period_status(store: Store, period: Period, cfg: Config, today: date | None = None,
                  reports: Iterable[tuple[int, str, str, str, dict]] | None = None) -> PeriodStatus:
    """``reports``: the period's task reports as ``store.progress_reports(tasks_only=True)``
    gives them, for a caller that takes more of their values on the way (the export)."""
    return period_states(store, period, cfg, period_reports(store, period, reports))


@dataclass
class PeriodReports:
    """What ``period_status`` works from, read: the current tasks in list order, the
    closed ones, and each task's reports of the period (task id -> unit -> values)."""

    tasks: list[StoredTask]
    closed: dict[str, dict]
    by_task: dict[str, dict[str, dict]]


def period_reports(store: Store, period: Period,
                   reports: Iterable[tuple[int, str, str, str, dict]] | None = None) -> PeriodReports:
    """The tasks and the period's reports ``period_states`` needs (``reports`` as for ``period_status``)."""
    tasks = store.tasks(detail=False)
    closed = store.closures()
    by_task: dict[str, dict[str, dict]] = {}
    if reports is None:
        reports = store.progress_reports(period.key, tasks_only=True)
    for _id, unit, task_id, _m, values in reports:
        by_task.setdefault(task_id, {})[unit] = {k: values[k] for k in REPORT_KEYS if values.get(k)}
    return PeriodReports(tasks, closed, by_task)


def status_values(values: dict) -> dict:
    """What the status keeps of a report's values (``period_reports``): REPORT_KEYS, those filled."""
    return {k: values[k] for k in REPORT_KEYS if values.get(k)}


def period_states(store: Store, period: Period, cfg: Config, read: PeriodReports) -> PeriodStatus:
    """Where every task and unit stands, from what ``period_reports`` read."""
    report_day, by_task, closed = period.due, read.by_task, read.closed
    states = [task_state(t, by_task.get(t.id, {}), t.id in closed, report_day, cfg) for t in read.tasks]
    return PeriodStatus(period, states, unit_states(store, period, states))


def unit_states(store: Store, period: Period, states: list[TaskState]) -> list[UnitState]:
    roster = {u.name: u for u in store.units()}
    out: dict[str, UnitState] = {}
    for name, u in roster.items():
        out[name] = UnitState(name, u.group, u.contact, u.phone)
    for st in states:
        for unit in owners(st.task):
            us = out.get(unit)
            if us is None:
                us = out[unit] = UnitState(unit, "", "", "")
            us.tasks += 1
            own = st.reports.get(unit, {}).get("status", "")
            us.done += own == DONE or st.closing == "已销号"
            us.overdue += st.light == RED
    expected = set(store.expected_units(period.key))
    deadline = datetime.combine(period.due, datetime.max.time())
    received = {s["unit"]: s["received_at"] for s in store.submissions(period.key)}
    first = first_received(store.submissions(period.key, current_only=False))
    for us in out.values():
        if us.unit in received:
            us.received_at = received[us.unit]
            us.reporting = "按时报送" if first[us.unit] <= deadline else "逾期报送"
        elif us.unit not in expected:
            us.reporting = "无需报送" if not us.tasks else "未下发"
    return [u for u in out.values() if u.tasks or u.unit in expected]


def first_received(submissions: Iterable[dict]) -> dict[str, datetime]:
    """Each unit's earliest receipt over every file it sent for the period (a unit
    is on time when its first report is): the earliest time, not the file merged
    first, since a file counts from when it reached the clerk's 回收 folder."""
    out: dict[str, datetime] = {}
    for s in submissions:
        at = datetime.fromisoformat(s["received_at"])
        out[s["unit"]] = min(at, out.get(s["unit"], at))
    return out


@dataclass
class StatusResult(CommandResult):
    period: Period
    units: list[UnitState]

    command = "status"

    def by_reporting(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {"按时报送": [], "逾期报送": [], "未报送": []}
        for u in self.units:
            out.setdefault(u.reporting, []).append(u.unit)
        return out

    def payload(self) -> dict:
        groups = self.by_reporting()
        return {"period": self.period.key, "due": self.period.due.isoformat(),
                "on_time": groups.get("按时报送", []), "late": groups.get("逾期报送", []),
                "missing": groups.get("未报送", []),
                "units": [{"unit": u.unit, "reporting": u.reporting, "received_at": u.received_at,
                           "tasks": u.tasks, "done": u.done, "overdue": u.overdue} for u in self.units]}
