"""What extracting a plan gives back: its tasks, the paragraph each came from,
findings, and the 任务清单 written from them (what ``ledger extract --json`` prints)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..findings import Finding
from ..model import Task
from ..results import FindingsResult


@dataclass
class ExtractResult(FindingsResult):
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

    command = "extract"  # exit code 1: the 任务清单 is written, but with error-level findings

    def paragraph(self, task: Task) -> str:
        return self.paragraphs.get(task.id, "")

    def payload(self) -> dict:
        return {
            "file": self.file,
            "title": self.title,
            "plan_year": self.plan_year,
            "source": self.source,
            "tasks": [t.to_dict() | {"paragraph": self.paragraph(t)} for t in self.tasks],
            "findings": [f.to_dict() for f in self.findings],
            "outputs": [str(self.output)] if self.output else [],
        }
