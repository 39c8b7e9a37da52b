"""Owner forms met on the ninth batch w142–w157 (issue 15), each on instances written for it
(other units, words, numbers and punctuation than the pages that showed the class), and the
texts whose words must not become owners:

- a bracket of owners closed by the note that its first-listed unit leads
  ("（A、B、C等负责，列第一位者为牵头单位，下同）", 者 as well as 的): the units are read, the
  first leads, and with 下同 the later brackets' first units lead too;
- a list closed by "A等各相关部门"/"B等各有关单位": the named unit, the group apart.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction.markers import find_markers, looks_like_unit
from ledger.extraction.prose import find_prose_markers
from ledger.extraction.owner_lists import Profile, units_of
from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ the first-listed unit leads, in the bracket

@pytest.mark.parametrize("text, exp", [
    ("推进老旧小区改造。（县住建局、县财政局、县自然资源局等负责，列第一位者为牵头单位，下同）",
     {"responsible": ["县住建局、县财政局、县自然资源局"]}),
    ("加强水源地保护。(区水务局、区生态环境分局负责;排在首位的为牵头单位)",
     {"responsible": ["区水务局、区生态环境分局"]}),
    ("完善救助体系。（市民政局、市医保局负责，以下同）",
     {"responsible": ["市民政局、市医保局"]}),
])
def test_a_first_leads_note_after_the_owners_does_not_hide_them(text, exp):
    markers = [m for m in find_markers(text) if m.roles]
    assert len(markers) == 1
    assert {r: v for r, v in markers[0].roles.items() if r != "deadline"} == exp


@pytest.mark.parametrize("text", [
    "推进老旧小区改造。（列第一位者为牵头单位，下同）",  # the note alone names no owner
    "推进老旧小区改造。（下同）",
    "推进老旧小区改造。（县住建局牵头建设，下同）",  # an unknown duty after the owner: not a marker
])
def test_the_note_alone_or_with_a_duty_is_no_owner_bracket(text):
    assert not [m for m in find_markers(text) if m.roles.get("responsible") or m.roles.get("lead")
                and m.roles["lead"] != ["县住建局"]]


def test_first_listed_leads_in_this_and_the_later_brackets(tmp_path):
    text = ("一、稳定就业\n"
            "（一）扶持创业。各乡镇要会同有关部门，完善创业补贴。落实担保贷款。"
            "（县人社局、县财政局、县金融办等负责，列第一位者为牵头单位，下同）\n"
            "（二）开发公益岗位。兜底安置困难人员。（县民政局、县残联负责）\n"
            "（三）加强技能培训。（县教体局负责）\n")
    got = {t[0][:6]: t[1:] for t in tasks_of(tmp_path, text)}
    assert list(got.values()) == [(["县人社局"], ["县财政局", "县金融办"], []),
                                  (["县民政局"], ["县残联"], []),
                                  ([], ["县教体局"], [])]


def test_without_the_note_no_unit_leads(tmp_path):
    text = ("一、稳定就业\n"
            "（一）扶持创业。完善创业补贴。（县人社局、县财政局、县金融办等负责）\n"
            "（二）开发公益岗位。兜底安置困难人员。（县民政局、县残联负责）\n")
    got = [t[1:] for t in tasks_of(tmp_path, text)]
    assert got == [([], ["县人社局", "县财政局", "县金融办"], []), ([], ["县民政局", "县残联"], [])]


def test_a_note_for_its_own_task_only_does_not_hold_later(tmp_path):
    text = ("一、稳定就业\n"
            "（一）扶持创业。完善创业补贴。（县人社局、县财政局负责，列第一位者为牵头单位）\n"
            "（二）开发公益岗位。兜底安置困难人员。（县民政局、县残联负责）\n")
    got = [t[1:] for t in tasks_of(tmp_path, text)]
    assert got == [(["县人社局"], ["县财政局"], []), ([], ["县民政局", "县残联"], [])]


# ------------------------------------------------------------------ A等各相关部门 closing a list

@pytest.mark.parametrize("text, named", [
    ("县卫健委、县教育局、县统计局等各相关部门", ["县卫健委", "县教育局", "县统计局"]),
    ("区应急管理局等各有关单位", ["区应急管理局"]),
    ("市医保局等市各相关部门", ["市医保局"]),
])
def test_a_list_closed_by_a_group_with_ge(text, named):
    units = units_of(text, Profile(), from_text=True).names
    assert units[:len(named)] == named
    assert all("等" not in u for u in units)


def test_a_name_with_deng_inside_is_not_cut():
    assert units_of("县统计局、县平等就业促进会", Profile(), from_text=True).names == ["县统计局", "县平等就业促进会"]


# ------------------------------------------------------------------ owners named as what a unit is

@pytest.mark.parametrize("text, exp", [
    ("县交通运输局为全县农村公路养护工作的县级牵头部门，受县政府委托制定考核办法，组织检查。",
     {"lead": ["县交通运输局"]}),
    ("区水务局作为河道保洁的牵头责任单位，统筹各街道开展巡查。", {"lead": ["区水务局"]}),
    ("各镇人民政府是本辖区农村公路养护的责任主体，负责日常养护。", {"responsible": ["各镇人民政府"]}),
    ("社区居委会是垃圾分类工作的落实主体,负责宣传发动。", {"responsible": ["社区居委会"]}),
    ("县卫健委为牵头单位。", {"lead": ["县卫健委"]}),
])
def test_a_unit_named_as_what_it_is_owns_its_sentence(text, exp):
    got = [m.roles for m in find_prose_markers(text, looks_like_unit) if m.has_owners]
    assert got == [exp]


@pytest.mark.parametrize("text", [
    "县财政局为项目单位拨付补助资金。",  # 为 for whom it acts, no role named
    "县财政局为全县经济发展作出了贡献。",
    "本项工作为全县重点工作，各部门高度重视。",
    "该中心为全市首个示范主体。",
])
def test_wei_without_a_role_names_no_owner(text):
    assert not [m for m in find_prose_markers(text, looks_like_unit) if m.has_owners]


def test_levels_named_as_what_they_are_in_items(tmp_path):
    text = ("（一）县直部门职责。县农业农村局为全县农村人居环境整治的县级牵头部门，制定年度计划，组织考核。\n"
            "（二）乡镇职责。乡镇人民政府作为辖区内整治工作的责任主体，负责组织实施。\n"
            "（三）村级职责。村民委员会是整治工作的落实主体，负责发动群众。\n")
    got = [t[1:3] for t in tasks_of(tmp_path, text)]
    assert got == [(["县农业农村局"], []), ([], ["乡镇人民政府"]), ([], ["村民委员会"])]


# ------------------------------------------------------------------ sectors sharing a level with 级/直, or 等单位

@pytest.mark.parametrize("text, exp", [
    ("县级农业、林业、水利等部门要按照县政府的统一部署，做好防汛备料。",
     "县级农业部门、县级林业部门、县级水利部门"),
    ("市直教育、民政部门要加强协作。", "市直教育部门、市直民政部门"),
    ("燃气、通信、有线电视等单位要及时迁改沿线管线。", "燃气单位、通信单位、有线电视单位"),
    ("区供水、排水等主管单位要落实抢修责任。", "区供水主管单位、区排水主管单位"),
])
def test_sectors_sharing_a_level_and_their_body_word(text, exp):
    got = [m.roles for m in find_prose_markers(text, looks_like_unit) if m.has_owners]
    assert got == [{"responsible": [exp]}]


@pytest.mark.parametrize("text", [
    "加强宣传、培训等单位内部管理。",  # task words before 等单位: no sectors as subject
    "建立健全巡查、通报等工作制度，各单位要落实。",
])
def test_task_words_before_dan_wei_name_no_sectors(text):
    got = [m.roles for m in find_prose_markers(text, looks_like_unit) if m.has_owners]
    assert all("单位" not in u or u == "各单位" for r in got for v in r.values() for u in v[0].split("、"))


def test_a_paragraph_of_sector_clauses(tmp_path):
    text = ("（一）整治老旧管网。县住建局负责制定改造计划；排水、燃气、供电等单位要及时修复损坏设施；"
            "县级城管、交警等部门要做好施工期间的交通疏导。\n")
    got = [t[2] for t in tasks_of(tmp_path, text)]
    assert ["排水单位", "燃气单位", "供电单位"] in got and ["县级城管部门", "县级交警部门"] in got


# ------------------------------------------------------------------ places sharing 区政府, one more unit after 和

@pytest.mark.parametrize("text, exp", [
    ("东湖、西湖、南湖区政府和滨江新区管委会作为本辖区河道管理的责任主体，负责日常巡查。",
     "东湖区政府、西湖区政府、南湖区政府、滨江新区管委会"),
    ("江北、江南区政府和江东新区管委会要落实属地责任。", "江北区政府、江南区政府、江东新区管委会"),
    ("市交通、城管部门和市公安局要加强联动。", "市交通部门、市城管部门、市公安局"),
])
def test_places_sharing_their_government_and_a_unit_after_he(text, exp):
    got = [m.roles for m in find_prose_markers(text, looks_like_unit) if m.has_owners]
    assert got == [{"responsible": [exp]}]


@pytest.mark.parametrize("text", [
    "东湖、西湖区政府和各街道要做好本辖区工作。",  # a group after 和: not read as one more unit here
    "东湖、西湖区政府和群众要共同参与。",  # no unit after 和
])
def test_no_named_unit_after_he_no_list(text):
    got = [m.roles for m in find_prose_markers(text, looks_like_unit) if m.has_owners]
    assert not any("东湖区政府" in v[0] for r in got for v in r.values())


# ------------------------------------------------------------------ 等有关部门、单位 and what stands before the verb

@pytest.mark.parametrize("text, exp", [
    ("卫生、环保等有关部门、单位在办理许可时，对影响居民生活的项目，应征求社区意见。", "卫生部门、环保部门"),
    ("交通、公安等相关部门要加强路面巡查。", "交通部门、公安部门"),
    ("区市场监管局在开展检查时，要通报结果。", "区市场监管局"),
    ("县应急局对发现的隐患，应立即督促整改。", "县应急局"),
])
def test_a_subject_before_a_when_clause_or_an_object_and_ying(text, exp):
    got = [m.roles for m in find_prose_markers(text, looks_like_unit) if m.has_owners]
    assert got == [{"responsible": [exp]}]


@pytest.mark.parametrize("text", [
    "在审批经营项目时，应征求业主意见。",  # no subject before 在…时
    "对违规的项目，应依法查处。",
    "县应急局对发现的隐患，应急处置队伍要迅速到场。",  # 应急, not 应
])
def test_no_subject_or_no_ying_names_no_one_here(text):
    got = [m.roles for m in find_prose_markers(text, looks_like_unit) if m.has_owners]
    assert not any("县应急局" in v[0] for r in got for v in r.values()) and not (
        got and "县应急局" not in text)
