"""Raw records -> Tasks and Measures: units resolved, deadlines parsed.

Every problem met on the way becomes a Finding that names the file, sheet and
cell, so the clerk can go straight to it.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .deadlines import parse_deadline
from .errors import NoTaskTable
from .findings import REGISTRY, Finding
from .findings.reading import HIDDEN_COLUMN, HIDDEN_ROW
from .io.read import RawRecord, WorkbookResult, read_workbook
from .model import ROLES, Measure, Source, Task, role_label
from .roster import CellUnits, Roster

LEAD_MARK = re.compile(r"([^、，,；;\s]+?)\s*[（(]\s*牵头\s*[)）]")
# A role written inside an owner cell: a verb or a label of one (``owner_cells`` reads such a cell's roles).
ROLE_WORDS = re.compile(r"牵头|配合|协办|协助|参与|会同|(?:单位|部门)\s*[:：]")
YEAR = re.compile(r"(20\d\d)\s*年")
# What content_id drops: whitespace (what \s matches, str.isspace(), spelt out: a class of plain
# characters is looked up in a table, one with \s tried item by item: 17% of the id's time) and
# the punctuation of a sentence.
_WHITESPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_ID_NOISE = re.compile(rf"[{_WHITESPACE}，。、；：,.;:“”\"'‘’（）()《》\-—]+")
# The full-width forms Chinese prose is written with, each its own NFKC
# decomposition: put in first, NFKC's result is the same, and a text with
# nothing else to change passes its quick check (18 µs -> 2 µs a task text).
_FULL_WIDTH = tuple((c, unicodedata.normalize("NFKC", c)) for c in "，；：（）！？\u3000")


@dataclass
class TaskList:
    """What was read from one task list (and optionally a breakdown)."""

    tasks: list[Task] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    plan_year: int | None = None

    def by_number(self) -> dict[str, Task]:
        """Number as shown ("3", "3-2") -> task; a clause's bare number ("3")
        finds its first clause."""
        out = {t.label: t for t in self.tasks if t.number}
        for t in self.tasks:
            if t.clause and t.number:
                out.setdefault(t.number, t)
        return out


def content_id(text: str, number: str = "") -> str:
    """Stable id of a task from its text: survives re-ordering and re-import."""
    key = _ID_NOISE.sub("", _nfkc(text))
    if not key:
        key = "#" + number
    return "T" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _nfkc(text: str) -> str:
    for wide, narrow in _FULL_WIDTH:
        text = text.replace(wide, narrow)
    return unicodedata.normalize("NFKC", text)


def infer_plan_year(book: WorkbookResult, records: list[RawRecord]) -> int | None:
    """The plan's year for relative deadlines (6月底): title first, else the most
    common year written in the deadlines."""
    title_years = book.title_years()
    if title_years:
        return min(title_years)
    years = Counter(int(y) for r in records for y in YEAR.findall(r.values.get("deadline", "")))
    return years.most_common(1)[0][0] if years else None


def unit_findings(rec: RawRecord, name: str, cu: CellUnits) -> list[Finding]:
    out = []
    for p in cu.problems:
        out.append(REGISTRY[p.code].placed(f"{role_label(name)}：{p.message}", p.suggestion, rec.file, rec.sheet,
                                           rec.cells.get(name) or rec.cells.get("responsible", ""), p.written))
    return out


def deadline_of(rec: RawRecord, field_name: str, plan_year: int | None, findings: list[Finding]):
    raw = rec.originals.get(field_name, rec.values.get(field_name, ""))
    if isinstance(raw, str) or raw is None:
        raw = rec.values.get(field_name, "")
    deadline = parse_deadline(raw, plan_year)
    if deadline.problem:  # deadline-unparsed, -invalid or -ambiguous, with a note on what to write
        findings.append(REGISTRY[deadline.problem](rec.file, rec.sheet, rec.cells.get(field_name, ""), deadline.text,
                                                   note=deadline.note or ""))
    return deadline


def role_cells(rec: RawRecord) -> dict[str, str]:
    """The owner cells of a record; with no lead column filled, units marked
    "（牵头）" inside the responsible or cooperating cell are the lead."""
    cells = {name: rec.values.get(name, "") for name in ROLES}
    if cells["lead"].strip():
        return cells
    marked = []
    for name in ("responsible", "cooperating"):
        marked += LEAD_MARK.findall(cells[name])
        cells[name] = LEAD_MARK.sub("", cells[name])
    cells["lead"] = "、".join(marked)
    return cells


def owner_cells(rec: RawRecord) -> dict[str, str]:
    """``role_cells``, and roles written inside a cell ("A牵头，B、C配合", "牵头单位：A；配合单位：B", "A（配合）") given
    to those roles as a plan's owner cells are (``.extraction.owners.roles_inside_cells``)."""
    cells = role_cells(rec)
    if not any(ROLE_WORDS.search(c) for c in cells.values()):
        return cells
    from .extraction.owners import roles_inside_cells  # the plan reader's: loaded only for a cell that writes roles
    return roles_inside_cells(cells)


def build_tasks(records: list[RawRecord], roster: Roster, plan_year: int | None) -> tuple[list[Task], list[Finding]]:
    tasks: list[Task] = []
    findings: list[Finding] = []
    seen_ids: Counter[str] = Counter()
    for rec in records:
        units = {}
        for name, text in owner_cells(rec).items():
            cu = roster.resolve_cell(text)
            units[name] = list(cu.names)
            findings += unit_findings(rec, name, cu)
        text = rec.values.get("text", "")
        tid = content_id(text, rec.number)
        seen_ids[tid] += 1
        if seen_ids[tid] > 1:
            tid = content_id(f"{text}#{rec.number}#{seen_ids[tid]}")
        task = Task(
            id=tid, number=rec.number, category=rec.category, text=text,
            lead=units["lead"], responsible=units["responsible"], cooperating=units["cooperating"],
            deadline=deadline_of(rec, "deadline", plan_year, findings),
            source=Source(rec.file, rec.sheet, rec.row), leader=rec.values.get("leader", ""),
            note=rec.values.get("note", ""), cells=dict(rec.cells), raw=dict(rec.values),
            title=rec.values.get("title", ""), clause=rec.clause, extra=dict(rec.extra),
        )
        task.cells.setdefault("row", f"A{rec.row}")
        tasks.append(task)
    return tasks, findings


def build_measures(records: list[RawRecord], roster: Roster, plan_year: int | None) -> tuple[list[Measure], list[Finding]]:
    measures: list[Measure] = []
    findings: list[Finding] = []
    for rec in records:
        cu = roster.resolve_cell(rec.values.get("unit", ""))
        findings += unit_findings(rec, "unit", cu)
        names = list(cu.names) or [rec.values.get("unit", "")]
        for unit in names:
            measures.append(Measure(
                task_number=rec.number, text=rec.values.get("measure", ""), unit=unit,
                section=rec.values.get("section", ""), person=rec.values.get("person", ""),
                phone=rec.values.get("phone", ""),
                milestone=deadline_of(rec, "milestone", plan_year, findings),
                source=Source(rec.file, rec.sheet, rec.row),
                task_text=rec.values.get("task_text", ""), cells=dict(rec.cells), extra=dict(rec.extra),
            ))
    return measures, findings


def read_findings(book: WorkbookResult, kind: str) -> list[Finding]:
    """What the reader itself noticed: hidden rows and columns, columns it does
    not know, cells it could not give to a task."""
    out = []
    label = "任务清单" if kind == "tasks" else "任务分解表"
    if not any(s.kind == kind for s in book.sheets):
        return out
    for sheet in book.sheets:
        if sheet.kind == kind or (kind == "tasks" and sheet.kind == "breakdown"):
            out += sheet.findings  # a breakdown sheet in the task list's own file is read too
        for cell in sheet.hidden_cols:
            out.append(HIDDEN_COLUMN(book.file, sheet.sheet, cell, column=cell.rstrip("0123456789")))
        for rec in sheet.records:
            if rec.hidden:
                out.append(HIDDEN_ROW(book.file, sheet.sheet, f"A{rec.row}", row=rec.row, kind=label))
    return out


def load_tasklist(path: Path, roster: Roster, *, breakdown: Path | None = None,
                  plan_year: int | None = None, columns: dict | None = None,
                  breakdown_columns: dict | None = None) -> TaskList:
    """Read a task list (and a breakdown) into Tasks, Measures and Findings."""
    book = read_workbook(Path(path), columns, breakdown_columns)
    records = book.records("tasks")
    if not records:
        raise NoTaskTable(
            f"在《{book.file}》中没有找到任务清单表格（应有“主要任务/工作任务”和“牵头单位/责任单位/完成时限”等列）。"
            "请确认文件是否正确，或在 ledger.toml 的 [columns] 中补充列名。",
            path=str(path),
        )
    year = plan_year or infer_plan_year(book, records)
    result = TaskList(plan_year=year, files=[book.file])
    result.tasks, found = build_tasks(records, roster, year)
    result.findings += read_findings(book, "tasks") + found
    measure_records = book.records("breakdown")
    if breakdown is not None:
        bbook = read_workbook(Path(breakdown), columns, breakdown_columns, prefer="breakdown")
        measure_records += bbook.records("breakdown")
        result.files.append(bbook.file)
        if not bbook.records("breakdown"):
            raise NoTaskTable(
                f"在《{bbook.file}》中没有找到任务分解表（应有“任务编号”“具体措施”“责任单位”等列）。",
                path=str(breakdown),
            )
        result.findings += read_findings(bbook, "breakdown")
    result.measures, found = build_measures(measure_records, roster, year)
    result.findings += found
    return result
