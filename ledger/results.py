"""What every command's library twin returns.

``ledger merge`` is ``ledger.merge()``, ``ledger close`` is ``ledger.close()``
and so on (``ledger import`` is ``ledger.import_files()``: ``import`` is a
Python keyword). Each returns a result whose ``to_dict()`` is exactly what the
command prints with ``--json`` and whose ``exit_code`` is the command's exit
code: 0 done, 1 done with error-level findings, 3 a file could not be written
though the rest was done. A run that cannot go on raises a LedgerError instead
(errors.py); only cli.py turns those into exit codes 2, 3 and 4.
"""
from __future__ import annotations

from typing import Any

from .findings import Finding, exit_code

DONE = 0
DATA_ERRORS = 1


class CommandResult:
    """Base of the twins' results. A subclass names its ``command`` (a class
    attribute) and gives ``payload()``; ``exit_code`` is 0 unless it says otherwise."""

    command: str = ""

    @property
    def exit_code(self) -> int:
        return DONE

    @property
    def ok(self) -> bool:
        return self.exit_code == DONE

    def payload(self) -> dict[str, Any]:
        """The command's own keys of the --json object (JSON types only)."""
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        """The --json object: ok, command and exit_code, then the payload."""
        return {"ok": self.ok, "command": self.command, "exit_code": self.exit_code, **self.payload()}


class FindingsResult(CommandResult):
    """A result judged by its findings alone (``findings.exit_code``): 1 when any
    error is in the data, 3 when the only errors are outputs not written, else 0."""

    findings: list[Finding]

    @property
    def exit_code(self) -> int:
        return exit_code(self.findings)
