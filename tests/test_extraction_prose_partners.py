"""Owners in running prose, forms beside "由A牵头，B、C配合" (issue 15, annotation forms): "以A为主，
B参与" (A leads), "A负责、B协助<duty>" (B helps with the duty the clause names), "责成A会同B…" (the
instruction's verb is no part of A's name). Sentences that only look so own nothing.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


@pytest.mark.parametrize("sentence, lead, resp, coop", [
    ("以市卫健委为主，市医保局、市药监局参与。", ["市卫健委"], [], ["市医保局", "市药监局"]),
    ("以市卫健委为主，市医保局配合。", ["市卫健委"], [], ["市医保局"]),
    ("市卫健委负责、市医保局协助建立药品集中采购监测平台。", [], ["市卫健委"], ["市医保局"]),
    ("由市卫健委牵头，市医保局配合开展集中采购监测。", ["市卫健委"], [], ["市医保局"]),
    ("责成市卫健委会同市医保局制定实施细则。", ["市卫健委"], [], ["市医保局"]),
    ("责成市卫健委牵头制定实施细则。", ["市卫健委"], [], []),
])
def test_owner_forms_in_prose(tmp_path, sentence, lead, resp, coop):
    text = ("三、重点任务\n（一）推进药品集中带量采购。" + sentence + "\n"
            "（二）加强医疗机构用药监管。（责任单位：市卫健委）\n")
    got = tasks_of(tmp_path, text)
    assert [(l, r, c) for _, l, r, c in got][0] == (lead, resp, coop)
    assert all("责成" not in u for _, l, r, c in got for u in l + r + c)


@pytest.mark.parametrize("sentence", [
    "以人民为中心，群众参与度明显提高。",
    "以问题为导向，协助企业解决用工难题。",
    "坚持以政府投入为主，社会资本参与建设。",
])
def test_prose_that_names_no_owner(tmp_path, sentence):
    text = ("三、重点任务\n（一）推进药品集中带量采购。" + sentence + "\n"
            "（二）加强医疗机构用药监管。（责任单位：市卫健委）\n")
    got = tasks_of(tmp_path, text)
    assert [(l, r, c) for _, l, r, c in got] == [([], [], []), ([], ["市卫健委"], [])]


# ------------------------------------------------------------------ sectors sharing one 部门

@pytest.mark.parametrize("sentence, coop", [
    ("卫生健康部门会同教育、体育、财政等部门负责制定工作方案。", ["教育部门", "体育部门", "财政部门"]),
    ("卫生健康部门会同教育、体育、财政部门负责制定工作方案。", ["教育部门", "体育部门", "财政部门"]),
    ("卫生健康部门会同市场监管、公安等有关部门开展联合检查。", ["市场监管部门", "公安部门"]),
    ("卫生健康部门会同市教育局、市体育局负责制定工作方案。", ["市教育局", "市体育局"]),
])
def test_partners_named_by_sector(tmp_path, sentence, coop):
    text = "三、职责分工\n（一）" + sentence + "\n（二）加强健康教育。（责任单位：市卫健委）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == (["卫生健康部门"], [], coop)


@pytest.mark.parametrize("cell, names", [
    ("教育、体育、财政部门", ["教育部门", "体育部门", "财政部门"]),
    ("教育、体育等相关部门", ["教育部门", "体育部门"]),
    ("市教育局、市体育局等部门", ["市教育局", "市体育局"]),
    ("各乡镇、各部门", ["各乡镇", "各部门"]),
])
def test_an_owner_cell_of_sectors_sharing_one_body(cell, names):
    from ledger.extraction.owner_lists import Profile, units_of
    assert units_of(cell, Profile(), from_text=False).names == names


def test_a_list_closed_by_a_level_governments_departments():
    from ledger.extraction.owner_lists import Profile, units_of
    assert units_of("县卫健委等县政府有关部门", Profile(), from_text=True).names == ["县卫健委", "县政府有关部门"]
    assert units_of("市文旅局等市直相关部门", Profile(), from_text=True).names == ["市文旅局", "市直相关部门"]


@pytest.mark.parametrize("subject, units", [
    ("各县（区）民政、财政部门要", ["各县（区）民政部门", "各县（区）财政部门"]),
    ("各市（州）教育、卫健部门要", ["各市（州）教育部门", "各市（州）卫健部门"]),
])
def test_sectors_sharing_a_level_with_brackets_as_subject(tmp_path, subject, units):
    text = f"三、职责分工\n（一）{subject}落实困难群众救助资金。\n（二）加强督导检查。（责任单位：省民政厅）\n"
    got = tasks_of(tmp_path, text)
    assert sorted(got[0][2]) == sorted(units)
