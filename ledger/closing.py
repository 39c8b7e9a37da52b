"""`ledger close`: 销号 — the clerk confirms finished tasks (or reopens them)."""
from __future__ import annotations

from dataclasses import dataclass, field

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
    with Store.open(ws.db_path) as store, store.transaction():
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
