#!/usr/bin/env python3
"""Write the default Word templates: templates/通报.docx and templates/督办通知.docx.

    python scripts/build_templates.py [--out templates]

The templates are committed files a clerk may edit in Word or WPS; this script
is how they are made, so they can be rebuilt. Layout after GB/T 9704-2012
(党政机关公文格式): A4; margins 37 mm top, 35 mm bottom, 28 mm left, 26 mm
right; a document grid of lines and characters: 22 lines a page (line pitch
28.95 pt), 28 characters a line; title 方正小标宋简体 2号 (its line breaks are
the context's); body 仿宋_GB2312 3号; level-1 headings 黑体, level-2
楷体_GB2312, level-3 仿宋 bold; page numbers 宋体 4号 "— N —" (odd pages right,
even pages left). Every font is named for East-Asian text (w:eastAsia) in the
styles, with no theme fonts left to override it. Tables repeat their header
row on every page and loop with docxtpl's ``{%tr %}`` rows.

The 通报: masthead, title, body (总体情况, 报送情况, 逾期任务, 单位排名, 存在问题 by
kind, 下步工作要求), 附件说明, signature and 成文日期, 附注 (联系人); then each
附件 on a page of its own ("附件1" 黑体 at the top left, its title on the third
line: 落实情况表, ranking with the chart, the units' problems); last the 版记
(抄送, 印发机关 and 印发日期 between a thick, a thin and a thick rule). The 督办通知:
masthead with its 文号, the unit, one paragraph, a short table (编号, task in
brief, 完成时限, 逾期天数), signature, 成文日期 and 联系人. Variables: docs/templates.md.
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
CHARS_PER_LINE = 28
SMALL = 10.5  # 五号: the attachments' tables and the 督办通知's table
SMALL_LINE = 16
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
               border: str = "", tab_mm: float = 0, before: float = 0, after: float = 0, grid: bool = True,
               page_break: bool = False, hanging_chars: int = 0) -> str:
    ch = int(size * 20)  # one character in twips
    ind = []
    if hanging_chars:
        ind.append(f'w:hangingChars="{hanging_chars * 100}" w:hanging="{hanging_chars * ch}"')
    elif first_chars:
        ind.append(f'w:firstLineChars="{first_chars * 100}" w:firstLine="{first_chars * ch}"')
    else:
        ind.append('w:firstLineChars="0" w:firstLine="0"')
    if left_chars:
        ind.append(f'w:leftChars="{left_chars * 100}" w:left="{left_chars * ch}"')
    if right_chars:
        ind.append(f'w:rightChars="{right_chars * 100}" w:right="{right_chars * ch}"')
    return (f'<w:pPr {nsdecls("w")}>' + ("<w:keepNext/>" if keep_next else "")
            + ("<w:pageBreakBefore/>" if page_break else "") + "<w:widowControl/>"
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
             "成文日期": "SignatureDate", "三级标题字": "Level3Char", "二级标题字": "Level2Char",
             "附注": "Annotation", "注": "Note", "附件标识": "AttachmentMark",
             "附件标题": "AttachmentTitle", "表题": "TableTitle", "表头小字": "SmallTableHead",
             "表格小字": "SmallTableText", "表格小字居中": "SmallTableCenter", "版记": "Colophon",
             "版记抄送": "ColophonCc"}


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
    paragraph_style(doc, "图", para_props("center", line=None, grid=False, keep_next=True),  # exact would clip
                    run_props(FANGSONG, 16))  # kept with its caption
    paragraph_style(doc, "图题", para_props("center", line=22, size=14, after=6, grid=False), run_props(FANGSONG, 14))
    paragraph_style(doc, "正文（与下段同页）", para_props(first_chars=2, keep_next=True), run_props(FANGSONG, 16))
    paragraph_style(doc, "落款", para_props("right", right_chars=2, before=LINE, keep_next=True),
                    run_props(FANGSONG, 16))
    paragraph_style(doc, "成文日期", para_props("right", right_chars=4), run_props(FANGSONG, 16))
    paragraph_style(doc, "附注", para_props("left", first_chars=2), run_props(FANGSONG, 16))
    paragraph_style(doc, "注", para_props(first_chars=2, line=22, size=14, grid=False), run_props(FANGSONG, 14))
    paragraph_style(doc, "附件标识", para_props("left", page_break=True, after=LINE), run_props(HEITI, 16))
    paragraph_style(doc, "附件标题", para_props("center", line=35, after=LINE / 2, grid=False, keep_next=True),
                    run_props(XIAOBIAOSONG, 22))
    paragraph_style(doc, "表题", para_props("center", line=22, size=14, before=8, after=4, grid=False, keep_next=True),
                    run_props(HEITI, 14))
    for name, font, align in (("表头小字", HEITI, "center"), ("表格小字", FANGSONG, "left"),
                              ("表格小字居中", FANGSONG, "center")):
        paragraph_style(doc, name, para_props(align, line=SMALL_LINE, size=SMALL, grid=False), run_props(font, SMALL))
    colophon_tab = TEXT_WIDTH_MM - 14 * 25.4 / 72  # one 4号 character in from the right
    paragraph_style(doc, "版记", para_props("left", left_chars=1, right_chars=1, line=22, size=14, before=4, after=4,
                                          tab_mm=colophon_tab, grid=False), run_props(FANGSONG, 14))
    paragraph_style(doc, "版记抄送", para_props("left", left_chars=4, hanging_chars=3, right_chars=1, line=22, size=14,
                                            before=4, after=4, grid=False), run_props(FANGSONG, 14))
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
    grid.set(qn("w:type"), "linesAndChars")  # 22 lines of 28 characters, as GB/T 9704 sets them
    grid.set(qn("w:linePitch"), str(round(LINE * 20)))
    pitch = TEXT_WIDTH_MM / 25.4 * 72 / CHARS_PER_LINE  # pt; Word: pitch = default size + charSpace / 4096
    grid.set(qn("w:charSpace"), str(round((pitch - 16) * 4096)))
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


def loop_table(doc, loop: str, columns: list[tuple[str, float, str, str]], small: bool = False):
    """A table: header row (repeated on every page), then ``{%tr for … %}``, one row of cells, ``{%tr endfor %}``.

    ``columns``: (header, width in mm, cell text with tags, "c" centred | "l" left);
    ``small``: 五号 type (the attachments' long tables) instead of 小四.
    """
    head, left, centre = ("表头小字", "表格小字", "表格小字居中") if small else ("表头", "表格正文", "表格文字")
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
            style = head if r == 0 else (left if r == 2 and columns[c][3] == "l" else centre)
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
    para(doc, "（联系人：{{ contact }}；联系电话：{{ phone }}）", "附注")


def colophon(doc) -> None:
    """版记: 抄送 (when set) and 印发机关/印发日期, between a thick rule, a thin one and a
    thick one; a positioned table at the foot of the type area of the page it falls on
    (GB/T 9704 7.5: its last line on the last line of the last page), the next page
    when the text leaves no room for it."""
    table = doc.add_table(rows=4, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    for xml in ('<w:tblOverlap {ns} w:val="never"/>',
                '<w:tblpPr {ns} w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpYSpec="bottom"/>'):
        tbl_pr.insert(0, parse_xml(xml.format(ns=nsdecls("w"))))  # schema order: tblpPr, tblOverlap, tblW…
    width = tbl_pr.find(qn("w:tblW"))
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(int(TEXT_WIDTH_MM * 56.7)))
    look = tbl_pr.find(qn("w:tblLook"))
    for xml in ('<w:tblBorders {ns}><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
                '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
                '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
                '<w:insideV w:val="nil"/></w:tblBorders>',
                '<w:tblCellMar {ns}><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'):
        element = parse_xml(xml.format(ns=nsdecls("w")))
        if look is not None:
            look.addprevious(element)
        else:
            tbl_pr.append(element)
    texts = ["{%tr if cc %}", "抄送：{{ cc }}。", "{%tr endif %}", "{{ printer }}\t{{ date }}印发"]
    for row, text in zip(table.rows, texts):
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        cell = row.cells[0]
        cell.width = Mm(TEXT_WIDTH_MM)
        cell.paragraphs[0].style = "版记抄送" if text.startswith("抄送") else "版记"
        first, _, rest = text.partition("\t")
        cell.paragraphs[0].add_run(first)
        if rest:
            cell.paragraphs[0].add_run().add_tab()
            cell.paragraphs[0].add_run(rest)
    table.columns[0].width = Mm(TEXT_WIDTH_MM)
    para(doc, "", "注")  # a document ends with a paragraph (one in 1-point type made LibreOffice add a page)


def attachment(doc, number: str, title: str) -> None:
    """An 附件 on a page of its own: "附件N" at the top left, its title on the third line."""
    para(doc, f"附件{number}", "附件标识")
    para(doc, title, "附件标题")


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
    para(doc, "{{ addressee }}：", "主送")
    para(doc, "为推动{{ plan_ref }}各项任务落实落细，现将{{ period.label }}（{{ period.span }}）任务推进情况通报如下。")
    overall(doc)
    reported(doc)
    overdue(doc)
    ranking(doc)
    problems(doc)
    para(doc, "六、下步工作要求", "Heading 1")
    para(doc, "{%p for r in requirements %}")
    para(doc, runs=[("{% if requirements|length > 1 %}（{{ loop.index|cn_number }}）{% endif %}{{ r.heading }}。",
                "二级标题字"), ("{{ r.text }}", None)])
    para(doc, "{%p endfor %}")
    para(doc, "", "正文（与下段同页）")  # 正文下空一行 before the 附件说明, which stays with the signature
    para(doc, "{%p for a in attachments %}")
    para(doc, "{% if loop.first %}附件：{% else %}\u3000\u3000\u3000{% endif %}{{ a.no }}.{{ a.name }}",
         "正文（与下段同页）")
    para(doc, "{%p endfor %}")
    signature(doc)
    attachment_tasks(doc)
    attachment_ranking(doc)
    attachment_problems(doc)
    colophon(doc)
    return doc


def overall(doc) -> None:
    para(doc, "一、总体情况", "Heading 1")
    para(doc, "截至{{ period.due_text }}，纳入台账的任务共{{ figures.tasks }}项。按时序进度统计，"
              "{% for c in categories %}{{ c.phrase }}{% if not loop.last %}；{% endif %}{% endfor %}。"
              "总体完成率{{ figures.rate_text }}，{{ change.text }}。")
    para(doc, "注：已完成指已完成或已销号；超进度指正在推进、距完成时限尚远且未报存在问题；欠进度（滞后）指自报滞后、"
              "已超过完成时限仍未完成，或临近时限仍未启动；其余为达进度。各项任务的进度见附件1。", "注")


def reported(doc) -> None:
    para(doc, "二、报送情况", "Heading 1")
    para(doc, "本期应报送单位{{ reporting.expected_count }}个，截至{{ period.due_text }}按时报送"
              "{{ reporting.on_time_count }}个，逾期报送{{ reporting.late_count }}个，未报送"
              "{{ reporting.missing_count }}个。"
              "{% if reporting.late %}逾期报送的单位：{{ reporting.late_text }}。{% endif %}"
              "{% if reporting.missing %}未报送的单位：{{ reporting.missing_text }}。{% endif %}")


def overdue(doc) -> None:
    para(doc, "三、逾期任务", "Heading 1")
    para(doc, "{%p if overdue_tasks %}")
    para(doc, "截至{{ period.due_date }}，{{ overdue_tasks|length }}项任务已超过完成时限仍未完成，"
              "请牵头单位抓紧推进{% if overdue_more %}（逾期最久的{{ overdue_shown|length }}项如下，"
              "其余{{ overdue_more }}项见附件1）{% endif %}：", "正文（与下段同页）")
    loop_table(doc, "t in overdue_shown", [
        ("编号", 12, "{{ t.label }}", "c"), ("任务", 66, "{{ t.title }}", "l"), ("牵头单位", 34, "{{ t.lead_brief }}", "c"),
        ("完成时限", 26, "{{ t.due or t.deadline }}", "c"), ("逾期天数", 18, "{{ t.days_overdue }}", "c")])
    para(doc, "{%p else %}")
    para(doc, "截至{{ period.due_date }}，没有超过完成时限仍未完成的任务。")
    para(doc, "{%p endif %}")


def ranking(doc) -> None:
    para(doc, "四、单位排名", "Heading 1")
    para(doc, "按任务完成率（占{{ ranking_rule.completion }}%）、无逾期任务（占{{ ranking_rule.overdue }}%）、"
              "按时报送（占{{ ranking_rule.on_time }}%）综合评分，在同类单位中比较，{% if unranked %}{{ unranked_text }}"
              "不在排名分组中、未参加排名，其余{% else %}各{% endif %}单位的得分和名次见附件2。")
    para(doc, "{%p for g in rankings if g.count %}")
    para(doc, runs=[("{{ g.heading }}", "二级标题字"), ("{{ g.summary }}", None)])
    para(doc, "{%p endfor %}")


def problems(doc) -> None:
    para(doc, "五、存在问题", "Heading 1")
    para(doc, "{%p if problems %}")
    para(doc, "本期{{ problems|length }}个单位报告了存在问题，各单位所报全文见附件{{ attachments|length }}。"
              "{% if problem_groups|length > 1 %}归纳起来，主要有以下几个方面：{% else %}主要是：{% endif %}")
    para(doc, "{%p for g in problem_groups %}")
    para(doc, runs=[("{{ g.lead_in }}{{ g.theme }}。", "二级标题字"), ("{{ g.text }}", None)])
    para(doc, "{%p endfor %}")
    para(doc, "{%p else %}")
    para(doc, "本期各单位未报告存在问题。")
    para(doc, "{%p endif %}")


def attachment_tasks(doc) -> None:
    attachment(doc, "1", "各项任务落实情况表")
    loop_table(doc, "t in task_table", [
        ("编号", 10, "{{ t.label }}", "c"), ("任务", 42, "{{ t.title }}", "l"), ("牵头单位", 33, "{{ t.lead }}", "c"),
        ("完成状态", 17, "{{ t.status }}", "c"), ("本期进展", 40, "{{ t.progress }}", "l"),
        ("状态灯", 14, "{{ t.light }}", "c")], small=True)
    para(doc, "注：完成状态、本期进展为牵头单位本期填报的内容；状态灯：{{ lights_note }}。", "注")


def attachment_ranking(doc) -> None:
    attachment(doc, "2", "各单位任务完成情况排名")
    para(doc, "{%p if chart %}")
    para(doc, "{{ chart }}", "图")
    para(doc, "图1  各单位任务完成率（{{ period.label }}）", "图题")
    para(doc, "{%p endif %}")
    para(doc, "{%p for g in rankings if g.count %}")
    para(doc, "{{ g.group }}（{{ g.count }}个）", "表题")
    loop_table(doc, "u in g.units", [
        ("名次", 12, "{{ u.rank }}", "c"), ("单位", 46, "{{ u.unit }}", "l"), ("任务数", 16, "{{ u.tasks }}", "c"),
        ("已完成", 16, "{{ u.done }}", "c"), ("完成率", 18, "{{ u.rate_text }}", "c"),
        ("逾期", 12, "{{ u.overdue }}", "c"), ("报送情况", 22, "{{ u.reporting }}", "c"),
        ("得分", 14, "{{ u.score }}", "c")], small=True)
    para(doc, "{%p endfor %}")
    para(doc, "注：得分=完成率×{{ ranking_rule.completion }}%+（1−逾期任务数/任务数）×{{ ranking_rule.overdue }}%"
              "+报送得分×{{ ranking_rule.on_time }}%，乘以100；报送得分：按时报送1，逾期报送0.5，未报送0。", "注")


def attachment_problems(doc) -> None:
    para(doc, "{%p if problems %}")
    attachment(doc, "{{ attachments|length }}", "各单位反映的存在问题")
    loop_table(doc, "p in problems", [
        ("序号", 11, "{{ loop.index }}", "c"), ("单位", 34, "{{ p.unit }}", "l"),
        ("涉及任务", 34, "{{ p.tasks_brief }}", "c"), ("存在问题", 77, "{{ p.text }}", "l")], small=True)
    para(doc, "{%p endif %}")
    para(doc, "", "注")  # a table straight after a table is one table in Word


def reminder():
    doc = new_document("督办通知")
    masthead(doc, "督办通知", "{{ doc_number }}")
    para(doc, "{{ unit.name }}：", "主送")
    para(doc, "根据{{ plan_ref }}任务台账统计，截至{{ as_of }}，{{ unit.summary }}。"
              "现予督办，请你单位高度重视，于{{ reply_by }}前{{ unit.action }}，报{{ organ }}。")
    para(doc, "需督办的任务如下：", "正文（与下段同页）")
    loop_table(doc, "t in tasks", [
        ("编号", 14, "{{ t.label }}", "c"), ("任务", 90, "{{ t.title }}", "l"),
        ("完成时限", 34, "{{ t.deadline }}", "c"), ("逾期天数", 18, "{{ t.days_overdue }}", "c")], small=True)
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
