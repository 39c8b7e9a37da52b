"""Fill a split workbook as a unit would: every input cell, distinct values.

Used by the merge tests and the merge benchmark. Returns what was typed, by
(sheet, row id, field), so a test can check every value landed once.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl

STATUSES = ("已完成", "推进中", "常态化推进", "未启动", "滞后")
FIELDS = {"完成状态": "status", "本期进展": "progress", "存在问题": "problems", "下步计划": "next_steps",
          "佐证材料": "evidence", "预计完成时间": "expected", "填报人": "reporter", "联系电话": "phone"}
ID_HEADERS = ("任务标识（请勿修改）", "措施标识（请勿修改）")


def value_for(field: str, unit: str, row_id: str, n: int):
    if field == "status":
        return STATUSES[n % len(STATUSES)]
    if field == "expected":
        return date(2023, 6, 1) + timedelta(days=n % 200)
    if field == "phone":
        return f"138{n:08d}"
    return f"{unit}|{row_id}|{field}|{n}"


def fill_workbook(src: Path, dst: Path, unit: str, start: int = 0) -> dict[tuple[str, str, str], object]:
    wb = openpyxl.load_workbook(src)
    typed: dict[tuple[str, str, str], object] = {}
    n = start
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        header = [c.value for c in ws[3]]
        id_col = next((i for i, h in enumerate(header) if h in ID_HEADERS), None)
        if id_col is None:
            continue
        cols = {i: FIELDS[h] for i, h in enumerate(header) if h in FIELDS}
        for r in range(4, ws.max_row + 1):
            row_id = ws.cell(r, id_col + 1).value
            if not row_id:
                continue
            for c, field in cols.items():
                n += 1
                value = value_for(field, unit, row_id, n)
                ws.cell(r, c + 1).value = value
                typed[(ws.title, row_id, field)] = value.isoformat() if isinstance(value, date) else value
    wb.save(dst)
    return typed
