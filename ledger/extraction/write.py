"""ExtractResult -> the project's standard 任务清单 workbook (xlsxwriter).

Layout (one sheet, 任务清单):

    row 1  title, merged across all columns
    row 2  序号 | 类别 | 主要任务 | 牵头单位 | 责任单位 | 配合单位 | 完成时限 | 原文段落
    row 3… one task a row
    (then 牵头领导 when the plan names leaders, 备注 when an owner came with a post)

类别 is the category path joined with " / " (as ``Task.to_dict`` shows it);
units are written as the plan names them (``Task.raw``), joined with 、;
every value is written with ``write_string`` so
"1", "2①", "=…" or "2023.6.30" stay text. ``ledger.tasklist.load_tasklist``
with the roster used for extracting (``Roster.empty()`` when none) reads the
file back into the same tasks (原文段落 is not a task column).
The file is written atomically (``ledger.io.atomic``).
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter

from ..errors import UsageError
from ..io.atomic import atomic_path

if TYPE_CHECKING:
    from ..model import Task
    from .result import ExtractResult

SHEET = "任务清单"
COLUMNS: tuple[tuple[str, float], ...] = (
    ("序号", 7), ("类别", 18), ("主要任务", 50), ("牵头单位", 18), ("责任单位", 22), ("配合单位", 18),
    ("完成时限", 16), ("原文段落", 60),
)
SOURCE_COLUMN = 7
LEADER_COLUMN = ("牵头领导", 12)  # only when the plan names leaders (牵头领导：…)
NOTE_COLUMN = ("备注", 24)  # only when an owner was written with a post or a person (镇环卫所主要负责人)
FORMATS = {
    "title": {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter", "font_name": "方正小标宋简体"},
    "header": {"bold": True, "font_size": 11, "align": "center", "valign": "vcenter", "border": 1,
               "text_wrap": True, "bg_color": "#D9D9D9", "font_name": "黑体"},
    "cell": {"font_size": 10, "valign": "top", "border": 1, "text_wrap": True},
    "center": {"font_size": 10, "valign": "top", "align": "center", "border": 1, "text_wrap": True},
    "source": {"font_size": 9, "valign": "top", "border": 1, "text_wrap": True, "font_color": "#595959"},
}


def owner_cell(task: Task, role: str) -> str:
    """The units as the plan names them (split, joined with 、, repaired), so a
    group phrase stays "各乡镇" and "相关成员单位" stays visible; resolving
    them is the roster's job when the workbook is read."""
    written = task.raw.get(role)
    return written if written is not None else "、".join(getattr(task, role))


def task_row(task: Task, paragraph: str, leader: bool = False, note: bool = False,
             extra: tuple[str, ...] = ()) -> list[str]:
    """The cells of one task, in COLUMNS order (then 牵头领导 when the plan names
    leaders, 备注 when an owner came with a post, then the columns the plan's table
    added that no field reads: 资金来源, 联系人 …)."""
    row = [task.label, " / ".join(task.category), task.text, owner_cell(task, "lead"),
           owner_cell(task, "responsible"), owner_cell(task, "cooperating"), task.deadline.text, paragraph]
    return row + [task.leader] * leader + [task.note] * note + [task.extra.get(k, "") for k in extra]


def extra_columns(tasks: list[Task], taken: tuple[str, ...]) -> tuple[str, ...]:
    """The tasks' extra columns in the order they first appear, but for names already written."""
    return tuple(k for k in dict.fromkeys(k for t in tasks for k in t.extra) if k.strip() and k not in taken)


def write_tasklist(result: ExtractResult, out_path: str | Path) -> Path:
    """Write the extracted tasks as a 任务清单 (.xlsx); returns the path written."""
    out = Path(out_path)
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"输出文件名应以 .xlsx 结尾，如 任务清单.xlsx（现为《{out.name}》）。")
    with atomic_path(out) as tmp:
        book = xlsxwriter.Workbook(str(tmp), {"strings_to_numbers": False, "strings_to_formulas": False,
                                              "strings_to_urls": False})
        try:
            _write_sheet(book, result)
        finally:
            book.close()
    return out


def _write_sheet(book: xlsxwriter.Workbook, result: ExtractResult) -> None:
    formats = {name: book.add_format(spec) for name, spec in FORMATS.items()}
    sheet = book.add_worksheet(SHEET)
    leader = any(t.leader for t in result.tasks)
    note = any(t.note for t in result.tasks)
    columns = COLUMNS + (LEADER_COLUMN,) * leader + (NOTE_COLUMN,) * note
    extra = extra_columns(result.tasks, tuple(name for name, _ in columns))
    columns += tuple((name, 16) for name in extra)
    last = len(columns) - 1
    sheet.merge_range(0, 0, 0, last, "", formats["title"])
    sheet.write_string(0, 0, result.title, formats["title"])
    sheet.set_row(0, 32)
    for c, (name, width) in enumerate(columns):
        sheet.write_string(1, c, name, formats["header"])
        sheet.set_column(c, c, width)
    for r, task in enumerate(result.tasks, start=2):
        for c, value in enumerate(task_row(task, result.paragraph(task), leader, note, extra)):
            style = "center" if c in (0, 6) else "source" if c == SOURCE_COLUMN else "cell"
            if value:
                sheet.write_string(r, c, value, formats[style])
            else:
                sheet.write_blank(r, c, None, formats[style])
    sheet.freeze_panes(2, 0)
    sheet.autofilter(1, 0, max(1, len(result.tasks) + 1), last)
    sheet.repeat_rows(1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
