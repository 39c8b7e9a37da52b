"""Units as the subjects of a plain verb, no role word, in pages that write their owners in prose only (issue 15,
blind w213, w224, w231, w236, w245): a 镇 news item's points, a 县 plan's sections, a 市 notice's clauses. Each
form on instances written for it, with other units, levels and wording than the pages that showed it, and the
near misses that must stay as they were: a plan with labels, brackets or owner headings, groups, reports, the
place as a whole, a verb that is no duty's, a clause inside a sentence."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    return [(words, lead + resp + coop) for words, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ a sentence a task, its subject before a plain verb

def test_a_township_news_items_points_give_each_sentence_its_subject(tmp_path):
    got = owners(tmp_path, "近日，城关镇全面部署森林防火工作。\n"
                           "一是加强宣传教育。镇林业站向农户发放防火明白纸，引导群众文明祭祀。镇派出所负责查处野外违规用火行为。\n"
                           "二是强化值班值守。镇应急办组织开展24小时值守，确保火情早发现、早处置。\n")
    # the item's lead sentence is no one's; each point's title goes with its subject's sentence
    assert [units for _, units in got] == [[], ["镇林业站"], ["镇派出所"], ["镇应急办"]]
    assert [words[:6] for words, _ in got] == ["近日，城关镇", "一是加强宣传", "镇派出所负责", "二是强化值班"]
    # the next point's title is not also the end of the task before it
    assert got[2][0] == "镇派出所负责查处野外违规用火行为。"


def test_a_county_plans_items_after_a_time_or_a_condition_and_a_part_with_plain_subjects_only(tmp_path):
    got = owners(tmp_path, "一、宣传发动工作\n1、县防汛抗旱指挥部、县教育局联合印发致家长的一封信。\n"
                           "2、通过电视、广播等媒体，加强宣传。\n"
                           "二、巡查值守工作\n1、汛期期间，县水务局组织开展河道巡查。\n"
                           "2、视汛情发展情况，县人民政府发布防汛预警。\n"
                           "三、失火案件查处工作\n1、县森林公安分局加大对失火案件的查处力度。\n")
    assert [units for _, units in got] == [["县防汛抗旱指挥部", "县教育局"], [], ["县水务局"], ["县人民政府"],
                                           ["县森林公安分局"]]


def test_a_city_offices_duty_on_the_basis_of_the_members_remits(tmp_path):
    got = owners(tmp_path, "（三）强化协作。市防汛抗旱指挥部办公室根据各成员单位职责建立联络员制度，定期通报汛情。"
                           "市水务局负责水库调度；市气象局负责雨情预报。\n")
    assert [units for _, units in got] == [["市防汛抗旱指挥部办公室"], ["市水务局"], ["市气象局"]]


def test_a_subject_after_a_period_with_zai_owns_its_clause(tmp_path):
    got = owners(tmp_path, "（四）强化巡查。在汛期期间，县防汛办制定值班巡查制度，加强重点部位巡查；各乡镇要落实巡查人员。\n")
    assert [units for _, units in got] == [["县防汛办"], ["各乡镇"]]


@pytest.mark.parametrize("text, exp", [
    # a news item's source before its subject, a 街道 level
    ("据了解，东城街道建立网格员巡查机制，每日巡查辖区内出租房屋。街道综治中心负责汇总巡查信息。\n",
     [["东城街道"], ["街道综治中心"]]),
    # the requirement it follows, commas inside its quotes
    ("按照“属地管理、分级负责，谁主管、谁负责”的要求，县市场监管局采用“双随机”方式开展食品抽检。县卫健委负责食源性疾病监测。\n",
     [["县市场监管局"], ["县卫健委"]]),
])
def test_a_subject_after_a_lead_in_owns_its_sentence(tmp_path, text, exp):
    assert [units for _, units in owners(tmp_path, text)] == exp


def test_a_body_before_a_plain_verb_owns_its_own_clause_not_the_stages_before(tmp_path):
    # a 县 reform's stages: only the last names a body, after a clause of its own closed by ；
    got = owners(tmp_path, "一、职责分工\n县政务服务中心负责窗口设置。\n二、工作步骤\n改革分三个阶段进行。\n"
                           "第一阶段：制定改革实施方案。\n第二阶段：各部门组建审批科室。\n"
                           "第三阶段：各审批科室进驻政务服务中心；县相对集中行政许可权改革领导小组组织验收。\n")
    assert got[-1] == ("县相对集中行政许可权改革领导小组组织验收。", ["县相对集中行政许可权改革领导小组"])
    assert all(not units for _, units in got[1:-1])


def test_a_body_set_up_is_not_named_with_its_setting_up(tmp_path):
    # "一是成立…指挥部。指挥部负责…": 成立 is a task's word, no part of the body's name
    got = owners(tmp_path, "一是成立镇防汛抗旱指挥部。指挥部负责统一调度全镇防汛工作。\n"
                           "二是镇水利站组织开展山塘水库巡查。\n")
    assert [units for _, units in got] == [["指挥部"], ["镇水利站"]]


# ------------------------------------------------------------------ near misses: other annotations, no owner

@pytest.mark.parametrize("text, exp", [
    # a label line under the item
    ("二、重点任务\n（一）开展农机培训。县农业农村局组织开展农机手培训，提高操作水平。\n责任单位：各乡镇人民政府\n"
     "（二）落实农机补贴。\n责任单位：县财政局\n", [["各乡镇人民政府"], ["县财政局"]]),
    # a bracket closing the item
    ("二、重点任务\n1.加强宣传引导。县委宣传部组织媒体开展系列报道。（牵头单位：县文明办）\n2.完善设施。（责任单位：县住建局）\n",
     [["县文明办"], ["县住建局"]]),
    # owner headings over the duties
    ("一、县公安局\n1、县交警大队开展酒驾醉驾整治。\n2、加强重点路段巡逻。\n二、县交通运输局\n1、县路政大队组织开展路域环境整治。\n",
     [["县公安局"], ["县公安局"], ["县交通运输局"]]),
])
def test_a_plain_verb_subject_in_a_plan_annotated_otherwise_stays_task_text(tmp_path, text, exp):
    assert [units for _, units in owners(tmp_path, text)] == exp


@pytest.mark.parametrize("sentence", [
    "各部门加大对秸秆焚烧行为的巡查力度。",  # a group: an instruction to all
    "全镇开展秸秆禁烧集中宣传月活动。",  # the place as a whole
    "镇农办发放了秸秆还田明白纸三千余份。",  # a report of what was done
    "县政府成立秸秆禁烧工作领导小组。",  # the issuer setting up a body (a town's own 镇政府成立… owns it: the
    # blind labels read it so, w234, w770; tests/test_extract_stage_titles_and_set_up_bodies.py)
    "县气象局预计今年汛期降雨偏多。",  # a verb that is no duty's
    "加大宣传力度，县农业局组织开展培训。",  # after a comma, inside a sentence
    "实行政府监督与社会监督相结合的管理机制。",  # 实行 and 政府监督: no unit
    "会议下发有关加强道路安全的文件。",  # no name ends in 有关 (县联席会议 is a body now: the duty of a joint meeting)
    "镇党委组织召开秸秆禁烧工作推进会。",  # a meeting held: an event, no duty
])
def test_no_owner_for_a_sentence_that_only_looks_like_one(tmp_path, sentence):
    got = owners(tmp_path, f"三、工作措施\n（一）加强组织领导。{sentence}\n（二）落实巡查。镇派出所负责巡查。\n")
    assert len(got) == 2
    assert [units for _, units in got][0] == []
