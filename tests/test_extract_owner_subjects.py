"""Duties written as sentences whose subject is their owner, inside a paragraph that opens
with something else (issue 15, the class the scorer calls 未找到该任务): each rule on
instances written for it, other units, levels and wording than the pages that showed the
class, with the sentences that must stay no owner's."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.markers import looks_like_unit
from ledger.extraction.prose import find_owner_markers


def tasks_of(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.text, t.lead + t.responsible) for t in extract_tasks(plan).tasks]


# ------------------------------------------------------------------ the issuer setting a body up

def test_the_issuer_setting_up_a_body_is_no_part_of_the_next_owners_duty(tmp_path):
    got = tasks_of(tmp_path, "四、工作要求\n（一）健全工作机制。市人民政府成立市城市内涝治理工作指挥部，指挥部办公室设在"
                             "市住房和城乡建设局。市水务局负责排水管网的排查和清淤疏浚，汛前完成。\n"
                             "（二）强化资金保障。市财政局负责统筹安排内涝治理资金。\n")
    assert [owners for _, owners in got] == [[], ["市水务局"], ["市财政局"]]
    assert got[0][0].startswith("健全工作机制。市人民政府成立") and got[0][0].endswith("市住房和城乡建设局。")
    assert got[1][0].startswith("市水务局负责排水管网")


def test_a_body_set_up_by_the_issuer_then_subjects_in_series(tmp_path):
    got = tasks_of(tmp_path, "二、职责分工\n区政府组建老旧小区改造工作专班，专班办公室设在区住建局。"
                             "区住建局负责项目的组织实施；区财政局负责资金保障。\n")
    assert [owners for _, owners in got] == [[], ["区住建局"], ["区财政局"]]
    assert got[0][0].startswith("区政府组建") and not any("区政府组建" in text for text, _ in got[1:])


def test_the_issuer_and_its_party_committee_setting_up_a_group(tmp_path):
    got = tasks_of(tmp_path, "三、组织保障\n为加强对防汛工作的领导，镇党委、镇政府成立防汛抗旱工作领导小组，"
                             "由镇长任组长。镇水利站负责全镇堤防、水库的巡查，发现险情及时报告。\n")
    assert [owners for _, owners in got] == [[], ["镇水利站"]]
    assert got[1][0].startswith("镇水利站负责")


def test_a_sentence_about_the_issuer_that_sets_nothing_up_stays_in_the_duty(tmp_path):
    got = tasks_of(tmp_path, "二、工作措施\n（一）压实责任。县政府高度重视秋冬季森林防火工作。"
                             "县林业局负责火源管控和巡山护林。\n")
    assert [owners for _, owners in got] == [["县林业局"]]
    assert got[0][0].startswith("压实责任。县政府高度重视")


def test_an_owner_before_the_issuer_setting_up_keeps_its_whole_paragraph(tmp_path):
    got = tasks_of(tmp_path, "二、工作措施\n（一）县应急管理局负责统筹协调。县政府成立安全生产专项整治领导小组，"
                             "办公室设在县应急管理局。\n")
    assert [owners for _, owners in got] == [["县应急管理局"]]


# ------------------------------------------------------------------ a group opening a point among points opened by units

def test_a_group_opens_its_point_after_points_opened_by_units(tmp_path):
    got = tasks_of(tmp_path, "二、工作措施\n一是要压实属地责任。县应急管理局要牵头开展隐患排查。\n"
                             "二是要强化部门监管。县住建局要加强建筑工地巡查。\n"
                             "三是要做好应急准备。各乡镇、各有关单位要完善应急预案，储备应急物资。\n")
    assert [owners for _, owners in got] == [["县应急管理局"], ["县住建局"], ["各乡镇", "各有关单位"]]
    assert got[2][0].startswith("三是要做好应急准备。各乡镇")


def test_a_group_opens_its_item_after_a_title_sentence(tmp_path):
    got = tasks_of(tmp_path, "三、主要任务\n（一）加强源头管控。市生态环境局负责工业污染源排查。\n"
                             "（二）强化执法检查。市城管局负责露天焚烧巡查。\n"
                             "（三）做好舆论引导。各区、各部门要及时回应群众关切。\n")
    assert [owners for _, owners in got] == [["市生态环境局"], ["市城管局"], ["各区", "各部门"]]


def test_a_group_opens_its_item_under_a_title_line(tmp_path):
    got = tasks_of(tmp_path, "三、重点任务\n（一）加强源头管控\n市生态环境局负责工业污染源排查。\n（二）强化执法检查\n"
                             "市城管局负责露天焚烧巡查。\n（三）做好舆论引导\n各街道办事处要及时回应群众关切。\n")
    assert [owners for _, owners in got] == [["市生态环境局"], ["市城管局"], ["各街道办事处"]]


def test_a_group_closing_the_units_lines_stays_an_instruction_to_all(tmp_path):
    got = tasks_of(tmp_path, "二、职责分工\n区发改局：负责社会信用体系建设。\n区税务局：负责办税事项“最多跑一次”。\n"
                             "各单位要明确分管领导和联络员，于3月10日前报区营商办。\n")
    assert [owners for _, owners in got if owners] == [["区发改局"], ["区税务局"]]
    assert not any("各单位" in o for _, owners in got for o in owners)


def test_points_opened_by_groups_only_stay_instructions_to_all(tmp_path):
    got = tasks_of(tmp_path, "三、工作要求\n一是要提高认识。各部门要高度重视。\n二是要加强宣传。县教育局要开展安全教育。\n"
                             "三是要强化督查。各单位要按时报送进展情况。\n")
    assert [owners for _, owners in got if owners] == [["县教育局"]]


# ------------------------------------------------------------------ a group opening an item of the tasks part

def test_items_of_the_tasks_part_opened_by_groups_are_theirs(tmp_path):
    got = tasks_of(tmp_path, "三、重点任务\n（一）推进垃圾分类\n各街道办事处要在辖区小区设置分类投放点。\n（二）整治背街小巷\n"
                             "各社区居委会要组织志愿者每周清理一次。\n四、保障措施\n各单位要高度重视，确保任务落实。\n")
    assert [owners for _, owners in got] == [["各街道办事处"], ["各社区居委会"]]


def test_a_tasks_part_of_groups_beside_a_part_with_labels(tmp_path):
    got = tasks_of(tmp_path, "一、道路整治\n1.开展国省道沿线环境整治。（牵头单位：县交通运输局）\n二、工作任务\n"
                             "1.各乡镇要开展农村公路安全隐患排查，建立台账。\n2.各村（社区）要落实护路员，每日巡查。\n")
    assert [owners for _, owners in got] == [["县交通运输局"], ["各乡镇"], ["各村（社区）"]]


def test_groups_opening_items_of_a_requirements_part_stay_instructions_to_all(tmp_path):
    got = tasks_of(tmp_path, "一、道路整治\n1.开展国省道沿线环境整治。（牵头单位：县交通运输局）\n三、工作要求\n"
                             "1.各乡镇要高度重视，加强领导。\n2.各部门要密切配合，形成合力。\n")
    assert [owners for _, owners in got if owners] == [["县交通运输局"]]


# ------------------------------------------------------------------ how often, between a subject and its verb

@pytest.mark.parametrize("text, exp", [
    ("县应急管理局定期组织相关部门对全县危化品企业进行检查。", {"lead": ["县应急管理局"], "responsible": ["相关部门"]}),
    ("县市场监管局每季度要对校园周边食品经营户开展一次抽检。", {"responsible": ["县市场监管局"]}),
    ("区城管执法局每周负责对主次干道两侧占道经营进行巡查。", {"responsible": ["区城管执法局"]}),
    ("市教育局不定期地督促各学校落实安全责任制。", {"lead": ["市教育局"], "responsible": ["各学校"]}),  # as 督促 reads
    ("镇水利站适时组织各村开展堤防巡查。", {"lead": ["镇水利站"], "responsible": ["各村"]}),
    ("市卫健委每半年牵头开展一次医疗机构消防检查。", {"lead": ["市卫健委"]}),
])
def test_how_often_between_a_subject_and_its_verb(text, exp):
    assert [m.roles for m in find_owner_markers(text, looks_like_unit) if m.has_owners] == [exp]


@pytest.mark.parametrize("text", [
    "县政府将定期对各项目标任务落实情况进行督查。",  # the issuer speaking of itself
    "县督查室将适时开展督查。",  # a body that oversees the plan
    "每季度定期组织一次联合检查。",  # no subject
])
def test_how_often_names_no_owner_of_its_own(text):
    assert [m.roles for m in find_owner_markers(text, looks_like_unit) if m.has_owners] == []


# ------------------------------------------------------------------ a circumstance between a subject and its verb

@pytest.mark.parametrize("text, exp", [
    ("县住建局负责老旧小区改造的组织实施。各街道在改造过程中，及时协调居民诉求。",
     [{"responsible": ["县住建局"]}, {"responsible": ["各街道"]}]),
    ("县交通运输局在春运期间，要加强客运站安全检查。", [{"responsible": ["县交通运输局"]}]),
    ("市水务局负责排水设施养护。市城管局在道路施工过程中，加强渣土车辆管理。",
     [{"responsible": ["市水务局"]}, {"responsible": ["市城管局"]}]),
    ("区建管委负责管网改造。各乡镇(街道)在管网改造过程中，做好群众解释工作。",
     [{"responsible": ["区建管委"]}, {"responsible": ["各乡镇(街道)"]}]),  # a group of places with its pair
])
def test_a_circumstance_between_a_subject_and_its_verb(text, exp):
    assert [m.roles for m in find_owner_markers(text, looks_like_unit) if m.has_owners] == exp


@pytest.mark.parametrize("text, exp", [
    ("县住建局负责老旧小区改造。各街道在辖区内开展排查。", [{"responsible": ["县住建局"]}]),  # 在…内: a place
    ("各部门在工作过程中，要加强协作。", []),  # a group alone
])
def test_a_place_after_a_subject_is_no_circumstance(text, exp):
    assert [m.roles for m in find_owner_markers(text, looks_like_unit) if m.has_owners] == exp


# ------------------------------------------------------------------ 由A + a verb inside a sentence

def test_done_by_inside_a_sentence_owns_the_sentence(tmp_path):
    got = tasks_of(tmp_path, "三、职责分工\n县财政局负责资金保障。对排查发现的危房，统一由县住建局组织鉴定。"
                             "涉及危化品企业的，由区市场监管局依法查处。\n")
    assert got == [("县财政局负责资金保障。", ["县财政局"]), ("对排查发现的危房，统一由县住建局组织鉴定。", ["县住建局"]),
                   ("涉及危化品企业的，由区市场监管局依法查处。", ["区市场监管局"])]


@pytest.mark.parametrize("text, kind", [
    ("涉及危化品企业的，由区市场监管局依法查处。", "prose_end"),  # inside its sentence: the sentence is the unit's
    ("校车检测合格后，由县交通运输局核发校车标志。", "prose_end"),
    ("由县交通运输局清查校车安全隐患，建立台账。", "prose"),  # opening its sentence: the text after it
])
def test_done_by_and_where_it_stands(text, kind):
    assert [m.kind for m in find_owner_markers(text, looks_like_unit) if m.has_owners] == [kind]
