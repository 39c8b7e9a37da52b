"""A made-up period (平罗县, 2023年第10周) and its contexts: the same keys as a real one.

The template check (--check-template, ledger doctor) tries templates against
these contexts, and the tests hold them against a real period's and docs/templates.md.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from ..periods import week_period
from ..period_status import DONE, RED, PeriodStatus, TaskState, UnitState
from ..store import StoredTask
from ..workspace import Config, Workspace
from .context import remind_context, report_context

ORGAN = "平罗县食品安全委员会办公室"
PLAN_TITLE = "平罗县深化改革加强食品安全工作实施方案"


def _example_task(number: str, text: str, lead: str, others: list[str], deadline: tuple[str, str | None]) -> StoredTask:
    data = {"id": f"T{number}", "number": number, "text": text, "lead": [lead], "responsible": [],
            "cooperating": others, "deadline": {"text": deadline[0], "due": deadline[1], "ongoing": False}}
    return StoredTask(f"T{number}", number, text, data)


def example_status(done: bool = True) -> PeriodStatus:
    """A small made-up period: one overdue task, one far from its deadline, one done."""
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
    """The context of the made-up period: a 通报's (kind="report") or a 督办通知's (kind="remind")."""
    ws = Workspace(Path("示例工作区"), Config(organ=ORGAN, plan_title=PLAN_TITLE, cc="县委办公室，县政府办公室",
                                         contact="张明", phone="0952-6012345", remind_code="平食安办督"))
    ps, today = example_status(), date(2023, 3, 10)
    if kind == "remind":
        return remind_context(ws, ps, ps.units[2], today, "平食安办督〔2023〕4号")
    rows = [("平罗县卫生健康局", "T1", "", {"problems": "培训场地不足；\n部分经营者参训积极性不高"}),
            ("城关镇", "T2", "M1", {"problems": "集体聚餐备案不及时"})]
    ctx = report_context(ws, ps, example_status(done=False), 3, rows, today)
    ctx["chart"] = "完成率图.png"
    return ctx
