"""A workspace a newer ledger has migrated past this program's last migration (an
office that updated one computer, then opened the shared folder on another): this
program neither reads nor writes it, says so in Chinese with what to do, and
leaves the file as it was. Before, it took "nothing pending" for "up to date" and
went on reading rows whose meaning it may not know."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from conftest import SAMPLES
from ledger.errors import WorkspaceError
from ledger.storage import migrations
from ledger.store import Store
from ledger.workspace import init_workspace, open_workspace

PINGLUO = SAMPLES / "平罗县任务清单.xlsx"
ROSTER = SAMPLES / "平罗县单位名录.xlsx"


def imported_workspace(tmp_path, run_cli, *statements: tuple[str, list]):
    """A workspace with the sample list imported, then ``statements`` (sql, rows) run on its database."""
    root = tmp_path / "工作 区"
    assert run_cli("init", root).code == 0
    assert run_cli("import", "-w", root, PINGLUO, "--units", ROSTER, "-q").code == 0
    db = root / "ledger.db"
    conn = sqlite3.connect(db)
    with conn:
        for sql, rows in statements:
            conn.executemany(sql, rows)
    conn.close()
    return root, db


def newer_workspace(tmp_path, run_cli):
    return imported_workspace(tmp_path, run_cli, ("INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)",
                                                  [(migrations.LATEST + 1, "a newer program's", "2027-01-01T00:00:00")]))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("argv", [["status"], ["import", PINGLUO], ["split", "--period", "2023-W10"],
                                  ["upgrade"]])
def test_a_command_on_a_newer_workspace_stops_and_changes_nothing(tmp_path, run_cli, argv):
    root, db = newer_workspace(tmp_path, run_cli)
    before = digest(db)
    r = run_cli(argv[0], "-w", root, *argv[1:], "--json")
    assert r.code == 3, (r.out, r.err)
    message = r.json["error"]["message"]
    assert f"第 {migrations.LATEST + 1} 版" in message and "更新版本的 ledger" in message
    assert "更新到最新版本" in message and "Traceback" not in r.out + r.err
    assert digest(db) == before
    assert not list((root / "下发").iterdir())


def test_doctor_names_the_newer_structure_without_opening_it(tmp_path, run_cli):
    root, db = newer_workspace(tmp_path, run_cli)
    before = digest(db)
    r = run_cli("doctor", "-w", root, "--json")
    assert r.code == 1
    checks = {c["name"]: c for c in r.json["checks"]}
    assert checks["数据库结构"]["ok"] is False and "更新版本的 ledger" in checks["数据库结构"]["detail"]
    assert "更新到最新版本" in checks["数据库结构"]["fix"]
    assert "通报排名分组" not in checks  # that check would open the store
    assert digest(db) == before


def test_the_store_refuses_it_in_the_library_too(tmp_path):
    ws, _ = init_workspace(tmp_path / "ws", "平罗县食安办")
    conn = sqlite3.connect(ws.db_path)
    with conn:
        conn.execute("INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)",
                     (migrations.LATEST + 3, "newer", "2027-01-01T00:00:00"))
    conn.close()
    with pytest.raises(WorkspaceError, match="只认识到第"):
        with Store.open(open_workspace(ws.root)):
            pass


def test_a_workspace_at_this_programs_version_opens_as_before(tmp_path, run_cli):
    root = tmp_path / "ws"
    assert run_cli("init", root).code == 0
    assert run_cli("status", "-w", root, "--json").code in (0, 1)
    r = run_cli("doctor", "-w", root, "--json")
    checks = {c["name"]: c for c in r.json["checks"]}
    assert checks["数据库结构"]["ok"] is True and "已是最新" in checks["数据库结构"]["detail"]


def odd_workspace(tmp_path, run_cli, *, rows: list, column: str = "INTEGER"):
    """A workspace whose schema_version table is rebuilt with ``column`` and holds ``rows``."""
    return imported_workspace(
        tmp_path, run_cli, ("DROP TABLE schema_version", [()]),
        (f"CREATE TABLE schema_version (version {column}, name TEXT, applied_at TEXT)", [()]),
        ("INSERT INTO schema_version(version, name, applied_at) VALUES (?, 'x', 'y')", [(r,) for r in rows]))


@pytest.mark.parametrize("rows, column, refused", [
    ([str(v) for v in range(1, migrations.LATEST + 1)] + ["10"], "TEXT", "第 10 版"),  # '10' after '5' as text
    (list(range(1, migrations.LATEST + 1)) + ["abc"], "INTEGER", "无法识别"),
    (list(range(1, migrations.LATEST + 1)) + [migrations.LATEST + 0.5], "REAL", "无法识别"),
    (list(range(1, migrations.LATEST + 1)) + [None, migrations.LATEST + 3], "INTEGER", "无法识别"),
    ([], "INTEGER", "没有记录"),  # the table there, its rows gone, beside the workspace's tables
])
def test_a_version_record_it_cannot_read_is_refused_too(tmp_path, run_cli, rows, column, refused):
    """Versions written as text are read as numbers ('10' is newer than '5'); a version that is no whole number, or
    none at all beside the tables, is refused as the newer one is: exit 3, Chinese, the file unchanged (before: read
    as the latest and written to, or an internal error after a backup)."""
    root, db = odd_workspace(tmp_path, run_cli, rows=rows, column=column)
    before = digest(db)
    for argv in (["status"], ["import", PINGLUO], ["upgrade"]):
        r = run_cli(argv[0], "-w", root, *argv[1:], "--json")
        assert r.code == 3 and refused in r.json["error"]["message"], (argv, r.out)
    assert digest(db) == before and not list(root.glob("ledger-*"))  # no 升级前备份 either
    checks = {c["name"]: c for c in run_cli("doctor", "-w", root, "--json").json["checks"]}
    assert checks["数据库结构"]["ok"] is False and refused in checks["数据库结构"]["detail"]
    assert digest(db) == before


def test_text_versions_up_to_this_programs_open_as_before(tmp_path, run_cli):
    root, _ = odd_workspace(tmp_path, run_cli, rows=[str(v) for v in range(1, migrations.LATEST + 1)], column="TEXT")
    assert run_cli("status", "-w", root, "--json").code in (0, 1)
