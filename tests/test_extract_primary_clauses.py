"""Owners named inside a sentence by 以…为主 / 以…负责 (issue 15, blind w265: '校内整治由学校负责，周边治安
交通秩序整治以乡综治办、治安派出所为主，土地文化部门配合。无证经营…整治以土地办负责。'): the work before 以 is
the units' after it, 为主 making them its lead, and a partner clause after it cooperates; a clause before it
with its own owner ends at its comma. Sentences written for the class, with other units and work than the
page, and 以…为主 that names no unit."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of


@pytest.mark.parametrize("text, exp", [
    ("河道日常保洁以各乡镇为主，县水务局配合。", [{"lead": ["各乡镇"], "cooperating": ["县水务局"]}]),
    ("校园周边交通秩序整治以县公安局交警大队为主，县教育局、县城管局配合。",
     [{"lead": ["县公安局交警大队"], "cooperating": ["县教育局、县城管局"]}]),
    ("占道经营整治以县城市管理局负责。", [{"responsible": ["县城市管理局"]}]),
])
def test_the_work_before_yi_is_the_units_after_it(text, exp):
    assert roles_of(text) == exp


def test_a_clause_with_its_own_owner_ends_before_the_next_ones():
    text = "校内安全管理由各学校负责，周边治安整治以县公安局为主，县市场监管局配合。"
    assert roles_of(text) == [{"responsible": ["各学校"]},
                              {"lead": ["县公安局"], "cooperating": ["县市场监管局"]}]


@pytest.mark.parametrize("text", [
    "坚持以预防为主，防治结合。",
    "资金投入以政府投入为主，社会资本参与。",
    "实行以县为主的管理体制。",
])
def test_yi_before_no_unit_names_no_owner(text):
    assert roles_of(text) == []


PLAN = """某镇学校周边环境集中整治方案
一、工作任务
1、开展排查。对辖区内中小学校周边环境进行一次全面排查。校内整治由各学校负责，周边交通秩序整治以派出所为主，交管站配合。食品卫生整治以市场监管所负责。
2、加强宣传。宣传、教育等部门要广泛宣传整治工作。
"""


def test_each_clause_of_an_item_is_its_owners_task(tmp_path):
    got = [(text, lead, resp, coop) for text, lead, resp, coop in tasks_of(tmp_path, PLAN)]
    owners = [(lead, resp, coop) for _t, lead, resp, coop in got]
    assert ([], ["各学校"], []) in owners
    assert (["派出所"], [], ["交管站"]) in owners
    assert ([], ["市场监管所"], []) in owners
    assert next(t for t, lead, *_ in got if lead == ["派出所"]).startswith("周边交通秩序整治")


@pytest.mark.parametrize("text, exp", [
    # the round's probe (s93, s91): partners before 提供 or 划设 were lost
    ("名录库比对以市统计局负责，市市场监管局、市税务局配合提供企业数据。",
     [{"responsible": ["市统计局"], "cooperating": ["市市场监管局、市税务局"]}]),
    ("区交通运输局牵头督促运营企业落实管理责任，区城市管理局配合划设停放点位。",
     [{"lead": ["区交通运输局"], "cooperating": ["区城市管理局"]}]),
])
def test_partners_before_the_verb_of_their_help(text, exp):
    assert roles_of(text) == exp
