"""The files of a merge that were not taken before: read (in worker processes,
``merge_reading.py``), attributed to the unit they speak for (``attribution.py``),
matched row by row (``row_matching.py``) and stored. The merge command
(``merging.py``) loads this module only when some file is new, so a re-merge of
files already taken loads neither the reader, the safety scan nor the pool."""
from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path

from .attribution import IssuedToUnit, Verifier, issued_to_units
from .errors import FileProblem
from .findings import Finding, returns
from .io.returned import ReturnedBook
from .merge_reading import read_books
from .merge_results import FileOutcome, MergeRun
from .row_matching import Parsed, changed_tasks, emptied_tasks, parse_rows
from .worker_counts import processes

log = logging.getLogger(__name__)


class Checks:
    """What every new file of a merge is checked against, loaded when first needed
    (a merge whose new files are all unreadable loads none of it)."""

    def __init__(self, run: MergeRun):
        self.run, self.store = run, run.store

    @cached_property
    def verifier(self) -> Verifier:
        return Verifier(self.workspace_id, self.run.period, self.issued, self.units, self.store.secret,
                        self._signed_current)

    def _signed_current(self, unit: str) -> str:
        current = self.store.current_submission(self.run.period.key, unit)
        return current["file"] if current and current["data"].get("meta_source", "none") != "none" else ""

    @cached_property
    def workspace_id(self) -> str:
        return self.store.get_meta("workspace_id") or ""

    @cached_property
    def issued(self) -> dict[str, IssuedToUnit]:
        return issued_to_units(self.store.split_files(self.run.period.key, active_only=False))

    @cached_property
    def units(self) -> set[str]:
        return {u.name for u in self.store.units()} | set(self.issued)

    @cached_property
    def _brief(self) -> dict[str, tuple[str, str]]:
        return self.store.task_brief()

    @cached_property
    def texts(self) -> dict[str, str]:
        return {tid: text for tid, (_n, text) in self._brief.items()}

    @cached_property
    def numbers(self) -> dict[str, str]:
        return {tid: number for tid, (number, _t) in self._brief.items()}


class NewFiles:
    """The new files of one merge, read a few ahead of the one being taken."""

    def __init__(self, run: MergeRun, paths: list[Path], workers: int | None):
        self.run, self.checks = run, Checks(run)
        self._paths = set(paths)
        self._books = read_books(paths, processes(workers, len(paths)))

    def book(self, path: Path) -> ReturnedBook | FileProblem | None:
        """``path``'s book (or why it could not be read) if it is one of the new files:
        each is read once, in the merge's order; None for the others."""
        return next(self._books) if path in self._paths else None

    def take(self, outcome: FileOutcome, path: Path, digest: str, book: ReturnedBook | FileProblem,
             findings: list[Finding]) -> FileOutcome:
        """Reject, hold or accept and store one new file (one file, one fate)."""
        if isinstance(book, FileProblem):
            outcome.status, outcome.reason = "rejected", book.message
            return outcome
        checks, run = self.checks, self.run
        try:
            verdict = checks.verifier.attribute(book, run.as_unit)
            if verdict.status != "accepted":
                outcome.status, outcome.reason, outcome.unit = verdict.status, verdict.reason, verdict.unit
                return outcome
            parsed = parse_rows(book, checks.issued[verdict.unit], checks.texts, checks.numbers)
            if book.meta_source == "none" and not parsed.values:  # confirmed with --as, yet no row is the unit's
                outcome.status, outcome.unit = "rejected", verdict.unit
                outcome.reason = (f"文件中没有一行能按编号和任务内容对应到“{verdict.unit}”本期的任务，未记为该单位的报送。"
                                  "请核实是否发错了文件；确是该单位的报送的，请让其在下发的原表上填写后重新报送。")
                return outcome
        except Exception as exc:  # one file, one fate: matching a malformed file rejects it alone
            outcome.status = "rejected"
            log.warning("matching %s failed", path, exc_info=exc)
            outcome.reason = "文件内容异常，无法逐行核对。请让报送单位在下发的原表上重新填写。"
            return outcome
        _store(run, path, digest, book, verdict.unit, parsed, checks.numbers, outcome)
        findings += verdict.warnings + parsed.findings
        if outcome.emptied_tasks:  # a re-send of the corrected rows alone: what it no longer says is not counted
            findings.append(returns.REPORT_EMPTIED(path.name, unit=verdict.unit, count=len(outcome.emptied_tasks),
                                                   numbers="、".join(outcome.emptied_tasks[:20])
                                                   + ("等" if len(outcome.emptied_tasks) > 20 else "")))
        return outcome


def _store(run: MergeRun, path: Path, digest: str, book: ReturnedBook, unit: str,
           parsed: Parsed, numbers: dict[str, str], outcome: FileOutcome) -> None:
    """Keep the file's values; it becomes the unit's current report unless the
    current one was saved later (a late copy of an older file is kept as history)."""
    store, saved = run.store, list(run.order.get(path, (0.0, 0.0)))
    current = store.current_submission(run.period.key, unit)
    newer = _takes_over(current, book.meta_source != "none", saved)
    previous = store.current_values(run.period.key, unit) if newer else None
    sub = store.add_submission(run.period.key, unit, path.name, digest,
                               {"unmatched": parsed.unmatched, "meta_source": book.meta_source, "saved": saved},
                               run.received_at(path), current=newer)
    store.add_progress(sub, run.period.key, unit, [(t, m, v) for (t, m), v in parsed.values.items()], current=newer)
    outcome.status, outcome.unit, outcome.signed = "accepted", unit, book.meta_source != "none"
    outcome.rows, outcome.measures = parsed.tasks, parsed.measures
    if not newer:
        outcome.older, outcome.current_file = True, current["file"]
    elif previous is not None:
        outcome.superseded = True
        outcome.changed_tasks = changed_tasks(previous, parsed.values, numbers)
        outcome.emptied_tasks = emptied_tasks(previous, parsed.values, numbers)


def _takes_over(current: dict | None, signed: bool, saved: list[float]) -> bool:
    """Whether a new file becomes the unit's current report. A report carrying the
    unit's identity outranks one the clerk confirmed without it, whatever their
    saved times (a saved time is the sender's word); between two of a kind the
    one saved later counts."""
    if current is None:
        return True
    current_signed = current["data"].get("meta_source", "none") != "none"
    if signed != current_signed:
        return signed
    return tuple(current["data"].get("saved", (0.0, 0.0))) <= tuple(saved)
