"""ledger: task ledgers (任务台账) for county and city offices.

Library API. Every command has a twin of the same name, and every twin returns
a result whose ``to_dict()`` is exactly what the command prints with ``--json``
and whose ``exit_code`` is the command's (ledger/results.py)::

    ledger init           ledger.init()           InitResult
    ledger import         ledger.import_files()   ImportResult  (import is a keyword)
    ledger check          ledger.check()          CheckResult
    ledger units          ledger.units()          UnitsResult, or SuggestResult with suggest=True
    ledger split          ledger.split()          SplitResult
    ledger merge          ledger.merge()          MergeResult
    ledger export         ledger.export()         ExportResult
    ledger export --all   ledger.export(all_workspaces=True)  CityExportResult
    ledger status         ledger.status()         StatusResult
    ledger status --all   ledger.status(all_workspaces=True)  CityStatusResult
    ledger close          ledger.close()          CloseResult
    ledger rotate-secret  ledger.rotate_secret()  SecretResult
    ledger upgrade        ledger.upgrade()        UpgradeResult
    ledger migrate        ledger.migrate()        MigrateResult
    ledger report         ledger.report()         ReportResult
    ledger remind         ledger.remind()         RemindResult
    ledger report|remind --check-template
                          ledger.check_template() TemplateCheckResult
    ledger extract        ledger.extract()        ExtractResult
    ledger demo           ledger.demo()           DemoResult
    ledger doctor         ledger.doctor()         DoctorResult

A run that cannot go on raises a LedgerError (UsageError, FileProblem, ...).

The names are imported on first use, so ``import ledger`` (and ``ledger --help``)
loads none of the Excel and Word libraries; the ``TYPE_CHECKING`` block below is
the same list as plain imports, for readers, editors and type checkers
(tests/test_api.py keeps the two in step).
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .city import CityExportResult, CityStatusResult
    from .closing import CloseResult, close
    from .demonstration import DemoResult, demo
    from .errors import FileProblem, LedgerError, UsageError
    from .exporting import ExportResult, export
    from .extraction import ExtractResult, extract, write_tasklist
    from .findings import Finding
    from .imports import ImportResult, import_files
    from .merging import MergeResult, merge
    from .migrating import MigrateResult, migrate
    from .period_status import StatusResult
    from .readiness import DoctorResult, doctor
    from .reporting import RemindResult, ReportResult, TemplateCheckResult, check_template, remind, report
    from .results import CommandResult, FindingsResult
    from .splitting import SplitResult, split
    from .tasklist import TaskList, load_tasklist
    from .unit_list import SuggestResult, UnitsResult, suggest_units, units
    from .upgrading import UpgradeResult, upgrade
    from .validate import CheckResult, check
    from .who_reported import status
    from .workspace import (InitResult, SecretResult, Workspace, init, init_workspace, open_workspace,
                            rotate_secret)

_EXPORTS: dict[str, tuple[str, ...]] = {
    "ledger.city": ("CityExportResult", "CityStatusResult"),
    "ledger.closing": ("CloseResult", "close"),
    "ledger.demonstration": ("DemoResult", "demo"),
    "ledger.errors": ("FileProblem", "LedgerError", "UsageError"),
    "ledger.exporting": ("ExportResult", "export"),
    "ledger.extraction": ("ExtractResult", "extract", "write_tasklist"),
    "ledger.findings": ("Finding",),
    "ledger.imports": ("ImportResult", "import_files"),
    "ledger.merging": ("MergeResult", "merge"),
    "ledger.migrating": ("MigrateResult", "migrate"),
    "ledger.period_status": ("StatusResult",),
    "ledger.readiness": ("DoctorResult", "doctor"),
    "ledger.reporting": ("RemindResult", "ReportResult", "TemplateCheckResult", "check_template", "remind",
                         "report"),
    "ledger.results": ("CommandResult", "FindingsResult"),
    "ledger.splitting": ("SplitResult", "split"),
    "ledger.tasklist": ("TaskList", "load_tasklist"),
    "ledger.unit_list": ("SuggestResult", "UnitsResult", "suggest_units", "units"),
    "ledger.upgrading": ("UpgradeResult", "upgrade"),
    "ledger.validate": ("CheckResult", "check"),
    "ledger.workspace": ("InitResult", "SecretResult", "Workspace", "init", "init_workspace", "open_workspace",
                         "rotate_secret"),
    "ledger.who_reported": ("status",),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = ["__version__", *sorted(_MODULE_OF)]


def __getattr__(name: str) -> object:
    """Import a public name from its module the first time it is asked for."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'ledger' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
