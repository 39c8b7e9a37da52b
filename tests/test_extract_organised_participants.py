"""An organiser and, after a colon, the units it brings in: blind w251's attachment of road sections, each section's
line then '政府办负责组织:政府机关(指办公大楼一楼外所有单位)、中医院、法院、运管所、党校。' (参加 closing the list or
not). The organiser is responsible (负责组织), the units after the colon cooperate (``prose._participants``), only
when every piece of the list is a unit. Instances written for the class, at other levels and in other wordings;
near misses stay as they are."""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


def test_a_countys_road_section_with_hospitals_taking_part(tmp_path):
    text = ("附件\n清扫路段划分\n1、人民路全段:东关桥--县医院--西关广场。\n"
            "县卫健局负责组织:县人民医院、县中医院、县疾控中心参加。\n")
    assert owners(tmp_path, text) == [([], ["县卫健局"], ["县人民医院", "县中医院", "县疾控中心"])]


def test_a_districts_area_with_bureaus_and_no_closing_word(tmp_path):
    text = ("一、责任区域\n(一)滨江公园及周边。\n区城管局负责组织:区住建局、区水务局、区市场监管局。\n"
            "(二)火车站广场。\n区交通运输局负责组织:区公安分局、区商务局参加。\n")
    assert owners(tmp_path, text) == [([], ["区城管局"], ["区住建局", "区水务局", "区市场监管局"]),
                                      ([], ["区交通运输局"], ["区公安分局", "区商务局"])]


def test_a_towns_section_with_stations(tmp_path):
    text = "1、集镇主街:镇政府--农贸市场。\n镇综治办负责组织:镇派出所、镇司法所、镇农业服务中心参与。\n"
    assert owners(tmp_path, text) == [([], ["镇综治办"], ["镇派出所", "镇司法所", "镇农业服务中心"])]


# ------------------------------------------------------------------ near misses


def test_people_taking_part_are_no_units(tmp_path):
    text = "1、工业园区--石油公司:\n县委办负责组织:县委办、三中教师和学生参加。\n"
    assert owners(tmp_path, text) == [([], ["县委办"], [])]


def test_a_colon_after_another_verb_adds_nothing(tmp_path):
    text = "1、城区主干道:\n县城管局负责:县住建局、县交通运输局配合。\n"
    assert owners(tmp_path, text)[0][1] == ["县城管局"]
    assert "县住建局" not in owners(tmp_path, text)[0][1]
