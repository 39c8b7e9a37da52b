"""The workbook a unit fills in: 任务进展 (and 分解任务) with locked task cells,
unlocked input cells, real data validation, print setup, and an identity
(very hidden sheet, hidden id column, custom properties) that survives sorting,
filtering, renaming and re-saving.

On paper (A4 landscape, one page wide, the header row on every page) a sheet
prints the task, its deadline and the input columns at 9 points or more; what
the unit only looks up (上期进展, 类别, 牵头单位 …) follows on screen, off the
printed page, and the hidden id column is last. 填报人 and 联系电话 are asked once,
in two unlocked cells under the title of 任务进展. Rows are as high as their
wrapped Chinese text at a line height LibreOffice's Noto CJK does not cut.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import NamedTuple

import xlsxwriter

from ..identity import IDENTITY_FIELDS, identity_line
from ..keys import FileKey
from .atomic import atomic_path
from .cells import EXCEL_MAX_CHARS, ROOMY_LINE_HEIGHT, fit_text, lines_needed, row_points, text_width, wrapped_lines
from .unit_layout import (FORMAT_NAME, FORMAT_VERSION, ID_HEADER, LISTS_SHEET, MEASURE_CHECKED, MEASURE_ID_HEADER,  # noqa: F401
                          MEASURE_SHEET, META_SHEET, REPORTER_INPUTS, STATUSES, TASK_CHECKED, TASK_SHEET, EXTRA_HEADER,
                          TITLE_HEADER, checksum)
from .xlsx_stream import WorksheetRows

STATUS_HELP = ("已完成——任务全部完成，并附佐证材料；推进中——按计划正常推进；"
               "常态化推进——长期坚持类任务按要求持续开展；未启动——尚未开始；滞后——进度落后于时限要求。")
TITLE_ROW, REPORTER_ROW, NOTE_ROW, HEADER_ROW = 0, 1, 2, 3
FITS_ANY_CELL = EXCEL_MAX_CHARS // 2  # shorter texts fit a cell however Excel counts them
FIRST_ROW = 4

# (header, width cap, key): the printed page first (the task, its deadline, then the
# inputs, key INPUT), then what stays on screen; the hidden id column comes last.
# Printed widths add up to about one A4 landscape width at full size (147; 159
# with 任务标题: 94%), so text prints at 9.4 points or more.
INPUT = ""  # the key of a column the unit fills in
TASK_PRINTED = (("编号", 6, "number"), ("任务内容", 40, "text"), ("完成时限", 11, "deadline"))
TASK_INPUTS = (("完成状态", 8, INPUT), ("本期进展", 28, INPUT), ("存在问题", 16, INPUT), ("下步计划", 16, INPUT),
               ("佐证材料", 12, INPUT), ("预计完成时间", 10, INPUT))
TASK_SCREEN = (("上期进展", 40, "last"), ("类别", 16, "category"), ("牵头单位", 12, "lead"),
               ("责任/配合单位", 20, "others"), ("本单位角色", 6, "role"))
OTHERS_LAST = ("各责任单位上期进展", 50, "others_last")  # only in books of a lead unit
TITLE_COLUMN = (TITLE_HEADER, 12, "title")  # only in books with titled tasks (重点任务 + 具体措施 lists)
EXTRA_COLUMN = (EXTRA_HEADER, 24, "extra")  # only in books with columns the reader did not know
MEASURE_PRINTED = (("任务编号", 10, "task_number"), ("具体措施", 40, "text"), ("责任科室", 10, "section"),
                   ("责任人", 7, "person"), ("时间节点", 12, "milestone"))
MEASURE_INPUTS = (("完成状态", 8, INPUT), ("本期进展", 30, INPUT), ("存在问题", 18, INPUT), ("佐证材料", 14, INPUT))
MEASURE_SCREEN = (("上期进展", 40, "last"),)
WIDTH_SAMPLE = 500  # rows looked at for column widths
MIN_INPUT_LINES = 2  # room to type
MAX_LINES = 28  # Excel's rows stop at 409 points
OFF_PRINT_LINES = 5  # columns off the printed page make a row at most this many lines high (wide: they cost no paper)
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6}  # inches
STREAM_FROM_ROWS = 20_000  # bigger sheets are streamed row by row (slower); in memory a row takes ~4 KB


class TaskRow(NamedTuple):
    """One row of 任务进展 (a tuple: 225,000 of them go to the writer processes)."""

    task_id: str
    number: str
    category: str
    text: str
    lead: str
    others: str
    role: str
    deadline: str
    lines: int  # wrapped lines the row needs (``row_lines``), as the planner measured them
    last: str = ""
    others_last: str = ""
    overdue: bool = False
    checksum: str = ""
    title: str = ""
    extra: str = ""  # the task's unrecognised columns, "header：value" a line


class MeasureRow(NamedTuple):
    """One row of 分解任务."""

    key: str
    task_id: str
    task_number: str
    text: str
    section: str
    person: str
    milestone: str
    last: str = ""
    checksum: str = ""


@dataclass
class UnitBook:
    unit: str
    file_name: str
    tasks: list[TaskRow]
    measures: list[MeasureRow] = field(default_factory=list)
    key: FileKey | None = None  # the keyed identity it is issued with

    def hidden_id(self, sheet: str, row_id: str) -> str:
        return self.key.tagged(sheet, row_id) if self.key else row_id

    def tagger(self, sheet: str) -> Callable[[str], str]:
        """``hidden_id`` for the rows of ``sheet``."""
        return self.key.tagger(sheet) if self.key else str

    @property
    def leads_any(self) -> bool:
        return any(r.role == "牵头" for r in self.tasks)

    def task_columns(self) -> tuple[tuple, int]:
        """The columns of 任务进展 and how many of them print: 编号, 任务内容 (任务标题
        before it when a task has one), 完成时限 and the inputs; then on screen 上期进展,
        the task's other particulars (其他信息 when a task has them) and, for a
        lead unit, 各责任单位上期进展."""
        title = (TITLE_COLUMN,) if any(r.title for r in self.tasks) else ()
        printed = TASK_PRINTED[:1] + title + TASK_PRINTED[1:] + TASK_INPUTS
        screen = TASK_SCREEN + ((EXTRA_COLUMN,) if any(r.extra for r in self.tasks) else ()) + (
            (OTHERS_LAST,) if self.leads_any else ())
        return printed + screen, len(printed)

    def __reduce__(self):
        # rows travel to the writer processes as plain tuples, which pickle several
        # times faster than row objects (a province split sends 225,000 of them)
        return (_unit_book, (self.unit, self.file_name, [tuple(r) for r in self.tasks],
                             [tuple(m) for m in self.measures], self.key))


def _unit_book(unit: str, file_name: str, tasks: list[tuple], measures: list[tuple],
               key: FileKey | None = None) -> UnitBook:
    return UnitBook(unit, file_name, [TaskRow._make(t) for t in tasks], [MeasureRow._make(m) for m in measures], key)


@dataclass
class SplitMeta:
    workspace_id: str
    period_key: str
    period_label: str
    due_text: str
    organ: str
    password: str = ""
    generated_at: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))


class _Formats:
    def __init__(self, wb: xlsxwriter.Workbook):
        base = {"font_name": "宋体", "font_size": 10, "valign": "top", "text_wrap": True, "border": 1}
        self.title = wb.add_format({"font_name": "黑体", "font_size": 16, "align": "center", "valign": "vcenter"})
        self.note = wb.add_format({**base, "border": 0, "font_color": "#444444"})
        self.hint = wb.add_format({**base, "border": 0, "font_color": "#444444", "valign": "vcenter"})
        self.header = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                                     "bg_color": "#D9D9D9"})
        self.input_header = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                                           "bg_color": "#FFF2CC"})
        self.locked = wb.add_format({**base, "bg_color": "#F2F2F2"})
        self.overdue = wb.add_format({**base, "bg_color": "#FFC7CE", "font_color": "#9C0006"})
        self.input = wb.add_format({**base, "locked": False})
        self.input_date = wb.add_format({**base, "locked": False, "num_format": "yyyy-mm-dd"})
        self.input_text = wb.add_format({**base, "locked": False, "num_format": "@", "valign": "vcenter"})
        self.hidden_id = wb.add_format({"font_size": 8, "font_color": "#808080"})
        # Style ids in this order, whichever cell is written first: the rows
        # streamed into a package made once (``_Template``) and the rows XlsxWriter
        # writes for itself get the same ids.
        for f in (self.title, self.note, self.hint, self.header, self.input_header, self.locked, self.overdue,
                  self.input, self.input_date, self.input_text, self.hidden_id):
            f._get_xf_index()


def _print_setup(ws, columns, printed: int, last_row: int, title: str) -> None:
    """A4 landscape, one page wide, the header row on every page; the printed page
    is the rows down to ``last_row`` and the first ``printed`` columns, and the
    page header says where the others are."""
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(**MARGINS)
    ws.center_horizontally()
    ws.repeat_rows(HEADER_ROW)
    ws.fit_to_pages(1, 0)
    ws.print_area(0, 0, max(last_row, HEADER_ROW), printed - 1)
    ws.set_header(page_header(columns, printed, title))
    ws.set_footer("&C&10第 &P 页，共 &N 页")


def page_header(columns, printed: int, title: str) -> str:
    """The page header: the sheet's title left, which columns print right."""
    what = f"本表打印“{columns[0][0]}”至“{columns[printed - 1][0]}”各列"
    if len(columns) > printed:
        what += f"，{columns[printed][0]}等其余各列见电子表格"
    return f"&L&10{_escape(title)}&R&10{_escape(what)}"


def _escape(text: str) -> str:
    """Text for a page header or footer, where "&" starts a code."""
    return text.replace("&", "&&")


def _widths(columns, rows: list, measured: TextWidths | None = None) -> list[int]:
    """Column widths from the content, Chinese counted double (xlsxwriter's autofit
    assumes Latin text), never above the column's cap; a column whose content is
    wider than the cap wraps at the cap, which is what row heights assume. Input
    columns take their cap. ``measured``: texts' widths kept across books."""
    width_of = (measured if measured is not None else TextWidths()).__getitem__
    sample = rows[:WIDTH_SAMPLE]
    widths = []
    for header, cap, key in columns:
        if key == INPUT:
            widths.append(cap)
            continue
        width = max(min(text_width(header) + 2, cap) - 2, 4)  # the header on one line where the cap allows
        for text in map(attrgetter(key), sample):
            if width >= cap - 2:
                break
            if (w := width_of(text)) > width:
                width = w
        widths.append(min(width + 2, cap))
    return widths


class TextWidths(dict):
    """Text -> ``text_width``, each text measured once."""

    def __missing__(self, text: str) -> int:
        width = self[text] = text_width(text)
        return width


def column_formats(columns, widths: list[int], fmt: _Formats) -> list[tuple[int, object, bool]]:
    """Each column's (width, format, hidden), the hidden id column last. The
    column format also covers the cells left blank: read-only columns locked
    and grey, input columns unlocked (预计完成时间 a date)."""
    out = [(w, (fmt.input_date if header == "预计完成时间" else fmt.input) if key == INPUT else fmt.locked, False)
           for (header, _cap, key), w in zip(columns, widths)]
    out.append((14, fmt.hidden_id, True))
    return out


def row_lines(printed: int, screen: int) -> int:
    """Lines a row shows: those of its printed cells, and of the cells off the
    printed page at most OFF_PRINT_LINES (a long 上期进展 does not blow up the paper)."""
    return max(printed, min(screen, OFF_PRINT_LINES))


def row_height(lines: int) -> float:
    """Excel does not grow rows by itself: the height shows every wrapped line, at a
    line height that Noto Sans CJK (standing in for 宋体 in LibreOffice) fits too."""
    return row_points(min(max(lines, MIN_INPUT_LINES), MAX_LINES))


TASK_WIDTHS = {key: cap for _h, cap, key in TASK_PRINTED + TASK_SCREEN + (OTHERS_LAST, TITLE_COLUMN, EXTRA_COLUMN)}
SHARED_KEYS = ("number", "category", "text", "lead", "others", "deadline")
PRINTED_KEYS = ("number", "title", "text", "deadline")  # the read-only cells on the printed page
SCREEN_KEYS = ("category", "lead", "others", "extra")  # off it, besides the unit's own 上期进展 columns


def _protect(ws, password: str) -> None:
    ws.protect(password, {"sort": True, "autofilter": True, "format_columns": True, "format_rows": True,
                          "insert_rows": True, "select_locked_cells": True, "select_unlocked_cells": True})


def _validations(ws, columns, first_row: int, last_row: int) -> None:
    """The input columns' validations (one rule per column range)."""
    for col, (header, cap, key) in enumerate(columns):
        if key != INPUT or last_row < first_row:
            continue
        if header == "完成状态":
            ws.data_validation(first_row, col, last_row, col, {
                "validate": "list", "source": f"='{LISTS_SHEET}'!$A$1:$A${len(STATUSES)}",
                "input_title": "完成状态", "input_message": "请从下拉列表中选择",
                "error_title": "完成状态不在列表中", "error_message": "请从下拉列表中选择：" + "、".join(STATUSES)})
        elif header == "预计完成时间":
            ws.data_validation(first_row, col, last_row, col, {
                "validate": "date", "criteria": "between", "minimum": date(2000, 1, 1),
                "maximum": date(2099, 12, 31), "input_title": "预计完成时间",
                "input_message": "请输入日期，如 2023-06-30", "error_title": "日期格式不对",
                "error_message": "请输入日期，如 2023-06-30"})
        elif header in ("本期进展", "存在问题", "下步计划"):
            ws.data_validation(first_row, col, last_row, col, {
                "validate": "length", "criteria": "<=", "value": 32767, "input_title": header,
                "input_message": "可换行（Alt+回车）；请勿以 = 开头"})


def _frame(ws, fmt: _Formats, title: str, note: str, columns, widths: list[int], printed: int,
           id_header: str, rows: int, reporter: int | None = None) -> tuple[int, int]:
    """Title (with the 填报人 row under it, or a narrow empty one) and instructions
    over the printed columns, headers (as high as their wrapped names), input
    columns and the hidden id column of a sheet, the rows in order (a streamed
    sheet drops a row written after a later one); ``reporter``: the task text's
    column, on a sheet that asks for 填报人. Returns (id column, last data row)."""
    last_col = len(columns)
    ws.merge_range(TITLE_ROW, 0, TITLE_ROW, printed - 1, title, fmt.title)
    ws.set_row(TITLE_ROW, 28)
    if reporter is not None:
        _reporter_row(ws, fmt, printed, reporter)
    else:
        ws.set_row(REPORTER_ROW, 6)
    ws.merge_range(NOTE_ROW, 0, NOTE_ROW, printed - 1, note, fmt.note)
    ws.set_row(NOTE_ROW, note_height(note, widths, printed))
    for c, (header, _cap, key) in enumerate(columns):
        ws.write_string(HEADER_ROW, c, header, fmt.input_header if key == INPUT else fmt.header)
    ws.set_row(HEADER_ROW, header_height(columns, widths))
    for c, (width, cell_format, hidden) in enumerate(column_formats(columns, widths, fmt)):
        ws.set_column(c, c, width, cell_format, {"hidden": True} if hidden else None)
    last_row = FIRST_ROW + rows - 1
    _validations(ws, columns, FIRST_ROW, last_row)
    ws.write_string(HEADER_ROW, last_col, id_header, fmt.header)
    return last_col, last_row


def note_height(note: str, widths: list[int], printed: int) -> float:
    """The instructions' row: as high as the note wraps over the printed columns."""
    return (wrapped_lines(note, sum(widths[:printed])) + 0.5) * ROOMY_LINE_HEIGHT


def header_height(columns, widths: list[int]) -> float:
    """The header row: as high as the longest wrapped column name."""
    return max(wrapped_lines(h, w) for (h, _c, _k), w in zip(columns, widths)) * ROOMY_LINE_HEIGHT + 4


def _reporter_row(ws, fmt: _Formats, printed: int, text_col: int) -> None:
    """填报人 and 联系电话, asked once under the title: a label and an unlocked text
    cell each (``io.returned`` finds them by the labels). The name takes the width
    of the task's columns, the 联系电话 label that of 完成时限, the number the next two."""
    (name, _), (phone, _) = REPORTER_INPUTS
    ws.set_row(REPORTER_ROW, 1.5 * ROOMY_LINE_HEIGHT)
    ws.write_string(REPORTER_ROW, 0, name, fmt.input_header)
    if text_col > 1:
        ws.merge_range(REPORTER_ROW, 1, REPORTER_ROW, text_col, "", fmt.input_text)
    else:
        ws.write_blank(REPORTER_ROW, 1, None, fmt.input_text)
    ws.write_string(REPORTER_ROW, text_col + 1, phone, fmt.input_header)
    ws.merge_range(REPORTER_ROW, text_col + 2, REPORTER_ROW, text_col + 3, "", fmt.input_text)
    ws.merge_range(REPORTER_ROW, text_col + 4, REPORTER_ROW, printed - 1, f"{name}、{phone}每份表填写一次，不必逐行填写。",
                   fmt.hint)


def _finish(ws, columns, printed: int, frozen: int, last_row: int, print_title: str, password: str) -> None:
    """Filter on the header, panes frozen below it and right of the task text,
    print set-up, protection: the same for every sheet."""
    ws.autofilter(HEADER_ROW, 0, max(last_row, HEADER_ROW), len(columns))  # with the hidden id column: a sort moves ids with their rows
    ws.freeze_panes(FIRST_ROW, frozen)
    _print_setup(ws, columns, printed, last_row, print_title)
    _protect(ws, password)


def _cell(value: str) -> str:
    return value if len(value) <= FITS_ANY_CELL else fit_text(value)[0]


def _task_sheet(wb, fmt: _Formats, book: UnitBook, meta: SplitMeta, rows_out, count: int | None = None) -> None:
    """任务进展; its rows through ``rows_out(worksheet)`` (none when it gives None:
    a template, made for ``count`` rows)."""
    ws = wb.add_worksheet(TASK_SHEET)
    columns, printed = book.task_columns()
    note = task_note(meta)
    widths = _widths(columns, book.tasks)
    text_col = next(c for c, (_h, _w, key) in enumerate(columns) if key == "text")
    _last_col, last_row = _frame(ws, fmt, f"{book.unit}任务进展填报表（{meta.period_label}）", note, columns, widths,
                                 printed, ID_HEADER, len(book.tasks) if count is None else count, reporter=text_col)
    out = rows_out(ws) if rows_out else None
    if out is not None:
        for r, height, cells in task_cells(book, columns, fmt):
            out.sparse_row(r, cells, height)
    _finish(ws, columns, printed, text_col + 1, last_row, f"{book.unit} {meta.period_label}", meta.password)


def task_note(meta: SplitMeta) -> str:
    return (f"填报说明：请于{meta.due_text}前填写黄色表头下的白色单元格，报送{meta.organ or '牵头部门'}。"
            "灰色单元格为任务信息，不能修改。"
            f"完成状态：{STATUS_HELP}上期进展等参考信息在表格右侧。"
            "请勿删除隐藏列，勿改动表格结构；可以排序、筛选、调整列宽，需要补充内容时可插入行。")


MEASURE_NOTE = ("填报说明：按任务分解表逐条填写各项措施的进展；灰色单元格不能修改。"
                "填报人、联系电话在“任务进展”表顶部填写一次，本表不再填写。")


def task_cells(book: UnitBook, columns, fmt: _Formats) -> Iterator[tuple[int, float, list[tuple]]]:
    """The data rows of 任务进展: (row, height, [(column, text, format) …]) (``TaskCells``)."""
    cells_of = TaskCells(columns, fmt)
    own_columns, tagged = cells_of.own_columns, book.tagger(TASK_SHEET)
    for r, row in enumerate(book.tasks, FIRST_ROW):
        cells = cells_of.shared(row)
        cells += [(c, value, fmt.locked) for c, value in zip(own_columns, cells_of.own(row)) if value]
        cells.sort(key=itemgetter(0))
        cells.append((own_columns[-1], tagged(row.task_id), fmt.hidden_id))
        yield r, row_height(row.lines), cells


OWN_KEYS = ("last", "role", "others_last")  # a row's read-only cells that differ among the units of a task


class TaskCells:
    """The cells of 任务进展's rows in books of one set of ``columns``: those every
    unit of a task (with the same texts, ``key``) sees alike (``shared``), and a
    unit's own (``own``: in ``own_columns``, its last report, its role, the
    others' reports, the hidden id). Blank read-only cells are not written (the
    column's format covers them), nor are the inputs; a deadline past due is red."""

    def __init__(self, columns, fmt: _Formats) -> None:
        fixed = [(c, key) for c, (_h, _w, key) in enumerate(columns) if key != INPUT]
        shared = [(c, key) for c, key in fixed if key not in OWN_KEYS]
        own = [(c, key) for c, key in fixed if key in OWN_KEYS]
        self.cols = [c for c, _key in shared]
        self.deadline_col = next(c for c, key in shared if key == "deadline")
        self.own_columns = [c for c, _key in own] + [len(columns)]  # the hidden id column last
        self.fmt = fmt
        self.values_of = attrgetter(*(key for _c, key in shared))
        self.own_of = attrgetter(*(key for _c, key in own))

    def key(self, row: TaskRow) -> tuple:
        """What ``shared`` makes the cells of."""
        return self.values_of(row), row.overdue

    def shared(self, row: TaskRow) -> list[tuple]:
        """The (column, text, format) of the cells every unit with ``row``'s texts sees."""
        locked = self.fmt.locked
        cells = [(c, _cell(value), locked) for c, value in zip(self.cols, self.values_of(row)) if value]
        if row.overdue:
            cells = [cell for cell in cells if cell[0] != self.deadline_col]
            cells.append((self.deadline_col, row.deadline, self.fmt.overdue))
            cells.sort(key=itemgetter(0))
        return cells

    def own(self, row: TaskRow) -> list[str]:
        """The texts of ``row``'s own cells but the hidden id, one an ``own_columns``
        but the last ("": none; the format is ``fmt.locked``)."""
        return [_cell(value) for value in self.own_of(row)]


MEASURE_COLUMNS, MEASURE_PRINTED_COUNT = MEASURE_PRINTED + MEASURE_INPUTS + MEASURE_SCREEN, len(MEASURE_PRINTED + MEASURE_INPUTS)


def _measure_sheet(wb, fmt: _Formats, book: UnitBook, meta: SplitMeta, rows_out, count: int | None = None) -> None:
    ws = wb.add_worksheet(MEASURE_SHEET)
    columns, printed = MEASURE_COLUMNS, MEASURE_PRINTED_COUNT
    widths = _widths(columns, book.measures)
    note = MEASURE_NOTE
    _last_col, last_row = _frame(ws, fmt, f"{book.unit}分解任务进展（{meta.period_label}）", note, columns, widths,
                                 printed, MEASURE_ID_HEADER, len(book.measures) if count is None else count)
    out = rows_out(ws) if rows_out else None
    if out is not None:
        for r, height, cells in measure_cells(book, widths, fmt):
            out.sparse_row(r, cells, height)
    text_col = next(c for c, (_h, _w, key) in enumerate(columns) if key == "text")
    _finish(ws, columns, printed, text_col + 1, last_row, f"{book.unit} {meta.period_label}", meta.password)


def measure_cells(book: UnitBook, widths: list[int], fmt: _Formats) -> Iterator[tuple[int, float, list[tuple]]]:
    """The data rows of 分解任务, as ``task_cells``; a row as high as its printed
    cells' lines (those off the printed page count OFF_PRINT_LINES at most)."""
    columns, printed = MEASURE_COLUMNS, MEASURE_PRINTED_COUNT
    fixed = [(c, key) for c, (_h, _w, key) in enumerate(columns) if key != INPUT]
    paper, screen = [f for f in fixed if f[0] < printed], [f for f in fixed if f[0] >= printed]
    id_col, locked, hidden = len(columns), fmt.locked, fmt.hidden_id

    def lines(row: MeasureRow, cells: list[tuple[int, str]]) -> int:
        return lines_needed([getattr(row, key) for _c, key in cells], [widths[c] for c, _key in cells])
    for r, row in enumerate(book.measures, FIRST_ROW):
        cells = [(c, _cell(value), locked) for c, key in fixed if (value := getattr(row, key))]
        cells.append((id_col, book.hidden_id(MEASURE_SHEET, row.key), hidden))
        yield r, row_height(row_lines(lines(row, paper), lines(row, screen))), cells


def identity_lines(book: UnitBook) -> list[str]:
    """The identity rows of ``book``'s task and measure rows, as lines (``identity.identity_line``)."""
    return ([identity_line(TASK_SHEET, r.task_id, r.task_id, r.number, r.checksum) for r in book.tasks]
            + [identity_line(MEASURE_SHEET, m.key, m.task_id, m.task_number, m.checksum) for m in book.measures])


def _meta_sheet(wb, book: UnitBook, meta: SplitMeta, identity: list[str], rows_out) -> None:
    ws = wb.add_worksheet(META_SHEET)
    out = rows_out(ws) if rows_out else None
    if out is not None:
        for r, height, cells in meta_cells(book, meta, identity):
            out.sparse_row(r, cells, height)
    ws.protect(meta.password)
    ws.very_hidden()


def meta_cells(book: UnitBook, meta: SplitMeta, identity: list[str]) -> Iterator[tuple[int, None, list[tuple]]]:
    """The rows of the very hidden sheet: the file's identity as key and value,
    then the rows' identities packed (``ledger.identity``), no formats."""
    pairs = (("format", FORMAT_NAME), ("format_version", FORMAT_VERSION), ("workspace", meta.workspace_id),
             ("period", meta.period_key), ("unit", book.unit), ("generated_at", meta.generated_at),
             *key_pairs(book.key))
    for r, (k, v) in enumerate(pairs):
        yield r, None, [(0, k, None), (1, v, None)]
    start = len(pairs) + 1
    yield start, None, [(0, "rows", None), (1, "\t".join(IDENTITY_FIELDS), None)]
    for r, chunk in enumerate(identity, start + 1):
        yield r, None, [(0, chunk, None)]


def key_pairs(key: FileKey | None) -> tuple[tuple[str, str], ...]:
    """What a workbook carries of its keyed identity (in the hidden sheet and
    again in the document properties)."""
    if key is None:
        return ()
    return (("key_id", key.key_id), ("nonce", key.nonce), ("token", key.token))


def _build(wb, book: UnitBook, meta: SplitMeta, identity: list[str], rows_out,
           counts: dict[str, int] | None = None) -> _Formats:
    """Everything of a unit's workbook, its data rows through ``rows_out``
    (``_task_sheet``); ``counts``: the rows a template is made for, by sheet."""
    counts = counts or {}
    wb.set_properties({"title": f"{book.unit}任务进展填报表", "subject": meta.period_label,
                       "author": meta.organ or "ledger", "comments": "由 ledger 生成，请勿删除隐藏内容"})
    for key, value in (("workspace", meta.workspace_id), ("period", meta.period_key), ("unit", book.unit),
                       *key_pairs(book.key)):
        wb.set_custom_property(f"ledger_{key}", value)
    fmt = _Formats(wb)
    _task_sheet(wb, fmt, book, meta, rows_out, counts.get(TASK_SHEET))
    if book.measures:
        _measure_sheet(wb, fmt, book, meta, rows_out, counts.get(MEASURE_SHEET))
    lists = wb.add_worksheet(LISTS_SHEET)
    for r, status in enumerate(STATUSES):
        lists.write_string(r, 0, status)
    lists.hide()
    _meta_sheet(wb, book, meta, identity, rows_out)
    wb.worksheets()[0].activate()
    return fmt


def write_with_xlsxwriter(path: Path, book: UnitBook, meta: SplitMeta, identity: list[str]) -> None:
    """``book``'s workbook written by XlsxWriter alone (the reference of
    ``unit_template``, which writes it from parts made once)."""
    big = len(book.tasks) > STREAM_FROM_ROWS
    wb = xlsxwriter.Workbook(str(path), {"in_memory": not big, "constant_memory": big,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    _build(wb, book, meta, identity, WorksheetRows)
    wb.close()


def write_dispatch_list(path: Path, rows: list[dict], meta: SplitMeta) -> None:
    """下发清单: which unit got which file and how many tasks."""
    headers = (("序号", 6), ("单位", 30), ("分组", 12), ("文件名", 40), ("任务数", 8), ("其中牵头", 8),
               ("分解措施", 8), ("联系人", 10), ("联系电话", 14))
    with atomic_path(Path(path)) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
        ws = wb.add_worksheet("下发清单")
        fmt = _Formats(wb)
        ws.merge_range(0, 0, 0, len(headers) - 1, f"任务进展填报表下发清单（{meta.period_label}）", fmt.title)
        for c, (h, w) in enumerate(headers):
            ws.write_string(1, c, h, fmt.header)
            ws.set_column(c, c, w)
        plain = wb.add_format({"border": 1, "valign": "top", "text_wrap": True})
        for r, row in enumerate(rows, 2):
            values = (r - 1, row["unit"], row.get("group", ""), row["file"], row["tasks"], row["lead"],
                      row["measures"], row.get("contact", ""), row.get("phone", ""))
            for c, v in enumerate(values):
                (ws.write_number if isinstance(v, int) else ws.write_string)(r, c, v, plain)
        ws.freeze_panes(2, 0)
        ws.autofilter(1, 0, max(len(rows) + 1, 1), len(headers) - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.repeat_rows(1)
        wb.close()
