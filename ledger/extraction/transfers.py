"""Duties assigned by transfer or entrustment, as 机构改革 / 三定 texts and 职责调整 notices write them.

* **a transfer**: "将A的…职责划入B", "…管理职责移交B承担", "…职能划转至B", "…等职责下放辖区承担",
  "…审批事项交由B负责": B takes the duty over and is responsible for it; A, whose duty it was, owns
  nothing of it. Only a duty (职责, 职能, 事项, 权限 …) handed to units: "将…纳入考核", "将…列入计划" hand
  nothing over, and what 划入 moves into no unit (基本农田, 财政专户) names no owner;
* **an entrustment**: "由A委托B负责监督", "A委托B具体实施…": B does the work (its verb's role); A,
  which entrusts it, is no owner of it.

Both are read at a sentence's start, one sentence at a time (``.prose`` calls them before its other
forms), so a long paragraph is read once.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .markers import Marker, verb_role

# What is handed over: a duty, a power, a matter of business (not money, land or people).
DUTY = r"(?:职责|职能|事权|权限|审批权|管理权|执法权|处罚权|事项|工作|任务)"
# How it is handed over ("再次明确下放", "整体划入", "一并移交"): manner words only, no object.
HOW = r"(?:再次|重新|进一步)?(?:明确)?(?:整体|全部|统一|一并|依法|相应|同时)?"
HANDED = (r"(?:移交(?:给|至|到)?|转交(?:给|至|到)?|划入|划转(?:给|至|到)?|划归|交由|转由|交给"
          r"|下放(?:给|至|到)?|调整(?:给|至|到|由))")
TRANSFER = re.compile(DUTY + HOW + HANDED)
# The receiving units, then what they do with the duty, if said ("…移交市水务局承担", "…划入市城管局。").
RECEIVER = re.compile(r"\s*(.{2,40}?)(?:(?:具体|统一|依法)?(?:承担|负责|行使|办理|实施)[^，,。；;\n]*)?")
# The places below, named bare as the receiver of a duty given down ("下放辖区承担"): as written.
BARE_PLACES = re.compile(r"各?(?:辖区|属地)")
SENTENCE_STOP = re.compile(r"[。；;！!？?\n]")
CLAUSE_STOP = re.compile(r"[，,。；;！!？?\n]")
# "由A委托B负责…", "A委托B具体实施…": the entrusting units, the entrusted ones, the verb they do the work with.
ENTRUSTED = re.compile(r"由?([^，,。；;\n由]{2,30}?)(?:委托|授权)([^，,。；;\n]{2,40}?)"
                       r"(?=(?:具体|统一|全面)?(?:负责|承担|实施|办理|行使|牵头|组织实施))")


def transferred(text: str, start: int, all_units: Callable[[str], bool]) -> Marker | None:
    """The sentence at ``start`` hands a duty over to units ("将…职责移交市水务局承担。"): a marker owning
    the sentence (to its stop), the receiving units responsible; None when it hands nothing to units."""
    stop = SENTENCE_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    handed = TRANSFER.search(text, start, end)
    if handed is None:
        return None
    clause = CLAUSE_STOP.search(text, handed.end(), end)
    units = _receiver(text[handed.end():clause.start() if clause else end], all_units)
    if not units:
        return None
    return Marker(start, stop.end() if stop else len(text), {"responsible": [units]}, "prose_end")


def _receiver(clause: str, all_units: Callable[[str], bool]) -> str:
    """The units a duty is handed to, at the start of ``clause`` ("市水务局承担" -> 市水务局), or ""."""
    m = RECEIVER.fullmatch(clause)
    units = m.group(1).strip() if m else ""
    return units if units and (all_units(units) or BARE_PLACES.fullmatch(units)) else ""


def entrusted(text: str, start: int, inside: bool, all_units: Callable[[str], bool]) -> Marker | None:
    """"由市住建局委托各区住建部门负责监督": the entrusted units have the role of their verb (responsible unless
    they lead), the entrusting ones none. ``inside``: the form stands inside its sentence, which it then owns
    to its stop (as "…，由A负责。" does); else it owns the text after it."""
    m = ENTRUSTED.match(text, start)
    if m is None or not all_units(m.group(1)) or not all_units(m.group(2)):
        return None
    roles = {verb_role(text[m.end():m.end() + 4]): [m.group(2)]}
    if inside:
        stop = SENTENCE_STOP.search(text, start)
        return Marker(start, stop.end() if stop else len(text), roles, "prose_end")
    return Marker(start, m.end(), roles, "prose")
