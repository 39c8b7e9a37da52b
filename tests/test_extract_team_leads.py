"""Teams set up for the work, each led by a unit (issue 15, blind w372: '(一)煤矿安全督查组。由市煤炭工业局1名县级
领导带队,2名专业人员参加。'): the unit that leads the team owns its item, not the team's name before the stop; and
units' blocks of duties run together on one line after a lost item number (blind w350: '…。 .县环境保护局: 积极配合…
.县国土资源局: …'). Plans written for the classes, with other teams, units and wording than the pages."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of

TEAMS = """五、督查分组
(一)消防安全检查组。由县消防救援大队牵头,县住建局、县应急局配合。
(二)食品安全检查组。由县市场监管局负责,县卫健局参与。
(三)校园安全工作组。由县教育局2名副局长带队,抽调3名业务骨干参加。
(四)县住建局。负责排查在建工地安全隐患。
"""


def test_the_unit_that_leads_a_team_owns_its_item(tmp_path):
    got = [(lead, resp, coop) for _text, lead, resp, coop in tasks_of(tmp_path, TEAMS)]
    assert got == [(["县消防救援大队"], [], ["县住建局", "县应急局"]), ([], ["县市场监管局"], ["县卫健局"]),
                   (["县教育局"], [], []), ([], ["县住建局"], [])]


@pytest.mark.parametrize("text, exp", [
    ("由市交通运输局1名分管领导带队，抽调2名执法人员参加。", [{"lead": ["市交通运输局"]}]),
    ("由区应急管理局一名副局长任组长，成员由区消防救援大队派员组成。", [{"lead": ["区应急管理局"]}]),
])
def test_a_unit_whose_leader_leads(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "由1名县级领导带队，2名专业人员参加。",
    "由各组2名同志带队开展检查。",
])
def test_a_leader_of_no_unit_names_no_owner(text):
    assert roles_of(text) == []


RUN_TOGETHER_BLOCKS = ("某县秸秆禁烧工作方案 为切实做好秸秆禁烧工作,特制定本方案。 一、工作目标 全县不发生露天焚烧秸秆现象。 "
                       "二、部门职责 。 .县农业农村局: 负责秸秆综合利用技术指导;组织开展秸秆还田。 .县生态环境局: 负责火点"
                       "监测和通报;依法查处焚烧行为。 .各乡(镇)人民政府,城关街道办事处: 落实网格化巡查;做好宣传教育。 "
                       "三、工作要求 各单位要加强协作,确保禁烧工作取得实效,按时上报工作进展情况,形成工作合力。\n")


def test_unit_blocks_after_a_lost_item_number_are_cut_apart(tmp_path):
    got = [(text[:8], resp) for text, _lead, resp, _coop in tasks_of(tmp_path, RUN_TOGETHER_BLOCKS)]
    assert [resp for _t, resp in got] == [["县农业农村局"], ["县生态环境局"], ["各乡(镇)人民政府", "城关街道办事处"]]


def test_a_team_led_by_its_own_people_has_no_owner(tmp_path):
    # s93 (the round's probe): '（四）数据质量抽查组。由各组2名同志带队…' gave the team's name as its owner
    plan = TEAMS.replace("(三)校园安全工作组。由县教育局2名副局长带队", "(三)数据质量抽查组。由各组2名同志带队")
    got = [(lead, resp) for _t, lead, resp, _coop in tasks_of(tmp_path, plan)]
    assert got[2] == ([], [])
