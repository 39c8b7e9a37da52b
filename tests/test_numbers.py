"""The 通报's 期号 and the 督办通知's 文号 when several clerks make them at once.

Each number is taken in one transaction holding the workspace's advisory lock
for its kind (``Store.take_numbers``), and the ``numbers`` table's unique
constraint (workspace, kind, year, number) refuses a number given twice. Four
processes, each on its own period, make the 督办通知 and then the 通报 at once, on
both databases, with every statement on the tables that hold the numbers slowed
down as over a slow network: every 期号 and every 文号 is distinct, and they run
1…N with no gap. On the old code (read the numbers, write them back later, no
lock) all four 通报 were 第1期 and letters shared 文号.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, copy_workspace
from docx import Document

from ledger.imports import import_files
from ledger.reporting import circulars, remind, report
from ledger.splitting import split
from ledger.store import Store
from ledger.workspace import init_workspace, open_workspace

PERIODS = ("2023-W07", "2023-W08", "2023-W09", "2023-W10")
CODE = "平食安办督"

# one clerk: wait for the common start, then the letters and the 通报 of one period;
# every statement on the tables holding numbers waits 30 ms first (a slow link to the server)
CLERK = r"""
import json, re, sys, time
from datetime import date
from pathlib import Path
from docx import Document
from ledger.storage import backends
from ledger.reporting import remind, report
from ledger.workspace import open_workspace

root, period, start, tiny = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
NUMBERS = re.compile(r"\b(meta|numbers)\b")
for cls in (backends.SQLiteDatabase, backends.PostgresDatabase):
    def slow(self, sql, params=(), _real=cls.execute):
        if NUMBERS.search(sql):
            time.sleep(0.03)
        return _real(self, sql, params)
    cls.execute = slow
ws = open_workspace(Path(root))
time.sleep(max(0.0, start - time.time()))
letters = remind(ws, period, dated=date(2023, 3, 20))
issue = report(ws, period, template=Path(tiny), today=date(2023, 3, 20)).issue
print(json.dumps({"issue": issue, "letters": {u["unit"]: Document(u["file"]).paragraphs[1].text
                                            for u in letters.units}}, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def four_periods(tmp_path_factory, backend) -> Path:
    """The 平罗 samples split for four weeks, with a 机关代字 for the 文号 (on each database)."""
    root = tmp_path_factory.mktemp("numbers") / "工作区"
    ws, _ = init_workspace(root, "平罗县食品安全委员会办公室", "平罗县深化改革加强食品安全工作实施方案")
    toml = root / "ledger.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('remind_code = ""', f'remind_code = "{CODE}"', 1),
                    encoding="utf-8")
    import_files(ws, SAMPLES / "平罗县任务清单.xlsx", units=SAMPLES / "平罗县单位名录.xlsx")
    for period in PERIODS:
        split(ws, period, workers=1)
    return root


@pytest.fixture
def ws(four_periods, tmp_path):
    return open_workspace(copy_workspace(four_periods, tmp_path / "工作区"))


def tiny_template(path: Path) -> Path:
    doc = Document()
    doc.add_paragraph("{{ issue_text }}：{{ period.label }}")
    doc.save(str(path))
    return path


def test_four_clerks_at_once_never_share_a_number_nor_skip_one(ws, tmp_path):
    tiny = tiny_template(tmp_path / "小模板.docx")
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    start = time.time() + 4  # every process imported and waiting by then
    clerks = [subprocess.Popen([sys.executable, "-c", CLERK, str(ws.root), period, str(start), str(tiny)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) for period in PERIODS]
    got = []
    for p in clerks:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode("utf-8", "replace")
        got.append(json.loads(out))
    issues = sorted(g["issue"] for g in got)
    assert issues == [1, 2, 3, 4]  # exp: one 期号 each, no gap
    numbers = [text for g in got for text in g["letters"].values()]
    exp = [f"{CODE}〔2023〕{n}号" for n in range(1, len(numbers) + 1)]
    assert sorted(numbers, key=lambda t: int(t.split("〕")[1][:-1])) == exp  # distinct, 1…N
    assert len(numbers) >= 4 * 40
    with Store.open(ws) as store:
        assert sorted(store.numbers("issue").values()) == [1, 2, 3, 4]
        assert len(store.numbers("letter")) == len(numbers)


def test_a_number_given_twice_is_refused_by_the_database(ws):
    """The backstop: even a writer that skips the lock cannot give one 期号 to two periods."""
    with Store.open(ws) as store:
        with store.transaction(lock="number:issue"):
            assert store.take_numbers("issue", ["2023-W07"], 0) == {"2023-W07": 1}
        with pytest.raises(Exception) as info, store.transaction():
            store.db.execute("INSERT INTO numbers(workspace_id, kind, key, year, number, taken_at) "
                             "VALUES (?,?,?,?,?,?)", (store.ws, "issue", "2023-W08", 0, 1, "2023-03-20T09:00:00"))
        assert "unique" in str(info.value).lower()
        assert store.numbers("issue") == {"2023-W07": 1}


def test_a_circular_that_fails_to_render_takes_no_issue_number(ws, tmp_path, monkeypatch):
    """The rule (docs/templates.md): a 期号 is taken only with the 通报 written, under the lock;
    a rendering that fails leaves no number used and no gap."""
    tiny = tiny_template(tmp_path / "小模板.docx")

    def broken(*args, **kwargs):
        raise OSError("磁盘已满")
    with monkeypatch.context() as mp:
        mp.setattr(circulars, "render_docx", broken)
        with pytest.raises(OSError):
            report(ws, "2023-W09", template=tiny, today=date(2023, 3, 20))
    with Store.open(ws) as store:
        assert store.numbers("issue") == {}
    assert report(ws, "2023-W10", template=tiny, today=date(2023, 3, 20)).issue == 1
    assert report(ws, "2023-W09", template=tiny, today=date(2023, 3, 20)).issue == 2
    assert report(ws, "2023-W10", template=tiny, today=date(2023, 3, 20)).issue == 1  # kept for its period
