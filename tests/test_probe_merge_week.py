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


def test_a_column_the_unit_added_is_kept_with_its_row(ws):
    """A unit inserts 备注 before 存在问题 and types in it: every word reaches 报送明细 on its own task's row."""
    import json as _json
    from test_merge import HEADER, outgoing
    from fill import fill_workbook
    typed = fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    wb = openpyxl.load_workbook(incoming(ws) / "x.xlsx")
    sheet = wb["任务进展"]
    heads = [c.value for c in sheet[HEADER]]
    col = heads.index("存在问题") + 1
    sheet.insert_cols(col)
    sheet.cell(HEADER, col).value = "备注"
    ids = {}
    for r in range(HEADER + 1, sheet.max_row + 1):
        number = sheet.cell(r, 1).value
        if number:
            sheet.cell(r, col).value = f"REMARK-{number}"
            ids[str(number)] = f"REMARK-{number}"
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["accepted"]
    detail = openpyxl.load_workbook(result.ledger)["报送明细"]
    header = next(r for r in detail.iter_rows(values_only=True) if r and "备注" in r)
    note, number_col = header.index("备注"), 0
    notes = {str(r[number_col]): r[note] for r in detail.iter_rows(values_only=True)
             if r and r[2] == MARKET and r[note]}
    assert ids and all(notes.get(n) == f"单位自加的列——备注：{v}" for n, v in ids.items()), (ids, notes)
    assert len(typed) > 0


def test_text_over_one_hidden_id_loses_that_rows_id_only(ws):
    """'我们不知道这是什么' pasted over a row's hidden id: the row is matched by its number and text like a row that
    lost its id, the rest of the file is taken, and the cell is named (the whole file had been rejected as forged)."""
    from test_merge import HEADER, assert_lossless, outgoing
    from fill import fill_workbook
    from ledger.io.unit_workbook import ID_HEADER
    typed = fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    wb = openpyxl.load_workbook(incoming(ws) / "x.xlsx")
    sheet = wb["任务进展"]
    col = [c.value for c in sheet[HEADER]].index(ID_HEADER) + 1
    sheet.cell(HEADER + 2, col).value = "我们不知道这是什么"
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    assert [f.status for f in result.files] == ["accepted"]
    said = [f for f in result.findings if f.code == "id-overwritten"]
    assert len(said) == 1 and "我们不知道这是什么" in said[0].message and said[0].cell.endswith(str(HEADER + 2))
    assert_lossless(ws, {MARKET: typed})


def test_another_units_id_in_a_row_still_rejects_the_file(ws):
    """A real id of a row issued to another unit is no accident: the file is refused, as before."""
    from test_merge import HEADER, outgoing
    from fill import fill_workbook
    from ledger.io.unit_workbook import ID_HEADER
    fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    other = openpyxl.load_workbook(outgoing(ws)["城关镇"])["任务进展"]
    col_o = [c.value for c in other[HEADER]].index(ID_HEADER) + 1
    stolen = other.cell(HEADER + 1, col_o).value
    wb = openpyxl.load_workbook(incoming(ws) / "x.xlsx")
    sheet = wb["任务进展"]
    col = [c.value for c in sheet[HEADER]].index(ID_HEADER) + 1
    sheet.cell(HEADER + 2, col).value = stolen
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    assert [f.status for f in result.files] == ["rejected"]


def test_a_filled_book_saved_under_an_xls_name_is_taken(ws):
    from test_merge import assert_lossless, outgoing
    from fill import fill_workbook
    typed = fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    (incoming(ws) / "x.xlsx").rename(incoming(ws) / "市场监管局_2023年第10周.xls")
    result = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    assert [(f.status, f.unit) for f in result.files] == [("accepted", MARKET)]
    assert_lossless(ws, {MARKET: typed})


def test_a_re_send_of_some_rows_names_what_it_no_longer_says(ws):
    """教育局 sent every row, then a file with one row filled: the newer one counts, and the tasks it leaves empty that the
    first had filled are named (the probe's notice had only said '有变化的任务')."""
    from test_merge import HEADER, outgoing
    from fill import fill_workbook
    fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "旧.xlsx", MARKET)
    assert merge(ws, period=PERIOD, received_at=ON_TIME, export=False).ok
    wb = openpyxl.load_workbook(outgoing(ws)[MARKET])
    sheet = wb["任务进展"]
    heads = [c.value for c in sheet[HEADER]]
    sheet.cell(HEADER + 1, heads.index("本期进展") + 1).value = "只改了这一行"
    kept = str(sheet.cell(HEADER + 1, 1).value)
    wb.save(incoming(ws) / "新.xlsx")
    (incoming(ws) / "旧.xlsx").unlink()
    result = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    (accepted,) = result.accepted
    assert accepted.superseded and accepted.emptied_tasks and kept not in accepted.emptied_tasks
    said = [f for f in result.findings if f.code == "report-emptied"]
    assert len(said) == 1 and f"{len(accepted.emptied_tasks)}项任务上次填了、这次没有填" in said[0].message
