"""Findings of ``ledger merge``, ``ledger export`` and ``ledger close``: the files
units return, the rows and values in them, the 汇总台账, 销号."""
from __future__ import annotations

from .base import ERROR, EXIT_FILE, INFO, WARNING, FindingType

TITLE = "回收汇总、汇总台账和销号"

# --- files --------------------------------------------------------------------------------

FILE_REJECTED = FindingType(
    "file-rejected", ERROR,
    "《{file}》未汇总：{reason}",
    "请联系报送单位重新报送。")
FILE_NEEDS_CONFIRMATION = FindingType(
    "file-needs-confirmation", ERROR,
    "《{file}》待确认：{reason}",
    "核实后运行：ledger merge \"{path}\" --as {unit}（在 Excel 中可用“确认报送单位”按钮）。")
IDENTITY_CONFIRMED = FindingType(
    "identity-confirmed", WARNING,
    "《{file}》没有隐藏标识，已按您的确认记为“{unit}”的本期报送，并按编号和任务内容逐行核对。",
    "请提醒该单位在下发的原表上填写，不要复制到新文件。")
AS_NOT_APPLIED = FindingType(
    "as-not-applied", WARNING,
    "《{file}》带有“{unit}”的隐藏标识，已按标识记为“{unit}”的报送，没有按 --as 记为“{value}”。",
    "--as 只用于没有隐藏标识的文件；如确需确认某个文件，请在命令中只写明该文件。")
SEVERAL_FILES_OF_ONE_UNIT = FindingType(
    "several-files-of-one-unit", WARNING,
    "本次收到“{value}”的{count}份表格（{files}），{why}：《{file}》；其余已存为历史记录。",
    "如采用的不是最新的一份，请把最新的一份重新放入回收文件夹后再运行 ledger merge。")
INCOMING_FOLDER_OLD_NAME = FindingType(
    "incoming-folder-old-name", INFO,
    "本期没有《{label}》文件夹，已从按旧方式命名的回收文件夹《{file}》读取各单位报送的表格。",
    "可把该文件夹改名为“{label}”（下发、回收的文件夹现都按周期的中文名称命名）；不改也照常可用。")
NAMED_AS_ANOTHER = FindingType(
    "named-as-another", WARNING,
    "《{file}》的文件名或填报人写的是“{other}”，但表内的隐藏标识表明这是下发给“{unit}”的填报表，已按“{unit}”汇总。",
    "请核实：如是{other}填了{unit}的表，请让{other}在自己的填报表上重新填写报送，并告知{unit}本期仍需报送；"
    "如只是文件名写错，可不处理。")
REPORT_EMPTIED = FindingType(
    "report-emptied", WARNING,
    "《{file}》是{unit}重新报送的，已替换上次报送；其中{count}项任务上次填了、这次没有填：{numbers}。",
    "汇总以最新一份为准，上次的内容留档、不再计入。如单位只是补发了改动的几行，请让其在完整的填报表上重新报送。")
FILES_NOT_READ = FindingType(
    "files-not-read", WARNING,
    "回收文件夹中有{count}个文件没有读取：{names}。",
    "子文件夹中的填报表请移到《{file}》，或运行 ledger merge “子文件夹路径”；压缩包请先解压，其他格式的文件请让单位改用下发的"
    "填报表报送。否则这些单位会记为未报送。")
LEDGER_NOT_WRITTEN = FindingType(
    "ledger-not-written", ERROR,
    "汇总台账未能写出：{reason}",
    "各单位数据已汇总入库，关闭文件后运行 ledger export 即可。", exit_code=EXIT_FILE)

# --- rows -----------------------------------------------------------------------------------

ROW_UNMATCHED = FindingType(
    "row-unmatched", WARNING,
    "第{row}行找不到对应的任务，内容已原样保存，未计入任何任务。",
    "请核对该行是否为该单位的任务，必要时手工补录。")
READONLY_EDITED = FindingType(
    "readonly-edited", WARNING,
    "第{row}行（任务{value}）的任务信息被改动过；任务清单不会因此改变。",
    "如任务信息确需调整，请修改任务清单后重新导入。")
DUPLICATE_ROW = FindingType(
    "duplicate-row", WARNING,
    "任务{value}在表中出现了不止一行，各行内容已合并保存。",
    "请每项任务只填一行。")
ROWS_DELETED = FindingType(
    "rows-deleted", WARNING,
    "《{file}》中没有任务 {numbers}（共 {count} 项）的行，这些任务本期视为该单位未报。",
    "请核实该单位是否误删了行；需要时请其补报。")
ID_OVERWRITTEN = FindingType(
    "id-overwritten", WARNING,
    "第{row}行隐藏的任务标识被改成了“{value}”，已按编号和任务内容对应到任务。",
    "请提醒该单位不要在隐藏列（任务标识）中填写或粘贴内容；请核对该行的值是否落在了对应的任务上。")
MATCHED_BY_NUMBER = FindingType(
    "matched-by-number", WARNING,
    "《{file}》有 {count} 行的隐藏标识已丢失，已按编号和任务内容对应到任务。",
    "请提醒该单位不要删除隐藏列、不要把内容复制到新表。")
IDS_OUT_OF_PLACE = FindingType(
    "ids-out-of-place", WARNING,
    "《{file}》有 {count} 行的隐藏标识与该行显示的任务不对应（可能排序时只选中了部分列），"
    "已按该行显示的编号和任务内容对应到任务。",
    "请核对这些任务的汇总结果；并提醒该单位排序时使用表头的筛选按钮，或选中整张表后再排序。")

# --- values -----------------------------------------------------------------------------------

STATUS_INVALID = FindingType(
    "status-invalid", WARNING,
    "第{row}行的完成状态“{value}”不在选项中。",
    "请从下拉列表中选择：{choices}")
DATE_INVALID = FindingType(
    "date-invalid", WARNING,
    "第{row}行的预计完成时间“{value}”不是日期。",
    "请写成日期，如 2023-06-30。")
DATE_AMBIGUOUS = FindingType(
    "date-ambiguous", WARNING,
    "第{row}行的预计完成时间“{value}”不是完整的日期：{note}",
    "请写成日期，如 2023-06-30。")
DONE_WITHOUT_EVIDENCE = FindingType(
    "done-without-evidence", WARNING,
    "第{row}行报“已完成”，但没有填写{missing}。",
    "请补充完成情况和佐证材料，否则不能销号。")

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

# --- 销号 ------------------------------------------------------------------------------------

TASK_NUMBER_UNKNOWN = FindingType(
    "task-number-unknown", ERROR,
    "找不到任务编号“{value}”。",
    "请核对任务编号（见汇总台账“总台账”的第一列）后重新运行 ledger close。")
CLOSED_NOT_DONE = FindingType(
    "closed-not-done", WARNING,
    "任务{value}已销号，但{reported}{evidence}。",
    "销号应是任务已完成、佐证材料已到。请核实：确已完成的，请{unit}在下期填报表中报“已完成”并填写佐证材料；"
    "尚未完成的，运行 ledger close --reopen {value} 撤销销号，该任务会继续下发。")
CLOSED_WITHOUT_EVIDENCE = FindingType(
    "closed-without-evidence", WARNING,
    "任务{value}已销号，{unit}{period}报了“已完成”，但各单位都没有填写佐证材料。",
    "请{unit}在下期填报表的“佐证材料”栏补报（文件名称、文号或链接）；核实后不能销号的，"
    "运行 ledger close --reopen {value} 撤销销号。")
LEDGER_UNREADABLE = FindingType(
    "ledger-unreadable", WARNING,
    "原有的《{file}》无法读取其中的“销号确认”（{reason}），这次汇总没有据此销号，并将生成新的汇总台账。",
    "原文件已另存为《{backup}》，没有丢失：请打开核对，其中勾选了“销号确认”的任务，"
    "请运行 ledger close 任务编号 补办销号。")
ALREADY_CLOSED = FindingType(
    "already-closed", INFO,
    "任务{value}已于{closed_at}销号，这次没有重复销号。",
    "无需再次销号；如要撤销销号，运行 ledger close --reopen {value}。")
NOT_CLOSED = FindingType(
    "not-closed", INFO,
    "任务{value}没有销号，无需撤销。",
    "运行 ledger status 或打开汇总台账“总台账”的“销号”列，可查看哪些任务已销号。")
