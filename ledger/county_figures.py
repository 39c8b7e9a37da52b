"""One county's figures for a period, as ``ledger status --all`` and the 全市汇总
show them (city.py works them out, io/city_workbook.py writes them)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .period_status import PeriodStatus


@dataclass
class CountyFigures:
    workspace_id: str
    name: str
    period: str = ""  # "" when the county has split nothing yet
    period_label: str = ""
    tasks: int = 0
    done: int = 0
    overdue: int = 0
    units: int = 0  # units expected to report
    on_time: int = 0
    late: int = 0
    missing: int = 0
    status: PeriodStatus | None = None  # for the county's own sheet

    def to_dict(self) -> dict:
        return {"workspace_id": self.workspace_id, "name": self.name, "period": self.period,
                "tasks": self.tasks, "done": self.done, "overdue": self.overdue, "units": self.units,
                "on_time": self.on_time, "late": self.late, "missing": self.missing}


def totals(counties: list[CountyFigures]) -> dict[str, int]:
    keys = ("tasks", "done", "overdue", "units", "on_time", "late", "missing")
    return {k: sum(getattr(c, k) for c in counties) for k in keys}
