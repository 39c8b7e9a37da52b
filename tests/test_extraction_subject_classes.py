"""Owners written as the subject of a sentence, by group or by a list sharing its level
and its 部门 (issue 15, the blind batch w89–w101): each rule on an instance written for
it (other units, verbs, levels and punctuation than the pages that showed the class),
and the sentences whose units must not become owners."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.markers import looks_like_unit
from ledger.extraction.prose import owner_heading
from test_extraction_prose_classes import roles_of


def tasks_of(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.text, t.responsible) for t in extract_tasks(plan).tasks]


# ------------------------------------------------------------------ a group as one subject among others

@pytest.mark.parametrize("text, exp", [
    ("县水利局负责河道清障；各村（社区）、各企事业单位要落实巡查人员。",
     [{"responsible": ["县水利局"]}, {"responsible": ["各村（社区）、各企事业单位"]}]),
    ("市卫健委负责医疗救治。市应急指挥部各成员单位要按职责做好保障。",
     [{"responsible": ["市卫健委"]}, {"responsible": ["市应急指挥部各成员单位"]}]),
    ("区城管局要清理占道经营；区直各部门也将联合开展执法检查。",
     [{"responsible": ["区城管局"]}, {"responsible": ["区直各部门"]}]),
])
def test_a_group_owns_its_clause_beside_named_subjects(text, exp):
    assert roles_of(text) == exp


def test_a_group_after_a_heading_run_into_its_paragraph(tmp_path):
    got = tasks_of(tmp_path, "一、落实责任 各级各相关单位要落实防汛责任制，做到守土有责。二是县气象局要及时发布预警；"
                             "县水务局要加强水库巡查。\n")
    assert [resp for _, resp in got] == [["各级各相关单位"], ["县气象局"], ["县水务局"]]


@pytest.mark.parametrize("text", [
    "各乡镇、各部门要高度重视，加强配合。",  # alone: an instruction to all
    "各有关单位要进一步统一思想，提高认识。",
    "县教育局要求，各部门要加强门卫管理。",  # 要求 is the issuer's requirement, not a duty's 要 (各学校 owns, unseen w1015)
    "各級各有關單位要高度重視。",
])
def test_a_group_alone_owns_nothing(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a list sharing its level and its 部门

@pytest.mark.parametrize("text, exp", [
    ("各区县卫生、民政、人社部门要加强协作，及时通报情况。",
     [{"responsible": ["各区县卫生部门、各区县民政部门、各区县人社部门"]}]),
    ("民兵、消防、林业部门要组织扑火队伍。",
     [{"responsible": ["民兵部门、消防部门、林业部门"]}]),
    ("各地农业、水利等主管部门将做好抗旱保苗。",
     [{"responsible": ["各地农业主管部门、各地水利主管部门"]}]),
])
def test_a_list_sharing_level_and_department_word_is_one_owner_each(text, exp):
    assert roles_of(text) == exp


def test_a_shared_list_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "加強協作。各縣區衛生、民政部門要建立聯席會議制度。各地民政行政部門要確定一名聯絡員。\n")
    assert [resp for _, resp in got] == [["各縣區衛生部門", "各縣區民政部門"], ["各地民政行政部門"]]


@pytest.mark.parametrize("text, exp", [
    ("市财政局、审计局等部门要加强资金监管。", [{"responsible": ["市财政局、审计局"]}]),  # units of their own
    ("加强监测、预警等部门要密切配合。", []),  # task words, no sectors
])
def test_lists_that_share_nothing_are_not_expanded(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ units before 主要做好 / 按…部署，… / 负责并会同

@pytest.mark.parametrize("text, exp", [
    ("（三）县文旅局、县商务局、县自然资源局主要做好景区招商项目的前期审查。",
     [{"responsible": ["县文旅局、县商务局、县自然资源局"]}]),
    ("县商务局按县政府统一安排，主要做好客商接待。", [{"responsible": ["县商务局"]}]),
    ("县工信局负责并会同有关部门做好企业走访工作。", [{"responsible": ["县工信局"]}]),
    ("市教育局负责校舍排查；各区县要落实属地责任。", [{"responsible": ["市教育局"]}, {"responsible": ["各区县"]}]),
])
def test_a_subject_before_its_verb_after_an_arrangement_or_mainly(text, exp):
    assert roles_of(text) == exp


def test_responsible_and_with_others_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "（五）市商務局負責並會同有關部門做好客商邀請。\n（六）市農業農村局、市交通運輸局主要做好項目前期審查。\n")
    assert [resp for _, resp in got] == [["市商務局"], ["市農業農村局", "市交通運輸局"]]


@pytest.mark.parametrize("text, exp", [
    ("市教育局负责校舍排查；全市要形成合力。", [{"responsible": ["市教育局"]}]),  # the whole place, no unit
    ("县水利局负责巡查；本县将按省里部署，做好防汛。", [{"responsible": ["县水利局"]}]),
])
def test_the_whole_place_as_a_subject_is_no_owner(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ "<unit>的工作职责" heading numbered duties

def test_a_units_duties_heading_owns_the_duties_under_it(tmp_path):
    got = tasks_of(tmp_path, "三、职责分工\n（一）县应急管理局的主要职责\n1、组织编制防汛应急预案。\n2、指导各乡镇开展应急演练。\n"
                             "（二）街道办事处工作职责\n1、负责辖区隐患排查。\n")
    assert [resp for _, resp in got] == [["县应急管理局"], ["县应急管理局"], ["街道办事处"]]


def test_a_units_duties_heading_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "三、職責分工\n（一）縣衛生健康局職責\n1、組織醫療救治。\n2、開展衛生防疫。\n")
    assert [resp for _, resp in got] == [["縣衛生健康局"], ["縣衛生健康局"]]


@pytest.mark.parametrize("heading", ["工作职责", "部门职责", "明确工作职责", "相关职能部门的工作职责"])
def test_a_duties_heading_naming_no_unit_owns_nothing(heading):
    assert owner_heading(heading, looks_like_unit) == ""


# ------------------------------------------------------------------ lead-ins, 由A和B + a verb, time phrases, addressees

@pytest.mark.parametrize("text, exp", [
    ("检查要求县卫健委负责医疗机构排查；县教育局负责校园排查。",
     [{"responsible": ["县卫健委"]}, {"responsible": ["县教育局"]}]),
    ("同时，由县农业农村局和县水利局排查灌溉设施。", [{"responsible": ["县农业农村局和县水利局"]}]),
    ("下阶段县住建局将加快棚户区改造进度。", [{"responsible": ["县住建局"]}]),
])
def test_a_lead_in_a_plain_verb_or_a_time_phrase_before_the_owners(text, exp):
    assert roles_of(text) == exp


def test_a_requirement_lead_in_and_done_by_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "會議要求縣衛健委負責醫療機構排查；縣教育局負責校園排查。同時，由縣交通運輸局和縣公安局清查校車。\n")
    assert [resp for _, resp in got] == [["縣衛健委"], ["縣教育局"], ["縣交通運輸局", "縣公安局"]]


@pytest.mark.parametrize("text", [
    "由于县财政局资金紧张，工程推迟。",
    "领导小组办公室设在县应急局，由县应急局局长张某兼任办公室主任。",  # a person given a post
    "成立领导小组，由县卫健委党组书记王某任组长。",
    "镇防汛责任人由镇人民政府主要负责人担任。",
    "县教育局、县卫健委：现将《实施方案》印发给你们，请认真贯彻执行。",  # a notice's addressees
    "下阶段县政府办公室将进一步加大督查力度。",  # the issuer's office
])
def test_posts_addressees_and_the_issuer_are_no_owners(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a plan of 第N条 articles, no task part, no labels

ARTICLES = ("县防汛工作办法\n第一条为规范全县防汛工作，依据有关规定，制定本办法。\n第二条防汛工作实行行政首长负责制。\n"
            "第三条隐患排查。\n县防指结合汛前检查，组织有关单位开展隐患排查。\n镇(街道)负责组织村(社区)开展隐患自查。\n"
            "第四条本办法由县水利局负责解释。\n")


def test_a_plan_of_articles_owned_by_their_subjects(tmp_path):
    got = tasks_of(tmp_path, ARTICLES)
    assert [resp for _, resp in got] == [["县防指"], ["镇", "街道"]]


def test_an_articles_number_is_no_part_of_its_subject():
    assert roles_of("第五条县气象局负责发布暴雨预警。") == [{"responsible": ["县气象局"]}]


def test_articles_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "第一條為規範防汛工作，制定本辦法。\n第二條隱患排查。\n鄉(鎮)負責組織村(社區)開展隱患自查。\n")
    assert [resp for _, resp in got] == [["鄉", "鎮"]]


@pytest.mark.parametrize("text", [
    "第一条为规范防汛工作，依据有关规定，制定本办法。",
    "第九条本办法由县水利局负责解释。",
    "第三条防汛工作实行行政首长负责制。",
])
def test_articles_that_name_no_owner(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a report before the owners, subjects in a series

def test_a_report_of_what_was_done_is_no_part_of_the_first_owners_task(tmp_path):
    got = tasks_of(tmp_path, "昨日，县安委会召开了专题会议。会议要求，县应急局要开展隐患排查，县消防救援大队要加强火灾防控。\n")
    assert [(text[:4], resp) for text, resp in got] == [("会议要求", ["县应急局"]), ("县消防救", ["县消防救援大队"])]


@pytest.mark.parametrize("text, exp", [
    ("检查要求，县市场监管局要抽检食品，县农业农村局要检测农药残留，县卫健委加强食源性疾病监测。",
     [{"responsible": ["县市场监管局"]}, {"responsible": ["县农业农村局"]}, {"responsible": ["县卫健委"]}]),
    ("为此，县应急局要开展排查，县财政局的资金要及时拨付，各乡镇加强巡查。",  # 的: no subject; a group: none
     [{"responsible": ["县应急局"]}]),
])
def test_a_clause_in_a_series_of_subjects_needs_no_modal(text, exp):
    assert roles_of(text) == exp


def test_subjects_in_a_series_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "會議要求，縣教育局要加強安全教育，縣公安局要排查校車，縣交通運輸局加大路面巡查力度。\n")
    assert [resp for _, resp in got] == [["縣教育局"], ["縣公安局"], ["縣交通運輸局"]]
