"""Task tables pasted as text with no header row, or under a header no column word names
(issue 15): the excerpt starts below the header, the header was an image, or an office wrote
its own words ("事项 | 单位 | 时间"). The columns are told by their cells' shapes: a column
mostly of unit lists is the owner's, the column of sentences before it the task's, a column of
dates the deadline's. Texts that only look like rows (a contact list, figures, prose with
runs of spaces) are no task table.
"""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction import extract_tasks

ROWS = [("开展城乡结合部环境卫生集中整治", "区城管局", "各街道办事处", "2027年3月31日前"),
        ("建立农贸市场长效保洁机制", "区市场监管局", "区商务局、区城管局", "2027年6月底前"),
        ("完成背街小巷路面修补和照明改造", "区住建局", "区财政局", "2027年9月底")]


def extract(tmp_path, lines: list[str], title: str = "某区人居环境整治重点任务"):
    plan = tmp_path / "plan.txt"
    plan.write_text(title + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return extract_tasks(plan).tasks


def owners(tasks):
    return [(t.text[:6], t.lead, t.responsible, t.cooperating, t.deadline.text) for t in tasks]


ONE_OWNER = [("开展城乡结合", [], ["区城管局"], [], "2027年3月31日前"),
             ("建立农贸市场", [], ["区市场监管局"], [], "2027年6月底前"),
             ("完成背街小巷", [], ["区住建局"], [], "2027年9月底")]


@pytest.mark.parametrize("layout", [
    lambda k, a, b, c, d: f"{a}\t{b}\t{d}",
    lambda k, a, b, c, d: f"| {a} | {b} | {d} |",
    lambda k, a, b, c, d: f"{a}|{b}|{d}",
    lambda k, a, b, c, d: f"{a}    {b}    {d}",
    lambda k, a, b, c, d: f"{a}\u3000\u3000{b}\u3000\u3000{d}",
], ids=["tabs", "bars", "bare-bars", "spaces", "ideographic-spaces"])
def test_rows_without_a_header(tmp_path, layout):
    lines = [layout(k, *row) for k, row in enumerate(ROWS, 1)]
    assert owners(extract(tmp_path, lines)) == ONE_OWNER


@pytest.mark.parametrize("sep", ["\t", "  "])
def test_a_number_column_is_the_number_not_the_deadline(tmp_path, sep):
    lines = [sep.join([str(k), a, b, d]) for k, (a, b, c, d) in enumerate(ROWS, 1)]
    tasks = extract(tmp_path, lines)
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert owners(tasks) == ONE_OWNER


def test_two_unit_columns_side_by_side_are_lead_and_partners(tmp_path):
    lines = [f"{a}\t{b}\t{c}\t{d}" for a, b, c, d in ROWS]
    assert owners(extract(tmp_path, lines)) == [
        ("开展城乡结合", ["区城管局"], [], ["各街道办事处"], "2027年3月31日前"),
        ("建立农贸市场", ["区市场监管局"], [], ["区商务局", "区城管局"], "2027年6月底前"),
        ("完成背街小巷", ["区住建局"], [], ["区财政局"], "2027年9月底")]


@pytest.mark.parametrize("header", ["事项|单位|时间", "整治内容\t承担部门\t截止", "工作任务\t责任单位"])
def test_a_header_of_words_no_column_knows(tmp_path, header):
    sep = "|" if "|" in header else "\t"
    width = header.count(sep) + 1
    lines = [header] + [sep.join([a, b, d][:width]) for a, b, c, d in ROWS]
    got = owners(extract(tmp_path, lines))
    assert [g[:4] for g in got] == [o[:4] for o in ONE_OWNER]
    assert all(g[4] == (o[4] if width == 3 else "") for g, o in zip(got, ONE_OWNER))


def test_an_owner_cell_merged_down_is_the_one_above(tmp_path):
    """Spaces lose the empty cell of a merged owner: the short row's cells are placed by
    their shapes, its owner the one above, as in tables with a header."""
    lines = ["1  开展城乡结合部环境卫生集中整治    区城管局    2027年3月31日前",
             "2  清理河道沿岸垃圾和漂浮物    2027年4月30日前",
             "3  建立农贸市场长效保洁机制    区市场监管局    2027年6月底前",
             "4  完成背街小巷路面修补和照明改造    区住建局    2027年9月底"]
    assert [(t.number, t.responsible, t.deadline.text) for t in extract(tmp_path, lines)] == [
        ("1", ["区城管局"], "2027年3月31日前"), ("2", ["区城管局"], "2027年4月30日前"),
        ("3", ["区市场监管局"], "2027年6月底前"), ("4", ["区住建局"], "2027年9月底")]


@pytest.mark.parametrize("lines", [
    ["区城管局\t张明\t13800001111", "区市场监管局\t李红\t13800002222", "区住建局\t王强\t13800003333"],
    ["指标\t2026年\t2027年", "城市生活垃圾无害化处理率\t95%\t98%", "背街小巷改造完成数量\t20条\t35条"],
    ["一、工作目标  到2027年底，城乡环境明显改善。", "二、组织领导  成立整治工作领导小组。",
     "区人民政府办公室    2027年1月5日"],
    [f"{ROWS[0][0]}\t{ROWS[0][1]}\t{ROWS[0][3]}", "附件：整治工作联系表"],
], ids=["contacts", "figures", "prose-with-spaces", "one-row"])
def test_rows_that_are_no_task_table(tmp_path, lines):
    with pytest.raises(NoTaskTable):
        extract(tmp_path, lines)


@pytest.mark.parametrize("word", ["完成年度", "完成年限", "计划完成年度"])
@pytest.mark.parametrize("layout", ["cells", "tabs"])
def test_a_deadline_column_named_by_its_year(tmp_path, word, layout):
    """'完成年度' over '2027' cells: the deadline column (its values were lost, the header cut there)."""
    header = ["序号", "工作任务", "责任单位", word]
    rows = [["1", ROWS[0][0], ROWS[0][1], "2027"], ["2", ROWS[1][0], ROWS[1][1], "2028年底"]]
    lines = ([c for r in [header] + rows for c in r] if layout == "cells"
             else ["\t".join(r) for r in [header] + rows])
    assert [(t.responsible, t.deadline.text) for t in extract(tmp_path, lines)] == [
        (["区城管局"], "2027"), (["区市场监管局"], "2028年底")]


@pytest.mark.parametrize("word", ["资金来源", "联系人", "考核方式"])
def test_a_column_the_office_added_is_carried_to_the_tasklist(tmp_path, word):
    """One cell a line: a last header cell no field reads (the column's values were lost, each row's
    value read into the next row's source) is carried in the task's extra, the 任务清单 and import."""
    from python_calamine import CalamineWorkbook

    from ledger.extraction import write_tasklist
    from ledger.roster import Roster
    from ledger.tasklist import load_tasklist

    lines = ["序号", "工作任务", "责任单位", word, "1", ROWS[0][0], ROWS[0][1], "甲值", "2", ROWS[1][0], ROWS[1][1], "乙值"]
    plan = tmp_path / "plan.txt"
    plan.write_text("某区人居环境整治重点任务\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    result = extract_tasks(plan)
    assert [(t.responsible, t.extra) for t in result.tasks] == [(["区城管局"], {word: "甲值"}),
                                                                (["区市场监管局"], {word: "乙值"})]
    book = write_tasklist(result, tmp_path / "任务清单.xlsx")
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("任务清单").to_python()
    assert rows[1][-1] == word and [r[-1] for r in rows[2:]] == ["甲值", "乙值"]
    loaded = load_tasklist(book, Roster.empty())
    tasks = getattr(loaded, "tasks", None) or loaded[0]
    assert [t.extra.get(word) for t in tasks] == ["甲值", "乙值"]


@pytest.mark.parametrize("word", ["联系人", "资金来源", "考核方式"])
def test_a_column_the_office_added_between_column_words(tmp_path, word):
    """序号/工作任务/责任单位/联系人/完成时限 one cell a line: the unknown cell between column words is a
    column no task needs; the owner and deadline stay in theirs (the person was read as the owner)."""
    lines = ["序号", "工作任务", "责任单位", word, "完成时限",
             "1", ROWS[0][0], ROWS[0][1], "甲值", ROWS[0][3], "2", ROWS[1][0], ROWS[1][1], "乙值", ROWS[1][3]]
    assert [(t.responsible, t.deadline.text, t.extra) for t in extract(tmp_path, lines)] == [
        (["区城管局"], ROWS[0][3], {word: "甲值"}), (["区市场监管局"], ROWS[1][3], {word: "乙值"})]


# ------------------------------------------------------------------ bars between cells, none around the row

@pytest.mark.parametrize("sep", [" | ", "|"])
def test_rows_with_bars_between_cells_only(tmp_path, sep):
    """'序号 | 工作任务 | 责任单位 | 完成时限' with no outer bars: a row a line (every later row was read
    into the first row's deadline), a cell wrapped onto the next line joined, a row a merged cell
    short still its own row."""
    lines = [sep.join(["序号", "工作任务", "责任单位", "完成时限"]),
             sep.join(["1", ROWS[0][0] + "，", ]), sep.join(["落实门前三包", ROWS[0][1], ROWS[0][3]]),
             sep.join(["2", ROWS[1][0], ROWS[1][3]]),
             sep.join(["3", ROWS[2][0], ROWS[2][1], ROWS[2][3]])]
    got = [(t.number, t.text, t.responsible, t.deadline.text) for t in extract(tmp_path, lines)]
    assert got[0] == ("1", ROWS[0][0] + "，\n落实门前三包", ["区城管局"], ROWS[0][3])
    assert [g[0] for g in got] == ["1", "2", "3"] and got[2][2:] == (["区住建局"], ROWS[2][3])


def test_two_columns_the_office_added_side_by_side(tmp_path):
    lines = ["序号", "工作任务", "责任单位", "资金来源", "联系人", "完成时限",
             "1", ROWS[0][0], ROWS[0][1], "区财政", "张明", ROWS[0][3], "2", ROWS[1][0], ROWS[1][1], "自筹", "李红", ROWS[1][3]]
    assert [(t.responsible, t.deadline.text, t.extra) for t in extract(tmp_path, lines)] == [
        (["区城管局"], ROWS[0][3], {"资金来源": "区财政", "联系人": "张明"}),
        (["区市场监管局"], ROWS[1][3], {"资金来源": "自筹", "联系人": "李红"})]
