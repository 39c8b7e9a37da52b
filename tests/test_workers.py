"""Worker processes die with the command that started them, however it ends."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = """
import sys, time
from ledger.workers import process_pool
if __name__ == "__main__":
    pool = process_pool(2)
    futures = [pool.submit(time.sleep, 120) for _ in range(2)]
    time.sleep(0.5)
    print(" ".join(str(p) for p in pool._processes), flush=True)
    time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(SCRIPT)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        workers = [int(p) for p in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(p) for p in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 5
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in workers if _alive(p)]
    finally:
        parent.kill()


def test_a_worker_that_dies_rejects_its_file_and_the_others_are_read(tmp_path):
    """One file kills the process reading it: that file alone is rejected, every
    other file (before it, in flight beside it, and after it) is read."""
    from collections import deque

    from dying_reader import read_or_die
    from ledger.errors import FileProblem
    from ledger.merge_reading import _pooled

    paths = []
    for i in range(12):
        p = tmp_path / (f"{i:02d}-die.xlsx" if i in (3, 9) else f"{i:02d}.xlsx")
        p.write_bytes(b"not a workbook")
        paths.append(p)
    todo, got = deque(paths), []
    while todo:
        got += list(_pooled(todo, 2, read_or_die))
    assert len(got) == len(paths) and all(isinstance(g, FileProblem) for g in got)
    died = [p.name for p, g in zip(paths, got) if "异常退出" in g.message]
    assert died == ["03-die.xlsx", "09-die.xlsx"]
    assert all("异常退出" not in g.message and p.name in g.message for p, g in zip(paths, got) if "die" not in p.name)


def test_a_worker_that_dies_while_a_book_is_handed_on_costs_only_its_file(tmp_path):
    """The pool breaks while the merge holds a book it was handed (the reader of a later file dies
    then): the next file's submission finds the pool broken, and that too costs the dying file alone."""
    import time
    from collections import deque

    from dying_reader import read_or_die
    from ledger.errors import FileProblem
    from ledger.merge_reading import _pooled

    paths = []
    for i in range(10):
        p = tmp_path / (f"{i:02d}-late-die.xlsx" if i == 1 else f"{i:02d}.xlsx")
        p.write_bytes(b"not a workbook")
        paths.append(p)
    todo, got = deque(paths), []
    while todo:
        for book in _pooled(todo, 2, read_or_die):
            got.append(book)
            if len(got) == 1:
                time.sleep(1.0)  # the merge at work on the first book while file 01's reader dies
    assert len(got) == len(paths) and all(isinstance(g, FileProblem) for g in got)
    assert [p.name for p, g in zip(paths, got) if "异常退出" in g.message] == ["01-late-die.xlsx"]


def test_a_dying_worker_prints_nothing_on_the_clerks_console(tmp_path):
    (tmp_path / "01-die.xlsx").write_bytes(b"x")
    (tmp_path / "02.xlsx").write_bytes(b"x")
    script = ("import sys; from collections import deque; from pathlib import Path\n"
              "from dying_reader import read_or_die\nfrom ledger.merge_reading import _pooled\n"
              f"todo = deque(sorted(Path({str(tmp_path)!r}).iterdir()))\n"
              "while todo:\n    print(len(list(_pooled(todo, 2, read_or_die))))\n")
    tests = Path(__file__).parent
    run = subprocess.run([sys.executable, "-c", script], cwd=tests, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": str(tests)})
    assert run.returncode == 0, run.stderr
    assert "memory allocation" not in run.stderr and run.stderr.strip() == ""


def test_a_merge_worker_loads_the_reader_only():
    """What a merge's workers run (io.returned.read_or_problem) comes without the
    merge, the store or the writers (XlsxWriter): each spawned worker imports only that."""
    from ledger import merge_reading
    from ledger.io.returned import read_or_problem

    assert merge_reading._pooled.__defaults__ == (read_or_problem,)
    code = ("import sys, ledger.io.returned\n"
            "print(sorted(m for m in ('ledger.merging', 'ledger.store', 'ledger.splitting', 'ledger.io.read', 'xlsxwriter')"
            " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("launch", ["script", "module"])
def test_a_spawned_worker_imports_neither_the_cli_nor_click(tmp_path, launch):
    """A spawned worker first runs its parent's main module again, as ``__mp_main__``
    (``multiprocessing.spawn.prepare``), unless that is a package's ``__main__``. Run as
    the installed ``ledger`` script (as pip writes it for pyproject's entry point) or as
    ``python -m ledger``, a worker loads neither ``ledger.cli`` nor click before its work."""
    import tomllib

    entry = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]["ledger"]
    module, func = entry.split(":")
    script = tmp_path / "ledger"
    script.write_text(f"import sys\nfrom {module} import {func}\nif __name__ == '__main__':\n"
                      f"    sys.exit({func}())\n", encoding="utf-8")
    prepared = {"init_main_from_path": str(script)} if launch == "script" else {"init_main_from_name": "ledger.__main__"}
    code = ("import sys\nfrom multiprocessing import spawn\n"
            f"spawn.prepare({prepared!r})\n"
            "print(sorted(m for m in ('ledger.cli', 'click', 'ledger.merging') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True)
    assert done.stdout.strip() == "[]"
