"""Issue 15, 2026-12-07 (nineteenth session), from the round w2040–w2078 (节能降碳, 促消费/夜市, 学生健康, 科技创新): a page
that lost its line breaks runs units' headings of numbered duties into one line ('…。市综合执法局职责:1、负责…。2、…'), and
numbered duties into one line after their heading with no space between them ('1、负责…。2、整治…'); a list of sectors
closed by 等主管部门 (each sector's 主管部门), also under whose guidance it acts ('…等主管部门在…指导下,开展…'). Each class
on instances written for it, with other units and wordings, and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ units' headings of numbered duties run into one line

@pytest.mark.parametrize("first, second", [("市城管局", "市综合执法局"), ("县市场监管局", "县卫生健康局"),
                                           ("区商务局", "区城市管理局")])
@pytest.mark.parametrize("heading", ["职责", "主要职责", "工作职责", "的职责"])
def test_units_duty_headings_run_into_one_line(tmp_path, first, second, heading):
    text = (f"三、市场管理工作职责\n{first}{heading}:1、负责划分经营区域,并组织实施招标工作。2、负责公共设施维修、维护,"
            f"保障市场正常运行。{second}{heading}:1、负责早、夜市日常管理。2、整治市场外延摊位占道经营。3、严格要求业户按区域经营。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[0][:6], t[2]) for t in got] == [("负责划分经营", [first]), ("负责公共设施", [first]),
                                               ("负责早、夜市", [second]), ("整治市场外延", [second]),
                                               ("严格要求业户", [second])]


def test_numbered_duties_run_together_under_their_heading(tmp_path):
    """A heading on a line of its own, its duties on the next line with no space after each stop: one task each."""
    text = ("三、职责分工\n县交通运输局职责:\n1、负责农村公路日常养护。2、负责超限运输车辆的源头管理。3、做好客运站安全检查。\n"
            "县公安局职责:\n1、负责道路交通秩序管理。2、依法查处超限超载车辆。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[0][:6], t[2]) for t in got] == [("负责农村公路", ["县交通运输局"]), ("负责超限运输", ["县交通运输局"]),
                                               ("做好客运站安", ["县交通运输局"]), ("负责道路交通", ["县公安局"]),
                                               ("依法查处超限", ["县公安局"])]


def test_numbers_that_do_not_follow_on_stay_in_their_item(tmp_path):
    """'1、…。3、…' (no item 2) is no run of items: the line stays one item, as before."""
    text = "三、职责分工\n县交通运输局职责:\n1、负责农村公路日常养护。3、负责超限运输车辆的源头管理。\n"
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["县交通运输局"]]
    assert "超限运输" in got[0][0]


def test_a_duties_heading_that_names_no_unit_is_not_cut(tmp_path):
    """'…。工作职责:1、…' names no unit before its 职责: the line is not cut at it (its items still are)."""
    text = "二、工作安排\n县应急管理局负责统筹协调。工作职责:1、制定应急预案。2、组织应急演练。\n"
    got = tasks_of(tmp_path, text)
    assert all("工作职责" not in t[0] or t[2] == ["县应急管理局"] for t in got)
    assert got[0][2] == ["县应急管理局"]


# ------------------------------------------------------------------ sectors closed by 等主管部门

@pytest.mark.parametrize("sentence, units", [
    ("教育、科技、文化、卫生、体育等主管部门在本级人民政府管理机关事务工作的机构指导下,开展本系统内的公共机构节能工作。",
     ["教育主管部门", "科技主管部门", "文化主管部门", "卫生主管部门", "体育主管部门"]),
    ("交通、公安等行政主管部门在县政府统一领导下,负责道路运输安全监管。", ["交通行政主管部门", "公安行政主管部门"]),
    ("农业、林业等主管部门负责本系统的秸秆禁烧工作。", ["农业主管部门", "林业主管部门"]),
    ("住建、城管等有关主管部门要加强对施工扬尘的监管。", ["住建主管部门", "城管主管部门"]),
])
def test_sectors_closed_by_their_competent_departments(tmp_path, sentence, units):
    text = f"第五条 发展改革、财政等部门按照各自职责,负责公共机构节能的有关工作。\n{sentence}\n"
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["发展改革部门", "财政部门"], units]


def test_a_unit_under_guidance_keeps_its_sentence(tmp_path):
    """A named unit acting under another's guidance: as before, its own."""
    got = tasks_of(tmp_path, "第六条 县教育局在县政府指导下,开展学校节能工作。\n")
    assert [t[2] for t in got] == [["县教育局"]]


def test_steps_of_work_before_competent_departments_are_no_sectors(tmp_path):
    """'规划编制、项目审批等主管部门' names steps of work, not sectors: no owners made of them."""
    got = tasks_of(tmp_path, "第七条 县发改局负责统筹。\n规划编制、项目审批等主管部门在县政府指导下,开展相关工作。\n")
    assert all("规划编制主管部门" not in t[2] for t in got)


# ------------------------------------------------------------------ whom a duty serves, a stage of schooling: no units

@pytest.mark.parametrize("clause", ["为中小学提供专业的心理咨询或心理治疗", "为企业提供政策咨询服务", "为群众办理相关手续"])
def test_whom_a_duty_serves_is_no_subject(tmp_path, clause):
    text = f"二、具体要求\n此外,区教委、各学校还要加强与卫生健康部门的协同联动,建立支持协作机制,{clause}。\n"
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["区教委", "各学校"]]


@pytest.mark.parametrize("stage", ["高中阶段和大学阶段", "汛期期间和非汛期", "过渡时期"])
def test_a_stage_is_no_subject(tmp_path, stage):
    text = f"二、具体要求\n（一）各学校要健全学校健康教育模式。{stage},构建新型教育模式,采取多种方式开展健康教育。\n"
    got = tasks_of(tmp_path, text)
    assert all(not any(s in u for u in t[2] for s in ("阶段", "期间", "时期", "非汛期")) for t in got)
    assert got[0][2] == ["各学校"]


@pytest.mark.parametrize("name", ["镇为民服务中心", "为民服务中心", "县义务教育阶段学校"])
def test_names_with_those_words_stay_units(name):
    from ledger.extraction.names import is_unit_name
    assert is_unit_name(name)


# ------------------------------------------------------------------ from the round w2080–w2117 (老年助餐, 返乡创业, 中医药, 社会组织)

@pytest.mark.parametrize("partners", ["国家卫生健康委、科技部", "县卫健局、县科技局", "市财政局"])
def test_led_by_then_those_responsible_stay_one_clause(tmp_path, partners):
    """'由A牵头,B、C负责,<work>': B and C are the 由 clause's responsible units, no subject of a clause of their own."""
    text = (f"二、重点任务\n（一）分工方案明确,由国家中医药管理局牵头,{partners}负责,加快中医药循证医学中心建设,及时向社会发布。"
            "由县发改局牵头,县财政局负责,加强项目建设。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[1], t[2]) for t in got] == [(["国家中医药管理局"], partners.split("、")), (["县发改局"], ["县财政局"])]
    assert "加快中医药" in got[0][0]


@pytest.mark.parametrize("adverb", ["分别", "共同", "各自"])
def test_led_by_with_an_adverb_before_the_verb(tmp_path, adverb):
    got = tasks_of(tmp_path, f"二、重点任务\n（一）由农业农村部、国家药监局{adverb}负责中药材道地产区环境保护的强化工作。\n")
    assert [t[2] for t in got] == [["农业农村部", "国家药监局"]]


@pytest.mark.parametrize("opening", ["一是厘清登记管理部门职责。", "二是理顺监管部门关系。", "三是明确业务主管单位职责。",
                                     "四是压实行业管理部门责任。"])
def test_a_measure_is_no_unit(tmp_path, opening):
    text = f"二、工作措施\n区民政局、区政务服务办将从三个方面推动社会组织高质量发展。{opening}区审批部门要实时推送登记信息。\n"
    got = tasks_of(tmp_path, text)
    assert all(not u.startswith(("厘清", "理顺", "明确", "压实")) for t in got for u in t[2])


@pytest.mark.parametrize("name", ["市优化办", "深化改革办公室", "县推进办"])
def test_offices_named_by_such_verbs_stay_units(name):
    from ledger.extraction.names import is_unit_name
    assert is_unit_name(name)


@pytest.mark.parametrize("sentence, unit", [("省财政将按照各地新增贷款放款规模安排一定的奖补资金。", "省财政"),
                                            ("市财政将其纳入年度预算。", "市财政"), ("县财政将对企业给予贴息。", "县财政")])
def test_a_short_formed_department_with_its_level_before_jiang(tmp_path, sentence, unit):
    got = tasks_of(tmp_path, f"二、保障措施\n（一）落实资金。{sentence}\n")
    assert [t[2] for t in got] == [[unit]]


# ------------------------------------------------------------------ from the round w2120–w2159 (湿地, 植树, 危房改造, 禁牧)

@pytest.mark.parametrize("contact", ["(联系人:欧中巍;联系电话:13436241689)", "（联系人：张三，联系电话：0831-1234567）",
                                     "(联系人:李四)"])
def test_a_contact_bracket_marks_no_part(tmp_path, contact):
    """A notice's contact line before its annex, the plan: the annex's duty list is read, the contact line is no task."""
    text = (f"关于印发《2026年义务植树活动方案》的通知\n各村(社区):\n现将方案印发给你们。\n{contact}\n附件:\n"
            "2026年义务植树活动方案\n一、活动主题\n植树添绿。\n五、任务分工\n1.党政办:统筹协调、通知下发。\n"
            "2.农业服务中心:选定植树地点、提供树苗。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["党政办"], ["农业服务中心"]]


@pytest.mark.parametrize("body", ["湿地保护管理机构", "河长制工作办公室", "禁牧工作站"])
@pytest.mark.parametrize("lead_in", ["其主要职责是:", "其职责为：", "该机构的主要职责包括:"])
def test_a_body_set_up_then_its_duties_after_a_comma(tmp_path, body, lead_in):
    text = (f"第十条 县人民政府应当根据工作需要,在林业主管部门设立{body},{lead_in}\n(一)宣传贯彻执行有关法律法规;\n"
            "(二)组织实施保护规划;\n第十一条 县人民政府应当制定优惠政策。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["县人民政府"], [body], [body], ["县人民政府"]]  # the set-up is the government's task


def test_duties_after_a_comma_with_no_body_set_up_stay_as_they_were(tmp_path):
    """'…加强组织领导,其主要职责是:' sets no body up: no owner is made of the sentence before."""
    text = "第十条 县人民政府应当加强组织领导,其主要职责是:\n(一)宣传贯彻执行有关法律法规;\n(二)组织实施保护规划;\n"
    got = tasks_of(tmp_path, text)
    assert all(t[2] != ["加强组织领导"] for t in got)


@pytest.mark.parametrize("request_, unit", [("请各单位高度重视,认真梳理辖区内存量企业,于9月5日前将名单报送至县科技局,同时,", "县科技局"),
                                            ("请各乡镇于每月5日前报送进展,", "县农业农村局"),
                                            ("请有关单位认真组织实施,", "市民政局")])
def test_a_subject_after_a_request_to_others_owns_its_own_clause_only(tmp_path, request_, unit):
    """'请各单位…,县科技局将按月通报…' (unseen w2071): the request is the units' call, the subject's clause its own task."""
    got = tasks_of(tmp_path, f"二、工作要求\n{request_}{unit}将按月通报各单位工作进度。\n")
    assert [t[2] for t in got] == [["各乡镇"] if "各乡镇" in request_ else [], [unit]]  # places asked own their request
    assert got[1][0].startswith(unit)


def test_a_duty_and_its_partners_stay_one_task(tmp_path):
    """'各牵头责任单位要…,在…需其他部门配合的,各站所要通力配合' (blind w500): no request, one duty with its partners."""
    got = tasks_of(tmp_path, "二、工作要求\n2、各牵头责任单位要履行好职责,在专项整治工作过程中需其他部门配合的,各站所要通力配合。\n")
    assert len(got) == 1


# ------------------------------------------------------------------ the second probe of the session (/tmp/probe21)

@pytest.mark.parametrize("items", ["1、负责大气污染防治监管；\n2、负责噪声污染投诉处理。", "（1）负责大气污染防治监管；\n（2）负责噪声污染投诉处理。"])
@pytest.mark.parametrize("title", ["明确部门职责。", "部门职责。", "部门职责"])
def test_unit_headings_under_an_item_titled_as_duties(tmp_path, items, title):
    """'（一）明确部门职责。⏎市生态环境局主要职责：⏎1、…⏎2、…⏎（二）…': the duties are the unit's, under (一), and (二) is
    an item of its own (the duties had vanished without a word, and (二) had been put under the unit)."""
    text = (f"某市专项整治实施方案\n一、主要任务\n（一）{title}\n市生态环境局主要职责：\n{items}\n市公安局职责：\n1、负责交通秩序整治。\n"
            "2、负责停车管理。\n（二）开展专项检查。（牵头单位：市应急局）\n二、保障措施\n（一）加强组织领导。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] or t[1] for t in got] == [["市生态环境局"], ["市生态环境局"], ["市公安局"], ["市公安局"], ["市应急局"]]


def test_the_last_units_heading_with_one_duty_in_a_run_on_line(tmp_path):
    text = ("三、职责分工\n县城管局职责:1、负责划分经营区域。2、负责公共设施维修。县综合执法局职责:1、负责早夜市日常管理。"
            "2、整治占道经营。县公安局职责:1、负责交通秩序整治。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[0][:6], t[2]) for t in got] == [("负责划分经营", ["县城管局"]), ("负责公共设施", ["县城管局"]),
                                               ("负责早夜市日", ["县综合执法局"]), ("整治占道经营", ["县综合执法局"]),
                                               ("负责交通秩序", ["县公安局"])]
