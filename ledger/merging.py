"""`ledger merge`: take back what the units return, lose nothing, and store it.

Identity comes from what split embedded (very hidden sheet, hidden id column,
custom properties), never from file names or row order. Every file is either
accepted, recognised as a duplicate, or rejected with a reason; one bad file
does not stop the others. The whole merge is one database transaction.
"""
from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from datetime import date, datetime, time, timedelta
from pathlib import Path

from .attribution import IssuedToUnit, Verifier, issued_to_units
from .closing import read_back_closures
from .deadlines import parse_deadline
from .errors import FileProblem, UsageError
from .findings import FORMULA_IN_INPUT, FORMULA_WITHOUT_VALUE, VALUE_NOT_TEXT, Finding, returns
from .gc_pause import gc_paused
from .identity import measure_key
from .io.digest import sha256_of
from .io.saved_time import file_order
from .io.returned import (INPUT_FIELDS, TEXT_INPUTS, ReturnedBook, ReturnedRow, ReturnedSheet,
                          read_or_problem)
from .io.unit_layout import MEASURE_CHECKED, STATUSES, TASK_CHECKED, checksum
from .periods import Period, parse_period
from .receipt import receipt_time
from .results import FindingsResult
from .store import Store
from .workers import checked, process_pool, processes
from .workspace import Workspace

RETURN_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods", ".xlsb"}
INPUT_HEADERS = {name: header for header, name in INPUT_FIELDS.items()}
log = logging.getLogger(__name__)


@dataclass
class FileOutcome:
    file: str
    unit: str = ""
    status: str = ""  # "accepted" | "duplicate" | "rejected"
    reason: str = ""
    rows: int = 0
    measures: int = 0
    superseded: bool = False
    changed_tasks: list[str] = field(default_factory=list)
    older: bool = False  # saved before the unit's current file: kept as history only
    current_file: str = ""  # with ``older``: the file that stays current
    path: str = ""  # the file as given (for the command that confirms a pending one)
    signed: bool = False  # carries the unit's identity (not taken on the clerk's word)


@dataclass
class MergeResult(FindingsResult):
    period: Period
    files: list[FileOutcome] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    missing_units: list[str] = field(default_factory=list)
    ledger: Path | None = None
    ledger_error: str = ""
    closed: list[str] = field(default_factory=list)  # task numbers closed from the 汇总台账's 销号确认
    folder: Path | None = None  # the period's folder read when no file or folder was named

    command = "merge"

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings) and not self.rejected and not self.pending

    @property
    def accepted(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "accepted"]

    @property
    def rejected(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "rejected"]

    @property
    def pending(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "pending"]

    def payload(self) -> dict:
        return {
            "period": self.period.key,
            "accepted": [{"file": f.file, "unit": f.unit, "rows": f.rows, "measures": f.measures,
                          "superseded": f.superseded, "changed_tasks": f.changed_tasks,
                          "older_than": f.current_file or None} for f in self.accepted],
            "duplicates": [{"file": f.file, "unit": f.unit} for f in self.files if f.status == "duplicate"],
            "rejected": [{"file": f.file, "reason": f.reason} for f in self.rejected],
            "pending": [{"file": f.file, "reason": f.reason, "path": f.path, "guess": f.unit or None}
                        for f in self.pending],
            "missing_units": self.missing_units,
            "findings": [f.to_dict() for f in self.findings],
            "ledger": str(self.ledger) if self.ledger else None,
            "ledger_error": self.ledger_error or None,
            "closed": self.closed,
            "folder": str(self.folder) if self.folder else None,
        }


def collect_files(inputs: Iterable[Path]) -> list[Path]:
    """Workbooks named, or found in the folders named (not in sub-folders); no
    Office lock files (~$…) and no temporary files."""
    files: list[Path] = []
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            files += sorted(p for p in item.iterdir() if p.is_file() and _returnable(p))
        elif item.exists():
            files.append(item)
        else:
            raise FileProblem(f"找不到《{item}》。请检查文件名和所在文件夹。", path=str(item))
    return list(dict.fromkeys(files))


def _returnable(p: Path) -> bool:
    return p.suffix.lower() in RETURN_SUFFIXES and not p.name.startswith(("~$", ".~lock", "~ledger-"))


# --- matching rows ---------------------------------------------------------------------

def _match(sheet: ReturnedSheet, row: ReturnedRow, issued: IssuedToUnit, texts: dict[str, str],
           row_sum: str | None) -> tuple[dict | None, str]:
    """The identity row a returned row belongs to, and how it was found: "id" (its
    hidden id), "moved" (the visible cells are another of the unit's tasks, whole and
    unedited: the id column stayed behind when only the visible columns were sorted),
    "number" (no id: 编号 + task text), or "" (not found). ``row_sum``: the row's
    ``_readonly_sum``."""
    sheet_name = "分解任务" if sheet.kind == "measures" else "任务进展"
    by_id = issued.rows.get(row.id) if row.id else None
    if by_id is not None and by_id["sheet"] == sheet_name:
        if not _readonly_edited(row_sum, by_id):
            return by_id, "id"
        seen = _by_content(sheet, row, issued, texts, sheet_name)
        if seen is not None and seen["id"] != by_id["id"] and _readonly_whole(row_sum, seen):
            return seen, "moved"
        return by_id, "id"
    found = _by_content(sheet, row, issued, texts, sheet_name)
    return (found, "number") if found is not None else (None, "")


def _by_content(sheet: ReturnedSheet, row: ReturnedRow, issued: IssuedToUnit, texts: dict[str, str],
                sheet_name: str) -> dict | None:
    """The one row of the unit with this 编号 and this task (or measure) text."""
    text = row.readonly.get("text", "")
    if sheet.kind == "measures":
        candidates = issued.by_number.get((sheet_name, row.readonly.get("task_number", "")), [])
        candidates = [c for c in candidates if measure_key(c["task_id"], issued.unit, text) == c["id"]]
    else:
        candidates = issued.by_number.get((sheet_name, row.readonly.get("number", "")), [])
        candidates = [c for c in candidates if texts.get(c["task_id"], "") == text]
    return candidates[0] if len(candidates) == 1 else None


def _combine(first: dict, second: dict) -> dict:
    """Two rows of the same task (a copied row): keep every value, once."""
    out = dict(first)
    for key, value in second.items():
        if value and value != out.get(key):
            out[key] = f"{out[key]}\n{value}" if out.get(key) and key != "status" else (out.get(key) or value)
    return out


def _value_findings(values: dict, originals: dict, row: ReturnedRow, file: str, sheet: str) -> tuple[dict, list[Finding]]:
    """Parsed forms next to the values as typed, and what is wrong with them."""
    out = dict(values)
    found = []
    status = values.get("status", "")
    if status and status not in STATUSES:
        found.append(returns.STATUS_INVALID(file, sheet, row.cell("status"), status, row=row.row,
                                            choices="、".join(STATUSES)))
    expected = originals.get("expected")
    if values.get("expected"):
        due, problem, note = _expected_reading(expected if expected is not None else values["expected"])
        out["expected_date"] = due.isoformat() if due else ""
        if due is None or problem:
            kind = returns.DATE_INVALID if due is None else returns.DATE_AMBIGUOUS
            found.append(kind(file, sheet, row.cell("expected"), values["expected"], row=row.row, note=note or ""))
    if status == "已完成" and not (values.get("evidence") and values.get("progress")):
        missing = "、".join(n for k, n in (("progress", "本期进展"), ("evidence", "佐证材料")) if not values.get(k))
        found.append(returns.DONE_WITHOUT_EVIDENCE(file, sheet, row.cell("evidence") or row.cell("status"), status,
                                                   row=row.row, missing=missing))
    return out, found


@lru_cache(maxsize=4096, typed=True)
def _expected_reading(value: object) -> tuple[date | None, str | None, str | None]:
    """An expected date as typed, read by the one reading of a date (``parse_deadline``):
    (due, problem, note). Units type a few dates many times; each is read once, and
    by its type too (TRUE is not the number 1)."""
    parsed = parse_deadline(value)
    return parsed.due, parsed.problem, parsed.note


def _input_findings(row: ReturnedRow, file: str, sheet: str) -> list[Finding]:
    """What was typed that is not plain text: formulas (kept as their value, or as
    their own text when the file has no value), dates and numbers in text columns."""
    found = []
    for name, (formula, computed) in row.formulas.items():
        where = {"file": file, "sheet": sheet, "cell": row.cell(name), "value": row.inputs.get(name, ""),
                 "column": INPUT_HEADERS[name]}
        found.append(FORMULA_IN_INPUT(**where, formula=formula) if computed else FORMULA_WITHOUT_VALUE(**where))
    for name in TEXT_INPUTS:
        if name in row.originals and name not in row.formulas and row.inputs.get(name):
            found.append(VALUE_NOT_TEXT(file, sheet, row.cell(name), row.inputs[name], column=INPUT_HEADERS[name],
                                        kind=_kind(row.originals[name])))
    return found


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "逻辑值（TRUE/FALSE）"
    if isinstance(value, (date, datetime)):
        return "日期"
    if isinstance(value, (int, float)):
        return "数字"
    return "时间" if isinstance(value, (time, timedelta)) else "非文字的值"


def _readonly_sum(sheet: ReturnedSheet, row: ReturnedRow) -> str | None:
    """The checksum of a row's read-only cells as split computed it for the row it
    wrote (None when a column was deleted: nothing to compare)."""
    keys = MEASURE_CHECKED if sheet.kind == "measures" else TASK_CHECKED
    readonly = row.readonly
    if not all(k in readonly for k in keys):
        return None
    return checksum(*[readonly[k] for k in keys])


def _readonly_edited(row_sum: str | None, ident_row: dict) -> bool:
    return row_sum is not None and row_sum != ident_row.get("checksum")


def _readonly_whole(row_sum: str | None, ident_row: dict) -> bool:
    """Every read-only cell present and exactly as split wrote it for this row."""
    return row_sum is not None and row_sum == ident_row.get("checksum")


@dataclass
class Parsed:
    """A returned book turned into rows to store, with what was noticed."""

    values: dict[tuple[str, str], dict] = field(default_factory=dict)  # (task_id, measure) -> values
    unmatched: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    tasks: int = 0
    measures: int = 0


def _sheet_inputs(book: ReturnedBook, out: "Parsed") -> dict[str, str]:
    """填报人 and 联系电话 typed once above a sheet's header (what they say goes with
    every row of the file that has none of its own), with what is wrong with them."""
    once: dict[str, str] = {}
    for sheet in book.sheets:
        for row in sheet.top:
            if row.formulas or row.originals:
                out.findings += _input_findings(row, book.path.name, sheet.name)
        for field, value in sheet.sheet_inputs.items():
            once.setdefault(field, value)
    return once


def _with_sheet_inputs(values: dict, once: dict[str, str]) -> dict:
    if not once:
        return values
    return {**values, **{k: v for k, v in once.items() if not values.get(k)}}


def parse_rows(book: ReturnedBook, issued: IssuedToUnit, texts: dict[str, str], numbers: dict[str, str]) -> Parsed:
    out = Parsed()
    name = book.path.name
    fallback = moved = 0
    once = _sheet_inputs(book, out)
    for sheet in book.sheets:
        for row in sheet.rows:
            if row.formulas or row.originals:
                out.findings += _input_findings(row, name, sheet.name)
            row_sum = _readonly_sum(sheet, row)
            found, how = _match(sheet, row, issued, texts, row_sum)
            if found is None:
                if row.has_input or any(row.readonly.values()):
                    out.unmatched.append({"sheet": sheet.name, "row": row.row, "readonly": row.readonly,
                                          "inputs": _with_sheet_inputs(row.inputs, once)})
                    if row.has_input:
                        out.findings.append(returns.ROW_UNMATCHED(name, sheet.name, f"A{row.row}",
                                                                  row.readonly.get("number", ""), row=row.row))
                continue
            fallback += how == "number"
            moved += how == "moved"
            if _readonly_edited(row_sum, found):
                out.findings.append(returns.READONLY_EDITED(name, sheet.name, row.cell("text") or f"A{row.row}",
                                                            found["number"], row=row.row))
            values, problems = _value_findings(row.inputs, row.originals, row, name, sheet.name)
            values = _with_sheet_inputs(values, once)
            out.findings += problems
            key = (found["task_id"], found["id"] if sheet.kind == "measures" else "")
            if key in out.values:
                out.findings.append(returns.DUPLICATE_ROW(name, sheet.name, f"A{row.row}", found["number"]))
                values = _combine(out.values[key], values)
            out.values[key] = values
            if sheet.kind == "measures":
                out.measures += 1
            else:
                out.tasks += 1
    missing = sorted({r["number"] for r in issued.rows.values() if r["sheet"] == "任务进展"} -
                     {numbers.get(t, "") for (t, m) in out.values if not m}, key=_number_key)
    if missing and book.sheet("tasks") is not None:
        out.findings.append(returns.ROWS_DELETED(
            name, numbers="、".join(missing[:20]) + ("等" if len(missing) > 20 else ""), count=len(missing)))
    if fallback:
        out.findings.append(returns.MATCHED_BY_NUMBER(name, count=fallback))
    if moved:
        out.findings.append(returns.IDS_OUT_OF_PLACE(name, count=moved))
    return out


# --- the merge ---------------------------------------------------------------------------

def merge_period(ws: Workspace, period: str | None, store: Store, today: date | None) -> Period:
    cfg = ws.config
    if period:
        return parse_period(period, cfg.period, cfg.due_weekday, today)
    latest = store.latest_split_period()
    return parse_period(latest, cfg.period, cfg.due_weekday) if latest else parse_period(
        None, cfg.period, cfg.due_weekday, today)


def merge(ws: Workspace, inputs: list[Path] | None = None, period: str | None = None, *,
          today: date | None = None, received_at: datetime | None = None, export: bool = True,
          workers: int | None = None, progress: Callable[[int, int], None] | None = None,
          as_unit: str | None = None) -> MergeResult:
    """Read the returned workbooks, store every value, and (by default) write the 汇总台账.

    One transaction: a second merge started meanwhile waits, then finds every
    file already taken. Files are read one at a time (memory stays flat), and a
    file whose content was taken for the period before is recognised by its
    hash, unread. Files go in the order they were saved (their own saved time,
    then their modification time), so a unit's newest file is the one that counts.
    Each file counts as received when it was saved on the clerk's disk (its
    modification time), never later than ``received_at`` (default: now; the
    clerk's ``--received``); never by the saved time written inside it, which is
    the sender's word (``receipt.receipt_time``). ``as_unit`` attributes files that carry
    no identity, as the clerk confirms. ``workers``: processes that read the files
    (1: this one; default: ``workers.processes``), also given to the export."""
    checked(workers)
    if as_unit and not inputs:
        raise UsageError("--as 只能用于写明的文件，例如：ledger merge 回收/2023年第10周/某单位.xlsx --as 某单位")
    with Store.open(ws) as store:
        per = merge_period(ws, period, store, today)
        expected = store.expected_units(per.key)
        if not expected:
            raise UsageError(f"{per.label}还没有下发填报表，没有可以汇总的报送。"
                             f"请先运行 ledger split --period {per.label} 下发本期填报表；"
                             "如要汇总的是其他周期，请用 --period 写明周期。")
        as_unit = _confirmed_unit(store, as_unit, expected) if as_unit else None
        folder = None if inputs else ws.period_folder("incoming", per)
        files = collect_files(inputs or [folder])
        if not files:
            raise UsageError(f"没有找到要汇总的文件。请把各单位报送的表格放到《{folder or ws.period_folder('incoming', per)}》，"
                             "或在命令后写明文件/文件夹。")
        order = {p: file_order(p) for p in files}
        files.sort(key=lambda p: (order[p], p.name))
        result = MergeResult(per, folder=folder)
        if folder is not None and folder.name != per.label:  # a workspace from before: 回收/2023-W10
            result.findings.append(returns.INCOMING_FOLDER_OLD_NAME(str(folder), label=per.label))
        received = received_at or datetime.now()
        with store.transaction(lock=f"merge:{per.key}"), gc_paused():
            result.closed, closing = read_back_closures(ws, store)
            result.findings += closing
            context = _Context(store, per, received, as_unit, order)
            for i, (path, digest, book) in enumerate(_read_new(store, per.key, files, workers), 1):
                result.files.append(_merge_file(store, context, path, digest, book, result))
                if progress:
                    progress(i, len(files))
            result.missing_units = store.missing_units(per.key)
        result.findings += _several_files_of_one_unit(result.files, order, files)
        result.findings += [returns.FILE_REJECTED(f.file, reason=f.reason) for f in result.rejected]
        result.findings += [_pending_finding(f) for f in result.pending]
    if export:
        from . import exporting
        try:
            exported = exporting.export(ws, per.key, today=today, workers=workers)
            result.ledger = exported.path
            result.findings += exported.findings
        except FileProblem as exc:
            result.ledger_error = exc.message
            result.findings.append(returns.LEDGER_NOT_WRITTEN(reason=exc.message))
    return result


def _confirmed_unit(store: Store, written: str, expected: list[str]) -> str:
    """The unit the clerk named with --as, by its full name, alias or short name."""
    from .roster import Roster

    match = Roster(store.units()).match(written.strip())
    if match.kind in ("exact", "alias", "normalized") and len(match.names) == 1 and match.names[0] in expected:
        return match.names[0]
    close = [n for n in (match.problem.candidates if match.problem else ()) if n in expected][:3]
    hint = f"您是不是要写：{'、'.join(close)}？" if close else "请写单位名录中的全称或简称（可运行 ledger units 查看）。"
    raise UsageError(f"--as 写的“{written}”不是本期下发过填报表的单位。{hint}")


class _Context:
    """What every file of a merge is checked against, loaded when first needed: a
    merge of files that were all taken before (same content) loads none of it."""

    def __init__(self, store: Store, period: Period, received: datetime, as_unit: str | None = None,
                 order: dict[Path, tuple[float, float]] | None = None):
        self.store, self.period, self.received, self.as_unit = store, period, received, as_unit
        self.order = order or {}

    def received_at(self, path: Path) -> str:
        """When ``path`` counts as received (``receipt_time``), as stored."""
        mtime = self.order.get(path, (0.0, 0.0))[1]
        return receipt_time(mtime, self.received).isoformat(timespec="seconds")

    @cached_property
    def verifier(self) -> Verifier:
        return Verifier(self.workspace_id, self.period, self.issued, self.units, self.store.secret,
                        self._signed_current)

    def _signed_current(self, unit: str) -> str:
        current = self.store.current_submission(self.period.key, unit)
        return current["file"] if current and current["data"].get("meta_source", "none") != "none" else ""

    @cached_property
    def workspace_id(self) -> str:
        return self.store.get_meta("workspace_id") or ""

    @cached_property
    def issued(self) -> dict[str, IssuedToUnit]:
        return issued_to_units(self.store.split_files(self.period.key, active_only=False))

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


def _digest(path: Path) -> str | OSError:
    try:
        return sha256_of(path)
    except OSError as exc:
        return exc


def _read_new(store: Store, period: str, files: list[Path], workers: int | None) -> Iterator[tuple]:
    """(path, digest or error, book or error or None) per file, in order. A file
    already taken for the period (same content) is not read again; the others
    are read by worker processes a few files ahead of the caller."""
    digests = [(p, _digest(p)) for p in files]
    todo = [p for p, d in digests if isinstance(d, str) and not store.submission_with_hash(period, d)]
    books = _books(todo, processes(workers, len(todo)))
    to_read = set(todo)
    for path, digest in digests:
        if path in to_read:
            yield path, digest, next(books)
        else:
            yield path, digest, None


def _books(paths: list[Path], workers: int) -> Iterator[ReturnedBook | FileProblem]:
    if workers <= 1:
        for p in paths:
            yield read_or_problem(p)
        return
    todo = deque(paths)
    while todo:  # a worker that dies (a crash inside a reader library) breaks the pool: start another
        yield from _pooled(todo, workers)


def _pooled(todo: deque, workers: int, read=read_or_problem) -> Iterator[ReturnedBook | FileProblem]:
    """Read ``todo`` in one pool, a few files ahead, taking each path off ``todo``
    once its result is handed on. If a worker dies, the files in flight are read
    again one by one, each in a process of its own, so only the one that kills its
    reader is rejected; the caller starts a new pool for the rest."""
    with process_pool(workers) as pool:
        pending: deque = deque()
        queued = iter(list(todo))
        for p in queued:
            pending.append((p, pool.submit(read, p)))
            if len(pending) >= 3 * workers:
                break
        while pending:
            try:
                book = pending[0][1].result()
            except BrokenProcessPool:
                break
            pending.popleft()
            todo.popleft()
            yield book
            nxt = next(queued, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(read, nxt)))
    for path, future in pending:
        todo.popleft()
        done = future.done() and not future.cancelled() and future.exception() is None
        yield future.result() if done else _read_alone(path, read)


def _read_alone(path: Path, read=read_or_problem) -> ReturnedBook | FileProblem:
    with process_pool(1) as pool:
        try:
            return pool.submit(read, path).result()
        except BrokenProcessPool:
            return FileProblem(f"《{path.name}》读取时使读取程序异常退出（文件可能已损坏或被改动过），未汇总。"
                               "请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。", path=str(path))


def _merge_file(store: Store, ctx: _Context, path: Path, digest, book, result: MergeResult) -> FileOutcome:
    outcome = FileOutcome(path.name, path=str(path))
    if isinstance(digest, OSError):
        outcome.status, outcome.reason = "rejected", f"无法读取文件（{digest.strerror or digest}）。"
        return outcome
    taken = store.submission_with_hash(ctx.period.key, digest)
    if taken:  # taken before, or by an earlier file of this merge
        outcome.status, outcome.unit = "duplicate", taken
        store.received_earlier(ctx.period.key, digest, ctx.received_at(path))  # never later
        return outcome
    if isinstance(book, FileProblem):
        outcome.status, outcome.reason = "rejected", book.message
        return outcome
    try:
        verdict = ctx.verifier.attribute(book, ctx.as_unit)
        if verdict.status != "accepted":
            outcome.status, outcome.reason, outcome.unit = verdict.status, verdict.reason, verdict.unit
            return outcome
        parsed = parse_rows(book, ctx.issued[verdict.unit], ctx.texts, ctx.numbers)
    except Exception as exc:  # one file, one fate: matching a malformed file rejects it alone
        outcome.status = "rejected"
        log.warning("matching %s failed", path, exc_info=exc)
        outcome.reason = "文件内容异常，无法逐行核对。请让报送单位在下发的原表上重新填写。"
        return outcome
    _store(store, ctx, path, digest, book, verdict.unit, parsed, outcome)
    result.findings += verdict.warnings + parsed.findings
    return outcome


def _store(store: Store, ctx: _Context, path: Path, digest: str, book: ReturnedBook, unit: str,
           parsed: "Parsed", outcome: FileOutcome) -> None:
    """Keep the file's values; it becomes the unit's current report unless the
    current one was saved later (a late copy of an older file is kept as history)."""
    saved = list(ctx.order.get(path, (0.0, 0.0)))
    current = store.current_submission(ctx.period.key, unit)
    newer = _takes_over(current, book.meta_source != "none", saved)
    previous = store.current_values(ctx.period.key, unit) if newer else None
    sub = store.add_submission(ctx.period.key, unit, path.name, digest,
                               {"unmatched": parsed.unmatched, "meta_source": book.meta_source, "saved": saved},
                               ctx.received_at(path), current=newer)
    store.add_progress(sub, ctx.period.key, unit, [(t, m, v) for (t, m), v in parsed.values.items()], current=newer)
    outcome.status, outcome.unit, outcome.signed = "accepted", unit, book.meta_source != "none"
    outcome.rows, outcome.measures = parsed.tasks, parsed.measures
    if not newer:
        outcome.older, outcome.current_file = True, current["file"]
    elif previous is not None:
        outcome.superseded = True
        outcome.changed_tasks = _changed(previous, parsed.values, ctx.numbers)


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


def _pending_finding(f: "FileOutcome") -> Finding:
    return returns.FILE_NEEDS_CONFIRMATION(f.file, value=f.unit, reason=f.reason, path=f.path or f.file,
                                           unit=f.unit or "单位名称")


def _several_files_of_one_unit(outcomes: list["FileOutcome"], order: dict[Path, tuple], files: list[Path]) -> list[Finding]:
    """When one merge takes several files of a unit, say which one counts and why."""
    by_name = {p.name: p for p in files}
    by_unit: dict[str, list[FileOutcome]] = {}
    for f in outcomes:
        if f.status == "accepted":
            by_unit.setdefault(f.unit, []).append(f)
    out = []
    for unit, taken in by_unit.items():
        if len(taken) < 2:
            continue
        current = next((f for f in reversed(taken) if not f.older), taken[-1])
        times = [order.get(by_name.get(f.file), (0.0, 0.0)) for f in taken]
        if len({f.signed for f in taken}) > 1:
            why = "带有隐藏标识的正式报送优先于经您确认的无标识文件，采用"
        elif len(set(times)) < len(times) or not all(t[0] for t in times):
            why = "各文件的保存时间相同或无法读取，已按文件名顺序采用最后一个"
        else:
            why = "按文件自身记录的保存时间，采用最晚保存的一份"
        out.append(returns.SEVERAL_FILES_OF_ONE_UNIT(current.file, value=unit, count=len(taken), why=why,
                                                     files="、".join("《" + f.file + "》" for f in taken)))
    return out


def _changed(previous: dict, now: dict, numbers: dict[str, str]) -> list[str]:
    """Task numbers whose values differ from the unit's previous submission."""
    keys = {k for k, v in now.items() if previous.get(k) != v} | {k for k in previous if k not in now}
    return sorted({numbers.get(t, t) for t, _m in keys}, key=_number_key)


def _number_key(number: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.findall(r"\d+", number)) + (number,)
