"""The owner annotation forms real plans use (../shared/plans/README.md, issue 15's list), each
written on one task of a small plan in the ways offices and mirror sites write it: brackets of
every kind, labels with and without 单位, a label's value on the next line, a blank line between
labels, a name broken by a line end, verbs (牵头/配合/负责/承办/协办/参与/协助/落实/按职责分工负责),
由A牵头，会同B…组织实施, a bracket of units alone after the task, long partner lists. A catalogue:
every form must give exactly these owners and roles (承办 reads as responsible, as labelled
lead|responsible)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction import extract_tasks

FORMS = [
 ("1.加强校园安全管理。(县教育局牵头,县公安局、县卫健委配合)", {"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}),
 ("1.加强校园安全管理。（县教育局、县公安局牵头）", {"lead": ["县教育局", "县公安局"]}),
 ("1.加强校园安全管理(县教育局负责)", {"responsible": ["县教育局"]}),
 ("1.加强校园安全管理。（县教育局、县公安局按职责分工负责）", {"responsible": ["县教育局", "县公安局"]}),
 ("1.加强校园安全管理。县教育局承办，县公安局、县卫健委协办。", {"responsible": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}),
 ("1.加强校园安全管理。责任单位：县教育局；配合单位：县公安局。完成时限：2024年6月底", {"responsible": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。\n牵头单位：县教育局\n责任单位：县公安局、各乡镇人民政府", {"lead": ["县教育局"], "responsible": ["县公安局", "各乡镇人民政府"]}),
 ("1.加强校园安全管理。【牵头单位】县教育局【配合单位】县公安局", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。(牵头单位:县教育局;配合单位:县公安局、县卫健委)", {"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}),
 ("1.加强校园安全管理。（责任单位：县教育局，各乡镇人民政府）", {"responsible": ["县教育局", "各乡镇人民政府"]}),
 ("1.加强校园安全管理。(县教育局牵头,各乡镇人民政府落实)", {"lead": ["县教育局"], "responsible": ["各乡镇人民政府"]}),
 ("1.加强校园安全管理。(由县教育局牵头,会同县公安局、县卫健委组织实施)", {"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}),
 ("1.加强校园安全管理。〔县教育局牵头，县公安局参与〕", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。(牵头单位:县教育局 责任单位:县公安局)", {"lead": ["县教育局"], "responsible": ["县公安局"]}),
 ("1.加强校园安全管理。(县教育局牵头;县公安局、县卫健委等部门配合)", {"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}),
 ("1.加强校园安全管理。(牵头领导:张三;牵头单位:县教育局)", {"lead": ["县教育局"]}),
 ("1.加强校园安全管理。（县教育局牵头，县直有关部门、各乡镇配合，2024年底前完成）", {"lead": ["县教育局"], "cooperating": ["县直有关部门", "各乡镇"]}),
 ("1.加强校园安全管理。责任单位:县教育局 配合单位:县公安局 完成时间:2024年", {"responsible": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。（主办单位：县教育局；协办单位：县公安局）", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。(县教育局牵头负责,县公安局协助)", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。(县教育局、县公安局、县卫健委,各乡镇人民政府)", {"responsible": ["县教育局", "县公安局", "县卫健委", "各乡镇人民政府"]}),
 ("1.加强校园安全管理。牵头部门：县教育局；责任部门：县公安局", {"lead": ["县教育局"], "responsible": ["县公安局"]}),
 ("1.加强校园安全管理。(责任单位:县教育局牵头,县公安局配合)", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理,由县教育局负责。", {"responsible": ["县教育局"]}),
 ("1.加强校园安全管理。此项工作由县教育局牵头，县公安局配合。", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理（县教育局）", {"responsible": ["县教育局"]}),
 ("1.加强校园安全管理。责任单位:县教育局(牵头)、县公安局", {"lead": ["县教育局"], "responsible": ["县公安局"]}),
 ("1.加强校园安全管理。（县教育局牵头，县公安局、县卫健委按职责分工负责）", {"lead": ["县教育局"], "responsible": ["县公安局", "县卫健委"]}),
 ("1.加强校园安全管理。[责任单位:县教育局]", {"responsible": ["县教育局"]}),
 ("1.加强校园安全管理。（县教育局牵头，\n县公安局配合）", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。\n责任单位：\n县教育局、县公安局", {"responsible": ["县教育局", "县公安局"]}),
 ("1.加强校园安全管理。\n\n牵头单位：县教育局\n\n配合单位：县公安局", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1．加强校园安全管理。（牵头单位：县教育局　配合单位：县公安局）", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。(县教育\n局牵头,县公安局配合)", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。（牵头单位：县教育局；责任单位：各乡镇、县直各部门）", {"lead": ["县教育局"], "responsible": ["各乡镇", "县直各部门"]}),
 ("1.加强校园安全管理。(责任单位:县教育局;完成时限:2024年12月)", {"responsible": ["县教育局"]}),
 ("1.加强校园安全管理。牵头单位：县教育局。配合单位：县公安局。", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。县教育局负责。", {"responsible": ["县教育局"]}),
 ("1.加强校园安全管理。（县教育局牵头；县公安局、县卫健委，各乡镇人民政府配合）", {"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委", "各乡镇人民政府"]}),
 ("1.加强校园安全管理。（县教育局牵头，县公安局、县卫健委等配合）", {"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}),
 ("1.加强校园安全管理。（牵头单位：县教育局，配合单位：县公安局）", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。(牵头:县教育局;配合:县公安局)", {"lead": ["县教育局"], "cooperating": ["县公安局"]}),
 ("1.加强校园安全管理。责任领导：张三　责任单位：县教育局　责任人：李四", {"responsible": ["县教育局"]}),
 ("1.加强校园安全管理。（县教育局牵头，县公安局、县卫健委、县市场监管局、县应急局、县消防救援大队、各乡镇人民政府、各街道办事处配合）",
  {"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委", "县市场监管局", "县应急局", "县消防救援大队", "各乡镇人民政府", "各街道办事处"]}),
]


def _first_task_owners(tmp_path: Path, text: str) -> dict[str, list[str]]:
    plan = tmp_path / "plan.txt"
    plan.write_text("一、主要任务\n" + text + "\n2.推进老旧小区改造。（责任单位：县住建局）\n", encoding="utf-8")
    t = extract_tasks(plan).tasks[0]
    return {k: sorted(v) for k, v in {"lead": t.lead, "responsible": t.responsible, "cooperating": t.cooperating}.items() if v}


@pytest.mark.parametrize("text, exp", FORMS, ids=[f"form{i}" for i in range(len(FORMS))])
def test_annotation_form(tmp_path, text, exp):
    assert _first_task_owners(tmp_path, text) == {k: sorted(v) for k, v in exp.items()}


def test_a_list_inherits_its_first_units_level_when_the_plan_writes_levels(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("一、主要任务\n1.加强校园安全管理。（责任单位：县教育局、公安局、卫健委）\n"
                    "2.推进老旧小区改造。（责任单位：县住建局、县财政局）\n3.整治河道。（责任单位：县水利局）\n", encoding="utf-8")
    assert extract_tasks(plan).tasks[0].responsible == ["县教育局", "县公安局", "县卫健委"]


@pytest.mark.parametrize("text", [
    "1.落实到相关镇人民政府（街道办事处）。",  # a name's alternative in brackets
    "1.推广HACCP体系（HACCP）。",
    "1.配齐专职保安（园长负责）。",  # a post, no unit
    "1.开展“清朗（网络）”行动。",
])
def test_brackets_that_name_no_owner(tmp_path, text):
    plan = tmp_path / "plan.txt"
    plan.write_text("一、主要任务\n" + text + "\n2.推进老旧小区改造。（责任单位：县住建局）\n", encoding="utf-8")
    t = extract_tasks(plan).tasks[0]
    assert not (t.lead or t.responsible or t.cooperating)



# Forms of issue 15's list, and where several tasks or annotations meet; each case the owners of
# the plan's first tasks, in order.
FORMS_IN_PLACE = [
 ("1.加强校园安全管理。（县教育局、县公安局按职责分工，各乡镇、各街道负责）", [{"responsible": ["县教育局", "县公安局", "各乡镇", "各街道"]}]),
 ("1.加强校园安全管理。（县教育局、县公安局分别负责）", [{"responsible": ["县教育局", "县公安局"]}]),
 ("1.加强校园安全管理。（县教育局负责，县公安局参与）", [{"responsible": ["县教育局"], "cooperating": ["县公安局"]}]),
 ("1.加强校园安全管理，由县教育局牵头，会同县公安局、县卫健委制定工作方案。", [{"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}]),
 ("1.加强校园安全管理。（责任单位：各县（区）人民政府、管委会）", [{"responsible": ["各县（区）人民政府", "各管委会"]}]),
 ("1.加强校园安全管理。（责任单位：各街道党工委、办事处）", [{"responsible": ["各街道党工委", "各街道办事处"]}]),
 ("1.加强校园安全管理。（责任单位：县教育局和县公安局）", [{"responsible": ["县教育局", "县公安局"]}]),
 ("1.加强校园安全管理。（责任单位：县教育局及县公安局）", [{"responsible": ["县教育局", "县公安局"]}]),
 ("1.加强校园安全管理。（责任单位：县教育局等相关部门）", [{"responsible": ["县教育局", "相关部门"]}]),  # the group kept, flagged
 ("1.加强校园安全管理。责任单位及责任人：县教育局、县公安局主要领导", [{"responsible": ["县教育局", "县公安局"]}]),
 ("1.加强校园安全管理。负责部门：县教育局", [{"responsible": ["县教育局"]}]),
 ("1.加强校园安全管理。牵头负责部门：县教育局", [{"lead": ["县教育局"]}]),
 ("1.加强校园安全管理（县教育局负责）；2.推进校车安全整治（县公安局负责）。", [{"responsible": ["县教育局"]}, {"responsible": ["县公安局"]}]),
 ("1.加强校园安全管理。（责任单位：县教育局、县公安局、\n\n县卫健委）", [{"responsible": ["县教育局", "县公安局", "县卫健委"]}]),
 ("1.加强校园安全管理。（责任单位：县教育局、县自然资源\n\n和规划局）", [{"responsible": ["县教育局", "县自然资源和规划局"]}]),
 ("1.加强校园安全管理。责任单位：县教育局、县公安局、各乡镇人民政府完善校园周边治安制度。", [{"responsible": ["县教育局", "县公安局", "各乡镇人民政府"]}]),
 ("1.加强校园安全管理。（县教育局牵头，县公安局、县卫健委配合。此项工作于6月底前完成）", [{"lead": ["县教育局"], "cooperating": ["县公安局", "县卫健委"]}]),
 ("1.加强校园安全管理。\t牵头单位：县教育局\t配合单位：县公安局", [{"lead": ["县教育局"], "cooperating": ["县公安局"]}]),
 ("1.加强校园安全管理。[牵头单位:县教育局] [配合单位:县公安局]", [{"lead": ["县教育局"], "cooperating": ["县公安局"]}]),
 ("1.加强校园安全管理。(责任单位:县教育局,县公安局,县卫健委)", [{"responsible": ["县教育局", "县公安局", "县卫健委"]}]),
 ("1.加强校园安全管理。(责任单位:县教育局 县公安局 县卫健委)", [{"responsible": ["县教育局", "县公安局", "县卫健委"]}]),
 ("1.加强校园安全管理。（县教育局、县公安局牵头，县卫健委配合）", [{"lead": ["县教育局", "县公安局"], "cooperating": ["县卫健委"]}]),
 ("1.加强校园安全管理。（县教育局 牵头）", [{"lead": ["县教育局"]}]),
]



def _owners_of_tasks(tmp_path: Path, text: str, n: int) -> list[dict[str, list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text("一、主要任务\n" + text + "\n3.推进老旧小区改造。（责任单位：县住建局）\n", encoding="utf-8")
    return [{k: sorted(v) for k, v in {"lead": t.lead, "responsible": t.responsible, "cooperating": t.cooperating}.items()
             if v} for t in extract_tasks(plan).tasks[:n]]


@pytest.mark.parametrize("text, exp", FORMS_IN_PLACE, ids=[f"place{i}" for i in range(len(FORMS_IN_PLACE))])
def test_annotation_form_in_place(tmp_path, text, exp):
    assert _owners_of_tasks(tmp_path, text, len(exp)) == [{k: sorted(v) for k, v in e.items()} for e in exp]
