"""docs/findings.md from the registry: every code, its severity, message and suggestion."""
from __future__ import annotations

import string

from . import AREAS
from .base import ERROR, EXIT_DATA, INFO, WARNING, FindingType

SEVERITY_NAMES = {ERROR: "错误", WARNING: "提醒", INFO: "说明"}

HEADER = """\
# 问题代码一览

<!-- 本文件由 `python -m ledger.findings docs/findings.md` 从 ledger/findings/ 生成，请勿手工修改。 -->

`ledger check`、`ledger merge` 等命令发现的每个问题（finding）都有一个固定的英文代码
（`--json` 输出和检查报告中的 `code`），以及级别、问题说明和修改建议。
说明和建议中的 `{file}`、`{sheet}`、`{cell}`、`{value}` 是问题所在的文件、工作表、单元格和内容，
其他 `{…}` 是随问题填入的内容（如任务编号、单位名称）。

级别：

- **错误**（error）：须修改。命令照常完成并写出结果，但退出码为 1；
  标明“退出码 3”的错误是某个输出文件没能写出（如文件正被 Excel 打开），
  没有其他错误时退出码为 3。
- **提醒**（warning）：请核对，退出码不受影响（0）。
- **说明**（info）：告知做了什么处理，退出码不受影响（0）。
"""


def _shown(text: str) -> str:
    """A template as the clerk reads it: fields as {name}, literal braces single, no table breaks."""
    parts = []
    for literal, name, spec, conv in string.Formatter().parse(text):
        parts.append(literal)
        if name is not None:
            parts.append("{" + name + ("!" + conv if conv else "") + (":" + spec if spec else "") + "}")
    return "".join(parts).replace("|", "\\|").replace("\n", " ")


def _severity(kind: FindingType) -> str:
    name = SEVERITY_NAMES[kind.severity]
    return f"{name}（退出码 {kind.exit_code}）" if kind.severity == ERROR and kind.exit_code != EXIT_DATA else name


def _row(kind: FindingType) -> str:
    message = kind.doc or _shown(kind.template)
    return f"| `{kind.code}` | {_severity(kind)} | {message} | {_shown(kind.suggestion)} |"


def types_of(area) -> list[FindingType]:
    """The types an area module defines, in the order it defines them."""
    return [v for v in vars(area).values() if isinstance(v, FindingType)]


def findings_markdown() -> str:
    lines = [HEADER]
    for area in AREAS:
        lines += [f"## {area.TITLE}", "", "| 代码 | 级别 | 问题 | 建议 |", "| --- | --- | --- | --- |"]
        lines += [_row(kind) for kind in types_of(area)]
        lines.append("")
    return "\n".join(lines)
