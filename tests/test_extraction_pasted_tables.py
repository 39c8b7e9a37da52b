"""Tables that reach the extractor as text, in the layouts of w123 and w112 (issue 15),
each on instances written for it (other units, words, numbers and punctuation than the
pages that showed the class), and the texts that must not be read so:

- a two-column table pasted one cell a line with its unit column first: each unit's
  line ABOVE its duty line, after the header cells (相关部门 / 职责分工) or a lead-in;
"""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
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
