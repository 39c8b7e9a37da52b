"""Finding and FindingType: problems in the data, reported as values (never raised).

A ``FindingType`` is one registered kind of finding (code, severity, Chinese
message and suggestion templates), as frictionless's error classes carry a
``type`` and a message ``template``; calling it makes the ``Finding``. Defining
a type registers it: ``REGISTRY`` maps every code to its one type.
"""
from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)
EXIT_DATA = 1  # done, outputs written, error-level findings
EXIT_FILE = 3  # an output could not be written (the run went on without it)


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


REGISTRY: dict[str, "FindingType"] = {}


@dataclass(frozen=True)
class FindingType:
    """A kind of finding with its Chinese templates. Templates name {file}, {sheet},
    {cell}, {value} and any field the caller passes; calling the type makes the
    Finding. ``exit_code`` is what an error of this type makes the command exit
    with: 1 (data) unless given, 3 for an output that could not be written.
    ``doc`` stands in docs/findings.md for a template that is only a field
    (a message worded where the problem is found: a deadline's note, a reason)."""

    code: str
    severity: str
    template: str
    suggestion: str = ""
    exit_code: int = 0
    doc: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"{self.code}: unknown severity {self.severity!r}")
        if self.severity == ERROR and not self.exit_code:
            object.__setattr__(self, "exit_code", EXIT_DATA)
        if self.severity != ERROR and self.exit_code:
            raise ValueError(f"{self.code}: only an error sets the exit code")
        if self.code in REGISTRY:
            raise ValueError(f"finding code {self.code!r} registered twice")
        REGISTRY[self.code] = self

    def __call__(self, file: str = "", sheet: str = "", cell: str = "", value: str = "",
                 **fields: object) -> Finding:
        message, suggestion = self.texts(file=file, sheet=sheet, cell=cell, value=value, **fields)
        return Finding(self.code, self.severity, message, file, sheet, cell, value, suggestion)

    def texts(self, **fields: object) -> tuple[str, str]:
        """The message and the suggestion with these fields filled in."""
        names = {"file": "", "sheet": "", "cell": "", "value": "", **fields}
        return self.template.format(**names), self.suggestion.format(**names)

    def placed(self, message: str, suggestion: str, file: str = "", sheet: str = "", cell: str = "",
               value: str = "") -> Finding:
        """A Finding whose text was made earlier from this type's templates (a parse
        result such as ``roster.Problem``, placed once its file and cell are known)."""
        return Finding(self.code, self.severity, message, file, sheet, cell, value, suggestion)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields the templates name, in order of first use."""
        out: dict[str, None] = {}
        for text in (self.template, self.suggestion):
            for _literal, name, _spec, _conv in string.Formatter().parse(text):
                if name:
                    out[name] = None
        return tuple(out)


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.is_error for f in findings)


def exit_code(findings: Iterable[Finding]) -> int:
    """The command's exit code from its findings alone: 0 without errors; 1 when
    any error is in the data (outputs written, see the findings); else 3 when
    an output could not be written (a file held open by Excel, a failed PDF)."""
    codes = {REGISTRY[f.code].exit_code if f.code in REGISTRY else EXIT_DATA for f in findings if f.is_error}
    if not codes:
        return 0
    return EXIT_DATA if EXIT_DATA in codes else max(codes)
