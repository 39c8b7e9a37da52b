"""检查报告.xlsx: the input workbook with findings as highlighted cells and
comments, and a 检查结果 sheet listing every finding with a link to its cell.

On paper every sheet is A4 landscape, fitted to the page width: 检查结果 reads
in Chinese from the left (the English finding code last), its rows as high as
their wrapped text; sheets rebuilt from values (an .xls or .csv input, the
分解表) get column widths from their content, kept within a page width.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.worksheet.properties import PageSetupProperties

from ..findings import ERROR, Finding
from .atomic import atomic_path
from .cells import ROOMY_LINE_HEIGHT, text_width, wrapped_lines
from .grid import load_grids

FILLS = {"error": PatternFill("solid", fgColor="FFC7CE"), "warning": PatternFill("solid", fgColor="FFEB9C"),
         "info": PatternFill("solid", fgColor="DDEBF7")}
SEVERITY_LABEL = {"error": "错误", "warning": "提醒", "info": "提示"}
FINDINGS_SHEET = "检查结果"
HEADERS = ("序号", "级别", "文件", "工作表", "单元格", "问题", "建议", "原值", "代码")
WIDTHS = (5, 5, 14, 12, 7, 42, 34, 16, 16)  # 151: one A4 landscape width at 95%
LINK_COLUMN = HEADERS.index("单元格") + 1
PAGE_WIDTH = 150  # column widths a copied sheet may take in all (one A4 landscape width at ~95%)
COPY_WIDTHS = (6, 40)  # a copied sheet's columns: at least, at most
MAX_LINES = 28  # Excel's rows stop at 409 points
FONT = Font(name="宋体", size=10)
BOLD = Font(name="宋体", size=10, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _base_workbook(path: Path) -> openpyxl.Workbook:
    """The input itself when openpyxl can keep its formatting, else its values."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            return openpyxl.load_workbook(path, keep_vba=False, rich_text=False)
        except Exception:
            pass
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _append_values(wb, path, prefix="")
    return wb


def _append_values(wb: openpyxl.Workbook, path: Path, prefix: str) -> dict[str, str]:
    names = {}
    for grid in load_grids(path):
        title = (prefix + grid.name)[:31]
        ws = wb.create_sheet(title)
        names[grid.name] = title
        for r, row in enumerate(grid.rows, 1):
            for c, value in enumerate(row, 1):
                if value not in ("", None) and (r - 1, c - 1) not in grid.origin:
                    cell = ws.cell(r, c, value)
                    if isinstance(value, datetime) and value == datetime(value.year, value.month, value.day):
                        cell.number_format = "yyyy-mm-dd"
        for (r0, c0), (r1, c1) in grid.merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        _lay_out_copy(ws)
    return names


def _shown(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value == datetime(value.year, value.month, value.day) else str(value)
    return "" if value is None else str(value)


def column_widths(rows: list[list[str]], merged: set[tuple[int, int]], columns: int) -> list[int]:
    """Widths from the content (Chinese counted double; merged cells left out),
    each within COPY_WIDTHS; past PAGE_WIDTH in all, the widest columns give way
    (cut to one common width) and the narrow ones keep theirs."""
    low, high = COPY_WIDTHS
    widths = [low] * columns
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text and (r, c) not in merged:
                widths[c] = max(widths[c], min(text_width(text) + 3, high))  # room for wider Latin fallbacks
    cap = max(widths, default=low)
    while cap > low and sum(min(w, cap) for w in widths) > PAGE_WIDTH:
        cap -= 1
    return [min(w, cap) for w in widths]


def _lay_out_copy(ws) -> None:
    """A sheet rebuilt from values: 宋体 10, wrapped, columns as wide as their
    content allows, rows as high as their wrapped text (a merged cell's text
    shared by the rows it spans), printed to the page width."""
    merges = [((m.min_row - 1, m.min_col - 1), (m.max_row - 1, m.max_col - 1)) for m in ws.merged_cells.ranges]
    merged = {(r, c) for (r0, c0), (r1, c1) in merges for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
    rows = [[_shown(c.value) for c in row] for row in ws.iter_rows()]
    widths = column_widths(rows, merged, ws.max_column)
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    lines = [max((wrapped_lines(t, w) for c, (t, w) in enumerate(zip(row, widths)) if t and (r, c) not in merged),
                 default=1) for r, row in enumerate(rows)]
    for (r0, c0), (r1, c1) in merges:  # the last row of a merge takes the lines its rows lack
        need = wrapped_lines(rows[r0][c0], sum(widths[c0:c1 + 1]))
        lines[r1] += max(need - sum(lines[r0:r1 + 1]), 0)
    for r, row in enumerate(ws.iter_rows()):
        for cell in row:
            if cell.value is not None:
                cell.font, cell.alignment = FONT, WRAP
        _row_height(ws, r + 1, lines[r])
    _print_setup(ws)


def _row_height(ws, r: int, lines: int) -> None:
    if lines > 1:
        ws.row_dimensions[r].height = min(lines, MAX_LINES) * ROOMY_LINE_HEIGHT


def _print_setup(ws, title_rows: str | None = None) -> None:
    """A4 landscape, one page wide (as many pages down as it takes), centred."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if title_rows:
        ws.print_title_rows = title_rows


def _mark(ws, f: Finding) -> None:
    try:
        col, row = coordinate_from_string(f.cell)
    except Exception:
        return
    cell = ws[f"{col}{row}"]
    if type(cell).__name__ == "MergedCell":
        return
    if cell.fill is None or cell.fill.fgColor is None or f.severity == ERROR or not cell.comment:
        cell.fill = FILLS.get(f.severity, FILLS["warning"])
    note = f"【{SEVERITY_LABEL.get(f.severity, f.severity)}】{f.message}"
    if f.suggestion:
        note += f"\n建议：{f.suggestion}"
    text = (cell.comment.text + "\n\n" + note) if cell.comment else note
    cell.comment = Comment(text, "ledger", width=320, height=160)


def _findings_sheet(wb: openpyxl.Workbook, findings: list[Finding], names: dict[tuple[str, str], str]) -> None:
    ws = wb.create_sheet(FINDINGS_SHEET, 0)
    ws.append(HEADERS)
    for c, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
        header = ws.cell(1, c)
        header.font, header.border = BOLD, BORDER
        header.alignment = Alignment(horizontal="center", vertical="center")
        header.fill = PatternFill("solid", fgColor="D9D9D9")
    for i, f in enumerate(findings, 1):
        values = (i, SEVERITY_LABEL.get(f.severity, f.severity), f.file, f.sheet, f.cell,
                  f.message, f.suggestion, f.value, f.code)
        ws.append(values)
        row = ws.max_row
        for c, value in enumerate(values, 1):
            cell = ws.cell(row, c)
            cell.font, cell.alignment, cell.border = FONT, WRAP, BORDER
            if isinstance(value, str) and value[:1] in "=+-@":
                cell.data_type = "s"  # text, never a formula
        ws.cell(row, 2).fill = FILLS.get(f.severity, FILLS["warning"])
        target = names.get((f.file, f.sheet))
        if target and f.cell:
            link = ws.cell(row, LINK_COLUMN)
            link.hyperlink = f"#{quote_sheetname(target)}!{f.cell}"
            link.font = Font(name="宋体", size=10, color="0563C1", underline="single")
        _row_height(ws, row, max(wrapped_lines(_shown(v), w) for v, w in zip(values, WIDTHS)))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(ws.max_row, 1)}"
    _print_setup(ws, "1:1")


def write_check_report(out: Path, tasklist: Path, findings: list[Finding],
                       breakdown: Path | None = None) -> Path:
    """Write the report; the input files are never modified."""
    wb = _base_workbook(Path(tasklist))
    for ws in wb.worksheets:
        if ws.page_setup.orientation is None and not getattr(ws.sheet_properties.pageSetUpPr, "fitToPage", None):
            _print_setup(ws)  # the office's own sheet, printed as the rest of the report
    names = {(Path(tasklist).name, ws.title): ws.title for ws in wb.worksheets}
    if breakdown is not None:
        mapped = _append_values(wb, Path(breakdown), prefix="分解表-")
        names.update({(Path(breakdown).name, k): v for k, v in mapped.items()})
    for f in findings:
        target = names.get((f.file, f.sheet))
        if target and f.cell:
            _mark(wb[target], f)
    _findings_sheet(wb, findings, names)
    wb.active = 0
    with atomic_path(Path(out)) as tmp:
        wb.save(tmp)
    return Path(out)
