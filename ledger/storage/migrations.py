"""The schema, created and upgraded by numbered migrations (both engines).

``schema_version`` holds one row per migration applied. A database without it
is new (every migration runs) or a SQLite workspace from before migrations
(``meta``, ``tasks`` … keyed by nothing): that one is adopted in place, after a
backup copy of the file, its rows moved under its own workspace id.

Each migration is a list of statements; ``{id}`` stands for an auto-numbered
key (SQLite ``INTEGER PRIMARY KEY``, PostgreSQL an identity column). Every
table but ``workspaces`` and ``schema_version`` is keyed by ``workspace_id``:
one PostgreSQL database holds the ledgers of a whole city.
"""
from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import WorkspaceError
from ..model import answering_unit
from .backends import Database, SQLiteDatabase
from .security import grant_like, policy_statements, table_policies

FIRST_TABLES = ("meta", "imports", "versions", "tasks", "task_versions", "units", "measures", "splits",
                "split_files", "secrets", "submissions", "progress", "closures")  # migration 1's (2 secures them)
WORKSPACE_TABLES = (*FIRST_TABLES, "numbers")
# in the order rows can be copied (a row's parent first)

_WS = "workspace_id TEXT NOT NULL REFERENCES workspaces(id)"

WORKSPACES = [
    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    "CREATE TABLE workspaces (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
    "scope TEXT NOT NULL DEFAULT 'county', parent_id TEXT REFERENCES workspaces(id), db_role TEXT, "
    "created_at TEXT NOT NULL)",
    f"CREATE TABLE meta ({_WS}, key TEXT NOT NULL, value TEXT, PRIMARY KEY (workspace_id, key))",
    f"CREATE TABLE imports (id {{id}}, {_WS}, kind TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL, "
    "imported_at TEXT NOT NULL, version INTEGER, summary TEXT)",
    "CREATE INDEX imports_by_workspace ON imports(workspace_id)",
    f"CREATE TABLE versions ({_WS}, version INTEGER NOT NULL, created_at TEXT NOT NULL, file TEXT NOT NULL, "
    "added INTEGER, changed INTEGER, removed INTEGER, unchanged INTEGER, PRIMARY KEY (workspace_id, version))",
    f"CREATE TABLE tasks ({_WS}, id TEXT NOT NULL, position INTEGER, number TEXT, text TEXT, data TEXT NOT NULL, "
    "detail TEXT, first_version INTEGER, last_version INTEGER, removed_version INTEGER, "
    "PRIMARY KEY (workspace_id, id))",
    f"CREATE TABLE task_versions ({_WS}, task_id TEXT NOT NULL, version INTEGER NOT NULL, change TEXT NOT NULL, "
    "data TEXT NOT NULL, PRIMARY KEY (workspace_id, task_id, version))",
    f"CREATE TABLE units ({_WS}, name TEXT NOT NULL, position INTEGER, aliases TEXT, grp TEXT, contact TEXT, "
    "phone TEXT, PRIMARY KEY (workspace_id, name))",
    f"CREATE TABLE measures (id {{id}}, {_WS}, version INTEGER NOT NULL, task_id TEXT, task_number TEXT, "
    "unit TEXT, data TEXT NOT NULL)",
    "CREATE INDEX measures_by_workspace ON measures(workspace_id)",
    f"CREATE TABLE splits (id {{id}}, {_WS}, period TEXT NOT NULL, created_at TEXT NOT NULL, folder TEXT NOT NULL, "
    "version INTEGER, active INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX splits_by_period ON splits(workspace_id, period)",
    f"CREATE TABLE split_files (id {{id}}, {_WS}, split_id BIGINT NOT NULL REFERENCES splits(id), "
    "unit TEXT NOT NULL, file TEXT NOT NULL, rows TEXT NOT NULL, nonce TEXT, key_id TEXT, UNIQUE (split_id, unit))",
    "CREATE INDEX split_files_by_workspace ON split_files(workspace_id)",
    f"CREATE TABLE secrets ({_WS}, key_id TEXT NOT NULL, secret TEXT NOT NULL, created_at TEXT NOT NULL, "
    "retired_at TEXT, PRIMARY KEY (workspace_id, key_id))",
    # one content is taken once a period: two clerks merging the same file at once cannot both keep it
    f"CREATE TABLE submissions (id {{id}}, {_WS}, period TEXT NOT NULL, unit TEXT NOT NULL, file TEXT NOT NULL, "
    "sha256 TEXT NOT NULL, received_at TEXT NOT NULL, current INTEGER NOT NULL DEFAULT 1, data TEXT, "
    "UNIQUE (workspace_id, period, sha256))",
    "CREATE INDEX submissions_by_unit ON submissions(workspace_id, period, unit, current)",
    f"CREATE TABLE progress (id {{id}}, {_WS}, submission_id BIGINT NOT NULL REFERENCES submissions(id), "
    "period TEXT NOT NULL, unit TEXT NOT NULL, task_id TEXT NOT NULL, measure TEXT NOT NULL DEFAULT '', "
    "current INTEGER NOT NULL DEFAULT 1, data TEXT NOT NULL)",
    "CREATE INDEX progress_by_period ON progress(workspace_id, period, current)",
    "CREATE INDEX progress_by_unit ON progress(workspace_id, unit, period, current)",
    "CREATE INDEX progress_by_submission ON progress(submission_id)",
    f"CREATE TABLE closures ({_WS}, task_id TEXT NOT NULL, closed_at TEXT NOT NULL, note TEXT, reopened_at TEXT, "
    "PRIMARY KEY (workspace_id, task_id))",
]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    dialects: tuple[str, ...] = ("sqlite", "postgresql")  # where its statements run (elsewhere: only recorded)
    backfill: Callable[[Database], None] | None = None  # fills what the statements added, from the rows there


def leader_and_deadline(data: dict) -> tuple[str, str | None, int]:
    """A task's figures columns from its data: the unit whose 完成状态 counts (the
    lead, else its first unit), its due date (ISO) and whether it is 长期坚持."""
    deadline = data.get("deadline") or {}
    return answering_unit(data), deadline.get("due") or None, int(bool(deadline.get("ongoing")))


def _backfill_figures(db: Database) -> None:
    rows = db.execute("SELECT workspace_id, id, data FROM tasks").fetchall()
    db.executemany("UPDATE tasks SET leader=?, due=?, ongoing=? WHERE workspace_id=? AND id=?",
                   [(*leader_and_deadline(json.loads(d)), w, i) for w, i, d in rows])
    rows = db.execute("SELECT id, data FROM progress WHERE measure=''").fetchall()
    db.executemany("UPDATE progress SET status=? WHERE id=?",
                   [(_status(json.loads(d)), i) for i, d in rows])


def _status(values: dict) -> str | None:
    status = values.get("status")
    return status if isinstance(status, str) else None


FIGURES = [
    "ALTER TABLE tasks ADD COLUMN leader TEXT",
    "ALTER TABLE tasks ADD COLUMN due TEXT",
    "ALTER TABLE tasks ADD COLUMN ongoing INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE progress ADD COLUMN status TEXT",
]


# kind "issue" (期号: key a period, year 0: numbered on across years) or "letter" (文号: key "period|unit",
# numbered within its year); taken under the lock "number:<kind>" (Store.take_numbers)
NUMBERS = (f"CREATE TABLE numbers ({_WS}, kind TEXT NOT NULL, key TEXT NOT NULL, year INTEGER NOT NULL, "
           "number INTEGER NOT NULL, taken_at TEXT NOT NULL, PRIMARY KEY (workspace_id, kind, key), "
           "UNIQUE (workspace_id, kind, year, number))")
NUMBER_META = {"issue": "report_issue_number", "letter": "remind_letter_number"}  # where they were kept before


def _backfill_numbers(db: Database) -> None:
    """The numbers kept as JSON in meta until now, one row each. A number given twice
    before (the race this table ends) stays with its first key in key order; the other
    key gets a new number when its document is written again."""
    rows = db.execute("SELECT workspace_id, key, value FROM meta WHERE key IN (?, ?)",
                      tuple(NUMBER_META.values())).fetchall()
    kinds = {v: k for k, v in NUMBER_META.items()}
    out, seen = [], set()
    for ws, meta_key, value in sorted(rows):
        try:
            data = json.loads(value or "{}")
        except ValueError:
            continue
        for key, number in sorted(data.items()) if isinstance(data, dict) else ():
            year, number = (number if isinstance(number, list) and len(number) == 2 else (0, number))
            if not isinstance(number, int) or not isinstance(year, int) or (ws, kinds[meta_key], year, number) in seen:
                continue
            seen.add((ws, kinds[meta_key], year, number))
            out.append((ws, kinds[meta_key], key, year, number, datetime.now().isoformat(timespec="seconds")))
    db.executemany("INSERT INTO numbers(workspace_id, kind, key, year, number, taken_at) VALUES (?,?,?,?,?,?)", out)


MIGRATIONS = (
    Migration(1, "workspaces: every table keyed by workspace id", tuple(WORKSPACES)),
    Migration(2, "row-level security: a role reads and writes its own workspaces, a city reads its counties",
              tuple(policy_statements(FIRST_TABLES)), ("postgresql",)),
    Migration(3, "figures columns: a task's leader, due date and 长期坚持, a report's 完成状态 (status --all)",
              tuple(FIGURES), backfill=_backfill_figures),
    Migration(4, "numbers: the 通报's 期号 and the 督办通知's 文号, one row each, never one number twice",
              (NUMBERS,), backfill=_backfill_numbers),
    Migration(5, "row-level security on numbers, and the grants the other tables have",
              (*table_policies("numbers"), grant_like("numbers", "meta")), ("postgresql",)),
)
LATEST = MIGRATIONS[-1].version

_ID = {"sqlite": "INTEGER PRIMARY KEY", "postgresql": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"}
LEGACY_TABLES = {"meta", "tasks", "versions"}  # a SQLite workspace from before migrations has these


@dataclass
class SchemaState:
    version: int  # 0: empty, or a legacy SQLite workspace (legacy=True)
    legacy: bool = False

    @property
    def pending(self) -> list[Migration]:
        return [m for m in MIGRATIONS if m.version > self.version]


def state(db: Database) -> SchemaState:
    """The schema's version as its ``schema_version`` rows record it. Rows this program cannot read as whole
    numbers, or none beside a workspace's tables, are no version it may build on: refused, the file left alone."""
    tables = db.table_names()
    if "schema_version" in tables:
        written = [row[0] for row in db.execute("SELECT version FROM schema_version").fetchall()]
        versions = [_whole_number(v) for v in written]
        if None in versions or not versions and tables & set(WORKSPACE_TABLES):
            unread = "、".join(repr(v) for v, n in zip(written, versions) if n is None) or "（没有记录）"
            raise WorkspaceError(f"数据库 {db.target} 的结构版本记录无法识别：{unread}。本程序没有读写它。它可能由其他程序"
                                 "改动过：请把这个工作区交给技术支持人员检查，或从改动之前的备份恢复。", path=db.target)
        return SchemaState(max(versions, default=0))
    return SchemaState(0, legacy=LEGACY_TABLES <= tables)


def _whole_number(value: object) -> int | None:
    """A schema_version row's version: an integer, or a text of digits (a column declared otherwise); None else."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[0-9]+\s*", value):
        return int(value)
    return None


def statement(db: Database, sql: str) -> str:
    return sql.replace("{id}", _ID[db.dialect])


def apply(db: Database, migrations: list[Migration]) -> list[int]:
    """Run ``migrations`` in order, each in its own transaction; the numbers run."""
    done = []
    for m in migrations:
        with db.transaction():
            db.lock("ledger-schema")
            if state(db).version >= m.version:  # another process got there first
                continue
            for sql in m.statements if db.dialect in m.dialects else ():
                db.execute(statement(db, sql))
            if m.backfill is not None and db.dialect in m.dialects:
                m.backfill(db)
            db.execute("INSERT INTO schema_version(version, name, applied_at) VALUES (?,?,?)",
                       (m.version, m.name, datetime.now().isoformat(timespec="seconds")))
        done.append(m.version)
    return done


def backup_path(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}-升级前备份-{stamp}{path.suffix}")


def adopt_legacy(db: SQLiteDatabase, new_workspace_id: str) -> Path:
    """Upgrade a SQLite workspace made before migrations, in place: a backup of
    the file first, then every row moved under the workspace's id. Returns the backup."""
    backup = backup_path(db.path)
    db.backup_to(backup)
    old = db.table_names()
    with db.transaction():
        for index in [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index' "
                                                "AND sql IS NOT NULL")]:
            db.execute(f"DROP INDEX {index}")
        for table in old & set(WORKSPACE_TABLES):
            db.execute(f"ALTER TABLE {table} RENAME TO legacy_{table}")
        row = db.execute("SELECT value FROM legacy_meta WHERE key='workspace_id'").fetchone() \
            if "meta" in old else None
        ws = row[0] if row and row[0] else (new_workspace_id or uuid.uuid4().hex)
        for sql in WORKSPACES:
            db.execute(statement(db, sql))
        db.execute("INSERT INTO workspaces(id, created_at) VALUES (?, ?)", (ws, datetime.now().isoformat(timespec="seconds")))
        for table in WORKSPACE_TABLES:
            if table in old:
                _copy_legacy(db, table, ws)
                db.execute(f"DROP TABLE legacy_{table}")
        db.execute("INSERT INTO schema_version(version, name, applied_at) VALUES (?,?,?)",
                   (1, MIGRATIONS[0].name + " (adopted a workspace made before migrations)",
                    datetime.now().isoformat(timespec="seconds")))
    for m in MIGRATIONS[1:]:
        apply(db, [m])
    return backup


def _copy_legacy(db: SQLiteDatabase, table: str, ws: str) -> None:
    have = db.columns(f"legacy_{table}")
    new = [c for c in db.columns(table) if c != "workspace_id"]
    if table == "split_files":
        new = [c for c in new if c != "id"]
    taken = [c for c in new if c in have]
    order = " ORDER BY rowid"
    db.execute(f"INSERT INTO {table}(workspace_id, {', '.join(taken)}) "
               f"SELECT ?, {', '.join(taken)} FROM legacy_{table}{order}", (ws,))


def refuse_newer(db: Database, now: SchemaState) -> None:
    """A database a newer ledger has migrated past this program's last migration holds
    rows this program may not read right, nor keep right when it writes: it is left alone."""
    if now.version > LATEST:
        raise WorkspaceError(f"数据库 {db.target} 的结构是第 {now.version} 版，由更新版本的 ledger 写成；"
                             f"本程序只认识到第 {LATEST} 版，没有读写它。请先把本机的 ledger 更新到最新版本"
                             "（与写入它的电脑相同或更新），再运行本命令。", path=db.target)


def ensure(db: Database, workspace_id: str, may_create: bool) -> Path | None:
    """Bring the schema to the latest version where that is the workspace's own
    business: a new database, or a SQLite file (an old one is adopted, after a
    backup, whose path is returned). A shared PostgreSQL database with migrations
    pending waits for `ledger upgrade`."""
    now = state(db)
    refuse_newer(db, now)
    if now.legacy and isinstance(db, SQLiteDatabase):
        return adopt_legacy(db, workspace_id)
    if not now.pending:
        return None
    if now.version == 0 and not (db.table_names() & {"workspaces", *WORKSPACE_TABLES}):
        apply(db, now.pending)
        return None
    if isinstance(db, SQLiteDatabase) or may_create:
        apply(db, now.pending)
        return None
    raise WorkspaceError(f"数据库 {db.target} 的结构是第 {now.version} 版，本程序需要第 {LATEST} 版。"
                         "请运行 ledger upgrade 升级（共用数据库请由管理员执行一次即可）。", path=db.target)
