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
