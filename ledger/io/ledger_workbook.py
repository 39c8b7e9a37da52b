"""汇总台账.xlsx: the consolidated ledger, written from plain rows.

Sheets 总台账 (one row per task; traffic lights as real conditional formats),
报送明细 (every value each unit typed, one row per task and unit), 未报送单位,
逾期任务 and 单位汇总 (with a native Excel chart). Every text goes in through
``cells.write_text``: as a string (nothing a unit typed can become a formula),
and cut with a visible marker where a cell cannot hold it (``LedgerWriter.cuts``).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import xlsxwriter

from .atomic import atomic_path
from .cells import LINE_HEIGHT, Cut, wrapped_lines, write_text
from .grid import load_grids
from .read import cell_text

MAIN_SHEET = "总台账"
DETAIL_SHEET = "报送明细"
CONFIRM_HEADER = "销号确认"
ID_HEADER = "任务标识"
TITLE_HEADER, EXTRA_HEADER, EVIDENCE_HEADER = "任务标题", "其他信息", "佐证材料"
CONFIRM_WORDS = {"是", "确认", "同意", "√", "✔", "已销号", "销号", "y", "yes"}
MAIN_COLUMNS = (("编号", 7), ("类别", 14), (TITLE_HEADER, 16), ("任务内容", 44), ("牵头单位", 14),
                ("责任/配合单位", 16), ("完成时限", 12), (EXTRA_HEADER, 22), ("距时限天数", 7), ("完成状态", 9),
                ("牵头单位进展", 32), ("各单位进展", 40), ("存在问题", 24), (EVIDENCE_HEADER, 28), ("状态灯", 7),
                ("销号", 8), (CONFIRM_HEADER, 8), (ID_HEADER, 12))
OPTIONAL_COLUMNS = (TITLE_HEADER, EXTRA_HEADER)  # shown only when some task has a value
CENTERED = ("编号", "距时限天数", "完成状态", "状态灯", "销号")
UNMATCHED_NOTE = "未对应任务"
DETAIL_COLUMNS = (("编号", 7), ("任务内容", 22), ("单位", 16), ("角色", 6), ("分解措施", 24), ("完成状态", 9),
                  ("本期进展", 36), ("存在问题", 22), ("下步计划", 22), ("佐证材料", 22), ("预计完成时间", 11),
                  ("填报人", 8), ("联系电话", 13), ("报送时间", 17), ("来源文件", 22), ("备注", 18))
HEADER_ROW = 2
FIRST = HEADER_ROW + 1
MAX_LINES = 30  # a row shows at most this many lines (Excel's rows stop at 409 points)
SHEET_ROWS = 1_048_576  # rows of an Excel sheet; 报送明细 goes on in 报送明细（续1）… past that


@dataclass
class LedgerData:
    title: str
    subtitle: str
    main: list[dict[str, object]]  # one dict per task: MAIN_COLUMNS header -> value
    missing: list[tuple]  # 单位, 分组, 联系人, 联系电话, 报送情况
    overdue: list[tuple]  # 编号, 任务内容, 牵头单位, 完成时限, 逾期天数, 完成状态, 存在问题
    units: list[tuple]  # 单位, 分组, 任务数, 已完成, 逾期, 完成率, 报送情况
    lights: dict[str, str] = field(default_factory=dict)
    yellow_days: int = 14
    details: Iterable[tuple] = ()  # 报送明细 rows in DETAIL_COLUMNS order (read once, in order)


def main_columns(rows: list[dict[str, object]]) -> tuple[tuple[str, int], ...]:
    """The 总台账's columns: MAIN_COLUMNS without the optional ones no task fills."""
    return tuple((name, width) for name, width in MAIN_COLUMNS
                 if name not in OPTIONAL_COLUMNS or any(r.get(name) for r in rows))


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


class LedgerWriter:
    """Writes the sheets of one 汇总台账 and keeps the texts it had to cut."""

    def __init__(self, wb):
        self.wb, self.fmt = wb, _Formats(wb)
        self.cuts: list[Cut] = []

    def sheet(self, name: str, title: str, subtitle: str, columns):
        """A sheet with title, subtitle, header row, frozen panes and A4 landscape print set-up."""
        ws = self.wb.add_worksheet(name)
        fmt, last = self.fmt, len(columns) - 1
        ws.merge_range(0, 0, 0, last, title, fmt.title)
        ws.merge_range(1, 0, 1, last, subtitle, fmt.subtitle)
        ws.set_row(0, 28)
        for c, (header, width) in enumerate(columns):
            ws.write_string(HEADER_ROW, c, header, fmt.header)
            ws.set_column(c, c, width)
        ws.freeze_panes(FIRST, 0)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(HEADER_ROW)
        ws.set_footer("&C第 &P 页，共 &N 页")
        return ws

    def row(self, ws, r: int, row: tuple, columns, styles: dict[int, object]) -> None:
        """One row: numbers as numbers, everything else as (possibly cut) text, the
        row as high as its wrapped lines (Excel does not grow rows by itself)."""
        lines = max((wrapped_lines(v, w) for v, (_h, w) in zip(row, columns)
                     if v.__class__ is str and (2 * len(v) >= w or "\n" in v)), default=1)  # others fit a line
        if lines > 1:
            ws.set_row(r, min(lines, MAX_LINES) * LINE_HEIGHT)
        cuts, before = self.cuts, len(self.cuts)
        for c, value in enumerate(row):
            style = styles.get(c, self.fmt.cell)
            if value is None or value == "":
                ws.write_blank(r, c, None, style)  # the cell's border, as on the filled ones
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                ws.write_number(r, c, value, style)
            else:
                write_text(ws, r, c, str(value), style, cuts)
        for i in range(before, len(cuts)):
            cuts[i] = replace(cuts[i], column=columns[cuts[i].col][0], label=str(row[0]))

    def rows(self, ws, rows: list[tuple], columns, styles: dict[int, object] | None = None) -> None:
        for r, row in enumerate(rows, FIRST):
            self.row(ws, r, row, columns, styles or {})

    def simple_sheet(self, name: str, title: str, subtitle: str, columns, rows, styles=None):
        ws = self.sheet(name, title, subtitle, columns)
        self.rows(ws, rows, columns, styles)
        ws.autofilter(HEADER_ROW, 0, FIRST + max(len(rows), 1) - 1, len(columns) - 1)
        return ws

    def main_sheet(self, data: LedgerData) -> None:
        fmt, columns = self.fmt, main_columns(data.main)
        col = {name: i for i, (name, _w) in enumerate(columns)}
        ws = self.sheet(MAIN_SHEET, data.title, data.subtitle, columns)
        for name in CENTERED:
            ws.set_column(col[name], col[name], columns[col[name]][1], fmt.center)
        ws.set_column(col[CONFIRM_HEADER], col[CONFIRM_HEADER], 8, fmt.confirm)
        ws.set_column(col[ID_HEADER], col[ID_HEADER], 12, fmt.hidden, {"hidden": True})
        styles = {col[name]: fmt.center for name in CENTERED}
        styles.update({col[CONFIRM_HEADER]: fmt.confirm, col[ID_HEADER]: fmt.hidden})
        self.rows(ws, [tuple(r.get(name, "") for name, _w in columns) for r in data.main], columns, styles)
        last = FIRST + max(len(data.main), 1) - 1
        self.lights(ws, data, last, col)
        ws.data_validation(FIRST, col[CONFIRM_HEADER], last, col[CONFIRM_HEADER], {
            "validate": "list", "source": ["是"], "input_title": "销号确认",
            "input_message": "核实佐证材料后选“是”，下次汇总时该任务即销号", "error_type": "warning"})
        ws.autofilter(HEADER_ROW, 0, last, len(columns) - 2)

    def lights(self, ws, data: LedgerData, last: int, col: dict[str, int]) -> None:
        """Real conditional formats: the colour follows 完成状态, 距时限天数 and 存在问题."""
        def ref(name: str) -> str:
            return f"${xlsxwriter.utility.xl_col_to_name(col[name])}{FIRST + 1}"
        status, days, problems, closing = ref("完成状态"), ref("距时限天数"), ref("存在问题"), ref("销号")
        rules = (
            ("green", f'=OR({status}="已完成",{closing}="已销号")'),
            ("red", f'=AND({days}<>"",{days}<0)'),
            ("yellow", f'=OR(AND({days}<>"",{days}<={data.yellow_days}),{problems}<>"",{status}="滞后")'),
            ("green", "=TRUE"),
        )
        light = col["状态灯"]
        for name, formula in rules:
            ws.conditional_format(FIRST, light, last, light, {
                "type": "formula", "criteria": formula, "stop_if_true": True,
                "format": self.fmt.light(self.wb, data.lights.get(f"{name}_color", "#FFFFFF"))})

    def detail_sheet(self, data: LedgerData) -> None:
        """报送明细: every row, streamed; a sheet that is full goes on in the next."""
        styles = {0: self.fmt.center, 5: self.fmt.center}
        ws, r, part = None, SHEET_ROWS, 0
        for row in data.details:
            if r >= SHEET_ROWS:
                if ws is not None:
                    self._detail_filter(ws, r)
                name = DETAIL_SHEET if not part else f"{DETAIL_SHEET}（续{part}）"
                ws, r, part = self.sheet(name, "各单位报送明细（按报送原文）", data.subtitle, DETAIL_COLUMNS), FIRST, part + 1
            self.row(ws, r, row, DETAIL_COLUMNS, styles)
            r += 1
        if ws is None:
            ws, r = self.sheet(DETAIL_SHEET, "各单位报送明细（按报送原文）", data.subtitle, DETAIL_COLUMNS), FIRST
        self._detail_filter(ws, r)

    @staticmethod
    def _detail_filter(ws, end: int) -> None:
        ws.autofilter(HEADER_ROW, 0, max(end - 1, FIRST), len(DETAIL_COLUMNS) - 1)

    def units_sheet(self, data: LedgerData) -> None:
        columns = (("单位", 30), ("分组", 12), ("任务数", 8), ("已完成", 8), ("逾期", 8), ("完成率", 9), ("报送情况", 10))
        ws = self.simple_sheet("单位汇总", "各单位任务推进情况", data.subtitle, columns, data.units,
                               {5: self.fmt.percent})
        shown = min(len(data.units), 40)
        if not shown:
            return
        chart = self.wb.add_chart({"type": "bar"})
        chart.add_series({"name": "完成率", "categories": ["单位汇总", FIRST, 0, FIRST + shown - 1, 0],
                          "values": ["单位汇总", FIRST, 5, FIRST + shown - 1, 5], "data_labels": {"value": True}})
        chart.set_title({"name": "各单位任务完成率" + ("（前40个单位）" if len(data.units) > shown else "")})
        chart.set_x_axis({"num_format": "0%", "min": 0, "max": 1})
        chart.set_y_axis({"reverse": True})
        chart.set_legend({"none": True})
        chart.set_size({"width": 720, "height": max(320, 22 * shown)})
        ws.insert_chart(HEADER_ROW, len(columns) + 1, chart)


def write_ledger(path: Path, data: LedgerData) -> list[Cut]:
    """Write the 汇总台账 atomically; returns the texts that had to be cut to fit a cell."""
    with atomic_path(Path(path)) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False,
                                            "constant_memory": True})  # rows are written in order
        writer = LedgerWriter(wb)
        writer.main_sheet(data)
        writer.detail_sheet(data)
        writer.simple_sheet("未报送单位", "未报送（含逾期报送）单位", data.subtitle,
                            (("单位", 30), ("分组", 12), ("联系人", 10), ("联系电话", 14), ("报送情况", 10)),
                            data.missing)
        writer.simple_sheet("逾期任务", "逾期未完成任务", data.subtitle,
                            (("编号", 7), ("任务内容", 50), ("牵头单位", 16), ("完成时限", 14), ("逾期天数", 8),
                             ("完成状态", 9), ("存在问题", 30)), data.overdue)
        writer.units_sheet(data)
        wb.close()
    return writer.cuts


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
