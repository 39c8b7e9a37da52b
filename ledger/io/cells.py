"""Text into a worksheet cell: whole, or visibly cut; and how much room it needs.

An Excel cell holds 32,767 characters (counted in UTF-16 units), and xlsxwriter's
``write_string`` cuts a longer text silently. Every writer that puts a unit's
text into a workbook goes through ``write_text``: it always writes a string
(never a formula), cuts an over-long text with a marker saying so and how long
the whole text is, and records the cut so the caller can report it (the
database keeps the whole text).

Excel and xlsxwriter do not grow a row for wrapped text, and xlsxwriter's
autofit assumes Latin letters: ``text_width`` and ``wrapped_lines`` measure a
text with Chinese characters counted double, so writers can set column widths
and row heights themselves (``LINE_HEIGHT`` points a line of 10-point 宋体;
``ROOMY_LINE_HEIGHT`` leaves room for the taller fonts that replace it on
machines without it, so nothing printed is cut off there either).
"""
from __future__ import annotations

from dataclasses import dataclass

from xlsxwriter.utility import xl_rowcol_to_cell

EXCEL_MAX_CHARS = 32_767
CUT_MARK = "……【内容过长，已截断，完整内容共{length}字，见数据库】"
LINE_HEIGHT = 13.5  # points per wrapped line of 10-point 宋体
ROOMY_LINE_HEIGHT = 14.5  # the same where 宋体 is missing and Noto Sans CJK (1.45 em a line) stands in


@dataclass(frozen=True)
class Cut:
    """A text that did not fit its cell; ``column`` and ``label`` (the row's first
    cell) are filled in by writers that know them."""

    sheet: str
    row: int  # 0-based
    col: int  # 0-based
    length: int  # characters of the whole text
    column: str = ""
    label: str = ""

    @property
    def cell(self) -> str:
        return xl_rowcol_to_cell(self.row, self.col)


def excel_length(text: str) -> int:
    """Length as Excel counts it: characters beyond the BMP count twice."""
    if len(text) <= EXCEL_MAX_CHARS // 2:
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def fit_text(text: str) -> tuple[str, int]:
    """(text, 0) when it fits a cell, else (its head plus the marker, the whole length)."""
    if excel_length(text) <= EXCEL_MAX_CHARS:
        return text, 0
    mark = CUT_MARK.format(length=len(text))
    units = text.encode("utf-16-le")[: 2 * (EXCEL_MAX_CHARS - excel_length(mark))]
    head = units.decode("utf-16-le", errors="ignore")  # a surrogate pair cut in two is dropped
    return head + mark, len(text)


def write_text(ws, row: int, col: int, text: str, style=None, cuts: list[Cut] | None = None) -> None:
    """Write ``text`` as a string cell of an xlsxwriter worksheet, cut to fit if it must be."""
    fitted, length = fit_text(text)
    ws.write_string(row, col, fitted, style)
    if length and cuts is not None:
        cuts.append(Cut(ws.name, row, col, length))


def text_width(text: str) -> int:
    """Display width of the widest line, Chinese characters counted double (cheap:
    bytes, not a loop over characters), in Excel column-width units."""
    if "\n" not in text:
        return len(text) + (len(text.encode("utf-8")) - len(text)) // 2
    return max(map(text_width, text.split("\n")))


def wrapped_lines(value: str, width: int) -> int:
    """How many lines a wrapped cell of this width needs (Chinese counted double)."""
    if not value:
        return 1
    per_line = max(width - 1, 1)
    return sum(-(-text_width(part) // per_line) or 1 for part in value.split("\n"))


def lines_needed(values: list[str], widths: list[int]) -> int:
    return max((wrapped_lines(v, w) for v, w in zip(values, widths) if v), default=1)
