"""A clerk's week as a stranger's probe played it (2026-12-07, nineteenth session): a workbook of no task confirmed
with --as, a merge run before anything came back, files a unit sent into a sub-folder or in another format. What the
clerk is told, and that nothing counts as a unit's report that is none."""
from __future__ import annotations

import openpyxl
import pytest

from ledger.errors import UsageError
from ledger.merging import merge
from ledger.store import Store
from test_merge import MARKET, ON_TIME, PERIOD, fill_all, incoming, template, ws  # noqa: F401 (fixtures)

pytestmark = pytest.mark.usefixtures("backend")


def test_a_workbook_of_no_task_confirmed_with_as_is_no_report(ws):
    stray = incoming(ws) / "工资表.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "工资表"
    wb.active.append(["姓名", "金额"])
    wb.save(stray)
    result = merge(ws, [stray], period=PERIOD, received_at=ON_TIME, as_unit=MARKET, export=False)
    assert [(f.status, f.unit) for f in result.files] == [("rejected", MARKET)]
    assert "没有一行能按编号和任务内容对应" in result.files[0].reason
    with Store.open(ws) as store:
        assert MARKET in store.missing_units(PERIOD)


def test_a_merge_before_anything_came_back_says_where_to_put_the_files(ws):
    folder = incoming(ws)
    folder.rmdir()
    with pytest.raises(UsageError, match="没有找到要汇总的文件"):
        merge(ws, period=PERIOD, received_at=ON_TIME, export=False)


def test_split_makes_the_folder_for_the_returns(template):
    from ledger.workspace import open_workspace
    from ledger.periods import parse_period
    w = open_workspace(template)
    per = parse_period(PERIOD, w.config.period, w.config.due_weekday)
    assert w.period_folder("incoming", per).is_dir()


def test_files_in_a_sub_folder_or_of_another_kind_are_named(ws):
    typed = fill_all(ws, units={MARKET, "城关镇"})
    sub = incoming(ws) / "子 文件夹"
    sub.mkdir()
    (incoming(ws) / next(iter(f for f in incoming(ws).iterdir() if f.suffix == ".xlsx")).name).rename(sub / "副本 (1).xlsx")
    (incoming(ws) / "说明.txt").write_text("见附件", encoding="utf-8")
    (incoming(ws) / "~$临时.xlsx").write_bytes(b"")
    result = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    found = [f for f in result.findings if f.code == "files-not-read"]
    assert len(found) == 1 and "《子 文件夹/副本 (1).xlsx》" in found[0].message and "《说明.txt》" in found[0].message
    assert "~$" not in found[0].message
    assert len(result.accepted) == len(typed) - 1


def test_a_form_named_after_another_unit_is_taken_as_its_own_units_with_a_word(ws):
    fill_all(ws, units={MARKET}, rename=lambda unit, i: "城关镇_2023年第10周.xlsx",
             value_of=lambda field, unit, rid, n: f"李四{n}")  # typed by a person of no unit's name
    fill_all(ws, units={"城关镇"}, rename=lambda unit, i: f"{unit}_2023年第10周(1).xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    assert sorted((f.file, f.unit) for f in result.accepted) == [("城关镇_2023年第10周(1).xlsx", "城关镇"),
                                                                 ("城关镇_2023年第10周.xlsx", MARKET)]
    named = [f for f in result.findings if f.code == "named-as-another"]
    assert [f.file for f in named] == ["城关镇_2023年第10周.xlsx"]
    assert "写的是“城关镇”" in named[0].message and f"下发给“{MARKET}”的填报表" in named[0].message
