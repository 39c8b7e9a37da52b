"""Task tables copied one cell a line (or one cell a paragraph) with the shapes real 任务清单 have
(issue 15; scripts/table_variants.py scores them on tables of its own): a column of figures the
office added between the owner columns (投资（万元）), an empty cell printed as a blank line, a
重点任务 title and its number merged down over several 具体措施 rows (printed blank in the rows
under the first), the row number glued to the task under a header with 序号, a header on two rows
(责任主体 over 牵头单位 | 配合单位). Each class on instances written here (other units, people and
tasks than the generator's tables), and texts that must not be read so.
"""
from __future__ import annotations

from ledger.errors import NoTaskTable
from test_extraction_prose_classes import tasks_of


def _owners(got):
    return [(text[:8], lead, resp, coop) for text, lead, resp, coop in got]


def _cells(header, rows, blank_lines=False):
    """The table one cell a line ('' an empty cell: a blank line); a cell a paragraph with ``blank_lines``."""
    lines = [c for r in [header, *rows] for c in r]
    if blank_lines:
        lines = [x for c in lines for x in (c, "")]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ a column of figures between the owner columns

FIGURE_HEADER = ["序号", "重点工作", "分管领导", "牵头单位", "总投资（亿元）", "协办单位", "完成时间"]
FIGURE_ROWS = [
    ["1", "建成滨江大道二期并通车", "副区长沈佳", "区交通运输局", "4.2", "区规划分局、区城投公司", "2025年10月"],
    ["2", "改造背街小巷12条", "沈佳", "区城管局", "0.6", "各街道办事处", "2025年8月"],
    ["3", "开展校园周边交通秩序整治", "副区长、区公安分局局长韩冰", "区公安分局", "", "区教育局", "长期坚持"],
]
FIGURE_EXPECTED = [
    ("建成滨江大道二期", ["区交通运输局"], [], ["区规划分局", "区城投公司"]),
    ("改造背街小巷12", ["区城管局"], [], ["各街道办事处"]),
    ("开展校园周边交通", ["区公安分局"], [], ["区教育局"]),
]


def test_a_figure_column_between_the_owner_columns(tmp_path):
    """总投资（亿元） is no column word, but between column words it is a column of the header (the
    office's figures), not the header's end: the 协办单位 and 完成时间 after it are read, and the
    empty figure cell of the last row (a blank line) is a cell, not the table's end."""
    text = "附件\n区2025年城市更新重点工作清单\n" + _cells(FIGURE_HEADER, FIGURE_ROWS)
    assert _owners(tasks_of(tmp_path, text)) == FIGURE_EXPECTED


def test_a_figure_column_one_cell_a_paragraph(tmp_path):
    text = "区2025年城市更新重点工作清单\n\n" + _cells(FIGURE_HEADER, FIGURE_ROWS, blank_lines=True)
    assert _owners(tasks_of(tmp_path, text)) == FIGURE_EXPECTED


def test_a_blank_line_after_the_last_row_still_ends_the_table(tmp_path):
    """A blank line after a full row followed by prose is the table's end (negative): the prose is
    no row of the table and gives it no owner."""
    text = ("区2025年城市更新重点工作清单\n" + _cells(FIGURE_HEADER, FIGURE_ROWS[:2])
            + "\n\n各单位要严格按照时间节点推进，每月5日前报送进展情况。\n")
    got = tasks_of(tmp_path, text)
    assert _owners(got)[:2] == FIGURE_EXPECTED[:2]
    assert all(not (lead or resp or coop) for _, lead, resp, coop in got[2:])


# ------------------------------------------------------------------ a 重点任务 merged down over its measures

MEASURE_HEADER = ["序号", "主要任务", "工作措施", "牵头单位", "配合单位", "完成时限"]
MEASURE_ROWS = [
    ["1", "优化营商环境", "推行企业开办一网通办", "县行政审批局", "县市场监管局", "2025年3月"],
    ["", "", "清理规范涉企收费项目", "县发展改革局", "县财政局、县税务局", "2025年6月"],
    ["2", "强化要素保障", "盘活批而未供土地800亩", "县自然资源局", "各乡镇人民政府", "2025年12月"],
    ["", "", "设立中小企业应急转贷资金", "县财政局", "县金融服务中心", "2025年9月"],
    ["", "", "开展重点企业用工对接活动", "县人力资源社会保障局", "县工信局", "2025年4月"],
]
MEASURE_EXPECTED = [
    ("推行企业开办一网", ["县行政审批局"], [], ["县市场监管局"]),
    ("清理规范涉企收费", ["县发展改革局"], [], ["县财政局", "县税务局"]),
    ("盘活批而未供土地", ["县自然资源局"], [], ["各乡镇人民政府"]),
    ("设立中小企业应急", ["县财政局"], [], ["县金融服务中心"]),
    ("开展重点企业用工", ["县人力资源社会保障局"], [], ["县工信局"]),
]


def _task_starts(got):
    return [(text.lstrip("0123456789")[:8], lead, resp, coop) for text, lead, resp, coop in got]


def test_measures_under_a_merged_title_one_cell_a_line(tmp_path):
    """A row under a merged 主要任务 (its number and title printed in the first row only, blank
    lines in the rows under it) is a task of its own with its own owners: the blank lines are its
    first cells, not the table's end."""
    text = "县2025年优化营商环境重点任务及工作措施\n" + _cells(MEASURE_HEADER, MEASURE_ROWS)
    assert _task_starts(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_measures_under_a_merged_title_one_cell_a_paragraph(tmp_path):
    text = "县2025年优化营商环境重点任务及工作措施\n\n" + _cells(MEASURE_HEADER, MEASURE_ROWS, blank_lines=True)
    assert _task_starts(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_blank_lines_before_a_note_are_no_row(tmp_path):
    """Blank lines after a full row followed by short lines that make no row (a 注 and a date, no
    sentence where the task goes) end the table (negative)."""
    text = ("县2025年优化营商环境重点任务及工作措施\n" + _cells(MEASURE_HEADER, MEASURE_ROWS[:1])
            + "\n\n县营商办\n2025年1月\n")
    got = tasks_of(tmp_path, text)
    assert _task_starts(got) == MEASURE_EXPECTED[:1]


# ------------------------------------------------------------------ the number glued to the task under 序号

def test_numbers_glued_to_the_tasks_under_a_number_column(tmp_path):
    """'1建成滨江大道…' under a header with 序号 right before the task column: the number and the
    task are two cells, and the row's other cells follow under their columns."""
    rows = [[r[0] + r[1], *r[2:]] for r in FIGURE_ROWS]
    text = "区2025年城市更新重点工作清单\n" + "\n".join(FIGURE_HEADER) + "\n" + "\n".join(c for r in rows for c in r) + "\n"
    assert _owners(tasks_of(tmp_path, text)) == FIGURE_EXPECTED


def test_a_task_starting_with_a_figure_is_not_split(tmp_path):
    """With the rows' numbers on lines of their own, a task starting with a figure ('2个乡镇…',
    the number after the last row's as it happens) keeps its figure (negative)."""
    text = ("序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n3个村完成污水管网改造\n镇建设办\n各村委会\n2025年6月\n"
            "2\n2个乡镇建成污水处理站\n镇生态办\n镇财政所\n2025年9月\n")
    got = tasks_of(tmp_path, text)
    assert [t[:4] for t, *_ in got] == ["3个村完", "2个乡镇"] or [t[:5] for t, *_ in got] == ["13个村完", "22个乡镇"]
    assert [(lead, coop) for _, lead, _, coop in got] == [(["镇建设办"], ["各村委会"]), (["镇生态办"], ["镇财政所"])]


# ------------------------------------------------------------------ a header on two rows, one cell a line

TWO_ROW_ROWS = [
    ["1", "建设城乡供水一体化工程", "县水利局", "县住建局、县财政局", "2600", "2025年12月", "续建"],
    ["2", "实施农村公路安防工程120公里", "县交通运输局", "各乡镇人民政府", "", "2025年10月", ""],
    ["3", "开展饮用水水源地环境整治", "县生态环境局", "县水利局", "150", "2025年6月", "新增"],
]
TWO_ROW_EXPECTED = [
    ("建设城乡供水一体", ["县水利局"], [], ["县住建局", "县财政局"]),
    ("实施农村公路安防", ["县交通运输局"], [], ["各乡镇人民政府"]),
    ("开展饮用水水源地", ["县生态环境局"], [], ["县水利局"]),
]


def test_a_header_on_two_rows_one_cell_a_line(tmp_path):
    """责任主体 spanning 牵头单位 | 配合单位 on a second header row, copied one cell a line: the upper
    row's cells, then the lower row's two ('牵头单位 / 配合单位' after 备注). They are the columns
    under 责任主体, in its place, not two more columns at the end; empty cells (资金, 备注) are
    blank lines."""
    header = ["序号", "建设任务", "责任主体", "资金（万元）", "完成时限", "备注", "牵头单位", "配合单位"]
    text = "县2025年水利交通重点任务分工表\n" + "\n".join(header) + "\n" + "\n".join(c for r in TWO_ROW_ROWS for c in r) + "\n"
    assert _owners(tasks_of(tmp_path, text)) == TWO_ROW_EXPECTED


def test_owner_columns_at_a_headers_end_with_no_spanning_cell(tmp_path):
    """Owner columns that end a header one cell a line after the deadline, with no owner column
    before them, are columns of their own (negative: nothing spans them)."""
    text = ("序号\n建设任务\n完成时限\n牵头单位\n配合单位\n"
            "1\n建设城乡供水一体化工程\n2025年12月\n县水利局\n县住建局\n"
            "2\n开展饮用水水源地环境整治\n2025年6月\n县生态环境局\n县水利局\n")
    assert _owners(tasks_of(tmp_path, text)) == [("建设城乡供水一体", ["县水利局"], [], ["县住建局"]),
                                                 ("开展饮用水水源地", ["县生态环境局"], [], ["县水利局"])]


# ------------------------------------------------------------------ header cells wrapped over two lines

def _wrapped(header_lines, rows, blank_lines=False, glue=False):
    cells = [c for r in rows for c in ([r[0] + r[1], *r[2:]] if glue and r[0] else r[1:] if glue else r)]
    return _cells(header_lines, [cells], blank_lines)


WRAPPED_FIGURE_HEADER = ["序号", "重点", "工作", "分管", "领导", "牵头", "单位", "总投资（亿元）", "协办", "单位", "完成", "时间"]


def test_a_wrapped_header_with_a_figure_column_and_a_category_row(tmp_path):
    """序号 / 重点 / 工作 / 分管 / 领导 / … with 总投资（亿元） on a line of its own (whole: the 协办 after
    it does not complete it) and a category row '一、交通建设' before the first row's number."""
    rows = [["一、交通建设"], *FIGURE_ROWS[:2], ["二、平安建设"], FIGURE_ROWS[2]]
    text = "区2025年城市更新重点工作清单\n" + _cells(WRAPPED_FIGURE_HEADER, rows)
    assert _owners(tasks_of(tmp_path, text)) == FIGURE_EXPECTED


def test_a_wrapped_header_over_measures_under_merged_titles(tmp_path):
    """The first row's cells counted up to its first empty cell when the rows under its merged
    主要任务 come before '2': the wrapped header is read, every measure a task."""
    header = ["序号", "主要", "任务", "工作", "措施", "牵头", "单位", "配合", "单位", "完成", "时限"]
    for blank_lines in (False, True):
        text = "县2025年优化营商环境重点任务及工作措施\n\n" + _cells(header, MEASURE_ROWS, blank_lines)
        assert _task_starts(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_a_wrapped_header_on_two_rows(tmp_path):
    """责任 / 主体 spanning 牵头 / 单位 and 配合 / 单位 of a second header row, all wrapped."""
    header = ["序号", "建设", "任务", "责任", "主体", "资金（万元）", "完成", "时限", "备注", "牵头", "单位", "配合", "单位"]
    for blank_lines in (False, True):
        text = "县2025年水利交通重点任务分工表\n" + _cells(header, TWO_ROW_ROWS, blank_lines)
        assert _owners(tasks_of(tmp_path, text)) == TWO_ROW_EXPECTED


def test_numbers_glued_under_a_wrapped_header_with_figures(tmp_path):
    """Glued numbers under a wrapped header: a figure on a line of its own (2600 under 资金) is no
    row's number, and a blank line starting a row under a merged number and 主要任务 glued as one
    ('1优化营商环境') stands for both."""
    header = ["序号", "建设", "任务", "责任", "主体", "资金（万元）", "完成", "时限", "备注", "牵头", "单位", "配合", "单位"]
    rows = [[r[0] + r[1], *r[2:]] for r in TWO_ROW_ROWS]
    text = "县2025年水利交通重点任务分工表\n" + "\n".join(header) + "\n" + "\n".join(c for r in rows for c in r) + "\n"
    assert _owners(tasks_of(tmp_path, text)) == TWO_ROW_EXPECTED
    header = ["序号", "主要", "任务", "工作", "措施", "牵头", "单位", "配合", "单位", "完成", "时限"]
    rows = [[r[0] + r[1], *r[2:]] if r[0] else ["", *r[2:]] for r in MEASURE_ROWS]
    text = "县2025年优化营商环境重点任务及工作措施\n" + "\n".join(header) + "\n" + "\n".join(c for r in rows for c in r) + "\n"
    assert _task_starts(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_short_lines_that_are_no_column_words_are_no_wrapped_header(tmp_path):
    """Short lines before a '1' that do not join into column words (a list of places) are no
    header: no task takes a unit from them (negative)."""
    text = ("城东\n城西\n城南\n城北\n1\n各街道办事处要加强巡查。\n2\n各社区要做好宣传。\n")
    got = tasks_of(tmp_path, text)
    assert not any(u in ("城东", "城西", "城南", "城北") for _, lead, resp, coop in got for u in lead + resp + coop)


# ------------------------------------------------------------------ the header printed again after a page break

def test_the_header_printed_again_over_rows_numbered_on(tmp_path):
    """After a page footer the header is printed again, one cell a line, over rows numbered 2, 3
    (a category row between): the rows are read from that number on, not from 1."""
    rows1, rows2 = FIGURE_ROWS[:1], FIGURE_ROWS[1:]
    text = ("区2025年城市更新重点工作清单\n" + _cells(FIGURE_HEADER, rows1) + "\n— 1 —\n\n"
            + _cells(FIGURE_HEADER, [["二、平安建设"], *rows2]))
    assert _owners(tasks_of(tmp_path, text)) == FIGURE_EXPECTED


# ------------------------------------------------------------------ merged cells with nothing printed under them

def test_measures_under_a_merged_title_with_no_lines_for_it(tmp_path):
    """The rows under a merged number and 主要任务 print nothing for them (no blank line): each is
    a sentence, then its owners and deadline, before the next number or the table's end."""
    text = ("县2025年优化营商环境重点任务及工作措施\n" + "\n".join(MEASURE_HEADER) + "\n"
            + "\n".join(c for r in MEASURE_ROWS for c in r if c) + "\n")
    assert _task_starts(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_sentences_after_a_table_are_no_rows_under_a_merged_title(tmp_path):
    """Lines after the last row that do not make rows of a sentence then units and a deadline
    (two sentences of prose) are no rows (negative)."""
    text = ("县2025年优化营商环境重点任务及工作措施\n" + "\n".join(MEASURE_HEADER) + "\n"
            + "\n".join(MEASURE_ROWS[0]) + "\n各单位要明确专人负责，细化工作措施。\n每月25日前报送工作进展情况。\n")
    got = tasks_of(tmp_path, text)
    assert _task_starts(got)[:1] == MEASURE_EXPECTED[:1]
    assert all(not (lead or resp or coop) for _, lead, resp, coop in got[1:])


def test_a_merged_lead_cell_with_no_line_under_it(tmp_path):
    """A 牵头单位 cell merged over two rows prints nothing in the second: that row's one list of
    units is its 责任单位 (its deadline after it), the lead the one above."""
    text = ("序号\n工作任务\n牵头单位\n责任单位\n完成时限\n"
            "1\n整治城区占道经营\n区城管局\n各街道办事处\n2025年5月\n"
            "2\n规范共享单车停放秩序\n区交通运输局、各街道办事处\n2025年7月\n"
            "3\n开展燃气安全专项检查\n区应急管理局\n区住建局\n长期坚持\n")
    assert _owners(tasks_of(tmp_path, text)) == [
        ("整治城区占道经营", ["区城管局"], ["各街道办事处"], []),
        ("规范共享单车停放", ["区城管局"], ["区交通运输局", "各街道办事处"], []),
        ("开展燃气安全专项", ["区应急管理局"], ["区住建局"], [])]


def test_a_row_short_of_its_deadline_keeps_its_lead(tmp_path):
    """A row with its lead and no 责任单位 and no deadline printed is no merged lead (negative):
    the cells after its units are not all there, so its units stay the lead's."""
    text = ("序号\n工作任务\n牵头单位\n责任单位\n完成时限\n"
            "1\n整治城区占道经营\n区城管局\n各街道办事处\n2025年5月\n"
            "2\n规范共享单车停放秩序\n区交通运输局\n"
            "3\n开展燃气安全专项检查\n区应急管理局\n区住建局\n长期坚持\n")
    got = _owners(tasks_of(tmp_path, text))
    assert got[1][:2] == ("规范共享单车停放", ["区交通运输局"])


# ------------------------------------------------------------------ no header: the excerpt starts below it

def test_rows_one_cell_a_line_with_no_header(tmp_path):
    """The excerpt starts below the header: rows opened by their number alone on a line, a
    category row between them, an empty last cell a blank line before the next number; the
    columns told by their cells' shapes: each task is its own cell (not run on into its deadline,
    its note and the next row's number), with its owners."""
    rows = [
        ["1", "完成老旧小区雨污分流改造", "区住建局", "区水务局、各街道办事处", "2025年9月", "续建"],
        ["2", "新建社区嵌入式养老服务站5个", "区民政局", "区卫健委", "2025年12月", ""],
        ["二、公共安全"],
        ["3", "开展电动自行车充电隐患整治", "区消防救援大队", "区市场监管局、各街道办事处", "2025年6月", "新增"],
        ["4", "实施背街小巷照明提升工程", "区城管局", "各街道办事处", "2025年10月", ""],
    ]
    for text in ("\n".join(c for r in rows for c in r) + "\n",
                 _cells(rows[0], rows[1:], blank_lines=True)):  # one cell a paragraph too
        assert tasks_of(tmp_path, text) == [
            ("完成老旧小区雨污分流改造", ["区住建局"], [], ["区水务局", "各街道办事处"]),
            ("新建社区嵌入式养老服务站5个", ["区民政局"], [], ["区卫健委"]),
            ("开展电动自行车充电隐患整治", ["区消防救援大队"], [], ["区市场监管局", "各街道办事处"]),
            ("实施背街小巷照明提升工程", ["区城管局"], [], ["各街道办事处"])]


def test_numbered_paragraphs_with_no_units_are_no_headerless_table(tmp_path):
    """Items numbered on lines of their own whose lines are sentences (no column of units) are
    no table: no unit comes from them (negative)."""
    text = ("1\n强化组织领导，压实工作责任。\n建立定期调度机制，每月通报进展。\n确保各项任务按时完成。\n"
            "2\n加强宣传引导，营造良好氛围。\n及时总结推广典型经验做法。\n形成全社会共同参与的局面。\n")
    try:
        got = tasks_of(tmp_path, text)
    except NoTaskTable:
        got = []
    assert not any(lead or resp or coop for _, lead, resp, coop in got)


def test_measures_under_merged_titles_with_no_header(tmp_path):
    """No header, and rows under a merged number and 主要任务 printed blank (blank lines for
    them): each such row is a task with its own owners."""
    text = "\n".join(c for r in MEASURE_ROWS for c in r) + "\n"
    assert _task_starts(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_rows_of_unequal_widths_are_no_headerless_cell_table():
    """Rows one cell a paragraph whose owners take one paragraph each, so that rows have as
    many cells as they have owners ('1 / 任务 / 县水务局 / 县住建局 / 12月底前', '2 / 任务 / 县住建局 /
    9月投入使用'), or a row with a line more than its cells: not read as a table of equal rows
    (negative; the rows would run into each other)."""
    from ledger.extraction.text_tables import _headerless_cell_table
    for rows in ([["1", "启动城西污水处理厂扩建工程。", "县水务局", "县住建局", "12月底前"],
                  ["2", "新建城南公交换乘中心。", "县交通运输局", "10月投入使用"],
                  ["3", "建设县体育中心全民健身馆。", "县文旅局", "县代建中心", "12月底前"]],
                 [["1", "建成县残疾人康复中心。", "县残联", "5月底前"],
                  ["2", "开工建设县老年公寓。", "县民政局", "6月底前", "同步建设老年食堂。", "12月底前"],
                  ["3", "迁建县政务服务中心。", "县政务服务中心", "12月底前"]]):
        for lines in ([c for r in rows for c in r], [x for r in rows for c in r for x in (c, "")]):
            assert _headerless_cell_table(lines, list(range(1, len(lines) + 1)), 0) is None
