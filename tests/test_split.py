"""`ledger split`: one workbook per unit, ready to fill, that comes back intact."""
from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import python_calamine as pc

from conftest import GOLDEN, SAMPLES, check_golden, expected, write_xlsx
from ledger.io.grid import load_grids
from ledger.io.paths import safe_stem, unique_names
from ledger.keys import split_tagged
from ledger.identity import identity_line, pack_identity, stored_identity, unpack_identity
from ledger.io.unit_workbook import FIRST_ROW, HEADER_ROW
from ledger.period_status import join_clauses
from ledger.periods import parse_period
from ledger.splitting import _plan_books, describe_progress, split, task_row, unit_assignments
from ledger.store import Store
from ledger.workspace import init_workspace, open_workspace
from xlsx_dump import dump_workbook

PERIOD = "2023-W10"
LABEL = "2023年第10周"  # the period as people read it: in file and folder names
HEADER, FIRST = HEADER_ROW + 1, FIRST_ROW + 1  # the header row and the first task row, 1-based
UNITS = ("平罗县市场监督管理局", "城关镇")

pytestmark = pytest.mark.usefixtures("backend")  # every test on SQLite and on PostgreSQL (--backend)


def _workspace(root: Path, run_cli, tasklist=SAMPLES / "平罗县任务清单.xlsx", units=SAMPLES / "平罗县单位名录.xlsx"):
    init_workspace(root, "平罗县食品安全委员会办公室")
    args = ["import", "-w", root, tasklist, "--breakdown", SAMPLES / "平罗县任务分解表.xlsx"]
    if units:
        args += ["--units", units]
    r = run_cli(*args)
    assert r.code in (0, 1), r.err
    return root


@pytest.fixture(scope="module")
def split_ws(tmp_path_factory, backend):
    from click.testing import CliRunner
    from ledger.cli import main
    root = tmp_path_factory.mktemp("ws") / "食安办 台账"
    init_workspace(root, "平罗县食品安全委员会办公室")
    CliRunner().invoke(main, ["import", "-w", str(root), str(SAMPLES / "平罗县任务清单.xlsx"), "--units",
                              str(SAMPLES / "平罗县单位名录.xlsx"), "--breakdown",
                              str(SAMPLES / "平罗县任务分解表.xlsx")])
    result = CliRunner().invoke(main, ["split", "-w", str(root), "--period", PERIOD, "--json"])
    assert result.exit_code == 0, result.output
    return root, json.loads(result.stdout)


def _roster_rows() -> list[list]:
    """The sample roster's rows, merged group cells filled in."""
    return load_grids(SAMPLES / "平罗县单位名录.xlsx")[0].rows


def _file(split_ws, unit: str) -> Path:
    data = split_ws[1]
    return Path(next(o["file"] for o in data["outputs"] if o["unit"] == unit))


@pytest.mark.parametrize("unit", UNITS)
def test_golden_workbooks(split_ws, unit, update_golden):
    got = json.loads(json.dumps(dump_workbook(_file(split_ws, unit)), ensure_ascii=False))
    check_golden(GOLDEN / f"split-{unit}.json", got, update_golden)


def test_a_missing_golden_fails_and_is_not_written(tmp_path):
    missing = tmp_path / "split-missing.json"
    with pytest.raises(pytest.fail.Exception, match="scripts/update-golden.sh"):
        check_golden(missing, {"sheets": []}, update=False)
    assert not missing.exists()


def test_json_lists_every_unit_with_tasks(split_ws):
    data = split_ws[1]
    assert data["ok"] is True and data["period"] == PERIOD
    assert len(data["outputs"]) == 46 and data["skipped"] == []
    assert [f["code"] for f in data["findings"]] == ["task-to-no-unit", "split-past-due"]  # 2023年第10周 was due long ago
    nobodys = data["findings"][0]["message"]  # '县食品安全委员会相关成员单位' names no unit of the roster: said since 2026-12-07
    assert "第88项任务" in nobodys and "相关成员单位" in nobodys
    out = {o["unit"]: o for o in data["outputs"]}
    truth = expected("平罗县任务清单.json")
    for unit in UNITS:
        owned = [x for x in truth if unit in x["lead_canonical"] + x["cooperating_canonical"]]
        assert out[unit]["tasks"] == len(owned) > 0 and out[unit]["measures"] > 0
    for o in data["outputs"]:
        assert Path(o["file"]).name == f"{o['unit']}_{LABEL}.xlsx"
    assert Path(data["dispatch_list"]).exists()


def test_rows_cover_every_task_unit_pair(split_ws):
    root, data = split_ws
    with Store.open(open_workspace(root)) as store:
        tasks = store.tasks()
    pairs = {(u, t.id) for t in tasks for role in ("lead", "responsible", "cooperating") for u in t.data[role]}
    got = set()
    for o in data["outputs"]:
        wb = pc.CalamineWorkbook.from_path(o["file"])
        rows = wb.get_sheet_by_name("任务进展").to_python()
        id_col = rows[HEADER_ROW].index("任务标识（请勿修改）")
        got |= {(o["unit"], split_tagged(r[id_col])[0]) for r in rows[FIRST_ROW:]}
    assert got == pairs


def test_identity_in_very_hidden_sheet_and_custom_properties(split_ws):
    root, _ = split_ws
    wb = openpyxl.load_workbook(_file(split_ws, "平罗县市场监督管理局"))
    meta = wb["_ledger"]
    assert meta.sheet_state == "veryHidden"
    pairs = {meta.cell(r, 1).value: meta.cell(r, 2).value for r in range(1, 10)}
    with Store.open(open_workspace(root)) as store:
        assert pairs["workspace"] == store.get_meta("workspace_id")
        files = store.split_files(PERIOD)
    assert (pairs["format"], pairs["format_version"], pairs["period"], pairs["unit"]) == (
        "ledger-split", "2", PERIOD, "平罗县市场监督管理局")
    assert (meta.cell(11, 1).value, meta.cell(11, 2).value) == ("rows", "sheet\tid\ttask_id\tnumber\tchecksum")
    packed = unpack_identity([meta.cell(r, 1).value for r in range(12, meta.max_row + 1)])
    ids = [row["id"] for row in packed if row["sheet"] == "任务进展"]
    sheet = wb["任务进展"]
    hidden = [split_tagged(sheet.cell(r, sheet.max_column).value) for r in range(FIRST, sheet.max_row + 1)]
    assert ids == [row_id for row_id, _tag in hidden] and all(len(tag) == 12 for _id, tag in hidden)
    recorded = next(f for f in files if f["unit"] == "平罗县市场监督管理局")
    assert [r["id"] for r in recorded["rows"] if r["sheet"] == "任务进展"] == ids
    assert (recorded["nonce"], recorded["key_id"]) == (pairs["nonce"], pairs["key_id"])
    props = {p.name: p.value for p in wb.custom_doc_props.props}
    assert props["ledger_unit"] == "平罗县市场监督管理局" and props["ledger_period"] == PERIOD
    assert (props["ledger_nonce"], props["ledger_token"]) == (pairs["nonce"], pairs["token"])


def test_input_cells_unlocked_and_task_cells_locked(split_ws):
    wb = openpyxl.load_workbook(_file(split_ws, "城关镇"))
    ws = wb["任务进展"]
    headers = [c.value for c in ws[HEADER]]
    assert ws.protection.sheet and not ws.protection.sort and not ws.protection.autoFilter
    assert ws.cell(FIRST, headers.index("任务内容") + 1).protection.locked
    status_col = openpyxl.utils.get_column_letter(headers.index("完成状态") + 1)
    assert not ws.column_dimensions[status_col].hidden
    dv = next(d for d in ws.data_validations.dataValidation if d.type == "list")
    assert dv.formula1 == "'填报选项'!$A$1:$A$5" and status_col in str(dv.sqref)
    assert wb["填报选项"].sheet_state == "hidden"
    assert [wb["填报选项"].cell(r, 1).value for r in range(1, 6)] == ["已完成", "推进中", "常态化推进", "未启动", "滞后"]


def test_refuses_to_overwrite_and_force_keeps_old_files(tmp_path, run_cli):
    root = _workspace(tmp_path / "ws", run_cli)
    assert run_cli("split", "-w", root, "--period", PERIOD).code == 0
    again = run_cli("split", "-w", root, "--period", PERIOD, "--json")
    assert again.code == 3 and "--force" in again.json["error"]["message"]
    forced = run_cli("split", "-w", root, "--period", PERIOD, "--force", "--json").json
    kept = Path(forced["set_aside"])
    assert kept.parent == root / "下发" / LABEL and len(list(kept.glob("*.xlsx"))) == 47


def test_units_missing_from_the_roster_stop_the_split(tmp_path, run_cli):
    roster = tmp_path / "名录.xlsx"
    rows = [r for r in _roster_rows() if r[0] != "平罗县商务局"]
    write_xlsx(roster, [list(map(str, r)) for r in rows[1:]])
    root = _workspace(tmp_path / "ws", run_cli, units=roster)
    r = run_cli("split", "-w", root, "--period", PERIOD, "--json")
    assert r.code == 1 and r.json["outputs"] == []
    assert [f["value"] for f in r.json["findings"] if f["code"] == "unit-not-in-roster"] == ["商务局"]
    assert not (root / "下发" / LABEL).exists()
    ok = run_cli("split", "-w", root, "--period", PERIOD, "--allow-unknown-units", "--json")
    assert ok.code == 0 and any(o["unit"] == "商务局" for o in ok.json["outputs"])


def test_units_without_tasks_are_listed_not_given_a_file(tmp_path, run_cli):
    roster = tmp_path / "名录.xlsx"
    rows = _roster_rows()
    write_xlsx(roster, [list(map(str, r)) for r in rows[1:]] + [["平罗县档案馆", "", "县直部门", "", ""]])
    root = _workspace(tmp_path / "ws", run_cli, units=roster)
    data = run_cli("split", "-w", root, "--period", PERIOD, "--json").json
    assert data["skipped"] == [{"unit": "平罗县档案馆", "reason": "没有任务"}]
    assert not any("档案馆" in o["file"] for o in data["outputs"])


def _split_first_sheet(tmp_path: Path, run_cli, rows: list[list]):
    """Import a one-unit task list (序号, 主要任务, 牵头单位, 完成时限), split it, and
    return the unit's 任务进展 sheet."""
    tasks = write_xlsx(tmp_path / "清单.xlsx", [["序号", "主要任务", "牵头单位", "完成时限"], *rows])
    root = _workspace(tmp_path / "ws", run_cli, tasklist=tasks)
    data = run_cli("split", "-w", root, "--period", PERIOD, "--json").json
    return openpyxl.load_workbook(data["outputs"][0]["file"])["任务进展"]


def test_formula_like_text_is_written_as_text(tmp_path, run_cli):
    ws = _split_first_sheet(tmp_path, run_cli, [
        ["1", "=HYPERLINK(\"http://x\",\"点我\")", "市场监管局", "长期坚持"],
        ["2", "+1+2", "市场监管局", "@SUM(A1)"],
        ["3", "-减少抽检不合格", "市场监管局", "2023年6月底前"],
    ])
    headers = [c.value for c in ws[HEADER]]
    text, deadline = headers.index("任务内容") + 1, headers.index("完成时限") + 1
    texts = [ws.cell(r, text).value for r in range(FIRST, FIRST + 3)]
    assert texts == ["=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-减少抽检不合格"]
    assert all(ws.cell(r, text).data_type == "s" for r in range(FIRST, FIRST + 3))
    assert ws.cell(FIRST + 1, deadline).value == "@SUM(A1)" and ws.cell(FIRST + 1, deadline).data_type == "s"


def test_last_period_progress_is_shown_and_leads_see_their_partners(tmp_path, run_cli):
    root = _workspace(tmp_path / "ws", run_cli)
    with Store.open(open_workspace(root)) as store:
        task = store.tasks()[0]  # lead 卫生健康局, cooperating 市场监管局 + 农业农村局
        sub = store.add_submission("2023-W09", "平罗县市场监督管理局", "x.xlsx", "0" * 64)
        store.add_progress(sub, "2023-W09", "平罗县市场监督管理局",
                           [(task.id, "", {"status": "推进中", "progress": "已开展标准宣贯3次", "problems": ""})])
    data = run_cli("split", "-w", root, "--period", PERIOD, "--json").json
    files = {o["unit"]: o["file"] for o in data["outputs"]}
    mine = openpyxl.load_workbook(files["平罗县市场监督管理局"])["任务进展"]
    headers = [c.value for c in mine[HEADER]]
    assert mine.cell(FIRST, headers.index("上期进展") + 1).value == "【2023年第9周 推进中】已开展标准宣贯3次"
    lead = openpyxl.load_workbook(files["平罗县卫生健康局"])["任务进展"]
    lh = [c.value for c in lead[HEADER]]
    assert lead.cell(FIRST, lh.index("各责任单位上期进展") + 1).value == "平罗县市场监督管理局：【推进中】已开展标准宣贯3次"


def test_rows_shared_by_units_without_a_report_are_each_unit_s_own_rows(tmp_path, run_cli):
    """A task's row is made once for all its units that have no report on it (and
    whose lead sees none of theirs); every book's rows are still those made unit by
    unit (``task_row``, the reference), with last reports on some tasks, by a lead
    and by others, and 分解任务."""
    ws = open_workspace(_workspace(tmp_path / "ws", run_cli))
    with Store.open(ws) as store:
        tasks = store.tasks(detail=False)
        sub = store.add_submission("2023-W09", "平罗县市场监督管理局", "x.xlsx", "0" * 64)
        store.add_progress(sub, "2023-W09", "平罗县市场监督管理局",
                           [(t.id, "", {"status": "推进中", "progress": f"第{i}项", "problems": ""}) for i, t in
                            enumerate(tasks[:40:3])])
        sub = store.add_submission("2023-W09", "平罗县卫生健康局", "y.xlsx", "1" * 64)
        store.add_progress(sub, "2023-W09", "平罗县卫生健康局",
                           [(t.id, "", {"status": "已完成", "progress": "完成"}) for t in tasks[1:60:4]])
        roster = {u.name: u for u in store.units()}
        measures, last = store.measures(), store.latest_progress(PERIOD)
    per = parse_period(PERIOD)
    assigned = unit_assignments(tasks)
    books = list(_plan_books(assigned, roster, per, measures, last))
    assert {b.unit for b in books} == set(assigned) and any(b.measures for b in books)
    for book in books:
        exp = [task_row(t, role, book.unit, per, last, {}) for t, role in assigned[book.unit]]
        assert book.tasks == exp, book.unit
    assert sum(bool(r.last) for b in books for r in b.tasks) >= 5  # rows of their own
    assert sum(bool(r.others_last) for b in books for r in b.tasks) >= 2
    assert sum(not (r.last or r.others_last) for b in books for r in b.tasks) >= 100  # rows shared


def test_overdue_tasks_are_highlighted(tmp_path, run_cli):
    ws = _split_first_sheet(tmp_path, run_cli, [
        ["1", "逾期任务", "市场监管局", "2023年1月底前"],
        ["2", "未到期任务", "市场监管局", "2023年12月底前"],
        ["3", "长期任务", "市场监管局", "2020年10月底完成并长期坚持"],
    ])
    col = [c.value for c in ws[HEADER]].index("完成时限") + 1
    fills = [ws.cell(r, col).fill.fgColor.rgb[-6:] for r in range(FIRST, FIRST + 3)]
    assert fills == ["FFC7CE", "F2F2F2", "F2F2F2"]


@pytest.mark.parametrize("name, stem", [
    ("平罗县市场监督管理局", "平罗县市场监督管理局"),
    ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
    ("单位名称. ", "单位名称"),
    ("CON", "_CON"),
    ("长" * 100, "长" * 60),
])
def test_safe_file_names(name, stem):
    assert safe_stem(name) == stem


def test_file_names_never_collide():
    assert unique_names(["a", "A", "a"], ".xlsx") == ["a.xlsx", "A(2).xlsx", "a(3).xlsx"]


def test_default_period_is_the_current_week(tmp_path, run_cli):
    root = _workspace(tmp_path / "ws", run_cli)
    from ledger.workspace import open_workspace
    result = split(open_workspace(root), today=date(2023, 3, 8), workers=1)
    assert result.period.key == "2023-W10" and result.period.due == date(2023, 3, 10)
    assert result.folder == root / "下发" / "2023年第10周"


# --- LibreOffice: the files open in a real office suite and print as set up ------------

soffice = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_libreoffice_opens_resaves_and_prints(split_ws, tmp_path):
    src = _file(split_ws, "平罗县市场监督管理局")
    work = tmp_path / "lo"
    work.mkdir()
    shutil.copy(src, work / "单位 表.xlsx")
    for target in ("pdf", "ods"):
        p = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                            "--convert-to", target, "--outdir", str(work), str(work / "单位 表.xlsx")],
                           capture_output=True, timeout=180)
        assert p.returncode == 0, p.stderr
    pdf = work / "单位 表.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "平罗县市场监督管理局任务进展填报表" in text and "完成状态" in text
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    width, height = [float(x) for x in info.split("Page size:")[1].split("pts")[0].split(" x ")]
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    ods = pc.CalamineWorkbook.from_path(str(work / "单位 表.ods"))
    assert "任务进展" in ods.sheet_names


def test_identity_packing_round_trips_across_cells():
    rows = [{"sheet": "任务进展", "id": f"T{i:010d}", "task_id": f"T{i:010d}", "number": f"{i}.1\t",
             "checksum": "c" * 16} for i in range(3000)]
    cells = pack_identity(rows)
    assert len(cells) > 1 and all(len(c) <= 30_000 for c in cells)
    assert unpack_identity(cells) == [dict(r, number=r["number"].replace("\t", " ")) for r in rows]


def test_an_identity_line_is_its_fields_with_tabs_and_line_breaks_inside_them_spaces():
    for fields in (("任务进展", "T1", "T1", "1.1", "a" * 16), ("任务进展", "T1", "T1", "1\t2", "a" * 16),
                   ("分解任务", "M2", "T1", "1\n2\t", "b" * 16), ("任务进展", "T1\t", "T1", "", "c")):
        assert identity_line(*fields) == "\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields)


def test_workspace_keeps_identity_packed_and_still_reads_the_json_of_older_splits():
    rows = [{"sheet": "任务进展", "id": "T1", "task_id": "T1", "number": "1.1", "checksum": "a" * 16},
            {"sheet": "分解任务", "id": "M2", "task_id": "T1", "number": "1.1", "checksum": "b" * 16}]
    packed = "\n".join(pack_identity(rows))
    assert stored_identity(packed) == rows
    assert stored_identity(json.dumps(rows, ensure_ascii=False)) == rows
    assert stored_identity("") == []


def test_a_sheet_too_big_to_hold_in_memory_is_streamed_with_the_same_content(split_ws, tmp_path, monkeypatch):
    import ledger.io.unit_workbook as unit_workbook
    from ledger.workspace import open_workspace
    monkeypatch.setattr(unit_workbook, "STREAM_FROM_ROWS", 0)  # every sheet streamed (constant_memory)
    result = split(open_workspace(split_ws[0]), PERIOD, output=tmp_path / "streamed", workers=1)
    unit = UNITS[0]
    streamed = next(Path(o["file"]) for o in result.outputs if o["unit"] == unit)
    with zipfile.ZipFile(streamed) as z:
        assert b't="inlineStr"' in z.read("xl/worksheets/sheet1.xml")  # the streaming path was taken
    assert dump_workbook(streamed) == dump_workbook(_file(split_ws, unit))


def test_workbooks_written_in_this_process_run_with_the_garbage_collector_on(split_ws, tmp_path, monkeypatch):
    """The planner pauses the cyclic collector; XlsxWriter leaves cyclic garbage, so
    what it writes in this process (each shape's template, a book a template cannot
    hold) is written with the collector on; a book streamed into a template's parts
    leaves none, and is written with it paused."""
    import gc

    import ledger.splitting as splitting
    from ledger.io import unit_template
    from ledger.workspace import open_workspace
    seen, jobs = [], []
    for cls, name in ((unit_template.Template, "__init__"), (unit_template, "write_with_xlsxwriter")):
        original = getattr(cls, name)

        def record(*args, original=original, **kw):
            seen.append(gc.isenabled())
            return original(*args, **kw)
        monkeypatch.setattr(cls, name, record)
    monkeypatch.setattr(unit_template, "streamable", lambda book, meta: book.unit != UNITS[1])
    write = splitting.write_unit_workbook
    monkeypatch.setattr(splitting, "write_unit_workbook", lambda *job, **kw: jobs.append(job) or write(*job, **kw))
    unit_template._templates.clear()
    split(open_workspace(split_ws[0]), PERIOD, output=tmp_path / "one", workers=1)
    assert len(seen) >= 3 and all(seen)  # templates of two shapes at least, and the unit written by XlsxWriter
    assert gc.isenabled()

    monkeypatch.undo()
    gc.collect()
    gc.disable()
    try:
        for i, (_path, book, meta) in enumerate(jobs):  # streamed again into the templates made above
            if book.unit != UNITS[1]:
                unit_template.write_unit_workbook(tmp_path / f"{i}.xlsx", book, meta)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_split_writes_aside_and_moves_into_place_and_redoes_an_interrupted_split(tmp_path, run_cli, monkeypatch):
    import ledger.splitting as splitting
    root = _workspace(tmp_path / "ws", run_cli)
    folder = root / "下发" / LABEL
    calls = {"n": 0}
    real = splitting.write_unit_workbook

    def dies_midway(path, book, meta, **kw):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt  # the clerk closes the window
        return real(path, book, meta, **kw)
    monkeypatch.setattr(splitting, "write_unit_workbook", dies_midway)
    with pytest.raises(KeyboardInterrupt):
        split(open_workspace(root), PERIOD, workers=1)
    assert not folder.exists()  # nothing half-written where the clerk looks
    assert len(list((root / "下发").glob(".ledger-partial-*"))) == 1
    monkeypatch.setattr(splitting, "write_unit_workbook", real)
    r = run_cli("split", "-w", root, "--period", PERIOD, "--json")  # no --force needed
    assert r.code == 0, r.err
    assert r.json["interrupted"] is True and r.json["set_aside"] is None
    assert not list((root / "下发").glob(".ledger-partial-*"))
    assert len(list(folder.glob("*.xlsx"))) == len(r.json["outputs"]) + 1  # and the 下发清单
    again = run_cli("split", "-w", root, "--period", PERIOD, "--json")
    assert again.code == 3 and "--force" in again.err  # a finished split is not replaced unasked


def test_a_split_reads_one_version_of_the_list_while_another_clerk_imports(tmp_path, run_cli, monkeypatch):
    """Another clerk's import commits while a split is reading: the split's files
    hold the tasks and the measures of one import, never the tasks of one and the
    measures of the next (the revised list comes without a 任务分解表: no measures)."""
    from ledger.imports import import_files

    root = _workspace(tmp_path / "ws", run_cli)
    real, imported = Store.tasks, []

    def tasks_then_an_import_commits(self, *args, **kwargs):
        tasks = real(self, *args, **kwargs)
        if not imported:
            imported.append("the split's read")  # the import reads the tasks too
            imported.append(import_files(open_workspace(root), SAMPLES / "平罗县任务清单-修订.xlsx"))
        return tasks
    monkeypatch.setattr(Store, "tasks", tasks_then_an_import_commits)
    result = split(open_workspace(root), PERIOD, workers=1)
    assert imported[-1].version == 2
    assert sum(o["measures"] for o in result.outputs) > 0  # the first import's measures, with its tasks
    assert len(result.outputs) == 46


def test_files_of_a_split_never_recorded_are_set_aside_without_force(tmp_path, run_cli):
    root = _workspace(tmp_path / "ws", run_cli)
    folder = root / "下发" / LABEL
    folder.mkdir(parents=True)
    (folder / "旧文件.xlsx").write_bytes(b"left by a split that stopped before it was recorded")
    r = run_cli("split", "-w", root, "--period", PERIOD, "--json")
    assert r.code == 0, r.err
    assert r.json["interrupted"] is True and (Path(r.json["set_aside"]) / "旧文件.xlsx").exists()


def test_optional_sheet_protection_password_from_settings(tmp_path, run_cli):
    root = _workspace(tmp_path / "ws", run_cli)
    toml = root / "ledger.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('protect_password = ""', 'protect_password = "食安办2023"'),
                    encoding="utf-8")
    r = run_cli("split", "-w", root, "--period", PERIOD, "--json")
    assert r.code == 0, r.err
    sheet = openpyxl.load_workbook(r.json["outputs"][0]["file"])["任务进展"]
    assert sheet.protection.sheet and sheet.protection.password  # a hash of the password, never the text
    default = openpyxl.load_workbook(_file_of(tmp_path, run_cli))["任务进展"]
    assert default.protection.sheet and not default.protection.password


def _file_of(tmp_path, run_cli) -> str:
    root = _workspace(tmp_path / "plain", run_cli)
    return run_cli("split", "-w", root, "--period", PERIOD, "--json").json["outputs"][0]["file"]


def test_a_period_folder_named_by_its_key_keeps_being_used(tmp_path, run_cli):
    root = _workspace(tmp_path / "ws", run_cli)
    assert run_cli("split", "-w", root, "--period", PERIOD).code == 0
    old = root / "下发" / PERIOD  # 下发/2023-W10, as workspaces named it before
    (root / "下发" / LABEL).rename(old)
    again = run_cli("split", "-w", root, "--period", PERIOD, "--json")
    assert again.code == 3 and "--force" in again.json["error"]["message"]  # the files there are this period's
    forced = run_cli("split", "-w", root, "--period", PERIOD, "--force", "--json").json
    assert forced["folder"] == str(old) and Path(forced["set_aside"]).parent == old
    assert not (root / "下发" / LABEL).exists()


def test_a_monthly_workspace_names_files_and_folders_by_the_month(tmp_path, run_cli):
    root = _workspace(tmp_path / "ws", run_cli)
    toml = root / "ledger.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('period = "week"', 'period = "month"'), encoding="utf-8")
    data = run_cli("split", "-w", root, "--period", "2023-03", "--json").json
    assert data["period"] == "2023-03" and data["folder"] == str(root / "下发" / "2023年3月")
    assert all(Path(o["file"]).name == f"{o['unit']}_2023年3月.xlsx" for o in data["outputs"])
    sheet = openpyxl.load_workbook(data["outputs"][0]["file"])["任务进展"]
    assert sheet["A1"].value.endswith("任务进展填报表（2023年3月）")


def test_progress_and_problems_read_as_one_sentence_without_doubled_punctuation():
    last = {"period": "2023-W09", "status": "推进中", "progress": "已开展标准宣贯3次。", "problems": "人员不足。"}
    assert describe_progress(last) == "【2023年第9周 推进中】已开展标准宣贯3次；问题：人员不足。"
    assert describe_progress({"period": "2023-03", "status": "已完成"}) == "【2023年3月 已完成】"
    assert describe_progress({"progress": "已部署。\n", "problems": "人手紧；"}, with_period=False) == "已部署；问题：人手紧"
    assert describe_progress({"progress": "已部署。\n", "problems": "无；"}, with_period=False) == "已部署。"  # 无: no problem
    assert join_clauses(["市场监管局：经费不足。", "", "城关镇：人手少；"]) == "市场监管局：经费不足；城关镇：人手少"
