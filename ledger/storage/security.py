"""Who may do what in a shared PostgreSQL database: row-level security.

Every workspace row names the database role that owns it (``db_role``: the
role that ran ``ledger init``, or one the DBA sets). A role reads and writes
the rows of the workspaces it belongs to, and reads (never writes) the rows of
the workspaces under a city workspace it belongs to. The policies are made by
migration 2 (PostgreSQL only); the table owner (the DBA's role, or the one role
of a single office) is not bound by them. ``dba_sql`` is what ``ledger init``
prints for the DBA: the role of a new workspace and its grants.
"""
from __future__ import annotations

READABLE = """CREATE OR REPLACE FUNCTION ledger_readable(who name) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT coalesce(array_agg(w.id), '{}') FROM workspaces w
  LEFT JOIN pg_roles own ON own.rolname = w.db_role
  LEFT JOIN workspaces p ON p.id = w.parent_id
  LEFT JOIN pg_roles up ON up.rolname = p.db_role
  WHERE (own.oid IS NOT NULL AND pg_has_role(who, own.oid, 'MEMBER'))
     OR (up.oid IS NOT NULL AND pg_has_role(who, up.oid, 'MEMBER'))
$$"""
WRITABLE = """CREATE OR REPLACE FUNCTION ledger_writable(who name) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT coalesce(array_agg(w.id), '{}') FROM workspaces w
  JOIN pg_roles own ON own.rolname = w.db_role
  WHERE pg_has_role(who, own.oid, 'MEMBER')
$$"""
# a subquery: the function runs once per statement, not once per row
_READ = "workspace_id IN (SELECT unnest(ledger_readable(current_user)))"
_WRITE = "workspace_id IN (SELECT unnest(ledger_writable(current_user)))"


def policy_statements(tables: tuple[str, ...]) -> list[str]:
    """The functions and policies of migration 2, for ``workspaces`` and each of
    ``tables`` (the tables keyed by workspace id)."""
    out = [READABLE, WRITABLE, "ALTER TABLE workspaces ENABLE ROW LEVEL SECURITY"]
    out += [f"DROP POLICY IF EXISTS {name} ON workspaces" for name in ("ledger_read", "ledger_insert", "ledger_update")]
    out += ["CREATE POLICY ledger_read ON workspaces FOR SELECT USING "
            "(id IN (SELECT unnest(ledger_readable(current_user))))",
            # a clerk makes a workspace of their own role (ledger init), and changes only their own
            "CREATE POLICY ledger_insert ON workspaces FOR INSERT WITH CHECK (db_role = current_user::text)",
            "CREATE POLICY ledger_update ON workspaces FOR UPDATE USING "
            "(id IN (SELECT unnest(ledger_writable(current_user)))) WITH CHECK "
            "(id IN (SELECT unnest(ledger_writable(current_user))))"]
    for table in tables:
        out += table_policies(table)
    return out


def table_policies(table: str) -> list[str]:
    """A table keyed by workspace id: its rows read and written as those of ``workspaces``."""
    return [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS ledger_read ON {table}",
            f"DROP POLICY IF EXISTS ledger_write ON {table}",
            f"CREATE POLICY ledger_read ON {table} FOR SELECT USING ({_READ})",
            f"CREATE POLICY ledger_write ON {table} FOR ALL USING ({_WRITE}) WITH CHECK ({_WRITE})"]


def grant_like(table: str, model: str) -> str:
    """A table added by a later migration gets the privileges each role already has on
    ``model`` (dba_sql granted ALL TABLES when the role was made, so not this one)."""
    return f"""DO $$ DECLARE g record; BEGIN
  FOR g IN SELECT a.grantee::regrole::text AS who, string_agg(DISTINCT a.privilege_type, ', ') AS what
           FROM pg_class c, aclexplode(c.relacl) a
           WHERE c.oid = '{model}'::regclass AND a.grantee <> 0 AND a.grantee <> c.relowner
             AND a.privilege_type IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') GROUP BY a.grantee LOOP
    EXECUTE format('GRANT %s ON {table} TO %s', g.what, g.who);
  END LOOP;
END $$"""


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def role_name(workspace_id: str, scope: str) -> str:
    return f"ledger_{scope}_{workspace_id[:8]}"


def dba_sql(workspace_id: str, name: str, scope: str, database: str, role: str | None = None) -> str:
    """The SQL a DBA runs once for a new workspace: its role, the grants, and
    the workspace handed to that role. Policies keep the role to its own rows."""
    role = role or role_name(workspace_id, scope)
    r = _ident(role)
    reach = ("读取本市各县（区）工作区的数据（只读），并读写市级工作区本身" if scope == "city"
             else "只能读写本工作区的数据，看不到、改不了其他工作区")
    return "\n".join([
        f"-- ledger：工作区“{name}”（编号 {workspace_id}，{'市级' if scope == 'city' else '县区'}）的数据库账号。",
        "-- 请数据库管理员以表的所有者身份执行一次，例如：psql -d 数据库名 -f 本文件.sql",
        f"-- 该角色{reach}（行级安全策略，见 docs/POSTGRES.md）。",
        f"CREATE ROLE {r} LOGIN PASSWORD {_literal('请改为强密码')};",
        f"GRANT CONNECT ON DATABASE {_ident(database)} TO {r};",
        f"GRANT USAGE ON SCHEMA public TO {r};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {r};",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {r};",
        f"UPDATE workspaces SET db_role = {_literal(role)} WHERE id = {_literal(workspace_id)};",
        "-- 多人共用本工作区时：为每人建登录账号（CREATE ROLE 姓名 LOGIN PASSWORD '…';），"
        f"再执行 GRANT {r} TO 姓名;",
        f"-- 然后把 ledger.toml 中 [database] url 的用户名改为该账号：postgresql://{role}@服务器:5432/{database}",
    ]) + "\n"
