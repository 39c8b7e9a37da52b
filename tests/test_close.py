"""`ledger close`: 销号 is for a task done with evidence. Closing a task whose latest
report is not 已完成, or without 佐证材料, is done with a warning that names the task,
its status and what to do; a closed task is not closed again as if new."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLES, copy_workspace
from fill import fill_workbook, value_for
from ledger.imports import import_files
from ledger.merging import merge
from ledger.splitting import split
from ledger.store import Store
from ledger.workspace import init_workspace, open_workspace

PERIOD, LABEL = "2023-W10", "2023年第10周"
MARKET = "平罗县市场监督管理局"
ON_TIME = datetime(2023, 3, 10, 9, 0)

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(scope="module")
def template(tmp_path_factory, backend) -> Path:
    """平罗, split for 2023-W10; the market regulator reported its first three lead
    tasks as 滞后 without evidence, 已完成 without evidence, 已完成 with evidence."""
    root = tmp_path_factory.mktemp("close") / "台账 工作区"
    ws, _ = init_workspace(root, "平罗县食品安全委员会办公室", "平罗县深化改革加强食品安全工作实施方案")
    import_files(ws, SAMPLES / "平罗县任务清单.xlsx", units=SAMPLES / "平罗县单位名录.xlsx")
    split(ws, PERIOD, workers=1)
    behind, bare, proven = lead_tasks(ws)[:3]
    reported = {behind.id: ("滞后", ""), bare.id: ("已完成", ""), proven.id: ("已完成", "检查记录.pdf")}

    def value_of(field, unit, row_id, n):
        status, evidence = reported.get(row_id, ("推进中", ""))
        return {"status": status, "evidence": evidence}.get(field, value_for(field, unit, row_id, n))

    with Store.open(ws) as store:
        name = next(f["file"] for f in store.split_files(PERIOD) if f["unit"] == MARKET)
    (ws.folder("incoming") / LABEL).mkdir(parents=True, exist_ok=True)
    fill_workbook(ws.folder("outgoing") / LABEL / name, ws.folder("incoming") / LABEL / "市场监管局.xlsx", MARKET,
                  value_of=value_of)
    assert len(merge(ws, period=PERIOD, received_at=ON_TIME, export=False).accepted) == 1
    return root


@pytest.fixture
def ws(template, tmp_path):
    return open_workspace(copy_workspace(template, tmp_path / "台账 工作区"))


def lead_tasks(ws):
    with Store.open(ws) as store:
        return [t for t in store.tasks(detail=False) if MARKET in t.data.get("lead", [])]


def codes(r) -> list[tuple[str, str, str]]:
    return [(f["code"], f["severity"], f["value"]) for f in r.json["findings"]]


def test_closing_a_task_reported_behind_without_evidence_warns(ws, run_cli):
    behind = lead_tasks(ws)[0].number
    r = run_cli("close", "-w", ws.root, behind)
    assert r.code == 0
    assert r.out == (f"已销号：{behind}\n"
                     f"提醒：任务{behind}已销号，但{MARKET}最近一次（{LABEL}）报的完成状态是“滞后”，"
                     "不是“已完成”，也没有佐证材料。\n"
                     f"  建议：销号应是任务已完成、佐证材料已到。请核实：确已完成的，请{MARKET}在下期填报表中"
                     f"报“已完成”并填写佐证材料；尚未完成的，运行 ledger close --reopen {behind} 撤销销号，"
                     "该任务会继续下发。\n")
    again = run_cli("close", "-w", ws.root, "--reopen", behind, "--json")
    assert again.code == 0 and again.json["done"] == [behind] and again.json["findings"] == []


def test_closing_done_without_evidence_warns_and_done_with_evidence_does_not(ws, run_cli):
    _behind, bare, proven = (t.number for t in lead_tasks(ws)[:3])
    r = run_cli("close", "-w", ws.root, bare, proven, "--json")
    assert r.code == 0 and r.json["done"] == [bare, proven]
    assert codes(r) == [("closed-without-evidence", "warning", bare)]
    assert f"{MARKET}（{LABEL}）报了“已完成”，但各单位都没有填写佐证材料" in r.json["findings"][0]["message"]


def test_closing_a_task_nobody_reported_warns(ws, run_cli):
    with Store.open(ws) as store:
        reported = {t for _u, t, _m, _v in store.progress_rows(PERIOD)}
        task = next(t for t in store.tasks(detail=False) if t.id not in reported)
    r = run_cli("close", "-w", ws.root, task.number, "--json")
    assert r.code == 0 and codes(r) == [("closed-not-done", "warning", task.number)]
    assert "还没有单位报送过它的进展，也没有佐证材料" in r.json["findings"][0]["message"]


def test_closing_a_closed_task_says_so_and_changes_nothing(ws, run_cli):
    proven = lead_tasks(ws)[2].number
    assert run_cli("close", "-w", ws.root, proven).code == 0
    with Store.open(ws) as store:
        before = store.closures()
    r = run_cli("close", "-w", ws.root, proven, "--note", "再点一次")
    assert r.code == 0 and r.out.startswith(f"已销号：无\n此前已销号，未重复销号：{proven}\n提示：任务{proven}已于")
    assert f"运行 ledger close --reopen {proven}" in r.out
    with Store.open(ws) as store:
        assert store.closures() == before  # neither its time nor its note moved
    r = run_cli("close", "-w", ws.root, "--reopen", proven, proven, "--json")  # one number twice: once
    assert r.json["done"] == [proven] and r.json["unchanged"] == [] and r.json["findings"] == []
    r = run_cli("close", "-w", ws.root, "--reopen", proven, "--json")
    assert r.json["done"] == [] and r.json["unchanged"] == [proven]
    assert codes(r) == [("not-closed", "info", proven)]


def test_an_unknown_number_prints_what_to_do(ws, run_cli):
    r = run_cli("close", "-w", ws.root, "9.9")
    assert r.code == 1
    assert r.out == ("已销号：无\n错误：找不到任务编号“9.9”。\n"
                     "  建议：请核对任务编号（见汇总台账“总台账”的第一列）后重新运行 ledger close。\n")


def test_closing_in_the_ledger_column_warns_the_same_way(ws):
    behind = lead_tasks(ws)[0]
    ledger = merge(ws, period=PERIOD, received_at=ON_TIME).ledger
    wb = openpyxl.load_workbook(ledger)
    sheet = wb["总台账"]
    header = [c.value for c in sheet[3]]
    row = next(r for r in range(4, sheet.max_row + 1) if sheet.cell(r, 1).value == behind.number)
    sheet.cell(row, header.index("销号确认") + 1).value = "是"
    wb.save(ledger)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert result.closed == [behind.number]
    assert [(f.code, f.value) for f in result.findings if f.code.startswith("closed-")] == [
        ("closed-not-done", behind.number)]


@pytest.mark.parametrize("damage", ["corrupt", "sheet renamed", "column removed"])
def test_a_ledger_whose_confirmations_cannot_be_read_is_kept_not_overwritten(ws, damage):
    """The merge's export replaces 汇总台账.xlsx: when its 销号确认 cannot be read (a damaged file,
    the clerk renamed the sheet or removed the column) the clerk's file is copied aside first
    and a warning says where it is and what to do, instead of being overwritten silently."""
    ledger = merge(ws, period=PERIOD, received_at=ON_TIME).ledger
    if damage == "corrupt":
        ledger.write_bytes(b"PK\x03\x04 not a workbook any more")
    else:
        wb = openpyxl.load_workbook(ledger)
        if damage == "sheet renamed":
            wb["总台账"].title = "总台账（改）"
        else:
            sheet = wb["总台账"]
            col = [c.value for c in sheet[3]].index("销号确认") + 1
            sheet.cell(3, col).value = "备注"
        wb.save(ledger)
    before = ledger.read_bytes()
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    kept = [p for p in ledger.parent.iterdir() if "无法读取" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == before
    warning = next(f for f in result.findings if f.code == "ledger-unreadable")
    assert kept[0].name in warning.suggestion and "ledger close" in warning.suggestion
    assert openpyxl.load_workbook(ledger)["总台账"]  # a new ledger was written


def test_a_folder_where_the_ledger_goes_is_a_clear_error(ws, run_cli):
    ledger = ws.folder("ledgers") / "汇总台账.xlsx"
    ledger.mkdir(parents=True)
    r = run_cli("merge", "-w", ws.root, "--period", PERIOD)
    assert r.code == 3 and "是一个文件夹" in r.err and "程序内部错误" not in r.err
    r = run_cli("export", "-w", ws.root, "--period", PERIOD, "-o", ledger)
    assert r.code == 3 and "是一个文件夹" in r.err and "程序内部错误" not in r.err


def test_a_sub_items_number_as_a_clerk_types_it(tmp_path):
    """11-3, 11(3), 11（3） for 11③ (the probe could not close 11③ without typing the sign); one that is no task's stays
    unknown."""
    from ledger.closing import close
    root = tmp_path / "五原"
    ws, _ = init_workspace(root, "五原县食品安全委员会办公室")
    import_files(ws, SAMPLES / "五原县任务清单.xlsx", units=SAMPLES / "五原县单位名录.xlsx")
    with Store.open(ws) as store:
        numbers = {t.number for t in store.tasks(detail=False)}
    assert "11③" in numbers and "2②" in numbers
    assert close(ws, ["11-3"]).done == ["11③"]
    assert close(ws, ["2（2）"]).done == ["2②"]
    result = close(ws, ["11-9"])
    assert result.done == [] and result.unknown == ["11-9"]


def test_closing_a_task_whose_lead_did_not_report_names_the_lead(ws, run_cli):
    """Only a partner (the market regulator) reported: the warning asks the lead to report 已完成, not the partner."""
    with Store.open(ws) as store:
        task = next(t for t in store.tasks(detail=False)
                    if MARKET in t.data.get("responsible", []) + t.data.get("cooperating", []) and t.data.get("lead")
                    and MARKET not in t.data["lead"])
    lead = task.data["lead"][0]
    r = run_cli("close", "-w", ws.root, task.number, "--json")
    said = [f for f in r.json["findings"] if f["code"] == "closed-not-done"]
    assert len(said) == 1 and f"牵头单位{lead}还没有报送过它的进展" in said[0]["message"]
    assert f"请{lead}在下期填报表中报" in said[0]["suggestion"]
