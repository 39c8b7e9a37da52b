"""Plain data classes for tasks, units and deadlines. No I/O here."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Deadline:
    """A 完成时限 as written, and what it means.

    ``text`` is always the original value (as text); ``due`` is the date the task
    is due (or the first due date of a recurring one), ``start`` the start of a
    period, ``ongoing`` marks 长期坚持/常态化, ``recurrence`` is a short machine
    form such as ``"yearly:12-31"``, ``"monthly:end"``, ``"quarterly:end"``,
    ``"weekly:5"``. ``problem`` is a finding code when the text is ambiguous or
    not understood, with ``note`` the Chinese explanation for the clerk.
    """

    text: str
    due: date | None = None
    start: date | None = None
    ongoing: bool = False
    recurrence: str | None = None
    milestone: str | None = None
    problem: str | None = None
    note: str | None = None

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "due": self.due.isoformat() if self.due else None,
            "start": self.start.isoformat() if self.start else None,
            "ongoing": self.ongoing,
            "recurrence": self.recurrence,
        }


@dataclass(frozen=True)
class Unit:
    """A unit (单位) of the roster."""

    name: str
    aliases: tuple[str, ...] = ()
    group: str = ""
    contact: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Source:
    """Where a row came from: file name, sheet name, 1-based Excel row."""

    file: str
    sheet: str
    row: int

    def to_dict(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "row": self.row}


ROLES = ("lead", "responsible", "cooperating")
ROLE_CN = {"lead": "牵头", "responsible": "责任", "cooperating": "配合"}  # 本单位角色 in the sheets


def role_label(role: str) -> str:
    """The column a role's units stand in: 牵头单位, 责任单位, 配合单位 (a breakdown's unit: 责任单位)."""
    return ROLE_CN.get(role, "责任") + "单位"


def answering_units(data: Mapping[str, Any]) -> list[str]:
    """The units that answer for a task, from its data (``Task.to_dict``, a stored
    task's ``data``): the lead units the plan names, or, when it names none, the
    first unit it names (``validate``'s task-without-lead tells the clerk so). The
    first of them is the one whose 完成状态 is the task's; every output shows them as
    the task's 牵头单位 (汇总台账, 通报, 督办通知, 全市汇总, status)."""
    lead = [u for u in data.get("lead") or () if u]
    if lead:
        return lead
    first = next((u for role in ROLES[1:] for u in data.get(role) or () if u), "")
    return [first] if first else []


def answering_unit(data: Mapping[str, Any]) -> str:
    """The first of ``answering_units`` ("" for a task without units)."""
    return next(iter(answering_units(data)), "")


def role_of(data: Mapping[str, Any], unit: str) -> str:
    """A unit's role on a task as the outputs show it (``ROLE_CN``): "lead" for the
    units that answer for it (``answering_units``), else the role the plan gives
    it; "" when the task does not name it."""
    if unit in answering_units(data):
        return "lead"
    return next((role for role in ROLES[1:] if unit in (data.get(role) or ())), "")


def clause_label(number: str, clause: int) -> str:
    """One convention for the rows that share a number (README): "3-1", "3-2"."""
    return f"{number}-{clause}" if clause and number else number


@dataclass
class Task:
    """One row of a 任务清单."""

    id: str
    number: str
    category: tuple[str, ...]
    text: str
    lead: list[str]
    responsible: list[str]
    cooperating: list[str]
    deadline: Deadline
    source: Source
    leader: str = ""
    note: str = ""
    cells: dict[str, str] = field(default_factory=dict)  # field -> A1 address
    raw: dict[str, str] = field(default_factory=dict)  # field -> cell text as read
    title: str = ""  # the short title (重点任务) of a title+content list
    clause: int = 0  # 1, 2, … for the rows that share one number; 0 when the number is its own
    extra: dict[str, str] = field(default_factory=dict)  # unrecognised column header -> value

    @property
    def label(self) -> str:
        """The number shown to people: "3", or "3-2" for the second clause of task 3."""
        return clause_label(self.number, self.clause)

    def units(self) -> list[str]:
        """Every unit named on the task, lead first, without repeats."""
        seen: dict[str, None] = {}
        for name in self.lead + self.responsible + self.cooperating:
            seen.setdefault(name, None)
        return list(seen)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "source": self.source.to_dict(),
            "number": self.number,
            "clause": self.clause,
            "label": self.label,
            "category": " / ".join(self.category),
            "title": self.title,
            "text": self.text,
            "lead": list(self.lead),
            "responsible": list(self.responsible),
            "cooperating": list(self.cooperating),
            "deadline": {
                "text": self.deadline.text,
                "due": self.deadline.due.isoformat() if self.deadline.due else None,
                "ongoing": self.deadline.ongoing,
            },
            "extra": dict(self.extra),
        }


@dataclass
class Measure:
    """One row of a 任务分解表: a concrete measure of a unit for a task."""

    task_number: str
    text: str
    unit: str
    section: str
    person: str
    phone: str
    milestone: Deadline
    source: Source
    task_text: str = ""
    cells: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)  # unrecognised column header -> value

    def to_dict(self) -> dict:
        return {
            "task_number": self.task_number,
            "task_text": self.task_text,
            "text": self.text,
            "unit": self.unit,
            "section": self.section,
            "person": self.person,
            "phone": self.phone,
            "milestone": self.milestone.to_dict(),
            "source": self.source.to_dict(),
            "extra": dict(self.extra),
        }
