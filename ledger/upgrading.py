"""`ledger upgrade`: bring the workspace's database to the schema this ledger needs.

A SQLite workspace is upgraded on first use anyway (after a backup copy of
ledger.db); a shared PostgreSQL database waits for this command, run once by
whoever may change its tables (the DBA, or the office that owns it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .results import CommandResult
from .workspace import Workspace


@dataclass
class UpgradeResult(CommandResult):
    database: str  # the file, or the URL without its password
    before: int  # schema version found (0: new, or a workspace from before migrations)
    after: int
    applied: list[int] = field(default_factory=list)
    backup: Path | None = None  # the copy of an old SQLite workspace made before it was upgraded

    command = "upgrade"

    def payload(self) -> dict:
        return {"database": self.database, "before": self.before, "after": self.after, "applied": self.applied,
                "backup": str(self.backup) if self.backup else None}


def upgrade(ws: Workspace) -> UpgradeResult:
    """Apply the migrations the workspace's database lacks (none: nothing changes)."""
    from .storage import migrations
    from .storage.backends import SQLiteDatabase, connect

    db = connect(ws.database_url or None, ws.db_path)
    try:
        found = migrations.state(db)
        migrations.refuse_newer(db, found)
        backup = None
        if found.legacy and isinstance(db, SQLiteDatabase):
            backup = migrations.adopt_legacy(db, ws.config.database.workspace or "")
            applied = [m.version for m in migrations.MIGRATIONS]
        else:
            if found.pending and isinstance(db, SQLiteDatabase) and ws.db_path.exists():
                backup = migrations.backup_path(ws.db_path)
                db.backup_to(backup)
            applied = migrations.apply(db, found.pending)
        return UpgradeResult(db.target, found.version, migrations.state(db).version, applied, backup)
    finally:
        db.close()
