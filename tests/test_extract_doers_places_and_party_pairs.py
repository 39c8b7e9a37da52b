"""Owners in the forms the fifteenth session's second round of unseen batches (w1720-w1755: 河湖/采砂, 供热/停车, 餐饮浪费/
公共机构节能, 民族团结/宗教事务) showed (issue 15): the units that carry a work out named in a later clause of a 由 sentence
('实行由市政府统一领导,市政府相关部门配合,前郭县、乾安县、扶余县人民政府具体落实,xx…管理局协调督办、组织实施的责任机制',
w1725); an item whose heading names the owners of its numbered duties beside a paragraph with an owner above it ('(一)前郭县、
乾安县、扶余县人民政府职责。⏎1.…', w1725); where people are drawn from is no subject ('从国土资源、林业…等相关部门抽调业务
骨干'); a duty's verb before the unit it supports ('支持政府依法履行…', w1752); a party committee's departments after 由
('由县委办、政府办、县委宣传部、县委统战部、县民宗局联合组织…', w1750); a count is no body ('每天由一个党委组织展演一台文艺
晚会', w1750); places sharing the body after 的 ('各县区、开发区的机关事务管理部门…负责…', w1743); a level's party committee and
government written as one ('县区党委政府和各有关单位配合', w1751); a remit with a note ('按照职责分工(另文下发),', w1743).
Instances written for each class with other units and wording than the pages that showed them; near misses kept."""
from __future__ import annotations

import pytest

from ledger.extraction.names import looks_like_org
from ledger.extraction.owner_lists import party_and_government

from test_extract_stage_titles_and_set_up_bodies import subject_roles
from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


@pytest.mark.parametrize("sentence, exp", [
    ("移民安置工作实行由市政府统一领导,市直相关部门配合,长岭县、通榆县人民政府具体落实,市移民局协调督办、组织实施的工作机制。",
     {"responsible": ["市政府", "长岭县、通榆县人民政府", "市移民局"], "cooperating": ["市直相关部门"]}),
    ("由县民政局牵头,县财政局配合,各乡镇具体落实。",
     {"lead": ["县民政局"], "cooperating": ["县财政局"], "responsible": ["各乡镇"]}),
])
def test_the_units_that_carry_the_work_out_in_a_later_clause(sentence, exp):
    assert subject_roles(sentence) == [exp]


def test_a_later_clause_of_work_words_names_no_doer():
    roles = subject_roles("由县民政局牵头,按计划推进,逐项抓好落实。")
    assert roles == [{"lead": ["县民政局"]}]


def test_an_item_headed_by_its_owners_beside_an_owned_paragraph_above(tmp_path):
    text = ("移民安置工作实行由市政府统一领导,长岭县、通榆县人民政府具体落实的责任机制。\n"
            "(一)长岭县、通榆县人民政府职责。\n1.从自然资源、林业、水利等相关部门抽调业务骨干,组成移民安置办公室,负责安置工作;\n"
            "2.负责土地权属确认;\n(二)市移民局职责。\n1.负责移民安置的综合协调;\n2.对移民资金使用进行监督检查。\n")
    got = owners(tmp_path, text)
    assert got[1:] == [([], ["长岭县人民政府", "通榆县人民政府"], [])] * 2 + [([], ["市移民局"], [])] * 2


def test_where_people_are_drawn_from_is_no_subject():
    assert subject_roles("从公安、交通、城管等相关部门抽调人员,组成联合执法组。") == []


@pytest.mark.parametrize("sentence", ["支持政府依法履行宗教事务管理职能,协调解决重大问题。",
                                      "督促企业依法履行安全生产主体责任。"])
def test_a_duty_verb_before_the_unit_it_acts_on_is_no_subject(sentence):
    assert subject_roles(sentence) == []


def test_a_guidance_team_is_still_a_subject():
    assert subject_roles("指导组要履行督导职责,定期通报进展。") == [{"responsible": ["指导组"]}]


def test_party_committee_departments_in_a_by_list():
    assert subject_roles("由县委办、县政府办、县委宣传部、县委统战部、县民宗局联合组织评选活动。") == [
        {"responsible": ["县委办、县政府办、县委宣传部、县委统战部、县民宗局"]}]


@pytest.mark.parametrize("name, org", [
    ("一个党委", False), ("两个中心", False), ("展演一台", False), ("县电视台", True), ("每个办事处", True)])
def test_a_count_is_no_body(name, org):
    assert looks_like_org(name) is org


def test_a_count_after_by_owns_nothing():
    assert subject_roles("每天由一个党委组织展演一台文艺晚会。") == []


@pytest.mark.parametrize("sentence, units", [
    ("各县区、开发区的机关事务管理部门在市机关事务管理局指导下,负责本地公共机构的节能工作。",
     ["各县区机关事务管理部门、开发区机关事务管理部门"]),
    ("各乡镇、街道的综治中心要做好矛盾纠纷排查。", ["各乡镇综治中心、街道综治中心"]),
])
def test_places_sharing_the_body_after_de(sentence, units):
    assert subject_roles(sentence) == [{"responsible": units}]


def test_sectors_sharing_a_body_after_de_are_not_places():
    assert subject_roles("教育、卫生的主管部门要做好宣传。") == []


@pytest.mark.parametrize("piece, parts", [
    ("县区党委政府", ["县区党委", "县区政府"]), ("各级党委政府", ["各级党委", "各级政府"]),
    ("街道党工委办事处", ["街道党工委", "街道办事处"]), ("县委县政府", ["县委", "县政府"]), ("市委和市政府", ["市委", "市政府"]),
    ("县委宣传部", []), ("党委政府", []),
])
def test_a_levels_party_committee_and_government_written_as_one(piece, parts):
    assert party_and_government(piece) == parts


def test_partners_named_as_a_levels_committee_and_government(tmp_path):
    text = "三、主要内容\n(一)开展宣传月活动(由市民宗局牵头协调,县区党委政府和各有关单位配合)。\n一是深入宣传民族政策。\n"
    (lead, resp, coop), = owners(tmp_path, text)
    assert lead == ["市民宗局"] and {"县区党委", "县区政府"} <= set(coop)


def test_a_remit_with_a_note_before_a_plain_verb(tmp_path):
    assert subject_roles("县民政局按照职责分工(另文下发),完成相关各项工作任务。", plain=True) == [{"responsible": ["县民政局"]}]


def test_a_household_is_no_body_though_a_court_is():
    assert not looks_like_org("家庭") and looks_like_org("人民法庭")
    assert subject_roles("家庭用餐情况落实到各社区管理,重点做好宣传。") == []


# ------------------------------------------------------------------ what a stranger's probe of this session's forms found

def test_the_doers_may_be_a_group_of_places_governments():
    assert subject_roles("实行由市政府统一领导,市直部门配合,各县人民政府具体落实,市水务局组织实施的机制。") == [
        {"responsible": ["市政府", "各县人民政府", "市水务局"], "cooperating": ["市直部门"]}]


@pytest.mark.parametrize("sentence, units", [
    ("各区、县(市)的机关事务管理局在市机关事务管理局指导下,负责本地区公共机构节能工作。",
     ["各区机关事务管理局、县(市)机关事务管理局"]),
    ("各乡镇的农经站负责集体资产清查。", ["各乡镇农经站"]),
])
def test_places_sharing_any_bodys_name_after_de(sentence, units):
    assert subject_roles(sentence) == [{"responsible": units}]


def test_one_place_without_ge_before_de_is_no_list():
    assert subject_roles("县里的农经站负责集体资产清查。") == []


def test_departments_setting_a_body_up_together():
    assert subject_roles("县教育局、县市场监管局联合成立校园食品安全工作专班,负责守护行动的组织实施。") == [
        {"responsible": ["县教育局、县市场监管局", "校园食品安全工作专班"]}]


def test_the_issuers_on_a_line_of_their_own_before_the_preamble_own_nothing(tmp_path):
    text = ("某市养老机构消防安全专项治理方案\n(市消防救援支队、市民政局)\n"
            "根据《消防法》和上级有关要求,结合我市实际,特制定本方案。\n一、治理任务\n(一)市消防救援支队负责开展消防检查。\n")
    assert owners(tmp_path, text) == [([], ["市消防救援支队"], [])]


def test_a_place_named_with_xiang_is_a_subject():
    assert subject_roles("向阳街道办事处负责组织居民协商。") == [{"responsible": ["向阳街道办事处"]}]
