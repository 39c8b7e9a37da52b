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

from .findings import ERROR, WARNING, Finding
from .io.check_report import write_check_report
from .io.roster_io import read_roster
from .model import Measure, Task
from .roster import Roster
from .store import Store
from .tasklist import TaskList, load_tasklist
from .results import FindingsResult
from .workspace import Workspace

Check = Callable[[TaskList, Roster], Iterable[Finding]]
TOP_NUMBER = re.compile(r"^(\d+)(?!\.\d)")


def _at(task: Task, field_name: str) -> dict:
    return {"file": task.source.file, "sheet": task.source.sheet,
            "cell": task.cells.get(field_name) or task.cells.get("text") or f"A{task.source.row}"}


def _label(task: Task) -> str:
    return f"第{task.label}项任务" if task.number else f"第{task.source.row}行的任务"


def check_owners(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    for t in tl.tasks:
        if not t.units() and not any(t.raw.get(f) for f in ("lead", "responsible", "cooperating")):
            yield Finding("task-without-owner", ERROR, f"{_label(t)}没有牵头单位，也没有责任单位。",
                          value=t.text[:30], suggestion="请填写牵头单位或责任单位。", **_at(t, "lead"))
        elif not t.lead and not t.raw.get("lead") and not t.leader and len(t.units()) > 1:
            if "lead" in t.cells:
                yield Finding("task-without-lead", WARNING, f"{_label(t)}没有牵头单位。",
                              value=t.text[:30],
                              suggestion=f"该任务有{len(t.units())}个单位，请指定牵头单位负责汇总；未指定时由第一个单位（{t.units()[0]}）汇总报送。",
                              **_at(t, "lead"))


def check_deadlines(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    for t in tl.tasks:
        if t.deadline.empty:
            yield Finding("task-without-deadline", WARNING, f"{_label(t)}没有完成时限。",
                          value=t.text[:30],
                          suggestion="请填写完成时限；如与上一任务相同，请合并单元格或照抄。",
                          **_at(t, "deadline"))


def check_text(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    seen: dict[str, Task] = {}
    for t in tl.tasks:
        if not t.text.strip():
            yield Finding("empty-task-text", ERROR, f"{_label(t)}的任务内容为空。",
                          suggestion="请填写任务内容，或删除该行。", **_at(t, "text"))
            continue
        first = seen.setdefault(t.text.strip(), t)
        if first is not t:
            yield Finding("duplicate-task-text", WARNING,
                          f"{_label(t)}与第{first.source.row}行任务内容完全相同。",
                          value=t.text[:30], suggestion="如为重复录入，请删除其中一行。", **_at(t, "text"))


def check_numbers(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    seen: dict[str, Task] = {}
    for t in tl.tasks:
        if not t.number:
            yield Finding("task-without-number", WARNING, f"第{t.source.row}行的任务没有编号。",
                          value=t.text[:30], suggestion="请补充编号，便于各单位对照填报。",
                          **_at(t, "number"))
            continue
        first = seen.setdefault(t.label, t)
        if first is not t:
            where = (f"第{first.source.row}行和第{t.source.row}行" if first.source.sheet == t.source.sheet else
                     f"“{first.source.sheet}”第{first.source.row}行和“{t.source.sheet}”第{t.source.row}行")
            yield Finding("duplicate-number", ERROR, f"编号“{t.label}”重复：{where}。",
                          value=t.label, suggestion="请为每项任务使用不同的编号。", **_at(t, "number"))
    yield from _number_gaps(tl.tasks)


def _number_gaps(tasks: list[Task]) -> Iterable[Finding]:
    """1, 2, 4 … with no 3 anywhere in the list: a row may have been lost.
    Re-ordered rows are not gaps; the finding points at the task after the gap."""
    numbered = [(int(m.group(1)), t) for t in tasks if (m := TOP_NUMBER.match(t.number))]
    present = {n for n, _ in numbered}
    if not present:
        return
    missing = sorted(set(range(min(present), max(present) + 1)) - present)
    runs: list[list[int]] = []
    for n in missing:
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    for run in runs:
        after = min((n, t.source.row, t) for n, t in numbered if n > run[-1])[2]
        label = f"{run[0]}" if len(run) == 1 else f"{run[0]}—{run[-1]}"
        yield Finding("number-gap", WARNING, f"任务编号缺少第{label}项（编号{run[0] - 1}之后直接是{run[-1] + 1}）。",
                      value=after.number, suggestion="请核对是否漏了任务行。", **_at(after, "number"))


def check_measures(tl: TaskList, roster: Roster) -> Iterable[Finding]:
    by_number = tl.by_number()
    for m in tl.measures:
        where = {"file": m.source.file, "sheet": m.source.sheet}
        task = by_number.get(m.task_number)
        if not m.text.strip():
            yield Finding("measure-without-text", ERROR, f"第{m.source.row}行没有填写具体措施。",
                          cell=m.cells.get("measure", ""), suggestion="请填写具体措施，或删除该行。", **where)
        if task is None:
            yield Finding("measure-task-not-found", ERROR,
                          f"分解表第{m.source.row}行的任务编号“{m.task_number}”在任务清单中不存在。",
                          cell=m.cells.get("task_number", "") or m.cells.get("task_text", ""),
                          value=m.task_number, suggestion="请核对任务编号是否与任务清单一致。", **where)
            continue
        yield from _measure_against_task(m, task, roster, where)


def _measure_against_task(m: Measure, task: Task, roster: Roster, where: dict) -> Iterable[Finding]:
    if m.unit and task.units() and m.unit not in task.units() and (roster.is_empty or roster.get(m.unit)):
        yield Finding("measure-unit-not-owner", ERROR,
                      f"“{m.unit}”不是第{task.number}项任务的牵头、责任或配合单位。",
                      cell=m.cells.get("unit", ""), value=m.unit,
                      suggestion=f"该任务的单位为：{'、'.join(task.units())}。请核对任务编号或责任单位。",
                      **where)
    due, milestone = task.deadline.due, m.milestone.due
    if due and milestone and milestone > due and not task.deadline.recurrence:
        yield Finding("milestone-after-deadline", WARNING,
                      f"时间节点{milestone.isoformat()}晚于第{task.number}项任务的完成时限{due.isoformat()}。",
                      cell=m.cells.get("milestone", ""), value=m.milestone.text,
                      suggestion="请把时间节点调整到任务完成时限之前。", **where)


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
        result.report = write_check_report(Path(report), Path(path), findings,
                                           Path(breakdown) if breakdown else None)
    return result


def _roster(units: Path | None, workspace: Workspace | None) -> tuple[Roster, str]:
    if units is not None:
        return read_roster(Path(units)), "file"
    if workspace is not None and workspace.db_path.exists():
        with Store.open(workspace.db_path) as store:
            found = store.units()
        if found:
            return Roster(found), "workspace"
    return Roster.empty(), ""
