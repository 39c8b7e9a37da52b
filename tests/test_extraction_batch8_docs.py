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
from ledger.extraction.prose import find_owner_markers
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


# ------------------------------------------------------------------ a paragraph's later sentences and clauses

def _owners(text: str) -> list[dict[str, list[str]]]:
    return [m.roles for m in find_owner_markers(text, looks_like_unit) if m.has_owners]


@pytest.mark.parametrize("text, exp", [
    # a heading and a colon before 由…牵头
    ("（二）压实工作责任：由区住建局牵头推进老旧小区改造。", [{"lead": ["区住建局"]}]),
    ("3. 抓好组织实施:由市水务局负责统筹河道清淤工作。", [{"responsible": ["市水务局"]}]),
    # a later sentence opened by units, any verb: a group of places, or named units
    ("1.抓好组织实施：由市水务局牵头统筹河道清淤。各街道建立巡河台账，每周上报进展。",
     [{"lead": ["市水务局"]}, {"responsible": ["各街道"]}]),
    ("由县卫健委牵头开展业务培训。县疾控中心派员现场指导。", [{"lead": ["县卫健委"]}, {"responsible": ["县疾控中心"]}]),
    # a clause opened by a list closed by 等部门/等单位, any verb
    ("对跨区域的项目，各镇及区农业农村局等单位加强联动，共同做好验收。", [{"responsible": ["各镇及区农业农村局"]}]),
    ("涉及群众切身利益的，市人社局、市医保局等部门同步公开，接受监督。", [{"responsible": ["市人社局、市医保局"]}]),
])
def test_owners_of_later_sentences_and_closed_lists(text, exp):
    assert _owners(text) == exp


@pytest.mark.parametrize("text, exp", [
    # the owner heads the paragraph: what it sets up owns nothing
    ("镇政府：建立安全管理站。安全管理站负责日常巡查。", [{"responsible": ["镇政府"]}]),
    # opening words that only end as a name does, a field, everyone, the places' people
    ("由县文旅局牵头筹办活动。特别是展会期间要加强安保。", [{"lead": ["县文旅局"]}]),
    ("由区商务局负责。联系电话：0731-1234567", [{"responsible": ["区商务局"]}]),
    ("由县交通局牵头推进。各部门高度重视，形成合力。", [{"lead": ["县交通局"]}]),
    ("由县应急局牵头部署。各乡镇党委书记亲自调度。", [{"lead": ["县应急局"]}]),
    # no owned sentence before: a group's sentence alone is an instruction to all
    ("各乡镇细化分解任务，落实到人。", []),  # (各乡镇成立工作专班 owns it, as 各乡镇要成立… does: 成立 a verb of a
    # body set up below, tests/test_extract_stage_titles_and_set_up_bodies.py)
    # a list closed by 等部门 that is an object, or followed by 的
    ("加强与公安、交通等部门的协作。", []),
    ("督促公安、交通等部门落实监管责任。", []),
])
def test_sentences_and_lists_that_own_nothing_more(text, exp):
    assert _owners(text) == exp


def test_a_county_paragraph_of_led_and_subject_sentences(tmp_path):
    text = ("（一）强化组织保障:由县水利局牵头推进灾后水利设施修复。各乡镇落实专人,建立工作台账。\n"
            "（二）加强协调联动:对跨乡镇的项目,各乡镇及县自然资源局等部门加强对接,逐项制定方案。\n"
            "（三）严格时间节点:修复工作于2024年10月底前完成。\n")
    got = [(text[:12], lead, resp) for text, lead, resp, _ in tasks_of(tmp_path, text)]
    assert [(lead, resp) for _, lead, resp in got if lead or resp] == [
        (["县水利局"], []), ([], ["各乡镇"]), ([], ["各乡镇", "县自然资源局"])]
