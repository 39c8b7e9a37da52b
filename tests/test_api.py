"""The library API in ledger/__init__.py: one twin per command, typed, loaded on first use."""
from __future__ import annotations

import ast
import inspect
import os
import pkgutil
import subprocess
import sys
import typing
from importlib import import_module
from pathlib import Path

import pytest

from conftest import ROOT
import ledger
from ledger.cli import main
from ledger.results import CommandResult

INIT = Path(ledger.__file__)
HEAVY = ("docx", "docxtpl", "jinja2", "matplotlib", "xlsxwriter", "openpyxl", "rapidfuzz", "pandas",
         "python_calamine", "numpy", "PIL", "lxml", "psycopg")

# command (as typed) -> its twin in ledger/__init__.py
TWINS = {"init": "init", "import": "import_files", "check": "check", "units": "units", "split": "split",
         "merge": "merge", "export": "export", "status": "status", "close": "close",
         "rotate-secret": "rotate_secret", "report": "report", "remind": "remind", "extract": "extract",
         "demo": "demo", "doctor": "doctor", "upgrade": "upgrade", "migrate": "migrate"}


def test_every_command_has_a_twin():
    assert set(main.commands) == set(TWINS)
    assert set(TWINS.values()) | {"check_template"} <= set(ledger.__all__)


@pytest.mark.parametrize("twin", sorted({*TWINS.values(), "check_template"}))
def test_every_twin_returns_a_command_result(twin):
    func = getattr(ledger, twin)
    returned = typing.get_type_hints(func)["return"]
    classes = typing.get_args(returned) or (returned,)  # units: UnitsResult | SuggestResult
    for cls in classes:
        assert issubclass(cls, CommandResult), (twin, cls)
        assert cls.__name__ in ledger.__all__, cls
        assert cls.__dict__.get("command") or "command" in inspect.signature(cls).parameters, cls


def test_every_name_comes_from_the_module_it_is_listed_under():
    for module, names in ledger._EXPORTS.items():
        for name in names:
            assert getattr(ledger, name) is getattr(import_module(module), name), name


def test_the_type_checking_imports_are_the_lazy_list():
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING")
    imported = {f"ledger.{node.module}": tuple(a.name for a in node.names)
                for node in block.body if isinstance(node, ast.ImportFrom)}
    assert imported == ledger._EXPORTS


def test_no_public_name_is_also_a_submodule():
    """`import ledger.status` would replace a function ledger.status with the module."""
    submodules = {m.name for m in pkgutil.iter_modules(ledger.__path__)}
    assert not submodules & set(ledger.__all__)


def test_importing_the_cli_loads_no_heavy_library():
    """`ledger --help` stays fast (docs/PERFORMANCE.md): each command imports its twin, and
    the twin the libraries it uses, when it runs."""
    code = f"import sys, ledger.cli; print([m for m in {HEAVY!r} if m in sys.modules])"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_the_merge_loads_neither_the_splitter_nor_the_importer():
    """A merge (and a re-merge, which is mostly start-up) does not import what split
    or import need, nor the workbook writer: the row ids, the file digest and the
    fill-in workbook's layout come from small modules."""
    code = ("import sys, ledger.merging; print([m for m in ('ledger.splitting', 'ledger.imports', 'rapidfuzz', 'xlsxwriter')"
            " if m in sys.modules])")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
