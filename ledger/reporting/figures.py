"""The 通报's figures: a period's status (ledger/period_status.py) turned into plain dicts.

Progress categories (进度分类), from the lead unit's status and the days left to
the task's deadline (from the period's report day; none for 长期坚持 tasks):

- 已完成: status 已完成, or the task is closed (已销号);
- 欠进度（滞后）: status 滞后; or past its deadline; or 未启动/not reported when the
  deadline is within the yellow window (ledger.toml ``yellow_days``), past, or
  has no date (an ongoing task that has not started);
- 超进度: 推进中/常态化推进 with more than the yellow window left and no problem
  reported (a task with a problem or 滞后 is never 超进度: its light is yellow);
- 达进度: everything else (推进中/常态化推进 within the window, with no date or
  with a problem reported, 未启动 with more than the window left).

Ranking (单位排名), within each peer group of ledger.toml ``[ranking] groups``
(a unit ranks in the first group its roster 分组 names; when no unit is in any of
them, in the roster's own groups, or all units in one: ``ranking_groups``): score = 100 ×
(completion × 完成率 + overdue × (1 − 逾期任务数/任务数) + on_time × 报送得分) /
(sum of the weights); 报送得分 is 1 for 按时报送, 0.5 for 逾期报送, 0 for 未报送,
1 for a unit that was not asked this period. Equal scores share a rank.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..model import answering_units, clause_label
from ..findings import Finding
from ..findings.reports import RANKING_GROUPS_UNMATCHED
from ..periods import cn_date
from ..period_status import DONE, RED, PeriodStatus, TaskState, UnitState, owners
from ..store import StoredTask
from ..workspace import RankingRules

REPORTING_SCORE = {"按时报送": 1.0, "逾期报送": 0.5, "未报送": 0.0}
ALL_UNITS = "全部单位"  # the one peer group when neither ledger.toml nor the roster gives groups that fit
CATEGORIES = (("done", "已完成"), ("ahead", "超进度"), ("on_track", "达进度"), ("behind", "欠进度（滞后）"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


# --- small helpers -----------------------------------------------------------------------------

def clean_text(value: Any) -> str:
    """Text from a unit, safe for Word: line breaks kept, control characters dropped."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def width(text: str) -> float:
    """Printed width in full-width characters: Chinese and full-width punctuation 1, Latin letters and digits ½."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1 for ch in text)


def shorten(text: Any, limit: float = 26) -> str:
    """A task's (or a unit's) text cut for a table cell: whole when it fits in ``limit`` characters,
    else its first clause when that fits, else cut at the last 、 or ， that fits, ending "……"."""
    text = re.sub(r"\s+", " ", clean_text(text)).strip().rstrip("。；;，,：:")
    if width(text) <= limit:
        return text
    clause = re.split(r"[，。；：,;:]", text, maxsplit=1)[0].strip()
    if limit / 3 <= width(clause) <= limit:
        return clause
    cut = ""
    for ch in text:
        if width(cut + ch) > limit - 2:
            break
        cut += ch
    comma = max(cut.rfind("、"), cut.rfind("，"))
    return (cut[:comma] if comma >= len(cut) / 2 else cut).rstrip("、，,；;：:") + "……"


def task_label(data: dict[str, Any]) -> str:
    """The number people see: "3", or "3-2" for the second of the rows sharing number 3."""
    return clause_label(str(data.get("number", "")), int(data.get("clause") or 0))


def first_group(group: str) -> str:
    """A roster 分组 such as "县直部门、成员单位" -> "县直部门"."""
    return (re.split(r"[、，,；;/\s]+", group.strip()) or [""])[0]


def percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def joined(names: list[str]) -> str:
    return "、".join(names)


def brief_list(items: list[str], most: int, unit: str) -> str:
    """At most ``most`` items, then "等N个单位" ("等N项"): a list for a narrow cell."""
    return joined(items) if len(items) <= most else f"{joined(items[:most])}等{len(items)}{unit}"


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
    return "ahead" if far and not st.problems else "on_track"


def overall_figures(ps: PeriodStatus, yellow_days: int) -> dict[str, Any]:
    """``figures``: the task counts, each defined once (the progress categories above), and the completion rate.

    ``done`` + ``ahead`` + ``on_track`` + ``behind`` = ``tasks``; ``overdue`` (past the
    deadline, not done: the red light) is part of ``behind``, ``to_close`` and
    ``closed`` are part of ``done``. The 通报 uses no other count of these words.
    """
    counts = {key: 0 for key, _ in CATEGORIES}
    for st in ps.tasks:
        counts[progress_category(st, yellow_days)] += 1
    total = len(ps.tasks)
    rate = percent(counts["done"], total)
    return {"tasks": total, **counts, "overdue": sum(st.light == RED for st in ps.tasks),
            "closed": sum(st.closing == "已销号" for st in ps.tasks),
            "to_close": sum(st.closing == "待销号" for st in ps.tasks), "rate": rate, "rate_text": f"{rate:.1f}%"}


def progress_categories(fig: dict[str, Any]) -> list[dict[str, Any]]:
    """``categories``: the four categories of ``figures``, with their share and a phrase for the text.

    A category without tasks reads "无超进度任务", never "超进度0项、占0.0%".
    """
    out = []
    for key, name in CATEGORIES:
        count, share = fig[key], percent(fig[key], fig["tasks"])
        phrase = f"{name}{count}项、占{share:.1f}%" if count else f"无{name}任务"
        if key == "done" and fig["to_close"]:
            phrase += f"（其中待销号{fig['to_close']}项）"
        if key == "behind" and fig["overdue"]:
            phrase += f"（其中超过完成时限仍未完成的{fig['overdue']}项）"
        out.append({"key": key, "name": name, "count": count, "share": share, "share_text": f"{share:.1f}%",
                    "phrase": phrase})
    return out


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


def ranking_groups(unit_groups: list[str], configured: tuple[str, ...]) -> tuple[list[str], bool]:
    """The peer groups to rank in, from the roster 分组 of the units that have tasks: ledger.toml's
    ``[ranking] groups`` when some unit is in one of them; else the roster's own groups (each unit's
    first, in roster order) when every unit has one; else one group of all units (``ALL_UNITS``).
    The flag says the configured groups were passed over (a ``ranking-groups-unmatched`` finding)."""
    firsts = [first_group(g) for g in unit_groups]
    if not firsts or any(g in configured for g in firsts):
        return list(configured), False
    if all(firsts):
        return list(dict.fromkeys(firsts)), True
    return [ALL_UNITS], True


def ranking_finding(unit_groups: list[str], configured: tuple[str, ...], file: str = "") -> Finding | None:
    """``ranking-groups-unmatched`` when ``ranking_groups`` passes over the configured groups, saying what it did."""
    groups, passed_over = ranking_groups(unit_groups, configured)
    if not passed_over:
        return None
    own = groups != [ALL_UNITS]
    fallback = (f"按单位名录的分组（{joined(groups)}）排名" if own else "把全部单位放在一组中排名（单位名录没有填写分组）")
    example = ", ".join(f'"{g}"' for g in (groups if own else ["乡镇", "县直部门"]))
    return RANKING_GROUPS_UNMATCHED(file, configured=joined(list(configured)) or "未填写", fallback=fallback,
                                    example=example)


def rankings(units: list[UnitState], rules: RankingRules) -> list[dict[str, Any]]:
    """``rankings``: per peer group (``ranking_groups``), its units by score (see the module docstring)."""
    out = []
    groups, _passed_over = ranking_groups([u.group for u in units if u.tasks], rules.groups)
    for group in groups:
        members = [u for u in units if u.tasks and group in (ALL_UNITS, first_group(u.group))]
        scored = sorted(((unit_score(u, rules), u) for u in members), key=lambda p: (-p[0], -p[1].rate, p[1].overdue))
        rows, rank = [], 0
        for i, (s, u) in enumerate(scored, 1):
            rank = rank if rows and rows[-1]["score"] == s else i
            rows.append({**unit_row(u), "rank": rank, "score": s})
        heading = f"{len(rows)}个单位中，" if group == ALL_UNITS else f"{group}{len(rows)}个单位中，"
        out.append({"group": group, "count": len(rows), "units": rows, "heading": heading, **honour_roll(rows)})
    return out


def unranked(units: list[UnitState], groups: list[dict[str, Any]]) -> list[str]:
    """The units with tasks that no peer group of ``rankings`` holds (their roster 分组 is none of them)."""
    ranked = {u["unit"] for g in groups for u in g["units"]}
    return [u.unit for u in units if u.tasks and u.unit not in ranked]


def honour_roll(rows: list[dict[str, Any]], size: int = 3, most: int = 5) -> dict[str, str]:
    """A group's 红黑榜 in words: ``best_text``, ``worst_text`` and the sentence ``summary``.

    The best are the units ranked in the first ``size`` places, the worst those scoring
    no more than the ``size``-th lowest score (never a unit already among the best);
    past ``most`` names a list ends "等N个单位". Equal scores: "得分相同".
    """
    def named(units: list[dict[str, Any]]) -> str:
        names = "、".join(f"{u['unit']}（{u['score']:g}分）" for u in units[:most])
        return names + (f"等{len(units)}个单位" if len(units) > most else "")

    if not rows:
        return {"best_text": "", "worst_text": "", "summary": ""}
    if len({u["score"] for u in rows}) == 1:
        return {"best_text": "", "worst_text": "", "summary": f"各单位得分相同（{rows[0]['score']:g}分）。"}
    best = [u for u in rows if u["rank"] <= size]
    floor = sorted(u["score"] for u in rows)[min(size, len(rows)) - 1]
    worst = [u for u in rows if u["score"] <= floor and u not in best]
    best_text, worst_text = named(best), named(worst)
    summary = f"排名靠前的是{best_text}" + (f"；排名靠后的是{worst_text}" if worst else "") + "。"
    return {"best_text": best_text, "worst_text": worst_text, "summary": summary}


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
        out.append({"no": len(out) + 1, "number": d["number"], "label": task_label(d),
                    "text": clean_text(d["text"]),
                    "title": shorten(d.get("title") or d["text"]),
                    "lead": joined(answering_units(d)),
                    "lead_brief": brief_list(answering_units(d), 2, "个单位"),
                    "units": joined(owners(st.task)),
                    "deadline": clean_text(d.get("deadline", {}).get("text", "")),
                    "due": cn_date(date.fromisoformat(due)) if due else "",
                    "days_overdue": -(st.days_left or 0), "status": st.status or "未报送",
                    "problems": clean_text(st.problems)})
    return out


def task_table(ps: PeriodStatus, lights: dict[str, str]) -> list[dict[str, Any]]:
    """``task_table``: 附件1 落实情况表, one row per task: its lead, the lead's status and progress, the light."""
    out = []
    for st in ps.tasks:
        d = st.task.data
        leads = answering_units(d)
        mine = st.reports.get(leads[0], {}) if leads else {}
        status = "已销号" if st.closing == "已销号" else (st.status or ("未填写" if mine else "未报送"))
        out.append({"no": len(out) + 1, "number": d["number"], "label": task_label(d),
                    "title": shorten(d.get("title") or d["text"], 22), "lead": brief_list(leads, 2, "个单位"),
                    "status": status, "progress": shorten(mine.get("progress"), 22) or "—", "light": lights.get(st.light, st.light)})
    return out
