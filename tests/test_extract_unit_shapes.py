"""Unit names of shapes the extractor did not take as units, or reshaped (issue 15, blind
w116 and w130): each class on instances written for it, with other units, levels and
wording than the pages that showed it, and the shapes that must stay no unit."""
from __future__ import annotations

import pytest

from ledger.extraction.names import is_unit_name
from ledger.extraction.owner_lists import Profile, units_of
from test_extraction_prose_classes import roles_of


# ------------------------------------------------------------------ 各 + a role's word + 单位/部门: a group

@pytest.mark.parametrize("name", ["各牵头部门", "各牵头单位", "各配合单位", "各协办部门", "各参与单位", "各责任单位"])
def test_every_unit_of_a_role_is_a_group(name):
    assert is_unit_name(name)


@pytest.mark.parametrize("piece", ["牵头单位", "配合部门", "积极配合各部门", "各牵头抓总", "牵头各单位",
                                   "各单位牵头", "各配合", "各牵头部门要加快"])
def test_a_role_word_without_its_group_shape_is_no_unit(piece):
    assert not is_unit_name(piece)


@pytest.mark.parametrize("text, exp", [
    ("县住建局要做好场地平整；各牵头单位要加快展馆布置，确保按时开放。县交通局要做好交通疏导。",
     [{"responsible": ["县住建局"]}, {"responsible": ["各牵头单位"]}, {"responsible": ["县交通局"]}]),
    ("市卫健委要做好医疗保障。各配合部门要按照分工做好后勤服务。市公安局要维护现场秩序。",
     [{"responsible": ["市卫健委"]}, {"responsible": ["各配合部门"]}, {"responsible": ["市公安局"]}]),
])
def test_the_group_owns_its_clause_beside_named_subjects(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ bare sectors in a list: as written

def names(text: str, level: str = "") -> list[str]:
    return units_of(text, Profile(level), from_text=True).names


@pytest.mark.parametrize("text, exp", [
    ("县发改委、财政、交通运输、公安、教育",  # a run of sectors written bare: no characters lost
     ["县发改委", "财政", "交通运输", "公安", "教育"]),
    ("区住建局、水利、应急、审计、统计", ["区住建局", "水利", "应急", "审计", "统计"]),
])
def test_a_run_of_bare_sectors_is_kept_as_written(text, exp):
    assert names(text) == exp


@pytest.mark.parametrize("text, level, exp", [
    ("县自然资源局、县水利局、住建", "县", ["县自然资源局", "县水利局", "县住建局"]),  # one lost its body: completed
    ("应急", "县", ["县应急管理局"]),
    ("市民政局、财政", "", ["市民政局", "财政局"]),
    ("应急、住建、场监管局", "县", ["县应急管理局", "县住建局", "县市场监管局"]),  # every name lost characters
])
def test_a_short_form_among_full_names_is_still_completed(text, level, exp):
    assert names(text, level) == exp


@pytest.mark.parametrize("text, exp", [
    ("市发改委、财政、环保、宣传等“文明城市创建”成员单位",
     ["市发改委", "财政", "环保", "宣传", "“文明城市创建”成员单位"]),
    ("县教育局、卫健、民政等县创卫领导小组成员单位",
     ["县教育局", "卫健", "民政", "县创卫领导小组成员单位"]),
])
def test_a_list_closed_by_the_members_of_a_named_body(text, exp):
    assert names(text) == exp


# ------------------------------------------------------------------ 各 shared by bare levels of one rank

@pytest.mark.parametrize("text, exp", [
    ("各乡镇、街道", ["各乡镇", "各街道"]),
    ("各街道、镇、城北工业园区", ["各街道", "各镇", "城北工业园区"]),
    ("各村、社区", ["各村", "各社区"]),
    ("各县、区", ["各县", "各区"]),
])
def test_each_level_a_shared_each_stands_before(text, exp):
    assert names(text) == exp


@pytest.mark.parametrize("text, exp", [
    ("各县、市、区政府", ["各县、市、区政府"]),  # levels sharing a body: one group, as labelled (w31)
    ("各乡镇、办事处", ["各乡镇、办事处"]),  # a body, not a level
    ("各乡镇、县直部门", ["各乡镇", "县直部门"]),
])
def test_each_before_other_shapes_is_read_as_before(text, exp):
    assert names(text) == exp


# ------------------------------------------------------------------ 可以 after a subject: its verb, not its name

@pytest.mark.parametrize("text, exp", [
    ("县民政局负责审核。各乡镇民政办可以委托村委会受理申请，协助开展入户调查。",
     [{"responsible": ["县民政局"]}, {"responsible": ["各乡镇民政办"]}]),
    ("区住建局负责统筹。各街道办事处可以结合实际制定具体实施细则。",
     [{"responsible": ["区住建局"]}, {"responsible": ["各街道办事处"]}]),
])
def test_a_subject_that_may_act_owns_its_clause(text, exp):
    assert roles_of(text) == exp


def test_no_unit_before_may_owns_nothing():
    assert roles_of("县卫健局负责培训。群众可以通过热线反映问题。") == [{"responsible": ["县卫健局"]}]
