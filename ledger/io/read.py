"""Workbook -> raw task and measure records (cell text plus where it came from).

This is where the layouts of real 任务清单 are understood: section rows that
give the category path, category columns, numbers inside the task text,
①②… sub-items under a heading row, tasks whose text cell is merged over
several rows (one unit a row), title+content lists whose rows share a merged
number (each row a clause of its own), columns nobody here named (carried as
``extra``), footer notes, hidden rows.

Nothing is dropped silently: every non-empty cell of a table sheet ends up in
a task's field, in a recognised non-task row (title, header, section, footer),
or in a finding that names it (``CellAccount``).
Units and deadlines are interpreted later (ledger.tasklist).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from ..findings import Finding, FindingType
from ..findings.reading import (CELL_IN_HEADING_ROW, CELL_IN_ITEM_HEADING_ROW, CELL_UNPLACED, COLUMN_UNRECOGNISED,
                                HIDDEN_SHEET, MERGED_ROW_CONFLICT, VALUE_READ_AS_TEXT)
from ..headers import Synonyms, breakdown_synonyms, task_synonyms
from ..model import ROLES
from ..numerals import CIRCLED, ENCLOSED
from .grid import Grid, cell_name, column_letter, load_grids
from .cell_values import CN_DIGITS, cell_text, section_level, split_number
from .tables import Table, find_table

CN_NUMBER = re.compile(rf"^(?:[{CN_DIGITS}]+[、.．]?|[（(][{CN_DIGITS}]+[）)])$")
SUB_ITEM = re.compile(rf"^\s*([{CIRCLED}]|[（(]\d{{1,2}}[）)])\s*")
NUMBER_END = re.compile(r"(?<=\d)[.．、,，]$")
FOOTER = re.compile(r"^\s*(注|备注|说明|填表|制表|审核|审核人|联系人|附[:：])\s*[:：\d.．、]?")
WORD_YEAR = re.compile(r"(20\d\d)")


@dataclass
class RawRecord:
    """One task (or measure) as read: field -> text, field -> cell address."""

    file: str
    sheet: str
    row: int  # 1-based Excel row of the record's first row
    values: dict[str, str] = field(default_factory=dict)
    cells: dict[str, str] = field(default_factory=dict)
    originals: dict[str, object] = field(default_factory=dict)  # the deadline's raw cell value
    number: str = ""
    category: tuple[str, ...] = ()
    hidden: bool = False
    extra_rows: list[int] = field(default_factory=list)  # further rows of a merged task
    clause: int = 0  # position among the rows sharing one number (0: the number is its own)
    extra: dict[str, str] = field(default_factory=dict)  # unrecognised column label -> text
    own: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)  # cell -> field
    head: bool = False  # a title row over clause rows, not a task itself


Cell = tuple[int, int]


@dataclass
class CellAccount:
    """Where the non-empty cells of a table sheet went (0-based merge origins):
    into a record's field, into a recognised non-task row, or into a finding."""

    read: set[Cell] = field(default_factory=set)
    placed: set[Cell] = field(default_factory=set)
    structural: set[Cell] = field(default_factory=set)
    reported: set[Cell] = field(default_factory=set)

    def unaccounted(self) -> set[Cell]:
        return self.read - self.placed - self.structural - self.reported


@dataclass
class SheetResult:
    sheet: str
    kind: str  # "tasks" | "breakdown" | "none"
    records: list[RawRecord]
    headers: dict[str, str] = field(default_factory=dict)  # field -> header cell text
    header_row: int = 0
    hidden_cols: list[str] = field(default_factory=list)
    title: str = ""
    account: CellAccount = field(default_factory=CellAccount)
    findings: list[Finding] = field(default_factory=list)


@dataclass
class WorkbookResult:
    file: str
    path: Path
    sheets: list[SheetResult]

    def records(self, kind: str) -> list[RawRecord]:
        return [r for s in self.sheets if s.kind == kind for r in s.records]

    def title_years(self) -> list[int]:
        years = []
        for s in self.sheets:
            years += [int(y) for y in WORD_YEAR.findall(s.title)]
        return years


def read_workbook(path: Path, columns: dict[str, list[str]] | None = None,
                  breakdown_columns: dict[str, list[str]] | None = None, prefer: str = "tasks") -> WorkbookResult:
    """Every sheet of the file that holds a task table or a breakdown table;
    ``prefer`` is what the file was given as, for a sheet that could be either."""
    path = Path(path)
    tasks, breakdown = task_synonyms(columns), breakdown_synonyms(breakdown_columns)
    sheets = [read_grid(g, path.name, tasks, breakdown, prefer) for g in load_grids(path)]
    return WorkbookResult(path.name, path, sheets)


def read_grid(grid: Grid, file: str, tasks: Synonyms, breakdown: Synonyms, prefer: str = "tasks") -> SheetResult:
    table = find_table(grid, tasks, breakdown, prefer)
    if table is None:
        return SheetResult(grid.name, "none", [])
    reader = _TaskRows(table, file) if table.kind == "tasks" else _MeasureRows(table, file)
    records = reader.read()
    reader.settle_account()
    if not grid.visible:
        reader.findings.append(HIDDEN_SHEET(file, grid.name, rows=len(records)))
    headers = {name: table.headers.get(cols[0], "") for name, cols in table.columns.items()}
    hidden_cols = [cell_name(table.header_rows[-1], c) for c in sorted(grid.hidden_cols)
                   if c in table.headers or c in reader.extra_cols]
    parts = [cell_text(grid.value(r, c)) for r in range(table.header_rows[0]) for c in range(min(grid.width, 8))]
    title = " ".join(dict.fromkeys(p for p in parts if p))
    return SheetResult(grid.name, table.kind, records, headers, table.header_rows[0] + 1,
                       hidden_cols, title, reader.account, reader.findings)


NOT_TEXT_TYPES = (int, float, date)  # datetime is a date


class _Rows:
    """Shared walking over the data rows of a table, with the cell accounting."""

    text_fields: tuple[str, ...] = ()  # fields where a bare number or date is suspicious

    def __init__(self, table: Table, file: str):
        self.table = table
        self.grid = table.grid
        self.file = file
        self.header_keys = {c: w for c, w in table.headers.items()}
        self.findings: list[Finding] = []
        self.texts = [[cell_text(v) for v in row] for row in self.grid.rows]  # each cell's text, made once
        self.account = CellAccount(read=_nonempty_cells(self.grid, self.texts))
        last_header = table.header_rows[-1]  # the cells of the title and header rows, looked up row by row
        read = self.account.read
        self.account.structural |= {(r, c) for r in range(min(last_header + 1, len(self.texts)))
                                    for c in range(len(self.texts[r])) if (r, c) in read}
        self.extra_cols = _extra_columns(table)
        # field -> its column, in the table's order (row_values' keys); made once, asked every row
        self.field_cols = {name: cols[0] for name, cols in table.columns.items() if name != "category"}
        self.header_quorum = max(2, len(table.headers) // 2)

    def row_values(self, r: int) -> dict[str, object]:
        row = self.grid.rows[r] if r < len(self.grid.rows) else ()
        return {name: row[c] if c < len(row) else "" for name, c in self.field_cols.items()}

    def field_texts(self, r: int) -> dict[str, str]:
        """Field -> the text of its cell in row r (``cell_text`` of ``row_values(r)``'s values)."""
        row = self.texts[r] if r < len(self.texts) else ()
        return {name: row[c] if c < len(row) else "" for name, c in self.field_cols.items()}

    def text(self, r: int, c: int) -> str:
        """The text of the cell's value (``cell_text(grid.value(r, c))``)."""
        row = self.texts[r] if r < len(self.texts) else ()
        return row[c] if c < len(row) else ""

    def nonempty(self, r: int) -> list[str]:
        return [t for t in self.texts[r] if t] if r < len(self.texts) else []

    def own_cells(self, r: int) -> list[Cell]:
        """The non-empty cells that start in row r (not copies of a merge above or beside)."""
        return sorted(cell for cell in self.account.read if cell[0] == r)

    def mark_row(self, r: int) -> None:
        """Row r is a recognised non-task row (section, repeated header, footer note)."""
        self.account.structural.update(self.own_cells(r))

    def is_header_repeat(self, r: int) -> bool:
        row = self.texts[r] if r < len(self.texts) else ()
        width = len(row)
        same = 0
        for c, w in self.table.headers.items():
            text = row[c] if c < width else ""
            if text and text.replace(" ", "") == w:
                same += 1
        return same >= self.header_quorum

    def record(self, r: int, values: dict[str, object]) -> RawRecord:
        """Row r as a record; ``values`` is ``row_values(r)``."""
        rec = RawRecord(self.file, self.grid.name, r + 1, hidden=r in self.grid.hidden_rows)
        row = self.texts[r] if r < len(self.texts) else ()
        width = len(row)
        origin_of, field_cols, text_fields = self.grid.origin.get, self.field_cols, self.text_fields
        rec_values, rec_originals, rec_cells = rec.values, rec.originals, rec.cells
        own, placed = rec.own, self.account.placed
        for name, value in values.items():
            col = field_cols[name]
            here = (r, col)
            origin = origin_of(here, here)
            text = row[col] if col < width else ""
            rec_values[name] = text
            rec_originals[name] = value
            rec_cells[name] = cell_name(*origin)
            if text:
                if origin[0] == r or origin not in placed:  # _place, written out: asked for every cell read
                    own.setdefault(origin, name)
                placed.add(origin)
                if name in text_fields and isinstance(value, NOT_TEXT_TYPES) and not isinstance(value, bool):
                    self._not_text(rec, name, origin)
        self._extras(rec, r)
        return rec

    def _place(self, rec: RawRecord, origin: Cell, name: str) -> None:
        if origin[0] == rec.row - 1 or origin not in self.account.placed:
            rec.own.setdefault(origin, name)
        self.account.placed.add(origin)

    def _extras(self, rec: RawRecord, r: int) -> None:
        """Columns nobody named: carried as they are, label -> text (a merge over
        several rows applies to each; a cell merged in from the left is not its own)."""
        for c, label in self.extra_cols.items():
            origin = self._origin(r, c)
            text = self.text(r, c) if origin[1] == c else ""
            if not text:
                continue
            old = rec.extra.get(label, "")
            if text not in old.split("\n"):
                rec.extra[label] = f"{old}\n{text}" if old else text
            self._place(rec, origin, "extra")

    def _not_text(self, rec: RawRecord, name: str, origin: Cell) -> None:
        value = rec.values[name]
        self.findings.append(VALUE_READ_AS_TEXT(
            self.file, self.grid.name, cell_name(*origin), value, row=origin[0] + 1,
            column=self.table.headers.get(self.table.col(name), name),
            kind="日期" if isinstance(rec.originals[name], date) else "数字"))

    def report(self, cell: Cell, kind: FindingType, **fields: object) -> None:
        """A cell whose content could not be given to a task: a finding names it
        (its {row}, {column} letter and the start of its content, {excerpt}, filled in)."""
        value = self.text(*cell)
        self.account.reported.add(cell)
        self.findings.append(kind(self.file, self.grid.name, cell_name(*cell), value[:50], row=cell[0] + 1,
                                  column=column_letter(cell[1]), excerpt=value[:20], **fields))

    def settle_account(self) -> None:
        """Unrecognised columns are reported once; any cell still unaccounted for
        is reported, so nothing a list holds can vanish without a word."""
        for c, label in self.extra_cols.items():
            if any(cell[1] == c for cell in self.account.placed):
                self._column_finding(c, label)
        for cell in sorted(self.account.unaccounted()):
            self.report(cell, CELL_UNPLACED)

    def _column_finding(self, c: int, label: str) -> None:
        header = next((r for r in reversed(self.table.header_rows) if self.text(r, c)),
                      self.table.header_rows[-1])
        named = f"{column_letter(c)}列（没有列名）" if label == _unnamed(c) else f"“{label}”列（{column_letter(c)}列）"
        self.findings.append(COLUMN_UNRECOGNISED(self.file, self.grid.name, cell_name(header, c), label, column=named))

    def _origin(self, r: int, c: int) -> tuple[int, int]:
        return self.grid.origin.get((r, c), (r, c))


# A row's own sub-number under a parent's: '5.1', '5-1', '5（1）' after 5; '（1）', '(1)', '①' alone.
_UNDER = re.compile(r"[.．\-－]\d{1,2}|[（(]\d{1,2}[）)]")
_ALONE = re.compile(rf"[（(]\d{{1,2}}[）)]|[{ENCLOSED}]")


def _sub_number(number: str, parent: str) -> str | None:
    """The number a row numbered under ``parent`` is shown by ('5.1', '5（1）', '5①'), or None for a number of its
    own."""
    if number.startswith(parent) and _UNDER.fullmatch(number, len(parent)):
        return number
    if _ALONE.fullmatch(number):
        return parent + number
    return None


def _list_goes_on(first: str, rest: str) -> bool:
    """The text after item ``first`` of a cell holds the next item ("建立…；2.每季度…"): a list of the cell's own."""
    return first.isdigit() and re.search(rf"(?:^|[\s；;。，,])\s*{int(first) + 1}\s*[.．、]", rest) is not None


def _nonempty_cells(grid: Grid, texts: list[list[str]]) -> set[Cell]:
    """The non-empty cells that are no copy of a merge's top-left cell."""
    origin = grid.origin
    if not origin:  # no merge: every non-empty cell is its own
        return {(r, c) for r, row in enumerate(texts) for c, text in enumerate(row) if text}
    out = set()
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            if text:
                cell = (r, c)
                if origin.get(cell, cell) == cell:
                    out.add(cell)
    return out


def _extra_columns(table: Table) -> dict[int, str]:
    """Columns of the sheet that no field took: column -> its header as written
    (both header rows when there are two), or "第X列" when it has none."""
    grid = table.grid
    taken = {c for cols in table.columns.values() for c in cols}
    out = {}
    for c in range(grid.width):
        if c in taken:
            continue
        words = []
        for r in table.header_rows:
            origin = grid.origin.get((r, c), (r, c))
            word = re.sub(r"\s+", "", cell_text(grid.value(*origin)))
            if word and word not in words and (origin[1] == c or len(table.header_rows) > 1):
                words.append(word)
        out[c] = "/".join(words) or _unnamed(c)
    labels = list(out.values())
    for c, label in out.items():
        if labels.count(label) > 1:
            out[c] = f"{label}（{column_letter(c)}列）"
    return out


def _unnamed(c: int) -> str:
    return f"第{column_letter(c)}列"


# Fields asked of every row: a row's owners and deadline; those and a 分管领导; its content.
_OWNED = ROLES + ("deadline",)
_ASSIGNED = ROLES + ("deadline", "leader")
_CONTENT = ("text", "title")


class _TaskRows(_Rows):
    text_fields = ("text", "title", "lead", "responsible", "cooperating")

    def __init__(self, table: Table, file: str):
        super().__init__(table, file)
        self.sections: list[tuple[int, str]] = []
        self.parent: tuple[str, str] | None = None  # (number, heading) of ①② sub-items
        self.records: list[RawRecord] = []
        self.by_text_origin: dict[int, RawRecord] = {}
        self.last: RawRecord | None = None  # the task row before, for rows sharing its number
        self.sub_parent: tuple[str, str] | None = None  # (number, heading) of rows numbered under it in 序号 (5.1 …)
        self.after_footer = False  # below a 注：/填表人： row, rows without a task are the 落款

    def read(self) -> list[RawRecord]:
        rows = range(self.table.first_data_row, len(self.grid.rows))
        pending: RawRecord | None = None
        for r in rows:
            values = self.row_values(r)
            kind = self._classify(r, self.field_texts(r))
            if kind == "task":
                spanned = self._spanned_owner_fields(r)  # the text's own cell shown in an owner column: no owner
                rec = self._task(r, {k: v for k, v in values.items() if k not in spanned} if spanned else values)
                if rec is None:
                    continue
                if pending is not None:
                    self._settle_pending(pending, rec)
                pending = rec if self._could_be_parent(rec) else None
                if pending is None:
                    self.records.append(rec)
            elif kind in ("section", "skip"):
                self.mark_row(r)
        if pending is not None:
            self.records.append(pending)
        return self.records

    def _classify(self, r: int, fields: dict[str, str]) -> str:
        """What row r is; ``fields`` is ``field_texts(r)``."""
        texts = self.nonempty(r)
        if not texts or self.is_header_repeat(r):
            return "skip"
        distinct = set(texts)
        spanned = self._spanned_owner_fields(r)  # '一 | 源头治理' merged over the owner columns: a heading's cell
        fields = {k: v for k, v in fields.items() if k not in spanned} if spanned else fields
        has_owner = any(map(fields.get, _OWNED))
        number = fields.get("number", "")
        taskless = not any(map(fields.get, _CONTENT)) and (
            not number or bool(FOOTER.match(number)))
        if taskless and (self.after_footer or FOOTER.match(texts[0])):
            self.after_footer = True  # 注：…, 填表人：… 审核人：…, then the signature and date
            return "skip"
        if len(distinct) == 1 and not self._is_task_cell_only(r, fields):
            only = texts[0]
            if FOOTER.match(only):
                self.after_footer = True
                return "skip"
            level = section_level(only)
            if level is not None or not has_owner or self._merged_across(r):
                self._push_section(level or 3, only)
                return "section"
        if not has_owner and FOOTER.match(texts[0]) and not fields.get("text"):
            return "skip"
        if not has_owner and not fields.get("leader"):
            heading = self._heading(fields)
            if heading:
                self._push_section(*heading)
                self._heading_cells(r)
                return "heading"
        return "task"

    def _heading_cells(self, r: int) -> None:
        """A chapter row: its number and title make the category; anything else
        in it (a note, a figure) belongs to no task and is reported."""
        keep = {self.table.col(f) for f in ("number", "text", "title")} | set(self.table.columns.get("category", []))
        for cell in self.own_cells(r):
            if cell[1] in keep:
                self.account.structural.add(cell)
            else:
                self.report(cell, CELL_IN_HEADING_ROW)

    def _heading(self, fields: dict[str, str]) -> tuple[int, str] | None:
        """A row without owners that is a chapter heading: 一、… in the text, or
        "一" / "（一）" in the number column beside the heading text."""
        number = fields.get("number", "")
        text = fields.get("text") or fields.get("title", "")
        if CN_NUMBER.match(number):
            joined = number if number[-1] in "、.．）)" else number + "、"
            level = section_level(joined) or 1
            return level, joined + text
        if not number and text and section_level(text) is not None:
            return section_level(text), text
        return None

    def _is_task_cell_only(self, r: int, fields: dict[str, str]) -> bool:
        """A lone value in the text column (not merged across) is a task, not a
        section; a lone value in the title column heads the clause rows below."""
        title_col = self.table.col("title")
        title = fields.get("title", "")
        if title_col is not None and title and not fields.get("text"):
            return (r, title_col) not in self.grid.origin and section_level(title) is None and not any(
                m[0][0] == r and m[0][1] <= title_col <= m[1][1] and m[1][1] > m[0][1] for m in self.grid.merges)
        col = self.table.col("text")
        text = fields.get("text", "")
        if not text or (r, col) in self.grid.origin:
            return False
        merged_across = any(m[0][0] == r and m[0][1] <= col <= m[1][1] and m[1][1] > m[0][1]
                            for m in self.grid.merges)
        return not merged_across and section_level(text) is None

    def _merged_across(self, r: int) -> bool:
        """Row r's filled cells are one cell merged across columns (a Word section row spanning
        the table, w:gridSpan): its text shows in the owner columns it covers, owning nothing."""
        filled = [c for c, t in enumerate(self.texts[r]) if t] if r < len(self.texts) else []
        return bool(filled) and any(top[0] <= r <= bottom[0] and bottom[1] > top[1]
                                    and all(top[1] <= c <= bottom[1] for c in filled)
                                    for top, bottom in self.grid.merges)

    def _spanned_owner_fields(self, r: int) -> set[str]:
        """The owner, deadline and leader fields whose columns row r's text (or title) cell is merged across: its value shows
        in them, as a chapter heading's does ('一 | 源头治理', 源头治理 merged over B:E), and names no owner."""
        span = self._text_spans.get(r)
        if span is None:
            return set()
        col = self._text_col
        return {f for f in _ASSIGNED if (c := self.table.col(f)) is not None and c != col and span[0] <= c <= span[1]}

    @cached_property
    def _text_col(self) -> int | None:
        col = self.table.col("text")
        return col if col is not None else self.table.col("title")

    @cached_property
    def _text_spans(self) -> dict[int, tuple[int, int]]:
        """Row -> (first, last column) of a merge across columns holding its text (or title) cell: found once for
        the sheet, not once a row (a list may have thousands of merges)."""
        col, out = self._text_col, {}
        for top, bottom in self.grid.merges if col is not None else ():
            if top[1] <= col <= bottom[1] and bottom[1] > top[1]:
                for r in range(top[0], bottom[0] + 1):
                    out.setdefault(r, (top[1], bottom[1]))
        return out

    def _push_section(self, level: int, text: str) -> None:
        self.sections = [(lv, t) for lv, t in self.sections if lv < level]
        self.sections.append((level, text))
        self.parent = self.sub_parent = None
        self.last = None

    def _category(self, r: int, rec: RawRecord) -> tuple[str, ...]:
        path = [t for _, t in self.sections]
        for col in self.table.columns.get("category", []):
            text = self.text(r, col)
            if text:
                self._place(rec, self._origin(r, col), "category")
                if text not in path:
                    path.append(text)
        return tuple(path)

    def _task(self, r: int, values: dict[str, object]) -> RawRecord | None:
        text_col = self.table.col("text")
        origin = self.grid.vertical_origin(r, text_col)
        if origin is not None and origin in self.by_text_origin:
            self._extend(self.by_text_origin[origin], r, values)
            return None
        rec = self.record(r, values)
        rec.category = self._category(r, rec)
        self._number(rec)
        if self._is_title_row(rec):
            return None
        if self.sub_parent is not None:  # the rows numbered under a parent row (5.1, 5.2 …), until one is not
            under = _sub_number(rec.number, self.sub_parent[0])
            if under is None:
                self.sub_parent = None
            else:
                rec.number, rec.category = under, rec.category + (self.sub_parent[1],)
        self._clause(rec, r)
        self.by_text_origin[r] = rec
        return rec

    def _is_title_row(self, rec: RawRecord) -> bool:
        """A row with only a number and a title (重点任务) above its 具体措施 rows:
        the rows below are its clauses; its cells are a heading, not a task."""
        if self.table.col("title") is None or rec.values.get("text") or not rec.values.get("title"):
            return False
        if any(map(rec.values.get, _ASSIGNED)) or rec.extra:
            return False
        rec.head = True
        self.last = rec
        for cell in rec.own:
            self.account.placed.discard(cell)
            self.account.structural.add(cell)
        return True

    def _number(self, rec: RawRecord) -> None:
        owned = any(map(rec.values.get, _OWNED))
        if not rec.values.get("text") and rec.values.get("title") and owned:
            rec.values["text"] = rec.values["title"]  # a task whose content is its title alone
        text = unicodedata.normalize("NFC", rec.values.get("text", ""))
        number = NUMBER_END.sub("", rec.values.get("number", ""))  # "1." / "2、" -> "1" / "2"
        sub = SUB_ITEM.match(text)
        if sub and self.parent is None and not number and self.last is not None and self.last.number:
            self.parent = (self.last.number, self.last.values.get("text", ""))  # ① rows under task 2
        if sub and self.parent is not None:
            rec.number = self.parent[0] + sub.group(1)
            rec.values["text"] = text[sub.end():].strip()
            rec.category = rec.category + (self.parent[1],)
            return
        self.parent = None
        written, rest = split_number(text)
        if not number:
            number, text = written, rest
        elif written == number and not _list_goes_on(written, rest):
            text = rest  # "1 | 1.加大…": the number written twice (not "1 | 1.建立…；2.每季度…", a list in the cell)
        if not number and rec.values.get("title"):  # "1.建立…" in the title column
            number, rec.values["title"] = split_number(rec.values["title"])
        rec.number = number
        rec.values["text"] = text

    def _clause(self, rec: RawRecord, r: int) -> None:
        """Rows with their own content under one merged number (or under one
        title, the number left blank) are clauses of that number: 3-1, 3-2 …"""
        prev, self.last = self.last, rec
        if prev is None or not prev.number or rec.number not in ("", prev.number):
            return
        if not self._continues(prev, r):
            return
        if not prev.head:
            prev.clause = prev.clause or 1
        rec.clause, rec.number = prev.clause + 1, prev.number
        if not rec.values.get("title"):
            rec.values["title"] = prev.values.get("title", "")

    def _continues(self, prev: RawRecord, r: int) -> bool:
        number_col, title_col = self.table.col("number"), self.table.col("title")
        if number_col is not None:
            covered = self.grid.vertical_origin(r, number_col)
            if covered is not None:
                return cell_name(covered, number_col) == prev.cells.get("number")
            if self.text(r, number_col):
                return False
        if title_col is None:
            return False
        covered = self.grid.vertical_origin(r, title_col)
        if covered is not None:
            return cell_name(covered, title_col) == prev.cells.get("title")
        return not self.text(r, title_col) and bool(prev.values.get("title"))

    def _could_be_parent(self, rec: RawRecord) -> bool:
        return bool(rec.values.get("text")) and not rec.clause and not any(map(rec.values.get, _ASSIGNED))

    def _settle_pending(self, pending: RawRecord, nxt: RawRecord) -> None:
        """A heading row without owners, followed by ①… rows, is their parent; so is one followed by rows numbered
        under it in the 序号 column ('5' then '5.1', '5-1', '5（1）', '（1）', '①'): each such row is a task of its own
        under the heading, as ① rows are."""
        original = self.grid.value(nxt.row - 1, self.table.col("text"))
        heading = f"{pending.number}.{pending.values['text']}" if pending.number else pending.values["text"]
        if pending.number and _sub_number(nxt.number, pending.number) is not None:
            self.sub_parent = (pending.number, heading)
            nxt.number = _sub_number(nxt.number, pending.number)
            nxt.category = pending.category + (heading,)
            self._parent_cells(pending)
        elif SUB_ITEM.match(cell_text(original)):
            self.parent = (pending.number, heading)
            sub = SUB_ITEM.match(cell_text(original))
            nxt.number = pending.number + sub.group(1)
            nxt.values["text"] = cell_text(original)[sub.end():].strip()
            nxt.category = pending.category + (heading,)
            self._parent_cells(pending)
        else:
            self.records.append(pending)

    def _parent_cells(self, pending: RawRecord) -> None:
        """The heading of ①② sub-items gives them its number and text; other
        values on its row (a note, an extra column) belong to no task."""
        for cell, name in pending.own.items():
            if name in ("number", "text", "category", "title"):
                continue
            self.account.placed.discard(cell)
            self.report(cell, CELL_IN_ITEM_HEADING_ROW)

    def _extend(self, rec: RawRecord, r: int, values: dict[str, object]) -> None:
        """Another row of a task whose text cell is merged down: its units, notes
        and extra columns join the task; a second, different deadline (or number,
        title) is reported, not dropped."""
        rec.extra_rows.append(r + 1)
        for name, value in values.items():
            origin = self._origin(r, self.table.col(name))
            text = cell_text(value)
            if not text or origin[0] != r:
                continue  # empty, or a merge already read above
            self._extend_field(rec, name, text, value, origin)
        self._extras(rec, r)
        for col in self.table.columns.get("category", []):
            origin = self._origin(r, col)
            text = self.text(r, col)
            if text and origin[0] == r:
                if text in rec.category:
                    self.account.placed.add(origin)
                else:
                    self._conflict(rec, origin, "类别")

    def _extend_field(self, rec: RawRecord, name: str, text: str, value: object, origin: Cell) -> None:
        if name in ROLES + ("leader", "note"):
            if text not in rec.values.get(name, "").split("\n"):
                rec.values[name] = "\n".join(x for x in (rec.values.get(name, ""), text) if x)
            self.account.placed.add(origin)
        elif not rec.values.get(name):
            rec.values[name], rec.originals[name] = text, value
            rec.cells[name] = cell_name(*origin)
            self.account.placed.add(origin)
        elif text == rec.values[name] or (name == "number" and text == rec.number):
            self.account.placed.add(origin)
        else:
            self._conflict(rec, origin, self.table.headers.get(self.table.col(name), name))

    def _conflict(self, rec: RawRecord, cell: Cell, what: str) -> None:
        self.report(cell, MERGED_ROW_CONFLICT, task_row=rec.row, what=what)


class _MeasureRows(_Rows):
    text_fields = ("measure", "unit")

    def read(self) -> list[RawRecord]:
        records = []
        for r in range(self.table.first_data_row, len(self.grid.rows)):
            texts = self.nonempty(r)
            if not texts or self.is_header_repeat(r):
                self.mark_row(r)
                continue
            values = self.row_values(r)
            if len(set(texts)) == 1 and not cell_text(values.get("measure")):
                self.mark_row(r)
                continue  # section or footer row
            if FOOTER.match(texts[0]) and not cell_text(values.get("measure")):
                self.mark_row(r)
                continue
            rec = self.record(r, values)
            rec.number = rec.values.get("task_number", "")
            if not rec.number and rec.values.get("task_text"):
                rec.number, _ = split_number(rec.values["task_text"])
            records.append(rec)
        return records
