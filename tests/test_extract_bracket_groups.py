"""A bracket closing an item whose lead is a group of levels sharing one body ("各州、市人民政府牵头",
"各盟、市人民政府负责": 州 and 盟 are levels as 市/县 are), its partners' list restarting after a comma
("省A、B,省C配合"); and sectors sharing 职能部门 ("宣传、教育、司法等职能部门要…": each sector's 部门)."""

from __future__ import annotations

import pytest

from tests.test_extraction_prose_classes import tasks_of


def _plan(item: str) -> str:
    return ("一、主要任务\n"
            f"（一）{item}\n"
            "（二）加强督查考核。对工作落实情况开展督查。（县政府办负责）\n")


@pytest.mark.parametrize("item, lead, responsible, cooperating", [
    # a 省 plan: the prefectures lead, the provincial bodies sharing 省 cooperate, the list restarting at 省检察院
    ("加强校园周边治理。开展联合执法。（各州、市人民政府牵头；省教育厅、卫生健康委、市场监管局，省检察院配合）",
     ["各州、市人民政府"], [], ["省教育厅", "卫生健康委", "市场监管局", "省检察院"]),
    # an 自治区 plan: leagues and cities
    ("推进草原生态保护。落实禁牧休牧制度。(各盟、市人民政府负责;自治区林草局、农牧厅配合)",
     [], ["各盟、市人民政府"], ["自治区林草局", "农牧厅"]),
    # three levels sharing the body
    ("做好防汛备汛工作。（各州、市、县人民政府负责；省水利厅、应急厅配合）",
     [], ["各州、市、县人民政府"], ["省水利厅", "应急厅"]),
])
def test_group_of_levels_in_a_closing_bracket(tmp_path, item, lead, responsible, cooperating):
    first = tasks_of(tmp_path, _plan(item))[0]
    assert (first[1], first[2], first[3]) == (lead, responsible, cooperating)


@pytest.mark.parametrize("item, lead, responsible, cooperating", [
    # 各州市 written together was one group before and stays one
    ("加强景区管理。（各州市人民政府牵头；省文化和旅游厅配合）", ["各州市人民政府"], [], ["省文化和旅游厅"]),
    # 各市、县人民政府 is read as before
    ("加强景区管理。（各市、县人民政府牵头；省文化和旅游厅配合）", ["各市、县人民政府"], [], ["省文化和旅游厅"]),
    # a prefecture's own government, no group
    ("加强景区管理。（州人民政府牵头；州文化和旅游局配合）", ["州人民政府"], [], ["州文化和旅游局"]),
])
def test_near_misses_stay(tmp_path, item, lead, responsible, cooperating):
    first = tasks_of(tmp_path, _plan(item))[0]
    assert (first[1], first[2], first[3]) == (lead, responsible, cooperating)


@pytest.mark.parametrize("sentence, responsible", [
    ("公安、交通、城管等职能部门要加强路面巡查。", ["公安部门", "交通部门", "城管部门"]),
    ("县住建、自然资源等职能部门要加强监管。", ["县住建部门", "县自然资源部门"]),
    ("民政、財政、審計等職能部門要加強資金監管。", ["民政部門", "財政部門", "審計部門"]),
])
def test_sectors_sharing_functional_departments(tmp_path, sentence, responsible):
    first = tasks_of(tmp_path, _plan("加强协同监管。" + sentence))[0]
    assert first[2] == responsible


def test_a_functional_department_named_alone_stays(tmp_path):
    """No list of sectors before it: 各职能部门 names no sector, nothing is made of it (as before)."""
    first = tasks_of(tmp_path, _plan("加强协同监管。各职能部门要加强监管。"))[0]
    assert first[1:] == ([], [], [])


def test_traditional_plan_of_a_prefecture(tmp_path):
    """A 州 plan in traditional characters: 州 and 縣 share 人民政府, the 州 bodies cooperate."""
    plan = ("一、主要任務\n"
            "(一)強化交通安全管理。開展道路隱患排查,整治違法停車。(各州、縣人民政府牽頭;州公安局、交通運輸局,州應急局配合)\n"
            "(二)加強督查考核。對工作落實情況開展督查。(州政府辦負責)\n")
    first = tasks_of(tmp_path, plan)[0]
    assert first[1] == ["各州、縣人民政府"]
    assert first[3] == ["州公安局", "州交通運輸局", "州應急局"]


@pytest.mark.parametrize("sentence, cooperating", [
    # a sector and 和 before a body with a name of its own, closing the partners after 会同 (since 2026-12-06,
    # thirteenth session, the first sector's level is every sector's: 市财政部门, where before 财政部门)
    ("市人社局要会同市发展改革、财政、药品监督和残联等有关部门制定配套政策。",
     ["市发展改革部门", "市财政部门", "市药品监督部门", "残联"]),
    ("区教育局要会同区卫健、食品安全监管和团区委等部门开展活动。",
     ["区卫健部门", "区食品安全监管部门", "团区委"]),
    ("县民政局要会同县财政、安全生产监督和总工会等有关部门制定实施细则。",
     ["县财政部门", "县安全生产监督部门", "总工会"]),
])
def test_sector_and_a_named_body_after_with(tmp_path, sentence, cooperating):
    first = tasks_of(tmp_path, _plan("加强协同监管。" + sentence))[0]
    assert first[3] == cooperating


@pytest.mark.parametrize("sentence, cooperating", [
    # one department's name written with 和: stays one
    ("市规划局要会同市国土资源和规划等部门编制方案。", ["市国土资源和规划部门"]),
    ("县卫健局要会同县劳动和社会保障等部门制定办法。", ["县劳动和社会保障部门"]),
])
def test_one_department_written_with_and_stays(tmp_path, sentence, cooperating):
    first = tasks_of(tmp_path, _plan("加强协同监管。" + sentence))[0]
    assert first[3] == cooperating
