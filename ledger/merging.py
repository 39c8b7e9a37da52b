"""`ledger merge`: take back what the units return, lose nothing, and store it.

Identity comes from what split embedded (very hidden sheet, hidden id column,
custom properties), never from file names or row order. Every file is either
accepted, recognised as a duplicate, or rejected with a reason; one bad file
does not stop the others. The whole merge is one database transaction.

This module decides which files are new: a file whose content was taken for
the period before is a duplicate, known by its checksum, unread. Only new
files need the reading side (``merge_intake.py``: the reader and its safety
scan, the worker pool, attribution, row matching), and only then is it loaded.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from .closing import read_back_closures
from .errors import FileProblem, UsageError
from .findings import Finding, returns
from .gc_pause import gc_paused
from .io.digest import sha256_of
from .io.saved_time import file_order
from .merge_results import FileOutcome, MergeResult, MergeRun
from .periods import Period, parse_period
from .store import Store
from .worker_counts import checked
from .workspace import Workspace

RETURN_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".et", ".ods", ".xlsb"}


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


def not_read(folder: Path) -> list[str]:
    """What a folder holds that ``collect_files`` does not read: sub-folders holding files, and files that are no
    workbooks (a unit's .zip, .docx, .pdf or .txt), as "name" or "sub-folder/name" (lock and temporary files aside)."""
    out: list[str] = []
    for p in sorted(folder.iterdir()):
        if p.is_dir():
            out += [f"{p.name}/{q.relative_to(p)}" for q in sorted(p.rglob("*")) if q.is_file() and not _temporary(q)]
        elif p.is_file() and not _returnable(p) and not _temporary(p) and not p.name.startswith("."):
            out.append(p.name)
    return out


def _temporary(p: Path) -> bool:
    return p.name.startswith(("~$", ".~lock", "~ledger-"))


def _returnable(p: Path) -> bool:
    return p.suffix.lower() in RETURN_SUFFIXES and not _temporary(p)


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
        files = collect_files(inputs) if inputs else collect_files([folder]) if folder.exists() else []
        skipped = [name for item in ([folder] if folder is not None else [Path(i) for i in inputs])
                   if item.is_dir() for name in not_read(item)]
        if not files:
            also = f"（其中的{'、'.join(f'《{n}》' for n in skipped[:8])}不是可汇总的表格或在子文件夹中）" if skipped else ""
            raise UsageError(f"没有找到要汇总的文件{also}。请把各单位报送的表格放到《{folder or ws.period_folder('incoming', per)}》，"
                             "或在命令后写明文件/文件夹。")
        order = {p: file_order(p) for p in files}
        files.sort(key=lambda p: (order[p], p.name))
        result = MergeResult(per, folder=folder)
        if skipped:
            result.findings.append(returns.FILES_NOT_READ(
                str(folder or inputs[0]), count=len(skipped), names="、".join(f"《{n}》" for n in skipped[:8])
                + ("等" if len(skipped) > 8 else "")))
        if folder is not None and folder.name != per.label:  # a workspace from before: 回收/2023-W10
            result.findings.append(returns.INCOMING_FOLDER_OLD_NAME(str(folder), label=per.label))
        received = received_at or datetime.now()
        with store.transaction(lock=f"merge:{per.key}"), gc_paused():
            result.closed, closing = read_back_closures(ws, store)
            result.findings += closing
            _take(MergeRun(store, per, received, as_unit, order), files, workers, result, progress)
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


def _take(run: MergeRun, files: list[Path], workers: int | None, result: MergeResult,
          progress: Callable[[int, int], None] | None) -> None:
    """Each file's fate, in order. A file already taken for the period (same
    content) is a duplicate, unread; the new ones are read by worker processes a
    few files ahead of the one being taken."""
    digests = [(p, _digest(p)) for p in files]
    new = [p for p, d in digests if isinstance(d, str) and not run.store.submission_with_hash(run.period.key, d)]
    intake = _intake(run, new, workers) if new else None
    for i, (path, digest) in enumerate(digests, 1):
        book = intake.book(path) if intake else None
        outcome = FileOutcome(path.name, path=str(path))
        if not _known(run, outcome, path, digest):
            intake.take(outcome, path, digest, book, result.findings)
        result.files.append(outcome)
        if progress:
            progress(i, len(files))


def _intake(run: MergeRun, new: list[Path], workers: int | None):
    """The taking of new files (``merge_intake.NewFiles``). Imported here, the one
    place, and only when some file is new: the reader, its safety scan, the worker
    pool and the row matching are what a re-merge of unchanged files never uses
    (about a quarter of its CPU). ``merge_intake`` imports nothing of this module."""
    from .merge_intake import NewFiles  # deliberate: loaded only when a file must be read

    return NewFiles(run, new, workers)


def _known(run: MergeRun, outcome: FileOutcome, path: Path, digest: str | OSError) -> bool:
    """Whether the file's fate is decided without reading it: it cannot be read from
    disk, or its content was taken before (by an earlier merge or an earlier file of
    this one; it counts as received no later than now)."""
    if isinstance(digest, OSError):
        outcome.status, outcome.reason = "rejected", f"无法读取文件（{digest.strerror or digest}）。"
        return True
    taken = run.store.submission_with_hash(run.period.key, digest)
    if taken:
        outcome.status, outcome.unit = "duplicate", taken
        run.store.received_earlier(run.period.key, digest, run.received_at(path))  # never later
        return True
    return False


def _digest(path: Path) -> str | OSError:
    try:
        return sha256_of(path)
    except OSError as exc:
        return exc


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
