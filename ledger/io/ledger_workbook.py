"""汇总台账.xlsx: the consolidated ledger, written from plain rows.

Sheets 总台账 (one row per task; traffic lights as real conditional formats),
未报送单位, 逾期任务 and 单位汇总 (with a native Excel chart). Every text goes
in with write_string: nothing a unit typed can become a formula.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import xlsxwriter

from .atomic import atomic_path
from .grid import load_grids
from .read import cell_text

MAIN_SHEET = "总台账"
CONFIRM_HEADER = "销号确认"
ID_HEADER = "任务标识"
CONFIRM_WORDS = {"是", "确认", "同意", "√", "✔", "已销号", "销号", "y", "yes"}
MAIN_COLUMNS = (("编号", 7), ("类别", 14), ("任务内容", 44), ("牵头单位", 14), ("责任/配合单位", 16),
                ("完成时限", 12), ("距时限天数", 7), ("完成状态", 9), ("牵头单位进展", 32),
                ("各单位进展", 40), ("存在问题", 24), ("状态灯", 7), ("销号", 8), (CONFIRM_HEADER, 8),
                (ID_HEADER, 12))
COL = {name: i for i, (name, _w) in enumerate(MAIN_COLUMNS)}
HEADER_ROW = 2
FIRST = HEADER_ROW + 1


@dataclass
class LedgerData:
    title: str
    subtitle: str
    main: list[tuple]  # one tuple per task, in MAIN_COLUMNS order
    missing: list[tuple]  # 单位, 分组, 联系人, 联系电话, 报送情况
    overdue: list[tuple]  # 编号, 任务内容, 牵头单位, 完成时限, 逾期天数, 完成状态, 存在问题
    units: list[tuple]  # 单位, 分组, 任务数, 已完成, 逾期, 完成率, 报送情况
    lights: dict[str, str] = field(default_factory=dict)
    yellow_days: int = 14


class _Formats:
    def __init__(self, wb):
        base = {"font_name": "宋体", "font_size": 10, "valign": "top", "text_wrap": True, "border": 1}
        self.title = wb.add_format({"font_name": "黑体", "font_size": 16, "align": "center", "valign": "vcenter"})
        self.subtitle = wb.add_format({"font_size": 10, "align": "center"})
        self.header = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter", "bg_color": "#D9D9D9"})
        self.cell = wb.add_format(base)
        self.center = wb.add_format({**base, "align": "center"})
        self.confirm = wb.add_format({**base, "align": "center", "locked": False, "bg_color": "#FFF2CC"})
        self.percent = wb.add_format({**base, "num_format": "0.0%"})
        self.hidden = wb.add_format({"font_size": 8, "font_color": "#808080"})

    def light(self, wb, color: str):
        return wb.add_format({"bg_color": color, "font_color": "#000000", "bold": True})


def _sheet_start(ws, fmt: _Formats, title: str, subtitle: str, columns) -> None:
    last = len(columns) - 1
    ws.merge_range(0, 0, 0, last, title, fmt.title)
    ws.merge_range(1, 0, 1, last, subtitle, fmt.subtitle)
    ws.set_row(0, 28)
    for c, (name, width) in enumerate(columns):
        ws.write_string(HEADER_ROW, c, name, fmt.header)
        ws.set_column(c, c, width)
    ws.freeze_panes(FIRST, 0)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(HEADER_ROW)
    ws.set_footer("&C第 &P 页，共 &N 页")


def _write_rows(ws, rows: list[tuple], fmt, styles: dict[int, object] | None = None) -> None:
    styles = styles or {}
    for r, row in enumerate(rows, FIRST):
        for c, value in enumerate(row):
            style = styles.get(c, fmt.cell)
            if value is None or value == "":
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                ws.write_number(r, c, value, style)
            else:
                ws.write_string(r, c, str(value), style)


def _main_sheet(wb, fmt: _Formats, data: LedgerData) -> None:
    ws = wb.add_worksheet(MAIN_SHEET)
    _sheet_start(ws, fmt, data.title, data.subtitle, MAIN_COLUMNS)
    for c in (COL["编号"], COL["距时限天数"], COL["完成状态"], COL["状态灯"], COL["销号"]):
        ws.set_column(c, c, MAIN_COLUMNS[c][1], fmt.center)
    ws.set_column(COL[CONFIRM_HEADER], COL[CONFIRM_HEADER], 8, fmt.confirm)
    ws.set_column(COL[ID_HEADER], COL[ID_HEADER], 12, fmt.hidden, {"hidden": True})
    _write_rows(ws, data.main, fmt, {COL["编号"]: fmt.center, COL["距时限天数"]: fmt.center,
                                     COL["完成状态"]: fmt.center, COL["状态灯"]: fmt.center,
                                     COL["销号"]: fmt.center, COL[CONFIRM_HEADER]: fmt.confirm,
                                     COL[ID_HEADER]: fmt.hidden})
    last = FIRST + max(len(data.main), 1) - 1
    _lights(wb, ws, fmt, data, last)
    ws.data_validation(FIRST, COL[CONFIRM_HEADER], last, COL[CONFIRM_HEADER], {
        "validate": "list", "source": ["是"], "input_title": "销号确认",
        "input_message": "核实佐证材料后选“是”，下次汇总时该任务即销号", "error_type": "warning"})
    ws.autofilter(HEADER_ROW, 0, last, len(MAIN_COLUMNS) - 2)


def _lights(wb, ws, fmt: _Formats, data: LedgerData, last: int) -> None:
    """Real conditional formats: the colour follows 完成状态, 距时限天数 and 存在问题."""
    def ref(name: str) -> str:
        return f"${xlsxwriter.utility.xl_col_to_name(COL[name])}{FIRST + 1}"
    status, days, problems, closing = ref("完成状态"), ref("距时限天数"), ref("存在问题"), ref("销号")
    rules = (
        ("green", f'=OR({status}="已完成",{closing}="已销号")'),
        ("red", f'=AND({days}<>"",{days}<0)'),
        ("yellow", f'=OR(AND({days}<>"",{days}<={data.yellow_days}),{problems}<>"",{status}="滞后")'),
        ("green", "=TRUE"),
    )
    col = COL["状态灯"]
    for light, formula in rules:
        ws.conditional_format(FIRST, col, last, col, {
            "type": "formula", "criteria": formula, "stop_if_true": True,
            "format": fmt.light(wb, data.lights.get(f"{light}_color", "#FFFFFF"))})


def _simple_sheet(wb, fmt, name: str, title: str, subtitle: str, columns, rows, styles=None) -> None:
    ws = wb.add_worksheet(name)
    _sheet_start(ws, fmt, title, subtitle, columns)
    _write_rows(ws, rows, fmt, styles)
    ws.autofilter(HEADER_ROW, 0, FIRST + max(len(rows), 1) - 1, len(columns) - 1)


def _units_sheet(wb, fmt: _Formats, data: LedgerData) -> None:
    columns = (("单位", 30), ("分组", 12), ("任务数", 8), ("已完成", 8), ("逾期", 8), ("完成率", 9), ("报送情况", 10))
    _simple_sheet(wb, fmt, "单位汇总", "各单位任务推进情况", data.subtitle, columns, data.units, {5: fmt.percent})
    ws = wb.get_worksheet_by_name("单位汇总")
    shown = min(len(data.units), 40)
    if not shown:
        return
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({"name": "完成率", "categories": ["单位汇总", FIRST, 0, FIRST + shown - 1, 0],
                      "values": ["单位汇总", FIRST, 5, FIRST + shown - 1, 5], "data_labels": {"value": True}})
    chart.set_title({"name": "各单位任务完成率" + ("（前40个单位）" if len(data.units) > shown else "")})
    chart.set_x_axis({"num_format": "0%", "min": 0, "max": 1})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"none": True})
    chart.set_size({"width": 720, "height": max(320, 22 * shown)})
    ws.insert_chart(HEADER_ROW, len(columns) + 1, chart)


def write_ledger(path: Path, data: LedgerData) -> Path:
    with atomic_path(Path(path)) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False,
                                            "constant_memory": True})  # rows are written in order
        fmt = _Formats(wb)
        _main_sheet(wb, fmt, data)
        _simple_sheet(wb, fmt, "未报送单位", "未报送（含逾期报送）单位", data.subtitle,
                      (("单位", 30), ("分组", 12), ("联系人", 10), ("联系电话", 14), ("报送情况", 10)), data.missing)
        _simple_sheet(wb, fmt, "逾期任务", "逾期未完成任务", data.subtitle,
                      (("编号", 7), ("任务内容", 50), ("牵头单位", 16), ("完成时限", 14), ("逾期天数", 8),
                       ("完成状态", 9), ("存在问题", 30)), data.overdue)
        _units_sheet(wb, fmt, data)
        wb.close()
    return Path(path)


def read_confirmations(path: Path) -> list[str]:
    """Task ids the clerk marked in 销号确认 of an earlier 汇总台账."""
    grids = load_grids(Path(path), hidden=False)
    grid = next((g for g in grids if g.name == MAIN_SHEET), None)
    if grid is None or len(grid.rows) <= HEADER_ROW:
        return []
    header = [cell_text(v) for v in grid.rows[HEADER_ROW]]
    if CONFIRM_HEADER not in header or ID_HEADER not in header:
        return []
    c_confirm, c_id = header.index(CONFIRM_HEADER), header.index(ID_HEADER)
    out = []
    for row in grid.rows[FIRST:]:
        mark = cell_text(row[c_confirm] if c_confirm < len(row) else "").lower()
        task_id = cell_text(row[c_id] if c_id < len(row) else "")
        if mark in CONFIRM_WORDS and task_id:
            out.append(task_id)
    return out
