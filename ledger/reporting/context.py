"""The templates' contexts: plain dicts of everything a 通报 or a 督办通知 can show.

Testable without Word; every key is listed, with an example, in docs/templates.md.

Dates: the 成文日期 (``date``) is given (``ledger report --date``) or, by default,
the period's 报送截止日 (today while the period is still running); every other
date is the period's: the figures are 截至 its 报送截止日, and the 补报/回复 date
(``reply_by``) is two working days after that day, or after the 成文日期 when
the document is dated later. A 督办通知 is sent on its 成文日期 (default: today) and counts its
dates from it (``remind_context``).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ..errors import UsageError
from ..model import ROLE_CN, role_of
from ..periods import WEEKDAYS, Period, cn_date, written_day
from ..period_status import RED, PeriodStatus, UnitState, owners
from ..store import StoredTask
from ..workspace import Workspace
from .figures import (
    brief_list,
    change_since,
    clean_text,
    first_group,
    overall_figures,
    overdue_tasks,
    progress_categories,
    ranking_rule,
    rankings,
    reporting_summary,
    shorten,
    unranked,
    task_label,
    task_table,
    unit_row,
)
from .problems import problem_groups, reported_problems
from .titles import document_ref, subject_of, title_lines

ProgressRow = tuple[str, str, str, dict]  # (unit, task id, measure id, values), as Store.progress_rows gives them
OVERDUE_IN_BODY = 10  # overdue tasks listed in the 通报's body; all of them are in 附件1
BLANK = "\u3000" * 5  # a blank to write in by hand (联系人, 联系电话 not set)


def working_days_after(day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day




def default_date(per: Period, today: date) -> date:
    """The 成文日期 when none is given: the period's 报送截止日, or today while the period runs."""
    return today if per.start <= today <= per.end else per.due


def document_date(value: date | str | None) -> date | None:
    """``--date`` as written: 2023-03-10, 2023年3月10日, 2023/3/10 (full-width digits too); None stays None."""
    if value is None or isinstance(value, date):
        return value
    try:
        day = written_day(value)
    except ValueError:
        day = None
    if day is not None:
        return day
    raise UsageError(f"成文日期“{value.strip()}”看不懂或不存在。请写成 2023-03-10 或 2023年3月10日。")


def period_dict(per: Period) -> dict[str, str]:
    return {"key": per.key, "label": per.label, "span": per.span, "start": cn_date(per.start),
            "end": cn_date(per.end), "due_date": cn_date(per.due), "due_text": per.due_text}


def base_context(ws: Workspace, per: Period, dated: date) -> dict[str, Any]:
    """What both templates have: organ, plan, period, dates, the 版记 and the 联系人."""
    cfg = ws.config
    organ = clean_text(cfg.organ)
    return {"organ": organ, "plan_title": clean_text(cfg.plan_title),
            "plan_ref": clean_text(document_ref(cfg.plan_title)),
            "subject": clean_text(subject_of(cfg.plan_title)), "period": period_dict(per),
            "date": cn_date(dated), "year": dated.year,
            "reply_by": cn_date(working_days_after(max(per.due, dated), 2)),
            "cc": clean_text(cfg.cc), "printer": clean_text(cfg.printer) or organ,
            "contact": clean_text(cfg.contact) or BLANK, "phone": clean_text(cfg.phone) or BLANK}


# --- the 通报 ----------------------------------------------------------------------------------

def report_context(ws: Workspace, ps: PeriodStatus, previous: PeriodStatus | None, issue: int,
                   problem_rows: list[ProgressRow], dated: date) -> dict[str, Any]:
    """Everything the 通报 template can use (see docs/templates.md); ``chart`` is filled in later."""
    ctx = base_context(ws, ps.period, dated)
    cfg = ws.config
    fig = overall_figures(ps, cfg.yellow_days)
    rep = reporting_summary(ps.units)
    title = clean_text(cfg.title) or f"关于{ctx['subject'] or '重点任务'}进展情况的通报"
    lines = title_lines(title)
    overdue = overdue_tasks(ps)
    problems = reported_problems(problem_rows, [s.task for s in ps.tasks], ps.units)
    ctx.update({
        "title": "\n".join(lines), "title_lines": lines, "title_text": "".join(lines),
        "issue": issue, "issue_text": f"第{issue}期",
        "addressee": clean_text(cfg.addressee) or addressee_of([u.group for u in ps.units if u.tasks]),
        "figures": fig,
        "change": change_since(fig, overall_figures(previous, cfg.yellow_days) if previous else None,
                               ps.period.previous().label),
        "categories": progress_categories(fig), "reporting": rep,
        "rankings": (ranked := rankings(ps.units, cfg.ranking)), "ranking_rule": ranking_rule(cfg.ranking),
        "unranked": (left := unranked(ps.units, ranked)), "unranked_text": brief_list(left, 3, "个单位"),
        "units": [unit_row(u) for u in ps.units if u.tasks],
        "overdue_tasks": overdue, "overdue_shown": overdue[:OVERDUE_IN_BODY],
        "overdue_more": max(0, len(overdue) - OVERDUE_IN_BODY),
        "task_table": task_table(ps, cfg.lights),
        "problems": problems, "problem_groups": problem_groups(problems),
        "chart": "",
    })
    lights = cfg.lights
    ctx["lights_note"] = (f"{lights['red']}为超过完成时限仍未完成，{lights['yellow']}为距完成时限{cfg.yellow_days}天以内、"
                          f"报有存在问题或自报滞后，{lights['green']}为正常推进或已完成")
    ctx["category"] = {c["key"]: c for c in ctx["categories"]}
    ctx["attachments"] = attachments(ctx)
    ctx["requirements"] = requirements(ctx["organ"], fig, rep, ps.period, ctx["reply_by"])
    return ctx


TOWNSHIPS = {"乡镇": "各乡镇人民政府", "镇": "各镇人民政府", "乡": "各乡人民政府", "街道": "各街道办事处",
             "镇街": "各镇人民政府、街道办事处", "乡镇街道": "各乡镇人民政府、街道办事处"}
_LEVEL_DEPARTMENTS = re.compile(r"^([县市区旗])直(?:部门|单位|机关)$")


def addressee_of(groups: list[str]) -> str:
    """The 通报's 主送 from the roster 分组 of the units it concerns: 各乡镇人民政府 (and the like) for
    township groups, 县直各有关单位 when the others are all 县直部门 (市直, 区直 …), else 各有关单位."""
    firsts = list(dict.fromkeys(first_group(g) for g in groups))
    towns = [TOWNSHIPS[g] for g in firsts if g in TOWNSHIPS]
    others = [g for g in firsts if g not in TOWNSHIPS]
    levels = {m.group(1) if (m := _LEVEL_DEPARTMENTS.match(g)) else "" for g in others}
    rest = [] if not others else [f"{levels.pop()}直各有关单位" if len(levels) == 1 and "" not in levels else "各有关单位"]
    return "，".join(towns + rest) or "各有关单位"


def attachments(ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """``attachments``: the 附件 after the body, numbered (附件3 only when some unit reported a problem)."""
    names = ["各项任务落实情况表", "各单位任务完成情况排名"] + (["各单位反映的存在问题"] if ctx["problems"] else [])
    return [{"no": i, "name": name} for i, name in enumerate(names, 1)]


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
    return ROLE_CN.get(role_of(task.data, unit), "")


def _deadline(data: dict[str, Any]) -> str:
    """完成时限 for a narrow column: 长期坚持, the date (2023年3月1日), or the text shortened."""
    dl = data.get("deadline", {})
    if dl.get("ongoing"):
        return "长期坚持"
    if dl.get("due"):
        return cn_date(date.fromisoformat(dl["due"]))
    return shorten(dl.get("text", ""), 7) or "—"


def unit_tasks(ps: PeriodStatus, unit: UnitState) -> list[dict[str, Any]]:
    """The unit's tasks a 督办通知 lists: overdue ones (most overdue first), and (when it did not report) all others;
    none the office has closed (已销号: nobody is chased for a task the office itself closed)."""
    out = []
    mine = [s for s in ps.tasks if unit.unit in owners(s.task) and s.closing != "已销号"]
    for st in sorted(mine, key=lambda s: (s.light != RED, s.days_left if s.light == RED else 0)):
        overdue = st.light == RED
        if not overdue and unit.reporting != "未报送":
            continue
        d = st.task.data
        own = clean_text(st.reports.get(unit.unit, {}).get("status", "")) or "未报送"
        days = -(st.days_left or 0) if overdue else None
        note = f"已超过完成时限{days}天" if overdue else "本期未报送进展"
        out.append({"no": len(out) + 1, "number": d["number"], "label": task_label(d), "text": clean_text(d["text"]),
                    "title": shorten(d.get("title") or d["text"], 23), "role": _role(st.task, unit.unit),
                    "deadline": _deadline(d), "deadline_text": clean_text(d.get("deadline", {}).get("text", "")),
                    "days_overdue": days if overdue else "—", "status": own, "overdue": overdue, "note": note})
    return out


def remind_context(ws: Workspace, ps: PeriodStatus, unit: UnitState, dated: date,
                   doc_number: str = "") -> dict[str, Any]:
    """Everything the 督办通知 template can use (see docs/templates.md). A letter is sent when it is
    dated: its figures are ``as_of`` the earlier of the 成文日期 and the 报送截止日, and its 补报 date
    (``reply_by``) is two working days after the 成文日期."""
    ctx = base_context(ws, ps.period, dated)
    missing = unit.reporting == "未报送"
    reasons = (["本期未报送任务进展情况"] if missing else []) + (
        [f"有{unit.overdue}项任务已超过完成时限仍未完成"] if unit.overdue else [])
    actions = (["补报本期任务进展情况"] if missing else []) + (
        ["书面说明逾期原因、整改措施和完成时限"] if unit.overdue else [])
    as_of = min(dated, ps.period.due)
    ctx.update({"doc_number": doc_number,
                "as_of": f"{cn_date(as_of)}（星期{WEEKDAYS[as_of.weekday()]}）",
                "reply_by": cn_date(working_days_after(dated, 2)),
                "unit": {"name": unit.unit, "group": unit.group, "contact": unit.contact, "phone": unit.phone,
                         "reporting": unit.reporting, "missing": missing, "task_count": unit.tasks,
                         "overdue_count": unit.overdue, "summary": "你单位" + "，且".join(reasons),
                         "action": "，并".join(actions)},
                "tasks": unit_tasks(ps, unit)})
    return ctx
