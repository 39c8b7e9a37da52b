"""A task written as a block of labelled fields, one a line, under its heading:

    1.城东污水处理厂扩建项目          <- the heading: the task's title and number
    建设内容：新建污水处理设施…        <- content: the task's text
    建设规模：日处理污水5万吨          <- figures: kept beside the task (``Task.extra``)
    总投资：3.2亿元
    牵头单位：县住建局                 <- owner, leader and deadline lines (``.markers``)
    完成情况：红星镇已完成…            <- progress: kept beside the task, never read for owners

as 重点项目, 民生实事 and 督查通报 pages write them; the heading may be a part's (一、…), an item's
(1. （一）) or a ``项目名称：`` line. ``read_block`` tells such a block from an item that merely has
a labelled line after its text ("1.加强…。⏎完成20个…。⏎责任单位：…" is read as before): the first
line under the heading is a field, and so is every other (a line that does not open with a label goes
on the field above it), no label twice. A heading that is a sentence of duties ("1.加强…。") is the
start of the task's text, not a title; its progress and figures are kept apart all the same. A part
(一、…) is one such task only when its heading is no part's title (主要任务, 保障措施) and one of its
fields is content. No I/O; ``.outline`` and ``.drafts`` use it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# What the task is to do: its text.
CONTENT_LABELS = ("目标任务|建设内容|工作内容|主要任务|主要内容|工作措施|任务内容|具体内容|实施内容|项目内容|建设任务"
                  "|具体任务|具体措施|主要措施|工作目标|建设目标|年度目标|任务目标|主要目标|目标要求|改造内容|服务内容"
                  "|项目概况|建设标准|工作要求|任务要求")
# How far it has come: kept, not the task's text (the places it names are where works were done, no owners).
PROGRESS_LABELS = ("完成情况|进展情况|推进情况|进度情况|落实情况|实施情况|工作进展|项目进展|工作进度|项目进度|目前进展"
                   "|当前进展|完成进度|实际完成情况|存在问题|下步打算|下一步工作")
# Figures and particulars of a project: kept, not the task's text.
FIGURE_LABELS = ("计划总投资|总投资|年度计划投资|年度投资|计划投资|投资额|投资规模|已完成投资|累计完成投资|完成投资|资金来源"
                 "|建设规模|建设地点|建设地址|实施地点|项目地点|建设性质|建设年限|建设期限|建设周期|计划开工时间|开工时间"
                 "|计划竣工时间|竣工时间|项目类别|项目类型")
# The task's name on a line of its own: opens a block without a heading.
NAME_LABELS = "项目名称|工程名称|任务名称|事项名称|实事名称|实事项目名称"
_UNIT = r"(?:[（(][^（）()]{1,8}[）)])?"  # 总投资（万元）：
FIELD = re.compile(rf"^\s*(?P<label>{NAME_LABELS}|{CONTENT_LABELS}|{PROGRESS_LABELS}|{FIGURE_LABELS}){_UNIT}\s*[:：]\s*")
NAME = re.compile(rf"^(?:{NAME_LABELS})$")
CONTENT = re.compile(rf"^(?:{CONTENT_LABELS})$")
HEADING_MAX = 50  # characters of a heading that is a project's name, not a sentence
SENTENCE_END = re.compile(r"[。；;！!？?]")


@dataclass
class FieldBlock:
    """The task a block makes: its title, its text (the title, then the content lines as written),
    and the other fields by their labels."""

    title: str
    text: str
    extra: dict[str, str] = field(default_factory=dict)


def field_label(text: str) -> str:
    """The field's label a line opens with ("建设规模：…" -> 建设规模), or ""."""
    m = FIELD.match(text)
    return m.group("label") if m else ""


def is_content_field(text: str) -> bool:
    """A line that opens with a content field's label (建设内容：, 目标任务： …)."""
    return bool(CONTENT.match(field_label(text)))


def names_a_task(text: str) -> str:
    """The task's name when ``text`` is a 项目名称： line, else ""."""
    m = FIELD.match(text)
    return text[m.end():].strip() if m and NAME.match(m.group("label")) else ""


def is_heading(text: str) -> bool:
    """A heading that names a task (a project, a work), not a sentence of duties."""
    text = text.strip()
    return 0 < len(text) <= HEADING_MAX and not SENTENCE_END.search(text.rstrip("。"))


def read_block(heading: str, lines: list[str]) -> FieldBlock | None:
    """The task of a heading and the lines under it (the owner, leader and deadline lines left out),
    or None when they are no block of fields: the first line must open with a field's label and a
    label may not come twice (that is a list of blocks, not one). A heading that names the task (a
    project, a 项目名称： line) is its title; a sentence of duties ("1.加强…。") or a content field
    ("目标任务：…") opening the item is the start of its text, and the task has no title."""
    name = names_a_task(heading)
    title = name or (heading.strip() if is_heading(heading) and not field_label(heading) else "")
    if field_label(heading) and not name:
        lines, lead = [heading] + lines, []
    else:
        lead = [title or heading.strip()]
    if not lines or not field_label(lines[0]):
        return None
    fields: dict[str, list[str]] = {}
    content: list[str] = []
    current = ""
    for line in lines:
        label = field_label(line)
        if label and (label in fields or NAME.match(label)):
            return None
        if label:
            current = label
            fields[label] = [FIELD.sub("", line, count=1).strip()]
        else:
            fields[current].append(line.strip())
        if CONTENT.match(current):
            content.append(line.strip())
    extra = {label: "\n".join(v for v in values if v) for label, values in fields.items() if not CONTENT.match(label)}
    return FieldBlock(title, "\n".join(lead + content), extra)


def opens_block(lines: list[str]) -> bool:
    """A part's lines after its heading are one block of fields, one of them content (the heading
    is the task's title)."""
    block = read_block("标题", lines) if lines and not names_a_task(lines[0]) else None
    return block is not None and any(is_content_field(line) for line in lines)
