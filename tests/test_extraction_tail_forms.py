"""Owners written after a task's last sentence without brackets, in forms beside the usual
"责任单位：A" (issue 15, labels and tables in other forms): role words as labels ("牵头：A
配合：B"), a label with 为/是 for its colon ("责任单位为A，配合单位为B。"), and the task signed
off with its owners after a dash ("——A、B"). Definitions, remarks after a dash and labels
inside a sentence are no owners.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of

HEAD = "三、工作任务\n"


@pytest.mark.parametrize("tail, lead, resp, coop", [
    ("牵头：市交通运输局；配合：市公安局、市财政局。", ["市交通运输局"], [], ["市公安局", "市财政局"]),
    ("牵头:市交通运输局 配合:市公安局", ["市交通运输局"], [], ["市公安局"]),
    ("责任：市交通运输局", [], ["市交通运输局"], []),
    ("责任单位为市交通运输局。", [], ["市交通运输局"], []),
    ("牵头单位为市交通运输局，配合单位为市公安局、各区人民政府。", ["市交通运输局"], [], ["市公安局", "各区人民政府"]),
    ("责任部门是市交通运输局", [], ["市交通运输局"], []),
    ("——市交通运输局", [], ["市交通运输局"], []),
    ("——市交通运输局、市公安局", [], ["市交通运输局", "市公安局"], []),
    ("—市交通运输局牵头", ["市交通运输局"], [], []),
])
def test_owners_after_the_last_sentence(tmp_path, tail, lead, resp, coop):
    text = (HEAD + f"（一）优化公交线网，新辟微循环线路5条。{tail}\n"
            "（二）完成主城区停车泊位普查。（责任单位：市城管局）\n")
    got = tasks_of(tmp_path, text)
    assert [(lead_, resp_, coop_) for _, lead_, resp_, coop_ in got] == [(lead, resp, coop), ([], ["市城管局"], [])]
    assert tail[:2] not in got[0][0]


@pytest.mark.parametrize("tail", [
    "本方案所称责任单位是指承担任务的市直部门。",
    "——这是今年民生实事的重中之重",
    "——确保年底前全面完成",
])
def test_no_owners_in_what_only_looks_like_a_tail(tmp_path, tail):
    text = (HEAD + f"（一）优化公交线网，新辟微循环线路5条。{tail}\n"
            "（二）完成主城区停车泊位普查。（责任单位：市城管局）\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp, coop) for _, lead, resp, coop in got if "公交" in _] in ([([], [], [])], [])


# ------------------------------------------------------------------ a label with no colon on its own line

def test_a_bare_label_line_and_its_units_on_the_next(tmp_path):
    """A table flattened "label | value" one cell a line: 牵头单位 (no colon), then its units."""
    text = ("三、重点任务\n1.建成区级养老服务指导中心。\n牵头单位\n区民政局\n配合单位\n区卫健局、区财政局\n"
            "2.新增普惠托位300个。\n牵头单位\n区卫健局\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:6], l, r, c) for t, l, r, c in got] == [
        ("建成区级养老", ["区民政局"], [], ["区卫健局", "区财政局"]), ("新增普惠托位", ["区卫健局"], [], [])]


def test_header_cells_one_a_line_are_no_label_and_value(tmp_path):
    """A table's header cells one a line (序号 / 工作任务 / 牵头单位 / 配合单位) are read as a table."""
    text = ("三、重点任务\n序号\n工作任务\n牵头单位\n配合单位\n1\n建成区级养老服务指导中心\n区民政局\n区卫健局、区财政局\n"
            "2\n新增普惠托位300个\n区卫健局\n区财政局\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:6], l, c) for t, l, _, c in got] == [
        ("建成区级养老", ["区民政局"], ["区卫健局", "区财政局"]), ("新增普惠托位", ["区卫健局"], ["区财政局"])]
