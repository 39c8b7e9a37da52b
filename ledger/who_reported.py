"""`ledger status`: who reported for a period in this workspace (period_status.py)
or, with ``--all`` in a city workspace, every county's figures (city.py)."""
from __future__ import annotations

from .city import CityStatusResult, status_all
from .period_status import StatusResult, period_status
from .periods import parse_period
from .store import Store
from .workspace import Workspace


def status(ws: Workspace, period: str | None = None, *, all_workspaces: bool = False) -> StatusResult | CityStatusResult:
    """Which units reported for the period, on time or late, and which are missing;
    ``all_workspaces`` (a city workspace): every county's figures (ledger.city)."""
    if all_workspaces:
        return status_all(ws, period)
    cfg = ws.config
    with Store.open(ws) as store, store.snapshot():
        key = period or store.latest_split_period()
        per = parse_period(key, cfg.period, cfg.due_weekday)
        ps = period_status(store, per, cfg)
    return StatusResult(per, ps.units)
