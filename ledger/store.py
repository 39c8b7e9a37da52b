"""All storage, behind one small interface (``Store``).

SQLite today; every SQL statement of ledger lives in this module, so a server
database can take its place without touching the rest. Data is kept as plain
dicts (JSON text in the database) of the model's ``to_dict`` forms.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import WorkspaceError
from .model import Unit

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL, version INTEGER, summary TEXT);
CREATE TABLE IF NOT EXISTS versions (
    version INTEGER PRIMARY KEY, created_at TEXT NOT NULL, file TEXT NOT NULL,
    added INTEGER, changed INTEGER, removed INTEGER, unchanged INTEGER);
CREATE TABLE IF NOT EXISTS tasks (
    id TEXT PRIMARY KEY, position INTEGER, number TEXT, text TEXT, data TEXT NOT NULL,
    first_version INTEGER, last_version INTEGER, removed_version INTEGER);
CREATE TABLE IF NOT EXISTS task_versions (
    task_id TEXT NOT NULL, version INTEGER NOT NULL, change TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (task_id, version));
CREATE TABLE IF NOT EXISTS units (
    name TEXT PRIMARY KEY, position INTEGER, aliases TEXT, grp TEXT, contact TEXT, phone TEXT);
CREATE TABLE IF NOT EXISTS measures (
    id INTEGER PRIMARY KEY, version INTEGER NOT NULL, task_id TEXT, task_number TEXT,
    unit TEXT, data TEXT NOT NULL);
"""


@dataclass
class StoredTask:
    id: str
    number: str
    text: str
    data: dict
    removed_version: int | None = None


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class Store:
    """The workspace database. Use ``Store.open(path)`` as a context manager."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    @contextmanager
    def open(cls, path: Path) -> Iterator["Store"]:
        try:
            conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(f"工作区数据库《{path}》无法打开（{exc}）。请从备份恢复该文件。",
                                 path=str(path)) from exc
        store = cls(conn)
        if store.get_meta("schema_version") is None:
            store.set_meta("schema_version", str(SCHEMA_VERSION))
        try:
            yield store
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; IMMEDIATE so two writers queue, not collide."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # meta
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # imports
    def record_import(self, kind: str, file: str, sha256: str, version: int | None, summary: dict) -> int:
        cur = self.conn.execute(
            "INSERT INTO imports(kind, file, sha256, imported_at, version, summary) VALUES (?,?,?,?,?,?)",
            (kind, file, sha256, now(), version, json.dumps(summary, ensure_ascii=False)))
        return int(cur.lastrowid)

    def imports(self) -> list[dict]:
        rows = self.conn.execute(
            "SELECT id, kind, file, sha256, imported_at, version, summary FROM imports ORDER BY id")
        keys = ("id", "kind", "file", "sha256", "imported_at", "version", "summary")
        return [dict(zip(keys, r[:-1] + (json.loads(r[-1] or "{}"),))) for r in rows]

    # units
    def replace_units(self, units: list[Unit]) -> None:
        self.conn.execute("DELETE FROM units")
        self.conn.executemany(
            "INSERT INTO units(name, position, aliases, grp, contact, phone) VALUES (?,?,?,?,?,?)",
            [(u.name, i, json.dumps(list(u.aliases), ensure_ascii=False), u.group, u.contact, u.phone)
             for i, u in enumerate(units)])

    def units(self) -> list[Unit]:
        rows = self.conn.execute("SELECT name, aliases, grp, contact, phone FROM units ORDER BY position")
        return [Unit(n, tuple(json.loads(a or "[]")), g or "", c or "", p or "") for n, a, g, c, p in rows]

    # tasks and versions
    def current_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM versions").fetchone()
        return int(row[0] or 0)

    def tasks(self, include_removed: bool = False) -> list[StoredTask]:
        sql = "SELECT id, number, text, data, removed_version FROM tasks"
        if not include_removed:
            sql += " WHERE removed_version IS NULL"
        rows = self.conn.execute(sql + " ORDER BY position")
        return [StoredTask(i, n or "", t or "", json.loads(d), r) for i, n, t, d, r in rows]

    def new_version(self, file: str, counts: dict[str, int]) -> int:
        version = self.current_version() + 1
        self.conn.execute(
            "INSERT INTO versions(version, created_at, file, added, changed, removed, unchanged) "
            "VALUES (?,?,?,?,?,?,?)",
            (version, now(), file, counts.get("added", 0), counts.get("changed", 0),
             counts.get("removed", 0), counts.get("unchanged", 0)))
        return version

    def put_task(self, version: int, position: int, data: dict, change: str) -> None:
        """Insert or update a task's current row, and keep the version's copy."""
        text = json.dumps(data, ensure_ascii=False)
        self.conn.execute(
            "INSERT INTO tasks(id, position, number, text, data, first_version, last_version, removed_version) "
            "VALUES (?,?,?,?,?,?,?,NULL) ON CONFLICT(id) DO UPDATE SET position=excluded.position, "
            "number=excluded.number, text=excluded.text, data=excluded.data, "
            "last_version=excluded.last_version, removed_version=NULL",
            (data["id"], position, data["number"], data["text"], text, version, version))
        if change != "unchanged":
            self.conn.execute("INSERT OR REPLACE INTO task_versions(task_id, version, change, data) VALUES (?,?,?,?)",
                              (data["id"], version, change, text))

    def remove_task(self, version: int, task_id: str) -> None:
        self.conn.execute("UPDATE tasks SET removed_version=? WHERE id=?", (version, task_id))
        data = self.conn.execute("SELECT data FROM tasks WHERE id=?", (task_id,)).fetchone()[0]
        self.conn.execute("INSERT OR REPLACE INTO task_versions(task_id, version, change, data) VALUES (?,?,?,?)",
                          (task_id, version, "removed", data))

    def task_history(self, task_id: str) -> list[tuple[int, str, dict]]:
        rows = self.conn.execute(
            "SELECT version, change, data FROM task_versions WHERE task_id=? ORDER BY version", (task_id,))
        return [(v, c, json.loads(d)) for v, c, d in rows]

    # measures
    def replace_measures(self, version: int, measures: list[dict]) -> None:
        self.conn.execute("DELETE FROM measures")
        self.conn.executemany(
            "INSERT INTO measures(version, task_id, task_number, unit, data) VALUES (?,?,?,?,?)",
            [(version, m.get("task_id"), m["task_number"], m["unit"], json.dumps(m, ensure_ascii=False))
             for m in measures])

    def measures(self) -> list[dict]:
        return [json.loads(d) for (d,) in self.conn.execute("SELECT data FROM measures ORDER BY id")]
