"""One rule for the unit that answers for a task (``model.answering_units``): the
lead units the plan names, or its first unit when it names none; every output
shows the same unit as the task's 牵头单位, with that unit's status and progress:
status, the 汇总台账 (总台账, 逾期任务), the 通报 (附件1, overdue tasks), the
督办通知, the 全市汇总 and the figures column of the database."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ledger.county_figures import CountyFigures
from ledger.exporting import ledger_data, main_row
from ledger.io.city_workbook import write_city_book
from ledger.model import answering_units, role_of
from ledger.period_status import PeriodStatus, UnitState, task_state
from ledger.periods import week_period
from ledger.reporting.context import unit_tasks
from ledger.reporting.figures import overdue_tasks, task_table
from ledger.storage.migrations import leader_and_deadline
from ledger.store import StoredTask
from ledger.workspace import DEFAULT_LIGHTS, Config, Workspace

FINANCE, TAX, DRC = "海盐县财政局", "国家税务总局海盐县税务局", "海盐县发展和改革局"
PROGRESS = "今年已压减一般性支出5%。"


def stored(lead: list[str], responsible: list[str], cooperating: list[str] = ()) -> StoredTask:
    data = {"id": "T1", "number": "1.2", "text": "深化预算管理制度改革。", "category": [], "lead": lead,
            "responsible": responsible, "cooperating": list(cooperating),
            "deadline": {"text": "2026年11月1日前", "due": "2026-11-01", "ongoing": False}}
    return StoredTask("T1", "1.2", data["text"], data)


@pytest.mark.parametrize("lead, responsible, cooperating, expected", [
    ([DRC], [FINANCE], [], [DRC]),  # the plan's lead
    ([DRC, FINANCE], [TAX], [], [DRC, FINANCE]),  # every lead it names
    ([], [FINANCE, TAX], [], [FINANCE]),  # none named: the first unit
    ([], [], [TAX, FINANCE], [TAX]),
    ([], [], [], []),
])
def test_answering_units(lead, responsible, cooperating, expected):
    data = stored(lead, responsible, cooperating).data
    assert answering_units(data) == expected
    assert leader_and_deadline(data)[0] == (expected[0] if expected else "")  # the figures column
    assert [role_of(data, u) for u in expected] == ["lead"] * len(expected)


def test_a_task_without_a_lead_has_the_same_lead_in_every_output(tmp_path: Path):
    task = stored([], [FINANCE, TAX])
    reports = {FINANCE: {"status": "滞后", "progress": PROGRESS}, TAX: {"status": "推进中", "progress": "配合。"}}
    cfg = Config(organ="海盐县人民政府办公室", plan_title="重点工作")
    period = week_period(2026, 48)
    st = task_state(task, reports, False, period.due, cfg)
    assert (st.status, st.overdue) == ("滞后", True)  # status: the first unit's
    units = [UnitState(FINANCE, "", "", "", 1, 0, 1, "按时报送"), UnitState(TAX, "", "", "", 1, 0, 1, "未报送")]
    ps = PeriodStatus(period, [st], units)

    row = main_row(st, DEFAULT_LIGHTS)  # 总台账
    assert (row["牵头单位"], row["完成状态"]) == (FINANCE, "滞后")
    assert PROGRESS in row["牵头单位进展"] and FINANCE not in row["各单位进展"] and TAX in row["各单位进展"]
    data = ledger_data(ps, Workspace(tmp_path, cfg))
    assert [r[2] for r in data.overdue] == [FINANCE]  # 逾期任务

    attached = task_table(ps, DEFAULT_LIGHTS)[0]  # the 通报's 附件1
    assert (attached["lead"], attached["status"], attached["progress"]) == (FINANCE, "滞后", PROGRESS.rstrip("。"))
    late = overdue_tasks(ps)[0]
    assert (late["lead"], late["lead_brief"]) == (FINANCE, FINANCE)

    roles = {u.unit: [t["role"] for t in unit_tasks(ps, u)] for u in units}  # the 督办通知
    assert roles == {FINANCE: ["牵头"], TAX: ["责任"]}

    book = tmp_path / "全市汇总.xlsx"
    write_city_book(book, "嘉兴市", [CountyFigures("w", "海盐县", "2026-W48", period.label, status=ps)], DEFAULT_LIGHTS)
    sheet = openpyxl.load_workbook(book)["海盐县"]
    header = [c.value for c in sheet[3]]
    county = dict(zip(header, [c.value for c in sheet[4]]))
    assert [county[h] for h in header if "牵头" in str(h)] == [FINANCE, PROGRESS]
