"""Owner lists one unit a line, each with its telephone number (issue 15, blind w203: a 民生实事
notice's '承办部门:市民政局 咨询电话:2882655' then '市医保局 2618007', '市总工会 2861042'): the
lines after the label are more units of the same task, the numbers no part of a name. Instances
written for the class, with other labels, levels and ways of writing a number."""
from __future__ import annotations

from test_extraction_prose_classes import tasks_of


def test_units_with_numbers_one_a_line_after_the_label(tmp_path):
    text = ("2024年县民生实事项目\n"
            "一、城乡居民医疗保障\n提高城乡居民基本医疗保险财政补助标准，落实大病保险待遇。\n"
            "责任单位：县医保局 联系电话：0571-88881234\n县财政局 88882345\n县卫健局 联系电话:88883456\n"
            "二、老年助餐服务\n新建老年食堂12家，为困难老人提供助餐服务。\n"
            "责任单位：县民政局 联系电话：88884567\n")
    got = [(t[:6], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]  # each project's heading first (part_headings)
    assert got == [("城乡居民医疗", ["县医保局", "县财政局", "县卫健局"]), ("老年助餐服务", ["县民政局"])]


def test_a_lead_label_with_numbers_and_a_town(tmp_path):
    text = ("1.实施农村道路提升工程，完成村道硬化15公里。\n"
            "牵头单位:镇规划建设办 电话:6612345\n镇农业农村办 6612346\n"
            "2.开展集镇环境综合整治。\n牵头单位:镇综合执法队 电话:6612347\n")
    got = [(t[:6], lead) for t, lead, _, _ in tasks_of(tmp_path, text)]
    assert got == [("实施农村道路", ["镇规划建设办", "镇农业农村办"]), ("开展集镇环境", ["镇综合执法队"])]


def test_a_line_that_is_not_a_unit_and_a_number_stays_apart(tmp_path):
    text = ("1.建设城市书房5家。\n责任单位：市文广旅局 咨询电话：2233445\n"
            "2.新增公共停车泊位2000个。\n责任单位：市城管局 咨询电话：2233446\n")
    got = [(t[:6], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("建设城市书房", ["市文广旅局"]), ("新增公共停车", ["市城管局"])]


def test_a_mobile_number_and_a_cooperating_label(tmp_path):
    text = ("1.实施农村公路安全生命防护工程，整治隐患路段30公里。\n"
            "责任单位：区交通运输局 电话：7228810\n区公路养护中心 13907301234\n"
            "配合单位：区公安分局交警大队 手机：139-0730-5678\n区财政局 7229100\n"
            "2.建设城区智慧停车平台。\n责任单位：区城市管理局 电话：7228811\n")
    got = [(t[:6], resp, coop) for t, _, resp, coop in tasks_of(tmp_path, text)]
    assert got == [("实施农村公路", ["区交通运输局", "区公路养护中心"], ["区公安分局交警大队", "区财政局"]),
                   ("建设城区智慧", ["区城市管理局"], [])]
