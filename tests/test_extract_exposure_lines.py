"""Pages that lost their line breaks in two more ways (issue 15, unseen w424, w430).

A 督查 exposure run into one line: each problem (numbered or not), then "整改责任单位:<unit>
整改时限:<date>", then the next problem after a space. The label is no unit's block of duties, and
the problem after the deadline is a task of its own, not the deadline's value.

A PDF's wrapped lines joined with spaces: a space every printed line ("…各项日 常工作,…各 镇直单位…")
falls inside words and names; such spaces go, so that a unit's name and its verb meet again. A table's
row run into a line with a space between cells is not such a page (cells vary in length).

Pages written for the class, with other units, places and widths than the pages that showed it."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction.read import wrap_spaces, without_wrap_spaces
from ledger.extraction.run_together import split_run_together
from ledger.extraction.tasks import extract_tasks

EXPOSURE = ("近日 某县创卫办 督查组 对部分 单位 小区 卫生情况进行暗访 这次又有哪些问题被曝光? "
            "1.停车场绿化带内垃圾未及时清理; 2.楼道内堆放杂物。 整改责任单位:县住房和城乡建设局 "
            "整改时限:2023年6月20日前 1.后厨地面油污较多; 2.未设置防蝇设施。 责任单位:县市场监督管理局 "
            "整改时限:2023年6月18日前 河道护栏破损,存在安全隐患。 整改责任单位:县水利局 整改时限:2023年6月25日前 "
            "公厕洗手池堵塞,无人管理。 整改责任单位:县城市管理局 整改时限:2023年6月22日前 "
            "1.候诊区未张贴控烟标识; 2.医疗废物暂存间未上锁; 3.病媒生物防制台账不全。 整改责任单位:县卫生健康局 "
            "整改时限:2023年6月30日前 (来源:某县融媒)")


def _tasks(tmp_path: Path, text: str):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan).tasks


def test_an_owner_label_is_no_units_block():
    pieces = split_run_together(EXPOSURE)
    assert "2.楼道内堆放杂物。" in pieces  # items after a label are cut as items, not kept in a 'block'
    assert "1.后厨地面油污较多;" in pieces


def test_the_problem_after_a_deadline_is_its_own(tmp_path):
    got = {t.text: (t.responsible, t.deadline.text) for t in _tasks(tmp_path, EXPOSURE)}
    assert got["河道护栏破损,存在安全隐患。"] == (["县水利局"], "2023年6月25日前")
    assert got["公厕洗手池堵塞,无人管理。"] == (["县城市管理局"], "2023年6月22日前")
    assert got["未设置防蝇设施。"][0] == ["县市场监督管理局"]
    assert not any("整改时限" in text for text in got)


def test_a_rectification_deadline_is_a_deadline(tmp_path):
    text = "一、整改问题\n1.小区路灯损坏未修复。\n整改责任单位：区住建局\n整改时限：7天\n"
    [task] = _tasks(tmp_path, text)
    assert (task.responsible, task.deadline.text) == (["区住建局"], "7天")


PLAN = ("某镇河长制联络员制度第一条为加强河长制工作的沟通联络,提高工作效率,结合本镇实际,制定本制度。"
        "第二条镇河长制办公室负责联络员的日常管理和培训工作,督促各联络员按时报送河湖管护信息。"
        "第三条各村明确1名村干部担任联络员,负责本村河长制日常工作的上传下达和信息报送。"
        "第四条镇农业综合服务中心负责汇总全镇河道保洁情况,每月向镇河长制办公室报送一次。"
        "第五条镇派出所负责协助查处涉河违法行为,对阻碍执法的依法处理。"
        "第六条联络员因工作调整需要变更的,所在单位应在5个工作日内报镇河长制办公室备案。")


def printed(text: str, width: int) -> str:
    """``text`` as a PDF prints it, ``width`` characters a line, the lines joined with spaces."""
    return " ".join(text[k:k + width] for k in range(0, len(text), width))


WRAPPED = printed(PLAN, 27)


@pytest.mark.parametrize("width", [25, 27, 33, 40])
def test_a_pdfs_wrap_spaces_are_found(width):
    assert wrap_spaces(printed(PLAN, width))


def test_a_pdfs_wrap_spaces_are_dropped(tmp_path):
    assert "日常管理" in without_wrap_spaces("负责联络员的日常管理,督促各 联络员")
    assert "督促各联络员" in without_wrap_spaces("负责联络员的日常管理,督促各 联络员")
    assert without_wrap_spaces("第二条 镇河长制办公室") == "第二条 镇河长制办公室"  # after an article mark it stays
    got = {t.responsible[0] if t.responsible else "": t.text for t in _tasks(tmp_path, WRAPPED)}
    assert "督促各联络员" in got["镇河长制办公室"]
    assert "镇农业综合服务中心" in got


def test_a_table_run_into_a_line_keeps_its_cell_spaces():
    row = ("1 推进老旧小区改造。 县住建局 2024年底前 2 开展河道清淤疏浚工程建设。 县水利局 2024年6月底前 "
           "3 建设农贸市场。 县商务局 2024年9月底前 4 完善城区路网及配套设施建设。 县交通运输局 2024年底前")
    assert not wrap_spaces(row)
    assert not wrap_spaces("各村(社区)要高度重视 认真组织 确保实效")  # a few spaces, no printed line's rhythm


def test_a_label_after_a_run_that_counts_again_is_each_problems(tmp_path):
    """One place's problems numbered from 1 again after each label: the label is each problem's of its run."""
    got = {t.text: (t.responsible, t.deadline.text) for t in _tasks(tmp_path, EXPOSURE)}
    assert got["候诊区未张贴控烟标识"] == (["县卫生健康局"], "2023年6月30日前")
    assert got["医疗废物暂存间未上锁"] == (["县卫生健康局"], "2023年6月30日前")
    assert got["停车场绿化带内垃圾未及时清理"] == (["县住房和城乡建设局"], "2023年6月20日前")
    assert got["后厨地面油污较多"][0] == ["县市场监督管理局"]


def test_a_label_after_a_list_that_goes_on_is_the_last_items(tmp_path):
    """Numbering that goes on after a label (4. after 3.): each label the item's right above it, as before."""
    text = ("一、重点任务\n1.开展老旧小区改造。\n2.推进雨污分流。\n责任单位：县住建局\n"
            "3.整治农贸市场周边环境。\n责任单位：县市场监管局\n")
    got = {t.text: t.responsible for t in _tasks(tmp_path, text)}
    assert got["推进雨污分流。"] == ["县住建局"]
    assert got["整治农贸市场周边环境。"] == ["县市场监管局"]
    assert got["开展老旧小区改造。"] == []


def test_circled_items_before_a_label_are_read(tmp_path):
    """Circled marks (② is a digit to str.isdigit, no number to int) before a label line: read, not a crash."""
    text = "一、重点任务\n（一）整治河道\n①清理河道垃圾。\n②拆除违章建筑。\n责任单位：县水利局\n①修复护栏。\n责任单位：县交通局\n"
    got = {t.text: t.responsible for t in _tasks(tmp_path, text)}
    assert got["拆除违章建筑。"] == ["县水利局"]


PLACES = ("市爱卫办关于第二轮病媒生物防制暗访情况的通报 6月3日至5日,市爱卫办组织暗访组对各区进行了暗访。现将问题通报如下: "
          "南城区: 1.南门菜市场鼠迹明显,防鼠设施缺失;2.幸福小区化粪池周边蚊蝇孳生;3.沿河路餐饮店后厨有蟑螂。"
          "整改责任单位:南城区人民政府 整改时限:2024年6月15日前 北湖区: 1.北湖公园公厕保洁不到位;2.火车站广场垃圾桶破损。"
          "整改责任单位:北湖区城管局北湖区市场监管局 整改时限:2024年6月20日前 高新区: 创业大道绿化带内垃圾未清运 "
          "责任单位:高新区建设局 整改期限:2024年6月18日前 (来源:市爱卫办 编辑:王丽) 【打印本页】【关闭窗口】")


def test_places_heading_labelled_problems_on_one_line(tmp_path):
    """'南城区: 1.…;2.…。整改责任单位:… 北湖区: 1.…': the places look like units' blocks, but the owners are the
    labels; each place's problems are cut (counted from 1 again), each given its label (probe s94)."""
    got = {t.text.split("\n")[0]: (t.responsible, t.deadline.text) for t in _tasks(tmp_path, PLACES)}
    assert got["南门菜市场鼠迹明显,防鼠设施缺失"] == (["南城区人民政府"], "2024年6月15日前")
    assert got["幸福小区化粪池周边蚊蝇孳生"] == (["南城区人民政府"], "2024年6月15日前")
    assert got["火车站广场垃圾桶破损。"] == (["北湖区城管局", "北湖区市场监管局"], "2024年6月20日前")
    assert got["北湖公园公厕保洁不到位"][0] == ["北湖区城管局", "北湖区市场监管局"]
    assert got["高新区: 创业大道绿化带内垃圾未清运"][0] == ["高新区建设局"]
    assert not any("来源" in text or "打印本页" in text for text in got)


def test_problems_under_a_numbered_place_stay_that_places(tmp_path):
    """'1. 市科技馆⏎(1)…⏎(2)…⏎问题整改责任单位:…' (blind w315): the place's item owns its problems, one task."""
    text = ("具体问题如下:\n1. 市图书馆\n(1)消防通道堆放杂物;\n(2)灭火器过期。\n问题整改责任单位:市文旅局 整改时限:3天\n"
            "2. 市人民医院\n(1)禁烟标识缺失;\n(2)垃圾未分类。\n问题整改责任单位:市卫健委 整改时限:5天\n")
    got = [(t.text, t.responsible) for t in _tasks(tmp_path, text)]
    assert [owners for _, owners in got] == [["市文旅局"], ["市卫健委"]]


def printed_unevenly(text: str, widths: tuple[int, ...]) -> str:
    """``text`` printed with lines of the given widths in turn (a PDF's lines vary by a character or three:
    digits, punctuation squeezed, a last word kept whole), joined with spaces."""
    out, at, k = [], 0, 0
    while at < len(text):
        out.append(text[at:at + widths[k % len(widths)]])
        at, k = at + widths[k % len(widths)], k + 1
    return " ".join(out)


def test_wraps_of_uneven_lines_are_found_and_dropped(tmp_path):
    wrapped = printed_unevenly(PLAN, (24, 27, 26, 29, 25))
    assert wrap_spaces(wrapped)
    got = {t.responsible[0] if t.responsible else "": t.text for t in _tasks(tmp_path, wrapped)}
    assert "督促各联络员" in got["镇河长制办公室"]


def test_a_table_of_spaced_cells_under_its_header_keeps_its_spaces(tmp_path):
    """A text table whose cells are split by spaces (blind w112): its rows are cells, never wraps."""
    text = ("序号 重点工作任务 牵头单位 责任单位 完成时限\n"
            "1 推进城区老旧小区改造提升工程建设 县住建局 各乡镇 2024年12月底前\n"
            "2 开展农村人居环境整治提升行动 县农业农村局 县生态环境局 2024年10月底前\n"
            "3 实施城乡供水一体化工程建设 县水利局 县财政局 2024年11月底前\n"
            "4 建设县城智慧停车管理服务平台 县城管局 县公安局 2024年9月底前\n")
    got = [(t.lead, t.responsible) for t in _tasks(tmp_path, text)]
    assert got[0] == (["县住建局"], ["各乡镇"])
    assert got[3] == (["县城管局"], ["县公安局"])
    assert len(got) == 4


def test_places_that_name_no_unit_heading_labelled_problems(tmp_path):
    """'第1片区: 1.…;2.…。整改责任单位:…' (a place that is no unit's name): each place's problems cut all the same."""
    text = ("某街道督查通报 现将问题通报如下: 第1片区: 1.菜市场地面积水;2.小区垃圾满溢;3.商铺乱堆放。整改责任单位:街道城管办 "
            "整改时限:2025年6月10日前 第2片区: 1.公厕无人保洁;2.绿化带有建筑垃圾。整改责任单位:街道环卫所 整改时限:2025年6月12日前 "
            "第3片区: 1.路灯损坏;2.井盖缺失;3.护栏破损。整改责任单位:街道建设办 整改时限:2025年6月15日前 (来源:某街道)")
    got = {t.text.split("\n")[0]: t.responsible for t in _tasks(tmp_path, text)}
    assert got["小区垃圾满溢"] == ["街道城管办"]
    assert got["绿化带有建筑垃圾。"] == ["街道环卫所"]
    assert got["井盖缺失"] == ["街道建设办"]
