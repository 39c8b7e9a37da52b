"""Findings of ``ledger doctor`` (readiness.py): a check of this machine or
workspace that did not pass. ``{value}`` is the check's name, ``{detail}`` what
was found, ``{fix}`` what to do. An essential check (the workspace, its
database, the chart font, a template) is an error and makes doctor exit 1; a
nicety (a 公文 font, LibreOffice for the PDF) is a warning."""
from __future__ import annotations

from .base import ERROR, WARNING, FindingType

TITLE = "检查本机和工作区"

NOT_READY = FindingType(
    "not-ready", ERROR,
    "{value}：{detail}",
    "{fix}",
    doc="必须处理的检查项没有通过（工作区、数据库、文件夹、图表中文字体、通报模板、Python 版本），"
        "消息写明查到的情况，建议写明怎样处理。")
NICETY_MISSING = FindingType(
    "nicety-missing", WARNING,
    "{value}：{detail}",
    "{fix}",
    doc="建议处理的检查项没有通过（公文字体、生成 PDF 用的 LibreOffice）：不影响使用，只少了一项便利。")
