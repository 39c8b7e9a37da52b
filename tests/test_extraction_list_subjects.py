"""Subjects that are lists of sectors or bodies, and what stands between them and their
verb (issue 15, the blind batch w103–w109): each rule on an instance written for it (other
sectors, bodies, verbs and punctuation than the pages that showed the class), and the
sentences whose units must not become owners."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from test_extraction_subject_classes import roles_of, tasks_of


# ------------------------------------------------------------------ a list of sectors with a comma, a remit, 协助/配合

@pytest.mark.parametrize("text, exp", [
    ("县应急局负责统筹。农业、水利、气象等部门，要按照各自职责做好监测预警。",
     [{"responsible": ["县应急局"]}, {"responsible": ["农业部门、水利部门、气象部门"]}]),
    ("县应急局负责统筹。人社、医保、税务等部门,将加快数据共享。",
     [{"responsible": ["县应急局"]}, {"responsible": ["人社部门、医保部门、税务部门"]}]),
    # 配合/协助 as the verb: the list cooperates (as a named unit that 协助 does)
    ("县应急局负责统筹。人社、医保、税务等部门在各自职责范围内，配合做好参保扩面工作。",
     [{"responsible": ["县应急局"]}, {"cooperating": ["人社部门、医保部门、税务部门"]}]),
    ("市民政局负责统筹。住建、自然资源等部门按照各自职责，协助做好安置工作。",
     [{"responsible": ["市民政局"]}, {"cooperating": ["住建部门、自然资源部门"]}]),
])
def test_a_list_of_sectors_before_a_comma_a_remit_or_a_helping_verb(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text, exp", [
    ("县卫健委负责救治。妇联、科协、红十字会等群团组织要发挥各自优势。",
     [{"responsible": ["县卫健委"]}, {"responsible": ["妇联、科协、红十字会"]}]),
    ("县卫健委负责救治。团县委、县妇联等人民团体，要组织志愿服务。",
     [{"responsible": ["县卫健委"]}, {"responsible": ["团县委、县妇联"]}]),
])
def test_bodies_left_open_by_a_kind_of_body(text, exp):
    assert roles_of(text) == exp


def test_a_list_of_sectors_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "加強協作。縣應急局負責統籌。農業、水利、氣象等部門，要按照各自職責做好監測預警。"
                             "人社、醫保等部門在各自職責範圍內，協助做好參保工作。\n")
    assert [resp for _, resp in got][-2:] == [["農業部門", "水利部門", "氣象部門"], []]
    plan = tmp_path / "plan.txt"  # the list whose verb is 協助 cooperates
    assert [t.cooperating for t in extract_tasks(plan).tasks][-1] == ["人社部門", "醫保部門"]


@pytest.mark.parametrize("text, exp", [
    # the list is the object of 配合/协助: only the subject owns
    ("县应急局负责统筹。县财政局要配合教育、卫生等部门做好经费保障。",
     [{"responsible": ["县应急局"]}, {"responsible": ["县财政局"]}]),
    ("县应急局负责统筹。协助农业、水利等部门做好监测。", [{"responsible": ["县应急局"]}]),
    # places and years listed with 等 are no bodies
    ("县应急局负责统筹。商场、景区等人员密集区域要加强安全管理。", [{"responsible": ["县应急局"]}]),
    ("县应急局负责统筹。2023、2024等年度要完成改造。", [{"responsible": ["县应急局"]}]),
    # a single unit before a comma and 协助 is not read as a list's subject
    ("县应急局负责统筹。城管执法大队，协助做好清障。", [{"responsible": ["县应急局"]}]),
])
def test_lists_that_are_no_subjects(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ what stands around a subject and its verb

@pytest.mark.parametrize("text, exp", [
    # what the subject is, then its duty
    ("县卫健委是疾病防控工作的主管部门，负责制定防控方案。县财政局负责经费保障。",
     [{"responsible": ["县卫健委"]}, {"responsible": ["县财政局"]}]),
    ("县住建局作为牵头单位,负责编制改造计划。县财政局负责经费保障。",  # what it is: to lead (w105's label)
     [{"lead": ["县住建局"]}, {"responsible": ["县财政局"]}]),
    # 机关 ends a unit's name; a lead-in before the subject
    ("按照会议部署，税务机关将加强发票管理。检察机关要依法监督。",
     [{"responsible": ["税务机关"]}, {"responsible": ["检察机关"]}]),
    # 则 / 被要求 between a subject and its duty
    ("县教育局负责宣传。县市场监管局则被要求严格执行抽检制度。",
     [{"responsible": ["县教育局"]}, {"responsible": ["县市场监管局"]}]),
])
def test_what_stands_between_a_subject_and_its_verb(text, exp):
    assert roles_of(text) == exp


def test_units_joined_by_yiji_are_each_an_owner(tmp_path):
    got = tasks_of(tmp_path, "县应急局负责统筹。县救灾物资储备管理机构以及乡镇人民政府、村委会负责物资发放。\n")
    assert [resp for _, resp in got][-1] == ["县救灾物资储备管理机构", "乡镇人民政府", "村委会"]


def test_what_stands_around_a_subject_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "縣衛健委是疾病防控工作的主管部門，負責制定防控方案。稅務機關將加強發票管理。"
                             "縣市場監管局則被要求嚴格執行抽檢制度。\n")
    assert [resp for _, resp in got] == [["縣衛健委"], ["稅務機關"], ["縣市場監管局"]]


@pytest.mark.parametrize("text, exp", [
    # a place inside the duty's object, after a subject's clause, is no subject in series
    ("根据部署，县公安局将加强巡查，严厉打击网吧场所内的违法行为。",
     [{"responsible": ["县公安局"]}]),
    # 是…部门 with no duty after it; a post, not a unit
    ("县卫健委是疾病防控工作的主管部门。", []),
    ("县长是第一责任人，负责统筹协调。", []),
    # 有关/相关 end no unit before 机关's verbs
    ("县应急局负责统筹。有关将加强协作。", [{"responsible": ["县应急局"]}]),
])
def test_what_stands_around_a_subject_names_no_one_else(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ a line's lead-in belongs to the owner on its line

def test_a_lines_lead_in_belongs_to_the_owner_on_that_line(tmp_path):
    got = tasks_of(tmp_path, "一是抓好源头治理。由县环保局牵头负责,各镇配合,开展排污口排查。\n"
                             "二是抓好执法检查。县环保局、水务局共同执法,在重点河段设立监测点。\n")
    assert [(text.split("。")[0], resp) for text, resp in got] == [
        ("一是抓好源头治理", []), ("二是抓好执法检查", ["县环保局", "县水务局"])]


def test_a_lines_lead_in_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "一是抓好源頭治理。由縣環保局牽頭負責,開展排污口排查。\n"
                             "二是抓好執法檢查。縣環保局、水務局共同執法,設立監測點。\n")
    assert [text.split("。")[0] for text, _ in got] == ["一是抓好源頭治理", "二是抓好執法檢查"]


def test_a_report_before_the_owner_on_a_later_line_stays_out(tmp_path):
    got = tasks_of(tmp_path, "一是抓好源头治理。由县环保局牵头负责,开展排污口排查。\n"
                             "会议听取了水务局的汇报。水务局要加强河道巡查。\n")
    assert got[-1][0] == "水务局要加强河道巡查。"  # the report is no part of 水务局's task


def test_an_owner_keeps_its_own_line_when_a_later_owner_shares_it(tmp_path):
    got = tasks_of(tmp_path, "主要措施：\n由县农业局负责，县环保局配合，加快基地建设。县林业局做好苗木供应。\n")
    assert [(text[:9], resp) for text, resp in got][-1] == ("县林业局做好苗木供", ["县林业局"])
    assert "由县农业局负责" in got[0][0]


# ------------------------------------------------------------------ helpers who are people

@pytest.mark.parametrize("text, exp", [
    ("由县交管站牵头负责，各包村干部和村组干部配合，开展隐患排查。", [{"lead": ["县交管站"]}]),
    ("由镇综治办负责，驻村干部、网格员协助，摸清底数。", [{"responsible": ["镇综治办"]}]),
])
def test_cadres_who_help_are_no_units(text, exp):
    assert [{r: v for r, v in roles.items() if v} for roles in roles_of(text)] == exp


def test_cadres_who_help_in_traditional_characters(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("由鎮綜治辦負責，駐村幹部協助，摸清底數。\n", encoding="utf-8")
    assert [(t.responsible, t.cooperating) for t in extract_tasks(plan).tasks] == [(["鎮綜治辦"], [])]


def test_units_named_for_cadres_stay_units():
    assert roles_of("由县委老干部局负责，县民政局配合，走访慰问。") == [
        {"responsible": ["县委老干部局"], "cooperating": ["县民政局"]}]
