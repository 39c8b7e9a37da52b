"""Owner headings over the duties in the paragraphs after them (issue 15, blind w104 and
w110): '一、乡政府责任目标' then (一)…(六), levels sharing one name as a heading or a subject
('（一）区、县(市)帮扶救助服务中心工作职责'), a lead-in naming the heading's own unit. Each rule
on an instance written for it (other units, levels, verbs and heading words, traditional
too), and the headings that are topics, people or dates, which own nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.markers import looks_like_unit
from ledger.extraction.prose import owner_heading


def tasks_of(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.text, t.responsible) for t in extract_tasks(plan).tasks]


# ------------------------------------------------------------------ '<unit>责任目标' / '<unit>工作任务' headings

LETTER = ("镇级安全生产责任书\n\n  为落实安全生产责任，特签订本责任书。\n\n  一、镇政府工作任务\n\n"
          "  （一）组织开展安全生产大检查，每季度不少于一次。\n\n  （二）督促县应急管理局派驻人员开展执法。\n\n"
          "  二、社区居委会责任目标\n\n  （一）排查辖区隐患，建立台账；\n\n  （二）配合镇政府开展宣传。\n")


def test_a_units_targets_or_tasks_heading_owns_the_duties_under_it(tmp_path):
    got = tasks_of(tmp_path, LETTER)
    assert [resp for _, resp in got] == [["镇政府"], ["镇政府"], ["社区居委会"], ["社区居委会"]]


def test_a_units_targets_heading_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "鎮級安全生產責任書\n\n  為落實安全生產責任，特簽訂本責任書。\n\n  一、鎮政府工作任務\n\n"
                             "  （一）組織開展安全生產大檢查，每季度不少於一次。\n\n  （二）督促縣應急管理局派駐人員開展執法。\n\n"
                             "  二、社區居委會責任目標\n\n  （一）排查轄區隱患，建立台賬；\n\n  （二）配合鎮政府開展宣傳。\n")
    assert [resp for _, resp in got] == [["鎮政府"], ["鎮政府"], ["社區居委會"], ["社區居委會"]]


@pytest.mark.parametrize("heading, exp", [
    ("县卫健委的工作任务", "县卫健委"),
    ("街道办事处主要责任", "街道办事处"),
    ("村委会职责清单", "村委会"),
])
def test_the_heading_words_after_a_unit(heading, exp):
    assert owner_heading(heading, looks_like_unit) == exp


@pytest.mark.parametrize("heading", [
    "工作目标", "保障措施", "部门职责", "主要任务", "重点任务", "目标任务", "本方案任务",  # topics
    "企业主体责任", "属地管理责任", "部门监管责任",  # kinds of responsibility
    "村党支部书记职责", "分管领导职责", "镇长职责", "村民小组长责任",  # people and posts
    "2024年工作任务", "第一季度任务",  # dates
    "合计任务", "序号任务",  # table furniture
])
def test_a_heading_that_is_a_topic_a_post_or_a_date_owns_nothing(heading):
    assert owner_heading(heading, looks_like_unit) == ""


def test_a_unit_inside_a_duty_under_the_heading_is_no_owner(tmp_path):
    got = tasks_of(tmp_path, LETTER)
    assert got[1] == ("督促县应急管理局派驻人员开展执法。", ["镇政府"])
