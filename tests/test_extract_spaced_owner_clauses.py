"""An item's short heading, a space, then its owner clause, as a news report of a bureau's
meeting prints its division of work on one line (issue 15, blind w333: '(二)燃煤散烧 由规财科负责。
结合…', '(二)污水处理厂的运行、监管 环监局牵头,加强…'): the clause after the space is a sentence
of its own, whether it opens with 由 or with the unit. Plans written for the class, with other
units, sections and wording than the page, and spaces that open no owner clause."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of


@pytest.mark.parametrize("text, exp", [
    ("燃气管网排查 由住建科负责。结合老旧小区改造一并推进。", [{"responsible": ["住建科"]}]),
    ("校车安全整治 由县教育局牵头,县公安局、县交通局配合。",
     [{"lead": ["县教育局"], "cooperating": ["县公安局、县交通局"]}]),
    ("河道保洁 市城管局牵头,做好日常巡查。", [{"lead": ["市城管局"]}]),
    ("扬尘治理 区住建局负责,每月通报一次。", [{"responsible": ["区住建局"]}]),
])
def test_the_clause_after_a_heading_and_a_space_names_the_owner(text, exp):
    assert roles_of(text) == exp


# A bureau's sections whose names end in 控科, 配科 … (污控科, 疾控科, 调配科): sections, unlike 控股.
@pytest.mark.parametrize("text, exp", [
    ("由污控科牵头,执法大队配合,开展工业企业排查。", [{"lead": ["污控科"], "cooperating": ["执法大队"]}]),
    ("疾控科负责督促各医院落实发热门诊制度。", [{"responsible": ["疾控科"]}]),
])
def test_sections_ending_in_control_characters_are_sections(text, exp):
    assert roles_of(text) == exp


MEETING_REPORT = ("5月6日,某县生态环境分局召开局务会议,研究部署蓝天保卫战工作。具体工作任务分工如下: "
                  "一、大气方面 (一)燃煤锅炉整治 由污控科牵头,执法大队配合。 (二)散煤治理 由规划财务科负责。"
                  "结合农村清洁取暖工作一同进行。 二、水方面 (一)饮用水水源地保护 执法大队牵头,监测站配合。 "
                  "(二)入河排污口排查 由监测站负责推进。 会议强调,要坚决打好污染防治攻坚战。\n")


def test_a_meeting_report_on_one_line_gives_each_item_its_owner(tmp_path):
    got = [(lead, resp, coop) for _text, lead, resp, coop in tasks_of(tmp_path, MEETING_REPORT)]
    assert got == [(["污控科"], [], ["执法大队"]), ([], ["规划财务科"], []),
                   (["执法大队"], [], ["监测站"]), ([], ["监测站"], [])]


@pytest.mark.parametrize("text", [
    "按照 由点到面的原则推进试点。",
    "会议 由局长主持。",
    "河道保洁 今年完成三次。",
])
def test_a_space_before_no_owner_clause_names_no_owner(text):
    assert roles_of(text) == []
