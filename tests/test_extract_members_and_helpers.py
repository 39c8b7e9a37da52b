"""Who makes up a group is no owner, and a subject whose verb is to help cooperates (issue 15, blind w362: '组长由本单位
主要领导担任,…成员由本单位各内设机构负责人和确定两名政务服务人员组成', where 负责人 (a body's head) was read as 负责;
'各县市人民政府和州级机关应当主动配合州政务服务中心开展工作': after a modal the sentence stays the subject's own
duty, as the corpus has it elsewhere). Sentences written for the classes, with other bodies."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of


@pytest.mark.parametrize("text", [
    "成员由县直各部门负责人组成。",
    "领导小组成员由区教育局、区卫健局分管负责人组成,办公室设在区教育局。",
])
def test_a_groups_members_own_nothing(text):
    assert roles_of(text) == []


@pytest.mark.parametrize("text, exp", [
    ("县卫健局负责组织筛查,县财政局协助落实经费。", [{"responsible": ["县卫健局"], "cooperating": ["县财政局"]}]),
    ("县教育局负责摸底工作。各村委会要配合做好适龄儿童摸底工作。",
     [{"responsible": ["县教育局"]}, {"responsible": ["各村委会"]}]),  # after a modal: its own duty
    ("县财政局应当保障工作经费。", [{"responsible": ["县财政局"]}]),
])
def test_a_helper_cooperates_unless_a_modal_makes_the_sentence_its_own(text, exp):
    assert roles_of(text) == exp


def test_a_unit_that_does_the_work_after_you_is_still_its_owner():
    assert roles_of("由县应急管理局负责组织实施。") == [{"responsible": ["县应急管理局"]}]
