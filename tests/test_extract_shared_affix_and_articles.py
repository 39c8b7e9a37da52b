"""Subjects that are lists sharing an affix (issue 15, blind w223, w147): bare sectors closed by one
'…等行业监管部门', and a level's sector with places after 及 sharing that sector and its body. Instances
written for the class with other units, levels and wording than the pages, and near misses that must
stay as they were."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[list[str]]:
    return [lead + resp + coop for _, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ bare sectors sharing '等行业监管部门'

@pytest.mark.parametrize("sentence, exp", [
    ("此外,商务、交通、水利、卫生和计划生育等行业监管部门也要认真开展安全隐患排查,确保全市各行业安全。",
     ["商务部门", "交通部门", "水利部门", "卫生和计划生育部门"]),
    ("另外,旅游、体育、粮食等行业主管部门要组织开展汛前检查。",
     ["旅游主管部门", "体育主管部门", "粮食主管部门"]),
    ("同时,气象、海事、渔业等监管部门也要加强值守。",
     ["气象部门", "海事部门", "渔业部门"]),
])
def test_bare_sectors_sharing_a_group_word_own_their_sentence(tmp_path, sentence, exp):
    text = ("四、检查重点\n(七)消防安全。市消防支队要重点检查人员密集场所。\n" + sentence
            + "\n五、工作要求\n(一)加强领导。各区要及时制定检查方案。\n")
    got = owners(tmp_path, text)
    assert got[0] == ["市消防支队"]
    assert got[1] == exp


def test_a_sector_list_before_a_group_word_that_is_a_task_stays_no_subject(tmp_path):
    # "加强检查、督促整改等监管部门…" is no list of sectors: task words before the group word
    got = owners(tmp_path, "三、主要任务\n(一)安全检查。县应急局要重点检查工矿企业。开展检查、督促整改等行业监管工作要常态化。\n")
    assert got == [["县应急局"]]


# ------------------------------------------------------------------ a level's sector and places sharing it

@pytest.mark.parametrize("sentence, exp", [
    ("区城管及各街道、镇城管部门要加强占道经营巡查。",
     ["区城管部门", "各街道城管部门", "镇城管部门"]),
    ("县住建及各乡镇、开发区住建部门要督促施工单位落实扬尘防治措施。",
     ["县住建部门", "各乡镇住建部门", "开发区住建部门"]),
    ("市交通运输及芝罘区、莱山区、高新区交通运输主管部门要组织开展道路隐患排查。",
     ["市交通运输主管部门", "芝罘区交通运输主管部门", "莱山区交通运输主管部门", "高新区交通运输主管部门"]),
])
def test_a_levels_sector_and_places_sharing_it_are_each_a_department(tmp_path, sentence, exp):
    got = owners(tmp_path, "三、工作措施\n(二)加强监管。" + sentence + "\n(三)加强宣传。县委宣传部负责宣传报道。\n")
    assert got == [exp, ["县委宣传部"]]


def test_places_sharing_a_government_are_left_to_their_rule(tmp_path):
    # "鼓楼、台江区人民政府": places sharing a level's government, not a sector (names.places_sharing_level)
    got = owners(tmp_path, "三、工作措施\n(二)加强监管。市住建局及鼓楼、台江区人民政府要加强巡查。\n")
    assert got != [["市住建主管部门"]] and all("建设" not in u for units in got for u in units)


def test_sectors_before_another_sector_stay_as_before(tmp_path):
    # "公安及交通、城管部门": no place after 及, the sector not named again before the body
    got = owners(tmp_path, "三、工作措施\n(二)加强监管。市公安、交通、城管部门要联合开展整治。\n")
    assert got == [["市公安部门", "市交通部门", "市城管部门"]]


@pytest.mark.parametrize("sentence, exp", [
    # blind w391: '各村、领导小组各成员单位要…' gave 各村单位; a group of its own shares no suffix
    ("各村、领导小组各成员单位要随时总结提炼工作经验。", ["各村", "领导小组各成员单位"]),
    ("各社区、镇属各单位要做好防汛值班工作。", ["各社区", "镇属各单位"]),
])
def test_a_group_of_its_own_takes_no_shared_suffix(tmp_path, sentence, exp):
    got = owners(tmp_path, "三、工作措施\n(二)加强宣传。镇综治办负责汇总上报信息。" + sentence + "\n")
    assert exp in got
