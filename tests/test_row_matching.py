"""Rows find their task by what the unit sees when the hidden ids cannot be
trusted to: ids left behind by a sort of the visible columns only, measure rows
whose ids were cleared, and rows copied into a new workbook (both sheets)."""
from __future__ import annotations

import openpyxl

from fill import fill_workbook
from ledger.io.unit_workbook import FIRST_ROW, HEADER_ROW
from ledger.merging import merge
from test_merge import MARKET, ON_TIME, PERIOD, assert_lossless, incoming, outgoing, stored, template, ws  # noqa: F401


def _unit_with_measures(ws) -> str:
    for unit, path in outgoing(ws).items():
        wb = openpyxl.load_workbook(path, read_only=True)
        if "分解任务" in wb.sheetnames and wb["分解任务"].max_row > FIRST_ROW + 1:
            return unit
    raise AssertionError("the sample has no unit with measures")


def _id_col(sheet) -> int:
    return next(c.column for c in sheet[HEADER_ROW + 1] if c.value and "标识" in str(c.value))


def _data_rows(sheet) -> list[int]:
    return [r for r in range(FIRST_ROW + 1, sheet.max_row + 1) if sheet.cell(r, 1).value not in (None, "")]


def test_visible_columns_sorted_without_the_hidden_ids_follow_the_visible_row(ws):
    """A clerk selects A:Q (the visible columns) and sorts: the hidden ids stay
    where they were. Each row's values belong to the task it shows."""
    path = incoming(ws) / "市场监管局.xlsx"
    typed = fill_workbook(outgoing(ws)[MARKET], path, MARKET)
    wb = openpyxl.load_workbook(path)
    sheet = wb["任务进展"]
    id_col, rows = _id_col(sheet), _data_rows(sheet)
    assert len(rows) >= 3
    visible = [[sheet.cell(r, c).value for c in range(1, id_col)] for r in rows]
    for r, values in zip(rows, reversed(visible)):
        for c, v in enumerate(values, 1):
            sheet.cell(r, c).value = v
    wb.save(path)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["accepted"]
    moved = [f for f in result.findings if f.code == "ids-out-of-place"]
    assert len(moved) == 1 and f"有 {len(rows) - len(rows) % 2} 行" in moved[0].message
    assert not any(f.code == "readonly-edited" for f in result.findings)
    assert_lossless(ws, {MARKET: typed})


def test_a_real_edit_of_the_task_text_stays_on_the_row_of_its_id(ws):
    path = incoming(ws) / "市场监管局.xlsx"
    typed = fill_workbook(outgoing(ws)[MARKET], path, MARKET)
    wb = openpyxl.load_workbook(path)
    sheet = wb["任务进展"]
    text_col = next(c.column for c in sheet[HEADER_ROW + 1] if c.value == "任务内容")
    first = _data_rows(sheet)[0]
    sheet.cell(first, text_col).value = "（改过的任务内容）"
    wb.save(path)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert {f.code for f in result.findings} >= {"readonly-edited"}
    assert not any(f.code == "ids-out-of-place" for f in result.findings)
    assert_lossless(ws, {MARKET: typed})


def test_measure_rows_without_ids_match_by_task_number_and_measure_text(ws):
    unit = _unit_with_measures(ws)
    path = incoming(ws) / "分解.xlsx"
    typed = fill_workbook(outgoing(ws)[unit], path, unit)
    assert any(s == "分解任务" for s, _r, _f in typed)
    wb = openpyxl.load_workbook(path)
    sheet = wb["分解任务"]
    id_col = _id_col(sheet)
    for r in _data_rows(sheet):
        sheet.cell(r, id_col).value = None
    wb.save(path)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["accepted"]
    assert any(f.code == "matched-by-number" for f in result.findings)
    assert not any(f.code == "row-unmatched" for f in result.findings)
    assert_lossless(ws, {unit: typed})


def test_both_sheets_copied_into_a_new_workbook_are_taken_whole_once_confirmed(ws):
    unit = _unit_with_measures(ws)
    filled = incoming(ws) / "原表.xlsx"
    typed = fill_workbook(outgoing(ws)[unit], filled, unit)
    src = openpyxl.load_workbook(filled)
    new = openpyxl.Workbook()
    new.remove(new.active)
    for name in ("任务进展", "分解任务"):
        sheet, copy = src[name], new.create_sheet(name)
        id_col = _id_col(sheet)
        for r, row in enumerate(sheet.iter_rows(values_only=True), 1):
            for c, v in enumerate(row[:id_col - 1], 1):
                copy.cell(r, c).value = v
    filled.unlink()
    copied = incoming(ws) / "新建工作簿.xlsx"
    new.save(copied)
    result = merge(ws, [copied], period=PERIOD, received_at=ON_TIME, as_unit=unit)
    assert [f.status for f in result.files] == ["accepted"]
    assert not any(f.code == "row-unmatched" for f in result.findings)
    assert_lossless(ws, {unit: typed})
    assert {k[1] for k in stored(ws)} == {"任务进展", "分解任务"}


def test_the_filter_range_holds_the_hidden_id_column_so_a_sort_moves_ids_along(ws):
    from openpyxl.utils import get_column_letter, range_boundaries

    wb = openpyxl.load_workbook(outgoing(ws)[_unit_with_measures(ws)])
    for name in ("任务进展", "分解任务"):
        sheet = wb[name]
        _min_col, _min_row, max_col, _max_row = range_boundaries(sheet.auto_filter.ref)
        assert max_col == _id_col(sheet), (name, sheet.auto_filter.ref, get_column_letter(_id_col(sheet)))
