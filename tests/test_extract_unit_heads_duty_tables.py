"""Duties given out unit by unit in the forms the unseen batches w680-w717 showed (issue 15): a unit's bare name on
its line over a list that starts again at (一) (unseen w710), a table of units and duties pasted with spaces, the
unit's column before the duties' (w707), the body of the place a duty falls to ('企业所在地乡镇政府', w700), and a
sentence that opens with what is done, then 由 and its owner ('违法采砂船只由县交通运输局依法扣押处置', the probe of
4db3ed5). Instances written for each class, with other units and wording than the pages that showed it; near misses
kept."""
from __future__ import annotations

import pytest
from docx import Document

from ledger.errors import NoTaskTable
from ledger.extraction.columns import header_columns
from ledger.extraction.names import is_unit_name
from ledger.extraction.tasks import extract_tasks

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    return [(words, lead + resp + coop) for words, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ a bare unit name over a list started again

HEADS = ("（三）对在建的政府投资项目，建设资金必须按工程进度及时到位。\n"
         "县人力资源和社会保障局\n"
         "负责农民工工资支付的监督检查工作。\n"
         "（一）建立企业欠薪预警机制。\n"
         "（二）建立农民工工资保证金制度。\n"
         "县住房和城乡建设局\n"
         "（一）在工地设立农民工维权公告牌。\n"
         "（二）推行工程款支付担保制度。\n"
         "县人民法院\n"
         "（一）依法审理拖欠农民工工资纠纷案件。\n")


def test_a_bare_name_over_a_list_started_again_heads_it(tmp_path):
    got = owners(tmp_path, HEADS)
    owned = [(words[:6], units) for words, units in got if units]
    assert owned == [("负责农民工工", ["县人力资源和社会保障局"]), ("建立企业欠薪", ["县人力资源和社会保障局"]),
                     ("建立农民工工", ["县人力资源和社会保障局"]), ("在工地设立农", ["县住房和城乡建设局"]),
                     ("推行工程款支", ["县住房和城乡建设局"]), ("依法审理拖欠", ["县人民法院"])]


def test_the_first_name_heads_its_list_with_no_list_above(tmp_path):
    text = ("某县安全生产工作职责分工\n县应急管理局\n1.负责全县安全生产综合监督管理。\n2.组织安全生产大检查。\n"
            "县消防救援大队\n1.负责消防安全监督检查。\n2.开展火灾事故调查。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县应急管理局"], ["县应急管理局"], ["县消防救援大队"], ["县消防救援大队"]]


def test_bare_names_in_traditional_characters_head_their_lists(tmp_path):
    text = ("(二)做好防汛物資儲備。\n縣水利局\n(一)負責水利工程的安全度汛。\n(二)組織山洪災害防禦。\n"
            "縣氣象局\n(一)負責災害性天氣的監測預報。\n")
    got = [units for _, units in owners(tmp_path, text) if units]
    assert got == [["縣水利局"], ["縣水利局"], ["縣氣象局"]]


@pytest.mark.parametrize("text", [
    # a table pasted one cell a line: each name after its row's task, the next row numbered on
    "1.建立企业欠薪预警机制。\n县人力资源和社会保障局\n2.推行工程款支付担保制度。\n县住房和城乡建设局\n3.依法审理欠薪案件。\n县人民法院\n",
    # the next list is another style: the name closes the row above
    "（一）建立企业欠薪预警机制。\n县人力资源和社会保障局\n（二）推行工程款支付担保制度。\n县住房和城乡建设局\n",
])
def test_a_name_after_its_rows_task_stays_that_rows_owner(tmp_path, text):
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县人力资源和社会保障局"], ["县住房和城乡建设局"]] + (
        [["县人民法院"]] if "县人民法院" in text else [])


def test_a_group_named_alone_heads_nothing(tmp_path):
    text = ("（二）推行工程款支付担保制度。\n各有关部门\n（一）建立企业欠薪预警机制。\n（二）落实工资保证金。\n")
    with pytest.raises(NoTaskTable):
        owners(tmp_path, text)


# ------------------------------------------------------------------ a table of units and their duties

@pytest.mark.parametrize("header", ["序号 涉及部门 职责分工", "序号 责任部门 职责分工", "序号 单位 主要职责",
                                    "序号 部门名称 工作职责", "序号\t相关部门\t职责"])
def test_a_duty_table_set_apart_by_spaces_gives_each_unit_its_duties(tmp_path, header):
    sep = "\t" if "\t" in header else " "
    text = (f"{header}\n1{sep}县公安局{sep}负责道路交通安全管理和交通秩序整治。\n"
            f"2{sep}县交通运输局{sep}负责农村公路安全隐患排查治理。\n3{sep}县教育局{sep}负责校车安全管理。\n")
    got = owners(tmp_path, text)
    assert got == [("负责道路交通安全管理和交通秩序整治。", ["县公安局"]), ("负责农村公路安全隐患排查治理。", ["县交通运输局"]),
                   ("负责校车安全管理。", ["县教育局"])]


def test_a_duty_table_in_word_reads_its_units(tmp_path):
    doc = Document()
    doc.add_paragraph("某县道路交通安全部门职责")
    rows = [["序号", "单位", "主要职责"], ["1", "县公安局", "负责道路交通安全管理。"], ["2", "县交通运输局", "负责农村公路安全监管。"]]
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "职责 表.docx"
    doc.save(path)
    got = [(t["text"], t["responsible"]) for t in extract_tasks(path, None).payload()["tasks"]]
    assert got == [("负责道路交通安全管理。", ["县公安局"]), ("负责农村公路安全监管。", ["县交通运输局"])]


def test_a_tables_other_columns_keep_their_words():
    # a 考核 table's 单位 is the measure's unit, not an owner; 职责 beside a task column is no duty table's
    assert header_columns(["序号", "考核指标", "单位", "目标值", "责任单位"]) != {
        "number": [0], "responsible": [2], "text": [1]}
    assert header_columns(["序号", "单位", "主要职责", "责任领导"]) is None or header_columns(
        ["序号", "单位", "主要职责", "责任领导"]).get("responsible") != [1]


def test_a_plain_task_table_set_apart_by_spaces_is_read_as_before(tmp_path):
    text = "序号 工作任务 责任单位\n1 加强道路交通安全管理 县公安局\n2 开展农村公路隐患排查 县交通运输局\n"
    assert owners(tmp_path, text) == [("加强道路交通安全管理", ["县公安局"]), ("开展农村公路隐患排查", ["县交通运输局"])]


# ------------------------------------------------------------------ the body of the place a duty falls to

@pytest.mark.parametrize("name", ["企业所在地乡镇政府", "林区所在乡镇人民政府", "事故发生地县级人民政府", "项目所在地镇人民政府",
                                  "所在地街道办事处", "所在区政府"])
def test_the_body_of_the_place_in_question_is_a_unit(name):
    assert is_unit_name(name)


@pytest.mark.parametrize("name", ["户主向户籍所在地街道社会事务部门", "由所在地乡镇政府", "户籍所在地"])
def test_words_before_a_place_are_no_part_of_a_units_name(name):
    assert not is_unit_name(name)


def test_an_article_owned_by_the_body_of_its_place(tmp_path):
    text = ("某县森林防火办法\n第一条 为加强森林防火工作，制定本办法。\n第二条 县林业局负责全县森林防火的监督管理。\n"
            "第三条 林区所在乡镇人民政府应当组织村民委员会做好森林防火宣传。\n第四条 本办法自发布之日起施行。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["县林业局"], ["林区所在乡镇人民政府"]]


# ------------------------------------------------------------------ what is done, then 由 and who does it

@pytest.mark.parametrize("sentence, unit", [
    ("违法采砂船只由县交通运输局依法扣押处置。", "县交通运输局"),
    ("所需经费由县财政局统筹保障。", "县财政局"),
    ("具体补助标准由县农业农村局会同有关部门另行制定。", "县农业农村局"),
    ("辖区内企业的安全生产监管工作由所在地乡镇政府负责。", "所在地乡镇政府"),
])
def test_an_article_that_opens_with_its_topic_is_owned_by_the_unit_after_by(tmp_path, sentence, unit):
    text = ("某县河道管理办法\n第一条 为加强河道管理，制定本办法。\n第二条 县水利局负责全县河道的统一管理。\n"
            f"第三条 {sentence}\n第四条 本办法自发布之日起施行。\n")
    got = owners(tmp_path, text)
    assert got[-1][0] == sentence and unit in got[-1][1]


@pytest.mark.parametrize("sentence", [
    "本办法由县水利局负责解释。",  # about the plan itself
    "负责法律法规规定由县水利局承担的其他事项。",  # 由 inside what a duty names
])
def test_by_that_opens_no_topic_owner(tmp_path, sentence):
    text = ("某县河道管理办法\n第一条 为加强河道管理，制定本办法。\n第二条 县水利局负责全县河道的统一管理。\n"
            f"第三条 {sentence}\n第四条 本办法自发布之日起施行。\n")
    got = owners(tmp_path, text)
    assert got[0] == ("县水利局负责全县河道的统一管理。", ["县水利局"])
    assert not any(words == sentence and units for words, units in got[1:])


def test_a_clause_after_a_comma_in_an_owned_paragraph_is_no_new_task(tmp_path):
    text = ("一、组织管理\n医院成立医疗质量管理委员会，院长任主任委员。管理委员会每季度召开一次会议，研究解决突出问题，"
            "会议由医务科记录并形成纪要。\n二、职责\n医务科负责全院医疗质量管理的日常监督。\n")
    got = owners(tmp_path, text)
    assert not any(words.startswith("会议由医务科") for words, _ in got)


# ------------------------------------------------------------------ a duties list whose first item lost its words

def test_a_duties_heading_over_a_list_whose_first_item_is_empty(tmp_path):
    text = ("县生态环境局主要职责：\n（一）\n（二）负责重大环境问题的统筹协调和监督管理。\n（三）承担落实减排目标的责任。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["县生态环境局"], ["县生态环境局"]]


def test_an_empty_first_item_with_no_list_after_it_heads_nothing(tmp_path):
    text = "县生态环境局主要职责：\n（一）\n县水利局负责水利工程建设管理。\n"
    assert [units for _, units in owners(tmp_path, text)] == [["县水利局"]]


# ------------------------------------------------------------------ sectors and units closed by 等有关部门

def test_sectors_and_a_unit_before_a_closing_group_are_each_an_owner(tmp_path):
    text = "（一）人事、劳动、教育、财政、国资委等有关部门要加强协调，形成工作合力。\n（二）县人社局要牵头制定就业政策。\n"
    got = owners(tmp_path, text)
    assert got[0][1] == ["人事部门", "劳动部门", "教育部门", "财政部门", "国资委"]


def test_a_list_of_task_words_before_a_closing_group_is_no_owner(tmp_path):
    text = "（一）加强协调、落实责任等有关部门要做好配合。\n（二）县人社局要牵头制定就业政策。\n"
    got = owners(tmp_path, text)
    assert not any("加强协调部门" in units for _, units in got)


# ------------------------------------------------------------------ names that hold a place's area or a law's wording

@pytest.mark.parametrize("name", ["火车站地区管委会", "高铁站片区管委会"])
def test_a_stations_area_is_no_second_unit(tmp_path, name):
    text = f"会议要求：各街道办事处、{name}要压实属地责任。区城管局要加强燃气安全监管。\n"
    assert owners(tmp_path, text)[0][1] == ["各街道办事处", name]


def test_departments_named_by_the_duty_a_law_gives_them(tmp_path):
    text = ("一、中央、省属企业的安全生产监管工作，由县应急管理局和负有安全生产监督管理职责的有关部门负责；"
            "其下属企业，由所在地乡镇政府负责。\n二、园区企业的安全生产监管工作由园区管委会负责。\n")
    got = owners(tmp_path, text)
    assert got[0][1] == ["县应急管理局", "负有安全生产监督管理职责的有关部门"]
    assert got[1][1] == ["所在地乡镇政府"]


@pytest.mark.parametrize("name, unit", [("负有安全生产监督管理职责的部门", True), ("负有安全生产监管职责的有关部门", True),
                                        ("负责安全的部门", False), ("负有责任的人员", False)])
def test_a_laws_duty_bearing_departments_are_a_group(name, unit):
    assert is_unit_name(name) is unit


# ------------------------------------------------------------------ a unit that helps a named unit

@pytest.mark.parametrize("sentence", ["县公安局配合县水利局做好河道采砂执法工作。", "县公安局积极协助县水利局开展联合执法。"])
def test_a_unit_helping_a_named_unit_cooperates_in_its_sentence(tmp_path, sentence):
    text = f"（一）加强河道采砂执法。{sentence}\n（二）县财政局要保障执法经费。\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == ([], [], ["县公安局"])  # the unit helped is named as the labels name it: no owner of the sentence


def test_a_unit_helping_no_one_in_particular_keeps_its_own_duty(tmp_path):
    text = "（一）县公安局要配合有关部门做好执法。\n（二）县财政局要保障执法经费。\n"
    assert tasks_of(tmp_path, text)[0][1:] == ([], ["县公安局"], [])


# ------------------------------------------------------------------ the work named before 由, inside a paragraph

def test_the_work_named_before_by_belongs_to_the_by_clause(tmp_path):
    text = ("（一）加强组织领导。县政府成立粮食生产工作领导小组。领导小组下设办公室，由县农业农村局副局长任办公室主任。"
            "办公室具体工作由县农业农村局牵头，负责全县粮食生产的日常工作。各镇街和有关单位要进一步加强领导。\n"
            "（二）县财政局要保障工作经费。\n")
    got = owners(tmp_path, text)
    assert ("办公室具体工作由县农业农村局牵头，负责全县粮食生产的日常工作。", ["县农业农村局"]) in got
    assert not any(units in (["办公室"], ["领导小组下设办"]) for _, units in got)
    assert ("各镇街和有关单位要进一步加强领导。", ["各镇街", "有关单位"]) in got


@pytest.mark.parametrize("text", [
    "（一）各村要成立以村干部为主的防汛工作领导小组由包村领导任组长。\n（二）县水利局负责水毁工程修复。\n",
    "（一）这项工作由县水利局负责，去年完成了目标。\n（二）县财政局负责资金保障。\n",
])
def test_a_sentence_with_its_own_verb_before_by_keeps_its_subject(tmp_path, text):
    got = owners(tmp_path, text)
    assert got[0][1] in (["各村"], ["县水利局"])


def test_a_person_appointed_to_an_office_makes_no_owner(tmp_path):
    text = "（一）领导小组下设办公室，由县农业农村局副局长任办公室主任。\n（二）县财政局负责资金保障。\n"
    assert not any("县农业农村局" in units for _, units in owners(tmp_path, text))


# ------------------------------------------------------------------ the w720-w759 batches: labels, levels, 由

def test_a_unit_that_oversees_a_task_is_kept_beside_its_leader_not_an_owner(tmp_path):
    text = ("（一）加快公墓建设\n1.完成全市农村公益性公墓建设工作。\n责任单位：各县（区）人民政府\n市级督导单位：市民政局\n"
            "市级配合单位：市发展改革委、市财政局\n完成时限：2026年12月底前。\n"
            "2.规范经营性公墓管理。\n责任单位：市民政局\n完成时限：2026年6月底前。\n")
    plan = tmp_path / "方案.txt"
    plan.write_text(text, encoding="utf-8")
    tasks = extract_tasks(plan).tasks
    first = tasks[0]
    assert (first.responsible, first.cooperating) == (["各县（区）人民政府"], ["市发展改革委", "市财政局"])
    assert "市民政局" in first.leader and "市民政局" not in first.lead + first.responsible + first.cooperating
    assert [t.responsible for t in tasks] == [["各县（区）人民政府"], ["市民政局"]]


@pytest.mark.parametrize("sentence, units", [
    ("区、县(市)立项的项目的水土保持方案，由区、县(市)水行政主管部门审批。", ["区水行政主管部门", "县(市)水行政主管部门"]),
    ("其他项目的水土保持方案，由市、县水行政主管部门审批。", ["市水行政主管部门", "县水行政主管部门"]),
])
def test_levels_sharing_a_body_after_by(tmp_path, sentence, units):
    text = f"第二十条 市级立项的项目的水土保持方案，由市水行政主管部门审批；{sentence}\n第二十一条 县水利局负责监督检查。\n"
    got = owners(tmp_path, text)
    assert got[1][1] == units


@pytest.mark.parametrize("text", [
    "第六条 市人民政府统一领导和组织实施历史文化名城保护工作。\n第七条 市、县级市(区)人民政府及有关部门应当加强宣传教育。\n",
    "第六條 市人民政府統壹領導和組織實施歷史文化名城保護工作。\n第七條 市、縣級市(區)人民政府及有關部門應當加強宣傳教育。\n",
])
def test_a_county_level_city_is_a_level_and_a_government_leads_its_work(tmp_path, text):
    got = owners(tmp_path, text)
    assert [units for _, units in got] in ([["市人民政府"], ["市人民政府", "有关部门", "县级市(区)人民政府"]],
                                           [["市人民政府"], ["市人民政府", "有關部門", "縣級市(區)人民政府"]])


def test_leading_a_meeting_is_no_duty_verb(tmp_path):
    text = "（一）市人民政府领导同志出席会议。\n（二）市民政局负责公墓建设。\n"
    assert [units for _, units in owners(tmp_path, text)] == [[], ["市民政局"]]


# ------------------------------------------------------------------ 或 between units, a system of responsibility, no words

def test_units_joined_by_or_are_each_an_owner(tmp_path):
    text = "（三）街道办事处或乡(镇)人民政府通过入户核查走访，对申请人家庭情况进行调查。\n（四）县民政局负责审批。\n"
    assert owners(tmp_path, text)[0][1] == ["街道办事处", "乡(镇)人民政府"]


def test_a_system_of_responsibility_names_the_unit_that_answers(tmp_path):
    text = ("（一）临时救助实行县级人民政府负责制。县民政局负责临时救助的日常管理工作，县财政局负责资金的落实和监管。\n"
            "（二）防汛工作实行各级人民政府行政首长负责制。\n（三）全县实行目标管理责任制。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县级人民政府"], ["县民政局"], ["县财政局"], [], []]
    assert not any("实行" in u for _, units in got for u in units)


def test_a_part_of_owner_labels_only_keeps_its_heading_as_its_words(tmp_path):
    text = ("村饮用水工程建设实施方案\n一、工作目标\n今年完成50个行政村的饮用水工程。\n三、分管领导、牵头单位和责任单位\n"
            "分管领导：张三\n牵头单位：县水利局\n责任单位：各乡镇政府\n四、工程实施\n县水利局负责工程技术指导。\n")
    got = tasks_of(tmp_path, text)
    assert all(words.strip() for words, *_ in got)
    assert ("分管领导、牵头单位和责任单位", ["县水利局"], ["各乡镇政府"], []) in got


# ------------------------------------------------------------------ found by a stranger's probe of a892e7e

@pytest.mark.parametrize("text", [
    "县住建局\n（一）负责城区扬尘管控。\n（二）推进老旧小区改造。\n县交通运输局\n1.负责国省道沿线整治。\n2.督促客运站点保洁。\n",
    "县住建局\n1.负责城区扬尘管控。\n2.推进老旧小区改造。\n县交通运输局\n（一）负责国省道沿线整治。\n（二）督促客运站点保洁。\n",
])
def test_units_whose_lists_are_numbered_differently_each_head_their_own(tmp_path, text):
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县住建局"]] * 2 + [["县交通运输局"]] * 2
    assert not any("县交通运输局" in words for words, _ in got)  # the next unit's name is no part of a task's words


def test_a_task_above_a_bare_name_stays_a_task_of_its_own(tmp_path):
    text = ("（四）做好安全生产工作。\n（五）完成上级交办的其他任务。\n镇农业服务中心\n1.开展春耕备耕技术指导。\n"
            "2.组织秋季动物疫病免疫。\n镇财政所\n1.做好惠农补贴发放。\n")
    got = owners(tmp_path, text)
    assert got == [("做好安全生产工作。", []), ("完成上级交办的其他任务。", []), ("开展春耕备耕技术指导。", ["镇农业服务中心"]),
                   ("组织秋季动物疫病免疫。", ["镇农业服务中心"]), ("做好惠农补贴发放。", ["镇财政所"])]


@pytest.mark.parametrize("subject", ["规划编制、项目审批、资金拨付等有关部门", "审批、登记、备案等有关部门", "督查、考核等有关部门"])
def test_steps_of_work_before_a_closing_group_are_no_sectors(tmp_path, subject):
    text = f"（一）{subject}要简化程序，提高效率。\n（二）县委宣传部负责宣传报道。\n"
    assert owners(tmp_path, text)[0][1] == []


def test_the_sector_of_staffing_is_a_sector(tmp_path):
    text = "（一）机构编制、财政、税务等部门在各自职责范围内，协助做好社会救助工作。\n（二）县民政局负责社会救助。\n"
    assert tasks_of(tmp_path, text)[0][3] == ["机构编制部门", "财政部门", "税务部门"]


def test_sectors_before_a_closing_unit_word_keep_their_names(tmp_path):
    text = "（一）民政、残联等单位要做好困难群众帮扶。\n（二）建设、施工、监理等单位要落实安全生产责任。\n"
    assert [units for _, units in owners(tmp_path, text)] == [["民政", "残联"], ["建设单位", "施工单位", "监理单位"]]


@pytest.mark.parametrize("text, units", [
    ("（一）集体收益由村集体经济组织提出分配使用方案。\n（二）县农业农村局负责指导。\n", ["村集体经济组织"]),
    ("（一）村民委员会或者村集体经济组织负责村内环境卫生保洁。\n（二）县农业农村局负责指导。\n",
     ["村民委员会", "村集体经济组织"]),
])
def test_a_villages_collective_economic_organisation_is_a_body(tmp_path, text, units):
    assert owners(tmp_path, text)[0][1] == units


# ------------------------------------------------------------------ the third round (w760-w795)

def test_a_bodys_duties_heading_run_onto_a_sentence_and_items_run_onto_a_line(tmp_path):
    text = ("决定成立镇气象灾害防御工作领导小组。领导小组下设办公室，办公室主任由张三同志担任。 领导小组职责:\n"
            "1、负责全镇气象防灾减灾工作的指导和协调。 2、负责气象防灾减灾体系建设。\n"
            "3、召开专题会议，研究部署防汛抗旱工作。 办公室主要职责:\n"
            "1、制定气象防灾减灾年度计划。 2、负责灾害性天气灾情的收集和上报。\n")
    got = owners(tmp_path, text)
    assert [(words[:8], units) for words, units in got if units] == [
        ("负责全镇气象防灾", ["领导小组"]), ("负责气象防灾减灾", ["领导小组"]), ("召开专题会议，研", ["领导小组"]),
        ("制定气象防灾减灾", ["办公室"]), ("负责灾害性天气灾", ["办公室"])]


def test_items_on_one_line_whose_numbers_do_not_follow_on_stay_one(tmp_path):
    text = "（一）县气象局负责预警发布。\n1、完成气象站建设。 3、开展防雷检测。\n"
    got = owners(tmp_path, text)
    assert any("完成气象站建设。 3、开展防雷检测" in words for words, _ in got)  # not cut: 3 does not follow 1
