"""The 通报's 存在问题: what the units reported, per unit (附件3) and grouped by kind (the body).

The body of a 通报 does not paste every unit's text one after another: it groups
the problems by kind (``THEMES``: the kind whose key word comes first in the
text; none: 其他方面), names the units under each kind in one sentence, and
quotes the problems most units reported. Each unit's full text goes in 附件3.
"""
from __future__ import annotations

from typing import Any

from ..period_status import UnitState, says_nothing
from ..store import StoredTask
from .figures import brief_list, clean_text, joined, shorten, task_label

OTHER = "其他方面"
THEMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("人员力量不足", ("人员", "人手", "力量", "编制", "队伍", "专业人才", "专职")),
    ("经费保障不足", ("经费", "资金", "预算", "财政", "投入", "费用")),
    ("设施设备短缺", ("设备", "设施", "场地", "场所", "仪器", "车辆", "快检")),
    ("协调配合不够", ("协作", "协调", "配合", "联动", "衔接", "沟通", "机制")),
    ("主体责任落实不到位", ("意识", "责任", "重视", "积极性", "主动性")),
    ("宣传培训不足", ("宣传", "培训", "知晓", "业务能力")),
    ("推进进度较慢", ("进度", "滞后", "缓慢", "时间紧", "工期", "审批", "手续", "程序")),
)
LEAD_INS = ("一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是")


def reported_problems(rows: list[tuple[str, str, str, dict]], tasks: list[StoredTask],
                      units: list[UnitState]) -> list[dict[str, Any]]:
    """``problems``: 存在问题 the units reported this period (task and measure rows), per unit, without repeats."""
    order = {t.id: i for i, t in enumerate(tasks)}
    labels = {t.id: task_label(t.data) for t in tasks}
    found: dict[str, dict[str, list[str]]] = {}
    touched: dict[str, list[str]] = {}
    for unit, task_id, _measure, values in sorted(rows, key=lambda r: (order.get(r[1], 1 << 30), r[2])):
        text = clean_text(values.get("problems")).rstrip("。；;，, \n")
        if says_nothing(text) or task_id not in labels:
            continue
        tasks_of = found.setdefault(unit, {}).setdefault(text, [])
        if labels[task_id] not in tasks_of:
            tasks_of.append(labels[task_id])
        if labels[task_id] not in touched.setdefault(unit, []):
            touched[unit].append(labels[task_id])
    rank = {u.unit: i for i, u in enumerate(units)}
    out = []
    for unit in sorted(found, key=lambda n: (rank.get(n, 1 << 30), n)):
        items = [{"tasks": joined(nums), "text": text} for text, nums in found[unit].items()]
        out.append({"unit": unit, "tasks": joined(touched[unit]), "tasks_brief": brief_list(touched[unit], 3, "项"),
                    "items": items,
                    "text": "；".join(i["text"] for i in items) + "。"})
    return out


def theme_of(text: str) -> str:
    """The kind of a problem: the theme whose key word comes first in the text, else 其他方面."""
    best, where = OTHER, len(text) + 1
    for theme, words in THEMES:
        for word in words:
            at = text.find(word)
            if 0 <= at < where:
                best, where = theme, at
    return best


def problem_groups(problems: list[dict[str, Any]], most_units: int = 6, most_quotes: int = 3) -> list[dict[str, Any]]:
    """``problem_groups``: the problems by kind, the kinds most units reported first (其他方面 last).

    Each: ``lead_in`` (一是, 二是 …; "" when there is one kind), ``theme``, ``units``,
    ``unit_count``, ``units_text`` (at most ``most_units`` names, then "等N个单位"),
    ``quotes`` (the texts most units reported, shortened) and the sentence ``text``.
    """
    kinds: dict[str, dict[str, Any]] = {}
    for p in problems:
        for item in p["items"]:
            kind = kinds.setdefault(theme_of(item["text"]), {"units": [], "texts": {}})
            if p["unit"] not in kind["units"]:
                kind["units"].append(p["unit"])
            brief = shorten(item["text"], 40)
            kind["texts"][brief] = kind["texts"].get(brief, 0) + 1
    place = {theme: i for i, (theme, _words) in enumerate(THEMES)}
    ordered = sorted(kinds.items(), key=lambda kv: (kv[0] == OTHER, -len(kv[1]["units"]), place.get(kv[0], 99)))
    out = []
    for i, (theme, kind) in enumerate(ordered):
        units, texts = kind["units"], kind["texts"]
        quotes = sorted(texts, key=lambda t: -texts[t])[:most_quotes]  # stable: ties keep the roster order
        units_text = joined(units[:most_units]) + (f"等{len(units)}个单位" if len(units) > most_units else "")
        several = len(texts) > 1
        text = f"{units_text}反映存在" + "".join(f"“{q}”" for q in quotes) + ("等" if several else "") + "问题。"
        out.append({"lead_in": LEAD_INS[i] if len(ordered) > 1 and i < len(LEAD_INS) else "", "theme": theme,
                    "units": units, "unit_count": len(units), "units_text": units_text, "quotes": quotes,
                    "text": text})
    return out
