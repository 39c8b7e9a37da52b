"""Only a unit can report for itself: files altered to speak for another unit
are rejected and the genuine report stays; files without identity wait for the
clerk; a file of another period is the wrong period even if merged before; the
newer of two files is the one saved later, whatever their names."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from fill import fill_workbook, set_saved_time
from ledger.io.unit_workbook import FIRST_ROW, HEADER_ROW
from ledger.merging import merge
from ledger.splitting import split
from test_merge import (MARKET, ON_TIME, PERIOD, assert_lossless, claim, fill_all, incoming, outgoing,  # noqa: F401
                        stored, template, ws)

VICTIM = "城关镇"
FORGED = "标识与单位不符，可能是其他单位的表格或被改动过"


@pytest.fixture
def victim_reported(ws):
    """城关镇 has reported genuinely; what it typed."""
    typed = fill_all(ws, units={VICTIM})
    assert merge(ws, period=PERIOD, received_at=ON_TIME).ok
    for path in incoming(ws).iterdir():
        path.unlink()
    return typed


def _attacker_file(ws, name: str = "市监局.xlsx") -> Path:
    path = incoming(ws) / name
    fill_workbook(outgoing(ws)[MARKET], path, MARKET, 900_000)
    return path


def _rejected_and_victim_intact(ws, victim_reported, path: Path, reason: str = FORGED) -> None:
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [(f.file, f.status) for f in result.files] == [(path.name, "rejected")]
    assert reason in result.files[0].reason
    assert {u for u, _s, _id in stored(ws)} == {VICTIM}
    assert_lossless(ws, victim_reported)  # the genuine submission stays current


def test_a_unit_name_edited_in_the_hidden_sheet_and_properties_is_rejected(ws, victim_reported):
    path = _attacker_file(ws)
    wb = openpyxl.load_workbook(path)
    claim(wb, "unit", VICTIM)  # both places, as a careful forger would
    wb.save(path)
    _rejected_and_victim_intact(ws, victim_reported, path)


def test_a_unit_name_edited_in_the_hidden_sheet_only_disagrees_with_the_properties(ws, victim_reported):
    path = _attacker_file(ws)
    wb = openpyxl.load_workbook(path)
    meta = wb["_ledger"]
    row = next(r for r in range(1, 12) if meta.cell(r, 1).value == "unit")
    meta.cell(row, 2).value = VICTIM
    wb.save(path)
    _rejected_and_victim_intact(ws, victim_reported, path, "隐藏表与文件属性中的标识不一致")


def test_another_units_hidden_sheet_pasted_in_is_rejected(ws, victim_reported):
    """The victim's genuine identity (sheet and properties) over the attacker's rows:
    the token is genuine, but the rows' keyed tags are not the victim's."""
    path = _attacker_file(ws)
    wb = openpyxl.load_workbook(path)
    theirs = openpyxl.load_workbook(outgoing(ws)[VICTIM])
    for row in theirs["_ledger"].iter_rows():
        for cell in row:
            wb["_ledger"].cell(cell.row, cell.column).value = cell.value
    mine = {p.name: p for p in wb.custom_doc_props.props}
    for prop in theirs.custom_doc_props.props:
        mine[prop.name].value = prop.value
    wb.save(path)
    _rejected_and_victim_intact(ws, victim_reported, path, "任务标识不属于“城关镇”")


def test_identity_deleted_and_title_renamed_is_never_taken_for_the_unit(ws, victim_reported):
    path = _attacker_file(ws)
    wb = openpyxl.load_workbook(path)
    del wb["_ledger"]
    wb.custom_doc_props.props = []
    sheet = wb["任务进展"]
    sheet["A1"].value = sheet["A1"].value.replace(MARKET, VICTIM)
    wb.save(path)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [(f.status, f.unit) for f in result.files] == [("pending", VICTIM)]  # a guess, shown, not taken
    assert not result.ok
    assert_lossless(ws, victim_reported)


def test_a_forged_token_with_valid_looking_parts_is_rejected(ws, victim_reported):
    path = _attacker_file(ws)
    wb = openpyxl.load_workbook(path)
    claim(wb, "unit", VICTIM)
    claim(wb, "token", "0" * 64)
    wb.save(path)
    _rejected_and_victim_intact(ws, victim_reported, path)


def test_a_file_merged_in_an_earlier_period_is_the_wrong_period_here(ws):
    fill_all(ws, units={MARKET})
    first = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert first.ok
    split(ws, "2023-W11", workers=1)
    later = ws.folder("incoming") / "2023年第11周"
    later.mkdir(parents=True, exist_ok=True)  # split makes it (2026-12-07)
    for path in incoming(ws).iterdir():
        shutil.copy(path, later / path.name)
    result = merge(ws, period="2023-W11", received_at=ON_TIME)
    assert [f.status for f in result.files] == ["rejected"]
    assert "不是本期（2023年第11周）" in result.files[0].reason and not result.ok
    assert MARKET in result.missing_units


def _progress(path: Path, text: str) -> None:
    wb = openpyxl.load_workbook(path)
    sheet = wb["任务进展"]
    col = [c.value for c in sheet[HEADER_ROW + 1]].index("本期进展") + 1
    sheet.cell(FIRST_ROW + 1, col).value = text
    wb.save(path)


def _market_progress(ws) -> str:
    first = next(t for u, s, t in stored(ws) if u == MARKET and s == "任务进展")
    values = stored(ws)[(MARKET, "任务进展", first)]
    return values["progress"]


def test_the_newer_file_is_the_one_saved_later_not_the_one_named_last(ws):
    fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "1-更正.xlsx", MARKET)
    shutil.copy(incoming(ws) / "1-更正.xlsx", incoming(ws) / "2-原始.xlsx")
    _progress(incoming(ws) / "1-更正.xlsx", "更正后的进展")
    _progress(incoming(ws) / "2-原始.xlsx", "原始进展")
    set_saved_time(incoming(ws) / "1-更正.xlsx", "2023-03-09T10:00:00Z")
    set_saved_time(incoming(ws) / "2-原始.xlsx", "2023-03-08T10:00:00Z")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert _market_progress(ws) == "更正后的进展"
    note = next(f for f in result.findings if f.code == "several-files-of-one-unit")
    assert "最晚保存" in note.message and note.file == "1-更正.xlsx"
    late = incoming(ws) / "3-更早的.xlsx"  # an even older copy arriving later is kept as history only
    shutil.copy(incoming(ws) / "2-原始.xlsx", late)
    _progress(late, "更早的进展")
    set_saved_time(late, "2023-03-07T10:00:00Z")
    again = merge(ws, [late], period=PERIOD, received_at=ON_TIME)
    assert _market_progress(ws) == "更正后的进展"
    assert [(f.status, f.current_file) for f in again.files] == [("accepted", "1-更正.xlsx")]


def test_equal_saved_times_are_said_to_be_decided_by_name(ws):
    fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "a.xlsx", MARKET)
    shutil.copy(incoming(ws) / "a.xlsx", incoming(ws) / "b.xlsx")
    _progress(incoming(ws) / "b.xlsx", "第二份")
    for name in ("a.xlsx", "b.xlsx"):
        set_saved_time(incoming(ws) / name, "2023-03-09T10:00:00Z")
        (incoming(ws) / name).touch()
    import os
    stamp = (incoming(ws) / "a.xlsx").stat().st_mtime
    os.utime(incoming(ws) / "b.xlsx", (stamp, stamp))
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    note = next(f for f in result.findings if f.code == "several-files-of-one-unit")
    assert "保存时间相同或无法读取" in note.message and note.file == "b.xlsx"


def test_merge_as_from_the_command_line(ws, run_cli):
    typed = fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    wb = openpyxl.load_workbook(path)
    del wb["_ledger"]
    wb.custom_doc_props.props = []
    wb.save(path)
    r = run_cli("merge", "-w", ws.root, "--period", PERIOD, "--json")
    assert r.code == 1 and r.json["pending"][0]["guess"] == MARKET
    assert f"--as {MARKET}" in r.err
    r = run_cli("merge", "-w", ws.root, path, "--as", MARKET, "--period", PERIOD, "--json")
    assert r.code == 0, r.err
    task_typed = {k: v for k, v in typed[MARKET].items() if k[0] == "任务进展"}
    got = stored(ws)
    assert all(str(got[(MARKET, s, rid)][f]) == str(v) for (s, rid, f), v in task_typed.items())
    r = run_cli("merge", "-w", ws.root, "--as", MARKET, "--period", PERIOD)
    assert r.code == 2 and "--as 只能用于写明的文件" in r.err


def test_rotating_the_secret_keeps_files_sent_out_and_revoking_rejects_them(ws, run_cli):
    fill_all(ws, units={MARKET})
    r = run_cli("rotate-secret", "-w", ws.root, "--json")
    assert r.code == 0 and r.json["revoked"] == 0
    assert merge(ws, period=PERIOD, received_at=ON_TIME).ok  # signed with the old key: still genuine
    fill_all(ws, units={VICTIM}, rename=lambda unit, i: f"后来的-{i}.xlsx")
    r = run_cli("rotate-secret", "-w", ws.root, "--revoke-old", "--json")
    assert r.code == 0 and r.json["revoked"] == 2
    assert "ledger split --force" in r.err
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [(f.status, FORGED in f.reason) for f in result.files if f.status != "duplicate"] == [("rejected", True)]


def _stripped(path: Path) -> None:
    """Identity sheet and properties deleted; the hidden id column (ids and tags) kept."""
    wb = openpyxl.load_workbook(path)
    del wb["_ledger"]
    wb.custom_doc_props.props = []
    wb.save(path)


def test_confirming_cannot_replace_a_signed_report(ws, victim_reported):
    path = incoming(ws) / "城关镇-更正.xlsx"
    fill_workbook(outgoing(ws)[VICTIM], path, VICTIM, 700_000)
    _stripped(path)
    result = merge(ws, [path], period=PERIOD, received_at=ON_TIME, as_unit=VICTIM)
    assert [f.status for f in result.files] == ["rejected"]
    assert "已有带标识的正式报送" in result.files[0].reason and not result.ok
    assert_lossless(ws, victim_reported)


def test_confirming_another_units_rows_as_this_unit_is_refused(ws):
    """市监局's file with its identity stripped, confirmed as 城关镇: the row ids it
    still carries were issued to 市监局, whatever tasks the two units share."""
    path = _attacker_file(ws)
    _stripped(path)
    result = merge(ws, [path], period=PERIOD, received_at=ON_TIME, as_unit=VICTIM)
    assert [f.status for f in result.files] == ["rejected"]
    assert "不是本期下发给“城关镇”的" in result.files[0].reason
    assert stored(ws) == {}


def test_confirming_last_periods_file_into_this_period_is_refused(ws):
    split(ws, "2023-W11", workers=1)
    path = incoming(ws) / "上周的.xlsx"
    fill_workbook(outgoing(ws)[MARKET], path, MARKET)  # the 2023-W10 workbook
    _stripped(path)
    wb = openpyxl.load_workbook(path)
    for sheet in wb.worksheets:
        if isinstance(sheet["A1"].value, str):
            sheet["A1"].value = sheet["A1"].value.replace("2023年第10周", "2023年第11周")
    wb.save(path)
    result = merge(ws, [path], period="2023-W11", received_at=ON_TIME, as_unit=MARKET)
    assert [f.status for f in result.files] == ["rejected"], result.files[0].reason
    assert "不是本期下发给" in result.files[0].reason


def test_confirming_a_copy_with_the_units_own_ids_is_taken(ws):
    path = incoming(ws) / "自己的.xlsx"
    typed = fill_workbook(outgoing(ws)[MARKET], path, MARKET)
    _stripped(path)
    result = merge(ws, [path], period=PERIOD, received_at=ON_TIME, as_unit=MARKET)
    assert [f.status for f in result.files] == ["accepted"]
    assert_lossless(ws, {MARKET: typed})


def test_an_emptied_identity_sheet_falls_back_to_the_document_properties(ws):
    path = incoming(ws) / "清空了隐藏表.xlsx"
    typed = fill_workbook(outgoing(ws)[MARKET], path, MARKET)
    wb = openpyxl.load_workbook(path)
    for row in wb["_ledger"].iter_rows():
        for cell in row:
            cell.value = None
    wb.save(path)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [(f.status, f.unit) for f in result.files] == [("accepted", MARKET)], result.files[0].reason
    assert_lossless(ws, {MARKET: typed})


def test_merge_as_takes_a_short_name_and_suggests_for_a_typo(ws, run_cli):
    fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    _stripped(path)
    r = run_cli("merge", "-w", ws.root, path, "--as", "平罗县市场监督管理", "--period", PERIOD)
    assert r.code == 2 and "不是本期下发过填报表的单位" in r.err and f"您是不是要写：{MARKET}" in r.err
    result = merge(ws, [path], period=PERIOD, received_at=ON_TIME, as_unit="县市场监管局")
    assert [(f.status, f.unit) for f in result.files] == [("accepted", MARKET)]


def test_merge_of_a_period_never_split_says_to_split_first(ws, run_cli):
    r = run_cli("merge", "-w", ws.root, "--period", "2023-W20")
    assert r.code == 2
    assert "2023年第20周还没有下发填报表" in r.err and "ledger split --period 2023年第20周" in r.err


def test_a_signed_report_outranks_a_confirmed_copy_whatever_its_saved_time(ws):
    """A copy without identity, confirmed with --as and claiming to be saved later,
    does not stay current over the unit's own signed workbook arriving after it."""
    copy = incoming(ws) / "复制件.xlsx"
    fill_workbook(outgoing(ws)[MARKET], copy, MARKET, 500_000)
    _stripped(copy)
    set_saved_time(copy, "2023-03-09T20:00:00Z")
    assert merge(ws, [copy], period=PERIOD, received_at=ON_TIME, as_unit=MARKET).ok
    copy.unlink()
    genuine = incoming(ws) / "原表.xlsx"
    typed = fill_workbook(outgoing(ws)[MARKET], genuine, MARKET)
    set_saved_time(genuine, "2023-03-08T09:00:00Z")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [(f.status, f.older) for f in result.files] == [("accepted", False)]
    assert_lossless(ws, {MARKET: typed})


def test_merge_as_over_a_folder_takes_files_with_identity_as_their_own(ws):
    typed = fill_all(ws, units={MARKET, VICTIM})
    result = merge(ws, [incoming(ws)], period=PERIOD, received_at=ON_TIME, as_unit=MARKET)
    assert sorted((f.status, f.unit) for f in result.files) == sorted([("accepted", MARKET), ("accepted", VICTIM)])
    notes = [f for f in result.findings if f.code == "as-not-applied"]
    assert len(notes) == 1 and f"已按标识记为“{VICTIM}”的报送" in notes[0].message
    assert_lossless(ws, typed)
