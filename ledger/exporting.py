"""`ledger export`: the 汇总台账 of a period, from the database.

The 总台账 has one row per task; 报送明细 has every value each unit typed, as
typed, one row per task and unit (and per measure), with the rows a merge could
not match to any task at the end, so nothing a unit sent is missing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .city import CityExportResult
from .findings import TEXT_TRUNCATED, Finding
from .gc_pause import gc_paused
from .identity import measure_key
from .io.cells import Cut
from .io.ledger_workbook import (DETAIL_CHUNK, EVIDENCE_HEADER, EXTRA_HEADER, ID_HEADER, TITLE_HEADER,
                                 UNMATCHED_NOTE, LedgerData, detail_worker_ready, write_ledger)
from .io.unit_layout import ADDED, INPUT_FIELDS, MEASURE_READONLY, TASK_READONLY
from .model import ROLE_CN, ROLES, answering_unit, answering_units
from .periods import Period, cn_date, parse_period
from .period_status import RED, PeriodReports, PeriodStatus, TaskState, owners, period_states, status_values
from .results import FindingsResult
from .store import Store, StoredTask
from .task_text import describe_progress, extra_text, partners_text
from .workers import checked, process_pool, processes
from .workspace import LEDGER_NAME, Workspace

LIGHT_KEYS = ("red", "yellow", "green")
SHORT_TEXT = 40  # characters of the task text shown in 报送明细
DETAIL_BATCH = 500  # reports fetched from the database at a time while 报送明细 is written
PARALLEL_DETAIL_FROM = 5  # chunks of 报送明细 (DETAIL_CHUNK rows): by default, below this one process writes all
TYPED_KEYS = tuple(INPUT_FIELDS.values())  # 完成状态 … 联系电话, in the sheet's order
ADDED_NOTE = "单位自加的列——"  # before what a unit typed in columns of its own (备注 of 报送明细)
NO_VALUES = ("",) * len(TYPED_KEYS)
READONLY_HEADERS = {key: header for header, key in {**TASK_READONLY, **MEASURE_READONLY}.items()}


@dataclass
class ExportResult(FindingsResult):
    path: Path
    period: Period
    status: PeriodStatus
    findings: list[Finding] = field(default_factory=list)

    command = "export"

    def payload(self) -> dict:
        return {"period": self.period.key, "ledger": str(self.path),
                "counts": self.status.counts(), "missing_units": [u.unit for u in self.status.units
                                                                  if u.reporting == "未报送"],
                "findings": [f.to_dict() for f in self.findings]}


def evidence_text(st: TaskState) -> str:
    """Each unit's 佐证材料, one "单位：材料" a line, for a task awaiting 销号."""
    if st.closing != "待销号":
        return ""
    named = owners(st.task)
    units = named + [u for u in st.reports if u not in named]
    return "\n".join(f"{u}：{st.reports[u]['evidence']}" for u in units if st.reports.get(u, {}).get("evidence"))


def main_row(st: TaskState, lights: dict[str, str]) -> dict[str, object]:
    d = st.task.data
    lead = answering_unit(d)
    others = "\n".join(f"{u}{describe_progress(v, False)}" for u, v in st.reports.items() if u != lead)
    return {"编号": d["number"], "类别": " / ".join(d.get("category", [])), TITLE_HEADER: d.get("title") or "",
            "任务内容": d["text"], "牵头单位": "、".join(answering_units(d)), "责任/配合单位": partners_text(d),
            "完成时限": d["deadline"]["text"], EXTRA_HEADER: extra_text(d),
            "距时限天数": st.days_left if st.days_left is not None else "", "完成状态": st.status,
            "牵头单位进展": describe_progress(st.reports.get(lead), False), "各单位进展": others,
            "存在问题": st.problems, EVIDENCE_HEADER: evidence_text(st), "状态灯": lights[st.light],
            "销号": st.closing, ID_HEADER: st.task.id}


def ledger_data(ps: PeriodStatus, ws: Workspace) -> LedgerData:
    cfg = ws.config
    lights = {k: cfg.lights[k] for k in LIGHT_KEYS}
    overdue = [(s.task.data["number"], s.task.data["text"], "、".join(answering_units(s.task.data)),
                s.task.data["deadline"]["text"], -s.days_left if s.days_left is not None else "", s.status,
                s.problems) for s in ps.tasks if s.light == RED]
    missing = [(u.unit, u.group, u.contact, u.phone, u.reporting) for u in ps.units
               if u.reporting in ("未报送", "逾期报送")]
    units = sorted(ps.units, key=lambda u: (-u.rate, -u.tasks, u.unit))
    unit_rows = [(u.unit, u.group, u.tasks, u.done, u.overdue, u.rate, u.reporting) for u in units]
    return LedgerData(*_titles(cfg, ps.period), [main_row(s, lights) for s in ps.tasks], missing, overdue,
                      unit_rows, cfg.lights, cfg.yellow_days)


def ledger_head(per: Period, tasks: list[StoredTask], ws: Workspace) -> LedgerData:
    """``ledger_data`` before the task states are worked out: its titles, and of the
    总台账's rows the 任务标题 and 其他信息 alone (they choose its columns); ``LedgerData.rest``
    fills in the rest."""
    cfg = ws.config
    per_task = [{TITLE_HEADER: t.data.get("title") or "", EXTRA_HEADER: extra_text(t.data)} for t in tasks]
    return LedgerData(*_titles(cfg, per), per_task, [], [], [], cfg.lights, cfg.yellow_days)


def _titles(cfg, per: Period) -> tuple[str, str]:
    """The 汇总台账's title and the subtitle of its sheets."""
    return f"{cfg.plan_title or '任务'}汇总台账", f"{cfg.organ}　{per.label}（{per.span}）　报送截止：{cn_date(per.due)}"


# --- 报送明细 -----------------------------------------------------------------------------------

def short(text: str, limit: int = SHORT_TEXT) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


@dataclass
class DetailSource:
    """What 报送明细 is written from: the reports' keys in the order shown, and a
    way to fetch their values a batch at a time while the sheet is written."""

    tasks: list[StoredTask]
    keys: list[tuple[int, str, str, str]]  # progress id, unit, task_id, measure
    fetch: Callable[[list[int]], dict[int, dict]]  # progress ids -> values
    submissions: dict[str, dict]  # unit -> its current submission (with data)
    measures: dict[str, tuple[int, str]]  # measure key -> (order, text)
    units: dict[str, int]  # roster order
    brief: dict[str, tuple[str, str]]  # task id -> (number, text), removed tasks included
    kept: dict[int, dict] | None = None  # progress id -> ``status_values`` of each task report, kept on the way

    @classmethod
    def load(cls, store: Store, period: str, tasks: list[StoredTask],
             keys: list[tuple[int, str, str, str]], kept: dict[int, dict] | None = None) -> "DetailSource":
        """``keys``: the period's ``store.progress_keys``; ``kept``: where the task reports'
        ``status_values`` are kept as their values are read (the period's status, after)."""
        measures = {measure_key(m["task_id"], m["unit"], m["text"]): (i, m["text"])
                    for i, m in enumerate(store.measures()) if m.get("task_id")}
        return cls(tasks, keys, store.progress_values,
                   {s["unit"]: s for s in store.submissions(period, with_data=True)}, measures,
                   {u.name: i for i, u in enumerate(store.units())}, store.task_brief(), kept)

    def ordered(self) -> list[tuple[int, str, str, str]]:
        """The keys in task order, then the task's units (lead first, others by the
        roster), the task row before its measures; tasks since removed last."""
        position = {t.id: i for i, t in enumerate(self.tasks)}
        ranks = {t.id: {u: i for i, u in enumerate(owners(t))} for t in self.tasks}
        no_rank: dict[str, int] = {}

        def order(key: tuple) -> tuple:
            _id, unit, task_id, measure = key
            rank = ranks.get(task_id, no_rank)
            return (position.get(task_id, len(position)), self.brief.get(task_id, ("", ""))[0],
                    rank.get(unit, len(rank) + self.units.get(unit, len(self.units))),
                    self.measures.get(measure, (-1, ""))[0] if measure else -2, measure)
        return sorted(self.keys, key=order)


def typed_values(values: dict) -> tuple:
    """A report's values in 报送明细's columns (TYPED_KEYS), as typed ("" for none)."""
    return tuple(map(values.get, TYPED_KEYS, NO_VALUES))


def detail_rows(src: DetailSource) -> Iterator[tuple]:
    """报送明细 rows: the reports in order (values fetched and parsed a batch at a time,
    those of task reports kept in ``src.kept`` as the status takes them), then the rows
    a merge matched to no task."""
    tasks = {t.id: t for t in src.tasks}
    keys = src.ordered()
    kept = src.kept
    heads: dict[str, tuple[str, str, dict[str, str], str]] = {}  # task id -> (number, text, roles, note)
    delivered: dict[str, tuple[str, str]] = {}  # unit -> ``_delivery``
    for start in range(0, len(keys), DETAIL_BATCH):
        batch = keys[start:start + DETAIL_BATCH]
        values = src.fetch([k[0] for k in batch])
        for pid, unit, task_id, measure in batch:
            head = heads.get(task_id)
            if head is None:
                head = heads[task_id] = _detail_head(src, tasks.get(task_id), task_id)
            sent = delivered.get(unit)
            if sent is None:
                sent = delivered[unit] = _delivery(src.submissions.get(unit))
            report = values[pid]
            if measure:
                measure_text = src.measures.get(measure, (0, "（该措施已不在现行任务分解表中）"))[1]
            else:
                measure_text = ""
                if kept is not None:
                    kept[pid] = status_values(report)
            note = f"{head[3]}\n{ADDED_NOTE}{report[ADDED]}".strip() if report.get(ADDED) else head[3]
            yield (head[0], head[1], unit, head[2].get(unit, ""), measure_text, *typed_values(report), *sent, note)
    for unit in sorted(src.submissions, key=lambda u: src.units.get(u, len(src.units))):
        for entry in src.submissions[unit]["data"].get("unmatched", []):
            yield _unmatched_row(src.submissions[unit], entry)


def _roles(task: StoredTask | None) -> dict[str, str]:
    """Unit -> its role in the task (the first role naming it)."""
    out: dict[str, str] = {}
    for role in ROLES:
        for unit in task.data.get(role, ()) if task is not None else ():
            out.setdefault(unit, ROLE_CN[role])
    return out


def _delivery(sub: dict | None) -> tuple[str, str]:
    return ((sub or {}).get("received_at", "").replace("T", " "), (sub or {}).get("file", ""))


def _detail_head(src: DetailSource, task: StoredTask | None, task_id: str) -> tuple[str, str, dict[str, str], str]:
    """What the rows of a task share: number, text shortened, units' roles, note."""
    number, text = src.brief.get(task_id, ("", ""))
    return number, short(text), _roles(task), "" if task is not None else "该任务已不在现行任务清单中"


def _unmatched_row(sub: dict, entry: dict) -> tuple:
    """A returned row no task took: what it says, as typed, marked 未对应任务."""
    ro, inputs = entry.get("readonly", {}), entry.get("inputs", {})
    measure = "task_number" in ro
    shown = ("task_number", "text") if measure else ("number", "text")
    lines = [f"{UNMATCHED_NOTE}（工作表“{entry.get('sheet', '')}”第{entry.get('row', '')}行）"]
    lines += [f"{READONLY_HEADERS.get(k, k)}：{v}" for k, v in ro.items() if v and k not in shown]
    lines += [f"{ADDED_NOTE}{inputs[ADDED]}"] if inputs.get(ADDED) else []
    text = ro.get("text", "")
    return (ro.get(shown[0], ""), "" if measure else text, sub["unit"], "", text if measure else "",
            *(inputs.get(k, "") for k in TYPED_KEYS), *_delivery(sub), "\n".join(lines))


# --- the export --------------------------------------------------------------------------------

def cut_findings(path: Path, cuts: list[Cut]) -> list[Finding]:
    return [TEXT_TRUNCATED(path.name, c.sheet, c.cell, c.label, column=c.column, length=c.length) for c in cuts]


@contextmanager
def detail_workers(count: int) -> Iterator[Executor | None]:
    """Worker processes that write 报送明细's rows beside this one (``count`` - 1 of
    them; none for 1), spawned now: they import while this one works out the period."""
    if count <= 1:
        yield None
        return
    pool = process_pool(count - 1)
    try:
        for _ in range(count - 1):
            pool.submit(detail_worker_ready)
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def export(ws: Workspace, period: str | None = None, output: Path | None = None,
           today: date | None = None, *, all_workspaces: bool = False,
           workers: int | None = None) -> ExportResult | CityExportResult:
    """Write the 汇总台账 (default: 台账/汇总台账.xlsx, replaced atomically);
    ``all_workspaces`` (a city workspace): 全市汇总.xlsx over its counties (ledger.city).
    ``workers``: 1 writes on this thread alone; otherwise (default) the rows are
    compressed on a second thread while the next ones are written, and from
    PARALLEL_DETAIL_FROM chunks of 报送明细 on (or with ``workers`` given, from two)
    ``workers`` - 1 worker processes (default: the CPU count less one) write its rows,
    and those of a 总台账 of more than MAIN_CHUNK tasks (``write_ledger``)."""
    checked(workers)
    if all_workspaces:
        from .city import export_all
        return export_all(ws, period, output)
    cfg = ws.config
    path = Path(output) if output else ws.folder("ledgers") / LEDGER_NAME
    # open while writing (报送明细 reads its values as it goes), every read as of one moment: a merge
    # committed meanwhile shows in the next export, not in half of this one; the collector paused
    # (``gc_pause``): the reports and rows are freed by their counts (province: 1 s of 19 s in process)
    with Store.open(ws) as store, store.snapshot(), gc_paused():
        key = period or store.latest_split_period()
        per = parse_period(key, cfg.period, cfg.due_weekday, today)
        keys = store.progress_keys(per.key)
        n = processes(workers, -(-len(keys) // DETAIL_CHUNK), PARALLEL_DETAIL_FROM)
        with detail_workers(n) as pool:
            tasks = store.tasks(detail=False)
            kept: dict[int, dict] = {}  # each task report's ``status_values``, by id, as 报送明细 reads them
            data = ledger_head(per, tasks, ws)
            data.details = detail_rows(DetailSource.load(store, per.key, tasks, keys, kept))
            states: list[PeriodStatus] = []

            def rest(data: LedgerData) -> None:  # while the worker processes write 报送明细
                # the task reports in the order the database gives them (``period_reports``' order:
                # progress_keys and progress_reports read the same rows by the same index, by id)
                by_task: dict[str, dict[str, dict]] = {}
                for pid, unit, task_id, measure in keys:
                    if not measure:
                        by_task.setdefault(task_id, {})[unit] = kept.pop(pid)
                read = PeriodReports(tasks, store.closures(), by_task)
                states.append(period_states(store, per, cfg, read))
                whole = ledger_data(states[0], ws)
                data.main, data.missing, data.overdue, data.units = whole.main, whole.missing, whole.overdue, whole.units
            data.rest = rest
            cuts = write_ledger(path, data, workers=workers, pool=pool, pooled=n - 1)
    return ExportResult(path, per, states[0], cut_findings(path, cuts))
