"""All storage, behind one small interface (``Store``).

SQLite today; every SQL statement of ledger lives in this module, so a server
database can take its place without touching the rest. Data is kept as plain
dicts (JSON text in the database) of the model's ``to_dict`` forms.
"""
from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import UsageError, WorkspaceError
from .gc_pause import gc_paused
from .identity import stored_identity
from .model import Unit
from .periods import Period, parse_period

SCHEMA_VERSION = 1
DETAIL_KEYS = ("cells", "raw")  # kept apart from a task's data: see Store.tasks(detail=...)
BUSY_TIMEOUT = 600  # seconds a writer waits for another (a second merge waits for the first)
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL, version INTEGER, summary TEXT);
CREATE TABLE IF NOT EXISTS versions (
    version INTEGER PRIMARY KEY, created_at TEXT NOT NULL, file TEXT NOT NULL,
    added INTEGER, changed INTEGER, removed INTEGER, unchanged INTEGER);
CREATE TABLE IF NOT EXISTS tasks (
    id TEXT PRIMARY KEY, position INTEGER, number TEXT, text TEXT, data TEXT NOT NULL, detail TEXT,
    first_version INTEGER, last_version INTEGER, removed_version INTEGER);
CREATE TABLE IF NOT EXISTS task_versions (
    task_id TEXT NOT NULL, version INTEGER NOT NULL, change TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (task_id, version));
CREATE TABLE IF NOT EXISTS units (
    name TEXT PRIMARY KEY, position INTEGER, aliases TEXT, grp TEXT, contact TEXT, phone TEXT);
CREATE TABLE IF NOT EXISTS measures (
    id INTEGER PRIMARY KEY, version INTEGER NOT NULL, task_id TEXT, task_number TEXT,
    unit TEXT, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS splits (
    id INTEGER PRIMARY KEY, period TEXT NOT NULL, created_at TEXT NOT NULL, folder TEXT NOT NULL,
    version INTEGER, active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS split_files (
    split_id INTEGER NOT NULL, unit TEXT NOT NULL, file TEXT NOT NULL, rows TEXT NOT NULL,
    nonce TEXT, key_id TEXT, PRIMARY KEY (split_id, unit));
CREATE TABLE IF NOT EXISTS secrets (
    key_id TEXT PRIMARY KEY, secret TEXT NOT NULL, created_at TEXT NOT NULL, retired_at TEXT);
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY, period TEXT NOT NULL, unit TEXT NOT NULL, file TEXT NOT NULL,
    sha256 TEXT NOT NULL, received_at TEXT NOT NULL, current INTEGER NOT NULL DEFAULT 1, data TEXT);
CREATE TABLE IF NOT EXISTS progress (
    id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL, period TEXT NOT NULL, unit TEXT NOT NULL,
    task_id TEXT NOT NULL, measure TEXT NOT NULL DEFAULT '', current INTEGER NOT NULL DEFAULT 1,
    data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS progress_by_unit ON progress(unit, period, current);
CREATE INDEX IF NOT EXISTS progress_by_task ON progress(task_id, period, current);
CREATE TABLE IF NOT EXISTS closures (
    task_id TEXT PRIMARY KEY, closed_at TEXT NOT NULL, note TEXT, reopened_at TEXT);
"""


@dataclass
class StoredTask:
    id: str
    number: str
    text: str
    data: dict
    removed_version: int | None = None


def _period_order(key: str) -> tuple:
    """A period key's place in time (last day, then first); an unreadable key sorts first."""
    try:
        period: Period = parse_period(key)
    except UsageError:
        return ()
    return (period.end, period.start)


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
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(f"工作区数据库《{path}》无法打开（{exc}）。请从备份恢复该文件。",
                                 path=str(path)) from exc
        store = cls(conn)
        store._add_missing_columns()
        if store.get_meta("schema_version") is None:
            store.set_meta("schema_version", str(SCHEMA_VERSION))
        try:
            yield store
        finally:
            conn.close()

    def _add_missing_columns(self) -> None:
        """Columns added since a workspace was made (its data stays as it was)."""
        have = {row[1] for row in self.conn.execute("PRAGMA table_info(split_files)")}
        for column in ("nonce", "key_id"):
            if column not in have:
                self.conn.execute(f"ALTER TABLE split_files ADD COLUMN {column} TEXT")

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

    # the workspace secret (ledger.keys): never written into a file sent out
    def signing_key(self) -> tuple[str, str]:
        """(key id, secret) that new splits are signed with; made on first use
        (a workspace made before keyed identity gets its secret here)."""
        row = self.conn.execute(
            "SELECT key_id, secret FROM secrets WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1").fetchone()
        if row:
            return row[0], row[1]
        return self.rotate_key()

    def rotate_key(self) -> tuple[str, str]:
        """A new secret for splits from now on; earlier ones still verify the files
        they signed."""
        from .keys import new_secret

        key_id, secret = uuid.uuid4().hex[:12], new_secret()
        self.conn.execute("UPDATE secrets SET retired_at=? WHERE retired_at IS NULL", (now(),))
        self.conn.execute("INSERT INTO secrets(key_id, secret, created_at) VALUES (?,?,?)", (key_id, secret, now()))
        return key_id, secret

    def revoke_retired_keys(self) -> int:
        """Forget every secret but the current one: files they signed no longer verify."""
        return self.conn.execute("DELETE FROM secrets WHERE retired_at IS NOT NULL").rowcount

    def secret(self, key_id: str) -> str | None:
        row = self.conn.execute("SELECT secret FROM secrets WHERE key_id=?", (key_id,)).fetchone()
        return row[0] if row else None

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

    def unit_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM units").fetchone()[0])

    def units(self) -> list[Unit]:
        rows = self.conn.execute("SELECT name, aliases, grp, contact, phone FROM units ORDER BY position")
        return [Unit(n, tuple(json.loads(a or "[]")), g or "", c or "", p or "") for n, a, g, c, p in rows]

    # tasks and versions
    def current_version(self) -> int:
        row = self.conn.execute("SELECT MAX(version) FROM versions").fetchone()
        return int(row[0] or 0)

    def tasks(self, include_removed: bool = False, detail: bool = True) -> list[StoredTask]:
        """Current tasks in list order. ``detail`` adds the cells as read and their
        addresses (``raw``, ``cells``): half the data, and rarely needed."""
        columns = "id, number, text, data, removed_version" + (", detail" if detail else "")
        sql = f"SELECT {columns} FROM tasks"
        if not include_removed:
            sql += " WHERE removed_version IS NULL"
        out = []
        with gc_paused():
            for row in self.conn.execute(sql + " ORDER BY position"):
                data = json.loads(row[3])
                if detail and row[5]:
                    data.update(json.loads(row[5]))
                out.append(StoredTask(row[0], row[1] or "", row[2] or "", data, row[4]))
        return out

    def task_detail(self, task_id: str) -> dict:
        row = self.conn.execute("SELECT detail FROM tasks WHERE id=?", (task_id,)).fetchone()
        return json.loads(row[0]) if row and row[0] else {}

    def task_brief(self) -> dict[str, tuple[str, str]]:
        """id -> (number, text) of every task, removed ones included (cheap: no JSON)."""
        return {i: (n or "", t or "") for i, n, t in self.conn.execute("SELECT id, number, text FROM tasks")}

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
        lean = {k: v for k, v in data.items() if k not in DETAIL_KEYS}
        detail = {k: data[k] for k in DETAIL_KEYS if k in data}
        self.conn.execute(
            "INSERT INTO tasks(id, position, number, text, data, detail, first_version, last_version, "
            "removed_version) VALUES (?,?,?,?,?,?,?,?,NULL) ON CONFLICT(id) DO UPDATE SET "
            "position=excluded.position, number=excluded.number, text=excluded.text, data=excluded.data, "
            "detail=excluded.detail, last_version=excluded.last_version, removed_version=NULL",
            (data["id"], position, data["number"], data["text"], json.dumps(lean, ensure_ascii=False),
             json.dumps(detail, ensure_ascii=False), version, version))
        if change != "unchanged":
            self.conn.execute("INSERT OR REPLACE INTO task_versions(task_id, version, change, data) VALUES (?,?,?,?)",
                              (data["id"], version, change, text))

    def remove_task(self, version: int, task_id: str) -> None:
        self.conn.execute("UPDATE tasks SET removed_version=? WHERE id=?", (version, task_id))
        lean, detail = self.conn.execute("SELECT data, detail FROM tasks WHERE id=?", (task_id,)).fetchone()
        data = json.dumps({**json.loads(lean), **json.loads(detail or "{}")}, ensure_ascii=False)
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

    # splits
    def record_split(self, period: str, folder: str, files: list[tuple[str, str, str, str, str]]) -> int:
        """A split run: (unit, file name, its packed identity rows, nonce, key id)
        per workbook. Earlier splits of the period stay but are no longer active."""
        self.conn.execute("UPDATE splits SET active=0 WHERE period=?", (period,))
        cur = self.conn.execute("INSERT INTO splits(period, created_at, folder, version) VALUES (?,?,?,?)",
                                (period, now(), folder, self.current_version()))
        split_id = int(cur.lastrowid)
        self.conn.executemany(
            "INSERT INTO split_files(split_id, unit, file, rows, nonce, key_id) VALUES (?,?,?,?,?,?)",
            [(split_id, *f) for f in files])
        return split_id

    def split_files(self, period: str, active_only: bool = True) -> list[dict]:
        sql = ("SELECT s.id, s.created_at, f.unit, f.file, f.nonce, f.key_id, f.rows FROM splits s "
               "JOIN split_files f ON f.split_id = s.id WHERE s.period=?" + (" AND s.active=1" if active_only else "") +
               " ORDER BY s.id, f.unit")
        keys = ("split_id", "created_at", "unit", "file", "nonce", "key_id", "rows")
        return [dict(zip(keys, r[:-1] + (stored_identity(r[-1]),))) for r in self.conn.execute(sql, (period,))]

    # progress (filled by merge)
    def latest_progress(self, before_period: str, units: list[str] | None = None) -> dict[tuple[str, str, str], dict]:
        """(unit, task_id, measure) -> the latest current report before a period."""
        sql = ("SELECT unit, task_id, measure, period, data FROM progress WHERE current=1 AND period < ? "
               "ORDER BY period")
        out: dict[tuple[str, str, str], dict] = {}
        wanted = set(units) if units is not None else None
        for unit, task_id, measure, period, data in self.conn.execute(sql, (before_period,)):
            if wanted is None or unit in wanted:
                out[(unit, task_id, measure)] = dict(json.loads(data), period=period)
        return out

    def closed_task_ids(self) -> set[str]:
        rows = self.conn.execute("SELECT task_id FROM closures WHERE reopened_at IS NULL")
        return {r[0] for r in rows}

    # submissions (written by merge)
    def add_submission(self, period: str, unit: str, file: str, sha256: str, data: dict | None = None,
                       received_at: str | None = None, current: bool = True) -> int:
        """A returned workbook; when ``current`` it supersedes the unit's earlier one
        for the period, else it is kept as history (an older file that came late)."""
        if current:
            self.conn.execute("UPDATE submissions SET current=0 WHERE period=? AND unit=?", (period, unit))
            self.conn.execute("UPDATE progress SET current=0 WHERE period=? AND unit=?", (period, unit))
        cur = self.conn.execute(
            "INSERT INTO submissions(period, unit, file, sha256, received_at, current, data) VALUES (?,?,?,?,?,?,?)",
            (period, unit, file, sha256, received_at or now(), int(current), json.dumps(data or {}, ensure_ascii=False)))
        return int(cur.lastrowid)

    def add_progress(self, submission_id: int, period: str, unit: str, rows: list[tuple[str, str, dict]],
                     current: bool = True) -> None:
        """rows: (task_id, measure key or "", values as typed)."""
        self.conn.executemany(
            "INSERT INTO progress(submission_id, period, unit, task_id, measure, current, data) VALUES (?,?,?,?,?,?,?)",
            [(submission_id, period, unit, t, m, int(current), json.dumps(d, ensure_ascii=False)) for t, m, d in rows])

    def current_submission(self, period: str, unit: str) -> dict | None:
        """The unit's current submission of the period: file, received_at and what
        was kept of the file (``data``), or None."""
        row = self.conn.execute("SELECT id, file, received_at, data FROM submissions WHERE period=? AND unit=? "
                                "AND current=1", (period, unit)).fetchone()
        if row is None:
            return None
        return {"id": row[0], "file": row[1], "received_at": row[2], "data": json.loads(row[3] or "{}")}

    def latest_split_period(self) -> str | None:
        """The latest period by date that was split, not the one split last: after
        2023-W10, re-splitting 2023-W09 for a late unit leaves 2023-W10 the latest."""
        rows = self.conn.execute("SELECT period, MAX(id) FROM splits GROUP BY period").fetchall()
        if not rows:
            return None
        return max(rows, key=lambda row: (_period_order(row[0]), row[1]))[0]

    def submission_with_hash(self, period: str, sha256: str) -> str | None:
        """The unit whose file with this content was already taken for the period
        (a file of another period is not a duplicate here: it is the wrong period)."""
        row = self.conn.execute("SELECT unit FROM submissions WHERE period=? AND sha256=? LIMIT 1",
                                (period, sha256)).fetchone()
        return row[0] if row else None

    def current_values(self, period: str, unit: str) -> dict[tuple[str, str], dict] | None:
        """The values of the unit's current submission for the period (None: none yet)."""
        sub = self.conn.execute("SELECT id FROM submissions WHERE period=? AND unit=? AND current=1",
                                (period, unit)).fetchone()
        if sub is None:
            return None
        rows = self.conn.execute("SELECT task_id, measure, data FROM progress WHERE submission_id=?", (sub[0],))
        return {(t, m): json.loads(d) for t, m, d in rows}

    def submissions(self, period: str, current_only: bool = True, with_data: bool = False) -> list[dict]:
        """The period's submissions in the order received; ``with_data`` adds what was
        kept of each file beside its values (``data``: unmatched rows, identity source)."""
        sql = ("SELECT id, unit, file, sha256, received_at, current" + (", data" if with_data else "") +
               " FROM submissions WHERE period=?")
        if current_only:
            sql += " AND current=1"
        keys = ("id", "unit", "file", "sha256", "received_at", "current")
        out = []
        for r in self.conn.execute(sql + " ORDER BY id", (period,)):
            row = dict(zip(keys, r))
            if with_data:
                row["data"] = json.loads(r[-1] or "{}")
            out.append(row)
        return out

    def expected_units(self, period: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT f.unit FROM splits s JOIN split_files f ON f.split_id=s.id "
            "WHERE s.period=? AND s.active=1 ORDER BY f.rowid", (period,))
        return [r[0] for r in rows]

    def missing_units(self, period: str) -> list[str]:
        reported = {s["unit"] for s in self.submissions(period)}
        return [u for u in self.expected_units(period) if u not in reported]

    def progress_rows(self, period: str, keys: tuple[str, ...] | None = None,
                      tasks_only: bool = False) -> list[tuple[str, str, str, dict]]:
        """(unit, task_id, measure, values) of the current submissions of a period;
        ``keys`` keeps only those values, ``tasks_only`` skips the measures."""
        sql = "SELECT unit, task_id, measure, data FROM progress WHERE period=? AND current=1"
        if tasks_only:
            sql += " AND measure=''"
        out = []
        for u, t, m, d in self.conn.execute(sql, (period,)):
            values = json.loads(d)
            if keys is not None:
                values = {k: values[k] for k in keys if values.get(k)}
            out.append((u, t, m, values))
        return out

    def progress_keys(self, period: str) -> list[tuple[int, str, str, str]]:
        """(id, unit, task_id, measure) of the current reports of a period, without
        their values: a province period holds 200,000 reports (see progress_values)."""
        sql = "SELECT id, unit, task_id, measure FROM progress WHERE period=? AND current=1"
        return self.conn.execute(sql, (period,)).fetchall()

    def progress_values(self, ids: list[int]) -> dict[int, dict]:
        """id -> the values of those reports (ask for a few hundred at a time)."""
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(f"SELECT id, data FROM progress WHERE id IN ({marks})", ids)
        return {i: json.loads(d) for i, d in rows}

    # closing (销号)
    def close_tasks(self, task_ids: list[str], note: str = "") -> None:
        self.conn.executemany(
            "INSERT INTO closures(task_id, closed_at, note, reopened_at) VALUES (?,?,?,NULL) "
            "ON CONFLICT(task_id) DO UPDATE SET closed_at=excluded.closed_at, note=excluded.note, reopened_at=NULL",
            [(t, now(), note) for t in task_ids])

    def reopen_tasks(self, task_ids: list[str]) -> None:
        self.conn.executemany("UPDATE closures SET reopened_at=? WHERE task_id=? AND reopened_at IS NULL",
                              [(now(), t) for t in task_ids])

    def closures(self) -> dict[str, dict]:
        rows = self.conn.execute("SELECT task_id, closed_at, note FROM closures WHERE reopened_at IS NULL")
        return {t: {"closed_at": c, "note": n or ""} for t, c, n in rows}
