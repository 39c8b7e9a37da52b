"""全市汇总.xlsx: the 全市 sheet, one row per county, then each county's tasks."""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import answering_unit, answering_units
from .atomic import atomic_path
from .cells import write_text

if TYPE_CHECKING:
    from ..county_figures import CountyFigures

SUMMARY = "全市"
SUMMARY_HEADER = ("县（区）", "报送周期", "任务数", "已完成", "完成率", "逾期任务", "应报单位", "按时报送", "逾期报送",
                  "未报送")
TASK_HEADER = ("编号", "任务内容", "牵头单位", "完成时限", "完成状态", "状态灯", "牵头单位进展", "存在问题")
TOTAL_COLUMNS = {2: "tasks", 3: "done", 5: "overdue", 6: "units", 7: "on_time", 8: "late", 9: "missing"}
_BAD = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: set[str]) -> str:
    """A legal, unique sheet name (31 characters, none of []:*?/\\)."""
    base = _BAD.sub("_", name).strip("'") or "县区"
    out, n = base[:31], 1
    while out in taken or out == SUMMARY:
        n += 1
        out = f"{base[:31 - len(str(n)) - 1]}_{n}"
    taken.add(out)
    return out


def write_city_book(path: Path, city: str, counties: list[CountyFigures], lights: dict[str, str]) -> None:
    with atomic_path(path) as tmp:
        _write(tmp, city, counties, lights)


def _write(tmp: Path, city: str, counties: list[CountyFigures], lights: dict[str, str]) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(tmp))
    bold = wb.add_format({"bold": True, "border": 1, "bg_color": "#D9E1F2", "text_wrap": True})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    pct = wb.add_format({"border": 1, "num_format": "0.0%"})
    title = wb.add_format({"bold": True, "font_size": 14})
    summary = wb.add_worksheet(SUMMARY)
    summary.write_string(0, 0, f"{city}各县（区）任务台账汇总", title)
    summary.write_row(2, 0, SUMMARY_HEADER, bold)
    summary.set_column(0, 1, 18)
    summary.set_column(2, len(SUMMARY_HEADER) - 1, 10)
    for i, c in enumerate(counties, start=3):
        write_text(summary, i, 0, c.name, cell)
        write_text(summary, i, 1, c.period_label or "尚未下发", cell)
        for j, value in enumerate((c.tasks, c.done), start=2):
            summary.write_number(i, j, value, cell)
        summary.write_number(i, 4, c.done / c.tasks if c.tasks else 0, pct)
        for j, value in enumerate((c.overdue, c.units, c.on_time, c.late, c.missing), start=5):
            summary.write_number(i, j, value, cell)
    total = len(counties) + 3
    summary.write_string(total, 0, "合计", bold)
    for j, key in TOTAL_COLUMNS.items():
        summary.write_number(total, j, sum(getattr(c, key) for c in counties), bold)
    done, tasks = sum(c.done for c in counties), sum(c.tasks for c in counties)
    summary.write_number(total, 4, done / tasks if tasks else 0, wb.add_format({"bold": True, "num_format": "0.0%"}))
    taken: set[str] = set()
    for c in counties:
        sheet = wb.add_worksheet(sheet_name(c.name, taken))
        sheet.write_string(0, 0, f"{c.name} {c.period_label}".strip(), title)
        sheet.write_row(2, 0, TASK_HEADER, bold)
        sheet.set_column(0, 0, 8)
        sheet.set_column(1, 1, 50)
        sheet.set_column(2, 5, 14)
        sheet.set_column(6, 7, 40)
        if c.status is None:
            sheet.write_string(3, 0, "该县（区）尚未下发填报表，暂无数据。")
            continue
        for i, t in enumerate(c.status.tasks, start=3):
            data = t.task.data
            lead = "、".join(answering_units(data))
            lead_report = t.reports.get(answering_unit(data), {})
            values = (t.task.data.get("label") or t.task.number, t.task.text, lead,
                      (data.get("deadline") or {}).get("text", ""), t.status, lights.get(t.light, t.light),
                      lead_report.get("progress", ""), t.problems)
            for j, v in enumerate(values):
                write_text(sheet, i, j, str(v or ""), cell)
    wb.close()
