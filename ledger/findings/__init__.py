"""Findings: problems in the data, reported as values (never raised).

The one registry of finding codes. ``base`` holds ``Finding``, ``FindingType``
and ``exit_code``; each other module registers the types of one area of the
work, and call sites make findings only by calling those types::

    from ledger.findings.checks import DUPLICATE_NUMBER
    DUPLICATE_NUMBER(file, sheet, cell, value="3", rows="第2行和第5行")

``REGISTRY`` maps every code to its type; docs/findings.md is generated from
it (``python -m ledger.findings docs/findings.md``).
"""
from __future__ import annotations

from . import checks, extraction, readiness, reading, reports, returns, templates, units
from .base import ERROR, INFO, REGISTRY, SEVERITIES, WARNING, Finding, FindingType, exit_code, has_errors
from .returns import FORMULA_IN_INPUT, FORMULA_WITHOUT_VALUE, TEXT_TRUNCATED, VALUE_NOT_TEXT

# The areas in the order docs/findings.md lists them.
AREAS = (reading, checks, units, extraction, returns, templates, reports, readiness)

__all__ = [
    "AREAS", "ERROR", "FORMULA_IN_INPUT", "FORMULA_WITHOUT_VALUE", "INFO", "REGISTRY", "SEVERITIES",
    "TEXT_TRUNCATED", "VALUE_NOT_TEXT", "WARNING", "Finding", "FindingType", "exit_code", "has_errors",
]
