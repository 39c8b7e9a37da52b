"""Shared test helpers: paths, the CLI runner, fixture workbooks with one quirk each."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import xlsxwriter
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"
GOLDEN = Path(__file__).resolve().parent / "golden"


BACKENDS = {"sqlite": ("sqlite",), "postgres": ("postgresql",), "both": ("sqlite", "postgresql")}


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json")
    parser.addoption("--backend", choices=sorted(BACKENDS), default=os.environ.get("LEDGER_TEST_BACKEND") or "both",
                     help="the databases the workspace tests run on: sqlite, postgres or both (the default; "
                          "also LEDGER_TEST_BACKEND)")


def pytest_configure(config):
    config.addinivalue_line("markers", "backends(*names): run these tests on these databases only, "
                                       "whatever --backend says (e.g. a SQLite workspace to migrate)")


def pytest_generate_tests(metafunc):
    """Every test whose fixtures need ``backend`` runs once per database asked
    for (--backend), the module's workspaces made anew for each."""
    if "backend" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker("backends")
    choice = metafunc.config.getoption("--backend")
    if choice not in BACKENDS:
        raise pytest.UsageError(f"--backend / LEDGER_TEST_BACKEND: sqlite, postgres or both, not {choice!r}")
    names = marker.args if marker else BACKENDS[choice]
    metafunc.parametrize("backend", names, indirect=True, scope="module")


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


def check_golden(path: Path, got, update: bool) -> None:
    """Compare with a golden file; ``pytest --update-golden`` (``bash
    scripts/update-golden.sh``) rewrites it. A golden that is missing fails: a test
    that writes its own expectation cannot fail."""
    if update:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    if not path.exists():
        pytest.fail(f"golden file {path.name} is missing: run bash scripts/update-golden.sh and review the diff")
    exp = json.loads(path.read_text(encoding="utf-8"))
    assert got == exp


@pytest.fixture(scope="session")
def pg_cluster(request):
    """A throwaway PostgreSQL server for the session (tests/pg_cluster.py); the
    tests that need one are skipped, with the reason, where none can start."""
    from pg_cluster import start

    if request.config.getoption("--backend") == "sqlite":
        pytest.skip("PostgreSQL: not asked for (--backend=sqlite)")
    cluster = start()
    if isinstance(cluster, str):
        pytest.skip(f"PostgreSQL: {cluster}")
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_url(pg_cluster) -> str:
    """The session's database: every workspace of every test in it, each under its own id."""
    return pg_cluster.create_database("ledger_tests")


@pytest.fixture(scope="module")
def backend(request):
    """Run a module's tests on both databases (``--backend``): ``pytestmark =
    pytest.mark.usefixtures("backend")``, or a fixture that makes a workspace
    asks for ``backend``. With "postgresql" every workspace the tests make keeps
    its data in the session's PostgreSQL database (LEDGER_DATABASE_URL), as a
    clerk's would with [database] url; where no server can start, those runs
    are skipped with the reason."""
    mp = pytest.MonkeyPatch()
    if request.param == "postgresql":
        mp.setenv("LEDGER_DATABASE_URL", request.getfixturevalue("pg_url"))
    else:
        mp.delenv("LEDGER_DATABASE_URL", raising=False)
    yield request.param
    mp.undo()


def copy_workspace(src: Path, dst: Path) -> Path:
    """A copy of a workspace to change on its own: the folder, and in a shared
    PostgreSQL database its rows, under a new workspace id."""
    shutil.copytree(src, dst)
    if os.environ.get("LEDGER_DATABASE_URL"):
        from ledger.storage.copying import copy_workspace as copy_rows
        from ledger.store import Store
        from ledger.workspace import open_workspace, set_database

        ws, new_id = open_workspace(src), uuid.uuid4().hex
        with Store.open(ws) as store:
            copy_rows(store.db, store.ws, store.db, new_id, store.workspace())
        set_database(dst, ws.config.database.url, new_id)
    return dst


@pytest.fixture(scope="session")
def demos() -> dict:
    """The demo run of each database, made once a session (see demo_once)."""
    return {}


@pytest.fixture(scope="module")
def demo_once(tmp_path_factory, backend, demos):
    """The suite's one run of `ledger demo --json` on this database: (workspace root,
    the CLI's Run, the DemoResult its library twin returned). Tests that change the
    workspace copy it first (copy_workspace)."""
    if backend not in demos:
        demos[backend] = _run_demo(tmp_path_factory)
    return demos[backend]


def _run_demo(tmp_path_factory):
    from ledger import demonstration
    from ledger.cli import main
    root = tmp_path_factory.mktemp("demo") / "演示 工作区"
    real, returned = demonstration.demo, []
    with pytest.MonkeyPatch.context() as mp:  # the CLI imports the twin when it runs: keep what it returns
        mp.setattr(demonstration, "demo", lambda *a, **k: returned.append(real(*a, **k)) or returned[-1])
        result = CliRunner().invoke(main, ["demo", str(root), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return root, Run(result.exit_code, result.stdout, result.stderr), returned[0]


@pytest.fixture(scope="module")
def demo_run(demo_once):
    """(workspace root, the JSON of the suite's one `ledger demo` run)."""
    return demo_once[0], demo_once[1].json


def expected(name: str) -> list[dict]:
    return json.loads((EXPECTED / name).read_text(encoding="utf-8"))


class Run:
    """Result of one CLI run: exit code, stdout, stderr, parsed JSON if any."""

    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    @property
    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture
def run_cli():
    """Run `ledger ...` in-process through click (fast)."""
    from ledger.cli import main

    def run(*args: str, cwd: Path | None = None) -> Run:
        runner = CliRunner()
        old = Path.cwd()
        try:
            if cwd:
                os.chdir(cwd)
            result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        finally:
            os.chdir(old)
        return Run(result.exit_code, result.stdout, result.stderr)
    return run


@pytest.fixture
def run_process():
    """Run `python -m ledger ...` as a real process (entry point, streams, exit code)."""
    def run(*args: str, cwd: Path | None = None) -> Run:
        env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
        p = subprocess.run([sys.executable, "-m", "ledger", *map(str, args)], capture_output=True,
                           cwd=cwd, env=env, timeout=120)
        return Run(p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace"))
    return run


def write_xlsx(path: Path, rows: list[list], merges: list[str] = (), sheet: str = "Sheet1",
               hidden_rows: tuple[int, ...] = (), hidden_cols: tuple[str, ...] = ()) -> Path:
    """A small real workbook: rows of values (0-based), A1-style merges."""
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and value:
                ws.write_string(r, c, value)  # text stays text, even "=…"
            elif value is not None and value != "":
                ws.write(r, c, value)
    for rng in merges:
        first = rng.split(":")[0]
        from xlsxwriter.utility import xl_cell_to_rowcol
        r, c = xl_cell_to_rowcol(first)
        ws.merge_range(rng, rows[r][c] if r < len(rows) and c < len(rows[r]) else "")
    for r in hidden_rows:
        ws.set_row(r, None, None, {"hidden": True})
    for col in hidden_cols:
        ws.set_column(f"{col}:{col}", None, None, {"hidden": True})
    wb.close()
    return path
