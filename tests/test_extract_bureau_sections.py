"""A bureau's own sections (股, 科) as the subjects of its plan's prose (issue 15, blind w224's
'1、安监股牵头检查中小学安全管理…'): a county bureau's plan gives each item to one of its own
offices, '<section>牵头/负责/要<duty>', as it gives items to its 办公室 or 中队. Plans written
for the class, with other sections and verbs than the page that showed it, and words ending in
股 or 科 that name no section."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of


EDUCATION_BUREAU = """县教育局2021年校园安全专项整治工作方案
三、职责分工
1、基教股牵头检查中小学校舍安全、食品安全和隐患整改情况；
2、财务股负责专项经费的筹措和使用监管；
3、人事股要将安全工作纳入校长考核。
四、工作要求
"""

HEALTH_BUREAU = """区卫健局医疗机构安全生产大检查实施方案
二、任务分工
（一）医政科牵头检查各医疗机构消防安全和用电安全情况。
（二）规划科负责督促各医院落实危化品管理制度。
（三）办公室做好检查材料的汇总上报工作。
"""


def test_sections_lead_their_items(tmp_path):
    got = [(lead, resp) for _text, lead, resp, _coop in tasks_of(tmp_path, EDUCATION_BUREAU)]
    assert got == [(["基教股"], []), ([], ["财务股"]), ([], ["人事股"])]


def test_sections_of_a_district_bureau(tmp_path):
    got = [(lead, resp) for _text, lead, resp, _coop in tasks_of(tmp_path, HEALTH_BUREAU)]
    assert got == [(["医政科"], []), ([], ["规划科"]), ([], ["办公室"])]


@pytest.mark.parametrize("text", [
    "本科要认真落实学生资助政策。",
    "各学科要将安全教育纳入课堂教学。",
    "控股要做好国有资产的监管工作。",
])
def test_words_ending_in_a_section_character_own_nothing(text):
    assert roles_of(text) == []
