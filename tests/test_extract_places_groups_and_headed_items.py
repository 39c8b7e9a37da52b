"""Owners in the forms the fourth round of unseen batches (w800-w835) and the blind set's remaining misses showed
(issue 15): a group of places as the subject of its own sentence ('各村要…', blind w192, w395, w564), sectors sharing
their 部门 after a clause's semicolon (w770), a verb in 办 or a modal 应 that no name holds ('承办单位应…', '各市应指定…',
unseen w813), a unit heading its numbered duties on one line ('消防办公室:1.…。2.…', w808), partners whose verb is
made a noun ('…做好配合', w831) or after a condition's 由 clause (w800), a stage's title run into its sentence (w809).
Instances written for each class with other units and wording than the pages that showed it; near misses kept."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.names import is_unit_name, looks_like_org
from ledger.extraction.run_together import split_run_together

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    return [(words, lead + resp + coop) for words, lead, resp, coop in tasks_of(tmp_path, text)]


def owns_nothing(tmp_path, text: str) -> bool:
    """No task of ``text`` has an owner (or none is found at all)."""
    try:
        return not any(units for _, units in owners(tmp_path, text))
    except NoTaskTable:
        return True


def roles(tmp_path, text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(words[:8], lead, resp, coop) for words, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ a group of places owns its own sentence

@pytest.mark.parametrize("text, unit", [
    ("一、重点工作\n（一）扶持农村客运发展\n各区(县)要大力扶持发展农村客运事业，做好线路规划。\n", "各区(县)"),
    ("一、组织保障\n1.健全组织。各有关乡镇(街道)必须健全森林防火指挥机构，人员变动后及时调整。\n", "各有关乡镇(街道)"),
    ("二、宣传发动\n各村要充分利用广播、横幅等载体开展禁种铲毒宣传。\n", "各村"),
    ("三、资金保障\n各县(区)要设立临时救助资金财政专户，专款专用。\n", "各县(区)"),
])
def test_a_group_of_places_alone_owns_its_sentence(tmp_path, text, unit):
    assert [units for _, units in owners(tmp_path, text) if units] == [[unit]]


@pytest.mark.parametrize("text", [
    "一、工作要求\n各部门要高度重视，加强领导，确保各项工作落到实处。\n",
    "一、工作要求\n各单位要加强协作，形成合力。\n",
    "一、工作要求\n各学校要提高认识，认真组织。\n",
])
def test_everyone_alone_stays_an_instruction(tmp_path, text):
    assert owns_nothing(tmp_path, text)


# ------------------------------------------------------------------ sectors sharing 部门 after a semicolon

def test_sectors_sharing_their_body_after_a_semicolon_own_their_clause(tmp_path):
    text = ("一、职责分工\n（二）明确分工。镇妇联、团委要组织志愿者开展关爱活动；卫生、公安、市场监管部门加强对学校周边的检查，"
            "确保师生安全。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["镇妇联", "团委"], ["卫生部门", "公安部门", "市场监管部门"]]
    assert got[1][0].startswith("卫生、公安、市场监管部门加强")


# ------------------------------------------------------------------ no name holds a verb in 办 or a modal 应

@pytest.mark.parametrize("name", ["承办", "主办", "交办", "各市应指定一个部门", "承办单位应限时办"])
def test_verbs_and_modals_name_no_unit(name):
    assert not is_unit_name(name)


@pytest.mark.parametrize("name", ["目督办", "县双创办", "市政务公开办", "县应急管理局", "应消站", "县物资供应站", "应县人民政府"])
def test_names_that_hold_those_characters_stay_names(name):
    assert looks_like_org(name)


def test_a_subject_ends_before_its_modal(tmp_path):
    text = "第十二条 各县应指定一个部门负责本级热线的建设和管理工作，承办单位在办理诉求事项时应限时办结。\n"
    got = owners(tmp_path, text)
    assert [units for _, units in got if units] == [["各县"]]


# ------------------------------------------------------------------ a unit heading its numbered duties on one line

def test_a_unit_heading_its_numbered_duties_on_one_line_owns_each(tmp_path):
    text = ("二、职责分工\n应急管理办公室:1.向镇政府提出安全生产工作意见。2.对辖区内的安全生产工作进行综合监督。"
            "3、协助镇政府加强应急救援队伍建设。\n")
    got = owners(tmp_path, text)
    assert [(words[:6], units) for words, units in got] == [
        ("向镇政府提出", ["应急管理办公室"]), ("对辖区内的安", ["应急管理办公室"]), ("协助镇政府加", ["应急管理办公室"])]


@pytest.mark.parametrize("line", [
    "行政村协管员:1.负责研究部署本村消防工作。2.提出本村消防工作措施的建议。3.完成交办的其他工作。",  # people, no unit
    "应急管理办公室:1.向镇政府提出意见。3.对辖区内的工作进行监督。4.协助镇政府加强队伍建设。",  # 2 missing
    "应急管理办公室:1.向镇政府提出意见。",  # no item after the first
])
def test_lines_that_are_no_units_numbered_duties_stay_whole(line):
    assert split_run_together(line) == [line]


# ------------------------------------------------------------------ partners: the verb made a noun, after a condition

@pytest.mark.parametrize("text, lead, resp, coop", [
    ("一、主要任务\n1.此次宣传活动由县医保局牵头,各乡镇及县公安局、县卫健局做好配合。\n", ["县医保局"], [], ["各乡镇", "县公安局", "县卫健局"]),
    ("一、主要任务\n1.县教育局负责校园周边安全检查,县公安局予以协助。\n", [], ["县教育局"], ["县公安局"]),
    ("一、主要任务\n1.对不符合消防安全管理规定的经营性场所,由消防部门负责督促整改,市场监管部门配合落实整改。\n",
     [], ["消防部门"], ["市场监管部门"]),
])
def test_partners_of_the_sentence(tmp_path, text, lead, resp, coop):
    [(_, got_lead, got_resp, got_coop)] = roles(tmp_path, text)
    assert (got_lead, got_resp, got_coop) == (lead, resp, coop)


# ------------------------------------------------------------------ a stage's title run into its sentence

def test_a_stage_title_run_into_its_sentence_is_no_part_of_the_name(tmp_path):
    text = ("二、步骤和任务\n(一)第一阶段(2024年3月1日前)按照县政府部署,县交通运输局要牵头制定全县工作方案。\n"
            "(二)第二阶段(2024年3月1日起)县公安局交警大队开展未悬挂号牌教育劝导工作。\n"
            "(三)第三阶段:县市场监管局组织销售企业开展自查。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got if units] == [["县交通运输局"], ["县公安局交警大队"], ["县市场监管局"]]


# ------------------------------------------------------------------ a group of places' duty in another part is kept

def test_a_group_of_places_duty_outside_the_task_part_is_kept(tmp_path):
    text = ("一、主要任务\n（一）县民政局负责临时救助的审批工作。\n二、资金筹集\n（一）县财政每年安排一定资金。\n"
            "各乡镇要设立临时救助资金专账，专款专用。\n")
    assert [units for _, units in owners(tmp_path, text) if units] == [["县民政局"], ["各乡镇"]]


def test_places_beside_everyone_outside_the_task_part_stay_an_instruction(tmp_path):
    text = ("一、主要任务\n（一）县民政局负责临时救助的审批工作。\n二、工作要求\n"
            "各乡镇、各有关部门要切实提高政治站位，细化工作措施。\n")
    assert [units for _, units in owners(tmp_path, text) if units] == [["县民政局"]]


@pytest.mark.parametrize("sentence", ["各村要高度重视，加强领导。", "各乡镇要加强协作，形成工作合力。", "各乡镇统筹推进辖区工作。"])
def test_a_call_on_every_place_is_no_duty(tmp_path, sentence):
    text = f"一、主要任务\n（一）县民政局负责临时救助的审批工作。\n二、工作要求\n{sentence}\n"
    assert [units for _, units in owners(tmp_path, text) if units] == [["县民政局"]]


# ------------------------------------------------------------------ a cell of several lines before its bar line

def test_a_units_cell_of_several_lines_before_its_bar_stays_one_cell(tmp_path):
    """Cells closed by a line of one bar, category cells opening some rows (so the rows differ in width) and a
    units cell one unit a line (unseen w830): the lines before a bar are one cell, not a row's worth of cells."""
    def cells(*values: str) -> str:
        return "".join(f"{v}\n|\n" for v in values)
    text = ("某县燃气安全专项整治任务分工表\n" + cells("重点工作", "具体任务", "责任单位", "完成时限")
            + cells("一、强化源头管控", "严格经营许可", "规范燃气经营许可审批，开展许可证后核查。", "县住建局", "2024年6月底前")
            + cells("加强气瓶管理", "开展液化石油气钢瓶专项检查，淘汰报废钢瓶。", "县住建局\n县市场监管局\n县消防救援大队等", "长期坚持")
            + cells("强化执法检查", "联合开展餐饮场所燃气安全执法检查。", "县市场监管局\n县住建局", "每季度开展")
            + cells("二、压实企业责任", "落实主体责任", "督促燃气企业健全安全生产责任制。", "县住建局", "2024年12月底前"))
    got = [(words[:6], units) for words, units in owners(tmp_path, text)]
    assert got == [("规范燃气经营", ["县住建局"]), ("开展液化石油", ["县住建局", "县市场监管局", "县消防救援大队"]),
                   ("联合开展餐饮", ["县市场监管局", "县住建局"]), ("督促燃气企业", ["县住建局"])]


# ------------------------------------------------------------------ what is decided is no unit

@pytest.mark.parametrize("name", ["协商确定主办和协办单位", "确定的责任单位", "县级教育行政部门设立专项办", "该县还组",
                                  "乡(镇)设立爱国卫生运动委员会", "县组建办", "学习例会", "县推进会", "全县运动会"])
def test_what_is_decided_names_no_unit(name):
    assert not is_unit_name(name)


@pytest.mark.parametrize("name", ["中国人民政治协商会议某县委员会", "县还建办", "院长办公会", "镇党委会", "县老年书画研究会", "市贸促会"])
def test_a_consultative_conference_and_a_resettlement_office_stay_names(name):
    assert is_unit_name(name)


def test_the_body_that_organises_a_consultation_owns_it(tmp_path):
    text = "一、主要任务\n1.对难以确定承办单位的诉求事项,由县政务服务中心组织协商确定主办和协办单位。\n"
    assert [units for _, units in owners(tmp_path, text)] == [["县政务服务中心"]]


def test_a_bodys_two_names_heading_its_duties_run_in_own_each(tmp_path):
    """A body's page: its two names, 主要职责 and its duties '(一)…(二)…' run into one line (unseen w855)."""
    text = ("网站简介:\n中共某县委群众工作局,某县人民政府信访局主要职责:(一)负责处理群众来信来访。(二)承办县委、县政府交办的"
            "信访事项;督促检查落实情况。(三)协调处理跨乡镇的重要信访问题。\n")
    got = owners(tmp_path, text)
    assert [(words[:6], units) for words, units in got] == [
        ("负责处理群众", ["中共某县委群众工作局", "某县人民政府信访局"]),
        ("承办县委、县", ["中共某县委群众工作局", "某县人民政府信访局"]),
        ("协调处理跨乡", ["中共某县委群众工作局", "某县人民政府信访局"])]


def test_sub_items_of_another_style_stay_in_their_item(tmp_path):
    text = "二、职责\n县水利局职责:(一)负责水利工程管理:1.做好维修;2.做好巡查。(二)负责防汛。(三)负责抗旱。\n"
    got = owners(tmp_path, text)
    assert [(words[:6], units) for words, units in got] == [
        ("负责水利工程", ["县水利局"]), ("负责防汛。", ["县水利局"]), ("负责抗旱。", ["县水利局"])]
    assert "2.做好巡查" in got[0][0]


@pytest.mark.parametrize("line", [
    "县水利局职责:(一)负责水利工程管理。(三)负责防汛。(四)负责抗旱。",  # (二) missing
    "县水利局职责:(二)负责水利工程管理。(三)负责防汛。(四)负责抗旱。",  # not from the first
    "工作要求:(一)提高认识。(二)加强领导。(三)严格考核。",  # no unit heads them
])
def test_run_in_items_that_are_no_units_duties_in_order_stay_whole(line):
    assert split_run_together(line) == [line]


# ------------------------------------------------------------------ items of a list opened by their subjects

LIST_OF_SUBJECTS = ("二、主要任务\n1、县教育局要全力抓好学校体育场地建设。\n2、县财政局统筹利用现有资金渠道支持场地建设。\n"
                    "3、县发展改革局等单位要积极争取上级资金支持。\n4、县自然资源局按照国土空间规划落实场地用地。\n"
                    "5、县住建局、县园林中心依托城市更新工程建设口袋公园。\n")


def test_items_opened_by_named_units_beside_items_opened_by_subjects_are_theirs(tmp_path):
    assert [units for _, units in owners(tmp_path, LIST_OF_SUBJECTS)] == [
        ["县教育局"], ["县财政局"], ["县发展改革局"], ["县自然资源局"], ["县住建局", "县园林中心"]]


@pytest.mark.parametrize("item", [
    "3、县政府主要负责人为第一责任人,分管负责人为直接责任人。",  # the unit's people
    "3、县财政局的资金要专款专用。",  # no subject: 的
    "3、取消五处集市,改为早夜市。",  # a verb, no unit
])
def test_items_that_open_with_no_named_subject_stay_no_ones(tmp_path, item):
    text = ("二、主要任务\n1、县教育局要全力抓好学校体育场地建设。\n2、县体育局要组织开展全民健身活动。\n" + item + "\n")
    assert [units for _, units in owners(tmp_path, text)][2] == []


def test_one_item_opened_by_a_subject_makes_no_list_of_subjects(tmp_path):
    """Outside a part titled as tasks, one item opened by its subject makes no list of them."""
    text = "五、其他事项\n1、县教育局要全力抓好学校体育场地建设。\n2、县财政局统筹利用现有资金渠道支持场地建设。\n"
    assert [units for _, units in owners(tmp_path, text)] == [["县教育局"], []]


# ------------------------------------------------------------------ a topic with a note before its 由 clause

def test_two_by_clauses_whose_topics_carry_notes_are_two_tasks(tmp_path):
    text = ("第二条 主干道路(含广场)由县城市管理局负责组织实施,并与沿街单位签订责任书;其他巷道由城关镇人民政府组织各社区"
            "负责实施。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["县城市管理局"], ["城关镇人民政府", "各社区"]]


# ------------------------------------------------------------------ what a stranger's probe of 1faf651 found

def test_everyone_beside_places_calls_on_all(tmp_path):
    text = "四、工作安排\n各有关部门、各乡镇要按照职责分工，抓好落实。\n各有关部门和各县（区）要切实提高政治站位。\n"
    assert owns_nothing(tmp_path, text)


def test_everyone_beside_places_owns_a_concrete_duty(tmp_path):
    """Changed in the ninth session (unseen w1014, blind w192/w380/w480/w973): places beside everyone own a concrete
    duty ('设立举报电话', '层层召开动员大会'), as a group of places alone does; a call on all, or a report sent up by a
    date, stays no one's."""
    text = "四、工作安排\n各有关部门和各县（区）要设立举报电话。\n各乡镇、各部门要于每月25日前将进展情况报县政府办。\n"
    assert [units for _, units in owners(tmp_path, text) if units] == [["各有关部门", "各县（区）"]]


def test_two_units_headings_of_two_items_each_in_a_row(tmp_path):
    text = ("四、职责分工\n消防办公室：1.向乡政府提出年度消防工作计划。2.对辖区内重点单位开展消防检查。3.协助派出所调查火灾事故。\n"
            "乡安监站：1.负责安全生产日常监管。2.组织应急演练。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["消防办公室"]] * 3 + [["乡安监站"]] * 2


def test_a_part_titled_for_its_bodies_duties_names_no_owner(tmp_path):
    text = "三、机构职责\n某县人民政府信访局主要职责:(一)负责来信来访。(二)负责交办事项。(三)负责复查复核。\n"
    assert [units for _, units in owners(tmp_path, text)] == [["某县人民政府信访局"]] * 3


@pytest.mark.parametrize("item, lead, resp", [
    ("（二）第二阶段（3月—6月）县市场监管局会同县公安局开展集中整治。", ["县市场监管局"], []),
    ("（三）总结验收阶段(2024年11月)市农业农村局组织开展考核验收。", [], ["市农业农村局"]),
    ("（三）集中整治阶段（5月16日至8月31日）县城管局牵头开展整治。", ["县城管局"], []),
])
def test_a_stage_title_in_brackets_is_no_part_of_the_name(tmp_path, item, lead, resp):
    text = "二、步骤\n（一）第一阶段（1月—2月）县市场监管局要制定方案。\n" + item + "\n"
    got = roles(tmp_path, text)
    assert len(got) == 2 and (got[1][1], got[1][2]) == (lead, resp)


def test_items_of_a_task_part_opened_by_named_units_with_no_role_word(tmp_path):
    text = "三、重点任务\n1.县公安局依法打击非法捕捞行为。\n2.县水利局对水域实行网格化管理。\n"
    assert [units for _, units in owners(tmp_path, text)] == [["县公安局"], ["县水利局"]]


def test_such_items_outside_a_task_part_stay_no_ones(tmp_path):
    text = "三、重点任务\n1.县应急局负责统筹。\n四、工作要求\n1.县公安局依法打击非法捕捞行为。\n2.县水利局对水域实行网格化管理。\n"
    assert [units for _, units in owners(tmp_path, text) if units] == [["县应急局"]]


def test_a_body_s_people_open_no_item_of_a_list(tmp_path):
    text = ("二、主要任务\n1、县教育局要全力抓好场地建设。\n2、县体育局要组织全民健身活动。\n"
            "3、社区防汛领导小组人员在汛期不得同时外出。\n")
    assert [units for _, units in owners(tmp_path, text)][2] == []


def test_partners_providing_cooperation(tmp_path):
    text = "一、主要任务\n1.开展道路隐患排查。县交通运输局负责组织实施，县公安局交警大队提供配合。\n"
    [(_, lead, resp, coop)] = roles(tmp_path, text)
    assert (resp, coop) == (["县交通运输局"], ["县公安局交警大队"])


@pytest.mark.parametrize("name", ["主办单位和协办单位", "代表市人民政府"])
def test_roles_and_a_verb_name_no_unit(name):
    assert not is_unit_name(name)


def test_a_representative_office_stays_a_name():
    assert is_unit_name("某市驻京代表处")


def test_a_units_heading_over_more_than_99_items_on_one_line_loses_none(tmp_path):
    text = "二、职责分工\n县应急管理局:" + "".join(f"{i}.做好第{i}项工作的组织实施。" for i in range(1, 121)) + "\n"
    got = owners(tmp_path, text)
    assert len(got) == 120 and all(units == ["县应急管理局"] for _, units in got)
    assert got[-1][0] == "做好第120项工作的组织实施。"
