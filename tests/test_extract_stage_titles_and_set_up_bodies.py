"""Owners in the forms the twelfth session's unseen batches (w1320-w1354: 特种设备/矿山安全, 清洁取暖, 托育/妇幼健康,
普查) showed (issue 15): a stage's title before a colon and the subject after it ('1、排查梳理阶段:城建办、农办…等部门要…',
w1324), '分别牵头' (w1322), '深入' before a plain verb, a span of days before the subject ('9月20日至30日,省住房和城乡建设厅
对…进行专项抽查'), 狠抓 ('镇中心卫生院和爱卫办具体狠抓…', w1343), the levels below setting up their own bodies ('各乡镇人民
政府设立相应的农业普查组织领导机构', w1353; '省生态环境厅、…、省能源局组建工作专班', w1330), a town's governments beside
everyone with a concrete duty ('各乡镇政府、市有关部门要加大对…巡查检查力度', w1321), an office named where it sits
('领导小组办公室设在县统计局,负责…', w1350), the group a sentence is about ('涉及的各乡镇人民政府、村民委员会要…', w1325);
and what is no owner: a call on everyone whose bare kind shares the group's 各 ('各乡镇、部门要密切配合、形成合力', w1332),
the issuer or a development zone's 管委会 setting up its own body, a report sent up, a duty's words opening like a name
('补助孕妇住院分娩200人以上', w1343).
Instances written for each class with other units and wording than the pages that showed them; near misses kept."""
from __future__ import annotations

import pytest

from ledger.extraction.prose import find_owner_markers
from ledger.roster import Roster
from ledger.extraction.tasks import _unit_like

from test_extract_unit_blocks_and_mixed_groups import owner_lists, owns_nothing, roles

UNIT_LIKE = _unit_like(Roster.empty())


def subject_roles(sentence: str, groups: bool = False, plain: bool = False) -> list[dict[str, list[str]]]:
    return [m.roles for m in find_owner_markers(sentence, UNIT_LIKE, groups, plain) if m.has_owners]


# ------------------------------------------------------------------ a stage's title before a colon

@pytest.mark.parametrize("item, units", [
    ("1、排查梳理阶段:城建办、农办、派出所(交通中队)、消防站等部门要明确职责,开展摸排。",
     ["城建办", "农办", "派出所(交通中队)", "消防站"]),
    ("1、宣传发动阶段:县教育局、县卫健局要开展入户宣传。", ["县教育局", "县卫健局"]),
    ("1、集中整治阶段：各村要落实整治措施，逐户登记。", ["各村"]),
    ("1、验收阶段:区市场监管局牵头组织验收。", ["区市场监管局"]),
])
def test_a_stage_title_before_a_colon_leaves_the_subject_after_it_the_owner(tmp_path, item, units):
    text = f"一、工作目标\n消除隐患。\n二、工作步骤\n{item}\n2、总结阶段:认真总结经验。\n"
    assert owner_lists(tmp_path, text)[0] == units


def test_a_stage_title_and_its_subject_stay_one_task(tmp_path):
    text = ("二、工作步骤\n1、排查阶段:县住建局要开展摸排。\n2、整治阶段:各村要落实整治措施。\n"
            "3、验收阶段:县住建局、县公安局要组织验收。\n")
    assert owner_lists(tmp_path, text) == [["县住建局"], ["各村"], ["县住建局", "县公安局"]]


def test_a_colon_after_a_title_with_no_subject_gives_no_owner(tmp_path):
    text = "二、工作步骤\n1、排查阶段:要求全面开展摸排。\n2、整治阶段:县住建局要落实整治措施。\n"
    assert owner_lists(tmp_path, text) == [[], ["县住建局"]]


# ------------------------------------------------------------------ 分别, 深入, a span of days

@pytest.mark.parametrize("sentence, expected", [
    ("县住建局分别牵头对城镇燃气企业进行专项检查。", {"lead": ["县住建局"]}),
    ("市水务局、市城管局分别牵头开展排水设施排查。", {"lead": ["市水务局、市城管局"]}),
    ("区教育局、区卫健委分别负责校内、校外的检查。", {"responsible": ["区教育局、区卫健委"]}),
])
def test_separately_before_a_role_verb_keeps_the_role(sentence, expected):
    assert subject_roles(sentence) == [expected]


@pytest.mark.parametrize("sentence, unit", [
    ("县市场监管局深入开展电梯安全隐患排查。", "县市场监管局"),
    ("9月20日至30日,县市场监管局对锅炉使用单位进行专项抽查。", "县市场监管局"),
    ("6月1日到6月15日,区应急管理局对尾矿库进行检查。", "区应急管理局"),
])
def test_a_plain_duty_after_deep_or_a_span_of_days_is_the_subjects(sentence, unit):
    assert subject_roles(sentence, plain=True) == [{"responsible": [unit]}]


def test_a_span_of_days_before_a_role_verb_is_read_without_plain_verbs():
    assert subject_roles("3月1日至3月10日,县农业农村局负责春耕物资检查。") == [{"responsible": ["县农业农村局"]}]


# ------------------------------------------------------------------ 狠抓

@pytest.mark.parametrize("sentence, unit", [
    ("镇卫生院和镇爱卫办具体狠抓初级卫生保健工作。", "镇卫生院和镇爱卫办"),
    ("在镇党委领导下,由副镇长负责全面工作,镇中心卫生院具体狠抓改水改厕工作。", "镇中心卫生院"),
])
def test_a_unit_that_grips_a_work_owns_it(sentence, unit):
    assert subject_roles(sentence) == [{"responsible": [unit]}]


# ------------------------------------------------------------------ bodies set up by those below

@pytest.mark.parametrize("sentence, unit", [
    ("各乡镇人民政府设立相应的经济普查组织领导机构,组织开展好本地区普查工作。", "各乡镇人民政府"),
    ("各街道办事处成立人口普查办公室。", "各街道办事处"),
    ("县民政局、县财政局、县乡村振兴局组建工作专班,统筹推进低保扩面工作。", "县民政局、县财政局、县乡村振兴局"),
    ("各园区管委会设立安全生产工作专班。", "各园区管委会"),
    ("各乡镇成立工作专班，细化分解任务。", "各乡镇"),
    ("镇政府成立秸秆禁烧工作领导小组。", "镇政府"),  # a town's own: the blind labels give it (w234, w770)
])
def test_a_body_set_up_by_those_below_is_their_duty(sentence, unit):
    assert subject_roles(sentence) == [{"responsible": [unit]}]


@pytest.mark.parametrize("sentence", [
    "县政府成立农业普查领导小组。",
    "市人民政府设立经济普查办公室。",
    "政府成立犬类管理集中整治工作领导小组。",
    "开发区管委会设立防汛抗旱指挥部(以下简称区防指),由管委会主任任总指挥。",
    "高新区管委会成立安全生产委员会。",
])
def test_the_issuers_own_body_set_up_is_no_task(sentence):
    assert subject_roles(sentence) == []


# ------------------------------------------------------------------ the towns' governments beside everyone

def test_towns_governments_beside_everyone_own_a_concrete_duty(tmp_path):
    text = ("各乡镇人民政府,市政府直属有关单位:\n现就加强非煤矿山安全管理通知如下:\n"
            "一、建立巡查制度。各乡镇政府、市有关部门要加大对非煤矿山的巡查力度,对无证开采要及时制止。\n"
            "二、落实属地责任。各乡镇政府要切实做好本辖区内的监督检查。\n")
    assert owner_lists(tmp_path, text) == [["各乡镇政府", "市有关部门"], ["各乡镇政府"]]


@pytest.mark.parametrize("sentence", [
    "各乡镇政府、市有关部门要高度重视,切实加强领导。",
    "各乡镇政府、市有关部门要于每月25日前将工作进展情况报市应急局。",
])
def test_towns_governments_beside_everyone_with_a_call_or_a_report_own_nothing(sentence):
    assert subject_roles(sentence) == []


@pytest.mark.parametrize("sentence", [
    "各乡镇、部门要密切配合、形成合力,确保完成今年的清洁取暖任务。",
    "各街道、单位要高度重视,确保工作落实。",
])
def test_a_bare_kind_after_a_group_shares_its_each_in_a_call_on_all(sentence):
    assert subject_roles(sentence) == []


def test_a_bare_kind_after_a_group_with_a_concrete_duty_owns_it():
    assert subject_roles("各乡镇、部门要在10月底前完成清洁取暖摸底登记。") == [{"responsible": ["各乡镇、部门"]}]


# ------------------------------------------------------------------ an office named where it sits

@pytest.mark.parametrize("sentence, office", [
    ("为加强领导,成立县农业普查领导小组,领导小组办公室设在县统计局,负责普查的组织实施和日常工作。", "领导小组办公室"),
    ("市政府成立出租汽车专项治理协调小组,协调小组办公室设在市运管处,具体负责日常工作。", "协调小组办公室"),
    ("成立防范电信诈骗工作专班,专班办公室设在保卫处,负责日常联络。", "专班办公室"),
])
def test_an_office_named_where_it_sits_owns_its_duty(sentence, office):
    assert {"responsible": [office]} in subject_roles(sentence)


def test_an_office_that_only_sits_somewhere_owns_nothing():
    assert subject_roles("成立县农业普查领导小组,领导小组办公室设在县统计局。") == []


# ------------------------------------------------------------------ the group a sentence is about

@pytest.mark.parametrize("sentence, units", [
    ("涉及的各乡镇人民政府、村民委员会要加强巡查,及时报告情况。", "各乡镇人民政府、村民委员会"),
    ("所涉及的各街道办事处要做好搬迁群众的安置工作。", "各街道办事处"),
])
def test_the_group_a_sentence_is_about_owns_it(sentence, units):
    assert subject_roles(sentence, groups=True) == [{"responsible": [units]}]


# ------------------------------------------------------------------ words of a duty that open like a name

@pytest.mark.parametrize("sentence", [
    "2025年,镇卫生院将开展孕妇产前检查,预计检查达到270人,补助孕妇住院分娩200人以上,儿童体检600人。",
    "县中医院将开展义诊,确保乡镇卫生院全覆盖。",
])
def test_a_duty_that_opens_with_a_verb_names_no_second_unit(sentence):
    found = subject_roles(sentence, groups=True)
    assert len(found) == 1 and list(found[0].values())[0][0].endswith("院")


# ------------------------------------------------------------------ the second round (w1360-w1394, read held out first)

@pytest.mark.parametrize("sentence, units", [
    ("具体办法由县(市、区)民政部门根据各地实际制定。", "县(市、区)民政部门"),
    ("补助资金由乡(镇)人民政府负责发放。", "乡(镇)人民政府"),
    ("所需人员编制由各区、县编委根据实际工作需要核定。", "各区编委、各县编委"),
])
def test_a_level_with_its_bracket_or_each_level_after_by(sentence, units):
    assert subject_roles(sentence) == [{"responsible": [units]}]


def test_an_office_set_up_where_it_sits_owns_its_duty():
    assert subject_roles("领导小组在县民政局下设办公室,负责推进该项工作的组织、协调和实施。") == [
        {"responsible": ["领导小组办公室"]}]


@pytest.mark.parametrize("sentence, unit", [
    ("县财政要在一般性转移支付中安排救助资金。", "县财政"),
    ("市公安应当加强对猎枪的管理。", "市公安"),
])
def test_a_level_and_a_departments_short_form_before_a_modal(sentence, unit):
    assert subject_roles(sentence) == [{"responsible": [unit]}]


@pytest.mark.parametrize("sentence, owners", [
    ("财政要保障经费。", []),
    # 县交通 before 要求 is no subject; since 2026-12-07 the units the requirement names own it (``prose._required``)
    ("县交通要求各村做好准备。", [{"responsible": ["各村"]}]),
])
def test_a_short_form_without_its_level_or_before_a_request_is_no_subject(sentence, owners):
    assert subject_roles(sentence) == owners


@pytest.mark.parametrize("sentence, units", [
    ("请县水利局负责做好防汛物资储备。", "县水利局"),
    ("请各乡镇人民政府要切实加强禁猎期间的巡查。", "各乡镇人民政府"),
])
def test_a_notices_request_names_its_owner_without_the_request(sentence, units):
    assert subject_roles(sentence, groups=True) == [{"responsible": [units]}]


def test_a_named_body_and_everyone_else_are_two_owners(tmp_path):
    text = "一、工作目标\n保护野生动物。\n二、工作措施\n四、县级以上林业主管部门和其他有关部门要加强野外巡护。\n"
    assert owner_lists(tmp_path, text) == [["县级以上林业主管部门", "其他有关部门"]]


@pytest.mark.parametrize("sentence, units", [
    ("各乡镇按照上级文件要求,进行自查和整顿,排查监控死角。", "各乡镇"),
    ("审批权下放后,各街道办事处按照《低保工作实施细则》等要求,落实申请受理和入户调查工作。", "各街道办事处"),
    ("各乡镇人民政府(街道办事处)按照《实施细则》等要求,落实低保申请受理工作。", "各乡镇人民政府(街道办事处)"),
])
def test_a_subject_that_acts_as_papers_from_above_require(sentence, units):
    assert subject_roles(sentence) == [{"responsible": [units]}]


def test_a_units_main_duties_without_de():
    assert subject_roles("镇民政办公室是办理社会救助的办事部门,主要职责为:贯彻执行民政工作的有关政策。") == [
        {"responsible": ["镇民政办公室"]}]


def test_a_contact_line_is_not_joined_to_the_offices_text(tmp_path):
    text = "负责人:王某某 办公电话:0631-6665893\n某镇民政办公室是办理社会救助的办事部门,主要职责为:负责低保审核;发放救灾款物。\n"
    assert owner_lists(tmp_path, text) == [["某镇民政办公室"]]


@pytest.mark.parametrize("clause", ["拟定乡镇社会福利事业发展规划", "编制本镇民政工作规划", "推进农村敬老院建设"])
def test_a_duty_clause_that_opens_with_its_verb_names_no_unit(tmp_path, clause):
    text = f"某镇民政办公室主要职责为:负责低保审核;{clause},实行动态管理。\n"
    assert owner_lists(tmp_path, text) == [["某镇民政办公室"]]


def test_what_a_body_may_follow_is_no_name_of_it():
    text = "此外,支持初中学校开设晚自习。高中学校可参照义务教育学校开展课后延时服务。"
    assert subject_roles(text, groups=True, plain=True) == []


# ------------------------------------------------------------------ after the third round's reading (w1400-w1437)

@pytest.mark.parametrize("written, units", [
    ("气象和农牧部门", ["气象部门", "农牧部门"]),
    ("公安和交通部门", ["公安部门", "交通部门"]),
    ("文化和旅游部门", ["文化和旅游部门"]),  # one sector's name with 和 inside
    ("住房和城乡建设部门", ["住房和城乡建设部门"]),
])
def test_two_sectors_joined_by_and_share_their_department(tmp_path, written, units):
    text = f"一、工作措施\n1.加强预警。{written}要及时发布预警信息。\n2.加强宣传。县教育局要做好宣传。\n"
    assert owner_lists(tmp_path, text)[0] == units


@pytest.mark.parametrize("sentence", [
    "五部门联合发文加强校园食品安全工作。",
    "四部委联合印发通知。",
    "充分发挥乡镇气象信息服务站、气象信息员的作用,及时报送灾情。",
    "倡导学校食堂提供营养均衡的餐食。",
])
def test_a_count_of_departments_or_a_call_that_opens_with_its_verb_names_no_owner(sentence):
    assert subject_roles(sentence, groups=True, plain=True) == []


def test_an_office_set_up_where_it_sits_after_a_comma_owns_its_own_clause():
    assert subject_roles("各乡镇人民政府设立工作专班,领导小组在县民政局下设办公室,负责日常工作。") == [
        {"responsible": ["各乡镇人民政府"]}, {"responsible": ["领导小组办公室"]}]


# ------------------------------------------------------------------ what a stranger's probe of 05d7c2c found

@pytest.mark.parametrize("sentence, unit", [
    ("镇财政要及时拨付补助资金,确保按月发放到位。", "镇财政"),
    ("乡财政要及时足额拨付资金。", "乡财政"),
])
def test_a_towns_short_form_before_a_modal(sentence, unit):
    assert subject_roles(sentence) == [{"responsible": [unit]}]


@pytest.mark.parametrize("sentence, units", [
    ("各村按照县里统一部署,开展人居环境整治。", "各村"),
    ("各乡镇按照县委县政府统一部署,开展隐患排查。", "各乡镇"),
])
def test_a_subject_that_acts_as_a_higher_levels_arrangement_requires(sentence, units):
    assert subject_roles(sentence) == [{"responsible": [units]}]


def test_a_request_before_a_list_is_no_part_of_its_first_name():
    assert subject_roles("请市教育局、市卫健委于每学期开学前开展联合检查。", groups=True, plain=True) == [
        {"responsible": ["市教育局、市卫健委"]}]


def test_a_measure_lines_request_is_read_as_before():
    assert subject_roles("整改要求:请区住建局于6月30日前整改到位。") == [{"responsible": ["区住建局"]}]


def test_a_subject_acting_as_arranged_with_partners_later_still_leads_them():
    assert subject_roles("各乡镇按照县里统一部署,摸清农房底数,会同县住建局开展排查。") == [
        {"lead": ["各乡镇"], "cooperating": ["县住建局"]}]
