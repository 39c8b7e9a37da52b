"""`ledger check` findings: one fixture per problem a clerk wants caught."""
from __future__ import annotations

import random

from conftest import SAMPLES, write_xlsx
from ledger.model import Deadline, Source, Task
from ledger.roster import Roster
from ledger.tasklist import TaskList
from ledger.validate import check, check_numbers

ROSTER = SAMPLES / "平罗县单位名录.xlsx"
HEADER = ["序号", "主要任务", "牵头单位", "配合单位", "完成时限"]


def _codes(result):
    return [(f.code, f.severity, f.cell) for f in result.findings]


def _check(tmp_path, rows, **kw):
    path = write_xlsx(tmp_path / "清单.xlsx", [HEADER] + rows)
    return check(path, units=ROSTER, **kw)


def test_samples_have_no_errors():
    for name, roster in (("平罗县任务清单.xlsx", "平罗县单位名录.xlsx"), ("五原县任务清单.xlsx", "五原县单位名录.xlsx")):
        result = check(SAMPLES / name, units=SAMPLES / roster,
                       breakdown=SAMPLES / "平罗县任务分解表.xlsx" if "平罗" in name else None)
        assert result.ok, [f for f in result.findings if f.is_error]


def test_unknown_unit_with_suggestions_never_applied(tmp_path):
    r = _check(tmp_path, [["1", "甲任务", "市场监督局", "", "2023年6月底前"]])
    f = next(f for f in r.findings if f.code == "unknown-unit")
    assert (f.severity, f.cell, f.value) == ("error", "C2", "市场监督局")
    assert "平罗县市场监督管理局" in f.suggestion
    assert r.tasklist.tasks[0].lead == ["市场监督局"]  # kept as written, not replaced
    assert not r.ok


def test_normalised_names_and_lost_first_character(tmp_path):
    r = _check(tmp_path, [["1", "甲任务", "县市场监督管理局", "委组织部", "2023年6月底前"]])
    t = r.tasklist.tasks[0]
    assert t.lead == ["平罗县市场监督管理局"] and t.cooperating == ["平罗县委组织部"]
    assert r.ok


def test_group_phrases_expand_and_related_units_are_reported(tmp_path):
    r = _check(tmp_path, [["1", "甲任务", "市场监管局", "各乡镇、相关成员单位", "2023年6月底前"]])
    t = r.tasklist.tasks[0]
    assert len(t.cooperating) == 13 and t.cooperating[0] == "城关镇"
    assert ("unit-unexpandable", "warning", "D2") in _codes(r)


def test_task_without_owner_or_deadline_or_text(tmp_path):
    r = _check(tmp_path, [
        ["1", "甲任务", "", "", "2023年6月底前"],
        ["2", "乙任务", "市场监管局", "", ""],
        ["3", "", "市场监管局", "", "2023年6月底前"],
    ])
    codes = _codes(r)
    assert ("task-without-owner", "error", "C2") in codes
    assert ("task-without-deadline", "warning", "E3") in codes
    assert ("empty-task-text", "error", "B4") in codes


def test_unparseable_and_ambiguous_deadlines(tmp_path):
    r = _check(tmp_path, [
        ["1", "甲任务", "市场监管局", "", "尽快"],
        ["2", "乙任务", "市场监管局", "", "2023年2月30日前"],
        ["3", "丙任务", "市场监管局", "", "2023年"],
    ])
    codes = _codes(r)
    assert ("deadline-unparsed", "error", "E2") in codes
    assert ("deadline-invalid", "error", "E3") in codes
    assert ("deadline-ambiguous", "warning", "E4") in codes


def test_duplicate_numbers_gaps_and_duplicate_text(tmp_path):
    r = _check(tmp_path, [
        ["1", "甲任务", "市场监管局", "", "长期坚持"],
        ["1", "乙任务", "市场监管局", "", "长期坚持"],
        ["4", "甲任务", "市场监管局", "", "长期坚持"],
    ])
    codes = _codes(r)
    assert ("duplicate-number", "error", "A3") in codes
    assert ("number-gap", "warning", "A4") in codes
    assert ("duplicate-task-text", "warning", "B4") in codes
    gap = next(f for f in r.findings if f.code == "number-gap")
    assert "第2—3项" in gap.message


def test_reordered_rows_are_not_gaps(tmp_path):
    r = _check(tmp_path, [["2", "乙", "市场监管局", "", "长期坚持"], ["1", "甲", "市场监管局", "", "长期坚持"]])
    assert "number-gap" not in {c for c, *_ in _codes(r)}


def test_task_with_several_units_and_no_lead(tmp_path):
    path = write_xlsx(tmp_path / "无牵头.xlsx", [
        ["序号", "主要任务", "牵头单位", "责任单位", "完成时限"],
        ["1", "甲任务", "", "市场监管局、公安局", "长期坚持"],
        ["2", "乙任务", "", "市场监管局", "长期坚持"],
    ])
    r = check(path, units=ROSTER)
    assert [c for c in _codes(r) if c[0] == "task-without-lead"] == [("task-without-lead", "warning", "C2")]


def test_breakdown_problems(tmp_path):
    tasks = _check(tmp_path, [["1", "甲任务", "市场监管局", "农业农村局", "2023年6月底前"]]).tasklist
    assert tasks.tasks
    bd = write_xlsx(tmp_path / "分解表.xlsx", [
        ["任务编号", "具体措施", "责任单位", "责任科室", "时间节点"],
        ["1", "制定方案", "市场监管局", "食品生产科", "2023年5月底前"],
        ["1", "开展检查", "农业农村局", "执法队", "2023年9月底前"],
        ["7", "宣传", "市场监管局", "办公室", "2023年5月底前"],
        ["1", "培训", "公安局", "治安大队", "2023年5月底前"],
        ["1", "", "市场监管局", "办公室", "2023年5月底前"],
    ])
    r = check(tmp_path / "清单.xlsx", units=ROSTER, breakdown=bd)
    codes = _codes(r)
    assert ("milestone-after-deadline", "warning", "E3") in codes
    assert ("measure-task-not-found", "error", "A4") in codes
    assert ("measure-unit-not-owner", "error", "C5") in codes
    assert ("measure-without-text", "error", "B6") in codes
    f = next(f for f in r.findings if f.code == "measure-unit-not-owner")
    assert f.file == "分解表.xlsx" and "平罗县市场监督管理局" in f.suggestion



def _numbered(number: str, row: int, sheet: str = "任务清单") -> Task:
    return Task(id=f"T{row}", number=number, category=(), text=f"任务{row}", lead=["市场监管局"], responsible=[],
                cooperating=[], deadline=Deadline("长期坚持"), source=Source("清单.xlsx", sheet, row),
                cells={"number": f"A{row}"})


def test_gaps_of_a_list_numbered_in_tens_are_found_in_one_pass():
    """20,000 tasks numbered 10, 20, 30 … (rows shuffled, two numbers written twice):
    20,000 gaps, each reported once at the first row of the next number present. The
    old check scanned every numbered task once per gap (400 million comparisons, 1.6 s
    of CPU for 4,000 tasks and about 40 s for these)."""
    count = 20_000
    numbers = [10 * k for k in range(1, count + 1)] + [1_000_000]
    rows = list(range(2, len(numbers) + 2))
    random.Random(17).shuffle(rows)
    tasks = [_numbered(str(n), row) for n, row in zip(numbers, rows)]
    tasks += [_numbered(str(n), row) for n, row in ((30, 1), (50, 90_000))]  # numbers written twice
    tl = TaskList(tasks=sorted(tasks, key=lambda t: t.source.row))
    gaps = [f for f in check_numbers(tl, Roster.empty()) if f.code == "number-gap"]
    assert len(gaps) == count
    row_of = {n: row for n, row in zip(numbers, rows)}
    row_of[30] = 1  # the first row of 30, not its other one
    expected = [(f"A{row_of[10 * k]}", f"任务编号缺少第{10 * k - 9}—{10 * k - 1}项（编号{10 * k - 10}之后直接是{10 * k}）。")
                for k in range(2, count + 1)]
    expected.append((f"A{row_of[1_000_000]}", f"任务编号缺少第{10 * count + 1}—999999项（编号{10 * count}之后直接是1000000）。"))
    assert [(f.cell, f.message) for f in gaps] == expected
    assert gaps[1].value == "30"


def test_a_sub_number_is_no_top_number():
    """"45.1" is item 1 of task 45: not task 45, and not task 4 (the pattern once
    gave back its first digit), so 1, 2, 45.1 has no gap at 3."""
    tl = TaskList(tasks=[_numbered("1", 2), _numbered("2", 3), _numbered("45.1", 4), _numbered("45.2", 5)])
    assert [f for f in check_numbers(tl, Roster.empty()) if f.code == "number-gap"] == []


def test_a_single_missing_number_is_named_alone():
    tl = TaskList(tasks=[_numbered("1", 2), _numbered("3", 3), _numbered("4", 4), _numbered("7", 7)])
    gaps = [f for f in check_numbers(tl, Roster.empty()) if f.code == "number-gap"]
    assert [(f.cell, f.value, f.message) for f in gaps] == [
        ("A3", "3", "任务编号缺少第2项（编号1之后直接是3）。"), ("A7", "7", "任务编号缺少第5—6项（编号4之后直接是7）。")]
