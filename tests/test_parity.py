"""Parity, per command: `ledger <command> --json` prints exactly the to_dict() of the
result its library twin returned, and exits with that result's exit_code.

Every case runs the CLI with the twin wrapped, so the result compared is the one
the CLI got (``spied``). Where a second run gives the same result (read-only or
idempotent commands), the twin is also called directly with the library's own
arguments, and the CLI's JSON must equal that result's to_dict() too.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import pytest

from conftest import SAMPLES, copy_workspace
import ledger
from ledger.cli import main
from ledger.reporting import TEMPLATES
from ledger.results import CommandResult
from ledger.workspace import open_workspace

PINGLUO = SAMPLES / "平罗县任务清单.xlsx"
ROSTER = SAMPLES / "平罗县单位名录.xlsx"
PLAN = Path(__file__).parent / "fixtures" / "extract" / "damaged_text.txt"


def expected(result: CommandResult) -> dict:
    """What --json must print for a result: its to_dict() as JSON (no default=: JSON types only)."""
    return json.loads(json.dumps(result.to_dict(), ensure_ascii=False))


@dataclass
class Case:
    command: str
    twin: str
    args: Callable[[Path, Path], list]  # (workspace, tmp_path) -> the CLI's arguments after the command
    direct: Callable[[Path, Path], CommandResult] | None = None  # the same call made on the library


CASES = {
    "init": Case("init", "init", lambda ws, tmp: [tmp / "新 工作区", "--organ", "某县食安办"]),
    "import": Case("import", "import_files", lambda ws, tmp: ["-w", ws, SAMPLES / "平罗县任务清单-修订.xlsx"]),
    "check": Case("check", "check", lambda ws, tmp: [PINGLUO, "--units", ROSTER],
                  lambda ws, tmp: ledger.check(PINGLUO, units=ROSTER)),
    "check-no-roster": Case("check", "check", lambda ws, tmp: [PINGLUO],
                            lambda ws, tmp: ledger.check(PINGLUO)),
    "units": Case("units", "units", lambda ws, tmp: ["-w", ws],
                  lambda ws, tmp: ledger.units(open_workspace(ws))),
    "units-suggest": Case("units", "units", lambda ws, tmp: ["--suggest", PINGLUO, "-o", tmp / "草稿.xlsx"]),
    "split": Case("split", "split", lambda ws, tmp: ["-w", ws, "--period", "2023-W11"]),
    "merge": Case("merge", "merge", lambda ws, tmp: ["-w", ws, "--period", "2023-W10"]),
    "export": Case("export", "export", lambda ws, tmp: ["-w", ws, "-o", tmp / "汇总台账.xlsx"],
                   lambda ws, tmp: ledger.export(open_workspace(ws), output=tmp / "汇总台账.xlsx")),
    "status": Case("status", "status", lambda ws, tmp: ["-w", ws, "--period", "2023-W10"],
                   lambda ws, tmp: ledger.status(open_workspace(ws), "2023-W10")),
    "close": Case("close", "close", lambda ws, tmp: ["-w", ws, "1", "999"],
                  lambda ws, tmp: (ledger.close(open_workspace(ws), ["1"], reopen=True),  # as before the CLI ran
                                   ledger.close(open_workspace(ws), ["1", "999"]))[1]),
    "rotate-secret": Case("rotate-secret", "rotate_secret", lambda ws, tmp: ["-w", ws]),
    "report": Case("report", "report", lambda ws, tmp: ["-w", ws, "-o", tmp / "通报.docx"],
                   lambda ws, tmp: ledger.report(open_workspace(ws), output=tmp / "通报.docx")),
    "report-check-template": Case("report", "check_template",
                                  lambda ws, tmp: ["--check-template", TEMPLATES / "通报.docx"],
                                  lambda ws, tmp: ledger.check_template(TEMPLATES / "通报.docx", "report")),
    "remind": Case("remind", "remind", lambda ws, tmp: ["-w", ws, "-o", tmp / "督办"],
                   lambda ws, tmp: ledger.remind(open_workspace(ws), output_dir=tmp / "督办")),
    "remind-check-template": Case("remind", "check_template",
                                  lambda ws, tmp: ["--check-template", TEMPLATES / "督办通知.docx"],
                                  lambda ws, tmp: ledger.check_template(TEMPLATES / "督办通知.docx", "remind")),
    "extract": Case("extract", "extract", lambda ws, tmp: [PLAN, "-o", tmp / "任务清单.xlsx"],
                    lambda ws, tmp: ledger.extract(PLAN, tmp / "任务清单.xlsx", overwrite=True)),
    "doctor": Case("doctor", "doctor", lambda ws, tmp: ["-w", ws], lambda ws, tmp: ledger.doctor(ws)),
    "upgrade": Case("upgrade", "upgrade", lambda ws, tmp: ["-w", ws],
                    lambda ws, tmp: ledger.upgrade(open_workspace(ws))),
    "migrate": Case("migrate", "migrate", lambda ws, tmp: ["-w", ws, "--to", PG["url"]]),  # needs a server
}
PG: dict[str, str] = {}  # the database the migrate case copies into (made when that case runs)


def test_every_command_has_a_parity_case():
    assert {case.command for case in CASES.values()} | {"demo"} == set(main.commands)


@pytest.fixture
def workspace(demo_run, tmp_path) -> Path:
    """A copy of the suite's demo workspace (2023-W10 sent out, returned, merged, reported)."""
    return copy_workspace(demo_run[0], tmp_path / "工作区")


@pytest.fixture
def spied(monkeypatch):
    """Wrap a twin where the CLI imports it from; return the list of what it returned.
    ``ledger`` itself is patched too: its lazy loader keeps what it first loads, and
    must not keep the wrapper once the test is over."""
    def spy(twin: str) -> list[CommandResult]:
        module = import_module(ledger._MODULE_OF[twin])
        real, returned = getattr(module, twin), []

        @functools.wraps(real)
        def wrapper(*args, **kwargs):
            returned.append(real(*args, **kwargs))
            return returned[-1]
        monkeypatch.setattr(ledger, twin, wrapper)  # first: this loads the real one to restore
        monkeypatch.setattr(module, twin, wrapper)
        return returned
    return spy


@pytest.mark.parametrize("name", list(CASES))
def test_cli_json_is_the_twins_to_dict(name, workspace, tmp_path, run_cli, spied, request):
    case = CASES[name]
    if name == "migrate":
        PG["url"] = request.getfixturevalue("pg_cluster").create_database("parity_migrate")
    returned = spied(case.twin)
    got = run_cli(case.command, *case.args(workspace, tmp_path), "--json")
    assert len(returned) == 1, got.err
    assert got.json == expected(returned[0])
    assert got.code == returned[0].exit_code == got.json["exit_code"]
    assert got.json["command"] == case.command
    if case.direct is not None:  # the library called with its own arguments gives the same
        direct = case.direct(workspace, tmp_path)
        assert got.json == expected(direct) and got.code == direct.exit_code


def test_demo_json_is_the_twins_to_dict(demo_once):
    """The suite's one demo run went through the CLI with the twin wrapped (conftest)."""
    _root, run, result = demo_once
    assert run.json == expected(result)
    assert run.code == result.exit_code == 0 and run.json["command"] == "demo"
