"""`ledger export`: the 汇总台账 of a period, from the database."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .io.ledger_workbook import LedgerData, write_ledger
from .periods import Period, cn_date, parse_period
from .splitting import describe_progress, partners_text
from .status import RED, PeriodStatus, TaskState, period_status
from .store import Store
from .workspace import Workspace

LEDGER_NAME = "汇总台账.xlsx"
LIGHT_KEYS = ("red", "yellow", "green")


@dataclass
class ExportResult:
    path: Path
    period: Period
    status: PeriodStatus

    def to_dict(self) -> dict:
        return {"ok": True, "period": self.period.key, "ledger": str(self.path),
                "counts": self.status.counts(), "missing_units": [u.unit for u in self.status.units
                                                                  if u.reporting == "未报送"]}


def main_row(st: TaskState, lights: dict[str, str]) -> tuple:
    d = st.task.data
    lead = (d.get("lead") or [""])[0]
    others = "\n".join(f"{u}{describe_progress(v, False)}" for u, v in st.reports.items() if u != lead)
    return (d["number"], " / ".join(d.get("category", [])), d["text"], "、".join(d.get("lead", [])), partners_text(d),
            d["deadline"]["text"], st.days_left if st.days_left is not None else "", st.status,
            describe_progress(st.reports.get(lead), False), others, st.problems, lights[st.light], st.closing,
            "", st.task.id)


def ledger_data(ps: PeriodStatus, ws: Workspace) -> LedgerData:
    cfg = ws.config
    lights = {k: cfg.lights[k] for k in LIGHT_KEYS}
    per = ps.period
    subtitle = f"{cfg.organ}　{per.label}（{per.span}）　报送截止：{cn_date(per.due)}"
    overdue = [(s.task.data["number"], s.task.data["text"], "、".join(s.task.data.get("lead", [])),
                s.task.data["deadline"]["text"], -s.days_left if s.days_left is not None else "", s.status,
                s.problems) for s in ps.tasks if s.light == RED]
    missing = [(u.unit, u.group, u.contact, u.phone, u.reporting) for u in ps.units
               if u.reporting in ("未报送", "逾期报送")]
    units = sorted(ps.units, key=lambda u: (-u.rate, -u.tasks, u.unit))
    unit_rows = [(u.unit, u.group, u.tasks, u.done, u.overdue, u.rate, u.reporting) for u in units]
    return LedgerData(f"{cfg.plan_title or '任务'}汇总台账", subtitle,
                      [main_row(s, lights) for s in ps.tasks], missing, overdue, unit_rows,
                      cfg.lights, cfg.yellow_days)


def export_ledger(ws: Workspace, period: str | None = None, output: Path | None = None,
                  today: date | None = None) -> ExportResult:
    """Write the 汇总台账 (default: 台账/汇总台账.xlsx, replaced atomically)."""
    cfg = ws.config
    with Store.open(ws.db_path) as store:
        key = period or store.latest_split_period()
        per = parse_period(key, cfg.period, cfg.due_weekday, today)
        ps = period_status(store, per, cfg, today)
    path = Path(output) if output else ws.folder("ledgers") / LEDGER_NAME
    write_ledger(path, ledger_data(ps, ws))
    return ExportResult(path, per, ps)
