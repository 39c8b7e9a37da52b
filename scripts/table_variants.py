#!/usr/bin/env python3
"""Task tables flattened to text in the layouts offices and mirror sites give, scored layout by layout.

    python scripts/table_variants.py [--details] [--layout NAME] [--show NAME:TABLE]

A few small task tables of our own (5-8 rows each, real-looking 县/市/区 units and tasks,
labelled as they are built) are rendered in every layout of ``LAYOUTS``: one cell a line,
cells split by tabs, by runs of spaces, by pipes or box characters, rows run together on
one line, header cells wrapped over two lines, a vertically merged owner cell printed in
its first row only, a row number glued to the task, page furniture between rows, the
header repeated after a page break, the owner columns before the task column, a 备注 or
进展 column after them, the excerpt starting below the header, and combinations. Besides
the plain tables, four have the shapes real 任务清单 have: a 责任领导/分管领导 column of
people (never units, never labelled), a short 重点任务 title with its number merged down
over several 具体措施 rows (each row a task), a two-row header (责任主体 over 牵头单位 |
责任单位), a 资金/投资 or 备注 column the office added between or after the owner columns,
and category rows merged across the table ('一、社会事业'). Each variant is written to a temporary .txt,
``ledger.extract`` runs on it (``score_extraction.predict``), and it is scored as the
labelled sets are (``score_extraction.score_document``): P/R/F1 over (task, unit) pairs
per layout, and the tables no task was found in. docs/EXTRACTION.md ("Tables as text,
layout by layout") records the figures.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score_extraction as se  # noqa: E402

ROLE_OF = {"牵头单位": "lead", "责任单位": "responsible", "牵头部门": "lead", "责任部门": "responsible",
           "配合单位": "cooperating", "配合部门": "cooperating", "协办单位": "cooperating", "主体责任单位": "responsible"}


@dataclass
class Table:
    """A task table: its title, its header cells and its rows (each row's cells in header order)."""
    name: str
    title: str
    header: list[str]
    rows: list[list[str]]
    merged: tuple[int, ...] = ()  # columns whose cell spans rows: printed in a group's first row only
    spans: tuple[tuple[int, int], ...] = ()  # (first row, rows spanned) for the merged columns
    task: int | None = None  # the task column when the first column word naming one is not it (重点任务 | 具体措施)
    header_rows: tuple[list[str | None], ...] = ()  # the header as printed when on two rows: a cell spanning
    # columns in its first column and None in the others ('责任主体', None), a cell spanning both rows '' below
    sections: tuple[tuple[int, str], ...] = ()  # (row, text): a category row merged across the table before that row
    headerless: bool = False  # an excerpt starting below the header (no title, no header)

    def col(self, word: str) -> int:
        return next(i for i, c in enumerate(self.header) if word in c)

    @property
    def task_col(self) -> int:
        if self.task is not None:
            return self.task
        return next(i for i, c in enumerate(self.header) if any(w in c for w in ("任务", "内容", "事项", "举措")))

    @property
    def owner_cols(self) -> list[int]:
        return [i for i, c in enumerate(self.header) if c in ROLE_OF]


def _golds(t: Table) -> list[se.Gold]:
    out = []
    for row in t.rows:
        owners = []
        for c in t.owner_cols:
            for unit in row[c].split("、"):
                if unit:
                    owners.append(se.Owner(frozenset([ROLE_OF[t.header[c]]]), unit, frozenset([se.norm_unit(unit)])))
        out.append(se.Gold(row[t.task_col][:12], owners, []))
    return out


# ------------------------------------------------------------------ the tables (our own, labelled as built)

TABLES = [
    Table("county", "附件\n县2024年农村人居环境整治重点任务分工表",
          ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
          [["1", "推进农村户厕问题摸排整改，建立问题清单和整改台账", "县农业农村局", "各乡镇人民政府", "2024年6月底前"],
           ["2", "开展村庄清洁行动，集中清理农村生活垃圾和沟渠淤泥", "县住建局", "各乡镇人民政府、县城管局", "2024年12月底前"],
           ["3", "实施农村生活污水治理项目，新增治理行政村15个", "市生态环境局县分局", "县水利局", "2024年11月底前"],
           ["4", "加强农村公路沿线环境整治，清理违规广告牌", "县交通运输局", "县自然资源局、县公路事业发展中心", "2024年9月底前"],
           ["5", "组织开展美丽庭院评选活动，发挥示范带动作用", "县妇联", "各乡镇人民政府", "2024年10月底前"],
           ["6", "落实整治工作经费保障，统筹涉农资金支持", "县财政局", "县乡村振兴局", "长期坚持"]]),
    Table("city", "市城市精细化管理提升行动任务清单",
          ["序号", "工作任务", "责任单位", "完成时限", "备注"],
          [["1", "完成主城区背街小巷路面修补和雨污分流改造", "市住房和城乡建设局", "2024年8月", "续建项目"],
           ["2", "规范共享单车停放秩序，划定停放区域不少于300处", "市城市管理局、市公安局交警支队", "2024年6月", "新增"],
           ["3", "开展餐饮油烟专项整治，安装油烟净化设施", "市生态环境局", "2024年9月", ""],
           ["4", "推进城市公园绿地提质，新建口袋公园12个", "市园林绿化中心", "2024年12月", "民生实事"],
           ["5", "整治占道经营和流动摊贩，设置便民疏导点", "市城市管理局", "2024年7月", ""],
           ["6", "建设智慧城管平台二期，接入视频监控点位", "市大数据管理局", "2024年11月", "续建项目"],
           ["7", "加强建筑工地扬尘管控，落实六个百分之百", "市住房和城乡建设局", "长期", ""]]),
    Table("district", "区优化营商环境攻坚任务分解表",
          ["序号", "任务内容", "牵头单位", "配合单位", "完成时间", "进展情况"],
          [["1", "压缩企业开办时间至1个工作日以内", "区市场监管局", "区政务服务中心、区税务局", "2024年3月", "已完成"],
           ["2", "推行工程建设项目审批告知承诺制", "区住建局", "区自然资源分局", "2024年6月", "推进中"],
           ["3", "建立企业诉求直通车机制，限时办结", "区营商环境办", "区工信局、区商务局", "2024年5月", "推进中"],
           ["4", "开展涉企违规收费专项治理", "区发展改革局", "区财政局", "2024年10月", "未启动"],
           ["5", "落实中小企业首贷续贷支持政策", "区金融服务中心", "区科技局", "2024年12月", "推进中"]]),
    # a 责任领导 column of people (never units, never labelled), an 投资 column between the owner columns,
    # category rows merged across the table
    Table("leaders", "附件2\n县2024年重点项目建设攻坚任务清单",
          ["序号", "工作任务", "责任领导", "牵头单位", "投资（万元）", "配合单位", "完成时限"],
          [["1", "完成县城第二水厂主体工程建设并试运行", "副县长王明", "县水务局", "3200", "县自然资源局、县住建局", "2024年9月底前"],
           ["2", "推进城区供热管网改造，更换老旧管道18公里", "王明", "县城市管理局", "1500", "各乡镇人民政府", "2024年10月底前"],
           ["3", "建成县中医院门诊综合楼并投入使用", "县委常委、常务副县长李华", "县卫生健康局", "8600", "县发展改革局、县财政局", "2024年12月底前"],
           ["4", "实施农产品冷链物流园一期项目", "副县长赵强", "县商务局", "4100", "县农业农村局", "2024年11月底前"],
           ["5", "完成高标准农田建设2.5万亩", "赵强", "县农业农村局", "—", "县水务局、县财政局", "2024年10月底前"],
           ["6", "开展重点项目建设领域安全生产专项检查", "副县长、县公安局局长孙磊", "县应急管理局", "", "县住建局、县交通运输局", "长期坚持"]],
          sections=((0, "一、城市基础设施"), (2, "二、社会事业"), (3, "三、产业项目"))),
    # title and content: a short 重点任务 title with its number merged down over several 具体措施 rows,
    # each row a task with its own owners and deadline
    Table("measures", "市2024年文化旅游产业发展重点任务及具体措施",
          ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
          [["1", "丰富文旅产品供给", "打造红色文化旅游精品线路3条", "市文化广电旅游局", "市委党史研究室", "2024年6月"],
           ["1", "丰富文旅产品供给", "推出夜间文旅消费街区，培育夜游项目", "市商务局", "市文化广电旅游局、市城市管理局", "2024年9月"],
           ["1", "丰富文旅产品供给", "举办全市乡村旅游节，评选星级农家乐", "市农业农村局", "市文化广电旅游局", "2024年10月"],
           ["2", "提升旅游服务质量", "开展旅游市场秩序专项整治行动", "市市场监管局", "市公安局、市文化广电旅游局", "2024年7月"],
           ["2", "提升旅游服务质量", "新建改建旅游厕所20座", "市文化广电旅游局", "市住房和城乡建设局", "2024年11月"],
           ["3", "加强文旅宣传推广", "在主要客源城市举办旅游推介会", "市文化广电旅游局", "市外事办", "2024年8月"],
           ["3", "加强文旅宣传推广", "建设全市智慧旅游服务平台", "市大数据中心", "市文化广电旅游局", "2024年12月"]],
          merged=(0, 1), spans=((0, 3), (3, 2), (5, 2)), task=2),
    # a two-row header (责任主体 over 牵头单位 | 责任单位), a 资金 and a 备注 column after the owners
    Table("two_row_header", "区2024年生态环境保护工作任务分工",
          ["序号", "工作任务", "牵头单位", "责任单位", "资金（万元）", "完成时限", "备注"],
          [["1", "开展重点河道“清四乱”专项行动", "区水务局", "各街道办事处", "80", "2024年6月", ""],
           ["2", "推进建筑工地扬尘在线监测全覆盖", "区住建委", "区城管执法局", "120", "2024年9月", "续建"],
           ["3", "完成老旧柴油货车淘汰更新任务", "区生态环境分局", "区交通局、区公安分局", "300", "2024年10月", ""],
           ["4", "建设垃圾分类示范小区15个", "区城管委", "各街道办事处", "45", "2024年11月", "民生实事"],
           ["5", "开展重点企业土壤污染隐患排查", "区生态环境分局", "区工信局", "", "2024年8月", ""],
           ["6", "完善河湖长制考核办法", "区河长办", "区水务局", "", "2024年12月", "新增"]],
          header_rows=(["序号", "工作任务", "责任主体", None, "资金（万元）", "完成时限", "备注"],
                       ["", "", "牵头单位", "责任单位", "", "", ""])),
    # a 分管领导 column after the owners, category rows, a 备注 column
    Table("town", "镇2024年人居环境和民生事项工作安排",
          ["序号", "工作事项", "牵头单位", "责任单位", "分管领导", "完成时限", "备注"],
          [["1", "完成镇区主干道路灯更换", "镇村镇建设办", "各村（社区）", "镇长周敏", "2024年5月", ""],
           ["2", "开展河塘沟渠集中清淤", "镇农业服务中心", "镇生态环境办、各村（社区）", "党委委员、副镇长陈刚", "2024年4月", "每季度一次"],
           ["3", "做好城乡居民医保征缴工作", "镇社会事务办", "镇财政所", "副镇长吴丽", "2024年12月", ""],
           ["4", "组织开展农村适龄妇女“两癌”筛查", "镇卫生院", "镇妇联", "吴丽", "2024年9月", ""],
           ["5", "落实困难群众临时救助", "镇社会事务办", "各村（社区）", "副镇长吴丽、人大副主席刘芳", "长期", ""]],
          sections=((0, "一、人居环境"), (2, "二、民生保障"))),
]


def _merged_county() -> Table:
    """The county table with its 牵头单位 cell spanning rows 1-2 and 5-6 (the same lead unit)."""
    t = TABLES[0]
    rows = [list(r) for r in t.rows]
    rows[1][2] = rows[0][2]
    rows[5][2] = rows[4][2]
    return replace(t, name="county_merged", rows=rows, merged=(2,), spans=((0, 2), (4, 2)))


def _rows_shown(t: Table) -> list[list[str]]:
    """Rows as printed: a merged cell in its group's first row only (empty elsewhere)."""
    rows = [list(r) for r in t.rows]
    for first, n in t.spans:
        for r in range(first + 1, first + n):
            for c in t.merged:
                rows[r][c] = ""
    return rows


def owners_first(t: Table) -> Table | None:
    """The owner columns moved before the task column (序号 | 牵头单位 | 责任单位 | 任务 | …); not for a
    title and content table or a two-row header (whose order the office keeps)."""
    if t.task is not None or t.header_rows:
        return None
    own = t.owner_cols
    order = [0] + own + [i for i in range(1, len(t.header)) if i not in own]
    return replace(t, header=[t.header[i] for i in order], rows=[[r[i] for i in order] for r in t.rows],
                   merged=tuple(order.index(c) for c in t.merged))


def unnumbered_sentences(t: Table) -> Table:
    """No 序号 column, each task cell ending its sentence (…。), as a duty list (职责清单) gives it."""
    if t.header[0] not in ("序号", "编号"):
        return t
    task = t.task_col
    rows = [[c + ("。" if i == task and c[-1:] not in "。；;." else "") for i, c in enumerate(r)][1:] for r in t.rows]
    return replace(t, header=t.header[1:], rows=rows, merged=tuple(c - 1 for c in t.merged if c),
                   task=None if t.task is None else t.task - 1, header_rows=tuple(h[1:] for h in t.header_rows))


def headerless(t: Table) -> Table:
    """An excerpt starting below the header: no title, no header row."""
    return replace(t, headerless=True)


# ------------------------------------------------------------------ renderings


@dataclass
class Style:
    cells: Callable[[list[str]], list[str]]  # a row's cells -> its lines
    header_wrap: bool = False  # 牵头单位 -> 牵头 / 单位 (a header cell wrapped over two lines)
    glued: bool = False  # the row number glued to the task ("1推进…")
    furniture: bool = False  # a page footer and header between rows 3 and 4
    repeat_header: bool = False  # … and the header printed again after it
    run_on: bool = False  # every row on one line
    aligned: bool = False  # a row a line, columns padded with spaces to a common width, long cells wrapped below
    ruled: bool = False  # drawn with box characters, rule lines between rows, cells wrapped (``_ruled_lines``)


def _one_per_line(cells: list[str]) -> list[str]:
    return [c for c in cells]


def _one_per_line_blank(cells: list[str]) -> list[str]:
    return [x for c in cells for x in (c, "")]


def _tabs(cells: list[str]) -> list[str]:
    return ["\t".join(cells)]


def _spaces(cells: list[str]) -> list[str]:
    return ["   ".join(c or " " for c in cells)]


def _pipes(cells: list[str]) -> list[str]:
    return ["| " + " | ".join(cells) + " |"]


def _box(cells: list[str]) -> list[str]:
    return ["┃" + "┃".join(cells) + "┃"]


def _bars(cells: list[str]) -> list[str]:
    return ["│ " + " │ ".join(cells) + " │"]


def _wrapped_header(header: list[str]) -> list[list[str]]:
    """Two header lines: a 4-character cell split 2+2, the others on the first line (blank below)."""
    top = [c[:2] if len(c) == 4 else c for c in header]
    bottom = [c[2:] if len(c) == 4 else "" for c in header]
    return [top, bottom]


def _aligned_lines(rows: list[list[str]], wrap: int = 12, between: dict[int, str] | None = None) -> list[str]:
    """Rows as a PDF's text layer gives them: each column as wide as its widest cell (up to
    ``wrap`` characters) and three spaces, a longer cell's rest on the next lines under it;
    ``between`` gives a line at the margin before a row (a category row merged across)."""
    between = between or {}
    widths = [min(wrap, max(len(r[c]) for r in rows)) for c in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        if k in between:
            lines.append(between[k])
        parts = [[c[k:k + wrap] for k in range(0, len(c), wrap)] or [""] for c in r]
        for n in range(max(map(len, parts))):
            cells = [p[n] if n < len(p) else "" for p in parts]
            lines.append("   ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())
    return lines


def _ruled_lines(t: Table, wrap: int = 16, unit_wrap: int = 4) -> list[str]:
    """A table drawn with box characters as law-database mirrors print it: a rule line after
    each row, cells wrapped (owner cells every ``unit_wrap`` characters, the others every
    ``wrap``); a merged cell's text runs on down the lines of the rows it spans, centred on
    them as Word centres it, the rules between those rows drawn under the other columns only
    ('├────┤ │府,市财政局、国│ 效 │'); a header on two rows has its spanning cell's rule under
    the cells it spans only, a category row one cell across the table."""
    width = len(t.header)
    widths = [unit_wrap if c in t.owner_cols else wrap for c in range(width)]
    across = sum(widths) + width - 1

    def pieces(text: str, c: int) -> list[str]:
        return [text[k:k + widths[c]] for k in range(0, len(text), widths[c])] or [""]

    def line(segments: list[str], drawn: list[bool]) -> str:
        out = "├" if drawn[0] else "│"
        for c, seg in enumerate(segments):
            right = c + 1 < width and drawn[c + 1]
            out += ("─" * widths[c] if drawn[c] else seg.ljust(widths[c]))
            out += ("┼" if drawn[c] and right else "┤" if drawn[c] else "├" if right else "│")
        return out

    def full(left: str, mid: str, right: str) -> str:
        return left + mid.join("─" * w for w in widths) + right

    def spanning(cells: list[str | None]) -> str:  # a header row whose cells may span columns
        out, c = "│", 0
        while c < width:
            n = next((k for k in range(c + 1, width) if cells[k] is not None), width) - c
            out += (cells[c] or "").ljust(sum(widths[c:c + n]) + n - 1) + "│"
            c += n
        return out

    out = [full("┌", "┬", "┐")]
    if not t.headerless:
        if t.header_rows:
            top, *lower = t.header_rows
            out.append(spanning(top))
            for row in lower:
                out.append(line([""] * width, [top[c] is None or (c + 1 < width and top[c + 1] is None) for c in range(width)]))
                out.append(line([c or "" for c in row], [False] * width))
        else:
            out.append(line(list(t.header), [False] * width))
        out.append(full("├", "┼", "┤"))
    sections = dict(t.sections)
    spans = {first: n for first, n in t.spans}
    r = 0
    while r < len(t.rows):
        if r in sections:
            out += ["│" + sections[r].ljust(across) + "│", full("├", "┼", "┤")]
        n = spans.get(r, 1)
        merged = [c for c in t.merged if n > 1]
        slots: list[tuple[str, int, int]] = []  # ("text", row, its line) or ("rule", row, 0)
        for k in range(n):
            row = t.rows[r + k]
            height = max(len(pieces(row[c], c)) for c in range(width) if c not in merged)
            slots += [("text", k, h) for h in range(height)]
            if k < n - 1:
                slots.append(("rule", k, 0))
        flow = {c: pieces(t.rows[r][c], c) for c in merged}
        while any(len(p) > len(slots) for p in flow.values()):
            slots.append(("text", n - 1, 10 ** 6))  # the merged text's rest below the last row's
        flow = {c: [""] * ((len(slots) - len(p)) // 2) + p for c, p in flow.items()}  # centred
        for i, (kind, k, h) in enumerate(slots):
            row = t.rows[r + k]
            segs = [(flow[c][i] if i < len(flow[c]) else "") if c in merged
                    else pieces(row[c], c)[h] if kind == "text" and h < len(pieces(row[c], c))
                    else "" for c in range(width)]
            out.append(line(segs, [kind == "rule" and c not in merged for c in range(width)]))
        out.append(full("├", "┼", "┤") if r + n < len(t.rows) else full("└", "┴", "┘"))
        r += n
    return out


def render(t: Table, s: Style) -> str:
    rows = _rows_shown(t)
    one_a_line = s.cells in (_one_per_line, _one_per_line_blank)
    # the header as printed: a spanned cell once; one cell a line, no line for a cell spanning both rows
    header_rows = [[c for c in h if c is not None and (c or not one_a_line)] for h in t.header_rows or (t.header,)]
    if s.glued:  # the header keeps its 序号 cell; a row's number is glued to the cell after it
        rows = [[r[0] + r[1]] + r[2:] for r in rows]
    sections = dict(t.sections)
    out = [] if t.headerless else t.title.split("\n")

    def head() -> list[str]:
        if t.headerless:
            return []
        if s.header_wrap:
            lines = []
            if one_a_line:
                # one cell a line: a wrapped cell's two halves on consecutive lines
                for c in (c for h in header_rows for c in h):
                    parts = [c[:2], c[2:]] if len(c) == 4 else [c]
                    lines += [x for p in parts for x in s.cells([p])]
                return lines
            for h in header_rows:
                for part in _wrapped_header(h):
                    lines += s.cells(part)
            return lines
        return [x for h in header_rows for x in s.cells(h)]

    if s.ruled:  # drawn with box characters, rule lines between rows
        return "\n".join(out + _ruled_lines(replace(t, rows=rows) if not t.merged else t)) + "\n"
    if s.aligned:  # columns padded to a common width, long cells wrapped onto lines under their column
        shown = [] if t.headerless else [[c or "" for c in h] for h in t.header_rows or (t.header,)]
        return "\n".join(out + _aligned_lines(shown + rows, between={k + len(shown): v for k, v in sections.items()})) + "\n"
    out += head()
    if s.run_on:
        out.append(" ".join(" ".join(([sections[k]] if k in sections else []) + [c for c in r if c])
                            for k, r in enumerate(rows)))
        return "\n".join(out) + "\n"
    for k, r in enumerate(rows):
        if (s.furniture or s.repeat_header) and k == 3:
            if s.furniture:
                out += ["", "— 2 —", ""]
            if s.repeat_header:
                out += head()
        if k in sections:
            out += s.cells([sections[k]])
        out += s.cells(r)
    return "\n".join(out) + "\n"


@dataclass
class Layout:
    name: str
    what: str
    style: Style
    transform: Callable[[Table], Table] = field(default=lambda t: t)


LAYOUTS = [
    Layout("cells_one_a_line", "one cell a line", Style(_one_per_line)),
    Layout("cells_blank_lines", "one cell a line, blank lines between", Style(_one_per_line_blank)),
    Layout("tabs", "a row a line, cells split by tabs", Style(_tabs)),
    Layout("spaces", "a row a line, cells split by runs of spaces", Style(_spaces)),
    Layout("spaces_aligned", "columns padded with spaces, long cells wrapped onto lines under their column",
           Style(_spaces, aligned=True)),
    Layout("pipes", "a row a line, cells between pipes", Style(_pipes)),
    Layout("box_heavy", "┃cell┃cell┃", Style(_box)),
    Layout("box_light", "│ cell │ cell │", Style(_bars)),
    Layout("run_on", "every row run together on one line after the header", Style(_spaces, run_on=True)),
    Layout("run_on_unnumbered", "no row numbers, every row '<task>。 <units> <deadline>' run together after the header, "
           "cells split by single spaces", Style(lambda cells: [" ".join(cells)], run_on=True), unnumbered_sentences),
    Layout("tabs_wrapped_header", "tabs, header cells wrapped onto two lines", Style(_tabs, header_wrap=True)),
    Layout("cells_wrapped_header", "one cell a line, header cells wrapped (牵头 / 单位)", Style(_one_per_line, header_wrap=True)),
    Layout("cells_blank_wrapped_header", "one cell a paragraph, header cells wrapped", Style(_one_per_line_blank, header_wrap=True)),
    Layout("cells_wrapped_glued_number", "one cell a line, header cells wrapped, the number glued to the task",
           Style(_one_per_line, header_wrap=True, glued=True)),
    Layout("cells_wrapped_repeated_header", "one cell a line, header cells wrapped, page footer and the header repeated",
           Style(_one_per_line, header_wrap=True, furniture=True, repeat_header=True)),
    Layout("spaces_wrapped_header", "spaces, header cells wrapped onto two lines", Style(_spaces, header_wrap=True)),
    Layout("pipes_wrapped_header", "pipes, header cells wrapped onto two lines", Style(_pipes, header_wrap=True)),
    Layout("cells_glued_number", "one cell a line, the number glued to the task (1推进…)", Style(_one_per_line, glued=True)),
    Layout("spaces_glued_number", "spaces, the number glued to the task", Style(_spaces, glued=True)),
    Layout("box_glued_number", "box bars, the number glued to the task", Style(_box, glued=True)),
    Layout("box_ruled", "box characters with rule lines, cells wrapped over several lines", Style(_box, ruled=True)),
    Layout("tabs_furniture", "tabs, a page footer between rows", Style(_tabs, furniture=True)),
    Layout("cells_furniture", "one cell a line, a page footer between rows", Style(_one_per_line, furniture=True)),
    Layout("tabs_repeated_header", "tabs, page footer and the header repeated", Style(_tabs, furniture=True, repeat_header=True)),
    Layout("pipes_repeated_header", "pipes, page footer and the header repeated", Style(_pipes, furniture=True, repeat_header=True)),
    Layout("cells_repeated_header", "one cell a line, page footer and the header repeated",
           Style(_one_per_line, furniture=True, repeat_header=True)),
    Layout("tabs_owners_first", "tabs, the owner columns before the task", Style(_tabs), owners_first),
    Layout("spaces_owners_first", "spaces, the owner columns before the task", Style(_spaces), owners_first),
    Layout("cells_owners_first", "one cell a line, the owner columns before the task", Style(_one_per_line), owners_first),
    Layout("pipes_owners_first", "pipes, the owner columns before the task", Style(_pipes), owners_first),
    Layout("tabs_headerless", "tabs, the excerpt starting below the header (no title, no header)", Style(_tabs), headerless),
    Layout("spaces_headerless", "spaces, no title and no header", Style(_spaces), headerless),
    Layout("pipes_headerless", "pipes, no title and no header", Style(_pipes), headerless),
    Layout("box_headerless", "│ cell │ cell │, no title and no header", Style(_bars), headerless),
    Layout("cells_headerless", "one cell a line, no title and no header", Style(_one_per_line), headerless),
]
# on the 县 table with its 牵头单位 merged (county_merged); the cells and spaces ones, which leave nothing
# where a merged cell is not printed, also on the title and content table (measures: number and title merged)
MERGED_LAYOUTS = [
    Layout("tabs_merged_owner", "tabs, a merged 牵头单位 cell in its first row only (empty cell below)", Style(_tabs)),
    Layout("pipes_merged_owner", "pipes, a merged 牵头单位 cell (empty cell below)", Style(_pipes)),
    Layout("cells_merged_owner", "one cell a line, a merged cell (no line below)", Style(_one_per_line)),
    Layout("spaces_merged_owner", "spaces, a merged cell (nothing below)", Style(_spaces)),
    Layout("box_ruled_merged_owner", "box characters with rule lines, a merged 牵头单位 cell wrapped on down its rows "
           "(the rule between them drawn under the other columns only)", Style(_box, ruled=True)),
]


def _cells_dropping_empty(cells: list[str]) -> list[str]:
    return [c for c in cells if c]


def variants() -> list[tuple[str, str, str, list[se.Gold]]]:
    """(layout, table, text, labels) for every layout and table."""
    out = []
    for lay in LAYOUTS:
        for t in TABLES:
            tt = lay.transform(t)
            if tt is not None:  # None: the layout does not apply to this table
                out.append((lay.name, t.name, render(tt, lay.style), _golds(tt)))
    merged = [_merged_county(), next(t for t in TABLES if t.name == "measures")]
    for lay in MERGED_LAYOUTS:
        style = lay.style
        if style.cells in (_one_per_line, _spaces):
            base = style.cells
            style = replace(style, cells=lambda cells, base=base: base(_cells_dropping_empty(cells)))
        for t in merged if style is not lay.style else merged[:1]:
            out.append((lay.name, t.name, render(t, style), _golds(t)))
    return out


def score(selected: list[str] | None = None) -> list[tuple[str, str, se.DocScore]]:
    out = []
    with tempfile.TemporaryDirectory(prefix="table-variants-") as tmp:
        work = Path(tmp)
        for layout, table, text, golds in variants():
            if selected and layout not in selected:
                continue
            plan = work / f"{layout}-{table}.txt"
            plan.write_text(text, encoding="utf-8")
            doc = se.Document(plan.name, plan, golds)
            try:
                preds, error = se.predict(plan, work)
            except Exception as e:  # noqa: BLE001 - a reader failing on a layout is a finding, not the end of the run
                preds, error = [], f"{type(e).__name__} ({table})"
            out.append((layout, table, se.score_document(doc, preds, error)))
    return out


def table(results: list[tuple[str, str, se.DocScore]], details: bool = False) -> str:
    whats = {lay.name: lay.what for lay in LAYOUTS + MERGED_LAYOUTS}
    lines = ["| layout | what | tables | pairs found | P | R | F1 | no tasks found |", "|---|---|---:|---:|---:|---:|---:|---|"]
    total = se.Counts()
    for name in dict.fromkeys(r[0] for r in results):
        rows = [r for r in results if r[0] == name]
        c = se.Counts()
        for *_, s in rows:
            c.add(s.counts)
        total.add(c)
        p, r, f = c.pairs
        failed = ", ".join(t + (" (crash)" if s.error.endswith(f"({t})") else "") for _, t, s in rows if s.error)
        lines.append(f"| {name} | {whats[name]} | {len(rows)} | {c.tp}/{c.tp + c.fn} | {p:.2f} | {r:.2f} | {f:.2f} | {failed} |")
        if details:
            for _, t, s in rows:
                for d in s.details:
                    lines.append(f"|  | {t}: {d} | | | | | | |")
    p, r, f = total.pairs
    lines.append(f"| **all** | | {len(results)} | {total.tp}/{total.tp + total.fn} | {p:.3f} | {r:.3f} | {f:.3f} | |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--details", action="store_true", help="each variant's missed and extra units")
    ap.add_argument("--layout", action="append", help="only this layout (repeatable)")
    ap.add_argument("--show", help="print the text of LAYOUT:TABLE and exit")
    args = ap.parse_args(argv)
    if args.show:
        layout, name = args.show.split(":")
        for lay, t, text, _ in variants():
            if lay == layout and t == name:
                print(text)
        return 0
    print(table(score(args.layout), args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
