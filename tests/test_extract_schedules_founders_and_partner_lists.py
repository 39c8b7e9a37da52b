"""Owners in the forms the fifteenth session's round of unseen batches (w1680-w1714: 职业病防治, 危险废物, 消费者权益保护,
中医药) showed (issue 15): a long list of partners after 协同, departments by their short names, closed by 等…单位 ('由A
牵头,协同县委宣传部、县农牧、公安、…、电信、联通公司、移动公司等行政企事业单位,组织实施…', w1701); a body's duties
run on after its article's number with no colon and one item number lost ('第四条联席会议的主要职责(一)…;(二)…;(S)…;
(四)…', w1682); the units that set a body up ('镇卫生院、…与梁弄卫监所成立…领导小组,负责…', w1681) and a body's own
part set up below it ('领导小组下设调查工作小组,负责…'); a schedule's dated items, each opened by its unit ('1、3月5日,
组委会召开…筹备会', in a part titled 活动安排, w1702); a set-up body named at length and a plan's action plan as the
arrangement ('各级人民政府成立由主要领导负责的…领导小组', '各级人民政府根据攻坚行动方案要求,结合实际制定…', w1683);
role words cut off as a piece of a label's list ('(责任单位:…,各市、县政府负责落实)', w1692). Instances written for each
class with other units and wording than the pages that showed them; near misses kept."""
from __future__ import annotations

import pytest

from ledger.extraction.run_together import split_run_together

from test_extract_stage_titles_and_set_up_bodies import subject_roles
from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ a long list of partners closed by 等…单位

def test_a_long_partner_list_after_xietong_closed_by_its_kind(tmp_path):
    text = ("一、活动方式\n围绕主题,由县市场监督管理局牵头,协同县委宣传部、县农牧、公安、教育、卫生健康、司法、供销联社、"
            "税务、烟草专卖、农业银行某某支行、电信、联通公司等行政企事业单位,组织实施各项宣传服务活动。\n")
    (lead, resp, coop), = owners(tmp_path, text)
    assert lead == ["县市场监督管理局"]
    assert {"县委宣传部", "公安", "供销联社", "农业银行某某支行", "联通公司"} <= set(coop)
    assert len(coop) == 12


def test_a_closed_list_of_tasks_words_is_no_partner_list(tmp_path):
    text = ("一、活动方式\n由县市场监督管理局牵头,协同规划编制、项目审批、资金拨付等有关部门,组织实施各项宣传活动。\n")
    (lead, resp, coop), = owners(tmp_path, text)
    assert lead == ["县市场监督管理局"] and coop == []


# ------------------------------------------------------------------ a body's duties run on after its article's number

def test_duties_run_on_after_an_articles_number_with_no_colon_and_a_lost_item_number():
    line = ("第四条工作领导小组的主要职责(一)研究部署全县尘肺病防治工作;(二)协调解决重大问题;(Z)督促检查各成员单位落实"
            "情况;(四)通报工作进展。")
    assert split_run_together(line) == ["第四条工作领导小组的主要职责", "(一)研究部署全县尘肺病防治工作;",
                                        "(二)协调解决重大问题;(Z)督促检查各成员单位落实情况;", "(四)通报工作进展。"]


def test_items_whose_numbers_jump_further_are_not_cut():
    line = "第四条工作领导小组的主要职责(一)研究部署工作;(二)协调解决问题;(五)通报进展;(八)总结。"
    assert split_run_together(line) == [line]


def test_each_duty_of_a_joint_meeting_run_on_in_its_article_is_its_task(tmp_path):
    text = ("县尘肺病防治联席会议制度\n第一条为加强领导,制定本制度。第二条县尘肺病防治联席会议(以下简称联席会议)为议事机构。"
            "第三条联席会议的主要职责(一)研究部署全县尘肺病防治工作;(二)协调解决防治工作中的重大问题;(三)通报工作进展。"
            "第四条联席会议办公室设在县卫健局。\n")
    got = owners(tmp_path, text)
    assert got.count(([], ["联席会议"], [])) == 3


# ------------------------------------------------------------------ the units that set a body up

@pytest.mark.parametrize("sentence, exp", [
    ("镇卫生院、镇司法所与镇派出所成立禁毒工作领导小组,负责全镇禁毒工作的组织和实施。",
     [{"responsible": ["镇卫生院、镇司法所与镇派出所", "禁毒工作领导小组"]}]),
    ("县教育局成立校园安全工作专班,负责排查整治校园安全隐患。",
     [{"responsible": ["县教育局", "校园安全工作专班"]}]),
    ("领导小组下设技术指导工作小组,负责技术培训和质量控制。", [{"responsible": ["技术指导工作小组"]}]),
    ("县政府成立禁毒工作领导小组,负责全县禁毒工作。", [{"responsible": ["禁毒工作领导小组"]}]),
    ("国务院设立第五次全国经济普查领导小组,负责普查的组织实施。", [{"responsible": ["第五次全国经济普查领导小组"]}]),
])
def test_the_units_that_set_a_body_up_answer_for_its_work_with_it(sentence, exp):
    assert subject_roles(sentence) == exp


# ------------------------------------------------------------------ a schedule's dated items

SCHEDULE = ("某县“3·15”纪念活动方案\n一、组织领导\n成立纪念活动组委会,县政府分管副县长任主任。\n三、活动安排\n"
            "1、3月5日,组委会召开纪念活动筹备会。\n2、3月10日至3月14日,县消费者协会开展消费维权宣传。\n"
            "3、3月12日前,县市场监管局完成投诉案件梳理。\n4、3月15日,开展法律法规咨询宣传(由县司法局负责组织实施)。\n")


def test_each_dated_item_of_a_schedule_is_its_units(tmp_path):
    got = owners(tmp_path, SCHEDULE)
    assert got == [([], ["组委会"], []), ([], ["县消费者协会"], []), ([], ["县市场监管局"], []), ([], ["县司法局"], [])]


def test_an_officials_visit_after_a_time_is_no_units_item(tmp_path):
    text = ("三、活动安排\n1、清明节前后区四大班子领导到所联系的乡镇督查森林防火工作。\n"
            "2、4月1日,区林业局开展森林防火宣传。\n3、4月5日,区应急局组织防火演练。\n")
    got = owners(tmp_path, text)
    assert got[0] == ([], [], [])
    assert got[1:] == [([], ["区林业局"], []), ([], ["区应急局"], [])]


# ------------------------------------------------------------------ a body named at length; an action plan as the arrangement

@pytest.mark.parametrize("sentence, units", [
    ("各级人民政府成立由主要领导负责的职业病防治工作领导小组。", ["各级人民政府"]),
    ("各县区政府根据专项整治行动方案要求,结合实际制定本地区的实施计划。", ["各县区政府"]),
])
def test_a_levels_governments_duties_in_a_flattened_table(sentence, units):
    assert subject_roles(sentence, groups=True) == [{"responsible": units}]


# ------------------------------------------------------------------ role words cut off as a piece of a label's list

def test_role_words_after_a_labels_last_units_are_no_unit(tmp_path):
    text = ("一、重点任务\n(一)著力调整产业结构。严格淘汰落后产能。(责任单位:省发展改革委、省工业和信息化厅,各设区市政府负责落实)\n"
            "(二)加强监管执法。(责任单位:省生态环境厅)\n")
    got = owners(tmp_path, text)
    assert got[0] == ([], ["省发展改革委", "省工业和信息化厅", "各设区市政府"], [])


# ------------------------------------------------------------------ a joint meeting as a subject; an office it sets up

@pytest.mark.parametrize("sentence, exp", [
    ("联席会议主要职责是:在县政府领导下,统筹协调全县禁毒工作。", [{"responsible": ["联席会议"]}]),
    ("联席会议要定期研究解决重大问题。", [{"responsible": ["联席会议"]}]),
    ("协调小组在县卫健局设办公室,主要负责协调小组的日常工作。", [{"responsible": ["办公室"]}]),
])
def test_a_joint_meeting_and_the_office_a_body_sets_up_at_a_bureau(sentence, exp):
    assert subject_roles(sentence) == exp


# ------------------------------------------------------------------ an item's title of duties run into a unit's block

def test_a_title_of_duties_glued_to_the_first_units_block(tmp_path):
    text = ("一、职责分工\n(一)落实属地管理责任。县政府统一领导全县的职业病防治工作。" + "各乡镇做好本辖区的职业卫生监督工作。" * 20
            + "(二)明确部门监督管理职责县应急局:负责工贸行业职业卫生的监督管理工作;组织实施国家职业卫生标准。"
            "(三)强化考核问责。县政府将职业病防治工作纳入年度考核。\n")
    got = [(words, resp) for words, _, resp, _ in tasks_of(tmp_path, text) if "工贸行业" in words]
    assert got == [("明确部门监督管理职责\n县应急局:负责工贸行业职业卫生的监督管理工作;组织实施国家职业卫生标准。", ["县应急局"])]
