"""`ledger close`: 销号 — the clerk confirms finished tasks (or reopens them)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .results import DATA_ERRORS, DONE, CommandResult
from .store import Store
from .workspace import Workspace


@dataclass
class CloseResult(CommandResult):
    done: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # numbers of no task

    command = "close"

    @property
    def exit_code(self) -> int:
        return DATA_ERRORS if self.unknown else DONE

    def payload(self) -> dict:
        return {"done": self.done, "unknown": self.unknown}


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
        if reopen:
            store.reopen_tasks(ids)
        else:
            store.close_tasks(ids, note)
    return result
