"""Issue 15, 2026-12-07 (eighteenth session), from the round w1960–w1998 (环保督察整改, 招商引资/重点项目, 5G/新基建,
人才工作): every unit of a role in a project or a rectification (各协调单位, 各责任协调单位, 各项目牵头单位), a unit naming
its people for the work (确定一名联络员, 指定专人), an elliptical group whose second part carries a note (各乡镇、部门(单位)) and
组织人事部门, a kind of department whose name opens with a task's word; then, from both of the session's rounds
(w1960–w2039), a chapter's heading and an article's number run into a unit's name, and a notice's signature run into
its last line. Each class on instances written for it, with other units and wordings, and the near misses that must
stay as they were."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ every unit of a role, of each project or rectification

@pytest.mark.parametrize("unit", ["各协调单位", "各责任协调单位", "各项目牵头单位", "各重点项目牵头单位", "各整改牵头单位",
                                  "各任务牵头单位", "各项目配合单位", "各牵头协调单位", "各专项牵头单位"])
def test_every_unit_of_a_role_owns_its_item(tmp_path, unit):
    got = tasks_of(tmp_path, f"三、工作要求\n1、{unit}要每月5日前报送项目推进情况。\n2、县发改局要加强调度。\n")
    assert [t[2] for t in got] == [[unit], ["县发改局"]]


def test_a_role_label_alone_and_an_unknown_kind_stay_unowned(tmp_path):
    """牵头单位 alone is a label's word (the units a table names), 各配套协调单位 no kind the rule knows: as before."""
    got = tasks_of(tmp_path, "三、工作要求\n1、牵头单位要加强调度。\n2、各配套协调单位要做好服务。\n3、县财政局要保障经费。\n")
    assert [t[2] for t in got] == [[], [], ["县财政局"]]


# ------------------------------------------------------------------ a unit naming its people for the work

@pytest.mark.parametrize("sentence, unit", [
    ("县交通运输局确定一名联络员，每月报送工作进展。", "县交通运输局"),
    ("市数据局指定专人负责平台对接。", "市数据局"),
    ("区人社局选派2名业务骨干驻点服务。", "区人社局"),
    ("镇农业服务中心确定专门人员跟踪项目进度。", "镇农业服务中心"),
    ("县司法局明确专人负责合法性审查。", "县司法局"),  # the stranger's probe: no count
    ("县人社局选派业务骨干赴外地学习。", "县人社局"),
    ("县统计局指定联络人负责数据报送。", "县统计局"),
    ("县教育局选派干部驻村开展帮扶。", "县教育局"),
])
def test_a_unit_naming_its_people_owns_the_sentence(tmp_path, sentence, unit):
    got = tasks_of(tmp_path, f"二、工作措施\n（一）建立联络制度。{sentence}\n")
    assert [t[2] for t in got] == [[unit]]


def test_choosing_what_is_not_naming_people(tmp_path):
    """确定 before what is chosen (试点线路) is no duty of that shape: the page has no task, as before."""
    from ledger.errors import NoTaskTable
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, "县交通局确定试点线路。\n")


# ------------------------------------------------------------------ an elliptical group, its second part with a note

@pytest.mark.parametrize("group, expected", [
    ("各乡镇、部门(单位)", ["各乡镇", "各部门(单位)"]),
    ("各街道、部门（单位）", ["各街道", "各部门（单位）"]),
    ("各乡镇、部门", ["各乡镇", "各部门"]),  # as before
    ("各乡镇、县直部门(单位)", ["各乡镇", "县直部门(单位)"]),  # as before
    ("各县（区）、部门（单位）", ["各县（区）", "各部门（单位）"]),  # the first group with its own note (the probe)
    ("各乡镇（街道）、部门（单位）", ["各乡镇（街道）", "各部门（单位）"]),
    ("各县（区）、县直部门", ["各县（区）", "县直部门"]),  # before: '各县（区）直部门', '各县直部门' (levels sharing 直部门)
    ("各县、县直单位", ["各县", "县直单位"]),
    ("市、县直部门", ["市直部门", "县直部门"]),  # as before: two levels sharing 直部门
    ("各镇（街道）党（工）委、人民政府（办事处）", ["各镇（街道）党（工）委", "人民政府（办事处）"]),  # as before: a bare
    # body with a note gets no 各 of its own ('各人民政府' is nothing; the place's own, 各镇（街道）人民政府, is left to do)
])
def test_a_group_shares_its_each_past_a_note(tmp_path, group, expected):
    got = tasks_of(tmp_path, f"会议要求，{group}要落实专人，按时报送人才工作台账。\n")
    assert [t[2] for t in got] == [expected]


# ------------------------------------------------------------------ 组织人事部门: a department, not 组织 a duty

@pytest.mark.parametrize("unit", ["组织人事部门", "组织宣传部门", "组织人社部门"])
def test_a_department_named_by_its_kind_of_work_owns_its_sentence(tmp_path, unit):
    got = tasks_of(tmp_path, f"{unit}定期开展人才需求调研，建立人才信息库。\n")
    assert [t[2] for t in got] == [[unit]]


def test_organising_work_is_still_a_duty_not_a_name(tmp_path):
    got = tasks_of(tmp_path, "三、职责分工\n1、县委组织部组织开展人才需求调研。\n2、县人社局组织人事考试。\n")
    assert [t[2] for t in got] == [["县委组织部"], ["县人社局"]]


# ------------------------------------------------------------------ a chapter's heading and an article's number run into a name

def test_a_heading_run_into_a_units_name_is_no_part_of_it(tmp_path):
    """A page that lost its line breaks: '…工作,第二章年度计划管理第五条县数据局会同…' (unseen w1982). The unit is 县数据局;
    the task's text stays as written."""
    got = tasks_of(tmp_path, "县数据局负责平台建设,县财政局负责预算管理工作,第二章年度计划管理第五条县数据局会同县财政局编制年度"
                             "项目计划,第三章项目审核第九条县数据局会同县发改局审核项目方案。\n")
    assert [(t[1], t[2], t[3]) for t in got] == [
        ([], ["县数据局"], []), ([], ["县财政局"], []), (["县数据局"], [], ["县财政局"]), (["县数据局"], [], ["县发改局"])]
    assert got[2][0].startswith("第二章年度计划管理第五条县数据局会同")


@pytest.mark.parametrize("head", ["职责分工第五条", "第三章 项目管理 第十二条", "第二节第七条"])
def test_a_title_before_an_articles_number_is_no_part_of_the_name_either(tmp_path, head):
    """The stranger's probe: a part's title (or a section's) before the article's number, run into the name."""
    got = tasks_of(tmp_path, f"县数据局负责平台建设,{head}县大数据服务中心会同县财政局编制年度计划。\n")
    assert [(t[1], t[3]) for t in got][-1] == (["县大数据服务中心"], ["县财政局"])


def test_an_articles_own_reference_stays_in_the_sentence(tmp_path):
    got = tasks_of(tmp_path, "依照本办法第五条规定，县民政局负责救助对象的审核。\n")
    assert [t[2] for t in got] == [["县民政局"]]


# ------------------------------------------------------------------ a notice's signature run into its last line

@pytest.mark.parametrize("signature", ["陇南市人民政府办公室\n二〇一〇年一月六日 |", "县人民政府办公室 县生态环境局\n2023年5月8日 |",
                                       "中共县委组织部 县民政局 2010年11月5日", "某市人民政府办公室\n二〇二三年五月六日 |",
                                       "县农业农村局 二〇一九年十二月三十日"])
def test_a_signature_after_the_last_line_is_no_task(tmp_path, signature):
    """The issuers and their day (a table's bar after it or not), run into the end of a notice's last paragraph
    (unseen w2019, blind w1850): before, a task owned by the issuers."""
    got = tasks_of(tmp_path, f"七、加强督查\n各乡镇要加强对水源地的巡查，市县有关部门要定期通报。 {signature}\n")
    assert [t[2] for t in got] == [["各乡镇"], ["市县有关部门"]]


def test_a_unit_with_its_deadline_stays_a_task(tmp_path):
    got = tasks_of(tmp_path, "一、工作任务\n1、县水利局负责河道整治。\n2、县林业局 2024年3月1日前完成造林。\n")
    assert [t[2] for t in got] == [["县水利局"], ["县林业局"]]


# ------------------------------------------------------------------ a plan's title on its first line

@pytest.mark.parametrize("title", ["盐池县推进“一件事一次办”改革工作方案", "红寺堡区加强农村供水保障工作方案",
                                   "某镇开展人居环境整治实施计划"])
def test_a_plans_title_is_no_task_of_its_place(tmp_path, title):
    """The stranger's probe: the title read as its place's sentence before a plain verb (推进, 加强, 开展)."""
    got = tasks_of(tmp_path, f"{title}\n1．建立联络机制。县民政局确定一名联络员，负责日常沟通。\n"
                             "2．做好对接。县住建局指定专人对接。\n")
    assert [t[2] for t in got] == [["县民政局"], ["县住建局"]]


def test_a_first_line_with_a_units_duty_stays_a_task(tmp_path):
    got = tasks_of(tmp_path, "县水利局负责编制防汛应急工作方案\n县财政局负责保障经费\n")
    assert [t[2] for t in got] == [["县水利局"], ["县财政局"]]
