"""ledger.extraction.text_tables: task tables pasted as text (pipe rows, one cell a
line, space-separated rows, a table run into one line) read as tables."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.text_tables import canonical_header

PIPE_ROWS = """某县食品安全重点工作任务清单
| 工作目标 | 工作内容 | 工作措施 | 责任单位 | 完成时限 |
| 一、加强源头治理 | (一)强化管控 | 1.加强耕地保护。 | 县自然资源局 | 2024年底前 |
| 2.推进农药减量。 | 县农业农村局 | 2024年底前 | ||
| (二)严控残留 | 3.开展专项整治。 | 县市场监管局牵头,县公安局配合 | 2024年6月底前 | |
"""

CELLS_WITH_BARS = """任务清单
主要任务 |
重点工作和要求 |
责任单位 |
完成时限 |
完成进展 |
一、加强安排部署 |
||||
(一)制定工作任务清单。 |
1.制定全市工作任务清单。 |
市安委办 (工作专班办公室) |
1月20日前 |
|
2.制定行业领域工作任务清单。 |
市级各专委会办公室、市生态环境局 |
2月10日前 |
|
|
"""

BARE_CELLS = """某县重点项目推进任务清单
序号
工作任务
分管领导
牵头单位
责任单位
完成时限
1
加快污水处理厂提标改造
张某某
县住建局
县生态环境局、县财政局
2024年10月底前
2
推进标准化厂房建设
李某某
县工信局
县自然资源局
2024年12月底前
"""

SPACE_ROWS = """附件:任务分解表 序号 名称 工作任务 牵头责任单位

一、主要预期目标

1 地区生产总值增长7%以上. 发改委

2 一般公共预算收入增长8%以上. 财政局

3 全社会固定资产投资额550亿元,其中工业投资增长10%. 发改委、经信委、科技局
"""

RUN_ON = """1、重点任务分解表序重点任务具体举措责任单位1开展源头治理启动三年行动,违法用药问题基本解决。\
市农业农村局、各乡镇(街道)2全面推行耕地分类管理,有效提升安全利用率。市农业农村局、市生态环境局3严禁使用禁用投入品,施用强度(

2、折百量)控制在0.16公斤以内。市农业农村局、各乡镇(街道)4严格执行定点屠宰制度
"""


def extracted(tmp_path, text: str) -> list[tuple[str, str, list[str], list[str], list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    result = extract_tasks(plan)
    assert result.source == "table"
    return [(t.number, t.text, t.lead, t.responsible, t.cooperating) for t in result.tasks]


@pytest.mark.parametrize("word, exp", [("责任单位 或牵头单位", "牵头单位"), ("时间进度", "完成时限"), ("负责部门", "责任单位"),
                                       ("重点工作和要求", "具体内容"), ("工 作 任 务", "工作任务"), ("2025年", "")])
def test_header_words(word, exp):
    assert canonical_header(word) == exp


def test_pipe_rows_whose_merged_cells_are_missing(tmp_path):
    assert extracted(tmp_path, PIPE_ROWS) == [
        ("1", "加强耕地保护。", [], ["县自然资源局"], []),
        ("2", "推进农药减量。", [], ["县农业农村局"], []),
        ("3", "开展专项整治。", ["县市场监管局"], [], ["县公安局"])]


def test_one_cell_a_line_with_bars(tmp_path):
    got = extracted(tmp_path, CELLS_WITH_BARS)
    assert [(n, r) for n, _, _, r, _ in got] == [("1", ["市安委办(工作专班办公室)"]),
                                                ("2", ["市级各专委会办公室", "市生态环境局"])]


def test_one_cell_a_line_bare_with_a_leader_column(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(BARE_CELLS, encoding="utf-8")
    tasks = extract_tasks(plan).tasks
    assert [(t.number, t.lead, t.responsible, t.leader, t.deadline.text) for t in tasks] == [
        ("1", ["县住建局"], ["县生态环境局", "县财政局"], "张某某", "2024年10月底前"),
        ("2", ["县工信局"], ["县自然资源局"], "李某某", "2024年12月底前")]


def test_space_separated_rows(tmp_path):
    assert [(n, t[:6], lead) for n, t, lead, _, _ in extracted(tmp_path, SPACE_ROWS)] == [
        ("1", "地区生产总值", ["发改委"]), ("2", "一般公共预算", ["财政局"]), ("3", "全社会固定资", ["发改委", "经信委", "科技局"])]


def test_a_table_run_into_one_line_over_two_pages(tmp_path):
    got = extracted(tmp_path, RUN_ON)
    assert [(n, r) for n, _, _, r, _ in got][:3] == [
        ("1", ["市农业农村局", "各乡镇(街道)"]), ("2", ["市农业农村局", "市生态环境局"]),
        ("3", ["市农业农村局", "各乡镇(街道)"])]
    assert got[2][1].endswith("施用强度(折百量)控制在0.16公斤以内。")


def test_markdown_separator_row_and_looser_header_words(tmp_path):
    text = ("| 序号 | 重点任务 | 主办单位 | 协办单位 | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 加强耕地保护。 | 县自然资源局 | 县农业农村局 | 2024年底前 |\n")
    assert extracted(tmp_path, text) == [("1", "加强耕地保护。", [], ["县自然资源局"], ["县农业农村局"])]


def test_tab_indented_cells_with_a_looser_header_word(tmp_path):
    text = "重点任务清单\n\t序号\n\t主要任务\n\t主办单位\n\t完成时间\n\t1\n\t加强耕地保护\n\t县自然资源局\n\t2024年底\n"
    assert extracted(tmp_path, text) == [("1", "加强耕地保护", [], ["县自然资源局"], [])]


def test_tab_separated_rows_copied_from_a_spreadsheet(tmp_path):
    text = ("某县任务分工\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t加强耕地保护\t县自然资源局\t县农业农村局\t2024年底前\n"
            "2\t推进农田建设\t县农业农村局\t\t2025年底前\n")
    assert extracted(tmp_path, text) == [("1", "加强耕地保护", ["县自然资源局"], [], ["县农业农村局"]),
                                         ("2", "推进农田建设", ["县农业农村局"], [], [])]


def test_space_separated_row_wrapped_onto_the_next_line(tmp_path):
    text = "任务分解表 序号 工作任务 牵头单位 完成时限\n1.加快推进城市更新行动，\n完成老旧小区改造100个 市住建局 2024年底前\n"
    assert extracted(tmp_path, text) == [("1", "加快推进城市更新行动， 完成老旧小区改造100个", ["市住建局"], [], [])]


def test_space_separated_row_whose_last_space_was_lost(tmp_path):
    text = "任务分解表 序号 工作任务 牵头单位\n1 加快推进城市更新行动。市住建局\n"
    assert extracted(tmp_path, text) == [("1", "加快推进城市更新行动。", ["市住建局"], [], [])]


def test_a_table_that_names_no_owner_does_not_win_over_the_text(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("二、主要任务\n1.加强耕地保护。（县自然资源局负责）\n附件：任务清单（样表）\n"
                    "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 1 |  |  |  |\n", encoding="utf-8")
    result = extract_tasks(plan)
    assert result.source == "text" and result.tasks[0].responsible == ["县自然资源局"]


def test_space_separated_header_without_a_number_column(tmp_path):
    text = "重点任务分工\n工作任务 牵头单位 配合单位 完成时限\n1 加强耕地保护 县自然资源局 县农业农村局 2024年底前\n"
    assert extracted(tmp_path, text) == [("1", "加强耕地保护", ["县自然资源局"], [], ["县农业农村局"])]


def test_rows_without_numbers_set_apart_by_runs_of_spaces(tmp_path):
    text = ("安全生产重点任务分工表\n重点任务          牵头单位      配合单位                  完成时限\n"
            "开展燃气安全专项整治   县住建局      县应急管理局、县市场监管局  2025年6月底前\n"
            "推进道路交通安全行动   县公安局      县交通运输局                2025年12月底前\n")
    assert [(t, lead, coop) for _, t, lead, _, coop in extracted(tmp_path, text)] == [
        ("开展燃气安全专项整治", ["县住建局"], ["县应急管理局", "县市场监管局"]),
        ("推进道路交通安全行动", ["县公安局"], ["县交通运输局"])]


RUN_ON_NO_SEPARATORS = """某区2022年为民办实事项目责任分解表
1、某区2022年为民办实事项目责任分解表序号项目名称建设内容分管区领导牵头单位协办单位1改善农村饮水提升改造\
供水管网30公里,新建水厂1座。王建国区水利局区财政局各镇人民政府2发展普惠托育新增托位200个。李娜区卫健委区教育局城东\

2、街道3整治背街小巷完成12条背街小巷改造。王建国区住建局城东街道城西街道提升老旧小区照明。刘强区城管局区供电公司
"""


def test_a_table_run_together_without_any_separator(tmp_path):
    """Number, project, content, a leader's name, the lead and partner units, the next
    number: the owner run found by the shape of names, the leader by his name."""
    plan = tmp_path / "plan.txt"
    plan.write_text(RUN_ON_NO_SEPARATORS, encoding="utf-8")
    tasks = extract_tasks(plan).tasks
    assert [(t.number, t.text[:6], t.leader, t.lead, t.cooperating) for t in tasks] == [
        ("1", "改善农村饮水", "王建国", ["区水利局"], ["区财政局", "各镇人民政府"]),
        ("2", "发展普惠托育", "李娜", ["区卫健委"], ["区教育局", "城东街道"]),
        ("3-1", "整治背街小巷", "王建国", ["区住建局"], ["城东街道", "城西街道"]),
        ("3-2", "提升老旧小区", "刘强", ["区城管局"], ["区供电公司"])]


@pytest.mark.parametrize("mark", ["2*", "★2", "2△", "2※", "2、", "2．"])
def test_a_decorated_row_number_keeps_its_row(tmp_path, mark):
    """1* (a task the office leads), ★2, 3△ …: the mark beside a row's number does not drop the row."""
    cells = ["某县重点工作责任分解", "序号", "", "重点工作任务", "", "责任单位", "", "1", "", "加强耕地保护。", "",
             "县自然资源局", "", mark, "", "推进农田建设。", "", "县农业农村局、县财政局", "", "3", "", "整治人居环境。", "",
             "县住建局", ""]
    tab = ("重点任务清单\n\t序号\n\t主要任务\n\t责任单位\n\t1\n\t加强耕地保护\n\t县自然资源局\n"
           f"\t{mark}\n\t推进农田建设\n\t县农业农村局\n\t3\n\t整治人居环境\n\t县住建局\n")
    space = f"附件:任务分解表 序号 工作任务 责任单位\n\n1 加强耕地保护。 县自然资源局\n\n{mark} 推进农田建设。 县农业农村局\n"
    for text in ("\n".join(cells), tab, space):
        got = extracted(tmp_path, text)
        assert [r for _, _, _, r, _ in got][:2] == [["县自然资源局"], ["县农业农村局"] + (["县财政局"] if text is not tab and
                                                                                 text is not space else [])], text


PDF_TABLE_ONE_PARAGRAPH = """某县推进养老服务体系建设任务分工 序号 重点任务 工作内容 责任单位 一 完善 养老服务 网络
1.建设县级 养老服务 指导中心。 ①改造县 福利中心。 县民政局、发 改局、财政局,各乡 镇人民政府。列在首 位的为牵头单位, 其他单位按职 责分工负责。 ②建成县级养老服务信息平台。
2.发展农村 互助养老。 每个乡镇建成 1 所互助幸福院,覆盖 率达到 80%。 县民政局、农业 农村局
3.加强养老 护理人才 培养。 每年培训护理员 200 人次。 县人社局、民 政局、卫健委
"""


def test_a_pdf_table_in_one_paragraph_with_names_broken_by_spaces(tmp_path):
    """A header of column words in the text, each row a line whose owner cell (the last
    column) has no label and names broken by the cell's line breaks."""
    got = extracted(tmp_path, PDF_TABLE_ONE_PARAGRAPH)
    assert [(n, lead + r) for n, _, lead, r, _ in got] == [
        ("1", ["县民政局", "发改局", "财政局", "各乡镇人民政府"]), ("2", ["县民政局", "农业农村局"]),
        ("3", ["县人社局", "民政局", "卫健委"])]  # a table's cells as written (the level is not inherited there)
    # the row's note "列在首 位的为牵头单位" (no 下同): its first-listed unit leads, the later rows' do not
    assert [lead for _, _, lead, _, _ in got] == [["县民政局"], [], []]
    assert not any("其他单位" in u for row in got for u in row[2] + row[3] + row[4])


ASSESSMENT_CELLS = """2023年某区生态环境考核任务清单

考核类别

序号

考核指标

单位

目标值

责任部门

监测部门

环境质量

1

空气优良天数比率

%

≥85%

区生态环境分局

区城管局

市生态环境局

2

地表水达标率

%

100

区水务局

市生态环境局

3

新增绿化面积

0.5

区园林中心

市园林局
"""


def test_a_cell_a_paragraph_table_with_a_monitoring_column(tmp_path):
    """Rows as long as their cells: an owner cell over two paragraphs is one cell, a number
    before it is the target not the task, a missing 单位 cell shifts nothing, and the
    监测部门 that checks the figure is no owner."""
    got = extracted(tmp_path, ASSESSMENT_CELLS)
    assert [(n, t, r) for n, t, _, r, _ in got] == [
        ("1", "空气优良天数比率", ["区生态环境分局", "区城管局"]), ("2", "地表水达标率", ["区水务局"]),
        ("3", "新增绿化面积", ["区园林中心"])]


PROGRESS_BEFORE_OWNER = """县政府2023年重点工作推进情况表

编号

工作内容

完成情况

牵头单位

1

实施城乡供水一体化工程,新建管网40公里。

已完成管网铺设25公里,水厂主体工程完工。

县水利局

2

推进老旧小区改造,完成改造12个小区。

已开工9个,完成投资1.2亿元。

县住建局
"""


def test_a_progress_column_between_the_task_and_its_owner(tmp_path):
    """序号 / 内容 / 完成情况 / 牵头单位: the report column second, the owner last, each cell a paragraph."""
    got = extracted(tmp_path, PROGRESS_BEFORE_OWNER)
    assert [(n, t[:8], lead) for n, t, lead, _, _ in got] == [("1", "实施城乡供水一体", ["县水利局"]),
                                                            ("2", "推进老旧小区改造", ["县住建局"])]


RUN_ON_WITH_GROUPS = (
    "1、某市餐厨垃圾治理责任分工表序号工作内容目标任务责任单位备注1推进餐厨垃圾集中收运,规范收运台账。2022年6月底前,实现城区"
    "全覆盖。市城管局、市生态环境局,市市场监管局、市商务局等部门,各区(市)县政府(管委会)2建设餐厨垃圾处理厂,提升处理能力。"
    "2022年12月底前,建成投运。市住建局,市发改委,各区(市)县政府(管委会)3开展\n")


def test_a_run_on_table_whose_owner_cell_groups_units(tmp_path):
    """The owner cell of a table run into one line groups its units with 、 and ',', leaves
    a group open with 等部门 and ends in a group with its alternative in brackets."""
    got = extracted(tmp_path, RUN_ON_WITH_GROUPS)
    assert [(n, r) for n, _, _, r, _ in got][:2] == [
        ("1", ["市城管局", "市生态环境局", "市市场监管局", "市商务局", "各区(市)县政府", "各管委会"]),
        ("2", ["市住建局", "市发改委", "各区(市)县政府", "各管委会"])]
