"""Layouts of the eighth batch's pages that lost whole documents (w129, w132, w138; issue 15),
each as a class read by its shape and tested on instances written for it (other units, words,
numbers and punctuation than the pages), with the texts that must not yield owners:

- a bracket whose role phrase (牵头, 按职责分工) is followed by a verb no list knows
  ("（A牵头抓总）", "（A、B按职责分工推进）"): the phrase gives the role; a level's
  "以上" inside a name (各地级以上市人民政府, 县级以上人民政府) is no task word, and a list
  left open by "等省有关部门和…" goes on after the group.
"""
from __future__ import annotations

import pytest

from ledger.extraction.markers import find_markers, looks_like_unit
from ledger.extraction.names import is_unit_name
from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ a role phrase before an unknown verb

@pytest.mark.parametrize("text, exp", [
    ("1.建设城市停车信息平台。（市城管局牵头抓总）", {"lead": ["市城管局"]}),
    ("2.推进老旧管网改造(县住建局牵头统筹,县财政局配合)", {"lead": ["县住建局"], "cooperating": ["县财政局"]}),
    ("3.完善应急物资储备。【区应急管理局、区发改局按职责分工推进】", {"responsible": ["区应急管理局、区发改局"]}),
    ("4.开展河湖清四乱行动（市水务局、市农业农村局按照职责分工督办）", {"responsible": ["市水务局、市农业农村局"]}),
])
def test_a_role_phrase_gives_the_role_whatever_verb_follows(text, exp):
    got = [m.roles for m in find_markers(text, looks_like_unit) if m.has_owners]
    assert got == [exp]


@pytest.mark.parametrize("text", [
    "1.引导群众参与。（由村民牵头自愿）",  # people, no unit
    "2.细化工作措施。（按职责分工细化）",  # no unit before the phrase
    "3.推进项目建设。（此项工作牵头难度较大）",  # no unit, and no verb of one or two characters
    "4.加强督查。（县督查室牵头单位名单附后）",  # 牵头单位: a label's words, no verb
])
def test_brackets_with_no_owner_before_the_phrase(text):
    assert not any(m.has_owners for m in find_markers(text, looks_like_unit))


@pytest.mark.parametrize("name, exp", [
    ("各地级以上市人民政府", True),
    ("县级以上人民政府", True),
    ("各县级及以上人民政府", True),
    ("以上部门", False),  # 以上 as a back reference: no unit
    ("投资5亿元以上项目", False),
])
def test_a_level_with_yishang_inside_a_name(name, exp):
    assert is_unit_name(name) is exp


def test_a_list_left_open_by_a_prefixed_group_goes_on_after_it(tmp_path):
    text = ("一、重点任务\n"
            "1.推动民营企业参与新型基础设施建设。（省工业和信息化厅、科技厅、通信管理局等省有关部门和各地级以上市人民政府按职责分工促进）\n"
            "2.加快项目前期工作。（省发展改革委牵头抓总）\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp) for _, lead, resp, _ in got] == [
        ([], ["省工业和信息化厅", "省科技厅", "通信管理局", "省有关部门", "各地级以上市人民政府"]),
        (["省发展改革委"], [])]
