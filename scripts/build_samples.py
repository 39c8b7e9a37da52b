#!/usr/bin/env python3
"""Build the sample workbooks in ``samples/`` from the seed plans.

    python scripts/build_samples.py [--seeds DIR] [--out samples]

The seeds are real public documents (see ``shared/DOMAIN.md``):

* ``000_*.txt`` -- 五原县 plan; section 三、主要任务 lists 36 numbered tasks with
  "牵头部门：/责任部门：/配合部门：/完成时限：" lines, tasks 2, 11 and 20 split
  into ①②… sub-items that carry their own owners and deadline.
* ``004_*.txt`` -- 平罗县 plan; annex 1 ("附件1") is a 任务清单 table flattened to
  text: one cell a line (tab-indented), empty lines where cells were vertically
  merged, and lines without a leading tab that are either the continuation of
  the previous cell (a line break inside the cell) or the value of a vertically
  merged cell printed out of place.

Everything written is a pure function of the seed texts: running the script
twice gives the same cell values, merges and JSON (the workbook files also get a
fixed creation date, so in practice the bytes match as well).

Outputs (all in ``--out``):

1. 平罗县任务清单.xlsx          the 118 tasks of seed 004's annex as an office workbook
2. 平罗县任务清单.xls           the same as legacy .xls (xlwt), same merges
   五原县任务清单.csv           五原 list as UTF-8 CSV with BOM
3. 五原县任务清单.xlsx          五原 list (sections, sub-items) + a "说明" sheet
4. 平罗县单位名录.xlsx / 五原县单位名录.xlsx   rosters (canonical names, aliases, groups)
5. 平罗县任务分解表.xlsx        a clean 任务分解表 for five units
6. 平罗县任务清单-修订.xlsx     a revised 任务清单 for re-import tests
7. expected/平罗县任务清单.json, expected/五原县任务清单.json, expected/unexpandable.json
"""
from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import xlsxwriter
import xlwt

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"
FIXED_CREATED = dt.datetime(2020, 4, 1, 9, 0, 0)

PL_LIST = "平罗县任务清单.xlsx"
PL_LIST_XLS = "平罗县任务清单.xls"
PL_REVISED = "平罗县任务清单-修订.xlsx"
PL_ROSTER = "平罗县单位名录.xlsx"
PL_DECOMP = "平罗县任务分解表.xlsx"
WY_LIST = "五原县任务清单.xlsx"
WY_CSV = "五原县任务清单.csv"
WY_ROSTER = "五原县单位名录.xlsx"

PL_TITLE = "平罗县深化改革加强食品安全工作任务清单"
PL_HEADER = ["项目", "内容", "主要任务", "牵头单位", "配合单位", "完成时限"]
PL_FOOTER = "注：本清单由县食安办负责解释。"
PL_SHEET = "任务清单"
WY_TITLE = "五原县创建国家食品安全示范城市重点任务清单"
WY_NOTE = "（2022年8月）"
WY_HEADER = ["序号", "工作任务", "牵头部门", "责任部门", "配合部门", "完成时限"]
WY_SHEET = "重点任务清单"

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SPLIT_RE = re.compile(r"[、，,；;\s]+")


# --------------------------------------------------------------------------
# 平罗 (seed 004, annex 1)
# --------------------------------------------------------------------------

L1_RE = re.compile(r"^[一二三四五六七八九十—]+、")  # "—、强化标准实施" has an em dash
L2_RE = re.compile(r"^[（(][一二三四五六七八九十]+）")
DEADLINE_RE = re.compile(r"^\d{4}年")
TASK_RE = re.compile(r"^(\d{1,3})(?!\d)([.．]?)")


@dataclass
class PLTask:
    number: int
    cell: str  # 主要任务 exactly as in the seed (with its number prefix)
    text: str  # without the number prefix
    level1: str = ""
    level2: str | None = None  # None: the row has no 内容 cell (项目 spans A:B)
    lead: str = ""
    coop: str = ""
    deadline: str = ""  # as written in this row (empty = same as above)
    block_deadline: str = ""  # value of the deadline block the task is in
    new_l1: bool = False
    new_l2: bool = False
    new_block: bool = False
    lines: list[int] = field(default_factory=list)  # seed line numbers (debug)


def parse_pingluo(text: str) -> tuple[str, list[PLTask]]:
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip() == "附件1")
    end = next(i for i, l in enumerate(lines) if i > start and l.strip() == "附件2")
    title = lines[start + 1].strip()
    assert title == PL_TITLE, title
    # header: the six tab cells after the title
    hdr = [l[1:] for l in lines[start + 2 : start + 8]]
    assert hdr == PL_HEADER, hdr

    tasks: list[PLTask] = []
    cur: PLTask | None = None
    trailing: list[list[str]] = []  # lead, coop, deadline cells of ``cur`` (physical lines)
    prefix: list[str] = []  # 项目/内容 cells seen before the next task
    oop_l1: str | None = None  # out-of-place merged values
    oop_l2: str | None = None
    oop_deadline: dict[int, str] = {}
    last_kind = None

    def close(task: PLTask | None) -> None:
        if task is None:
            return
        assert len(trailing) == 3, (task.number, trailing)
        task.lead = "\n".join(trailing[0]).strip()
        task.coop = "\n".join(trailing[1]).strip()
        task.deadline = "\n".join(trailing[2]).strip()

    for idx in range(start + 8, end):
        raw = lines[idx]
        if not raw.strip() and not raw.startswith("\t"):
            continue  # an empty line: a vertically merged cell, or noise
        if raw.startswith("\t"):
            value = raw[1:].strip()
            m = TASK_RE.match(value)
            if m and int(m.group(1)) == len(tasks) + 1:
                close(cur)
                cur = PLTask(number=int(m.group(1)), cell=value, text=value[m.end():])
                cur.lines.append(idx + 1)
                # the prefix cells: (项目, 内容) or a single 项目 cell spanning A:B
                assert len(prefix) in (1, 2), (cur.number, prefix)
                l1 = prefix[0] or oop_l1
                if len(prefix) == 2:
                    l2 = prefix[1] or oop_l2
                    if l1:
                        assert L1_RE.match(l1), l1
                    if l2:
                        assert L2_RE.match(l2), l2
                else:
                    assert oop_l2 is None
                    l2 = None
                prev = tasks[-1] if tasks else None
                if l1:
                    cur.level1, cur.new_l1 = l1, True
                else:
                    assert prev is not None
                    cur.level1 = prev.level1
                if len(prefix) == 2:
                    if l2:
                        cur.level2, cur.new_l2 = l2, True
                    else:
                        assert prev is not None and prev.level2 is not None and not cur.new_l1
                        cur.level2 = prev.level2
                else:
                    # one cell spanning 项目 and 内容: a new merged block starts
                    # when the level-1 text changes, rows below it are "same as above"
                    cur.level2 = None
                    if not l1:
                        assert prev is not None and prev.level2 is None
                tasks.append(cur)
                trailing, prefix, oop_l1, oop_l2 = [], [], None, None
                last_kind = "task"
                continue
            if cur is not None and len(trailing) < 3:
                trailing.append([value] if value else [])
                last_kind = "trailing"
            else:
                prefix.append(value)
                last_kind = "prefix"
            continue
        # a line without a leading tab
        value = raw.strip()
        if L1_RE.match(value):
            assert oop_l1 in (None, value), (oop_l1, value)
            oop_l1 = value
        elif L2_RE.match(value):
            assert oop_l2 in (None, value), (oop_l2, value)
            oop_l2 = value
        elif DEADLINE_RE.match(value):
            assert cur is not None and len(trailing) == 3 and not trailing[2], (idx + 1, value)
            assert cur.number not in oop_deadline
            oop_deadline[cur.number] = value
        else:
            # continuation of the previous cell (a line break inside the cell)
            assert last_kind == "trailing" and trailing, (idx + 1, value)
            trailing[-1].append(value)
    close(cur)
    assert not prefix or all(not p for p in prefix), prefix

    # deadlines: a value (in its cell or printed out of place) starts a block;
    # a blank cell means "same as above"
    block = ""
    for t in tasks:
        if t.number in oop_deadline:
            assert not t.deadline
            t.deadline = oop_deadline[t.number]
        if t.deadline:
            block, t.new_block = t.deadline, True
        assert block, t.number
        t.block_deadline = block
    numbers = [t.number for t in tasks]
    assert numbers == list(range(1, 119)), numbers
    return title, tasks


# --------------------------------------------------------------------------
# 五原 (seed 000, section 三、主要任务)
# --------------------------------------------------------------------------


@dataclass
class WYRow:
    kind: str  # "section" | "task" | "parent" | "sub"
    number: str = ""  # "1", "2", "2①"
    seq: str = ""  # what goes into the 序号 cell
    text: str = ""  # 工作任务 cell
    plain_text: str = ""  # without number / circled digit
    section: str = ""
    parent_heading: str = ""
    lead: str = ""
    responsible: str = ""
    cooperating: str = ""
    deadline: str = ""


def parse_wuyuan(text: str) -> list[WYRow]:
    lines = [l.strip() for l in text.split("\n")]
    start = lines.index("三、主要任务")
    end = lines.index("四、实施步骤")
    rows: list[WYRow] = []
    section = ""
    parent: WYRow | None = None
    cur: WYRow | None = None
    for l in lines[start + 1 : end]:
        if not l:
            continue
        if L2_RE.match(l):
            section = l
            rows.append(WYRow(kind="section", text=l, section=l))
            cur = parent = None
            continue
        m = re.match(r"^(\d+)\.(.*)$", l)
        if m:
            cur = WYRow(kind="task", number=m.group(1), seq=m.group(1), text=m.group(2),
                        plain_text=m.group(2), section=section)
            rows.append(cur)
            parent = cur
            continue
        if l[0] in CIRCLED:
            assert parent is not None
            if parent.kind == "task":
                assert not (parent.lead or parent.responsible or parent.deadline)
                parent.kind = "parent"
            cur = WYRow(kind="sub", number=parent.number + l[0], seq="", text=l,
                        plain_text=l[1:], section=section,
                        parent_heading=f"{parent.number}.{parent.text}")
            rows.append(cur)
            continue
        key, sep, value = l.partition("：")
        assert sep and cur is not None, l
        attr = {"牵头部门": "lead", "责任部门": "responsible", "配合部门": "cooperating",
                "完成时限": "deadline"}[key]
        assert not getattr(cur, attr)
        setattr(cur, attr, value)
    nums = [int(r.number) for r in rows if r.kind in ("task", "parent")]
    assert nums == list(range(1, 37)), nums
    for r in rows:
        if r.kind in ("task", "sub"):
            assert r.deadline and (r.lead or r.responsible), r
    return rows


# --------------------------------------------------------------------------
# rosters
# --------------------------------------------------------------------------

DEPT = "县直部门、成员单位"
MEMBER = "成员单位"
COUNTY = "县直部门"

PL_TOWNS = ["城关镇", "黄渠桥镇", "宝丰镇", "头闸镇", "姚伏镇", "崇岗镇", "陶乐镇",
            "高庄乡", "灵沙乡", "渠口乡", "通伏乡", "高仁乡", "红崖子乡"]
WY_TOWNS = ["隆兴昌镇", "塔尔湖镇", "天吉泰镇", "新公中镇", "胜丰镇", "银定图镇", "复兴镇", "和胜乡"]
WY_OFFICES = ["隆兴昌镇街道办事处", "新华街道办事处", "城南街道办事处"]

# (canonical name, aliases, group) -- roster order is expansion order
PL_UNITS: list[tuple[str, list[str], str]] = [
    ("平罗县委组织部", ["县委组织部"], DEPT),
    ("平罗县委宣传部", ["县委宣传部", "宣传部"], DEPT),
    ("平罗县委政法委", ["县委政法委", "政法委"], DEPT),
    ("平罗县委网信办", ["县委网信办", "网信办"], DEPT),
    ("平罗县发展和改革局", ["发改局", "县发改局"], DEPT),
    ("平罗县工业和信息化局", ["工信局", "县工信局"], DEPT),
    ("平罗县教育体育局", ["教体局", "县教体局"], DEPT),
    ("平罗县科学技术局", ["科技局", "县科技局"], DEPT),
    ("平罗县民族宗教事务局", ["民宗局"], DEPT),
    ("平罗县公安局", ["公安局", "县公安局"], DEPT),
    ("平罗县民政局", ["民政局", "县民政局"], DEPT),
    ("平罗县司法局", ["司法局", "县司法局"], DEPT),
    ("平罗县财政局", ["财政局", "县财政局"], DEPT),
    ("平罗县人力资源和社会保障局", ["人社局", "县人社局"], DEPT),
    ("平罗县自然资源局", ["自然资源局"], DEPT),
    ("平罗县住房和城乡建设局", ["住建局", "县住建局"], DEPT),
    ("平罗县交通运输局", ["交通局", "交通运输局"], DEPT),
    ("平罗县水务局", ["水务局"], DEPT),
    ("平罗县农业农村局", ["农业农村局", "县农业农村局"], DEPT),
    ("平罗县商务局", ["商务局"], DEPT),
    ("平罗县文化旅游广电局", ["文广局", "文旅局"], DEPT),
    ("平罗县卫生健康局", ["卫生健康局", "县卫生健康局", "卫健局"], DEPT),
    ("平罗县应急管理局", ["应急管理局"], DEPT),
    ("平罗县市场监督管理局", ["市场监管局", "县市场监管局", "市监局"], DEPT),
    ("市生态环境局平罗分局", [], DEPT),
    ("平罗县食品安全委员会办公室", ["县食安办", "食安办", "食品安全委员会办公室"], COUNTY),
    ("平罗县委考核办", ["县委考核办"], COUNTY),
    ("平罗县委巡察办", ["县委巡察办"], COUNTY),
    ("平罗工业园区管委会", ["园区管委会", "工业园区管委会"], COUNTY),
    ("平罗县纪委监委", ["县纪委监委", "纪委监委"], MEMBER),
    ("平罗县人民法院", ["法院", "县法院"], MEMBER),
    ("平罗县人民检察院", ["检察院", "县检察院"], MEMBER),
    ("人民银行平罗支行", ["人行平罗支行"], MEMBER),
] + [(t, [], "乡镇") for t in PL_TOWNS]

WY_UNITS: list[tuple[str, list[str], str]] = [
    ("五原县委组织部", ["县委组织部"], DEPT),
    ("五原县委宣传部", ["县委宣传部"], DEPT),
    ("五原县委政法委", ["县委政法委"], DEPT),
    ("五原县精神文明建设委员会办公室", ["县文明办"], DEPT),
    ("五原县发展和改革委员会", ["县发改委", "发改委"], DEPT),
    ("五原县教育局", ["县教育局", "教育局"], DEPT),
    ("五原县工业和信息化局", ["县工信局", "工信局"], DEPT),
    ("五原县民政局", ["县民政局", "民政局"], DEPT),
    ("五原县司法局", ["县司法局", "司法局"], DEPT),
    ("五原县财政局", ["县财政局", "财政局"], DEPT),
    ("五原县人力资源和社会保障局", ["县人社局", "人社局"], DEPT),
    ("五原县住房和城乡建设局", ["县住建局", "住建局"], DEPT),
    ("五原县农牧和科技局", ["县农科局", "农科局"], DEPT),
    ("五原县文化旅游广电局", ["县文旅广局", "文旅广局"], DEPT),
    ("五原县卫生健康委员会", ["县卫健委", "卫健委"], DEPT),
    ("五原县应急管理局", ["县应急管理局", "应急管理局"], DEPT),
    ("五原县市场监督管理局", ["县市场监管局", "市场监管局"], DEPT),
    ("五原县城市管理综合执法局", ["县城管执法局", "城管执法局"], DEPT),
    ("五原县统计局", ["县统计局", "统计局"], DEPT),
    ("五原县公安局", ["县公安局", "公安局"], DEPT),
    ("五原县机关事务服务中心", ["县机关事务服务中心"], DEPT),
    ("巴彦淖尔市生态环境局五原县分局", ["县生态环境局"], DEPT),
    ("五原县食品药品安全委员会办公室", ["县食药安办", "食药安办", "县食药安委及其办公室"], COUNTY),
    ("五原县委政府督查室", ["县委政府督查室"], COUNTY),
    ("五原县社会工作服务中心", ["社会工作服务中心"], COUNTY),
    ("中国人民银行五原县支行", ["人民银行五原支行"], MEMBER),
] + [(t, [], "乡镇") for t in WY_TOWNS] + [(o, [], "办事处") for o in WY_OFFICES]

# group phrases: written piece -> groups it expands to
PL_GROUP_PHRASES = {
    "各乡镇": ["乡镇"],
    "食品安全委员会各成员单位": ["成员单位"],
    "县食品安全委员会成员单位": ["成员单位"],
}
WY_GROUP_PHRASES = {
    "各乡镇": ["乡镇"],
    "办事处": ["办事处"],  # in "各乡镇、办事处" the 各 covers both
    "各成员单位": ["成员单位"],
    "各成员单位按职责分工负责": ["成员单位"],
}


def unexpandable(piece: str) -> bool:
    """"相关…" phrases and "各行业主管部门" name no definite set of units."""
    return "相关" in piece or piece == "各行业主管部门"


class Roster:
    def __init__(self, county: str, units, phrases):
        self.county = county
        self.units = units
        self.phrases = phrases
        self.names = [u[0] for u in units]
        self.lookup: dict[str, str] = {}
        for name, aliases, _ in units:
            for a in [name, *aliases]:
                assert a not in self.lookup or self.lookup[a] == name, (a, name)
                self.lookup[a] = name
        for p in phrases:
            assert p not in self.lookup, p

    def expand_group(self, group: str) -> list[str]:
        return [u[0] for u in self.units if group in u[2].split("、")]

    def split_run_together(self, piece: str) -> list[str] | None:
        """Greedy longest match of roster names against a run-together piece."""
        out, i = [], 0
        keys = sorted(self.lookup, key=len, reverse=True)
        while i < len(piece):
            k = next((k for k in keys if piece.startswith(k, i)), None)
            if k is None:
                return None
            out.append(self.lookup[k])
            i += len(k)
        return out

    def canonical(self, pieces: list[str], dropped: list[str]) -> list[str]:
        out: list[str] = []
        for p in pieces:
            if p in self.phrases:
                names = [n for g in self.phrases[p] for n in self.expand_group(g)]
            elif p in self.lookup:
                names = [self.lookup[p]]
            elif unexpandable(p):
                dropped.append(p)
                continue
            else:
                names = self.split_run_together(p)
                assert names, f"{self.county}: cannot resolve {p!r}"
            for n in names:
                if n not in out:
                    out.append(n)
        return out


def split_units(cell: str) -> list[str]:
    return [p for p in SPLIT_RE.split(cell) if p]


# --------------------------------------------------------------------------
# deterministic invented contacts
# --------------------------------------------------------------------------

SURNAMES = "王李张刘陈杨马赵周吴徐孙高郭何胡丁田韩罗"
GIVEN = ["建国", "海燕", "晓东", "丽", "志强", "红梅", "伟", "静", "学军", "玉兰", "文博",
         "雪", "国庆", "春花", "宏", "娟", "永刚", "慧敏", "立新", "艳", "俊", "小平", "淑琴", "鹏"]
PHONE_PREFIX = ["139", "138", "135", "137", "150", "151", "158", "180", "181", "187", "189", "177"]


def _h(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def person(key: str) -> str:
    h = _h("p:" + key)
    return SURNAMES[h % len(SURNAMES)] + GIVEN[(h // 97) % len(GIVEN)]


def phone(key: str) -> str:
    h = _h("t:" + key)
    return PHONE_PREFIX[h % len(PHONE_PREFIX)] + f"{(h // 1000) % 10**8:08d}"


# --------------------------------------------------------------------------
# a tiny sheet model, rendered by xlsxwriter and xlwt alike
# --------------------------------------------------------------------------


@dataclass
class Sheet:
    name: str
    widths: list[float]
    cells: dict[tuple[int, int], object] = field(default_factory=dict)  # (r, c) 0-based
    styles: dict[tuple[int, int], str] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    heights: dict[int, float] = field(default_factory=dict)

    def put(self, r, c, value, style="cell"):
        self.cells[(r, c)] = value
        self.styles[(r, c)] = style

    def merge(self, r1, c1, r2, c2, value, style="cell"):
        assert (r1, c1) != (r2, c2)
        for m in self.merges:
            assert r2 < m[0] or r1 > m[2] or c2 < m[1] or c1 > m[3], ("overlap", m)
        self.merges.append((r1, c1, r2, c2))
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                self.styles[(r, c)] = style
        self.cells[(r1, c1)] = value

    def put_span(self, r1, r2, c, value, style="cell"):
        if r1 == r2:
            self.put(r1, c, value, style)
        else:
            self.merge(r1, c, r2, c, value, style)

    def fit_heights(self, first_row: int, min_h: float = 20.0):
        """Estimate row heights for wrapped Chinese text (15 pt a line)."""
        span_of = {}
        for (r1, c1, r2, c2) in self.merges:
            span_of[(r1, c1)] = (r2 - r1 + 1, sum(self.widths[c1 : c2 + 1]))
        need: dict[int, float] = {}
        for (r, c), v in self.cells.items():
            if r < first_row or v is None or not isinstance(v, str):
                continue
            nrows, width = span_of.get((r, c), (1, self.widths[c]))
            lines = 0
            for part in v.split("\n"):
                units = sum(2 if ord(ch) > 0x2E80 else 1.1 for ch in part)
                lines += max(1, -(-int(units + 1) // max(1, int(width - 1))))
            h = lines * 15 + 6
            per_row = h / nrows
            for rr in range(r, r + nrows):
                need[rr] = max(need.get(rr, min_h), per_row)
        for r, h in need.items():
            self.heights.setdefault(r, round(min(h, 409), 1))


XLSX_STYLES = {
    "title": {"bold": True, "font_size": 16, "align": "center", "valign": "vcenter",
              "font_name": "方正小标宋简体"},
    "annex": {"font_size": 12, "align": "left", "valign": "vcenter", "font_name": "黑体"},
    "note": {"font_size": 11, "align": "right", "valign": "vcenter"},
    "header": {"bold": True, "font_size": 11, "align": "center", "valign": "vcenter",
               "border": 1, "text_wrap": True, "bg_color": "#D9D9D9", "font_name": "黑体"},
    "cell": {"font_size": 10, "valign": "vcenter", "border": 1, "text_wrap": True},
    "center": {"font_size": 10, "align": "center", "valign": "vcenter", "border": 1,
               "text_wrap": True},
    "cat": {"font_size": 10, "bold": True, "align": "center", "valign": "vcenter", "border": 1,
            "text_wrap": True},
    "section": {"font_size": 11, "bold": True, "align": "left", "valign": "vcenter",
                "border": 1, "font_name": "楷体_GB2312"},
    "footer": {"font_size": 10, "align": "left", "valign": "vcenter"},
    "plain": {"font_size": 11, "valign": "top", "text_wrap": True},
    "date": {"font_size": 10, "align": "center", "valign": "vcenter", "border": 1,
             "num_format": "yyyy年m月d日"},
}

XLS_STYLES = {
    "title": "font: bold on, height 320, name 方正小标宋简体; align: horiz center, vert center",
    "annex": "font: height 240, name 黑体; align: horiz left, vert center",
    "note": "font: height 220; align: horiz right, vert center",
    "header": ("font: bold on, height 220, name 黑体; align: horiz center, vert center, wrap on; "
               "borders: left thin, right thin, top thin, bottom thin; "
               "pattern: pattern solid, fore_colour gray25"),
    "cell": ("font: height 200; align: vert center, wrap on; "
             "borders: left thin, right thin, top thin, bottom thin"),
    "center": ("font: height 200; align: horiz center, vert center, wrap on; "
               "borders: left thin, right thin, top thin, bottom thin"),
    "cat": ("font: bold on, height 200; align: horiz center, vert center, wrap on; "
            "borders: left thin, right thin, top thin, bottom thin"),
    "section": ("font: bold on, height 220; align: horiz left, vert center; "
                "borders: left thin, right thin, top thin, bottom thin"),
    "footer": "font: height 200; align: horiz left, vert center",
    "plain": "font: height 220; align: vert top, wrap on",
}


def write_xlsx(path: Path, sheets: list[Sheet]) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": FIXED_CREATED, "author": "ledger samples"})
    fmts = {k: wb.add_format(v) for k, v in XLSX_STYLES.items()}
    for sh in sheets:
        ws = wb.add_worksheet(sh.name)
        for c, w in enumerate(sh.widths):
            ws.set_column(c, c, w)
        for r, h in sh.heights.items():
            ws.set_row(r, h)
        inside = {(r, c) for (r1, c1, r2, c2) in sh.merges
                  for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for (r1, c1, r2, c2) in sh.merges:
            v = sh.cells.get((r1, c1))
            fmt = fmts[sh.styles[(r1, c1)]]
            if isinstance(v, (dt.date, dt.datetime)):
                ws.merge_range(r1, c1, r2, c2, "", fmt)
                ws.write_datetime(r1, c1, v, fmt)
            else:
                ws.merge_range(r1, c1, r2, c2, "" if v is None else v, fmt)
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in inside:
                continue
            fmt = fmts[sh.styles[(r, c)]]
            if isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), fmts["date"])
            elif isinstance(v, (int, float)):
                ws.write_number(r, c, v, fmt)
            elif v is None or v == "":
                ws.write_blank(r, c, None, fmt)
            else:
                ws.write_string(r, c, v, fmt)
        # blank styled cells (borders) that were given a style but no value
        for (r, c), st in sorted(sh.styles.items()):
            if (r, c) not in sh.cells and (r, c) not in inside:
                ws.write_blank(r, c, None, fmts[st])
    wb.close()


def write_xls(path: Path, sheets: list[Sheet]) -> None:
    wb = xlwt.Workbook(encoding="utf-8")
    styles = {k: xlwt.easyxf(v) for k, v in XLS_STYLES.items()}
    for sh in sheets:
        ws = wb.add_sheet(sh.name)
        for c, w in enumerate(sh.widths):
            ws.col(c).width = int(w * 256)
        for r, h in sh.heights.items():
            row = ws.row(r)
            row.height_mismatch = True
            row.height = int(h * 20)
        inside = set()
        for (r1, c1, r2, c2) in sh.merges:
            v = sh.cells.get((r1, c1))
            ws.write_merge(r1, r2, c1, c2, "" if v is None else v, styles[sh.styles[(r1, c1)]])
            inside |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for (r, c), v in sorted(sh.cells.items()):
            if (r, c) in inside:
                continue
            assert not isinstance(v, dt.date)
            ws.write(r, c, "" if v is None else v, styles[sh.styles[(r, c)]])
        for (r, c), st in sorted(sh.styles.items()):
            if (r, c) not in sh.cells and (r, c) not in inside:
                ws.write(r, c, "", styles[st])
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------
# 1 / 2 / 6: 平罗 任务清单
# --------------------------------------------------------------------------


def pl_rows(tasks: list[PLTask]) -> list[dict]:
    """The table's rows; a dict per task with the values of its row."""
    return [dict(number=t.number, cell=t.cell, text=t.text, level1=t.level1, level2=t.level2,
                 lead=t.lead, coop=t.coop, deadline=t.block_deadline) for t in tasks]


def build_pl_sheet(rows: list[dict], title: str) -> tuple[Sheet, list[int]]:
    sh = Sheet(PL_SHEET, widths=[12, 18, 64, 16, 22, 16])
    sh.merge(0, 0, 0, 5, "附件1", "annex")
    sh.merge(1, 0, 1, 5, title, "title")
    sh.heights[0] = 20
    sh.heights[1] = 36
    for c, h in enumerate(PL_HEADER):
        sh.put(2, c, h, "header")
    sh.heights[2] = 24
    first = 3
    excel_rows = []
    for i, row in enumerate(rows):
        r = first + i
        excel_rows.append(r + 1)
        sh.put(r, 2, row["cell"], "cell")
        sh.put(r, 3, row["lead"], "center")
        sh.put(r, 4, row["coop"], "center")

    def runs(key):
        """(start, end, value) of consecutive rows with the same key value."""
        out, s = [], 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or key(rows[i]) != key(rows[s]):
                out.append((s, i - 1))
                s = i
        return out

    # 项目 (and 内容 when the row has none: one cell spanning A:B)
    for s, e in runs(lambda x: (x["level1"], x["level2"] is None)):
        if rows[s]["level2"] is None:
            sh.merge(first + s, 0, first + e, 1, rows[s]["level1"], "cat")
        else:
            sh.put_span(first + s, first + e, 0, rows[s]["level1"], "cat")
    for s, e in runs(lambda x: (x["level1"], x["level2"])):
        if rows[s]["level2"] is not None:
            sh.put_span(first + s, first + e, 1, rows[s]["level2"], "cat")
    for s, e in runs(lambda x: x["block"]):
        sh.put_span(first + s, first + e, 5, rows[s]["deadline"], "center")
    last = first + len(rows)
    sh.merge(last, 0, last, 5, PL_FOOTER, "footer")
    sh.fit_heights(first)
    return sh, excel_rows


def pl_blocks(tasks: list[PLTask]) -> list[dict]:
    rows = pl_rows(tasks)
    b = 0
    for t, row in zip(tasks, rows):
        if t.new_block:
            b += 1
        row["block"] = b
    return rows


# --------------------------------------------------------------------------
# 3: 五原 任务清单 (+ csv)
# --------------------------------------------------------------------------


def wy_table(rows: list[WYRow]) -> list[list]:
    table = [[WY_TITLE, "", "", "", "", ""], [WY_NOTE, "", "", "", "", ""], list(WY_HEADER)]
    for r in rows:
        if r.kind == "section":
            table.append([r.text, "", "", "", "", ""])
        elif r.kind == "parent":
            table.append([int(r.seq), r.text, "", "", "", ""])
        else:
            table.append([int(r.seq) if r.seq else "", r.text, r.lead, r.responsible,
                          r.cooperating, r.deadline])
    return table


def build_wy_sheets(rows: list[WYRow]) -> tuple[list[Sheet], list[int]]:
    sh = Sheet(WY_SHEET, widths=[7, 70, 22, 26, 18, 18])
    sh.merge(0, 0, 0, 5, WY_TITLE, "title")
    sh.heights[0] = 36
    sh.merge(1, 0, 1, 5, WY_NOTE, "note")
    for c, h in enumerate(WY_HEADER):
        sh.put(2, c, h, "header")
    excel_rows = []
    for i, r in enumerate(rows):
        rr = 3 + i
        excel_rows.append(rr + 1)
        if r.kind == "section":
            sh.merge(rr, 0, rr, 5, r.text, "section")
            sh.heights[rr] = 22
            continue
        sh.put(rr, 0, int(r.seq) if r.seq else "", "center")
        sh.put(rr, 1, r.text, "cell")
        if r.kind == "parent":
            for c in range(2, 6):
                sh.put(rr, c, "", "center")
        else:
            for c, v in zip(range(2, 6), [r.lead, r.responsible, r.cooperating, r.deadline]):
                sh.put(rr, c, v, "center")
    sh.fit_heights(3)
    info = Sheet("说明", widths=[80])
    info.put(0, 0, "本表根据《五原县创建国家食品安全示范城市实施方案（2022-2024）》“三、主要任务”整理，"
                   "带①②…的事项为所在任务的分项，分别明确责任部门和完成时限。", "plain")
    info.put(1, 0, "各责任部门请于每周五前将任务进展报县食药安办（县市场监管局），联系人：县食药安办综合组。",
             "plain")
    info.heights[0] = 48
    info.heights[1] = 48
    return [sh, info], excel_rows


# --------------------------------------------------------------------------
# 4: rosters
# --------------------------------------------------------------------------


def build_roster_sheet(county: str, roster: Roster) -> Sheet:
    sh = Sheet("单位名录", widths=[34, 34, 20, 10, 15])
    sh.merge(0, 0, 0, 4, f"{county}食品安全委员会成员单位名录", "title")
    sh.heights[0] = 32
    for c, h in enumerate(["单位名称", "简称/别名", "分组", "联系人", "联系电话"]):
        sh.put(1, c, h, "header")
    units = roster.units
    for i, (name, aliases, group) in enumerate(units):
        r = 2 + i
        sh.put(r, 0, name, "cell")
        sh.put(r, 1, "、".join(aliases), "cell")
        sh.put(r, 3, person(county + name), "center")
        sh.put(r, 4, phone(county + name), "center")
    s = 0
    for i in range(1, len(units) + 1):
        if i == len(units) or units[i][2] != units[s][2]:
            sh.put_span(2 + s, 2 + i - 1, 2, units[s][2], "center")
            s = i
    for i in range(len(units)):
        sh.heights[2 + i] = 18
    return sh


# --------------------------------------------------------------------------
# 5: 任务分解表
# --------------------------------------------------------------------------

DECOMP_UNITS = {
    # unit as it writes itself -> (task numbers, sections)
    "市场监管局": ([2, 18, 20, 23, 34, 42, 55, 64, 95], ["食品生产科", "食品经营科", "餐饮服务科",
                                                       "综合执法队", "抽检监测科"]),
    "农业农村局": ([3, 11, 13, 15, 38, 53, 61, 73], ["农产品质量安全站", "农业综合执法大队",
                                                    "畜牧水产技术推广服务中心", "种植业管理科"]),
    "卫生健康局": ([1, 24, 49, 82, 91], ["公共卫生科", "卫生监督所", "疾病预防控制中心"]),
    "城关镇": ([4, 19, 21, 43], ["党政办", "综合执法办", "农业农村服务中心"]),
    "姚伏镇": ([7, 16, 57, 94], ["党政办", "综合执法办", "社会事务办"]),
}


def due_date(deadline: str) -> dt.date:
    m = re.match(r"(\d{4})年(\d{1,2})月", deadline)
    assert m, deadline
    y, mo = int(m.group(1)), int(m.group(2))
    return dt.date(y, mo, calendar.monthrange(y, mo)[1])


def measures(text: str) -> list[str]:
    parts = [p for p in re.split(r"(?<=[。；])", text) if p.strip()]
    if len(parts) == 1:
        clauses = [p for p in re.split(r"(?<=，)", text) if p.strip()]
        if len(clauses) >= 2 and len(text) > 30:
            half = (len(clauses) + 1) // 2
            parts = ["".join(clauses[:half]), "".join(clauses[half:])]
    while len(parts) > 3:
        # merge the two shortest neighbours
        i = min(range(len(parts) - 1), key=lambda k: len(parts[k]) + len(parts[k + 1]))
        parts[i : i + 2] = [parts[i] + parts[i + 1]]
    out = []
    for p in parts:
        p = p.strip().rstrip("，；")
        if not p.endswith("。"):
            p += "。"
        out.append(p)
    return out


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def build_decomp(tasks: list[PLTask], roster: Roster) -> Sheet:
    by_no = {t.number: t for t in tasks}
    sh = Sheet("任务分解表", widths=[9, 44, 48, 12, 18, 10, 14, 16])
    sh.merge(0, 0, 0, 7, "平罗县深化改革加强食品安全工作任务分解表", "title")
    sh.heights[0] = 36
    header = ["任务编号", "任务内容", "具体措施", "责任单位", "责任科室", "责任人", "联系电话", "时间节点"]
    for c, h in enumerate(header):
        sh.put(1, c, h, "header")
    r = 2
    k = 0
    for unit, (numbers, sections) in DECOMP_UNITS.items():
        canon = roster.lookup[unit]
        for n in numbers:
            t = by_no[n]
            owners = roster.canonical(split_units(t.lead) + split_units(t.coop), [])
            assert canon in owners, (unit, n)
            due = due_date(t.block_deadline)
            ongoing = "长期坚持" in t.block_deadline
            ms = measures(t.text)
            start = r
            for j, m in enumerate(ms):
                sec = sections[(n + j) % len(sections)]
                who = person(f"{unit}{sec}")
                sh.put(r, 2, m, "cell")
                sh.put(r, 3, unit, "center")
                sh.put(r, 4, sec, "center")
                sh.put(r, 5, who, "center")
                sh.put(r, 6, phone(f"{unit}{sec}{who}"), "center")
                kind = (k + j) % 3
                if kind == 2 and not ongoing:
                    kind = 0
                if kind == 0:
                    back = 1 + (n + j) % 3
                    mm = due.month - back
                    yy = due.year
                    if mm < 1:
                        mm, yy = mm + 12, yy - 1
                    ms_date = month_end(yy, mm) if (n + j) % 2 else dt.date(yy, mm, 15)
                    assert ms_date <= due
                    sh.put(r, 7, ms_date, "date")
                elif kind == 1:
                    mm = max(1, due.month - (n + j) % 2)
                    text = f"{due.year}年{mm}月底前"
                    assert month_end(due.year, mm) <= due
                    sh.put(r, 7, text, "center")
                else:
                    sh.put(r, 7, "每季度", "center")
                r += 1
            k += 1
            sh.put_span(start, r - 1, 0, str(n), "center")
            sh.put_span(start, r - 1, 1, t.cell[len(str(n)) :].lstrip(".．"), "cell")
    sh.fit_heights(2)
    return sh


# --------------------------------------------------------------------------
# 6: revised 任务清单
# --------------------------------------------------------------------------

T5_ADDED = "，每半年对重点监管企业周边农田开展一次土壤和农产品协同监测"
NEW_TASK = dict(number=119, cell="119.建立食品安全重点任务月调度制度，每月通报各有关部门和乡镇任务推进情况。",
                text="建立食品安全重点任务月调度制度，每月通报各有关部门和乡镇任务推进情况。",
                lead="市场监管局", coop="县食品安全委员会相关成员单位，各乡镇",
                deadline="2020年12月底完成并长期坚持")


def revised_rows(tasks: list[PLTask]) -> list[dict]:
    rows = pl_blocks(tasks)
    # (二) rows to the end of level-1 二
    l2 = next(r["level2"] for r in rows if r["level2"] and r["level2"].startswith("（二）"))
    moved = [r for r in rows if r["level2"] == l2]
    rest = [r for r in rows if r["level2"] != l2]
    l1 = moved[0]["level1"]
    last_idx = max(i for i, r in enumerate(rest) if r["level1"] == l1)
    rows = rest[: last_idx + 1] + moved + rest[last_idx + 1 :]
    # task 5: one clause added before the final full stop of its first sentence
    r5 = next(r for r in rows if r["number"] == 5)
    first, sep, tail = r5["cell"].partition("。")
    assert sep
    r5["cell"] = first + T5_ADDED + sep + tail
    r5["text"] = r5["cell"][len("5.") :]
    # task 9 removed
    rows = [r for r in rows if r["number"] != 9]
    # new task 119 after 118, same level-1 category, a deadline block of its own
    last = rows[-1]
    assert last["number"] == 118
    rows.append(dict(NEW_TASK, level1=last["level1"], level2=last["level2"],
                     block=max(r["block"] for r in rows) + 1))
    return rows


# --------------------------------------------------------------------------
# 7: expected JSON
# --------------------------------------------------------------------------


def expected_pl(tasks, excel_rows, roster, dropped_log):
    out = []
    for t, row in zip(tasks, excel_rows):
        lead, coop = split_units(t.lead), split_units(t.coop)
        d_lead, d_coop = [], []
        item = {
            "row": row,
            "number": str(t.number),
            "category": [t.level1] + ([t.level2] if t.level2 is not None else []),
            "text": t.text,
            "lead": lead,
            "responsible": [],
            "cooperating": coop,
            "lead_canonical": roster.canonical(lead, d_lead),
            "responsible_canonical": [],
            "cooperating_canonical": roster.canonical(coop, d_coop),
            "deadline": t.block_deadline,
        }
        for role, ds in (("lead", d_lead), ("cooperating", d_coop)):
            for p in ds:
                dropped_log.append({"file": PL_LIST, "number": str(t.number), "role": role,
                                    "phrase": p})
        out.append(item)
    return out


def expected_wy(rows, excel_rows, roster, dropped_log):
    out = []
    for r, er in zip(rows, excel_rows):
        if r.kind not in ("task", "sub"):
            continue
        pieces = {k: split_units(getattr(r, k)) for k in ("lead", "responsible", "cooperating")}
        item = {"row": er, "number": r.number,
                "category": [r.section] + ([r.parent_heading] if r.kind == "sub" else []),
                "text": r.plain_text}
        item.update(pieces)
        for k in ("lead", "responsible", "cooperating"):
            ds: list[str] = []
            item[k + "_canonical"] = roster.canonical(pieces[k], ds)
            for p in ds:
                dropped_log.append({"file": WY_LIST, "number": r.number, "role": k, "phrase": p})
        item["deadline"] = r.deadline
        out.append(item)
    return out


def dump_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------


def find_seed(seeds: Path, prefix: str) -> Path:
    found = sorted(seeds.glob(prefix + "_*.txt"))
    if not found:
        sys.exit(f"no seed {prefix}_*.txt in {seeds}")
    return found[0]


def build(seeds: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "expected").mkdir(exist_ok=True)
    pl_title, pl_tasks = parse_pingluo(find_seed(seeds, "004").read_text(encoding="utf-8"))
    wy_rows = parse_wuyuan(find_seed(seeds, "000").read_text(encoding="utf-8"))
    pl_roster = Roster("平罗县", PL_UNITS, PL_GROUP_PHRASES)
    wy_roster = Roster("五原县", WY_UNITS, WY_GROUP_PHRASES)

    # 1 + 2: 平罗 任务清单
    rows = pl_blocks(pl_tasks)
    sheet, pl_excel_rows = build_pl_sheet(rows, pl_title)
    numbers = [int(TASK_RE.match(sheet.cells[(r - 1, 2)]).group(1)) for r in pl_excel_rows]
    assert numbers == list(range(1, 119)) and len(set(numbers)) == 118
    write_xlsx(out / PL_LIST, [sheet])
    write_xls(out / PL_LIST_XLS, [sheet])

    # 3 (+ csv)
    wy_sheets, wy_excel_rows = build_wy_sheets(wy_rows)
    write_xlsx(out / WY_LIST, wy_sheets)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(wy_table(wy_rows))
    (out / WY_CSV).write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

    # 4: rosters
    write_xlsx(out / PL_ROSTER, [build_roster_sheet("平罗县", pl_roster)])
    write_xlsx(out / WY_ROSTER, [build_roster_sheet("五原县", wy_roster)])

    # 5: 任务分解表
    write_xlsx(out / PL_DECOMP, [build_decomp(pl_tasks, pl_roster)])

    # 6: revised
    rsheet, _ = build_pl_sheet(revised_rows(pl_tasks), pl_title)
    write_xlsx(out / PL_REVISED, [rsheet])

    # 7: expected
    dropped: list[dict] = []
    pl_exp = expected_pl(pl_tasks, pl_excel_rows, pl_roster, dropped)
    wy_exp = expected_wy(wy_rows, wy_excel_rows, wy_roster, dropped)
    assert len(pl_exp) == 118
    assert len(wy_exp) == 44, len(wy_exp)
    for exp, roster in ((pl_exp, pl_roster), (wy_exp, wy_roster)):
        for item in exp:
            for k in ("lead_canonical", "responsible_canonical", "cooperating_canonical"):
                assert all(n in roster.names for n in item[k])
    dump_json(out / "expected" / "平罗县任务清单.json", pl_exp)
    dump_json(out / "expected" / "五原县任务清单.json", wy_exp)
    dump_json(out / "expected" / "unexpandable.json", dropped)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    ap.add_argument("--out", type=Path, default=REPO / "samples")
    args = ap.parse_args(argv)
    build(args.seeds, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
