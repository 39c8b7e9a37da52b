"""Owners in the forms the thirteenth session's unseen batches (w1440-w1477: 住房保障, 家庭医生, 水土保持, 网络安全)
showed (issue 15): a regulation whose commas, full stops, enumeration commas and spaces a mirror site swapped for one
another ('第四条,市房产管理部门负责拟定…政策,制度,保障规划和年度计划,报请市政府批准,并负责组织实施.市发改,住建.财政,国土资源
规划.民政。税务…等部门在各自职责范围内…', w1440; the same site's pages in the blind corpus, brackets swapped too:
'市.县.市,区 人民政府'), a long list of sectors sharing a level and 部门 with a unit named among or after them
('…、税务、人民银行、银监等部门和住房公积金管理中心、总工会,在各自职责范围内…', w1441; '…、物价和住房公积金管理中心等部门', w1440;
'…、房地产登记等部门按照各自职责负责…' after '导语:', w1445), a procedure's steps ('区民政部门收到申请材料后,应当…', w1445;
'民政部门在30个工作日内完成审查核对', w1444; '由街道办事处(社区、村)对其家庭收入情况进行审核', w1444), 人大 and 政协 by their
short names (w1462, w1472), a group acting as it is told to before a plain verb ('各村、相关车站、企事业单位积极落实措施', blind
w1131); and what is no owner: leaders going with a group ('区委、区政府、区武装部领导带队走访慰问…', blind w1051), a
notice's contact person ('联系人:陈刚', w1471), a step of work among sectors' names where most are steps.
Instances written for each class with other units and wording than the pages that showed them; near misses kept."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.punctuation import repunctuated, scrambled

from test_extract_stage_titles_and_set_up_bodies import subject_roles
from test_extract_unit_blocks_and_mixed_groups import owner_lists
from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ marks a mirror site swapped

SCRAMBLED = ("第一章,总则第一条.为规范本县廉租住房管理,根据有关规定。结合本县实际 制定本办法,第二条 本办法适用于本县城区,"
             "第三条,县住房保障部门负责全县廉租住房的管理工作.拟定年度计划,报县政府批准 并组织实施,县发展改革,财政.民政 "
             "审计。税务,物价和县公积金管理中心等部门在各自职责范围内做好廉租住房相关工作,各乡.镇 人民政府负责受理本辖区的申请."
             "初审登记工作。第四条 县房产服务中心负责廉租住房的日常管理。\n")


def test_a_scrambled_text_is_told_and_its_marks_read_again():
    assert scrambled(SCRAMBLED)
    text, count = repunctuated(SCRAMBLED)
    assert len(text) == len(SCRAMBLED) and count > 0
    assert "县发展改革、财政、民政、审计、税务、物价和县公积金管理中心等部门" in text
    assert "。第三条" in text and "乡（镇）人民政府" in text


@pytest.mark.parametrize("text", [
    "县住建局负责全县住房保障工作，县财政局负责资金保障。各乡镇要做好受理工作。",
    "县住建局负责全县住房保障工作,县财政局负责资金保障.各乡镇要做好受理工作.",  # ASCII marks used as such
    "第三条 县住建局负责管理.第四条 县财政局负责保障,县民政局负责审核。",  # one '.' and one '。' are not a pattern
])
def test_a_text_written_with_its_own_marks_is_left_as_it_is(text):
    assert not scrambled(text)
    assert repunctuated(text) == (text, 0)


def test_the_owners_of_a_scrambled_regulation_are_found_and_the_repair_reported(tmp_path):
    path = tmp_path / "廉租住房管理办法.txt"
    path.write_text(SCRAMBLED, encoding="utf-8")
    result = extract_tasks(path)
    owners = [t.lead + t.responsible + t.cooperating for t in result.tasks]
    assert ["县住房保障部门"] in owners and ["县房产服务中心"] in owners
    assert ["县发展改革部门", "县财政部门", "县民政部门", "县审计部门", "县税务部门", "县物价部门",
            "县公积金管理中心"] in owners
    assert any(f.code == "text-punctuation" for f in result.findings)


def test_a_scrambled_docx_is_read_again_paragraph_by_paragraph(tmp_path):
    from docx import Document
    doc = Document()
    doc.add_paragraph("某县廉租住房管理办法")
    for line in SCRAMBLED.split(",第三条"):  # the articles before 第三条 in one paragraph, the rest in another
        doc.add_paragraph(line if line.startswith("第一章") else "第三条" + line)
    path = tmp_path / "办法.docx"
    doc.save(path)
    result = extract_tasks(path)
    assert any(f.code == "text-punctuation" for f in result.findings)
    assert any("县物价部门" in t.responsible for t in result.tasks)


# ------------------------------------------------------------------ long lists of sectors, units among them

@pytest.mark.parametrize("sentence, expected", [
    ("市发改、住建、财政、国土资源、规划、民政、税务、人社、金融、公安、审计、物价和住房公积金管理中心等部门在各自职责范围内做好相关工作。",
     "市发改部门、市住建部门、市财政部门、市国土资源部门、市规划部门、市民政部门、市税务部门、市人社部门、市金融部门、市公安部门、"
     "市审计部门、市物价部门、住房公积金管理中心"),
    ("发展和改革、公安、财政、人力资源和社会保障、税务、人民银行、银监等部门和住房公积金管理中心、总工会，在各自职责范围内，做好相关工作。",
     "发展和改革部门、公安部门、财政部门、人力资源和社会保障部门、税务部门、人民银行、银监部门、住房公积金管理中心、总工会"),
    ("县财政、人力资源和社会保障等部门负责资金保障。", "县财政部门、县人力资源和社会保障部门"),
    ("县教育、公安、交通运输、房地产登记等部门按照各自职责负责相关工作。",
     "县教育部门、县公安部门、县交通运输部门、县房地产登记部门"),
])
def test_a_long_list_of_sectors_shares_its_level_and_body_and_keeps_the_units_named_in_it(sentence, expected):
    assert subject_roles(sentence) == [{"responsible": [expected]}]


def test_a_body_and_the_sectors_after_it_share_no_level():
    assert subject_roles("各级政府及水利、计委、环保等部门要从源头把好关。") == [
        {"responsible": ["各级政府、水利部门、计委、环保部门"]}]


@pytest.mark.parametrize("sentence", [
    "审批、登记、备案等部门要加强衔接。",  # steps of work, no sectors
    "规划编制、项目审批、资金拨付等有关部门要各负其责。",
])
def test_a_list_of_steps_of_work_is_still_no_list_of_sectors(sentence):
    assert subject_roles(sentence) == []


def test_a_long_list_after_a_pages_lead_in_colon_is_the_subject():
    sentence = "导语:县发展改革、金融、公安、民政、财政、人力资源社会保障、统计、税务、房地产登记等部门按照各自职责负责公共租赁住房的相关工作。"
    assert subject_roles(sentence) == [{"responsible": [
        "县发展改革部门、县金融部门、县公安部门、县民政部门、县财政部门、县人力资源社会保障部门、县统计部门、县税务部门、"
        "县房地产登记部门"]}]


# ------------------------------------------------------------------ a procedure's steps

@pytest.mark.parametrize("sentence, unit", [
    ("区民政部门收到申请材料后,应当在6个工作日内进行审核。", "区民政部门"),
    ("县住建局接到投诉后，应当及时组织核查。", "县住建局"),
    ("民政部门在30个工作日内完成审查核对。", "民政部门"),
    ("县林业站在接到火情报告后,30分钟内赶赴现场。", "县林业站"),
    ("区房管局在15日内作出审核决定。", "区房管局"),
])
def test_a_step_of_a_procedure_is_its_units_duty(sentence, unit):
    assert subject_roles(sentence) == [{"responsible": [unit]}]


def test_a_time_limit_with_no_unit_before_it_names_no_owner():
    assert subject_roles("申请人应当在30个工作日内补齐材料。") == []
    assert subject_roles("在3个月内完成整改。") == []


def test_an_office_after_by_may_carry_the_levels_below_it_in_brackets():
    assert subject_roles("对其他保障对象,由街道办事处(社区、村)对其家庭收入情况进行审核,提出审核意见。") == [
        {"responsible": ["街道办事处(社区、村)"]}]
    assert subject_roles("由乡镇人民政府(街道)组织核实。") == [{"responsible": ["乡镇人民政府(街道)"]}]


# ------------------------------------------------------------------ 人大, 政协; a group told how to act

@pytest.mark.parametrize("sentence, units", [
    ("各级人大要加强执法检查。", "各级人大"),
    ("县人大要加强对实施情况的监督。", "县人大"),
    ("请各市州政协将本通知转发至所属单位。", "各市州政协"),
])
def test_a_congress_and_a_consultative_conference_are_units(sentence, units):
    assert subject_roles(sentence, groups=True) == [{"responsible": [units]}]


def test_a_group_told_how_to_act_before_a_plain_verb_owns_its_sentence():
    assert subject_roles("各村、相关车站、企事业单位积极落实措施,按计划开展防诈骗宣传。", plain=True) == [
        {"responsible": ["各村、相关车站、企事业单位"]}]
    assert subject_roles("各村认真开展排查。", plain=True) == [{"responsible": ["各村"]}]
    assert subject_roles("各部门加大检查力度。", plain=True) == []  # a bare call on all


# ------------------------------------------------------------------ no owner

def test_leaders_going_with_a_group_are_no_owners(tmp_path):
    text = "一、走访慰问\n1、县委、县人大、县政府、县政协领导带队走访慰问:驻军单位(8个);困难企业(3个)。\n2、县民政局负责发放慰问金。\n"
    assert owner_lists(tmp_path, text) == [[], ["县民政局"]]


def test_a_notices_contact_person_marks_no_part_as_the_task_list(tmp_path):
    text = ("根据上级通知精神,现将有关要求通知如下:\n一、各有关部门、各乡镇要认真组织开展宣传活动。\n"
            "二、县文旅局要在广场设立宣传点,组织开展现场咨询。\n三、活动要厉行节约。\n"
            "各单位活动方案,请于6月1日前报县委网信办。\n联系人:李明 联系电话:6612345\n")
    assert ["县文旅局"] in owner_lists(tmp_path, text)


# ------------------------------------------------------------------ the second round (w1480-w1517)

def test_a_pipe_row_with_a_cell_more_than_its_header_ends_with_the_table(tmp_path):
    text = ("工作任务 | 目标和要求 | 责任单位 | 备注 |\n"
            "深化政务公开 | 推进重点领域公开 | 重点推进规划、财政信息公开,形成公开细则 | 县自然资源局、县财政局 | |\n"
            "完善草案公开 | 完善重大决定草案公开工作 | 县司法局 | |\n")
    tasks = tasks_of(tmp_path, text)
    assert [responsible for _, _, responsible, _ in tasks] == [["县自然资源局", "县财政局"], ["县司法局"]]
    assert tasks[0][0].startswith("深化政务公开 推进重点领域公开")  # the task's own cells kept, one after the other


@pytest.mark.parametrize("sentence, expected", [
    ("对违反规定的,由县公安机关依法查处。", {"responsible": ["县公安机关"]}),  # enforcement given to a unit
    ("由税务机关负责办理减免手续。", {"responsible": ["税务机关"]}),
    ("县民政局、县退役军人事务局依据上级政策规定和本实施办法,制定具体的实施细则。",
     {"responsible": ["县民政局、县退役军人事务局"]}),
    ("公安、交通运输、农业(农机)、安全监管部门要加强协作。",
     {"responsible": ["公安部门、交通运输部门、农业(农机)部门、安全监管部门"]}),
])
def test_the_second_rounds_subjects(sentence, expected):
    assert subject_roles(sentence) == ([expected] if expected else [])


@pytest.mark.parametrize("sentence", [
    "申请人应当提交由公安机关核发的户籍证明。",  # what the units issue: a noun's attribute
    "违反本办法构成犯罪的,由司法机关依法追究刑事责任。",
    "扰乱秩序的,由公安机关依法给予治安管理处罚。",
])
def test_what_an_office_issues_and_a_laws_sanction_own_nothing(sentence):
    assert subject_roles(sentence) == []


# ------------------------------------------------------------------ what a stranger's probe of the change found

def test_an_article_or_two_with_swapped_marks_is_told_too():
    text = ("第四条,县住房保障部门负责全县廉租住房的管理工作.拟定年度计划,报县政府批准 并组织实施,县发展改革,财政.民政 审计。"
            "税务,物价和县公积金管理中心等部门在各自职责范围内做好相关工作,")
    assert scrambled(text)
    assert "县发展改革、财政、民政、审计、税务、物价和县公积金管理中心等部门" in repunctuated(text)[0]


@pytest.mark.parametrize("text", [
    "资源描述 为了切实加强山林防火工作,有效的预防、控制和及时扑救火灾,保护山林资源,维护自然生态平衡和.治安秩序,实现我镇经济."
    "可持续发展,根据森林法相关规定,镇政府与各村签订如下责任书。1.各村成立森林防火领导小组,在镇森林防火领导小组的指导下,负责本村"
    "防火工作,各村要落实巡山制度,做好宣传,每月报送巡查记录。",  # ASCII commas with two stray stops (blind w396)
    "县发改局负责统筹工作.县财政局负责资金保障.县民政局负责审核.各乡镇负责受理.",  # ASCII stops used as stops
])
def test_stray_or_consistent_ascii_marks_are_no_scrambling(text):
    assert not scrambled(text)


@pytest.mark.parametrize("sentence, expected", [
    ("县发改局负责统筹工作, 县财政局配合.", {"responsible": ["县发改局"], "cooperating": ["县财政局"]}),
    ("区住房保障部门自收到街道办事处报送的材料之日起15日内完成审核。", {"responsible": ["区住房保障部门"]}),
    ("县应急、公安、消防等部门和各乡镇人民政府要落实监管责任。",
     {"responsible": ["县应急部门、县公安部门、县消防部门、各乡镇人民政府"]}),
    ("镇水利、国土、民政、卫生等部门负责排查。", {"responsible": ["镇水利部门、镇国土部门、镇民政部门、镇卫生部门"]}),
])
def test_the_probes_subjects(sentence, expected):
    assert subject_roles(sentence) == [expected]


def test_a_period_with_its_days_opens_a_sentence_before_its_subject():
    assert subject_roles("在森林防火期内,各村积极组织巡山护林。", plain=True) == [{"responsible": ["各村"]}]


def test_what_a_village_body_issues_is_no_duty():
    assert subject_roles("须提供由社区居委会出具的居住证明。", groups=True, plain=True) == []


def test_a_partner_lists_first_level_is_every_sectors_when_only_the_first_has_one():
    assert subject_roles("县教育局牵头，县公安、市场监管、卫健等部门配合，开展校园周边环境整治。") == [
        {"lead": ["县教育局"], "cooperating": ["县公安部门、县市场监管部门、县卫健部门"]}]
    assert subject_roles("县教育局牵头，县公安、县交通、卫健等部门配合。") == [  # others written with their own: as written
        {"lead": ["县教育局"], "cooperating": ["县公安部门、县交通部门、卫健部门"]}]


# ------------------------------------------------------------------ the third round (w1520-w1555)

def test_a_bodys_make_up_names_no_owners(tmp_path):
    text = ("2.2市指挥部办公室组成及其主要职责\n市指挥部办公室是市指挥部的办事机构,设在市地震办。\n2.2.1市指挥部办公室组成\n"
            "主任:市地震办主任\n成员:市委宣传部、市政府办公室、市发改委、市财政局、市住建局、市公安局。\n"
            "2.2.2市指挥部办公室主要职责\n(1)负责汇总震情灾情;\n(2)协调各成员单位开展应急处置。\n")
    owners = owner_lists(tmp_path, text)
    assert not any("市委宣传部" in units for units in owners)  # the members of the office, no task's owners
    assert ["市指挥部办公室"] in owners  # 组成 is no '…组' and '成'


def test_members_under_a_task_keep_their_part(tmp_path):
    text = "二、重点任务\n1.开展应急演练。\n牵头单位:县应急局\n成员单位:县公安局、县卫健局\n"  # no make-up heading: as before
    assert owner_lists(tmp_path, text) == [["县应急局", "县公安局", "县卫健局"]]


def test_an_items_number_keeps_its_enumeration_comma():
    text = ("关于做好冬季供暖工作的通知\n各乡镇人民政府.县直各有关单位,\n一 县住建局牵头负责供暖企业监管,县发改局 县市场监管局配合.\n"
            "二.各乡镇政府负责取暖救助 县民政局负责资金保障。\n")
    assert scrambled(text)
    assert "\n一、县住建局" in repunctuated(text)[0] and "\n二、各乡镇政府" in repunctuated(text)[0]
