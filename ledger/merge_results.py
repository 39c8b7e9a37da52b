"""What a merge is about and what it returns: the period, when its files count as
received, each file's fate and the findings. Shared by the merge command
(``merging.py``) and the taking of new files (``merge_intake.py``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .findings import Finding
from .periods import Period
from .receipt import receipt_time
from .results import FindingsResult
from .store import Store


@dataclass
class FileOutcome:
    file: str
    unit: str = ""
    status: str = ""  # "accepted" | "duplicate" | "rejected"
    reason: str = ""
    rows: int = 0
    measures: int = 0
    superseded: bool = False
    changed_tasks: list[str] = field(default_factory=list)
    emptied_tasks: list[str] = field(default_factory=list)  # filled in the report it replaced, empty in this one
    older: bool = False  # saved before the unit's current file: kept as history only
    current_file: str = ""  # with ``older``: the file that stays current
    path: str = ""  # the file as given (for the command that confirms a pending one)
    signed: bool = False  # carries the unit's identity (not taken on the clerk's word)


@dataclass
class MergeResult(FindingsResult):
    period: Period
    files: list[FileOutcome] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    missing_units: list[str] = field(default_factory=list)
    ledger: Path | None = None
    ledger_error: str = ""
    closed: list[str] = field(default_factory=list)  # task numbers closed from the 汇总台账's 销号确认
    folder: Path | None = None  # the period's folder read when no file or folder was named

    command = "merge"

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings) and not self.rejected and not self.pending

    @property
    def accepted(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "accepted"]

    @property
    def rejected(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "rejected"]

    @property
    def pending(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "pending"]

    def payload(self) -> dict:
        return {
            "period": self.period.key,
            "accepted": [{"file": f.file, "unit": f.unit, "rows": f.rows, "measures": f.measures,
                          "superseded": f.superseded, "changed_tasks": f.changed_tasks,
                          "emptied_tasks": f.emptied_tasks,
                          "older_than": f.current_file or None} for f in self.accepted],
            "duplicates": [{"file": f.file, "unit": f.unit} for f in self.files if f.status == "duplicate"],
            "rejected": [{"file": f.file, "reason": f.reason} for f in self.rejected],
            "pending": [{"file": f.file, "reason": f.reason, "path": f.path, "guess": f.unit or None}
                        for f in self.pending],
            "missing_units": self.missing_units,
            "findings": [f.to_dict() for f in self.findings],
            "ledger": str(self.ledger) if self.ledger else None,
            "ledger_error": self.ledger_error or None,
            "closed": self.closed,
            "folder": str(self.folder) if self.folder else None,
        }


@dataclass
class MergeRun:
    """One merge: its store and period, when it runs (``received``, the clerk's
    --received), the unit the clerk confirmed (--as) and each file's saved times."""

    store: Store
    period: Period
    received: datetime
    as_unit: str | None = None
    order: dict[Path, tuple[float, float]] = field(default_factory=dict)

    def received_at(self, path: Path) -> str:
        """When ``path`` counts as received (``receipt_time``), as stored."""
        mtime = self.order.get(path, (0.0, 0.0))[1]
        return receipt_time(mtime, self.received).isoformat(timespec="seconds")
