"""`ledger export`: the 汇总台账 holds every value a unit typed (报送明细), the
evidence of tasks awaiting 销号, the office's own task columns, and says where a
value could not be kept whole."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from ledger.demonstration import input_cells
from ledger.exporting import export
from ledger.io.cells import EXCEL_MAX_CHARS, LINE_HEIGHT
from ledger.io.returned import INPUT_FIELDS, SHEET_INPUTS
from ledger.io.unit_workbook import FIRST_ROW
from ledger.merging import merge
from ledger.period_status import period_status
from ledger.store import Store
from ledger.workspace import init_workspace, open_workspace
from fill import tricky_value
from test_merge import (MARKET, ON_TIME, PERIOD, fill_all, filled_market_sheet, incoming, outgoing,  # noqa: F401
                        rewrite, soffice, template, ws)

pytestmark = pytest.mark.usefixtures("backend")  # every test on SQLite and on PostgreSQL
FIELD_HEADER = {f: h for h, f in INPUT_FIELDS.items()}
ONCE_A_FILE = tuple(SHEET_INPUTS.values())  # 填报人, 联系电话: typed under the title, kept with every row
NUMBER_HEADERS = {"编号": "number", "任务编号": "number"}  # 任务进展, 分解任务


def read_sheet(path: Path, name: str) -> list[dict[str, object]]:
    """A sheet of the 汇总台账 as dicts (header -> value), from the header row (row 3)."""
    sheet = openpyxl.load_workbook(path)[name]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:]]


def row_numbers(ws) -> dict[tuple[str, str], str]:
    """(unit, row id) -> the task number written on that row of the unit's workbook
    (row ids as tests/fill.py keys what it typed)."""
    out = {}
    for unit, path in outgoing(ws).items():
        for _sheet, cell, _field, row_id in input_cells(openpyxl.load_workbook(path), NUMBER_HEADERS):
            out[(unit, row_id)] = str(cell.value)
    return out


def assert_every_value_once(ledger: Path, typed: dict, numbers: dict, fields=tuple(FIELD_HEADER), exact=lambda f, v: v):
    """Every typed value of ``fields`` is in exactly one cell of its column in 报送明细,
    on a row of its unit whose 编号 is the task's number; 填报人 and 联系电话, typed
    once a file, are on every row of its unit."""
    details = read_sheet(ledger, "报送明细")
    for field in fields:
        header = FIELD_HEADER[field]
        if field in ONCE_A_FILE:
            for unit, cells in typed.items():
                want = {exact(field, str(v)) for (_s, _r, f), v in cells.items() if f == field}
                assert {r[header] for r in details if r["单位"] == unit} == want, (unit, field)
            continue
        seen = Counter(r[header] for r in details)
        where = {r[header]: r for r in details}
        for unit, cells in typed.items():
            for (_sheet, rid, f), value in cells.items():
                if f != field:
                    continue
                want = exact(field, str(value))
                assert seen[want] == 1, (unit, rid, field, want)
                assert (where[want]["单位"], where[want]["编号"]) == (unit, numbers[(unit, rid)]), (unit, rid, field)


def test_detail_sheet_has_every_typed_value_once_in_task_then_unit_order(ws):
    typed = fill_all(ws)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    distinct = tuple(f for f in FIELD_HEADER if f not in ("status", "expected"))  # these repeat
    assert_every_value_once(result.ledger, typed, row_numbers(ws), distinct)
    details = read_sheet(result.ledger, "报送明细")
    assert len(details) == sum(len({(s, r) for (s, r, _f) in cells}) for cells in typed.values())
    with Store.open(ws) as store:
        tasks = store.tasks(detail=False)
        subs = {s["unit"]: s for s in store.submissions(PERIOD)}
    position = {t.number: i for i, t in enumerate(tasks)}
    assert [position[r["编号"]] for r in details] == sorted(position[r["编号"]] for r in details)
    first = next(t for t in tasks if t.data["lead"] and t.data["cooperating"])
    rows = [r for r in details if r["编号"] == first.number and not r["分解措施"]]
    owners = first.data["lead"] + first.data["responsible"] + first.data["cooperating"]
    assert [r["单位"] for r in rows] == owners  # lead first, then the others in the task's order
    assert [r["角色"] for r in rows] == ["牵头"] + ["责任"] * len(first.data["responsible"]) + \
        ["配合"] * len(first.data["cooperating"])
    assert rows[0]["报送时间"] == "2023-03-10 09:00:00" and rows[0]["来源文件"] == subs[rows[0]["单位"]]["file"]
    assert any(r["分解措施"] for r in details)
    main = read_sheet(result.ledger, "总台账")
    assert Counter(r["编号"] for r in main) == Counter(t.number for t in tasks)
    sheet = openpyxl.load_workbook(result.ledger)["报送明细"]
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref == f"A3:P{sheet.max_row}"
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize, sheet.print_title_rows) == ("landscape", 9, "$3:$3")
    setup = sheet.page_setup  # fit to one page wide (fitToWidth 1 is the default, left out), any height
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and (setup.fitToWidth, setup.fitToHeight) == (None, 0)
    assert all(c.alignment.wrap_text for c in sheet[4])


def normalised(field: str, value: str) -> str:
    """What the 汇总台账 shows of a typed value: text as typed; 完成状态 and 预计完成时间
    without the spaces around them."""
    return value.strip() if field in ("status", "expected") else value


def assert_round_trip(ledger: Path, typed: dict, numbers: dict) -> None:
    assert_every_value_once(ledger, typed, numbers, exact=normalised)
    with zipfile.ZipFile(ledger) as zf:
        assert not any(b"<f>" in zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
    with Store.open(open_workspace(ledger.parent.parent)) as store:
        tasks = Counter(t.number for t in store.tasks(detail=False))
    assert Counter(r["编号"] for r in read_sheet(ledger, "总台账")) == tasks  # every task, once


def test_round_trip_of_tricky_text_every_value_once_as_typed(ws):
    typed = fill_all(ws, value_of=tricky_value)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert not result.rejected and not result.missing_units
    assert sum(len(cells) for cells in typed.values()) > 5000
    assert_round_trip(result.ledger, typed, row_numbers(ws))
    sheet = openpyxl.load_workbook(result.ledger)["报送明细"]
    heights = [sheet.row_dimensions[r].height or 0 for r in range(4, sheet.max_row + 1)]
    assert min(heights) >= 2 * LINE_HEIGHT  # every row has a line break: it shows both lines


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
@pytest.mark.parametrize("target", ["xlsx", "xls", "ods"])
def test_round_trip_of_tricky_text_through_libreoffice(ws, tmp_path, target):
    """LibreOffice keeps text as typed in all three formats (line breaks and the
    spaces around it included), so the same exact comparison holds."""
    work = tmp_path / "filled"
    work.mkdir()
    typed = fill_all(ws, units={MARKET, "城关镇"}, value_of=tricky_value, folder=work,
                     rename=lambda unit, i: f"{i}.xlsx")
    p = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", target, "--outdir", str(tmp_path / "out"), *map(str, work.iterdir())],
                       capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr
    for f in (tmp_path / "out").iterdir():
        shutil.copy(f, incoming(ws))
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["accepted", "accepted"], [f.reason for f in result.files]
    assert any(sheet == "分解任务" for (sheet, _r, _f) in typed[MARKET])
    assert_round_trip(result.ledger, typed, row_numbers(ws))


def test_unmatched_rows_are_listed_with_what_they_say(ws):
    wb, sheet, header = filled_market_sheet(ws)
    first = FIRST_ROW + 1
    sheet.insert_rows(first)
    sheet.cell(first, 1).value = "补1"
    sheet.cell(first, header.index("任务内容") + 1).value = "本周另开展联合检查一次"
    sheet.cell(first, header.index("本期进展") + 1).value = "检查餐饮单位12家"
    wb.save(incoming(ws) / "x.xlsx")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert "row-unmatched" in {f.code for f in result.findings}
    details = read_sheet(result.ledger, "报送明细")
    row = next(r for r in details if r["编号"] == "补1")
    assert row["任务内容"] == "本周另开展联合检查一次" and row["本期进展"] == "检查餐饮单位12家"
    assert row["单位"] == MARKET and row["备注"].startswith(f"未对应任务（工作表“任务进展”第{first}行）")
    assert details[-1] is row  # after every task


def test_evidence_column_for_tasks_awaiting_closing(ws):
    typed = fill_all(ws, units={MARKET})[MARKET]
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    main = read_sheet(result.ledger, "总台账")
    with Store.open(ws) as store:
        ids = {t.number: t.id for t in store.tasks(detail=False)}
    awaiting = [r for r in main if r["销号"] == "待销号"]
    assert awaiting and all(r["完成状态"] == "已完成" for r in awaiting)
    for r in awaiting:
        assert r["佐证材料"] == f"{MARKET}：{typed[('任务进展', ids[r['编号']], 'evidence')]}"
    assert all(r["佐证材料"] is None for r in main if r["销号"] != "待销号")


def set_task_data(ws, change) -> None:
    """Edit every stored task's data (as a newer reader would have stored it)."""
    with Store.open(ws) as store:
        for task_id, data in store.db.execute("SELECT id, data FROM tasks WHERE workspace_id=?",
                                              (store.ws,)).fetchall():
            d = json.loads(data)
            change(d)
            store.db.execute("UPDATE tasks SET data=? WHERE workspace_id=? AND id=?",
                             (json.dumps(d, ensure_ascii=False), store.ws, task_id))


def test_title_and_extra_columns_only_when_tasks_have_them(ws):
    set_task_data(ws, lambda d: [d.pop(k, None) for k in ("title", "clause", "extra")])  # data of older versions
    plain = export(ws, PERIOD).path
    header = [c.value for c in openpyxl.load_workbook(plain)["总台账"][3]]
    assert "任务标题" not in header and "其他信息" not in header and "佐证材料" in header

    def add(d):
        if d["number"] == "2":
            d.update(title="标准宣贯", clause=0, extra={"资金（万元）": "50", "责任领导电话": "13800000000"})
    set_task_data(ws, add)
    path = export(ws, PERIOD).path
    sheet = openpyxl.load_workbook(path)["总台账"]
    header = [c.value for c in sheet[3]]
    assert header.index("任务标题") == header.index("任务内容") - 1 and "其他信息" in header
    row = next(r for r in read_sheet(path, "总台账") if r["编号"] == "2")
    assert row["任务标题"] == "标准宣贯" and row["其他信息"] == "资金（万元）：50\n责任领导电话：13800000000"
    status = get_column_letter(header.index("完成状态") + 1)
    days = get_column_letter(header.index("距时限天数") + 1)
    rules = [r.formula[0] for rng in sheet.conditional_formatting for r in rng.rules]
    assert any(f"${status}4" in f for f in rules) and any(f"${days}4" in f for f in rules)
    light = get_column_letter(header.index("状态灯") + 1)
    assert {str(rng.sqref) for rng in sheet.conditional_formatting} == {f"{light}4:{light}{sheet.max_row}"}


def test_text_longer_than_a_cell_is_cut_visibly_and_kept_whole(ws):
    wb, sheet, header = filled_market_sheet(ws)
    sheet.cell(FIRST_ROW + 1, header.index("本期进展") + 1).value = "LONG-TEXT-HERE"
    wb.save(incoming(ws) / "x.xlsx")
    long = "进展" * 20_000 + "末尾"  # 40,002 characters
    rewrite(incoming(ws) / "x.xlsx", b"LONG-TEXT-HERE", long.encode("utf-8"))
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    with Store.open(ws) as store:
        kept = [v["progress"] for u, _t, m, v in store.progress_rows(PERIOD) if u == MARKET and not m]
    assert long in kept  # the database has it whole
    cut = [f for f in result.findings if f.code == "text-truncated"]
    detail = next(f for f in cut if f.sheet == "报送明细")
    assert detail.severity == "warning" and detail.file == "汇总台账.xlsx" and "40002" in detail.message
    cell = openpyxl.load_workbook(result.ledger)["报送明细"][detail.cell]
    assert len(cell.value) <= EXCEL_MAX_CHARS and cell.value.startswith("进展进展")
    assert cell.value.endswith("……【内容过长，已截断，完整内容共40002字，见数据库】")
    assert openpyxl.load_workbook(result.ledger)["报送明细"].cell(3, cell.column).value == "本期进展"


def test_detail_rows_written_by_a_worker_process_make_the_same_ledger(ws, monkeypatch, tmp_path):
    """报送明细 (over sheets of 10 rows: 报送明细（续1）…) and the 总台账 written by a worker
    process a few rows at a time, with a text cut on the way: the same workbook part for
    part, and the same findings in the same order, as one process writes."""
    import ledger.exporting as exporting
    import ledger.io.ledger_workbook as ledger_workbook
    wb, sheet, header = filled_market_sheet(ws)
    for r in (FIRST_ROW + 1, FIRST_ROW + 12):
        sheet.cell(r, header.index("本期进展") + 1).value = "LONG-TEXT-HERE"
    wb.save(incoming(ws) / "x.xlsx")
    rewrite(incoming(ws) / "x.xlsx", b"LONG-TEXT-HERE", ("进展" * 20_000).encode("utf-8"))
    merged = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    assert merged.accepted, [f.reason for f in merged.files]
    monkeypatch.setattr(ledger_workbook, "SHEET_ROWS", 3 + 10)
    for module in (exporting, ledger_workbook):
        monkeypatch.setattr(module, "DETAIL_CHUNK", 4)
    monkeypatch.setattr(ledger_workbook, "MAIN_CHUNK", 2)  # the 总台账 too, two rows a chunk
    one = export(ws, PERIOD, tmp_path / "one.xlsx", workers=1)
    two = export(ws, PERIOD, tmp_path / "two.xlsx", workers=2)
    names = openpyxl.load_workbook(two.path).sheetnames
    assert "报送明细（续2）" in names and {f.sheet[:4] for f in two.findings} == {"总台账", "报送明细"}
    assert [(f.sheet, f.cell, f.value, f.message.replace("two", "one")) for f in two.findings] == \
        [(f.sheet, f.cell, f.value, f.message) for f in one.findings]
    with zipfile.ZipFile(one.path) as a, zipfile.ZipFile(two.path) as b:
        assert a.namelist() == b.namelist()
        assert [a.read(n) for n in a.namelist() if n != "docProps/core.xml"] == \
            [b.read(n) for n in b.namelist() if n != "docProps/core.xml"]


@pytest.mark.parametrize("splits, latest", [
    (["2023-W10", "2023-W09"], "2023-W10"),  # W09 re-sent for a late unit after W10
    (["2023-W01", "2022-W52"], "2023-W01"),
    (["2023-03", "2023-02", "2022-12"], "2023-03"),
    (["2023-W10", "2023-03"], "2023-03"),  # the month ends after the week
    (["2023-W09"], "2023-W09"),
])
def test_latest_split_period_is_the_latest_by_date(tmp_path, splits, latest):
    with Store.open(init_workspace(tmp_path / "ws")[0]) as store:
        assert store.latest_split_period() is None
        for period in splits:
            store.record_split(period, f"下发/{period}", [])
        assert store.latest_split_period() == latest


def test_detail_rows_past_a_full_sheet_go_on_in_the_next(ws, monkeypatch):
    import ledger.io.ledger_workbook as ledger_workbook
    fill_all(ws, units={MARKET})
    whole = read_sheet(merge(ws, period=PERIOD, received_at=ON_TIME).ledger, "报送明细")
    monkeypatch.setattr(ledger_workbook, "SHEET_ROWS", 3 + 20)  # an Excel sheet of 20 data rows
    path = export(ws, PERIOD).path
    names = openpyxl.load_workbook(path).sheetnames
    parts = [n for n in names if n.startswith("报送明细")]
    assert parts == ["报送明细"] + [f"报送明细（续{i}）" for i in range(1, len(parts))]
    assert names[1:1 + len(parts)] == parts and len(parts) == -(-len(whole) // 20)
    assert [r for n in parts for r in read_sheet(path, n)] == whole  # every row, once, in order


def test_each_report_is_read_once_for_the_status_and_the_detail_sheet(ws, monkeypatch):
    """报送明细 reads every report's values once (a batch at a time, before the task states
    are worked out, so the worker processes get its rows early), and the status takes the
    task reports' values from that reading, in the order the database gives the reports: no
    report is read twice, and the status is the one ``period_status`` works out alone."""
    fill_all(ws)
    whole = read_sheet(merge(ws, period=PERIOD, received_at=ON_TIME).ledger, "报送明细")
    fetched: list[int] = []
    scanned: list[str] = []
    fetch, scan = Store.progress_values, Store.progress_reports
    monkeypatch.setattr(Store, "progress_values", lambda store, ids: fetched.extend(ids) or fetch(store, ids))
    monkeypatch.setattr(Store, "progress_reports", lambda store, *a, **k: scanned.append("scan") or scan(store, *a, **k))
    result = export(ws, PERIOD)
    monkeypatch.setattr(Store, "progress_reports", scan)
    with Store.open(ws) as store:
        keys = store.progress_keys(PERIOD)
        alone = period_status(store, result.period, ws.config)
    assert any(measure for *_key, measure in keys) and not scanned
    assert len(fetched) == len(set(fetched)) and sorted(fetched) == sorted(pid for pid, *_rest in keys)

    def states(status):
        return [(s.task.id, s.status, s.days_left, s.light, s.closing, s.problems, list(s.reports.items()))
                for s in status.tasks], [vars(u) for u in status.units]
    assert states(result.status) == states(alone)
    assert read_sheet(result.path, "报送明细") == whole


def test_the_export_loads_neither_the_splitter_nor_the_readers_of_workbooks():
    """`ledger export` writes from the database: it starts without the splitter (and the
    fill-in book's writer), the reader of returned books (and its safety scan) and the
    task list's reader."""
    heavy = ("ledger.splitting", "ledger.io.unit_workbook", "ledger.io.returned", "ledger.io.safety",
             "ledger.io.read", "ledger.io.grid", "python_calamine", "openpyxl", "defusedxml")
    code = f"import sys, ledger.cli, ledger.exporting; print([m for m in {heavy!r} if m in sys.modules])"
    root = Path(__file__).resolve().parent.parent
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
