"""`ledger check`: what is wrong across the task list, the breakdown and the roster.

``check()`` is the library twin of the command: read, validate, report.

Each check is a small function returning Findings; ``check_tasklist`` runs them
all and returns every finding, never only the first.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from dataclasses import dataclass
from pathlib import Path

from .findings import Finding
from .findings.checks import (DUPLICATE_NUMBER, DUPLICATE_TASK_TEXT, EMPTY_TASK_TEXT, MEASURE_TASK_NOT_FOUND,
                              MEASURE_UNIT_NOT_OWNER, MEASURE_WITHOUT_TEXT, MILESTONE_AFTER_DEADLINE, NUMBER_GAP,
                              TASK_WITHOUT_DEADLINE, TASK_WITHOUT_LEAD, TASK_WITHOUT_NUMBER, TASK_WITHOUT_OWNER)
from .io.roster_io import read_roster
from .model import ROLES, Measure, Task
from .roster import Roster
from .store import Store
from .tasklist import TaskList, load_tasklist
from .results import FindingsResult
from .workspace import Workspace

Check = Callable[[TaskList, Roster], Iterable[Finding]]
TOP_NUMBER = re.compile(r"^(\d+)(?!\d|\.\d)")  # "12" and "12." but not "12.1" (nor its "1")
PARENT_HEADING = re.compile(r"^(\d+)\.(?!\d)")  # "5.强化…": a parent row over 5.1, 5.2 (or ①②), a heading now


def _at(task: Task, field_name: str) -> dict:
    return {"file": task.source.file, "sheet": task.source.sheet,
            "cell": task.cells.get(field_name) or task.cells.get("text") or f"A{task.source.row}"}


def _label(task: Task) -> str:
    return f"第{task.label}项任务" if task.number else f"第{task.source.row}行的任务"


def check_owners(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    for t in tl.tasks:
        if not t.units() and not any(t.raw.get(f) for f in ROLES):
            yield TASK_WITHOUT_OWNER(value=t.text[:30], task=_label(t), **_at(t, "lead"))
        elif not t.lead and not t.raw.get("lead") and not t.leader and len(t.units()) > 1:
            if "lead" in t.cells:
                yield TASK_WITHOUT_LEAD(value=t.text[:30], task=_label(t), count=len(t.units()),
                                        first=t.units()[0], **_at(t, "lead"))


def check_deadlines(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    for t in tl.tasks:
        if t.deadline.empty:
            yield TASK_WITHOUT_DEADLINE(value=t.text[:30], task=_label(t), **_at(t, "deadline"))


def check_text(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    seen: dict[str, Task] = {}
    for t in tl.tasks:
        if not t.text.strip():
            yield EMPTY_TASK_TEXT(task=_label(t), **_at(t, "text"))
            continue
        first = seen.setdefault(t.text.strip(), t)
        if first is not t:
            yield DUPLICATE_TASK_TEXT(value=t.text[:30], task=_label(t), first_row=first.source.row,
                                      **_at(t, "text"))


def check_numbers(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    seen: dict[str, Task] = {}
    for t in tl.tasks:
        if not t.number:
            yield TASK_WITHOUT_NUMBER(value=t.text[:30], row=t.source.row, **_at(t, "number"))
            continue
        first = seen.setdefault(t.label, t)
        if first is not t:
            where = (f"第{first.source.row}行和第{t.source.row}行" if first.source.sheet == t.source.sheet else
                     f"“{first.source.sheet}”第{first.source.row}行和“{t.source.sheet}”第{t.source.row}行")
            yield DUPLICATE_NUMBER(value=t.label, rows=where, **_at(t, "number"))
    yield from _number_gaps(tl.tasks)


def _number_gaps(tasks: list[Task]) -> Iterable[Finding]:
    """1, 2, 4 … with no 3 anywhere in the list: a row may have been lost.
    Re-ordered rows are not gaps; the finding points at the task after the gap
    (the first row with the next number present). One pass over the tasks and a
    sort of the numbers present, however many gaps and however wide."""
    first: dict[int, Task] = {}  # top number -> its task on the first row
    for t in tasks:
        if m := TOP_NUMBER.match(t.number):
            n = int(m.group(1))
            if n not in first or t.source.row < first[n].source.row:
                first[n] = t
    covered = {int(m.group(1)) for t in tasks for part in t.category if (m := PARENT_HEADING.match(part))}
    present = sorted(set(first) | (covered & set(range(min(first, default=0), max(first, default=0) + 1))))
    for low, high in zip(present, present[1:]):
        if high - low > 1:
            after = first[high]
            label = f"{low + 1}" if high - low == 2 else f"{low + 1}—{high - 1}"
            yield NUMBER_GAP(value=after.number, missing=label, before=low, after=high, **_at(after, "number"))


def check_measures(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    by_number = tl.by_number()
    for m in tl.measures:
        where = {"file": m.source.file, "sheet": m.source.sheet}
        task = by_number.get(m.task_number)
        if not m.text.strip():
            yield MEASURE_WITHOUT_TEXT(cell=m.cells.get("measure", ""), row=m.source.row, **where)
        if task is None:
            yield MEASURE_TASK_NOT_FOUND(cell=m.cells.get("task_number", "") or m.cells.get("task_text", ""),
                                         value=m.task_number, row=m.source.row, **where)
            continue
        yield from _measure_against_task(m, task, roster, where)


def _measure_against_task(m: Measure, task: Task, roster: Roster, where: dict) -> Iterable[Finding]:
    if m.unit and task.units() and m.unit not in task.units() and (roster.is_empty or roster.get(m.unit)):
        yield MEASURE_UNIT_NOT_OWNER(cell=m.cells.get("unit", ""), value=m.unit, number=task.number,
                                     units="、".join(task.units()), **where)
    due, milestone = task.deadline.due, m.milestone.due
    if due and milestone and milestone > due and not task.deadline.recurrence:
        yield MILESTONE_AFTER_DEADLINE(cell=m.cells.get("milestone", ""), value=m.milestone.text,
                                       milestone=milestone.isoformat(), number=task.number, due=due.isoformat(),
                                       **where)


CHECKS: tuple[Check, ...] = (check_owners, check_deadlines, check_text, check_numbers, check_measures)


def check_tasklist(tl: TaskList, roster: Roster) -> list[Finding]:
    """All findings: the reader's and every check's, in sheet order."""
    findings = list(tl.findings)
    for check in CHECKS:
        findings.extend(check(tl, roster))
    return sort_findings(findings)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    def key(f: Finding):
        m = re.match(r"([A-Z]+)(\d+)", f.cell or "")
        row = int(m.group(2)) if m else 0
        return (f.file, f.sheet, row, f.cell, f.code)
    unique = list(dict.fromkeys(findings))
    return sorted(unique, key=key)


def group_counts(findings: list[Finding]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for f in findings:
        counts[f.severity] += 1
    return dict(counts)

@dataclass
class CheckResult(FindingsResult):
    tasklist: TaskList
    findings: list[Finding]
    roster: Roster
    report: Path | None = None
    roster_source: str = ""  # "file", "workspace" or "" (none)

    command = "check"

    def payload(self) -> dict:
        return {
            "tasks": [t.to_dict() for t in self.tasklist.tasks],
            "measures": [m.to_dict() for m in self.tasklist.measures],
            "findings": [f.to_dict() for f in self.findings],
            "report": str(self.report) if self.report else None,
        }


def check(path: Path, *, breakdown: Path | None = None, units: Path | None = None,
          workspace: Workspace | None = None, report: Path | None = None) -> CheckResult:
    """Validate a task list (with its breakdown and roster) and report every finding.

    The roster is the ``units`` file when given, else the workspace's, else none
    (names are then kept as written, split).
    """
    roster, source = _roster(units, workspace)
    config = workspace.config if workspace else None
    tl = load_tasklist(
        Path(path), roster, breakdown=Path(breakdown) if breakdown else None,
        plan_year=config.plan_year if config else None,
        columns=config.columns if config else None,
        breakdown_columns=config.breakdown_columns if config else None,
    )
    findings = check_tasklist(tl, roster)
    result = CheckResult(tl, findings, roster, roster_source=source)
    if report is not None:
        from .io.check_report import write_check_report  # openpyxl: only when a report is asked for

        result.report = write_check_report(Path(report), Path(path), findings,
                                           Path(breakdown) if breakdown else None)
    return result


def _roster(units: Path | None, workspace: Workspace | None) -> tuple[Roster, str]:
    if units is not None:
        return read_roster(Path(units)), "file"
    if workspace is not None and (workspace.database_url or workspace.db_path.exists()):
        with Store.open(workspace) as store:
            found = store.units()
        if found:
            return Roster(found), "workspace"
    return Roster.empty(), ""
