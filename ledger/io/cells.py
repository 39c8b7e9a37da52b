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

import re
from dataclasses import dataclass

from xlsxwriter.utility import xl_rowcol_to_cell

EXCEL_MAX_CHARS = 32_767
CUT_MARK = "……【内容过长，已截断，完整内容共{length}字，见数据库】"
LINE_HEIGHT = 13.5  # points per wrapped line of 10-point 宋体
ROOMY_LINE_HEIGHT = 14.5  # the same where 宋体 is missing and Noto Sans CJK (1.45 em a line) stands in
ROW_INSET = 3.0  # points a wrapped row needs besides its lines: the cell's top margin, and the height
# stored in whole pixels (LibreOffice: 4 lines in 58 points lose the bottom of the last, a "。" or all of it)
LATIN_UNITS = 1.2  # width of a Latin letter or digit in column units as printed without 宋体 (DejaVu Sans)
_TOKENS = re.compile(r"[!-~]+|.")  # a run of Latin letters, digits and signs is not broken; any other character is
_RUNS = re.compile("[!-~]+|[\u0800-\U0010ffff]+|.")  # the same, with full-width characters in runs
FIFTHS = 5  # _part_lines counts in fifths of a unit: a Latin letter 6 (LATIN_UNITS), a full-width character 10


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
    """How many lines a wrapped cell of this width needs: a Chinese character two
    units, a Latin letter or digit ``LATIN_UNITS``, a line ``width - 1`` units;
    a run of Latin letters and digits ("2026,7.5%") goes down whole, as it prints."""
    if not value:
        return 1
    per_line = max(width - 1, 1)
    if "\n" not in value:  # most texts: one part
        return _part_lines(value, per_line)
    return sum(_part_lines(part, per_line) for part in value.split("\n"))


def most_lines(value: str, width: int) -> int:
    """The most lines ``wrapped_lines`` can count for ``value`` in ``width``, found without
    placing its characters. Two lines one after the other hold more than a line's units
    (the second starts with what did not fit on the first, or the first is full: a long
    Latin run broken), so a part of T units between line breaks takes at most
    2 * (T // line) + 1 lines; and T is at most 0.8 units a character and 0.4 a byte of
    its UTF-8 (a Latin letter 1.2, a Chinese character 2)."""
    units = 4 * len(value) + 2 * len(value.encode("utf-8"))  # fifths of a unit, at most
    return 2 * (units // (FIFTHS * max(width - 1, 1))) + 1 + value.count("\n")


def _part_lines(part: str, per_line: int) -> int:
    if len(part.encode("utf-8")) == 3 * len(part):  # Chinese only (most task texts): counted at once
        return -(-2 * len(part) // per_line) or 1
    if per_line < 2:
        return _lines_by_token(part, per_line)
    return _lines_by_run(part, per_line)


def _lines_by_run(part: str, per_line: int) -> int:
    """``_lines_by_token``'s count, a run of full-width characters at a time and in
    whole fifths of a unit. Where a text would end exactly at the line's end after
    a width that is not whole in floating point (a Latin letter's 1.2), the two
    ways could differ by a rounding: that part is counted by ``_lines_by_token``."""
    room, lines, used, whole = FIFTHS * per_line, 1, 0, True  # whole: ``used`` is exact as a float
    for run in _RUNS.findall(part):
        if run[0] >= "\u0800":  # full-width characters, two units each
            n = len(run)
            while n:
                fits = (room - used) // 10
                if not whole and (room - used) % 10 == 0 and 0 < fits <= n:
                    return _lines_by_token(part, per_line)  # ends exactly at the line's end
                if fits >= n:
                    used += 10 * n
                    break
                lines, used, whole, n = lines + 1, 10, True, n - fits - 1
            continue
        w = 6 * len(run)
        if used + w < room:
            used, whole = used + w, False
        elif used + w == room or w == room:
            return _lines_by_token(part, per_line)
        elif run == " ":
            continue  # a space at the end of a line takes no room on the next
        elif w < room:
            lines, used, whole = lines + 1, w, False
        elif w % room == 0:
            return _lines_by_token(part, per_line)
        else:  # a run wider than a line starts on a line of its own and is broken inside
            taken = -(-w // room)
            lines += (used > 0) + taken - 1
            used, whole = w - room * (taken - 1), False
    return lines


def _lines_by_token(part: str, per_line: int) -> int:
    """Lines of ``part`` (no line break in it), its characters and Latin runs placed one by one."""
    lines, used = 1, 0.0
    for token in _TOKENS.findall(part):
        wide = token[0] >= "\u0800"  # three bytes in UTF-8: printed full width
        w = 2.0 if wide else LATIN_UNITS * len(token)
        if used + w <= per_line:
            used += w
        elif token == " ":
            continue  # a space at the end of a line takes no room on the next
        elif w <= per_line:
            lines, used = lines + 1, w
        else:  # a run wider than a line starts on a line of its own and is broken inside
            taken = -(-w // per_line)
            lines += (used > 0) + int(taken) - 1
            used = w - per_line * (taken - 1)
    return lines


def printed_width(text: str) -> float:
    """Column units the widest line of ``text`` takes on paper, as ``wrapped_lines``
    counts them (a Chinese character 2, a Latin letter or digit ``LATIN_UNITS``)."""
    return max((sum(2.0 if ch >= "\u0800" else LATIN_UNITS for ch in line) for line in text.split("\n")),
               default=0.0)


def row_points(lines: int) -> float:
    """The height of a row showing ``lines`` wrapped lines (``ROOMY_LINE_HEIGHT`` each,
    and ``ROW_INSET``): Excel and LibreOffice do not grow a row by themselves."""
    return lines * ROOMY_LINE_HEIGHT + ROW_INSET


def lines_needed(values: list[str], widths: list[int]) -> int:
    return max((wrapped_lines(v, w) for v, w in zip(values, widths) if v), default=1)
