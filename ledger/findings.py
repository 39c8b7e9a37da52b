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


@dataclass(frozen=True)
class FindingType:
    """A kind of finding with its Chinese templates, as frictionless's error types
    carry a ``type`` and a message ``template``. Templates name {file}, {sheet},
    {cell}, {value} and any field the caller passes; calling the type makes the
    Finding."""

    code: str
    severity: str
    template: str
    suggestion: str

    def __call__(self, file: str = "", sheet: str = "", cell: str = "", value: str = "",
                 **fields: object) -> Finding:
        names = dict(fields, file=file, sheet=sheet, cell=cell, value=value)
        return Finding(self.code, self.severity, self.template.format(**names), file, sheet, cell, value,
                       self.suggestion.format(**names))


# --- what a unit typed that cannot be kept exactly as typed (merge, export) ---------------

TEXT_TRUNCATED = FindingType(
    "text-truncated", WARNING,
    "《{file}》“{sheet}”表 {cell} 单元格（{column}）的内容共 {length} 字，超过 Excel 一个单元格能放下的"
    " 32767 字，表中只显示前面部分，末尾注明了“内容过长，已截断”。",
    "完整内容仍保存在工作区数据库中，没有丢失。如需在表中完整显示，请让报送单位精简该项内容"
    "（长篇材料作为附件另行报送）后重新报送。")
