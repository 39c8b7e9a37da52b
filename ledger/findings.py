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
FORMULA_IN_INPUT = FindingType(
    "formula-in-input", WARNING,
    "《{file}》“{sheet}”表 {cell} 单元格（{column}）填的是公式 {formula}，已按文件中保存的计算结果“{value}”汇总。",
    "请核对这个结果是否就是报送单位要填的内容；如不是，请让其把该单元格改为文字后重新报送。")
FORMULA_WITHOUT_VALUE = FindingType(
    "formula-without-value", WARNING,
    "《{file}》“{sheet}”表 {cell} 单元格（{column}）填的是公式，文件中没有它的计算结果（或结果是错误值），已按公式原文“{value}”汇总。",
    "请让报送单位在 Excel/WPS 中打开该文件，确认该单元格的内容后重新保存报送；"
    "如要填写以“=”开头的文字，请先输入英文单引号（'）。")
VALUE_NOT_TEXT = FindingType(
    "value-not-text", WARNING,
    "《{file}》“{sheet}”表 {cell} 单元格（{column}）填的是{kind}，不是文字，已按“{value}”汇总。",
    "请核对这与报送单位在表中看到的是否一致；如不一致，请让其先输入英文单引号（'）再填写"
    "（或把单元格设为文本格式），重新报送。")
