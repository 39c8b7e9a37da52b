"""汇总台账.xlsx: the consolidated ledger, written from plain rows.

Sheets 总台账 (one row per task; traffic lights as real conditional formats),
报送明细 (every value each unit typed, one row per task and unit), 未报送单位,
逾期任务 and 单位汇总 (with native Excel charts). Every text goes in through
``cells.write_text``: as a string (nothing a unit typed can become a formula),
and cut with a visible marker where a cell cannot hold it (``LedgerWriter.cuts``).

On paper (A4, fitted to the page width, header row on every page) every sheet
prints its text at 9 points or more: the 总台账 and 报送明细 print their first
columns (``MAIN_PRINTED``, ``DETAIL_PRINTED``: what a leader reads), the others
print whole; rows are as high as their wrapped text (Excel does not grow them),
a sheet with nothing in it says so in a line, and the 总台账 explains its 状态灯.
"""
from __future__ import annotations

import io
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

from .atomic import atomic_path
from .cells import (EXCEL_MAX_CHARS, FIFTHS, ROOMY_LINE_HEIGHT, Cut, fit_text, printed_width, row_points,
                    wrapped_lines)
from .xlsx_stream import (PiecedSheet, RowShapes, RowsPiece, SheetPart, StreamedSheet, WorksheetRows, finish,
                          rows_piece)

MAIN_SHEET = "总台账"
DETAIL_SHEET = "报送明细"
CONFIRM_HEADER = "销号确认"
ID_HEADER = "任务标识"
TITLE_HEADER, EXTRA_HEADER, EVIDENCE_HEADER = "任务标题", "其他信息", "佐证材料"
CONFIRM_WORDS = {"是", "确认", "同意", "√", "✔", "已销号", "销号", "y", "yes"}
# The printed page first (up to 存在问题: 140 widths, one A4 landscape width at
# full size), then what the clerk works with on screen; the id stays last.
MAIN_COLUMNS = (("编号", 6), (TITLE_HEADER, 12), ("任务内容", 40), ("牵头单位", 12), ("完成时限", 11),
                ("距时限天数", 6), ("完成状态", 11), ("状态灯", 6), ("牵头单位进展", 28), ("存在问题", 20),
                ("各单位进展", 60), ("责任/配合单位", 20), ("类别", 20), (EXTRA_HEADER, 24), (EVIDENCE_HEADER, 30),
                ("销号", 8), (CONFIRM_HEADER, 8), (ID_HEADER, 12))
MAIN_PRINTED = "存在问题"  # the last printed column of the 总台账
OPTIONAL_COLUMNS = (TITLE_HEADER, EXTRA_HEADER)  # shown only when some task has a value
CENTERED = ("编号", "距时限天数", "完成状态", "状态灯", "销号")
UNMATCHED_NOTE = "未对应任务"
DETAIL_COLUMNS = (("编号", 7), ("任务内容", 22), ("单位", 16), ("角色", 6), ("分解措施", 24), ("完成状态", 11),
                  ("本期进展", 34), ("存在问题", 22), ("下步计划", 22), ("佐证材料", 22), ("预计完成时间", 11),
                  ("填报人", 8), ("联系电话", 13), ("报送时间", 17), ("来源文件", 22), ("备注", 18))
DETAIL_PRINTED = 8  # 编号 … 存在问题
MISSING_COLUMNS = (("单位", 30), ("分组", 12), ("联系人", 10), ("联系电话", 14), ("报送情况", 10))
OVERDUE_COLUMNS = (("编号", 7), ("任务内容", 50), ("牵头单位", 16), ("完成时限", 14), ("逾期天数", 8),
                   ("完成状态", 9), ("存在问题", 30))
UNIT_COLUMNS = (("单位", 28), ("分组", 20), ("任务数", 7), ("已完成", 7), ("逾期", 7), ("完成率", 8),
                ("报送情况", 10))
EMPTY = {MAIN_SHEET: "台账中尚无任务。", DETAIL_SHEET: "本期尚无单位报送。", "未报送单位": "本期各单位均已按时报送。",
         "逾期任务": "本期无逾期任务。", "单位汇总": "本期没有需要报送的单位。"}  # what an empty sheet says
HEADER_ROW = 2
FIRST = HEADER_ROW + 1
MAX_LINES = 28  # a row shows at most this many lines (Excel's rows stop at 409 points)
OFF_PRINT_LINES = 8  # columns left off the printed page make a row at most this many lines high
SHEET_ROWS = 1_048_576  # rows of an Excel sheet; 报送明细 goes on in 报送明细（续1）… past that
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6}  # inches
CHART_BARS = 40  # units in one chart of 单位汇总: a portrait page, each bar with its unit's name beside it
CHART_PAGES = 4  # more units than these pages hold: the highest and the lowest, CHART_PAGES // 2 pages each
BAR_PITCH = 20  # pixels a bar (LibreOffice leaves out names that would touch)
CHART_WIDTH = 620  # pixels: the portrait page's width
CHART_ROW_PIXELS = 20  # an empty row under the table (15 points)
FIT_CAP = 30  # widest a column grows to print its text on one line (fitted)
SURE_FIT = EXCEL_MAX_CHARS // 2  # characters a text may have and surely fit a cell (each at most 2 UTF-16 units)
DETAIL_CHUNK = 2_000  # rows of 报送明细 a worker process writes at a time (``rows_chunk``)
MAIN_CHUNK = 500  # rows of the 总台账 a worker process writes at a time; it goes to them from two chunks on
PENDING_CHUNKS = 16  # chunks sent to a worker and not yet taken back, at most
DETAIL_STYLES = {0: "center", 5: "center"}  # 报送明细's columns not in the plain cell format (``_Formats``' names)
WORKBOOK_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False,
                    "constant_memory": True}  # rows are written in order
KNOWN_LINES = 100_000  # texts whose line counts a LedgerWriter keeps at most (then it starts afresh)
ENGINES = ("stream", "xlsxwriter")  # how the data rows are written; xlsxwriter is the reference


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
    # called once 报送明细's rows are written or sent to the worker processes, before the 总台账's rows:
    # fills in ``main`` (its 任务标题 and 其他信息 as given already: they choose the columns), ``missing``,
    # ``overdue`` and ``units`` while the workers write (the export works out the task states there)
    rest: Callable[[LedgerData], None] | None = None


def main_columns(rows: list[dict[str, object]]) -> tuple[tuple[str, int], ...]:
    """The 总台账's columns: MAIN_COLUMNS without the optional ones no task fills; a
    任务标题 column takes its width from 任务内容, so the printed page stays as wide."""
    shown = [(name, width) for name, width in MAIN_COLUMNS
             if name not in OPTIONAL_COLUMNS or any(r.get(name) for r in rows)]
    if any(name == TITLE_HEADER for name, _w in shown):
        title = dict(MAIN_COLUMNS)[TITLE_HEADER]
        shown = [(name, width - title if name == "任务内容" else width) for name, width in shown]
    return tuple(shown)


def legend(lights: dict[str, str], yellow_days: int) -> list[tuple[str, str, str]]:
    """What each 状态灯 means, as (name, colour, meaning), in the words of the rules
    (``period_status.task_state`` and ``LedgerWriter.lights``)."""
    return [(lights.get("red", "红灯"), lights.get("red_color", "#FF4D4D"), "已过完成时限仍未完成"),
            (lights.get("yellow", "黄灯"), lights.get("yellow_color", "#FFD966"),
             f"距完成时限{yellow_days}天以内、报有存在问题或进展滞后"),
            (lights.get("green", "绿灯"), lights.get("green_color", "#70AD47"), "按计划推进、已完成或已销号")]


class _Formats:
    def __init__(self, wb):
        base = {"font_name": "宋体", "font_size": 10, "valign": "top", "text_wrap": True, "border": 1}
        self.title = wb.add_format({"font_name": "黑体", "font_size": 16, "align": "center", "valign": "vcenter"})
        self.subtitle = wb.add_format({"font_name": "宋体", "font_size": 10, "align": "center", "valign": "vcenter",
                                       "text_wrap": True})
        self.header = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter", "bg_color": "#D9D9D9"})
        self.cell = wb.add_format(base)
        self.center = wb.add_format({**base, "align": "center"})
        self.confirm = wb.add_format({**base, "align": "center", "locked": False, "bg_color": "#FFF2CC"})
        self.percent = wb.add_format({**base, "num_format": "0.0%"})
        self.hidden = wb.add_format({"font_size": 8, "font_color": "#808080"})
        self.empty = wb.add_format({"font_name": "宋体", "font_size": 10, "valign": "vcenter"})
        self.plain = wb.add_format({"font_name": "宋体", "font_size": 10})
        # Style ids in this order, whichever cell is written first: the rows a
        # StreamedSheet writes and the rows XlsxWriter writes get the same ids.
        for fmt in (self.title, self.subtitle, self.header, self.cell, self.center, self.confirm, self.percent,
                    self.hidden, self.empty):
            fmt._get_xf_index()

    def light(self, wb, color: str):
        return wb.add_format({"bg_color": color, "font_color": "#000000", "bold": True})

    def mark(self, wb, color: str):
        return wb.add_format({"font_name": "宋体", "font_size": 10, "font_color": color})


def _escape(text: str) -> str:
    """Text for a page header or footer, where "&" starts a code."""
    return text.replace("&", "&&")


def fitted(columns, rows: list[tuple], cap: int = FIT_CAP) -> tuple[tuple[str, int], ...]:
    """The columns, each widened to print its longest short text on one line (a
    phone number, a unit's name; up to ``cap``): never narrower than set, and a
    text longer than ``cap`` wraps in the width set."""
    out = []
    for c, (name, width) in enumerate(columns):
        need = max((printed_width(r[c]) for r in rows if c < len(r) and isinstance(r[c], str)), default=0.0)
        out.append((name, max(width, -int(-need // 1) + 2) if need + 2 <= cap else width))
    return tuple(out)


def subtitle_lines(text: str, width: int) -> str:
    """A subtitle too long for one line broken where its parts meet ("　"), not
    wherever the width runs out (a "日" alone on the second line)."""
    if wrapped_lines(text, width) <= 1:
        return text
    lines = [""]
    for part in text.split("　"):
        joined = f"{lines[-1]}　{part}" if lines[-1] else part
        if lines[-1] and wrapped_lines(joined, width) > 1:
            lines.append(part)
        else:
            lines[-1] = joined
    return "\n".join(lines)


def _lines(values, columns, known: dict[tuple[str, int], int], cap: int) -> int:
    """The most lines a text of ``values`` wraps to in its column, up to ``cap``:
    ``wrapped_lines``, with a text that surely fits a line (most of them) passed over
    without the calls, a text counted before in a column as wide taken from ``known``
    (a task's text, a unit's name and contact come on many rows of 报送明细; it starts
    afresh when full), and the others counted after those, the one that may wrap to the
    most lines first (``most_lines``), none that cannot reach the lines already found."""
    high, later = 1, None
    for v, (_h, w) in zip(values, columns):
        if v.__class__ is not str or (2 * len(v) < w and "\n" not in v):
            continue  # a number, or a text that fits a line
        n = known.get((v, w))
        if n is None:  # ``cells.most_lines(v, w)`` written out (a call a text costs a fifth of the count)
            most = 2 * ((4 * len(v) + 2 * len(v.encode())) // (FIFTHS * (w - 1 if w > 1 else 1))) + 1 + v.count("\n")
            if later is None:
                later = [(most, v, w)]
            else:
                later.append((most, v, w))
        elif n > high:
            high = n
    if later is None or high >= cap:
        return min(high, cap)
    if len(later) > 1:
        later.sort(key=_bound, reverse=True)  # by the bound alone: equal bounds in any order
    for most, v, w in later:
        if most <= high or high >= cap:
            break  # nor can the rest: ``later`` goes from the most lines down
        if len(known) >= KNOWN_LINES:
            known.clear()
        n = known[v, w] = wrapped_lines(v, w)
        if n > high:
            high = n
    return min(high, cap)


_bound = itemgetter(0)


class LedgerWriter:
    """Writes the sheets of one 汇总台账 and keeps the texts it had to cut.

    Data rows go through a row writer per sheet (``xlsx_stream``): with
    ``stream`` they are written as XML and put into the package when it is
    finished, except on 单位汇总, whose charts are placed by its rows;
    everything else is XlsxWriter's."""

    def __init__(self, wb, stream: bool = False, threaded: bool = True, pool: Executor | None = None,
                 pooled: int = 0):
        self.wb, self.fmt = wb, _Formats(wb)
        self.cuts: list[Cut] = []
        self.stream, self.threaded = stream, threaded  # threaded: rows compressed beside the writing
        self.writers: dict[str, WorksheetRows | StreamedSheet | PiecedSheet] = {}
        self.known_lines: dict[tuple[str, int], int] = {}  # (text, column width) -> wrapped lines (``_lines``)
        self._shapes: dict[tuple[int, int], tuple[dict, RowShapes]] = {}  # (id(styles), columns) -> (styles, …)
        # with a pool (``stream`` only), the rows of 报送明细 and of a long 总台账 are written by its
        # ``pooled`` worker processes (and by this one when they are behind)
        self.chunks = RowChunks(pool, pooled) if pool is not None and stream else None

    def out(self, ws) -> WorksheetRows | StreamedSheet | PiecedSheet:
        """The row writer of a sheet."""
        writer = self.writers.get(ws.name)
        if writer is None:
            if self.chunks is not None and ws.name.startswith(DETAIL_SHEET):
                writer = PiecedSheet(ws)
            elif self.stream and ws.name != "单位汇总":
                writer = StreamedSheet(ws, threaded=self.threaded)
            else:
                writer = WorksheetRows(ws)
            self.writers[ws.name] = writer
        return writer

    def streamed(self) -> list[StreamedSheet | PiecedSheet]:
        return [w for w in self.writers.values() if not isinstance(w, WorksheetRows)]

    def sheet(self, name: str, title: str, subtitle: str | list, columns, printed: int | None = None,
              portrait: bool = False):
        """A sheet with title, subtitle (text, or the parts of a rich string),
        header row (as high as its wrapped names), frozen panes and the A4 print
        set-up: fitted to the page width, the header row on every page; ``printed``
        columns from the first (default: all) are the printed page, and the title
        is centred over them."""
        ws = self.wb.add_worksheet(name)
        fmt, span = self.fmt, (printed or len(columns)) - 1
        ws.merge_range(0, 0, 0, span, title, fmt.title)
        ws.set_row(0, 28)
        width = sum(w for _h, w in columns[:span + 1])
        if isinstance(subtitle, str):
            subtitle = subtitle_lines(subtitle, width)
        text = subtitle if isinstance(subtitle, str) else "".join(p for p in subtitle if isinstance(p, str))
        ws.set_row(1, (wrapped_lines(text, width) + 0.5) * ROOMY_LINE_HEIGHT)
        if isinstance(subtitle, str):
            ws.merge_range(1, 0, 1, span, subtitle, fmt.subtitle)
        else:
            ws.merge_range(1, 0, 1, span, "", fmt.subtitle)
            ws.write_rich_string(1, 0, *subtitle, fmt.subtitle)  # rows go in order (constant_memory)
        ws.set_row(HEADER_ROW, max(wrapped_lines(h, w) for h, w in columns) * ROOMY_LINE_HEIGHT + 4)
        for c, (header, width) in enumerate(columns):
            ws.write_string(HEADER_ROW, c, header, fmt.header)
            ws.set_column(c, c, width)
        ws.freeze_panes(FIRST, 0)
        if portrait:
            ws.set_portrait()
        else:
            ws.set_landscape()
        ws.set_paper(9)
        ws.set_margins(**MARGINS)
        ws.center_horizontally()
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(HEADER_ROW)
        ws.set_footer("&C&10第 &P 页，共 &N 页")
        if printed and printed < len(columns):
            first, last = (_escape(columns[c][0]) for c in (0, printed - 1))
            ws.set_header(f"&R&10本表打印“{first}”至“{last}”各列，其余各列见电子表格")
        return ws

    @staticmethod
    def print_rows(ws, last_row: int, printed: int) -> None:
        """The printed page: the title rows down to ``last_row``, columns up to ``printed``."""
        ws.print_area(0, 0, max(last_row, FIRST), printed - 1)

    def row(self, ws, r: int, row: tuple, columns, styles: dict[int, object], printed: int | None = None) -> None:
        """One row: numbers as numbers, everything else as (possibly cut) text, the
        row as high as its wrapped lines (Excel does not grow rows by itself) — of
        the printed columns; those off the printed page add up to OFF_PRINT_LINES."""
        high = _lines(row[:printed], columns[:printed], self.known_lines, MAX_LINES)
        if printed is not None and len(row) > printed and high < OFF_PRINT_LINES:  # else those cannot add to it
            high = max(high, _lines(row[printed:], columns[printed:], self.known_lines, OFF_PRINT_LINES))
        height = row_points(high) if high > 1 else None
        out = self.out(ws)
        if out.__class__ is StreamedSheet and out.shaped_row(r, row, self.shapes(styles, len(row)), height):
            return  # most rows: plain texts and numbers, by a template of their shape
        cells: list[tuple[object, object]] = []
        plain = self.fmt.cell
        for c, value in enumerate(row):
            style = styles.get(c, plain)
            if value is None or value == "":
                cells.append((None, style))  # the cell's border, as on the filled ones
            elif value.__class__ is str and len(value) <= SURE_FIT:
                cells.append((value, style))  # always a string, never a formula
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append((value, style))
            else:
                text, length = fit_text(str(value))
                if length:
                    self.cuts.append(Cut(ws.name, r, c, length, columns[c][0], str(row[0])))
                cells.append((text, style))
        out.row(r, cells, height)

    def shapes(self, styles: dict[int, object], columns: int) -> RowShapes:
        """The RowShapes of rows of ``columns`` cells in ``styles`` (the plain cell format elsewhere)."""
        entry = self._shapes.get((id(styles), columns))
        if entry is None or entry[0] is not styles:  # kept with its dict: the id is not taken again
            shapes = RowShapes([styles.get(c, self.fmt.cell) for c in range(columns)], SURE_FIT)
            entry = self._shapes[id(styles), columns] = (styles, shapes)
        return entry[1]

    def rows(self, ws, rows: list[tuple], columns, styles: dict[int, object] | None = None,
             printed: int | None = None) -> None:
        for r, row in enumerate(rows, FIRST):
            self.row(ws, r, row, columns, styles or {}, printed)
        if not rows:
            self.empty_line(ws, columns, printed)

    def empty_line(self, ws, columns, printed: int | None = None) -> None:
        """A sheet with no rows says so, on the first row under the header."""
        ws.set_row(FIRST, 2 * ROOMY_LINE_HEIGHT)
        said = EMPTY[ws.name.split("（")[0]]  # 报送明细（续1） is never empty
        ws.merge_range(FIRST, 0, FIRST, (printed or len(columns)) - 1, said, self.fmt.empty)

    def simple_sheet(self, name: str, title: str, subtitle: str, columns, rows, styles=None,
                     portrait: bool = False):
        columns = fitted(columns, rows)
        ws = self.sheet(name, title, subtitle, columns, portrait=portrait)
        self.rows(ws, rows, columns, styles)
        ws.autofilter(HEADER_ROW, 0, FIRST + max(len(rows), 1) - 1, len(columns) - 1)
        return ws

    def main_sheet(self, data: LedgerData) -> tuple[object, tuple[tuple[str, int], ...]]:
        """The 总台账 up to its header and column formats, and its columns; ``main_rows``
        writes the rest."""
        fmt, columns = self.fmt, main_columns(data.main)
        col = {name: i for i, (name, _w) in enumerate(columns)}
        ws = self.sheet(MAIN_SHEET, data.title, self.legend(data), columns, col[MAIN_PRINTED] + 1)
        footer = "　".join(f"{name}：{meaning}" for name, _c, meaning in legend(data.lights, data.yellow_days))
        ws.set_footer(f"&L&10状态灯　{_escape(footer)}&R&10第 &P 页，共 &N 页")
        for name in CENTERED:
            ws.set_column(col[name], col[name], columns[col[name]][1], fmt.center)
        ws.set_column(col[CONFIRM_HEADER], col[CONFIRM_HEADER], columns[col[CONFIRM_HEADER]][1], fmt.confirm)
        ws.set_column(col[ID_HEADER], col[ID_HEADER], columns[col[ID_HEADER]][1], fmt.hidden, {"hidden": True})
        return ws, columns

    def main_rows(self, main: tuple[object, tuple[tuple[str, int], ...]], data: LedgerData) -> None:
        """The 总台账's rows (``main``: what ``main_sheet`` gave), 状态灯, 销号确认 list,
        filter and print area."""
        ws, columns = main
        col = {name: i for i, (name, _w) in enumerate(columns)}
        printed = col[MAIN_PRINTED] + 1
        named = {col[name]: "center" for name in CENTERED}
        named.update({col[CONFIRM_HEADER]: "confirm", col[ID_HEADER]: "hidden"})
        rows = [tuple(r.get(name, "") for name, _w in columns) for r in data.main]
        if self.chunks is not None and len(rows) > MAIN_CHUNK:
            self.chunks.sheet_rows(self.pieced(ws), rows, ChunkLayout(columns, named, printed, MAIN_CHUNK))
        else:
            self.rows(ws, rows, columns, self.styles(named), printed)
        last = FIRST + max(len(data.main), 1) - 1
        self.lights(ws, data, last, col)
        ws.data_validation(FIRST, col[CONFIRM_HEADER], last, col[CONFIRM_HEADER], {
            "validate": "list", "source": ["是"], "input_title": "销号确认",
            "input_message": "核实佐证材料后选“是”，下次汇总时该任务即销号", "error_type": "warning"})
        ws.autofilter(HEADER_ROW, 0, last, len(columns) - 2)
        self.print_rows(ws, last, printed)

    def legend(self, data: LedgerData) -> list:
        """The subtitle and, on a line under it, the 状态灯 explained: a ■ in each
        light's colour before its name (the parts of a rich string). The footer of
        every printed page says it again."""
        fmt, items = self.fmt, legend(data.lights, data.yellow_days)
        parts: list = [fmt.plain, data.subtitle + "\n状态灯："]
        for i, (name, color, meaning) in enumerate(items):
            end = "；" if i < len(items) - 1 else ""
            parts += [fmt.mark(self.wb, color), "■", fmt.plain, f"{name}：{meaning}{end}"]
        return parts

    def lights(self, ws, data: LedgerData, last: int, col: dict[str, int]) -> None:
        """Real conditional formats: the colour follows 完成状态, 距时限天数 and 存在问题."""
        def ref(name: str) -> str:
            return f"${xl_col_to_name(col[name])}{FIRST + 1}"
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

    def styles(self, named: dict[int, str]) -> dict[int, object]:
        """Column -> Format, from column -> the name of one of ``_Formats``' formats."""
        return {c: getattr(self.fmt, name) for c, name in named.items()}

    def pieced(self, ws) -> PiecedSheet:
        """The sheet's rows as pieces the worker processes write (``chunks``)."""
        self.writers[ws.name] = writer = PiecedSheet(ws)
        return writer

    def detail_sheet(self, data: LedgerData) -> None:
        """报送明细: every row, streamed; a sheet that is full goes on in the next. With
        worker processes (``chunks``) the rows go to them; ``finish`` takes them back."""
        styles, layout = self.styles(DETAIL_STYLES), ChunkLayout(DETAIL_COLUMNS, DETAIL_STYLES, None, DETAIL_CHUNK)
        ws, r, part = None, SHEET_ROWS, 0
        for row in data.details:
            if r >= SHEET_ROWS:
                if ws is not None:
                    self._detail_end(ws, r)
                ws, r, part = self._detail_part(part, data.subtitle), FIRST, part + 1
            if self.chunks is None:
                self.row(ws, r, row, DETAIL_COLUMNS, styles)
            else:
                self.chunks.add(self.out(ws), r, row, layout)
            r += 1
        if ws is None:
            ws, r = self._detail_part(0, data.subtitle), FIRST
            self.empty_line(ws, DETAIL_COLUMNS, DETAIL_PRINTED)
        self._detail_end(ws, r)
        if self.chunks is not None:
            self.chunks.send()

    def finish(self) -> None:
        """The rows the worker processes still write taken back, and every
        text cut in the order of the sheets, rows and columns (as one process cuts them)."""
        if self.chunks is not None:
            self.cuts += self.chunks.finish()
        order = {ws.name: i for i, ws in enumerate(self.wb.worksheets())}
        self.cuts.sort(key=lambda cut: (order[cut.sheet], cut.row, cut.col))

    def _detail_part(self, part: int, subtitle: str):
        name = DETAIL_SHEET if not part else f"{DETAIL_SHEET}（续{part}）"
        return self.sheet(name, "各单位报送明细（按报送原文）", subtitle, DETAIL_COLUMNS, DETAIL_PRINTED)

    def _detail_end(self, ws, end: int) -> None:
        ws.autofilter(HEADER_ROW, 0, max(end - 1, FIRST), len(DETAIL_COLUMNS) - 1)
        self.print_rows(ws, end - 1, DETAIL_PRINTED)

    def units_sheet(self, data: LedgerData) -> None:
        """单位汇总 (portrait), and under it the completion rate of the units as bar
        charts, one a page, each bar named: every unit, or past CHART_PAGES pages
        the highest and the lowest units (half the pages each)."""
        ws = self.simple_sheet("单位汇总", "各单位任务推进情况", data.subtitle, UNIT_COLUMNS, data.units,
                               {5: self.fmt.percent}, portrait=True)
        n, anchor = len(data.units), FIRST + len(data.units) + 1
        breaks = []
        for start, end in chart_ranges(n):
            title = f"各单位任务完成率（由高到低第{start + 1}—{end}个，共{n}个单位）"
            chart, height = self.rate_chart(title, start, end)
            ws.insert_chart(anchor, 0, chart, {"object_position": 3})
            breaks.append(anchor)
            anchor += -(-height // CHART_ROW_PIXELS) + 1  # the rows under the chart, and one more
        ws.set_h_pagebreaks(breaks)

    def rate_chart(self, title: str, start: int, end: int):
        """A bar chart of 完成率 for the units on rows ``start``..``end`` of 单位汇总."""
        chart = self.wb.add_chart({"type": "bar"})
        rows = (FIRST + start, FIRST + end - 1)
        chart.add_series({"name": "完成率", "categories": ["单位汇总", rows[0], 0, rows[1], 0],
                          "values": ["单位汇总", rows[0], 5, rows[1], 5], "gap": 60,
                          "data_labels": {"value": True, "num_format": "0%", "font": {"size": 8}}})
        chart.set_title({"name": title, "name_font": {"size": 12, "bold": True}})
        chart.set_x_axis({"num_format": "0%", "min": 0, "max": 1, "major_gridlines": {"visible": True},
                          "num_font": {"size": 8}})
        chart.set_y_axis({"reverse": True, "interval_unit": 1, "num_font": {"size": 9}})
        chart.set_legend({"none": True})
        height = 80 + BAR_PITCH * (end - start)
        chart.set_size({"width": CHART_WIDTH, "height": height})
        return chart, height


def chart_ranges(units: int) -> list[tuple[int, int]]:
    """Rows of 单位汇总 (from 0, end exclusive) that make one chart each."""
    def chunks(start: int, end: int) -> list[tuple[int, int]]:  # as even as they can be
        parts = max(-(-(end - start) // CHART_BARS), 1)
        edges = [start + (end - start) * i // parts for i in range(parts + 1)]
        return [(a, b) for a, b in zip(edges, edges[1:]) if b > a]
    if units <= CHART_BARS * CHART_PAGES:
        return chunks(0, units)
    half = CHART_BARS * (CHART_PAGES // 2)
    return chunks(0, half) + chunks(units - half, units)


class ChunkLayout(NamedTuple):
    """How a sheet's rows are written (``LedgerWriter.row``): its columns, the formats
    of some (column -> a name of ``_Formats``), its printed columns, and the rows of a chunk."""

    columns: tuple
    styles: dict[int, str]
    printed: int | None
    size: int


class RowChunks:
    """Rows sent to worker processes a chunk at a time (``rows_chunk``) and their XML,
    compressed there, taken back in order into the sheets. At most PENDING_CHUNKS a
    worker pending (the city's whole 报送明细, 32,000 of a province's rows), so memory
    holds those, not the sheet: past that, the newest chunk not yet started is
    written here (the workers are behind), else the oldest is waited for; at the end,
    the chunks not yet started are written here from the last back, while the
    workers go on from the first."""

    def __init__(self, pool: Executor, workers: int) -> None:
        self.pool, self.limit = pool, PENDING_CHUNKS * workers
        self.pending: deque = deque()  # [PiecedSheet, future of (RowsPiece, cuts), its arguments or None]
        self.sent = 0  # chunks in ``pending`` sent to the workers (not written here): their rows are held
        self.cuts: list[Cut] = []
        self._sheet: PiecedSheet | None = None
        self._layout: ChunkLayout | None = None
        self._first, self._rows = 0, []

    def add(self, sheet: PiecedSheet, r: int, row: tuple, layout: ChunkLayout) -> None:
        if self._rows and (sheet is not self._sheet or len(self._rows) >= layout.size):
            self.send()
        if not self._rows:
            self._sheet, self._first, self._layout = sheet, r, layout
        self._rows.append(row)

    def sheet_rows(self, sheet: PiecedSheet, rows: list[tuple], layout: ChunkLayout) -> None:
        """All the rows of ``sheet`` from FIRST on."""
        for r, row in enumerate(rows, FIRST):
            self.add(sheet, r, row, layout)
        self.send()

    def send(self) -> None:
        """The rows gathered to a worker (or written here: see the class)."""
        if self._rows:
            sheet, lay = self._sheet, self._layout
            args = (SheetPart(sheet.name, sheet.worksheet.index), self._first, self._rows, lay.columns,
                    lay.styles, lay.printed)
            self.pending.append([sheet, self.pool.submit(rows_chunk, *args), args])
            self.sent += 1
            self._rows = []
            if self.sent > self.limit and not self._write_here(self.pending[-1]):
                while self.sent > self.limit:
                    self._take()
        while self.pending and self.pending[0][1].done():
            self._take()

    def _write_here(self, entry: list) -> bool:
        """The chunk ``entry`` written by this process if no worker has started it."""
        if entry[2] is None or not entry[1].cancel():
            return False
        done: Future = Future()
        done.set_result(rows_chunk(*entry[2]))
        entry[1:] = [done, None]
        self.sent -= 1
        return True

    def _take(self) -> None:
        sheet, job, args = self.pending.popleft()
        piece, cuts = job.result()
        self.sent -= args is not None
        sheet.add(piece)
        self.cuts += cuts

    def finish(self) -> list[Cut]:
        """Every chunk taken back; the texts cut in them, in row order."""
        self.send()
        for entry in reversed(self.pending):
            if not self._write_here(entry) and entry[2] is not None:
                break  # a worker has it, and those before it
        while self.pending:
            self._take()
        return self.cuts


def rows_chunk(sheet: SheetPart, first: int, rows: list[tuple], columns, styles: dict[int, str],
               printed: int | None) -> tuple[RowsPiece, list[Cut]]:
    """Rows ``first``, ``first + 1``… of a sheet, written (in a worker process) as
    ``LedgerWriter.row`` writes them in one (the formats made in the same order have
    the same style ids): their XML compressed, and the texts that had to be cut."""
    writer = LedgerWriter(xlsxwriter.Workbook(io.BytesIO(), WORKBOOK_OPTIONS), stream=True, threaded=False)
    formats = writer.styles(styles)
    for r, row in enumerate(rows, first):
        writer.row(sheet, r, row, columns, formats, printed)
    return rows_piece(writer.out(sheet)), writer.cuts


def detail_worker_ready() -> None:
    """Nothing: a worker process that runs it has imported this module and XlsxWriter."""


def write_ledger(path: Path, data: LedgerData, engine: str = "stream", workers: int | None = None,
                 pool: Executor | None = None, pooled: int = 0) -> list[Cut]:
    """Write the 汇总台账 atomically; returns the texts that had to be cut to fit a cell.
    ``engine`` is how the data rows are written (``ENGINES``): the same workbook either way;
    ``workers`` 1: on this thread alone, else the rows are compressed on a thread beside it;
    ``pool`` (its ``pooled`` worker processes): they write the rows of 报送明细 and of a
    总台账 of more than MAIN_CHUNK tasks meanwhile."""
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r} is none of {ENGINES}")
    with atomic_path(Path(path)) as tmp:
        package = io.BytesIO() if engine == "stream" else str(tmp)
        wb = xlsxwriter.Workbook(package, WORKBOOK_OPTIONS)
        writer = LedgerWriter(wb, stream=engine == "stream", threaded=workers != 1, pool=pool, pooled=pooled)
        try:
            main = writer.main_sheet(data)
            writer.detail_sheet(data)  # before the 总台账's rows: worker processes write it meanwhile
            if data.rest is not None:
                data.rest(data)
            writer.main_rows(main, data)
            writer.simple_sheet("未报送单位", "未报送（含逾期报送）单位", data.subtitle, MISSING_COLUMNS,
                                data.missing)
            writer.simple_sheet("逾期任务", "逾期未完成任务", data.subtitle, OVERDUE_COLUMNS, data.overdue)
            writer.units_sheet(data)
            wb.close()
            writer.finish()
            if engine == "stream":
                finish(package, tmp, writer.streamed())
        finally:
            for sheet in writer.streamed():
                sheet.close()  # its compressor thread too
    return writer.cuts
