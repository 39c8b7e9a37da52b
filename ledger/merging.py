"""`ledger merge`: take back what the units return, lose nothing, and store it.

Identity comes from what split embedded (very hidden sheet, hidden id column,
custom properties), never from file names or row order. Every file is either
accepted, recognised as a duplicate, or rejected with a reason; one bad file
does not stop the others. The whole merge is one database transaction.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime, time, timedelta
from pathlib import Path

from .deadlines import parse_deadline
from .errors import FileProblem, UsageError
from .findings import ERROR, FORMULA_IN_INPUT, FORMULA_WITHOUT_VALUE, VALUE_NOT_TEXT, WARNING, Finding
from .gc_pause import gc_paused
from .imports import sha256_of
from .io.returned import INPUT_FIELDS, TEXT_INPUTS, ReturnedBook, ReturnedRow, ReturnedSheet, read_returned
from .io.unit_workbook import FORMAT_NAME, MEASURE_CHECKED, STATUSES, TASK_CHECKED, checksum
from .periods import Period, parse_period
from .splitting import PARALLEL_FROM, default_workers
from .store import Store
from .workspace import Workspace

RETURN_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods", ".xlsb"}
INPUT_HEADERS = {name: header for header, name in INPUT_FIELDS.items()}
_TITLE = re.compile(r"^(?P<unit>.+?)(?:任务进展填报表|分解任务进展)（(?P<label>[^）]+)）")


@dataclass
class Identity:
    """What split sent to one unit for the period: its rows by id."""

    unit: str
    rows: dict[str, dict]  # id -> identity row (sheet, id, task_id, number, checksum)
    by_number: dict[tuple[str, str], list[dict]] = field(default_factory=dict)  # (sheet, number)


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


@dataclass
class MergeResult:
    period: Period
    files: list[FileOutcome] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    missing_units: list[str] = field(default_factory=list)
    ledger: Path | None = None
    ledger_error: str = ""
    closed: list[str] = field(default_factory=list)  # task numbers closed from the 汇总台账's 销号确认

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings) and not self.rejected

    @property
    def accepted(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "accepted"]

    @property
    def rejected(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "rejected"]

    def to_dict(self) -> dict:
        return {
            "ok": self.ok, "period": self.period.key,
            "accepted": [{"file": f.file, "unit": f.unit, "rows": f.rows, "measures": f.measures,
                          "superseded": f.superseded, "changed_tasks": f.changed_tasks} for f in self.accepted],
            "duplicates": [{"file": f.file, "unit": f.unit} for f in self.files if f.status == "duplicate"],
            "rejected": [{"file": f.file, "reason": f.reason} for f in self.rejected],
            "missing_units": self.missing_units,
            "findings": [f.to_dict() for f in self.findings],
            "ledger": str(self.ledger) if self.ledger else None,
            "ledger_error": self.ledger_error or None,
            "closed": self.closed,
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


def identities(split_files: list[dict]) -> dict[str, Identity]:
    out: dict[str, Identity] = {}
    for f in split_files:  # later splits of the period overwrite earlier rows of the same id
        ident = out.setdefault(f["unit"], Identity(f["unit"], {}))
        for row in f["rows"]:
            ident.rows[row["id"]] = row
    for ident in out.values():
        for row in ident.rows.values():
            ident.by_number.setdefault((row["sheet"], row["number"]), []).append(row)
    return out


# --- identifying a returned file --------------------------------------------------------

def _title_identity(book: ReturnedBook, known_units: Iterable[str]) -> dict[str, str]:
    """Without metadata: the unit and period written in the sheet's title row."""
    from .io.grid import load_grids
    from .io.read import cell_text

    units = set(known_units)
    for grid in load_grids(book.path, hidden=False):
        for row in grid.rows[:3]:
            for value in row:
                m = _TITLE.match(cell_text(value))
                if m and m.group("unit") in units:
                    return {"unit": m.group("unit"), "period_label": m.group("label")}
    return {}


def identify(book: ReturnedBook, workspace_id: str, period: Period, idents: dict[str, Identity],
             units: set[str]) -> tuple[str, list[Finding], str]:
    """(unit, warnings, rejection reason) for a returned workbook."""
    meta, name = book.meta, book.path.name
    warnings: list[Finding] = []
    if book.meta_source == "none":
        found = _title_identity(book, idents)
        if not found:
            return "", [], "文件中没有 ledger 下发表的标识（隐藏信息已丢失），也无法从表头认出报送单位。请让该单位在下发的原表上填写后重新报送。"
        if found["period_label"] != period.label:
            return "", [], f"文件是“{found['period_label']}”的填报表，不是本期（{period.label}）的。"
        warnings.append(Finding("identity-from-title", WARNING,
                                f"《{name}》的隐藏标识已丢失，按表头认定为“{found['unit']}”的本期填报表，并按编号和任务内容逐行核对。",
                                name, suggestion="请提醒该单位在下发的原表上填写，不要复制到新文件。"))
        return found["unit"], warnings, ""
    if meta.get("format", FORMAT_NAME) != FORMAT_NAME:
        return "", [], "这不是 ledger 下发的填报表。"
    if meta.get("workspace") and meta["workspace"] != workspace_id:
        return "", [], "这是另一个工作区（其他台账）下发的填报表，不属于本台账。"
    if meta.get("period") != period.key:
        return "", [], f"这是 {meta.get('period') or '未知周期'} 的填报表，不是本期（{period.key}）的。请让该单位填写本期下发的表格。"
    unit = meta.get("unit", "")
    if unit not in units:
        return "", [], f"报送单位“{unit}”不在本工作区的单位名录中。"
    if unit not in idents:
        return "", [], f"本期没有给“{unit}”下发过填报表。"
    return unit, warnings, ""


# --- matching rows ---------------------------------------------------------------------

def _match(sheet: ReturnedSheet, row: ReturnedRow, ident: Identity, texts: dict[str, str]) -> tuple[dict | None, bool]:
    """The identity row a returned row belongs to, and whether it took the fallback."""
    sheet_name = "分解任务" if sheet.kind == "measures" else "任务进展"
    if row.id and row.id in ident.rows and ident.rows[row.id]["sheet"] == sheet_name:
        return ident.rows[row.id], False
    number = row.readonly.get("task_number" if sheet.kind == "measures" else "number", "")
    candidates = ident.by_number.get((sheet_name, number), [])
    if sheet.kind == "tasks":
        text = row.readonly.get("text", "")
        candidates = [c for c in candidates if texts.get(c["task_id"], "") == text]
    if len(candidates) == 1:
        return candidates[0], True
    return None, False


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
    where = {"file": file, "sheet": sheet}
    status = values.get("status", "")
    if status and status not in STATUSES:
        found.append(Finding("status-invalid", WARNING, f"第{row.row}行的完成状态“{status}”不在选项中。",
                             cell=row.cell("status"), value=status,
                             suggestion="请从下拉列表中选择：" + "、".join(STATUSES), **where))
    expected = originals.get("expected")
    if values.get("expected"):
        parsed = _date_of(expected)
        out["expected_date"] = parsed.isoformat() if parsed else ""
        if parsed is None:
            found.append(Finding("date-invalid", WARNING, f"第{row.row}行的预计完成时间“{values['expected']}”不是日期。",
                                 cell=row.cell("expected"), value=values["expected"],
                                 suggestion="请写成日期，如 2023-06-30。", **where))
    if status == "已完成" and not (values.get("evidence") and values.get("progress")):
        missing = "、".join(n for k, n in (("progress", "本期进展"), ("evidence", "佐证材料")) if not values.get(k))
        found.append(Finding("done-without-evidence", WARNING, f"第{row.row}行报“已完成”，但没有填写{missing}。",
                             cell=row.cell("evidence") or row.cell("status"), value=status,
                             suggestion="请补充完成情况和佐证材料，否则不能销号。", **where))
    return out, found


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


def _date_of(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and 1 < value < 2958466:
        return date(1899, 12, 30) + timedelta(days=int(value))
    parsed = parse_deadline(str(value or ""))
    return parsed.due if parsed.due and not parsed.problem else None


def _readonly_edited(sheet: ReturnedSheet, row: ReturnedRow, ident_row: dict) -> bool:
    keys = MEASURE_CHECKED if sheet.kind == "measures" else TASK_CHECKED
    if not all(k in row.readonly for k in keys):
        return False  # a column was deleted: nothing to compare
    return checksum(*(row.readonly[k] for k in keys)) != ident_row.get("checksum")


@dataclass
class Parsed:
    """A returned book turned into rows to store, with what was noticed."""

    values: dict[tuple[str, str], dict] = field(default_factory=dict)  # (task_id, measure) -> values
    unmatched: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    tasks: int = 0
    measures: int = 0


def parse_rows(book: ReturnedBook, ident: Identity, texts: dict[str, str], numbers: dict[str, str]) -> Parsed:
    out = Parsed()
    name = book.path.name
    fallback = 0
    for sheet in book.sheets:
        for row in sheet.rows:
            if row.formulas or row.originals:
                out.findings += _input_findings(row, name, sheet.name)
            found, by_number = _match(sheet, row, ident, texts)
            if found is None:
                if row.has_input or any(row.readonly.values()):
                    out.unmatched.append({"sheet": sheet.name, "row": row.row, "readonly": row.readonly,
                                          "inputs": row.inputs})
                    if row.has_input:
                        out.findings.append(Finding(
                            "row-unmatched", WARNING, f"第{row.row}行找不到对应的任务，内容已原样保存，未计入任何任务。",
                            name, sheet.name, f"A{row.row}", row.readonly.get("number", ""),
                            "请核对该行是否为该单位的任务，必要时手工补录。"))
                continue
            fallback += by_number
            if _readonly_edited(sheet, row, found):
                out.findings.append(Finding(
                    "readonly-edited", WARNING, f"第{row.row}行（任务{found['number']}）的任务信息被改动过；任务清单不会因此改变。",
                    name, sheet.name, row.cell("text") or f"A{row.row}", found["number"],
                    "如任务信息确需调整，请修改任务清单后重新导入。"))
            values, problems = _value_findings(row.inputs, row.originals, row, name, sheet.name)
            out.findings += problems
            key = (found["task_id"], found["id"] if sheet.kind == "measures" else "")
            if key in out.values:
                out.findings.append(Finding(
                    "duplicate-row", WARNING, f"任务{found['number']}在表中出现了不止一行，各行内容已合并保存。",
                    name, sheet.name, f"A{row.row}", found["number"], "请每项任务只填一行。"))
                values = _combine(out.values[key], values)
            out.values[key] = values
            if sheet.kind == "measures":
                out.measures += 1
            else:
                out.tasks += 1
    missing = sorted({r["number"] for r in ident.rows.values() if r["sheet"] == "任务进展"} -
                     {numbers.get(t, "") for (t, m) in out.values if not m}, key=_number_key)
    if missing and book.sheet("tasks") is not None:
        out.findings.append(Finding(
            "rows-deleted", WARNING, f"《{name}》中没有任务 {'、'.join(missing[:20])}{'等' if len(missing) > 20 else ''}"
            f"（共 {len(missing)} 项）的行，这些任务本期视为该单位未报。", name,
            suggestion="请核实该单位是否误删了行；需要时请其补报。"))
    if fallback:
        out.findings.append(Finding(
            "matched-by-number", WARNING, f"《{name}》有 {fallback} 行的隐藏标识已丢失，已按编号和任务内容对应到任务。",
            name, suggestion="请提醒该单位不要删除隐藏列、不要把内容复制到新表。"))
    return out


def read_back_closures(ws: Workspace, store: Store) -> list[str]:
    """销号 confirmed by the clerk in the 汇总台账's 销号确认 column: close those tasks."""
    from .export import LEDGER_NAME
    from .io.ledger_workbook import read_confirmations

    path = ws.folder("ledgers") / LEDGER_NAME
    if not path.exists():
        return []
    try:
        confirmed = read_confirmations(path)
    except FileProblem:
        return []
    open_ids = {t.id: t.number for t in store.tasks(detail=False)}
    already = store.closures()
    ids = [t for t in confirmed if t in open_ids and t not in already]
    store.close_tasks(ids, "汇总台账中确认销号")
    return [open_ids[t] for t in ids]


# --- the merge ---------------------------------------------------------------------------

def merge_period(ws: Workspace, period: str | None, store: Store, today: date | None) -> Period:
    cfg = ws.config
    if period:
        return parse_period(period, cfg.period, cfg.due_weekday)
    latest = store.latest_split_period()
    return parse_period(latest, cfg.period, cfg.due_weekday) if latest else parse_period(
        None, cfg.period, cfg.due_weekday, today)


def merge(ws: Workspace, inputs: list[Path] | None = None, period: str | None = None, *,
          today: date | None = None, received_at: datetime | None = None, export: bool = True,
          workers: int | None = None, progress: Callable[[int, int], None] | None = None) -> MergeResult:
    """Read the returned workbooks, store every value, and (by default) write the 汇总台账.

    One transaction: a second merge started meanwhile waits, then finds every
    file already taken. Files are read one at a time (memory stays flat), and a
    file whose content was taken before is recognised by its hash, unread.
    ``received_at`` is when the files count as received (default: now)."""
    with Store.open(ws.db_path) as store:
        per = merge_period(ws, period, store, today)
        files = collect_files(inputs or [ws.folder("incoming") / per.key])
        if not files:
            raise UsageError(f"没有找到要汇总的文件。请把各单位报送的表格放到《{ws.folder('incoming') / per.key}》，"
                             "或在命令后写明文件/文件夹。")
        result = MergeResult(per)
        received = (received_at or datetime.now()).isoformat(timespec="seconds")
        with store.transaction(), gc_paused():
            result.closed = read_back_closures(ws, store)
            context = _Context(store, per, received)
            for i, (path, digest, book) in enumerate(_read_new(store, files, workers), 1):
                result.files.append(_merge_file(store, context, path, digest, book, result))
                if progress:
                    progress(i, len(files))
            result.missing_units = store.missing_units(per.key)
        result.findings += [Finding("file-rejected", ERROR, f"《{f.file}》未汇总：{f.reason}", f.file,
                                    suggestion="请联系报送单位重新报送。") for f in result.rejected]
    if export:
        from .export import export_ledger
        try:
            exported = export_ledger(ws, per.key, today=today)
            result.ledger = exported.path
            result.findings += exported.findings
        except FileProblem as exc:
            result.ledger_error = exc.message
    return result


class _Context:
    """What every file of a merge is checked against, loaded when first needed: a
    merge of files that were all taken before (same content) loads none of it."""

    def __init__(self, store: Store, period: Period, received: str):
        self.store, self.period, self.received = store, period, received

    @cached_property
    def workspace_id(self) -> str:
        return self.store.get_meta("workspace_id") or ""

    @cached_property
    def idents(self) -> dict[str, Identity]:
        return identities(self.store.split_files(self.period.key, active_only=False))

    @cached_property
    def units(self) -> set[str]:
        return {u.name for u in self.store.units()} | set(self.idents)

    @cached_property
    def _brief(self) -> dict[str, tuple[str, str]]:
        return self.store.task_brief()

    @cached_property
    def texts(self) -> dict[str, str]:
        return {tid: text for tid, (_n, text) in self._brief.items()}

    @cached_property
    def numbers(self) -> dict[str, str]:
        return {tid: number for tid, (number, _t) in self._brief.items()}


def _read_one(path: Path) -> ReturnedBook | FileProblem:
    try:
        return read_returned(path)
    except FileProblem as exc:
        return exc


def _digest(path: Path) -> str | OSError:
    try:
        return sha256_of(path)
    except OSError as exc:
        return exc


def _read_new(store: Store, files: list[Path], workers: int | None) -> Iterator[tuple]:
    """(path, digest or error, book or error or None) per file, in order. A file
    already taken (same content) is not read again; the others are read by
    worker processes a few files ahead of the caller."""
    digests = [(p, _digest(p)) for p in files]
    todo = [p for p, d in digests if isinstance(d, str) and not store.submission_with_hash("", d)]
    books = _books(todo, workers if workers is not None else default_workers())
    to_read = set(todo)
    for path, digest in digests:
        if path in to_read:
            yield path, digest, next(books)
        else:
            yield path, digest, None


def _books(paths: list[Path], workers: int) -> Iterator[ReturnedBook | FileProblem]:
    if workers <= 1 or len(paths) < PARALLEL_FROM:
        for p in paths:
            yield _read_one(p)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        pending: deque = deque()
        it = iter(paths)
        for p in it:
            pending.append(pool.submit(_read_one, p))
            if len(pending) >= 3 * workers:
                break
        while pending:
            yield pending.popleft().result()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(_read_one, nxt))


def _merge_file(store: Store, ctx: _Context, path: Path, digest, book, result: MergeResult) -> FileOutcome:
    outcome = FileOutcome(path.name)
    if isinstance(digest, OSError):
        outcome.status, outcome.reason = "rejected", f"无法读取文件（{digest.strerror or digest}）。"
        return outcome
    taken = store.submission_with_hash(ctx.period.key, digest)
    if taken:  # taken before, or by an earlier file of this merge
        outcome.status, outcome.unit = "duplicate", taken
        return outcome
    if isinstance(book, FileProblem):
        outcome.status, outcome.reason = "rejected", book.message
        return outcome
    unit, warnings, reason = identify(book, ctx.workspace_id, ctx.period, ctx.idents, ctx.units)
    if reason:
        outcome.status, outcome.reason = "rejected", reason
        return outcome
    parsed = parse_rows(book, ctx.idents[unit], ctx.texts, ctx.numbers)
    previous = store.current_values(ctx.period.key, unit)
    sub = store.add_submission(ctx.period.key, unit, path.name, digest,
                               {"unmatched": parsed.unmatched, "meta_source": book.meta_source}, ctx.received)
    store.add_progress(sub, ctx.period.key, unit, [(t, m, v) for (t, m), v in parsed.values.items()])
    outcome.status, outcome.unit = "accepted", unit
    outcome.rows, outcome.measures = parsed.tasks, parsed.measures
    if previous is not None:
        outcome.superseded = True
        outcome.changed_tasks = _changed(previous, parsed.values, ctx.numbers)
    result.findings += warnings + parsed.findings
    return outcome


def _changed(previous: dict, now: dict, numbers: dict[str, str]) -> list[str]:
    """Task numbers whose values differ from the unit's previous submission."""
    keys = {k for k, v in now.items() if previous.get(k) != v} | {k for k in previous if k not in now}
    return sorted({numbers.get(t, t) for t, _m in keys}, key=_number_key)


def _number_key(number: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.findall(r"\d+", number)) + (number,)
