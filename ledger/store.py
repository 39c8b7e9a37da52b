"""All storage, behind one small interface (``Store``).

Every SQL statement that reads or writes a workspace's data lives in this
module, written once for both databases (``ledger.storage.backends``): SQLite,
a file in the workspace folder (the default), or PostgreSQL, where one database
holds the ledgers of many workspaces. Every row carries its workspace's id, and
a ``Store`` reads and writes only its own workspace's rows. Data is kept as
plain dicts (JSON text in the database) of the model's ``to_dict`` forms. The
schema itself is made and upgraded by ``ledger.storage.migrations``.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from .errors import UsageError, WorkspaceError
from .gc_pause import gc_paused
from .identity import stored_identity
from .model import Unit
from .periods import Period, parse_period
from .storage.backends import Database, Location, connect
from .storage.migrations import LATEST as SCHEMA_VERSION
from .storage.migrations import ensure as ensure_schema
from .storage.migrations import leader_and_deadline

DETAIL_KEYS = ("cells", "raw")
TASK_BATCH = 1000  # tasks encoded and written at a time: not all their JSON is held at once
# A task's JSON as json.dumps(..., ensure_ascii=False) writes it, made by one encoder: a task's
# record is a tree (no cycle to look for), and a new encoder a call cost a quarter of the time.
_TASK_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)
# The C encoder JSONEncoder.encode makes for each call (json.encoder.JSONEncoder.iterencode, one
# shot, no indent), made once: the Python around it was a tenth of encoding a task's record.
_TASK_C_ENCODER = c_make_encoder and c_make_encoder(
    None, _TASK_JSON.default, encode_basestring, None, _TASK_JSON.key_separator, _TASK_JSON.item_separator,
    False, False, True)
DONE_STATUS = "已完成"  # the 完成状态 that counts a task done (period_status.DONE)  # kept apart from a task's data: see Store.tasks(detail=...)


@dataclass(frozen=True)
class NewWorkspace:
    """What ``ledger init`` records of a workspace it makes."""

    name: str = ""
    scope: str = "county"
    parent_id: str | None = None


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


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _task_json(obj: dict) -> str:
    """``json.dumps(obj, ensure_ascii=False)`` of a task's record (a tree of dicts,
    lists, str, int, bool and None)."""
    if _TASK_C_ENCODER is None:  # a Python without json's C accelerator
        return _TASK_JSON.encode(obj)
    return "".join(_TASK_C_ENCODER(obj, 0))


def _joined_json(lean: str, detail: str) -> str:
    """The JSON of ``{**lean, **detail}`` made from the two objects' JSON text, as
    ``json.dumps`` writes it: a task's data is its lean keys, then DETAIL_KEYS."""
    if detail == "{}":
        return lean
    if lean == "{}":
        return detail
    return f"{lean[:-1]}, {detail[1:]}"


def location_of(where: Any) -> Location:
    """A Location from a Location, a Workspace (its ``location``) or a SQLite file's
    path (that file's only workspace)."""
    if isinstance(where, Location):
        return where
    if hasattr(where, "location"):
        return where.location
    return Location(None, Path(where))


class Store:
    """One workspace's rows in its database. Use ``Store.open(workspace)`` as a
    context manager (a Workspace, a Location, or the path of a SQLite file)."""

    def __init__(self, db: Database, workspace_id: str):
        self.db, self.ws = db, workspace_id
        self.upgraded_from: Path | None = None  # the backup made when an old workspace was upgraded

    @classmethod
    @contextmanager
    def open(cls, where: Any, create: NewWorkspace | None = None) -> Iterator["Store"]:
        """Open the workspace's store; ``create`` makes the workspace's row when it
        is not there (``ledger init``). A SQLite file is made, or an old one
        upgraded in place (after a backup), as needed."""
        loc = location_of(where)
        db = connect(loc.url, loc.path)
        try:
            backup = ensure_schema(db, loc.workspace_id or uuid.uuid4().hex, may_create=create is not None)
            store = cls(db, cls._workspace_id(db, loc, create))
            store.upgraded_from = backup
            yield store
        finally:
            db.close()

    @staticmethod
    def _workspace_id(db: Database, loc: Location, create: NewWorkspace | None) -> str:
        if loc.workspace_id is None and loc.shared:
            raise UsageError("ledger.toml 的 [database] 中没有 workspace（本工作区在数据库中的编号）。"
                             "请运行 ledger init --database 地址 创建工作区，或用 ledger migrate --to 地址 迁入。")
        if loc.workspace_id is not None:
            row = db.execute("SELECT id FROM workspaces WHERE id=?", (loc.workspace_id,)).fetchone()
            if row:
                return loc.workspace_id
            if create is None and loc.shared:
                raise WorkspaceError(f"数据库 {db.target} 中没有本工作区（编号 {loc.workspace_id}）。"
                                     "请核对 ledger.toml 中的 [database] 设置，或用 ledger migrate --to 地址 迁入。",
                                     path=db.target)
            ws_id = loc.workspace_id
        else:
            rows = db.execute("SELECT id FROM workspaces ORDER BY created_at, id").fetchall()
            if rows:
                return rows[0][0]
            ws_id = uuid.uuid4().hex
        new = create or NewWorkspace()
        with db.transaction():
            db.execute("INSERT INTO workspaces(id, name, scope, parent_id, db_role, created_at) "
                       "VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
                       (ws_id, new.name, new.scope, new.parent_id, _current_role(db), now()))
            db.execute("INSERT INTO meta(workspace_id, key, value) VALUES (?,?,?) ON CONFLICT DO NOTHING",
                       (ws_id, "workspace_id", ws_id))
        return ws_id

    @property
    def conn(self) -> Database:  # the name the tests and older callers know
        return self.db

    @contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[None]:
        """One atomic unit of work. ``lock`` (e.g. "merge:2023-W10") makes writers
        of that name in this workspace, on any machine, wait for each other."""
        with self.db.transaction():
            if lock:
                self.db.lock(f"{self.ws}:{lock}")
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see the workspace as of one moment (``Database.snapshot``):
        what a command writes into files comes from one version of the data."""
        with self.db.snapshot():
            yield

    def _one(self, sql: str, params: tuple = ()) -> Any:
        return self.db.execute(sql, (self.ws, *params)).fetchone()

    def _all(self, sql: str, params: tuple = ()) -> Any:
        return self.db.execute(sql, (self.ws, *params))

    # the workspace itself
    def workspace(self) -> dict:
        row = self.db.execute("SELECT id, name, scope, parent_id, db_role, created_at FROM workspaces WHERE id=?",
                              (self.ws,)).fetchone()
        return dict(zip(("id", "name", "scope", "parent_id", "db_role", "created_at"), row))

    def place(self, scope: str, parent_id: str | None) -> None:
        """Record the workspace's scope and parent (``ledger init`` on a workspace that is there)."""
        self.db.execute("UPDATE workspaces SET scope=?, parent_id=? WHERE id=?", (scope, parent_id, self.ws))

    def database_name(self) -> str:
        """The PostgreSQL database's name ("" for SQLite)."""
        if self.db.dialect != "postgresql":
            return ""
        return self.db.execute("SELECT current_database()").fetchone()[0]

    def children(self) -> list[dict]:
        """The workspaces under this one (a city's counties), by name."""
        rows = self.db.execute("SELECT id, name, scope FROM workspaces WHERE parent_id=? ORDER BY name, id",
                               (self.ws,))
        return [{"id": i, "name": n, "scope": s} for i, n, s in rows]

    def for_workspace(self, workspace_id: str) -> "Store":
        """The same database, another workspace's rows (a city reading its counties)."""
        other = Store(self.db, workspace_id)
        return other

    # meta
    def get_meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE workspace_id=? AND key=?", (key,))
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta(workspace_id, key, value) VALUES (?,?,?) "
                        "ON CONFLICT (workspace_id, key) DO UPDATE SET value=excluded.value", (self.ws, key, value))

    # document numbers: the 通报's 期号 (kind "issue"), the 督办通知's 文号 (kind "letter")
    def numbers(self, kind: str) -> dict[str, int]:
        """key -> number of every number of ``kind`` taken so far."""
        return {k: int(n) for k, n in self._all("SELECT key, number FROM numbers WHERE workspace_id=? AND kind=?",
                                                (kind,))}

    def take_numbers(self, kind: str, keys: list[str], year: int) -> dict[str, int]:
        """The number of each key: the one it has for ``year``, else the next after the
        highest of that kind and year. Call it in ``transaction(lock=f"number:{kind}")``:
        writers then take numbers one after the other, and the unique constraint on
        (workspace, kind, year, number) refuses any number given twice."""
        have = {k: (int(y), int(n)) for k, y, n in self._all(
            "SELECT key, year, number FROM numbers WHERE workspace_id=? AND kind=?", (kind,))}
        last = int(self._one("SELECT COALESCE(MAX(number), 0) FROM numbers WHERE workspace_id=? AND kind=? "
                             "AND year=?", (kind, year))[0])
        out, new = {}, []
        for key in dict.fromkeys(keys):
            if have.get(key, (None,))[0] == year:
                out[key] = have[key][1]
                continue
            last += 1
            out[key] = last
            new.append((self.ws, kind, key, year, last, now()))
        self.db.executemany("INSERT INTO numbers(workspace_id, kind, key, year, number, taken_at) VALUES (?,?,?,?,?,?) "
                            "ON CONFLICT (workspace_id, kind, key) DO UPDATE SET year=excluded.year, "
                            "number=excluded.number, taken_at=excluded.taken_at", new)
        return out

    # the workspace secret (ledger.keys): never written into a file sent out
    def signing_key(self) -> tuple[str, str]:
        """(key id, secret) that new splits are signed with; made on first use
        (a workspace made before keyed identity gets its secret here)."""
        row = self._one("SELECT key_id, secret FROM secrets WHERE workspace_id=? AND retired_at IS NULL "
                        "ORDER BY created_at DESC, key_id LIMIT 1")
        if row:
            return row[0], row[1]
        return self.rotate_key()

    def rotate_key(self) -> tuple[str, str]:
        """A new secret for splits from now on; earlier ones still verify the files
        they signed."""
        from .keys import new_secret

        key_id, secret = uuid.uuid4().hex[:12], new_secret()
        self.db.execute("UPDATE secrets SET retired_at=? WHERE workspace_id=? AND retired_at IS NULL", (now(), self.ws))
        self.db.execute("INSERT INTO secrets(workspace_id, key_id, secret, created_at) VALUES (?,?,?,?)",
                        (self.ws, key_id, secret, now()))
        return key_id, secret

    def revoke_retired_keys(self) -> int:
        """Forget every secret but the current one: files they signed no longer verify."""
        return self._all("DELETE FROM secrets WHERE workspace_id=? AND retired_at IS NOT NULL").rowcount

    def secret(self, key_id: str) -> str | None:
        row = self._one("SELECT secret FROM secrets WHERE workspace_id=? AND key_id=?", (key_id,))
        return row[0] if row else None

    # imports
    def record_import(self, kind: str, file: str, sha256: str, version: int | None, summary: dict) -> int:
        return self.db.insert_returning_id(
            "INSERT INTO imports(workspace_id, kind, file, sha256, imported_at, version, summary) "
            "VALUES (?,?,?,?,?,?,?) RETURNING id",
            (self.ws, kind, file, sha256, now(), version, json.dumps(summary, ensure_ascii=False)))

    def imports(self) -> list[dict]:
        rows = self._all("SELECT id, kind, file, sha256, imported_at, version, summary FROM imports "
                         "WHERE workspace_id=? ORDER BY id")
        keys = ("id", "kind", "file", "sha256", "imported_at", "version", "summary")
        return [dict(zip(keys, tuple(r[:-1]) + (json.loads(r[-1] or "{}"),))) for r in rows]

    # units
    def replace_units(self, units: list[Unit]) -> None:
        self._all("DELETE FROM units WHERE workspace_id=?")
        self.db.executemany(
            "INSERT INTO units(workspace_id, name, position, aliases, grp, contact, phone) VALUES (?,?,?,?,?,?,?)",
            [(self.ws, u.name, i, json.dumps(list(u.aliases), ensure_ascii=False), u.group, u.contact, u.phone)
             for i, u in enumerate(units)])

    def unit_count(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM units WHERE workspace_id=?")[0])

    def units(self) -> list[Unit]:
        rows = self._all("SELECT name, aliases, grp, contact, phone FROM units WHERE workspace_id=? ORDER BY position")
        return [Unit(n, tuple(json.loads(a or "[]")), g or "", c or "", p or "") for n, a, g, c, p in rows]

    # tasks and versions
    def current_version(self) -> int:
        row = self._one("SELECT MAX(version) FROM versions WHERE workspace_id=?")
        return int(row[0] or 0)

    def tasks(self, include_removed: bool = False, detail: bool = True) -> list[StoredTask]:
        """Current tasks in list order. ``detail`` adds the cells as read and their
        addresses (``raw``, ``cells``): half the data, and rarely needed."""
        columns = "id, number, text, data, removed_version" + (", detail" if detail else "")
        sql = f"SELECT {columns} FROM tasks WHERE workspace_id=?"
        if not include_removed:
            sql += " AND removed_version IS NULL"
        out = []
        with gc_paused():
            for row in self._all(sql + " ORDER BY position"):
                data = json.loads(row[3])
                if detail and row[5]:
                    data.update(json.loads(row[5]))
                out.append(StoredTask(row[0], row[1] or "", row[2] or "", data, row[4]))
        return out

    def figures(self, period: str, report_day: str) -> tuple[int, int, int]:
        """(tasks, done, overdue) of a period, counted in the database as
        ``period_status`` counts them: done when the leader reported 已完成 or the
        task is closed; overdue when not done and due before the report day (not
        长期坚持). A city rolls up 20 counties with this."""
        row = self.db.execute(
            "SELECT COUNT(*), "
            "SUM(CASE WHEN c.task_id IS NOT NULL OR p.status = ? THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN c.task_id IS NULL AND COALESCE(p.status, '') <> ? AND t.ongoing = 0 "
            "AND t.due IS NOT NULL AND t.due < ? THEN 1 ELSE 0 END) "
            "FROM tasks t LEFT JOIN progress p ON p.workspace_id = t.workspace_id AND p.task_id = t.id "
            "AND p.unit = t.leader AND p.period = ? AND p.current = 1 AND p.measure = '' "
            "LEFT JOIN closures c ON c.workspace_id = t.workspace_id AND c.task_id = t.id AND c.reopened_at IS NULL "
            "WHERE t.workspace_id = ? AND t.removed_version IS NULL",
            (DONE_STATUS, DONE_STATUS, report_day, period, self.ws)).fetchone()
        return int(row[0]), int(row[1] or 0), int(row[2] or 0)

    def task_detail(self, task_id: str) -> dict:
        row = self._one("SELECT detail FROM tasks WHERE workspace_id=? AND id=?", (task_id,))
        return json.loads(row[0]) if row and row[0] else {}

    def task_brief(self) -> dict[str, tuple[str, str]]:
        """id -> (number, text) of every task, removed ones included (cheap: no JSON)."""
        return {i: (n or "", t or "") for i, n, t in self._all("SELECT id, number, text FROM tasks WHERE workspace_id=?")}

    def new_version(self, file: str, counts: dict[str, int]) -> int:
        version = self.current_version() + 1
        self.db.execute(
            "INSERT INTO versions(workspace_id, version, created_at, file, added, changed, removed, unchanged) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (self.ws, version, now(), file, counts.get("added", 0), counts.get("changed", 0),
             counts.get("removed", 0), counts.get("unchanged", 0)))
        return version

    def put_task(self, version: int, position: int, data: dict, change: str) -> None:
        """Insert or update a task's current row, and keep the version's copy."""
        self.put_tasks(version, [(position, data, change)])

    def put_tasks(self, version: int, rows: list[tuple[int, dict, str]]) -> None:
        """put_task for many tasks: (position, data, change) each, TASK_BATCH at a time."""
        for start in range(0, len(rows), TASK_BATCH):
            self._put_task_batch(version, rows[start:start + TASK_BATCH])

    def _put_task_batch(self, version: int, rows: list[tuple[int, dict, str]]) -> None:
        current, history = [], []
        for position, data, change in rows:
            lean_keys = data.copy()
            detail = _task_json({k: lean_keys.pop(k) for k in DETAIL_KEYS if k in lean_keys})
            lean = _task_json(lean_keys)
            current.append((self.ws, data["id"], position, data["number"], data["text"], lean, detail,
                            version, version, *leader_and_deadline(data)))
            if change != "unchanged":
                history.append((self.ws, data["id"], version, change, _joined_json(lean, detail)))
        self.db.executemany(
            "INSERT INTO tasks(workspace_id, id, position, number, text, data, detail, first_version, last_version, "
            "leader, due, ongoing, removed_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,NULL) "
            "ON CONFLICT (workspace_id, id) DO UPDATE SET "
            "position=excluded.position, number=excluded.number, text=excluded.text, data=excluded.data, "
            "detail=excluded.detail, last_version=excluded.last_version, leader=excluded.leader, due=excluded.due, "
            "ongoing=excluded.ongoing, removed_version=NULL", current)
        self._put_history(history)

    def _put_history(self, rows: list[tuple]) -> None:
        self.db.executemany(
            "INSERT INTO task_versions(workspace_id, task_id, version, change, data) VALUES (?,?,?,?,?) "
            "ON CONFLICT (workspace_id, task_id, version) DO UPDATE SET change=excluded.change, data=excluded.data",
            rows)

    def remove_task(self, version: int, task_id: str) -> None:
        self.db.execute("UPDATE tasks SET removed_version=? WHERE workspace_id=? AND id=?", (version, self.ws, task_id))
        lean, detail = self._one("SELECT data, detail FROM tasks WHERE workspace_id=? AND id=?", (task_id,))
        data = json.dumps({**json.loads(lean), **json.loads(detail or "{}")}, ensure_ascii=False)
        self._put_history([(self.ws, task_id, version, "removed", data)])

    def task_history(self, task_id: str) -> list[tuple[int, str, dict]]:
        rows = self._all("SELECT version, change, data FROM task_versions WHERE workspace_id=? AND task_id=? "
                         "ORDER BY version", (task_id,))
        return [(v, c, json.loads(d)) for v, c, d in rows]

    # measures
    def replace_measures(self, version: int, measures: list[dict]) -> None:
        self._all("DELETE FROM measures WHERE workspace_id=?")
        self.db.copy_rows("measures", ("workspace_id", "version", "task_id", "task_number", "unit", "data"),
                          [(self.ws, version, m.get("task_id"), m["task_number"], m["unit"],
                            json.dumps(m, ensure_ascii=False)) for m in measures])

    def measures(self) -> list[dict]:
        return [json.loads(d) for (d,) in self._all("SELECT data FROM measures WHERE workspace_id=? ORDER BY id")]

    # splits
    def record_split(self, period: str, folder: str, files: list[tuple[str, str, str, str, str]]) -> int:
        """A split run: (unit, file name, its packed identity rows, nonce, key id)
        per workbook. Earlier splits of the period stay but are no longer active."""
        self.db.execute("UPDATE splits SET active=0 WHERE workspace_id=? AND period=?", (self.ws, period))
        split_id = self.db.insert_returning_id(
            "INSERT INTO splits(workspace_id, period, created_at, folder, version) VALUES (?,?,?,?,?) RETURNING id",
            (self.ws, period, now(), folder, self.current_version()))
        self.db.copy_rows("split_files", ("workspace_id", "split_id", "unit", "file", "rows", "nonce", "key_id"),
                          [(self.ws, split_id, *f) for f in files])
        return split_id

    def split_files(self, period: str, active_only: bool = True) -> list[dict]:
        sql = ("SELECT s.id, s.created_at, f.unit, f.file, f.nonce, f.key_id, f.rows FROM splits s "
               "JOIN split_files f ON f.split_id = s.id WHERE s.workspace_id=? AND s.period=?" +
               (" AND s.active=1" if active_only else "") + " ORDER BY s.id, f.unit")
        keys = ("split_id", "created_at", "unit", "file", "nonce", "key_id", "rows")
        return [dict(zip(keys, tuple(r[:-1]) + (stored_identity(r[-1]),))) for r in self._all(sql, (period,))]

    # progress (filled by merge)
    def latest_progress(self, before_period: str, units: list[str] | None = None) -> dict[tuple[str, str, str], dict]:
        """(unit, task_id, measure) -> the latest current report before a period."""
        sql = ("SELECT unit, task_id, measure, period, data FROM progress WHERE workspace_id=? AND current=1 "
               "AND period < ? ORDER BY period")
        out: dict[tuple[str, str, str], dict] = {}
        wanted = set(units) if units is not None else None
        for unit, task_id, measure, period, data in self._all(sql, (before_period,)):
            if wanted is None or unit in wanted:
                out[(unit, task_id, measure)] = dict(json.loads(data), period=period)
        return out

    def closed_task_ids(self) -> set[str]:
        rows = self._all("SELECT task_id FROM closures WHERE workspace_id=? AND reopened_at IS NULL")
        return {r[0] for r in rows}

    # submissions (written by merge)
    def add_submission(self, period: str, unit: str, file: str, sha256: str, data: dict | None = None,
                       received_at: str | None = None, current: bool = True) -> int:
        """A returned workbook; when ``current`` it supersedes the unit's earlier one
        for the period, else it is kept as history (an older file that came late)."""
        if current:
            for table in ("submissions", "progress"):
                self.db.execute(f"UPDATE {table} SET current=0 WHERE workspace_id=? AND period=? AND unit=? "
                                "AND current=1", (self.ws, period, unit))
        return self.db.insert_returning_id(
            "INSERT INTO submissions(workspace_id, period, unit, file, sha256, received_at, current, data) "
            "VALUES (?,?,?,?,?,?,?,?) RETURNING id",
            (self.ws, period, unit, file, sha256, received_at or now(), int(current),
             json.dumps(data or {}, ensure_ascii=False)))

    def add_progress(self, submission_id: int, period: str, unit: str, rows: list[tuple[str, str, dict]],
                     current: bool = True) -> None:
        """rows: (task_id, measure key or "", values as typed)."""
        self.db.copy_rows(
            "progress", ("workspace_id", "submission_id", "period", "unit", "task_id", "measure", "current", "data",
                         "status"),
            [(self.ws, submission_id, period, unit, t, m, int(current), json.dumps(d, ensure_ascii=False),
              None if m else _text(d.get("status"))) for t, m, d in rows])

    def current_submission(self, period: str, unit: str) -> dict | None:
        """The unit's current submission of the period: file, received_at and what
        was kept of the file (``data``), or None."""
        row = self._one("SELECT id, file, received_at, data FROM submissions WHERE workspace_id=? AND period=? "
                        "AND unit=? AND current=1", (period, unit))
        if row is None:
            return None
        return {"id": row[0], "file": row[1], "received_at": row[2], "data": json.loads(row[3] or "{}")}

    def latest_split_period(self) -> str | None:
        """The latest period by date that was split, not the one split last: after
        2023-W10, re-splitting 2023-W09 for a late unit leaves 2023-W10 the latest."""
        rows = self._all("SELECT period, MAX(id) FROM splits WHERE workspace_id=? GROUP BY period").fetchall()
        if not rows:
            return None
        return max(rows, key=lambda row: (_period_order(row[0]), row[1]))[0]

    def submission_with_hash(self, period: str, sha256: str) -> str | None:
        """The unit whose file with this content was already taken for the period
        (a file of another period is not a duplicate here: it is the wrong period)."""
        row = self._one("SELECT unit FROM submissions WHERE workspace_id=? AND period=? AND sha256=? LIMIT 1",
                        (period, sha256))
        return row[0] if row else None

    def received_earlier(self, period: str, sha256: str, received_at: str) -> None:
        """A file taken before comes again with an earlier receipt: the earlier one stands (never a later)."""
        self.db.execute("UPDATE submissions SET received_at=? WHERE workspace_id=? AND period=? AND sha256=? "
                        "AND received_at > ?", (received_at, self.ws, period, sha256, received_at))

    def current_values(self, period: str, unit: str) -> dict[tuple[str, str], dict] | None:
        """The values of the unit's current submission for the period (None: none yet)."""
        sub = self._one("SELECT id FROM submissions WHERE workspace_id=? AND period=? AND unit=? AND current=1",
                        (period, unit))
        if sub is None:
            return None
        rows = self._all("SELECT task_id, measure, data FROM progress WHERE workspace_id=? AND submission_id=?",
                         (sub[0],))
        return {(t, m): json.loads(d) for t, m, d in rows}

    def submissions(self, period: str, current_only: bool = True, with_data: bool = False) -> list[dict]:
        """The period's submissions in the order received; ``with_data`` adds what was
        kept of each file beside its values (``data``: unmatched rows, identity source)."""
        sql = ("SELECT id, unit, file, sha256, received_at, current" + (", data" if with_data else "") +
               " FROM submissions WHERE workspace_id=? AND period=?")
        if current_only:
            sql += " AND current=1"
        keys = ("id", "unit", "file", "sha256", "received_at", "current")
        out = []
        for r in self._all(sql + " ORDER BY id", (period,)):
            row = dict(zip(keys, r))
            if with_data:
                row["data"] = json.loads(r[-1] or "{}")
            out.append(row)
        return out

    def expected_units(self, period: str) -> list[str]:
        rows = self._all(
            "SELECT f.unit FROM splits s JOIN split_files f ON f.split_id=s.id "
            "WHERE s.workspace_id=? AND s.period=? AND s.active=1 GROUP BY f.unit ORDER BY MIN(f.id)", (period,))
        return [r[0] for r in rows]

    def missing_units(self, period: str) -> list[str]:
        reported = {s["unit"] for s in self.submissions(period)}
        return [u for u in self.expected_units(period) if u not in reported]

    def progress_rows(self, period: str) -> list[tuple[str, str, str, dict]]:
        """(unit, task_id, measure, values) of the current submissions of a period."""
        return [(u, t, m, values) for _id, u, t, m, values in self.progress_reports(period)]

    def progress_reports(self, period: str, tasks_only: bool = False) -> Iterator[tuple[int, str, str, str, dict]]:
        """(id, unit, task_id, measure, values) of the current submissions of a period,
        each parsed as it is reached (a province period's are hundreds of MB as dicts);
        ``tasks_only`` skips the measures."""
        sql = "SELECT id, unit, task_id, measure, data FROM progress WHERE workspace_id=? AND period=? AND current=1"
        if tasks_only:
            sql += " AND measure=''"
        for i, u, t, m, d in self._all(sql, (period,)):
            yield i, u, t, m, json.loads(d)

    def progress_keys(self, period: str) -> list[tuple[int, str, str, str]]:
        """(id, unit, task_id, measure) of the current reports of a period, without
        their values: a province period holds 200,000 reports (see progress_values)."""
        sql = "SELECT id, unit, task_id, measure FROM progress WHERE workspace_id=? AND period=? AND current=1"
        return [tuple(r) for r in self._all(sql, (period,)).fetchall()]

    def progress_values(self, ids: list[int]) -> dict[int, dict]:
        """id -> the values of those reports (ask for a few hundred at a time)."""
        marks = ",".join("?" * len(ids))
        # by their ids (the primary key): SQLite, without statistics, would rather walk the index of the
        # workspace's rows (all 200,000 of them, for each batch: 27 ms against 1 ms), which || '' keeps it from
        rows = self._all(f"SELECT id, data FROM progress WHERE workspace_id || '' = ? AND id IN ({marks})",
                         tuple(ids))
        return {i: json.loads(d) for i, d in rows}

    # closing (销号)
    def close_tasks(self, task_ids: list[str], note: str = "") -> None:
        self.db.executemany(
            "INSERT INTO closures(workspace_id, task_id, closed_at, note, reopened_at) VALUES (?,?,?,?,NULL) "
            "ON CONFLICT (workspace_id, task_id) DO UPDATE SET closed_at=excluded.closed_at, note=excluded.note, "
            "reopened_at=NULL", [(self.ws, t, now(), note) for t in task_ids])

    def reopen_tasks(self, task_ids: list[str]) -> None:
        self.db.executemany("UPDATE closures SET reopened_at=? WHERE workspace_id=? AND task_id=? "
                            "AND reopened_at IS NULL", [(now(), self.ws, t) for t in task_ids])

    def closures(self) -> dict[str, dict]:
        rows = self._all("SELECT task_id, closed_at, note FROM closures WHERE workspace_id=? AND reopened_at IS NULL")
        return {t: {"closed_at": c, "note": n or ""} for t, c, n in rows}


def check_parent(url: str, parent: str) -> None:
    """Refuse, before a workspace is made, a ``--parent`` that is not the id of a
    city workspace in the database at ``url`` (a name gets its id suggested)."""
    db = connect(url)
    try:
        known = "workspaces" in db.table_names()
        row = db.execute("SELECT scope FROM workspaces WHERE id=?", (parent,)).fetchone() if known else None
        named = [] if row or not known else [r[0] for r in db.execute(
            "SELECT id FROM workspaces WHERE name=? AND scope='city' ORDER BY id", (parent,))]
    finally:
        db.close()
    where = "（在市级工作区 ledger.toml 的 [database] workspace 一行，也是建市级工作区时 ledger init 显示的“工作区编号”）"
    if row is None and len(named) == 1:
        raise UsageError(f"--parent 要写市级工作区的编号，不是名称：“{parent}”的编号是 {named[0]}{where}。")
    if row is None:
        raise UsageError(f"数据库中没有编号为“{parent}”的工作区。--parent 请写市级工作区的编号{where}。")
    if row[0] != "city":
        raise UsageError(f"编号为“{parent}”的工作区是县（区）工作区，不是市级工作区。"
                         "--parent 请写市级工作区（用 ledger init --scope city 创建）的编号。")


def _current_role(db: Database) -> str | None:
    if db.dialect != "postgresql":
        return None
    return db.execute("SELECT current_user").fetchone()[0]
