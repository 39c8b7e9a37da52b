"""Task tables flattened to text, layout by layout (issue 15; scripts/table_variants.py scores
every layout on tables of its own): each class on instances written for it here (other units,
tasks, numbers and punctuation than the generator's tables), and texts that must not be read
as such a table.
"""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from test_extraction_prose_classes import tasks_of


def owners(got):
    return [(text[:6], lead, resp, coop) for text, lead, resp, coop in got]


# ------------------------------------------------------------------ box characters without their rule lines

@pytest.mark.parametrize("bar", ["┃", "│", "║"])
def test_box_rows_without_rule_lines(tmp_path, bar):
    """A mirror that dropped a box table's rule lines: every line whose first cell holds
    something is a row; a line whose first cell is blank is the row's cells wrapped."""
    b = bar
    text = (f"镇2025年防汛备汛工作任务表\n{b}序号{b}工作任务{b}牵头单位{b}配合单位{b}时限{b}\n"
            f"{b}1{b}排查山塘水库安全隐患，落实巡查{b}镇水利站{b}各村民委员会{b}5月10日前{b}\n"
            f"{b} {b}责任人{b}{b}{b}{b}\n"
            f"{b}2{b}储备编织袋、救生衣等防汛物资{b}镇应急办{b}镇财政所、镇供销社{b}5月20日前{b}\n"
            f"{b}3{b}组织危险区域群众转移演练{b}镇派出所{b}镇卫生院{b}6月1日前{b}\n")
    assert owners(tasks_of(tmp_path, text)) == [
        ("排查山塘水库", ["镇水利站"], [], ["各村民委员会"]),
        ("储备编织袋、", ["镇应急办"], [], ["镇财政所", "镇供销社"]),
        ("组织危险区域", ["镇派出所"], [], ["镇卫生院"])]
    assert tasks_of(tmp_path, text)[0][0].endswith("落实巡查责任人")


def test_box_rows_without_rules_wrapped_header(tmp_path):
    """A header cell wrapped over two lines: the second line's first cell is blank."""
    text = ("│序 │主要任务              │责任  │完成    │\n"
            "│号 │                      │单位  │时限    │\n"
            "│1  │建成区级数字档案馆    │区档案馆│2025年底│\n"
            "│2  │完成老旧档案数字化扫描│区档案馆、区数据局│2025年9月│\n")
    # the second header line's first cell (号) is not blank: it opens no row only because the
    # header is read from the lines before the first numbered row
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got] == [("建成区级数字档案馆", ["区档案馆"]),
                                              ("完成老旧档案数字化扫描", ["区档案馆", "区数据局"])]


def test_box_lines_of_prose_are_no_table(tmp_path):
    """Lines framed by bars that hold no task table's header are no table."""
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, "┃温馨提示┃请勿转载┃版权所有┃\n┃联系电话┃0571-1234567┃地址┃\n")


# ------------------------------------------------------------------ a page break between a table's rows

@pytest.mark.parametrize("footer", ["— 7 —", "-7-", "第 7 页 共 9 页", "7/9"])
def test_tab_rows_go_on_after_a_page_number(tmp_path, footer):
    text = ("序号\t工作内容\t责任部门\t完成时间\n"
            "1\t修订突发事件总体应急预案\t市应急管理局\t2025年4月\n"
            "2\t开展森林防火隐患排查\t市林业局、市消防救援支队\t2025年3月\n"
            f"\n{footer}\n\n"
            "3\t建设城市内涝监测预警平台\t市水务局\t2025年10月\n"
            "4\t组织地震应急疏散演练\t市地震局、市教育局\t2025年5月\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:4], r) for t, _, r, _ in got] == [
        ("修订突发", ["市应急管理局"]), ("开展森林", ["市林业局", "市消防救援支队"]),
        ("建设城市", ["市水务局"]), ("组织地震", ["市地震局", "市教育局"])]


def test_cells_one_a_line_go_on_after_a_page_number(tmp_path):
    """One cell a line: the bare number after the break is the next row's 序号, not a page's."""
    text = ("序号\n具体措施\n牵头部门\n配合部门\n"
            "1\n清理河道漂浮物\n县水利局\n各镇人民政府\n"
            "2\n取缔非法码头\n县交通运输局\n县自然资源局\n"
            "\n- 3 -\n\n"
            "3\n规范畜禽养殖排污\n县农业农村局\n县生态环境分局\n")
    got = tasks_of(tmp_path, text)
    assert [(t, lead, coop) for t, lead, _, coop in got] == [
        ("清理河道漂浮物", ["县水利局"], ["各镇人民政府"]), ("取缔非法码头", ["县交通运输局"], ["县自然资源局"]),
        ("规范畜禽养殖排污", ["县农业农村局"], ["县生态环境分局"])]


def test_a_page_break_after_a_table_leaves_the_text_after_it(tmp_path):
    """What follows the break is no row of the table (a heading and prose): the table ends there."""
    text = ("序号\t工作内容\t责任单位\t完成时间\n"
            "1\t更新消防器材\t区消防救援大队\t2025年6月\n"
            "2\t开展消防安全培训\t区应急管理局\t2025年8月\n"
            "\n— 2 —\n\n"
            "三、保障措施\n各单位要高度重视，主要负责同志亲自抓。\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got] == [("更新消防器材", ["区消防救援大队"]), ("开展消防安全培训", ["区应急管理局"])]


# ------------------------------------------------------------------ rows whose cells runs of spaces set apart

def test_space_rows_with_a_remark_column_after_the_deadline(tmp_path):
    """A 备注/进展情况 column after the owners and the deadline: the row's cells as the runs of
    spaces give them, not its owner read from the row's end (where the remark stands); an empty
    remark at the row's end may be missing."""
    text = ("序号    建设内容    责任单位    配合单位    完成时限    进展情况\n"
            "1    新建乡镇卫生院发热门诊    县卫生健康局    县发改局、县财政局    2025年9月    已开工\n"
            "2    改造提升村卫生室20个    县卫生健康局    各镇人民政府    2025年11月\n"
            "3    组建县域医共体信息平台    县医保局    县数据资源中心    2025年12月    未开工\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r, c) for t, _, r, c in got] == [
        ("新建乡镇卫生院发热门诊", ["县卫生健康局"], ["县发改局", "县财政局"]),
        ("改造提升村卫生室20个", ["县卫生健康局"], ["各镇人民政府"]),
        ("组建县域医共体信息平台", ["县医保局"], ["县数据资源中心"])]


def test_space_rows_with_the_owner_columns_first(tmp_path):
    text = ("序号  牵头部门  协办部门  工作事项  完成时间\n"
            "1  区教育局  区财政局  新建公办幼儿园2所，新增学位540个  2025年8月\n"
            "2  区人社局  区总工会、团区委  开展高校毕业生就业见习  2025年6月\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:6], lead, c) for t, lead, _, c in got] == [
        ("新建公办幼儿", ["区教育局"], ["区财政局"]), ("开展高校毕业", ["区人社局"], ["区总工会", "团区委"])]


def test_single_spaces_are_still_read_from_the_row_end(tmp_path):
    """Cells split by single spaces (a task's own spaces among them): owners from the row's end."""
    text = ("序号 工作任务 责任单位 完成时限\n"
            "1 实施 老旧小区 改造 县住建局 2025年底\n"
            "2 开展 背街小巷 整治 县城管局 2025年10月\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got] == [("实施 老旧小区 改造", ["县住建局"]), ("开展 背街小巷 整治", ["县城管局"])]


def test_spaced_prose_with_a_number_is_no_row(tmp_path):
    """A numbered paragraph whose words runs of spaces set apart, after a header-like line:
    its task cell names a unit and its owner cell is no unit, so it is not taken as cells."""
    from ledger.extraction.text_tables import Header, _delimited_cells
    from ledger.extraction.columns import header_columns
    cells = ["序号", "工作任务", "责任单位", "完成时限"]
    header = Header(cells, header_columns(cells))
    assert _delimited_cells(header, "县住建局    加强领导    2025年底") is None  # the task cell is a unit
    assert _delimited_cells(header, "开展排查    加强领导    2025年底") is None  # the owner cell is no unit
    assert _delimited_cells(header, "开展排查 县住建局 2025年底") is None  # single spaces: not delimited
    assert _delimited_cells(header, "开展排查    县住建局    2025年底") == ["", "开展排查", "县住建局", "2025年底"]


# ------------------------------------------------------------------ one cell a line: an empty last cell as a blank line

def test_an_empty_remark_cell_as_a_blank_line_ends_no_table(tmp_path):
    text = ("序号\n工作任务\n责任单位\n完成时限\n备注\n"
            "1\n新建城市书房5家\n市文广旅局\n2025年10月\n民生实事\n"
            "2\n举办全民阅读季活动\n市委宣传部、市图书馆\n2025年4月\n\n"
            "3\n推进非遗进校园\n市教育局\n2025年12月\n续办\n"
            "4\n修缮文物保护单位3处\n市文物保护中心\n2025年11月\n\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got] == [
        ("新建城市书房5家", ["市文广旅局"]), ("举办全民阅读季活动", ["市委宣传部", "市图书馆"]),
        ("推进非遗进校园", ["市教育局"]), ("修缮文物保护单位3处", ["市文物保护中心"])]


def test_an_empty_cell_before_a_row_number_glued_to_its_task(tmp_path):
    text = ("序号\n重点工作\n牵头单位\n完成时间\n备注\n"
            "1拆除违法建筑2万平方米\n镇综合执法队\n2025年9月\n\n"
            "2整治河塘沟渠12条\n镇农业服务中心\n2025年6月\n续建\n")
    got = tasks_of(tmp_path, text)
    assert [lead for _, lead, _, _ in got] == [["镇综合执法队"], ["镇农业服务中心"]]
    assert len(got) == 2


def test_a_blank_line_before_a_number_out_of_sequence_still_ends_the_table(tmp_path):
    """The line after the blank is no next row (a 2025 figure, a heading): the table ends there."""
    from ledger.extraction.text_tables import _next_row_after_blank
    cells = [("1", 1), ("新建城市书房5家", 2), ("市文广旅局", 3)]
    assert _next_row_after_blank(cells, ["", "2开展…"], 0)
    assert _next_row_after_blank(cells, ["", "2"], 0)
    assert not _next_row_after_blank(cells, ["", "3"], 0)
    assert not _next_row_after_blank(cells, ["", "20个村完成改造"], 0)
    assert not _next_row_after_blank(cells, ["", "二、保障措施"], 0)
    assert not _next_row_after_blank([("新建城市书房5家", 2)], ["", "2"], 0)  # no row number seen


# ------------------------------------------------------------------ header cells wrapped onto the next line

WRAPPED_ROWS = [("1", "建设农贸市场冷链仓储中心", "镇商贸办", "镇财政所、镇规划办", "2025年7月"),
                ("2", "开展校外培训机构消防检查", "镇安监站", "镇中心学校", "2025年3月"),
                ("3", "疏浚镇区排涝沟渠4公里", "镇水务站", "各村（社区）", "2025年5月")]
WRAPPED_EXPECTED = [("建设农贸市场冷链仓储中心", ["镇商贸办"], ["镇财政所", "镇规划办"]),
                    ("开展校外培训机构消防检查", ["镇安监站"], ["镇中心学校"]),
                    ("疏浚镇区排涝沟渠4公里", ["镇水务站"], ["各村（社区）"])]


def _lead_coop(got):
    return [(t, lead, coop) for t, lead, _, coop in got]


@pytest.mark.parametrize("top, bottom", [
    (["序号", "主要", "牵头", "协办", "完成"], ["", "措施", "部门", "部门", "期限"]),
    (["序号", "工作", "牵头单", "配合单", "时间"], ["", "内容", "位", "位", "节点"]),
])
def test_tab_header_cells_wrapped(tmp_path, top, bottom):
    """Header cells between tabs wrapped onto a second line (its first cell empty): each filled
    cell below completes the one above it; the rows start after it."""
    text = "镇2025年民生实事项目分解表\n" + "\t".join(top) + "\n" + "\t".join(bottom) + "\n"
    text += "".join("\t".join(r) + "\n" for r in WRAPPED_ROWS)
    assert _lead_coop(tasks_of(tmp_path, text)) == WRAPPED_EXPECTED


def test_pipe_header_cells_wrapped(tmp_path):
    text = ("| 序号 | 主要 | 牵头 | 协办 | 完成 |\n"
            "|  | 措施 | 部门 | 部门 | 期限 |\n"
            + "".join("| " + " | ".join(r) + " |\n" for r in WRAPPED_ROWS))
    assert _lead_coop(tasks_of(tmp_path, text)) == WRAPPED_EXPECTED


def test_space_header_cells_wrapped(tmp_path):
    """Runs of spaces: each word of the lower line completes the header word it stands under."""
    text = ("序号    主要      牵头    协办    完成\n"
            "        措施      部门    部门    期限\n"
            + "".join("    ".join(r) + "\n" for r in WRAPPED_ROWS))
    assert _lead_coop(tasks_of(tmp_path, text)) == WRAPPED_EXPECTED


def test_cell_header_cells_wrapped(tmp_path):
    """One cell a line: the short lines before the first row join into as many columns as the
    first row has cells, a line with the one after it that completes it."""
    text = "附表\n镇2025年民生实事项目分解表\n序号\n主要\n措施\n牵头\n部门\n协办\n部门\n完成\n期限\n"
    text += "".join("\n".join(r) + "\n" for r in WRAPPED_ROWS)
    assert _lead_coop(tasks_of(tmp_path, text)) == WRAPPED_EXPECTED


def test_cell_header_cells_wrapped_one_a_paragraph(tmp_path):
    """One cell a paragraph (a blank line after each line, the halves of a wrapped header cell too)."""
    text = "镇2025年民生实事项目分解表\n\n" + _paragraphs("序号", "主要", "措施", "牵头", "部门", "协办", "部门", "完成", "期限")
    text += "".join(_paragraphs(*r) for r in WRAPPED_ROWS)
    assert _lead_coop(tasks_of(tmp_path, text)) == WRAPPED_EXPECTED


def test_cell_header_cells_wrapped_numbers_glued(tmp_path):
    """One cell a line, the header wrapped and each row's number glued to its task ("1建设…")."""
    text = "序号\n主要\n措施\n牵头\n部门\n协办\n部门\n完成\n期限\n"
    text += "".join("\n".join([r[0] + r[1], *r[2:]]) + "\n" for r in WRAPPED_ROWS)
    assert [(t[-8:], lead, c) for t, lead, _, c in tasks_of(tmp_path, text)] == [
        (t[-8:], lead, c) for t, lead, c in WRAPPED_EXPECTED]


def test_cell_header_cells_wrapped_printed_again_after_a_page_break(tmp_path):
    """The wrapped header printed again on the next page, its rows numbered on from the last."""
    header = "序号\n主要\n措施\n牵头\n部门\n协办\n部门\n完成\n期限\n"
    more = [("4", "更新公交站台候车亭30座", "镇交通管理站", "镇建设办", "2025年8月"),
            ("5", "建设农村寄递物流网点6个", "镇商贸办", "镇邮政支局、各村（社区）", "2025年10月")]
    text = header + "".join("\n".join(r) + "\n" for r in WRAPPED_ROWS) + "\n- 2 -\n\n" + header
    text += "".join("\n".join(r) + "\n" for r in more)
    assert _lead_coop(tasks_of(tmp_path, text)) == WRAPPED_EXPECTED + [
        ("更新公交站台候车亭30座", ["镇交通管理站"], ["镇建设办"]),
        ("建设农村寄递物流网点6个", ["镇商贸办"], ["镇邮政支局", "各村（社区）"])]


def test_wrapped_header_fragments():
    """What completes a header cell: the rest of its column word, not a unit, a category's value
    or another column's word."""
    from ledger.extraction.text_tables import _completes, _wrapped_cell_header, _wrapped_header_rows
    assert _completes("牵头", "单位") and _completes("责任", "科室") and _completes("完成", "时限")
    assert _completes("进度", "安排") or _completes("进展", "情况")
    assert not _completes("牵头", "县财政局")  # a row's owner cell under the header
    assert not _completes("类别", "党建")  # a category's value
    assert not _completes("任务", "牵头")  # the next column's word
    assert not _completes("责任部门", "评分部门")  # two columns of the same kind
    assert not _completes("类别", "序号")  # a column word of its own
    assert not _completes("序号", "1")
    # a tab row with no number under the header (a category row, a wrapped owner cell) is a row
    texts = ["序号\t类别\t工作任务\t责任单位", "\t党建\t\t组织部", "1\t\t落实三会一课\t各支部"]
    assert _wrapped_header_rows(texts, 0, texts[0].split("\t"), "\t") == (texts[0].split("\t"), 1)
    # lines of short words that do not join into the first row's columns are no wrapped header
    assert _wrapped_cell_header(["序号", "任务", "内容", "责任单位", "1", "种树", "县林业局", "2"], 0)[0] == [
        "序号", "任务内容", "责任单位"]  # the first row has three cells
    assert _wrapped_cell_header(["序号", "任务", "内容", "责任单位", "1", "种树", "春季", "县林业局", "2"], 0) is None
    assert _wrapped_cell_header(["春季", "植树", "造林", "活动", "安排", "如下", "1", "种树", "2"], 0) is None
    assert _wrapped_cell_header(["春季", "", "植树", "", "造林", "", "活动", "", "1", "", "种树", "", "2"], 0) is None
    assert _wrapped_cell_header(["序号", "", "任务", "", "内容", "", "责任单位", "", "1", "", "种树", "", "县林业局", "", "2"],
                                0) == (["序号", "任务内容", "责任单位"], 8, True, "1")
    # a 考核 table one cell a paragraph: the first row's category before its number, two office columns side by side
    lines = ["类别", "序号", "指标", "目标值", "责任科室", "考核科室", "民生保障", "1", "新增城镇就业", "5000人", "县人社局",
             "县考核办", "2"]
    assert _wrapped_cell_header([x for line in lines for x in (line, "")], 0) is None


# ------------------------------------------------------------------ a row number glued to its task, runs of spaces

def test_space_rows_with_the_number_glued_to_the_task(tmp_path):
    """'3整治…   区城管局   2025年6月   续建': the number that follows the last row's, glued to the
    task, opens a row whose cells runs of spaces set apart (a remark column after the deadline)."""
    text = ("区2025年市容环境提升项目清单\n"
            "序号    项目内容    责任单位    协办单位    完成时限    备注\n"
            "1新建垃圾分类投放点80处    区城管局    各街道办事处    2025年6月    新增\n"
            "2改造提升农贸市场2个    区商务局    区市场监管局、区住建局    2025年9月\n"
            "3“三线”入地改造    区住建局    区供电公司    2025年11月    续建\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r, c) for t, _, r, c in got] == [
        ("新建垃圾分类投放点80处", ["区城管局"], ["各街道办事处"]),
        ("改造提升农贸市场2个", ["区商务局"], ["区市场监管局", "区住建局"]),
        ("“三线”入地改造", ["区住建局"], ["区供电公司"])]


def test_a_figure_at_a_rows_start_is_no_glued_number():
    """A task starting with a figure out of the rows' sequence, or a line with single spaces,
    opens no row by a glued number."""
    from ledger.extraction.columns import header_columns
    from ledger.extraction.text_tables import Header, Row, _glued_start
    cells = ["序号", "工作任务", "责任单位", "完成时限", "备注"]
    header = Header(cells, header_columns(cells))
    row1 = Row(["1", "新建污水管网", "县住建局", "2025年底", ""], 1)
    assert _glued_start(header, [row1], "2开展河道清淤    县水利局    2025年5月").group(1) == "2"
    assert _glued_start(header, [], "1开展河道清淤    县水利局    2025年5月").group(1) == "1"
    assert _glued_start(header, [row1], "12个村完成改厕    县农业农村局    2025年6月") is None  # not row 2
    assert _glued_start(header, [row1], "2开展河道清淤 县水利局 2025年5月") is None  # single spaces
    assert _glued_start(header, [row1], "2开展河道清淤，县水利局负责，5月底前完成") is None  # a sentence


# ------------------------------------------------------------------ rows run together on one line, single spaces

def test_space_rows_run_together_on_one_line(tmp_path):
    """Every row on one line after the header, cells and rows set apart by single spaces, an
    empty remark cell left out: a row ends before the next number where what comes before it
    holds its owners; the remark after the deadline is no owner."""
    text = ("乡2025年安全生产大排查任务表\n"
            "序号 排查内容 牵头单位 配合单位 完成时限 备注\n"
            "1 排查自建房结构安全隐患 乡村镇建设办 各行政村 2025年5月 重点 2 检查烟花爆竹经营网点 "
            "乡安监站 乡派出所、乡市场监管所 2025年1月 3 开展校车安全专项检查 乡中心校 乡交管站 2025年3月 续办\n")
    got = tasks_of(tmp_path, text)
    assert [(t, lead, c) for t, lead, _, c in got] == [
        ("排查自建房结构安全隐患", ["乡村镇建设办"], ["各行政村"]),
        ("检查烟花爆竹经营网点", ["乡安监站"], ["乡派出所", "乡市场监管所"]),
        ("开展校车安全专项检查", ["乡中心校"], ["乡交管站"])]


def test_a_number_inside_a_task_cuts_no_row():
    """' 2 ' inside a row (a figure set apart by spaces) cuts no row unless what comes before it
    holds owner cells; the next number must follow the row's own."""
    from ledger.extraction.columns import header_columns
    from ledger.extraction.text_tables import Header, _run_together_rows, _space_row, ROW_START
    cells = ["序号", "工作任务", "责任单位", "完成时限", "备注"]
    header = Header(cells, header_columns(cells))
    line = "1 新建 2 个口袋公园 县住建局 2025年9月 新增"
    assert _run_together_rows(header, line, 1) == [line]
    line = "1 新建口袋公园 县住建局 2025年9月 3 整治河道 县水利局 2025年6月"
    assert _run_together_rows(header, line, 1) == [line]  # 3 does not follow 1
    line = "1 新建口袋公园 县住建局 2025年9月 2 整治河道 县水利局 2025年6月"
    assert _run_together_rows(header, line, 1) == ["1 新建口袋公园 县住建局 2025年9月", "2 整治河道 县水利局 2025年6月"]
    # a remark after the deadline is read as the remark; a unit at the row's end stays the owner
    row = _space_row(header, "1 新建口袋公园 县住建局 2025年9月 续建", ROW_START.match("1 新建"), 1)
    assert row.cells == ["1", "新建口袋公园", "县住建局", "2025年9月", "续建"]
    cells = ["序号", "工作任务", "完成时限", "责任单位", "备注"]
    header = Header(cells, header_columns(cells))
    row = _space_row(header, "1 新建口袋公园 2025年9月 县住建局 已完成", ROW_START.match("1 新建"), 1)
    assert row.cells == ["1", "新建口袋公园", "2025年9月", "县住建局", "已完成"]
    row = _space_row(header, "1 新建口袋公园 2025年9月 县住建局 县财政局", ROW_START.match("1 新建"), 1)
    assert row.cells[4] == "" and "县财政局" in row.cells[3]  # a unit at the row's end is no remark


# ------------------------------------------------------------------ one cell a paragraph, an empty cell as more blank lines

def _paragraphs(*cells: str) -> str:
    return "".join(f"{c}\n\n" for c in cells)


def test_an_empty_cell_a_paragraph_ends_no_table(tmp_path):
    """One cell a paragraph (a blank line after each): an empty 备注 is one more blank line, so
    two or three blank lines stand before the next row; the rows after it keep their owners."""
    text = _paragraphs("序号", "工作事项", "责任部门", "完成期限", "备注",
                       "1", "更新老旧消防车辆3台", "县消防救援大队", "2025年6月", "",
                       "2", "建设微型消防站12个", "各乡镇人民政府", "2025年9月", "续建",
                       "3", "开展高层建筑消防通道清理", "县住建局、县消防救援大队", "2025年4月", "")
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got] == [
        ("更新老旧消防车辆3台", ["县消防救援大队"]), ("建设微型消防站12个", ["各乡镇人民政府"]),
        ("开展高层建筑消防通道清理", ["县住建局", "县消防救援大队"])]


def test_blank_lines_before_what_is_no_next_row_end_the_table(tmp_path):
    """Blank lines before a heading, or before a number out of sequence, still end the table."""
    text = (_paragraphs("序号", "工作事项", "责任部门", "完成期限", "备注",
                        "1", "更新老旧消防车辆3台", "县消防救援大队", "2025年6月", "")
            + "\n三、保障措施\n\n各乡镇要落实消防安全责任，县住建局负责督导。\n\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got][:1] == [("更新老旧消防车辆3台", ["县消防救援大队"])]
    assert not any(t.startswith("三、保障措施") for t, *_ in got)
    text = _paragraphs("序号", "工作事项", "责任部门", "完成期限", "备注",
                       "1", "更新老旧消防车辆3台", "县消防救援大队", "2025年6月", "", "5", "个乡镇完成建站")
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got] == [("更新老旧消防车辆3台", ["县消防救援大队"])]


# ------------------------------------------------------------------ a merged lead cell printed in its first row only

MERGED_ROWS = [("1", "编制全域旅游发展规划", "市文旅局", "市发改委、市自然资源局", "2025年6月"),
               ("2", "创建国家级旅游度假区", "", "东湖区政府", "2025年12月"),
               ("3", "举办山地自行车邀请赛", "市体育局", "市公安局", "2025年9月"),
               ("4", "建设城市慢行绿道50公里", "", "市城管局、市林业局", "2025年10月")]


@pytest.mark.parametrize("layout", ["tabs", "pipes", "spaces"])
def test_a_merged_lead_cell_covers_the_rows_below(tmp_path, layout):
    """牵头单位 merged over two rows, printed in the first: the row below with its 配合单位 but
    a blank lead (an empty cell, or none where runs of spaces set the cells apart) has the lead above."""
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    if layout == "tabs":
        text = "".join("\t".join(r) + "\n" for r in [header, *MERGED_ROWS])
    elif layout == "pipes":
        text = "".join("| " + " | ".join(r) + " |\n" for r in [header, *MERGED_ROWS])
    else:
        text = "".join("    ".join(c for c in r if c) + "\n" for r in [header, *MERGED_ROWS])
    got = tasks_of(tmp_path, text)
    assert [(t, lead, c) for t, lead, _, c in got] == [
        ("编制全域旅游发展规划", ["市文旅局"], ["市发改委", "市自然资源局"]),
        ("创建国家级旅游度假区", ["市文旅局"], ["东湖区政府"]),
        ("举办山地自行车邀请赛", ["市体育局"], ["市公安局"]),
        ("建设城市慢行绿道50公里", ["市体育局"], ["市城管局", "市林业局"])]


def test_a_lead_column_mostly_blank_is_not_filled_down(tmp_path):
    """A lead only some tasks have (most rows blank), a table with one owner column, and a
    section row between: no cell is filled from above."""
    rows = [("1", "编制全域旅游发展规划", "市文旅局", "市发改委", "2025年6月"),
            ("2", "创建国家级旅游度假区", "", "东湖区政府", "2025年12月"),
            ("3", "举办山地自行车邀请赛", "", "市公安局", "2025年9月")]
    text = "".join("\t".join(r) + "\n" for r in [("序号", "重点任务", "牵头单位", "配合单位", "完成时限"), *rows])
    assert [lead for _, lead, _, _ in tasks_of(tmp_path, text)] == [["市文旅局"], [], []]
    rows = [("1", "编制全域旅游发展规划", "市文旅局", "2025年6月"), ("2", "创建国家级旅游度假区", "", "2025年12月")]
    text = "".join("\t".join(r) + "\n" for r in [("序号", "重点任务", "责任单位", "完成时限"), *rows])
    assert [r for _, _, r, _ in tasks_of(tmp_path, text)] == [["市文旅局"], []]
    from ledger.extraction.columns import header_columns
    from ledger.extraction.text_tables import Header, _merged_first_owner
    cells = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    grid = [cells, ["1", "规划", "市文旅局", "市发改委", ""], ["二、保障", "", "", "", ""],
            ["2", "度假区", "", "东湖区政府", ""]]
    _merged_first_owner(grid, Header(cells, header_columns(cells)), {})
    assert grid[3][2] == ""  # a section row between: nothing merges across it


# ------------------------------------------------------------------ box bars, the number glued to the task

@pytest.mark.parametrize("bar", ["┃", "│"])
def test_box_rows_with_the_number_glued_to_the_task(tmp_path, bar):
    """'┃2疏通背街小巷排水管网┃区水务局┃…': the row is a cell short, its first cell the number
    (the one after the last row's) glued to the task: the number goes to 序号, the rest follow."""
    b = bar
    text = (f"{b}序号{b}整治内容{b}责任单位{b}配合单位{b}完成时间{b}\n"
            f"{b}1更换破损井盖120个{b}区城管局{b}各街道办事处{b}2025年4月{b}\n"
            f"{b}2疏通背街小巷排水管网{b}区水务局{b}区住建局、区城管局{b}2025年5月{b}\n"
            f"{b}3“僵尸车”集中清理{b}区公安分局交警大队{b}{b}2025年3月{b}\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r, c) for t, _, r, c in got] == [
        ("更换破损井盖120个", ["区城管局"], ["各街道办事处"]),
        ("疏通背街小巷排水管网", ["区水务局"], ["区住建局", "区城管局"]),
        ("“僵尸车”集中清理", ["区公安分局交警大队"], [])]


def test_box_rows_with_their_own_number_cell_stay_as_they_are():
    """A full row whose task starts with a figure, and a short row whose figure is out of the
    rows' sequence, are not split."""
    from ledger.extraction.columns import header_columns
    from ledger.extraction.text_tables import Header, Row, _unglued
    cells = ["序号", "整治内容", "责任单位", "完成时间"]
    header = Header(cells, header_columns(cells))
    rows = [Row(["1", "12个老旧小区改造", "区住建局", "2025年"], 1), Row(["35个路口渠化", "区交警大队", "2025年", ""], 2)]
    assert [r.cells for r in _unglued(rows, header)] == [r.cells for r in rows]
    rows = [Row(["1更换井盖", "区城管局", "2025年", ""], 1), Row(["2疏通管网", "区水务局", "2025年", ""], 2)]
    assert [r.cells for r in _unglued(rows, header)] == [["1", "更换井盖", "区城管局", "2025年"],
                                                          ["2", "疏通管网", "区水务局", "2025年"]]


# ------------------------------------------------------------------ box rules under some columns only, bulleted task cells

PARTIAL_RULES_LIGHT = """\
┌──────────────┬────┬──────────┬─────┐
│ 主 要 任 务   │责任领│责任单位          │完成时│
│              │ 导  │                  │ 限   │
├──────────────┼────┼──────────┼─────┤
│优化营商环境，激发市场活力│王建国│各乡(镇)人民政│全年  │
├──────────────┤    │府，县发展改革局、│持续  │
│●深化“一网通办”改革，压减审批│    │县市场监管局、县│推进 │
│时限                          │    │数据局          │    │
│●开展涉企违规收费专项整治│    │                │    │
│                              │    ├──────────┤    │
│●落实减税降费政策，帮扶小微企业│    │县税务局、县财政│    │
│纾困                          │    │局              │    │
├──────────────┤    │                │    │
│推动消费提质扩容            │    │                │    │
└──────────────┴────┴──────────┴─────┘
"""


def test_box_rules_under_some_columns_and_bulleted_items(tmp_path):
    """A 政府工作报告 task list drawn with box characters: the 责任领导 and 责任单位 cells merged
    over many task rows, the unit cells wrapped over several lines, a rule drawn under the
    task column only with the unit cell going on beside it ('├───┤    │府，县发展改革局、│'),
    a rule under the unit column only on a line of the task column ('│   │    ├────┤    │'),
    and a task cell holding three '●' items: each item its own task, each given the unit cell
    it lies beside; the person (王建国) is no unit."""
    got = tasks_of(tmp_path, PARTIAL_RULES_LIGHT)
    first = ["各乡(镇)人民政府", "县发展改革局", "县市场监管局", "县数据局"]
    second = ["县税务局", "县财政局"]
    assert [(t, r) for t, lead, r, _ in got] == [
        ("优化营商环境，激发市场活力", first),
        ("深化“一网通办”改革，压减审批时限", first),
        ("开展涉企违规收费专项整治", first),
        ("落实减税降费政策，帮扶小微企业纾困", second),
        ("推动消费提质扩容", second)]
    assert not any(lead for _, lead, _, _ in got)


def test_box_rule_under_the_unit_column_cuts_numbered_items(tmp_path):
    """Heavy lines: a rule under the unit column only ('┃位2.5万个 ┣━━━━┫ ┃') on the
    last line of item 1, the next line opening item 2: the task cell is cut there too, item 1
    beside the first unit cell, item 2 beside the second; '2.5万个' opens no item."""
    text = ("┏━━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━┓\n"
            "┃工作内容                  ┃牵头部门          ┃时限        ┃\n"
            "┣━━━━━━━━━━━━━╋━━━━━━━━━╋━━━━━━┫\n"
            "┃1.建成智慧停车平台，新增泊┃市城管局、市公安局┃2024年10月  ┃\n"
            "┃位2.5万个                 ┣━━━━━━━━━┫            ┃\n"
            "┃2.整治占道经营，每月巡查  ┃市市场监管局      ┃            ┃\n"
            "┃不少于4次                 ┃                  ┃            ┃\n"
            "┣━━━━━━━━━━━━━╋━━━━━━━━━╋━━━━━━┫\n"
            "┃3.新建口袋公园12个        ┃市园林局          ┃2024年底    ┃\n"
            "┗━━━━━━━━━━━━━┻━━━━━━━━━┻━━━━━━┛\n")
    assert [(t, lead) for t, lead, _, _ in tasks_of(tmp_path, text)] == [
        ("建成智慧停车平台，新增泊位2.5万个", ["市城管局", "市公安局"]),
        ("整治占道经营，每月巡查不少于4次", ["市市场监管局"]),
        ("新建口袋公园12个", ["市园林局"])]


def test_box_rule_under_the_unit_column_beside_running_text_cuts_nothing(tmp_path):
    """The task cell goes on after the unit column's rule with no item of its own ('300根',
    '位2.5万个' at a line's start): the task is not cut there, and no rule characters get into
    a unit's name."""
    text = ("┏━━━━━━━━━━━━━┳━━━━━━━━━┳━━━━━━┓\n"
            "┃工作内容                  ┃牵头部门          ┃时限        ┃\n"
            "┣━━━━━━━━━━━━━╋━━━━━━━━━╋━━━━━━┫\n"
            "┃1.建成智慧停车平台，新增泊┃市城管局          ┃2024年10月  ┃\n"
            "┃位2.5万个，配套充电桩     ┣━━━━━━━━━┫            ┃\n"
            "┃300根                     ┃市发展改革委      ┃            ┃\n"
            "┣━━━━━━━━━━━━━╋━━━━━━━━━╋━━━━━━┫\n"
            "┃2.新建口袋公园12个        ┃市园林局          ┃2024年底    ┃\n"
            "┗━━━━━━━━━━━━━┻━━━━━━━━━┻━━━━━━┛\n")
    got = tasks_of(tmp_path, text)
    assert {t for t, _, _, _ in got} == {"建成智慧停车平台，新增泊位2.5万个，配套充电桩300根", "新建口袋公园12个"}
    assert all("━" not in u and "─" not in u for _, lead, r, c in got for u in lead + r + c)


def test_box_cell_of_one_bullet_and_a_dash_cell_stay_one_row(tmp_path):
    """A task cell with one bullet is one task; a bullet inside a line is no item's start;
    a unit cell of dashes beside text is no rule."""
    text = ("┌────┬──────────────┬──────┐\n"
            "│序号│工作任务                    │责任单位    │\n"
            "├────┼──────────────┼──────┤\n"
            "│1   │△完成河道清淤，评定等级为●级│区水务局    │\n"
            "├────┼──────────────┼──────┤\n"
            "│2   │修缮文物保护单位3处         │--          │\n"
            "└────┴──────────────┴──────┘\n")
    got = tasks_of(tmp_path, text)
    assert [(t, r) for t, _, r, _ in got][:1] == [("完成河道清淤，评定等级为●级", ["区水务局"])]
    assert len(got) == 2 and got[1][0] == "修缮文物保护单位3处"


# ------------------------------------------------------------------ a table run into spaced text, the owner after each task

def test_spaced_rows_with_the_owner_after_each_task(tmp_path):
    """A duty list flattened into running text: cells split by single spaces, no row numbers,
    each row '<task> <units> <deadline>'; a wrapped unit cell keeps its space ('区城乡 建设局',
    '区委区政府 信访局'), a second unit cell fills 配合单位, a wrapped deadline goes on with a
    short phrase, and the last row is cut before its owner (a task with none)."""
    text = ("附件2 某区2023年餐饮油烟整治责任清单 整治任务 牵头单位 配合单位 时限要求 "
            "牵头开展餐饮油烟专项执法检查，依法查处超标排放行为。\n\n"
            "区城市管理局 区市场监管局 全年 负责新建餐饮项目环评审批把关，督促安装油烟净化设施。 "
            "区生态环境 分局 6月底前完成 存量排查 对群众投诉的油烟扰民问题建立台账，限期办结。 "
            "区委区政府 信访局 长期坚持 负责居民楼下餐饮店铺的油烟管道改造，加强日常巡查，防止")
    got = tasks_of(tmp_path, text)
    assert [(t[:10], lead, c) for t, lead, _, c in got] == [
        ("牵头开展餐饮油烟专项", ["区城市管理局"], ["区市场监管局"]),
        ("负责新建餐饮项目环评", ["区生态环境分局"], []),
        ("对群众投诉的油烟扰民", ["区委区政府信访局"], []),
        ("负责居民楼下餐饮店铺", [], [])]


def test_spaced_rows_with_ascii_full_stops(tmp_path):
    """Machine punctuation: task cells end with an ASCII '.', several sentences in one cell."""
    text = ("镇2024年秸秆禁烧职责清单 工作内容 责任单位 完成时间 负责秸秆禁烧宣传发动.印发告知书到户. "
            "镇宣传办 3月底前 负责秸秆综合利用项目申报和补贴发放. 镇农业服务中心 持续开展 "
            "组织网格员开展田间巡查.发现火点及时处置. 各村民委员会 持续开展\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:8], r) for t, _, r, _ in got] == [
        ("负责秸秆禁烧宣传", ["镇宣传办"]), ("负责秸秆综合利用", ["镇农业服务中心"]),
        ("组织网格员开展田", ["各村民委员会"])]


@pytest.mark.parametrize("text", [
    # column words, then prose whose pieces after each sentence are no units
    "工作任务 责任单位 完成时间 见附表。 会议要求 各位同志 认真学习。 会后 抓好落实。\n",
    # one row only with units: not enough to be this table
    "工作任务 责任单位 完成时间 负责统筹全镇安全生产工作。 镇安监办 全年\n",
    # a header but the text after it does not end a task cell before its pieces
    "工作任务 责任单位 完成时间 负责 统筹 协调 县应急局 全年 县消防救援大队 持续\n",
])
def test_spaced_text_that_is_no_owner_after_table(tmp_path, text):
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, text)


# ------------------------------------------------------------------ columns padded with spaces, cells wrapped under their column

def test_space_rows_whose_cells_wrap_onto_indented_lines(tmp_path):
    """A PDF's text layer: columns padded to their width, a long task or owner cell going on on
    the next lines under its column (a name cut inside: 区文化广电 / 旅游体育局)."""
    widths = (6, 16, 12, 10, 10)
    lines = [("序号", "建设任务", "责任单位", "配合单位", "完成时间"),
             ("1", "改造提升区图书馆总馆，", "区文化广电", "区财政局", "2025年10月"),
             ("", "新增自助借还设备20台", "旅游体育局", "", ""),
             ("2", "建设15分钟健身圈", "区文化广电", "各街道办事处、", "2025年12月"),
             ("", "", "旅游体育局", "区城管局", ""),
             ("3", "举办社区运动会", "区总工会", "区教育局", "2025年9月")]
    text = "".join("".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() + "\n" for line in lines)
    got = tasks_of(tmp_path, text)
    assert [(t, r, c) for t, _, r, c in got] == [
        ("改造提升区图书馆总馆，新增自助借还设备20台", ["区文化广电旅游体育局"], ["区财政局"]),
        ("建设15分钟健身圈", ["区文化广电旅游体育局"], ["各街道办事处", "区城管局"]),
        ("举办社区运动会", ["区总工会"], ["区教育局"])]


def test_lines_that_continue_no_cell_are_left_alone():
    """A line at the margin, or one whose words would leave an owner cell no list of units,
    continues no row."""
    from ledger.extraction.columns import header_columns
    from ledger.extraction.text_tables import Header, _wrapped_row
    cells = ["序号", "建设任务", "责任单位", "完成时间"]
    header = Header(cells, header_columns(cells))
    row = "1     改造提升区图书馆总馆    区文化广电旅游体育局    2025年10月"
    assert _wrapped_row(header, [row, "注：以上项目按季度调度。"], 0) is None
    assert _wrapped_row(header, [row, " " * row.index("区文化") + "负责组织验收工作"], 0) is None  # no unit's name
    assert _wrapped_row(header, [row, "      新增自助借还设备20台"], 0) == (
        "1   改造提升区图书馆总馆新增自助借还设备20台   区文化广电旅游体育局   2025年10月", 2)
