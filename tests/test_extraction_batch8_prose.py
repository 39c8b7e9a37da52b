"""Owners in prose met on the eighth batch's pages (issue 15), each class on instances written
for it (other units, sectors, verbs and punctuation than the pages that showed it), and the
texts whose words must not become owners:

- "由A牵头组织，B、C、D等有关部门配合": 牵头组织 is 牵头's role, and sectors written bare before
  等(有关)部门 cooperate, each a 部门 unless it is a short form already (住建, 城管: the roster
  expands those) — "E和B、C等部门": a unit, then sectors;
- "由<body>负责" where the body is named by its kind (施工企业, 物业公司): it owns its clause, and each
  ';' clause of an item with its own 由…负责 is a task of its own; not an owner label's words
  (由责任单位负责) nor a group (由相关企业负责);
- "由A、B等(职能)部门<verb>": a list closed by 等…部门 is the clause's subject whatever its verb;
- "由村统一收集…", "必须先由各村进行核实…", "(…)由社区汇总…": a village or community after 由 and before
  its verb, in mid-sentence too, owns the step (not 村民, 村干部, 村主任, 村级, 村组);
- "人民法院对…案件要…": what the duty is about (对…) between a named subject and its 要.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of


# ------------------------------------------------------------------ 由A牵头组织，B、C等有关部门配合

@pytest.mark.parametrize("text, exp", [
    ("河道清障工作由县水务局牵头组织，县交通运输局、县公安局配合。",
     {"lead": ["县水务局"], "cooperating": ["县交通运输局、县公安局"]}),
    ("燃气安全检查由区城管局牵头组织,住建、市场监管、应急等有关部门配合;",
     {"lead": ["区城管局"], "cooperating": ["住建部门、市场监管部门、应急部门"]}),
    ("校园周边整治由各街道办事处牵头组织，教育、交警、城管等相关部门配合。",
     {"lead": ["各街道办事处"], "cooperating": ["教育部门、交警部门、城管部门"]}),
    ("食品摊点清理由市场监管部门负责组织，行业主管部门和卫健、城管等部门配合。",
     {"responsible": ["市场监管部门"], "cooperating": ["行业主管部门、卫健部门、城管部门"]}),
])
def test_led_by_with_sectors_cooperating_before_deng_bumen(text, exp):
    assert roles_of(text) == [exp]


def test_clauses_each_led_by_their_unit(tmp_path):
    got = tasks_of(tmp_path, "四、工作机制\n（一）建立分工排查机制。沿街商铺隐患排查工作由属地镇政府(街道办事处)牵头组织，"
                             "消防、公安派出所、市场监管等有关部门配合；工业厂房隐患排查工作由县应急管理局牵头组织，"
                             "县消防救援大队配合；出租房隐患排查工作由属地政府牵头组织，有关部门配合。\n")
    assert [(lead, coop) for _, lead, _, coop in got] == [
        (["属地镇政府(街道办事处)"], ["消防部门", "公安派出所", "市场监管部门"]),
        (["县应急管理局"], ["县消防救援大队"]),
        (["属地政府"], ["有关部门"]),
    ]


@pytest.mark.parametrize("text", [
    "县水务局组织人员开展河道巡查，教育、宣传等部门的干部参加。",  # people taking part, no partner list
    "全县上下要以开展安全检查为契机，切实加强组织领导。",
])
def test_no_partner_list_without_a_lead(text):
    assert all("cooperating" not in r for r in roles_of(text))


# ------------------------------------------------------------------ 由<a body named by its kind>负责

def test_bodies_named_by_their_kind_own_their_clauses(tmp_path):
    got = tasks_of(tmp_path, "二、管理分工\n(一)主次干道、广场由县环卫中心负责;\n"
                             "(二)老旧小区由属地村委会负责;已聘请物业的小区,依照服务合同由供热企业负责;\n"
                             "(三)在建工地由电力施工企业负责,闲置地块由县自然资源局负责;\n"
                             "(四)农贸市场由市场管理公司负责。\n三、保障措施\n(一)加强领导。")
    assert [resp for _, _, resp, _ in got] == [
        ["县环卫中心"], ["属地村委会"], ["供热企业"], ["电力施工企业"], ["县自然资源局"], ["市场管理公司"]]


@pytest.mark.parametrize("text", [
    "整改工作由责任单位负责。",  # an owner label's words: the units a table names
    "门前卫生由相关企业负责。",  # a group
    "由企业负责。",  # no body's kind before 企业
])
def test_kinds_that_own_nothing(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ 由A、B等职能部门<any verb>

@pytest.mark.parametrize("text, exp", [
    ("权属不清的,由县林业局、县自然资源局等职能部门确定并告知当事人。", ["县林业局、县自然资源局"]),
    ("争议地块由区城管局、区住建局等部门认定。", ["区城管局、区住建局"]),
    # 于 and a time before the verb (ec61401, the probe s71's '由A于6月底前完成'): the units report, so they own it;
    # listed below as 'no verb of the list' until then
    ("由县交警大队、县运管所等单位于每月底前上报。", ["县交警大队、县运管所"]),
])
def test_a_list_closed_by_deng_bumen_is_the_subject(text, exp):
    assert [r.get("responsible") for r in roles_of(text)] == [exp]


@pytest.mark.parametrize("text", [
    "检查组由县林业局、县自然资源局等部门的干部组成。",  # 的: the departments' people
])
def test_a_list_closed_by_deng_bumen_without_its_verb(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ 由(各)村/社区<verb> in a procedure

def test_villages_after_you_own_the_steps_of_a_procedure(tmp_path):
    got = tasks_of(tmp_path, "三、申报程序\n1、发放表格。由乡农经服务中心统一印制申报表,发放到户。\n"
                             "2、汇总上报。农户填写的申报表(户主不在的须附委托书,由社区签字确认)由社区汇总、初审后于5月10日前报乡农技站。\n"
                             "3、入户核实。乡农技站收到的材料,要先由各村逐户核对并由村会计签字。\n")
    assert [resp for _, _, resp, _ in got] == [["乡农经服务中心"], ["社区"], ["各村"]]


@pytest.mark.parametrize("text, exp", [
    ("材料由村统一收集后上报。", "村"),
    ("必须先由各村进行公示。", "各村"),
    ("资金发放名单由村委会张榜公布。", "村委会"),
])
def test_a_village_after_you(text, exp):
    assert [r.get("responsible") for r in roles_of(text)] == [[exp]]


@pytest.mark.parametrize("text", [
    "具体事项由村民代表大会讨论决定。",  # the villagers
    "由村干部入户登记。",  # people
    "补助资金由村级财务统一管理。",  # a village-level account
    "由村组长逐户通知。",  # a person
    "由于村内道路狭窄,车辆绕行。",  # 由于
])
def test_no_village_owner(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ A对…要…

def test_a_subject_with_what_its_duty_is_about_before_yao(tmp_path):
    got = tasks_of(tmp_path, "三、部门职责\n县检察院对涉嫌拒不支付劳动报酬的线索要及时立案监督。\n"
                             "县司法局对讨薪农民工也要提供法律援助,开通绿色通道。\n"
                             "县总工会负责做好职工维权。\n")
    assert [resp for _, _, resp, _ in got] == [["县检察院"], ["县司法局"], ["县总工会"]]


@pytest.mark.parametrize("text", [
    "各乡镇对照任务清单要逐项落实。",  # 对照: a group, and no 对-phrase
    "群众对政府部门要求很高。",  # 要求, and no unit as the subject
    "县检察院对此类案件的办理情况进行通报。",  # no 要: a report
])
def test_no_subject_over_a_dui_phrase(text):
    assert roles_of(text) == []
