"""A plan delivered as .docx, the way Word holds it (issue 15).

scripts/score_extraction.py --docx writes each labelled plan (development, w01-w39,
synthetic) as a Word file: a line a paragraph, item numbers in Word's automatic
numbering, the task table a real Word table (owner cells merged down, a section row
merged across, a long table split on two pages with its header row repeated). Each
form's F1 over (task, unit) pairs may not fall more than 0.01 below the figure here
(docs/EXTRACTION.md has the table); the tests below build small .docx with python-docx.
"""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from test_extraction_corpus import needs_plans, score

from ledger.extraction import extract_tasks

# F1 of each form over the development plans, w01-w39 and the synthetic plans (105 plans; w33 and
# w35 skipped: pipe lines the extractor reads as no table; as text: 0.998), measured after the fixes
# (7543a7d). Before them (34af1c6): docx 0.991, docx_full_width 0.991, docx_soft_breaks 0.991,
# docx_cell_paragraphs 0.988; docx_continued (added after them) 0.957, docx_grouped_header (added
# last) 0.998 as it came. The synthetic plans s54-s61 (2026-12-04, a stranger's probe of that day's rules;
# as text 0.73 as written) brought every form to 0.982 (s58 skipped: its pipe table not read), then 0.988 once
# a table's last row ends it and s58, s60 were read (9ee7ba6-ec69d36): equal to the text form's figure.
# The synthetic plans s86-s93 (2026-12-05, a stranger's probe of that day's classes) brought every form to 0.978
# (docx_cell_paragraphs 0.979) against 0.986 as text: s87, a scanned yearbook's printed lines, reads 1.00 as text
# and 0.50 as Word, where each printed line becomes a paragraph and a .docx paragraph is taken as meant (no
# joining of wrapped lines in a .docx; left so).
RATCHET = {"docx": 0.975, "docx_full_width": 0.975, "docx_soft_breaks": 0.975, "docx_cell_paragraphs": 0.976,
           "docx_grouped_header": 0.975, "docx_continued": 0.975}  # with s94-s99 (a probe's harder plans) in the set


def test_every_docx_form_has_a_ratchet():
    assert set(RATCHET) == set(score.DOCX_FORMS)


# Plans the harness cannot write as Word (why, in score_docx's words): w33's and w35's pipe lines are no table
# the text reader makes. (s75, a 分解书 one cell a paragraph, was skipped from f8227a3 until its '——' rows were
# read (a90de76), when the grid reader made a table of it whose cells did not hold its quotes.)
# s97's closing toolbar of a chat page ('👍 有用 ｜ 👎 没用 ｜ 复制 ｜ 分享') is such a line too.
KNOWN_SKIPS = {"w33.txt", "w35.txt", "s97_markdown_blog_duties_campus_safety_school.txt"}


@needs_plans
@pytest.mark.parametrize("name", sorted(RATCHET))
def test_docx_f1_does_not_drop(name):
    results, skipped = score.score_docx(score.docx_set(score.corpus()), name)
    assert set(skipped) <= KNOWN_SKIPS, skipped
    got = score.overall(results).pairs[2]
    assert got >= RATCHET[name] - 0.01, score.markdown({name: results}, details=True)


def _tasks(path: Path):
    return [(t.text[:8], t.lead, t.responsible, t.cooperating) for t in extract_tasks(path).tasks]


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def test_a_section_row_merged_across_the_table_owns_nothing(tmp_path):
    """A Word section row (one cell, w:gridSpan over every column) shows its text in the owner
    columns it covers: it heads the rows below, it is no task with itself as owner."""
    document = docx.Document()
    document.add_paragraph("某市创建国家园林城市任务分解表")
    table = _table(document, [["序号", "工作任务", "责任单位", "完成时限"], ["生 态 环 境", "", "", ""],
                              ["1", "推进城市大环境绿化", "市林业局", "2025年底前"],
                              ["2", "建设防护绿地", "市住建局、市规划局", "2025年底前"]])
    table.cell(1, 0).merge(table.cell(1, 3))
    table.cell(1, 0).text = "生 态 环 境"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    result = extract_tasks(path)
    assert [(t.text[:8], t.responsible) for t in result.tasks] == [
        ("推进城市大环境绿", ["市林业局"]), ("建设防护绿地", ["市住建局", "市规划局"])]
    assert all("生 态 环 境" in "".join(t.category) for t in result.tasks)


def test_a_table_pasted_into_word_as_text_is_rebuilt(tmp_path):
    """Paragraphs that are a table's pipe rows (a web page pasted into Word) read as in a .txt."""
    document = docx.Document()
    for line in ("某县2024年重点工作任务分解表", "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
                 "| 1 | 推进县城污水管网改造 | 县住建局 | 县财政局、县发改局 | 2024年底前 |",
                 "| 2 | 新建农村公路50公里 | 县交通运输局 | 各乡镇人民政府 | 2024年10月底前 |", "— 2 —"):
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert _tasks(path) == [("推进县城污水管网", ["县住建局"], [], ["县财政局", "县发改局"]),
                            ("新建农村公路50", ["县交通运输局"], [], ["各乡镇人民政府"])]


def _numbered(document, numbering: str) -> None:
    """numbering.xml: abstractNum 70 (一、 then 1.), num 70 plain, num 71 starting its level 1 at 3."""
    root = document.part.numbering_part.element
    levels = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>')
    root.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70">{levels}</w:abstractNum>'))
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="70"/>{numbering}</w:num>'))


def _list_paragraph(container, text: str, num: int, level: int) -> None:
    """A paragraph of the document (or a table cell) in list ``num`` at ``level``."""
    paragraph = container.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))


def test_word_numbering_set_to_start_at_a_value_starts_there(tmp_path):
    """'Set numbering value' in Word (w:lvlOverride/w:startOverride): an excerpt whose items
    start at 3 reads 3. 4., as Word shows them, not 1. 2."""
    from ledger.extraction.read import read_plan
    document = docx.Document()
    _numbered(document, '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="3"/></w:lvlOverride>')
    _list_paragraph(document, "重点任务", 70, 0)
    _list_paragraph(document, "推进项目建设（县发改局负责）", 71, 1)
    _list_paragraph(document, "稳定工业增长（县工信局负责）", 71, 1)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert [line.text[:3] for line in read_plan(path).lines] == ["一、重", "3.推", "4.稳"]



def test_word_numbering_in_table_cells_is_read(tmp_path):
    """A 序号 column Word numbers (its cells hold no text) keeps its numbers, as do items numbered in a cell."""
    from ledger.extraction.read import read_plan
    document = docx.Document()
    _numbered(document, "")
    table = _table(document, [["序号", "工作任务", "责任单位"], ["", "推进项目建设", "县发改局"], ["", "", "县工信局"]])
    for r in (1, 2):
        table.cell(r, 0).paragraphs[0]._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/><w:numId w:val="70"/></w:numPr>'))
    _list_paragraph(table.cell(2, 1), "稳定工业增长", 70, 0)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    rows = read_plan(path).tables[0].grid.rows
    assert [row[:2] for row in rows[1:]] == [["1.", "推进项目建设"], ["2.", "一、稳定工业增长"]]


def test_a_table_going_on_without_its_header_on_the_next_page_is_one_table(tmp_path):
    """A Word table split in two (a page break between, the header row not repeated): the second
    part's rows are rows of the first, read under its header; a table with its own header is not."""
    document = docx.Document()
    document.add_paragraph("某县2024年民生实事任务分解表")
    _table(document, [["序号", "工作任务", "牵头单位", "配合单位"], ["1", "新建幼儿园3所", "县教育局", "县财政局"]])
    document.add_paragraph()
    _table(document, [["2", "改造老旧小区12个", "县住建局", "各街道办事处"], ["3", "新增公交线路5条", "县交通运输局", ""]])
    document.add_paragraph("附件2")
    _table(document, [["项目", "金额"], ["幼儿园", "3000万元"]])
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert _tasks(path) == [("新建幼儿园3所", ["县教育局"], [], ["县财政局"]),
                            ("改造老旧小区12", ["县住建局"], [], ["各街道办事处"]),
                            ("新增公交线路5条", ["县交通运输局"], [], [])]
