"""Findings of ``ledger extract``: what was repaired, joined, split or left out
while reading a plan (.docx/.txt) into a 任务清单 (ledger/extraction/)."""
from __future__ import annotations

from .base import INFO, WARNING, FindingType

TITLE = "从实施方案提取任务清单"

PAGE_NUMBERS_REMOVED = FindingType(
    "page-numbers-removed", INFO,
    "已删除正文中的{count}处页码。")
TEXT_ENCODING = FindingType(
    "text-encoding", WARNING,
    "文件编码无法完全识别，有{count}个字符无法读取（显示为“\ufffd”）。",
    "请将文件另存为 UTF-8 编码的 .txt，或提供 .docx。")
TEXT_NOISE = FindingType(
    "text-noise", WARNING,
    "正文的词语中夹杂着{count}个多余符号（【】《》—?! 等，转载网站为防复制插入），已去掉后识别任务和单位。",
    "任务内容已按去掉符号后的文字写出，请对照正式印发的文件核对。")
TEXT_PUNCTUATION = FindingType(
    "text-punctuation", WARNING,
    "正文的标点疑似被转载网站打乱（逗号、句号、顿号和空格相互调换），已按上下文重新判断{count}处标点后识别任务和单位。",
    "任务内容中的标点为重新判断后的，请对照正式印发的文件核对。")
LINES_JOINED = FindingType(
    "lines-joined", INFO,
    "有{count}处被分页或换行截断的段落已接续。",
    "每项任务的“原文段落”列给出了接续后的原文，请核对。")
SECTION_INCLUDED = FindingType(
    "section-included", INFO,
    "“{title}”不像任务部分，但有责任单位标注，已一并提取。")
SECTION_OWNERS_KEPT = FindingType(
    "section-owners-kept", INFO,
    "“{title}”不是任务部分，但其中有{count}句写明了由哪个单位负责，已作为任务提取。",
    "如这些句子不是任务，请在任务清单中删除对应行。")
SUBJECT_SENTENCES = FindingType(
    "subject-sentences", WARNING,
    "文件中没有任务部分、任务表格或责任单位标注；已把{count}个以单位开头的分句（如“{example}”）作为该单位的任务提取。",
    "这些任务是按句子主语推断的，请逐项核对，不是任务的请在任务清单中删除。")
SECTION_SKIPPED = FindingType(
    "section-skipped", INFO,
    "未提取“{title}”：{reason}。",
    "如其中有任务，请在任务清单中补充。")
BODY_TASKS_SKIPPED = FindingType(
    "body-tasks-skipped", INFO,
    "正文中另有{count}项标注了责任单位的任务，未重复提取：已按文件中的任务清单表格提取。",
    "如表格与正文不一致，请以正式印发的任务清单为准核对。")
MARKER_REPAIRED = FindingType(
    "marker-repaired", WARNING,
    "“{damaged}：”疑似缺字，已按“{label}：”读取。",
    "请核对原文。")
TEXT_AFTER_MARKER = FindingType(
    "text-after-marker", INFO,
    "“{excerpt}…”之后没有标明责任单位，已归入上一分项。",
    "请核对该句由哪个单位负责。")
TASK_SPLIT = FindingType(
    "task-split", INFO,
    "一项任务中有{count}处不同的责任单位标注，已按分句拆为{count}项。",
    "如应作为一项任务，请在任务清单中合并。")
NUMBER_REPAIRED = FindingType(
    "number-repaired", INFO,
    "编号“{number}”后缺少“.”，已按第{number}项读取。")
DUPLICATE_NUMBER_RENAMED = FindingType(
    "duplicate-number-renamed", WARNING,
    "任务编号“{number}”重复，第二项起改为“{renamed}”。",
    "请核对原文编号。")
UNIT_REPAIRED = FindingType(
    "unit-repaired", WARNING,
    "“{value}”疑似缺字，已按单位名录中的“{spelling}”（{unit}）处理。",
    "请核对原文；如不是该单位，请在任务清单中改正。")
OWNER_NOT_FOUND = FindingType(
    "owner-not-found", WARNING,
    "第{number}项任务没有找到牵头单位或责任单位。",
    "请核对原文，在任务清单中补充牵头单位或责任单位。")
OWNER_LIST_CUT = FindingType(
    "owner-list-cut", INFO,
    "责任单位写到“{last}”为止：其后的“{excerpt}”不像单位名称，已归入任务内容。",
    "请核对责任单位到哪里为止。")
UNIT_COMPLETED = FindingType(
    "unit-completed", WARNING,
    "“{value}”疑似缺字或为简称，已按常见部门名称补全为“{spelling}”。",
    "请核对原文；如不是该单位，请在任务清单中改正，或用 --units 提供单位名录。")
UNIT_MARKS_DROPPED = FindingType(
    "unit-marks-dropped", WARNING,
    "“{value}”开头的字母或问号像是网页转载时留下的乱码，已去掉，读作“{spelling}”。",
    "请核对原文，看是否缺了“县”“市”等字；如有，请在任务清单中改正，或用 --units 提供单位名录。")
UNITS_EXPANDED = FindingType(
    "units-expanded", INFO,
    "“{value}”是省略或合写的写法，已按{units}分别列出。",
    "请核对。")
UNIT_POST_NOTED = FindingType(
    "unit-post-noted", INFO,
    "“{value}”中的“{post}”是职务或人员，不是单位：已只取“{unit}”，原文记入备注。")
OTHER_UNITS_NOTED = FindingType(
    "other-units-noted", INFO,
    "“{value}”指所列单位以外的其他单位，不是一个单位：未列为责任单位，原文记入备注。")
OWNER_PERSON_NOTED = FindingType(
    "owner-person-noted", INFO,
    "“{value}”是人员或职务（如分管领导），不是单位：未列为责任单位，原文记入备注。",
    "如该任务另有责任单位，请在任务清单中补充。")
UNIT_UNCERTAIN = FindingType(
    "unit-uncertain", WARNING,
    "“{value}”不像常见的单位名称，已按单位保留。",
    "请核对原文；如不是单位，请在任务清单中删除或改正。")
FIRST_LISTED_LEAD = FindingType(
    "first-listed-lead", INFO,
    "方案写明“{said}”：{task}以所列第一个单位“{unit}”为牵头单位。",
    "请核对牵头单位。")
MARKED_LEAD = FindingType(
    "marked-lead", INFO,
    "方案写明“{said}”：{task}以标注的“{unit}”为牵头单位。",
    "请核对牵头单位。")
TEXT_TRADITIONAL = FindingType(
    "text-traditional", INFO,
    "正文是繁体字：已按简体识别任务和单位，任务清单保留原文字形（完成时限按简体写出，以便识别“长期坚持”等）。")
OWNER_LINE_READ = FindingType(
    "owner-line-read", INFO,
    "“{value}”单独成行、没有标明角色（疑似表格丢了表头），已按“{label}”读取。",
    "请核对该任务的牵头单位和配合单位。")
OWNER_LINE_AFTER = FindingType(
    "owner-line-after", INFO,
    "“{value}”写在它所指的任务之后，已作为第{items}项任务的责任单位读取。",
    "请核对这几项任务的责任单位。")
