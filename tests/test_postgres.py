"""The shared database: row-level security between counties, a city's view over
its counties, moving a workspace into PostgreSQL, and upgrading old databases.
(The store, merge, split and export tests run on both databases: see the
``backend`` fixture in conftest.py.)"""
from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import openpyxl
import psycopg
import pytest

import ledger
from conftest import SAMPLES
from ledger.errors import WorkspaceError
from ledger.storage import migrations
from ledger.storage.backends import connect
from ledger.storage.copying import counts
from ledger.storage.migrations import FIRST_TABLES, NUMBER_META, WORKSPACE_TABLES
from ledger.storage.security import role_name
from ledger.store import Store
from ledger.workspace import open_workspace

PINGLUO = SAMPLES / "平罗县任务清单.xlsx"
ROSTER = SAMPLES / "平罗县单位名录.xlsx"


@pytest.fixture(autouse=True)
def no_url_from_outside(monkeypatch):
    monkeypatch.delenv("LEDGER_DATABASE_URL", raising=False)


@pytest.fixture
def database(pg_cluster) -> str:
    return pg_cluster.create_database(f"t_{uuid.uuid4().hex[:10]}")


def as_role(url: str, role: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{role}@{rest.split('@', 1)[1]}"


def city_and_counties(tmp_path: Path, url: str, split: bool = False):
    """A city workspace and two counties under it, each with the 平罗 list; the
    DBA has run the SQL init printed for each."""
    city = ledger.init(tmp_path / "市", "某市食安办", database=url, scope="city")
    counties = [ledger.init(tmp_path / name, f"{name}食安办", database=url, parent=city.workspace_id)
                for name in ("甲县", "乙县")]
    for county in counties:
        ledger.import_files(county.workspace, PINGLUO, units=ROSTER)
        if split:
            ledger.split(county.workspace, "2023-W10", workers=1)
    with psycopg.connect(url, autocommit=True) as dba:
        for made in (city, *counties):
            dba.execute(made.dba_sql.replace("请改为强密码", "test"))
    return city, counties


def test_init_prints_the_sql_the_dba_runs(database, tmp_path, run_cli):
    r = run_cli("init", tmp_path / "甲县", "--organ", "甲县食安办", "--database", database)
    assert r.code == 0, r.err
    ws = open_workspace(tmp_path / "甲县")
    role = role_name(ws.config.database.workspace, "county")
    assert "数据库管理员" in r.out and f'CREATE ROLE "{role}" LOGIN' in r.out
    assert f"UPDATE workspaces SET db_role = '{role}'" in r.out
    assert not (tmp_path / "甲县" / "ledger.db").exists()  # the data is on the server


def test_parent_is_the_id_of_a_city_workspace_in_the_same_database(database, tmp_path, run_cli):
    """ledger init --parent takes the city workspace's id (README, docs/POSTGRES.md);
    anything else is refused with what to write instead (exit 2), before any file is made."""
    city = ledger.init(tmp_path / "市", "某市食安办", database=database, scope="city")
    county = ledger.init(tmp_path / "甲县", "甲县食安办", database=database, parent=city.workspace_id)
    with Store.open(county.workspace) as store:
        assert store.workspace()["parent_id"] == city.workspace_id
    where = "（在市级工作区 ledger.toml 的 [database] workspace 一行，也是建市级工作区时 ledger init 显示的“工作区编号”）"
    refused = {
        ("--database", database, "--parent", "某市食安办"):
            f"--parent 要写市级工作区的编号，不是名称：“某市食安办”的编号是 {city.workspace_id}{where}。",
        ("--database", database, "--parent", "0123456789abcdef"):
            f"数据库中没有编号为“0123456789abcdef”的工作区。--parent 请写市级工作区的编号{where}。",
        ("--database", database, "--parent", county.workspace_id):
            f"编号为“{county.workspace_id}”的工作区是县（区）工作区，不是市级工作区。"
            "--parent 请写市级工作区（用 ledger init --scope city 创建）的编号。",
        ("--database", database, "--scope", "city", "--parent", city.workspace_id):
            "--parent 只用于县（区）工作区：市级工作区（--scope city）没有上级，请去掉 --parent。",
        ("--parent", city.workspace_id):
            "--parent 要求本工作区和市级工作区在同一个 PostgreSQL 数据库中：请同时写 --database "
            "postgresql://用户名@服务器:5432/数据库名（与市级工作区相同）。",
    }
    for args, message in refused.items():
        r = run_cli("init", tmp_path / "乙县", *args, "--json")
        assert (r.code, r.json["error"]["message"]) == (2, message), args
        assert not (tmp_path / "乙县").exists()


def test_init_again_moves_a_workspace_under_a_city_or_says_why_not(database, tmp_path, run_cli):
    """docs/POSTGRES.md: ledger init on a workspace that is there applies a new --parent or --scope
    (or ledger.toml's, edited) to the database and ledger.toml, after the checks of a new init.
    The old code ignored both: the county stayed without its city."""
    city = ledger.init(tmp_path / "市", "某市食安办", database=database, scope="city")
    county = ledger.init(tmp_path / "甲县", "甲县食安办", database=database)

    def place() -> tuple[str, str | None, str]:
        ws = open_workspace(county.workspace.root)
        with Store.open(ws) as store:
            row = store.workspace()
        return row["scope"], row["parent_id"], ws.config.database.parent

    r = run_cli("init", county.workspace.root, "--parent", city.workspace_id, "--json")
    assert r.code == 0 and r.json["moved_from"] == ["county", ""], r.err
    assert place() == ("county", city.workspace_id, city.workspace_id)
    wrong = run_cli("init", county.workspace.root, "--parent", county.workspace_id, "--json")
    assert wrong.code == 2 and "不是市级工作区" in wrong.json["error"]["message"]
    assert place() == ("county", city.workspace_id, city.workspace_id)  # refused: nothing changed
    toml = county.workspace.root / "ledger.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(f'parent = "{city.workspace_id}"', 'parent = ""'),
                    encoding="utf-8")
    r = run_cli("init", county.workspace.root)  # ledger.toml edited by hand: init applies it
    assert r.code == 0 and "已改为县（区）工作区，不属于市级工作区" in r.out, r.err
    assert place() == ("county", None, "")
    run_cli("init", county.workspace.root, "--parent", city.workspace_id)
    r = run_cli("init", city.workspace.root, "--scope", "county", "--json")
    assert r.code == 2 and "下面已有县（区）工作区（甲县食安办）" in r.json["error"]["message"]


def test_a_county_role_reads_and_writes_only_its_own_rows(database, tmp_path, monkeypatch):
    city, (a, b) = city_and_counties(tmp_path, database)
    a_role, b_id = role_name(a.workspace_id, "county"), b.workspace_id
    with psycopg.connect(as_role(database, a_role), autocommit=True) as conn:
        assert conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 118  # its own only
        assert conn.execute("SELECT COUNT(*) FROM tasks WHERE workspace_id=%s", (b_id,)).fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM units WHERE workspace_id=%s", (b_id,)).fetchone()[0] == 0
        assert [r[0] for r in conn.execute("SELECT id FROM workspaces")] == [a.workspace_id]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO closures(workspace_id, task_id, closed_at) VALUES (%s, 'x', 'now')", (b_id,))
        assert conn.execute("UPDATE tasks SET text='改' WHERE workspace_id=%s", (b_id,)).rowcount == 0
        assert conn.execute("DELETE FROM units WHERE workspace_id=%s", (b_id,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE tasks SET workspace_id=%s WHERE workspace_id=%s", (b_id, a.workspace_id))
    with psycopg.connect(database) as owner:  # nothing of 乙县 changed
        assert owner.execute("SELECT COUNT(*) FROM units WHERE workspace_id=%s", (b_id,)).fetchone()[0] == 46
        assert owner.execute("SELECT COUNT(*) FROM tasks WHERE text='改'").fetchone()[0] == 0
    # through ledger: 甲县's clerk works on 甲县, and cannot open 乙县
    monkeypatch.setenv("LEDGER_DATABASE_URL", as_role(database, a_role))
    assert ledger.close(a.workspace, ["1"]).done == ["1"]
    with pytest.raises(WorkspaceError, match="没有本工作区"):
        ledger.units(open_workspace(b.workspace.root))


def test_the_city_role_reads_every_county_and_writes_none(database, tmp_path):
    city, (a, b) = city_and_counties(tmp_path, database)
    with psycopg.connect(as_role(database, role_name(city.workspace_id, "city")), autocommit=True) as conn:
        assert conn.execute("SELECT COUNT(*) FROM tasks").fetchone()[0] == 236
        assert conn.execute("UPDATE tasks SET text='改'").rowcount == 0
        assert conn.execute("DELETE FROM units").rowcount == 0


def test_status_and_export_all_roll_up_the_counties(database, tmp_path, run_cli, monkeypatch):
    city, (a, b) = city_and_counties(tmp_path, database, split=True)
    monkeypatch.setenv("LEDGER_DATABASE_URL", as_role(database, role_name(city.workspace_id, "city")))
    r = run_cli("status", "-w", city.workspace.root, "--all", "--json")
    assert r.code == 0, r.err
    got = {c["name"]: (c["tasks"], c["units"], c["missing"], c["period"]) for c in r.json["counties"]}
    assert got == {"甲县食安办": (118, 46, 46, "2023-W10"), "乙县食安办": (118, 46, 46, "2023-W10")}
    assert r.json["total"]["tasks"] == 236
    for county in (a, b):  # counted in the database as ledger status counts them
        exp = ledger.status(county.workspace)  # noqa: F841 (the units)
        from ledger.period_status import period_status
        from ledger.periods import parse_period
        with Store.open(county.workspace) as store:
            ps = period_status(store, parse_period("2023-W10"), city.workspace.config)
        row = next(c for c in r.json["counties"] if c["workspace_id"] == county.workspace_id)
        counts = ps.counts()
        assert (row["tasks"], row["done"], row["overdue"]) == (counts["tasks"], counts["done"], counts["overdue"])
    out = tmp_path / "全市汇总.xlsx"
    r = run_cli("export", "-w", city.workspace.root, "--all", "-o", out, "--json")
    assert r.code == 0, r.err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "全市" and sorted(book.sheetnames[1:]) == ["乙县食安办", "甲县食安办"]
    rows = {r[0]: r for r in book["全市"].iter_rows(min_row=4, values_only=True)}
    assert rows["甲县食安办"][1:4] == ("2023年第10周", 118, 0) and rows["合计"][2] == 236
    assert book["甲县食安办"].max_row == 3 + 118
    county = run_cli("status", "-w", a.workspace.root, "--all", "--json")
    assert county.code == 2 and "市级工作区" in county.json["error"]["message"]


def table_rows(db, ws_id: str) -> dict[str, list]:
    """Every row of a workspace, table by table, without auto-numbered ids (as
    sorted lists, so two databases compare)."""
    out = {}
    for table in WORKSPACE_TABLES:
        cols = sorted(c for c in db.columns(table) if c not in ("workspace_id", "id", "split_id", "submission_id"))
        rows = db.execute(f"SELECT {', '.join(cols)} FROM {table} WHERE workspace_id=?", (ws_id,)).fetchall()
        out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out


@pytest.mark.backends("sqlite")  # the suite's demo on SQLite, whatever --backend says
def test_migrate_copies_every_row_and_the_workspace_goes_on(demo_run, database, tmp_path, run_cli):
    root = tmp_path / "演示"
    shutil.copytree(demo_run[0], root)
    before_status = run_cli("status", "-w", root, "--json").json
    with Store.open(open_workspace(root)) as store:
        ws_id, before = store.ws, table_rows(store.db, store.ws)
    r = run_cli("migrate", "-w", root, "--to", database, "--json")
    assert r.code == 0, r.err
    assert r.json["counts"]["progress"] > 500 and r.json["counts"] == {t: len(v) for t, v in before.items()}
    ws = open_workspace(root)
    assert ws.config.database.url == database and ws.config.database.workspace == ws_id
    db = connect(database)
    try:
        assert table_rows(db, ws_id) == before  # every value, as it was
    finally:
        db.close()
    assert run_cli("status", "-w", root, "--json").json == before_status
    again = run_cli("migrate", "-w", root, "--to", database, "--json")
    assert again.code == 2


LEGACY = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE imports (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL, version INTEGER, summary TEXT);
CREATE TABLE versions (version INTEGER PRIMARY KEY, created_at TEXT NOT NULL, file TEXT NOT NULL,
    added INTEGER, changed INTEGER, removed INTEGER, unchanged INTEGER);
CREATE TABLE tasks (id TEXT PRIMARY KEY, position INTEGER, number TEXT, text TEXT, data TEXT NOT NULL, detail TEXT,
    first_version INTEGER, last_version INTEGER, removed_version INTEGER);
CREATE TABLE task_versions (task_id TEXT NOT NULL, version INTEGER NOT NULL, change TEXT NOT NULL,
    data TEXT NOT NULL, PRIMARY KEY (task_id, version));
CREATE TABLE units (name TEXT PRIMARY KEY, position INTEGER, aliases TEXT, grp TEXT, contact TEXT, phone TEXT);
CREATE TABLE measures (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, task_id TEXT, task_number TEXT,
    unit TEXT, data TEXT NOT NULL);
CREATE TABLE splits (id INTEGER PRIMARY KEY, period TEXT NOT NULL, created_at TEXT NOT NULL, folder TEXT NOT NULL,
    version INTEGER, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE split_files (split_id INTEGER NOT NULL, unit TEXT NOT NULL, file TEXT NOT NULL, rows TEXT NOT NULL,
    PRIMARY KEY (split_id, unit));
CREATE TABLE secrets (key_id TEXT PRIMARY KEY, secret TEXT NOT NULL, created_at TEXT NOT NULL, retired_at TEXT);
CREATE TABLE submissions (id INTEGER PRIMARY KEY, period TEXT NOT NULL, unit TEXT NOT NULL, file TEXT NOT NULL,
    sha256 TEXT NOT NULL, received_at TEXT NOT NULL, current INTEGER NOT NULL DEFAULT 1, data TEXT);
CREATE TABLE progress (id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL, period TEXT NOT NULL,
    unit TEXT NOT NULL, task_id TEXT NOT NULL, measure TEXT NOT NULL DEFAULT '', current INTEGER NOT NULL DEFAULT 1,
    data TEXT NOT NULL);
CREATE INDEX progress_by_unit ON progress(unit, period, current);
CREATE INDEX progress_by_task ON progress(task_id, period, current);
CREATE TABLE closures (task_id TEXT PRIMARY KEY, closed_at TEXT NOT NULL, note TEXT, reopened_at TEXT);
"""


def make_legacy(root: Path) -> dict[str, list]:
    """Turn a workspace's ledger.db into one made before migrations (tables keyed
    by nothing, split_files without nonce and key_id, the 期号 and 文号 as JSON in
    meta), the same rows in it."""
    new = root / "ledger.db"
    with Store.open(new) as store:
        kept = table_rows(store.db, store.ws)
    old = root / "old.db"
    conn = sqlite3.connect(old)
    conn.executescript(LEGACY)
    conn.execute("ATTACH DATABASE ? AS src", (str(new),))
    for table in FIRST_TABLES:
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        conn.execute(f"INSERT INTO main.{table}({', '.join(cols)}) SELECT {', '.join(cols)} FROM src.{table} "
                     f"ORDER BY {'id' if 'id' in cols else 'rowid'}")
    for kind, meta_key in NUMBER_META.items():
        given = {k: n if kind == "issue" else [y, n] for k, kd, n, _at, y in kept["numbers"] if kd == kind}
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (meta_key, json.dumps(given)))
    kept["meta"] = sorted(kept["meta"] + [(k, json.dumps(
        {k2: n if kind == "issue" else [y, n] for k2, kd, n, _at, y in kept["numbers"] if kd == kind}))
        for kind, k in NUMBER_META.items()], key=repr)
    conn.commit()
    conn.close()
    for p in root.glob("ledger.db*"):
        p.unlink()
    old.rename(new)
    kept["split_files"] = [tuple(None if c in ("nonce", "key_id") else v for c, v in zip(
        sorted(["file", "key_id", "nonce", "rows", "unit"]), row)) for row in kept["split_files"]]
    return kept


@pytest.mark.backends("sqlite")  # the suite's demo on SQLite, whatever --backend says
def test_an_old_sqlite_workspace_upgrades_in_place_with_a_backup(demo_run, tmp_path, run_cli):
    root = tmp_path / "旧工作区"
    shutil.copytree(demo_run[0], root)
    before_status = run_cli("status", "-w", root, "--json").json
    kept = make_legacy(root)
    doctor = {c["name"]: c for c in run_cli("doctor", "-w", root, "--json").json["checks"]}
    assert "旧版工作区" in doctor["数据库结构"]["detail"] and "待升级" in doctor["数据库结构"]["detail"]
    r = run_cli("upgrade", "-w", root, "--json")
    assert r.code == 0, r.err
    assert r.json["before"] == 0 and r.json["after"] == migrations.LATEST and Path(r.json["backup"]).exists()
    assert "升级前备份" in Path(r.json["backup"]).name
    with Store.open(open_workspace(root)) as store:
        got = table_rows(store.db, store.ws)
        assert store.get_meta("workspace_id") == store.ws  # the id the files sent out carry
    assert kept["numbers"] and [r[:3] + r[4:] for r in got.pop("numbers")] == [r[:3] + r[4:] for r in
                                                                              kept.pop("numbers")]  # but taken_at
    for table in FIRST_TABLES:
        if table != "split_files":
            assert got[table] == kept[table], table
    assert len(got["split_files"]) == len(kept["split_files"])
    assert run_cli("status", "-w", root, "--json").json == before_status
    assert run_cli("upgrade", "-w", root, "--json").json["applied"] == []


@pytest.mark.backends("sqlite")  # the suite's demo on SQLite, whatever --backend says
def test_opening_an_old_workspace_upgrades_it_without_a_command(demo_run, tmp_path, run_cli):
    root = tmp_path / "旧工作区"
    shutil.copytree(demo_run[0], root)
    make_legacy(root)
    assert run_cli("status", "-w", root, "--json").code == 0
    assert list(root.glob("ledger-升级前备份-*.db"))


def test_a_shared_database_behind_waits_for_ledger_upgrade(database, tmp_path, run_cli):
    made = ledger.init(tmp_path / "甲县", "甲县食安办", database=database)
    ledger.import_files(made.workspace, PINGLUO, units=ROSTER)
    with psycopg.connect(database, autocommit=True) as dba:  # as if made by the version before the figures columns
        for table, column in (("tasks", "leader"), ("tasks", "due"), ("tasks", "ongoing"), ("progress", "status")):
            dba.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        dba.execute("DROP TABLE numbers")
        dba.execute("DELETE FROM schema_version WHERE version >= 3")
        clerk = f"ledger_clerk_{uuid.uuid4().hex[:8]}"  # a role the DBA granted the tables of then
        dba.execute(f'CREATE ROLE "{clerk}"')
        dba.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{clerk}"')
    doctor = {c["name"]: c for c in run_cli("doctor", "-w", made.workspace.root, "--json").json["checks"]}
    assert not doctor["数据库结构"]["ok"] and "待升级：第 3 版" in doctor["数据库结构"]["detail"]
    r = run_cli("status", "-w", made.workspace.root, "--json")
    assert r.code == 3 and "ledger upgrade" in r.json["error"]["message"]
    up = run_cli("upgrade", "-w", made.workspace.root, "--json")
    assert up.code == 0 and up.json["applied"] == [3, 4, 5] and up.json["backup"] is None
    with psycopg.connect(database) as conn:  # the new columns filled from the rows already there
        assert conn.execute("SELECT COUNT(*) FROM tasks WHERE leader IS NULL").fetchone()[0] == 0
        assert conn.execute(f"SELECT has_table_privilege('{clerk}', 'numbers', 'INSERT') AND "
                            f"has_table_privilege('{clerk}', 'numbers', 'SELECT')").fetchone()[0]  # the new table too
    doctor = {c["name"]: c for c in run_cli("doctor", "-w", made.workspace.root, "--json").json["checks"]}
    assert doctor["数据库结构"]["ok"]
