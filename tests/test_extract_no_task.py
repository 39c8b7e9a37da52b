"""Plans that were read as having no task at all (NoTaskTable, issue 15, blind w201 and w220):
each class on plans written for it, with other units, levels and wording than the pages that
showed it, and the shapes that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction import extract_tasks
from test_extraction_prose_classes import roles_of, tasks_of


# ------------------------------------------------------------------ a part headed by its owners over one paragraph

DUTY_LIST_COUNTY = """关于明确城乡环境卫生整治工作职责的通知
为切实做好城乡环境卫生整治工作，现将有关部门职责明确如下：
一、县人民政府
负责统筹全县城乡环境卫生整治工作；定期召开联席会议，协调解决重大问题；建立考核制度。
二、乡镇人民政府、街道办事处
负责辖区内环境卫生整治的组织实施；落实保洁队伍和经费；做好宣传发动工作。
三、住建部门
负责城区道路清扫保洁的监督管理；指导垃圾处理设施建设。
四、市场监管部门
负责农贸市场环境卫生的监督检查；依法查处违法经营行为。
"""

DUTY_LIST_CITY = """市区两级消防安全工作职责
一、区人民政府
负责本区消防安全工作的组织领导，将消防工作纳入经济社会发展规划。
二、公安部门
负责对消防工作实施监督管理；组织开展消防安全检查。
三、教育部门
负责学校消防安全教育；督促学校落实消防安全责任制。
"""


@pytest.mark.parametrize("text, exp", [
    (DUTY_LIST_COUNTY, [["县人民政府"], ["乡镇人民政府", "街道办事处"], ["住建部门"], ["市场监管部门"]]),
    (DUTY_LIST_CITY, [["区人民政府"], ["公安部门"], ["教育部门"]]),
])
def test_parts_headed_by_their_owners_over_one_paragraph_each_are_tasks(tmp_path, text, exp):
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == exp
    assert all(t[0].startswith("负责") for t in got)


def test_parts_titled_as_work_over_paragraphs_stay_no_task(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("一、总体要求\n坚持问题导向，全面推进整治。\n二、工作目标\n到年底基本完成整治。\n", encoding="utf-8")
    with pytest.raises(NoTaskTable):
        extract_tasks(plan)


# ------------------------------------------------------------------ brackets of units closing the measures of a paragraph

@pytest.mark.parametrize("text, exp", [
    ("推进企业开办“一网通办”（区市场监管局、区行政服务中心）。优化审批流程，压缩办理时限（区发展改革委）。"
     "加强信用监管（区市场监管局）。",
     [{"responsible": ["区市场监管局、区行政服务中心"]}, {"responsible": ["区发展改革委"]},
      {"responsible": ["区市场监管局"]}]),
    ("完善重大项目协调机制(区发改委、区财政局);推进工程建设项目审批改革(区住建委)。",
     [{"responsible": ["区发改委、区财政局"]}, {"responsible": ["区住建委"]}]),
])
def test_brackets_of_units_close_each_measure_inside_a_paragraph(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "将任务落实到各镇人民政府（街道办事处）。再逐项抓好落实。",
    "加强与市级部门（市发展改革委、市财政局）的沟通衔接，争取政策支持。",
    "排查整治“散乱污”工业企业（场所）。全面落实整治工作方案要求，年底前基本完成整治任务。",
    "规范农贸市场（所）。加强日常巡查，落实长效管理。",
])
def test_a_bracket_inside_a_sentence_or_after_a_unit_is_no_owner(text):
    assert roles_of(text) == []


def test_a_traditional_plan_of_bracketed_measures_has_its_tasks(tmp_path):
    text = ("某區優化營商環境行動方案\n一、實施提升工程，打造一流營商環境\n"
            "（一）完善準入機制。拓展企業登記服務場景（區市場局、區行政服務中心）。"
            "減少申請人線下跑動（區市場局、區大數據中心）。提升個體工商戶登記便利度（區市場局）。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["區市場局", "區行政服務中心"], ["區市場局", "區大數據中心"], ["區市場局"]]


# ------------------------------------------------------------------ the clause after a closing annotation

@pytest.mark.parametrize("text, exp", [
    ("一、主要任务\n（一）优化营商环境。推行企业开办全程电子化（区市场监管局、区政务服务中心）。压缩工程审批时限（区住建委）。"
     "推进信用监管（区发展改革委）。\n",
     ["推行企业开办全程电子化", "压缩工程审批时限", "推进信用监管"]),
    ("一、重点任务\n（一）完善养老服务。建设社区养老服务站10个（牵头单位：县民政局）。推进医养结合（牵头单位：县卫健委）。\n",
     ["建设社区养老服务站10个", "推进医养结合"]),
])
def test_the_clause_after_a_closing_annotation_begins_past_its_stop(tmp_path, text, exp):
    got = [t[0] for t in tasks_of(tmp_path, text)]
    assert len(got) == len(exp)
    assert [g[:len(e)] for g, e in zip(got[1:], exp[1:])] == exp[1:]  # the first keeps its item's title
