"""Header words of task tables pasted as text: a column's word as ``ledger.headers``
knows it, from the looser words plans use ("责任单位或牵头单位", "时间进度",
"主办单位", "重点工作和要求"). Used by ``.flat_table`` and ``.text_tables``; the
grid they build carries these words, so the workbook reader reads it as it
reads any sheet.
"""
from __future__ import annotations

import re

from ..headers import normalize_header, task_synonyms
from ..io.grid import Grid
from ..io.tables import assign_columns, is_task_table
from .markers import OFFICE_WORDS, RESPONSIBILITY_KIND

LOOSE_WORDS = (
    # columns a 考核 table gives a task that are no owner and no text: the measure's unit (单位 alone),
    # the year's target, the department that scores or monitors it (评分部门): read as notes
    (re.compile(r"^(?:计量)?单位$|^(?:年度|预期|绩效)?目标值$|^年度目标$|^(?:评分|计分|监测|评价)(?:单位|部门)$|^考核部门$"), "备注"),
    (re.compile(r"牵头"), "牵头单位"), (re.compile(r"配合|协助|协办|参与|协同"), "配合单位"),
    # 责任股室, 责任科室(单位): a bureau's list whose owners are its own sections (股, 科, 室, 队, 馆 …)
    (re.compile(rf"(?:责任|负责|承办|主办|落实){OFFICE_WORDS}|责任主体"), "责任单位"),
    (re.compile(r"领导"), "牵头领导"),
    # a 问题清单's kinds of responsibility (主体责任, 监管责任(单位), 行业监管责任): each column names responsible units
    (re.compile(rf"^{RESPONSIBILITY_KIND}"), "责任单位"),
    (re.compile(r"^(?:时间|期限)|时限|时间节点|进度|完成时间|完成年[度限]|^(?:实施|计划完成)年度$"), "完成时限"),
    # a duty table's duty column ('序号 涉及部门 职责分工', unseen w707): what each row's unit does, the task
    (re.compile(r"^(?:主要|工作|具体)?职责(?:分工|任务|内容)$|^分工(?:职责|内容)$"), "具体内容"),
    (re.compile(r"^序号?$|^编号$"), "序号"), (re.compile(r"目标|类别|分类|领域|项目$|指标$|职责$"), "类别"),
    (re.compile(rf"{OFFICE_WORDS}$"), "责任单位"),  # 实施单位, 承担部门, 监考单位, 股室 …
    (re.compile(r"任务|措施|内容|要求|举措|事项|名称|工作|标准"), "具体内容"),
)
MAX_HEADER_WORD = 14
# A column headed by two or more owner roles ("牵头单位、相关单位", "责任单位和配合单位"): its cells say which unit is which.
_ROLE_WORD = r"(?:牵头|责任|主办|主责|配合|协办|协助|相关|参与)(?:单位|部门)"
ROLE_WORDS_LISTED = re.compile(rf"({_ROLE_WORD})(?:[、和及/／]{_ROLE_WORD})+")
UNNAMED_TASK = re.compile(r"^20\d\d\s*年|预期|目标|指标|事项|项目|内容|举措")
OWNER_WORDS = ("牵头单位", "责任单位", "配合单位")
INDICATOR = re.compile(r"指标$")
ITEM_MARK = re.compile(r"^[（(]?[一二三四五六七八九十]+[）)、.．]")


def canonical_header(cell: str) -> str:
    """A column's header word as ``ledger.headers`` knows it ("责任单位或牵头单位"
    -> 牵头单位, "时间进度" -> 完成时限, "重点工作和要求" -> 具体内容), or ""."""
    word = normalize_header(cell)
    roles = ROLE_WORDS_LISTED.fullmatch(word or "")
    if roles:  # "牵头单位、相关单位" (unseen w2601): one column whose cells label each unit's role; read as the first's
        return canonical_header(roles.group(1))
    if not word or len(word) > MAX_HEADER_WORD or re.search(r"\d|[，。；、]", word) or ITEM_MARK.match(word):
        return ""  # "(一)刘忻市长牵头重点工作": a heading between rows, not a column
    if task_synonyms().lookup(word):
        return word
    return next((canonical for pattern, canonical in LOOSE_WORDS if pattern.search(word)), "")


def unnamed_task_column(before: list[str], cell: str, after: str) -> bool:
    """A header cell that names no known column but is the task's, by its place and
    words: right after 序号 and before an owner column, a short label with a year or
    a word for what a row asks for ("2022年预期目标", "年度重点事项", "攻坚项目")."""
    word = normalize_header(cell)
    return (bool(before) and canonical_header(before[-1]) == "序号" and _short_label(cell) and not canonical_header(cell)
            and bool(UNNAMED_TASK.search(word)) and canonical_header(after) in OWNER_WORDS)


def header_columns(cells: list[str], delimited: bool = False) -> dict[str, list[int]] | None:
    """The fields of a header row, if it is a task table's (most cells are column words).
    ``delimited``: the row's cells are known to be a row (set apart by bar lines), so
    three column words are enough; the other cells need only be short labels
    ("建设地点", "2024年建设内容", "年度投资金额（万元）"), read as columns no task needs."""
    duties = _duty_table(cells)
    if duties is not None:
        return duties
    words = [canonical_header(c) for c in cells]
    known = sum(bool(w) for w in words)
    if delimited and any(not w and not _short_label(c) and not report_label(c) for w, c in zip(words, cells)):
        return None
    columns = assign_columns({i: w for i, w in enumerate(words) if w}, task_synonyms())
    enough = known >= (3 if delimited else max(3, len(cells) - 2)) or delimited and _text_and_owner(cells, columns)
    if len(cells) < 3 or not enough:
        return None  # ('| 内容 | 提供单位 | 频率 |', unseen w2208: a task's and an owner's column among short labels, bars between)
    return columns if is_task_table(columns) else _indicator_as_text(cells, columns)


def _text_and_owner(cells: list[str], columns: dict[str, list[int]]) -> bool:
    """A header's known words are a task's column, by a word of the task column itself (内容, 工作内容, 主要任务; not
    a loose one: '任务数(人)' counts, blind w1585), then one owner column, and no more."""
    owners = [cols for role, cols in columns.items() if role in ("lead", "responsible", "cooperating")]
    text = columns.get("text", [])
    return (sorted(len(cols) for cols in columns.values()) == [1, 1] and len(owners) == 1 and len(text) == 1
            and text[0] < owners[0][0] and bool(task_synonyms().lookup(normalize_header(cells[text[0]]))))


DUTY_OWNER = re.compile(r"(?:责任|涉及|相关|职能|牵头)?(?:单位|部门)(?:名称)?")
DUTY_WORDS = re.compile(r"(?:主要|工作|具体|部门|单位)?(?:职责|职能)(?:分工|任务|内容)?|分工(?:职责|内容)")


def _duty_table(cells: list[str]) -> dict[str, list[int]] | None:
    """A table of units and their duties ('序号 单位 主要职责', '序号 涉及部门 职责分工', unseen w707): its one
    unit column is responsible for the duties column, each row's task; 单位 there is no measure's unit, as
    it is in a 考核 table's header, and 职责 is the task, no category. None for any other header."""
    words = [normalize_header(c) for c in cells]
    number = [k for k, w in enumerate(words) if any(f == "number" for f, _ in task_synonyms().lookup(w))]
    owner = [k for k, w in enumerate(words) if DUTY_OWNER.fullmatch(w)]
    duty = [k for k, w in enumerate(words) if DUTY_WORDS.fullmatch(w)]
    if len(owner) != 1 or len(duty) != 1 or len(number) > 1 or len(number) + 2 != len(words):
        return None
    return {"number": number, "responsible": owner, "text": duty} if number else {"responsible": owner, "text": duty}


def _indicator_as_text(cells: list[str], columns: dict[str, list[int]]) -> dict[str, list[int]] | None:
    """A 考核 table with no task column ("序号 | 责任单位 | 考核指标 | 分月序时进度 | …"): its one
    indicator column (考核指标, 工作指标) is what each row asks for, the task."""
    indicators = [c for c in columns.get("category", []) if INDICATOR.search(normalize_header(cells[c]))]
    if len(indicators) != 1:
        return None
    columns = dict(columns, text=indicators, category=[c for c in columns["category"] if c != indicators[0]])
    columns = {f: cols for f, cols in columns.items() if cols}
    return columns if any(f in columns for f in ("lead", "responsible", "cooperating")) else None


def _short_label(cell: str) -> bool:
    word = normalize_header(cell)
    return bool(word) and len(word) <= MAX_HEADER_WORD and not re.search(r"[，。；、]", word)


REPORT_WORD = re.compile(r"情况|进展|进度|问题|打算|成效")
REPORT_PIECE = re.compile(r"[\u4e00-\u9fff]{2,8}")


def report_label(cell: str) -> bool:
    """A progress report's column that names what it holds in a list of short words ("进展情况、
    存在问题及下一步打算", "工作进展、存在问题及下步打算", "完成情况和存在问题"; blind w261, a 区's
    民生实事 progress table): a column no task needs, however long its word. Each piece
    between 、, 及, 和 or 与 a word of two to eight characters, the first a report's (情况, 进展 …)."""
    word = normalize_header(cell)
    pieces = re.split(r"[、，,及和与]", word)
    return (len(pieces) >= 2 and all(REPORT_PIECE.fullmatch(p) for p in pieces)
            and bool(REPORT_WORD.search(pieces[0])) and not task_synonyms().lookup(word))


def canonical_header_rows(grid: Grid, rows: int = 6) -> None:
    """A .docx table's header row in the words the workbook reader knows (主办单位 ->
    责任单位), when one of its first rows is a task table's header."""
    for r, row in enumerate(grid.rows[:rows]):
        cells = [str(v) for v in row]
        filled = [c for c in cells if c.strip()]
        if header_columns(filled) is not None:
            duties = _duty_table(filled) is not None
            grid.rows[r] = [(duties and _duty_word(c)) or canonical_header(c) or c if c.strip() else c for c in cells]
            return


def _duty_word(cell: str) -> str:
    """A duty table's header cell in the words the workbook reader knows (单位 -> 责任单位, 主要职责 -> 具体内容),
    or "" (used on a header ``_duty_table`` reads)."""
    word = normalize_header(cell)
    return "责任单位" if DUTY_OWNER.fullmatch(word) else "具体内容" if DUTY_WORDS.fullmatch(word) else ""
