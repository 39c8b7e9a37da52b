"""One interface over SQLite and PostgreSQL.

Statements are written once, with ``?`` placeholders, in the SQL both engines
understand (``ON CONFLICT … DO UPDATE``, ``RETURNING``); the PostgreSQL side
turns the placeholders into psycopg's ``%s``. Connections run in autocommit:
``transaction()`` makes one atomic unit of work, and ``lock(name)`` inside it
serialises writers of one workspace and one kind of work (a merge of one
period) across machines, where SQLite's ``BEGIN IMMEDIATE`` serialises every
writer of its file. ``snapshot()`` makes a command's reads see one moment
(PostgreSQL REPEATABLE READ, a SQLite read transaction): a split, an export or a
通报 made while another clerk imports or merges uses the data before or after,
never half of each.

psycopg 3 is imported only when a PostgreSQL URL is opened.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError, WorkspaceError

BUSY_TIMEOUT = 600  # seconds a writer waits for another (a second merge waits for the first)
# Bytes a page of a new SQLite file: a task row is 2.5-3 KB (its text in the text column, data and
# detail), so a 4 KB page held one and left the rest empty; 8 KB pages make the province workspace
# 18% smaller and its import's inserts a quarter faster. Files made before keep their page size.
PAGE_SIZE = 8192
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and url.strip().lower().startswith(POSTGRES_SCHEMES)


@dataclass(frozen=True)
class Location:
    """Where a workspace's rows are: a database (a PostgreSQL URL, else the SQLite
    file ``path``) and the workspace's id in it (None: a SQLite file's only one)."""

    url: str | None
    path: Path
    workspace_id: str | None = None

    @property
    def shared(self) -> bool:
        return is_postgres_url(self.url)


def redact(url: str) -> str:
    """A URL fit for a message or the log: its password replaced by ***."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


class Database:
    """A connection, with what differs between the engines behind one face."""

    dialect = ""
    target = ""  # where it is, for messages (a path, or a URL without its password)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def insert_returning_id(self, sql: str, params: Sequence[Any]) -> int:
        """Run an INSERT … RETURNING id and give the id."""
        return int(self.execute(sql, params).fetchone()[0])

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Bulk insert (the fastest path each engine has)."""
        marks = ",".join("?" * len(columns))
        self.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({marks})", rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see one moment, whatever others commit meanwhile (a split
        reads tasks, measures, roster and last reports as of one import); inside a
        transaction, that transaction's view."""
        raise NotImplementedError
        yield

    def json_value(self, column: str, key: str) -> str:
        """SQL for the text of a JSON column's top-level ``key``: a string as it is,
        an array or object as JSON text (both engines parse it in C)."""
        raise NotImplementedError

    def analyze(self) -> None:
        """Refresh the planner's statistics after a bulk load (where the role may)."""

    def lock(self, name: str) -> None:
        """Hold ``name`` until the transaction ends (writers of one name queue)."""

    def table_names(self) -> set[str]:
        raise NotImplementedError

    def columns(self, table: str) -> set[str]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, path: Path):
        self.path, self.target = Path(path), str(path)
        try:
            self.conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT, isolation_level=None)
            self.conn.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a new file only; before WAL, which fixes it
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            raise WorkspaceError(f"工作区数据库《{path}》无法打开（{exc}）。请从备份恢复该文件。",
                                 path=str(path)) from exc
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def executescript(self, sql: str) -> None:
        self.conn.executescript(sql)

    def transaction(self) -> AbstractContextManager[None]:
        """IMMEDIATE so two writers queue, not collide; an inner one joins the outer."""
        return self._outermost("BEGIN IMMEDIATE")

    def snapshot(self) -> AbstractContextManager[None]:
        """A deferred transaction: in WAL mode its reads see the file as of the
        first one, and writers are not held up."""
        return self._outermost("BEGIN")

    @contextmanager
    def _outermost(self, begin: str) -> Iterator[None]:
        """``begin`` … COMMIT (ROLLBACK on an error); inside another, part of that one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute(begin)
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0
        self.conn.execute("COMMIT")

    def json_value(self, column: str, key: str) -> str:
        return f"json_extract({column}, '$.{key}')"

    def table_names(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    def columns(self, table: str) -> set[str]:
        return {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}

    def backup_to(self, path: Path) -> None:
        """A consistent copy of the whole file (SQLite's online backup)."""
        target = sqlite3.connect(str(path))
        try:
            self.conn.backup(target)
        finally:
            target.close()

    def close(self) -> None:
        self.conn.close()


_PLACEHOLDER = re.compile(r"\?")


class PostgresDatabase(Database):
    dialect = "postgresql"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - installed with ledger
            raise UsageError("使用 PostgreSQL 数据库需要 psycopg：请运行 pip install \"psycopg[binary]\"。") from exc
        self.target = redact(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=15,
                                        application_name="ledger")
        except psycopg.Error as exc:
            raise WorkspaceError(f"无法连接数据库 {self.target}（{str(exc).strip()}）。请检查地址、用户名和密码，"
                                 "或请数据库管理员确认服务器已启动、本机可以访问。", path=self.target) from exc
        self._sql: dict[str, str] = {}

    def _translate(self, sql: str) -> str:
        out = self._sql.get(sql)
        if out is None:
            out = self._sql[sql] = _PLACEHOLDER.sub("%s", sql)
        return out

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._translate(sql), tuple(params) or None)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(self._translate(sql), rows)  # pipelined by psycopg: one round trip per batch

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """READ COMMITTED: each statement sees what others committed before it;
        what must not interleave takes ``lock`` first."""
        with self.conn.transaction():
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """REPEATABLE READ: every statement sees what was committed when the first began."""
        from psycopg import IsolationLevel
        from psycopg.pq import TransactionStatus

        if self.conn.info.transaction_status != TransactionStatus.IDLE:
            yield
            return
        self.conn.isolation_level = IsolationLevel.REPEATABLE_READ
        try:
            with self.conn.transaction():
                yield
        finally:
            self.conn.isolation_level = None

    def lock(self, name: str) -> None:
        self.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (name,))

    def json_value(self, column: str, key: str) -> str:
        return f"(({column})::json ->> '{key}')"

    def analyze(self) -> None:
        from psycopg import Error

        try:  # a role that owns no table only gets a warning per table
            self.execute("ANALYZE")
        except Error:
            pass

    def table_names(self) -> set[str]:
        rows = self.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        return {r[0] for r in rows}

    def columns(self, table: str) -> set[str]:
        rows = self.execute("SELECT column_name FROM information_schema.columns "
                            "WHERE table_schema = current_schema() AND table_name = ?", (table,))
        return {r[0] for r in rows}

    def close(self) -> None:
        self.conn.close()


def connect(url: str | None, path: Path | None = None) -> Database:
    """A PostgreSQL URL, else the SQLite file at ``path`` (or a ``sqlite:///`` URL)."""
    if is_postgres_url(url):
        return PostgresDatabase(url.strip())
    if url and url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
    elif url:
        raise UsageError(f"数据库地址“{redact(url)}”无法识别：请写 postgresql://用户名@服务器:端口/数据库名，"
                         "或留空使用工作区中的 ledger.db。")
    if path is None:
        raise UsageError("没有指定数据库。")
    return SQLiteDatabase(path)
