"""The unit roster (单位名录) as a file: read a roster, write a draft roster.

Reading goes through python-calamine (.xlsx .xlsm .xls .xlsb .ods) or the csv
module; the header row is found by its words, title rows above it are skipped,
a vertically merged 分组 (or 联系人/联系电话) cell applies to every row it covers.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..console import display_width
from ..errors import FileLocked, FileProblem
from ..findings import Finding
from ..findings.units import ALIAS_SHARED, ROSTER_ROW_WITHOUT_NAME
from ..model import Unit
from ..roster import Roster
from ..roster_draft import Cluster
from .atomic import atomic_path
from .grid import load_grids
from .read import cell_text

HEADER_SCAN_ROWS = 15

# Header words per field, best first.
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("单位名称", "单位全称", "名称", "单位", "责任单位"),
    "aliases": ("简称/别名", "简称", "别名", "曾用名", "简称或别名", "其他名称"),
    "group": ("分组", "类别", "单位类别", "单位类型", "分类"),
    "contact": ("联系人",),
    "phone": ("联系电话", "电话", "手机", "手机号码", "联系方式"),
}
_ALIAS_SPLIT_RE = re.compile(r"[、,，;；/／\n\r]+")
_FILL_DOWN = ("group", "contact", "phone")  # merged cells that apply to every row they cover
_NOTE_ROW_RE = re.compile(r"^(?:注|备注|说明|填表说明)\s*[:：0-9１-９一二三.、]")

Rows = list[list[object]]
Merge = tuple[tuple[int, int], tuple[int, int]]


def _header_word(value: object) -> str:
    text = unicodedata.normalize("NFKC", cell_text(value))
    text = re.sub(r"[\s*＊:：]", "", text)
    return re.sub(r"[（(][^）)]*[）)]$", "", text)


def _field_of(word: str) -> tuple[str, int] | None:
    """(field, rank) of a header word; lower rank = better synonym."""
    for field, words in FIELD_WORDS.items():
        if word in words:
            return field, words.index(word)
    if "简称" in word or "别名" in word:
        return "aliases", 99
    if "分组" in word or "类别" in word or word.endswith(("类型", "分类")):  # 所属类别, 单位分组, 所属类型 (the probe)
        return "group", 99
    return None


def _header_columns(row: Sequence[object]) -> dict[str, int]:
    """Field -> column index for one candidate header row."""
    best: dict[str, tuple[int, int]] = {}
    for col, value in enumerate(row):
        found = _field_of(_header_word(value))
        if found and (found[0] not in best or found[1] < best[found[0]][0]):
            best[found[0]] = (found[1], col)
    return {field: col for field, (_, col) in best.items()}


def find_header(rows: Rows) -> tuple[int, dict[str, int]] | None:
    """The first row (within the first 15) with a name column, and its columns; none in a task list's header (a
    task's or a deadline's column beside 责任单位: the task list given as the roster)."""
    for r, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        cols = _header_columns(row)
        if "name" in cols:
            return None if _names_task_columns(row) else (r, cols)
    return None


def is_task_list_header(rows: Rows) -> bool:
    """A 单位名称-like column beside a task's or a deadline's in a header row: a task list, not a roster."""
    return any(_header_columns(row).get("name") is not None and _names_task_columns(row) for row in rows[:HEADER_SCAN_ROWS])


def _names_task_columns(row: Sequence[object]) -> bool:
    return any(TASK_HEADER.search(_header_word(v)) for v in row)


# A task list's own columns: its tasks, measures or deadlines.
TASK_HEADER = re.compile(r"任务|工作内容|具体措施|工作措施|完成时限|完成时间|时间节点|进展")


def _merge_origins(merges: Iterable[Merge] | None) -> dict[tuple[int, int], tuple[int, int]]:
    """Covered cell -> top-left cell, for vertical merges."""
    origins: dict[tuple[int, int], tuple[int, int]] = {}
    for (r0, c0), (r1, c1) in merges or ():
        for r in range(r0 + 1, r1 + 1):
            for c in range(c0, c1 + 1):
                origins[(r, c)] = (r0, c0)
    return origins


def _value(rows: Rows, r: int, c: int | None) -> str:
    if c is None or r >= len(rows) or c >= len(rows[r]):
        return ""
    return cell_text(rows[r][c])


def split_aliases(text: str, name: str = "") -> tuple[str, ...]:
    parts = (p.strip() for p in _ALIAS_SPLIT_RE.split(text or ""))
    return tuple(dict.fromkeys(p for p in parts if p and p != name))


def _row_unit(rows: Rows, r: int, cols: dict[str, int], origins: dict) -> Unit | None:
    def get(field: str) -> str:
        col = cols.get(field)
        text = _value(rows, r, col)
        if not text and field in _FILL_DOWN and (r, col) in origins:
            text = _value(rows, *origins[(r, col)])
        return text

    name = re.sub(r"\s+", "", get("name"))
    if not name or _NOTE_ROW_RE.match(name) or _field_of(name):
        return None
    return Unit(name=name, aliases=split_aliases(get("aliases"), name),
                group=get("group"), contact=get("contact"), phone=get("phone"))


def units_from_rows(rows: Rows, merges: Iterable[Merge] | None = None,
                    nameless: list[tuple[int, str]] | None = None) -> list[Unit] | None:
    """Units of one sheet, or None when it has no 单位名称 header; ``nameless`` gets (row, what it says) of each row
    with an alias or a contact but no 单位名称 (no unit is made of it)."""
    header = find_header(rows)
    if header is None:
        return None
    start, cols = header
    origins = _merge_origins(merges)
    units: dict[str, Unit] = {}
    for r in range(start + 1, len(rows)):
        unit = _row_unit(rows, r, cols, origins)
        if unit is None:
            said = "、".join(v for f in ("aliases", "contact", "phone") if (v := _value(rows, r, cols.get(f))))
            if nameless is not None and said and not _value(rows, r, cols.get("name")):
                nameless.append((r + 1, said))
            continue
        if unit.name in units:  # a name listed twice: keep the first, add aliases
            old = units[unit.name]
            unit = Unit(old.name, split_aliases("、".join(old.aliases + unit.aliases), old.name),
                        old.group or unit.group, old.contact or unit.contact, old.phone or unit.phone)
        units[unit.name] = unit
    return list(units.values())


# ---------------------------------------------------------------- reading


def read_roster(path: str | os.PathLike[str]) -> Roster:
    """Read a 单位名录 workbook or CSV into a Roster.

    Raises FileProblem (missing file, no 单位名称 column), NotAWorkbook,
    PasswordProtected or FileLocked, each with a Chinese message naming the file.
    """
    return read_roster_checked(path)[0]


def read_roster_checked(path: str | os.PathLike[str]) -> tuple[Roster, list[Finding]]:
    """``read_roster``, and what of the roster no unit was made of or is ambiguous: rows with an alias but no name
    (``roster-row-without-name``), an alias two units share (``alias-shared``)."""
    p = Path(path)
    task_list = False
    for grid in load_grids(p):  # merged cells come filled in
        nameless: list[tuple[int, str]] = []
        units = units_from_rows(grid.rows, nameless=nameless)
        if units is not None:
            found = [ROSTER_ROW_WITHOUT_NAME(p.name, grid.name, f"A{row}", said[:30]) for row, said in nameless]
            owners: dict[str, list[str]] = {}
            for u in units:
                for alias in u.aliases:
                    owners.setdefault(alias, []).append(u.name)
            found += [ALIAS_SHARED(p.name, grid.name, "", alias, units="”“".join(names))
                      for alias, names in owners.items() if len(names) > 1]
            return Roster(units), found
        task_list = task_list or is_task_list_header(grid.rows)
    if task_list:
        raise FileProblem(
            f"《{p.name}》像是任务清单（表头有任务、完成时限等列），不是单位名录，没有导入。导入任务清单请去掉 --units："
            f"ledger import “{p.name}”；单位名录应是一行一个单位、含“单位名称”列的表格。", path=str(p))
    raise FileProblem(
        f"在《{p.name}》中找不到“单位名称”列，它不像单位名录。请在前{HEADER_SCAN_ROWS}行内放一行表头，"
        "包含“单位名称”（可选“简称/别名”“分组”“联系人”“联系电话”）", path=str(p))


# ---------------------------------------------------------------- writing

DRAFT_HEADERS = ("单位名称", "简称/别名", "分组", "联系人", "联系电话", "出现次数", "待确认")


def _draft_rows(clusters: Iterable[Cluster]) -> list[list[object]]:
    rows: list[list[object]] = []
    for cluster in clusters:
        others = [m for m in cluster.members if m != cluster.canonical]
        note = ""
        if others:
            merged = "、".join(f"“{m}”" for m in (cluster.canonical, *others))
            note = f"已将{merged}合并为同一单位，请核对；如不是同一单位，请拆成多行"
        rows.append([cluster.canonical, "、".join(others), cluster.group, "", "",
                     cluster.count, note])
    return rows


def _write_draft(target: str, rows: list[list[object]]) -> None:
    import xlsxwriter  # only a draft roster is written here: reading a roster does not load it

    book = xlsxwriter.Workbook(target)
    sheet = book.add_worksheet("单位名录")
    bold = book.add_format({"bold": True, "valign": "vcenter", "bg_color": "#DDEBF7",
                            "border": 1})
    text = book.add_format({"num_format": "@", "valign": "top", "text_wrap": True})
    sheet.write_row(0, 0, DRAFT_HEADERS, bold)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, int):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value), text)
    for c, head in enumerate(DRAFT_HEADERS):
        widest = max([display_width(head)] + [display_width(str(row[c])) for row in rows])
        sheet.set_column(c, c, min(max(widest + 2, 8), 60), None if c == 5 else text)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(rows), 1), len(DRAFT_HEADERS) - 1)
    book.close()


def write_roster_draft(path: str | os.PathLike[str], clusters: Iterable[Cluster]) -> None:
    """Write a draft 单位名录 for the clerk to check (atomic: temp file + rename)."""
    from xlsxwriter.exceptions import FileCreateError

    target = Path(path)
    with atomic_path(target) as tmp:
        try:
            _write_draft(str(tmp), _draft_rows(clusters))
        except FileCreateError as exc:
            raise FileLocked(f"无法写入《{target.name}》，文件可能正被 Excel/WPS 打开，请关闭后再试",
                             path=str(target)) from exc
