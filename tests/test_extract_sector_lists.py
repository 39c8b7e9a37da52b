"""Lists of sectors sharing one level and one body (issue 15, blind w417, w492, w495): a regulation's
'县级以上人民政府发展改革、公安…等有关部门应当…', an enforcement clause '违反前款规定的，由文化、工商等部门依法查处',
and an owner label's list going on after a comma '责任单位：各县(市、区)人民政府，各县(市、区)市政、住建…等部门'.
Each sector is its department, with the level written before the list. Sentences written for the class."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction.owner_lists import Profile, units_of
from test_extraction_prose_classes import roles_of, tasks_of


@pytest.mark.parametrize("text, exp", [
    ("县级以上人民政府发展改革、公安、财政等有关部门应当按照各自职责，做好治理公路超限运输工作。",
     [{"responsible": ["县级以上人民政府发展改革部门、县级以上人民政府公安部门、县级以上人民政府财政部门"]}]),
    ("县级以上地方人民政府教育、卫生健康等部门应当加强对学校食堂的监督管理。",
     [{"responsible": ["县级以上地方人民政府教育部门、县级以上地方人民政府卫生健康部门"]}]),
    ("各级人民政府民政、财政部门要落实救助资金。",
     [{"responsible": ["各级人民政府民政部门、各级人民政府财政部门"]}]),
])
def test_a_regulations_sectors_under_the_governments_of_levels(text, exp):
    assert roles_of(text) == exp


def test_the_governments_alone_stay_the_subject():
    assert roles_of("县级以上人民政府应当加强对农村公路工作的领导。") == [{"responsible": ["县级以上人民政府"]}]


def test_an_enforcement_clause_names_each_sectors_department(tmp_path: Path):
    text = ("第十一条 学校门前200米半径内不得设台球室、游艺厅等营业性场所。\n违反前款规定的，由文化、工商等部门依法查处。\n"
            "第十二条 学校门前不得摆摊设点。\n违反前款规定的，由规划、城管部门依法查处。\n"
            "第十三条 严禁在学校附近设立带有噪音的场所。\n违反前款规定的，由环保、公安、卫生等部门负责查处。\n")
    got = [t[2] for t in tasks_of(tmp_path, text)]
    assert got == [["文化部门", "工商部门"], ["规划部门", "城管部门"], ["环保部门", "公安部门", "卫生部门"]]


def test_members_made_up_of_sectors_leaders_own_nothing(tmp_path: Path):
    text = ("（一）工作机构。县政府成立专项行动指挥部，成员由县公安、安监、住建、教育等部门领导组成。\n"
            "（二）职责分工。县公安局负责城区排查。\n")
    got = tasks_of(tmp_path, text)
    assert not any("安监部门" in units for t in got for units in t[1:])
    assert ("县公安局" in got[-1][2])


@pytest.mark.parametrize("value, exp", [
    ("各市人民政府，省发展改革、财政、自然资源等部门", ["各市人民政府", "省发展改革部门", "省财政部门", "省自然资源部门"]),
    ("省发展改革、财政等部门，各市人民政府", ["省发展改革部门", "省财政部门", "各市人民政府"]),
    ("各县(市、区)人民政府，各县(市、区)市政、交通(公路)、住建等单位",
     ["各县(市、区)人民政府", "各县(市、区)市政部门", "各县(市、区)交通(公路)部门", "各县(市、区)住建部门"]),
    ("市教育、公安部门", ["市教育部门", "市公安部门"]),
    ("民政、财政、扶贫部门", ["民政部门", "财政部门", "扶贫部门"]),
    ("市城管局，市公安局、市交通局", ["市城管局", "市公安局", "市交通局"]),
])
def test_owner_lists_with_sector_lists(value, exp):
    assert units_of(value, Profile(), from_text=True).names == exp


def test_an_owner_label_goes_on_after_a_comma_into_sectors(tmp_path: Path):
    text = ("一、主要任务\n"
            "（一）加强城市道路日常保洁。主要责任单位：各县(市、区)人民政府，各县(市、区)市政、住建、卫生等部门。\n"
            "（二）推进村屯综合整治。责任单位：各市人民政府，省发展改革、财政等部门。\n"
            "（三）做好保洁。牵头单位：市民政局，其中高龄津贴发放进度较慢的为霍邱县。\n")
    got = tasks_of(tmp_path, text)
    assert got[0][0] == "加强城市道路日常保洁。"
    assert got[0][2] == ["各县(市、区)人民政府", "各县(市、区)市政部门", "各县(市、区)住建部门", "各县(市、区)卫生部门"]
    assert got[1][2] == ["各市人民政府", "省发展改革部门", "省财政部门"]
    assert got[2][1] == ["市民政局"] and "霍邱县" not in got[2][1] + got[2][2]


def test_sectors_sharing_their_department_as_partners(tmp_path: Path):
    text = ("校园内部安全整治主要由县教育局牵头，公安、消防、安监部门配合，对全县学校进行全面排查；"
            "食品卫生监管主要由县市场监管局牵头，教育、卫生等部门配合，对学校食堂进行监督检查。")
    got = tasks_of(tmp_path, text)
    assert [(t[1], t[3]) for t in got] == [(["县教育局"], ["公安部门", "消防部门", "安监部门"]),
                                           (["县市场监管局"], ["教育部门", "卫生部门"])]
