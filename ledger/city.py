"""`ledger status --all` and `ledger export --all`: a city over its counties.

A city workspace (``[database] scope = "city"``) shares a PostgreSQL database
with the county workspaces under it (their ``parent`` is the city's id). Each
county's figures are worked out from its own rows, for its latest period split
(or the one asked for), with the city's rules (lights, 黄灯 days): the same
figures a county's ``ledger status`` gives, one row per county.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .county_figures import CountyFigures, totals
from .errors import UsageError
from .io.city_workbook import write_city_book
from .period_status import first_received, period_status
from .periods import Period, parse_period
from .results import CommandResult
from .store import Store
from .workspace import Workspace

CITY_BOOK = "全市汇总.xlsx"


@dataclass
class CityStatusResult(CommandResult):
    city: str
    counties: list[CountyFigures] = field(default_factory=list)

    command = "status"

    def payload(self) -> dict:
        return {"all": True, "city": self.city, "counties": [c.to_dict() for c in self.counties],
                "total": totals(self.counties)}


def city_figures(ws: Workspace, period: str | None = None, detail: bool = False) -> tuple[str, list[CountyFigures]]:
    """The city's name and each county's figures, by county name; ``detail`` keeps
    every task's reports (for the county sheets of 全市汇总.xlsx)."""
    if ws.config.database.scope != "city":
        raise UsageError("--all 只能在市级工作区使用（ledger.toml 的 [database] 中 scope = \"city\"，"
                         "用 ledger init --scope city --database 地址 创建）。")
    cfg = ws.config
    out = []
    with Store.open(ws) as store:
        city = store.workspace()["name"]
        for child in store.children():
            county = store.for_workspace(child["id"])
            row = CountyFigures(child["id"], child["name"] or child["id"][:8])
            key = period or county.latest_split_period()
            if key:
                per = parse_period(key, cfg.period, cfg.due_weekday)
                row.period, row.period_label = per.key, per.label
                if detail:
                    row.status = period_status(county, per, cfg)
                _fill(row, county, per)
            out.append(row)
    return city, out


def _fill(row: CountyFigures, store: Store, period: Period) -> None:
    """The county's figures, counted in the database as ``ledger status`` and the
    汇总台账 count them: tasks, done, overdue; units expected, on time, late and
    missing (on time by the first file a unit sent)."""
    row.tasks, row.done, row.overdue = store.figures(period.key, period.due.isoformat())
    expected = store.expected_units(period.key)
    deadline = datetime.combine(period.due, datetime.max.time())
    first = first_received(store.submissions(period.key, current_only=False))
    row.units = len(expected)
    row.on_time = sum(u in first and first[u] <= deadline for u in expected)
    row.late = sum(u in first and first[u] > deadline for u in expected)
    row.missing = row.units - row.on_time - row.late


def status_all(ws: Workspace, period: str | None = None) -> CityStatusResult:
    city, counties = city_figures(ws, period)
    return CityStatusResult(city, counties)


@dataclass
class CityExportResult(CommandResult):
    path: Path
    city: str
    counties: list[CountyFigures] = field(default_factory=list)

    command = "export"

    def payload(self) -> dict:
        return {"all": True, "path": str(self.path), "city": self.city,
                "counties": [c.to_dict() for c in self.counties], "total": totals(self.counties)}


def export_all(ws: Workspace, period: str | None = None, output: Path | None = None) -> CityExportResult:
    """全市汇总.xlsx: the 全市 sheet (one row per county), then a sheet per county."""
    city, counties = city_figures(ws, period, detail=True)
    path = Path(output) if output else ws.folder("ledgers") / CITY_BOOK
    write_city_book(path, city, counties, ws.config.lights)
    return CityExportResult(path, city, counties)
