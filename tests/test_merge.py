"""`ledger merge`: every value a unit typed lands on its task, once; every file
that cannot be used is named with the reason."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLES, copy_workspace
from fill import fill_workbook, set_saved_time
from ledger.keys import split_tagged
from ledger.imports import import_files
from ledger.io.unit_workbook import FIRST_ROW, HEADER_ROW, ID_HEADER, NOTE_ROW, REPORTER_ROW, TITLE_ROW
from ledger.merging import merge
from ledger.splitting import split
from ledger.store import Store
from ledger.workspace import init_workspace, open_workspace

PERIOD = "2023-W10"
LABEL = "2023年第10周"  # the period as people read it: the name of its folders
HEADER, FIRST = HEADER_ROW + 1, FIRST_ROW + 1  # a split sheet's header row and first task row, 1-based
ON_TIME = datetime(2023, 3, 10, 9, 0)
MARKET = "平罗县市场监督管理局"


pytestmark = pytest.mark.usefixtures("backend")  # every test on SQLite and on PostgreSQL


@pytest.fixture(scope="module")
def template(tmp_path_factory, backend) -> Path:
    """A workspace with the 平罗 samples imported and split for 2023-W10."""
    root = tmp_path_factory.mktemp("tpl") / "台账 工作区"
    ws, _ = init_workspace(root, "平罗县食品安全委员会办公室", "平罗县深化改革加强食品安全工作实施方案")
    import_files(ws, SAMPLES / "平罗县任务清单.xlsx", breakdown=SAMPLES / "平罗县任务分解表.xlsx",
                 units=SAMPLES / "平罗县单位名录.xlsx")
    split(ws, PERIOD, workers=1)
    return root


@pytest.fixture
def ws(template, tmp_path):
    return open_workspace(copy_workspace(template, tmp_path / "台账 工作区"))


def outgoing(ws) -> dict[str, Path]:
    with Store.open(ws) as store:
        files = store.split_files(PERIOD)
    return {f["unit"]: ws.folder("outgoing") / LABEL / f["file"] for f in files}


def incoming(ws) -> Path:
    folder = ws.folder("incoming") / LABEL
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fill_all(ws, units=None, rename=lambda unit, i: f"返回-{i}.xlsx", value_of=None, folder=None) -> dict:
    typed = {}
    for i, (unit, path) in enumerate(outgoing(ws).items()):
        if units is None or unit in units:
            typed[unit] = fill_workbook(path, (folder or incoming(ws)) / rename(unit, i), unit, i * 100_000, value_of)
    return typed


def filled_market_sheet(ws):
    """The market regulator's workbook filled in as x.xlsx, opened: (workbook, its
    任务进展 sheet, that sheet's headers), for a test to edit and save back."""
    fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    wb = openpyxl.load_workbook(incoming(ws) / "x.xlsx")
    sheet = wb["任务进展"]
    return wb, sheet, [c.value for c in sheet[HEADER]]


def stored(ws) -> dict[tuple[str, str, str], dict]:
    """(unit, sheet, id) -> values, from the current submissions."""
    with Store.open(ws) as store:
        rows = store.progress_rows(PERIOD)
    return {(u, "分解任务" if m else "任务进展", m or t): v for u, t, m, v in rows}


def assert_lossless(ws, typed: dict) -> None:
    got = stored(ws)
    expected_keys = {(unit, sheet, rid) for unit, cells in typed.items() for (sheet, rid, _f) in cells}
    assert set(got) == expected_keys  # every row once, no row on another unit or task
    for unit, cells in typed.items():
        for (sheet, rid, field), value in cells.items():
            assert str(got[(unit, sheet, rid)][field]) == str(value), (unit, rid, field)


def test_round_trip_every_value_lands_once(ws):
    typed = fill_all(ws)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert result.ok, [f.message for f in result.findings][:5]
    assert len(result.accepted) == 46 and result.missing_units == []
    assert_lossless(ws, typed)
    assert sum(len(v) for v in typed.values()) > 5000
    assert any(sheet == "分解任务" for cells in typed.values() for (sheet, _r, _f) in cells)
    wb = openpyxl.load_workbook(result.ledger)
    assert wb.sheetnames == ["总台账", "报送明细", "未报送单位", "逾期任务", "单位汇总"]


def test_json_contract(ws, run_cli):
    fill_all(ws, units={MARKET})
    r = run_cli("merge", "-w", ws.root, "--period", PERIOD, "--json")
    data = r.json
    assert set(data) >= {"ok", "period", "accepted", "rejected", "missing_units", "findings", "ledger"}
    assert data["accepted"][0]["unit"] == MARKET and data["accepted"][0]["rows"] == 50
    assert len(data["missing_units"]) == 45 and r.code == 0


def test_same_file_twice_changes_nothing(ws):
    typed = fill_all(ws, units={MARKET})
    merge(ws, period=PERIOD, received_at=ON_TIME)
    before = stored(ws)
    again = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in again.files] == ["duplicate"] and stored(ws) == before
    assert_lossless(ws, typed)


def test_a_merge_without_a_ledger_loads_neither_the_export_nor_xlsxwriter(ws):
    """A merge before any 汇总台账 exists (or with --no-export) has no 销号确认 to read
    back and nothing to write: it starts without the exporter and the writers."""
    fill_all(ws, units=[MARKET])
    code = ("import sys\nfrom ledger.merging import merge\nfrom ledger.workspace import open_workspace\n"
            f"merge(open_workspace({str(ws.root)!r}), period={PERIOD!r}, export=False, workers=1)\n"
            "print(sorted(m for m in ('ledger.exporting', 'ledger.splitting', 'xlsxwriter') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "[]"
    with Store.open(ws) as store:
        assert store.current_submission(PERIOD, MARKET) is not None


READING_SIDE = ("ledger.io.returned", "ledger.io.safety", "ledger.attribution", "ledger.row_matching",
                "ledger.merge_reading", "concurrent.futures", "multiprocessing")


def _merge_in_a_process(ws, workers: int) -> tuple[list[str], list[str]]:
    """Merge ``ws`` in a fresh process: each file's status, and which of the reading
    side's modules that process loaded."""
    code = ("import json, sys\nfrom ledger.merging import merge\nfrom ledger.workspace import open_workspace\n"
            f"done = merge(open_workspace({str(ws.root)!r}), period={PERIOD!r}, export=False, workers={workers})\n"
            # psycopg (the PostgreSQL backend) loads concurrent.futures for its own asyncio support: not the pool
            "own = {'concurrent.futures'} if 'psycopg' in sys.modules else set()\n"
            f"print(json.dumps([sorted(f.status for f in done.files), sorted(m for m in {READING_SIDE!r} "
            "if m in sys.modules and m not in own)]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    statuses, loaded = json.loads(done.stdout)
    return statuses, loaded


def test_a_merge_of_files_all_taken_before_loads_neither_the_reader_nor_the_pool(ws):
    """A re-merge whose every file was taken before (same checksum) decides each a
    duplicate unread: the returned-book reader, its safety scan, attribution, the row
    matching and the worker pool (concurrent.futures, multiprocessing) stay unloaded,
    even with --workers 2; one new file among them brings the reading side in."""
    typed = fill_all(ws)
    merge(ws, period=PERIOD, received_at=ON_TIME, export=False, workers=1)
    statuses, loaded = _merge_in_a_process(ws, workers=2)
    assert statuses == ["duplicate"] * len(typed) and loaded == []
    fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "又一份.xlsx", MARKET, 7)
    statuses, loaded = _merge_in_a_process(ws, workers=2)
    assert statuses == ["accepted"] + ["duplicate"] * len(typed)
    assert {"ledger.io.returned", "ledger.io.safety", "ledger.row_matching"} <= set(loaded)


def test_newer_submission_supersedes_and_reports_differences(ws):
    path = outgoing(ws)[MARKET]
    fill_workbook(path, incoming(ws) / "第一次.xlsx", MARKET, 0)
    merge(ws, period=PERIOD, received_at=ON_TIME)
    second = fill_workbook(path, incoming(ws) / "第二次.xlsx", MARKET, 0)
    wb = openpyxl.load_workbook(incoming(ws) / "第二次.xlsx")
    sheet = wb["任务进展"]
    col = [c.value for c in sheet[HEADER]].index("本期进展") + 1
    sheet.cell(FIRST + 1, col).value = "改过的进展"
    task_number = sheet.cell(FIRST + 1, 1).value
    row_id = split_tagged(sheet.cell(FIRST + 1, sheet.max_column).value)[0]
    wb.save(incoming(ws) / "第二次.xlsx")
    (incoming(ws) / "第一次.xlsx").unlink()
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    accepted = result.accepted[0]
    assert accepted.superseded and accepted.changed_tasks == [task_number]
    assert stored(ws)[(MARKET, "任务进展", row_id)]["progress"] == "改过的进展"
    with Store.open(ws) as store:
        subs = store.submissions(PERIOD, current_only=False)
    assert [s["current"] for s in subs] == [0, 1]  # the older stays in history
    assert second


def test_renamed_sorted_rows_inserted_deleted_and_columns_added(ws):
    path = outgoing(ws)[MARKET]
    typed = fill_workbook(path, incoming(ws) / "tmp.xlsx", MARKET)
    wb = openpyxl.load_workbook(incoming(ws) / "tmp.xlsx")
    sheet = wb["任务进展"]
    for rng in list(sheet.merged_cells.ranges):  # Excel moves merges with the rows; openpyxl does not
        sheet.unmerge_cells(str(rng))
    sheet.delete_rows(NOTE_ROW + 1)  # the instruction rows: the note and the title
    sheet.delete_rows(TITLE_ROW + 1)  # (填报人 and 联系电话 stay, above the header)
    first = FIRST - 2
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=first)]
    rows.reverse()  # sorted the other way
    for r, values in enumerate(rows, first):
        for c, v in enumerate(values, 1):
            sheet.cell(r, c).value = v
    sheet.insert_rows(5)
    sheet.cell(5, 1).value = "补充说明：本周另开展联合检查一次"
    sheet.insert_cols(3)
    sheet.cell(first - 1, 3).value = "我加的列"
    (incoming(ws) / "tmp.xlsx").unlink()
    wb.save(incoming(ws) / "市场监管局-第10周(1).xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["accepted"]
    assert_lossless(ws, {MARKET: typed})
    with Store.open(ws) as store:
        sub = json.dumps(store.submissions(PERIOD, with_data=True)[0]["data"], ensure_ascii=False)
    assert "补充说明" in sub  # the inserted note row is kept, not dropped


def test_metadata_sheet_deleted_falls_back_with_a_warning(ws):
    typed = fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    wb = openpyxl.load_workbook(incoming(ws) / "x.xlsx")
    del wb["_ledger"]
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert result.accepted[0].unit == MARKET
    assert_lossless(ws, {MARKET: typed})


def test_rows_copied_into_a_new_file_match_by_number_and_text(ws):
    typed = fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    src = openpyxl.load_workbook(incoming(ws) / "x.xlsx")["任务进展"]
    new = openpyxl.Workbook()
    sheet = new.active
    sheet.title = "Sheet1"
    for r, row in enumerate(src.iter_rows(values_only=True), 1):
        for c, v in enumerate(row[:-1], 1):  # without the hidden id column
            sheet.cell(r, c).value = v
    (incoming(ws) / "x.xlsx").unlink()
    copied = incoming(ws) / "复制的.xlsx"
    new.save(copied)
    waiting = merge(ws, period=PERIOD, received_at=ON_TIME)  # never attributed by its title alone
    assert [(f.file, f.status, f.unit) for f in waiting.files] == [(copied.name, "pending", MARKET)]
    assert not waiting.ok and MARKET in waiting.missing_units
    found = next(f for f in waiting.findings if f.code == "file-needs-confirmation")
    assert found.severity == "error" and f'ledger merge "{copied}" --as {MARKET}' in found.suggestion
    result = merge(ws, [copied], period=PERIOD, received_at=ON_TIME, as_unit=MARKET)  # the clerk confirms
    codes = {f.code for f in result.findings}
    assert "identity-confirmed" in codes and "matched-by-number" in codes
    task_typed = {k: v for k, v in typed.items() if k[0] == "任务进展"}
    assert_lossless(ws, {MARKET: task_typed})


def claim(wb, key: str, value: str) -> None:
    """Change what a workbook claims, in its hidden sheet and its document
    properties alike (as a file of another period or workspace would say)."""
    meta = wb["_ledger"]
    row = next(r for r in range(1, 12) if meta.cell(r, 1).value == key)
    meta.cell(row, 2).value = value
    for prop in wb.custom_doc_props.props:
        if prop.name == f"ledger_{key}":
            prop.value = value


def test_a_file_with_no_identity_at_all_waits_for_the_clerk(ws):
    typed = fill_all(ws, units={MARKET})
    stray = incoming(ws) / "随便.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["随便", "一张", "表"])
    wb.save(stray)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [(f.file, f.status, f.unit) for f in result.pending] == [(stray.name, "pending", "")]
    assert "没有 ledger 下发表的隐藏标识" in result.pending[0].reason
    assert_lossless(ws, typed)


@pytest.mark.parametrize("case, reason", [
    ("stale", "不是本期"),
    ("other-workspace", "另一个工作区"),
    ("unknown-unit", "不在本工作区的单位名录"),
    ("corrupt", "损坏"),
    ("password", "密码"),
])
def test_unusable_files_are_rejected_and_others_still_merge(ws, case, reason):
    typed = fill_all(ws, units={MARKET, "城关镇"})
    bad = incoming(ws) / f"坏-{case}.xlsx"
    src = outgoing(ws)["城关镇"]
    if case in ("stale", "other-workspace", "unknown-unit"):
        wb = openpyxl.load_workbook(src)
        meta = wb["_ledger"]
        key = {"stale": "period", "other-workspace": "workspace", "unknown-unit": "unit"}[case]
        claim(wb, key, {"period": "2023-W09", "workspace": "0" * 32, "unit": "某某局"}[key])
        wb.save(bad)
    elif case == "corrupt":
        bad.write_bytes(src.read_bytes()[:3000])
    elif case == "password":
        from msoffcrypto.format.ooxml import OOXMLFile
        with open(src, "rb") as fh, open(bad, "wb") as out:
            OOXMLFile(fh).encrypt("123", out)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    rejected = {f.file: f.reason for f in result.rejected}
    assert list(rejected) == [bad.name] and reason in rejected[bad.name]
    assert not result.ok and any(f.code == "file-rejected" for f in result.findings)
    assert_lossless(ws, typed)


def test_formula_injection_is_stored_and_exported_as_text(ws):
    wb, sheet, header = filled_market_sheet(ws)
    for col, text in (("本期进展", "=HYPERLINK(\"http://evil\",\"点击\")"), ("存在问题", "+1+1"),
                      ("下步计划", "-2+3"), ("佐证材料", "@SUM(1,2)")):
        cell = sheet.cell(FIRST, header.index(col) + 1)
        cell.value = text
        cell.data_type = "s"
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    ledger = openpyxl.load_workbook(result.ledger)["总台账"]
    texts = [c.value for row in ledger.iter_rows() for c in row if isinstance(c.value, str)]
    assert any('=HYPERLINK("http://evil"' in t for t in texts)
    with zipfile.ZipFile(result.ledger) as zf:
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")  # no formula cell at all


def rewrite(path: Path, old: bytes, new: bytes) -> None:
    """Replace bytes in every part of a workbook (to write what openpyxl would not)."""
    with zipfile.ZipFile(path) as zf:
        parts = [(item, zf.read(item.filename).replace(old, new)) for item in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for item, content in parts:
            zf.writestr(item, content)


def market_values(ws) -> dict[str, dict]:
    """Task id -> the market regulator's stored values (task rows)."""
    return {rid: v for (unit, sheet, rid), v in stored(ws).items() if unit == MARKET and sheet == "任务进展"}


def test_formula_in_an_input_cell_keeps_its_value_or_else_its_text(ws):
    wb, sheet, header = filled_market_sheet(ws)
    col = header.index("本期进展") + 1
    letter = openpyxl.utils.get_column_letter(col)
    ids = [split_tagged(sheet.cell(r, len(header)).value)[0] for r in (FIRST, FIRST + 1)]
    sheet.cell(FIRST, col).value = "=1+1"  # openpyxl writes formulas without a cached value
    sheet.cell(FIRST + 1, col).value = "=abc"
    wb.save(incoming(ws) / "x.xlsx")
    rewrite(incoming(ws) / "x.xlsx", b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>")  # as Excel saves it
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    values = market_values(ws)
    assert [values[i]["progress"] for i in ids] == ["2", "=abc"]
    found = {f.code: f for f in result.findings if f.code.startswith("formula-")}
    cached, bare = found["formula-in-input"], found["formula-without-value"]
    assert (cached.cell, cached.value, cached.severity) == (f"{letter}{FIRST}", "2", "warning") and "=1+1" in cached.message
    assert (bare.cell, bare.value, bare.sheet, bare.file) == (f"{letter}{FIRST + 1}", "=abc", "任务进展", "x.xlsx")
    assert "本期进展" in bare.message and bare.suggestion


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by scripts/install-system.sh")
@pytest.mark.parametrize("target, finding", [("xlsx", True), ("ods", True), ("xls", False)])
def test_formula_found_in_files_libreoffice_saved(ws, tmp_path, target, finding):
    """.xlsx (<f>) and .ods (table:formula) show the formula; .xls is taken as its value."""
    wb, sheet, header = filled_market_sheet(ws)
    col = header.index("存在问题") + 1
    task_id = split_tagged(sheet.cell(FIRST + 2, len(header)).value)[0]
    sheet.cell(FIRST + 2, col).value = "=3*4"
    wb.save(tmp_path / "x.xlsx")
    (incoming(ws) / "x.xlsx").unlink()
    p = subprocess.run([shutil.which("soffice"), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", target, "--outdir", str(incoming(ws)), str(tmp_path / "x.xlsx")],
                       capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert market_values(ws)[task_id]["problems"] == "12"
    got = [(f.cell, f.value) for f in result.findings if f.code == "formula-in-input"]
    assert got == ([(f"{openpyxl.utils.get_column_letter(col)}{FIRST + 2}", "12")] if finding else [])


def test_dates_and_numbers_in_text_columns_are_kept_as_text_and_named(ws):
    wb, sheet, header = filled_market_sheet(ws)
    col = {h: header.index(h) + 1 for h in ("本期进展", "存在问题", "下步计划")}
    ids = [split_tagged(sheet.cell(r, len(header)).value)[0] for r in (FIRST, FIRST + 1, FIRST + 2)]
    sheet.cell(FIRST, col["本期进展"]).value = date(2023, 3, 1)
    sheet.cell(FIRST + 1, col["存在问题"]).value = 12345
    sheet.cell(FIRST + 2, col["下步计划"]).value = "  \n "  # only spaces: nothing typed
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    values = market_values(ws)
    assert values[ids[0]]["progress"] == "2023-03-01" and values[ids[1]]["problems"] == "12345"
    assert values[ids[2]]["next_steps"] == ""
    found = {f.cell: f for f in result.findings if f.code == "value-not-text"}
    letter = openpyxl.utils.get_column_letter
    assert set(found) == {f"{letter(col['本期进展'])}{FIRST}", f"{letter(col['存在问题'])}{FIRST + 1}"}
    assert "日期" in found[f"{letter(col['本期进展'])}{FIRST}"].message
    assert "数字" in found[f"{letter(col['存在问题'])}{FIRST + 1}"].message
    assert all(f.severity == "warning" and f.sheet == "任务进展" for f in found.values())


def test_value_checks(ws):
    wb, sheet, header = filled_market_sheet(ws)
    col = {h: header.index(h) + 1 for h in ("完成状态", "佐证材料", "预计完成时间", "任务内容")}
    sheet.cell(FIRST, col["完成状态"]).value = "差不多了"
    sheet.cell(FIRST + 1, col["完成状态"]).value = "已完成"
    sheet.cell(FIRST + 1, col["佐证材料"]).value = None
    sheet.cell(FIRST + 2, col["预计完成时间"]).value = "下个月吧"
    sheet.cell(FIRST + 3, col["任务内容"]).value = "我改了任务内容"
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    got = {(f.code, f.cell) for f in result.findings}
    assert {("status-invalid", f"{openpyxl.utils.get_column_letter(col['完成状态'])}{FIRST}"),
            ("done-without-evidence", f"{openpyxl.utils.get_column_letter(col['佐证材料'])}{FIRST + 1}"),
            ("date-invalid", f"{openpyxl.utils.get_column_letter(col['预计完成时间'])}{FIRST + 2}"),
            ("readonly-edited", f"{openpyxl.utils.get_column_letter(col['任务内容'])}{FIRST + 3}")} <= got
    with Store.open(ws) as store:
        assert store.tasks()[0].text != "我改了任务内容"  # the task list is never changed by a unit


def test_closing_by_command_and_from_the_ledger_column(ws, run_cli):
    fill_all(ws, units={MARKET})
    merge(ws, period=PERIOD, received_at=ON_TIME)
    r = run_cli("close", "-w", ws.root, "1", "999", "--json")
    assert r.code == 1 and r.json["done"] == ["1"] and r.json["unknown"] == ["999"]
    ledger = ws.folder("ledgers") / "汇总台账.xlsx"
    run_cli("export", "-w", ws.root)
    wb = openpyxl.load_workbook(ledger)
    sheet = wb["总台账"]
    header = [c.value for c in sheet[3]]
    sheet.cell(5, header.index("销号确认") + 1).value = "是"
    number = sheet.cell(5, 1).value
    wb.save(ledger)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert result.closed == [number]
    with Store.open(ws) as store:
        closed = {t for t in store.closed_task_ids()}
        numbers = {t.id: t.number for t in store.tasks()}
    assert {numbers[t] for t in closed} == {"1", number}
    again = split(ws, "2023-W11", workers=1)
    sent = {o["unit"]: o["tasks"] for o in again.outputs}
    assert sent[MARKET] < 50  # closed tasks no longer go out
    run_cli("close", "-w", ws.root, "--reopen", "1")
    with Store.open(ws) as store:
        assert {numbers[t] for t in store.closed_task_ids()} == {number}


def test_status_names_on_time_late_and_missing(ws, run_cli):
    fill_all(ws, units={MARKET})
    merge(ws, period=PERIOD, received_at=ON_TIME)
    fill_all(ws, units={"城关镇"}, rename=lambda u, i: "城关镇.xlsx")
    merge(ws, period=PERIOD, received_at=datetime(2023, 3, 13, 8, 0))
    data = run_cli("status", "-w", ws.root, "--json").json
    assert data["on_time"] == [MARKET] and data["late"] == ["城关镇"]
    assert len(data["missing"]) == 44


def test_ledger_open_in_excel_keeps_the_merge(ws, monkeypatch):
    typed = fill_all(ws, units={MARKET})
    import os

    real = os.replace

    def locked(src, dst):
        if str(dst).endswith("汇总台账.xlsx"):
            raise PermissionError(13, "locked", str(dst))
        return real(src, dst)
    monkeypatch.setattr(os, "replace", locked)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert "正被其他程序占用" in result.ledger_error and result.ledger is None
    assert result.exit_code == 3 and [f.code for f in result.findings if f.is_error] == ["ledger-not-written"]
    assert_lossless(ws, typed)  # the database is merged all the same


def test_two_merges_at_once_do_not_double(ws):
    typed = fill_all(ws, units={MARKET, "城关镇", "平罗县公安局"})
    code = ("import sys; sys.path.insert(0, %r); from ledger.merging import merge; "
            "from ledger.workspace import open_workspace; import datetime; "
            "r = merge(open_workspace(%r), period=%r, received_at=datetime.datetime(2023, 3, 10)); "
            "print(len(r.accepted), len([f for f in r.files if f.status == 'duplicate']))"
            % (str(Path(__file__).parent.parent), str(ws.root), PERIOD))
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = sorted(p.communicate(timeout=120)[0].split() for p in procs)
    assert outs == [["0", "3"], ["3", "0"]]
    assert_lossless(ws, typed)
    with Store.open(ws) as store:
        assert len(store.submissions(PERIOD, current_only=False)) == 3


MERGE_ONE_FOLDER = """
import datetime, sys
sys.path.insert(0, sys.argv[1])
from ledger.merging import merge
from ledger.workspace import open_workspace
r = merge(open_workspace(sys.argv[2]), [sys.argv[3]], period=sys.argv[4], export=False, workers=1,
          received_at=datetime.datetime(2023, 3, 10))
print(len(r.accepted), len([f for f in r.files if f.status == "duplicate"]), len(r.files))
"""


def merged_state(ws) -> tuple[list, dict]:
    """What a merge leaves: every submission (unit, content, current) and the
    current values; no unit with two current reports, no report twice."""
    with Store.open(ws) as store:
        subs = sorted((s["unit"], s["sha256"], s["current"]) for s in store.submissions(PERIOD, current_only=False))
        rows = store.progress_rows(PERIOD)
    current = [unit for unit, _sha, now in subs if now]
    assert len(current) == len(set(current))  # one current report a unit
    values = stored(ws)
    assert len(rows) == len(values)  # no value twice among the current reports
    return subs, values


def test_four_merges_of_overlapping_folders_at_once_keep_every_value_once(ws, template, tmp_path):
    """Four clerks merge four folders at once, each unit's file in two or more of
    them (the same bytes), and for four units a correction saved later in another
    clerk's folder: every file taken once, every value kept, each unit's newest
    report current, exactly as one merge of all the files."""
    staging = tmp_path / "filled"
    staging.mkdir()
    typed = fill_all(ws, rename=lambda unit, i: f"{i:02d}.xlsx", folder=staging)
    files = sorted(staging.iterdir())
    units = list(outgoing(ws).items())
    corrections = {}
    for i in range(6, 10):  # four units send a correction, saved a day later than their first file
        unit, sent = units[i]
        corrections[i] = staging / f"{i:02d}-更正.xlsx"
        typed[unit] = fill_workbook(sent, corrections[i], unit, 9_000_000 + i * 100_000)
        set_saved_time(files[i], "2023-03-08T10:00:00Z")
        set_saved_time(corrections[i], "2023-03-09T10:00:00Z")
    folders = [tmp_path / f"clerk{k}" for k in range(4)]
    for k, folder in enumerate(folders):
        folder.mkdir()
        for i, path in enumerate(files):
            if i < 6 or i % 4 in (k, (k + 1) % 4):  # six files in all four folders, the rest in two
                shutil.copy2(path, folder / path.name)
        for i, path in corrections.items():
            if i % 4 not in (k, (k + 1) % 4):  # a correction where its first file is not
                shutil.copy2(path, folder / path.name)
    root = str(Path(__file__).parent.parent)
    procs = [subprocess.Popen([sys.executable, "-c", MERGE_ONE_FOLDER, root, str(ws.root), str(folder), PERIOD],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for folder in folders]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _out, err in outs]
    counts = [[int(n) for n in out.split()] for out, _err in outs]
    assert sum(accepted for accepted, _dup, _n in counts) == len(files) + len(corrections)  # each file by one clerk
    assert all(accepted + dup == n for accepted, dup, n in counts)  # the others saw it was taken
    assert_lossless(ws, typed)  # the corrections' values current, every other unit's once
    got_subs, got_values = merged_state(ws)
    with Store.open(ws) as store:
        assert store.missing_units(PERIOD) == []
    one = open_workspace(copy_workspace(template, tmp_path / "一次汇总"))  # one clerk, every file at once
    merge(one, [staging], period=PERIOD, export=False, workers=1, received_at=datetime(2023, 3, 10))
    exp_subs, exp_values = merged_state(one)
    assert got_subs == exp_subs and got_values == exp_values


# --- through a real office suite ----------------------------------------------------------

soffice = shutil.which("soffice")


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
@pytest.mark.parametrize("target", ["xlsx", "xls", "ods"])
def test_libreoffice_resaved_sorted_renamed_is_lossless(ws, tmp_path, target):
    units = [MARKET, "城关镇"]
    work = tmp_path / "lo"
    work.mkdir()
    typed = {}
    for unit in units:
        filled = work / f"{unit}.xlsx"
        typed[unit] = fill_workbook(outgoing(ws)[unit], filled, unit, len(typed) * 10_000)
        wb = openpyxl.load_workbook(filled)
        sheet = wb["任务进展"]
        text = [c.value for c in sheet[HEADER]].index("任务内容")
        rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=FIRST)]
        rows.sort(key=lambda r: str(r[text]))  # sorted by 任务内容
        for r, values in enumerate(rows, FIRST):
            for c, v in enumerate(values, 1):
                sheet.cell(r, c).value = v
        wb.save(filled)
    out = work / "out"
    p = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", target, "--outdir", str(out), *map(str, work.glob("*.xlsx"))],
                       capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr
    for i, f in enumerate(sorted(out.iterdir())):
        shutil.copy(f, incoming(ws) / f"单位报送 {i}.{target}")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["accepted", "accepted"], [f.reason for f in result.files]
    assert_lossless(ws, typed)
    assert json.dumps([f.code for f in result.findings if f.is_error]) == "[]"


# --- 填报人 and 联系电话: asked once under the title; files split before asked them on every row ---

def test_reporter_and_phone_asked_once_go_with_every_row_of_the_file(ws):
    path = incoming(ws) / "x.xlsx"
    typed = fill_workbook(outgoing(ws)[MARKET], path, MARKET)
    sheet = openpyxl.load_workbook(path)["任务进展"]
    top = [c.value for c in sheet[REPORTER_ROW + 1]]
    assert top[0] == "填报人" and top[2] == "联系电话" and "填报人" not in [c.value for c in sheet[HEADER]]
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert result.ok and [f.status for f in result.files] == ["accepted"]
    assert_lossless(ws, {MARKET: typed})
    rows = {sheet_name: v for (unit, sheet_name, _r), v in stored(ws).items() if unit == MARKET}
    assert set(rows) == {"任务进展", "分解任务"}
    assert {(v["reporter"], v["phone"]) for (u, _s, _r), v in stored(ws).items() if u == MARKET} == {(top[1], top[3])}


def test_a_phone_number_typed_as_a_number_at_the_top_is_kept_and_named(ws):
    wb, sheet, _header = filled_market_sheet(ws)
    sheet.cell(REPORTER_ROW + 1, 4).value = 13800001111
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert {v["phone"] for v in market_values(ws).values()} == {"13800001111"}
    found = [(f.code, f.sheet, f.cell, f.value) for f in result.findings if f.code == "value-not-text"]
    assert found == [("value-not-text", "任务进展", f"D{REPORTER_ROW + 1}", "13800001111")]  # named once, where typed


def as_split_before(path: Path, typed: dict) -> dict:
    """A filled workbook laid out as split wrote it before 填报人 and 联系电话 moved
    to the top: a column each on every task row (before the hidden id column), no
    row for them under the title, each row with its own values. Returns what was
    typed, by (sheet, row id, field): the measures had neither then."""
    wb = openpyxl.load_workbook(path)
    sheet = wb["任务进展"]
    for rng in list(sheet.merged_cells.ranges):
        sheet.unmerge_cells(str(rng))
    sheet.delete_rows(REPORTER_ROW + 1)
    header = HEADER - 1
    id_col = [c.value for c in sheet[header]].index(ID_HEADER) + 1
    sheet.insert_cols(id_col, 2)
    sheet.cell(header, id_col).value, sheet.cell(header, id_col + 1).value = "填报人", "联系电话"
    out = {k: v for k, v in typed.items() if k[2] not in ("reporter", "phone")}
    for r in range(header + 1, sheet.max_row + 1):
        row_id = split_tagged(sheet.cell(r, id_col + 2).value or "")[0]
        name, phone = f"填报人{r}", f"0952-{r:07d}"
        sheet.cell(r, id_col).value, sheet.cell(r, id_col + 1).value = name, phone
        out[("任务进展", row_id, "reporter")], out[("任务进展", row_id, "phone")] = name, phone
    wb.save(path)
    return out


def test_files_split_before_the_reporter_moved_to_the_top_merge_losslessly(ws):
    path = incoming(ws) / "x.xlsx"
    typed = as_split_before(path, fill_workbook(outgoing(ws)[MARKET], path, MARKET))
    assert [c.value for c in openpyxl.load_workbook(path)["任务进展"][HEADER - 1]][-3:] == ["填报人", "联系电话", ID_HEADER]
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert result.ok and [f.status for f in result.files] == ["accepted"]
    assert_lossless(ws, {MARKET: typed})
    assert len({v["reporter"] for v in market_values(ws).values()}) == len(market_values(ws)) > 40  # each row its own
    measures = [v for (u, s, _r), v in stored(ws).items() if u == MARKET and s == "分解任务"]
    assert measures and not any(v.get("reporter") for v in measures)


def test_a_period_folder_named_by_its_key_keeps_working(ws, run_cli):
    typed = fill_all(ws, units={MARKET})
    old = ws.folder("incoming") / PERIOD  # 回收/2023-W10, as workspaces named it before
    (ws.folder("incoming") / LABEL).rename(old)
    r = run_cli("merge", "-w", ws.root, "--json")
    assert r.code == 0 and r.json["folder"] == str(old) and r.json["accepted"][0]["unit"] == MARKET
    said = [f for f in r.json["findings"] if f["code"] == "incoming-folder-old-name"]
    assert [(f["severity"], f["file"]) for f in said] == [("info", str(old))]
    assert "本期没有《2023年第10周》文件夹" in said[0]["message"] and "2023-W10" in said[0]["message"]
    assert_lossless(ws, typed)
    (ws.folder("incoming") / LABEL).mkdir()  # both: the folder of the new name is the one read
    again = run_cli("merge", "-w", ws.root, "--json")
    assert again.code == 2 and str(ws.folder("incoming") / LABEL) in again.json["error"]["message"]


def test_deleted_rows_are_reported(ws):
    typed = fill_workbook(outgoing(ws)[MARKET], incoming(ws) / "x.xlsx", MARKET)
    wb = openpyxl.load_workbook(incoming(ws) / "x.xlsx")
    sheet = wb["任务进展"]
    gone = str(sheet.cell(FIRST + 2, 1).value)
    sheet.delete_rows(FIRST + 2)
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    finding = next(f for f in result.findings if f.code == "rows-deleted")
    assert gone in finding.message and "共 1 项" in finding.message
    assert len(stored(ws)) == len({(s, r) for (s, r, _f) in typed}) - 1


@pytest.mark.parametrize("attack", ["entity", "bomb"])
def test_untrusted_containers_are_refused(ws, attack):
    bad = incoming(ws) / f"{attack}.xlsx"
    src = outgoing(ws)[MARKET]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if attack == "entity" and item.filename == "xl/sharedStrings.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1)
            zout.writestr(item, data)
        if attack == "bomb":
            zout.writestr("xl/media/padding.bin", b"\0" * 50_000_000)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    reason = result.rejected[0].reason
    assert ("DOCTYPE" in reason) if attack == "entity" else ("压缩" in reason)


@pytest.mark.parametrize("typed, stored_as, code", [
    (2023, "2023-12-31", "date-ambiguous"),  # a bare year, read as deadlines read it, and said so
    (45107, "2023-06-30", None),  # an Excel serial date
    (20230630, "2023-06-30", None),
    ("2023.6.30", "2023-06-30", None),
    ("下个月吧", "", "date-invalid"),
])
def test_expected_dates_are_read_by_the_one_date_reader(ws, typed, stored_as, code):
    wb, sheet, header = filled_market_sheet(ws)
    col = header.index("预计完成时间") + 1
    sheet.cell(FIRST, col).value = typed
    task_id = split_tagged(sheet.cell(FIRST, len(header)).value)[0]
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert stored(ws)[(MARKET, "任务进展", task_id)]["expected_date"] == stored_as
    cell = f"{openpyxl.utils.get_column_letter(col)}{FIRST}"
    assert [f.code for f in result.findings if f.cell == cell and f.code.startswith("date-")] == (
        [code] if code else [])


def test_each_row_s_expected_date_is_read_as_typed_when_values_repeat(ws):
    """A unit types a few dates many times: every row is still read for what it
    holds, TRUE not as the number 1, and a bad date said on every row it is on."""
    wb, sheet, header = filled_market_sheet(ws)
    col = header.index("预计完成时间") + 1
    typed = [True, 1, "下个月吧", "下个月吧", 45107, 2023]
    ids = []
    for i, value in enumerate(typed):
        sheet.cell(FIRST + i, col).value = value
        sheet.cell(FIRST + i, col).number_format = "General"  # a number stays a number (1 == TRUE in Python)
        ids.append(split_tagged(sheet.cell(FIRST + i, len(header)).value)[0])
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    codes = {f.cell: f.code for f in result.findings if f.code.startswith("date-")}
    got = [(stored(ws)[(MARKET, "任务进展", task_id)]["expected_date"],
            codes.get(f"{openpyxl.utils.get_column_letter(col)}{FIRST + i}")) for i, task_id in enumerate(ids)]
    assert got == [("", "date-invalid"), ("1900-01-01", None), ("", "date-invalid"), ("", "date-invalid"),
                   ("2023-06-30", None), ("2023-12-31", "date-ambiguous")]


def test_a_period_written_in_words_counts_from_the_day_merge_is_given(ws):
    """上周 / 本周 / a day are read against merge's ``today``, not the machine's clock."""
    from ledger.errors import LedgerError, UsageError
    for written in ("本周", "2023-03-08", "第10周"):
        with pytest.raises(LedgerError) as caught:  # 2023年第10周 was split: its 回收 folder is looked for
            merge(ws, period=written, today=date(2023, 3, 8))
        assert "回收/2023年第10周》" in caught.value.message.replace("\\", "/"), written
    with pytest.raises(UsageError) as caught:
        merge(ws, period="上周", today=date(2023, 3, 8))
    assert caught.value.message.startswith("2023年第9周还没有下发填报表")
