"""Workbook -> raw task and measure records (cell text plus where it came from).

This is where the layouts of real 任务清单 are understood: section rows that
give the category path, category columns, numbers inside the task text,
①②… sub-items under a heading row, tasks whose text cell is merged over
several rows (one unit a row), footer notes, hidden rows.
Units and deadlines are interpreted later (ledger.tasklist).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..headers import Synonyms, breakdown_synonyms, task_synonyms
from .grid import Grid, cell_name, load_grids
from .tables import Table, find_table

OWNER_FIELDS = ("lead", "responsible", "cooperating")
CN_DIGITS = "一二三四五六七八九十百零〇"
SECTION_PATTERNS = (
    (1, re.compile(rf"^[{CN_DIGITS}]+\s*[、.．,，]")),
    (1, re.compile(rf"^第[{CN_DIGITS}\d]+(部分|章|篇)")),
    (2, re.compile(rf"^[（(]\s*[{CN_DIGITS}]+\s*[）)]")),
)
CN_NUMBER = re.compile(rf"^(?:[{CN_DIGITS}]+[、.．]?|[（(][{CN_DIGITS}]+[）)])$")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SUB_ITEM = re.compile(rf"^\s*([{CIRCLED}]|[（(]\d{{1,2}}[）)])\s*")
NUM_PREFIX = re.compile(
    r"^\s*(\d{1,4}(?:[.．]\d{1,3})*)\s*"
    r"(?:[.．、,，](?!\d)\s*|(?=[^\d\s.．%％年月日号批家个项条人元万亿千百余多倍以周天次户所座台套份只头吨亩]))"
)
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


@dataclass
class SheetResult:
    sheet: str
    kind: str  # "tasks" | "breakdown" | "none"
    records: list[RawRecord]
    headers: dict[str, str] = field(default_factory=dict)  # field -> header cell text
    header_row: int = 0
    hidden_cols: list[str] = field(default_factory=list)
    title: str = ""


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


def cell_text(value: object) -> str:
    """A cell value as the clerk sees it: 1.0 -> '1', dates -> ISO, text stripped."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def read_workbook(path: Path, columns: dict[str, list[str]] | None = None,
                  breakdown_columns: dict[str, list[str]] | None = None) -> WorkbookResult:
    """Every sheet of the file that holds a task table or a breakdown table."""
    path = Path(path)
    tasks, breakdown = task_synonyms(columns), breakdown_synonyms(breakdown_columns)
    sheets = [read_grid(g, path.name, tasks, breakdown) for g in load_grids(path)]
    return WorkbookResult(path.name, path, sheets)


def read_grid(grid: Grid, file: str, tasks: Synonyms, breakdown: Synonyms) -> SheetResult:
    table = find_table(grid, tasks, breakdown)
    if table is None:
        return SheetResult(grid.name, "none", [])
    reader = _TaskRows(table, file) if table.kind == "tasks" else _MeasureRows(table, file)
    records = reader.read()
    headers = {name: table.headers.get(cols[0], "") for name, cols in table.columns.items()}
    hidden_cols = [cell_name(table.header_rows[-1], c) for c in sorted(grid.hidden_cols)
                   if c in table.headers]
    parts = [cell_text(grid.value(r, c)) for r in range(table.header_rows[0]) for c in range(min(grid.width, 8))]
    title = " ".join(dict.fromkeys(p for p in parts if p))
    return SheetResult(grid.name, table.kind, records, headers, table.header_rows[0] + 1,
                       hidden_cols, title)


def _section_level(text: str) -> int | None:
    for level, pattern in SECTION_PATTERNS:
        if pattern.match(text):
            return level
    return None


def split_number(text: str) -> tuple[str, str]:
    """'1.加大…' -> ('1', '加大…'); '36县级…' -> ('36', '县级…'); no number -> ('', text)."""
    m = NUM_PREFIX.match(text)
    if not m or not text[m.end():].strip():
        return "", text
    return m.group(1).replace("．", "."), text[m.end():].strip()


class _Rows:
    """Shared walking over the data rows of a table."""

    fields: tuple[str, ...] = ()

    def __init__(self, table: Table, file: str):
        self.table = table
        self.grid = table.grid
        self.file = file
        self.header_keys = {c: w for c, w in table.headers.items()}

    def row_values(self, r: int) -> dict[str, object]:
        out = {}
        for name, cols in self.table.columns.items():
            if name == "category":
                continue
            out[name] = self.grid.value(r, cols[0])
        return out

    def nonempty(self, r: int) -> list[str]:
        return [t for t in (cell_text(v) for v in (self.grid.rows[r] if r < len(self.grid.rows) else [])) if t]

    def is_header_repeat(self, r: int) -> bool:
        texts = {c: cell_text(self.grid.value(r, c)) for c in self.table.headers}
        same = sum(1 for c, w in self.table.headers.items() if texts[c] and texts[c].replace(" ", "") == w)
        return same >= max(2, len(self.table.headers) // 2)

    def record(self, r: int, values: dict[str, object]) -> RawRecord:
        rec = RawRecord(self.file, self.grid.name, r + 1, hidden=r in self.grid.hidden_rows)
        for name, value in values.items():
            col = self.table.col(name)
            rec.values[name] = cell_text(value)
            rec.originals[name] = value
            rec.cells[name] = cell_name(*self._origin(r, col))
        return rec

    def _origin(self, r: int, c: int) -> tuple[int, int]:
        return self.grid.origin.get((r, c), (r, c))


class _TaskRows(_Rows):
    def __init__(self, table: Table, file: str):
        super().__init__(table, file)
        self.sections: list[tuple[int, str]] = []
        self.parent: tuple[str, str] | None = None  # (number, heading) of ①② sub-items
        self.records: list[RawRecord] = []
        self.by_text_origin: dict[int, RawRecord] = {}

    def read(self) -> list[RawRecord]:
        rows = range(self.table.first_data_row, len(self.grid.rows))
        pending: RawRecord | None = None
        for r in rows:
            kind = self._classify(r)
            if kind == "task":
                rec = self._task(r)
                if rec is None:
                    continue
                if pending is not None:
                    self._settle_pending(pending, rec)
                pending = rec if self._could_be_parent(rec) else None
                if pending is None:
                    self.records.append(rec)
        if pending is not None:
            self.records.append(pending)
        return self.records

    def _classify(self, r: int) -> str:
        texts = self.nonempty(r)
        if not texts or self.is_header_repeat(r):
            return "skip"
        distinct = set(texts)
        values = self.row_values(r)
        has_owner = any(cell_text(values.get(f)) for f in OWNER_FIELDS + ("deadline",))
        if len(distinct) == 1 and not self._is_task_cell_only(r, values):
            only = texts[0]
            if FOOTER.match(only):
                return "skip"
            level = _section_level(only)
            if level is not None or not has_owner:
                self._push_section(level or 3, only)
                return "section"
        if not has_owner and FOOTER.match(texts[0]) and not cell_text(values.get("text")):
            return "skip"
        if not has_owner and not cell_text(values.get("leader")):
            heading = self._heading(values)
            if heading:
                self._push_section(*heading)
                return "section"
        return "task"

    def _heading(self, values: dict[str, object]) -> tuple[int, str] | None:
        """A row without owners that is a chapter heading: 一、… in the text, or
        "一" / "（一）" in the number column beside the heading text."""
        number, text = cell_text(values.get("number")), cell_text(values.get("text"))
        if CN_NUMBER.match(number):
            joined = number if number[-1] in "、.．）)" else number + "、"
            level = _section_level(joined) or 1
            return level, joined + text
        if not number and text and _section_level(text) is not None:
            return _section_level(text), text
        return None

    def _is_task_cell_only(self, r: int, values: dict[str, object]) -> bool:
        """A lone value in the text column (not merged across) is a task, not a section."""
        col = self.table.col("text")
        text = cell_text(values.get("text"))
        if not text or (r, col) in self.grid.origin:
            return False
        merged_across = any(m[0][0] == r and m[0][1] <= col <= m[1][1] and m[1][1] > m[0][1]
                            for m in self.grid.merges)
        return not merged_across and _section_level(text) is None

    def _push_section(self, level: int, text: str) -> None:
        self.sections = [(lv, t) for lv, t in self.sections if lv < level]
        self.sections.append((level, text))
        self.parent = None

    def _category(self, r: int) -> tuple[str, ...]:
        path = [t for _, t in self.sections]
        for col in self.table.columns.get("category", []):
            text = cell_text(self.grid.value(r, col))
            if text and text not in path:
                path.append(text)
        return tuple(path)

    def _task(self, r: int) -> RawRecord | None:
        values = self.row_values(r)
        text_col = self.table.col("text")
        origin = self.grid.vertical_origin(r, text_col)
        if origin is not None and origin in self.by_text_origin:
            self._extend(self.by_text_origin[origin], r, values)
            return None
        rec = self.record(r, values)
        rec.category = self._category(r)
        self._number(rec)
        self.by_text_origin[r] = rec
        return rec

    def _number(self, rec: RawRecord) -> None:
        text = unicodedata.normalize("NFC", rec.values.get("text", ""))
        number = rec.values.get("number", "")
        sub = SUB_ITEM.match(text)
        if sub and self.parent is not None:
            rec.number = self.parent[0] + sub.group(1)
            rec.values["text"] = text[sub.end():].strip()
            rec.category = rec.category + (self.parent[1],)
            return
        self.parent = None
        if not number:
            number, text = split_number(text)
        else:
            text = split_number(text)[1] if split_number(text)[0] == number else text
        rec.number = number
        rec.values["text"] = text

    def _could_be_parent(self, rec: RawRecord) -> bool:
        return bool(rec.values.get("text")) and not any(
            rec.values.get(f) for f in OWNER_FIELDS + ("deadline", "leader"))

    def _settle_pending(self, pending: RawRecord, nxt: RawRecord) -> None:
        """A heading row without owners, followed by ①… rows, is their parent."""
        original = self.grid.value(nxt.row - 1, self.table.col("text"))
        if SUB_ITEM.match(cell_text(original)):
            heading = f"{pending.number}.{pending.values['text']}" if pending.number else pending.values["text"]
            self.parent = (pending.number, heading)
            sub = SUB_ITEM.match(cell_text(original))
            nxt.number = pending.number + sub.group(1)
            nxt.values["text"] = cell_text(original)[sub.end():].strip()
            nxt.category = pending.category + (heading,)
        else:
            self.records.append(pending)

    def _extend(self, rec: RawRecord, r: int, values: dict[str, object]) -> None:
        """Another row of a task whose text cell is merged down: add its units."""
        rec.extra_rows.append(r + 1)
        for name in OWNER_FIELDS:
            extra = cell_text(values.get(name))
            if extra and extra not in rec.values.get(name, "").split("\n"):
                joined = "\n".join(x for x in (rec.values.get(name, ""), extra) if x)
                rec.values[name] = joined
        if not rec.values.get("deadline") and cell_text(values.get("deadline")):
            rec.values["deadline"] = cell_text(values.get("deadline"))
            rec.originals["deadline"] = values.get("deadline")


class _MeasureRows(_Rows):
    def read(self) -> list[RawRecord]:
        records = []
        for r in range(self.table.first_data_row, len(self.grid.rows)):
            texts = self.nonempty(r)
            if not texts or self.is_header_repeat(r):
                continue
            values = self.row_values(r)
            if len(set(texts)) == 1 and not cell_text(values.get("measure")):
                continue  # section or footer row
            if FOOTER.match(texts[0]) and not cell_text(values.get("measure")):
                continue
            rec = self.record(r, values)
            rec.number = rec.values.get("task_number", "")
            if not rec.number and rec.values.get("task_text"):
                rec.number, _ = split_number(rec.values["task_text"])
            records.append(rec)
        return records
