"""How a task's units and a unit's report read in one cell: the texts split's
fill-in books, the 汇总台账 and the 通报 show alike (kept apart from the writers,
so the export loads no more than it uses)."""
from __future__ import annotations

from .errors import UsageError
from .period_status import join_two, real_problem
from .periods import parse_period


def describe_progress(data: dict | None, with_period: bool = True) -> str:
    """A unit's last report as one readable cell: "【2023年第9周 推进中】进展；问题：…"
    (the period as people write it; no doubled punctuation where texts meet)."""
    if not data:
        return ""
    head = data.get("status", "")
    if with_period and data.get("period"):
        head = f"{period_label(data['period'])} {head}".strip()
    problems = real_problem(data.get("problems"))
    body = join_two(data.get("progress") or "", f"问题：{problems}" if problems else "")
    return (f"【{head}】" if head else "") + body


def period_label(key: str) -> str:
    """A stored period key ("2023-W09", "2023-03") as people write it ("2023年第9周", "2023年3月")."""
    try:
        return parse_period(key).label
    except UsageError:
        return key


def partners_text(data: dict) -> str:
    """The responsible and cooperating units of a task, one role a line."""
    parts = []
    if data.get("responsible"):
        parts.append("责任：" + "、".join(data["responsible"]))
    if data.get("cooperating"):
        parts.append("配合：" + "、".join(data["cooperating"]))
    return "\n".join(parts)


def extra_text(data: dict) -> str:
    """A task's other particulars, "header：value" a line: its leader (a 责任领导/分管领导 column), the columns the reader
    did not know, its note (备注). None of the office's columns is dropped from what the units and the 台账 show."""
    lines = [f"责任领导：{data['leader']}"] if data.get("leader") else []
    lines += [f"{k}：{v}" for k, v in (data.get("extra") or {}).items()]
    return "\n".join(lines + ([f"备注：{data['note']}"] if data.get("note") else []))
