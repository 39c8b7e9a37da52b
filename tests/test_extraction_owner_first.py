"""Owners written before their task (issue 15, labels and tables in other forms): a bracket
that opens the item ("1.【县发改局】推进…", "〔A牵头〕…", "（A）…"), and a unit's name as an
item's whole heading over the unnumbered paragraphs of its duty ("（一）县发改局⏎推进…。").
Headings and brackets that are no units ("（一）加强组织领导", "【重要】") own nothing.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


@pytest.mark.parametrize("bracket, lead, resp", [
    ("【区城管局】", [], ["区城管局"]),
    ("【区城管局、区住建局】", [], ["区城管局", "区住建局"]),
    ("〔区城管局牵头〕", ["区城管局"], []),
    ("（区城管局）", [], ["区城管局"]),
    ("[区城管局]", [], ["区城管局"]),
])
def test_a_bracket_that_opens_the_item(tmp_path, bracket, lead, resp):
    text = ("二、工作任务\n"
            f"1.{bracket}整治占道经营和乱堆乱放，主次干道实现动态清零。\n"
            "2.【区市场监管局】规范农贸市场经营秩序。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:4], l, r) for t, l, r, _ in got] == [("整治占道", lead, resp), ("规范农贸", [], ["区市场监管局"])]


@pytest.mark.parametrize("bracket", ["【重要】", "（试行）", "【2026年】"])
def test_a_bracket_of_no_units_opens_nothing(tmp_path, bracket):
    text = ("二、工作任务\n"
            f"1.{bracket}整治占道经营和乱堆乱放，主次干道实现动态清零。\n"
            "2.规范农贸市场经营秩序。（责任单位：区市场监管局）\n")
    got = tasks_of(tmp_path, text)
    assert [(l, r) for _, l, r, _ in got] == [([], []), ([], ["区市场监管局"])]


def test_a_unit_heading_over_unnumbered_paragraphs(tmp_path):
    text = ("三、职责分工\n（一）区城管局\n整治占道经营和乱堆乱放。\n建立门前三包长效管理机制。\n"
            "（二）区市场监管局、区商务局\n规范农贸市场经营秩序，取缔马路市场。\n"
            "（三）各街道办事处\n做好辖区内的宣传发动和日常巡查。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:6], r) for t, _, r, _ in got] == [
        ("整治占道经营", ["区城管局"]), ("规范农贸市场", ["区市场监管局", "区商务局"]), ("做好辖区内的", ["各街道办事处"])]
    assert "区城管局" not in got[0][0] and "建立门前三包" in got[0][0]


def test_a_heading_that_is_no_unit_owns_nothing(tmp_path):
    text = ("三、保障措施\n（一）加强组织领导\n成立工作专班，统筹推进整治工作。\n"
            "（二）区城管局\n整治占道经营和乱堆乱放。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:6], r) for t, _, r, _ in got if r] == [("整治占道经营", ["区城管局"])]
    assert all(not l and not r and not c for t, l, r, c in got if "专班" in t)


def test_a_unit_heading_whose_duty_names_other_owners_keeps_them(tmp_path):
    text = ("三、职责分工\n（一）区城管局\n整治占道经营和乱堆乱放。（区城管局牵头，各街道办事处配合）\n"
            "（二）区市场监管局\n规范农贸市场经营秩序。\n")
    got = tasks_of(tmp_path, text)
    assert [(l, r, c) for _, l, r, c in got] == [(["区城管局"], [], ["各街道办事处"]), ([], ["区市场监管局"], [])]


# ------------------------------------------------------------------ a group as one subject of a list

def test_a_group_opening_an_item_of_a_list_of_subjects_owns_it(tmp_path):
    text = ("二、职责分工\n1.市商务局要牵头制定促消费活动方案。\n2.市文旅局要组织文旅消费季活动。\n"
            "3.各区人民政府要结合实际开展特色促消费活动。\n4.各相关部门要加强协作配合。\n")
    got = tasks_of(tmp_path, text)
    assert [l + r for _, l, r, _ in got] == [["市商务局"], ["市文旅局"], ["各区人民政府"], ["各相关部门"]]
    assert got[0][1] == ["市商务局"]  # '要牵头': it leads (as 负责牵头 does; the blind labels read it so)


# ------------------------------------------------------------------ a heading naming the lead unit of its items

@pytest.mark.parametrize("heading, role", [
    ("一、市交通运输局牵头工作（3项）", "lead"),
    ("一、市交通运输局牵头工作(3项)", "lead"),
    ("一、市交通运输局牵头的任务", "lead"),
    ("一、市交通运输局负责的工作", "responsible"),
    ("一、市交通运输局承办事项（共3项）", "responsible"),
])
def test_a_part_titled_by_the_unit_that_leads_its_items(tmp_path, heading, role):
    text = (f"附件\n2026年市政府工作报告任务清单\n{heading}\n1.新开通城乡公交线路5条。\n2.完成国省道大中修120公里。\n"
            "二、市水务局牵头工作（1项）\n3.建成城区第二水厂。\n")
    got = tasks_of(tmp_path, text)
    by_role = [(l, r) for _, l, r, _ in got]
    first = ["市交通运输局"]
    assert by_role[:2] == ([(first, [])] * 2 if role == "lead" else [([], first)] * 2)
    assert by_role[2] == (["市水务局"], [])


def test_a_part_titled_by_work_of_no_unit_owns_nothing(tmp_path):
    text = ("三、重点任务\n一、牵头工作（2项）\n1.新开通城乡公交线路5条。（责任单位：市交通运输局）\n"
            "2.完成国省道大中修120公里。（责任单位：市公路事业发展中心）\n")
    got = tasks_of(tmp_path, text)
    assert [r for _, _, r, _ in got] == [["市交通运输局"], ["市公路事业发展中心"]]
