"""The 通报's figures: a period's status (ledger/period_status.py) turned into plain dicts.

Progress categories (进度分类), from the lead unit's status and the days left to
the task's deadline (from the period's report day; none for 长期坚持 tasks):

- 已完成: status 已完成, or the task is closed (已销号);
- 欠进度（滞后）: status 滞后; or past its deadline; or 未启动/not reported when the
  deadline is within the yellow window (ledger.toml ``yellow_days``), past, or
  has no date (an ongoing task that has not started);
- 超进度: 推进中/常态化推进 with more than the yellow window left;
- 达进度: everything else (推进中/常态化推进 within the window or with no date,
  未启动 with more than the window left).

Ranking (单位排名), within each peer group of ledger.toml ``[ranking] groups``
(a unit ranks in the first group its roster 分组 names): score = 100 ×
(completion × 完成率 + overdue × (1 − 逾期任务数/任务数) + on_time × 报送得分) /
(sum of the weights); 报送得分 is 1 for 按时报送, 0.5 for 逾期报送, 0 for 未报送,
1 for a unit that was not asked this period. Equal scores share a rank.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..periods import cn_date
from ..period_status import DONE, RED, PeriodStatus, TaskState, UnitState, owners
from ..store import StoredTask
from ..workspace import RankingRules

REPORTING_SCORE = {"按时报送": 1.0, "逾期报送": 0.5, "未报送": 0.0}
CATEGORIES = (("done", "已完成"), ("ahead", "超进度"), ("on_track", "达进度"), ("behind", "欠进度（滞后）"))
NOTHING = {"", "无", "暂无", "没有", "无问题", "暂无问题", "否", "/", "-", "—", "——", "无。", "暂无。"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


# --- small helpers -----------------------------------------------------------------------------

def clean_text(value: Any) -> str:
    """Text from a unit, safe for Word: line breaks kept, control characters dropped."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def first_group(group: str) -> str:
    """A roster 分组 such as "县直部门、成员单位" -> "县直部门"."""
    return (re.split(r"[、，,；;/\s]+", group.strip()) or [""])[0]


def percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def joined(names: list[str]) -> str:
    return "、".join(names)


# --- 总体情况 and 进度分类 ------------------------------------------------------------------------

def progress_category(st: TaskState, yellow_days: int) -> str:
    """done | ahead | on_track | behind (see the module docstring)."""
    if st.status == DONE or st.closing == "已销号":
        return "done"
    days = st.days_left
    if st.status == "滞后" or (days is not None and days < 0):
        return "behind"
    far = days is not None and days > yellow_days
    if st.status in ("未启动", ""):
        return "on_track" if far else "behind"
    return "ahead" if far else "on_track"


def overall_figures(ps: PeriodStatus) -> dict[str, Any]:
    """``figures``: the task counts and the completion rate."""
    c = ps.counts()
    rate = percent(c["done"], c["tasks"])
    return {**c, "rate": rate, "rate_text": f"{rate:.1f}%"}


def progress_categories(ps: PeriodStatus, yellow_days: int) -> list[dict[str, Any]]:
    """``categories``: tasks per progress category, with their share."""
    counts = {key: 0 for key, _ in CATEGORIES}
    for st in ps.tasks:
        counts[progress_category(st, yellow_days)] += 1
    total = len(ps.tasks)
    return [{"key": key, "name": name, "count": counts[key], "share": percent(counts[key], total),
             "share_text": f"{percent(counts[key], total):.1f}%"} for key, name in CATEGORIES]


def _delta(value: float, unit: str, up: str, down: str) -> str:
    if value > 0:
        return f"{up}{value:g}{unit}"
    if value < 0:
        return f"{down}{-value:g}{unit}"
    return "持平"


def change_since(now: dict[str, Any], before: dict[str, Any] | None, label: str) -> dict[str, Any]:
    """``change``: the overall figures against the previous period's (``before``; None: no data)."""
    if before is None:
        return {"available": False, "previous": label, "done": None, "overdue": None, "rate": None,
                "previous_rate": None, "text": f"上期（{label}）无报送数据，暂无比较"}
    rate = round(now["rate"] - before["rate"], 1)
    done, overdue = now["done"] - before["done"], now["overdue"] - before["overdue"]
    text = (f"较上期（{label}）完成率{_delta(rate, '个百分点', '提高', '下降')}，已完成任务"
            f"{_delta(done, '项', '增加', '减少')}，逾期任务{_delta(overdue, '项', '增加', '减少')}")
    return {"available": True, "previous": label, "done": done, "overdue": overdue, "rate": rate,
            "previous_rate": before["rate"], "text": text}


# --- 报送情况 and 单位排名 ------------------------------------------------------------------------

def reporting_summary(units: list[UnitState]) -> dict[str, Any]:
    """``reporting``: the units that reported on time, late, or not at all."""
    groups: dict[str, list[str]] = {"按时报送": [], "逾期报送": [], "未报送": []}
    for u in units:
        if u.reporting in groups:
            groups[u.reporting].append(u.unit)
    on_time, late, missing = groups["按时报送"], groups["逾期报送"], groups["未报送"]
    return {"expected_count": len(on_time) + len(late) + len(missing),
            "on_time": on_time, "late": late, "missing": missing,
            "on_time_count": len(on_time), "late_count": len(late), "missing_count": len(missing),
            "on_time_text": joined(on_time), "late_text": joined(late), "missing_text": joined(missing)}


def unit_row(u: UnitState) -> dict[str, Any]:
    """One unit of ``units`` (and, with rank and score, of ``rankings``)."""
    rate = percent(u.done, u.tasks)
    return {"unit": u.unit, "group": u.group, "tasks": u.tasks, "done": u.done, "rate": rate,
            "rate_text": f"{rate:.1f}%", "overdue": u.overdue, "reporting": u.reporting,
            "received_at": u.received_at.replace("T", " ")[:16]}


def unit_score(u: UnitState, rules: RankingRules) -> float:
    w = rules.weights
    parts = (w["completion"] * (u.done / u.tasks) + w["overdue"] * (1 - u.overdue / u.tasks)
             + w["on_time"] * REPORTING_SCORE.get(u.reporting, 1.0))
    return round(100 * parts / sum(w.values()), 1)


def rankings(units: list[UnitState], rules: RankingRules) -> list[dict[str, Any]]:
    """``rankings``: per peer group, its units by score (see the module docstring)."""
    out = []
    for group in rules.groups:
        members = [u for u in units if u.tasks and first_group(u.group) == group]
        scored = sorted(((unit_score(u, rules), u) for u in members), key=lambda p: (-p[0], -p[1].rate, p[1].overdue))
        rows, rank = [], 0
        for i, (s, u) in enumerate(scored, 1):
            rank = rank if rows and rows[-1]["score"] == s else i
            rows.append({**unit_row(u), "rank": rank, "score": s})
        out.append({"group": group, "count": len(rows), "units": rows})
    return out


def ranking_rule(rules: RankingRules) -> dict[str, int]:
    """``ranking_rule``: each weight as a percentage of their sum."""
    return {k: round(100 * v / sum(rules.weights.values())) for k, v in rules.weights.items()}


# --- 逾期任务 and 存在问题 ------------------------------------------------------------------------

def overdue_tasks(ps: PeriodStatus) -> list[dict[str, Any]]:
    """``overdue_tasks``: the tasks past their deadline and not done (red)."""
    out = []
    for st in (s for s in ps.tasks if s.light == RED):
        d = st.task.data
        due = d.get("deadline", {}).get("due")
        out.append({"no": len(out) + 1, "number": d["number"], "text": clean_text(d["text"]),
                    "lead": joined(d.get("lead") or owners(st.task)[:1]), "units": joined(owners(st.task)),
                    "deadline": clean_text(d.get("deadline", {}).get("text", "")),
                    "due": cn_date(date.fromisoformat(due)) if due else "",
                    "days_overdue": -(st.days_left or 0), "status": st.status or "未报送",
                    "problems": clean_text(st.problems)})
    return out


def reported_problems(rows: list[tuple[str, str, str, dict]], tasks: list[StoredTask],
                      units: list[UnitState]) -> list[dict]:
    """``problems``: 存在问题 the units reported this period (task and measure rows), per unit, without repeats."""
    order = {t.id: i for i, t in enumerate(tasks)}
    numbers = {t.id: t.number for t in tasks}
    position = {t.number: i for i, t in reversed(list(enumerate(tasks)))}
    found: dict[str, dict[str, list[str]]] = {}
    for unit, task_id, _measure, values in sorted(rows, key=lambda r: (order.get(r[1], 1 << 30), r[2])):
        text = clean_text(values.get("problems")).rstrip("。；;，, \n")
        if text in NOTHING or task_id not in numbers:
            continue
        tasks_of = found.setdefault(unit, {}).setdefault(text, [])
        if numbers[task_id] not in tasks_of:
            tasks_of.append(numbers[task_id])
    rank = {u.unit: i for i, u in enumerate(units)}
    out = []
    for unit in sorted(found, key=lambda n: (rank.get(n, 1 << 30), n)):
        items = [{"tasks": joined(nums), "text": text} for text, nums in found[unit].items()]
        all_tasks = sorted({n for nums in found[unit].values() for n in nums}, key=position.__getitem__)
        out.append({"unit": unit, "tasks": joined(all_tasks), "items": items,
                    "text": "；".join(i["text"] for i in items) + "。"})
    return out
