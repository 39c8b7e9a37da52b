"""What extracting a plan gives back: its tasks, the paragraph each came from,
findings, and the 任务清单 written from them (what ``ledger extract --json`` prints)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..findings import Finding, has_errors
from ..model import Task


@dataclass
class ExtractResult:
    """The tasks of one plan, the paragraph each came from, findings, and the
    workbook written (``output``; None until ``ledger.extract`` writes it)."""

    file: str
    title: str
    plan_year: int | None
    tasks: list[Task] = field(default_factory=list)
    paragraphs: dict[str, str] = field(default_factory=dict)  # task id -> 原文段落
    findings: list[Finding] = field(default_factory=list)
    source: str = "text"  # "text" | "table"
    output: Path | None = None

    @property
    def ok(self) -> bool:
        return not has_errors(self.findings)

    @property
    def exit_code(self) -> int:
        """0 done, 1 done (the 任务清单 written) but with error-level findings."""
        return 0 if self.ok else 1

    def paragraph(self, task: Task) -> str:
        return self.paragraphs.get(task.id, "")

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "file": self.file,
            "title": self.title,
            "plan_year": self.plan_year,
            "source": self.source,
            "tasks": [t.to_dict() | {"paragraph": self.paragraph(t)} for t in self.tasks],
            "findings": [f.to_dict() for f in self.findings],
            "outputs": [str(self.output)] if self.output else [],
        }
