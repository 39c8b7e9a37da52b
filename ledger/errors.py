"""Failures that stop a run. Each class carries the process exit code."""
from __future__ import annotations


class LedgerError(Exception):
    """Base class. ``message`` is Chinese text for the clerk, saying what to do."""

    exit_code = 4

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path


class UsageError(LedgerError):
    exit_code = 2


class FileProblem(LedgerError):
    """Missing, unreadable, not a task workbook, protected, locked, template missing."""

    exit_code = 3


class NotAWorkbook(FileProblem):
    pass


class PasswordProtected(FileProblem):
    pass


class FileLocked(FileProblem):
    pass


class NoTaskTable(FileProblem):
    pass


class WorkspaceError(FileProblem):
    pass


class TemplateProblem(FileProblem):
    """A Word template that cannot be rendered: unknown variable, syntax error, broken tag."""

    pass
