#!/usr/bin/env python3
"""Write the default Word templates: templates/通报.docx and templates/督办通知.docx.

    python scripts/build_templates.py [--out templates]

The templates are committed files a clerk may edit in Word or WPS; this script
is how they are made, so they can be rebuilt. Layout after GB/T 9704-2012
(党政机关公文格式): A4; margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm
right; 22 lines a page (fixed line pitch 28.95 pt); title 方正小标宋简体 2号;
body 仿宋_GB2312 3号; level-1 headings 黑体, level-2 楷体_GB2312, level-3 仿宋
bold; page numbers 宋体 4号 "— N —" (odd pages right, even pages left). Every
font is named for East-Asian text (w:eastAsia) in the styles, with no theme
fonts left to override it. Tables repeat their header row on every page and
loop with docxtpl's ``{%tr %}`` rows. Variables: docs/templates.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

REPO = Path(__file__).resolve().parent.parent
FANGSONG, HEITI, KAITI, XIAOBIAOSONG, SONGTI = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
LATIN = "Times New Roman"
LINE = 28.95  # pt: 22 lines in the 225 mm type area
TEXT_WIDTH_MM = 156
RED = "FF0000"
FIXED_DATE = dt.datetime(2023, 1, 1, 9, 0, 0)


# --- styles -------------------------------------------------------------------------------------

def run_props(east_asia: str, size: float, bold: bool = False, color: str = "000000", spacing: int = 0) -> str:
    half = int(size * 2)
    return (f'<w:rPr {nsdecls("w")}><w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:eastAsia="{east_asia}" '
            f'w:cs="{LATIN}" w:hint="eastAsia"/>' + ("<w:b/><w:bCs/>" if bold else "<w:b w:val=\"0\"/>")
            + f'<w:color w:val="{color}"/>' + (f'<w:spacing w:val="{spacing}"/>' if spacing else "")
            + f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>')


def para_props(align: str = "both", first_chars: int = 0, left_chars: int = 0, right_chars: int = 0,
               line: float | None = LINE, size: float = 16, outline: int | None = None, keep_next: bool = False,
               border: str = "", tab_mm: float = 0, before: float = 0, after: float = 0, grid: bool = True) -> str:
    ch = int(size * 20)  # one character in twips
    ind = []
    if first_chars:
        ind.append(f'w:firstLineChars="{first_chars * 100}" w:firstLine="{first_chars * ch}"')
    else:
        ind.append('w:firstLineChars="0" w:firstLine="0"')
    if left_chars:
        ind.append(f'w:leftChars="{left_chars * 100}" w:left="{left_chars * ch}"')
    if right_chars:
        ind.append(f'w:rightChars="{right_chars * 100}" w:right="{right_chars * ch}"')
    return (f'<w:pPr {nsdecls("w")}>' + ("<w:keepNext/>" if keep_next else "") + "<w:widowControl/>"
            + (f'<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="4" w:color="{border}"/></w:pBdr>'
               if border else "")
            + (f'<w:tabs><w:tab w:val="right" w:pos="{int(tab_mm * 56.7)}"/></w:tabs>' if tab_mm else "")
            + ("" if grid else '<w:snapToGrid w:val="0"/>')  # small text keeps its own line height
            + f'<w:spacing w:before="{int(before * 20)}" w:after="{int(after * 20)}" '
            + (f'w:line="{round(line * 20)}" w:lineRule="exact"/>' if line else 'w:line="240" w:lineRule="auto"/>')
            + f'<w:ind {" ".join(ind)}/><w:jc w:val="{align}"/>'
            + (f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else "") + "</w:pPr>")


def set_style(style, ppr: str | None, rpr: str) -> None:
    el = style.element
    for tag in ("w:pPr", "w:rPr"):
        for old in el.findall(qn(tag)):
            el.remove(old)
    if ppr:
        el.append(parse_xml(ppr))
    el.append(parse_xml(rpr))


STYLE_IDS = {"版头": "Masthead", "期号": "IssueLine", "版头信息": "MastheadInfo", "主送": "Addressee",
             "表头": "TableHead", "表格文字": "TableText", "表格正文": "TableBody", "图": "Figure",
             "图题": "FigureCaption", "正文（与下段同页）": "BodyKeepNext", "落款": "Signature",
             "成文日期": "SignatureDate", "三级标题字": "Level3Char", "二级标题字": "Level2Char"}


def paragraph_style(doc, name: str, ppr: str, rpr: str, base: str = "Normal"):
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.style_id = STYLE_IDS[name]  # ASCII ids, as Word gives Chinese-named styles
        style.base_style = doc.styles[base]
        style.quick_style = True
    set_style(style, ppr, rpr)
    return style


def character_style(doc, name: str, rpr: str):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.style_id = STYLE_IDS[name]
    style.quick_style = True
    set_style(style, None, rpr)


def doc_defaults(doc) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    for old in list(rpr_default):
        rpr_default.remove(old)
    rpr_default.append(parse_xml(run_props(FANGSONG, 16)))


def no_theme_fonts(doc) -> None:
    """Theme font attributes win over named fonts in Word: replace them in every style."""
    for fonts in doc.styles.element.iter(qn("w:rFonts")):
        major = any("major" in (fonts.get(qn(f"w:{a}")) or "") for a in ("asciiTheme", "eastAsiaTheme"))
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            if fonts.get(qn(f"w:{attr}")) is not None:
                del fonts.attrib[qn(f"w:{attr}")]
        for attr in ("ascii", "hAnsi", "cs"):
            fonts.set(qn(f"w:{attr}"), fonts.get(qn(f"w:{attr}")) or LATIN)
        fonts.set(qn("w:eastAsia"), fonts.get(qn("w:eastAsia")) or (HEITI if major else FANGSONG))


def styles(doc) -> None:
    no_theme_fonts(doc)
    doc_defaults(doc)
    paragraph_style(doc, "Normal", para_props(first_chars=2), run_props(FANGSONG, 16))
    paragraph_style(doc, "Title", para_props("center", line=35, after=LINE, grid=False), run_props(XIAOBIAOSONG, 22))
    paragraph_style(doc, "Heading 1", para_props(first_chars=2, outline=0, keep_next=True), run_props(HEITI, 16))
    paragraph_style(doc, "Heading 2", para_props(first_chars=2, outline=1, keep_next=True), run_props(KAITI, 16))
    paragraph_style(doc, "Heading 3", para_props(first_chars=2, outline=2, keep_next=True),
                    run_props(FANGSONG, 16, bold=True))
    for linked, font, bold in (("Title Char", XIAOBIAOSONG, False), ("Heading 1 Char", HEITI, False),
                               ("Heading 2 Char", KAITI, False), ("Heading 3 Char", FANGSONG, True)):
        set_style(doc.styles[linked], None, run_props(font, 22 if linked == "Title Char" else 16, bold))
    paragraph_style(doc, "Footer", para_props("right", right_chars=1, line=20, size=14, grid=False), run_props(SONGTI, 14))
    paragraph_style(doc, "Header", para_props("center", line=20, size=14, grid=False), run_props(SONGTI, 14))
    paragraph_style(doc, "版头", para_props("center", line=50, before=6, grid=False), run_props(XIAOBIAOSONG, 34, color=RED,
                                                                                   spacing=60))
    paragraph_style(doc, "期号", para_props("center"), run_props(FANGSONG, 16))
    paragraph_style(doc, "版头信息", para_props("left", border=RED, tab_mm=TEXT_WIDTH_MM, after=LINE),
                    run_props(FANGSONG, 16))
    paragraph_style(doc, "主送", para_props("left"), run_props(FANGSONG, 16))
    paragraph_style(doc, "表头", para_props("center", line=20, size=12, grid=False), run_props(HEITI, 12))
    paragraph_style(doc, "表格文字", para_props("center", line=20, size=12, grid=False), run_props(FANGSONG, 12))
    paragraph_style(doc, "表格正文", para_props("left", line=20, size=12, grid=False), run_props(FANGSONG, 12))
    paragraph_style(doc, "图", para_props("center", line=None, grid=False), run_props(FANGSONG, 16))  # exact would clip
    paragraph_style(doc, "图题", para_props("center", line=22, size=14, after=6, grid=False), run_props(FANGSONG, 14))
    paragraph_style(doc, "正文（与下段同页）", para_props(first_chars=2, keep_next=True), run_props(FANGSONG, 16))
    paragraph_style(doc, "落款", para_props("right", right_chars=2, before=LINE, keep_next=True),
                    run_props(FANGSONG, 16))
    paragraph_style(doc, "成文日期", para_props("right", right_chars=4), run_props(FANGSONG, 16))
    character_style(doc, "三级标题字", run_props(FANGSONG, 16, bold=True))
    character_style(doc, "二级标题字", run_props(KAITI, 16))


# --- page, footers -----------------------------------------------------------------------------

def page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(24)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml(f'<w:docGrid {nsdecls("w")}/>')
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE * 20)))
    doc.settings.odd_and_even_pages_header_footer = True
    page_number(section.footer.paragraphs[0], "right")
    section.even_page_footer.is_linked_to_previous = False
    page_number(section.even_page_footer.paragraphs[0], "left")


def page_number(paragraph, side: str) -> None:
    """ "— N —" with a PAGE field; odd pages right, even pages left, one character in."""
    paragraph.style = "Footer"
    if side == "left":
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:ind {nsdecls("w")} w:leftChars="100" w:left="280" w:rightChars="0" w:right="0"/>'))
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:jc {nsdecls("w")} w:val="left"/>'))
    paragraph.add_run("— ")
    for xml in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar w:fldCharType="separate"/>', "<w:t>1</w:t>", '<w:fldChar w:fldCharType="end"/>'):
        paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}>{xml}</w:r>'))
    paragraph.add_run(" —")


# --- content helpers -----------------------------------------------------------------------------

def para(doc, text: str = "", style: str = "Normal", runs: list[tuple[str, str | None]] | None = None):
    p = doc.add_paragraph(style=style)
    for piece, char_style in runs or [(text, None)]:
        if piece:
            p.add_run(piece, style=char_style)
    return p


def _cell_text(cell, text: str, style: str) -> None:
    cell.paragraphs[0].style = style
    if text:
        cell.paragraphs[0].add_run(text)
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="center"/>'))


def _row_props(row, header: bool) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
    if header:
        tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def loop_table(doc, loop: str, columns: list[tuple[str, float, str, str]]):
    """A table: header row (repeated on every page), then ``{%tr for … %}``, one row of cells, ``{%tr endfor %}``.

    ``columns``: (header, width in mm, cell text with tags, "c" centred | "l" left).
    """
    table = doc.add_table(rows=4, cols=len(columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(int(sum(c[1] for c in columns) * 56.7)))
    margins = parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:left w:w="57" w:type="dxa"/>'
                        '<w:right w:w="57" w:type="dxa"/></w:tblCellMar>')
    look = tbl_pr.find(qn("w:tblLook"))  # schema order: … tblLayout, tblCellMar, tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)
    texts = [[h for h, *_ in columns], [f"{{%tr for {loop} %}}"] + [""] * (len(columns) - 1),
             [c for _h, _w, c, _a in columns], ["{%tr endfor %}"] + [""] * (len(columns) - 1)]
    for r, row in enumerate(table.rows):
        _row_props(row, header=r == 0)
        for c, cell in enumerate(row.cells):
            cell.width = Mm(columns[c][1])
            style = "表头" if r == 0 else ("表格正文" if r == 2 and columns[c][3] == "l" else "表格文字")
            _cell_text(cell, texts[r][c], style)
    for c, col in enumerate(table.columns):
        col.width = Mm(columns[c][1])
    return table


def masthead(doc, title: str, issue_line: str) -> None:
    para(doc, title, "版头")
    para(doc, issue_line, "期号")
    p = para(doc, "{{ organ }}", "版头信息")
    p.add_run().add_tab()
    p.add_run("{{ date }}")


def signature(doc) -> None:
    para(doc, "{{ organ }}", "落款")
    para(doc, "{{ date }}", "成文日期")


def new_document(title: str):
    doc = Document()
    styles(doc)
    page(doc)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, "ledger", "ledger"
    props.created = props.modified = FIXED_DATE
    props.revision = 1
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return doc


# --- the two templates -------------------------------------------------------------------------

def circular():
    doc = new_document("任务进展情况通报")
    masthead(doc, "工作通报", "{{ issue_text }}")
    para(doc, "{{ title }}", "Title")
    para(doc, "各乡镇人民政府，县直各有关单位：", "主送")
    para(doc, "为推动《{{ plan_title }}》各项任务落实落细，现将{{ period.label }}（{{ period.span }}）"
              "任务推进情况通报如下。")
    overall(doc)
    reported(doc)
    overdue(doc)
    ranking(doc)
    problems(doc)
    para(doc, "六、下步工作要求", "Heading 1")
    para(doc, "{%p for r in requirements %}")
    para(doc, style="正文（与下段同页）",  # the last requirements stay on the page of the signature
         runs=[("（{{ loop.index|cn_number }}）{{ r.heading }}。", "二级标题字"), ("{{ r.text }}", None)])
    para(doc, "{%p endfor %}")
    signature(doc)
    return doc


def overall(doc) -> None:
    para(doc, "一、总体情况", "Heading 1")
    para(doc, "截至{{ period.due_text }}，共有任务{{ figures.tasks }}项。其中，已完成{{ figures.done }}项"
              "（待销号{{ figures.to_close }}项），推进中{{ figures.in_progress }}项，未启动{{ figures.not_started }}项，"
              "滞后{{ figures.behind }}项；超过完成时限仍未完成的{{ figures.overdue }}项。总体完成率"
              "{{ figures.rate_text }}，{{ change.text }}。")
    para(doc, "（一）进度分类", "Heading 2")
    para(doc, "按时序进度统计，{% for c in categories %}{{ c.name }}{{ c.count }}项、占{{ c.share_text }}"
              "{% if not loop.last %}；{% endif %}{% endfor %}。")
    loop_table(doc, "c in categories", [("类别", 60, "{{ c.name }}", "c"), ("任务数（项）", 48, "{{ c.count }}", "c"),
                                        ("占比", 48, "{{ c.share_text }}", "c")])
    para(doc, "注：已完成指已完成或已销号；超进度指正在推进且距完成时限尚远；欠进度（滞后）指滞后、已逾期，"
              "或临近时限仍未启动；其余为达进度。", "图题")


def reported(doc) -> None:
    para(doc, "二、报送情况", "Heading 1")
    para(doc, "本期应报送单位{{ reporting.expected_count }}个，截至{{ period.due_text }}按时报送"
              "{{ reporting.on_time_count }}个，逾期报送{{ reporting.late_count }}个，未报送"
              "{{ reporting.missing_count }}个。")
    para(doc, "{%p if reporting.late %}")
    para(doc, "逾期报送的单位：{{ reporting.late_text }}。")
    para(doc, "{%p endif %}")
    para(doc, "{%p if reporting.missing %}")
    para(doc, "未报送的单位：{{ reporting.missing_text }}。")
    para(doc, "{%p endif %}")


def overdue(doc) -> None:
    para(doc, "三、逾期任务", "Heading 1")
    para(doc, "{%p if overdue_tasks %}")
    para(doc, "截至{{ period.due_date }}，以下{{ overdue_tasks|length }}项任务已超过完成时限仍未完成，"
              "请牵头单位抓紧推进：")
    loop_table(doc, "t in overdue_tasks", [
        ("序号", 11, "{{ t.no }}", "c"), ("编号", 11, "{{ t.number }}", "c"), ("任务内容", 61, "{{ t.text }}", "l"),
        ("牵头单位", 28, "{{ t.lead }}", "c"), ("完成时限", 26, "{{ t.deadline }}", "c"),
        ("逾期天数", 19, "{{ t.days_overdue }}", "c")])
    para(doc, "{%p else %}")
    para(doc, "截至{{ period.due_date }}，没有超过完成时限仍未完成的任务。")
    para(doc, "{%p endif %}")


def ranking(doc) -> None:
    para(doc, "四、单位排名", "Heading 1")
    para(doc, "按任务完成率（占{{ ranking_rule.completion }}%）、无逾期任务（占{{ ranking_rule.overdue }}%）、"
              "按时报送（占{{ ranking_rule.on_time }}%）综合评分，各单位在同类单位中排名如下。")
    para(doc, "{%p for g in rankings %}")
    para(doc, "（{{ loop.index|cn_number }}）{{ g.group }}（{{ g.count }}个）", "Heading 2")
    loop_table(doc, "u in g.units", [
        ("名次", 12, "{{ u.rank }}", "c"), ("单位", 44, "{{ u.unit }}", "l"), ("任务数", 16, "{{ u.tasks }}", "c"),
        ("已完成", 16, "{{ u.done }}", "c"), ("完成率", 20, "{{ u.rate_text }}", "c"),
        ("逾期", 12, "{{ u.overdue }}", "c"), ("报送情况", 22, "{{ u.reporting }}", "c"),
        ("得分", 14, "{{ u.score }}", "c")])
    para(doc, "{%p endfor %}")
    para(doc, "{%p if chart %}")
    para(doc, "{{ chart }}", "图")
    para(doc, "图1  各单位任务完成率（{{ period.label }}）", "图题")
    para(doc, "{%p endif %}")


def problems(doc) -> None:
    para(doc, "五、存在问题", "Heading 1")
    para(doc, "{%p if problems %}")
    para(doc, "{%p for p in problems %}")
    para(doc, runs=[("{{ loop.index }}.{{ p.unit }}", "三级标题字"), ("（涉及任务{{ p.tasks }}）：{{ p.text }}", None)])
    para(doc, "{%p endfor %}")
    para(doc, "{%p else %}")
    para(doc, "本期各单位未报告存在问题。")
    para(doc, "{%p endif %}")


def reminder():
    doc = new_document("督办通知")
    masthead(doc, "督办通知", "{{ period.label }}")
    para(doc, "{{ unit.name }}：", "主送")
    para(doc, "根据《{{ plan_title }}》任务台账统计，截至{{ period.due_text }}，{{ unit.summary }}。"
              "现予督办，请你单位高度重视，于{{ reply_by }}前{{ unit.action }}，报{{ organ }}。")
    para(doc, "你单位需办理的任务如下：")
    loop_table(doc, "t in tasks", [
        ("序号", 11, "{{ t.no }}", "c"), ("编号", 11, "{{ t.number }}", "c"), ("任务内容", 62, "{{ t.text }}", "l"),
        ("职责", 11, "{{ t.role }}", "c"), ("完成时限", 26, "{{ t.deadline }}", "c"),
        ("督办事由", 35, "{{ t.note }}", "c")])
    para(doc, "联系人：　　　　　　　　联系电话：", "正文（与下段同页）")  # not a signature alone on a page
    signature(doc)
    return doc


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in (("通报.docx", circular), ("督办通知.docx", reminder)):
        path = out / name
        make().save(str(path))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "templates")
    args = parser.parse_args(argv)
    for path in build(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
