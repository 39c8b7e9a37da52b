"""Who makes up a group is no owner, and a subject whose verb is to help cooperates (issue 15, blind w362: '组长由本单位
主要领导担任,…成员由本单位各内设机构负责人和确定两名政务服务人员组成', where 负责人 (a body's head) was read as 负责;
'各县市人民政府和州级机关应当主动配合州政务服务中心开展工作'). Sentences written for the classes, with other bodies."""
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
    ("县教育局应当主动配合县政务服务中心开展工作。", [{"cooperating": ["县教育局"]}]),
    ("市公安局要积极配合市交通局做好道路整治。", [{"cooperating": ["市公安局"]}]),
    ("区城管局须配合区住建局完成拆除工作。", [{"cooperating": ["区城管局"]}]),
    ("县财政局应当保障工作经费。", [{"responsible": ["县财政局"]}]),
])
def test_a_subject_that_helps_cooperates(text, exp):
    assert roles_of(text) == exp


def test_a_unit_that_does_the_work_after_you_is_still_its_owner():
    assert roles_of("由县应急管理局负责组织实施。") == [{"responsible": ["县应急管理局"]}]
