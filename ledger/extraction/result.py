"""What extracting a plan gives back: its tasks, the paragraph each came from, findings."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Finding, has_errors
from ..model import Task


@dataclass
class ExtractResult:
    """The tasks of one plan, the paragraph each came from, and findings."""

    file: str
    title: str
    plan_year: int | None
    tasks: list[Task] = field(default_factory=list)
    paragraphs: dict[str, str] = field(default_factory=dict)  # task id -> 原文段落
    findings: list[Finding] = field(default_factory=list)
    source: str = "text"  # "text" | "table"

    @property
    def ok(self) -> bool:
        return not has_errors(self.findings)

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
        }
