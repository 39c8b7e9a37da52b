"""ledger.extraction.prose and the verb forms of .markers: owners in running text,
and paragraphs whose clauses each carry their own annotation."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.drafts import clause_regions
from ledger.extraction.markers import find_markers, looks_like_unit, parse_verb
from ledger.extraction.prose import find_owner_markers


def owners(text: str) -> list[tuple[str, dict]]:
    return [(text[m.start:m.end], m.roles) for m in find_owner_markers(text, looks_like_unit) if m.has_owners]


@pytest.mark.parametrize("text, exp", [
    ("由区自然资源局牵头，会同区财政局、区税务局研究制定工业用地弹性出让办法。",
     {"lead": ["区自然资源局"], "cooperating": ["区财政局、区税务局"]}),
    ("建立响应机制，由区工商联牵头，区司法局、区信访局配合，对企业反映的问题实行闭环管理。",
     {"lead": ["区工商联"], "cooperating": ["区司法局、区信访局"]}),
    ("市教育局承办，市发展改革委、市自然资源和规划局协办。",
     {"responsible": ["市教育局"], "cooperating": ["市发展改革委、市自然资源和规划局"]}),
    ("区住建局负责全区村庄环境整治总协调工作。", {"responsible": ["区住建局"]}),
    ("市公安局。负责对市区社会治安综合治理的调研。", {"responsible": ["市公安局"]}),
    ("区财政局：负责资金保障，加强资金监管。", {"responsible": ["区财政局"]}),
    ("县卫健委牵头制定健康教育方案。", {"lead": ["县卫健委"]}),
])
def test_prose_annotations(text, exp):
    assert [roles for _, roles in owners(text)] == [exp]


@pytest.mark.parametrize("text", [
    "各有关部门要高度重视量化指标任务，按照分工抓紧研究制定工作方案。",  # an instruction to all, not an owner
    "市政府将对各项目标任务实施动态管理。",
    "加强病媒生物防制，由企业负责日常消杀。",
])
def test_not_annotations(text):
    assert owners(text) == []


def test_brackets_win_over_prose():
    text = "由县卫健局牵头推进。（县市场监管局负责）"
    assert [roles for _, roles in owners(text)] == [{"responsible": ["县市场监管局"]}]


def test_verb_forms_with_a_second_verb_or_a_modifier():
    assert parse_verb("市规划国土委牵头落实") == {"lead": ["市规划国土委"]}
    assert parse_verb("市发展改革委、市教委分别负责落实") == {"responsible": ["市发展改革委、市教委"]}
    assert parse_verb("市应急管理局、市委组织部按职责分工，各县（区）人民政府、市直有关部门负责") == {
        "responsible": ["市应急管理局、市委组织部", "各县（区）人民政府、市直有关部门"]}


def test_a_deadline_inside_an_annotation():
    assert find_markers("加强监测（县卫健委、县教育局负责，2024年底前完成）")[0].roles == {
        "responsible": ["县卫健委、县教育局"], "deadline": ["2024年底前完成"]}
    assert find_markers("加强监测（牵头单位：县卫健委，2024年6月底前完成）")[0].roles == {
        "lead": ["县卫健委"], "deadline": ["2024年6月底前完成"]}


def test_a_bracket_with_a_standing_instruction_after_its_owners():
    text = ("制定清单。〔市生态环境局牵头，市发展和改革局参与，各县、区人民政府(管委会)负责落实。"
            "以下各项工作均需各县、区人民政府(管委会)落实，不再列出。〕")
    assert find_markers(text)[0].roles == {"lead": ["市生态环境局"], "cooperating": ["市发展和改革局"],
                                           "responsible": ["各县、区人民政府(管委会)"]}


def test_clause_regions_prose_owns_what_follows_and_brackets_what_precedes():
    text = "开展整治。由A局负责，B局配合，加快建设。C局做好认定工作。"
    markers = find_owner_markers(text, looks_like_unit)
    regions, rest = clause_regions(text, [m for m in markers if m.has_owners])
    assert [text[s:e] for s, e, _ in regions] == ["开展整治。由A局负责，B局配合，加快建设。", "C局做好认定工作。"]
    assert rest == len(text)


def test_an_annotation_that_ends_its_sentence_owns_the_text_before_it(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("一、重点任务\n1.加强健康教育，由县卫健委负责。规范集贸市场管理，由县市场监管局牵头，县商务局配合。\n",
                    encoding="utf-8")
    tasks = extract_tasks(plan).tasks
    assert [(t.text, t.lead, t.responsible, t.cooperating) for t in tasks] == [
        ("加强健康教育，由县卫健委负责。", [], ["县卫健委"], []),
        ("规范集贸市场管理，由县市场监管局牵头，县商务局配合。", ["县市场监管局"], [], ["县商务局"])]


def test_unit_first_paragraphs_are_tasks_of_their_own(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("为做好整治工作，现将各单位任务明确如下：\n区住建局负责全区村庄环境整治总协调工作。\n"
                    "区委农办要结合全区建设任务，负责指导新社区建设。\n区财政局负责专项经费的落实。\n", encoding="utf-8")
    tasks = extract_tasks(plan).tasks
    assert [(t.text[:5], t.responsible) for t in tasks] == [
        ("区住建局负", ["区住建局"]), ("区委农办要", ["区委农办"]), ("区财政局负", ["区财政局"])]
