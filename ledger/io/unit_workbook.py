"""The workbook a unit fills in: 任务进展 (and 分解任务) with locked task cells,
unlocked input cells, real data validation, print setup, and an identity
(very hidden sheet, hidden id column, custom properties) that survives sorting,
filtering, renaming and re-saving.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

import xlsxwriter

from ..identity import IDENTITY_FIELDS, pack_identity
from ..keys import FileKey
from .atomic import atomic_path
from .cells import EXCEL_MAX_CHARS, LINE_HEIGHT, fit_text, lines_needed, text_width, wrapped_lines

FORMAT_NAME = "ledger-split"
FORMAT_VERSION = "2"  # 2: keyed identity (token, nonce, tagged row ids; ledger.keys)
META_SHEET = "_ledger"
LISTS_SHEET = "填报选项"
TASK_SHEET = "任务进展"
MEASURE_SHEET = "分解任务"
STATUSES = ("已完成", "推进中", "常态化推进", "未启动", "滞后")
STATUS_HELP = ("已完成——任务全部完成，并附佐证材料；推进中——按计划正常推进；"
               "常态化推进——长期坚持类任务按要求持续开展；未启动——尚未开始；滞后——进度落后于时限要求。")
TITLE_ROW, NOTE_ROW, HEADER_ROW = 0, 1, 2
FITS_ANY_CELL = EXCEL_MAX_CHARS // 2  # shorter texts fit a cell however Excel counts them
FIRST_ROW = 3

# (header, width cap, key); read-only columns first, then the inputs.
TASK_FIXED = (("编号", 6, "number"), ("类别", 10, "category"), ("任务内容", 36, "text"),
              ("牵头单位", 12, "lead"), ("责任/配合单位", 14, "others"), ("本单位角色", 6, "role"),
              ("完成时限", 11, "deadline"), ("上期进展", 18, "last"))
OTHERS_LAST = ("各责任单位上期进展", 20, "others_last")
TITLE_COLUMN = ("任务标题", 14, "title")  # only in books with titled tasks (重点任务 + 具体措施 lists)
EXTRA_COLUMN = ("其他信息", 18, "extra")  # only in books with columns the reader did not know
TASK_INPUTS = (("完成状态", 8), ("本期进展", 26), ("存在问题", 14), ("下步计划", 14),
               ("佐证材料", 11), ("预计完成时间", 10), ("填报人", 6), ("联系电话", 11))
MEASURE_FIXED = (("任务编号", 6, "task_number"), ("具体措施", 40, "text"), ("责任科室", 10, "section"),
                 ("责任人", 7, "person"), ("时间节点", 12, "milestone"), ("上期进展", 20, "last"))
MEASURE_INPUTS = (("完成状态", 8), ("本期进展", 30), ("存在问题", 18), ("佐证材料", 14))
WIDTH_SAMPLE = 500  # rows looked at for column widths
MIN_INPUT_LINES = 2  # room to type
ID_HEADER = "任务标识（请勿修改）"
MEASURE_ID_HEADER = "措施标识（请勿修改）"
TASK_CHECKED = ("number", "category", "text", "lead", "others", "role", "deadline")
MEASURE_CHECKED = ("task_number", "text", "section", "person", "milestone")
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
    lines: int  # wrapped lines of the row's read-only cells, as the planner measured them
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

    @property
    def leads_any(self) -> bool:
        return any(r.role == "牵头" for r in self.tasks)

    def task_columns(self) -> tuple:
        """The read-only columns of 任务进展: the fixed ones, with 任务标题 before
        任务内容, 其他信息 after 完成时限 and 各责任单位上期进展 when the book needs them."""
        columns = []
        for spec in TASK_FIXED:
            if spec[2] == "text" and any(r.title for r in self.tasks):
                columns.append(TITLE_COLUMN)
            columns.append(spec)
            if spec[2] == "deadline" and any(r.extra for r in self.tasks):
                columns.append(EXTRA_COLUMN)
        return tuple(columns) + ((OTHERS_LAST,) if self.leads_any else ())

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


def checksum(*values: str) -> str:
    """Fingerprint of a row's read-only cells (TASK_CHECKED / MEASURE_CHECKED), so a
    merge can tell when a unit edited what it was not meant to."""
    return hashlib.sha1("\x1f".join(values).encode("utf-8")).hexdigest()[:16]


class _Formats:
    def __init__(self, wb: xlsxwriter.Workbook):
        base = {"font_name": "宋体", "font_size": 10, "valign": "top", "text_wrap": True, "border": 1}
        self.title = wb.add_format({"font_name": "黑体", "font_size": 16, "align": "center", "valign": "vcenter"})
        self.note = wb.add_format({**base, "border": 0, "font_size": 9, "font_color": "#444444"})
        self.header = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                                     "bg_color": "#D9D9D9"})
        self.input_header = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                                           "bg_color": "#FFF2CC"})
        self.locked = wb.add_format({**base, "bg_color": "#F2F2F2"})
        self.overdue = wb.add_format({**base, "bg_color": "#FFC7CE", "font_color": "#9C0006"})
        self.input = wb.add_format({**base, "locked": False})
        self.input_date = wb.add_format({**base, "locked": False, "num_format": "yyyy-mm-dd"})
        self.input_text = wb.add_format({**base, "locked": False, "num_format": "@"})
        self.hidden_id = wb.add_format({"font_size": 8, "font_color": "#808080"})


def _print_setup(ws, last_col: int, header_row: int, title: str) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.repeat_rows(header_row)
    ws.fit_to_pages(1, 0)
    ws.set_header(f"&L&8{title}")
    ws.set_footer("&C第 &P 页，共 &N 页")
    ws.freeze_panes(header_row + 1, 1)


def _widths(ws, specs, style, rows: list, keys: list[str]) -> list[int]:
    """Column widths from the content, Chinese counted double (xlsxwriter's autofit
    assumes Latin text), never above the column's cap; a column whose content is
    wider than the cap wraps at the cap, which is what row heights assume. The
    column format (locked, grey) also covers the cells left blank."""
    widths = []
    for i, (header, cap, *_rest) in enumerate(specs):
        width = max(text_width(header) // 2 + 2, 6)
        for r in rows[:WIDTH_SAMPLE]:
            if width >= cap:
                break
            width = max(width, text_width(getattr(r, keys[i])) + 2)
        width = min(width, cap)
        ws.set_column(i, i, width, style)
        widths.append(width)
    return widths


def row_height(lines: int) -> float:
    """Excel does not grow rows by itself: the height shows every wrapped line."""
    return min(max(lines, MIN_INPUT_LINES), 30) * LINE_HEIGHT


TASK_WIDTHS = {key: cap for _h, cap, key in TASK_FIXED + (OTHERS_LAST, TITLE_COLUMN, EXTRA_COLUMN)}
SHARED_KEYS = ("number", "category", "text", "lead", "others", "deadline")


def _protect(ws, password: str) -> None:
    ws.protect(password, {"sort": True, "autofilter": True, "format_columns": True, "format_rows": True,
                          "insert_rows": True, "select_locked_cells": True, "select_unlocked_cells": True})


def _input_columns(wb, ws, fmt: _Formats, first_col: int, inputs, first_row: int, last_row: int) -> None:
    """Unlocked input columns with their validations (one rule per column range)."""
    for i, (header, cap) in enumerate(inputs):
        col = first_col + i
        style = fmt.input_date if header == "预计完成时间" else (
            fmt.input_text if header == "联系电话" else fmt.input)
        ws.set_column(col, col, cap, style)
        ws.write_string(HEADER_ROW, col, header, fmt.input_header)
        if last_row < first_row:
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


def _frame(wb, ws, fmt: _Formats, title: str, note: str, fixed, inputs, id_header: str,
           rows: int) -> tuple[int, int]:
    """Title, instructions, headers, input columns and the hidden id column of a
    sheet; returns (id column, last data row)."""
    n_fixed, last_col = len(fixed), len(fixed) + len(inputs)
    ws.merge_range(TITLE_ROW, 0, TITLE_ROW, last_col - 1, title, fmt.title)
    ws.merge_range(NOTE_ROW, 0, NOTE_ROW, last_col - 1, note, fmt.note)
    for c, (header, _cap, _key) in enumerate(fixed):
        ws.write_string(HEADER_ROW, c, header, fmt.header)
    ws.set_row(HEADER_ROW, 2.2 * LINE_HEIGHT)
    last_row = FIRST_ROW + rows - 1
    _input_columns(wb, ws, fmt, n_fixed, inputs, FIRST_ROW, last_row)
    ws.write_string(HEADER_ROW, last_col, id_header, fmt.header)
    ws.set_column(last_col, last_col, 14, fmt.hidden_id, {"hidden": True})
    return last_col, last_row


def _finish(ws, last_col: int, last_row: int, print_title: str, password: str) -> None:
    """Filter on the header, print set-up, protection: the same for every sheet."""
    ws.autofilter(HEADER_ROW, 0, max(last_row, HEADER_ROW), last_col)  # with the hidden id column: a sort moves ids with their rows
    _print_setup(ws, last_col - 1, HEADER_ROW, print_title)
    _protect(ws, password)


def _task_sheet(wb, fmt: _Formats, book: UnitBook, meta: SplitMeta) -> None:
    ws = wb.add_worksheet(TASK_SHEET)
    fixed = book.task_columns()
    note = (f"填报说明：请于{meta.due_text}前填写黄色表头下的白色单元格，报送{meta.organ or '牵头部门'}。"
            f"灰色单元格为任务信息，不能修改。完成状态：{STATUS_HELP}"
            "请勿删除隐藏列，勿改动表格结构；可以排序、筛选、调整列宽，需要补充内容时可插入行。")
    last_col, last_row = _frame(wb, ws, fmt, f"{book.unit}任务进展填报表（{meta.period_label}）", note,
                                fixed, TASK_INPUTS, ID_HEADER, len(book.tasks))
    ws.set_row(NOTE_ROW, 15 * max(2, text_width(note) // 140 + 1))
    keys = [key for _h, _c, key in fixed]
    deadline_col = keys.index("deadline")
    _widths(ws, fixed, fmt.locked, book.tasks, keys)
    write = ws.write_string
    values_of = attrgetter(*keys)
    for r, row in enumerate(book.tasks, FIRST_ROW):
        values = values_of(row)
        ws.set_row(r, row_height(row.lines))
        for c, value in enumerate(values):
            if value:  # blank cells take the column's locked format
                write(r, c, value if len(value) <= FITS_ANY_CELL else fit_text(value)[0])
        if row.overdue:
            write(r, deadline_col, row.deadline, fmt.overdue)
        write(r, last_col, book.hidden_id(TASK_SHEET, row.task_id))
    _finish(ws, last_col, last_row, f"{book.unit} {meta.period_label}", meta.password)


def _measure_sheet(wb, fmt: _Formats, book: UnitBook, meta: SplitMeta) -> None:
    ws = wb.add_worksheet(MEASURE_SHEET)
    last_col, last_row = _frame(wb, ws, fmt, f"{book.unit}分解任务进展（{meta.period_label}）",
                                "填报说明：按任务分解表逐条填写各项措施的进展；灰色单元格不能修改。",
                                MEASURE_FIXED, MEASURE_INPUTS, MEASURE_ID_HEADER, len(book.measures))
    keys = [key for _h, _c, key in MEASURE_FIXED]
    widths = _widths(ws, MEASURE_FIXED, fmt.locked, book.measures, keys)
    for r, row in enumerate(book.measures, FIRST_ROW):
        values = [getattr(row, key) for key in keys]
        ws.set_row(r, row_height(lines_needed(values, widths)))
        for c, value in enumerate(values):
            if value:
                ws.write_string(r, c, value if len(value) <= FITS_ANY_CELL else fit_text(value)[0])
        ws.write_string(r, last_col, book.hidden_id(MEASURE_SHEET, row.key))
    _finish(ws, last_col, last_row, f"{book.unit} {meta.period_label}", meta.password)


def identity_rows(book: UnitBook) -> list[dict]:
    rows = [{"sheet": TASK_SHEET, "id": r.task_id, "task_id": r.task_id, "number": r.number,
             "checksum": r.checksum} for r in book.tasks]
    rows += [{"sheet": MEASURE_SHEET, "id": m.key, "task_id": m.task_id, "number": m.task_number,
              "checksum": m.checksum} for m in book.measures]
    return rows


def _meta_sheet(wb, book: UnitBook, meta: SplitMeta, identity: list[str]) -> None:
    ws = wb.add_worksheet(META_SHEET)
    pairs = (("format", FORMAT_NAME), ("format_version", FORMAT_VERSION), ("workspace", meta.workspace_id),
             ("period", meta.period_key), ("unit", book.unit), ("generated_at", meta.generated_at),
             *key_pairs(book.key))
    for r, (k, v) in enumerate(pairs):
        ws.write_string(r, 0, k)
        ws.write_string(r, 1, v)
    start = len(pairs) + 1
    ws.write_string(start, 0, "rows")
    ws.write_string(start, 1, "\t".join(IDENTITY_FIELDS))
    for r, chunk in enumerate(identity, start + 1):
        ws.write_string(r, 0, chunk)
    ws.protect(meta.password)
    ws.very_hidden()


def key_pairs(key: FileKey | None) -> tuple[tuple[str, str], ...]:
    """What a workbook carries of its keyed identity (in the hidden sheet and
    again in the document properties)."""
    if key is None:
        return ()
    return (("key_id", key.key_id), ("nonce", key.nonce), ("token", key.token))


def warm_up() -> None:
    """Nothing: a worker process that runs it has imported this module and XlsxWriter."""


def write_unit_workbook(path: Path, book: UnitBook, meta: SplitMeta) -> str:
    """Write one unit's workbook atomically; returns its identity rows as written
    (tab-separated lines, see ledger.identity) for the workspace to keep."""
    identity = pack_identity(identity_rows(book))
    with atomic_path(Path(path)) as tmp:
        big = len(book.tasks) > STREAM_FROM_ROWS
        wb = xlsxwriter.Workbook(str(tmp), {"in_memory": not big, "constant_memory": big,
                                            "strings_to_formulas": False, "strings_to_urls": False})
        wb.set_properties({"title": f"{book.unit}任务进展填报表", "subject": meta.period_label,
                           "author": meta.organ or "ledger", "comments": "由 ledger 生成，请勿删除隐藏内容"})
        for key, value in (("workspace", meta.workspace_id), ("period", meta.period_key), ("unit", book.unit),
                           *key_pairs(book.key)):
            wb.set_custom_property(f"ledger_{key}", value)
        fmt = _Formats(wb)
        _task_sheet(wb, fmt, book, meta)
        if book.measures:
            _measure_sheet(wb, fmt, book, meta)
        lists = wb.add_worksheet(LISTS_SHEET)
        for r, status in enumerate(STATUSES):
            lists.write_string(r, 0, status)
        lists.hide()
        _meta_sheet(wb, book, meta, identity)
        wb.worksheets()[0].activate()
        wb.close()
    return "\n".join(identity)


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
