"""`ledger split`: one workbook per unit for a reporting period.

Plans each unit's rows from the workspace (tasks it leads, shares or
cooperates on; its measures; what it reported last period), refuses units the
roster does not know unless told otherwise, and writes the workbooks
(io.unit_workbook) plus a 下发清单. Old files of the period are set aside,
never deleted.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import FileProblem, UsageError
from .findings import Finding
from .findings.units import SPLIT_PAST_DUE, TASK_TO_NO_UNIT, UNIT_NOT_IN_ROSTER, UNIT_NOT_IN_ROSTER_ALLOWED
from .gc_pause import gc_paused
from .identity import measure_key
from .keys import issue
from .io.paths import safe_stem, set_aside, unique_names
from .io.unit_template import Backlog, warm_up, write_unit_workbook
from .io.unit_workbook import (MEASURE_CHECKED, PRINTED_KEYS, SCREEN_KEYS, SHARED_KEYS, TASK_CHECKED, TASK_WIDTHS,
                               MeasureRow, SplitMeta, TaskRow, UnitBook, checksum, row_lines,
                               wrapped_lines, write_dispatch_list)
from .model import ROLE_CN, ROLES, Unit
from .periods import Period, cn_date, parse_period
from .results import FindingsResult
from .store import Store, StoredTask
from .task_text import describe_progress, extra_text, partners_text
from .workers import checked, process_pool, processes
from .workspace import Workspace

DISPATCH_LIST = "下发清单.xlsx"
# workbooks from which, by default, worker processes write them: one process makes a book while a
# thread of it compresses the last, and spawned workers start slowly (city, 120 books: 1.50 s in one
# process, 1.92 s with two workers; province, 1,000 books: 14.6 s and 13.3 s)
PARALLEL_FROM = 400


@dataclass
class SplitResult(FindingsResult):
    period: Period
    folder: Path
    outputs: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    set_aside: Path | None = None
    dispatch_list: Path | None = None
    interrupted: bool = False  # an earlier split of the period never finished; this one redid it

    command = "split"

    def payload(self) -> dict:
        return {"period": self.period.key, "folder": str(self.folder),
                "outputs": self.outputs, "skipped": self.skipped,
                "findings": [f.to_dict() for f in self.findings],
                "set_aside": str(self.set_aside) if self.set_aside else None,
                "interrupted": self.interrupted,
                "dispatch_list": str(self.dispatch_list) if self.dispatch_list else None}


def unit_assignments(tasks: list[StoredTask]) -> dict[str, list[tuple[StoredTask, str]]]:
    """Unit -> (task, its role) in task order; a unit named twice keeps its first role."""
    out: dict[str, list[tuple[StoredTask, str]]] = {}
    for t in tasks:
        d = t.data
        roles: dict[str, str] = {}
        for role in ROLES:
            for unit in d.get(role, ()):
                roles.setdefault(unit, role)
        for unit, role in roles.items():
            entry = (t, role)
            if unit in out:
                out[unit].append(entry)
            else:
                out[unit] = [entry]
    return out


def _past_due(data: dict, period: Period) -> bool:
    """Due before the report date, and not an ongoing (长期坚持) task."""
    deadline = data.get("deadline", {})
    due = deadline.get("due")
    return bool(due) and not deadline.get("ongoing") and date.fromisoformat(due) < period.due


def _task_cells(t: StoredTask, period: Period, counted: dict[tuple[str, int], int]) -> tuple:
    """The cells every unit of a task sees, the lines they wrap to (on the printed
    page, and off it), whether it is past due, and its title and extra columns."""
    d = t.data
    cells = (d["number"], " / ".join(d.get("category", [])), d["text"], "、".join(d.get("lead", [])),
             partners_text(d), d["deadline"]["text"])
    title, extra = d.get("title", ""), extra_text(d)
    values = dict(zip(SHARED_KEYS, cells), title=title, extra=extra)
    lines = tuple(_lines_needed([values[k] for k in keys], widths, counted) for keys, widths in _WIDTHS)
    return cells + (lines, _past_due(d, period), title, extra)


_WIDTHS = tuple((keys, [TASK_WIDTHS[k] for k in keys]) for keys in (PRINTED_KEYS, SCREEN_KEYS))


def _lines_needed(values: list[str], widths: list[int], counted: dict[tuple[str, int], int]) -> int:
    """``lines_needed``, each text's lines in a width counted once (``counted``: the
    categories, leads and deadlines many tasks share)."""
    most = 1
    for value, width in zip(values, widths):
        if value:
            lines = counted.get((value, width))
            if lines is None:
                lines = counted[value, width] = wrapped_lines(value, width)
            if lines > most:
                most = lines
    return most


_COUNTED = ("", "lines")  # the key under which ``_shared``'s cache keeps the lines of texts counted


def _shared(t: StoredTask, role: str, period: Period, cache: dict) -> tuple:
    """A task's shared cells and, for this role, the checksum of the read-only cells;
    ``cache`` keeps both across the units of the task."""
    key = (t.id, role)
    if key not in cache:
        cells = cache.get(t.id) or cache.setdefault(t.id, _task_cells(t, period, cache.setdefault(_COUNTED, {})))
        values = dict(zip(SHARED_KEYS, cells), role=ROLE_CN[role])  # the first six: the checked cells
        cache[key] = (cells, checksum(*(values[k] for k in TASK_CHECKED)))
    return cache[key]


def task_row(t: StoredTask, role: str, unit: str, period: Period, last: dict, shared: dict) -> TaskRow:
    """One row of a unit's sheet; ``shared`` caches what every unit of the task sees."""
    d = t.data
    cells, fingerprint = _shared(t, role, period, shared)
    number, category, text, lead, others, deadline, lines, past_due, title, extra = cells
    mine = last.get((unit, t.id, ""))
    others_last = ""
    if role == "lead":
        reports = [f"{u}：{describe_progress(last.get((u, t.id, '')), False)}"
                   for u in d.get("responsible", []) + d.get("cooperating", []) if last.get((u, t.id, ""))]
        others_last = "\n".join(reports)
    mine_text = describe_progress(mine)
    printed, screen = lines
    if mine_text or others_last:
        screen = max(screen, wrapped_lines(mine_text, TASK_WIDTHS["last"]),
                     wrapped_lines(others_last, TASK_WIDTHS["others_last"]))
    lines = row_lines(printed, screen)
    return TaskRow(task_id=t.id, number=number, category=category, text=text, lead=lead, others=others,
                   role=ROLE_CN[role], deadline=deadline, last=mine_text, others_last=others_last,
                   lines=lines, overdue=past_due and (mine or {}).get("status") != "已完成",
                   checksum=fingerprint, title=title, extra=extra)


def measure_rows(unit: str, measures: list[dict], task_ids: set[str], last: dict) -> list[MeasureRow]:
    rows = []
    for m in measures:
        if m.get("unit") != unit or m.get("task_id") not in task_ids:
            continue
        key = measure_key(m["task_id"], unit, m["text"])
        row = MeasureRow(key=key, task_id=m["task_id"], task_number=m["task_number"], text=m["text"],
                         section=m.get("section", ""), person=m.get("person", ""),
                         milestone=m.get("milestone", {}).get("text", ""),
                         last=describe_progress(last.get((unit, m["task_id"], key))))
        rows.append(row._replace(checksum=checksum(*(getattr(row, k) for k in MEASURE_CHECKED))))
    return rows


def _unknown_findings(unknown: dict[str, list[tuple[StoredTask, str]]], allowed: bool,
                      cells: dict[str, dict]) -> list[Finding]:
    out = []
    for unit, rows in unknown.items():
        numbers = "、".join(t.number or t.id for t, _ in rows[:10]) + ("等" if len(rows) > 10 else "")
        kind = UNIT_NOT_IN_ROSTER_ALLOWED if allowed else UNIT_NOT_IN_ROSTER
        out.append(kind(
            file=rows[0][0].data.get("source", {}).get("file", ""),
            sheet=rows[0][0].data.get("source", {}).get("sheet", ""),
            cell=cells.get(rows[0][0].id, {}).get(rows[0][1], ""), value=unit, tasks=numbers))
    return out


def _to_no_unit(tasks: list[StoredTask], raw: dict[str, dict]) -> list[Finding]:
    """Tasks no unit gets: written with owners (各成员单位, 相关成员单位) the roster resolves to no unit, or none (``raw``:
    the cells as read, by task id). Named, so that no task is left out of every workbook without a word."""
    numbers = "、".join(f"第{t.number}项任务" if t.number else f"任务“{t.data.get('text', '')[:12]}”" for t in tasks[:10])
    written = "、".join(dict.fromkeys(f"“{v}”" for t in tasks for r in ROLES if (v := raw.get(t.id, {}).get(r))))
    source = tasks[0].data.get("source", {})
    return [TASK_TO_NO_UNIT(file=source.get("file", ""), sheet=source.get("sheet", ""),
                            tasks=numbers + ("等" if len(tasks) > 10 else ""), written=written or "未写明")]


PARTIAL = ".ledger-partial-"  # a split writes here, then moves the finished files into place


@dataclass
class Staging:
    """Where a split writes (a hidden folder beside the period's), what it set
    aside, and whether it found an earlier split that never finished."""

    folder: Path
    set_aside: Path | None = None
    interrupted: bool = False


def _prepare_folder(folder: Path, force: bool, recorded: bool) -> Staging:
    """Refuse to replace a finished split without ``force``; a split that was
    interrupted (its temporary folder left behind, or files never recorded) is
    redone without it. Old files are set aside, never deleted."""
    blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise FileProblem(f"《{blocking}》是一个文件，不是文件夹，下发表无法放在那里。请用 -o 指定一个文件夹"
                          "（不存在的会自动建立），或不加 -o 放在工作区的“下发”文件夹。", path=str(blocking))
    staging = Staging(folder.parent / f"{PARTIAL}{folder.name}-{os.getpid()}")
    for partial in folder.parent.glob(f"{PARTIAL}{folder.name}-*"):
        shutil.rmtree(partial, ignore_errors=True)  # our own output of a split that never finished
        staging.interrupted = True
    if folder.exists() and any(folder.glob("*.xlsx")):
        if recorded and not force:
            raise FileProblem(f"《{folder}》中已有本期下发的文件。如需重新生成，请加 --force（旧文件会移到“已替换”子文件夹保存）。",
                              path=str(folder))
        staging.interrupted |= not recorded
        staging.set_aside = set_aside(folder)
    staging.folder.mkdir(parents=True, exist_ok=True)
    return staging


def _move_into_place(staging: Path, folder: Path) -> None:
    """The finished files go where the clerk looks for them: the whole folder at
    once when it is new, else file by file (each move is atomic)."""
    if not folder.exists():
        os.replace(staging, folder)
        return
    for path in staging.iterdir():
        os.replace(path, folder / path.name)
    staging.rmdir()
    return None


class Writers:
    """Writes the workbooks: in ``workers`` worker processes when more than one
    (spawned when the split starts, so they import while the planner loads the
    tasks), otherwise in this process. Jobs are planned only when a worker is free, so
    memory holds a few workbooks, not all of them."""

    def __init__(self, workers: int):
        self.pool = None
        if workers > 1:
            # spawned (they do not inherit the planner's memory), and gone with this process
            self.pool = process_pool(workers)
            self.workers = workers
            for _ in range(workers):
                self.pool.submit(warm_up)

    def __enter__(self) -> "Writers":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def write_all(self, jobs: Iterator[tuple[Path, UnitBook, SplitMeta]], total: int,
                  progress: Callable[[int, int], None] | None) -> list[str]:
        """Write every job's workbook; returns their packed identities in job order."""
        if self.pool is None:
            out = []
            with Backlog() as backlog:  # each book compressed and written beside the making of the next
                for job in jobs:  # the collector paused: what XlsxWriter writes it runs for (write_unit_workbook)
                    out.append(write_unit_workbook(*job, backlog=backlog))
                    if progress:
                        progress(len(out), total)
                backlog.finish()
            return out
        results: dict[int, str] = {}
        pending: dict = {}
        for i, job in enumerate(jobs):
            pending[self.pool.submit(write_unit_workbook, *job)] = i
            if len(pending) >= 2 * self.workers:
                self._collect(pending, results, total, progress, FIRST_COMPLETED)
        self._collect(pending, results, total, progress, ALL_COMPLETED)
        return [results[i] for i in range(len(results))]

    @staticmethod
    def _collect(pending: dict, results: dict[int, str], total: int, progress, when: str) -> None:
        finished, _ = wait(pending, return_when=when)
        for future in finished:
            results[pending.pop(future)] = future.result()
            if progress:
                progress(len(results), total)


def split(ws: Workspace, period: str | None = None, *, output: Path | None = None, force: bool = False,
          allow_unknown: bool = False, today: date | None = None, workers: int | None = None,
          progress: Callable[[int, int], None] | None = None) -> SplitResult:
    """Write one workbook per unit with tasks for the period, and the 下发清单;
    ``workers``: processes that write them (1: this one; default: the CPU count from
    PARALLEL_FROM books, else this one)."""
    checked(workers)
    cfg = ws.config
    per = parse_period(period, cfg.period, cfg.due_weekday, today)
    folder = Path(output) if output else ws.period_folder("outgoing", per)
    with Store.open(ws) as store:
        units = store.unit_count()
    with Writers(processes(workers, units, PARALLEL_FROM)) as writers, gc_paused():
        result = _split(ws, per, folder, writers, force, allow_unknown, progress)
    if result.outputs:  # the folder the units' returns go into, as the split tells the clerk (merge reads it)
        ws.period_folder("incoming", per).mkdir(parents=True, exist_ok=True)
    day = today or date.today()
    if result.outputs and per.due < day:  # the units are asked to report by a day that has passed
        result.findings.append(SPLIT_PAST_DUE(value=per.label, due=per.due_text, today=cn_date(day)))
    return result


def _split(ws: Workspace, per: Period, folder: Path, writers: Writers, force: bool, allow_unknown: bool,
           progress: Callable[[int, int], None] | None) -> SplitResult:
    with Store.open(ws) as store:
        key_id, secret = store.signing_key()
        with store.snapshot():  # one import's tasks and measures, even while another clerk imports
            closed = store.closed_task_ids()
            tasks = [t for t in store.tasks(detail=False) if t.id not in closed]
            roster = {u.name: u for u in store.units()}
            measures = store.measures()
            last = store.latest_progress(per.key)
            workspace_id = store.get_meta("workspace_id") or ""
    if not tasks:
        raise UsageError("工作区中还没有任务。请先导入任务清单：ledger import 任务清单.xlsx --units 单位名录.xlsx")
    result = SplitResult(per, folder)
    assigned = unit_assignments(tasks)
    unknown = {u: rows for u, rows in assigned.items() if u not in roster}
    with Store.open(ws) as store:
        cells = {rows[0][0].id: store.task_detail(rows[0][0].id).get("cells", {}) for rows in unknown.values()}
    result.findings = _unknown_findings(unknown, allow_unknown, cells)
    if unknown and not allow_unknown:
        return result
    nobodys = [t for t in tasks if not any(t.data.get(r) for r in ROLES)]
    if nobodys:
        with Store.open(ws) as store:
            result.findings += _to_no_unit(nobodys, {t.id: store.task_detail(t.id).get("raw") or {} for t in nobodys})
    result.skipped = [{"unit": u, "reason": "没有任务"} for u in roster if u not in assigned]
    meta = SplitMeta(workspace_id, per.key, per.label, per.due_text, ws.config.organ, ws.config.password)
    with Store.open(ws) as store:
        recorded = bool(store.expected_units(per.key))
    staging = _prepare_folder(folder, force, recorded)
    result.set_aside, result.interrupted = staging.set_aside, staging.interrupted
    written: list[Written] = []  # what is kept of each book once it is handed to a writer
    # every book's key (a fresh nonce each) drawn before any book is written: drawing one lets the
    # thread that compresses the books take the interpreter, and this one wait for it
    keys = {u: issue(secret, key_id, workspace_id, per.key, u) for u in _book_units(assigned, roster)}

    def jobs() -> Iterator[tuple[Path, UnitBook, SplitMeta]]:
        for book in _plan_books(assigned, roster, per, measures, last):
            book.key = keys[book.unit]
            written.append(Written(book.unit, book.file_name, len(book.tasks),
                                   sum(r.role == ROLE_CN["lead"] for r in book.tasks), len(book.measures),
                                   book.key.nonce, key_id))
            yield staging.folder / book.file_name, book, meta

    identities = writers.write_all(jobs(), len(assigned), progress)
    for w, identity in zip(written, identities, strict=True):
        w.identity = identity
    result.outputs = [{"unit": w.unit, "file": str(folder / w.file_name), "tasks": w.tasks,
                       "measures": w.measures} for w in written]
    result.dispatch_list = folder / DISPATCH_LIST
    write_dispatch_list(staging.folder / DISPATCH_LIST, _dispatch_rows(written, roster), meta)
    _move_into_place(staging.folder, folder)
    with Store.open(ws) as store, store.transaction(lock=f"split:{per.key}"):
        store.record_split(per.key, str(folder),
                           [(w.unit, w.file_name, w.identity, w.nonce, w.key_id) for w in written])
    return result


@dataclass
class Written:
    unit: str
    file_name: str
    tasks: int
    lead: int
    measures: int
    nonce: str = ""
    key_id: str = ""
    identity: str = ""  # its packed identity rows, as the writer wrote them


def _book_units(assigned, roster: dict[str, Unit]) -> list[str]:
    """The units that get a book, in the order of their books: the roster's, then the others."""
    return [u for u in roster if u in assigned] + [u for u in assigned if u not in roster]


def _plan_books(assigned, roster: dict[str, Unit], per: Period, measures: list[dict],
                last: dict) -> Iterator[UnitBook]:
    units = _book_units(assigned, roster)
    names = unique_names([f"{safe_stem(u)}_{per.label}" for u in units], ".xlsx")
    by_unit: dict[str, list[dict]] = {}
    for m in measures:
        by_unit.setdefault(m.get("unit", ""), []).append(m)
    shared: dict[str, tuple] = {}
    alike: dict[tuple[str, str], TaskRow] = {}  # (task, role) -> the row of every unit that has no report on it
    reported = {task_id for _unit, task_id, measure in last if not measure}
    for unit, file_name in zip(units, names):
        rows = []
        for t, role in assigned[unit]:
            if t.id in reported:  # this unit's report, or the others' for its lead, make its row its own
                rows.append(task_row(t, role, unit, per, last, shared))
            else:
                row = alike.get((t.id, role))
                if row is None:
                    row = alike[t.id, role] = task_row(t, role, unit, per, last, shared)
                rows.append(row)
        mine = by_unit.get(unit, [])
        ids = {r.task_id for r in rows} if mine else set()
        yield UnitBook(unit, file_name, rows, measure_rows(unit, mine, ids, last))


def _dispatch_rows(written: list[Written], roster: dict[str, Unit]) -> list[dict]:
    rows = []
    for w in written:
        u = roster.get(w.unit)
        rows.append({"unit": w.unit, "group": u.group if u else "", "file": w.file_name, "tasks": w.tasks,
                     "lead": w.lead, "measures": w.measures,
                     "contact": u.contact if u else "", "phone": u.phone if u else ""})
    return rows
