"""ledger: task ledgers (任务台账) for county and city offices.

Library API: every command has a twin here (``ledger check`` <-> ``ledger.check``).
Names are imported on first use, so ``import ledger`` stays cheap for the CLI.
"""
from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "check": "ledger.validate", "CheckResult": "ledger.validate",
    "import_files": "ledger.imports", "ImportResult": "ledger.imports",
    "load_tasklist": "ledger.tasklist", "TaskList": "ledger.tasklist",
    "Workspace": "ledger.workspace", "init_workspace": "ledger.workspace",
    "open_workspace": "ledger.workspace", "suggest_units": "ledger.unit_list",
    "split": "ledger.splitting", "SplitResult": "ledger.splitting",
    "merge": "ledger.merging", "MergeResult": "ledger.merging",
    "export": "ledger.exporting", "status": "ledger.period_status",
    "close": "ledger.closing", "report": "ledger.reporting", "remind": "ledger.reporting",
    "check_template": "ledger.reporting", "extract": "ledger.extraction", "ExtractResult": "ledger.extraction",
    "write_tasklist": "ledger.extraction", "demo": "ledger.demonstration", "doctor": "ledger.readiness",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'ledger' has no attribute {name!r}")
