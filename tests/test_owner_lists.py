"""ledger.extraction.names and .owner_lists: owner lists as plans write them ->
the units they name, without a roster (issue 15's failure classes, one case each)."""
from __future__ import annotations

import pytest

from ledger.extraction.names import (complete, is_department, is_unit_name, level_of, looks_like_org, run_together,
                                     sections_run_together)
from ledger.extraction.owner_lists import Profile, cut, units_of

CITY = Profile("市", inherit=True)  # a plan that writes 市教育局, 市人社局 …
COUNTY = Profile("县")


@pytest.mark.parametrize("name, exp", [
    ("县市场监管局", True), ("各街道办事处", True), ("相关县(市、区)政府", True), ("立山经济开发区", True),
    ("县发改局(粮食局)", True), ("各村(居、场)", True), ("市食品药品安全委员会各成员单位", True),
    ("县卫生健康局加快推进城区公厕改造", False), ("各乡镇人民政府切实做好日常保洁", False), ("园长", False),
    ("临河区", True), ("城关镇", True), ("乌拉特前旗", True), ("区科协", True), ("市广播电视台", True),
    ("中心城区", False), ("县住房和城乡", False), ("新农村", False),
])
def test_organisation_shape(name, exp):
    assert looks_like_org(name) is exp


@pytest.mark.parametrize("name, dept, level", [
    ("市民政局", True, "市"), ("市场监管局", True, ""), ("市市场监管局", True, "市"), ("县委组织部", True, "县"),
    ("委编办", True, ""), ("人社局", True, ""), ("福建出入境检验检疫局", False, ""), ("高新区管委会", False, ""),
])
def test_departments_and_their_level(name, dept, level):
    assert (is_department(name), level_of(name)) == (dept, level)


def test_short_forms_are_unit_names():
    assert is_unit_name("应急") and is_unit_name("住建") and not is_unit_name("加快推进")


@pytest.mark.parametrize("text, exp", [
    ("县商务局、县城管局各街道办事处完善市场长效管理制度，每月开展一次集中整治。",
     ("县商务局、县城管局、各街道办事处", "完善市场长效管理制度，每月开展一次集中整治。")),
    ("县城管局、县卫生健康局加快推进城区公厕改造", ("县城管局、县卫生健康局", "加快推进城区公厕改造")),
    ("县公安局、各乡镇人民政府切实做好日常保洁", ("县公安局、各乡镇人民政府", "切实做好日常保洁")),
    ("县住建局、县生态环境局", ("县住建局、县生态环境局", "")),
])
def test_a_list_ends_where_the_text_stops_naming_units(text, exp):
    assert cut(text) == exp


@pytest.mark.parametrize("text, profile, exp", [
    ("各县（区）人民政府、管委会", CITY, ["各县（区）人民政府", "各管委会"]),
    ("各街道党工委、办事处", CITY, ["各街道党工委", "各街道办事处"]),
    ("各镇人民政府、街道办事处", CITY, ["各镇人民政府", "各街道办事处"]),
    ("各乡镇、办事处", COUNTY, ["各乡镇、办事处"]),  # the roster's group phrase: one group
    ("市教育局、人社局、卫健委", CITY, ["市教育局", "市人社局", "市卫健委"]),
    ("市教育局、人社局", Profile(), ["市教育局", "人社局"]),  # the plan writes its units bare
    ("市住建局和市自然资源局", CITY, ["市住建局", "市自然资源局"]),
    ("市文化广电旅游局及市住建局", CITY, ["市文化广电旅游局", "市住建局"]),
    ("市应急管理局等相关部门", CITY, ["市应急管理局", "相关部门"]),
    ("各县(市、区)党委和人民政府", CITY, ["各县(市、区)党委", "各县(市、区)人民政府"]),
    ("高新区党工委和管委会", CITY, ["高新区党工委", "高新区管委会"]),
    ("城乡一体化示范区、高新区党工委和管委会", CITY,
     ["城乡一体化示范区党工委", "城乡一体化示范区管委会", "高新区党工委", "高新区管委会"]),
    ("各县、区人民政府(管委会)", CITY, ["各县、区人民政府", "各管委会"]),
    ("各乡镇(街道)、高新区、开发区", CITY, ["各乡镇(街道)", "高新区", "开发区"]),
    ("住房和城乡建设局、县食药安委及其办公室", COUNTY, ["住房和城乡建设局", "县食药安委及其办公室"]),
    ("镇城建办、镇环卫所主要负责人", COUNTY, ["镇城建办", "镇环卫所"]),
    ("镇农业服务中心主任、各村党支部书记", COUNTY, ["镇农业服务中心", "各村党支部"]),
    ("镇城建办（王某某）", COUNTY, ["镇城建办"]),
    ("县发改局(粮食局)", COUNTY, ["县发改局(粮食局)"]),
    ("委编办、应急、住建、场监管局", COUNTY, ["县委编办", "县应急管理局", "县住建局", "县市场监管局"]),
])
def test_units_of_a_list(text, profile, exp):
    assert units_of(text, profile, from_text=True).names == exp


def test_run_together_names_split_only_at_known_departments():
    assert run_together("市水利局自然资源局林草局") == ["市水利局", "自然资源局", "林草局"]
    for whole in ("市公安局交警支队", "市生态环境局平罗分局", "市政府金融办", "县委组织部", "市工业和信息化局"):
        assert run_together(whole) is None, whole
    assert units_of("市财政局审计局", CITY, from_text=False).names == ["市财政局审计局"]  # a table cell: as written


def test_a_bureaus_sections_run_together_split_by_their_shape():
    """A bureau's own sections (…股, …科, …室) are names; run together in a cell they are cut
    after each section (a section has no parts), never inside a word nor before a body of its own."""
    assert [looks_like_org(n) for n in ("办公室财务股", "医政医管科", "重点学科", "控股", "外科")] == [
        True, True, False, False, False]
    assert sections_run_together("医政医管科基层卫生科疾控中心") == ["医政医管科", "基层卫生科", "疾控中心"]
    assert sections_run_together("综合股文化馆") == ["综合股", "文化馆"]
    assert sections_run_together("农机站农技站") == ["农机站", "农技站"]
    for whole in ("杭州城西科创产业集聚区管委会", "执法大队办公室", "交警大队一中队", "市公安局交警支队", "县人民医院急诊科"):
        assert sections_run_together(whole) is None, whole
    got = units_of("医政医管科基层卫生科", COUNTY, from_text=False)  # a table cell too
    assert got.names == ["医政医管科", "基层卫生科"] and [c.kind for c in got.changes] == ["split"]


def test_every_change_is_recorded():
    got = units_of("委编办、县委组织部、各街道党工委、办事处、镇环卫所主要负责人、园长", COUNTY, from_text=True)
    assert [(c.kind, c.value) for c in got.changes] == [
        ("post", "镇环卫所主要负责人"), ("uncertain", "园长"), ("expanded", "各街道党工委、办事处"),
        ("completed", "委编办")]
    assert got.notes == ["镇环卫所主要负责人"] and "园长" in got.names  # unsure: kept, never dropped


def test_completion_needs_a_level_for_a_party_office_only():
    assert complete("委编办", "") == "县委编办" and complete("住建", "") == "住建局"
    assert complete("县财政局", "县") is None and complete("各乡镇", "县") is None


def test_the_plan_profile():
    assert Profile.of(["市住建局", "市民政局", "市教育局、人社局、卫健委"]) == Profile("市", True)
    assert Profile.of(["卫生健康局", "市场监管局、农业农村局", "县委组织部、人社局"]) == Profile()


@pytest.mark.parametrize("cell", ["县卫健委、县发改委，其他单位按职责分工负责", "县卫健委、县发改委、其余部门按职责负责",
                                  "县卫健委、县发改委，其他责任单位配合"])
def test_the_other_units_are_a_note_not_a_unit(cell):
    """"其他单位按职责分工负责" after a list: the listed units besides the first, reported, never a unit."""
    got = units_of(cell, COUNTY, from_text=True)
    assert got.names == ["县卫健委", "县发改委"]
    assert [c.kind for c in got.changes if c.kind == "others"] == ["others"] and got.notes
