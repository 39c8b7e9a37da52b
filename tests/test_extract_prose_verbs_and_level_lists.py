"""Owners in the forms the eleventh round of unseen batches (w1200-w1234: 电动自行车, 防止返贫, 垃圾分类, 林业有害生物)
showed (issue 15): bare levels after one 各 in an owner list ('(市场监管分局、各村、居、社区)', w1201; '各县(市)、区要…',
blind w566), the plain verbs of a monitoring duty on a page that writes its owners in prose only ('县医保局监测…', '县扶贫办
汇总后…', '县应急管理局于灾害过程结束后及时推送…', w1210, w1212), a sentence's condition ending in 时 before its subject, the
rule a duty rests on ('根据《…办法》,城市管理部门是…主管部门,负责…') and a question's answer (答:), a list sharing its
department whose last sector is 市场监管, '…等其他部门和单位' (w1220), units named as a work's 责任单位 after a 由 clause
(w1216), offices and committees after 由 ('由乡镇办委统筹安排'), a town's 管区 (w1231); and what is no owner: a unit's
负责人 (w1213), a news item's byline in brackets (w1213), a topic's first word 机构 (blind w625), a lead-in to duties
listed below ('其他相关部门和单位履行以下职责:'), a unit's people after 由 ('由村民小组组长逐户摸排'), a call to realise
a work's importance ('要充分认识…的重要性', w1232), the town's own oversight ('镇党委、政府将把…列入…考核', w1222), a duty's
words that open like a name ('按时向上级农普办报送…', blind w386).
The second round (w1240-w1277, read held out first): a subject that will or must lead ('将牵头', '要牵头'), 务必 as a
modal, sectors each with its level sharing one 部门 ('会同省人力资源社会保障、省财政部门', w1271), a remit with its powers
('按照各自职责和权限,', w1252); and what is no name: a unit's hiring ('社区聘用劳动保障协理员'), an item's partners
('连同城建、综治办等部门拆除…', w1247), a place's tag before a title ('【武汉市】…应急预案').
Instances written for each class with other units and wording than the pages that showed them; near misses kept."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.markers import list_units
from ledger.extraction.names import is_unit_name

from test_extract_unit_blocks_and_mixed_groups import owner_lists, owns_nothing, roles


# ------------------------------------------------------------------ bare levels after one 各

@pytest.mark.parametrize("written, units", [
    ("县商务局、各村、居、社区", ["县商务局", "各村", "各居", "各社区"]),
    ("各村、社区", ["各村", "各社区"]),
    ("各县(市)、区", ["各县(市)", "各区"]),
    ("各镇、街道", ["各镇、街道"]),  # the roster's group phrase, one piece as before
    ("县公安局、社区", ["县公安局", "社区"]),  # no 各 to share
])
def test_bare_levels_after_one_each_are_each_a_group(written, units):
    assert list_units(written) == units


def test_an_owner_bracket_with_bare_levels_after_each_is_read(tmp_path):
    text = ("二、整治重点\n(一)占用消防通道。楼道内停放、充电的,依法清理。(县消防救援大队、各村、居、社区)\n"
            "(二)违规经营。销售改装车辆的,依法查处。(县市场监管局)\n")
    assert owner_lists(tmp_path, text) == [["县消防救援大队", "各村", "各居", "各社区"], ["县市场监管局"]]


# ------------------------------------------------------------------ a page that writes its owners in prose only

@pytest.mark.parametrize("sentence, unit", [
    ("县民政局监测低保边缘家庭的收入变化,每季度推送一次名单。", "县民政局"),
    ("区住建局汇总后,及时向各街道交办。", "区住建局"),
    ("县残联梳理帮扶需求清单。", "县残联"),
    ("县水利局于汛期结束后及时推送受损饮水工程信息。", "县水利局"),
    ("发生重大疫情时,县卫健委及时推送患病人员信息。", "县卫健委"),
])
def test_a_named_unit_before_a_monitoring_verb_owns_its_sentence(tmp_path, sentence, unit):
    text = f"一、工作目标\n守住不发生规模性返贫的底线。\n二、监测方式\n1.因病风险。{sentence}\n"
    assert owner_lists(tmp_path, text) == [[unit]]


def test_a_monitoring_verb_with_no_unit_before_it_gives_no_owner(tmp_path):
    text = "一、工作目标\n守住底线。\n二、监测方式\n1.因病风险。每月监测低保边缘家庭的收入变化。\n"
    assert owns_nothing(tmp_path, text)


def test_a_duty_that_opens_like_a_name_is_no_subject(tmp_path):
    text = ("三、组织实施\n镇农普办设在镇经济发展办公室,负责普查员的选聘和培训;按时向上级农普办报送普查数据;"
            "处理普查中的日常问题。\n")
    assert owner_lists(tmp_path, text) == [["镇农普办"]]


# ------------------------------------------------------------------ a rule's frame, a question's answer

@pytest.mark.parametrize("rule", ["依据《某市控制吸烟条例》的规定", "根据《某市控制吸烟条例》"])
def test_the_rule_a_duty_rests_on_opens_the_sentence_before_its_subject(tmp_path, rule):
    text = ("问:各部门在推行控烟工作中分别承担哪些职责?\n"
            f"答:{rule},卫生健康部门是本市控烟工作的主管部门,负责控烟的监督管理。\n"
            "教育部门负责学校的控烟宣传。\n")
    assert owner_lists(tmp_path, text) == [["卫生健康部门"], ["教育部门"]]


@pytest.mark.parametrize("sentence, units", [
    ("工信、财政、市场监管部门负责再生资源回收的监督管理。", ["工信部门", "财政部门", "市场监管部门"]),
    ("工信、财政、市场等监管部门负责再生资源回收的监督管理。", ["工信部门", "财政部门", "市场部门"]),
])
def test_a_last_sectors_own_supervision_is_part_of_its_name(tmp_path, sentence, units):
    text = f"问:哪些部门承担职责?\n答:城市管理部门负责指导考核。\n{sentence}\n"
    assert owner_lists(tmp_path, text)[-1] == units


def test_the_other_departments_and_units_after_a_list_are_no_one_in_particular(tmp_path):
    text = ("答:城市管理部门负责指导考核。\n"
            "教育、民政、农业农村等其他部门和单位应当按照各自职责,做好相关工作。\n")
    assert owner_lists(tmp_path, text)[-1] == ["教育部门", "民政部门", "农业农村部门"]


def test_a_lead_in_to_duties_listed_below_is_no_task_of_its_own(tmp_path):
    text = ("答:城市管理部门负责指导考核。\n其他相关部门和单位履行以下职责:\n"
            "发展改革部门负责将相关项目纳入规划;\n生态环境部门负责污染防治的监督管理。\n")
    assert owner_lists(tmp_path, text) == [["城市管理部门"], ["发展改革部门"], ["生态环境部门"]]


# ------------------------------------------------------------------ clauses of a 由 sentence

def test_units_named_as_the_works_owners_after_a_by_clause_are_its_responsible(tmp_path):
    text = ("三、组织实施\n全县防汛工作由县防汛指挥部统一指挥,县水利局、各乡镇、各村委会为防汛工作的责任单位,"
            "村组长为第一责任人。\n")
    assert roles(tmp_path, text) == [{"responsible": ["县防汛指挥部"]},
                                     {"responsible": ["县水利局", "各乡镇", "各村委会"]}]


def test_offices_and_committees_after_by_stay_one_name(tmp_path):
    text = "三、组织实施\n1.一级监测。监测工作由街道办委统一安排,每月汇总上报。\n"
    assert owner_lists(tmp_path, text) == [["街道办委"]]


def test_a_units_people_after_by_are_no_owner(tmp_path):
    text = "三、组织实施\n每月10日前,由村民小组组长逐户排查,填写台账。\n"
    assert owns_nothing(tmp_path, text)


# ------------------------------------------------------------------ what is no owner

def test_a_units_head_is_a_person_not_its_verb(tmp_path):
    text = ("二是建立联络制度。每个成员单位落实一名联络员,负责收集本单位线索。遇紧急情况,需立即报告本单位负责人,"
            "及时提请召开会议。\n")
    assert owns_nothing(tmp_path, text)


def test_a_bracket_after_the_last_sentence_is_a_byline(tmp_path):
    text = ("一是建立推送制度。县人社局每月将失业人员名单推送至县乡村振兴局。(县乡村振兴局  李明)\n")
    assert owner_lists(tmp_path, text) == [["县人社局"]]


def test_a_topics_first_word_is_no_body(tmp_path):
    text = ("二、建设标准\n(一)机构设置。服务中心隶属镇党委领导。\n(二)场地建设。各乡镇要确定固定的办公场所。\n"
            "(三)人员配备。各县、区要组织乡镇配齐工作人员。\n")
    assert [u for u in owner_lists(tmp_path, text) if u] == [["各乡镇"], ["各县", "各区"]]


@pytest.mark.parametrize("sentence", [
    "各村、各有关单位要充分认识做好防治工作的重要性,强化领导,明确责任。",
    "各乡镇、各部门要深刻认识防汛工作的严峻形势。",
])
def test_a_call_to_realise_a_works_importance_is_no_duty(tmp_path, sentence):
    assert owns_nothing(tmp_path, f"一、提高认识\n{sentence}\n")


def test_the_towns_own_oversight_is_no_duty(tmp_path):
    text = ("五、奖惩措施\n某某镇党委、政府将把垃圾收运工作列入各村年度目标考核。\n"
            "镇环卫所负责每月检查一次。\n")
    assert owner_lists(tmp_path, text) == [["镇环卫所"]]


# ------------------------------------------------------------------ names

@pytest.mark.parametrize("name, unit", [("管区", True), ("城关管区", True), ("管区书记", False)])
def test_a_towns_management_area_is_a_body(name, unit):
    assert is_unit_name(name) is unit


def test_the_town_a_river_passes_through_names_its_government(tmp_path):
    text = ("二、河长设置\n县级河流由县领导担任河长,确定一个县直部门为联系部门,流域所经乡镇政府为责任主体;"
            "乡镇负责人担任河段长。\n")
    assert owner_lists(tmp_path, text) == [["流域所经乡镇政府"]]


# ------------------------------------------------------------------ the second round (w1240-w1277), developed on after its reading

@pytest.mark.parametrize("sentence, expected", [
    ("县教育局要牵头,组织开展校园周边整治。", {"lead": ["县教育局"]}),
    ("县交通局将牵头,组织开展路域环境整治。", {"lead": ["县交通局"]}),
    ("县交通局负责路域环境整治。", {"responsible": ["县交通局"]}),
])
def test_a_subject_that_will_or_must_lead_leads(tmp_path, sentence, expected):
    assert roles(tmp_path, f"一、工作目标\n守住底线。\n二、主要任务\n(一)整治环境。{sentence}\n") == [expected]


def test_a_subject_that_must_by_all_means_act_owns_its_duty(tmp_path):
    text = ("二、工作要求\n江北区、渝北区住房城乡建设主管部门务必于6月底前完成排查。\n"
            "各单位务必高度重视。\n")
    assert owner_lists(tmp_path, text) == [["江北区住房城乡建设主管部门", "渝北区住房城乡建设主管部门"]]


@pytest.mark.parametrize("sentence, expected", [
    ("市发展改革部门会同市人力资源社会保障、市财政部门抓好落实。",
     {"lead": ["市发展改革部门"], "cooperating": ["市人力资源社会保障部门", "市财政部门"]}),
    ("具体办法由市人力资源社会保障、市财政部门另行制定。", {"responsible": ["市人力资源社会保障部门", "市财政部门"]}),
])
def test_sectors_each_with_its_level_share_their_department(tmp_path, sentence, expected):
    assert roles(tmp_path, f"三、保障措施\n(一)加强协作。{sentence}\n") == [expected]


def all_units(tmp_path, text: str) -> list[str]:
    try:
        return [u for units in owner_lists(tmp_path, text) for u in units]
    except NoTaskTable:
        return []


def test_a_units_hiring_is_no_part_of_its_name(tmp_path):
    text = "三、保障措施\n县人社局负责指导。各乡镇、社区聘用劳动保障协理员不少于2人,工资由财政保障。\n"
    units = all_units(tmp_path, text)
    assert "县人社局" in units and not any("聘用" in u for u in units)


def test_an_item_opening_with_its_partners_names_no_subject(tmp_path):
    text = "职责:\n一、组织人员担任校园治安管理员。\n二、连同城管、公安等部门拆除校门口的违章摊点。\n"
    assert not any("连同" in u for u in all_units(tmp_path, text))


def test_a_remit_with_its_powers_stands_between_a_subject_and_its_verb(tmp_path):
    text = ("1.2 工作原则\n(2)统一领导,分级管理。各区政府及市有关部门按照各自职责和权限,负责组织本区、本部门的应急处置工作。\n")
    assert owner_lists(tmp_path, text) == [["各区政府", "市有关部门"]]


@pytest.mark.parametrize("tag, owned", [("【某某市】", False), ("【县发改局】", True)])
def test_a_places_tag_before_a_title_is_no_owner(tmp_path, tag, owned):
    text = f"{tag}推进重点项目建设\n一、工作目标\n守住底线。\n"
    assert owns_nothing(tmp_path, text) is not owned


# ------------------------------------------------------------------ the third round (w1280-w1315), after its held-out reading

@pytest.mark.parametrize("sentence", [
    "《县政府公报》刊登的各类文件与正式文件具有同等效力。",
    "也可登录县人民政府门户网站,随时获取政府公报。",
])
def test_a_documents_title_or_what_one_may_also_do_is_no_subject(tmp_path, sentence):
    text = f"一、明确责任\n县文旅局负责文物安全的日常巡查。{sentence}\n"
    assert owner_lists(tmp_path, text) == [["县文旅局"]]


# ------------------------------------------------------------------ what a stranger's probe of 5846d19 found

@pytest.mark.parametrize("bracket, units", [
    ("县水利局、各乡、村、组", ["县水利局", "各乡", "各村", "各组"]),
    ("县交警大队、各乡、镇、村、社区", ["县交警大队", "各乡", "各镇", "各村", "各社区"]),
    ("县住建局、各镇、村", ["县住建局", "各镇", "各村"]),
])
def test_bare_levels_of_two_ranks_after_one_each_are_each_a_group(tmp_path, bracket, units):
    text = f"二、主要任务\n(一)开展河道清淤。对淤积河段全面清理。({bracket})\n(二)加强巡查。({units[0]})\n"
    assert owner_lists(tmp_path, text)[0] == units


def test_a_level_expanded_after_each_is_not_reported_as_uncertain(tmp_path):
    from ledger.extraction import extract_tasks
    path = tmp_path / "plan.txt"
    path.write_text("二、主要任务\n(一)设置劝导岗。(县交警大队、各乡、镇、村)\n", encoding="utf-8")
    codes = {(f.code, f.value) for f in extract_tasks(path).findings}
    assert not any(code == "unit-uncertain" for code, _ in codes)
    assert ("units-expanded", "各镇、村") in codes


@pytest.mark.parametrize("sentence, expected", [
    ("由县水利局负责牵头,县财政局配合。", {"lead": ["县水利局"], "cooperating": ["县财政局"]}),
    ("全县防汛工作由县防汛指挥部负责牵头抓总。", {"lead": ["县防汛指挥部"]}),
])
def test_a_by_clause_that_is_responsible_for_leading_leads(tmp_path, sentence, expected):
    assert roles(tmp_path, f"三、组织实施\n(一)加强领导。{sentence}\n") == [expected]


def test_a_bracket_responsible_for_leading_leads(tmp_path):
    text = "二、主要任务\n(一)开展河道清淤。(县水利局负责牵头,各乡镇配合)\n"
    assert roles(tmp_path, text) == [{"lead": ["县水利局"], "cooperating": ["各乡镇"]}]


def test_units_named_as_owners_at_a_sentences_end_are_a_clause_of_their_own(tmp_path):
    text = "三、组织实施\n全县防汛工作由县防汛指挥部负责牵头抓总,县水利局为防汛工作的责任单位。\n"
    assert roles(tmp_path, text) == [{"lead": ["县防汛指挥部"]}, {"responsible": ["县水利局"]}]


@pytest.mark.parametrize("sentence", ["每月10日前,由村党支部书记逐片巡查。", "每月10日前,由村委会主任逐户排查。",
                                      "每月10日前,由镇长带队检查。"])
def test_a_villages_or_towns_people_after_by_are_no_owner(tmp_path, sentence):
    assert owns_nothing(tmp_path, f"三、组织实施\n{sentence}\n")


def test_short_forms_each_with_its_level_share_their_department(tmp_path):
    text = "三、保障措施\n(一)加强协作。具体补贴办法由省人社、省财政部门另行制定。\n"
    assert owner_lists(tmp_path, text) == [["省人社部门", "省财政部门"]]


@pytest.mark.parametrize("remit", ["按照职责和权限", "依照职责分工"])
def test_a_remit_without_each_stands_between_a_subject_and_its_verb(tmp_path, remit):
    text = f"二、主要任务\n(一)市网信办{remit},负责网络信息内容的监督管理。\n"
    assert owner_lists(tmp_path, text) == [["市网信办"]]


@pytest.mark.parametrize("tag", ["【某某县】", "【城关镇】"])
def test_a_places_tag_before_a_plans_title_is_no_owner(tmp_path, tag):
    text = f"{tag}防汛抗旱应急预案\n二、主要任务\n(一)县水利局负责河道巡查。\n"
    assert owner_lists(tmp_path, text) == [["县水利局"]]


@pytest.mark.parametrize("sentence, units", [
    ("各乡镇需成立文物保护工作领导小组,并负责本行政区域内的文物巡查。", ["各乡镇"]),
    ("文物保护所需经费由县财政局统筹安排。", ["县财政局"]),  # 所需: no 所 ending a name
])
def test_need_as_a_modal_and_not_inside_what_is_needed(tmp_path, sentence, units):
    assert owner_lists(tmp_path, f"二、工作制度\n一、总则。\n{sentence}\n") == [units]


def test_a_sector_group_before_a_plain_rule_owns_it_on_a_prose_only_page(tmp_path):
    text = ("一、明确责任\n县人民政府负责本行政区域内的文物安全工作。\n"
            "各级文物行政部门按照属地管理原则对文物安全工作实施监督管理。\n")
    assert owner_lists(tmp_path, text) == [["县人民政府"], ["各级文物行政部门"]]
