"""Workspaces: init, import, versions on re-import, the roster, units --suggest."""
from __future__ import annotations

import os
import sqlite3

import openpyxl
import pytest

from conftest import SAMPLES
from ledger.storage.backends import PAGE_SIZE, SQLiteDatabase
from ledger.store import Store
from ledger.workspace import find_root, open_workspace

PINGLUO = SAMPLES / "平罗县任务清单.xlsx"
REVISED = SAMPLES / "平罗县任务清单-修订.xlsx"
ROSTER = SAMPLES / "平罗县单位名录.xlsx"
BREAKDOWN = SAMPLES / "平罗县任务分解表.xlsx"


pytestmark = pytest.mark.usefixtures("backend")  # every test on SQLite and on PostgreSQL


@pytest.fixture
def ws(tmp_path, run_cli):
    root = tmp_path / "食安办 台账"
    r = run_cli("init", root, "--organ", "平罗县食品安全委员会办公室", "--json")
    assert r.code == 0 and r.json["created"] is True
    return root


def test_init_makes_a_folder_a_clerk_understands(ws, backend):
    database = ["ledger.db"] if backend == "sqlite" else []  # PostgreSQL: the data is on the server
    assert sorted(p.name for p in ws.iterdir()) == sorted(
        ["ledger.toml", *database, "下发", "回收", "台账", "通报", "日志"] +
        [p.name for p in ws.iterdir() if p.name.startswith("ledger.db-")])
    cfg = open_workspace(ws).config
    assert cfg.organ == "平罗县食品安全委员会办公室" and cfg.yellow_days == 14 and cfg.due_weekday == 5


def test_workspace_is_found_from_a_subfolder(ws):
    assert find_root(ws / "回收") == ws


def test_init_twice_keeps_settings(ws, run_cli):
    text = (ws / "ledger.toml").read_text(encoding="utf-8")
    r = run_cli("init", ws, "--json")
    assert r.json["created"] is False
    assert (ws / "ledger.toml").read_text(encoding="utf-8") == text


def test_import_then_reimport_records_versions_and_keeps_ids(ws, run_cli):
    first = run_cli("import", "-w", ws, PINGLUO, "--units", ROSTER, "--breakdown", BREAKDOWN, "--json").json
    assert (first["version"], first["tasks"], len(first["added"]), first["units"]) == (1, 118, 118, 46)
    assert first["measures"] > 0
    with Store.open(open_workspace(ws)) as store:
        ids = {t.number: t.id for t in store.tasks()}
    again = run_cli("import", "-w", ws, PINGLUO, "--json").json
    assert (again["version"], again["unchanged"], again["added"], again["changed"], again["removed"]) == (
        2, 118, [], [], [])
    revised = run_cli("import", "-w", ws, REVISED, "--json").json
    assert revised["version"] == 3
    assert [x["number"] for x in revised["added"]] == ["119"]
    assert [x["number"] for x in revised["changed"]] == ["5"]
    assert [x["number"] for x in revised["removed"]] == ["9"]
    with Store.open(open_workspace(ws)) as store:
        now = {t.number: t.id for t in store.tasks()}
        assert all(now[n] == ids[n] for n in ids if n != "9")
        assert len(store.tasks()) == 118 and len(store.tasks(include_removed=True)) == 119
        history = store.task_history(ids["5"])
        assert [(v, c) for v, c, _ in history] == [(1, "added"), (3, "changed")]


def test_import_uses_the_workspace_roster_later(ws, run_cli):
    run_cli("import", "-w", ws, "--units", ROSTER)
    data = run_cli("check", "-w", ws, PINGLUO, "--json").json
    assert data["tasks"][0]["lead"] == ["平罗县卫生健康局"]


def test_failed_import_changes_nothing(ws, run_cli, tmp_path):
    bad = tmp_path / "坏文件.xlsx"
    bad.write_text("x", encoding="utf-8")
    run_cli("import", "-w", ws, PINGLUO)
    r = run_cli("import", "-w", ws, bad, "--units", ROSTER, "--json")
    assert r.code == 3
    with Store.open(open_workspace(ws)) as store:
        assert store.current_version() == 1 and store.units() == []


def test_commands_outside_a_workspace_say_how_to_make_one(run_cli, tmp_path):
    r = run_cli("import", PINGLUO, "--json", cwd=tmp_path)
    assert r.code == 2 and "ledger init" in r.json["error"]["message"]


def test_units_suggest_writes_a_clustered_draft(ws, run_cli):
    out = ws / "单位名录草稿.xlsx"
    r = run_cli("units", "-w", ws, "--suggest", SAMPLES / "五原县任务清单.xlsx", "-o", out, "--json")
    assert r.code == 0, r.err
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    names = [row[0] for row in rows[1:]]
    assert "县市场监管局" in names and "县农科局" in names
    again = run_cli("units", "-w", ws, "--suggest", SAMPLES / "五原县任务清单.xlsx", "-o", out, "--json")
    assert again.code == 3 and "--overwrite" in again.json["error"]["message"]
    third = run_cli("units", "-w", ws, "--suggest", SAMPLES / "五原县任务清单.xlsx", "-o", out,
                    "--overwrite", "--json")
    assert third.code == 0 and third.json["backup"]


def test_a_new_sqlite_file_has_8_kb_pages_and_an_older_one_keeps_its_own(ws, run_cli, backend, tmp_path):
    """A task row (2.5-3 KB) left most of a 4 KB page empty: new files get PAGE_SIZE;
    a file made with 4 KB pages is read and written as it is."""
    if backend != "sqlite":
        pytest.skip("SQLite files only")
    assert sqlite3.connect(ws / "ledger.db").execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 8192
    old = tmp_path / "old"
    old.mkdir()
    conn = sqlite3.connect(old / "ledger.db")
    conn.execute("PRAGMA page_size=4096")
    conn.execute("CREATE TABLE t (x)")  # the file exists, with 4 KB pages
    conn.close()
    db = SQLiteDatabase(old / "ledger.db")
    db.execute("INSERT INTO t VALUES (1)")
    assert db.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert db.execute("SELECT x FROM t").fetchall() == [(1,)]
    db.close()


def test_database_is_plain_sql(ws, run_cli, backend):
    """Any SQL client reads it: sqlite3 on ledger.db, psql on the server (rows keyed by workspace)."""
    run_cli("import", "-w", ws, PINGLUO, "--units", ROSTER)
    ws_id = open_workspace(ws).config.database.workspace
    if backend == "sqlite":
        conn = sqlite3.connect(ws / "ledger.db")
        mark = "?"
    else:
        import psycopg
        conn = psycopg.connect(os.environ["LEDGER_DATABASE_URL"])
        mark = "%s"
    assert conn.execute(f"SELECT COUNT(*) FROM tasks WHERE workspace_id={mark}", (ws_id,)).fetchone()[0] == 118
    assert conn.execute(f"SELECT value FROM meta WHERE workspace_id={mark} AND key='workspace_id'",
                        (ws_id,)).fetchone()[0] == ws_id
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] >= 1
    conn.close()
