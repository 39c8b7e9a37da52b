"""Owners written as prose, a class of sentence at a time (issue 15): each rule on an
instance written for it (other units, verbs and punctuation than the web plans that
showed the class), and the sentences whose units must not become owners."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.markers import looks_like_unit
from ledger.extraction.prose import find_owner_markers


def roles_of(text: str) -> list[dict[str, list[str]]]:
    return [m.roles for m in find_owner_markers(text, looks_like_unit) if m.has_owners]


def tasks_of(tmp_path: Path, text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.text, t.lead, t.responsible, t.cooperating) for t in extract_tasks(plan).tasks]


# ------------------------------------------------------------------ 由A牵头(、)B配合 anywhere in a sentence

@pytest.mark.parametrize("text, exp", [
    ("为加快项目建设，下一步由县发改局牵头、县财政局配合，做好资金筹措。",
     {"lead": ["县发改局"], "cooperating": ["县财政局"]}),
    ("由市水利局牵头、市生态环境局协助、市城管局参与，开展排污口整治。",
     {"lead": ["市水利局"], "cooperating": ["市生态环境局", "市城管局"]}),
    ("由市水利局牵头组织编制河道治理规划。", {"lead": ["市水利局"]}),
])
def test_led_by_with_partners_inside_a_sentence(text, exp):
    assert roles_of(text) == [exp]


def test_led_by_a_list_left_open_after_a_point_typed_as_ascii(tmp_path):
    got = tasks_of(tmp_path, "一、重点任务\n（一）加强管网管理。全面清理雨污管网，完成管网普查.由市水务集团、市城管局等单位负责管网改造，"
                             "年内完成老旧管网更新。\n")
    assert [(lead, resp, coop) for _, lead, resp, coop in got] == [([], ["市水务集团", "市城管局"], [])]


def test_led_by_with_partners_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "一、重點任務\n（一）開展校園整治。其後由縣衛健委牽頭、縣教育局協助,開展校園健康監測。\n")
    assert [(lead, coop) for _, lead, _, coop in got] == [(["縣衛健委"], ["縣教育局"])]


def test_the_issuers_office_after_a_point_is_no_owner():
    assert roles_of("市政府将对各项目标任务实施动态管理.市政府办公室将适时进行督查，结果列入年度考核。") == []


# ------------------------------------------------------------------ 包括A、B…在内的N个部门(及C)，将…

@pytest.mark.parametrize("text, exp", [
    ("根据会议部署，包括市教育局、市公安局、市卫健委在内的5个部门及市团委，将共同开展校园安全专项整治。",
     ["市教育局、市公安局、市卫健委、市团委"]),
    ("包括区民政局、区残联在内的相关单位要做好困难群众救助。", ["区民政局、区残联"]),
])
def test_units_included_in_a_count_of_departments_own_the_sentence(text, exp):
    assert roles_of(text) == [{"responsible": exp}]


def test_units_included_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "一、重點任務\n（一）開展道路整治。為改善出行環境，包括縣交通運輸局、縣公安局在內的兩個部門及縣城管局，"
                             "將聯合開展道路整治。\n")
    assert [resp for _, _, resp, _ in got] == [["縣交通運輸局", "縣公安局", "縣城管局"]]


def test_units_included_in_a_list_that_is_no_subject_are_no_owners():
    assert roles_of("加强部门协作，建立包括市教育局、市公安局在内的联席会议制度。") == []


# ------------------------------------------------------------------ A负责…，B配合 (a clause of units and a cooperating verb)

@pytest.mark.parametrize("text, exp", [
    ("区人社局负责开展技能培训工作，区总工会、区妇联协助。",
     {"responsible": ["区人社局"], "cooperating": ["区总工会、区妇联"]}),
    ("由县应急管理局牵头组织隐患排查，各乡镇配合，年底前完成。", {"lead": ["县应急管理局"], "cooperating": ["各乡镇"]}),
])
def test_units_that_cooperate_later_in_the_sentence(text, exp):
    assert roles_of(text) == [exp]


def test_units_that_cooperate_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "一、重點任務\n（一）核查統計數據。縣統計局負責數據核查，縣發改局、縣財政局積極配合，年底前完成。\n")
    assert [(resp, coop) for _, _, resp, coop in got] == [(["縣統計局"], ["縣發改局", "縣財政局"])]


@pytest.mark.parametrize("text", [
    "县统计局负责数据核查，并配合县发改局做好分析。",  # the unit after 配合 is its object
    "县统计局负责数据核查。县发改局配合县财政局做好资金测算。",  # another sentence
])
def test_the_object_of_a_cooperating_verb_is_no_partner(text):
    roles = roles_of(text)
    helped = text.split("配合")[1][:4]  # 县发改局 in the first, 县财政局 in the second
    assert not any(helped in u for r in roles for units in r.values() for u in units)
    assert roles[0] == {"responsible": ["县统计局"]}
    if "。县发改局" in text:  # its own sentence: the unit that helps cooperates in it (issue 15, 2026-12-05)
        assert roles[1:] == [{"cooperating": ["县发改局"]}]


# ------------------------------------------------------------------ A要/将/应/会同… after a comma, 一是A要…, A、B按职责分工负责

@pytest.mark.parametrize("text, exp", [
    ("入冬前，市城管局应完成供热设施检修。", [{"responsible": ["市城管局"]}]),
    ("为改善出行环境，县交通运输局会同县公安局开展道路整治。", [{"lead": ["县交通运输局"], "cooperating": ["县公安局"]}]),
    ("为确保质量，区发改局、区统计局按职责分工负责数据监测。", [{"responsible": ["区发改局、区统计局"]}]),
    ("一是县市场监管局要加强食品抽检；二是县农业农村局要落实源头管控。",
     [{"responsible": ["县市场监管局"]}, {"responsible": ["县农业农村局"]}]),
])
def test_a_unit_opening_a_clause_owns_it(text, exp):
    assert roles_of(text) == exp


def test_a_unit_opening_a_clause_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "一、重點任務\n（一）保障供熱。入冬前，市城管局應完成供熱設施檢修。\n")
    assert [resp for _, _, resp, _ in got] == [["市城管局"]]


@pytest.mark.parametrize("text", [
    "加强监管，督促县住建局将整改情况按月上报。",  # the object of 督促
    "发现隐患，及时向县应急管理局报告。",  # the object of 向
    "为此，县人民政府将组织专项督查。",  # the issuer
    "请各单位于月底前将进展报县农业农村局，县委督查室将适时开展督查。",  # a body that oversees
    "全面摸清底数，分管领导要亲自抓。",  # a person
    "各乡镇、各部门要高度重视，加强配合。",  # an instruction to all
])
def test_clauses_whose_units_own_nothing(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ sentences about the plan, and reports of what was done

@pytest.mark.parametrize("text", [
    "本实施方案由县应急管理局负责解释。",
    "本方案自印发之日起施行，由市发展改革委负责解释。",
    "县农业农村局会同县财政局制定了《补贴资金管理办法》，并下发各乡镇。",
    "前期，区教育局会同区卫健委开展了校园食品安全检查。",
])
def test_the_plan_itself_and_what_was_done_name_no_owner(text):
    assert roles_of(text) == []


def test_a_word_with_the_character_of_completion_is_no_report():
    assert roles_of("县农业农村局要了解种粮大户的实际困难，为了稳产保供做好服务。") == [{"responsible": ["县农业农村局"]}]


@pytest.mark.parametrize("text", [
    "县财政局负责将资金拨付县住建局、县水利局。",
    "县财政局负责审核资金，县住建局、县水利局报送的项目材料要在三日内办结。",
])
def test_units_inside_a_duty_are_no_owners(text):
    assert roles_of(text) == [{"responsible": ["县财政局"]}]
