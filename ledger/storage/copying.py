"""Copy one workspace's rows from a database to another (or within one).

``ledger migrate --to`` moves a SQLite workspace into PostgreSQL this way, and
the tests clone a prepared workspace under a new id. Rows keep everything but
their auto-numbered ids, which the target assigns (in the source's order, so
"in the order received" stays true); references to them (a split's files, a
submission's reports) follow. Meta rows are copied as they are, the
``workspace_id`` the files sent out are signed with included, so files split
before the move still merge after it.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from .backends import Database
from .migrations import WORKSPACE_TABLES

SERIAL = {"imports", "measures", "splits", "split_files", "submissions", "progress"}  # tables with an `id`
REMAPPED = {"split_files": ("split_id", "splits"), "progress": ("submission_id", "submissions")}
BATCH = 5000


def _columns(db: Database, table: str) -> list[str]:
    """The columns copied as they are (not the workspace, nor an auto-numbered id)."""
    skip = {"workspace_id", "id"} if table in SERIAL else {"workspace_id"}
    return sorted(c for c in db.columns(table) if c not in skip)


def counts(db: Database, workspace_id: str) -> dict[str, int]:
    """Rows per table of one workspace."""
    return {t: int(db.execute(f"SELECT COUNT(*) FROM {t} WHERE workspace_id=?", (workspace_id,)).fetchone()[0])
            for t in WORKSPACE_TABLES}


def _rows(db: Database, table: str, columns: list[str], workspace_id: str) -> Iterator[tuple]:
    """The rows, the query run now (a copy within one PostgreSQL connection
    must not query while its COPY is open)."""
    order = "id" if table in SERIAL else ", ".join(columns[:1])
    select = (["id"] if table in SERIAL else []) + columns
    cur = db.execute(f"SELECT {', '.join(select)} FROM {table} WHERE workspace_id=? ORDER BY {order}",
                     (workspace_id,))

    def rows() -> Iterator[tuple]:
        while True:
            chunk = cur.fetchmany(BATCH)
            if not chunk:
                return
            yield from (tuple(r) for r in chunk)
    return rows()


def copy_workspace(src: Database, src_id: str, dst: Database, dst_id: str, workspace: dict) -> dict[str, int]:
    """Copy every row of workspace ``src_id`` into ``dst`` as ``dst_id`` (its row
    in ``workspaces`` made from ``workspace``: name, scope, parent_id, db_role),
    in one transaction of the target. Returns the rows copied per table."""
    copied: dict[str, int] = {}
    ids: dict[str, dict[int, int]] = {"splits": {}, "submissions": {}}
    with dst.transaction():
        dst.execute("INSERT INTO workspaces(id, name, scope, parent_id, db_role, created_at) VALUES (?,?,?,?,?,?)",
                    (dst_id, workspace.get("name", ""), workspace.get("scope", "county"), workspace.get("parent_id"),
                     workspace.get("db_role"), datetime.now().isoformat(timespec="seconds")))
        for table in WORKSPACE_TABLES:
            columns = _columns(src, table)
            rows = _rows(src, table, columns, src_id)
            n = 0
            if table in ids:  # referenced by id: one at a time, to learn each new id
                marks = ",".join("?" * (len(columns) + 1))
                sql = f"INSERT INTO {table}(workspace_id, {', '.join(columns)}) VALUES ({marks}) RETURNING id"
                for row in rows:
                    ids[table][row[0]] = dst.insert_returning_id(sql, (dst_id, *row[1:]))
                    n += 1
            else:
                fix = REMAPPED.get(table)
                at = columns.index(fix[0]) if fix else -1
                skip = 1 if table in SERIAL else 0

                def prepared(rows=rows, at=at, fix=fix, skip=skip) -> Iterator[tuple]:
                    nonlocal n
                    for row in rows:
                        values = list(row[skip:])
                        if fix:
                            values[at] = ids[fix[1]][values[at]]
                        n += 1
                        yield (dst_id, *values)
                dst.copy_rows(table, ["workspace_id", *columns], prepared())
            copied[table] = n
    return copied
