"""`ledger extract` on big and hostile inputs (issue 15): no pattern or loop may take
time growing faster than the text. Each case below took seconds to minutes before its
fix (quadratic backtracking or a rescan per candidate); each now runs in well under a
second, so the bounds leave room for a loaded machine."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction import extract_tasks
from ledger.extraction.prose import owner_heading
from ledger.extraction.read import INLINE_PAGE
from ledger.headers import normalize_header

OLD_INLINE_PAGE = re.compile(
    r"(?<![\d—–])\s*[—–]{1,2}\s*\d{1,3}\s*[—–]{1,2}\s*(?![\d—–])"
    r"|(?<=[\u4e00-\u9fff，。、；：])\s+[-－]\s*\d{1,3}\s*[-－]\s+(?=[\u4e00-\u9fff])")


def _timed(fn, *args):
    start = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - start


def _plan(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "方案.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_long_run_of_spaces_or_tabs_in_an_item_is_read_in_linear_time(tmp_path):
    for filler in (" " * 40000, "\t" * 40000):  # 8,000 took 10 s before
        plan = _plan(tmp_path, f"关于开展工作的实施方案\n一、重点任务\n1.开展检查{filler}县教育局负责。\n2.加强监管。牵头单位：区公安分局\n")
        result, seconds = _timed(extract_tasks, plan, None)
        assert seconds < 5
        assert result.tasks


def test_a_long_run_of_opening_brackets_is_read_in_linear_time(tmp_path):
    plan = _plan(tmp_path, "关于开展工作的实施方案\n一、重点任务\n1.开展检查" + "（" * 40000 + "县教育局负责。\n"
                 "2.加强监管。牵头单位：区公安分局\n")  # 20,000 took 40 s before
    result, seconds = _timed(extract_tasks, plan, None)
    assert seconds < 5
    assert result.tasks


def test_a_run_on_table_whose_next_number_comes_often_is_cut_in_linear_time(tmp_path):
    # every "2次" is tried as row 2's start against the text since row 1: before, each try
    # read that whole text again (from its last 。, which here is its first sentence's:
    # 2.8 s at 6,000 repeats, 14 s at 12,000, until no owner cell was looked for in a
    # tail longer than any owner cell; 0.9 s now)
    body = "开展联合检查。" + "开展第2次巡查，形成台账" * 12000 + "。县应急管理局"
    plan = _plan(tmp_path, f"关于开展工作的实施方案\n序号工作任务责任单位1{body}2加强监管。县市场监管局\n")
    result, seconds = _timed(extract_tasks, plan, None)
    assert seconds < 5
    assert [t.responsible for t in result.tasks] == [["县应急管理局"], ["县市场监管局"]]


def test_normalize_header_is_linear_and_reads_as_before():
    _, seconds = _timed(normalize_header, "（" * 200000)
    assert seconds < 0.5
    assert normalize_header("责任单位（牵头）") == "责任单位"
    assert normalize_header("完成 时限：") == "完成时限"
    assert normalize_header("任务(一)(二)") == "任务(一)"
    assert normalize_header("a(b(c)") == "a"
    assert normalize_header("（备注）") == "(备注)"  # nothing left: the word as written


def test_owner_heading_gives_up_on_a_long_line_at_once():
    _, seconds = _timed(owner_heading, "县教育局" + " " * 50000 + "x", lambda u: True)
    assert seconds < 0.5
    assert owner_heading("县教育局：", lambda u: u == "县教育局") == "县教育局"
    assert owner_heading("  县教育局      ：  ", lambda u: u == "县教育局") == "县教育局"
    assert owner_heading("县教育局，县公安局", lambda u: True) == ""


def test_inline_page_numbers_are_found_as_before_and_fast():
    for text in ("加强食品— 3 —安全", "第3 — 12 — 页", "x  — 4 —   — 5 —y", "县，  - 7 -  乡", "12 —3— a", " —1—"):
        assert INLINE_PAGE.sub("", text) == OLD_INLINE_PAGE.sub("", text), text
    _, seconds = _timed(INLINE_PAGE.sub, "", "县" + " " * 200000 + "县")
    assert seconds < 0.5


def test_a_long_pipe_table_is_read_in_linear_time(tmp_path):
    units = ["区教育局", "区公安分局", "区财政局", "区卫健委", "区文旅局"]
    rows = ["序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限"] + [
        f"{r} | 推进第{r}批项目建设 | {units[r % 5]} | {units[(r + 2) % 5]}、{units[(r + 3) % 5]} | 2026年{r % 12 + 1}月"
        for r in range(1, 3001)]  # 1,000 rows took 2.5 s before, rereading the table for each line
    plan = _plan(tmp_path, "关于开展工作的实施方案\n" + "\n".join(rows) + "\n")
    result, seconds = _timed(extract_tasks, plan, None)
    assert seconds < 5
    assert result.tasks


def test_a_long_run_of_place_names_is_read_in_linear_time():
    from ledger.extraction.place_shares import place_shares
    _, seconds = _timed(place_shares, "城关镇、" * 32000 + "建设")  # 8,000 took 15 s before the list was bounded
    assert seconds < 2
    shares = place_shares("一、" + "张家镇、" * 3000 + "。王庄乡、刘集乡,每乡建设2个示范村。")
    assert [m.roles["responsible"] for m in shares] == [["王庄乡、刘集乡"]]


def test_a_long_box_table_under_an_unknown_header_is_given_up_in_linear_time(tmp_path):
    """Each line of a run of box lines was tried as a table's start, each try reading the rest of the run: a 1,600-row
    box under a header no word of which names a column took more than 120 s (2026-12-08); now a table may start only
    in a run's first lines."""
    rule = "│ │ ├──────────┼─────┤ │\n"
    plan = tmp_path / "plan.txt"
    plan.write_text("附件\n┌──┬────┬──────────┬─────┬───┐\n│序号│单位│ 甲乙 │ 丙丁 │戊己│\n"
                    "├──┼────┼──────────┼─────┼───┤\n│ 1 │ 金水区 │1.第0项绿化任务。 │2006.11.30│ 区长 │\n"
                    + "".join(rule + f"│ │ │{i + 1}.第{i}项绿化任务。 │2006.11.30│ │\n" for i in range(1, 1600)),
                    encoding="utf-8")
    _, seconds = _timed(lambda: _tasks_or_none(plan))
    assert seconds < 10


def _tasks_or_none(plan):
    try:
        return extract_tasks(plan, None)
    except NoTaskTable:
        return None


@pytest.mark.parametrize("row", ["{i}\n第{i}项绿化任务\n金水区\n", "{i}\n第{i}项绿化任务\n甲乙丙\n2026年\n"])
def test_a_long_table_one_cell_a_line_with_no_header_is_read_in_linear_time(tmp_path, row):
    """Each row's number of a long run was tried as a headerless table's first row, each try reading the rest of the run:
    800 rows of three cells took 6 s, of four cells with no owner cell 26 s (2026-12-08); a row just after the row
    numbered one less opens no table, and rows of fewer than four cells are given up at the second row."""
    plan = tmp_path / "plan.txt"
    plan.write_text("甲\n乙\n丙\n丁\n" + "".join(row.format(i=i) for i in range(1, 900)), encoding="utf-8")
    _, seconds = _timed(lambda: _tasks_or_none(plan))
    assert seconds < 8
