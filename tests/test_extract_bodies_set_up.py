"""A body set up for the work and its duties (issue 15, blind w380, w386: '国务院设立第四次全国农业普查领导小组,负责组织…',
'成立福果镇…普查领导小组,负责统筹领导…', '领导小组办公室设在国家统计局,负责普查日常工作…'): the body set up owns the duties
after it (not the one who sets it up), and a subject's seat ('设在…,') stands between it and its verb. Sentences written
for the class, with other bodies and duties than the pages; '有关' ends no body's name."""
from __future__ import annotations

import pytest

from ledger.extraction.names import is_unit_name

from test_extraction_prose_classes import roles_of


@pytest.mark.parametrize("text, exp", [
    ("成立县防汛抗旱指挥部,负责统一指挥全县防汛抗旱工作。", [{"responsible": ["县防汛抗旱指挥部"]}]),
    ("为加强组织领导,县政府成立县创建全国文明城市工作领导小组,负责创建工作的统筹协调。",
     [{"responsible": ["县创建全国文明城市工作领导小组"]}]),
    ("镇政府组建镇森林防火工作专班,具体负责辖区森林防火巡查。", [{"responsible": ["镇森林防火工作专班"]}]),
    ("领导小组办公室设在县应急管理局,负责日常工作。", [{"responsible": ["领导小组办公室"]}]),
])
def test_a_body_set_up_owns_its_duties(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "成立工作专班。",  # no duty after it
    "成立工作专班,统筹推进整治工作。",  # a body of no name
])
def test_a_body_set_up_with_no_duty_owns_nothing(text):
    assert roles_of(text) == []


def test_a_group_of_places_setting_up_its_own_body_owns_that():
    """Each town sets up its own group: the towns' task, as real plans' labels have it (blind w247 '各有关乡镇要成立整治
    领导小组', w743 '各村成立…领导小组'); before the sixth session of 2026-12-05 this was read as an instruction to all."""
    assert roles_of("各乡镇要成立相应的领导小组,加强组织领导。") == [{"responsible": ["各乡镇"]}]


@pytest.mark.parametrize("name", ["掌握普查有关", "与此相关", "生命攸关"])
def test_you_guan_ends_no_body(name):
    assert not is_unit_name(name)


@pytest.mark.parametrize("name", ["海关", "县直机关", "市税务局稽查局"])
def test_bodies_ending_in_guan_or_ju_still_are(name):
    assert is_unit_name(name)


@pytest.mark.parametrize("text, exp", [
    # blind w393: '由社区防汛防旱领导小组统一安排' read as 由社区 (a village or community after 由)
    ("防汛工作由社区防汛防旱领导小组统一安排。", [{"responsible": ["社区防汛防旱领导小组"]}]),
    ("巡查工作由镇森林防火工作专班具体组织。", [{"responsible": ["镇森林防火工作专班"]}]),
    ("垃圾清运由村统一收集后上报。", [{"responsible": ["村"]}]),
])
def test_a_team_after_you_is_named_whole(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("name", ["防汛工作部署", "工作部署"])
def test_a_deployment_is_no_body(name):
    # s87 (the round's probe): a yearbook entry's head '【防汛工作部署】' read as a unit (署 ends 行政公署)
    assert not is_unit_name(name)
