"""Where a workspace's data lives: the database behind ``ledger.store.Store``.

``backends`` connects to SQLite (a file in the workspace, the default) or
PostgreSQL (a ``postgresql://`` URL shared by many workspaces) and gives both
one small interface; ``migrations`` creates and upgrades the one schema both
use; ``copying`` moves a workspace's rows from one database to another
(``ledger migrate``); ``security`` writes the roles and row-level security a
DBA sets up on a shared PostgreSQL database.

Nothing here is imported by ``ledger.cli`` at start-up, and psycopg only when a
PostgreSQL URL is opened.
"""
