"""`ledger export`: the 汇总台账 holds every value a unit typed (报送明细), the
evidence of tasks awaiting 销号, the office's own task columns, and says where a
value could not be kept whole."""
from __future__ import annotations

import pytest

from ledger.store import Store


@pytest.mark.parametrize("splits, latest", [
    (["2023-W10", "2023-W09"], "2023-W10"),  # W09 re-sent for a late unit after W10
    (["2023-W01", "2022-W52"], "2023-W01"),
    (["2023-03", "2023-02", "2022-12"], "2023-03"),
    (["2023-W10", "2023-03"], "2023-03"),  # the month ends after the week
    (["2023-W09"], "2023-W09"),
])
def test_latest_split_period_is_the_latest_by_date(tmp_path, splits, latest):
    with Store.open(tmp_path / "ledger.db") as store:
        assert store.latest_split_period() is None
        for period in splits:
            store.record_split(period, f"下发/{period}", [])
        assert store.latest_split_period() == latest
