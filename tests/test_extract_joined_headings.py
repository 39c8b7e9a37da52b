"""A unit and a group joined by 及/和 as the owner heading of an item (issue 15, blind w225's
'(二)城管中队及各社区'): both units own the sub-items, none cut short (各社区 is no 各社 and a
区 of the duty's text). Instances written for the class, with other units and groups."""
from __future__ import annotations

import pytest

from ledger.extraction.owner_lists import cut
from test_extraction_prose_classes import tasks_of


@pytest.mark.parametrize("text, exp", [
    ("城管中队及各社区", ("城管中队及各社区", "")),
    ("派出所和各社区", ("派出所和各社区", "")),
    ("执法中队及各村", ("执法中队及各村", "")),
    ("交警中队及各村(社区)", ("交警中队及各村(社区)", "")),
])
def test_a_unit_and_a_group_joined_are_one_owner_list(text, exp):
    assert cut(text) == exp


@pytest.mark.parametrize("text, rest", [
    ("县城管局、县卫生健康局加快推进城区公厕改造", "加快推进城区公厕改造"),
    ("县交通局和县公安局加强夜间巡逻", "加强夜间巡逻"),
])
def test_a_list_before_its_duty_is_still_cut(text, rest):
    assert cut(text)[1] == rest


@pytest.mark.parametrize("heading, exp", [
    ("(二)城管中队及各社区", ["城管中队", "各社区"]),
    ("(二)执法中队和各村", ["执法中队", "各村"]),
])
def test_the_joined_heading_owns_its_sub_items(tmp_path, heading, exp):
    text = ("五、责任分工\n(一)党政办\n负责策划宣传造势,营造良好氛围。\n" + heading +
            "\n1、重点对新港路进行整治。清理乱堆乱放。\n2、重点对解放路进行整治。清理占道经营。\n")
    got = [lead + resp for _, lead, resp, _ in tasks_of(tmp_path, text)]
    assert got[1:] == [exp, exp]
