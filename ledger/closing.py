"""`ledger close`: 销号 — the clerk confirms finished tasks (or reopens them).

Either by number (``close``) or by ticking 销号确认 in the 汇总台账, which the
next merge reads back (``read_back_closures``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .errors import FileProblem
from .findings import Finding
from .findings.returns import TASK_NUMBER_UNKNOWN
from .results import FindingsResult
from .store import Store
from .workspace import Workspace


@dataclass
class CloseResult(FindingsResult):
    done: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # numbers of no task
    findings: list[Finding] = field(default_factory=list)  # one task-number-unknown per unknown number

    command = "close"

    def payload(self) -> dict:
        return {"done": self.done, "unknown": self.unknown, "findings": [f.to_dict() for f in self.findings]}


def close(ws: Workspace, numbers: list[str], *, reopen: bool = False, note: str = "") -> CloseResult:
    """Close (or reopen) tasks by their number; a closed task is no longer sent out."""
    result = CloseResult()
    with Store.open(ws) as store, store.transaction(lock="close"):
        by_number = {t.number: t.id for t in store.tasks(detail=False)}
        ids = []
        for n in numbers:
            if n in by_number:
                ids.append(by_number[n])
                result.done.append(n)
            else:
                result.unknown.append(n)
                result.findings.append(TASK_NUMBER_UNKNOWN(value=n))
        if reopen:
            store.reopen_tasks(ids)
        else:
            store.close_tasks(ids, note)
    return result


def read_back_closures(ws: Workspace, store: Store) -> list[str]:
    """销号 confirmed by the clerk in the 汇总台账's 销号确认 column: close those tasks."""
    from .exporting import LEDGER_NAME
    from .io.ledger_workbook import read_confirmations

    path = ws.folder("ledgers") / LEDGER_NAME
    if not path.exists():
        return []
    try:
        confirmed = read_confirmations(path)
    except FileProblem:
        return []
    open_ids = {t.id: t.number for t in store.tasks(detail=False)}
    already = store.closures()
    ids = [t for t in confirmed if t in open_ids and t not in already]
    store.close_tasks(ids, "汇总台账中确认销号")
    return [open_ids[t] for t in ids]
