"""Levels sharing one body's name as a sentence's subject before a verb that a unit's last
character could run into (issue 15, blind w213's '2、市、區森林防火指揮部聯合致全體…的一封信'):
'市、区森林防火指挥部联合…' is the city's and the district's command, each named in full, as
'市、区森林防火指挥部要…' already was; 联 (妇联, 工商联) must not end the name. Plans written for
the class, with other levels, bodies and verbs than the page that showed it; 联合 before what
the bodies do together (致, 印发, 开展…) names no partner after it ('致全体机关' is no unit)."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of


@pytest.mark.parametrize("text, exp", [
    ("市、区森林防火指挥部联合致全体机关干部的一封信。", {"responsible": ["市森林防火指挥部、区森林防火指挥部"]}),
    ("市、县防汛抗旱指挥部联合开展汛前检查。", {"responsible": ["市防汛抗旱指挥部、县防汛抗旱指挥部"]}),
    ("市、县安全生产委员会联合印发隐患排查工作通知。",
     {"responsible": ["市安全生产委员会、县安全生产委员会"]}),
])
def test_levels_sharing_a_name_before_lianhe(text, exp):
    assert roles_of(text) == [exp]


def test_levels_sharing_a_name_before_yao_as_before():
    assert roles_of("市、区森林防火指挥部要联合开展宣传。") == [
        {"responsible": ["市森林防火指挥部、区森林防火指挥部"]}]
