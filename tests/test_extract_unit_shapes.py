"""Unit names of shapes the extractor did not take as units, or reshaped (issue 15, blind
w116): each class on instances written for it, with other units, levels and
wording than the pages that showed it, and the shapes that must stay no unit."""
from __future__ import annotations

import pytest

from ledger.extraction.names import is_unit_name
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
