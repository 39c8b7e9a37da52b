"""Tables of targets by unit: each row a unit and its figures, no task column.

A 目标任务分解表 hands each place or department its share of the plan's targets::

    责任单位 外贸出口目标 实到外资目标
    万州区 1900 300
    渝北区 2000 1000

(unseen w2266: a 市's notice, its 附件 pasted as text, one space between cells). No column holds
a task's text, so no task table reader takes it; yet each row is a task a clerk follows up:
the unit's targets. Read here into a grid of two columns, 责任单位 and 具体内容, the content
the row's figures under their column words ('外贸出口目标：1900；实到外资目标：300'). The same
shape in a Word table (``targets_grid``) is read so too.

The header is recognised by its first column (after an optional 序号): a word for the units
(责任单位, 单位, 单位名称, 地区, 县（市、区）, 乡镇（街道）…) and at least one short column
word after it that names no owner, deadline or task text. Rows are a unit's name (a place or an
office, ``names.is_unit_name``) and figures only (numbers with their measure, %, —); a 合计 row
is the total, no task. Anything else ends the table.
"""
from __future__ import annotations

import re

from ..headers import normalize_header
from ..io.grid import Grid
from .columns import canonical_header
from .flat_table import FlatTable
from .names import is_unit_name, looks_like_org

UNITS_WORD = re.compile(r"(?:责任|承担|考核)?单位(?:名称)?|(?:责任)?(?:地区|区域|地方)|各?(?:县|市|区|乡|镇)(?:[市区县镇乡街道]{1,4})?"
                        r"|市州|镇街|街镇|部门(?:名称)?|责任部门")  # (its words as normalize_header leaves them: 县（市、区） -> 县)
FIGURE = re.compile(r"(?:约|不低于|不少于|≥|>=|≤)?[-+]?\d+(?:\.\d+)?\s*(?:%|％|‰|[万亿千百]?[\u4e00-\u9fff]{0,3})?|[-—－/／]+|[〇一二三四五六七八九十百千万]+[\u4e00-\u9fff]?")
TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计|全[省市县区]|共计)$")
# A contact list's columns (单位 | 联系人 | 电话): figures of no target.
CONTACT_WORD = re.compile(r"电话|手机|传真|姓名|联系|邮箱|邮编|职务|职称|地址|负责人|人员|代码|编码|账号|网址")
NUMBER_WORD = re.compile(r"^序\s*号?$")
MAX_WORD = 14
MIN_ROWS = 2


def targets_by_unit_table(texts: list[str], numbers: list[int], i: int) -> FlatTable | None:
    """A table of targets by unit whose header is line ``i`` (cells apart by tabs, bars or spaces), or None."""
    header = _header(texts[i])
    if header is None:
        return None
    labels, numbered = header
    rows: list[list[str]] = []
    lines, sources = [0], [texts[i]]
    j = i + 1
    while j < len(texts):
        line = texts[j].strip()
        if not line:
            j += 1
            continue
        found = _row(line, len(labels), numbered)
        if found is None:
            break
        number, cells = found
        if not TOTAL.match(cells[0]):
            rows.append([number, cells[0], _content(labels, cells[1:])])
            lines.append(numbers[j])
            sources.append(line)
        j += 1
    if len(rows) < MIN_ROWS:
        return None
    return FlatTable(i, j, _grid("表", rows, numbered), lines, sources)


def _grid(name: str, rows: list[list[str]], numbered: int) -> Grid:
    """The rows (number, unit, content) as a task table's grid, its 序号 column only when the table had one."""
    header = ["序号", "责任单位", "具体内容"]
    return Grid(name=name, rows=[header[1 - numbered:]] + [row[1 - numbered:] for row in rows])


def targets_grid(grid: Grid) -> Grid | None:
    """A Word table of targets by unit (its header in one of the first rows) as the same two-column grid, or None."""
    for r, row in enumerate(grid.rows[:4]):
        cells = [str(v).strip() if v is not None else "" for v in row]
        found = _header_cells(cells)
        if found is None:
            continue
        labels, numbered = found
        body = []
        for values in grid.rows[r + 1:]:
            row = [str(v).strip() if v is not None else "" for v in values]
            number, cells = (row[0] if numbered else ""), row[numbered:numbered + len(labels) + 1]
            if not any(cells) or TOTAL.match(cells[0]):
                continue
            if not _unit(cells[0]) or not all(not c or FIGURE.fullmatch(c) for c in cells[1:]):
                break
            body.append([number, cells[0], _content(labels, cells[1:])])
        return _grid(grid.name, body, numbered) if len(body) >= MIN_ROWS else None
    return None


def _header(line: str) -> tuple[list[str], int] | None:
    return _header_cells(_split(line.strip()))


def _header_cells(cells: list[str]) -> tuple[list[str], int] | None:
    """The column words after the units' column, and whether a 序号 column comes first; None for any other header."""
    written = [re.sub(r"\s+", "", c) for c in cells if c.strip()]
    words = [normalize_header(c) for c in written]
    numbered = int(bool(words) and bool(NUMBER_WORD.match(words[0])))
    if len(words) - numbered < 2 or not UNITS_WORD.fullmatch(words[numbered]):
        return None
    if not all(_target_word(w) for w in words[numbered + 1:]):
        return None
    return written[numbered + 1:], numbered  # as written: '新增就业（人）' keeps its measure


def _target_word(word: str) -> bool:
    """A column of figures: a short word that names no owner, deadline or task text (目标, 指标, 任务数（人）…)."""
    known = canonical_header(word)
    return (0 < len(word) <= MAX_WORD and not re.search(r"[，。；、,;]", word) and not UNITS_WORD.fullmatch(word)
            and not CONTACT_WORD.search(word)
            and known not in ("牵头单位", "责任单位", "配合单位", "完成时限", "具体内容", "序号", "牵头领导"))


def _row(line: str, width: int, numbered: int) -> tuple[str, list[str]] | None:
    """The row's number ("" when none) and its cells (the unit's, then its figures), or None for a line of no such row."""
    cells = _split(line)
    number = cells[0].rstrip(".、．") if numbered and cells and re.fullmatch(r"\d{1,3}[.、．]?", cells[0]) else ""
    cells = cells[1:] if number else cells
    if len(cells) != width + 1 or not _unit(cells[0]) and not TOTAL.match(cells[0]):
        return None
    return (number, cells) if all(FIGURE.fullmatch(c) for c in cells[1:]) else None


def _unit(name: str) -> bool:
    return bool(name) and len(name) <= 20 and is_unit_name(name) and looks_like_org(name) and "单位" not in name


def _split(line: str) -> list[str]:
    if "|" in line or "｜" in line:
        return [c.strip() for c in re.split(r"[|｜]", line) if c.strip()]
    return [c for c in re.split(r"\t+|\s+", line) if c]


def _content(labels: list[str], values: list[str]) -> str:
    return "；".join(f"{label}：{value}" for label, value in zip(labels, values) if value)
