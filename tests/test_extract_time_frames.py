"""A subject after the time or the condition its duty holds for (issue 15, blind w213's
'1、清明節期間,區森林防火指揮部組織二十三個巡查組…'): '<a period>期间/前后，<unit><verb>…' and
'视<circumstance>情况/需要，<unit><verb>…' give the duty to the unit, as a sentence opened by who
leads it ('在县政府的统一领导下，…') does. Plans written for the class, with other periods, units and
verbs than the page that showed it; a frame with no unit after it owns nothing. Teams the subject
counts out and sends ('组织二十三个巡查组深入…', '组织三个督查组对…') are no units: the work is the subject's."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of


@pytest.mark.parametrize("text, exp", [
    ("汛期期间，县水利局牵头开展堤防和水库巡查，及时消除隐患。", {"lead": ["县水利局"]}),
    ("清明节前后，县民政局做好殡葬服务保障工作。", {"responsible": ["县民政局"]}),
    ("国庆节期间，区交警大队联合区城管局开展重点路段整治。", {"lead": ["区交警大队"], "cooperating": ["区城管局"]}),
    ("视疫情防控需要，区卫健委牵头调配医疗资源。", {"lead": ["区卫健委"]}),
    ("春节期间，县市场监管局组织5个检查组对商场超市开展检查。", {"responsible": ["县市场监管局"]}),
])
def test_a_subject_after_its_time_or_condition(text, exp):
    assert roles_of(text) == [exp]


@pytest.mark.parametrize("text", [
    "汛期期间，组织开展堤防巡查，及时消除隐患。",
    "春节前后，各地组织开展安全检查。",
    "视天气情况，适时开展人工增雨作业。",
])
def test_a_frame_with_no_unit_owns_nothing(text):
    assert roles_of(text) == []


def test_a_subject_before_its_time_is_read_as_before():
    assert roles_of("县应急管理局在汛期期间，要组织开展隐患排查。") == [{"responsible": ["县应急管理局"]}]


@pytest.mark.parametrize("text, exp", [
    ("县教育局组织三个督查组对各校安全工作进行专项督查。", {"responsible": ["县教育局"]}),
    ("区城管局组织十个执法小组开展夜间巡查。", {"responsible": ["区城管局"]}),
    ("县文旅局组织县文化馆负责送戏下乡。", {"lead": ["县文旅局"], "responsible": ["县文化馆"]}),
])
def test_teams_a_subject_counts_out_are_its_own_work(text, exp):
    assert roles_of(text) == [exp]
