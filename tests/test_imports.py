"""`ledger import` internals that its speed rests on: the content id, the
collector paused while the tasks are read and stored."""
from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import unicodedata
import weakref

import pytest

from conftest import ROOT, SAMPLES
import ledger.cli as cli
import ledger.imports as imports
import ledger.store as store_module
from ledger.imports import import_files, task_record
from ledger.io.roster_io import read_roster
from ledger.roster import Roster
from ledger.store import Store
from ledger.tasklist import _ID_NOISE, content_id, load_tasklist
from ledger.workspace import init_workspace

PINGLUO = SAMPLES / "平罗县任务清单.xlsx"
ROSTER = SAMPLES / "平罗县单位名录.xlsx"

# Ids made before the full-width forms were put in ahead of NFKC (commit 0e5e81d):
# stored workspaces hold these, so they must never change.
PINNED_IDS = [
    ("加强食品安全监管，落实主体责任；（牵头）：按期完成！？", "", "T3fa64f0f6e"),
    ("ＡＢＣ１２３，ａｂｃ", "", "T32c063a03a"),
    ("e，\u0301和Ａ\u0301", "", "T59fc7662ff"),
    ("，\u0338（\u20d2", "", "T134736e4c5"),
    ("", "3", "T831895038c"),
    ("，；：（）！？", "4", "T97ad1aff7e"),
    ("ﾊﾟﾝ㍻①", "", "Tf21c048e2f"),
    ("市场监管局（县）、卫健局\u3000负责", "", "T35c7af5d55"),
]


@pytest.mark.parametrize("text, number, expected", PINNED_IDS)
def test_content_id_is_what_it_always_was(text, number, expected):
    assert content_id(text, number) == expected


def test_content_id_is_the_nfkc_key_for_full_width_forms_beside_combining_marks():
    """Every pair and triple of full-width punctuation, letters, combining marks
    (which compose with what stands before them) and CJK gives the id of the
    plain NFKC key."""
    pieces = ["，", "；", "：", "（", "）", "！", "？", "\u3000", "Ａ", "e", "\u0301", "\u0338", "\u20d2", "监", "ﾟ", ","]

    def plain(text: str) -> str:
        key = _ID_NOISE.sub("", unicodedata.normalize("NFKC", text)) or "#"
        return "T" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]

    for n in (1, 2, 3):
        for combo in itertools.product(pieces, repeat=n):
            text = "".join(combo)
            assert content_id(text) == plain(text), repr(text)


def test_content_id_noise_is_the_class_it_always_was():
    """_ID_NOISE spells \\s out: the same characters as the class written with it,
    over every code point."""
    written = re.compile(r"[\s\u3000，。、；：,.;:“”\"'‘’（）()《》\-—]+")
    every = "".join(map(chr, range(0x110000)))
    assert set("".join(_ID_NOISE.findall(every))) == set("".join(written.findall(every)))


def test_import_reads_and_stores_with_the_collector_paused_and_restores_it(tmp_path, monkeypatch):
    seen = []
    real = imports.check_tasklist

    def check(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "check_tasklist", check)
    ws, _ = init_workspace(tmp_path / "ws", "平罗县食安办")
    assert gc.isenabled()
    result = import_files(ws, PINGLUO, units=ROSTER)
    assert result.tasks == 118 and seen == [False]
    assert gc.isenabled()


def test_import_frees_the_tasks_before_the_collector_runs_again(tmp_path, monkeypatch):
    """Once stored, the tasks are freed while the collector is still paused: on
    again, it would otherwise walk every one of them once."""
    lists, alive_when_resumed = [], []
    real_load, real_paused = imports.load_tasklist, imports.gc_paused

    def load(*args, **kwargs):
        tl = real_load(*args, **kwargs)
        lists.append(weakref.ref(tl))
        return tl

    @contextlib.contextmanager
    def paused():
        with real_paused():
            yield
            alive_when_resumed.append(lists[0]() is not None)

    monkeypatch.setattr(imports, "load_tasklist", load)
    monkeypatch.setattr(imports, "gc_paused", paused)
    ws, _ = init_workspace(tmp_path / "ws", "平罗县食安办")
    assert import_files(ws, PINGLUO, units=ROSTER).tasks == 118
    assert alive_when_resumed == [False]


@pytest.mark.parametrize("batch", [store_module.TASK_BATCH, 10])
def test_a_versions_copy_of_a_task_is_the_json_of_its_whole_record(tmp_path, monkeypatch, batch):
    """The version's copy is joined from the stored lean and detail JSON: it must
    be the text json.dumps makes of the task's record, key order included; every
    task arrives however many batches they are written in."""
    monkeypatch.setattr(store_module, "TASK_BATCH", batch)
    ws, _ = init_workspace(tmp_path / "ws", "平罗县食安办")
    import_files(ws, PINGLUO, units=ROSTER, breakdown=SAMPLES / "平罗县任务分解表.xlsx")
    tasks = load_tasklist(PINGLUO, Roster(read_roster(ROSTER).units), plan_year=ws.config.plan_year,
                          columns=ws.config.columns, breakdown_columns=ws.config.breakdown_columns).tasks
    expected = {t.id: json.dumps(task_record(t), ensure_ascii=False) for t in tasks}
    with Store.open(ws) as store:
        stored = dict(store.db.execute("SELECT task_id, data FROM task_versions").fetchall())
        positions = [t.id for t in store.tasks()]
    assert len(stored) == 118 and stored == expected
    assert positions == [t.id for t in tasks]


@pytest.mark.parametrize("lists", [[PINGLUO], [PINGLUO, PINGLUO], [SAMPLES / "五原县任务清单.xlsx"]])
def test_an_import_whose_tasks_need_no_scoring_loads_neither_rapidfuzz_nor_the_failure_modules(tmp_path, lists):
    """Start-up is a sixth of a city import (issue 17): a first import, and one whose
    tasks all continue stored ones by id, score no text and name no unit outside the
    roster, so `ledger import` loads neither rapidfuzz nor what only a failure's log
    needs (logging, tempfile)."""
    ws, _ = init_workspace(tmp_path / "ws", "平罗县食安办")
    roster = ROSTER if lists[0] == PINGLUO else SAMPLES / "五原县单位名录.xlsx"
    argv = [["ledger", "import", "-w", str(ws.root), str(lists[0]), "--units", str(roster), "-q"]]
    argv += [["ledger", "import", "-w", str(ws.root), str(path), "-q"] for path in lists[1:]]
    code = ("import sys\nfrom ledger.cli import main\n"
            f"for argv in {argv!r}:\n"
            "    sys.argv = argv\n"
            "    try:\n        main()\n    except SystemExit as exc:\n        assert exc.code in (0, 1), exc.code\n"
            "print(sorted(m for m in ('rapidfuzz', 'logging', 'tempfile') if m in sys.modules))")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == "[]"


def test_a_tasks_stored_data_and_detail_are_json_dumps_text_of_its_parts(tmp_path):
    """put_tasks encodes with one reused encoder (issue 17): the data and detail columns
    must stay the text json.dumps(..., ensure_ascii=False) makes of the record without
    and with only its cells and raw, for every kind of value a record can hold."""
    odd = "引号\"反斜杠\\换行\n制表\t\x00\x1f\u2028\U0001F600 </script> ＆"
    records = [dict(task_record(t), text=odd if i == 0 else t.text, extra={odd: odd, "n": 1.5, "b": True, "z": None})
               for i, t in enumerate(load_tasklist(PINGLUO, Roster(read_roster(ROSTER).units)).tasks[:20])]
    ws, _ = init_workspace(tmp_path / "ws", "平罗县食安办")
    with Store.open(ws) as store, store.transaction():
        store.put_tasks(1, [(i, r, "added") for i, r in enumerate(records)])
        stored = store.db.execute("SELECT data, detail FROM tasks ORDER BY position").fetchall()
    lean = [json.dumps({k: v for k, v in r.items() if k not in ("cells", "raw")}, ensure_ascii=False) for r in records]
    detail = [json.dumps({"cells": r["cells"], "raw": r["raw"]}, ensure_ascii=False) for r in records]
    assert stored == list(zip(lean, detail))


def test_the_cli_encodes_the_result_as_json_only_when_asked_for(tmp_path, monkeypatch, run_cli):
    """An import's result lists every task it added (4.8 MB on the province list): the
    CLI makes its JSON only for --json or --result (issue 17), and prints the same."""
    ws, _ = init_workspace(tmp_path / "ws", "平罗县食安办")
    encoded = []
    real = cli.json.dumps

    def dumps(obj, *args, **kwargs):
        if isinstance(obj, dict) and obj.get("command") == "import":
            encoded.append(obj["tasks"])
        return real(obj, *args, **kwargs)

    monkeypatch.setattr(cli.json, "dumps", dumps)
    quiet = run_cli("import", "-w", ws.root, PINGLUO, "--units", ROSTER, "-q")
    assert quiet.code == 0 and quiet.out == "" and encoded == []
    again = run_cli("import", "-w", ws.root, PINGLUO, "--json")
    assert again.code == 0 and again.json["unchanged"] == 118 and encoded == [118]
    run_cli("import", "-w", ws.root, PINGLUO, "-q", "--result", tmp_path / "result.json")
    assert json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))["tasks"] == 118 and encoded == [118] * 2
