"""Long unit lists and lead-ins as subjects in a notice's prose (issue 15, blind w202 and w212):
each class on instances written for it, with other units, levels and wording than the pages
that showed it, and the shapes that must stay as they were."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[list[str]]:
    return [lead + resp for _, lead, resp, _ in tasks_of(tmp_path, "一、工作要求\n" + text)]


# ------------------------------------------------------------------ 特别是/尤其是 before a subject: no part of its name

@pytest.mark.parametrize("text, exp", [
    ("县住建局要做好场地平整。特别是各乡镇卫生院要做好药品储备，确保供应。县交通局要做好交通疏导。",
     [["县住建局"], ["各乡镇卫生院"], ["县交通局"]]),
    ("区教育局要加强校园安全管理。尤其是区公安分局要加强学校周边巡逻防控。区卫健局要做好校园卫生监督。",
     [["区教育局"], ["区公安分局"], ["区卫健局"]]),
    ("市应急管理局要加强督导检查，特别是，市消防救援支队要开展高层建筑消防检查。",
     [["市应急管理局"], ["市消防救援支队"]]),
])
def test_a_lead_in_before_the_subject_is_no_part_of_its_name(tmp_path, text, exp):
    assert owners(tmp_path, text) == exp


@pytest.mark.parametrize("text, exp", [
    # what is stressed, with no 要/负责 of its own right after it: no subject in a series
    ("由县教育局牵头做好开学准备。特别是学校周边的交通秩序，要切实加强管理。县交警大队要加强巡逻。",
     [["县教育局"], ["县交警大队"]]),
    ("由区文旅局牵头筹备文化节。尤其是展会上的食品安全方面，要进一步查漏补缺。区市场监管局要加强监管。",
     [["区文旅局"], ["区市场监管局"]]),
])
def test_what_is_stressed_after_a_lead_in_is_no_subject(tmp_path, text, exp):
    assert owners(tmp_path, text) == exp


# ------------------------------------------------------------------ a long list closed by 及<sector>等有关部门

@pytest.mark.parametrize("text, exp", [
    ("要把安置工作作为重要任务。市民政局、市人力资源和社会保障局、市委编办、市财政局、市公安局、市市场监管局及税务等有关部门要各负其责，通力协作，及时解决安置工作中的问题。",
     ["市民政局", "市人力资源和社会保障局", "市委编办", "市财政局", "市公安局", "市市场监管局", "税务部门"]),
    ("要加快推进项目建设。县发展和改革局、县教育局、县财政局、县人社局、县住建局、县卫健局、县农业农村局和金融等部门要各司其职，密切配合，共同推进项目建设。",
     ["县发展和改革局", "县教育局", "县财政局", "县人社局", "县住建局", "县卫健局", "县农业农村局", "金融部门"]),
])
def test_a_long_list_closed_by_a_sector_and_its_group_word_owns_its_sentence(tmp_path, text, exp):
    assert owners(tmp_path, text) == [exp]


# ------------------------------------------------------------------ 由 + a list + 等部门 + 抽调人员组成…

@pytest.mark.parametrize("text, exp", [
    ("要加强督查。为确保任务落实，决定由县政府督查室、县委编办、县财政局、县人力资源和社会保障局、县民政局、县退役军人事务局等部门抽调人员组成联合督查组，负责督促检查。",
     ["县政府督查室", "县委编办", "县财政局", "县人力资源和社会保障局", "县民政局", "县退役军人事务局"]),
    ("要加强检查。经研究，由区应急管理局、区住房和城乡建设局、区消防救援大队、区市场监督管理局、区交通运输局等单位抽调骨干组成专项检查组，对全区开展安全检查。",
     ["区应急管理局", "区住房和城乡建设局", "区消防救援大队", "区市场监督管理局", "区交通运输局"]),
    ("要加强检查。经研究，由区应急管理局、区住建局等单位抽调骨干组成专项检查组，对全区开展安全检查。",
     ["区应急管理局", "区住建局"]),  # a short list: read before too
])
def test_units_that_staff_a_body_own_its_work(tmp_path, text, exp):
    assert owners(tmp_path, text) == [exp]


@pytest.mark.parametrize("text, exp", [
    # a list closed by 等部门 that names no units: no owners from it
    ("要加强督查。由县政府督查室牵头，从纪检、组织、人事等部门抽调人员组成督查组，负责督促检查。", ["县政府督查室"]),
])
def test_a_list_of_no_units_after_from_stays_no_owner(tmp_path, text, exp):
    assert owners(tmp_path, text) == [exp]


# ------------------------------------------------------------------ partners closed by 等其他相关单位, or with a manner

def partners(tmp_path, text: str) -> list[tuple[list[str], list[str]]]:
    return [(lead + resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, "一、工作要求\n" + text)]


@pytest.mark.parametrize("text, exp", [
    ("二要加快进度。由分管副县长牵头，县住建局负责，县财政局、县审计局等其他相关单位加强配合协调，抽调骨干力量，确保按期完工。",
     [(["县住建局"], ["县财政局", "县审计局"])]),
    ("三要强化保障。区卫健局负责制定方案，区医保局、区市场监管局密切配合，确保药品供应。",
     [(["区卫健局"], ["区医保局", "区市场监管局"])]),
    ("要抓好落实。市自然资源局负责，市林业局、市水利局等其它有关部门全力配合，加快完成确权登记。",
     [(["市自然资源局"], ["市林业局", "市水利局"])]),
])
def test_partners_in_a_later_clause_closed_by_a_group_word_or_with_a_manner(tmp_path, text, exp):
    assert partners(tmp_path, text) == exp


@pytest.mark.parametrize("text, exp", [
    ("县教育局负责制定方案，各有关部门密切配合，确保按期完成。", [(["县教育局"], [])]),  # everyone: no partner named
    ("县教育局负责制定方案，有关部门加强配合协调，确保按期完成。", [(["县教育局"], [])]),
    ("县教育局负责制定方案，县财政局、县人社局配合，确保按期完成。", [(["县教育局"], ["县财政局", "县人社局"])]),
])
def test_groups_as_partners_stay_as_before(tmp_path, text, exp):
    assert partners(tmp_path, text) == exp
