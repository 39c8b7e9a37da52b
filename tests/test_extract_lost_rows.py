"""Tables and duty lists pasted as text that lose their rows (issue 15): blind w261's pipe table
under a long progress column's word, its rows continued on lines of empty cells; w232's units'
duties run together on one line with spaces only between them, in a document site's preview chunks
('1、' '2、' … cutting words); w239's places written bare before the level and body they share
('哈尔滨、黑河、绥芬河市政府'). Instances written for each class, with other units, levels and wordings,
and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.extraction.columns import header_columns, report_label
from ledger.extraction.names import places_sharing_level
from ledger.extraction.owner_lists import Profile, units_of
from ledger.extraction.read import preview_chunks_joined
from ledger.extraction.run_together import split_run_together
from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ a progress table's long column word

@pytest.mark.parametrize("cell", ["工作进展、存在问题及下步打算", "完成情况和存在问题", "推进情况、困难问题与下一步工作打算"])
def test_a_progress_column_named_by_a_list_of_words(cell):
    assert report_label(cell)
    assert header_columns(["序号", "工作任务", "责任单位", cell], delimited=True) is not None


@pytest.mark.parametrize("cell", ["进展情况", "县发改局、县财政局", "加快推进项目建设、确保按期完工", "主要任务及责任单位"])
def test_other_cells_are_no_progress_column(cell):
    assert not report_label(cell)


def test_a_pipe_table_with_a_long_progress_column(tmp_path):
    text = ("县2024年十件民生实事一季度进展情况\n"
            "| 序号 | 工作任务 | 牵头单位 | 一季度目标 | 工作进展、存在问题及下步打算 | 完成情况 |\n"
            "| 1 | 改造农村公路50公里 | 县交通运输局 | 完成设计 | 已完成施工图设计。下步打算:4月开工。 | 顺利推进 |\n"
            "| 2 | 新建幼儿园2所 | 县教育局 | 开工建设 | 已开工。 | 顺利推进 |\n"
            "| 3 | 改造老旧小区8个 | 县住建局 | 完成招标 | 已完成招标。 | 顺利推进 |\n")
    got = [(t, lead) for t, lead, _, _ in tasks_of(tmp_path, text)]
    assert got == [("改造农村公路50公里", ["县交通运输局"]), ("新建幼儿园2所", ["县教育局"]),
                   ("改造老旧小区8个", ["县住建局"])]


# ------------------------------------------------------------------ a row continued on a line of empty cells

CONTINUED = ("2024年市级民生实事项目上半年推进情况\n"
             "序号 | 项目名称 | 责任单位 | 年度目标 | 推进情况及存在问题 | 完成情况 |\n"
             "1 | 新建城市公园3个 | 市住建局 | 完成主体工程 | 推进情况:已完成选址。 | 有序推进 |\n"
             "{continued}\n"
             "2 | 新增养老床位500张 | 市民政局 | 完成招标 | 推进情况:已招标。 | 有序推进 |\n"
             "3 | 建设公共充电桩200个 | 市发改局 | 完成选址 | 推进情况:选址完成。 | 有序推进 |\n")


@pytest.mark.parametrize("continued", ["改造口袋公园10个 | |||||", "改造口袋公园10个 | | | | | |", "改造口袋公园10个"])
def test_a_second_line_of_the_task_cell_stays_with_its_row(tmp_path, continued):
    got = [(t, resp) for t, _, resp, _ in tasks_of(tmp_path, CONTINUED.format(continued=continued))]
    assert got == [("新建城市公园3个\n改造口袋公园10个", ["市住建局"]), ("新增养老床位500张", ["市民政局"]),
                   ("建设公共充电桩200个", ["市发改局"])]


def test_a_category_row_between_rows_is_no_continuation(tmp_path):
    got = [(t, resp) for t, _, resp, _ in tasks_of(tmp_path, CONTINUED.format(continued="二、养老服务 | |||||"))]
    assert got[0] == ("新建城市公园3个", ["市住建局"])
    assert [resp for _, resp in got] == [["市住建局"], ["市民政局"], ["市发改局"]]


# ------------------------------------------------------------------ units' duties run together after spaces

def test_units_blocks_after_spaces_with_no_stop_are_cut():
    line = ("二、成员单位职责 区应急办:汇总上报险情灾情 区水务局:负责河道堤防巡查和抢险技术指导 "
            "区城管局:组织城区积水点排涝 区公安分局:维护抢险现场秩序,必要时实施交通管制")
    assert split_run_together(line) == ["二、成员单位职责", "区应急办:汇总上报险情灾情", "区水务局:负责河道堤防巡查和抢险技术指导",
                                        "区城管局:组织城区积水点排涝", "区公安分局:维护抢险现场秩序,必要时实施交通管制"]


def test_a_short_line_of_units_blocks_is_cut():
    assert split_run_together("村委会:组织群众转移 卫生院:开展伤员救治 派出所:维护治安秩序") == [
        "村委会:组织群众转移", "卫生院:开展伤员救治", "派出所:维护治安秩序"]


@pytest.mark.parametrize("line", [
    "牵头单位:县发改局 配合单位:县财政局、县住建局",  # owner labels, no units' blocks
    "时间:2024年5月 地点:县政府三楼会议室 主持人:张明",
    "县发改局:负责项目审批和资金争取",  # one block
])
def test_other_lines_are_not_cut_as_units_blocks(line):
    assert split_run_together(line) == [line]


def test_a_township_duty_line_gives_each_unit_its_duties(tmp_path):
    text = ("四、应急响应\n"
            "(一)成员单位职责 镇综治办:收集汇总灾情信息 农业服务中心:指导农户抢收抢种,组织农业生产自救 "
            "卫生院:开展伤病员救治和灾区卫生防疫 派出所:维护灾区治安秩序\n")
    got = [resp for _, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [["镇综治办"], ["农业服务中心"], ["卫生院"], ["派出所"]]


# ------------------------------------------------------------------ a document site's preview chunks

def _page(size: int = 300) -> str:
    """A 县 plan's duties on one line, '<unit>:<duties>' after spaces, the first chunk ending inside
    the third unit's name ('… 县农业' / '2、农村局:…')."""
    head = "五、部门职责 县应急管理局:负责综合协调全县抗旱救灾工作"
    tail = "。 县水利局:负责全县水资源调度,指导各乡镇开展抗旱保水工作。 县农业"
    filler = "汇总上报灾情信息提出救灾资金安排建议组织指导抗旱救灾物资储备做好值班值守" * 10
    return (head + filler[:size - len(head) - len(tail)] + tail
            + "农村局:负责指导农业抗旱生产,推广节水灌溉技术。 县气象局:负责天气监测预报,及时发布干旱预警信息。")


def _chunked(text: str, size: int = 300) -> list[str]:
    return [f"{k}、{text[a:a + size]}" for k, a in enumerate(range(0, len(text), size), start=1)]


def test_preview_chunks_are_joined_into_the_page_line():
    raw = ["某县抗旱应急预案", *_chunked(_page())]
    assert raw[1].endswith("县农业") and raw[2].startswith("2、农村局")
    lines, numbers = preview_chunks_joined(raw, list(range(1, len(raw) + 1)))
    assert lines == ["某县抗旱应急预案", _page()]
    assert numbers == [1, 2]


def test_a_plans_own_numbered_paragraphs_are_no_chunks():
    items = [f"{k}、{'加强组织领导,落实工作责任,' * 21}确保各项工作落到实处。" for k in (1, 2, 3)]
    assert preview_chunks_joined(items, [1, 2, 3]) == (items, [1, 2, 3])


def test_short_numbered_headings_are_no_chunks():
    raw = ["1、加强组织领导", "2、强化宣传引导", "3、严格督查考核"]
    assert preview_chunks_joined(raw, [1, 2, 3]) == (raw, [1, 2, 3])


def test_duties_in_preview_chunks_keep_their_units(tmp_path):
    text = "某县抗旱应急预案\n" + "\n".join(_chunked(_page())) + "\n"
    got = [resp for _, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [["县应急管理局"], ["县水利局"], ["县农业农村局"], ["县气象局"]]


# ------------------------------------------------------------------ places written bare before a shared level and body

@pytest.mark.parametrize("pieces, exp", [
    (["鼓楼", "台江区人民政府"], ["鼓楼区人民政府", "台江区人民政府"]),
    (["市交通局", "沭阳", "泗阳", "泗洪县政府", "市公路中心"], ["市交通局", "沭阳县政府", "泗阳县政府", "泗洪县政府", "市公路中心"]),
    (["江阴", "宜兴市公安局"], ["江阴市公安局", "宜兴市公安局"]),
])
def test_bare_places_share_the_level_and_body_after_them(pieces, exp):
    assert [n for names in places_sharing_level(pieces) for n in names] == exp


@pytest.mark.parametrize("pieces", [
    ["民政", "财政", "黑河市政府"],  # sectors, not places
    ["东区", "西区管委会"],  # places with their level: places_sharing_body's
    ["江阴", "县发改局"],  # no place before the level
    ["相关市", "县政府"],
])
def test_other_lists_keep_their_pieces(pieces):
    assert [n for names in places_sharing_level(pieces) for n in names] == pieces


def test_an_owner_list_spells_out_the_shared_level():
    assert units_of("省交通运输厅、鼓楼、台江区人民政府", Profile(), from_text=True).names == [
        "省交通运输厅", "鼓楼区人民政府", "台江区人民政府"]


def test_a_bracket_with_bare_places_is_an_owner(tmp_path):
    text = ("一、重点任务\n1.推进城际铁路建设。开工建设南沿江城际铁路。(省发改委、江阴、宜兴市政府、省铁路集团负责)\n"
            "2.加快港口建设。建成一批专业化泊位。(省交通运输厅、南通、盐城市政府负责)\n")
    got = [resp for _, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [["省发改委", "江阴市政府", "宜兴市政府", "省铁路集团"], ["省交通运输厅", "南通市政府", "盐城市政府"]]

