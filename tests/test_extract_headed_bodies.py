"""Headings that name their owners in forms unseen pages showed (issue 15, unseen w524, w525, w523; blind w413): a
heading of units with their duties' topic between them and 职责 ('一、乡(镇)人民政府、街道办事处消防安全工作职责'),
a working group named alone above a line opening with 负责 ('(1)监测预警小组⏎负责接收…'), and a unit's
负责人 appointed to a post (a person, no duty of the unit). Texts written for the classes."""
from __future__ import annotations

from pathlib import Path

from test_extraction_prose_classes import roles_of, tasks_of


def test_a_heading_with_the_duties_topic_owns_the_items(tmp_path: Path):
    text = ("一、乡(镇)人民政府、街道办事处消防安全工作职责\n"
            "（一）本级人民政府统一领导本行政区域内的消防工作，政府主要负责人为第一责任人。\n"
            "（二）建立消防安全组织，明确专人负责消防工作。\n"
            "二、社区居委会防汛工作职责\n"
            "（一）组织居民开展防汛演练。\n"
            "（二）做好人员转移安置。\n")
    got = [t[2] for t in tasks_of(tmp_path, text)]
    assert got == [["乡(镇)人民政府", "街道办事处"]] * 2 + [["社区居委会"]] * 2


def test_a_posts_duties_are_no_units(tmp_path: Path):
    text = ("二、主要职责\n1. 领导小组职责\n负责制定防溺水工作计划，督促检查各村落实。\n"
            "2. 副组长职责\n协助组长开展工作，具体负责防溺水工作的组织协调。\n")
    got = tasks_of(tmp_path, text)
    assert not any(u.startswith("副组") for t in got for units in t[1:] for u in units)


def test_a_group_named_above_its_duty_line_owns_it(tmp_path: Path):
    text = ("2.2社区应急工作组。社区建立应急工作组，成立若干应急工作小组。\n"
            "(1)监测预警小组\n负责接收上级发送的预警信息，及时通知受影响群众。\n"
            "(2)人员转移小组\n负责组织危险区域群众转移，并做好人员安置工作。\n"
            "(3)后勤保障小组\n负责本社区各应急工作小组的后勤生活保障。\n")
    got = [t[2] for t in tasks_of(tmp_path, text)]
    assert got[-3:] == [["监测预警小组"], ["人员转移小组"], ["后勤保障小组"]]


def test_a_group_named_above_its_members_owns_nothing(tmp_path: Path):
    text = ("一、工作任务\n（一）县教育局负责学校防汛演练。\n（二）县水利局负责水库巡查。\n"
            "二、组织领导\n（一）领导小组\n组长：张三；成员：县教育局、县水利局。\n")
    got = tasks_of(tmp_path, text)
    assert not any("领导小组" in u for t in got for units in t[1:] for u in units)


def test_a_units_head_appointed_to_a_post_is_a_person():
    assert roles_of("联席会议由市政府副秘书长担任主任，市环保局主要负责人担任副主任。") == []
    assert roles_of("政府主要负责人为第一责任人。") == []
    assert roles_of("省统计局负责人口普查的日常工作。") == [{"responsible": ["省统计局"]}]
    assert roles_of("居委会负责人要保证24小时信息畅通。") == [{"responsible": ["居委会"]}]
