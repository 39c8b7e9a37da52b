"""Tables that reach the extractor as text, in the layouts of w123 and w112 (issue 15),
each on instances written for it (other units, words, numbers and punctuation than the
pages that showed the class), and the texts that must not be read so:

- a two-column table pasted one cell a line with its unit column first: each unit's
  line ABOVE its duty line, after the header cells (相关部门 / 职责分工) or a lead-in;
- a progress table run together with spaces, its owner columns (leaders first) before
  report columns (工作评价, 进展情况, 下步打算): a wrapped header cell joined where a run of
  spaces stands inside it, a row's owners after its text, a row going on over lines.
"""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.text_tables import _report_space_table
from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ unit line above its duty line

def test_units_above_their_duties_after_header_cells(tmp_path):
    got = tasks_of(tmp_path, "与相关部门的职责边界\n\n责任部门\n\n工作职责\n\n县住建局\n\n建筑工地扬尘巡查、渣土车辆源头管控。\n\n"
                             "县城管局\n\n道路保洁、占道经营整治,督促沿街商户落实门前三包。\n\n"
                             "县交通运输局\n\n客运站点秩序维护、运输车辆安全检查。\n")
    assert [(text[:6], resp) for text, _, resp, _ in got] == [
        ("建筑工地扬尘", ["县住建局"]), ("道路保洁、占", ["县城管局"]), ("客运站点秩序", ["县交通运输局"])]


def test_units_above_their_duties_after_a_lead_in(tmp_path):
    got = tasks_of(tmp_path, "春运期间各单位分工如下：\n市公安局交警支队\n高速路口疏导和事故快处;\n"
                             "市应急管理局\n统筹应急救援力量,做好值班值守;\n市气象局\n发布雨雪冰冻预警信息;\n")
    assert [(text[:4], resp) for text, _, resp, _ in got] == [
        ("高速路口", ["市公安局交警支队"]), ("统筹应急", ["市应急管理局"]), ("发布雨雪", ["市气象局"])]


def test_units_above_their_duties_in_traditional_characters(tmp_path):
    got = tasks_of(tmp_path, "相關單位\n\n職責分工\n\n區民政局\n\n困難群眾走訪慰問、臨時救助。\n\n區衛健委\n\n"
                             "義診服務進社區。\n")
    assert [(text[:4], resp) for text, _, resp, _ in got] == [("困難群眾", ["區民政局"]), ("義診服務", ["區衛健委"])]


def test_units_below_their_tasks_stay_so(tmp_path):
    """The usual order (task, then its units) is not turned round: the first units follow a task."""
    got = tasks_of(tmp_path, "工作任务\n\n责任单位\n\n开展河道清淤疏浚\n\n县水利局\n\n推进农村生活污水治理\n\n县生态环境分局\n")
    assert [(text, resp) for text, _, resp, _ in got] == [
        ("开展河道清淤疏浚", ["县水利局"]), ("推进农村生活污水治理", ["县生态环境分局"])]


def test_one_row_is_no_table(tmp_path):
    """Header cells, one unit and one line after it: no repeated pattern, nothing read as owned."""
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, "相关单位\n职责\n县文化馆\n组织文艺演出。\n")


def test_a_copy_list_after_a_colon_owns_nothing(tmp_path):
    """抄送： and the bodies it lists, then the issue line: no duty follows each unit."""
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, "抄送：\n县委办公室\n县人大常委会办公室\n县政协办公室\n县人民政府办公室 2023年3月1日印发\n")


# ------------------------------------------------------------------ owners before report columns, cells split by spaces

def test_wrapped_header_cells_and_leaders_before_units(tmp_path):
    got = tasks_of(tmp_path, "2024年民生实事推进情况表\n"
                             "序号 2024年民生实事项目 分管  领导 牵头        单位 责任         单位 配合        单位 完成情况 下步打算\n"
                             "12 改造提升农贸市场3个。 李  强 县商务局 各镇人民政府 县市场监管局 序时推进 已完成2个市场改造 年底前全部完工\n"
                             "13 新建城市停车位500个。 王建国 县住建局 县城管局 县公安局交警大队 已完成 新建停车位520个 做好后续管理\n")
    assert got == [("改造提升农贸市场3个。", ["县商务局"], ["各镇人民政府"], ["县市场监管局"]),
                   ("新建城市停车位500个。", ["县住建局"], ["县城管局"], ["县公安局交警大队"])]


def test_owner_cells_over_several_lines(tmp_path):
    """A row whose owner cells wrapped: the names either side of a line break share a cell."""
    got = tasks_of(tmp_path, "序号 年度重点任务 责任  领导 牵头        单位 主体         单位 配合        单位 工作评价 进展情况\n"
                             "5 实施老旧小区改造,完善配套设施。 赵  敏   钱  伟 县住建局 各街道\n县经开区\n县直相关部门 达到序时进度 完成改造12个\n\n"
                             "6 开展城区道路“白改黑”。 孙  丽 县交通运输局 县城投公司 县财政局 正常推进 完成3条\n")
    assert got == [("实施老旧小区改造,完善配套设施。", ["县住建局"], ["各街道", "县经开区"], ["县直相关部门"]),
                   ("开展城区道路“白改黑”。", ["县交通运输局"], ["县城投公司"], ["县财政局"])]


def test_owner_columns_before_a_progress_column_without_leaders(tmp_path):
    got = tasks_of(tmp_path, "序号 重点任务 牵头单位 配合单位 进展情况 备注\n"
                             "1 建设智慧停车平台。 市城管局 市大数据中心 已上线试运行\n"
                             "2 推进垃圾分类示范小区建设。 市住建局 各区人民政府 完成8个小区\n")
    assert got == [("建设智慧停车平台。", ["市城管局"], [], ["市大数据中心"]),
                   ("推进垃圾分类示范小区建设。", ["市住建局"], [], ["各区人民政府"])]


def test_a_deadline_after_the_owners_is_still_read_from_the_row_end(tmp_path):
    """序号 任务 责任单位 完成时限 备注: no report column, the owners and deadline as before."""
    got = tasks_of(tmp_path, "序号 工作任务 责任单位 完成时限 备注\n1 开展河湖清四乱专项行动 县水利局 2024年6月底前\n"
                             "2 完成农村改厕500户 县农业农村局 2024年10月底前\n")
    assert [(text, resp) for text, _, resp, _ in got] == [
        ("开展河湖清四乱专项行动", ["县水利局"]), ("完成农村改厕500户", ["县农业农村局"])]


@pytest.mark.parametrize("text", [
    "序号 项目名称 建设内容 进展情况\n1 城东污水厂 新建管网5公里 已开工\n",  # no owner column
    "序号 工作任务 牵头领导 牵头单位 进展情况\n说明：以上任务按季度调度。\n",  # no numbered row
    "序号 工作任务 牵头单位 进展情况\n1 完善应急预案体系 正在修订 年底完成\n",  # rows without units
    "序号 工作任务 牵头单位 完成时限 进展情况\n1 完善应急预案体系 县应急局 2024年底 正在修订\n",  # a deadline column
])
def test_no_progress_table_without_owned_rows(text):
    texts = text.splitlines()
    assert _report_space_table(texts, list(range(1, len(texts) + 1)), 0) is None
