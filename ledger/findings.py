"""Findings: problems in the data, reported as values (never raised)."""
from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass(frozen=True)
class Finding:
    """One thing a clerk should look at.

    ``code`` is a stable kebab-case identifier (``unknown-unit``), ``message`` and
    ``suggestion`` are Chinese text for the clerk, ``cell`` an A1 address.
    """

    code: str
    severity: str
    message: str
    file: str = ""
    sheet: str = ""
    cell: str = ""
    value: str = ""
    suggestion: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def has_errors(findings: list[Finding]) -> bool:
    return any(f.is_error for f in findings)
