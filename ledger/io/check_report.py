"""检查报告.xlsx: the input workbook with findings as highlighted cells and
comments, and a 检查结果 sheet listing every finding with a link to its cell."""
from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import quote_sheetname
from openpyxl.utils.cell import coordinate_from_string

from ..findings import ERROR, Finding
from .atomic import atomic_path
from .grid import load_grids

FILLS = {"error": PatternFill("solid", fgColor="FFC7CE"), "warning": PatternFill("solid", fgColor="FFEB9C"),
         "info": PatternFill("solid", fgColor="DDEBF7")}
SEVERITY_LABEL = {"error": "错误", "warning": "提醒", "info": "提示"}
FINDINGS_SHEET = "检查结果"
HEADERS = ("序号", "级别", "代码", "文件", "工作表", "单元格", "问题", "建议", "原值")
WIDTHS = (6, 6, 24, 22, 14, 8, 60, 50, 30)


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
                    ws.cell(r, c, value if not isinstance(value, str) else value)
        for (r0, c0), (r1, c1) in grid.merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    return names


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
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = width
        ws.cell(1, c).font = Font(bold=True)
    for i, f in enumerate(findings, 1):
        ws.append((i, SEVERITY_LABEL.get(f.severity, f.severity), f.code, f.file, f.sheet, f.cell,
                   f.message, f.suggestion, f.value))
        row = ws.max_row
        ws.cell(row, 2).fill = FILLS.get(f.severity, FILLS["warning"])
        target = names.get((f.file, f.sheet))
        if target and f.cell:
            link = ws.cell(row, 6)
            link.hyperlink = f"#{quote_sheetname(target)}!{f.cell}"
            link.font = Font(color="0563C1", underline="single")
        for c in (7, 8, 9):
            ws.cell(row, c).alignment = Alignment(wrap_text=True, vertical="top")
        for c in (3, 7, 8, 9):
            cell = ws.cell(row, c)
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{max(ws.max_row, 1)}"


def write_check_report(out: Path, tasklist: Path, findings: list[Finding],
                       breakdown: Path | None = None) -> Path:
    """Write the report; the input files are never modified."""
    wb = _base_workbook(Path(tasklist))
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
