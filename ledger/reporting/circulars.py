"""`ledger report` and `ledger remind` as library calls: the 通报 and the 督办通知 of a period.

Each call runs the steps in order: check the template (template_check.py), load
the period (ledger/period_status.py), build the context (context.py), draw the chart
(chart.py), render (render.py), number the issue (issues.py), convert to PDF
(pdf.py). Each returns a result whose ``to_dict()`` is the command's --json
payload and whose ``exit_code`` is the command's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import FileProblem, TemplateProblem, UsageError
from ..findings import Finding
from ..findings.reports import CHART_WITHOUT_FONT, PDF_FAILED, PDF_STALE, PDF_WITHOUT_LIBREOFFICE
from ..periods import Period, cn_date, parse_period
from ..period_status import PeriodStatus, period_status
from ..results import FindingsResult
from ..store import Store
from ..workspace import CONFIG_NAME, Workspace
from .chart import WIDTH_MM, report_chart
from .context import ProgressRow, default_date, document_date, remind_context, report_context
from .figures import ranking_finding
from .issues import issue_taken, letter_numbers
from .pdf import to_pdf
from .render import render_docx
from .template_check import preflight

_LEDGER = Path(__file__).resolve().parent.parent
# the default templates: inside the package when installed from a wheel, else templates/ of the checkout
TEMPLATES = next((p for p in (_LEDGER / "templates", _LEDGER.parent / "templates") if p.is_dir()),
                 _LEDGER.parent / "templates")
REPORT_TEMPLATE = "通报.docx"
REMIND_TEMPLATE = "督办通知.docx"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(text: str) -> str:
    return _UNSAFE_NAME.sub("_", text).strip() or "通报"


# --- results -----------------------------------------------------------------------------------

@dataclass
class ReportResult(FindingsResult):
    command = "report"

    output: Path
    period: Period
    issue: int
    context: dict[str, Any]
    dated: date  # 成文日期
    chart: Path | None = None
    pdf: Path | None = None
    findings: list[Finding] = field(default_factory=list)  # no CJK font for the chart, no PDF

    @property
    def pdf_error(self) -> str:
        """Why the PDF asked for was not made though LibreOffice is installed ("" when it was)."""
        return next((f.message for f in self.findings if f.code == PDF_FAILED.code), "")

    @property
    def notes(self) -> list[str]:
        """What the 通报 came out without, each with what to do (no LibreOffice, no CJK font)."""
        return [f.message + f.suggestion for f in self.findings if not f.is_error]

    def payload(self) -> dict[str, Any]:
        ctx = self.context
        figs = {**ctx["figures"], "categories": {c["key"]: c["count"] for c in ctx["categories"]},
                "on_time": ctx["reporting"]["on_time_count"], "late": ctx["reporting"]["late_count"],
                "missing": ctx["reporting"]["missing_count"], "change": ctx["change"]["rate"]}
        return {"period": self.period.key, "date": self.dated.isoformat(), "issue": self.issue,
                "output": str(self.output),
                "pdf": str(self.pdf) if self.pdf else None, "pdf_error": self.pdf_error or None,
                "chart": str(self.chart) if self.chart else None, "figures": figs,
                "missing_units": ctx["reporting"]["missing"], "late_units": ctx["reporting"]["late"],
                "overdue_tasks": [t["number"] for t in ctx["overdue_tasks"]], "notes": self.notes,
                "findings": [f.to_dict() for f in self.findings]}


@dataclass
class RemindResult(FindingsResult):
    command = "remind"

    period: Period
    files: list[Path]
    units: list[dict[str, Any]]  # per letter: unit, missing, overdue, tasks, file, pdf
    folder: Path
    dated: date  # 成文日期
    pdfs: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # no LibreOffice, a PDF not made, a stale PDF

    @property
    def notes(self) -> list[str]:
        return [f.message + f.suggestion for f in self.findings]

    def payload(self) -> dict[str, Any]:
        return {"period": self.period.key, "date": self.dated.isoformat(), "folder": str(self.folder),
                "files": [str(f) for f in self.files], "pdfs": [str(p) for p in self.pdfs], "units": self.units,
                "findings": [f.to_dict() for f in self.findings]}


# --- the steps both calls share ------------------------------------------------------------------

@dataclass
class _PeriodData:
    status: PeriodStatus
    previous: PeriodStatus | None  # None when nobody reported for the previous period
    rows: list[ProgressRow]


def _load(ws: Workspace, period: str | None, today: date | None, what: str) -> _PeriodData:
    """The period's status; a workspace with nothing to report on is refused before any number is used."""
    cfg = ws.config
    with Store.open(ws) as store, store.snapshot():  # the figures of one moment, whoever merges meanwhile
        key = period or store.latest_split_period()
        _refuse_when_not_ready(ws, store, key, what)
        per = parse_period(key, cfg.period, cfg.due_weekday, today)
        if not store.expected_units(per.key):
            raise UsageError(f"{per.label}没有下发过填报表，无法生成{what}。请用 --period 指定已下发的周期"
                             f"（最近一期是{parse_period(store.latest_split_period(), cfg.period, cfg.due_weekday).label}），"
                             "或先运行 ledger split 下发本期。")
        reports = list(store.progress_reports(per.key))  # each parsed once: the status takes the tasks' own
        ps = period_status(store, per, cfg, today, (r for r in reports if not r[3]))
        prev = per.previous()
        before = period_status(store, prev, cfg, today) if store.submissions(prev.key) else None
        return _PeriodData(ps, before, [r[1:] for r in reports])


def _refuse_when_not_ready(ws: Workspace, store: Store, key: str | None, what: str) -> None:
    """No tasks, nothing split, no 发文机关: say what to do first (no 期号 is taken)."""
    if not store.tasks(detail=False):
        raise UsageError(f"工作区中还没有任务，无法生成{what}。请先运行 ledger import 任务清单.xlsx --units 单位名录.xlsx "
                         "导入任务，再用 ledger split 下发、ledger merge 汇总各单位报送的表格。")
    if key is None:
        raise UsageError(f"还没有下发过填报表，没有可以通报的周期，无法生成{what}。请先运行 ledger split 下发，"
                         "各单位报送后运行 ledger merge 汇总。")
    if not ws.config.organ.strip():
        raise UsageError(f"设置文件《{ws.root / CONFIG_NAME}》中没有填写发文机关，无法生成{what}。请用记事本打开它，"
                         "在 [office] 下 organ = \"\" 的引号中填写发文机关名称（如“平罗县食品安全委员会办公室”），"
                         "保存后重新运行。")


def _checked_template(template: Path | None, name: str) -> Path:
    """The template to use; tags docxtpl would mangle silently (split, unclosed, syntax) stop the run."""
    path = Path(template) if template else TEMPLATES / name
    if not path.is_file():
        raise FileProblem(f"找不到模板文件《{path}》。" + ("请检查 -t 指定的路径。" if template else
                          "默认模板随 ledger 安装在 templates 文件夹中，请重新安装 ledger。"), path=str(path))
    errors = [f for f in preflight(path) if f.is_error]
    if errors:
        f = errors[0]
        raise TemplateProblem(f"模板《{path.name}》{f.sheet}{f.cell}：{f.message}{f.suggestion}"
                              + (f"（另有 {len(errors) - 1} 处问题，运行 --check-template 查看全部。）"
                                 if len(errors) > 1 else ""), path=str(path))
    return path


# --- the library calls -------------------------------------------------------------------------

def report(ws: Workspace, period: str | None = None, template: Path | None = None, output: Path | None = None,
           pdf: bool = False, today: date | None = None, dated: date | str | None = None) -> ReportResult:
    """Render the 通报 of a period (default: the last split) into 通报/…（第N期）.docx.

    ``dated``: the 成文日期, a date or as written (2023-03-10, 2023年3月10日; default:
    the period's 报送截止日, today while the period runs).
    """
    today = today or date.today()
    dated = document_date(dated)
    tpl = _checked_template(template, REPORT_TEMPLATE)
    data = _load(ws, period, today, "通报")
    dated = dated or default_date(data.status.period, today)
    # the 期号 is taken under the lock while the 通报 is written, and kept only when it was (issues.py)
    with Store.open(ws) as store, issue_taken(store, data.status.period.key) as issue:
        result = _write_report(ws, tpl, data, issue, dated, output)
    result.pdf = _pdf_beside(result.output, pdf, result.findings)
    return result


def _write_report(ws: Workspace, tpl: Path, data: _PeriodData, issue: int, dated: date,
                  output: Path | None) -> ReportResult:
    """The 通报 numbered ``issue`` and its chart, written; the result without its PDF."""
    ps = data.status
    ctx = report_context(ws, ps, data.previous, issue, data.rows, dated)
    name = f"{ctx['subject']}进展情况通报（第{issue}期）.docx"
    out = Path(output) if output else ws.folder("circulars") / safe_name(name)
    result = ReportResult(out, ps.period, issue, ctx, dated)
    unmatched = ranking_finding([u.group for u in ps.units if u.tasks], ws.config.ranking.groups, CONFIG_NAME)
    result.findings += [unmatched] if unmatched else []
    result.chart = report_chart(ctx, out.with_name(out.stem + "-完成率图.png"), [g["group"] for g in ctx["rankings"]])
    if result.chart is None and ctx["units"]:
        result.findings.append(CHART_WITHOUT_FONT(out.name))
    ctx["chart"] = str(result.chart) if result.chart else ""
    render_docx(tpl, ctx, out, images={"chart": (result.chart, WIDTH_MM)})
    return result


def _pdf_beside(docx: Path, wanted: bool, findings: list[Finding]) -> Path | None:
    """The PDF of a .docx just written, beside it, when ``wanted``; a PDF left there from an earlier run is
    removed first (it shows the old text), so no PDF stands beside a .docx it does not match."""
    stale = docx.with_suffix(".pdf")
    try:
        stale.unlink(missing_ok=True)
    except OSError as exc:  # open in a PDF reader on Windows
        findings.append(PDF_STALE(stale.name, reason=exc.strerror or str(exc)))
        return None
    if not wanted or any(f.code == PDF_WITHOUT_LIBREOFFICE.code for f in findings):
        return None
    try:
        made = to_pdf(docx)
    except FileProblem as exc:
        findings.append(PDF_FAILED(docx.name, reason=exc.message))
        return None
    if made is None:  # LibreOffice is optional: say so (once), the .docx is the document
        findings.append(PDF_WITHOUT_LIBREOFFICE(docx.name))
    return made


def remind(ws: Workspace, period: str | None = None, template: Path | None = None,
           output_dir: Path | None = None, today: date | None = None, dated: date | str | None = None,
           pdf: bool = False) -> RemindResult:
    """One 督办通知 per unit that has overdue tasks or has not reported.

    ``dated``: the 成文日期 (as for report()); default today, the day the letters go out. Before the
    period's 报送截止日 nobody is late yet: without ``dated`` the call is refused (UsageError).
    ``pdf``: each letter also as PDF, through LibreOffice as for report().
    """
    today = today or date.today()
    dated = document_date(dated)
    tpl = _checked_template(template, REMIND_TEMPLATE)
    ps = _load(ws, period, today, "督办通知").status
    if dated is None:
        _refuse_before_due(ps.period, today)
    dated = dated or today
    folder = Path(output_dir) if output_dir else ws.folder("circulars") / safe_name(f"督办通知-{ps.period.label}")
    chased = [u for u in ps.units if u.reporting == "未报送" or u.overdue]
    numbers = _letter_numbers(ws, ps.period.key, [u.unit for u in chased], dated.year)
    files, units, pdfs, findings = [], [], [], []
    for unit in chased:
        ctx = remind_context(ws, ps, unit, dated, numbers.get(unit.unit, ""))
        path = folder / safe_name(f"督办通知-{unit.unit}.docx")
        render_docx(tpl, ctx, path)
        made = _pdf_beside(path, pdf, findings)
        files.append(path)
        pdfs += [made] if made else []
        units.append({"unit": unit.unit, "missing": ctx["unit"]["missing"], "overdue": unit.overdue,
                      "tasks": len(ctx["tasks"]), "file": str(path), "pdf": str(made) if made else None})
    return RemindResult(ps.period, files, units, folder, dated, pdfs, findings)


def _refuse_before_due(per: Period, today: date) -> None:
    """Nobody to chase before the 报送截止日: say when to run remind, or how to date the letters."""
    if today >= per.due:
        return
    previous = "上周" if per.kind == "week" else "上月"
    raise UsageError(f"{per.label}的报送截止日是{per.due_text}，今天（{cn_date(today)}）还没到，各单位仍可按时报送，"
                     f"现在还没有需要督办的单位。请在截止日之后再运行 ledger remind；督办上一期请运行 "
                     f"ledger remind --period {previous}；确需现在发出，请用 --date 指定成文日期。")


def _letter_numbers(ws: Workspace, period_key: str, units: list[str], year: int) -> dict[str, str]:
    """Each letter's 文号 (平食安办督〔2023〕4号) when ledger.toml names a 机关代字; kept when written again
    (taken under the lock, before the letters are written: issues.py)."""
    code = ws.config.remind_code.strip()
    if not code or not units:
        return {}
    with Store.open(ws) as store:
        numbers = letter_numbers(store, year, [f"{period_key}|{u}" for u in units])
    return {u: f"{code}〔{year}〕{numbers[f'{period_key}|{u}']}号" for u in units}
