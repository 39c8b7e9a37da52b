"""Word features real government plans carry, read as a clerk sees them in Word (issue 15).

Each test writes the WordprocessingML it needs (``_docx``: body XML put into a python-docx
document, numbering and styles added) and compares what ``extract_tasks`` returns with what
Word shows: tracked insertions read and deletions not, runs inside links, smart tags,
content controls and fields read (a field's instruction not), rows wrapped in content
controls kept and rows deleted by revision dropped.
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from ledger.extraction import extract_tasks
from ledger.extraction.read import read_plan

REV = 'w:id="1" w:author="李四" w:date="2024-03-01T00:00:00Z"'


def _r(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _ins(text: str) -> str:
    return f"<w:ins {REV}>{_r(text)}</w:ins>"


def _del(text: str) -> str:
    return f'<w:del {REV}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def _p(*inner: str, props: str = "") -> str:
    return f'<w:p>{f"<w:pPr>{props}</w:pPr>" if props else ""}{"".join(inner)}</w:p>'


def _tc(*content: str, props: str = "") -> str:
    body = "".join(c if c.startswith("<") else _p(_r(c)) for c in content) or _p()
    return f'<w:tc>{f"<w:tcPr>{props}</w:tcPr>" if props else ""}{body}</w:tc>'


def _tr(*cells: str, props: str = "") -> str:
    inner = "".join(c if c.startswith(("<w:tc", "<w:sdt")) else _tc(c) for c in cells)
    return f'<w:tr>{f"<w:trPr>{props}</w:trPr>" if props else ""}{inner}</w:tr>'


def _tbl(*rows: str, cols: int = 4) -> str:
    grid = '<w:gridCol w:w="2000"/>' * cols
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


def _docx(tmp_path: Path, *blocks: str, numbering: str = "", styles: str = "") -> Path:
    """A .docx whose body is ``blocks`` (WordprocessingML, w: prefix), numbering and styles added."""
    document = docx.Document()
    body = document.element.body
    for child in list(body)[:-1]:
        body.remove(child)
    for child in parse_xml(f'<w:body {nsdecls("w")}>{"".join(blocks)}</w:body>'):
        body[-1].addprevious(child)
    for part, xml in ((document.part.numbering_part.element, numbering), (document.styles.element, styles)):
        for child in parse_xml(f'<w:x {nsdecls("w")}>{xml}</w:x>'):
            if child.tag.endswith("}abstractNum"):
                part.insert(0, child)
            else:
                part.append(child)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return path


def _tasks(path: Path):
    return [(t.text, t.lead, t.responsible, t.cooperating) for t in extract_tasks(path).tasks]


def _lines(path: Path) -> list[str]:
    return [line.text for line in read_plan(path).lines]


HEAD = _p(_r("某区2025年城市更新工作实施方案")) + _p(_r("一、主要任务"))


# ------------------------------------------------------------------ tracked changes, run wrappers

def test_a_tracked_insertion_is_read_and_a_deletion_is_not(tmp_path):
    """'责任单位：区财政局' with 区财政局 inserted by revision and 区审计局 struck out: the inserted
    owner is the owner, the deleted one is nobody; in a bracket too."""
    path = _docx(tmp_path, HEAD,
                 _p(_r("1.改造城中村安置房1200套。")), _p(_r("责任单位："), _ins("区财政局"), _del("区审计局")),
                 _p(_r("2.新建口袋公园8处（"), _del("区城管局"), _ins("区园林中心"), _r("负责）。")),
                 _p(_r("3.整治背街小巷30条。")), _p(_r("责任单位：区城管局"), _del("、区审计局")))
    assert _tasks(path) == [("改造城中村安置房1200套。", [], ["区财政局"], []),
                            ("新建口袋公园8处。", [], ["区园林中心"], []),
                            ("整治背街小巷30条。", [], ["区城管局"], [])]


def test_tracked_changes_in_a_table_cell(tmp_path):
    """A cell's owner list with one unit inserted and one deleted; a figure in the task revised;
    a row deleted by revision (w:trPr/w:del) is struck out and no task."""
    path = _docx(tmp_path, HEAD, _tbl(
        _tr("序号", "工作任务", "牵头单位", "配合单位"),
        _tr("1", "改造城中村安置房1200套", _tc(_p(_r("区住建局")), props=""),
            _tc(_p(_r("区财政局"), _ins("、区自然资源分局"), _del("、区审计局")))),
        _tr(_tc(_p(_del("2"))), _tc(_p(_del("建设人才公寓"))), _tc(_p(_del("区人社局"))), _tc(_p()),
            props=f"<w:del {REV}/>"),
        _tr("3", _tc(_p(_r("新建口袋公园"), _del("5"), _ins("8"), _r("处"))), _tc(_p(_del("区城管局"), _ins("区园林中心"))),
            "")))
    assert _tasks(path) == [("改造城中村安置房1200套", ["区住建局"], [], ["区财政局", "区自然资源分局"]),
                            ("新建口袋公园8处", ["区园林中心"], [], [])]


def test_runs_inside_links_smart_tags_content_controls_and_fields_are_read(tmp_path):
    """An owner held in a hyperlink, a smart tag, a run-level content control, custom XML, a
    simple field's result or a moved-here revision is the owner (python-docx reads only the
    paragraph's own runs and links)."""
    wraps = [f'<w:hyperlink w:anchor="a1">{_r("区住建局")}</w:hyperlink>',
             f'<w:smartTag w:uri="urn:schemas" w:element="place">{_r("区发改局")}</w:smartTag>',
             f'<w:sdt><w:sdtPr><w:alias w:val="单位"/></w:sdtPr><w:sdtContent>{_r("区教育局")}</w:sdtContent></w:sdt>',
             f'<w:customXml w:element="unit">{_r("区卫健委")}</w:customXml>',
             f'<w:fldSimple w:instr=" DOCPROPERTY 牵头单位 ">{_r("区民政局")}</w:fldSimple>',
             f'<w:moveTo {REV}>{_r("区商务局")}</w:moveTo><w:moveFrom {REV}>{_r("区审计局")}</w:moveFrom>']
    items = [_p(_r(f"{k + 1}.完成第{k + 1}批项目建设（"), wrap, _r("负责）。")) for k, wrap in enumerate(wraps)]
    path = _docx(tmp_path, HEAD, *items)
    assert [t[2] for t in _tasks(path)] == [["区住建局"], ["区发改局"], ["区教育局"], ["区卫健委"], ["区民政局"],
                                            ["区商务局"]]


def test_a_complex_field_reads_its_result_not_its_instruction(tmp_path):
    """w:fldChar begin / w:instrText / separate / result / end: the instruction (which here names
    a unit) is not text; a field nested in the instruction is not either; hidden text is not shown."""
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> IF 区审计局 = </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
             f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r("区统计局")}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
             f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r("区水务局")}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    path = _docx(tmp_path, HEAD, _p(_r("1.疏浚河道12公里（"), field, _r("负责）。")),
                 _p(_r("2.建设海绵城市示范区（区住建局"), _r("、区审计局", "<w:vanish/>"), _r("负责）。")))
    assert _tasks(path) == [("疏浚河道12公里。", [], ["区水务局"], []), ("建设海绵城市示范区。", [], ["区住建局"], [])]


def test_rows_inside_content_controls_are_rows(tmp_path):
    """A repeating-section content control around table rows (w:tbl/w:sdt/w:tr) and a cell in one
    (w:tr/w:sdt/w:tc): the rows are read in their place, not dropped."""
    sdt = '<w:sdt><w:sdtPr/><w:sdtContent>{}</w:sdtContent></w:sdt>'
    path = _docx(tmp_path, HEAD, _tbl(
        _tr("序号", "工作任务", "责任单位"), sdt.format(_tr("1", "新建社区食堂6个", "区民政局")),
        _tr("2", "改造老旧小区12个", sdt.format(_tc("区住建局"))), _tr("3", "新增停车位800个", "区交通局"), cols=3))
    assert [(t[0], t[2]) for t in _tasks(path)] == [("新建社区食堂6个", ["区民政局"]), ("改造老旧小区12个", ["区住建局"]),
                                                    ("新增停车位800个", ["区交通局"])]


def test_deleted_text_and_instructions_alone_are_no_task(tmp_path):
    """Negative: a paragraph whose owner was struck out entirely has no owner; a field's
    instruction naming a unit gives none; a deleted paragraph is no task."""
    path = _docx(tmp_path, HEAD,
                 _p(_r("1.开展城市体检评估（"), _del("区住建局负责"), _r("）。")),
                 _p(_r("2.完善城市更新政策体系"),
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 区发改局负责 </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>', _r("。")),
                 _p(_del("3.建设智慧停车平台（区交通局负责）。")))
    assert _lines(path)[2:] == ["1.开展城市体检评估（）。", "2.完善城市更新政策体系。"]
    assert all(not (t[1] or t[2] or t[3]) for t in _tasks(path))


# ------------------------------------------------------------------ automatic numbering set by styles

def _lvl(level: int, fmt: str, text: str, style: str = "") -> str:
    linked = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{linked}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


# A multilevel list as Word writes one linked to heading styles: 一、 (style 标题一), （一） (标题二), 1.
OUTLINE = (f'<w:abstractNum w:abstractNumId="90">{_lvl(0, "chineseCounting", "%1、", "Title1")}'
           f'{_lvl(1, "chineseCounting", "（%2）", "Title2")}{_lvl(2, "decimal", "%3.")}</w:abstractNum>'
           '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
STYLES = ('<w:style w:type="paragraph" w:styleId="Title1"><w:name w:val="标题一"/><w:pPr><w:numPr><w:numId w:val="90"/>'
          '</w:numPr></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title2"><w:name w:val="标题二"/><w:pPr><w:numPr><w:numId w:val="90"/>'
          '</w:numPr></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title2b"><w:name w:val="标题二加粗"/><w:basedOn w:val="Title2"/></w:style>')


def _styled(text: str, style: str, numbering: str = "") -> str:
    return _p(_r(text), props=f'<w:pStyle w:val="{style}"/>{numbering}')


def _item(text: str, level: int = 2, num: int = 90) -> str:
    return _p(_r(text), props=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')


def test_a_list_whose_levels_are_set_by_style_only(tmp_path):
    """Headings numbered by their style (the style names the list, the list's w:lvl names the
    style: no w:ilvl anywhere), a style based on a numbered one, and a paragraph that gives only
    its level: 一、 （一） 1. as Word shows them; a heading read as 二、 instead of （一） made the
    next heading a line of the task before it."""
    path = _docx(tmp_path, _p(_r("某镇2025年人居环境整治实施方案")), _styled("重点任务", "Title1"),
                 _styled("村庄清洁", "Title2"), _item("清理河塘沟渠45处（镇农业服务中心负责）。"),
                 _item("拆除违章搭建120处（镇综合执法队负责）。"),
                 _styled("厕所革命", "Title2b"), _item("改造户厕300座（镇卫生院负责）。"),
                 _styled("设施管护", "Title1", '<w:numPr><w:ilvl w:val="1"/></w:numPr>'),
                 _item("建立长效管护机制（镇财政所负责）。"),
                 _styled("工作要求", "Title1"), numbering=OUTLINE, styles=STYLES)
    assert _lines(path)[1:] == ["一、重点任务", "（一）村庄清洁", "1.清理河塘沟渠45处（镇农业服务中心负责）。",
                                "2.拆除违章搭建120处（镇综合执法队负责）。", "（二）厕所革命", "1.改造户厕300座（镇卫生院负责）。",
                                "（三）设施管护", "1.建立长效管护机制（镇财政所负责）。", "二、工作要求"]
    assert [(t.text, t.category[-1], t.responsible) for t in extract_tasks(path).tasks] == [
        ("清理河塘沟渠45处。", "（一）村庄清洁", ["镇农业服务中心"]), ("拆除违章搭建120处。", "（一）村庄清洁", ["镇综合执法队"]),
        ("改造户厕300座。", "（二）厕所革命", ["镇卫生院"]), ("建立长效管护机制。", "（三）设施管护", ["镇财政所"])]


def test_numbering_switched_off_on_a_styled_paragraph_is_none(tmp_path):
    """Negative: w:numId 0 on a paragraph of a numbered style takes its number away; a style with
    no list numbers nothing."""
    path = _docx(tmp_path, _p(_r("某镇工作方案")), _styled("重点任务", "Title1", '<w:numPr><w:numId w:val="0"/></w:numPr>'),
                 _styled("保障措施", "Title1"), _styled("附则", "Normal"), numbering=OUTLINE, styles=STYLES)
    assert _lines(path)[1:] == ["重点任务", "一、保障措施", "附则"]


# ------------------------------------------------------------------ tables in cells, text boxes, page furniture

TABLE_HEAD = _tr("序号", "工作任务", "责任单位", "完成时限")


def test_a_table_nested_in_an_owner_cell_keeps_its_roles(tmp_path):
    """An owner cell holding a small table (牵头 | A, 配合 | B, C): a row of it is a line, a short
    label before its value as '牵头：A', so the roles are read; a sub-table in a task cell stays
    the task's text, each row once."""
    owners = _tbl(_tr("牵头", "市卫健委"), _tr("配合", "市医保局、市财政局"), cols=2)
    steps = _tbl(_tr("第一批", "2025年6月底前"), _tr("第二批", "2025年12月底前"), cols=2)
    path = _docx(tmp_path, HEAD, _tbl(
        TABLE_HEAD, _tr("1", "建设紧密型城市医疗集团", _tc(owners, _p()), "2025年底前"),
        _tr("2", _tc(_p(_r("推进社区医院建设15家")), steps), "市卫健委", "2025年底前")))
    tasks = extract_tasks(path).tasks
    assert [(t.lead, t.responsible, t.cooperating) for t in tasks] == [
        (["市卫健委"], [], ["市医保局", "市财政局"]), ([], ["市卫健委"], [])]
    assert tasks[1].text.count("第一批") == 1 and "2025年12月底前" in tasks[1].text


def _textbox(text: str) -> str:
    """A text box as Word 2010+ writes it: the shape and its VML fallback, each with the text."""
    content = f"<w:txbxContent>{_p(_r(text))}</w:txbxContent>"
    return ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            f'xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><wps:txbx>{content}'
            f'</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_text_boxes_footnotes_headers_and_footers_are_not_content(tmp_path):
    """Negative: a text box floats over the page (a stamp, a note, a diagram's label) and is not
    read, in the body or in a cell (where its shape and fallback read it twice); a footnote mark is
    not text; a header and a footer with its page-number field are not the plan's lines."""
    note = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    path = _docx(tmp_path, HEAD, _p(_r("1.新建城市书房10个（市文旅局负责）。"), note, _textbox("市审计局全程监督")),
                 _tbl(TABLE_HEAD, _tr("2", _tc(_p(_r("新增公共停车泊位3000个"), _textbox("示意图"))), "市交通局",
                                      "2025年底前")))
    document = docx.Document(str(path))
    section = document.sections[0]
    section.header.paragraphs[0].text = "市人民政府办公室"
    section.footer.paragraphs[0]._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    section.footer.paragraphs[0]._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText> PAGE </w:instrText></w:r>'))
    section.footer.paragraphs[0]._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    section.footer.paragraphs[0].add_run("— 3 —")
    document.save(str(path))
    assert _lines(path) == ["某区2025年城市更新工作实施方案", "一、主要任务", "1.新建城市书房10个（市文旅局负责）。"]
    assert _tasks(path) == [("新增公共停车泊位3000个", [], ["市交通局"], [])]


# ------------------------------------------------------------------ a task table on several pages

def _split_table(tmp_path: Path, between: str) -> Path:
    """A task table with a two-row header (责任主体 over 牵头单位 | 配合单位, repeated on each page by
    w:tblHeader), split in two by ``between``: the second part has no header row."""
    down, going = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    top = _tr(_tc("序号", props=down), _tc("重点任务", props=down), _tc("责任主体", props='<w:gridSpan w:val="2"/>'),
              _tc("时间节点", props=down), props="<w:tblHeader/>")
    below = _tr(_tc(props=going), _tc(props=going), "牵头单位", "配合单位", _tc(props=going), props="<w:tblHeader/>")
    return _docx(tmp_path, _p(_r("附件")), _p(_r("某市2025年优化营商环境重点任务清单")),
                 _tbl(top, below, _tr("1", "压缩企业开办时间至1个工作日", "市市场监管局", "市税务局、市公安局", "2025年3月"), cols=5),
                 between,
                 _tbl(_tr("2", "推行工程建设项目联合验收", "市住建局", "市自然资源局", "2025年6月"),
                      _tr("3", "实现不动产登记一窗办理", "市自然资源局", "市税务局", "2025年9月"),
                      _tr("", "", "", "", ""), cols=5))


def test_a_table_going_on_after_a_continued_line_is_one_table(tmp_path):
    """续表 (or （续表）, 续表1, 表1（续）) above the second part of a split table, written as Word
    users do, does not end the table: the second part's rows are read under the first's header
    (they were dropped); an empty trailing row is no task."""
    for line in ("续表", "（续表1）", "表1（续）"):
        tasks = extract_tasks(_split_table(tmp_path, _p(_r(line)))).tasks
        assert [(t.text, t.lead, t.cooperating) for t in tasks] == [
            ("压缩企业开办时间至1个工作日", ["市市场监管局"], ["市税务局", "市公安局"]),
            ("推行工程建设项目联合验收", ["市住建局"], ["市自然资源局"]),
            ("实现不动产登记一窗办理", ["市自然资源局"], ["市税务局"])], line


def test_a_table_after_other_text_does_not_go_on(tmp_path):
    """Negative: a paragraph that is not a 续表 line between them keeps the headerless table apart
    (its rows are not put under the first table's columns)."""
    tasks = extract_tasks(_split_table(tmp_path, _p(_r("表2 续建项目资金安排")))).tasks
    assert [t.text for t in tasks] == ["压缩企业开办时间至1个工作日"]


def test_a_level_redefined_for_one_list_and_a_list_style_are_numbered_as_word_shows(tmp_path):
    """A list that redefines a level (w:lvlOverride holding a w:lvl, as Word's conversions of .doc
    lists write them) shows that level's format and counts on its own; a list defined by a list
    style (w:numStyleLink to a numbering style whose list holds the levels) is numbered by it."""
    numbering = (f'<w:abstractNum w:abstractNumId="91">{_lvl(0, "decimal", "%1.")}</w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="92"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="93"><w:styleLink w:val="PlanList"/>{_lvl(0, "chineseCounting", "%1、")}'
                 f'{_lvl(1, "chineseCounting", "（%2）")}</w:abstractNum>'
                 '<w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>'
                 f'<w:num w:numId="92"><w:abstractNumId w:val="91"/><w:lvlOverride w:ilvl="0">'
                 f'{_lvl(0, "chineseCounting", "（%1）")}</w:lvlOverride></w:num>'
                 '<w:num w:numId="93"><w:abstractNumId w:val="93"/></w:num>'
                 '<w:num w:numId="94"><w:abstractNumId w:val="92"/></w:num>')
    styles = ('<w:style w:type="numbering" w:styleId="PlanList"><w:name w:val="方案列表"/><w:pPr><w:numPr>'
              '<w:numId w:val="93"/></w:numPr></w:pPr></w:style>')
    path = _docx(tmp_path, _p(_r("某县2025年工作要点")), _item("项目建设", 0, 94),
                 _item("开工重点项目20个（县发改局负责）。", 0, 92), _item("完成投资50亿元（县统计局负责）。", 0, 92),
                 _item("民生保障", 0, 94), _item("新增就业3000人（县人社局负责）。", 1, 94),
                 _item("附则说明", 0, 91), numbering=numbering, styles=styles)
    assert _lines(path)[1:] == ["一、项目建设", "（一）开工重点项目20个（县发改局负责）。", "（二）完成投资50亿元（县统计局负责）。",
                                "二、民生保障", "（一）新增就业3000人（县人社局负责）。", "1.附则说明"]


def test_tabs_and_line_breaks_inside_a_paragraph(tmp_path):
    """A soft line break (w:br) cuts a paragraph into lines, a page break too; a tab (w:tab, or an
    absolute one, w:ptab) sets words apart instead of running them together."""
    path = _docx(tmp_path, HEAD, _p(_r("1.建成5G基站800个。"), "<w:r><w:br/></w:r>", _r("责任单位：区工信局"), "<w:r><w:tab/></w:r>",
                                    _r("完成时限：2025年底"), '<w:r><w:br w:type="page"/></w:r>', _r("2.新建充电桩500个。"),
                                    '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>',
                                    _r("责任单位：区发改局")))
    assert _lines(path)[2:] == ["1.建成5G基站800个。", "责任单位：区工信局\t完成时限：2025年底", "2.新建充电桩500个。\t责任单位：区发改局"]
    assert [(t.text, t.responsible, t.deadline.text) for t in extract_tasks(path).tasks] == [
        ("建成5G基站800个。", ["区工信局"], "2025年底"), ("新建充电桩500个。", ["区发改局"], "")]


def test_roles_written_after_the_units_in_one_owner_cell(tmp_path):
    """One 责任单位 cell giving each unit its role after it, in brackets or one role a line (the
    cell's paragraphs): 'A（牵头）、B（配合）', 'A（牵头）⏎B、C（配合）', 'A牵头⏎B配合', 'A牵头、B配合'.
    The units marked 配合 cooperate (they were responsible, or the lead cooperated too)."""
    cells = [[_p(_r("市教育局（牵头）、市财政局（配合）"))], [_p(_r("市体育局（牵头）")), _p(_r("市教育局、市卫健委（配合）"))],
             [_p(_r("市住建局牵头")), _p(_r("市城管局配合"))], [_p(_r("市民政局牵头、市残联配合"))]]
    rows = [_tr(str(k + 1), f"完成第{k + 1}项民生实事", _tc(*cell), "2025年底前") for k, cell in enumerate(cells)]
    path = _docx(tmp_path, HEAD, _tbl(TABLE_HEAD, *rows))
    assert [(t.lead, t.responsible, t.cooperating) for t in extract_tasks(path).tasks] == [
        (["市教育局"], [], ["市财政局"]), (["市体育局"], [], ["市教育局", "市卫健委"]),
        (["市住建局"], [], ["市城管局"]), (["市民政局"], [], ["市残联"])]


def test_units_one_a_line_without_roles_stay_the_cells(tmp_path):
    """Negative: units one a paragraph of the cell with no role word stay the column's role."""
    path = _docx(tmp_path, HEAD, _tbl(_tr("序号", "工作任务", "牵头单位", "配合单位"),
                                      _tr("1", "新建社区养老服务中心5个", "市民政局", _tc(_p(_r("市财政局")), _p(_r("市自然资源局")))),
                                      _tr("2", "改造无障碍设施200处", _tc(_p(_r("市住建局")), _p(_r("市残联"))), "各区政府")))
    assert [(t.lead, t.responsible, t.cooperating) for t in extract_tasks(path).tasks] == [
        (["市民政局"], [], ["市财政局", "市自然资源局"]), (["市住建局", "市残联"], [], ["各区政府"])]


# ------------------------------------------------------------------ a table of contents

def _toc_entry(text: str, page: int, style: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    pageref = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>'
               f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_r(str(page))}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return _p(f'<w:hyperlink w:anchor="_Toc1">{_r(text)}<w:r><w:tab/></w:r>{pageref}</w:hyperlink>', props=props)


def _toc_plan(tmp_path: Path, toc: str, styles: str = "") -> Path:
    return _docx(tmp_path, _p(_r("某县2025年农村人居环境整治实施方案")), _p(_r("目  录")), toc,
                 _p(_r("一、重点任务")), _p(_r("（一）垃圾治理（县城管局牵头，各乡镇配合）")),
                 _p(_r("（二）污水治理（县生态环境分局牵头）")), _p(_r("二、保障措施")), _p(_r("加强组织领导。")), styles=styles)


def test_a_table_of_contents_is_not_read_as_the_plan(tmp_path):
    """A table of contents Word made (entries in the toc styles, whatever their ids, or the whole
    in a 'Table of Contents' content control) repeats the headings with their page numbers: it is
    not read, so its headings are not tasks, owners or categories of their own."""
    styles = ('<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="20"><w:name w:val="toc 2"/></w:style>')
    entries = [("一、重点任务", 2, "10"), ("（一）垃圾治理（县城管局牵头，各乡镇配合）", 2, "20"),
               ("（二）污水治理（县生态环境分局牵头）", 3, "20"), ("二、保障措施", 4, "10")]
    styled = "".join(_toc_entry(text, page, style) for text, page, style in entries)
    control = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>'
               f'</w:sdtPr><w:sdtContent>{"".join(_toc_entry(text, page) for text, page, _ in entries)}</w:sdtContent></w:sdt>')
    plain = _tasks(_toc_plan(tmp_path, ""))
    assert plain == [("垃圾治理", ["县城管局"], [], ["各乡镇"]), ("污水治理", ["县生态环境分局"], [], [])]
    for toc, extra in ((styled, styles), (control, "")):
        path = _toc_plan(tmp_path, toc, extra)
        assert _lines(path)[1:3] == ["目  录", "一、重点任务"]
        assert _tasks(path) == plain


def test_other_content_controls_and_styles_are_read(tmp_path):
    """Negative: a content control of another kind (a cover page's, a plain one) and a paragraph
    in a heading style are read."""
    cover = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj></w:sdtPr>'
             f'<w:sdtContent>{_p(_r("某县2025年农村人居环境整治实施方案"))}</w:sdtContent></w:sdt>')
    path = _docx(tmp_path, cover, _p(_r("重点任务"), props='<w:pStyle w:val="Heading1"/>'),
                 _p(_r("1.开展村庄清洁行动（县农业农村局负责）。")))
    assert _lines(path) == ["某县2025年农村人居环境整治实施方案", "重点任务", "1.开展村庄清洁行动（县农业农村局负责）。"]


def test_an_annex_table_as_offices_write_it(tmp_path):
    """What worked already, kept: the annex table in a landscape section, its header row repeated
    by w:tblHeader and written again at the top of the second part, the category and a shared
    owner merged down (w:vMerge), a 责任领导 column of people (a leader, never a unit), a 备注 column
    (a note), an empty trailing row (no task)."""
    down, going = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    header = _tr("类别", "工作任务", "责任领导", "责任单位", "备注", props="<w:tblHeader/>")
    landscape = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    path = _docx(tmp_path, _p(_r("某县2025年优化营商环境实施方案")), _p(_r("一、工作任务")), _p(_r("具体任务见附件。")),
                 _p(props='<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'),
                 _p(_r("附件")), _p(_r("某县2025年优化营商环境重点任务分解表")),
                 _tbl(header, _tr(_tc("政务服务", props=down), "推行一网通办", "副县长 王某某", _tc("县政务服务中心", props=down), ""),
                      _tr(_tc(props=going), "推行一窗受理", "副县长 王某某", _tc(props=going), "含乡镇便民服务中心"), cols=5),
                 _p('<w:r><w:br w:type="page"/></w:r>'),
                 _tbl(header, _tr("市场监管", "压缩开办时间", "县委常委、副县长 李某", "县市场监管局", ""),
                      _tr("", "", "", "", ""), cols=5),
                 _p(props=landscape))
    tasks = extract_tasks(path).tasks
    assert [(t.category, t.text, t.responsible, t.leader, t.note) for t in tasks] == [
        (("政务服务",), "推行一网通办", ["县政务服务中心"], "副县长 王某某", ""),
        (("政务服务",), "推行一窗受理", ["县政务服务中心"], "副县长 王某某", "含乡镇便民服务中心"),
        (("市场监管",), "压缩开办时间", ["县市场监管局"], "县委常委、副县长 李某", "")]


def test_a_list_libreoffice_continues_as_another_list_of_the_same_definition(tmp_path):
    """LibreOffice re-saving a plan whose parts are numbered from 二、 writes the first numbered paragraph as one w:num
    of a definition with a startOverride of 2 and the next as another w:num of the same definition, no override, in
    its own formats (taiwaneseCountingThousand): Word and LibreOffice show 二、 then 三、 (one count for the definition,
    started again once by the override), as the plan had it (found on re-saved unseen w546)."""
    numbering = (f'<w:abstractNum w:abstractNumId="97">{_lvl(0, "taiwaneseCountingThousand", "%1、")}'
                 f'{_lvl(1, "taiwaneseCountingThousand", "（%2）")}{_lvl(2, "decimal", "%3.")}</w:abstractNum>'
                 '<w:num w:numId="97"><w:abstractNumId w:val="97"/></w:num>'
                 '<w:num w:numId="99"><w:abstractNumId w:val="97"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/>'
                 '</w:lvlOverride></w:num>')
    path = _docx(tmp_path, _p(_r("县防震减灾局是县人民政府主管全县防震减灾事业的职能部门。")), _item("总体目标", 0, 99),
                 _p(_r("提高执法人员的法制意识。")), _item("防震减灾行政执法的主要职责", 0, 97),
                 _item("负责贯彻执行防震减灾工作方针。", 2, 97), _item("承担本县的地震监测预报工作。", 2, 97), numbering=numbering)
    assert _lines(path)[1:] == ["二、总体目标", "提高执法人员的法制意识。", "三、防震减灾行政执法的主要职责",
                                "1.负责贯彻执行防震减灾工作方针。", "2.承担本县的地震监测预报工作。"]
    assert [(t.responsible) for t in extract_tasks(path).tasks] == [["县防震减灾局"], ["县防震减灾局"]]
