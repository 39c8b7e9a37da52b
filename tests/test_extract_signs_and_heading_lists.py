"""Issue 15, 2026-12-07 (seventeenth session), from the round w1880–w1919 and blind w1436: items numbered with one
character (⑴, ⒈, ㈠, ❶, ① run into a line), a unit's heading over its numbered duties followed by the next units'
duties on lines of their own, and levels sharing 政府 before 及 and a group. Each class on instances written for it,
with other units and wordings, and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.extraction.outline import item_mark
from ledger.numerals import ENCLOSED, enclosed_value
from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ one character standing for an item's number

@pytest.mark.parametrize("sign, value", [("⑴", 1), ("⒇", 20), ("⒊", 3), ("㈤", 5), ("❼", 7), ("➁", 2), ("⓾", 10), ("③", 3),
                                         ("(", 0), ("一", 0), ("1", 0)])
def test_enclosed_signs_read_as_their_numbers(sign, value):
    assert enclosed_value(sign) == value
    assert (sign in ENCLOSED) == bool(value)


@pytest.mark.parametrize("line, style, value, rest", [
    ("⑵县统计局负责数据审核。", "num_paren", "2", "县统计局负责数据审核。"),
    ("⒈县委宣传部负责宣传报道。", "num", "1", "县委宣传部负责宣传报道。"),
    ("㈢加强督查", "cn_paren", "3", "加强督查"),
    ("❷ 做好值守", "circled", "②", "做好值守"),
    ("②做好值守", "circled", "②", "做好值守"),  # as before
])
def test_a_line_opened_by_a_sign_is_an_item(line, style, value, rest):
    mark = item_mark(line)
    assert (mark.style, mark.value, mark.rest) == (style, value, rest)


def test_items_numbered_with_signs_are_tasks_with_clean_owners(tmp_path):
    got = tasks_of(tmp_path, "三、职责分工\n⑴各乡镇负责组织普查员入户登记。\n⑵县统计局负责数据审核。\n⑶县财政局负责落实普查经费。\n")
    assert [t[2] for t in got] == [["各乡镇"], ["县统计局"], ["县财政局"]]
    assert [t[0] for t in got][1] == "县统计局负责数据审核。"


def test_signs_run_into_a_line_open_their_subjects(tmp_path):
    got = tasks_of(tmp_path, "三、部门职责\n(一)资料报送。①县民政局负责提供社会组织名录。②县市场监管局负责提供企业登记资料。\n")
    assert [t[2] for t in got] == [["县民政局"], ["县市场监管局"]]
    assert not any(u[0] in ENCLOSED for t in got for u in t[2])


# ------------------------------------------------------------------ a unit's heading over its list, then units' lines

@pytest.mark.parametrize("heading", ["县交通运输局:", "县交通运输局："])
def test_the_next_units_lines_after_a_headed_list_are_their_own_tasks(tmp_path, heading):
    text = (f"{heading}\n(1)开展道路隐患排查。对临水临崖路段逐一登记。\n(2)做好应急抢通准备。储备融雪物资。\n"
            "城南街道:排查辖区危桥2座。\n城北街道:劝导过往车辆绕行。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["县交通运输局"], ["县交通运输局"], ["城南街道"], ["城北街道"]]
    assert got[1][0] == "做好应急抢通准备。储备融雪物资。"  # the list's last item keeps its own words


def test_groups_lines_after_a_headed_list_are_numbered_on(tmp_path):
    got = tasks_of(tmp_path, "县发改局：\n(1)负责项目申报。\n(2)负责资金拨付。\n各乡镇：负责入户摸底。\n各街道：负责宣传发动。\n")
    assert [t[2] for t in got] == [["县发改局"], ["县发改局"], ["各乡镇"], ["各街道"]]


def test_units_sentences_after_a_headed_list_do_not_take_its_last_item(tmp_path):
    got = tasks_of(tmp_path, "县交通局：\n(1)负责道路巡查。\n(2)负责执法检查。\n县城管局负责占道经营整治。\n县市场监管局要加强食品抽检。\n")
    assert [(t[0], t[2]) for t in got] == [("负责道路巡查。", ["县交通局"]), ("负责执法检查。", ["县交通局"]),
                                           ("县城管局负责占道经营整治。", ["县城管局"]), ("县市场监管局要加强食品抽检。", ["县市场监管局"])]


def test_a_headed_list_alone_reads_as_before(tmp_path):
    got = tasks_of(tmp_path, "县交通运输局:\n(1)开展道路隐患排查。\n(2)做好应急抢通准备。\n")
    assert [t[2] for t in got] == [["县交通运输局"], ["县交通运输局"]]


def test_a_line_after_a_headed_list_that_names_no_unit_stays_the_items(tmp_path):
    got = tasks_of(tmp_path, "县交通运输局:\n(1)开展道路隐患排查。\n(2)做好应急抢通准备。\n注意事项:储备融雪物资。\n")
    assert [t[2] for t in got] == [["县交通运输局"], ["县交通运输局"]]
    assert "储备融雪物资" in got[1][0]


# ------------------------------------------------------------------ levels sharing 政府, then 及 a group

@pytest.mark.parametrize("text, units", [
    ("二、工作措施\n(一)加强领导。县、乡政府及各村要进一步加强对普查工作的领导。\n", ["县政府", "乡政府", "各村"]),
    ("二、工作措施\n(一)加强领导。市、区人民政府及各街道负责组织实施。\n", ["市人民政府", "区人民政府", "各街道"]),
    ("二、工作措施\n(一)加强领导。市政府及各区、镇、街道按照市委要求,积极组织开展排查。\n", ["市政府", "各区", "各镇", "各街道"]),
])
def test_levels_sharing_a_government_before_a_group_each_own_the_sentence(tmp_path, text, units):
    assert sorted(tasks_of(tmp_path, text)[0][2]) == sorted(units)


# ------------------------------------------------------------------ the units a requirement names right after 要求

@pytest.mark.parametrize("sentence, units", [
    ("会议要求各乡镇立即开展危房排查,建立工作台账。", ["各乡镇"]),
    ("通知要求县住建局加快推进燃气管道改造。", ["县住建局"]),
    ("会议要求市场监管局、应急管理局迅速组织联合检查。", ["市场监管局", "应急管理局"]),
])
def test_the_units_named_right_after_a_requirement_own_it(tmp_path, sentence, units):
    got = tasks_of(tmp_path, f"三、工作措施\n(一)开展排查。{sentence}\n")
    assert [t[2] for t in got] == [units]
    assert got[0][0].startswith("开展排查。")  # the sentence's words from its start, 会议要求 with them


@pytest.mark.parametrize("sentence", [
    "会议要求各部门高度重视,加强领导。",  # everyone of a kind: a call on all, as before
    "会议要求全县上下立即开展排查。",  # the place as a whole
    "会议要求各乡镇已完成了排查的继续巩固。",  # a report
])
def test_a_requirement_of_everyone_the_whole_place_or_a_report_names_no_owner(tmp_path, sentence):
    got = tasks_of(tmp_path, f"三、工作措施\n(一)开展排查。县住建局负责统筹。{sentence}\n")
    assert [t[2] for t in got] == [["县住建局"]]


# ------------------------------------------------------------------ a body and its own parts (及其…), 县以上 as a level

@pytest.mark.parametrize("sentence, units", [
    ("第五条 县级以上地方人民政府及其有关部门应当加强道路运输安全管理。", ["县级以上地方人民政府", "县级以上地方人民政府有关部门"]),
    ("第六条 市人民防空委员会及其办事机构负责组织协调人防工作。", ["市人民防空委员会", "市人民防空委员会办事机构"]),
    ("第八条 学校及其他教育机构应当开展国防教育。", ["学校", "其他教育机构"]),  # 及其他: two bodies, as before
    # the second probe (/tmp/probe19): a group's path kept the first part only
    ("第七条 各级人民政府及其所属部门应当支持征兵工作。", ["各级人民政府", "各级人民政府所属部门"]),
    ("第九条 县卫健局及其派出机构负责医疗保障。", ["县卫健局", "县卫健局派出机构"]),
    # a bureau's subordinate units are its own, as before (tests/test_extraction_residue.py)
    ("第四条 县卫健局及其直属单位负责医疗保障。", ["县卫健局"]),
])
def test_a_body_and_its_own_parts_are_two_owners(tmp_path, sentence, units):
    assert tasks_of(tmp_path, sentence)[0][2] == units


@pytest.mark.parametrize("sentence, unit", [
    ("第六条 县以上气象主管机构负责本行政区域内气象灾害防御的管理工作。", "县以上气象主管机构"),
    ("第九条 省以上有关部门应当加强指导。", "省以上有关部门"),
    ("第八条 县以上人民政府应当加强气象灾害防御。", "县以上人民政府"),  # as before
])
def test_a_level_and_those_above_it_name_a_body(tmp_path, sentence, unit):
    assert tasks_of(tmp_path, sentence)[0][2] == [unit]


# ------------------------------------------------------------------ a list of what a document holds is no list of duties

def test_the_contents_a_document_must_hold_stay_words_of_its_owners_task(tmp_path):
    text = ("第七条 县级以上人民政府应当组织编制地质灾害防治规划。地质灾害防治规划应当包括下列内容:\n"
            "(一)地质灾害现状和发展趋势预测;\n(二)地质灾害的防治原则和目标;\n(三)地质灾害易发区、重点防治区。\n"
            "第八条 县级以上自然资源主管部门负责地质灾害防治的监督管理。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["县级以上人民政府"], ["县级以上自然资源主管部门"]]
    assert "(三)地质灾害易发区" in got[0][0]


@pytest.mark.parametrize("text", [
    # the article its own part, its head short and with no stop (the second probe: the items vanished)
    "第十二条 县应急管理局应当组织编制总体应急预案，预案应当包括下列内容：\n（一）组织指挥体系；\n（二）预警机制；\n（三）保障措施。\n",
    "第二十条 县市场监管局应当在许可证上载明下列事项：\n（一）单位名称；\n（二）有效期限。\n第二十一条 县市场监管局负责许可证的核发。\n",
])
def test_a_documents_contents_are_never_lost(tmp_path, text):
    got = tasks_of(tmp_path, text)
    words = "".join(t[0] for t in got)
    lines = [line for line in text.splitlines() if line.startswith("（")]
    assert all(line.rstrip("；。") in words for line in lines)


@pytest.mark.parametrize("head", ["第五条 ", "三、职责分工\n"])  # an article's head, or a line in a part
@pytest.mark.parametrize("lead_in", ["县应急管理局的职责包括下列内容：", "县应急管理局履行下列职责:", "县应急管理局的主要职责是："])
def test_a_list_of_duties_after_a_lead_in_is_still_tasks_each(tmp_path, head, lead_in):
    got = tasks_of(tmp_path, f"{head}{lead_in}\n（一）组织应急演练；\n（二）指导应急救援。\n")
    assert [(t[0].rstrip("；。"), t[2]) for t in got] == [("组织应急演练", ["县应急管理局"]), ("指导应急救援", ["县应急管理局"])]


def test_a_list_of_duties_after_a_lead_in_is_still_tasks(tmp_path):
    text = "三、职责分工\n县应急管理局履行下列职责:\n(一)组织编制应急预案;\n(二)指导应急演练。\n"
    assert [t[2] for t in tasks_of(tmp_path, text)] == [["县应急管理局"], ["县应急管理局"]]
