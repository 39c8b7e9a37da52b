"""Plans that were read as having no task at all (NoTaskTable, issue 15, blind w220):
each class on plans written for it, with other units, levels and wording than the pages that
showed it, and the shapes that must stay as they were."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of


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
