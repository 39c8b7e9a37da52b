"""Subjects of a regulation's articles and of a city's duty list in forms the unseen pages showed (issue 15, blind
w417: '省人民政府交通运输行政主管部门主管全省治理公路超限运输工作'; w411: '市纠风办和…督察队依法开展执法督导工作',
'市发改、经贸等局依职责协助有关治超工作'): 主管 as the subject's verb over the work of a place, 依法/依职责/依规 as a manner
before the verb, and a level's sectors sharing 局 (委, 办) after 等. Sentences written for the classes."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of


@pytest.mark.parametrize("text, exp", [
    ("县级以上人民政府水行政主管部门主管本行政区域内的河道管理工作。", [{"responsible": ["县级以上人民政府水行政主管部门"]}]),
    ("市城市管理局主管全市市容环境卫生工作。", [{"responsible": ["市城市管理局"]}]),
    ("县市场监管局依法做好无照经营查处工作。县公安局依职责协助做好现场秩序维护。",
     [{"responsible": ["县市场监管局"]}, {"cooperating": ["县公安局"]}]),
    ("市发改、经贸等局依职责协助有关治超工作。", [{"cooperating": ["市发改局、市经贸局"]}]),
    ("县财政、审计等局要加强专项资金监管。", [{"responsible": ["县财政局、县审计局"]}]),
])
def test_regulation_subjects(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "各主管部门要加强监管。",  # a group of everyone
    "市教育局、公安局要加强校园安全。",  # named units, no shared 局 added ('教育局局')
])
def test_near_misses_read_as_before(text):
    got = roles_of(text)
    assert not any("局局" in u for r in got for v in r.values() for u in v)
    assert got == [] or text.startswith("市教育局")
