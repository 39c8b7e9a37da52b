"""Two subjects joined by 、, each with its own verb (blind w90: '第四条市防汛防台抗旱指挥部(以下简称市防指)指挥协调、
水务局负责牵头山洪灾害防御工作'): the first steers (指挥协调, 统一领导, 统筹), the second has its duty; both own the
sentence (``prose._paired_subjects``). '负责牵头' reads lead, as 牵头 does. Instances written for the class, at other
levels and in other wordings; near misses stay as they are."""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


def test_a_countys_command_steering_and_a_bureau_leading(tmp_path):
    text = "一、工作职责\n1.县防汛抗旱指挥部指挥协调、县水利局负责牵头全县山洪灾害防御工作。\n2.加强监测预警。（责任单位：县气象局）\n"
    assert owners(tmp_path, text)[0] == (["县水利局"], ["县防汛抗旱指挥部"], [])


def test_a_provinces_government_leading_and_a_department_carrying_out(tmp_path):
    text = "（一）省人民政府统一领导、省应急管理厅负责组织实施全省安全生产大检查。\n（二）开展隐患整治。（责任单位：省住房和城乡建设厅）\n"
    assert owners(tmp_path, text)[0] == ([], ["省人民政府", "省应急管理厅"], [])


def test_a_districts_committee_coordinating_and_a_bureau_leading(tmp_path):
    text = "1.区委改革办协调指导、区发改局牵头推进营商环境改革。\n2.优化政务服务。（责任单位：区行政审批局）\n"
    assert owners(tmp_path, text)[0] == (["区发改局"], ["区委改革办"], [])


def test_responsible_for_leading_reads_lead(tmp_path):
    text = "1.镇农业综合服务中心负责牵头开展秸秆禁烧巡查。\n2.做好宣传发动。（责任单位：镇宣传办）\n"
    assert owners(tmp_path, text)[0] == (["镇农业综合服务中心"], [], [])


# ------------------------------------------------------------------ near misses


def test_a_first_verb_that_is_a_task_pairs_nothing(tmp_path):
    text = "1.县教育局开展排查、县卫健局负责复核。\n2.做好宣传发动。（责任单位：县委宣传部）\n"
    assert all("县教育局" not in lead + resp for lead, resp, _ in owners(tmp_path, text))


def test_a_group_steering_first_pairs_nothing(tmp_path):
    text = "1.各部门统筹协调、县水利局负责牵头河道整治。\n2.做好宣传发动。（责任单位：县委宣传部）\n"
    assert all("各部门" not in lead + resp for lead, resp, _ in owners(tmp_path, text))


def test_a_steering_subject_alone_is_no_pair(tmp_path):
    text = "1.市防指指挥协调全市防汛工作。\n2.做好宣传发动。（责任单位：市委宣传部）\n"
    assert owners(tmp_path, text)[0] == ([], [], [])
