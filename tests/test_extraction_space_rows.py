"""Task tables whose cells runs of spaces set apart (a row a line, or rows run together), with
the shapes real 任务清单 have (issue 15; scripts/table_variants.py scores them layout by layout
on tables of its own): a column of people (责任领导, 分管领导) and a column of money figures
(投资（万元）, 资金（万元）) between or after the owner columns, category rows, a 备注. Each
class on instances written here (other units, tasks and people than the generator's tables),
and texts that must not be read so.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


def _owners(got):
    return [(text[:8], lead, resp, coop) for text, lead, resp, coop in got]


# ------------------------------------------------------------------ a people column and a money column

SPACED_ROWS = [
    ["1", "新建城东污水处理厂二期工程", "副市长林涛", "市水务集团", "5600", "市生态环境局、市自然资源和规划局", "2025年10月底前", ""],
    ["2", "实施背街小巷路面提升改造", "林涛", "市城市管理局", "900", "各区人民政府", "2025年9月底前", "续建"],
    ["3", "建成市妇幼保健院新院区", "市委常委、常务副市长高翔", "市卫生健康委", "—", "市发展改革委、市财政局", "2025年12月底前", ""],
    ["4", "开展道路交通安全隐患排查治理", "副市长、市公安局局长何平", "市公安局", "", "市交通运输局、市应急管理局", "长期坚持", "新增"],
]
SPACED_EXPECTED = [
    ("新建城东污水处理", ["市水务集团"], [], ["市生态环境局", "市自然资源和规划局"]),
    ("实施背街小巷路面", ["市城市管理局"], [], ["各区人民政府"]),
    ("建成市妇幼保健院", ["市卫生健康委"], [], ["市发展改革委", "市财政局"]),
    ("开展道路交通安全", ["市公安局"], [], ["市交通运输局", "市应急管理局"]),
]
SPACED_HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "资金（万元）", "配合单位", "完成时限", "备注"]


def _spaced(rows, header=SPACED_HEADER, categories=None, gap="   "):
    lines = ["附件1", "市2025年城市建设重点任务清单", gap.join(header)]
    for k, row in enumerate(rows):
        if categories and k in categories:
            lines.append(categories[k])
        lines.append(gap.join(row).rstrip())
    return "\n".join(lines) + "\n"


def test_spaced_rows_with_a_people_column_and_a_money_column(tmp_path):
    """'序号   工作任务   责任领导   牵头单位   资金（万元）   …': the money column's word is a
    column of the header (not the first cell of the body), the people cells sit in the leader
    column ('副市长林涛', '市委常委、常务副市长高翔'), an empty money cell leaves the row a cell
    short and it is read from its end; people are no owners."""
    assert _owners(tasks_of(tmp_path, _spaced(SPACED_ROWS))) == SPACED_EXPECTED


def test_spaced_rows_with_category_rows_and_a_wide_gap(tmp_path):
    text = _spaced(SPACED_ROWS, categories={0: "一、市政设施", 2: "二、社会事业"}, gap="      ")
    got = tasks_of(tmp_path, text)
    assert _owners(got) == SPACED_EXPECTED
    assert not any(t.startswith(("一", "二")) for t, *_ in got)  # a category row is no task


def test_a_leader_column_after_the_owners(tmp_path):
    """A 镇 table with its 分管领导 after the owner column and a 投资（万元） before the deadline."""
    header = ["序号", "工作任务", "责任单位", "分管领导", "投资（万元）", "完成时限"]
    rows = [["1", "完成镇区雨污分流管网建设", "镇村建办、镇财政所", "副镇长吴斌", "260", "2025年8月底前"],
            ["2", "开展农村人居环境整治提升", "镇农业农村办", "吴斌", "45", "2025年11月底前"],
            ["3", "完成镇综合文化站提档升级", "镇文化站", "党委委员、副镇长郭静", "—", "2025年12月底前"]]
    got = tasks_of(tmp_path, _spaced(rows, header))
    assert [(t[:8], resp) for t, _, resp, _ in got] == [
        ("完成镇区雨污分流", ["镇村建办", "镇财政所"]), ("开展农村人居环境", ["镇农业农村办"]), ("完成镇综合文化站", ["镇文化站"])]


def test_people_in_a_spaced_table_are_never_owners(tmp_path):
    """Negative: whatever the rows, the leaders by post or name are no owners."""
    got = tasks_of(tmp_path, _spaced(SPACED_ROWS))
    people = {"副市长林涛", "林涛", "高翔", "何平", "市委常委", "常务副市长高翔", "副市长"}
    assert not any(set(lead + resp + coop) & people for _, lead, resp, coop in got)


# ------------------------------------------------------------------ a header on two rows, rows short of a cell

TWO_ROW_ROWS = [
    ["1", "开展城区黑臭水体排查整治", "县水利局", "各镇人民政府", "60", "2025年5月", ""],
    ["2", "完成餐饮油烟在线监控安装", "县市场监管局", "县城管局", "", "2025年7月", "新增"],
    ["3", "推进工业园区污水管网修复", "县工业园区管委会", "县住建局、县生态环境分局", "—", "2025年10月", ""],
]
TWO_ROW_EXPECTED = [
    ("开展城区黑臭水体", ["县水利局"], ["各镇人民政府"], []),
    ("完成餐饮油烟在线", ["县市场监管局"], ["县城管局"], []),
    ("推进工业园区污水", ["县工业园区管委会"], ["县住建局", "县生态环境分局"], []),
]


def _two_row_text(upper, lower, rows, glued=False):
    lines = ["县2025年水污染防治任务分工", upper, lower]
    for row in rows:
        lines.append((row[0] + "   ".join(row[1:]) if glued else "   ".join(row)).rstrip())
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("upper, lower", [
    ("序号   工作任务   责任主体   资金（万元）   完成时限   备注", "        牵头单位   责任单位            "),
    ("序号   工作任务   责任单位   资金（万元）   完成时限   备注", "              牵头单位      责任单位"),
    # the lower row's cells wrapped too: 牵头 / 单位, 责任 / 单位
    ("序号   工作任务   责任主体   资金（万元）   完成时限   备注", "        牵头   责任            \n        单位   单位            "),
])
def test_a_spaced_header_on_two_rows(tmp_path, upper, lower):
    """责任主体 spanning 牵头单位 | 责任单位 on a second header row set apart by spaces: the lower
    cells take the spanning cell's place, the lead and the responsible units are read apart,
    and the lower row is no task. An empty money cell leaves the row a cell short."""
    assert _owners(tasks_of(tmp_path, _two_row_text(upper, lower, TWO_ROW_ROWS))) == TWO_ROW_EXPECTED


def test_a_wrapped_spaced_header_over_two_rows(tmp_path):
    """The upper header's cells wrapped as well ('完成' / '时限' under a wide 资金（万元）):
    a fragment goes to the cell it completes, not to a cell its bracket closes."""
    text = ("县2025年水污染防治任务分工\n序号   工作   责任   资金（万元）   完成   备注\n"
            "    任务   主体       时限    \n        牵头   责任            \n        单位   单位            \n"
            + "\n".join("   ".join(r).rstrip() for r in TWO_ROW_ROWS) + "\n")
    assert _owners(tasks_of(tmp_path, text)) == TWO_ROW_EXPECTED


def test_glued_numbers_with_an_empty_money_cell(tmp_path):
    """'2完成餐饮油烟在线监控安装   县市场监管局   县城管局       2025年7月   新增': the number glued
    to the task and the money cell empty (one run of spaces where two stood): the cells are
    placed by their shapes, the date under the deadline, 新增 under 备注."""
    text = _two_row_text("序号   工作任务   责任主体   资金（万元）   完成时限   备注", "        牵头单位   责任单位",
                         TWO_ROW_ROWS, glued=True)
    assert _owners(tasks_of(tmp_path, text)) == TWO_ROW_EXPECTED


def test_a_lower_line_of_no_owner_words_is_a_row(tmp_path):
    """Negative: under a header with its own owner columns the next line is the first row, and a
    line of column words with no owner column's word under 责任主体 is no second header."""
    text = ("序号   工作任务   牵头单位   配合单位   完成时限\n"
            "1   开展城区黑臭水体排查整治   县水利局   各镇人民政府   2025年5月\n"
            "2   完成餐饮油烟在线监控安装   县市场监管局   县城管局   2025年7月\n")
    assert _owners(tasks_of(tmp_path, text)) == [
        ("开展城区黑臭水体", ["县水利局"], [], ["各镇人民政府"]), ("完成餐饮油烟在线", ["县市场监管局"], [], ["县城管局"])]


# ------------------------------------------------------------------ rows under a merged 重点任务 title

MEASURE_TEXT = """县2025年营商环境优化重点任务及具体措施
序号   重点任务   具体措施   牵头单位   配合单位   完成时限
1   提升政务服务效能   推行企业开办一日办结   县行政审批局   县市场监管局、县税务局   2025年3月
        开展“一件事一次办”集成改革   县政务服务中心   县人社局   2025年6月
2   优化要素保障   建立重点项目用地保障清单   县自然资源局   县发改局   2025年5月
        推进水电气网联合报装   县住建局   县供电公司、县自来水公司   2025年8月
        清理拖欠中小企业账款   县工信局   县财政局   2025年12月
"""
MEASURE_EXPECTED = [
    ("推行企业开办一日", ["县行政审批局"], [], ["县市场监管局", "县税务局"]),
    ("开展“一件事一次", ["县政务服务中心"], [], ["县人社局"]),
    ("建立重点项目用地", ["县自然资源局"], [], ["县发改局"]),
    ("推进水电气网联合", ["县住建局"], [], ["县供电公司", "县自来水公司"]),
    ("清理拖欠中小企业", ["县工信局"], [], ["县财政局"]),
]


def test_rows_under_a_merged_title_set_apart_by_spaces(tmp_path):
    """A 重点任务 title and its number merged down over several 具体措施 rows print in the first
    row only: the rows after it start with the measure (indented, or not), each a task of its
    own with its own owners and deadline, the title its category."""
    got = tasks_of(tmp_path, MEASURE_TEXT)
    assert _owners(got) == MEASURE_EXPECTED
    flush = MEASURE_TEXT.replace("\n        ", "\n")
    assert _owners(tasks_of(tmp_path, flush)) == MEASURE_EXPECTED


def _at_columns(*lines, starts=(0, 7, 22, 43, 60, 81)):
    """Lines of cells each starting at its column's position (a PDF's aligned text)."""
    out = []
    for cells in lines:
        line = ""
        for start, cell in zip(starts, cells):
            if cell:
                line = line.ljust(start if not line else max(start, len(line) + 2)) + cell
        out.append(line)
    return "\n".join(out) + "\n"


def test_rows_under_a_merged_title_with_cells_wrapped_under_their_columns(tmp_path):
    """The aligned form a PDF gives: long cells wrap onto indented lines under their column; a
    row under the merged title is indented too, and is told from a wrapped cell's rest by being
    a row (a measure, owners, a date), the rest by being fragments ('效能   办结   务局')."""
    text = "县2025年营商环境优化重点任务及具体措施\n" + _at_columns(
        ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
        ["1", "提升政务服务", "推行企业开办一日", "县行政审批局", "县市场监管局、县税", "2025年3月"],
        ["", "效能", "办结", "", "务局", ""],
        ["", "", "开展“一件事一次办”", "县政务服务中心", "县人社局", "2025年6月"],
        ["", "", "集成改革", "", "", ""],
        ["2", "优化要素保障", "建立重点项目用地保", "县自然资源局", "县发改局", "2025年5月"],
        ["", "", "障清单", "", "", ""])
    assert _owners(tasks_of(tmp_path, text)) == MEASURE_EXPECTED[:3]


def test_an_indented_note_after_the_rows_is_no_row(tmp_path):
    """Negative: an indented line after the table that is no row (a note, a fragment with no
    owner and no date) ends it, and gives no task."""
    text = MEASURE_TEXT + "        注：配合单位按职责分工负责\n        资金由县财政统筹\n"
    got = tasks_of(tmp_path, text)
    assert _owners(got) == MEASURE_EXPECTED


# ------------------------------------------------------------------ a header with no 序号 over numbered rows

NUMBERLESS_HEADER_ROWS = [
    ["1", "建成乡镇污水处理设施提标改造", "区水务局", "2026年8月底前"],
    ["2", "开展农村黑臭水体排查整治", "区生态环境分局、各镇人民政府", "2026年10月底前"],
    ["", "建立河湖库“清四乱”长效机制", "区河长办", "长期坚持"],
    ["3", "推进城区雨污分流改造", "区住建局", "2026年12月底前"],
]
NUMBERLESS_EXPECTED = [
    ("建成乡镇污水处理", ["区水务局"]), ("开展农村黑臭水体", ["区生态环境分局", "各镇人民政府"]),
    ("建立河湖库“清四", ["区河长办"]), ("推进城区雨污分流", ["区住建局"]),
]


def _responsible(got):
    return [(text.lstrip("0123456789")[:8], resp) for text, _, resp, _ in got]


@pytest.mark.parametrize("line", [
    "\t".join,
    lambda cells: "|" + "|".join(cells) + "|",
    lambda cells: "| " + " | ".join(cells) + " |",
])
def test_rows_one_cell_wider_than_a_header_with_no_number_cell(tmp_path, line):
    """'工作任务 | 责任单位 | 完成时限' over '1 | 建成… | 区水务局 | 2026年8月底前': the header's
    序号 cell was left blank or out, every row starts with its number or an empty cell (a task
    under a merged number): the first cells are the numbers, the tasks and units in their own
    columns (before, the number was read as the task and the task as the owner)."""
    text = "区2026年水环境治理任务清单\n" + line(["工作任务", "责任单位", "完成时限"]) + "\n" + "\n".join(
        line(r) for r in NUMBERLESS_HEADER_ROWS) + "\n"
    assert _responsible(tasks_of(tmp_path, text)) == NUMBERLESS_EXPECTED


def test_rows_as_wide_as_a_header_with_no_number_cell_stay_as_they_are(tmp_path):
    """Negative: rows with no number under a header with no 序号 are read as before, and a
    first cell that is a category (no number) does not make a column of numbers."""
    rows = [r[1:] for r in NUMBERLESS_HEADER_ROWS]
    text = "工作任务\t责任单位\t完成时限\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    assert _responsible(tasks_of(tmp_path, text)) == NUMBERLESS_EXPECTED
    text = "序号\t工作任务\t责任单位\t完成时限\n" + "\n".join("\t".join(r) for r in NUMBERLESS_HEADER_ROWS) + "\n"
    assert _responsible(tasks_of(tmp_path, text)) == NUMBERLESS_EXPECTED


# ------------------------------------------------------------------ header cells wrapped around a wide cell

def test_header_cells_wrapped_around_a_wide_money_cell(tmp_path):
    """'序号   工作   责任   牵头   投资（万元）   配合   完成' over '任务   领导   单位   单位   时限':
    each fragment completes the next header word after the last one completed that it can
    (配合 / 单位 past the closed 投资（万元）, 完成 / 时限 though nearer 配合), so the wrapped
    header reads and the fragments' line is no row (its '任务' is no task's sentence)."""
    text = ("附件\n市2025年重点项目推进清单\n序号   工作   责任   牵头   投资（万元）   配合   完成\n"
            "    任务   领导   单位       单位   时限\n"
            + "\n".join("   ".join(r[:5] + r[5:7]).rstrip() for r in SPACED_ROWS[:3]) + "\n")
    assert _owners(tasks_of(tmp_path, text)) == SPACED_EXPECTED[:3]


def test_a_line_of_fragments_is_no_row_under_merged_cells(tmp_path):
    """Negative: a line of short fragments after a row ('责任   领导   单位   时限', a header's
    rest or a cell's) is no row under merged cells: its first cell is no task's sentence."""
    text = ("序号   工作任务   责任领导   牵头单位   配合单位   完成时限\n"
            "1   新建城东污水处理厂二期工程   副市长林涛   市水务集团   市生态环境局   2025年10月底前\n"
            "    任务   领导   单位   时限\n")
    got = tasks_of(tmp_path, text)
    assert [t[:4] for t, *_ in got] == ["新建城东"]
    assert not any("领导" in lead + resp + coop or "单位" in lead + resp + coop for _, lead, resp, coop in got)


# ------------------------------------------------------------------ rows with no header, by their cells' shapes

HEADERLESS_ROWS = [
    ["1", "完成城北片区供水管网改造", "副区长郑凯", "区水务局", "2600", "区住建局、区财政局", "2025年9月底前", ""],
    ["2", "建设社区嵌入式养老服务站8个", "郑凯", "区民政局", "480", "各街道办事处", "2025年11月底前", "民生实事"],
    ["3", "推进老旧小区加装电梯", "区委常委、常务副区长汤敏", "区住建局", "—", "区市场监管局", "2025年12月底前", ""],
    ["4", "开展校园周边食品安全整治", "汤敏", "区市场监管局", "", "区教育局、区公安分局", "长期坚持", ""],
]
HEADERLESS_EXPECTED = [
    ("完成城北片区供水", ["区水务局"], [], ["区住建局", "区财政局"]),
    ("建设社区嵌入式养", ["区民政局"], [], ["各街道办事处"]),
    ("推进老旧小区加装", ["区住建局"], [], ["区市场监管局"]),
    ("开展校园周边食品", ["区市场监管局"], [], ["区教育局", "区公安分局"]),
]


def _headerless(line, categories=None):
    out = []
    for k, row in enumerate(HEADERLESS_ROWS):
        if categories and k in categories:
            out.append(line([categories[k]]) if categories.get("ruled") else categories[k])
        out.append(line(row))
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("line", [
    lambda cells: "\t".join(cells).rstrip("\t"),  # the empty cells at a row's end cut off with its tabs
    lambda cells: "| " + " | ".join(cells) + " |",
    lambda cells: "   ".join(c for c in cells if c),  # runs of spaces: an empty cell is no cell
])
def test_rows_with_no_header_and_columns_of_people_and_figures(tmp_path, line):
    """The excerpt starts below the header: the columns are told by their cells' shapes. The
    people column (副区长郑凯, 汤敏) is no owner column, the two unit columns with a column of
    figures between them are the lead's and the partners', the figures (2600, —) no deadline,
    category rows between the rows ('二、民生保障') keep the table going."""
    text = _headerless(line, {0: "一、城市更新", 2: "二、民生保障"})
    assert _owners(tasks_of(tmp_path, text)) == HEADERLESS_EXPECTED


def test_category_rows_between_bars_with_no_header(tmp_path):
    text = _headerless(lambda cells: "| " + " | ".join(cells) + " |", {1: "（一）养老服务", 2: "（二）住房保障", "ruled": True})
    assert _owners(tasks_of(tmp_path, text)) == HEADERLESS_EXPECTED


def test_spaced_rows_with_no_header_under_a_merged_title(tmp_path):
    """Spaced rows with no header whose number and title are merged over several measures: the
    rows under the title start with the measure; they are read where the full rows have their
    columns."""
    text = "\n".join("   ".join(c for c in r if c) for r in [
        ["1", "提升政务服务效能", "推行企业开办一日办结", "县行政审批局", "县市场监管局、县税务局", "2025年3月"],
        ["", "", "开展“一件事一次办”集成改革", "县政务服务中心", "县人社局", "2025年6月"],
        ["2", "优化要素保障", "建立重点项目用地保障清单", "县自然资源局", "县发改局", "2025年5月"],
        ["", "", "推进水电气网联合报装", "县住建局", "县供电公司、县自来水公司", "2025年8月"],
        ["3", "强化法治保障", "开展涉企执法专项检查", "县司法局", "县综合执法局", "2025年9月"],
    ]) + "\n"
    assert [(t[:8], lead, coop) for t, lead, _, coop in tasks_of(tmp_path, text)] == [
        ("推行企业开办一日", ["县行政审批局"], ["县市场监管局", "县税务局"]),
        ("开展“一件事一次", ["县政务服务中心"], ["县人社局"]),
        ("建立重点项目用地", ["县自然资源局"], ["县发改局"]),
        ("推进水电气网联合", ["县住建局"], ["县供电公司", "县自来水公司"]),
        ("开展涉企执法专项", ["县司法局"], ["县综合执法局"]),
    ]


def test_a_heading_followed_by_prose_ends_a_table_with_no_header(tmp_path):
    """Negative: a heading after the rows followed by prose is the next section's, no category
    row; its prose is no row of the table."""
    text = _headerless("\t".join) + "二、保障措施\n各单位要加强组织领导，确保各项任务按期完成。\n"
    got = tasks_of(tmp_path, text)
    assert _owners(got)[:4] == HEADERLESS_EXPECTED
    assert not any(t.startswith("各单位") and (lead or resp or coop) for t, lead, resp, coop in got)


def test_rows_of_units_people_and_figures_are_no_task_table(tmp_path):
    """Negative: with no sentence in any column (a budget or contact list: unit, person, figure,
    telephone) the rows are no task table, however their columns of people and figures read."""
    from ledger.errors import NoTaskTable
    text = "附表\n区水务局\t郑凯\t2600\t13900001111\n区民政局\t汤敏\t480\t13900002222\n区住建局\t王强\t—\t13900003333\n"
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, text)


# ------------------------------------------------------------------ rows run together on one line

def _run_on(header, rows, categories=None):
    body = []
    for k, row in enumerate(rows):
        if categories and k in categories:
            body.append(categories[k])
        body.append(" ".join(c for c in row if c))
    return "市2025年城市建设重点任务清单\n" + "   ".join(header) + "\n" + " ".join(body) + "\n"


def test_rows_run_together_with_people_figures_and_category_rows(tmp_path):
    """Every row on one line after the header, cells set apart by single spaces: read from each
    row's end, a figure between the owners is the 资金 column's (5600, —), the people the
    leader's, and a category heading run in before a row's number ('二、社会事业 3 建成…') is a
    category row, not the end of the row before it nor the start of the table's text."""
    text = _run_on(SPACED_HEADER[:7], [r[:7] for r in SPACED_ROWS], {0: "一、市政设施", 2: "二、社会事业"})
    assert _owners(tasks_of(tmp_path, text)) == SPACED_EXPECTED


def test_rows_run_together_with_a_remark_after_the_deadline(tmp_path):
    """'… 2025年4月 每月一次 3 …': a short cell after a dated deadline is the 备注's, though it
    reads as a deadline too (每月一次)."""
    header = ["序号", "工作事项", "牵头单位", "责任单位", "分管领导", "完成时限", "备注"]
    rows = [["1", "完成镇区污水管网检修", "镇村建办", "各村（社区）", "副镇长吴斌", "2025年4月", "每月一次"],
            ["2", "开展农贸市场环境整治", "镇市场监管所", "镇综合执法队", "吴斌", "2025年6月", ""],
            ["3", "做好汛期地质灾害巡查", "镇应急办", "各村（社区）", "党委委员、副镇长郭静", "2025年9月", "新增"]]
    got = tasks_of(tmp_path, _run_on(header, rows))
    assert [(t[:8], lead, resp) for t, lead, resp, _ in got] == [
        ("完成镇区污水管网", ["镇村建办"], ["各村（社区）"]), ("开展农贸市场环境", ["镇市场监管所"], ["镇综合执法队"]),
        ("做好汛期地质灾害", ["镇应急办"], ["各村（社区）"])]


def test_rows_run_together_under_a_merged_title(tmp_path):
    """A numbered title over several measures, run together: the number's text is cut after each
    dated deadline that a whole row follows, each measure a task of its own."""
    rows = [["1", "提升政务服务效能", "推行企业开办一日办结", "县行政审批局", "县市场监管局、县税务局", "2025年3月"],
            ["", "", "开展“一件事一次办”集成改革", "县政务服务中心", "县人社局", "2025年6月"],
            ["2", "优化要素保障", "建立重点项目用地保障清单", "县自然资源局", "县发改局", "2025年5月"],
            ["", "", "推进水电气网联合报装", "县住建局", "县供电公司、县自来水公司", "2025年8月"],
            ["", "", "清理拖欠中小企业账款", "县工信局", "县财政局", "2025年12月"]]
    text = _run_on(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"], rows)
    assert _owners(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_run_together_text_that_only_looks_like_a_category_or_a_second_row(tmp_path):
    """Negative: '一、二期' inside a task with a figure after it is no category row, and a date
    inside a task's text followed by no whole row does not cut the row."""
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    rows = [["1", "完成一、二期 3 万平方米棚户区改造", "市住建局", "各区人民政府", "2025年10月底前"],
            ["2", "对照2025年6月底前目标 推进重点项目开工", "市发改委", "市财政局", "2025年12月底前"]]
    got = tasks_of(tmp_path, _run_on(header, rows))
    assert [(lead, coop) for _, lead, _, coop in got] == [(["市住建局"], ["各区人民政府"]), (["市发改委"], ["市财政局"])]


# ------------------------------------------------------------------ unnumbered rows run together, single spaces

def _unnumbered(header, rows, categories=None, lower=None):
    body = []
    for k, row in enumerate(rows):
        if categories and k in categories:
            body.append(categories[k])
        body.append(" ".join(c for c in row if c))
    head = " ".join(header) + ("\n" + " ".join(lower) if lower else "")
    return "区2025年重点任务分工\n" + head + "\n" + " ".join(body) + "\n"


def test_unnumbered_rows_run_together_with_people_figures_and_categories(tmp_path):
    """'<task>。 <people> <units> <figure> <units> <deadline>' run together with single spaces:
    the 资金（万元） word is a column of the header, the people ('副市长林涛', a bare '林涛'
    before the first unit) the leader's, the figures the money column's, and the category
    headings run in between rows are category rows (before, the first heading ended the table)."""
    rows = [[r[1] + "。", *r[2:7]] for r in SPACED_ROWS]
    text = _unnumbered(["工作任务", "责任领导", "牵头单位", "资金（万元）", "配合单位", "完成时限"], rows,
                       {0: "一、市政设施", 2: "二、社会事业"})
    assert _owners(tasks_of(tmp_path, text)) == SPACED_EXPECTED


def test_unnumbered_rows_run_together_under_a_header_on_two_rows(tmp_path):
    rows = [[r[1] + "。", *r[2:6]] for r in TWO_ROW_ROWS]
    text = _unnumbered(["工作任务", "责任主体", "资金（万元）", "完成时限", "备注"], rows, lower=["牵头单位", "责任单位"])
    assert _owners(tasks_of(tmp_path, text)) == TWO_ROW_EXPECTED


def test_a_heading_with_prose_after_unnumbered_rows_ends_them(tmp_path):
    """Negative: a heading on its own line after the rows (the next section) still ends the table."""
    rows = [[r[1] + "。", *r[2:7]] for r in SPACED_ROWS]
    text = _unnumbered(["工作任务", "责任领导", "牵头单位", "资金（万元）", "配合单位", "完成时限"], rows)
    text += "三、保障措施\n各部门要加强协调配合，形成工作合力。\n"
    got = tasks_of(tmp_path, text)
    assert _owners(got)[:4] == SPACED_EXPECTED
    assert not any(t.startswith("各部门") and (lead or coop) for t, lead, _, coop in got)


def test_unnumbered_rows_run_together_under_a_merged_title(tmp_path):
    """'提升政务服务效能 推行企业开办一日办结。 县行政审批局 … 2025年3月 开展…。 …': a short title
    before a row's sentence, at the start or after a row's deadline, is the 重点任务 merged over
    the measures after it; each measure is a task with its own owners."""
    rows = [["提升政务服务效能", "推行企业开办一日办结。", "县行政审批局", "县市场监管局、县税务局", "2025年3月"],
            ["", "开展“一件事一次办”集成改革。", "县政务服务中心", "县人社局", "2025年6月"],
            ["优化要素保障", "建立重点项目用地保障清单。", "县自然资源局", "县发改局", "2025年5月"],
            ["", "推进水电气网联合报装。", "县住建局", "县供电公司、县自来水公司", "2025年8月"],
            ["", "清理拖欠中小企业账款。", "县工信局", "县财政局", "2025年12月"]]
    text = _unnumbered(["重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"], rows)
    assert _owners(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_a_short_remark_after_a_deadline_is_no_title_without_a_title_column(tmp_path):
    """Negative: with one text column, a short cell after a row's deadline ('续建') is that row's,
    not a title over the next row."""
    rows = [["新建城东污水处理厂二期工程。", "市水务集团", "市生态环境局", "2025年10月底前", "续建"],
            ["实施背街小巷路面提升改造。", "市城市管理局", "各区人民政府", "2025年9月底前", ""]]
    got = tasks_of(tmp_path, _unnumbered(["工作任务", "牵头单位", "配合单位", "完成时限", "备注"], rows))
    assert _owners(got) == [("新建城东污水处理", ["市水务集团"], [], ["市生态环境局"]),
                            ("实施背街小巷路面", ["市城市管理局"], [], ["各区人民政府"])]


# ------------------------------------------------------------------ box bars with no rule lines, rows under merged cells

def test_box_rows_without_rules_under_a_merged_title(tmp_path):
    """'│ 1 │ 提升政务服务效能 │ 推行… │ … │ 2025年3月 │' then '│  │  │ 开展… │ … │ 2025年6月 │': a
    box table copied without its rule lines, the number and 重点任务 merged over several
    measures: a line whose number cell is blank but whose deadline cell holds a deadline of its
    own (the row above has one) is a row, not the row above's cells wrapped."""
    rows = [["1", "提升政务服务效能", "推行企业开办一日办结", "县行政审批局", "县市场监管局、县税务局", "2025年3月"],
            ["", "", "开展“一件事一次办”集成改革", "县政务服务中心", "县人社局", "2025年6月"],
            ["2", "优化要素保障", "建立重点项目用地保障清单", "县自然资源局", "县发改局", "2025年5月"],
            ["", "", "推进水电气网联合报装", "县住建局", "县供电公司、县自来水公司", "2025年8月"],
            ["", "", "清理拖欠中小企业账款", "县工信局", "县财政局", "2025年12月"]]
    line = lambda cells: "│ " + " │ ".join(cells) + " │"  # noqa: E731
    text = "县2025年营商环境优化重点任务\n" + "\n".join(
        line(r) for r in [["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"], *rows]) + "\n"
    assert _owners(tasks_of(tmp_path, text)) == MEASURE_EXPECTED


def test_box_lines_with_a_cell_wrapped_stay_one_row(tmp_path):
    """Negative: without rule lines, a line whose number cell is blank and whose deadline cell
    is blank or a deadline's rest is the row above's cells wrapped."""
    text = ("县2025年重点任务\n│ 序号 │ 工作任务 │ 牵头单位 │ 完成时限 │\n"
            "│ 1 │ 推行企业开办一日办结，压缩 │ 县行政审批局、县市 │ 2025年3月 │\n"
            "│  │ 审批时限 │ 场监管局 │ 底前 │\n"
            "│ 2 │ 建立重点项目用地保障清单 │ 县自然资源局 │ 2025年5月 │\n")
    got = tasks_of(tmp_path, text)
    assert [(t.lstrip("12")[:12], lead + resp) for t, lead, resp, _ in got] == [
        ("推行企业开办一日办结，压", ["县行政审批局", "县市场监管局"]), ("建立重点项目用地保障清单", ["县自然资源局"])]
