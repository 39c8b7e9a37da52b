"""Header words: which column of a table holds which field.

Offices name the same column many ways (DOMAIN.md); a table is recognised by
its columns, never by its title or file name. Synonyms are listed best first;
ledger.toml may add more per field. When a table has several task-text
columns (a short 重点任务 title and a 具体措施 content column), which one is
the text is decided by the table's shape (ledger.io.tables), not by this order.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

TASK_FIELDS: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "任务编号", "项目编号", "工作编号", "任务序号", "序", "号"),
    "category": ("类别", "分类", "项目", "任务类别", "工作类别", "领域", "重点领域", "板块",
                 "一级指标", "二级指标", "评价项目", "任务分类", "类型"),
    "text": ("主要任务", "工作任务", "任务内容", "具体任务", "具体内容", "重点任务", "重点工作",
             "工作内容", "主要内容", "任务事项", "工作事项", "目标任务", "任务目标", "工作任务及目标", "任务", "工作措施",
             "具体措施", "主要措施", "重点措施", "工作举措", "具体举措", "推进措施", "落实措施",
             "细化措施", "任务名称", "具体工作", "工作要点", "措施", "事项", "内容"),
    "lead": ("牵头单位", "牵头部门", "牵头责任单位", "牵头"),
    "leader": ("牵头领导", "责任领导", "分管领导", "包抓领导", "牵头县领导", "领导"),
    "responsible": ("责任单位", "责任部门", "责任主体", "承办单位", "主责单位", "落实单位",
                    "责任单位（部门）", "责任"),
    "cooperating": ("配合单位", "配合部门", "协办单位", "参与单位", "协助单位", "协同单位", "配合", "协办"),
    "deadline": ("完成时限", "时限要求", "完成时间", "时间节点", "时限", "截止时间", "完成期限",
                 "时间要求", "完成时间节点", "时间安排"),
    "note": ("备注", "说明"),
    "source_text": ("原文段落", "方案原文", "原文"),  # written by ledger extract: kept, not shown
}

BREAKDOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "task_number": ("任务编号", "对应任务编号", "任务序号", "编号", "序号"),
    "task_text": ("任务内容", "主要任务", "工作任务", "重点任务", "任务"),
    "measure": ("具体措施", "分解事项", "分解任务", "具体举措", "落实措施", "工作措施",
                "措施", "细化措施", "推进措施"),
    "unit": ("责任单位", "责任部门", "填报单位", "牵头单位", "单位"),
    "section": ("责任科室", "科室", "责任股室", "具体承办科室", "承办科室", "股室"),
    "person": ("责任人", "具体责任人", "联系人", "经办人"),
    "phone": ("联系电话", "电话", "手机"),
    "milestone": ("时间节点", "完成时限", "完成时间", "时限", "节点"),
}

_NOISE_CHARS = re.compile(r"[\s\u3000*＊:：/／]")


def normalize_header(value: object) -> str:
    """Cell text -> comparable header word (no spaces, notes or markers)."""
    text = unicodedata.normalize("NFKC", str(value or ""))
    text = re.sub(r"[\s\u3000]+", "", text)
    stripped = _without_noise(text)
    return stripped or text


def _without_noise(text: str) -> str:
    r"""The noise characters taken out and a note in brackets at the end cut off: on a text
    with no spaces or line breaks left, what
    re.sub(r"[\s\u3000*＊:：/／]|（[^）]*）$|\([^)]*\)$", "", text) gave (the note opens at
    the first bracket after the one closing before it), without that pattern's scan to the
    end from every opening bracket (quadratic: 16,000 of them took a second)."""
    cut = len(text)
    for opening, closing in (("（", "）"), ("(", ")")):
        if text.endswith(closing):
            found = text.find(opening, text.rfind(closing, 0, len(text) - 1) + 1, len(text) - 1)
            cut = found if found >= 0 else cut
    return _NOISE_CHARS.sub("", text[:cut])


@dataclass
class Synonyms:
    """Field -> header words, best first. Built from defaults plus ledger.toml."""

    fields: dict[str, tuple[str, ...]]
    extra: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, word: str) -> list[tuple[str, int]]:
        """Every (field, rank) the header word can stand for; rank 0 is best."""
        key = normalize_header(word)
        if not key:
            return []
        found = []
        for name in self.fields:
            words = tuple(normalize_header(w) for w in self.extra.get(name, ())) + self.fields[name]
            if key in words:
                found.append((name, words.index(key)))
        return found


def task_synonyms(extra: dict[str, list[str]] | None = None) -> Synonyms:
    return Synonyms(TASK_FIELDS, {k: tuple(v) for k, v in (extra or {}).items()})


def breakdown_synonyms(extra: dict[str, list[str]] | None = None) -> Synonyms:
    return Synonyms(BREAKDOWN_FIELDS, {k: tuple(v) for k, v in (extra or {}).items()})
