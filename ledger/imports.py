"""`ledger import`: bring a task list, breakdown and roster into a workspace.

Re-importing a changed task list records a new version: tasks are matched to
the ones already stored (same text; else same number and similar text; else
very similar text), so ids — and every unit's progress attached to them —
survive edits, re-ordering and renumbering. Removed tasks are marked, never
deleted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding
from .gc_pause import gc_paused
from .io.digest import sha256_of
from .io.grid import prefetch
from .io.roster_io import read_roster_checked
from .model import Task
from .results import FindingsResult
from .roster import Roster
from .store import Store, StoredTask
from .tasklist import TaskList, load_tasklist
from .validate import check_tasklist
from .workspace import Workspace

SAME_NUMBER_SIMILARITY = 50
ANY_NUMBER_SIMILARITY = 85


@dataclass
class ImportResult(FindingsResult):
    version: int
    added: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    unchanged: int = 0
    tasks: int = 0
    measures: int = 0
    units: int = 0
    findings: list[Finding] = field(default_factory=list)

    command = "import"

    def payload(self) -> dict:
        return {"version": self.version, "tasks": self.tasks, "measures": self.measures,
                "units": self.units, "unchanged": self.unchanged,
                "added": self.added, "changed": self.changed, "removed": self.removed,
                "findings": [f.to_dict() for f in self.findings]}


def task_record(task: Task) -> dict:
    """Everything kept of a task in the database: ``Task.to_dict`` with the number
    people see ("3-2") as its number and no label, the category as a list, the
    whole deadline, then leader, note, cells and raw (the keys in this order, as
    the stored JSON has them). Made in one go: it is made for every task imported."""
    source = task.source
    return {"id": task.id, "source": {"file": source.file, "sheet": source.sheet, "row": source.row},
            "number": task.label, "clause": task.clause, "category": list(task.category), "title": task.title,
            "text": task.text, "lead": list(task.lead), "responsible": list(task.responsible),
            "cooperating": list(task.cooperating), "deadline": task.deadline.to_dict(), "extra": dict(task.extra),
            "leader": task.leader, "note": task.note, "cells": task.cells, "raw": task.raw}


def _comparable(d: dict) -> tuple:
    return (d["number"], tuple(d["category"]), d["text"], tuple(d["lead"]), tuple(d["responsible"]),
            tuple(d["cooperating"]), d["deadline"]["text"], d.get("title", ""),
            tuple(sorted((d.get("extra") or {}).items())))


def match_tasks(new: list[Task], old: list[StoredTask]) -> dict[int, str]:
    """Index in ``new`` -> id of the stored task it continues: the same content id,
    else the same number and similar text, else very similar text. A stored task
    continues at most one new task; among equal scores the earlier stored one wins.
    Candidates are looked up by number and scored in rapidfuzz's C loop, so a
    revision that rewords thousands of tasks stays quick; the any-number pass
    scores only the stored texts sharing a long piece with the new one
    (``TextIndex``, the same answers as scoring them all), so one that also
    renumbers them does too."""
    free = {t.id: t for t in old}
    result: dict[int, str] = {}
    for i, t in enumerate(new):
        if t.id in free:
            result[i] = t.id
            del free[t.id]
    if not free:  # nothing stored is left to continue (a first import): no text to score
        return result
    from .text_index import TextIndex, best_match  # rapidfuzz, loaded only when texts are scored

    texts = TextIndex({t.id: t.text for t in free.values()})
    by_number: dict[str, dict[str, str]] = {}
    for t in free.values():
        if t.number:
            by_number.setdefault(t.number, {})[t.id] = t.text
    for same_number in (True, False):
        for i, t in enumerate(new):
            if i in result or not texts or (same_number and not t.label):
                continue
            best = (best_match(t.text, by_number.get(t.label, {}), SAME_NUMBER_SIMILARITY) if same_number
                    else texts.best(t.text, ANY_NUMBER_SIMILARITY))
            if best is not None:
                result[i] = best
                texts.remove(best)
                by_number.get(free[best].number, {}).pop(best, None)
    return result


def workspace_roster(store: Store) -> Roster:
    units = store.units()
    return Roster(units) if units else Roster.empty()


def import_files(ws: Workspace, tasklist: Path | None, *, breakdown: Path | None = None,
                 units: Path | None = None) -> ImportResult:
    """Import into the workspace; one transaction, so a failure changes nothing.
    The tasks read and stored are plain values with no cycles: the collector is
    paused meanwhile (``gc_pause``; 7-10% of the whole import), and they are
    freed before it runs again, which would otherwise walk every one of them
    once (0.11 s on a 50,000-task list). The task list's sheets are parsed on
    another thread meanwhile (``prefetch``), unless its caller (``ledger
    import``) started that already."""
    if tasklist is not None:
        prefetch(Path(tasklist))
    roster_read, roster_found = read_roster_checked(Path(units)) if units else (None, [])
    roster_units = roster_read.units if roster_read is not None else None
    with Store.open(ws) as store, gc_paused():
        roster = Roster(roster_units) if roster_units is not None else workspace_roster(store)
        tl = None
        if tasklist is not None:
            tl = load_tasklist(Path(tasklist), roster, breakdown=breakdown, plan_year=ws.config.plan_year,
                               columns=ws.config.columns, breakdown_columns=ws.config.breakdown_columns)
        with store.transaction(lock="import"):
            result = ImportResult(version=store.current_version())
            if roster_units is not None:
                store.replace_units(roster_units)
                store.record_import("units", Path(units).name, sha256_of(Path(units)), None,
                                    {"units": len(roster_units)})
                result.units = len(roster_units)
            if tl is not None:
                _store_tasklist(store, tl, Path(tasklist), breakdown, result)
                result.findings = check_tasklist(tl, roster)
            result.findings = roster_found + result.findings
        del tl, roster  # freed while the collector is paused
    return result


def _store_tasklist(store: Store, tl: TaskList, path: Path, breakdown: Path | None,
                    result: ImportResult) -> None:
    old = store.tasks(detail=False)
    old_by_id = {t.id: t for t in old}
    matched = match_tasks(tl.tasks, old)
    records = []
    for i, task in enumerate(tl.tasks):
        if i in matched:
            task.id = matched[i]
        records.append(task_record(task))
    changes = []
    for i, rec in enumerate(records):
        prior = old_by_id.get(rec["id"])
        change = "added" if prior is None else (
            "unchanged" if _comparable(prior.data) == _comparable(rec) else "changed")
        changes.append(change)
    kept = {r["id"] for r in records}
    removed = [t for t in old if t.id not in kept]
    counts = {"added": changes.count("added"), "changed": changes.count("changed"),
              "removed": len(removed), "unchanged": changes.count("unchanged")}
    version = store.new_version(path.name, counts)
    store.put_tasks(version, [(pos, rec, change) for pos, (rec, change) in enumerate(zip(records, changes))])
    for t in removed:
        store.remove_task(version, t.id)
    number_to_id = {r["number"]: r["id"] for r in records if r["number"]}
    for task, r in zip(tl.tasks, records):
        if task.clause and task.number:
            number_to_id.setdefault(task.number, r["id"])  # a measure of "3" goes to clause 3-1
    measures = [dict(m.to_dict(), task_id=number_to_id.get(m.task_number)) for m in tl.measures]
    store.replace_measures(version, measures)
    store.record_import("tasks", path.name, sha256_of(path), version, counts)
    if breakdown is not None:
        store.record_import("breakdown", Path(breakdown).name, sha256_of(Path(breakdown)), version,
                            {"measures": len(measures)})
    brief = lambda r: {"id": r["id"], "number": r["number"], "text": r["text"][:40]}  # noqa: E731
    result.version = version
    result.added = [brief(r) for r, c in zip(records, changes) if c == "added"]
    result.changed = [brief(r) for r, c in zip(records, changes) if c == "changed"]
    result.removed = [brief(t.data) for t in removed]
    result.unchanged = counts["unchanged"]
    result.tasks = len(records)
    result.measures = len(measures)
