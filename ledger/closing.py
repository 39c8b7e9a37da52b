"""`ledger close`: 销号 — the clerk confirms finished tasks (or reopens them).

Either by number (``close``) or by ticking 销号确认 in the 汇总台账, which the
next merge reads back (``read_back_closures``).
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .errors import FileProblem
from .findings import Finding
from .findings.returns import (ALREADY_CLOSED, CLOSED_NOT_DONE, CLOSED_WITHOUT_EVIDENCE, LEDGER_UNREADABLE, NOT_CLOSED,
                               TASK_NUMBER_UNKNOWN)
from .numerals import CIRCLED
from .period_status import DONE, owners
from .results import FindingsResult
from .store import Store, StoredTask
from .task_text import period_label
from .workspace import LEDGER_NAME, Workspace

EVERY_PERIOD = "~"  # sorts after every period key: the latest reports of all


@dataclass
class CloseResult(FindingsResult):
    done: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # numbers of no task
    unchanged: list[str] = field(default_factory=list)  # closed already (or, with --reopen, not closed)
    findings: list[Finding] = field(default_factory=list)  # why a number was not done, or done on thin proof

    command = "close"

    def payload(self) -> dict:
        return {"done": self.done, "unknown": self.unknown, "unchanged": self.unchanged,
                "findings": [f.to_dict() for f in self.findings]}


def close(ws: Workspace, numbers: list[str], *, reopen: bool = False, note: str = "") -> CloseResult:
    """Close (or reopen) tasks by their number; a closed task is no longer sent out.
    销号 is for a task done with evidence: closing one whose latest report is not
    已完成, or that has no 佐证材料, is done as the clerk says, with a warning that
    names the task, its status and what to do; a task closed already stays as it was."""
    result = CloseResult()
    with Store.open(ws) as store, store.transaction(lock="close"):
        by_number = {t.number: t for t in store.tasks(detail=False)}
        by_number |= _typed_forms(by_number)  # 11-3 or 11(3) for 11③, as a clerk types it
        closed = store.closures()
        latest = store.latest_progress(EVERY_PERIOD) if not reopen else {}
        ids = []
        for n in dict.fromkeys(numbers):  # a number written twice is closed once
            task = by_number.get(n)
            if task is None:
                result.unknown.append(n)
                result.findings.append(TASK_NUMBER_UNKNOWN(value=n))
            elif reopen != (task.id in closed):  # closing a closed task, reopening an open one
                result.unchanged.append(n)
                result.findings.append(NOT_CLOSED(value=n) if reopen else
                                       ALREADY_CLOSED(value=n, closed_at=_when(closed[task.id]["closed_at"])))
            else:
                ids.append(task.id)
                result.done.append(task.number)  # as the ledger shows it (11③ for 11-3)
                result.findings += [] if reopen else proof_findings(task, latest)
        if reopen:
            store.reopen_tasks(ids)
        else:
            store.close_tasks(ids, note)
    return result


def _typed_forms(by_number: dict[str, StoredTask]) -> dict[str, StoredTask]:
    """Other ways to type a number with a sub-item's sign: 11③ as 11-3, 11(3), 11（3）; only those no task has as its
    own number, and only where one task answers to the form."""
    forms: dict[str, list[StoredTask]] = {}
    for number, task in by_number.items():
        m = SIGNED.fullmatch(number)
        if m:
            k = CIRCLED.index(m.group(2)) + 1
            for form in (f"{m.group(1)}-{k}", f"{m.group(1)}({k})", f"{m.group(1)}（{k}）"):
                forms.setdefault(form, []).append(task)
    return {form: tasks[0] for form, tasks in forms.items() if len(tasks) == 1 and form not in by_number}


SIGNED = re.compile(rf"(.+?)([{CIRCLED}])")  # '11③', '2②'


def proof_findings(task: StoredTask, latest: dict[tuple[str, str, str], dict]) -> list[Finding]:
    """What is missing for 销号 (closed with evidence): the task's latest report (its
    lead's, else the first unit's that reported) saying 已完成, and 佐证材料 from any
    of its units. ``latest``: (unit, task id, measure) -> the unit's latest values."""
    reports = {u: latest[(u, task.id, "")] for u in owners(task) if (u, task.id, "") in latest}
    lead = (task.data.get("lead") or owners(task) or [""])[0]
    unit = lead if lead in reports else next(iter(reports), lead)
    mine = reports.get(unit, {})
    status, period = (mine.get("status") or "").strip(), period_label(mine.get("period", ""))
    evidence = any((r.get("evidence") or "").strip() for r in reports.values())
    if status == DONE:
        return [] if evidence else [CLOSED_WITHOUT_EVIDENCE(value=task.number, unit=unit, period=f"（{period}）")]
    if not reports:
        reported = "还没有单位报送过它的进展"
    else:
        reported = f"{unit}最近一次（{period}）报的完成状态是“{status or '未填写'}”，不是“{DONE}”"
    if reports and unit != lead:  # a partner reported, the lead did not: the lead is the one to report 已完成
        reported = f"牵头单位{lead}还没有报送过它的进展（{reported}）"
    return [CLOSED_NOT_DONE(value=task.number, reported=reported, unit=lead,
                            evidence="" if evidence else "，也没有佐证材料")]


def _when(stamp: str) -> str:
    return stamp.replace("T", " ")[:16]


def _keep_unreadable(path: Path, reason: str) -> Finding:
    """Copy a 汇总台账 whose 销号确认 cannot be read beside it, before a new one replaces it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}-无法读取-{stamp}{path.suffix}")
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        raise FileProblem(f"原有的《{path.name}》无法读取，也无法另存备份（{exc.strerror or exc}）。为免丢失其中的"
                          f"“销号确认”，这次没有汇总：请把《{path}》移到别处保存后再运行。", path=str(path)) from exc
    return LEDGER_UNREADABLE(file=path.name, reason=reason.rstrip("。"), backup=backup.name)


def read_back_closures(ws: Workspace, store: Store) -> tuple[list[str], list[Finding]]:
    """销号 confirmed by the clerk in the 汇总台账's 销号确认 column: close those tasks.
    The numbers closed, and what is missing for 销号 (as ``close`` says it)."""
    path = ws.folder("ledgers") / LEDGER_NAME
    if not path.exists():
        return [], []
    if path.is_dir():
        raise FileProblem(f"《{path}》是一个文件夹，不是汇总台账：请把这个文件夹改名或移走后再运行。", path=str(path))
    from .io.ledger_read import read_confirmations  # with the writer's module: loaded only when there is a ledger

    try:
        confirmed = read_confirmations(path)
    except FileProblem as exc:  # the export after this merge replaces it: keep the clerk's file first
        return [], [_keep_unreadable(path, exc.message)]
    open_tasks = {t.id: t for t in store.tasks(detail=False)}
    already = store.closures()
    ids = [t for t in confirmed if t in open_tasks and t not in already]
    store.close_tasks(ids, "汇总台账中确认销号")
    latest = store.latest_progress(EVERY_PERIOD) if ids else {}
    return [open_tasks[t].number for t in ids], [f for t in ids for f in proof_findings(open_tasks[t], latest)]
