"""Owner headings over the duties in the paragraphs after them (issue 15, blind w104 and
w110): '一、乡政府责任目标' then (一)…(六), levels sharing one name as a heading or a subject
('（一）区、县(市)帮扶救助服务中心工作职责'), a lead-in naming the heading's own unit. Each rule
on an instance written for it (other units, levels, verbs and heading words, traditional
too), and the headings that are topics, people or dates, which own nothing."""
from __future__ import annotations


import pytest

from ledger.extraction.markers import looks_like_unit
from ledger.extraction.names import shared_level_units
from ledger.extraction.prose import owner_heading
from test_extraction_subject_classes import tasks_of


# ------------------------------------------------------------------ '<unit>责任目标' / '<unit>工作任务' headings

LETTER = ("镇级安全生产责任书\n\n  为落实安全生产责任，特签订本责任书。\n\n  一、镇政府工作任务\n\n"
          "  （一）组织开展安全生产大检查，每季度不少于一次。\n\n  （二）督促县应急管理局派驻人员开展执法。\n\n"
          "  二、社区居委会责任目标\n\n  （一）排查辖区隐患，建立台账；\n\n  （二）配合镇政府开展宣传。\n")


def test_a_units_targets_or_tasks_heading_owns_the_duties_under_it(tmp_path):
    got = tasks_of(tmp_path, LETTER)
    assert [resp for _, resp in got] == [["镇政府"], ["镇政府"], ["社区居委会"], ["社区居委会"]]


def test_a_units_targets_heading_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "鎮級安全生產責任書\n\n  為落實安全生產責任，特簽訂本責任書。\n\n  一、鎮政府工作任務\n\n"
                             "  （一）組織開展安全生產大檢查，每季度不少於一次。\n\n  （二）督促縣應急管理局派駐人員開展執法。\n\n"
                             "  二、社區居委會責任目標\n\n  （一）排查轄區隱患，建立台賬；\n\n  （二）配合鎮政府開展宣傳。\n")
    assert [resp for _, resp in got] == [["鎮政府"], ["鎮政府"], ["社區居委會"], ["社區居委會"]]


@pytest.mark.parametrize("heading, exp", [
    ("县卫健委的工作任务", "县卫健委"),
    ("街道办事处主要责任", "街道办事处"),
    ("村委会职责清单", "村委会"),
])
def test_the_heading_words_after_a_unit(heading, exp):
    assert owner_heading(heading, looks_like_unit) == exp


@pytest.mark.parametrize("heading", [
    "工作目标", "保障措施", "部门职责", "主要任务", "重点任务", "目标任务", "本方案任务",  # topics
    "企业主体责任", "属地管理责任", "部门监管责任",  # kinds of responsibility
    "村党支部书记职责", "分管领导职责", "镇长职责", "村民小组长责任",  # people and posts
    "2024年工作任务", "第一季度任务",  # dates
    "合计任务", "序号任务",  # table furniture
])
def test_a_heading_that_is_a_topic_a_post_or_a_date_owns_nothing(heading):
    assert owner_heading(heading, looks_like_unit) == ""


def test_a_unit_inside_a_duty_under_the_heading_is_no_owner(tmp_path):
    got = tasks_of(tmp_path, LETTER)
    assert got[1] == ("督促县应急管理局派驻人员开展执法。", ["镇政府"])


# ------------------------------------------------------------------ levels sharing one name, a lead-in naming the heading's unit

@pytest.mark.parametrize("name, exp", [
    ("区、县(市)帮扶救助服务中心", ["区帮扶救助服务中心", "县(市)帮扶救助服务中心"]),
    ("县、乡(镇)和村便民服务站", ["县便民服务站", "乡(镇)便民服务站", "村便民服务站"]),
    ("市、县住房和城乡建设局及乡镇政府", ["市住房和城乡建设局", "县住房和城乡建设局", "乡镇政府"]),
    ("市、县(区)疾控中心和乡镇卫生院、村卫生室", ["市疾控中心", "县(区)疾控中心", "乡镇卫生院", "村卫生室"]),
    # changed in the sixteenth session: levels counted before their body are each level's (the blind labels split
    # '市、县两级民政局', '镇、村两级人民调解委员会'; README)
    ("市、县两级政府", ["市政府", "县政府"]),
])
def test_levels_sharing_one_name_are_each_a_unit(name, exp):
    assert shared_level_units(name) == exp


@pytest.mark.parametrize("name", ["县（市）、乡（镇）两级人民政府", "市住房和城乡建设局", "县民政局和乡镇政府", "省、市、县", "县、乡镇",
                                  "县财政局、县民政局和乡镇政府", "2023年、2024年工作计划"])
def test_what_is_not_levels_sharing_one_name(name):
    assert shared_level_units(name) == []


def test_a_heading_of_levels_sharing_one_name_owns_its_duties(tmp_path):
    got = tasks_of(tmp_path, "五、工作职责\n（一）县(市)、乡(镇)便民服务中心工作职责\n1、受理群众办事申请。\n"
                             "2、对村便民服务站进行业务指导。\n（二）村便民服务站工作职责\n1、代办群众事项。\n")
    assert [resp for _, resp in got] == [["县(市)便民服务中心", "乡(镇)便民服务中心"]] * 2 + [["村便民服务站"]]


def test_levels_sharing_one_name_as_a_subject(tmp_path):
    got = tasks_of(tmp_path, "二、主要任务\n（一）縣、鄉(鎮)農技站和村衛生室要做好技術指導。\n（二）縣農業農村局負責督導。\n")
    assert got[0][1] == ["縣農技站", "鄉(鎮)農技站", "村衛生室"]


def test_a_lead_in_naming_the_headings_unit_again(tmp_path):
    got = tasks_of(tmp_path, "四、工作职责\n（一）县救助管理站工作职责\n县救助管理站主要负责下列工作：\n1、救助流浪乞讨人员。\n"
                             "2、建立受助人员档案。\n（二）乡镇民政办工作职责\n1、排查辖区流浪人员。\n")
    assert got == [("救助流浪乞讨人员。", ["县救助管理站"]), ("建立受助人员档案。", ["县救助管理站"]),
                   ("排查辖区流浪人员。", ["乡镇民政办"])]


def test_a_lead_in_naming_another_unit_keeps_its_own(tmp_path):
    got = tasks_of(tmp_path, "四、工作职责\n（一）县救助管理站工作职责\n县民政局负责指导下列工作：\n1、救助流浪乞讨人员。\n"
                             "2、建立受助人员档案。\n")
    assert all(resp != ["县救助管理站"] for _, resp in got) and any(resp == ["县民政局"] for _, resp in got)
