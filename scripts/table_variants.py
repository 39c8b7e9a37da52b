#!/usr/bin/env python3
"""Task tables flattened to text in the layouts offices and mirror sites give, scored layout by layout.

    python scripts/table_variants.py [--details] [--layout NAME] [--show NAME:TABLE]

A few small task tables of our own (5-8 rows each, real-looking 县/市/区 units and tasks,
labelled as they are built) are rendered in every layout of ``LAYOUTS``: one cell a line,
cells split by tabs, by runs of spaces, by pipes or box characters, rows run together on
one line, header cells wrapped over two lines, a vertically merged owner cell printed in
its first row only, a row number glued to the task, page furniture between rows, the
header repeated after a page break, the owner columns before the task column, a 备注 or
进展 column after them, and combinations. Each variant is written to a temporary .txt,
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
    merged: tuple[int, ...] = ()  # owner columns whose cell spans rows: printed in a group's first row only
    spans: tuple[tuple[int, int], ...] = ()  # (first row, rows spanned) for the merged columns

    def col(self, word: str) -> int:
        return next(i for i, c in enumerate(self.header) if word in c)

    @property
    def task_col(self) -> int:
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


def owners_first(t: Table) -> Table:
    """The owner columns moved before the task column (序号 | 牵头单位 | 责任单位 | 任务 | …)."""
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
    return replace(t, header=t.header[1:], rows=rows, merged=tuple(c - 1 for c in t.merged))


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


def _aligned_lines(rows: list[list[str]], wrap: int = 12) -> list[str]:
    """Rows as a PDF's text layer gives them: each column as wide as its widest cell (up to
    ``wrap`` characters) and three spaces, a longer cell's rest on the next lines under it."""
    widths = [min(wrap, max(len(r[c]) for r in rows)) for c in range(len(rows[0]))]
    lines = []
    for r in rows:
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
    ('├────┤ │府,市财政局、国│ 效 │')."""
    width = len(t.header)
    widths = [unit_wrap if c in t.owner_cols else wrap for c in range(width)]

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

    out = [full("┌", "┬", "┐"), line(list(t.header), [False] * width), full("├", "┼", "┤")]
    spans = {first: n for first, n in t.spans}
    r = 0
    while r < len(t.rows):
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
    header_cells = list(t.header)
    if s.glued:  # the header keeps its 序号 cell; a row's number is glued to its task cell
        task = t.task_col
        rows = [[r[0] + r[task]] + [c for i, c in enumerate(r) if i not in (0, task)] for r in rows]
    out = t.title.split("\n")

    def head() -> list[str]:
        if s.header_wrap:
            lines = []
            if s.cells in (_one_per_line, _one_per_line_blank):
                # one cell a line: a wrapped cell's two halves on consecutive lines
                for c in header_cells:
                    parts = [c[:2], c[2:]] if len(c) == 4 else [c]
                    lines += [x for p in parts for x in s.cells([p])]
                return lines
            for part in _wrapped_header(header_cells):
                lines += s.cells(part)
            return lines
        return s.cells(header_cells)

    if s.ruled:  # drawn with box characters, rule lines between rows
        return "\n".join(out + _ruled_lines(replace(t, rows=rows) if not t.merged else t)) + "\n"
    if s.aligned:  # columns padded to a common width, long cells wrapped onto lines under their column
        return "\n".join(out + _aligned_lines([header_cells] + rows)) + "\n"
    out += head()
    if s.run_on:
        out.append(" ".join(" ".join(c for c in r if c) for r in rows))
        return "\n".join(out) + "\n"
    for k, r in enumerate(rows):
        if (s.furniture or s.repeat_header) and k == 3:
            if s.furniture:
                out += ["", "— 2 —", ""]
            if s.repeat_header:
                out += head()
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
]
MERGED_LAYOUTS = [
    Layout("tabs_merged_owner", "tabs, a merged 牵头单位 cell in its first row only (empty cell below)", Style(_tabs)),
    Layout("pipes_merged_owner", "pipes, a merged 牵头单位 cell (empty cell below)", Style(_pipes)),
    Layout("cells_merged_owner", "one cell a line, a merged 牵头单位 cell (no line below)", Style(_one_per_line)),
    Layout("spaces_merged_owner", "spaces, a merged 牵头单位 cell (nothing below)", Style(_spaces)),
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
            out.append((lay.name, t.name, render(tt, lay.style), _golds(tt)))
    merged = _merged_county()
    for lay in MERGED_LAYOUTS:
        style = lay.style
        if style.cells in (_one_per_line, _spaces):
            base = style.cells
            style = replace(style, cells=lambda cells, base=base: base(_cells_dropping_empty(cells)))
        out.append((lay.name, merged.name, render(merged, style), _golds(merged)))
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
            preds, error = se.predict(plan, work)
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
        failed = ", ".join(t for _, t, s in rows if s.error)
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
