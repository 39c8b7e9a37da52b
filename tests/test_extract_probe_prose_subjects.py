"""Owners as the subjects of duties in prose, in the forms a stranger's probe (synthetic s56, s57, s61) found the
rules of 2026-12-04 did not reach: a list closed by 等 before 联合 opening its sentence; 由…拟定 before 报…审定;
a level's item whose title and first sentences are no one's; 要会同 after a subject; 各级…机构 and 各地 as the
levels' subjects; a level's sector and a group of levels sharing 部门 after 和; sectors sharing 部门 before
按照各自职责 and any verb. Each form on instances written for it, with other units, levels and wording than the
probe's pages, and near misses that must stay as they are."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [(words, lead, resp, coop) for words, lead, resp, coop in tasks_of(tmp_path, text)]


def units(tmp_path, text: str) -> list[list[str]]:
    return [lead + resp + coop for _, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ A、B、C等联合… opening its sentence

@pytest.mark.parametrize("text, exp", [
    # a 县's bureaus and a group of towns
    ("一、重点任务\n（一）加强宣传。县文旅局、县公安局、各乡镇等联合开展文明旅游宣传活动，发放资料3000份。\n",
     [["县文旅局", "县公安局", "各乡镇"]]),
])
def test_a_list_closed_by_deng_before_lianhe_owns_its_sentence(tmp_path, text, exp):
    assert units(tmp_path, text) == exp


def test_a_partner_after_deng_lianhe_cooperates_as_after_one_units_lianhe(tmp_path):
    (_, lead, _, coop), = owners(tmp_path, "一、重点任务\n（一）开展整治。区城管执法局、区市场监管局等联合街道办事处开展占道经营整治。\n")
    assert (lead, coop) == (["区城管执法局", "区市场监管局"], ["街道办事处"])


def test_a_list_of_groups_alone_before_deng_lianhe_stays_no_owner(tmp_path):
    got = units(tmp_path, "一、重点任务\n（一）加强宣传。各部门、各单位等联合开展宣传活动。\n")
    assert got == [[]]


# ------------------------------------------------------------------ 由A、B拟定，报C审定后实施

@pytest.mark.parametrize("text, exp", [
    ("一、重点任务\n（一）完善保障。应急物资储备方案由区应急管理局、区财政局拟定，报区政府审定后实施。\n",
     [["区应急管理局", "区财政局"]]),
    ("一、重点任务\n（二）明确标准。奖补标准由县农业农村局研究制定，报县人民政府批准后执行。\n",
     [["县农业农村局"]]),
])
def test_units_that_draft_what_another_approves_own_the_sentence(tmp_path, text, exp):
    assert units(tmp_path, text) == exp


def test_a_body_that_only_approves_is_no_owner(tmp_path):
    got = units(tmp_path, "一、重点任务\n（一）完善保障。应急物资储备方案报区政府审定后实施。\n")
    assert got == [[]]


# ------------------------------------------------------------------ A要会同B、C…

@pytest.mark.parametrize("text, exp", [
    ("一、重点任务\n（一）加强审核。县人社局要会同县财政局、县税务局加强贷款审核。\n",
     (["县人社局"], ["县财政局", "县税务局"])),
    ("一、重点任务\n（一）加强监管。市住建局应会同市城管局做好施工扬尘管控。\n",
     (["市住建局"], ["市城管局"])),
])
def test_partners_after_a_modal_and_huitong(tmp_path, text, exp):
    (_, lead, resp, coop), = owners(tmp_path, text)
    assert (lead, resp, coop) == ([], *exp)


def test_a_modal_before_huitong_gives_the_partners_huitong_alone_gives(tmp_path):
    (_, lead, resp, coop), = owners(tmp_path, "一、重点任务\n（一）加强监管。市住建局要会同有关部门做好施工扬尘管控。\n")
    (_, lead_, resp_, coop_), = owners(tmp_path, "一、重点任务\n（一）加强监管。市住建局会同有关部门做好施工扬尘管控。\n")
    # the partners as without the modal; the subject keeps its own duty (responsible), where "A会同B" makes A lead
    assert (lead, resp, coop) == ([], lead_ + resp_, coop_)


def test_a_modal_before_another_verb_adds_no_partner(tmp_path):
    (_, lead, resp, coop), = owners(tmp_path, "一、重点任务\n（一）加强监管。市住建局要督促施工单位做好施工扬尘管控。\n")
    assert (lead + resp, coop) == (["市住建局"], [])


# ------------------------------------------------------------------ a level's sector and a group of levels sharing 部门

@pytest.mark.parametrize("text, exp", [
    ("一、职责分工\n（一）县教育和各乡镇（街道）教育部门要做好校园安全排查。\n",
     ["县教育部门", "各乡镇（街道）教育部门"]),
    ("一、职责分工\n（一）省交通运输及各市交通运输部门要加强道路运输监管。\n",
     ["省交通运输部门", "各市交通运输部门"]),
])
def test_a_levels_sector_and_a_group_of_levels_sharing_its_department(tmp_path, text, exp):
    assert units(tmp_path, text) == [exp]


def test_two_named_units_joined_by_he_stay_two_units(tmp_path):
    assert units(tmp_path, "一、职责分工\n（一）区公安分局和各街道办事处要依法打击违法行为。\n") == [
        ["区公安分局", "各街道办事处"]]


# ------------------------------------------------------------------ sectors sharing 部门 before 按照各自职责

@pytest.mark.parametrize("text, exp", [
    ("一、职责分工\n（一）区城管、住建、水务部门按照各自职责，加快雨污管网建设。\n",
     ["区城管部门", "区住建部门", "区水务部门"]),
    ("一、职责分工\n（一）县农业、林业、自然资源部门在各自职责范围内，加强耕地保护执法。\n",
     ["县农业部门", "县林业部门", "县自然资源部门"]),
])
def test_sectors_sharing_a_department_act_within_their_remits(tmp_path, text, exp):
    assert units(tmp_path, text) == [exp]


def test_sectors_sharing_a_department_opening_an_item_of_a_task_list_own_it(tmp_path):
    """Since the seventh session of 2026-12-05 an item of a part titled as tasks opened by named units (sectors sharing
    their 部门 too) is theirs whatever its verb, as its sibling '区财政局负责…' is (before: no owner before a plain verb)."""
    assert units(tmp_path, "一、职责分工\n（一）区城管、住建、水务部门加快雨污管网建设。\n（二）区财政局负责资金保障。\n")[0] == [
        "区城管部门", "区住建部门", "区水务部门"]


def test_sectors_sharing_a_department_before_a_plain_verb_outside_a_task_list_stay_no_owner(tmp_path):
    assert units(tmp_path, "一、有关说明\n（一）区城管、住建、水务部门加快雨污管网建设。\n（二）区财政局负责资金保障。\n")[0] == []


# ------------------------------------------------------------------ levels' subjects in a prose-only list

PROSE_LIST = ("某市人民政府关于加快发展养老服务业的实施意见\n"
              "一、完善养老服务设施\n"
              "（一）推进社区养老服务设施建设。市级财政每年安排专项资金支持建设。各县（区）要结合实际新建社区日间照料中心。"
              "各级民政部门要会同财政部门、卫生健康部门做好设施配建。\n"
              "（二）提升机构服务能力。各级公办养老服务机构要完善护理服务标准，提高失能老人入住比例。\n"
              "（三）加强人才培养。各地要建立养老护理员培训补贴制度。护理员培训计划由市民政局会同市人社局下达。\n"
              "（四）落实用地保障。养老服务设施用地标准由市自然资源局、市民政局研究确定。\n")


def test_a_prose_lists_title_and_first_sentence_are_no_ones(tmp_path):
    got = owners(tmp_path, PROSE_LIST)
    first = [(w[:8], lead + resp) for w, lead, resp, _ in got if "日间照料" in w or "市级财政" in w]
    assert [u for _, u in first] == [[], ["各县（区）"]]


def test_a_prose_lists_sector_at_every_level_with_partners(tmp_path):
    got = owners(tmp_path, PROSE_LIST)
    (lead, resp, coop), = [(lead, resp, coop) for w, lead, resp, coop in got if "设施配建" in w]
    assert (lead + resp, coop) == (["各级民政部门"], ["财政部门", "卫生健康部门"])


def test_a_prose_lists_bodies_at_every_level_own_their_item(tmp_path):
    got = owners(tmp_path, PROSE_LIST)
    assert [lead + resp for w, lead, resp, _ in got if "护理服务标准" in w] == [["各级公办养老服务机构"]]


def test_a_prose_lists_levels_sentence_before_a_made_by_sentence(tmp_path):
    got = owners(tmp_path, PROSE_LIST)
    levels = [lead + resp for w, lead, resp, _ in got if "培训补贴制度" in w]
    made = [(lead, coop) for w, lead, resp, coop in got if "培训计划由" in w]
    assert levels == [["各地"]] and made == [(["市民政局"], ["市人社局"])]


def test_levels_in_a_list_with_labels_stay_as_they_were(tmp_path):
    got = units(tmp_path, "一、重点任务\n（一）推进设施建设。各地要建立养老护理员培训补贴制度。\n责任单位：市民政局\n"
                          "（二）提升服务能力。各级公办养老服务机构要完善护理服务标准。\n责任单位：市卫健委\n")
    assert got == [["市民政局"], ["市卫健委"]]
