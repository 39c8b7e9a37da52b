"""Task tables with the shapes real 任务清单 have (issue 15; scripts/table_variants.py scores them
layout by layout on tables of its own): category rows merged across the table, a header on two
rows (责任主体 over 牵头单位 | 配合单位), columns of people (责任领导) and of figures the office
added, the excerpt starting below the header. Each class on instances written here (other units,
tasks and people than the generator's tables), and texts that must not be read so.
"""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from test_extraction_prose_classes import tasks_of


def _owners(got):
    return [(text[:8], lead, resp, coop) for text, lead, resp, coop in got]


# ------------------------------------------------------------------ category rows between tab rows

LEADER_ROWS = [
    ["1", "新建城南幼儿园并开园招生", "副市长周红", "市教育局", "1200", "市自然资源和规划局、市住建局", "2025年8月底前"],
    ["2", "完成中小学食堂明厨亮灶改造", "周红", "市市场监管局", "", "市教育局", "2025年6月底前"],
    ["3", "开展城区老旧燃气管道更新", "市委常委、常务副市长郑伟", "市住建局", "3500", "市燃气公司", "2025年11月底前"],
    ["4", "建设退役军人服务站示范点", "副市长、市公安局局长冯涛", "市退役军人事务局", "80", "各区人民政府", "长期坚持"],
]
LEADER_EXPECTED = [
    ("新建城南幼儿园并", ["市教育局"], [], ["市自然资源和规划局", "市住建局"]),
    ("完成中小学食堂明", ["市市场监管局"], [], ["市教育局"]),
    ("开展城区老旧燃气", ["市住建局"], [], ["市燃气公司"]),
    ("建设退役军人服务", ["市退役军人事务局"], [], ["各区人民政府"]),
]


def _with_categories(rows, line, categories):
    out = []
    for k, r in enumerate(rows):
        if k in categories:
            out.append(categories[k])
        out.append(line(r))
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("categories", [
    {0: "一、教育事业", 2: "二、城市更新"},
    {1: "（一）民生保障", 3: "（二）拥军优属"},
])
def test_category_rows_between_tab_rows(tmp_path, categories):
    """A category row merged across a table copied from Word is one cell, a line without tabs
    ('一、教育事业'): the rows after it are the table's still, and a people column (责任领导)
    beside the owners names no owner, nor does a unit inside a leader's title (市公安局局长)."""
    text = ("附件1\n市2025年民生实事项目责任分解表\n"
            "序号\t工作任务\t责任领导\t牵头单位\t投资（万元）\t配合单位\t完成时限\n"
            + _with_categories(LEADER_ROWS, "\t".join, categories))
    assert _owners(tasks_of(tmp_path, text)) == LEADER_EXPECTED


def test_a_heading_after_a_tab_table_still_ends_it(tmp_path):
    """A heading followed by prose (not by a row of the table) is the next section's: the table
    ends there and the prose is no row (negative)."""
    text = ("序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t完成城区排水管网清淤\t区城管局\t各街道办事处\t2025年5月\n"
            "2\t建设海绵城市示范片区\t区住建局\t区水务局\t2025年10月\n"
            "二、保障措施\n"
            "各单位要高度重视，压实责任，确保各项任务按期完成。\n")
    got = tasks_of(tmp_path, text)
    assert _owners(got)[:2] == [("完成城区排水管网", ["区城管局"], [], ["各街道办事处"]),
                                ("建设海绵城市示范", ["区住建局"], [], ["区水务局"])]
    assert all(not (lead or resp or coop) for _, lead, resp, coop in got[2:])


def test_a_people_column_gives_no_owner(tmp_path):
    """责任领导 / 分管领导 cells are people ('县委常委、副县长杨帆', '副县长、县教育局局长何静'):
    never an owner, in any column order (negative)."""
    text = ("序号\t工作事项\t牵头单位\t责任单位\t分管领导\t完成时间\n"
            "1\t改造农村义务教育薄弱学校\t县教育局\t县财政局\t副县长、县教育局局长何静\t2025年9月\n"
            "2\t推进县域医共体建设\t县卫生健康局\t县医疗保障局\t县委常委、副县长杨帆\t2025年12月\n"
            "3\t完成乡镇敬老院消防改造\t县民政局\t县消防救援大队\t杨帆\t2025年7月\n")
    got = tasks_of(tmp_path, text)
    units = {u for _, lead, resp, coop in got for u in lead + resp + coop}
    assert units == {"县教育局", "县财政局", "县卫生健康局", "县医疗保障局", "县民政局", "县消防救援大队"}
    assert [lead for _, lead, _, _ in got] == [["县教育局"], ["县卫生健康局"], ["县民政局"]]


# ------------------------------------------------------------------ a header on two rows

TWO_ROW_ROWS = [
    ["1", "建成城市生活垃圾焚烧发电项目", "县城管局", "县发改局、县生态环境分局", "26000", "2025年12月", "续建"],
    ["2", "实施县城污水处理厂提标改造", "县住建局", "县水利局", "4800", "2025年9月", ""],
    ["3", "开展入河排污口排查整治", "县生态环境分局", "各乡镇人民政府", "", "2025年6月", ""],
]
TWO_ROW_EXPECTED = [
    ("建成城市生活垃圾", ["县城管局"], [], ["县发改局", "县生态环境分局"]),
    ("实施县城污水处理", ["县住建局"], [], ["县水利局"]),
    ("开展入河排污口排", ["县生态环境分局"], [], ["各乡镇人民政府"]),
]


@pytest.mark.parametrize("top, bottom", [
    # the spanning cell printed once (Word, HTML): the upper row a cell short
    (["序号", "重点任务", "责任主体", "资金（万元）", "完成时限", "备注"], ["", "", "牵头单位", "配合单位", "", "", ""]),
    # the spanning cell followed by a blank one
    (["序号", "重点任务", "责任主体", "", "资金（万元）", "完成时限", "备注"], ["", "", "牵头单位", "配合单位", "", "", ""]),
    # other words: 责任分工 over 牵头部门 | 协办部门
    (["序号", "重点任务", "责任分工", "资金（万元）", "完成时限", "备注"], ["", "", "牵头部门", "协办部门", "", "", ""]),
])
@pytest.mark.parametrize("sep", ["\t", "|"])
def test_a_header_on_two_rows(tmp_path, top, bottom, sep):
    """'责任主体' spanning '牵头单位 | 配合单位' on a second header row: the owner columns take
    the lower row's words (lead and partners), the other columns the upper row's; the lower
    row is no task row. With tabs the blanks after the last filled cell are cut off."""
    def line(cells):
        return "\t".join(cells).rstrip("\t") if sep == "\t" else "| " + " | ".join(cells) + " |"
    text = ("县2025年生态环境治理项目分工\n" + line(top) + "\n" + line(bottom) + "\n"
            + "".join(line(r) + "\n" for r in TWO_ROW_ROWS))
    assert _owners(tasks_of(tmp_path, text)) == TWO_ROW_EXPECTED


def test_a_row_of_units_under_the_header_is_no_second_header(tmp_path):
    """A row whose filled cells are units, not column words, is a row (negative): the header
    stays on one line and the row keeps its owners."""
    text = ("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t推进城乡供水一体化\t县水利局\t县财政局\t2025年10月\n"
            "\t\t县自然资源局\t县住建局\n"
            "2\t建设应急物资储备库\t县应急管理局\t县发改局\t2025年8月\n")
    got = tasks_of(tmp_path, text)
    assert got[0][1] == ["县水利局"] and "县自然资源局" not in got[0][1]
    assert _owners(got)[-1] == ("建设应急物资储备", ["县应急管理局"], [], ["县发改局"])


# ------------------------------------------------------------------ rows set apart by runs of spaces, a short first line

def test_a_short_first_line_of_spaced_cells_is_no_crash(tmp_path):
    """Space-separated rows under a first line of fewer cells than the rows' task column (the
    lower line of a two-row header) were an IndexError: read or told as no table, never a crash."""
    text = ("        牵头单位   配合单位\n"
            "1   维修加固农村危旧桥梁12座   县交通运输局   各乡镇人民政府   2025年10月\n"
            "2   新改建农村公路45公里   县交通运输局   县财政局   2025年11月\n"
            "3   开展道路交通安全隐患排查   县公安局交警大队   县交通运输局   2025年6月\n")
    try:
        got = tasks_of(tmp_path, text)
    except NoTaskTable:
        return
    assert all("牵头单位" not in lead + resp + coop for _, lead, resp, coop in got)


# ------------------------------------------------------------------ box bars with no header

@pytest.mark.parametrize("bar", ["│", "┃", "║"])
def test_box_rows_with_no_header(tmp_path, bar):
    """A box table's rows copied without its header and rules ('│ 1 │ <task> │ <units> │ …'):
    the bars set the cells apart as '|' does, the columns told by their cells' shapes."""
    rows = [["1", "建成乡镇综合文化站数字化服务点", "县文化和旅游局", "各乡镇人民政府", "2025年10月底前"],
            ["2", "开展送戏下乡惠民演出120场", "县文化馆", "县剧团、各乡镇人民政府", "2025年12月底前"],
            ["3", "完成县图书馆古籍普查登记", "县图书馆", "县档案馆", "2025年8月底前"]]
    text = "".join(f"{bar} " + f" {bar} ".join(r) + f" {bar}\n" for r in rows)
    got = tasks_of(tmp_path, text)
    assert [(t[:6], set(lead + resp + coop)) for t, lead, resp, coop in got] == [
        ("建成乡镇综合", {"县文化和旅游局", "各乡镇人民政府"}),
        ("开展送戏下乡", {"县文化馆", "县剧团", "各乡镇人民政府"}),
        ("完成县图书馆", {"县图书馆", "县档案馆"})]


def test_box_rows_of_no_units_are_no_table(tmp_path):
    """Box rows with no column of units (a contact list, figures) are no task table (negative)."""
    text = ("│ 1 │ 咨询电话 │ 0571-8800123 │ 工作日 │\n"
            "│ 2 │ 投诉电话 │ 0571-8800456 │ 全天 │\n"
            "│ 3 │ 传真号码 │ 0571-8800789 │ 工作日 │\n")
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, text)
