"""按时报送 or 逾期报送: a file counts as received when it was saved in the clerk's
回收 folder (its modification time on the clerk's disk), never later than the
merge or the clerk's ``--received``; never by the saved time the file claims."""
from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLES, copy_workspace
from fill import fill_workbook, set_saved_time
from ledger.imports import import_files
from ledger.merging import merge
from ledger.receipt import parse_received, receipt_time
from ledger.splitting import split
from ledger.store import Store
from ledger.workspace import init_workspace, open_workspace

PERIOD = "2023-W10"  # due Friday 2023-03-10
LABEL = "2023年第10周"
ON_TIME_UNIT, LATE_UNIT, SAVED_BEFORE_UNIT = "平罗县市场监督管理局", "城关镇", "平罗县卫生健康局"
MERGED = datetime(2023, 3, 15, 9, 0)  # the clerk merges on Wednesday, five days after the deadline

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(scope="module")
def template(tmp_path_factory, backend) -> Path:
    root = tmp_path_factory.mktemp("receipt") / "台账 工作区"
    ws, _ = init_workspace(root, "平罗县食品安全委员会办公室", "平罗县深化改革加强食品安全工作实施方案")
    import_files(ws, SAMPLES / "平罗县任务清单.xlsx", units=SAMPLES / "平罗县单位名录.xlsx")
    split(ws, PERIOD, workers=1)
    return root


@pytest.fixture
def ws(template, tmp_path):
    return open_workspace(copy_workspace(template, tmp_path / "台账 工作区"))


def returned(ws, unit: str, on_disk: datetime, claims: str | None = None) -> Path:
    """The unit's workbook filled in and saved into 回收/ at ``on_disk`` (its
    modification time); ``claims``: the saved time written inside the file."""
    with Store.open(ws) as store:
        name = next(f["file"] for f in store.split_files(PERIOD) if f["unit"] == unit)
    folder = ws.folder("incoming") / LABEL
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{unit}.xlsx"
    fill_workbook(ws.folder("outgoing") / LABEL / name, path, unit)
    if claims:
        set_saved_time(path, claims)
    stamp = on_disk.timestamp()
    os.utime(path, (stamp, stamp))
    return path


def status(run_cli, ws) -> dict:
    data = run_cli("status", "-w", ws.root, "--json").json
    return {u["unit"]: (u["reporting"], u["received_at"]) for u in data["units"] if u["reporting"] != "未报送"}


def test_lateness_is_judged_by_when_the_file_reached_the_incoming_folder(ws, run_cli):
    returned(ws, ON_TIME_UNIT, datetime(2023, 3, 9, 16, 20))
    returned(ws, LATE_UNIT, datetime(2023, 3, 13, 8, 30), claims="2023-03-08T10:00:00Z")  # claims it was early
    returned(ws, SAVED_BEFORE_UNIT, datetime(2023, 3, 10, 17, 45), claims="2023-03-20T10:00:00Z")  # claims late
    result = merge(ws, period=PERIOD, received_at=MERGED)
    assert len(result.accepted) == 3
    assert status(run_cli, ws) == {ON_TIME_UNIT: ("按时报送", "2023-03-09T16:20:00"),
                                   LATE_UNIT: ("逾期报送", "2023-03-13T08:30:00"),
                                   SAVED_BEFORE_UNIT: ("按时报送", "2023-03-10T17:45:00")}
    ledger = openpyxl.load_workbook(result.ledger)
    rows = list(ledger["报送明细"].iter_rows(min_row=3, values_only=True))
    at = {r[rows[0].index("单位")]: r[rows[0].index("报送时间")] for r in rows[1:]}
    assert (at[ON_TIME_UNIT], at[LATE_UNIT], at[SAVED_BEFORE_UNIT]) == (
        "2023-03-09 16:20:00", "2023-03-13 08:30:00", "2023-03-10 17:45:00")
    listed = {row[0].value for row in ledger["未报送单位"].iter_rows(min_row=4)}
    assert LATE_UNIT in listed and not listed & {ON_TIME_UNIT, SAVED_BEFORE_UNIT}


def test_never_later_than_the_merge(ws, run_cli):
    """A modification time after the merge (a wrong clock) is not believed either."""
    returned(ws, ON_TIME_UNIT, datetime(2023, 3, 20, 9, 0))
    merge(ws, period=PERIOD, received_at=datetime(2023, 3, 10, 11, 0))
    assert status(run_cli, ws) == {ON_TIME_UNIT: ("按时报送", "2023-03-10T11:00:00")}
    assert receipt_time(0.0, MERGED) == MERGED  # no modification time: the merge's


def test_merging_unchanged_files_again_never_moves_the_receipt_later(ws, run_cli):
    path = returned(ws, ON_TIME_UNIT, datetime(2023, 3, 9, 16, 20))
    merge(ws, period=PERIOD, received_at=MERGED)
    later = datetime(2023, 3, 16, 8, 0).timestamp()
    os.utime(path, (later, later))  # the clerk copied the folder, or touched the file
    again = merge(ws, period=PERIOD)  # merged again today
    assert [f.status for f in again.files] == ["duplicate"]
    assert status(run_cli, ws) == {ON_TIME_UNIT: ("按时报送", "2023-03-09T16:20:00")}


def test_received_for_files_collected_before_they_were_saved_to_disk(ws, run_cli):
    """Collected by Friday (say, from the office mailbox), saved into 回收 on Monday: the
    clerk says so with --received, also after a first merge counted them as late."""
    returned(ws, LATE_UNIT, datetime(2023, 3, 13, 8, 30))
    assert run_cli("merge", "-w", ws.root, "--period", PERIOD).code == 0
    assert status(run_cli, ws) == {LATE_UNIT: ("逾期报送", "2023-03-13T08:30:00")}
    assert run_cli("merge", "-w", ws.root, "--period", PERIOD, "--received", "2023年3月10日").code == 0
    assert status(run_cli, ws) == {LATE_UNIT: ("按时报送", "2023-03-10T23:59:59")}
    run_cli("merge", "-w", ws.root, "--period", PERIOD, "--received", "2023-03-12 10:00")
    assert status(run_cli, ws) == {LATE_UNIT: ("按时报送", "2023-03-10T23:59:59")}  # never later


def test_received_as_written_and_never_after_now(ws, run_cli):
    now = datetime(2026, 12, 3, 7, 41)
    assert parse_received("2026/11/27 17:30", now) == datetime(2026, 11, 27, 17, 30)
    assert parse_received("2026年11月27日", now) == datetime(2026, 11, 27, 23, 59, 59)
    assert parse_received("2026-12-03", now) == now  # today: by now
    returned(ws, LATE_UNIT, datetime(2023, 3, 13, 8, 30))
    r = run_cli("merge", "-w", ws.root, "--period", PERIOD, "--received", "2999-01-01")
    assert r.code == 2 and "晚于现在" in r.err and "--received 2026-11-27" in r.err
    r = run_cli("merge", "-w", ws.root, "--period", PERIOD, "--received", "上周五")
    assert r.code == 2 and "看不懂" in r.err and "2026-11-27" in r.err
    assert status(run_cli, ws) == {}  # nothing merged
