"""`ledger migrate --to URL`: move a workspace's data into a PostgreSQL database.

Every row goes: task-list versions, tasks and their history, the roster,
measures, splits and the identities they signed, the secrets, submissions and
every value reported, closures. The counts are compared table by table before
ledger.toml is pointed at the new database; ledger.db stays in the folder as it
was (a copy to go back to).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .errors import UsageError, WorkspaceError
from .results import CommandResult
from .workspace import Workspace, set_database


@dataclass
class MigrateResult(CommandResult):
    source: str
    target: str  # the URL without its password
    workspace_id: str
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, the same on both sides

    command = "migrate"

    def payload(self) -> dict:
        return {"source": self.source, "target": self.target, "workspace_id": self.workspace_id,
                "counts": self.counts, "rows": sum(self.counts.values())}


def migrate(ws: Workspace, to: str) -> MigrateResult:
    """Copy the workspace into the PostgreSQL database ``to``, check every
    table's count, then make ``to`` the workspace's database (ledger.toml)."""
    from .storage import copying, migrations
    from .storage.backends import connect, is_postgres_url, redact
    from .store import Store, _current_role

    if not is_postgres_url(to):
        raise UsageError("--to 应为 PostgreSQL 地址，如 postgresql://用户名@服务器:5432/ledger。")
    if ws.database_url and ws.database_url.strip() == to.strip():
        raise UsageError("本工作区的数据已经在这个数据库中，无需迁移。")
    with Store.open(ws) as src:
        dst = connect(to)
        try:
            migrations.ensure(dst, src.ws, may_create=True)
            if dst.execute("SELECT 1 FROM workspaces WHERE id=?", (src.ws,)).fetchone():
                raise UsageError(f"数据库 {dst.target} 中已有本工作区（编号 {src.ws}），不再重复迁入。"
                                 "如要改用该数据库，请在 ledger.toml 的 [database] 中填写 url。")
            info = dict(src.workspace(), db_role=_current_role(dst))
            copying.copy_workspace(src.db, src.ws, dst, src.ws, info)
            dst.analyze()  # the planner learns the new rows now, not at autovacuum's next round
            before, after = copying.counts(src.db, src.ws), copying.counts(dst, src.ws)
        finally:
            dst.close()
        if before != after:
            wrong = "、".join(f"{t}（原 {before[t]} 行，迁入 {after[t]} 行）" for t in before if before[t] != after[t])
            raise WorkspaceError(f"迁移后核对行数不一致：{wrong}。ledger.toml 未修改，仍使用原数据库；"
                                 "请把日志发给技术支持人员。", path=redact(to))
        source = src.db.target
    set_database(ws.root, to, src.ws)
    return MigrateResult(source, redact(to), src.ws, after)
