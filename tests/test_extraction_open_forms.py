"""Owner forms met on the batch w111–w117 (issue 15), each on instances written for it
(other units, labels, verbs and punctuation than the pages that showed the class), and the
texts whose words must not become owners:

- an owner label is a role word and what owns, whatever the role word (主要协作单位:,
  协调单位:, 主抓部门:), not only the few of the seeds;
- a unit's name as a whole sentence heading its item ("1、区住建局。排查…");
- a part titled as tasks whose items open with their units counts though another part
  has a 由A牵头 sentence;
- a named unit whose verb is 协助/配合 cooperates;
- clauses split by ；, each opened by its unit, whatever the verb ("宣传部门利用…");
- names ending in 台, 校, 宫 (县广播电视台, 县实验学校, 青少年宫) as a sentence's subject.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction.markers import parse_line_marker
from test_extraction_prose_classes import roles_of, tasks_of


# ------------------------------------------------------------------ labels by their shape

@pytest.mark.parametrize("line, exp", [
    ("主要协作单位：各镇人民政府、县财政局", {"cooperating": ["各镇人民政府、县财政局"]}),
    ("协作部门:县交通运输局", {"cooperating": ["县交通运输局"]}),
    ("协调单位：市发改委", {"cooperating": ["市发改委"]}),
    ("支持单位：团县委、县妇联", {"cooperating": ["团县委、县妇联"]}),
    ("主抓部门：区城管局", {"lead": ["区城管局"]}),
    ("主管部门：县市场监管局", {"responsible": ["县市场监管局"]}),
    ("执行单位：各街道办事处", {"responsible": ["各街道办事处"]}),
])
def test_an_owner_label_is_known_by_its_shape(line, exp):
    roles, damaged = parse_line_marker(line)
    assert roles == exp and damaged == ""


def test_label_lines_under_numbered_items(tmp_path):
    got = tasks_of(tmp_path, "1.推进老旧小区改造，完善配套设施。\n牵头责任单位：县住建局\n主要协作单位：县发改委、各镇人民政府\n"
                             "2.建设智慧停车系统。\n牵头责任单位：县城管局\n主要协作单位：县公安局\n")
    assert [(lead, coop) for _, lead, _, coop in got] == [
        (["县住建局"], ["县发改委", "各镇人民政府"]), (["县城管局"], ["县公安局"])]


@pytest.mark.parametrize("line", [
    "填报单位：",  # a form's field, no owner
    "主要协作内容：做好宣传",  # 内容 owns nothing
    "联系电话：0551-1234567",
])
def test_lines_that_are_no_owner_labels(line):
    got = parse_line_marker(line)
    assert got is None or not any(got[0].get(r) for r in ("lead", "responsible", "cooperating"))


# ------------------------------------------------------------------ a unit as a whole sentence heading its item

def test_a_unit_sentence_heads_its_item(tmp_path):
    got = tasks_of(tmp_path, "三、任务分工\n1、县水务局。开展河道巡查，发现问题立即处置。\n"
                             "2、城关镇人民政府。负责辖区内排污口清理；并做好群众宣传。\n"
                             "3、县生态环境局开发区分局。加强水质监测，按月通报。\n")
    assert [resp for _, _, resp, _ in got] == [["县水务局"], ["城关镇人民政府"], ["县生态环境局开发区分局"]]


@pytest.mark.parametrize("text", [
    "工作要求。各项工作要落实到位。",  # a part's name, no unit
    "为做好防汛工作。县政府决定成立指挥部。",  # a purpose, no unit
])
def test_sentences_that_head_no_item(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a titled part beside a 由A牵头 sentence

def test_a_titled_part_of_subject_items_counts_beside_a_prose_owner(tmp_path):
    text = ("一、活动安排\n义务植树采取分片包干方式，由各系统主管部门牵头组织完成植树任务。\n"
            "二、明确部门任务\n1、县农业农村局负责准备树苗，做好技术指导。\n2、县消防救援大队协助做好现场供水。\n"
            "3、县融媒体中心负责宣传报道。\n"
            "三、保障措施\n县委督查室负责督办。\n")
    got = tasks_of(tmp_path, text)
    owned = {text[:8]: (lead, resp, coop) for text, lead, resp, coop in got}
    assert any(lead == ["各系统主管部门"] for lead, _, _ in owned.values())
    assert [v for k, v in owned.items() if k.startswith("县农业")] == [([], ["县农业农村局"], [])]
    assert [v for k, v in owned.items() if k.startswith("县消防")] == [([], [], ["县消防救援大队"])]
    assert [v for k, v in owned.items() if k.startswith("县融媒体")] == [([], ["县融媒体中心"], [])]
    assert not any("督办" in k for k in owned)  # 保障措施 is not a task part


# ------------------------------------------------------------------ 协助 / 配合 after a named unit

@pytest.mark.parametrize("text, exp", [
    ("县气象局协助做好天气预报服务。", [{"cooperating": ["县气象局"]}]),
    ("区交警大队配合做好交通疏导工作。", [{"cooperating": ["区交警大队"]}]),
    ("市红十字会协助开展救护培训。", [{"cooperating": ["市红十字会"]}]),
])
def test_a_named_unit_that_helps_cooperates(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "协助做好群众转移安置。",  # no unit
    "群众积极配合。",
])
def test_help_without_a_unit_owns_nothing(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ clauses split by ；

def test_semicolon_clauses_each_opened_by_its_unit(tmp_path):
    text = ("四、职责分工\n县城管局做好道路清扫保洁工作；县交通运输局加强客运站周边整治；"
            "县教育局利用课堂开展文明教育；县卫健委落实医疗保障。\n")
    got = tasks_of(tmp_path, text)
    assert [resp for _, _, resp, _ in got] == [["县城管局"], ["县交通运输局"], ["县教育局"], ["县卫健委"]]


def test_semicolon_clauses_not_opened_by_units_stay_one_task(tmp_path):
    text = "四、职责分工\n县城管局做好道路清扫保洁工作；同时利用各种媒体广泛宣传；确保活动顺利开展。\n"
    got = tasks_of(tmp_path, text)
    assert [resp for _, _, resp, _ in got] == [["县城管局"]]


# ------------------------------------------------------------------ names ending in 台, 校, 宫

@pytest.mark.parametrize("text, exp", [
    ("县融媒体中心、县广播电视台要做好宣传报道。", [{"responsible": ["县融媒体中心、县广播电视台"]}]),
    ("县实验学校要组织师生参加活动。", [{"responsible": ["县实验学校"]}]),
    ("市青少年宫负责布展。", [{"responsible": ["市青少年宫"]}]),
])
def test_names_ending_in_tai_xiao_gong_are_subjects(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "服务平台要在月底前上线。",  # 平台 is no unit
    "综合服务平台负责受理投诉。",
    "各学校要加强管理。",  # a group alone
])
def test_words_ending_in_tai_xiao_are_no_subjects(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a bracket's list that runs into a standing instruction (w118)

@pytest.mark.parametrize("text, exp", [
    ("（一）推进物流枢纽建设。〔责任单位：省交通运输厅、省商务厅按职责分工负责。各市(州)人民政府落实属地责任，下同。〕",
     {"responsible": ["省交通运输厅、省商务厅按职责分工负责"]}),
    ("（二）完善冷链设施。（牵头单位：市农业农村局。以下各项均需各县区配合，不再列出）",
     {"lead": ["市农业农村局"]}),
    ("（三）建设充电桩。（责任单位：县发改委。2025年底前完成）",
     {"responsible": ["县发改委"], "deadline": ["2025年底前完成"]}),
    ("（四）整治河道。（责任单位：县水利局。县农业农村局、县生态环境局）",  # only more units after the 。
     {"responsible": ["县水利局。县农业农村局、县生态环境局"]}),
])
def test_a_bracket_list_ends_with_its_sentence(text, exp):
    assert roles_of(text) == [exp]


# ------------------------------------------------------------------ a manner word before the verb, 通过, an open object (w122)

@pytest.mark.parametrize("text, exp", [
    ("县应急局负责统筹。消防救援大队、供电公司、自来水公司等单位密切配合做好保障。",
     [{"responsible": ["县应急局"]}, {"cooperating": ["消防救援大队、供电公司、自来水公司"]}]),
    ("县应急局负责统筹。县气象局积极做好预报预警。", [{"responsible": ["县应急局"]}, {"responsible": ["县气象局"]}]),
    ("区融媒体中心通过网站、微信公众号等渠道开展宣传。", [{"responsible": ["区融媒体中心"]}]),
    ("各乡镇人民政府组织农业、林业等部门开展联合检查。",
     [{"lead": ["各乡镇人民政府"], "responsible": ["农业部门、林业部门"]}]),
])
def test_manner_words_means_and_open_objects(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "方案经县政府常务会议审议通过后实施。",  # 通过 after no unit
    "县人大常委会通过了该决定。",  # what was done
    "积极配合有关部门做好工作。",  # no subject
])
def test_no_owner_in_these(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ owner sentences in a part that is not the task list

def _extracted(tmp_path: Path, text: str):
    from ledger.extraction import extract_tasks
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan)


def test_a_named_units_duty_outside_the_task_part_is_kept_and_reported(tmp_path):
    result = _extracted(tmp_path, "一、工作任务\n1.清理河道垃圾。（责任单位：县水利局）\n2.整治排污口。（责任单位：县生态环境局）\n"
                                  "二、检查验收\n活动结束后，县农业农村局负责组织验收，验收结果报县政府。\n"
                                  "三、保障措施\n县委督查室负责督办落实情况。各部门要高度重视。县纪委将严肃问责。\n")
    owned = {t.text[:12]: t.responsible for t in result.tasks}
    assert owned.get("活动结束后，县农业农村局负责"[:12]) == ["县农业农村局"]
    assert not any("督办" in t.text or "问责" in t.text or "高度重视" in t.text for t in result.tasks)
    kept = [f for f in result.findings if f.code == "section-owners-kept"]
    assert [f.value for f in kept] == ["二、检查验收"] and "1句" in kept[0].message


def test_no_part_is_read_twice_and_the_notice_is_no_task(tmp_path):
    result = _extracted(tmp_path, "各乡镇人民政府，县直各单位：\n县政府办公室负责解释本通知。\n"
                                  "一、重点任务\n1.修缮校舍。（责任单位：县教育局）\n")
    assert [t.responsible for t in result.tasks] == [["县教育局"]]
    assert not [f for f in result.findings if f.code == "section-owners-kept"]


# ------------------------------------------------------------------ 由A主办，B…共同承办 in the middle of a sentence; groups joined by 和

@pytest.mark.parametrize("text, exp", [
    ("本次活动由市人民政府主办，市文旅局、市体育局和各区政府共同承办。",
     [{"responsible": ["市人民政府", "市文旅局、市体育局和各区政府"]}]),
    ("论坛由县政府主办，县商务局承办，县公安局、县交通运输局协办。",
     [{"responsible": ["县政府", "县商务局"], "cooperating": ["县公安局、县交通运输局"]}]),
])
def test_hosts_named_mid_sentence(text, exp):
    assert roles_of(text) == exp


def test_groups_joined_by_he_are_each_an_owner(tmp_path):
    got = tasks_of(tmp_path, "三、工作分工\n县政府办公室负责组织协调，各镇和县直部门要认真制定工作方案。\n"
                             "县教育局负责校园宣传；各社区和驻区单位要配合做好巡查。\n")
    assert [resp for _, _, resp, _ in got] == [["县政府办公室"], ["各镇", "县直部门"], ["县教育局"], ["各社区", "驻区单位"]]


@pytest.mark.parametrize("piece", ["城乡和农村", "市区和县城", "上下游和左右岸"])
def test_places_joined_by_he_stay_one_phrase(piece):
    from ledger.extraction.owner_lists import split_and
    assert split_and(piece) == [piece]


# ------------------------------------------------------------------ a unit's short form given in brackets

@pytest.mark.parametrize("cell, exp", [
    ("县应急管理局(以下简称县应急局)", ["县应急管理局"]),
    ("市防汛防台抗旱指挥部（以下简称“市防指”）、市水务局", ["市防汛防台抗旱指挥部", "市水务局"]),
    ("区委宣传部（简称宣传部）、区文旅局", ["区委宣传部", "区文旅局"]),
    ("县人民政府办公室（县政府督查室）", ["县人民政府办公室（县政府督查室）"]),  # a second name, no short form: kept
])
def test_a_short_form_in_brackets_is_no_part_of_the_name(cell, exp):
    from ledger.extraction.owner_lists import Profile, units_of
    assert units_of(cell, Profile(), from_text=True).names == exp


def test_a_subject_with_its_short_form(tmp_path):
    got = tasks_of(tmp_path, "三、职责分工\n县应急管理局（以下简称县应急局）负责统筹协调全县防灾减灾工作。\n")
    assert [resp for _, _, resp, _ in got] == [["县应急管理局"]]


# ------------------------------------------------------------------ 统筹 / 督促 between a unit and the units it directs

@pytest.mark.parametrize("text, exp", [
    ("县委组织部统筹各乡镇做好干部培训。", [{"lead": ["县委组织部"], "responsible": ["各乡镇"]}]),
    ("市教育局督促各县区教育局落实课后服务。", [{"lead": ["市教育局"], "responsible": ["各县区教育局"]}]),
    ("县委组织部负责干部培训。", [{"responsible": ["县委组织部"]}]),  # 组织部 is a name, not 组织
])
def test_a_unit_directing_others(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "县财政局统筹各类资金。",  # what it pools is no unit
    "统筹推进城乡一体化。",
])
def test_directing_without_units_directed(text):
    assert all("各类资金" not in u for r in roles_of(text) for us in r.values() for u in us)
    assert not any("统筹" in u for r in roles_of(text) for us in r.values() for u in us)


@pytest.mark.parametrize("name, unit", [("县统筹办", True), ("县城乡统筹发展中心", True), ("市督促检查室", True),
                                        ("县委组织部统筹各乡镇", False), ("市教育局督促各学校", False)])
def test_directing_words_inside_and_between_names(name, unit):
    from ledger.extraction.markers import looks_like_unit
    assert looks_like_unit(name) is unit


# ------------------------------------------------------------------ 〔〕 inside a unit's name

@pytest.mark.parametrize("text, exp", [
    ("1.开展消防安全检查。（责任部门：各县〔市、区〕政府；配合部门：市应急局）",
     {"responsible": ["各县〔市、区〕政府"], "cooperating": ["市应急局"]}),
    ("1.开展消防安全检查。（各县〔市、区〕人民政府、市住建局负责）",
     {"responsible": ["各县〔市、区〕人民政府", "市住建局"]}),
])
def test_a_name_with_square_brackets_inside(tmp_path, text, exp):
    from ledger.extraction import extract_tasks
    plan = tmp_path / "plan.txt"
    plan.write_text("一、主要任务\n" + text + "\n2.整治河道。（责任单位：市水务局）\n", encoding="utf-8")
    t = extract_tasks(plan).tasks[0]
    assert {k: v for k, v in {"lead": t.lead, "responsible": t.responsible, "cooperating": t.cooperating}.items() if v} == exp


# ------------------------------------------------------------------ 由 + a station, an office, a hospital, a hall

@pytest.mark.parametrize("text, exp", [
    ("由乡农技站统一收集申报材料。", [{"responsible": ["乡农技站"]}]),
    ("由镇财政所审核后拨付。", [{"responsible": ["镇财政所"]}]),
    ("由县人民医院派出巡回医疗队。", [{"responsible": ["县人民医院"]}]),
    ("由县文化馆组织文艺演出。", [{"responsible": ["县文化馆"]}]),
])
def test_done_by_a_station_office_hospital_or_hall(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", ["由所在单位统一组织。", "由各站点自行上报。", "由院落居民共同维护。"])
def test_done_by_no_named_body(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a name never ends inside a word (市场, 区域, 县城 …)

@pytest.mark.parametrize("text", [
    "加强健康教育，由县卫健委负责。规范集贸市场管理，由县市场监管局牵头，县商务局配合。",
    "加强健康教育，由县卫健委负责。优化区域布局，由县发改委负责。",
])
def test_no_subject_cut_inside_a_word(text):
    units = [u for r in roles_of(text) for us in r.values() for u in us]
    assert not any(u.endswith(("集贸市", "优化区")) for u in units)


# ------------------------------------------------------------------ the first-listed-leads note names a task without a number

def test_first_listed_lead_names_a_task_by_number_or_by_its_words():
    from ledger.extraction.drafts import task_named
    assert task_named("3", "整治校园周边环境") == "第3项任务"
    assert task_named("", "加强校园周边治安巡逻，落实护学岗制度") == "任务“加强校园周边治安巡逻，落实护学…”"
    assert task_named("", "开展巡逻") == "任务“开展巡逻”"
