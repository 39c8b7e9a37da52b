"""`ledger report` and `ledger remind`: the weekly 通报 and the 督办通知 in Word.

The context is a plain dict built here from the period's figures (testable
without Word); ``io/docx_render.py`` renders it with docxtpl. Every variable is
listed, with an example, in docs/templates.md.

Progress categories (进度分类), from the lead unit's status and the days left to
the task's deadline (from the period's report day; none for 长期坚持 tasks):

- 已完成: status 已完成, or the task is closed (已销号);
- 欠进度（滞后）: status 滞后; or past its deadline; or 未启动/not reported when the
  deadline is within the yellow window (ledger.toml ``yellow_days``), past, or
  has no date (an ongoing task that has not started);
- 超进度: 推进中/常态化推进 with more than the yellow window left;
- 达进度: everything else (推进中/常态化推进 within the window or with no date,
  未启动 with more than the window left).

Ranking (单位排名), within each peer group of ledger.toml ``[ranking] groups``
(a unit ranks in the first group its roster 分组 names): score = 100 ×
(completion × 完成率 + overdue × (1 − 逾期任务数/任务数) + on_time × 报送得分) /
(sum of the weights); 报送得分 is 1 for 按时报送, 0.5 for 逾期报送, 0 for 未报送,
1 for a unit that was not asked this period. Equal scores share a rank.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .chart import WIDTH_MM, Bar, completion_chart
from .errors import FileProblem, TemplateProblem
from .findings import Finding
from .io.docx_render import (
    NO_LIBREOFFICE,
    check_docx_template,
    preflight,
    render_docx,
    to_pdf,
)
from .periods import Period, cn_date, parse_period
from .status import DONE, RED, PeriodStatus, TaskState, UnitState, owners, period_status
from .store import Store, StoredTask
from .workspace import RankingRules, Workspace

_HERE = Path(__file__).resolve().parent
# the default templates: inside the package when installed from a wheel, else templates/ of the checkout
TEMPLATES = next((p for p in (_HERE / "templates", _HERE.parent / "templates") if p.is_dir()), _HERE.parent / "templates")
REPORT_TEMPLATE = "通报.docx"
REMIND_TEMPLATE = "督办通知.docx"
ISSUE_KEY = "report_issue_number"
REPORTING_SCORE = {"按时报送": 1.0, "逾期报送": 0.5, "未报送": 0.0}
CATEGORIES = (("done", "已完成"), ("ahead", "超进度"), ("on_track", "达进度"), ("behind", "欠进度（滞后）"))
NOTHING = {"", "无", "暂无", "没有", "无问题", "暂无问题", "否", "/", "-", "—", "——", "无。", "暂无。"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


# --- small helpers -----------------------------------------------------------------------------

def clean_text(value: Any) -> str:
    """Text from a unit, safe for Word: line breaks kept, control characters dropped."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


def first_group(group: str) -> str:
    """A roster 分组 such as "县直部门、成员单位" -> "县直部门"."""
    return (re.split(r"[、，,；;/\s]+", group.strip()) or [""])[0]


def percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def subject_of(plan_title: str) -> str:
    """"平罗县深化改革加强食品安全工作实施方案" -> "平罗县深化改革加强食品安全工作"."""
    return re.sub(r"(的)?(实施方案|工作方案|行动方案|方案)$", "", plan_title.strip())


def safe_name(text: str) -> str:
    return _UNSAFE_NAME.sub("_", text).strip() or "通报"


def _joined(names: list[str]) -> str:
    return "、".join(names)


# --- figures -----------------------------------------------------------------------------------

def progress_category(st: TaskState, yellow_days: int) -> str:
    """done | ahead | on_track | behind (see the module docstring)."""
    if st.status == DONE or st.closing == "已销号":
        return "done"
    days = st.days_left
    if st.status == "滞后" or (days is not None and days < 0):
        return "behind"
    far = days is not None and days > yellow_days
    if st.status in ("未启动", ""):
        return "on_track" if far else "behind"
    return "ahead" if far else "on_track"


def figures(ps: PeriodStatus) -> dict[str, Any]:
    c = ps.counts()
    rate = percent(c["done"], c["tasks"])
    return {**c, "rate": rate, "rate_text": f"{rate:.1f}%"}


def categories(ps: PeriodStatus, yellow_days: int) -> list[dict[str, Any]]:
    counts = {key: 0 for key, _ in CATEGORIES}
    for st in ps.tasks:
        counts[progress_category(st, yellow_days)] += 1
    total = len(ps.tasks)
    return [{"key": key, "name": name, "count": counts[key], "share": percent(counts[key], total),
             "share_text": f"{percent(counts[key], total):.1f}%"} for key, name in CATEGORIES]


def _delta(value: float, unit: str, up: str, down: str) -> str:
    if value > 0:
        return f"{up}{value:g}{unit}"
    if value < 0:
        return f"{down}{-value:g}{unit}"
    return "持平"


def change(now: dict[str, Any], before: dict[str, Any] | None, label: str) -> dict[str, Any]:
    if before is None:
        return {"available": False, "previous": label, "done": None, "overdue": None, "rate": None,
                "previous_rate": None, "text": f"上期（{label}）无报送数据，暂无比较"}
    rate = round(now["rate"] - before["rate"], 1)
    done, overdue = now["done"] - before["done"], now["overdue"] - before["overdue"]
    text = (f"较上期（{label}）完成率{_delta(rate, '个百分点', '提高', '下降')}，已完成任务"
            f"{_delta(done, '项', '增加', '减少')}，逾期任务{_delta(overdue, '项', '增加', '减少')}")
    return {"available": True, "previous": label, "done": done, "overdue": overdue, "rate": rate,
            "previous_rate": before["rate"], "text": text}


def reporting(units: list[UnitState]) -> dict[str, Any]:
    groups: dict[str, list[str]] = {"按时报送": [], "逾期报送": [], "未报送": []}
    for u in units:
        if u.reporting in groups:
            groups[u.reporting].append(u.unit)
    on_time, late, missing = groups["按时报送"], groups["逾期报送"], groups["未报送"]
    return {"expected_count": len(on_time) + len(late) + len(missing),
            "on_time": on_time, "late": late, "missing": missing,
            "on_time_count": len(on_time), "late_count": len(late), "missing_count": len(missing),
            "on_time_text": _joined(on_time), "late_text": _joined(late), "missing_text": _joined(missing)}


def unit_row(u: UnitState) -> dict[str, Any]:
    rate = percent(u.done, u.tasks)
    return {"unit": u.unit, "group": u.group, "tasks": u.tasks, "done": u.done, "rate": rate,
            "rate_text": f"{rate:.1f}%", "overdue": u.overdue, "reporting": u.reporting,
            "received_at": u.received_at.replace("T", " ")[:16]}


def score(u: UnitState, rules: RankingRules) -> float:
    w = rules.weights
    parts = (w["completion"] * (u.done / u.tasks) + w["overdue"] * (1 - u.overdue / u.tasks)
             + w["on_time"] * REPORTING_SCORE.get(u.reporting, 1.0))
    return round(100 * parts / sum(w.values()), 1)


def rankings(units: list[UnitState], rules: RankingRules) -> list[dict[str, Any]]:
    out = []
    for group in rules.groups:
        members = [u for u in units if u.tasks and first_group(u.group) == group]
        scored = sorted(((score(u, rules), u) for u in members), key=lambda p: (-p[0], -p[1].rate, p[1].overdue))
        rows, rank = [], 0
        for i, (s, u) in enumerate(scored, 1):
            rank = rank if rows and rows[-1]["score"] == s else i
            rows.append({**unit_row(u), "rank": rank, "score": s})
        out.append({"group": group, "count": len(rows), "units": rows})
    return out


def overdue_tasks(ps: PeriodStatus) -> list[dict[str, Any]]:
    out = []
    for st in (s for s in ps.tasks if s.light == RED):
        d = st.task.data
        due = d.get("deadline", {}).get("due")
        out.append({"no": len(out) + 1, "number": d["number"], "text": clean_text(d["text"]),
                    "lead": _joined(d.get("lead") or owners(st.task)[:1]), "units": _joined(owners(st.task)),
                    "deadline": clean_text(d.get("deadline", {}).get("text", "")),
                    "due": cn_date(date.fromisoformat(due)) if due else "",
                    "days_overdue": -(st.days_left or 0), "status": st.status or "未报送",
                    "problems": clean_text(st.problems)})
    return out


def problems(rows: list[tuple[str, str, str, dict]], tasks: list[StoredTask], units: list[UnitState]) -> list[dict]:
    """存在问题 the units reported this period (task and measure rows), per unit, without repeats."""
    order = {t.id: i for i, t in enumerate(tasks)}
    numbers = {t.id: t.number for t in tasks}
    position = {t.number: i for i, t in reversed(list(enumerate(tasks)))}
    found: dict[str, dict[str, list[str]]] = {}
    for unit, task_id, _measure, values in sorted(rows, key=lambda r: (order.get(r[1], 1 << 30), r[2])):
        text = clean_text(values.get("problems")).rstrip("。；;，, \n")
        if text in NOTHING or task_id not in numbers:
            continue
        tasks_of = found.setdefault(unit, {}).setdefault(text, [])
        if numbers[task_id] not in tasks_of:
            tasks_of.append(numbers[task_id])
    rank = {u.unit: i for i, u in enumerate(units)}
    out = []
    for unit in sorted(found, key=lambda n: (rank.get(n, 1 << 30), n)):
        items = [{"tasks": _joined(nums), "text": text} for text, nums in found[unit].items()]
        all_tasks = sorted({n for nums in found[unit].values() for n in nums}, key=position.__getitem__)
        out.append({"unit": unit, "tasks": _joined(all_tasks), "items": items,
                    "text": "；".join(i["text"] for i in items) + "。"})
    return out


def requirements(organ: str, fig: dict, rep: dict, per: Period, reply_by: str) -> list[dict[str, str]]:
    who = organ or "办公室"
    overdue = (f"对本期通报的{fig['overdue']}项逾期任务，牵头单位要逐项分析原因，明确整改措施和完成时限，"
               "尽快完成。" if fig["overdue"] else "对临近完成时限的任务要提前谋划，确保按期完成。")
    late = (f"{rep['missing_text']}要于{reply_by}前补报本期进展情况；" if rep["missing"] else "")
    return [
        {"heading": "压实工作责任", "text": "各牵头单位要对照任务清单逐项梳理推进情况，主要负责同志亲自过问，"
                                       "配合单位要主动对接、形成合力。" + overdue},
        {"heading": "按时报送进展", "text": late + f"各单位要于每{'周' if per.kind == 'week' else '月'}规定时间前"
                                       "如实报送任务进展情况和佐证材料，已完成的任务及时申请销号。"},
        {"heading": "强化督查问效", "text": f"{who}将持续跟踪任务推进情况，对进度滞后、逾期未完成和未按时报送的单位"
                                       "进行督办，并在下期通报中予以通报。"},
    ]


# --- the context -------------------------------------------------------------------------------

def working_days_after(day: date, n: int) -> date:
    while n:
        day += timedelta(days=1)
        n -= day.weekday() < 5
    return day


def period_dict(per: Period) -> dict[str, str]:
    return {"key": per.key, "label": per.label, "span": per.span, "start": cn_date(per.start),
            "end": cn_date(per.end), "due_date": cn_date(per.due), "due_text": per.due_text}


def base_context(ws: Workspace, per: Period, today: date) -> dict[str, Any]:
    cfg = ws.config
    return {"organ": clean_text(cfg.organ), "plan_title": clean_text(cfg.plan_title),
            "subject": clean_text(subject_of(cfg.plan_title)), "period": period_dict(per),
            "date": cn_date(today), "year": today.year,
            "reply_by": cn_date(working_days_after(today, 2))}


def report_context(ws: Workspace, ps: PeriodStatus, previous: PeriodStatus | None, issue: int,
                   problem_rows: list[tuple[str, str, str, dict]], rules: RankingRules, today: date) -> dict[str, Any]:
    """Everything the 通报 template can use (see docs/templates.md)."""
    ctx = base_context(ws, ps.period, today)
    fig = figures(ps)
    rep = reporting(ps.units)
    subject = ctx["subject"]
    ctx.update({
        "title": f"关于{subject or '重点任务'}进展情况的通报", "issue": issue, "issue_text": f"第{issue}期",
        "figures": fig,
        "change": change(fig, figures(previous) if previous else None, ps.period.previous().label),
        "categories": categories(ps, ws.config.yellow_days), "reporting": rep,
        "rankings": rankings(ps.units, rules),
        "ranking_rule": {k: round(100 * v / sum(rules.weights.values())) for k, v in rules.weights.items()},
        "units": [unit_row(u) for u in ps.units if u.tasks],
        "overdue_tasks": overdue_tasks(ps),
        "problems": problems(problem_rows, [s.task for s in ps.tasks], ps.units),
        "chart": "",
    })
    ctx["category"] = {c["key"]: c for c in ctx["categories"]}
    ctx["requirements"] = requirements(ctx["organ"], fig, rep, ps.period, ctx["reply_by"])
    return ctx


def _role(task: StoredTask, unit: str) -> str:
    for role, name in (("lead", "牵头"), ("responsible", "责任"), ("cooperating", "配合")):
        if unit in task.data.get(role, []):
            return name
    return ""


def unit_tasks(ps: PeriodStatus, unit: UnitState) -> list[dict[str, Any]]:
    """The unit's tasks a 督办通知 lists: overdue ones, and (when it did not report) all others."""
    out = []
    mine = [s for s in ps.tasks if unit.unit in owners(s.task)]
    for st in sorted(mine, key=lambda s: s.light != RED):
        overdue = st.light == RED
        if not overdue and unit.reporting != "未报送":
            continue
        d = st.task.data
        own = clean_text(st.reports.get(unit.unit, {}).get("status", "")) or "未报送"
        note = f"已超过完成时限{-(st.days_left or 0)}天" if overdue else "本期未报送进展"
        out.append({"no": len(out) + 1, "number": d["number"], "text": clean_text(d["text"]),
                    "role": _role(st.task, unit.unit), "deadline": clean_text(d.get("deadline", {}).get("text", "")),
                    "status": own, "overdue": overdue, "note": note})
    return out


def remind_context(ws: Workspace, ps: PeriodStatus, unit: UnitState, today: date) -> dict[str, Any]:
    """Everything the 督办通知 template can use (see docs/templates.md)."""
    ctx = base_context(ws, ps.period, today)
    missing = unit.reporting == "未报送"
    reasons = (["本期未报送任务进展情况"] if missing else []) + (
        [f"有{unit.overdue}项任务已超过完成时限仍未完成"] if unit.overdue else [])
    actions = (["补报本期任务进展情况"] if missing else []) + (
        ["书面说明逾期原因、整改措施和完成时限"] if unit.overdue else [])
    ctx.update({"unit": {"name": unit.unit, "group": unit.group, "contact": unit.contact, "phone": unit.phone,
                         "reporting": unit.reporting, "missing": missing, "task_count": unit.tasks,
                         "overdue_count": unit.overdue, "summary": "你单位" + "，且".join(reasons),
                         "action": "，并".join(actions)},
                "tasks": unit_tasks(ps, unit)})
    return ctx


# --- numbering ---------------------------------------------------------------------------------

def issue_numbers(store: Store) -> dict[str, int]:
    try:
        data = json.loads(store.get_meta(ISSUE_KEY) or "{}")
    except ValueError:
        data = {}
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def issue_for(store: Store, period_key: str) -> int:
    """The 通报's number: kept for a period already reported, else one more than the last."""
    numbers = issue_numbers(store)
    return numbers.get(period_key, max(numbers.values(), default=0) + 1)


def keep_issue(store: Store, period_key: str, number: int) -> None:
    numbers = issue_numbers(store)
    numbers[period_key] = number
    store.set_meta(ISSUE_KEY, json.dumps(numbers, ensure_ascii=False, sort_keys=True))


# --- results -----------------------------------------------------------------------------------

@dataclass
class ReportResult:
    output: Path
    period: Period
    issue: int
    context: dict[str, Any]
    chart: Path | None = None
    pdf: Path | None = None
    pdf_error: str = ""  # LibreOffice is installed but the conversion failed
    notes: list[str] = field(default_factory=list)  # e.g. no LibreOffice, no CJK font for the chart

    @property
    def ok(self) -> bool:
        return not self.pdf_error

    @property
    def exit_code(self) -> int:
        """0, or 3 (a file problem) when the PDF was asked for and LibreOffice failed."""
        return FileProblem.exit_code if self.pdf_error else 0

    def to_dict(self) -> dict[str, Any]:
        ctx = self.context
        figs = {**ctx["figures"], "categories": {c["key"]: c["count"] for c in ctx["categories"]},
                "on_time": ctx["reporting"]["on_time_count"], "late": ctx["reporting"]["late_count"],
                "missing": ctx["reporting"]["missing_count"], "change": ctx["change"]["rate"]}
        return {"ok": self.ok, "period": self.period.key, "issue": self.issue, "output": str(self.output),
                "pdf": str(self.pdf) if self.pdf else None, "pdf_error": self.pdf_error or None,
                "chart": str(self.chart) if self.chart else None, "figures": figs,
                "missing_units": ctx["reporting"]["missing"], "late_units": ctx["reporting"]["late"],
                "overdue_tasks": [t["number"] for t in ctx["overdue_tasks"]], "notes": self.notes}


@dataclass
class RemindResult:
    period: Period
    files: list[Path]
    units: list[dict[str, Any]]  # per letter: unit, missing, overdue, tasks, file
    folder: Path

    @property
    def ok(self) -> bool:
        return True

    @property
    def exit_code(self) -> int:
        return 0

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "period": self.period.key, "folder": str(self.folder),
                "files": [str(f) for f in self.files], "units": self.units}


# --- the library calls -------------------------------------------------------------------------

@dataclass
class _Loaded:
    status: PeriodStatus
    previous: PeriodStatus | None
    rows: list[tuple[str, str, str, dict]]
    issue: int


def _load(ws: Workspace, period: str | None, today: date | None) -> _Loaded:
    cfg = ws.config
    with Store.open(ws.db_path) as store:
        key = period or store.latest_split_period()
        per = parse_period(key, cfg.period, cfg.due_weekday, today)
        ps = period_status(store, per, cfg, today)
        prev = per.previous()
        before = period_status(store, prev, cfg, today) if store.submissions(prev.key) else None
        return _Loaded(ps, before, store.progress_rows(per.key), issue_for(store, per.key))


def _template(template: Path | None, name: str) -> Path:
    path = Path(template) if template else TEMPLATES / name
    if not path.is_file():
        raise FileProblem(f"找不到模板文件《{path}》。" + ("请检查 -t 指定的路径。" if template else
                          "默认模板随 ledger 安装在 templates 文件夹中，请重新安装 ledger。"), path=str(path))
    return path


def _check_first(template: Path) -> None:
    """Tags docxtpl would mangle silently (split, unclosed, syntax) stop the run before rendering."""
    errors = [f for f in preflight(template) if f.is_error]
    if errors:
        f = errors[0]
        raise TemplateProblem(f"模板《{template.name}》{f.sheet}{f.cell}：{f.message}{f.suggestion}"
                              + (f"（另有 {len(errors) - 1} 处问题，运行 --check-template 查看全部。）"
                                 if len(errors) > 1 else ""), path=str(template))


def report(ws: Workspace, period: str | None = None, template: Path | None = None, output: Path | None = None,
           pdf: bool = False, today: date | None = None) -> ReportResult:
    """Render the 通报 of a period (default: the last split) into 通报/…（第N期）.docx."""
    today = today or date.today()
    tpl = _template(template, REPORT_TEMPLATE)
    _check_first(tpl)
    loaded = _load(ws, period, today)
    ps = loaded.status
    rules = ws.config.ranking
    ctx = report_context(ws, ps, loaded.previous, loaded.issue, loaded.rows, rules, today)
    subject = ctx["subject"]
    out = Path(output) if output else ws.folder("circulars") / safe_name(f"{subject}进展情况通报（第{loaded.issue}期）.docx")
    result = ReportResult(out, ps.period, loaded.issue, ctx)
    result.chart = _chart(ctx, out.with_name(out.stem + "-完成率图.png"), rules.groups)
    if result.chart is None and ctx["units"]:
        result.notes.append("本机没有可用的中文字体，通报中未插入完成率图表。请安装仿宋、黑体或思源黑体等中文字体后重新生成。")
    ctx["chart"] = str(result.chart) if result.chart else ""
    render_docx(tpl, ctx, out, images={"chart": (result.chart, WIDTH_MM)})
    with Store.open(ws.db_path) as store:
        keep_issue(store, ps.period.key, loaded.issue)
    if pdf:
        _add_pdf(result)
    return result


def _chart(ctx: dict[str, Any], path: Path, groups: tuple[str, ...]) -> Path | None:
    rows = sorted(ctx["units"], key=lambda u: (-u["rate"], u["unit"]))
    bars = [Bar(u["unit"], u["rate"] / 100, first_group(u["group"])) for u in rows]
    return completion_chart(bars, path, f"各单位任务完成率（{ctx['period']['label']}）", groups)


def _add_pdf(result: ReportResult) -> None:
    try:
        result.pdf = to_pdf(result.output)
    except FileProblem as exc:
        result.pdf_error = exc.message
        return
    if result.pdf is None:  # LibreOffice is optional: say so, the .docx is the 通报
        result.notes.append(NO_LIBREOFFICE)


def remind(ws: Workspace, period: str | None = None, template: Path | None = None,
           output_dir: Path | None = None, today: date | None = None) -> RemindResult:
    """One 督办通知 per unit that has overdue tasks or has not reported."""
    today = today or date.today()
    tpl = _template(template, REMIND_TEMPLATE)
    _check_first(tpl)
    ps = _load(ws, period, today).status
    folder = Path(output_dir) if output_dir else ws.folder("circulars") / f"督办通知-{ps.period.key}"
    files, units = [], []
    for unit in ps.units:
        if unit.reporting != "未报送" and not unit.overdue:
            continue
        ctx = remind_context(ws, ps, unit, today)
        path = folder / safe_name(f"督办通知-{unit.unit}.docx")
        render_docx(tpl, ctx, path)
        files.append(path)
        units.append({"unit": unit.unit, "missing": ctx["unit"]["missing"], "overdue": unit.overdue,
                      "tasks": len(ctx["tasks"]), "file": str(path)})
    return RemindResult(ps.period, files, units, folder)


def check_template(path: Path, kind: str = "report") -> list[Finding]:
    """Problems of a 通报 (kind="report") or 督办通知 (kind="remind") template, each with its place."""
    if kind not in ("report", "remind"):
        raise ValueError(kind)
    return check_docx_template(Path(path), example_context(kind))


# --- an example context (template check, docs) -------------------------------------------------

def _example_task(number: str, text: str, lead: str, others: list[str], deadline: tuple[str, str | None]) -> StoredTask:
    data = {"id": f"T{number}", "number": number, "text": text, "lead": [lead], "responsible": [],
            "cooperating": others, "deadline": {"text": deadline[0], "due": deadline[1], "ongoing": False}}
    return StoredTask(f"T{number}", number, text, data)


def example_status(done: bool = True) -> PeriodStatus:
    """A small made-up period: one overdue task, one far from its deadline, one done."""
    from .periods import week_period

    health, market, town, town2 = "平罗县卫生健康局", "平罗县市场监督管理局", "城关镇", "黄渠桥镇"
    t1 = _example_task("1", "加大食品安全标准解释、宣传贯彻和培训力度。", health, [market, town], ("2023年3月1日前", "2023-03-01"))
    t2 = _example_task("2", "开展农村集体聚餐食品安全风险防控。", town, [town2], ("2023年12月底前", "2023-12-31"))
    t3 = _example_task("3", "推进餐饮服务“明厨亮灶”建设。", market, [], ("2023年3月31日前", "2023-03-31"))
    tasks = [TaskState(t1, "推进中", -9, RED, "", {health: {"status": "推进中", "problems": "培训场地不足"}},
                       f"{health}：培训场地不足"),
             TaskState(t2, "推进中", 296, "green", "", {}, ""),
             TaskState(t3, DONE if done else "推进中", 21, "green", "待销号" if done else "", {}, "")]
    units = [UnitState(health, "县直部门、成员单位", "郭俊", "15178835286", 1, 0, 1, "逾期报送", "2023-03-13T08:30:00"),
             UnitState(market, "县直部门、成员单位", "刘鹏", "13739526493", 2, int(done), 1, "按时报送",
                       "2023-03-10T09:00:00"),
             UnitState(town, "乡镇", "周宏", "15127264243", 2, 0, 1, "未报送"),
             UnitState(town2, "乡镇", "马海燕", "17712752544", 1, 0, 0, "按时报送", "2023-03-09T16:20:00")]
    return PeriodStatus(week_period(2023, 10), tasks, units)


def example_context(kind: str = "report") -> dict[str, Any]:
    """The context of a made-up period: the same keys as a real one (docs, --check-template)."""
    from .workspace import Config

    ws = Workspace(Path("示例工作区"), Config(organ="平罗县食品安全委员会办公室",
                                          plan_title="平罗县深化改革加强食品安全工作实施方案"))
    ps, today = example_status(), date(2023, 3, 10)
    if kind == "remind":
        return remind_context(ws, ps, ps.units[2], today)
    rows = [("平罗县卫生健康局", "T1", "", {"problems": "培训场地不足；\n部分经营者参训积极性不高"}),
            ("城关镇", "T2", "M1", {"problems": "集体聚餐备案不及时"})]
    ctx = report_context(ws, ps, example_status(done=False), 3, rows, ws.config.ranking, today)
    ctx["chart"] = "完成率图.png"
    return ctx
