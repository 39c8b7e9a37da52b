"""`--workers N`: split, merge and export give the same outputs in one process
(N = 1) as with worker processes (N = 2), and the commands take the option."""
from __future__ import annotations

import functools
import re
import zipfile
from concurrent.futures import Executor, Future
from datetime import date, datetime
from pathlib import Path

import pytest

from conftest import SAMPLES, copy_workspace
from fill import fill_workbook
from ledger import splitting
from ledger.errors import UsageError
from ledger.exporting import export
from ledger.imports import import_files
from ledger.io import ledger_workbook
from ledger.io.ledger_workbook import LedgerData, write_ledger
from ledger.io.unit_workbook import SplitMeta
from ledger.keys import derive
from ledger.merging import merge
from ledger.splitting import split
from ledger.store import Store
from ledger.workers import PARALLEL_FROM, process_pool, processes
from ledger.workspace import init_workspace, open_workspace

PERIOD = "2023-W10"
TODAY = date(2023, 3, 8)
RECEIVED = datetime(2023, 3, 10, 9, 0)
_CREATED = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Path:
    """A workspace with the 平罗 samples (46 units) imported."""
    root = tmp_path_factory.mktemp("par") / "工作区"
    ws, _ = init_workspace(root, "平罗县食品安全委员会办公室", "平罗县深化改革加强食品安全工作实施方案")
    import_files(ws, SAMPLES / "平罗县任务清单.xlsx", breakdown=SAMPLES / "平罗县任务分解表.xlsx",
                 units=SAMPLES / "平罗县单位名录.xlsx")
    return root


@pytest.fixture
def fixed_keys(monkeypatch):
    """Each book's key and generated time the same in both runs (they are fresh per
    split otherwise): a nonce from the unit's name, one generated_at."""
    def issue(secret, key_id, workspace, period, unit):
        return derive(secret, key_id, workspace, period, unit, f"{abs(hash(unit)) % 10**16:016d}")
    monkeypatch.setattr(splitting, "issue", issue)
    monkeypatch.setattr(splitting, "SplitMeta", functools.partial(SplitMeta, generated_at="2023-03-06T09:00:00"))


def parts(path: Path) -> dict[str, bytes]:
    """A workbook's parts, the document's creation time left out (the time it was written)."""
    with zipfile.ZipFile(path) as z:
        return {n: _CREATED.sub(b"", z.read(n)) for n in z.namelist()}


def same_workbooks(exp: Path, got: Path) -> None:
    assert sorted(p.name for p in got.iterdir()) == sorted(p.name for p in exp.iterdir())
    for book in sorted(exp.glob("*.xlsx")):
        assert parts(got / book.name) == parts(book), book.name


def test_split_with_one_process_and_with_two_gives_the_same_books(imported, tmp_path, fixed_keys):
    ws = open_workspace(copy_workspace(imported, tmp_path / "ws"))
    one = split(ws, PERIOD, output=tmp_path / "one", workers=1, today=TODAY)
    two = split(ws, PERIOD, output=tmp_path / "two", workers=2, today=TODAY)
    assert len(one.outputs) == len(two.outputs) == 46
    same_workbooks(tmp_path / "one", tmp_path / "two")


def test_merge_and_export_with_one_process_and_with_two_give_the_same_ledger(imported, tmp_path, fixed_keys):
    first = open_workspace(copy_workspace(imported, tmp_path / "a"))
    sent = split(first, PERIOD, workers=1, today=TODAY)
    returned = tmp_path / "returned"
    returned.mkdir()
    for out in sent.outputs:  # every unit returns its book filled in
        fill_workbook(Path(out["file"]), returned / Path(out["file"]).name, out["unit"])
    second = open_workspace(copy_workspace(first.root, tmp_path / "b"))
    ledgers = []
    for ws, n in ((first, 1), (second, 2)):
        result = merge(ws, [returned], PERIOD, today=TODAY, received_at=RECEIVED, workers=n)
        assert len(result.accepted) == 46 and not result.rejected
        ledgers.append(export(ws, PERIOD, tmp_path / f"汇总台账-{n}.xlsx", today=TODAY, workers=n).path)
        with Store.open(ws) as store:
            keys = store.progress_keys(PERIOD)
            ledgers.append(sorted(store.progress_values([k[0] for k in keys]).values(), key=repr))
    assert parts(ledgers[2]) == parts(ledgers[0])
    assert ledgers[3] == ledgers[1]


def test_detail_rows_of_a_worker_keep_their_place_among_the_texts_cut(tmp_path, monkeypatch):
    """The texts cut in 报送明细's rows, written by a worker process three rows at a
    time, come after the 总台账's and before 逾期任务's, as in one process."""
    monkeypatch.setattr(ledger_workbook, "DETAIL_CHUNK", 3)
    long = "进展" * 20_000
    row = ("1", "任务", "县农业农村局", "牵头", "", "推进中", "已部署。", "", "", "", "", "", "", "", "", "")

    def data() -> LedgerData:
        main = [{"编号": "1", "任务内容": long, "完成状态": "推进中", "状态灯": "红灯", "任务标识": "T1"}]
        details = [row[:6] + (long if i in (1, 8) else "已部署。",) + row[7:] for i in range(10)]
        overdue = [("1", "任务", "县农业农村局", "2023年3月1日", 5, "推进中", long)]
        return LedgerData("台账", "副标题", main, [], overdue, [], details=iter(details))
    one = write_ledger(tmp_path / "one.xlsx", data(), workers=1)
    with process_pool(1) as pool:
        two = write_ledger(tmp_path / "two.xlsx", data(), pool=pool, pooled=1)
    assert [(c.sheet, c.cell) for c in two] == [(c.sheet, c.cell) for c in one] == [
        ("总台账", "B4"), ("报送明细", "G5"), ("报送明细", "G12"), ("逾期任务", "G4")]
    assert parts(tmp_path / "two.xlsx") == parts(tmp_path / "one.xlsx")


class Idle(Executor):
    """An executor whose jobs never start: each is cancelled and written by the caller."""

    def __init__(self) -> None:
        self.sheets: list[str] = []

    def submit(self, fn, /, *args, **kwargs) -> Future:
        self.sheets.append(args[0].name)
        return Future()


def ledger_data(tasks: int, details: int) -> LedgerData:
    """A 总台账 of ``tasks`` rows and a 报送明细 of ``details``, a text cut in each of both."""
    long = "进展" * 20_000
    main = [{"编号": str(i + 1), "任务内容": long if i == 7 else f"任务{i + 1}", "完成状态": "推进中",
             "状态灯": "红灯", "各单位进展": "县农业农村局：已部署。\n" * (i % 4), "任务标识": f"T{i}"}
            for i in range(tasks)]
    row = ("1", "任务", "县农业农村局", "牵头", "", "推进中", "已部署。", "", "", "", "", "", "", "", "", "")
    details = [row[:6] + (long if i == 5 else f"已部署{i}。",) + row[7:] for i in range(details)]
    return LedgerData("台账", "副标题", main, [], [], [], details=iter(details))


@pytest.mark.parametrize("pool", ["workers", "idle"])
def test_the_main_sheet_in_chunks_is_joined_in_order(tmp_path, monkeypatch, pool):
    """The 总台账's rows (and 报送明细's) in chunks of 3, by a worker process or, past
    one chunk pending, by this one from the newest back (``idle``: no job ever starts):
    the same workbook and the same texts cut as one process writes, whichever wrote
    which chunk; a chunk joined out of its place would fail here."""
    monkeypatch.setattr(ledger_workbook, "MAIN_CHUNK", 3)
    monkeypatch.setattr(ledger_workbook, "DETAIL_CHUNK", 3)
    monkeypatch.setattr(ledger_workbook, "PENDING_CHUNKS", 1)
    one = write_ledger(tmp_path / "one.xlsx", ledger_data(20, 10), workers=1)
    if pool == "idle":
        idle = Idle()
        two = write_ledger(tmp_path / "two.xlsx", ledger_data(20, 10), pool=idle, pooled=1)
        assert idle.sheets.count("总台账") == 7 and idle.sheets.count("报送明细") == 4
    else:
        with process_pool(1) as workers:
            two = write_ledger(tmp_path / "two.xlsx", ledger_data(20, 10), pool=workers, pooled=1)
    assert [(c.sheet, c.cell) for c in two] == [(c.sheet, c.cell) for c in one] == [
        ("总台账", "B11"), ("报送明细", "G9")]
    assert parts(tmp_path / "two.xlsx") == parts(tmp_path / "one.xlsx")


def test_a_short_main_sheet_is_written_by_this_process(tmp_path):
    idle = Idle()
    write_ledger(tmp_path / "two.xlsx", ledger_data(ledger_workbook.MAIN_CHUNK, 10), pool=idle, pooled=1)
    assert set(idle.sheets) == {"报送明细"}


def test_how_many_processes():
    assert processes(None, PARALLEL_FROM - 1) == 1  # by default, few books: this process
    assert processes(None, PARALLEL_FROM) >= 1
    assert processes(1, 1000) == 1
    assert processes(2, 1000) == 2 and processes(8, 3) == 3  # never more than the jobs
    with pytest.raises(UsageError):
        processes(0, 10)


def test_the_commands_take_workers(imported, tmp_path, run_cli):
    root = copy_workspace(imported, tmp_path / "ws")
    done = run_cli("split", "-w", root, "--period", PERIOD, "--workers", "1", "--json")
    assert done.code == 0, done.err
    assert len(done.json["outputs"]) == 46
    for command in ("split", "merge", "export"):
        bad = run_cli(command, "-w", root, "--workers", "0")
        assert bad.code == 2
        assert bad.err == "错误：--workers 写的是 0：进程数至少为 1（1 表示只用本进程）。\n"
