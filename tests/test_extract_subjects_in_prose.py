"""Owners as the subjects of duties in township and province prose (issue 15, blind w233, w234, w235,
w244): each class on instances written for it, with other units, levels and wording than the pages
that showed it, and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    return [(words[:12], lead + resp) for words, lead, resp, _ in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ a list closed by 等 before 联合

@pytest.mark.parametrize("text, exp", [
    ("四、工作措施\n（一）开展联合检查。街道安监办联合物业公司开展消防通道排查；街道城管科、社区警务室、市场监管所等联合"
     "社区网格员开展“门前三包”检查。\n",
     [["街道安监办"], ["街道城管科", "社区警务室", "市场监管所"]]),
    ("三、工作措施\n（一）综合执法。县农业农村局联合村干部开展农机安全检查；县公安局、县交通运输局、县应急管理局等联合"
     "乡镇干部开展道路隐患排查。\n",
     [["县农业农村局"], ["县公安局", "县交通运输局", "县应急管理局"]]),
])
def test_a_list_closed_by_deng_before_lianhe_keeps_its_last_name(tmp_path, text, exp):
    assert [units for _, units in owners(tmp_path, text)] == exp


# ------------------------------------------------------------------ 各负其责 after a list of units

@pytest.mark.parametrize("text, exp", [
    ("三、保障措施\n（一）加强协作。乡卫生院要做好救治准备。乡派出所、各行政村各负其责，构建联防联控网络，严防死守。\n",
     [["乡卫生院"], ["乡派出所", "各行政村"]]),
    ("二、职责分工\n区住建局负责工地扬尘管控。区城管执法局、区生态环境分局各司其职，加强渣土运输监管。\n",
     [["区住建局"], ["区城管执法局", "区生态环境分局"]]),
])
def test_units_listed_before_each_doing_their_part_own_their_sentence(tmp_path, text, exp):
    assert [units for _, units in owners(tmp_path, text)] == exp


def test_a_group_alone_doing_its_part_in_a_title_stays_an_instruction(tmp_path):
    # "有关部门各司其职…" as an item's title, everyone's: no owner (blind w103's shape)
    got = owners(tmp_path, "二、职责分工\n（一）县民政局负责低保审核。\n（二）有关部门各司其职联动开展救助工作。"
                           "各有关部门应加强沟通联系，做好相关工作。\n")
    assert [units for _, units in got] == [["县民政局"], []]


# ------------------------------------------------------------------ 一是…二是… run together after a colon

def test_points_after_a_meetings_arrangements_are_owned_by_their_subjects(tmp_path):
    got = owners(tmp_path, "会后，县教育局对下一步工作进行了安排部署：一是各中心学校、各乡镇卫生院要开展安全隐患排查，"
                           "及时整改。二是县疾控中心要加强传染病监测。三是乡属中小学在新学期开学之际，要做好晨午检工作。"
                           "四是各村委会要配合做好适龄儿童摸底工作。\n")
    assert [units for _, units in got] == [["各中心学校", "各乡镇卫生院"], ["县疾控中心"], ["乡属中小学"], ["各村委会"]]
    assert [words[:2] for words, _ in got] == ["一是", "二是", "三是", "四是"]


def test_a_meeting_called_is_no_unit(tmp_path):
    # "市应急管理局组织召开…会议": the meeting is no partner of the bureau, and the headline no task
    got = owners(tmp_path, "市应急管理局组织召开防汛工作推进会\n会议要求：一是各区要压实防汛责任。二是市水务局要加强水库调度。\n")
    assert [units for _, units in got] == [["各区"], ["市水务局"]]


# ------------------------------------------------------------------ 由A、B制定 at a sentence's end

@pytest.mark.parametrize("text, exp", [
    ("二、主要措施\n（一）落实补助资金。补助资金按实际完成面积拨付。具体考核办法由县农业农村局、县财政局制定。\n",
     [["县农业农村局", "县财政局"]]),
    ("二、主要措施\n（一）提高补助标准。各地补助标准不低于省定标准，实施细则由省人力资源和社会保障厅另行制定。\n",
     [["省人力资源和社会保障厅"]]),
])
def test_units_after_you_making_the_rules_at_a_sentences_end_own_it(tmp_path, text, exp):
    assert [units for _, units in owners(tmp_path, text)] == exp


@pytest.mark.parametrize("text", [
    "二、主要措施\n（一）开展督查。督查组由县纪委、县政府督查室工作人员组成。\n（二）县住建局负责验收。\n",
    "二、主要措施\n（一）核实名单。名单须由分组村干签字确认。\n（二）县住建局负责验收。\n",
])
def test_people_after_you_are_no_owners(tmp_path, text):
    assert [units for _, units in owners(tmp_path, text)] == [[], ["县住建局"]]


# ------------------------------------------------------------------ levels as subjects in a list owned in prose only

def test_levels_below_own_their_sentences_in_a_list_owned_in_prose(tmp_path):
    text = ("（三）加大资金投入。市级财政每年安排专项资金用于农村公路养护。各县(区)也要加大投入，保障养护需要。\n"
            "（四）规范资金使用。补助资金按养护里程分配。具体分配办法由市交通运输局、市财政局制定。\n"
            "（五）健全养护机构。各乡镇要明确养护人员，县级不另设机构。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [[], ["各县(区)"], ["市交通运输局", "市财政局"], ["各乡镇"]]
    assert got[1][0].startswith("各县(区)也要")


def test_everyone_in_a_list_owned_in_prose_stays_an_instruction(tmp_path):
    text = ("（三）加大资金投入。各部门要高度重视，加大投入。\n"
            "（四）规范资金使用。具体分配办法由市交通运输局、市财政局制定。\n")
    assert [units for _, units in owners(tmp_path, text)] == [[], ["市交通运输局", "市财政局"]]
