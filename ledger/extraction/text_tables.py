"""Task tables pasted as text in the forms scraped pages give, rebuilt into grids.

``.flat_table`` reads the tab-indented form (one cell a line, seed 004). The
other forms real plans come in, each recognised by a header of column words
(``ledger.headers``, and the looser words of ``canonical_header``):

* **pipe rows**: ``| 工作目标 | 工作内容 | 责任单位 | 完成时限 |``, one row a line
  (a cell with a line break continues on the next line until the row's closing
  ``|``); rows under merged cells have fewer cells;
* **one cell a line**, each cell followed by ``|`` (a line of bars: empty
  cells), separated by ``|`` lines, or bare; or each cell with its bar and each
  row opened by a bar line (``|``, ``|---|``: ``.bar_rows``);
* **space-separated rows**: ``序号 工作任务 牵头责任单位`` then ``1 地区生产总值
  增长7% 发改委``; spaces inside a cell are kept in the text, the owner and
  deadline cells are taken from the end of the row;
* **a table drawn with box characters** (┌─┬ │ ├ └, law-database mirrors):
  ``.box_tables``;
* **a table run into one line** (``序重点任务具体举措责任单位1开展…。市农业农村局
  2全面推行…``), its later pages on lines a document-sharing site numbered
  ``2、`` ``3、`` …

A row is placed by its anchor: the cell holding the task's number (序号) or the
numbered task text; cells before it are its categories, cells after it fill
the columns after it. Each table becomes a :class:`~.flat_table.FlatTable`
read by the workbook reader like any sheet.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from ..deadlines import parse_deadline
from ..findings.reading import DEADLINE_UNPARSED
from ..headers import normalize_header, task_synonyms
from ..io.grid import Grid
from ..model import ROLES
from ..roster import split_cell
from .bar_rows import bar_rows
from .blocks import merge_boxes
from .box_tables import box_table
from .columns import DUTY_WORDS, INDICATOR, OWNER_WORDS, canonical_header, header_columns, unnamed_task_column
from .flat_table import DEADLINE_START, HEADING_L1, HEADING_L2, NUMBER_DECORATION, TABLE_END, FlatTable
from .markers import opens_with_owner_label, with_partners
from .outline import SUB_TARGET
from .target_tables import targets_by_unit_table
from .names import cell_names, has_task_word, is_department, not_names, is_group, is_unit_name, names_at_start, person_name, strip_role_words
from .owner_lists import POST_NAMED_RE, cut, is_person_or_post

NUMBERED = re.compile(r"^(\d{1,3})\s*[.．、]\s*\S")
BARE_NUMBER = re.compile(rf"^[{NUMBER_DECORATION}]?\s*(\d{{1,3}})\s*[.．、]?\s*[{NUMBER_DECORATION}]*\s*[.．、]?$")
ROW_START = re.compile(rf"^[{NUMBER_DECORATION}]?(\d{{1,3}})[{NUMBER_DECORATION}]*(?:\s*[.、．]\s*|\s+)(?=\S)")
REPORT_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:情况|进度|进展|备注|说明|成效)")
HEADER_ALTERNATIVE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]")
# A column of money figures the office added (投资（万元）, 资金(万元), 总投资, 年度计划投资额): no task needs it.
MONEY_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,6}(?:投资|资金|金额|经费|预算|概算|估算)[额数]?(?:[（(][万亿千]?元[）)])?"
                          r"|[\u4e00-\u9fff]{2,8}[（(][万亿千]?元[）)]")
@dataclass
class Header:
    cells: list[str]
    columns: dict[str, list[int]]

    @property
    def width(self) -> int:
        return len(self.cells)

    @property
    def words(self) -> list[str]:
        text = self.columns.get("text", [])  # 考核指标 as a 考核 table's task: a task's word in the grid
        owner = self.columns.get("responsible", [])  # 单位 over a duty table's units (``columns._duty_table``)
        return ["具体内容" if k in text and (INDICATOR.search(normalize_header(c)) or DUTY_WORDS.fullmatch(normalize_header(c)))
                else "责任单位" if k in owner and canonical_header(c) not in OWNER_WORDS
                else canonical_header(c) or normalize_header(c) for k, c in enumerate(self.cells)]

    def col(self, name: str) -> int | None:
        cols = self.columns.get(name)
        return cols[0] if cols else None

    @property
    def tail(self) -> list[int]:
        """Owner, leader and deadline columns: filled from the end of a row."""
        fields = ROLES + ("leader", "deadline")
        return sorted(c for f in fields for c in self.columns.get(f, []))

    def anchor(self) -> int:
        """The column a row's number or numbered text goes to."""
        number = self.col("number")
        if number is not None:
            return number
        first_tail = min(self.tail, default=self.width)
        texts = [c for f in ("text", "category") for c in self.columns.get(f, []) if c < first_tail]
        return max(texts, default=self.col("text") or 0)


@dataclass
class Row:
    cells: list[str]
    line: int
    source: list[str] = field(default_factory=list)
    section: bool = False
    merged: tuple[int, ...] = ()  # columns whose cell is the one above's (vertically merged, not in the row)


# ------------------------------------------------------------------ finding tables


def find_text_tables(texts: list[str], numbers: list[int]) -> list[FlatTable]:
    """Every task table pasted as text, in order, not overlapping."""
    out: list[FlatTable] = []
    i = 0
    while i < len(texts):
        near = _bar_led_table_near(texts, numbers, i)
        if near is not None:  # '重点任务分工表⏎序号⏎| 工作任务⏎…': the title above a bar-led table is no header cell of
            out.append(near)  # another reading (the probe of the twentieth session)
            i = near.end
            continue
        table = None
        for reader in (find_box_tables, _bar_row_table, _pipe_table, _cell_table, _report_space_table,
                       _space_table, _run_on_table, _spaced_owner_after_table, targets_by_unit_table, _headerless_table,
                       _headerless_cell_table):
            table = reader(texts, numbers, i)
            if table is not None:
                break
        if table is None:
            i += 1
            continue
        table = _without_text_after(texts, table)
        out.append(table)
        i = table.end
    return out


def _without_text_after(texts: list[str], table: FlatTable) -> FlatTable:
    """A table whose reader ran on past its last row (a table one cell a line takes the next
    numbered paragraph '3.新建公交候车亭40个。责任单位：…' for a row it cannot make, and drops it)
    ends after the last line its rows hold: the lines after it, none in any row, are the plan's
    text (items, owner lines, duties after a table of targets; s58's probe) and are given back.
    Lines of bars only stay with the table; so does a tail of one line (a row's cell the reader
    left out: w28's '省牵头单位:省商务厅' after a row's units) or one holding a bare row number
    (a row cut off at the excerpt's end, w77)."""
    held = "".join(str(v) for row in table.grid.rows[1:] for v in row if v) + "".join(table.row_sources[1:])
    held = re.sub(r"\s", "", held)
    end = table.end
    while end > table.start + 1:
        line = re.sub(r"\s", "", texts[end - 1])
        if line and (not line.strip("|｜-—:：") or line.strip("|") in held):
            break
        end -= 1
    while end < table.end and not texts[end].strip():
        end += 1  # blank lines after the last row stay with the table
    tail = [t.strip() for t in texts[end:table.end] if t.strip()]
    if len(tail) < 2 or any(BARE_NUMBER.fullmatch(t) for t in tail):
        return table
    return FlatTable(table.start, end, table.grid, table.row_lines, table.row_sources)


def find_box_tables(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """A table drawn with box characters at line ``i`` (``.box_tables`` reads its rows)."""
    found = box_table(texts, numbers, i)
    if found is None:
        return None
    cells, rows, end = found
    header = Header(cells, header_columns(cells) or {})
    return _table(header, _unglued([Row(r, line, [src], section) for r, line, src, section in rows], header), i, end)


def _unglued(rows: list[Row], header: Header) -> list[Row]:
    """Rows a cell short whose first cell is the row's number glued to its task ("┃3开展…┃市生态环境局┃"),
    under a header whose 序号 column comes right before the task's: the number split off into
    its column, where it is the one after the last row's (1 for the first)."""
    number, text = header.col("number"), header.col("text")
    if number is None or text != number + 1:
        return rows
    out, last = [], 0
    for row in rows:
        cells = row.cells[:-1] if len(row.cells) == header.width and not row.cells[-1] else row.cells  # padded
        m = GLUED_START.match(cells[number]) if not row.section and len(cells) == header.width - 1 else None
        if m is not None and int(m.group(1)) == last + 1:
            row = Row(cells[:number] + [m.group(1), cells[number][m.end():]] + cells[number + 1:], row.line, row.source)
        if not row.section and row.cells[number].isdigit():
            last = int(row.cells[number])
        out.append(row)
    return out


def _bar_row_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """One cell a line, each with its bar, the rows opened by bar lines (``.bar_rows``):
    the first row at line ``i`` is the header; most rows below have its width."""
    found = bar_rows(texts, i)
    if found is None:
        return None
    (header_cells, _), *body = found[0]
    columns = header_columns(header_cells, delimited=True)
    full = sum(len(cells) == len(header_cells) for cells, _ in body)
    if columns is None or not full or full * 2 < len(body) or any(len(c) > len(header_cells) for c, _ in body):
        return None
    header = Header(header_cells, columns)
    rows = [Row(cells, numbers[k], ["\n".join(cells)], section=len(cells) == 1 and not BARE_NUMBER.match(cells[0]))
            for cells, k in body]
    return _table(header, _merged_owner_cells(header, _aligned(header, rows)), i, found[1])


def _pipe_cells(line: str, sep: str = "|") -> list[str]:
    if sep == "\t":
        return [c.strip() for c in line.rstrip().split("\t")]
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


def _wrapped(pending: str, line: str) -> str:
    """A row continued on the next line: joined with a line break, or without one
    where the break cut a unit's name ("区自然资源" + "局 | …")."""
    end = len(pending)  # the last word of what is pending, read from its end (it grows a line at a time)
    while end and pending[end - 1] not in "|、，,；;" and not pending[end - 1].isspace():
        end -= 1
    tail = pending[end:]
    head = re.split(r"[|、，,；;\s]", line.strip())[0]
    if tail and head and not is_unit_name(tail) and is_unit_name(tail + head):
        return pending + line.strip()
    return f"{pending}\n{line}"


# ------------------------------------------------------------------ header cells wrapped onto the next line

HEADER_FRAGMENT = re.compile(r"[\u4e00-\u9fff（）()]{1,4}")


def _header_rank(word: str) -> int | None:
    """How plainly the lexicon names a column by ``word`` (0: its own word), or None."""
    found = task_synonyms().lookup(normalize_header(word))
    return min(rank for _, rank in found) if found else None


def _completes(top: str, bottom: str) -> bool:
    """``bottom`` is the rest of header cell ``top`` wrapped onto the next line (牵头 / 单位,
    完成 / 时限, 进展 / 情况): a short fragment with which ``top`` reads as a column word more
    plainly than alone (a cell written on the lower line only: a column word of its own)."""
    if not HEADER_FRAGMENT.fullmatch(bottom):
        return False
    if not top:
        return bool(canonical_header(bottom))
    if not re.fullmatch(r"[\u4e00-\u9fff（）()]{1,6}", top) or _header_rank(bottom) == 0:
        return False  # a column word of its own below (序号): the next column
    joined, rank = _header_rank(top + bottom), _header_rank(top)
    if joined is not None and (rank is None or joined < rank):
        return True
    if len(bottom) <= 2 and canonical_header(bottom) and _header_field(top + bottom) == _header_field(top) is not None:
        return True  # 协办 / 部门, 责任 / 科室: the same column, said in full (not 责任部门 / 评分部门, two columns)
    return not canonical_header(top) and bool(canonical_header(top + bottom) or REPORT_COLUMN.fullmatch(top + bottom))


def _header_field(word: str) -> str | None:
    found = task_synonyms().lookup(normalize_header(canonical_header(word)))
    return found[0][0] if found else None


def _wrapped_header_rows(texts: list[str], i: int, cells: list[str], sep: str) -> tuple[list[str], int]:
    """Header cells between tabs or bars at line ``i`` with the lines after it that finish
    them (a cell wrapped: "序号\t重点\t牵头" / "\t任务\t单位"): every filled cell of such a
    line completes the cell above it. The cells, and the line the rows start at."""
    j = i + 1
    while j < len(texts) and j <= i + 2 and sep in texts[j]:
        below = _pipe_cells(texts[j], sep)
        if (len(below) > len(cells) or not any(below)
                or not all(_completes(top, b) for top, b in zip(cells, below) if b)):
            break
        cells = [top + b for top, b in zip(cells, below)] + cells[len(below):]
        j += 1
    return cells, j


def _wrapped_space_header(top: str, bottom: str) -> str | None:
    """A header set apart by spaces whose cells wrapped onto the next line ("序号   重点   牵头"
    / "       任务   单位"): each word of the lower line goes to the header word it stands
    nearest under and completes it. The header's words after 序号 joined, or None."""
    above = [(m.start() + m.end()) / 2 for m in re.finditer(r"\S+", top)]
    words = top.split()
    if not bottom.strip() or len(above) < 3:
        return None
    taken: dict[int, str] = {}
    for m in re.finditer(r"\S+", bottom):
        # in order, the nearest header word after the last one completed that it completes; a cell
        # closed by its bracket (资金（万元）) goes on no more
        after = [k for k in range(max(taken, default=-1) + 1, len(words))
                 if not re.search(r"[）)]$", words[k]) and _completes(words[k], m.group())]
        if not after:
            return None
        taken[min(after, key=lambda k: abs(above[k] - (m.start() + m.end()) / 2))] = m.group()
    joined = [w + taken.get(k, "") for k, w in enumerate(words)]
    first = next((k for k, w in enumerate(joined) if re.fullmatch(r"序\s*号?", w)), None)
    return " ".join(joined[first + 1:]) if first is not None else None


def _wrapped_cell_header(texts: list[str], i: int) -> tuple[list[str], int, bool, str] | None:
    """One cell a line with header cells wrapped (序号 / 重点 / 任务 / 牵头 / 单位 / …), or one cell
    a paragraph (a blank line after each): the short lines before the first row ("1"; a category
    row merged across the table may stand before it, '一、城市建设'), as many columns as that row
    has cells (up to "2", or up to its first empty cell when rows under a merged cell come
    before "2"), each column a line or a line and the one after it that completes it; a header
    on two rows has one owner word more (``_spanned_header``). The header's words, the line its
    rows start at and whether blank lines stand between the cells; None unless the lines join
    into exactly that many columns."""
    lines, j, spaced = [], i, False
    while j < len(texts) and len(lines) < 24:
        line = texts[j].strip()
        if not line and lines and j + 1 < len(texts) and texts[j + 1].strip():
            spaced, j = True, j + 1
            continue
        if not re.fullmatch(r"[\u4e00-\u9fff（）()]{1,6}", line) and not (lines and MONEY_COLUMN.fullmatch(line)):
            break
        lines.append(line)
        j += 1
    r = j
    if r < len(texts) and (HEADING_L1.match(texts[r].strip()) or HEADING_L2.match(texts[r].strip())):
        r = next((g for g in range(r + 1, min(len(texts), r + 3)) if texts[g].strip()), r)  # a category row first
    first = re.fullmatch(r"(\d{1,3})[.．、]?", texts[r].strip()) or GLUED_START.match(texts[r].strip()) if r < len(texts) else None
    if len(lines) < 4 or first is None:
        return None  # the first row's number: 1, or the next after a page break (the header printed again); bare or glued
    glued = first.end() < len(texts[r].strip())
    for width in _first_row_widths(texts, r, int(first.group(1)), spaced):
        for extra in (0, 1):
            words = _joined_header_lines(lines, width + extra + glued)
            joined = len(words) < len(lines)
            if extra:
                words = _spanned_header(words)
            numbered = glued and canonical_header(words[0]) == "序号"  # the numbers glued to the tasks: split off
            if (len(words) == width + numbered and joined and header_columns(words) is not None
                    and all(canonical_header(w) or REPORT_COLUMN.fullmatch(w) or MONEY_COLUMN.fullmatch(w) for w in words)):
                return words, j, spaced, first.group(1)
    return None  # a line no column word (the first row's category before its number): no header of columns


def _first_row_widths(texts: list[str], r: int, number: int, spaced: bool) -> list[int]:
    """How many cells the row at line ``r`` may have: the lines up to the next row's number, and
    the lines up to its first empty cell (rows under a merged 重点任务 before the next number)."""
    after = rf"{number + 1}(?:[.．、]?$|(?=[\u4e00-\u9fff“（(]))"
    end = next((k for k in range(r + 1, min(len(texts), r + (32 if spaced else 16))) if re.match(after, texts[k].strip())), r)
    widths = [_spaced_cells(texts[r:end]) if spaced else end - r]
    gap = next((k for k in range(r + 1, min(len(texts), r + 24))
                if not texts[k].strip() and (not spaced or k + 1 < len(texts) and not texts[k + 1].strip())), None)
    if gap is not None:
        widths.append(sum(bool(t.strip()) for t in texts[r:gap]))
    return [w for w in dict.fromkeys(widths) if w >= 3]


def _spaced_cells(lines: list[str]) -> int:
    """How many cells lines of one cell a paragraph hold: a blank line after each, two more for
    an empty cell."""
    runs = [len(m.group()) for m in re.finditer(r"b+", "".join("t" if t.strip() else "b" for t in lines))]
    return sum(bool(t.strip()) for t in lines) + sum((n - 1) // 2 for n in runs)


def _joined_header_lines(lines: list[str], count: int) -> list[str]:
    """The header's lines joined into ``count`` words, a line with the next one that completes it
    while there are more lines left than words wanted; a column of figures (投资（万元）) is whole."""
    words: list[str] = []
    k = 0
    while k < len(lines):
        if (k + 1 < len(lines) and len(lines) - k > count - len(words) and not MONEY_COLUMN.fullmatch(lines[k])
                and _completes(lines[k], lines[k + 1])):
            words.append(lines[k] + lines[k + 1])
            k += 2
        else:
            words.append(lines[k])
            k += 1
    return words


def _spanned_header(words: list[str]) -> list[str]:
    """A header on two rows copied one cell a line: the upper row's cells, then the lower row's
    (cells spanning both rows only once, in the upper): '序号 / 工作任务 / 责任主体 / 资金 / 完成时限 /
    备注 / 牵头单位 / 责任单位'. Two or more owner words ending the header after a column that is no
    owner's are the lower row, under the one owner word before them (责任主体, 责任单位), which spans
    them: they take its place."""
    fields = [_header_field(w) for w in words]
    run = 0
    while run < len(words) and fields[len(words) - 1 - run] in ROLES:
        run += 1
    head = words[:len(words) - run]
    spanning = [k for k, f in enumerate(fields[:len(head)]) if f in ROLES]
    if run < 2 or not head or fields[len(head) - 1] in ROLES or len(spanning) != 1 or fields[spanning[0]] != "responsible":
        return words
    k = spanning[0]
    return head[:k] + words[len(head):] + head[k + 1:]


def _second_header_row(texts: list[str], j: int, cells: list[str], sep: str) -> tuple[list[str], int]:
    """A header on two rows ('序号 | 工作任务 | 责任主体 | 完成时限' over ' |  | 牵头单位 | 配合单位 | '):
    a line at ``j`` whose filled cells are all column words, one an owner column's, the others
    blank (cells spanning both rows), names the columns under the upper row's cells. A run of
    its filled cells lies under one upper cell that spans them (printed once, or followed by
    blank cells); a blank cell under its own upper cell; the upper cells past its end (blanks
    cut off after the last tab) as they are. The header's cells, and the line the rows start at."""
    if j >= len(texts) or sep not in texts[j]:
        return cells, j
    below = _pipe_cells(texts[j].strip() if sep == "|" else texts[j].rstrip(), sep)
    filled = [b for b in below if b]
    if (not filled or not all(canonical_header(b) for b in filled)
            or not any(canonical_header(b) in OWNER_WORDS for b in filled)):
        return cells, j
    out, p = [], 0
    for k, b in enumerate(below):
        if not b or k == 0 or not below[k - 1] or (p < len(cells) and not cells[p]):
            p += 1  # its own upper cell, the spanning one over a run, or a blank after it
        if p > len(cells):
            return cells, j
        out.append(b or cells[p - 1])
    return out + cells[p:], j + 1


def _pipe_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """Rows of cells between bars, or between tabs (a table copied from Excel). The bars
    set the header's cells apart, so it may hold columns no task needs (``delimited``)."""
    sep = "|" if texts[i].count("|") >= 3 else "\t" if texts[i].strip("\t ").count("\t") >= 2 else ""
    if not sep:
        return None
    header_cells, body = _wrapped_header_rows(texts, i, _pipe_cells(texts[i], sep), sep)
    open_rows = sep == "|" and not texts[i].strip().endswith("|")  # "a | b | c", no outer bars: a row a line
    header_cells, body = _second_header_row(texts, body, header_cells, sep)
    columns = header_columns(header_cells, delimited=True)
    if columns is None:
        return None
    header = Header(header_cells, columns)
    rows: list[Row] = []
    j, pending, start_line, read_to = body, "", 0, body
    while j < len(texts):
        line = texts[j].strip() if sep == "|" else texts[j].rstrip()
        if not line.strip() and not pending:
            break
        if not pending and sep not in line and _category_row(line, texts[j + 1] if j + 1 < len(texts) else "", sep, header):
            rows.append(Row([line.strip()], numbers[j], [line.strip()], section=True))
            j = read_to = j + 1
            continue
        if not pending and sep not in line and (TABLE_END.match(line) or len(line) > 200
                                                or HEADING_L1.match(line) or HEADING_L2.match(line)):
            break  # a note, a long paragraph or the next section's heading after the table
        if not pending and not open_rows and sep == "|" and sep not in line and rows and _bare_continuation(line, texts, j):
            rows.append(Row([line.strip()], numbers[j], [line.strip()]))
            j = read_to = j + 1
            continue
        if not pending and not open_rows and sep == "|" and sep not in line and rows and numbers[j] != numbers[j - 1]:
            break  # a line of its own with no bar after rows closed by bars: the plan's text goes on (_text_after_rows)
        pending = _wrapped(pending, line) if pending else line
        start_line = start_line or numbers[j]
        j += 1
        next_row = open_rows and (j == len(texts) or not texts[j].strip()
                                  or len(_pipe_cells(pending, sep)) >= len(header_cells)  # a row's cells all read
                                  or bool(BARE_NUMBER.fullmatch(_pipe_cells(texts[j], sep)[0])))  # the next row's number
        if sep == "\t" or next_row or pending.endswith("|") or j == len(texts):
            cells = _pipe_cells(pending, sep)
            if sep in pending and any(c.strip(":-— ") for c in cells):  # not |---|---| under a header
                rows.append(Row(cells, start_line, [pending]))
                read_to = j
            pending, start_line = "", 0
    if not rows:
        return None
    header = _owner_column_by_cells(_unnamed_number_column(header, rows), rows)
    rows = _continued_owner_lists(header, _continued_task_cells(header, rows))
    return _table(header, _merged_owner_cells(header, _aligned(header, rows)), i, _text_after_rows(texts, read_to, j))


BAR_LED = re.compile(r"\s*[|｜]")


def _bar_led_table_near(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """A bar-led table starting at line ``i`` or one or two lines below it, the lines between holding no bar (its
    title)."""
    for k in (i, i + 1, i + 2):
        if k >= len(texts) or k > i and ("|" in texts[k - 1] or "｜" in texts[k - 1] or not texts[k].strip()):
            return None
        if texts[k].strip() and k + 1 < len(texts) and BAR_LED.match(texts[k + 1]):
            return _bar_led_table(texts, numbers, k)
    return None


def _bar_led_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """A table whose cells a page put one a line, each but a row's first led by a bar and a lone bar closing the row
    ('内 容 | 提供单位⏎| 频 率⏎|⏎生猪出场价格⏎| 市物价局⏎| 每 周⏎|', unseen w2208: a PDF's table as text): each row's
    lines joined into one row of bars, then read as such a table."""
    rows, firsts, j = [], [], i
    while j < len(texts) and texts[j].strip() and not BAR_LED.match(texts[j]):
        k = j + 1
        while k < len(texts) and BAR_LED.match(texts[k]) and texts[k].strip(" \u3000|｜"):
            k += 1
        if k == j + 1 or k == len(texts) or texts[k].strip(" \u3000") not in ("|", "｜"):
            break  # no cell led by a bar after the row's first, or no lone bar closing the row
        cells = [texts[j].strip()] + [re.sub(r"^\s*[|｜]", "", t).strip() for t in texts[j + 1:k]]
        rows.append(" | ".join(cells) + " |")
        firsts.append(j)
        j = k + 1
    if len(rows) < 2 or rows[0].count("|") < 3:
        return None  # a header and a row at least, the header of three cells
    table = _pipe_table(rows, [numbers[f] for f in firsts], 0)
    if table is None:
        return None
    ends = firsts[1:] + [j]  # the joined row k ends where row k + 1 begins (the last, after its lone bar)
    return FlatTable(i, ends[table.end - 1], table.grid, table.row_lines, table.row_sources)


def _text_after_rows(texts: list[str], read_to: int, j: int) -> int:
    """Where a table of bars or tabs ends: after its last row (``read_to``), the lines read past it
    that made no row (a plan's text after the table: '以上3项目标的责任单位均为…', the next items,
    the member units' duties; s58's probe, a pipe table of targets in a 县 plan) given back to the
    text, blank lines before them kept with the table."""
    while read_to < j and not texts[read_to].strip():
        read_to += 1
    return read_to


def _bare_continuation(line: str, texts: list[str], j: int) -> bool:
    """A line with no bar between two rows of a table closed by bars, the next line a numbered
    row ('1 | 新建城市公园3个 | 市住建局 | … |' / '改造口袋公园10个' / '2 | … |'): the second line
    of a cell spanning rows, copied on a line of its own (``_continued_task_cells`` joins it)."""
    after = texts[j + 1] if j + 1 < len(texts) else ""
    return ("|" in after and bool(BARE_NUMBER.fullmatch(_pipe_cells(after.strip())[0]))
            and not _category_heading(line) and not ROW_START.match(line.strip()))


def _continued_task_cells(header: Header, rows: list[Row]) -> list[Row]:
    """A row under a numbered row whose only filled cell is its first, as written, and no number
    nor heading: a web page's row that spans two rows ('1 | 新改扩建公办中小学校1所 | 教体局 | … |'
    then '新增学位810个 | |||||', blind w261, a 区's 民生实事 progress table), whose second
    line the copy set in a row of its own, the cells spanning both rows left out. Its text is
    the second line of the task above (a second target), not a category row over the next
    rows nor a task with no owner. Joined to the task cell of the row above when that row has
    every cell and its number; else left as it is."""
    text, number = header.col("text"), header.col("number")
    if text is None or number is None or number >= text:
        return rows
    out: list[Row] = []
    for row in rows:
        if out and _second_line_of(header, row, out[-1]):
            above = out[-1]
            cells = list(above.cells)
            cells[text] = f"{cells[text]}\n{row.cells[0]}"
            out[-1] = Row(cells, above.line, above.source, above.section, above.merged)
            continue
        out.append(row)
    return out


def _continued_owner_lists(header: Header, rows: list[Row]) -> list[Row]:
    """A row with no number under a numbered row whose owner cell breaks off after a list's
    separator ('| 1 | 实施城中村改造项目8个，同步启动 | 市住房和城乡建设局、 | 2025年12月 |' then
    '| | 征收安置房建设5000套 | 市自然资源和规划局 | |'; s60's probe, a 市's pipe table whose
    cells the copy wrapped over two rows, '东湖、' / '西城、南岭区人民政府' a list of places broken
    too): the second line of every cell of that row, joined to it, not a task of its own. A row
    under an owner cell that ends a name is left as it is (a sub-task under merged cells)."""
    number = header.col("number")
    owners = [c for f in ROLES for c in header.columns.get(f, [])]
    if number is None or not owners:
        return rows
    out: list[Row] = []
    for row in rows:
        above = out[-1] if out else None
        if above is not None and _owner_list_goes_on(row, above, number, owners):
            cells = [a + b for a, b in zip(above.cells, row.cells)] + above.cells[len(row.cells):]
            out[-1] = Row(cells, above.line, above.source + row.source, above.section, above.merged)
            continue
        out.append(row)
    return out


def _owner_list_goes_on(row: Row, above: Row, number: int, owners: list[int]) -> bool:
    """``row`` (no number, not a heading) goes on from ``above`` (numbered), whose owner cell
    ends with 、/，/, and whose cell beside it in ``row`` holds the list's next names."""
    if row.section or above.section or len(row.cells) <= max(owners) or len(above.cells) <= max(owners):
        return False
    if row.cells[number].strip() or not BARE_NUMBER.fullmatch(above.cells[number].strip() or "-"):
        return False
    return any(LIST_GOES_ON.search(above.cells[c].strip()) and row.cells[c].strip() for c in owners)


def _second_line_of(header: Header, row: Row, above: Row) -> bool:
    """``row`` holds its first cell only, a text (no number, no heading), under a numbered row
    that has every cell."""
    value = row.cells[0] if row.cells else ""
    number = header.col("number")
    return (bool(value) and not any(row.cells[1:]) and not row.section and not above.section
            and len(above.cells) >= header.width and number is not None and bool(BARE_NUMBER.fullmatch(above.cells[number]))
            and not BARE_NUMBER.fullmatch(value) and not ROW_START.match(value) and not _category_heading(value))


def _unnamed_number_column(header: Header, rows: list[Row]) -> Header:
    """A header with no 序号 cell over rows that each start with their number or an empty cell,
    one cell wider than the header ('工作任务 | 责任单位 | 完成时限' over '1 | 压缩企业开办时间 |
    县市场监管局 | 2026年6月底前', '| 开展涉企收费专项清理 | …' for a task under merged cells): the
    header's first cell (blank, or left out when copied) is the numbers' column. Most rows so,
    and one numbered at least; else the header as it is."""
    body = [r.cells for r in rows if not r.section]
    wide = [c for c in body if len(c) == header.width + 1 and (not c[0].strip() or BARE_NUMBER.match(c[0].strip()))]
    if (header.col("number") is not None or 3 * len(wide) < 2 * len(body)
            or not any(c[0].strip() for c in wide)):
        return header
    columns = {f: [c + 1 for c in cols] for f, cols in header.columns.items()}
    return Header(["序号", *header.cells], columns | {"number": [0]})


def _category_row(line: str, after: str, sep: str, header: Header) -> bool:
    """A category row merged across a table of cells between tabs or bars ('一、营商环境', a
    merged cell's one line): a short heading with no sentence end, the next line a row of the
    table, its first cell a row number where the table numbers its rows."""
    line = line.strip()
    if not (HEADING_L1.match(line) or HEADING_L2.match(line)) or len(line) > 30 or re.search(r"[。；;：:]", line):
        return False
    if sep not in after:
        return False
    cells = _pipe_cells(after.strip() if sep == "|" else after.rstrip(), sep)
    number = header.col("number")
    return 2 * len(cells) >= header.width and (number is None or bool(BARE_NUMBER.match(cells[number] if number < len(cells) else "")))


BOX_BARS = str.maketrans("│┃║", "|||")
SHAPE_SEPARATORS = {"\t": re.compile(r"\t"), "|": re.compile(r"\|"), " ": re.compile(r" {2,}|\u3000{2,}")}


def _headerless_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """Rows of cells set apart by tabs, bars or runs of spaces with no header row (the
    excerpt starts below it, or the header was an image), or under a header no column
    word names ("事项 | 单位 | 时间"): the columns are told by their cells' shapes, one
    column mostly lists of units (责任单位), the column of sentences before it the task,
    a column of dates the deadline. A row must have a task cell and an owner cell; two
    such rows at least (three when only spaces set the cells apart). Box bars (│ ┃ ║, a
    box table's rows without its header and rules) set cells apart as bars do."""
    sep = _row_separator(_unbarred(texts[i]))
    if sep is None:
        return None
    split = SHAPE_SEPARATORS[sep]
    j, lines, at, sections = i, [], [], {}
    while j < len(texts) and texts[j].strip():
        text_j = _unbarred(texts[j])
        if _row_separator(text_j) == sep:
            line = text_j.strip(" \r\n") if sep == "\t" else text_j.strip().strip("|" if sep == "|" else "")
            lines.append([c.strip() for c in split.split(line)])  # a tab at either end: an empty cell
            at.append(j)
        elif (j + 1 < len(texts) and _row_separator(_unbarred(texts[j + 1])) == sep
              and _category_heading(text_j.strip().strip("|"))):
            sections[len(lines)] = text_j.strip().strip("|").strip()  # a category row across the table ('二、社会事业')
        else:
            break
        j += 1
    width = max((len(c) for c in lines), default=0)
    if len(lines) < 2 or width < 2:
        return None
    if sep == "\t":  # a row's empty cells at its end were cut off with its trailing tabs
        lines = [c + [""] * (width - len(c)) for c in lines]
    # runs of spaces: an empty cell is no cell; the columns by the full rows' shapes, or all rows' with their ends padded
    shaped = [c + [""] * (width - len(c)) for c in lines] if sep == " " else lines
    columns = _columns_by_shape([c for c in lines if len(c) == width]) or (_columns_by_shape(shaped) if sep == " " else None)
    if columns is None:
        return None
    header_row = lines[0] if _header_like(lines[0], columns) else None
    owner, text = min(c for f in ROLES for c in columns.get(f, [])), columns["text"][0]
    if sep == " ":  # rows under merged first cells, their task and owner cells where the full rows have them
        lines = [_under_merged_first_cells(c, width, owner, text) for c in lines]
        shaped = [c + [""] * (width - len(c)) for c in lines]
    body = lines[1:] if header_row else lines
    good = [c for c in shaped[len(lines) - len(body):] if len(c) == width and _names_cell(c[owner]) and _sentence_cell(c[text])]
    if len(good) < (3 if sep == " " else 2) or 2 * len(good) < len(body):
        return None
    names = {"number": "序号", "text": "工作任务", "responsible": "责任单位", "lead": "牵头单位",
             "cooperating": "配合单位", "deadline": "完成时限"}
    cells = [""] * width
    for field_name, cols in columns.items():
        cells[cols[0]] = names[field_name]
    cells = [c or (header_row[k] if header_row and header_row[k] else _unnamed_column(body, k)) for k, c in enumerate(cells)]
    rows = []
    for k in range(1 if header_row else 0, len(lines)):
        if k in sections:
            rows.append(Row([sections[k]], numbers[at[k] - 1], [sections[k]], section=True))
        rows.append(Row(lines[k], numbers[at[k]], [texts[at[k]].strip()]))
    header = Header(cells, columns)
    return _table(header, _merged_owner_cells(header, _aligned(header, rows)), i, j)


def _unbarred(line: str) -> str:
    """A line with box bars (│ ┃ ║) at its start read as bars, as a box table's rows without its rules."""
    return line.translate(BOX_BARS) if line.strip()[:1] in "│┃║" else line


def _under_merged_first_cells(cells: list[str], width: int, owner: int, text: int) -> list[str]:
    """A row set apart by spaces with fewer cells than the widest rows of a table with no header:
    its first cells blank (merged from the row above: a 重点任务 title and its number over several
    具体措施 rows) when so its task and owner cells sit under their columns; else as it stands."""
    front = [""] * (width - len(cells)) + cells
    return front if len(cells) < width and _names_cell(front[owner]) and _sentence_cell(front[text]) else cells


def _unnamed_column(rows: list[list[str]], k: int) -> str:
    """A name for a column of a table with no header that is no task's, owner's or deadline's, by
    what its filled cells mostly are: people (责任领导: never owners), money figures (投资), else
    a note (备注)."""
    values = [r[k] for r in rows if k < len(r) and r[k]]
    if values and 3 * sum(map(_people_cell, values)) >= 2 * len(values):
        return "责任领导"
    if values and 3 * sum(bool(FIGURE_VALUE.fullmatch(v)) for v in values) >= 2 * len(values):
        return "投资"
    return "备注"


def _category_heading(line: str) -> bool:
    """A category row's one cell: a short heading with no sentence end ('一、教育事业', '（一）民生保障')."""
    line = line.strip()
    return bool(HEADING_L1.match(line) or HEADING_L2.match(line)) and len(line) <= 30 and not re.search(r"[。；;：:]", line)




def _headerless_cell_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """One cell a line with no header (the excerpt starts below it): each row opened by its
    number on a line of its own, in order, category rows ('一、城市建设') between rows, an empty
    cell a blank line inside a row. Every row has as many cells as the first (the last may lack
    its empty last cell), four at least with the number; the columns are told by their cells'
    shapes as rows set apart by tabs are (``_columns_by_shape``), and most rows need a task cell
    and an owner cell, two rows at least. One cell a paragraph is read as one cell a line."""
    if not _opens_numbered_rows(texts, i):
        return None  # no row's number alone at line ``i``: the paragraphs after it are not looked at
    view, at, k = _paragraphs_as_lines(texts, i)
    rows = _numbered_cell_rows(view, k)
    if rows is None:
        return None
    lines, j = [(cells, at[line]) for cells, line in rows[0]], at[rows[1]] if rows[1] < len(view) else len(texts)
    body = [cells for cells, _ in lines if cells is not None]
    width = len(body[0])
    body = [c + [""] * (width - len(c)) for c in body]
    columns = _columns_by_shape(body) if width >= HEADERLESS_MIN_CELLS and len(body) >= 2 else None
    if columns is None or "number" not in columns:
        return None
    owner, text = min(c for f in ROLES for c in columns.get(f, [])), columns["text"][0]
    good = [c for c in body if _names_cell(c[owner]) and _sentence_cell(c[text])]
    if len(good) < 2 or 2 * len(good) < len(body):
        return None
    names = {"number": "序号", "text": "工作任务", "responsible": "责任单位", "lead": "牵头单位",
             "cooperating": "配合单位", "deadline": "完成时限"}
    cells = [f"列{k + 1}" for k in range(width)]
    for field_name, cols in columns.items():
        cells[cols[0]] = names.get(field_name, cells[cols[0]])
    out, k = [], 0
    for row_cells, line in lines:
        if row_cells is None:
            out.append(Row([texts[line].strip()], numbers[line], section=True))
        else:
            out.append(Row(body[k], numbers[line], [c for c in row_cells if c]))
            k += 1
    return _table(Header(cells, columns), out, i, j)


HEADERLESS_MIN_CELLS = 4  # cells of a headerless row one cell a line, its number one of them


def _opens_numbered_rows(texts: list[str], i: int) -> bool:
    """Line ``i`` is a row's number alone ('1'), no tab before it, the line before no such number, and no row numbered
    one less just above it (a row inside a run of rows: a table read from the run's first row, or none, holds it; each
    row of a long run tried as the first read the rest of the run again)."""
    m = BARE_NUMBER.fullmatch(texts[i].strip())
    if m is None or texts[i].startswith("\t") or i and BARE_NUMBER.fullmatch(texts[i - 1].strip() or "-"):
        return False
    previous = str(int(m.group(1)) - 1)
    return not any((n := BARE_NUMBER.fullmatch(texts[k].strip())) and n.group(1) == previous
                   for k in range(max(0, i - ROW_REACH), i))


ROW_REACH = 16  # lines above a row's number looked at for the row before it


def _paragraphs_as_lines(texts: list[str], i: int) -> tuple[list[str], Sequence[int], int]:
    """Lines from ``i`` of a table one cell a paragraph (a blank line after each cell: '1', '',
    '<task>', '') as one cell a line, an empty cell's extra blank lines one blank line, after the
    line before ``i`` (if any); where each line was; and where line ``i`` is among them. The lines
    as they are when line ``i`` opens no such table."""
    nonblank = [bool(t.strip()) for t in texts[i:i + 4]]
    if nonblank != [True, False, True, False]:
        return texts, range(len(texts)), i
    start = max(i - 1, 0)
    view, at = texts[start:i], list(range(start, i))
    j = i
    while j < len(texts):
        if texts[j].strip():
            view.append(texts[j])
            at.append(j)
            j += 1
            continue
        g = next((g for g in range(j, len(texts)) if texts[g].strip()), len(texts))
        view += [""] * ((g - j - 1) // 2 if g < len(texts) else 1)
        at += [j] * ((g - j - 1) // 2 if g < len(texts) else 1)
        j = g
    return view, at, i - start


def _numbered_cell_rows(texts: list[str], i: int) -> tuple[list[tuple[list[str] | None, int]], int] | None:
    """The rows of a table one cell a line from line ``i``, each opened by its number alone on a
    line ('1', '2', …), as (cells, line) with (None, line) for a category row between rows; and
    the line after the last. None unless line ``i`` opens the first row, every row as many cells
    as the first (its last empty cell may be missing), four at least."""
    if not _opens_numbered_rows(texts, i):
        return None  # a tab before each cell: the flattened form .flat_table reads
    m = BARE_NUMBER.fullmatch(texts[i].strip())
    number, rows, width, j = int(m.group(1)), [], None, i
    current: list[str] | None = None  # the last row's cells (a category row between rows is none): kept, not looked up
    while j < len(texts):
        line = texts[j].strip()
        n = BARE_NUMBER.fullmatch(line)
        if n and int(n.group(1)) == number:
            if current is not None and width is not None and len(current) < width - 1:
                return None  # a row short of cells: rows of unequal widths are no such table
            width = width or (len(current) if current else None)
            if width is not None and width < HEADERLESS_MIN_CELLS:
                return None  # rows of fewer than four cells with their number: no such table, known at the second row
                # (read on, each of a long run's rows tried as the first read the rest again)
            current = [line]
            rows.append((current, j))
            number, j = number + 1, j + 1
            continue
        following = texts[j + 1].strip() if j + 1 < len(texts) else ""
        if (HEADING_L1.match(line) or HEADING_L2.match(line)) and BARE_NUMBER.fullmatch(following or "-"):
            rows.append((None, j))  # a category row merged across the table
        elif line and not TABLE_END.match(line) and (width is None or len(current) < width):
            current.append(line)
        elif not line and current is not None and (blank := _merged_lead(texts, j, width or len(current))) and len(current) >= (width or 0):
            current = [""] * blank
            rows.append((current, j))  # a row under merged cells (a 重点任务 and its number), blank in it
            j += blank
            continue
        elif not line and following and width is not None and len(current) < width - 1 and not BARE_NUMBER.fullmatch(following):
            current.append("")  # an empty cell inside a row
        elif not line and _row_or_category_at(texts, j + 1) and (width is None or len(current) == width - 1):
            current.append("")  # the row's empty last cell (the first row's too: its width is the next row's to check)
        elif line and current is not None and len(line) <= 20 and not SPACED_TASK_END.search(line):
            return None  # a row with a cell more than the first (units one a paragraph): rows of unequal widths
        else:
            break
        j += 1
    if any(BARE_NUMBER.fullmatch(t.strip()) and int(t.strip().rstrip(".．、")) == number for t in texts[j:j + 2 * (width or 4)]):
        return None  # the next row's number soon after where the rows stopped: rows of unequal shapes
    cells = [r for r, _ in rows if r is not None]
    if width is None and cells:
        width = len(cells[0])
    while rows and rows[-1][0] is None:
        rows.pop()
    if len(cells) < 2 or any(len(c) != width and not (k == len(cells) - 1 and len(c) == width - 1) for k, c in enumerate(cells)):
        return None
    return rows, j


def _merged_lead(texts: list[str], j: int, width: int) -> int:
    """How many blank lines at ``j`` are the first cells of a row under merged ones: with the
    lines after them, up to a blank line, the next row's number or the end, they make a row of
    ``width`` cells whose first filled cell is a sentence. 0 if not."""
    g = next((g for g in range(j, len(texts)) if texts[g].strip()), len(texts))
    h = next((h for h in range(g, len(texts)) if not texts[h].strip() or BARE_NUMBER.fullmatch(texts[h].strip())), len(texts))
    blank, run = g - j, h - g
    return blank if run and blank + run == width and _sentence_cell(texts[g].strip()) else 0


def _row_or_category_at(texts: list[str], j: int) -> bool:
    """Line ``j`` opens a row (its number alone) or is a category row before one."""
    line = texts[j].strip() if j < len(texts) else ""
    after = texts[j + 1].strip() if j + 1 < len(texts) else ""
    return bool(BARE_NUMBER.fullmatch(line or "-")
                or (HEADING_L1.match(line) or HEADING_L2.match(line)) and BARE_NUMBER.fullmatch(after or "-"))


def _row_separator(line: str) -> str | None:
    stripped = line.strip()
    if stripped.strip("\t ").count("\t") >= 1:
        return "\t"
    if stripped.count("|") >= 1 and len([c for c in _pipe_cells(stripped) if c]) >= 2:
        return "|"
    if len([c for c in SHAPE_SEPARATORS[" "].split(stripped) if c]) >= 2:
        return " "
    return None


def _sentence_cell(value: str) -> bool:
    return (len(value) >= 6 and bool(re.search(r"[\u4e00-\u9fff]{2}", value))  # words, not a figure (13800001111)
            and not _names_cell(value) and not _deadline_cell(value))


def _deadline_cell(value: str) -> bool:
    return (0 < len(value) <= 30 and not BARE_NUMBER.match(value) and not FIGURE_VALUE.fullmatch(value)  # 3200 (万元)
            and parse_deadline(value).problem != DEADLINE_UNPARSED.code)


def _columns_by_shape(rows: list[list[str]]) -> dict[str, list[int]] | None:
    """The fields of rows that all have the same cells, by what most of each column's
    filled cells look like; the task is the column of sentences nearest before the owner's."""
    if len(rows) < 2:
        return None
    width = len(rows[0])

    def mostly(col: int, test) -> bool:
        values = [r[col] for r in rows if r[col]]
        return len(values) >= 2 and 3 * sum(map(test, values)) >= 2 * len(values)

    owners = [c for c in range(width) if mostly(c, _names_cell)]
    texts = [c for c in range(width) if mostly(c, _sentence_cell)]
    if not owners or not texts:
        return None
    owner = owners[0]
    before = [c for c in texts if c < owner]
    columns = {"text": [before[-1] if before else texts[0]], "responsible": [owner]}
    if len(owners) == 2 and not any(owner < c < owners[1] for c in texts):
        # two columns of units, side by side or with figures or people between (牵头单位 | 投资 | 配合单位)
        columns = {"text": columns["text"], "lead": [owner], "cooperating": [owners[1]]}
    taken = set(owners[:2]) | set(columns["text"])
    deadline = next((c for c in range(width) if c not in taken and mostly(c, _deadline_cell)), None)
    if deadline is not None:
        columns["deadline"] = [deadline]
    number = next((c for c in range(width) if c < columns["text"][0] and mostly(c, lambda v: bool(BARE_NUMBER.match(v)))), None)
    if number is not None:
        columns["number"] = [number]
    return columns


def _header_like(cells: list[str], columns: dict[str, list[int]]) -> bool:
    """A first row of short words, none a unit nor a sentence: a header no column word names."""
    deadline, text = columns.get("deadline", [None])[0], columns["text"][0]
    return (all(len(c) <= 10 for c in cells) and (text >= len(cells) or not _sentence_cell(cells[text]))
            and (deadline is None or deadline >= len(cells) or not _deadline_cell(cells[deadline])))


def _owner_column_by_cells(header: Header, rows: list[Row]) -> Header:
    """A table whose owner column has a header no known word names ("任务清单 | 责任清单 |
    时限清单"): the column no field took whose cells, in the rows that have every cell,
    are mostly lists of units ("党政办 应消站") is its 责任单位."""
    if any(header.columns.get(f) for f in ROLES):
        return header
    taken = {c for cols in header.columns.values() for c in cols}
    full = [row.cells for row in rows if len(row.cells) == header.width and not row.section]
    for col in (c for c in range(header.width) if c not in taken):
        values = [cells[col] for cells in full if cells[col].strip()]
        if values and 2 * sum(map(_names_cell, values)) > len(values):
            cells = [*header.cells[:col], "责任单位", *header.cells[col + 1:]]
            return Header(cells, header.columns | {"responsible": [col]})
    return header


def _names_cell(value: str) -> bool:
    """A cell that lists units, separated by 、/，/spaces, most of its pieces a unit's name
    and none a task's words ("农村办 规划建设办 国土所 村(社区)")."""
    pieces = [p for p in re.split(r"[、，,；;\s]+", value.strip()) if p]
    if not pieces or len(value) > 80 or any(has_task_word(p) or len(p) > 20 for p in pieces):
        return False
    return 2 * sum(is_unit_name(p) for p in pieces) > len(pieces)


def _merged_owner_cells(header: Header, rows: list[Row]) -> list[Row]:
    """A row a cell short under a vertically merged owner cell (web w37: '| 2 | 项目 | 计划 |
    已完成。… | |'): the cell in the owner column names no unit (a sentence, figures) and
    the columns after it are empty, so it is the next column's; the owner cell is the one
    above (merged)."""
    owner = min((c for f in ROLES for c in header.columns.get(f, [])), default=None)
    if owner is None or owner + 1 >= header.width:
        return rows
    out: list[Row] = []
    for row in rows:
        cells = row.cells
        above = next((r for r in reversed(out) if not r.section), None)
        if (not row.section and above is not None and (above.cells[owner] or owner in above.merged) and cells[owner]
                and not any(cells[owner + 1:]) and not_names(cells[owner])):
            row = Row(cells[:owner] + ["", cells[owner]] + cells[owner + 1:-1], row.line, row.source,
                      merged=(owner,))
        out.append(row)
    return out


def _short_label(word: str) -> bool:
    return 2 <= len(word) <= 8 and not re.search(r"[\d，,。；;、：:（）()]", word) and not is_unit_name(word)


def _after_labels(texts: list[str], j: int) -> str:
    """The first cell after line ``j`` that is not one more short label (at most three more):
    资金来源 / 联系人 / 完成时限 — the column word after both."""
    following = _next_cell(texts, j)
    k = j
    for _ in range(3):
        if canonical_header(following) or BARE_NUMBER.fullmatch(following.strip("|").strip()) or not _short_label(following):
            break
        k = next((m for m in range(k + 1, min(len(texts), k + 3)) if texts[m].strip()), k + 1)
        following = _next_cell(texts, k)
    return following


def _last_label_column(words: list[str], word: str, following: str) -> bool:
    """A short label after a task table's column words, right before its first row's number (the
    header's last cell) or before another column word (a cell between them): a column no task
    needs (资金来源, 联系人, 考核方式), not the first row."""
    following = following.strip("|").strip()
    return (len(words) >= 3 and header_columns(words) is not None
            and (bool(BARE_NUMBER.fullmatch(following)) or bool(canonical_header(following)))
            and _short_label(word))


def _cell_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """One cell a line: "cell |" lines (a line of k bars: k empty cells), cells
    between "|" lines, or bare cells."""
    words, j, spaced = [], i, False
    wrapped = _wrapped_cell_header(texts, i)
    after_title = next((k for k in range(i + 1, min(len(texts), i + 3)) if texts[k].strip()), None)
    if wrapped is not None:
        words, j, spaced = wrapped[:3]
    elif after_title is not None and _wrapped_cell_header(texts, after_title) is not None:
        return None  # a title before the header: the table starts on the next line
    while wrapped is None and j < len(texts) and len(words) < 12:
        line = texts[j].strip()
        if line.strip("|") == "" and line:
            j += 1
            continue
        after = texts[j + 1].strip() if j + 1 < len(texts) else ""
        if not line and words and (canonical_header(after) or len(words) >= 2 and REPORT_COLUMN.fullmatch(after)
                                   or unnamed_task_column(words, after, _next_cell(texts, j + 1))
                                   or _figure_column(words, after, _next_cell(texts, j + 1))):
            spaced, j = True, j + 1  # one cell a paragraph: a blank line between cells
            continue
        word = line.strip("|").strip() if line.endswith("|") else line  # "| 序号 |": a row's first cell opens with a bar
        if word and unnamed_task_column(words, word, _next_cell(texts, j).rstrip("|").strip()):
            words.append("具体内容")  # 序号 / 2022年预期目标 / 责任单位: the column between is the task's
            j += 1
            continue
        if (spaced or line.endswith("|")) and len(words) >= 2 and REPORT_COLUMN.fullmatch(word):  # 序号/内容与要求/进展情况/责任单位
            words.append(word)  # 进展情况, 完成情况, 备注: a column no task needs, read as 其他信息
            j += 1
            continue
        if words and HEADER_ALTERNATIVE.fullmatch(word):
            words[-1] += word  # 责任股室 / (单位): the cell's second line
            j += 1
            continue
        if _figure_column(words, word, _next_cell(texts, j).rstrip("|").strip()):
            words.append(word)  # 序号/工作任务/牵头单位/投资（万元）/配合单位: a column no task needs, between column words
            j += 1
            continue
        if line.endswith("|") and _bar_column(words, word, _next_cell(texts, j).strip("|").strip()):
            words.append(word)  # 责任单位 |/考核指标 |/监督方式 |/实施部门 |: set apart by its bar, a column no task needs
            j += 1
            continue
        if word and not canonical_header(word) and _last_label_column(words, word, _after_labels(texts, j)):
            words.append(word)  # 序号/工作任务/责任单位/资金来源 then "1": a column the office added, carried as 其他信息
            j += 1
            continue
        if not word or not canonical_header(word) or word.startswith("\t"):
            break
        words.append(word)
        j += 1
    words = _spanned_header(words)
    columns = header_columns(words) if len(words) >= 3 else None
    if columns is None and len(words) >= 3:
        words = _text_from_category(words)
        columns = header_columns(words)
    if columns is None or texts[i].startswith("\t"):
        return None
    between = _between_bar_lines(texts, numbers, i, j, words, columns)
    if between is not None:
        return between
    if j - i > 2 and _alternates_with_bars([t.strip() for t in texts[i + 1:j]]) and texts[i + 1].strip() != "|":
        return None  # a title over a header of cells between bar lines: the table starts on the next line
    closing = sum(t.strip().endswith("|") and t.strip() != "|" for t in texts[i:j]) >= len(words) - 1
    barred = _alternates_with_bars([t.strip() for t in texts[i:j]])  # every cell closed by a line of one bar
    cells: list[tuple[str, int]] = []
    k = j
    while k < len(texts):
        line = texts[k].strip()
        if not line and spaced and not (k + 1 < len(texts) and not texts[k + 1].strip()):
            k += 1
            continue
        if not line and spaced:  # one cell a paragraph: an empty cell is more blank lines before the next row
            g = next((g for g in range(k, min(len(texts), k + 5)) if texts[g].strip()), k)
            if g > k + 1 and (_next_row_after_blank(cells, texts, g - 1) or _row_under_merged_after_blank(cells, texts, g)):
                k = g
                continue
        if not line and _next_row_after_blank(cells, texts, k):
            cells.append(("", numbers[k]))  # an empty cell at a row's end (备注) copied as a blank line
            k += 1
            continue
        empty = _empty_cells(cells, texts, k, len(words), spaced) if not line and "number" in columns else 0
        if empty:  # empty cells inside a row, or the merged first cells of a row under a 重点任务
            cells += [("", numbers[k])] * empty
            k = next(g for g in range(k, len(texts)) if texts[g].strip())
            continue
        if not line or TABLE_END.match(line):
            break
        if line.strip("|") == "":
            cells += [("", numbers[k])] * (line.count("|") if closing else 0)
        elif barred and cells and k > j and texts[k - 1].strip() != "|":
            cells[-1] = (f"{cells[-1][0]}\n{line}", cells[-1][1])  # a cell's next line before its bar: 市医保局⏎市公安局⏎|
        else:
            cells.append((line.strip("|").strip() if closing and line.endswith("|") else line, numbers[k]))
        k += 1
    cells = _labelled_owners_joined(cells)
    if spaced and not any(_names_cell(v) for v, _ in cells):
        return None  # no owner cell before the reading stopped: the rows are read as text (``label_owner_lines``)
    if spaced and "number" not in columns and _owned_sub_target(cells):
        return None  # '——' sub-targets as rows with units of their own: read as text (``outline._first_sub_target_row``)
    header = Header(words, columns)
    first = int(wrapped[3]) if wrapped is not None else _first_row_number(cells)
    cells = _numbers_unglued(header, cells, first)
    stream = _rows_from_stream(header, cells, first)
    if spaced and any(not v for v, _ in cells) and stream and all(len(r.cells) == header.width for r in stream):
        return _table(header, stream, i, k)  # every row's cells there, the empty ones as blank paragraphs: as they stand
    rows = _rows_around_owner(header, cells, first) if spaced else []
    if rows:
        return _table(header, rows, i, k)
    rows = stream
    if rows and not closing and any(len(r.cells) < header.width for r in rows[:-1]):
        around = _rows_around_owner(header, cells, first)  # bare cells, merged ones only in their first row
        if around:
            return _table(header, around, i, k)
    if rows:
        return _table(header, _merged_owner_cells(header, _aligned(header, rows)), i, k)
    if header.col("number") is not None:
        return None
    header = _by_shape(header)
    rows = _rows_by_owner(header, cells)
    return _table(header, rows, i, k) if rows else None


def _labelled_owners_joined(cells: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Lines of one cell that label each unit's role ('牵头单位:市文物局' then '相关单位:市水务局', one a paragraph under a
    header "牵头单位、相关单位", unseen w2601): the second is the same cell's, not the next row's first."""
    out: list[tuple[str, int]] = []
    for value, number in cells:
        if out and opens_with_owner_label(value) and opens_with_owner_label(out[-1][0]):
            out[-1] = (f"{out[-1][0]}\n{value}", out[-1][1])
            continue
        out.append((value, number))
    return out


def _between_bar_lines(texts: list[str], numbers: list[int], i: int, j: int, words: list[str],
                       columns: dict[str, list[int]]) -> FlatTable | None:
    """A table whose every cell, header's too, is closed by a line of one bar, the cell's text on
    the lines before it, bare (unseen w540, a 责任分解表: '工作目标任务⏎|⏎完成时间⏎|⏎牵头部门⏎|⏎配合部门⏎|⏎|', then
    '制定…。⏎|⏎年内⏎|⏎地震局⏎财政局⏎|⏎建设局⏎|⏎|'): a cell may hold several lines (two units, one a line), two bars
    in a row are an empty cell, and each row has as many cells as the header has bars (a last empty
    column, a bar of its own, is no column). None when the header is not of this form, or the rows
    have numbers or category rows (web w29, blind w450: rows of different widths, read by their anchors)."""
    lines = [t.strip() for t in texts[i:j]]
    if "" in lines or len(words) < 3 or "number" in columns or not _alternates_with_bars(lines):
        return None
    width = lines.count("|")
    if width < len(words):
        return None
    rows: list[Row] = []
    cells: list[str] = []
    cell: list[str] = []
    start, k, read_to = j, j, j
    while k < len(texts):
        line = texts[k].strip()
        if not line or TABLE_END.match(line) or len(cell) > MAX_CELL_LINES:
            break
        k += 1
        if line != "|":
            if BARE_NUMBER.fullmatch(line) or _category_heading(line):
                return None  # rows numbered or under category rows, cells merged: read by their anchors
            cell.append(line)
            continue
        cells.append("\n".join(cell))
        cell = []
        if len(cells) == width:
            if any(cells[len(words):]):
                return None  # text in a column the header has no word for: not this form
            rows.append(Row(cells[:len(words)], numbers[start], [t.strip() for t in texts[start:k]]))
            cells, start, read_to = [], k, k
    if cell or cells:  # a last row cut off by the end of the text
        cells.append("\n".join(cell))
        if not any(t.strip() for t in texts[k:]) and sum(bool(c) for c in cells) >= 2:
            rows.append(Row(cells[:len(words)], numbers[start], [t.strip() for t in texts[start:k]]))
            read_to = k
    if len(rows) < 2:
        return None
    header = Header(words, columns)
    return _table(header, rows, i, read_to)


MAX_CELL_LINES = 6  # lines of one cell between bar lines; more is the plan's text after the table


def _alternates_with_bars(lines: list[str]) -> bool:
    """Each header word on a line of its own followed by a line of one bar ('工作目标任务⏎|⏎完成时间⏎|…'),
    more bar lines after the last allowed."""
    words = [k for k, t in enumerate(lines) if t != "|"]
    return (len(words) >= 3 and words[0] == 0 and all(lines[k + 1] == "|" for k in words if k + 1 < len(lines))
            and words[-1] + 1 < len(lines) and not any(t.strip("|") == "" and t != "|" for t in lines))


def _owned_sub_target(cells: list[tuple[str, int]]) -> bool:
    """A '——' sub-target paragraph right before a cell of units: a 目标责任分解书 row of its own under
    its goal, which the columns of a grid (one goal, its cells) cannot hold."""
    return any(SUB_TARGET.match(value) and _names_cell(after) for (value, _), (after, _) in zip(cells, cells[1:]))


def _bar_column(words: list[str], word: str, after: str) -> bool:
    """``word`` a short label closed by a bar (监督方式, 实施步骤) between column words: after two,
    before one; a column no task needs."""
    return (len(words) >= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", word)) and not canonical_header(word)
            and bool(canonical_header(after)))


def _figure_column(words: list[str], word: str, after: str) -> bool:
    """``word`` a header cell of figures (投资（万元）) between column words: after two, before one."""
    return len(words) >= 2 and bool(MONEY_COLUMN.fullmatch(word)) and bool(canonical_header(after))


def _next_row_after_blank(cells: list[tuple[str, int]], texts: list[str], k: int) -> bool:
    """Blank line ``k`` of a table one cell a line stands between two rows: the line after it
    opens the row numbered one more than the last row's number (bare, "7", or glued to the
    task, "7推进…"), and the last row's number is among the last few cells."""
    start = _last_row_start(cells)
    if start is None or start < len(cells) - 8 and _before_rows_under_merged([v for v, _ in cells[start:] if v]) > 8:
        return False
    last = int(ROW_NUMBER_CELL.match(cells[start][0]).group(1))
    after = texts[k + 1].strip() if k + 1 < len(texts) else ""
    return bool(re.match(rf"{last + 1}(?!\d)(?:$|\s*[.．、]?\s*[\u4e00-\u9fff])", after))


def _before_rows_under_merged(values: list[str]) -> int:
    """How many of a row's cells come before the (sentence, units) pairs that end it: the rows
    under its merged first cells (``_row_under_merged_after_blank``)."""
    k = len(values)
    while k >= 2 and _sentence_cell(values[k - 2]) and _names_cell(values[k - 1]):
        k -= 2
    return k


def _row_under_merged_after_blank(cells: list[tuple[str, int]], texts: list[str], g: int) -> bool:
    """In a table one cell a paragraph, the paragraphs from ``g`` (after an empty cell's blank
    lines) are a row of its own under merged first cells, its number and the duty over it
    printed in the first row only (a 责任清单's 序号 | 主要职责 | 具体工作事项 | 负责部门): a task's
    sentence, a blank line, a list of units; and a numbered row came before."""
    if _last_row_start(cells) is None or g + 2 >= len(texts):
        return False
    first, gap, names = texts[g].strip(), texts[g + 1].strip(), texts[g + 2].strip()
    return (not gap and _sentence_cell(first) and not ROW_NUMBER_CELL.match(first) and not TABLE_END.match(first)
            and _names_cell(names))


def _first_row_number(cells: list[tuple[str, int]]) -> int:
    """The number the rows under a header one cell a line start from: the first cell's, past
    category rows ('三、产业项目'), when it is a bare number and the next row's number follows
    among the cells (4, then 5: the header printed again over the rows after a page break);
    else 1."""
    value = next((v for v, _ in cells[:3] if not (HEADING_L1.match(v) or HEADING_L2.match(v))), "")
    m = BARE_NUMBER.match(value)
    if m is None or not any((n := BARE_NUMBER.match(v)) and int(n.group(1)) == int(m.group(1)) + 1 for v, _ in cells):
        return 1
    return int(m.group(1))


def _last_row_start(cells: list[tuple[str, int]]) -> int | None:
    """Where the last row of a table one cell a line starts: its number, bare ("7") or glued to
    the task ("7推进…"), the one after the row before's; a figure among the cells ("80" under
    资金) is no row's number."""
    start, last = None, None
    for k, (value, _) in enumerate(cells):
        m = ROW_NUMBER_CELL.match(value)
        if m and (last is None or int(m.group(1)) == last + 1):
            start, last = k, int(m.group(1))
    return start


def _numbers_unglued(header: Header, cells: list[tuple[str, int]], first: int = 1) -> list[tuple[str, int]]:
    """A table one cell a line under a header with 序号 right before the task column whose rows
    glue their number to the task ("1完成…", no line "1"): each such cell, the number one after
    the last (``first`` for the first), is split into the number and the task, and a blank cell
    starting a row under a merged number and task stands for both. Not where the first row's
    number stands on a line of its own, nor a task starting with a figure ("12个村…") out of
    that sequence."""
    number, text = header.col("number"), header.col("text")
    if number is None or text != number + 1 or any((m := BARE_NUMBER.match(v)) and int(m.group(1)) == first for v, _ in cells):
        return cells  # the first row's number on a line of its own (a figure such as 80 under 资金 is no row's)
    out, last, held = [], first - 1, 0
    for value, line in cells:
        m = GLUED_START.match(value)
        if m is not None and int(m.group(1)) == last + 1:
            out += [(m.group(1), line), (value[m.end():], line)]
            last, held = last + 1, 2
        elif last >= first and held >= header.width and not value:
            out += [("", line), ("", line)]  # a row under a merged number and task glued as one: both blank
            held = 2
        else:
            out.append((value, line))
            held += 1
    return out if last >= first + 1 else cells


ROW_NUMBER_CELL = re.compile(r"(\d{1,3})(?!\d)(?:$|\s*[.．、]?\s*[\u4e00-\u9fff])")


def _empty_cells(cells: list[tuple[str, int]], texts: list[str], k: int, width: int, spaced: bool) -> int:
    """How many empty cells the blank lines at ``k`` of a table one cell a line (one cell a
    paragraph: ``spaced``, a blank line after each cell) stand for, 0 where the table ends. A
    row holds as many cells as the header has words: blank lines inside a row (an empty 投资
    cell) are its empty cells when the cells after them fill the row up to its end (the next
    row's number, a blank line or the table's end); after a full row they are the first cells
    of a row under merged ones (a 重点任务 and its number printed in their first row only,
    blank in the next) when they and the cells after them make one row."""
    g = next((g for g in range(k, len(texts)) if texts[g].strip()), len(texts))
    empty = (g - k - 1) // 2 if spaced else g - k
    start = _last_row_start(cells)
    if not empty or start is None or g >= len(texts) or TABLE_END.match(texts[g].strip()):
        return 0
    run, h = 0, g
    while h < len(texts) and run <= width and texts[h].strip() and not TABLE_END.match(texts[h].strip()):
        if run and ROW_NUMBER_CELL.match(texts[h].strip()):
            break
        run, h = run + 1, h + 1
        if spaced and h + 1 < len(texts) and not texts[h].strip() and texts[h + 1].strip():
            h += 1  # the blank line after a cell
    glued = not BARE_NUMBER.match(cells[start][0])  # "1完成…": two cells in one, and one blank for both under it
    held = 1 + glued
    for value, _ in cells[start + 1:]:
        held = (glued and not value) + 1 if held >= width else held + 1  # a full row: the next cell starts a row
    held %= width
    after = next((a for a in range(h, len(texts)) if texts[a].strip()), None)
    if after is not None and after > h and ROW_NUMBER_CELL.match(texts[after].strip()):
        run += (after - h - 1) // 2 if spaced else after - h  # the row's last cells empty too, before the next row
    return empty if run and held + empty + run + (glued and not held) == width else 0


def _next_cell(texts: list[str], j: int) -> str:
    """The next non-blank line after line ``j`` (a cell a paragraph: blank lines between)."""
    return next((t.strip() for t in texts[j + 1:j + 3] if t.strip()), "")


def _text_from_category(words: list[str]) -> list[str]:
    """A header with no text column (考核类别 / 序号 / 考核指标 / 单位 / 目标值 / 责任部门): the
    last category column after the number is what each row asks for, the task's text."""
    canon = [canonical_header(w) for w in words]
    number = next((k for k, c in enumerate(canon) if c == "序号"), -1)
    cats = [k for k, c in enumerate(canon) if c == "类别" and k > number]
    return [("具体内容" if k == cats[-1] else w) for k, w in enumerate(words)] if cats else words


def _by_shape(header: Header) -> Header:
    """Without numbers the task is the cell before the owner cell (one a row); the
    text-like columns before it (项目名称 beside 项目内容) are its categories."""
    owner = min((c for f in ROLES for c in header.columns.get(f, [])), default=0)
    texts = sorted(c for f in ("text", "category") for c in header.columns.get(f, []))
    if owner - 1 not in texts:
        return header
    columns = {f: cols for f, cols in header.columns.items() if f not in ("text", "category")}
    columns["text"] = [owner - 1]
    if [c for c in texts if c != owner - 1]:
        columns["category"] = [c for c in texts if c != owner - 1]
    return Header(header.cells, columns)


def _space_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    m = re.search(r"(?:^|\s)(序\s*号?)\s+(\S.*)$", texts[i])
    if m is not None:
        texts, numbers, origin = _categories_apart(texts, numbers, i)
    else:
        origin = range(len(texts))  # each line its own (no copy: the reader is tried at every line)
    words = m.group(2) if m else texts[i] if re.fullmatch(r"\s*(?:\S+\s+){2,}\S+\s*", texts[i]) else ""
    wrapped = _wrapped_space_header(texts[i], texts[i + 1]) if m and i + 1 < len(texts) else None
    words = wrapped or words
    if not words or (m is None and not all(canonical_header(t) for t in _joined_tokens(words.split()))):
        return None  # "序号 …" at the end of a line, or a line of column words only (its rows numbered)
    tokens = _joined_tokens(words.split())
    # 进展情况, 备注 after the column words: a column no task needs (read as 其他信息), not the body
    first = next((k for k, t in enumerate(tokens) if not canonical_header(t)
                  and not (k >= 2 and (REPORT_COLUMN.fullmatch(t) or MONEY_COLUMN.fullmatch(t)))), len(tokens)) if m else len(tokens)
    if first >= 3 and first < len(tokens):  # "序号 主要任务 … 责任单位 一 强化县域…": the body goes on in the line
        tokens, after = tokens[:first], " ".join(tokens[first:])
    else:
        after = ""
    header_cells = ["序号"] + tokens
    j = i + 2 if wrapped else i + 1
    header_cells, j = _spaced_second_header(header_cells, texts, j)
    columns = header_columns(header_cells)
    if columns is None:
        return None
    header = Header(header_cells, columns)
    rows: list[Row] = [Row([after], numbers[i], [after], section=True)] if after else []
    while j < len(texts):
        line = texts[j].strip()
        j += 1
        if not line:
            continue
        if HEADING_L1.match(line) or HEADING_L2.match(line):
            if not ROW_START.match(_next_cell(texts, j - 1)):
                j -= 1  # '二、组织实施' with no row under it: the plan's next part, not a category of the table (the
                break  # twenty-first session's probe: the part's text went to the item before the table)
            rows.append(Row([line], numbers[j - 1], [line], section=True))
            continue
        start = ROW_START.match(line) or _glued_start(header, rows, line) or _bracketed_start(header, rows, line)
        last = rows[-1] if rows and not rows[-1].section else None
        if start is None and last is not None and (not any(last.cells[c] for c in header.tail)
                                                   or LIST_GOES_ON.search(last.source[0])):
            joined = f"{last.source[0]} {line}"  # the row's text, or a list cut after its 、, wrapped onto this line
            rows[-1] = _space_row(header, joined, ROW_START.match(joined), last.line)
            continue
        joined, after = _cells_wrapped_under(header, texts, j - 1, numbered=False) if start is None else (line, j)
        under_merged = _row_under_merged_cells(header, joined) if start is None and last is not None else None
        if under_merged is not None:
            rows.append(Row(under_merged, numbers[j - 1], [joined]))
            j = after
            continue
        if start is None and not _unnumbered_row(header, line):
            j -= 1
            break
        at = numbers[j - 1]
        wrapped = _wrapped_row(header, texts, j - 1) if start is not None else None
        if wrapped is not None:
            line, j = wrapped  # cells wrapped onto indented lines under their columns, joined
            start = ROW_START.match(line)
        if start is not None and start.group(1).isdigit():
            for piece in _run_together_rows(header, line, int(start.group(1)))[:-1]:
                rows += _rows_under_one_number(header, piece, ROW_START.match(piece), at)
                line = line[len(piece):].strip()
            start = ROW_START.match(line) or start
        rows += _rows_under_one_number(header, line, start, at)
    return _table(header, rows, i, origin[j - 1] + 1) if any(not r.section for r in rows) else None


DATED = re.compile(r"(?<=\s)20\d\d\s*年\s*\d{1,2}\s*月\S*(?=\s)")


def _rows_under_one_number(header: Header, line: str, start: re.Match[str] | None, number: int) -> list[Row]:
    """A numbered row run together with the rows under its merged number and title ('1 丰富文旅产品
    供给 打造… 市文化广电旅游局 市委党史研究室 2024年6月 推出夜间… 市商务局 … 2024年9月', a 重点任务
    over several 具体措施 rows): cut after each dated deadline, when the deadline is the row's last
    column and every part after it is a row of its own (a task's sentence, an owner, its own date).
    The numbered row first; one row when it cannot be so cut."""
    whole = [_space_row(header, line, start, number)]
    if header.col("deadline") is None or not header.tail or header.tail[-1] != header.col("deadline"):
        return whole
    cuts = [m.end() for m in DATED.finditer(line)]
    parts = [line[a:b].strip() for a, b in zip([0] + cuts, cuts + [len(line)])]
    if parts and not parts[-1]:
        parts.pop()
    if len(parts) < 2:
        return whole
    owners = [c for f in ROLES for c in header.columns.get(f, [])]
    under = [_space_row(header, part, None, number) for part in parts[1:]]
    task = _by_shape(header).col("text")
    if task is None or not all(any(r.cells[c] for c in owners) and _sentence_cell(r.cells[task]) and r.cells[header.tail[-1]]
                               for r in under):
        return whole
    return [_space_row(header, parts[0], ROW_START.match(parts[0]), number), *under]


# A category row run into the rows after it ('… 2024年10月底前 二、社会事业 3 建成…'): its heading
# between spaces, followed by a row's number.
RUN_IN_CATEGORY = re.compile(r"(?:^|(?<=\s))((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                             r"[\u4e00-\u9fff]{2,15})\s+(?=\d{1,3}\s+\S)")


def _categories_apart(texts: list[str], numbers: list[int], i: int) -> tuple[list[str], list[int], list[int]]:
    """The lines after a header with each category heading run into rows ('一、城市基础设施 1 完成…
    2 推进… 二、社会事业 3 建成…', rows run together on one line) set on a line of its own, and
    the rows after it on the next: the lines, their numbers, and each one's line in ``texts``."""
    out, nums, origin = list(texts[:i + 1]), list(numbers[:i + 1]), list(range(i + 1))
    for k in range(i + 1, len(texts)):
        pos = 0
        for m in RUN_IN_CATEGORY.finditer(texts[k]):
            for piece in (texts[k][pos:m.start(1)], m.group(1)):
                if piece.strip():
                    out.append(piece.strip())
                    nums.append(numbers[k])
                    origin.append(k)
            pos = m.end()
        out.append(texts[k][pos:] if pos else texts[k])
        nums.append(numbers[k])
        origin.append(k)
    return out, nums, origin


def _row_of_its_own(header: Header, line: str) -> bool:
    """An indented line that is a row under merged cells, not the rest of cells that wrapped: its
    cells read as such a row, or three or more of them with a year's date among them (the rest
    of a wrapped cell is a fragment: '育夜游项目   管理局')."""
    pieces = [c for c in re.split(r" {2,}|\t|\u3000{2,}", line.strip()) if c]
    return (_row_under_merged_cells(header, line) is not None
            or len(pieces) >= 3 and any(re.match(r"20\d\d\s*年", p) for p in pieces))


def _row_under_merged_cells(header: Header, line: str) -> list[str] | None:
    """A row set apart by runs of spaces whose first cells were merged down from the row above
    and print blank (a 重点任务 title and its number over two or three 具体措施 rows, a category
    column): fewer cells than the columns after the number, placed by their shapes
    (``_short_row_by_shape``) with every column before the task's left blank and an owner cell
    filled. Its cells, or None."""
    header = _by_shape(header)  # the task: the text column right before the owners (具体措施 after 重点任务)
    number = header.col("number")
    values = [c.strip() for c in re.split(r" {2,}|\t|\u3000{2,}", line.strip()) if c.strip()]
    cols = [c for c in range(header.width) if c != number]
    text = header.col("text")
    if number is None or text is None or not 2 <= len(values) < len(cols):
        return None
    cells = _short_row_by_shape(header, cols, values)
    owners = [c for f in ROLES for c in header.columns.get(f, [])]
    if (cells is None or any(cells[c] for c in range(text) if c != number) or not any(cells[c] for c in owners)
            or not _sentence_cell(cells[text])
            or not all(cells[c] for c in header.columns.get("deadline", []))):
        return None  # a wrapped cell's rest under the task and an owner column ('育夜游项目   管理局') has no deadline
    return cells


def _spaced_second_header(cells: list[str], texts: list[str], j: int) -> tuple[list[str], int]:
    """A header on two rows set apart by runs of spaces or single ones ('序号   工作任务   责任主体   资金（万元）'
    over '        牵头单位   责任单位'; its cells wrapped, '牵头   责任' / '单位   单位'): the line
    at ``j`` (with the next, cell by cell, when the cells wrapped) holds column words only, two
    or more, owner columns' among them, and the upper row has one owner column (责任主体,
    责任单位) that spans them: they take its place. The header's cells and the line the rows
    start at."""
    spanning = [k for k, c in enumerate(cells) if _zone_field(c) in ROLES]
    if len(spanning) != 1 or j >= len(texts):
        return cells, j
    lower = SHAPE_SEPARATORS[" "].split(texts[j].strip())
    if len(lower) == 1:
        lower = texts[j].split()  # '牵头单位 配合单位': single spaces between the column words
    second = SHAPE_SEPARATORS[" "].split(texts[j + 1].strip()) if j + 1 < len(texts) else []
    for words, used in (([a + b for a, b in zip(lower, second)], 2), (lower, 1)):
        if (len(words) >= 2 and (used == 1 or len(second) == len(lower)) and all(canonical_header(w) for w in words)
                and any(canonical_header(w) in OWNER_WORDS for w in words)):
            k = spanning[0]
            return cells[:k] + words + cells[k + 1:], j + used
    return cells, j


def _wrapped_row(header: Header, texts: list[str], j: int) -> tuple[str, int] | None:
    """A row whose cells runs of spaces set apart with indented lines under it that hold the rest
    of cells that wrapped ("1  规范共享单车停放秩序，划  市城市管理局、市公安局交  2024年6月" /
    "   定停放区域不少于300处    警支队"): each piece of such a line goes to the cell of the row's
    first line it stands nearest under. The row as one line, its cells set apart by runs of
    spaces, and the line after it; None unless there is such a line and the row so joined
    reads as a delimited row (its owner and deadline cells fitting)."""
    first = texts[j].rstrip()
    start = ROW_START.match(first.strip())
    indent = len(first) - len(first.lstrip())
    if start is None or header.col("number") is None:
        return None
    line, k = _cells_wrapped_under(header, texts, j, numbered=True)
    if k == j + 1 or indent:
        return None
    start = ROW_START.match(line)
    return (line, k) if start is not None and _delimited_cells(header, line[start.end():]) is not None else None


def _cells_wrapped_under(header: Header, texts: list[str], j: int, numbered: bool) -> tuple[str, int]:
    """Line ``j`` with the pieces of the indented lines under it (the rest of cells that wrapped)
    each joined to the cell it stands nearest under (not the row's number: ``numbered``), up to
    a line that is a row of its own (numbered, a heading, or a row under merged cells): the row
    as one line, its cells set apart by runs of spaces, and the line after it."""
    pieces = [[m.start(), m.group()] for m in CELL_PIECE.finditer(texts[j].rstrip())]
    k = j + 1
    while (k < len(texts) and texts[k].strip() and texts[k][:1].isspace() and not ROW_START.match(texts[k].strip())
           and not HEADING_L1.match(texts[k].strip()) and not HEADING_L2.match(texts[k].strip())
           and not _row_of_its_own(header, texts[k])):
        for m in CELL_PIECE.finditer(texts[k].rstrip()):
            min(pieces[1:] if numbered and len(pieces) > 1 else pieces, key=lambda p: abs(p[0] - m.start()))[1] += m.group()
        k += 1
    return "   ".join(p for _, p in pieces), k


CELL_PIECE = re.compile(r"[^\s\u3000]+(?:[ \u3000][^\s\u3000]+)*")  # a cell: words with single spaces between


GLUED_START = re.compile(r"^(\d{1,3})(?=[\u4e00-\u9fff“（(])")


def _glued_start(header: Header, rows: list[Row], line: str) -> re.Match[str] | None:
    """A row whose number is glued to its task ("3开展餐饮油烟专项整治   市生态环境局   2024年9月"):
    the number that follows the last row's (1 for the first), its cells set apart by runs of
    spaces as a delimited row's are. Not a task that starts with a figure ("12个村完成改造")
    out of that sequence."""
    m = GLUED_START.match(line)
    if m is None or header.col("number") is None:
        return None
    numbered = [r for r in rows if not r.section and r.cells[header.anchor()].isdigit()]
    expected = int(numbered[-1].cells[header.anchor()]) + 1 if numbered else 1
    if int(m.group(1)) != expected or _delimited_cells(header, line[m.end():]) is None:
        return None
    return m


BRACKETED_START = re.compile(r"^[（(](\d{1,3})[）)]\s*(?=\S)")


def _bracketed_start(header: Header, rows: list[Row], line: str) -> re.Match[str] | None:
    """A row whose number is in brackets ("（2） 整治背街小巷私搭乱建行为 区住建局 2024年6月底前",
    "(2)整治…"): the number after the last row's, that row's number in brackets too (1 for the
    first row). Not the sub-items in brackets of a row numbered '1 ' ('（1）清理…;' '（2）整治…'
    under it), which are its text."""
    m = BRACKETED_START.match(line)
    if m is None or header.col("number") is None:
        return None
    numbered = [r for r in rows if not r.section and r.cells[header.anchor()].isdigit()]
    if numbered and not BRACKETED_START.match(numbered[-1].source[0]):
        return None
    expected = int(numbered[-1].cells[header.anchor()]) + 1 if numbered else 1
    return m if int(m.group(1)) == expected else None


def _joined_tokens(tokens: list[str]) -> list[str]:
    """"工 作 任 务" (a header spaced out) -> 工作任务."""
    out: list[str] = []
    for token in tokens:
        if len(token) == 1 and out and len(out[-1]) < 6 and not canonical_header(out[-1]):
            out[-1] += token
        elif len(token) == 1 and out and out[-1] and all(len(t) == 1 for t in out[-1]):
            out[-1] += token
        else:
            out.append(token)
    return [t for t in out if t]


def _unnumbered_row(header: Header, line: str) -> bool:
    """A row without its 序号 ("开展燃气安全整治   县住建局   县应急局   2025年6月底前"): cells
    set apart by runs of spaces or tabs, as many as the header's columns after 序号, the
    last of them fitting its column (an owner list, a deadline); or, single spaces between
    its cells, a sentence and after it cells that fit, an owner's among them
    ("完成市下达的年度目标任务。 各科室")."""
    cells = [c for c in re.split(r"\s{2,}|\t", line) if c.strip()]
    if len(cells) == header.width - 1 >= 2 and _fits(header, header.width - 1, cells[-1]):
        return True
    after = _cells_after_sentence(header, line)
    return after is not None and any(after[c] for f in ROLES for c in header.columns.get(f, []))


SENTENCE_END = re.compile(r"[。；;！!？?]$")
LIST_GOES_ON = re.compile(r"[、，,]$")


# A date a PDF's text layer spaced out ('2024 年 5 月底前', '2025 年底前'): no space is a cell's end.
SPACED_DATE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日])")
SPACED_MONTH = re.compile(r"(?<=\d年)[ \u3000]+(?=\d{1,2}月)")


def _spaced_words(body: str, separators: str = "、，,") -> list[str]:
    """The words of a row that single spaces (or full-width ones) set apart, a word that ends in
    a list's separator joined to the next: '各区教育局、 市局直属单位' is one cell; a date spaced
    out ('2024 年 5 月底前') one word."""
    words: list[str] = []
    for word in SPACED_MONTH.sub("", SPACED_DATE.sub("", body)).split():
        if words and words[-1][-1] in separators:
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def _cells_after_sentence(header: Header, body: str) -> list[str] | None:
    """A row whose cells single spaces set apart ("健全…，工作运转正常。 基教科 各区教育局、
    市局直属单位"), under a header whose task column comes right after the number: the task's
    cell runs to the sentence end before the first word that fits an owner, leader or deadline
    column (an owner cell may end with 。 itself), each word after it is a cell (a list of units
    with a space after its 顿号 one word; units set apart by spaces joined into the owner cells
    where that is no guess, ``_owner_cells``), placed as a delimited row's cells
    are (``_delimited_cells``: in order when they fill the columns, else by their shapes; every
    owner, leader and deadline cell fitting, a word after them the 备注's), an owner's cell and
    the last owner or deadline column's filled. None when the row does not so read (a row that
    goes on onto the next line, a task of several sentences and no cell, rows run together)."""
    number = header.col("number")
    if number is None or not header.tail or list(range(number + 1, header.tail[0])) != header.columns.get("text"):
        return None  # 序号 类别 主要任务 细化措施 …: the words before the sentence are cells too
    words = _spaced_words(body)
    ends = {k + 1 for k, w in enumerate(words[:-1]) if SENTENCE_END.search(w)}
    if not ends:
        return None
    end = next((k for k in range(min(ends), len(words)) if any(_fits(header, c, words[k]) for c in header.tail)), None)
    if end not in ends:
        return None
    after = words[end:] if len(words) - end <= header.width - 2 else _owner_cells(header, words[end:])
    cells = _delimited_cells(header, "   ".join([" ".join(words[:end])] + after)) if after else None
    owners = [c for f in ROLES for c in header.columns.get(f, [])]
    return cells if cells is not None and any(cells[c] for c in owners) and cells[header.tail[-1]] else None


def _owner_cells(header: Header, words: list[str]) -> list[str] | None:
    """The words after a row's task, more than the columns after it, where every column after
    the task is an owner's, a leader's or the deadline's: the units set apart by spaces (or by
    the line breaks of a cell that wrapped) joined into the owner cells. With one owner column
    they are its cell ("区城管局 区市场监管局 2024年5月底前"); with several, each cell is written
    one way, so units set apart by spaces are one cell's and a list written with 、 is a cell of
    its own ("区科技局 区商务局 区药投公司 区发改委、区经信局 2023年12月底": the three, then the
    list), taken when that gives one way only to cut them. None where another column could hold
    a word (a 备注: "市城市管理局 各区政府" is an owner and a remark), where the cut is a guess
    ("市人社局 市发改委 市财政局" under two owner columns), or where a joined word is no unit."""
    roles = {c for f in ROLES for c in header.columns.get(f, [])}
    columns = list(range(header.col("text") + 1, header.width))
    owners = [k for k, c in enumerate(columns) if c in roles]
    if not owners or columns != header.tail or len(words) <= len(columns) or owners != list(range(owners[0], owners[-1] + 1)):
        return None
    first, last = owners[0], owners[-1] + len(words) - len(columns)
    span = words[first:last + 1]
    if not all(_fits(header, columns[first], w) for w in span):
        return None
    if len(owners) == 1:
        return words[:first] + [" ".join(span)] + words[last + 1:]
    cuts = [cut for cut in combinations(range(1, len(span)), len(owners) - 1)
            if all(b - a == 1 or not any(LIST_SEPARATOR.search(w) for w in span[a:b])
                   for a, b in zip((0,) + cut, cut + (len(span),)))]
    if len(cuts) != 1:
        return None
    bounds = list(zip((0,) + cuts[0], cuts[0] + (len(span),)))
    return words[:first] + [" ".join(span[a:b]) for a, b in bounds] + words[last + 1:]


LIST_SEPARATOR = re.compile(r"[、，,；;]")


def _space_row(header: Header, line: str, start: re.Match[str] | None, number: int) -> Row:
    """"1 任务 文字 市水利局 市发改委等 各县…": owner and deadline cells from the end."""
    body = line[start.end() if start else 0:]
    delimited = _delimited_cells(header, body)
    if delimited is None:
        delimited = _cells_after_sentence(header, body)
    if delimited is not None:
        if start:
            delimited[header.anchor()] = start.group(1)
        return Row(delimited, number, [line])
    tokens = _spaced_words(body, "、")  # '区住建局、 各街道办事处': one cell
    cells = [""] * header.width
    cells[header.anchor()] = start.group(1) if start else ""
    first = _owner_before_text(header)
    if first is not None and len(tokens) >= 2 and _fits(header, first, tokens[0]):
        cells[first] = tokens.pop(0)  # '1 市公安局 负责…': the unit's column before its duties (unseen w707)
    remark = _remark_column(header)
    if (remark is not None and len(tokens) >= 3 and len(tokens[-1]) <= 10 and _fits(header, header.tail[-1], tokens[-2])
            and (not _fits(header, header.tail[-1], tokens[-1])
                 or bool(re.match(r"20\d\d", tokens[-2])) > bool(re.match(r"20\d\d", tokens[-1])))):
        cells[remark] = tokens.pop()  # "… 市城管局 2024年7月 续建项目" ("… 2024年4月 每季度一次"): a remark after the row's last owner or deadline
    money, read = [c for c in range(header.width) if MONEY_COLUMN.fullmatch(header.cells[c])], header.width
    for col in reversed(header.tail):
        figure = next((c for c in money if col < c < read), None)
        if figure is not None and len(tokens) >= 2 and FIGURE_VALUE.fullmatch(tokens[-1]):
            cells[figure] = tokens.pop()  # "… 县水务局 3200 县自然资源局 …": the 投资 column's figure, between owners
        text, _, glued = tokens[-1].rpartition("。") if tokens else ("", "", "")
        if text and glued and not _fits(header, col, tokens[-1]) and _fits(header, col, glued):
            tokens[-1:] = [text + "。", glued]  # "…措施。市住建局": the space before the cell was lost
        if len(tokens) < 2 or not (_fits(header, col, tokens[-1]) or col in header.columns.get("leader", [])
                                   and _people_cell(tokens[-1])) or _wrapped_name(tokens[-2], tokens[-1]):
            break
        cells[col], read = tokens.pop(), col
    owner = min((c for f in ROLES for c in header.columns.get(f, [])), default=None)
    if owner is not None and header.tail and header.tail[-1] == owner and not cells[owner]:
        found = _owner_sentence(" ".join(tokens))
        if found is not None:
            rest = " ".join(tokens)
            tokens, cells[owner] = (rest[:found[0]] + rest[found[1]:].lstrip("。；;")).split(), found[2]
    texts = [c for f in ("text", "category") for c in header.columns.get(f, []) if not cells[c]]
    texts = sorted(c for c in texts if c > header.anchor()) or sorted(texts)
    if texts and tokens:
        cells[texts[-1]] = tokens.pop()
        if len(texts) > 1 and tokens:
            cells[texts[-2]] = " ".join(tokens)
            tokens = []
    if tokens and texts:
        cells[texts[-1]] = " ".join(tokens + [cells[texts[-1]]])
    return Row(cells, number, [line])


def _remark_column(header: Header) -> int | None:
    """The one column after every owner, leader and deadline column that no task's text is in
    (备注, 进展情况), or None."""
    texts = {c for f in ("text", "category", "number") for c in header.columns.get(f, [])}
    after = [c for c in range(max(header.tail, default=header.width) + 1, header.width) if c not in texts]
    return after[0] if len(after) == 1 else None


def _run_together_rows(header: Header, line: str, number: int) -> list[str]:
    """A line that holds several rows one after the other ("1 任务 市住建局 2024年8月 续建 2 任务
    …"): cut before each next number (the one after the last row's, set apart by spaces) where
    what comes before it reads as a whole row, its owner cells filled. The rows' lines."""
    owners = [c for f in ROLES for c in header.columns.get(f, [])]
    pieces, pos = [], 0
    for m in re.finditer(r"\s(\d{1,3})\s+(?=[^\s\d])", line):
        if int(m.group(1)) != number + 1 or not owners:
            continue
        before = line[pos:m.start()].strip()
        row = _space_row(header, before, ROW_START.match(before), 0)
        if any(row.cells[c] for c in owners):
            pieces.append(before)
            pos, number = m.start() + 1, number + 1
    return pieces + [line[pos:].strip()]


def _delimited_cells(header: Header, body: str) -> list[str] | None:
    """A row whose cells runs of spaces (or tabs) set apart, one for each column but the
    number's, the last ones missing only where they are columns no owner or deadline is in (an
    empty 备注 or 进展情况 at the row's end): its cells as they stand, placed in order, when every
    owner, leader and deadline cell fits its column and the task's cell names no unit. Else
    None (single spaces inside and between cells: the row is read from its end)."""
    number = header.col("number")
    if number is None or not re.search(r"\S(?: {2,}|\t|\u3000{2,})\S", body):
        return None
    values = [c.strip() for c in re.split(r" {2,}|\t|\u3000{2,}", body.strip()) if c.strip()]
    cols = [c for c in range(header.width) if c != number]
    tail = [c for c in header.tail if c != number]
    if not tail or len(values) > len(cols):
        return None
    cells = [""] * header.width
    for col, value in zip(cols, values):
        cells[col] = value
    if len(values) > cols.index(max(tail)) and _row_fits(header, cells):
        return cells
    return _short_row_by_shape(header, cols, values) if len(values) < len(cols) else None


def _row_fits(header: Header, cells: list[str]) -> bool:
    """The task's cell filled and naming no unit, every owner, leader and deadline cell fitting
    its column (a leader's cell may hold people by post)."""
    texts = [c for c in header.columns.get("text", []) if cells[c]]
    if not texts or any(_fits(header, c, cells[c]) for c in texts):
        return False
    return all(_fits(header, c, cells[c]) or c in header.columns.get("leader", []) and _people_cell(cells[c])
               for c in header.tail if cells[c] and c != header.col("number"))


# A money cell: 3200, 1.5亿元, 80万元, or a dash for none (—, -, /).
FIGURE_VALUE = re.compile(r"[—－\-–/／]+|约?\d+(?:\.\d+)?(?:[万亿]?元)?")


def _short_row_by_shape(header: Header, cols: list[int], values: list[str]) -> list[str] | None:
    """A row set apart by runs of spaces that is short of the columns its last owner or deadline
    cell needs (an empty 投资 or 责任领导 cell inside it left one run of spaces where two stood):
    its cells in order under the columns where each fits its shape (the task a sentence, units
    under an owner column, people under the leader's, a date under the deadline's, a figure
    under a money column such as 投资（万元）), the one placement that fills the most owner,
    leader and deadline columns; None when none fits or two fit as well."""
    money = [c for c in cols if MONEY_COLUMN.fullmatch(header.cells[c])]
    best, most, tied = None, -1, False
    for chosen in combinations(cols, len(values)):
        cells = [""] * header.width
        for col, value in zip(chosen, values):
            cells[col] = value
        if not _row_fits(header, cells) or any(cells[c] and not FIGURE_VALUE.fullmatch(cells[c]) for c in money):
            continue
        filled = sum(bool(cells[c]) for c in header.tail)
        best, most, tied = (cells, filled, False) if filled > most else (best, most, tied or filled == most)
    return None if tied else best


# A report column's period before its word: 2023年10-12月份进展情况, 2024年1-3月份进度安排, 2023年重点工作任务.
PERIOD = re.compile(r"^20\d{2,3}\s*年度?(?:\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|[上下]半年|第?[一二三四1-4]季度)?")
ZONE_FIELDS = ("leader",) + ROLES


def _report_space_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """"序号 2023年重点工作任务 牵头  领导 牵头     责任单位 … 工作评价 …进展情况 备注" then
    "81 <task>。 汪  峰   吴蓓蓓 县卫健委 各乡镇 县直有关单位 达到时序进度 <progress> …": a
    progress table run together with spaces whose owner columns come before report columns
    (evaluation, progress, next steps), so that its owner cells cannot be taken from the end
    of a row as ``_space_table`` takes them. A header cell that wrapped is joined where a run
    of spaces stands inside it and single spaces between the cells; a row's task is its text
    up to the people and units that follow it, those fill the leader and owner columns in
    order, and what comes after them (the report columns) is left out. A row goes on over
    the next lines while its owners do ("…各乡镇" / "县开发区" / "县直有关单位 达到…")."""
    m = re.match(r"^\s*序\s*号\s+(\S.*)$", texts[i])
    header = _owner_zone_header(["序号"] + _wrapped_header_cells(m.group(1))) if m else None
    if header is None:
        return None
    rows: list[Row] = []
    j = i + 1
    while (j := next((k for k in range(j, len(texts)) if texts[k].strip()), j)) < len(texts) and (
            start := ROW_START.match(texts[j].strip())) is not None:  # blank lines between rows skipped
        source, k = [texts[j].strip()], j + 1
        while (k < len(texts) and texts[k].strip() and not ROW_START.match(texts[k].strip())
               and _zone(header, "\n".join(source)[start.end():])[1]):
            source.append(texts[k].strip())
            k += 1
        rows.append(_report_row(header, start.group(1), "\n".join(source)[start.end():], numbers[j], source))
        j = k
    return _table(header, rows, i, j) if any(any(r.cells[2:]) for r in rows) else None


def _wrapped_header_cells(words: str) -> list[str]:
    """Header cells set apart by single spaces, a cell's own line break a run of spaces:
    "牵头  领导 牵头         责任单位" -> 牵头领导, 牵头责任单位 (only when both kinds of gap occur)."""
    parts = re.split(r"([ \u3000]+)", words.strip())
    tokens, gaps = parts[0::2], parts[1::2]
    mixed = any(len(g) == 1 for g in gaps) and any(len(g) >= 2 for g in gaps)
    out = tokens[:1]
    for gap, token in zip(gaps, tokens[1:]):
        if mixed and len(gap) >= 2 and _zone_field(out[-1] + token):
            out[-1] += token
        else:
            out.append(token)
    return out


def _zone_field(cell: str) -> str:
    """The leader or owner field a header cell names (牵头领导, 主体责任单位, 配合责任单位), or ""."""
    columns = header_columns(["序号", "工作任务", cell])
    return next((f for f in ZONE_FIELDS if columns and 2 in columns.get(f, [])), "")


def _owner_zone_header(cells: list[str]) -> Header | None:
    """序号, the task's column, then a run of leader and owner columns, then report columns
    (工作评价, 进展情况, 2024年1-3月份进度安排; no deadline): the header up to the owners."""
    if len(cells) < 3:
        return None
    word = PERIOD.sub("", cells[1])  # the column between 序号 and the owners is the task's (重点工作任务, 民生实事项目)
    task = "具体内容" if re.fullmatch(r"[\u4e00-\u9fff]{2,14}", word) and not _zone_field(word) else ""
    zone = []
    for cell in cells[2:]:
        field = _zone_field(cell)
        if not field:
            break
        zone.append((canonical_header(cell), field))
    after = cells[2 + len(zone):]
    if not task or not any(f in ROLES for _, f in zone) or not any(_report_column(c) for c in after) or any(
            not PERIOD.match(c) and header_columns(["序号", "工作任务", c]) and "deadline" in header_columns(["序号", "工作任务", c])
            for c in after):
        return None
    columns: dict[str, list[int]] = {"number": [0], "text": [1]}
    for k, (_, f) in enumerate(zone, start=2):
        columns.setdefault(f, []).append(k)
    return Header(["序号", task] + [w for w, _ in zone], columns)


def _report_column(cell: str) -> bool:
    """A column a progress report fills: 工作评价, 进展情况, 2024年1-3月份进度安排, 下步打算."""
    return bool(PERIOD.match(cell) or re.search(r"情况|进展|进度|评价|成效|安排|打算", cell))


def _zone(header: Header, body: str) -> tuple[str, bool, list[tuple[str, str]]]:
    """A row's body cut at its owners: the text before them, whether they run to the end of
    what was read (the row may go on on the next line), and the people and units with the
    gap before each ("\n" where a line broke)."""
    parts = re.split(r"(\s+)", body.strip())
    tokens: list[tuple[str, str]] = []
    for gap, token in zip([""] + parts[1::2], parts[0::2]):
        if tokens and len(token) == 1 and len(tokens[-1][1]) == 1 and "\n" not in gap:
            tokens[-1] = (tokens[-1][0], tokens[-1][1] + token)  # "汪  峰": a name spaced out
        else:
            tokens.append((gap, token))
    leader = bool(header.columns.get("leader"))
    for s in range(1, len(tokens) + 1):
        found, units = [], False
        for gap, token in tokens[s:]:
            if _units_token(token):
                units = True
            elif not (leader and not units and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", token) and person_name(token[:3])):
                break
            found.append((gap, token))
        if units:
            return " ".join(t for _, t in tokens[:s]), s + len(found) == len(tokens), found
    return body.strip(), True, []


def _units_token(token: str) -> bool:
    pieces = [p for p in re.split(r"[、，,]", token) if p]
    return bool(pieces) and all(is_unit_name(strip_role_words(p) or p) and not person_name(p) for p in pieces)


def _report_row(header: Header, number: str, body: str, line: int, source: list[str]) -> Row:
    """A row: its number, its task, its leaders and its units in the owner columns in order.
    More units than columns: the names either side of a line break share a cell (a cell that
    wrapped), else the last column takes the rest."""
    text, _, found = _zone(header, body)
    cells = [""] * header.width
    cells[0], cells[1] = number, text
    leaders = [t for g, t in found if not _units_token(t)]
    units = [[g, t] for g, t in found if _units_token(t)]
    owner_cols = sorted(c for f in ROLES for c in header.columns.get(f, []))
    while len(units) > len(owner_cols) >= 1:
        k = next((k for k in range(1, len(units)) if "\n" in units[k][0]), len(units) - 1)
        units[k - 1:k + 1] = [[units[k - 1][0], f"{units[k - 1][1]}、{units[k][1]}"]]
    for col, (_, unit) in zip(owner_cols, units):
        cells[col] = unit
    if leaders and header.columns.get("leader"):
        cells[header.columns["leader"][0]] = "、".join(leaders)
    return Row(cells, line, source)


ITEM_START = re.compile(r"[①-⑳]|[（(]?\d|[（(][一二三四五六七八九十]")


def _owner_sentence(text: str) -> tuple[int, int, str] | None:
    """A row whose owner cell is its last column, flattened into a line with the cells'
    line breaks turned into spaces: the last sentence that names units only, once the
    spaces inside names are out ("市卫健委、发改 委、农业农 村局" -> 市卫健委、发改委、
    农业农村局): its span and the list."""
    for m in reversed(list(re.finditer(r"[^。；;]+", text))):
        units = unwrapped_names(m.group().strip())
        pieces = split_cell(units)
        if (pieces and not ITEM_START.match(units) and not cut(units)[1]
                and all(is_unit_name(p) and strip_role_words(p) == p for p in pieces)  # no 其他单位按职责分工负责
                and any(is_department(p) or is_group(p) for p in pieces)):  # a measure ②建成…平台 is no list
            return m.start(), m.end(), units
    return None


def unwrapped_names(text: str) -> str:
    """A list of names with the spaces a wrapped cell left inside them taken out: a space
    stays (as 、) only between two pieces that are each a unit's name ("县发改局 县财政局")."""
    out: list[str] = []
    for token in text.split():
        if out and not (_whole_name(re.split(r"[、，,；;]", out[-1])[-1]) and _whole_name(re.split(r"[、，,；;]", token)[0])):
            out[-1] += token
        else:
            out.append(token)
    return "、".join(out)


def _whole_name(piece: str) -> bool:
    """A name that stands alone (县财政局, 各乡镇), not the piece a line break left (发改, 委, 村局)."""
    return is_department(piece) or len(piece) >= 3 and is_unit_name(piece)


LEVEL_STARTS = "省市县区镇乡各"


def _wrapped_name(before: str, token: str) -> bool:
    """"…市卫健委、发改" + "委、财政局": the token starts with the end of a name the space cut."""
    tail, head = re.split(r"[、，,；;。]", before)[-1], re.split(r"[、，,；;]", token)[0]
    if head[:1] in LEVEL_STARTS and _whole_name(head):
        return False  # "整治校园周边 县公安局": a whole name with its level starts a cell, it goes on no name
    return (bool(re.fullmatch(r"[\u4e00-\u9fff（()）]{1,6}", tail)) and bool(head)
            and not (_whole_name(tail) and _whole_name(head)) and is_unit_name(tail + head))


def _owner_before_text(header: Header) -> int | None:
    """The one owner column of a duty table that stands between the number and the text ('序号 涉及部门 职责分工'),
    the text the last column: it is filled from the row's start, not its end."""
    owners = [c for f in ROLES for c in header.columns.get(f, [])]
    text, number = header.col("text"), header.col("number")
    if len(owners) != 1 or text is None or text != header.width - 1 or not (number is None or number < owners[0]):
        return None
    return owners[0]  # (before the text, the last column)


def _fits(header: Header, col: int, value: str) -> bool:
    if col in header.columns.get("deadline", []):
        return bool(DEADLINE_START.match(value))
    if col in header.columns.get("leader", []):
        return bool(re.fullmatch(r"[\u4e00-\u9fff某]{2,4}", re.sub(r"(?<=\S)[ \u3000]+(?=\S)", "", value)))  # 周 斐
    return bool(value) and not ITEM_START.match(value) and not cut(value)[1] and all(is_unit_name(strip_role_words(p) or p)
                                                     for p in re.split(r"[、，,\s]", value) if p)


def _people_cell(value: str) -> bool:
    """A 责任领导 / 分管领导 cell: every piece a leader by post, a person's name of three
    characters or a unit's head by post and name ('副县长王明', '县委常委、常务副县长李华',
    '副县长、县公安局局长孙磊', '欧阳明'), none a unit: people, never owners. A bare
    two-character name reads as a place too (江北) and is no such cell alone."""
    pieces = [p for p in re.split(r"[、，,；;\s]+", value.strip()) if p]
    return bool(pieces) and all(is_person_or_post(p, False) or POST_NAMED_RE.search(p) and not is_unit_name(p)
                                for p in pieces)


def _run_on_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """"1、…序重点任务具体举措责任单位1开展…。市农业农村局、各乡镇(街道)2全面推行…"; a table
    continued from an earlier page starts at its next number ("序号工作任务责任单位21树立…")."""
    m = re.search(r"(序号?)((?:[\u4e00-\u9fff]{2,6}?){2,5})(?=(\d{1,3})[\u4e00-\u9fff“])", texts[i])
    if m is None:
        return None
    words = _header_words(m.group(2))
    columns = header_columns(["序号", *words]) if words else None
    if columns is None or not any(columns.get(f) for f in ROLES):
        return None
    header = Header(["序号", *words], columns)
    body, j = texts[i][m.end():], i + 1
    repeated = m.group(1) + m.group(2)
    page = re.match(r"^(\d{1,2})、", texts[i].strip())
    number = int(page.group(1)) if page else 0
    while number and j < len(texts):
        nxt = re.match(rf"^{number + 1}、", texts[j].strip())
        if nxt is None and texts[j].strip():
            break
        if nxt is not None:
            body += texts[j].strip()[nxt.end():]
            number += 1
        j += 1
    rows = _run_on_rows(header, body.replace(repeated, "\n"), numbers[i], int(m.group(3)))  # the header again on a later page
    return _table(header, rows, i, j) if rows else None


# A task cell of a table run into spaced text ends its last sentence ('….' as machine punctuation
# writes it); a deadline cell wrapped goes on with a short phrase ('7月底前制定 扬尘治理方案').
SPACED_TASK_END = re.compile(r"[.。．;；!！]$")
SPACED_NAME_START = re.compile(r"^(?:[省市县区镇乡村]|各|中共|共青团)")


def _spaced_owner_after_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """'… 工作任务和内容 责任单位 配合单位 完成时间 负责…曝光. 县委宣传部 持续开展 负责….
    县委县政府 督查室 持续开展 在…行驶. 县公安局 …': a table flattened into running text, cells
    split by single spaces, no row numbers, each row '<task> <units> <deadline>': the task cell
    ends its sentence, the units after it (a name whose cell wrapped goes on in the next piece
    unless that one starts as a name does: 县…, 各…), then the deadline (持续开展, 7月底前…, its
    wrapped rest a short phrase). A piece after the deadline that is long is a task cut before
    its owner (no owner). Needs two rows with units."""
    pieces = texts[i].split()
    found = next(((k, h) for k in range(len(pieces)) if (h := _spaced_header(pieces[k:])) is not None), None)
    if found is None:
        return None
    start, (n, columns) = found
    lower = texts[i + 1].split() if start + n == len(pieces) and i + 1 < len(texts) else []
    wider = _spaced_header(pieces[start:] + lower) if lower and all(canonical_header(w) for w in lower) else None
    two_rows = wider is not None and wider[0] == n + len(lower)
    if two_rows:  # a header's second row on the next line
        pieces, (n, columns) = pieces + lower, wider
    cells = _spanned_header(pieces[start:start + n])  # 责任主体 over 牵头单位 责任单位, the lower row after the upper
    header = Header(cells, header_columns(cells) or columns)
    text, owners, deadline = header.col("text"), sorted(c for f in ROLES for c in header.columns.get(f, [])), header.col("deadline")
    if text is None or not owners:
        return None
    shaped = _by_shape(header)  # 重点任务 具体措施 …: the measure right before the owners is the task, the title before it
    text = shaped.col("text")
    title_col = max((c for c in shaped.columns.get("category", []) if c < text), default=None)
    tokens = [(t, numbers[i]) for t in pieces[start + n:]]
    j = i + 2 if two_rows else i + 1
    while j < len(texts) and not TABLE_END.match(texts[j]) and not (
            HEADING_L1.match(texts[j].strip()) and not (len(texts[j].split()) > 2 and _category_heading(texts[j].split()[0]))):
        tokens += [(t, numbers[j]) for t in texts[j].split()]  # a heading ends the table, not a category run into rows
        j += 1
    rows: list[Row] = []
    task: tuple[str, int] | None = None
    tail: list[str] = []
    title = task_title = ""
    for k, (tok, line) in enumerate(tokens + [("", 0)]):
        between = task is None or _spaced_past_deadline(tail)
        boundary = not tok or SPACED_TASK_END.search(tok) and len(tok) >= 8 or (task is not None and between and len(tok) > 12)
        heading = not boundary and between and _category_heading(tok)  # a category row run in ('二、社会事业')
        titled = not boundary and not heading and between and _spaced_title(title_col, tok, tokens[k + 1][0] if k + 1 < len(tokens) else "")
        if not (boundary or heading or titled):
            if task is None:
                return None  # text before the first task cell's end: not this layout
            tail.append(tok)
            continue
        if task is not None:
            row = _spaced_row(header, task[0], tail, text, owners, deadline)
            if row is None:
                return None
            if task_title and title_col is not None:
                row[title_col] = task_title  # a 重点任务 title merged over its measures: printed in its first row
            rows.append(Row(row, task[1], [" ".join([task[0], *tail])]))
        task, tail, task_title = None, [], ""
        if heading:
            rows.append(Row([tok], line, [tok], section=True))
        elif titled:
            title = tok
        elif tok:
            task, task_title, title = (tok, line), title, ""
    if sum(any(r.cells[c] for c in owners) for r in rows if not r.section) < 2:
        return None
    return _table(header, rows, i, j)


def _spaced_title(title_col: int | None, token: str, after: str) -> bool:
    """A short 重点任务 title before a row's task, where the table has a title column before the
    task's: no sentence end, no date, and the next piece ends the task's sentence."""
    return (title_col is not None and len(token) <= 15 and not SPACED_TASK_END.search(token)
            and not DEADLINE_START.match(token) and bool(SPACED_TASK_END.search(after)) and len(after) >= 8)


def _spaced_header(pieces: list[str]) -> tuple[int, dict[str, list[int]]] | None:
    """The longest run of column words at the start of ``pieces`` that is a task table's header,
    with short labels after it that the header still reads with (进展情况, 备注)."""
    n = 0
    while n < len(pieces) and (canonical_header(pieces[n]) or n >= 2 and MONEY_COLUMN.fullmatch(pieces[n])):
        n += 1  # 投资（万元） between the column words: a column no task needs
    columns = header_columns(pieces[:n]) if n >= 3 else None
    while columns is not None and n < len(pieces) and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", pieces[n]):
        wider = header_columns(pieces[:n + 1])
        if wider is None:
            break
        n, columns = n + 1, wider
    return (n, columns) if columns is not None else None


def _spaced_names(cell: str) -> bool:
    return all(is_unit_name(part) for part in re.split(r"[、，,]", cell) if part)


def _spaced_past_deadline(tail: list[str]) -> bool:
    return any(DEADLINE_START.match(t) for t in tail)


def _spaced_row(header: Header, task: str, tail: list[str], text: int, owners: list[int],
                deadline: int | None) -> list[str] | None:
    """A row's cells from its task and the pieces after it; None if they are no units and deadline."""
    names: list[str] = []
    at, people, figure = 0, "", ""
    while at < len(tail) and not DEADLINE_START.match(tail[at]):
        piece, after = tail[at], tail[at + 1] if at + 1 < len(tail) else ""
        person = _people_cell(piece) or header.col("leader") is not None and not names and person_name(piece)  # 王明
        if person or FIGURE_VALUE.fullmatch(piece):  # the leader's people, the 投资 column's figure
            people, figure = (piece, figure) if person else (people, piece)
        elif names and (names[-1].endswith(("、", "，", ",")) or not SPACED_NAME_START.match(piece)
                      and _spaced_names(names[-1] + piece)):
            names[-1] += piece  # the cell wrapped: '县委县政府 督查室'
        elif _spaced_names(piece):
            names.append(piece)
        elif after and not DEADLINE_START.match(after) and _spaced_names(piece + after):
            names.append(piece + after)  # wrapped before a piece that is no name alone: '县交通 运输局'
            at += 1
        else:
            break  # the deadline cell ('全年'), not a name
        at += 1
    if len("".join(tail[at:])) > 24:
        return None
    cells = [""] * header.width
    cells[text] = task
    for k, name in enumerate(names):
        c = owners[min(k, len(owners) - 1)]
        cells[c] = "、".join(x for x in (cells[c], name) if x)
    if people and header.col("leader") is not None:
        cells[header.col("leader")] = people
    if deadline is not None:
        cells[deadline] = "".join(tail[at:])
    return cells


def _header_words(run: str) -> list[str]:
    """"重点任务具体举措责任单位" -> 重点任务, 具体举措, 责任单位; "项目名称主要内容区政府分管领导
    牵头单位" -> 项目名称, 主要内容, 区政府分管领导, 牵头单位: the run cut into the most column
    words (a known word, or one that ends in a column's word: …名称, …领导, …单位)."""
    best: dict[int, list[str]] = {0: []}
    for pos in range(len(run)):
        if pos not in best:
            continue
        for k in range(pos + 2, min(len(run), pos + 8) + 1):
            word = run[pos:k]
            if _column_word(word) and (k not in best or len(best[pos]) + 1 > len(best[k])):
                best[k] = best[pos] + [word]
    return best.get(len(run), [])


def _column_word(word: str) -> bool:
    if task_synonyms().lookup(word):
        return True
    return len(word) >= 3 and bool(canonical_header(word)) and bool(canonical_header(word[-2:]))


def _run_on_rows(header: Header, body: str, line: int, first: int = 1) -> list[Row]:
    """Rows of a table run into one text: a row starts at its number (``first``, then the one
    after the last, where the text before it ends with owner cells, or right after a repeated
    header)."""
    rows, number, pos = [], first, 0
    starts = []
    while True:
        m = re.compile(rf"{number}(?=[\u4e00-\u9fff“])").search(body, pos)
        if m is None:
            break
        if number > first and not (body[:m.start()].endswith("\n") or _ends_with_units(header, body[starts[-1]:m.start()])):
            pos = m.end()
            continue
        starts.append(m.start())
        pos, number = m.end(), number + 1
    starts.append(len(body))
    owner = next(c for f in ROLES for c in header.columns.get(f, []))
    text_col = header.anchor() if header.anchor() != header.col("number") else header.col("text") or 1
    leader, partners = header.col("leader"), header.col("cooperating")
    for k in range(len(starts) - 1):
        chunk = body[starts[k]:starts[k + 1]].strip()
        n = str(k + first)
        parts, _ = _run_on_parts(header, chunk[len(n):])
        for p, (text, person, units) in enumerate(parts, start=1):
            cells = [""] * header.width
            cells[header.col("number") or 0] = n if len(parts) == 1 else f"{n}-{p}"
            cells[text_col] = text
            if partners is not None and partners != owner and len(units) > 1 and not units[0].endswith("、"):
                cells[owner], cells[partners] = units[0], "、".join(units[1:])  # the cells' boundary is lost: the first leads
            else:
                cells[owner] = "、".join(units)
            if leader is not None:
                cells[leader] = person
            rows.append(Row(cells, line, [chunk]))
    return rows


MAX_OWNER_CELL = 2000  # characters of a run-on row's owner cells at most (a cell of some 200 units)


def _ends_with_units(header: Header, chunk: str) -> bool:
    # No owner run crosses a 。 (_units_at_start and ROLED_PART stop there), so only the
    # text from the last 。 on decides; reading just that keeps _run_on_rows linear when
    # it tries a row number's every later occurrence against a growing chunk.
    chunk = chunk[max(chunk.rfind("。"), 0):]
    if len(chunk) - max(chunk.rfind(c) for c in "。；;") > MAX_OWNER_CELL:
        return False  # no owner cell is that long: a row's text, which a later number may not cut
    parts, trailing = _run_on_parts(header, chunk)
    return bool(parts and parts[-1][2]) and not trailing


def _run_on_parts(header: Header, chunk: str) -> tuple[list[tuple[str, str, list[str]]], bool]:
    """A run-on row's text -> its parts (text, the leader's name, the units): the owner
    cells follow a sentence's end ("任务文字。市农业农村局、各乡镇(街道)"; with a leader
    column "…。何海平教育局经开区…", the cells' separators lost). With a leader column a
    row may hold several parts, each with its own cells; text after the last cells with
    none of its own is a part whose cells were merged with the part above. Returns the
    parts, and whether such text ends the row."""
    leader = header.col("leader") is not None
    parts: list[tuple[str, str, list[str]]] = []
    start = 0
    for m in re.finditer(r"[。；;]", chunk):
        if m.end() < start:
            continue
        run = _owner_run(chunk[m.end():], leader)
        if run is None or (not leader and m.end() + run[0] < len(chunk)):
            continue
        length, person, units = run
        parts.append((chunk[start:m.end()], person, units))
        start = m.end() + length
    rest = chunk[start:].strip()
    if not parts:
        return [(chunk, "", [])], bool(rest)
    if rest:
        parts.append((rest, parts[-1][1], parts[-1][2]))
    return parts, bool(rest)


def _owner_run(text: str, leader: bool) -> tuple[int, str, list[str]] | None:
    """The owner cells at the start of ``text``: (their length, the leader's name, the
    units), or None. A leader's name (two or three characters) comes first when the
    table has the column; of the two readings the one whose first unit the lexicon
    knows (张菁|民政局, not 张菁民|政局)."""
    best: tuple[int, str, list[str]] | None = None
    for k in ((3, 2) if leader else (0,)):
        person = text[:k]
        if k and not person_name(person):
            continue
        length, units = _units_at_start(text[k:])
        roled = _roled_cell(text[k:])
        if roled is not None and roled[0] > length:
            length, units = roled[0], [roled[1]]  # the cell keeps its role words, read as any owner cell's
        if units and (best is None or is_department(units[0]) and not is_department(best[2][0])):
            best = (k + length, person, units)
    return best


# One role of an owner cell that holds several ("A、B牵头;C配合;各州(市)党委和政府落实").
ROLED_PART = re.compile(r"([^;；,，。:：]{2,80}?)(牵头|配合|参与|协助|协办|协同|负责|承办|主办|落实)(?=[;；,，]|$)")


def _roled_cell(text: str) -> tuple[int, str] | None:
    """An owner cell at the start of ``text`` whose units are grouped by role, each group
    ending in its role verb, the groups separated by ；/;/，: its length and its text, or
    None. Every piece of every group must look like a unit."""
    pos = 0
    while pos < len(text):
        m = ROLED_PART.match(text, pos + (pos > 0))
        if m is None or (pos and text[pos] not in ";；,，"):
            break
        if not all(is_unit_name(p) for p in split_cell(m.group(1))):
            break
        pos = m.end()
    return (pos, text[:pos]) if pos else None


def _units_at_start(text: str) -> tuple[int, list[str]]:
    """Unit names at the start of ``text``, with or without 、 between them: the length
    they take, and the names."""
    units: list[str] = []
    pos = 0
    while pos < len(text):
        part = re.match(r"[^、，,；;。]*", text[pos:]).group()
        whole = cell_names(part) if part else None
        open_end = re.search(r"等(?:部门|单位)?$", part)  # "市文广旅局等部门": 等 leaves the list open
        if whole is None and open_end and open_end.start():
            whole = cell_names(part[:open_end.start()])
        if whole is None:
            got = names_at_start(part)
            return (pos + sum(map(len, got)), units + got) if got else (pos - (pos > 0), units)
        units, pos = units + whole, pos + len(part)
        if pos < len(text) and text[pos] in "、，,":
            pos += 1
        else:
            break
    return pos, units


# ------------------------------------------------------------------ rows to a grid


def _rows_from_stream(header: Header, cells: list[tuple[str, int]], first: int = 1) -> list[Row]:
    """A row starts at its anchor (a number, or a numbered text that follows the
    last); the cells before it are its categories, a heading its section. ``first``: the
    first row's number (a table continued under its header printed again)."""
    anchor = header.anchor()
    after = header.width - anchor - 1
    by_number = header.col("number") is not None
    rows: list[Row] = []
    prefix: list[tuple[str, int]] = []
    last = first - 1
    for k, (value, line) in enumerate(cells):
        m = (BARE_NUMBER if by_number else NUMBERED).match(value)
        current = rows[-1] if rows else None
        if m and int(m.group(1)) in (last + 1, 1) and (current is None or len(current.cells) > anchor):
            under = _rows_under_merged(header, prefix) if current is not None and len(current.cells) >= header.width else []
            rows, prefix = (rows + under, []) if under else (rows, prefix)
            rows.append(Row([v for v, _ in prefix[-anchor:]] if anchor else [], line,
                            [v for v, _ in prefix if v] + [value]))
            rows[-1].cells = [""] * (anchor - len(rows[-1].cells)) + rows[-1].cells + [value]
            prefix, last = [], int(m.group(1))
        elif (by_number and current is not None and not prefix and len(current.cells) >= header.width and not value
              and _row_under_merged(header, [v for v, _ in cells[k:k + header.width + 1]])):
            rows.append(Row([""], line))  # its number and first cells merged from the row above: printed blank
        elif current is not None and len(current.cells) < anchor + 1 + after and not prefix:
            current.cells.append(value)
            if value:
                current.source.append(value)
        else:
            prefix.append((value, line))
    if rows and len(rows[-1].cells) >= header.width:
        rows += _rows_under_merged(header, prefix)
    return rows


def _rows_under_merged(header: Header, cells: list[tuple[str, int]]) -> list[Row]:
    """The cells between a full row and the next row's number (or the table's end) that are rows
    of their own under merged first cells printed in their first row only, nothing under it (a
    重点任务 and its number over several 具体措施): each row a sentence, then cells that are none
    (units, a deadline), as many cells as the columns from a text column after 序号 to the end;
    every cell so placed. Empty if they do not make such rows."""
    number = header.col("number")
    values = [v for v, _ in cells]
    starts = sorted(c for f in ("text", "category") for c in header.columns.get(f, []) if number is not None and c > number)
    for c in starts:
        size = header.width - c
        chunks = [values[k:k + size] for k in range(0, len(values), size)]
        if (values and len(values) % size == 0 and size >= 2
                and all(_sentence_cell(ch[0]) and not any(_sentence_cell(v) for v in ch[1:]) for ch in chunks)):
            return [Row([""] * c + ch, cells[k * size][1], list(ch)) for k, ch in enumerate(chunks)]
    return []


def _row_under_merged(header: Header, values: list[str]) -> bool:
    """The cells from a blank one after a full row are a row of their own whose first cells
    (its number, a 重点任务 title) were merged down from the row above: a row's worth of cells,
    the blank ones first, then a task's text, and no row number among them; after them the
    table ends or the next row starts."""
    row, rest = values[:header.width], values[header.width:]
    number = header.col("number")
    filled = next((c for c, v in enumerate(row) if v), None)
    return (len(row) == header.width and filled is not None and number is not None and number < filled
            and _sentence_cell(row[filled]) and not any(BARE_NUMBER.match(v) for v in row)
            and (not rest or not rest[0] or bool(BARE_NUMBER.match(rest[0]))))


def _rows_by_owner(header: Header, cells: list[tuple[str, int]]) -> list[Row]:
    """Rows without numbers (项目内容 / 责任单位 / 进展情况, a cell a paragraph): a row
    ends at its owner cell, a list of unit names, and the cells of the columns after
    it; the cell before the owner cell is the task, any before that its category."""
    owner = min((c for f in ROLES for c in header.columns.get(f, [])), default=0)
    values = [(v, line) for v, line in cells if v.strip()]
    fits = [_fits(header, owner, v) for v, _ in values]
    rows: list[Row] = []
    pending: list[tuple[str, int]] = []
    k = 0
    while owner and k < len(values):
        if not (pending and fits[k]):
            pending.append(values[k])
            k += 1
            continue
        *before, (text, line) = pending
        tail = []
        for t in range(k + 1, min(k + header.width - owner, len(values))):
            if t + 1 < len(values) and fits[t + 1]:
                break  # the cell before the next owner cell is the next task: this one's later cells are empty
            tail.append(values[t][0])
        cells_row = [""] * header.width
        cells_row[owner - 1], cells_row[owner] = text, values[k][0]
        cells_row[owner + 1:owner + 1 + len(tail)] = tail
        if before and owner >= 2:
            cells_row[owner - 2] = " ".join(v for v, _ in before)
        rows.append(Row(cells_row, line, [*(v for v, _ in before), text, values[k][0], *tail]))
        pending, k = [], k + 1 + len(tail)
    return rows


def _rows_around_owner(header: Header, cells: list[tuple[str, int]], first: int = 1) -> list[Row]:
    """Numbered rows of a table a cell a paragraph whose rows hold as many cells as they
    have (a merged cell shows only in the first row it spans, a row may lack a cell, a cell
    may go over two paragraphs): a row runs from its number to the next; its owner cell is
    the run of unit lists after its text (two paragraphs of units are one cell), the columns
    after the owner column take the last of that run and the cells after it, and what is
    left before the next number is that row's categories. The cells between the number and
    the owner go to their columns from the owner back, past a deadline or leader column a cell
    does not fit (``_place_between``); the text column never keeps a bare value (≥2%, 0.07,
    万亩) while a text stands in a column after it. A row with no owner cell whose cells fit
    the columns before the owner column has the owner cell above, merged down over it. Read
    so too: a bare table one cell a line whose rows are short (web w67, a bureau's list)."""
    anchor, owner = header.col("number"), min((c for f in ROLES for c in header.columns.get(f, [])), default=None)
    if anchor is None or owner is None or owner <= anchor:
        return []
    values = [(v.strip(), line) for v, line in cells if v.strip()]
    starts, last = [], first - 1
    for k, (value, _) in enumerate(values):
        m = BARE_NUMBER.match(value)
        if m and int(m.group(1)) == last + 1:
            starts.append(k)
            last += 1
    if len(starts) < 2:
        return []
    after = header.width - owner - 1
    rows: list[Row] = []
    prefix = [v for v, _ in values[:starts[0]]]
    for r, start in enumerate(starts):
        stop = starts[r + 1] if r + 1 < len(starts) else len(values)
        segment = [v for v, _ in values[start + 1:stop]]
        first = next((k for k, v in enumerate(segment) if k and _fits(header, owner, v)), len(segment))
        run = first
        while run < len(segment) and _fits(header, owner, segment[run]):
            run += 1
        units = 1 + _unit_columns_after(header, owner)
        tail_count = min(units - 1, run - first - 1)
        merged_units = units - (run - first) if (rows and rows[-1].cells[owner] and 0 < run - first < units
                                                 and len(segment) - run == header.width - owner - units) else 0
        if merged_units > 0:  # fewer unit cells than unit columns, every later column filled: the first ones merged from above
            tail_count = run - first - 1
        owners, tail = segment[first:run - tail_count], segment[run - tail_count:run]
        if _lead_then_partners(header, owner) and tail_count == 1 and run - first > 2 and not merged_units:
            owners, tail = segment[first:first + 1], ["、".join(segment[first + 1:run])]  # one lead, its partners after
        keep = anchor if r + 1 < len(starts) else 0  # the next row's categories
        more = segment[run:run + after - len(tail)]
        final = r + 1 == len(starts)
        under = _rows_under_merged_cells(header, segment[run + len(more):len(segment) - keep], owner, values[start][1], final)
        if not under and more:  # the row's later cells empty (a blank 备注), the next cell a row under it
            under = _rows_under_merged_cells(header, segment[run:len(segment) - keep], owner, values[start][1], final)
            more = [] if under else more
        tail += more
        cells_row = [""] * header.width
        cells_row[anchor] = values[start][0]
        for c, v in zip(range(anchor - 1, -1, -1), reversed(prefix)):
            cells_row[c] = v
        between = list(range(anchor + 1, owner))
        _place_between(header, cells_row, between, segment[:first])
        text = header.col("text")
        if text is not None and (not cells_row[text] or _bare_value(cells_row[text])):
            moved = next((c for c in reversed(between) if c > text and cells_row[c] and not _bare_value(cells_row[c])), None)
            if moved is not None:
                cells_row[text], cells_row[moved] = cells_row[moved], ""
        cells_row[owner + max(merged_units, 0)] = "、".join(owners)
        cells_row[owner + 1 + max(merged_units, 0):owner + 1 + max(merged_units, 0) + len(tail)] = tail
        merged = (owner,) if (not owners and len(segment) <= len(between) and rows
                              and (rows[-1].cells[owner] or rows[-1].merged)) else ()
        rows.append(Row(cells_row, values[start][1], [*prefix, *segment[:run + len(tail) - tail_count]],
                        merged=merged))  # no owner cell: the one above, merged down over this row
        rows += under
        rest = segment[len(segment) - keep:] if under else segment[run + after - tail_count:]
        prefix = rest if r + 1 < len(starts) else []
    return rows


def _rows_under_merged_cells(header: Header, values: list[str], owner: int, line: int,
                             last: bool = False) -> list[Row]:
    """The cells left after a numbered row's owner cell (before the next row's categories) that
    are rows of their own under its merged number and first columns (a 责任清单's 主要职责 over
    several 具体工作事项, each with its 负责部门): each a text cell, then a run of unit lists, then
    the short cells of the columns after the owner's (a deadline); the columns before the text
    column are the row above's (merged). Empty unless every cell
    left makes such a row: what does not is left as it was read. After the table's ``last`` row,
    the rows found up to the first cell that opens none (a heading after the table: '二、职责边界表')."""
    text = header.col("text")
    if text is None or text >= owner or not values:
        return []
    rows: list[Row] = []
    k = 0
    while k < len(values):
        run = k + 1
        while run < len(values) and _fits(header, owner, values[run]):
            run += 1
        if (_fits(header, owner, values[k]) or not _sentence_cell(values[k]) or HEADING_L1.match(values[k])
                or run == k + 1):
            return rows if last else []
        tail = run
        while tail < len(values) and tail - run < header.width - owner - 1 and not _sentence_cell(values[tail]):
            tail += 1  # a deadline, a remark: the columns after the owner's
        cells_row = [""] * header.width
        cells_row[text], cells_row[owner] = values[k], "、".join(values[k + 1:run])
        cells_row[owner + 1:owner + 1 + tail - run] = values[run:tail]
        rows.append(Row(cells_row, line, values[k:tail], merged=tuple(range(text))))
        k = tail
    return rows


def _lead_then_partners(header: Header, owner: int) -> bool:
    """The owner columns are 牵头单位 then 协同/配合单位 and nothing else: a row's run of more unit lines than
    columns is one lead and its partners (a lead cell seldom lists several, a partners' cell often does; w320)."""
    return (header.columns.get("lead") == [owner] and header.columns.get("cooperating") == [owner + 1]
            and _unit_columns_after(header, owner) == 1)


def _unit_columns_after(header: Header, owner: int) -> int:
    """How many columns right after the owner column hold units too (评分部门, 配合单位): they
    take the last names of a row's run of unit lists; a 备注 column takes none."""
    count = 0
    for c in range(owner + 1, header.width):
        if not re.search(r"(?:单位|部门|科室|股室|处室)$", normalize_header(header.cells[c])):
            break
        count += 1
    return count


def _place_between(header: Header, cells_row: list[str], columns: list[int], values: list[str]) -> None:
    """The cells between a row's number and its owner cell, to their columns from the owner
    back; a deadline or leader column whose cell the row lacks (a merged cell shows only in
    its first row) is passed over when the cell does not fit it ("12月底前", "夏俊贵", "周 斐")
    and the columns left still hold the cells left."""
    shaped = set(header.columns.get("deadline", []) + header.columns.get("leader", []))
    cols = list(reversed(columns))
    left = list(reversed(values))
    while left and cols:
        c = cols.pop(0)
        if c in shaped and not _fits(header, c, left[0]) and len(cols) >= len(left):
            continue
        cells_row[c] = left.pop(0)


MEASURE = re.compile(r"(?:[万亿千百十]?(?:亩|斤|吨|头|只|人|元|个|户|家|所|座|次|件|项|条|张|台|辆|公里|千米|米|平方米|立方米|千瓦|人次))"
                     r"(?:/[\u4e00-\u9fff]{1,2})?")


def _bare_value(value: str) -> bool:
    """A target or a measure's unit, not a text: ≥2%, 0.07, -, 万亩, 万元/人."""
    return not re.search(r"[\u4e00-\u9fff]{2}", value) or bool(MEASURE.fullmatch(value))


def _aligned(header: Header, rows: list[Row]) -> list[Row]:
    """Each row's cells under their columns: the numbered cell under the anchor
    column (found in the rows that have every cell), the others around it."""
    anchor = _anchor_in_full_rows(header, rows)
    out = []
    for row in rows:
        if row.section:
            out.append(row)  # a category row merged across the table: one cell, its text
            continue
        cells = list(row.cells)
        while cells and not cells[-1] and len(cells) > 1:
            cells.pop()
        at = next((k for k, c in enumerate(cells) if NUMBERED.match(c) or BARE_NUMBER.match(c)), None)
        if at is not None:
            shift = anchor - at  # the numbered cell under its column, the others around it
            better = _better_shift(header, cells, shift)
            if better is not None:  # "(2)… | 1.明确… | 应消站 | 4月 |": the number is a measure's
                at, shift = None, better
        elif len(row.cells) > header.width:
            # a cell more than the header, blank ones at its end counted: the row ends with the table and its first
            # cells share the first column (a task's sub-task cell: "深化… | 推进… | 重点推进… | 市规划局、… | |", unseen w1511)
            extra = len(row.cells) - header.width + 1
            cells = [" ".join(c for c in row.cells[:extra] if c)] + list(row.cells[extra:])
            shift = 0
        else:
            explicit = len(row.cells) == header.width or row.cells[:1] == [""]  # "\t续\t县财政局": from the left
            shift = 0 if explicit else header.width - len(cells)
        placed = [""] * header.width
        for k, value in enumerate(cells):
            if 0 <= k + shift < header.width:
                placed[k + shift] = value
            elif value:
                placed[-1 if k + shift >= header.width else 0] += value
        merged: tuple[int, ...] = ()
        if len(cells) < header.width and not row.section:
            first = 0 if at is None else at + 1
            placed, merged = _placed_by_shape(header, cells[first:], anchor + 1 if at is not None else 0, placed, out,
                                              numbered=at is not None)
        out.append(Row(placed, row.line, row.source, row.section, merged))
    return out


def _better_shift(header: Header, cells: list[str], shift: int) -> int | None:
    """A row short of cells whose numbered cell is no task's number (a measure's "1.明确…"
    under a table numbered "1.组织机构"): the row placed so that it ends with the table, or
    so that its names sit under the owner column, when that fits its cells' shapes strictly
    better than placing it by the number; else None."""
    if len(cells) >= header.width:
        return None
    owner = min((c for f in ROLES for c in header.columns.get(f, [])), default=None)
    names = [k for k, value in enumerate(cells) if _cell_kind(header, value) == "names"]
    shifts = [header.width - len(cells), *([owner - names[-1]] if owner is not None and names else [])]
    best = max((s for s in shifts if s >= 0), key=lambda s: _fit_from(header, cells, s), default=None)
    return best if best is not None and _fit_from(header, cells, best) > _fit_from(header, cells, shift) else None


def _fit_from(header: Header, cells: list[str], shift: int) -> int:
    """How many of a row's cells placed from column ``shift`` on sit where their shape
    wants (a deadline, names, a number), less those that sit under another's column."""
    return sum(_shape_score(header, k + shift, _cell_kind(header, value))[0]
               for k, value in enumerate(cells) if 0 <= k + shift < header.width)


def _placed_by_shape(header: Header, cells: list[str], start: int, placed: list[str],
                     above: list[Row], numbered: bool) -> tuple[list[str], tuple[int, ...]]:
    """A row short of cells (merged cells only in the rows they start: web w75 '| 2 |
    扎实做好… | 疾控处 | 长期推进 |' under 序号|工作任务|细化分工|责任处室|完成时限|备注)
    aligned to the columns from ``start`` by what its cells look like: a deadline where
    the deadline parser reads one, names under an owner column, a number under 序号, a
    sentence under a task column. Kept as placed unless the shapes fit strictly better,
    and a row with no number must have its sentence under the task column (not a page's
    '发布机构: | …' after the table); an owner or category column the row skips has the
    cell above merged down."""
    cols = list(range(start, header.width))
    if not cells or len(cells) >= len(cols):
        return placed, ()
    kinds = [_cell_kind(header, c) for c in cells]

    def fit(chosen: tuple[int, ...], kinds: list[str]) -> tuple[int, int]:
        scores = [_shape_score(header, col, kind) for col, kind in zip(chosen, kinds)]
        return sum(s for s, _ in scores), sum(w for _, w in scores)

    best = max(combinations(cols, len(cells)), key=lambda chosen: fit(chosen, kinds))
    if fit(best, kinds)[0] <= fit(tuple(cols), [_cell_kind(header, placed[c]) for c in cols])[0]:
        return placed, ()  # cells move only for a deadline, names or a number better placed
    if not numbered and not any(kind == "text" and col in header.columns.get("text", []) for col, kind in zip(best, kinds)):
        return placed, ()
    out = placed[:start] + [""] * len(cols)
    for col, value in zip(best, cells):
        out[col] = value
    prev = next((r for r in reversed(above) if not r.section), None)
    texts = {c for f in ("text", "category") for c in header.columns.get(f, [])}
    unread = any(kind == "text" and col not in texts for col, kind in zip(best, kinds))  # an owner cell not read as one?
    mergeable = {c for f in (*([] if unread else ROLES), "category") for c in header.columns.get(f, [])}
    merged = tuple(c for c in cols if c < best[-1] and c not in best and c in mergeable
                   and prev is not None and c < len(prev.cells) and prev.cells[c])
    return out, merged


def _cell_kind(header: Header, value: str) -> str:
    """What a cell looks like: '' (empty), number, deadline, names or text."""
    if not value:
        return ""
    if BARE_NUMBER.match(value):
        return "number"
    owner = min((c for f in ROLES for c in header.columns.get(f, [])), default=None)
    if owner is not None and all(_fits(header, owner, names) for part in with_partners(value, "responsible").values()
                                 for names in part):  # 县住建局、县财政局; 办公室会同信息中心
        return "names"
    if len(value) <= 60 and parse_deadline(value).problem != DEADLINE_UNPARSED.code:
        return "deadline"
    return "text"


def _shape_score(header: Header, col: int, kind: str) -> tuple[int, int]:
    """How well a cell of ``kind`` sits under column ``col``: (a deadline, names or a
    number under its own column or under another's, a sentence under a task column)."""
    field_of = next((f for f, cs in header.columns.items() if col in cs), "")
    wanted = {"deadline": "deadline", "number": "number", "text": "text", "category": "text"}.get(
        field_of, "names" if field_of in ROLES else "")
    if not kind or not wanted:
        return 0, 0  # a note or a column no task needs takes anything
    if kind == wanted:
        return (0, 1 if field_of == "category" else 2) if kind == "text" else (1, 0)
    if kind == "text":
        return 0, -1
    return (0, 0) if wanted == "text" and kind == "names" else (-1, 0)


FIGURE = re.compile(r"\d+\.\d+")  # 4.2 (亿元) in a figure column: no numbered text


def _anchor_in_full_rows(header: Header, rows: list[Row]) -> int:
    for row in rows:
        if len(row.cells) == header.width:
            at = next((k for k, c in enumerate(row.cells) if NUMBERED.match(c) and not FIGURE.fullmatch(c)), None)
            if at is not None:
                return at
    return header.anchor()


def _table(header: Header, rows: list[Row], start: int, end: int) -> FlatTable:
    rows = _second_owner_column(header, rows)
    grid_rows: list[list[object]] = [header.words]
    lines, sources = [0], ["\t".join(header.cells)]
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for row in rows:
        cells = row.cells + [""] * (header.width - len(row.cells))
        if row.section:
            cells = [row.cells[0]] + [""] * (header.width - 1)
        grid_rows.append(cells[:header.width])
        for c in row.merged:
            grid_rows[-1][c] = grid_rows[-2][c]
            origin[(len(grid_rows) - 1, c)] = origin.get((len(grid_rows) - 2, c), (len(grid_rows) - 2, c))
        lines.append(row.line)
        sources.append("" if row.section else "\n".join(row.source))
    _fill_down(grid_rows, header, origin)
    grid = Grid(name="表", rows=grid_rows, merges=merge_boxes(origin), origin=origin)
    return FlatTable(start, end, grid, lines, sources)


def _second_owner_column(header: Header, rows: list[Row]) -> list[Row]:
    """A second column of one role ("责任单位 | 考核指标 | … | 实施部门 |"): a grid reads one column
    a field, so its units join the first such column's cell (区民政局、低保中心)."""
    taken = {c for cols in header.columns.values() for c in cols}
    joins = [(k, header.col(f)) for k, c in enumerate(header.cells) if k not in taken
             for f in ROLES if canonical_header(c) in OWNER_WORDS and header.col(f) is not None
             and canonical_header(header.cells[header.col(f)]) == canonical_header(c)]
    if not joins:
        return rows
    out = []
    for row in rows:
        cells = list(row.cells)
        for k, first in joins:
            extra = cells[k].strip() if k < len(cells) and not row.section else ""
            if extra and first < len(cells) and extra not in cells[first]:
                cells[first] = "、".join(v for v in (cells[first].strip(), extra) if v)
        out.append(Row(cells, row.line, row.source, row.section, row.merged))
    return out


def _fill_down(rows: list[list[object]], header: Header, origin: dict[tuple[int, int], tuple[int, int]]) -> None:
    """Blank category cells (before the anchor) and deadline cells under a filled
    one are the same as above: merged, as the cells were in the plan."""
    anchor = header.anchor()
    cols = list(range(anchor)) + header.columns.get("deadline", [])
    for c in cols:
        for r in range(2, len(rows)):
            above = rows[r - 1][c]
            if not rows[r][c] and above and any(rows[r][k] for k in range(max(anchor, 1), header.width)):  # no section row
                if all(rows[r - 1][k] == "" for k in range(1, header.width)) and c == 0:
                    continue  # a section row above: nothing merges across it
                rows[r][c] = above
                origin[(r, c)] = origin.get((r - 1, c), (r - 1, c))
    _merged_first_owner(rows, header, origin)


def _merged_first_owner(rows: list[list[object]], header: Header, origin: dict[tuple[int, int], tuple[int, int]]) -> None:
    """A table with several owner columns (牵头单位 | 责任单位) whose first one is blank in a row
    that has its task and its other owners, under a filled one: that cell was merged over the
    rows (a lead over several tasks), printed in its first row only. Not in a table whose first
    owner column is blank in more than half its rows (a lead only some tasks have), nor across
    a section row."""
    owners = sorted(c for f in ROLES for c in header.columns.get(f, []))
    text = header.col("text")
    if len(owners) < 2 or text is None:
        return
    first, others = owners[0], owners[1:]
    body = [r for r in range(1, len(rows)) if rows[r][text] and any(rows[r][k] for k in others)]
    if 2 * sum(bool(rows[r][first]) for r in body) < len(body):
        return
    for r in body:
        if r >= 2 and not rows[r][first] and rows[r - 1][first] and rows[r - 1][text]:
            rows[r][first] = rows[r - 1][first]
            origin[(r, first)] = origin.get((r - 1, first), (r - 1, first))
