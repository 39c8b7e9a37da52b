"""A throwaway PostgreSQL cluster for the tests and the bench: initdb and pg_ctl
in a temporary folder, on a free port of 127.0.0.1, stopped (and the folder
removed) at the end. PostgreSQL refuses to run as root, so as root the cluster
runs as the ``postgres`` system user (Debian's postgresql package makes it;
scripts/install-system.sh installs that package).

``LEDGER_TEST_DATABASE_URL`` names a server to use instead (nothing is started).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

OWNER = "postgres"


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    folder: Path | None
    port: int
    url: str  # the maintenance database, as the superuser
    user: str | None  # the system user the server runs as (None: this one)

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run([_binary("pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"],
                       user=self.user, capture_output=True, timeout=60)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def start(fast: bool = True) -> Cluster | str:
    """A running cluster, or the reason none could start (a sentence for a skip)."""
    if os.environ.get("LEDGER_TEST_DATABASE_URL"):
        return Cluster(None, 0, os.environ["LEDGER_TEST_DATABASE_URL"], None)
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    if not initdb or not pg_ctl:
        return ("PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's postgresql package "
                "(bash scripts/install-system.sh)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (bash scripts/setup.sh)"
    user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(OWNER)
        except KeyError:
            return "running as root and there is no 'postgres' system user to run the server as"
        user = OWNER
    folder = Path(tempfile.mkdtemp(prefix="ledger-pg-"))
    if user:
        shutil.chown(folder, user)
    folder.chmod(0o700)
    port = _free_port()
    data, log = folder / "data", folder / "server.log"
    try:
        subprocess.run([initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C",
                        "--no-sync"], user=user, check=True, capture_output=True, timeout=300)
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=60"
        if fast:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run([pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start"],
                       user=user, check=True, capture_output=True, timeout=120)
    except (subprocess.SubprocessError, OSError) as exc:
        detail = log.read_text(errors="replace")[-500:] if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        err = getattr(exc, "stderr", b"") or b""
        return f"a PostgreSQL server could not be started ({exc}; {err.decode(errors='replace')[-300:]}{detail})"
    _watch(os.getpid(), pg_ctl, data, folder, user)
    return Cluster(folder, port, f"postgresql://postgres@127.0.0.1:{port}/postgres", user)


WATCHDOG = """
import os, shutil, subprocess, sys, time
pid, pg_ctl, data, folder, user = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] or None
while os.path.isdir(data):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        break
    except PermissionError:
        pass
    time.sleep(1)
else:
    sys.exit(0)
subprocess.run([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True, timeout=60, user=user)
shutil.rmtree(folder, ignore_errors=True)
"""


def _watch(pid: int, pg_ctl: str, data: Path, folder: Path, user: str | None) -> None:
    """Stop the server if the process that started it dies without stopping it
    (a test run killed by a timeout leaves no server running)."""
    import sys

    subprocess.Popen([sys.executable, "-c", WATCHDOG, str(pid), pg_ctl, str(data), str(folder), user or ""],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)
