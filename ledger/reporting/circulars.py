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

from ..errors import FileProblem, TemplateProblem
from ..findings import Finding
from ..findings.reports import CHART_WITHOUT_FONT, PDF_FAILED, PDF_WITHOUT_LIBREOFFICE
from ..periods import Period, parse_period
from ..period_status import PeriodStatus, period_status
from ..results import CommandResult, FindingsResult
from ..store import Store
from ..workspace import Workspace
from .chart import WIDTH_MM, report_chart
from .context import ProgressRow, remind_context, report_context
from .issues import issue_for, keep_issue
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
        return {"period": self.period.key, "issue": self.issue, "output": str(self.output),
                "pdf": str(self.pdf) if self.pdf else None, "pdf_error": self.pdf_error or None,
                "chart": str(self.chart) if self.chart else None, "figures": figs,
                "missing_units": ctx["reporting"]["missing"], "late_units": ctx["reporting"]["late"],
                "overdue_tasks": [t["number"] for t in ctx["overdue_tasks"]], "notes": self.notes,
                "findings": [f.to_dict() for f in self.findings]}


@dataclass
class RemindResult(CommandResult):
    command = "remind"

    period: Period
    files: list[Path]
    units: list[dict[str, Any]]  # per letter: unit, missing, overdue, tasks, file
    folder: Path

    def payload(self) -> dict[str, Any]:
        return {"period": self.period.key, "folder": str(self.folder),
                "files": [str(f) for f in self.files], "units": self.units}


# --- the steps both calls share ------------------------------------------------------------------

@dataclass
class _PeriodData:
    status: PeriodStatus
    previous: PeriodStatus | None  # None when nobody reported for the previous period
    rows: list[ProgressRow]
    issue: int


def _load(ws: Workspace, period: str | None, today: date | None) -> _PeriodData:
    cfg = ws.config
    with Store.open(ws.db_path) as store:
        key = period or store.latest_split_period()
        per = parse_period(key, cfg.period, cfg.due_weekday, today)
        ps = period_status(store, per, cfg, today)
        prev = per.previous()
        before = period_status(store, prev, cfg, today) if store.submissions(prev.key) else None
        return _PeriodData(ps, before, store.progress_rows(per.key), issue_for(store, per.key))


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
           pdf: bool = False, today: date | None = None) -> ReportResult:
    """Render the 通报 of a period (default: the last split) into 通报/…（第N期）.docx."""
    today = today or date.today()
    tpl = _checked_template(template, REPORT_TEMPLATE)
    data = _load(ws, period, today)
    ps = data.status
    ctx = report_context(ws, ps, data.previous, data.issue, data.rows, today)
    name = f"{ctx['subject']}进展情况通报（第{data.issue}期）.docx"
    out = Path(output) if output else ws.folder("circulars") / safe_name(name)
    result = ReportResult(out, ps.period, data.issue, ctx)
    result.chart = report_chart(ctx, out.with_name(out.stem + "-完成率图.png"), ws.config.ranking.groups)
    if result.chart is None and ctx["units"]:
        result.findings.append(CHART_WITHOUT_FONT(out.name))
    ctx["chart"] = str(result.chart) if result.chart else ""
    render_docx(tpl, ctx, out, images={"chart": (result.chart, WIDTH_MM)})
    with Store.open(ws.db_path) as store:
        keep_issue(store, ps.period.key, data.issue)
    if pdf:
        _add_pdf(result)
    return result


def _add_pdf(result: ReportResult) -> None:
    try:
        result.pdf = to_pdf(result.output)
    except FileProblem as exc:
        result.findings.append(PDF_FAILED(result.output.name, reason=exc.message))
        return
    if result.pdf is None:  # LibreOffice is optional: say so, the .docx is the 通报
        result.findings.append(PDF_WITHOUT_LIBREOFFICE(result.output.name))


def remind(ws: Workspace, period: str | None = None, template: Path | None = None,
           output_dir: Path | None = None, today: date | None = None) -> RemindResult:
    """One 督办通知 per unit that has overdue tasks or has not reported."""
    today = today or date.today()
    tpl = _checked_template(template, REMIND_TEMPLATE)
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
