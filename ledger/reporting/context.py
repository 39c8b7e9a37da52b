"""The templates' contexts: plain dicts of everything a 通报 or a 督办通知 can show.

Testable without Word; every key is listed, with an example, in docs/templates.md.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ..periods import Period, cn_date
from ..period_status import RED, PeriodStatus, UnitState, owners
from ..store import StoredTask
from ..workspace import Workspace
from .figures import (
    change_since,
    clean_text,
    overall_figures,
    overdue_tasks,
    progress_categories,
    ranking_rule,
    rankings,
    reported_problems,
    reporting_summary,
    unit_row,
)

ProgressRow = tuple[str, str, str, dict]  # (unit, task id, measure id, values), as Store.progress_rows gives them


def subject_of(plan_title: str) -> str:
    """"平罗县深化改革加强食品安全工作实施方案" -> "平罗县深化改革加强食品安全工作"."""
    return re.sub(r"(的)?(实施方案|工作方案|行动方案|方案)$", "", plan_title.strip())


def working_days_after(day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


def period_dict(per: Period) -> dict[str, str]:
    return {"key": per.key, "label": per.label, "span": per.span, "start": cn_date(per.start),
            "end": cn_date(per.end), "due_date": cn_date(per.due), "due_text": per.due_text}


def base_context(ws: Workspace, per: Period, today: date) -> dict[str, Any]:
    """What both templates have: organ, plan, period, dates."""
    cfg = ws.config
    return {"organ": clean_text(cfg.organ), "plan_title": clean_text(cfg.plan_title),
            "subject": clean_text(subject_of(cfg.plan_title)), "period": period_dict(per),
            "date": cn_date(today), "year": today.year,
            "reply_by": cn_date(working_days_after(today, 2))}


# --- the 通报 ----------------------------------------------------------------------------------

def report_context(ws: Workspace, ps: PeriodStatus, previous: PeriodStatus | None, issue: int,
                   problem_rows: list[ProgressRow], today: date) -> dict[str, Any]:
    """Everything the 通报 template can use (see docs/templates.md); ``chart`` is filled in later."""
    ctx = base_context(ws, ps.period, today)
    fig = overall_figures(ps)
    rep = reporting_summary(ps.units)
    rules = ws.config.ranking
    ctx.update({
        "title": f"关于{ctx['subject'] or '重点任务'}进展情况的通报", "issue": issue, "issue_text": f"第{issue}期",
        "figures": fig,
        "change": change_since(fig, overall_figures(previous) if previous else None, ps.period.previous().label),
        "categories": progress_categories(ps, ws.config.yellow_days), "reporting": rep,
        "rankings": rankings(ps.units, rules), "ranking_rule": ranking_rule(rules),
        "units": [unit_row(u) for u in ps.units if u.tasks],
        "overdue_tasks": overdue_tasks(ps),
        "problems": reported_problems(problem_rows, [s.task for s in ps.tasks], ps.units),
        "chart": "",
    })
    ctx["category"] = {c["key"]: c for c in ctx["categories"]}
    ctx["requirements"] = requirements(ctx["organ"], fig, rep, ps.period, ctx["reply_by"])
    return ctx


def requirements(organ: str, fig: dict, rep: dict, per: Period, reply_by: str) -> list[dict[str, str]]:
    """``requirements``: 下步工作要求, written from this period's overdue tasks and missing units."""
    who = organ or "办公室"
    overdue = (f"对本期通报的{fig['overdue']}项逾期任务，牵头单位要逐项分析原因，明确整改措施和完成时限，"
               "尽快完成。" if fig["overdue"] else "对临近完成时限的任务要提前谋划，确保按期完成。")
    late = (f"{rep['missing_text']}要于{reply_by}前补报本期进展情况；" if rep["missing"] else "")
    return [
        {"heading": "压实工作责任", "text": "各牵头单位要对照任务清单逐项梳理推进情况，主要负责同志亲自过问，"
                                       "配合单位要主动对接、形成合力。" + overdue},
        {"heading": "按时报送进展", "text": late + f"各单位要于每{'周' if per.kind == 'week' else '月'}规定时间前"
                                       "如实报送任务进展情况和佐证材料，已完成的任务及时申请销号。"},
        {"heading": "强化督查问效", "text": f"{who}将持续跟踪任务推进情况，对进度滞后、逾期未完成和未按时报送的单位"
                                       "进行督办，并在下期通报中予以通报。"},
    ]


# --- the 督办通知 ------------------------------------------------------------------------------

def _role(task: StoredTask, unit: str) -> str:
    for role, name in (("lead", "牵头"), ("responsible", "责任"), ("cooperating", "配合")):
        if unit in task.data.get(role, []):
            return name
    return ""


def unit_tasks(ps: PeriodStatus, unit: UnitState) -> list[dict[str, Any]]:
    """The unit's tasks a 督办通知 lists: overdue ones, and (when it did not report) all others."""
    out = []
    mine = [s for s in ps.tasks if unit.unit in owners(s.task)]
    for st in sorted(mine, key=lambda s: s.light != RED):
        overdue = st.light == RED
        if not overdue and unit.reporting != "未报送":
            continue
        d = st.task.data
        own = clean_text(st.reports.get(unit.unit, {}).get("status", "")) or "未报送"
        note = f"已超过完成时限{-(st.days_left or 0)}天" if overdue else "本期未报送进展"
        out.append({"no": len(out) + 1, "number": d["number"], "text": clean_text(d["text"]),
                    "role": _role(st.task, unit.unit), "deadline": clean_text(d.get("deadline", {}).get("text", "")),
                    "status": own, "overdue": overdue, "note": note})
    return out


def remind_context(ws: Workspace, ps: PeriodStatus, unit: UnitState, today: date) -> dict[str, Any]:
    """Everything the 督办通知 template can use (see docs/templates.md)."""
    ctx = base_context(ws, ps.period, today)
    missing = unit.reporting == "未报送"
    reasons = (["本期未报送任务进展情况"] if missing else []) + (
        [f"有{unit.overdue}项任务已超过完成时限仍未完成"] if unit.overdue else [])
    actions = (["补报本期任务进展情况"] if missing else []) + (
        ["书面说明逾期原因、整改措施和完成时限"] if unit.overdue else [])
    ctx.update({"unit": {"name": unit.unit, "group": unit.group, "contact": unit.contact, "phone": unit.phone,
                         "reporting": unit.reporting, "missing": missing, "task_count": unit.tasks,
                         "overdue_count": unit.overdue, "summary": "你单位" + "，且".join(reasons),
                         "action": "，并".join(actions)},
                "tasks": unit_tasks(ps, unit)})
    return ctx
