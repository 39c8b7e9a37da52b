"""Findings of reading a 任务清单 or 任务分解表 (io/read.py, tasklist.py): cells the
reader could not give to a task, hidden parts, columns it does not know, deadlines
it could not read."""
from __future__ import annotations

from .base import ERROR, WARNING, FindingType

TITLE = "读取任务清单和任务分解表"

HIDDEN_SHEET = FindingType(
    "hidden-sheet", WARNING,
    "工作表“{sheet}”被隐藏，其中的{rows}行已照常读入。",
    "如该表已作废（如往年的旧清单），请删除该工作表后重新导入；否则请取消隐藏。")
HIDDEN_COLUMN = FindingType(
    "hidden-column", WARNING,
    "第{column}列被隐藏，已照常读取。",
    "请确认隐藏列中的内容是否仍然有效。")
HIDDEN_ROW = FindingType(
    "hidden-row", WARNING,
    "第{row}行被隐藏，已作为{kind}的一行读入。",
    "如该行已作废，请删除该行；否则请取消隐藏。")
COLUMN_UNRECOGNISED = FindingType(
    "column-unrecognised", WARNING,
    "{column}不是任务清单的标准列，其内容已作为“其他信息”随任务保存，在下发表和汇总台账中只读显示。",
    "如该列应对应某一字段（如牵头单位、完成时限），请在 ledger.toml 的 [columns] 中补充，"
    "例如 lead = [\"{value}\"]，然后重新导入。")
VALUE_READ_AS_TEXT = FindingType(
    "value-read-as-text", WARNING,
    "第{row}行的“{column}”是{kind}“{value}”，已按文字“{value}”读入。",
    "请确认该单元格内容；如应为文字，请把单元格格式设为“文本”后重新输入。")
CELL_UNPLACED = FindingType(
    "cell-unplaced", WARNING,
    "第{row}行{column}列的内容“{excerpt}”没有归入任何任务。",
    "请确认该内容属于哪项任务，并移到该任务所在的行；如已作废，请删除。")
CELL_IN_HEADING_ROW = FindingType(
    "cell-in-heading-row", WARNING,
    "第{row}行是章节标题行，其中{column}列的内容不属于任何一项任务。",
    "如该内容属于下面的任务，请移到对应任务的行中；否则可删除。")
CELL_IN_ITEM_HEADING_ROW = FindingType(
    "cell-in-item-heading-row", WARNING,
    "第{row}行是分项（①②…）的总标题行，其中{column}列的内容不属于任何一个分项。",
    "如该内容适用于各分项，请填到各分项的行中。")
MERGED_ROW_CONFLICT = FindingType(
    "merged-row-conflict", WARNING,
    "第{row}行与第{task_row}行同属一项任务（任务内容单元格合并），但{what}不同："
    "已按第{task_row}行读入，本行的“{excerpt}”未采用。",
    "如本行是另一项任务，请取消任务内容的合并并填写本行的任务内容；否则请统一为同一内容。")

# Deadline problems: deadlines.parse_deadline returns the code and a note (what is
# wrong and what to write instead); tasklist.py places them at their cell.
_REWRITE = "请改写为具体日期，如“2023年6月30日前”，或“长期坚持”。"
DEADLINE_UNPARSED = FindingType(
    "deadline-unparsed", ERROR, "{note}", _REWRITE,
    doc="完成时限无法识别。消息写明原文和改写示例。")
DEADLINE_INVALID = FindingType(
    "deadline-invalid", ERROR, "{note}", _REWRITE,
    doc="完成时限不是有效日期（如2月30日，或不是Excel日期的数字）。消息写明哪一段不对和改写示例。")
DEADLINE_AMBIGUOUS = FindingType(
    "deadline-ambiguous", WARNING, "{note}", _REWRITE,
    doc="完成时限不完整：未写年份，或只写了年份（暂按当年12月31日计）。消息写明怎样补全。")
