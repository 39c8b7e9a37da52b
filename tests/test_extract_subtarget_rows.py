"""A 目标责任分解书 pasted one cell a paragraph whose '——' sub-targets are rows of their own (issue 15,
synthetic s75): under the header '目标 / 主要责任单位 / 责任单位', each goal ('1.…') and each sub-target
('——…') is followed by its 主要责任单位 paragraph and its 责任单位 paragraph (a paragraph may hold
several units joined by 、), no blank-cell lines between. Each sub-target followed by its own unit
paragraphs is a task; a goal whose units come after all its sub-targets, and sub-targets with no
units between them, stay one task. Instances written for the form at each level, with other dashes,
traditional characters, ASCII punctuation, an empty cell and a page cut, and the near misses."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


def breakdown(*cells: str, header: tuple[str, ...] = ("目标", "主要责任单位", "责任单位"),
              title: str = "2025年度目标责任分解书") -> str:
    """A 分解书 one cell a paragraph: the title, the header's cells, then ``cells``."""
    return "\n\n".join((title,) + header + cells) + "\n"


def owned(got: list[tuple[str, list[str], list[str], list[str]]]) -> list[tuple[str, list[str]]]:
    """(the task's first 8 characters, its responsible units) of each task with owners; no lead or
    partner (both owner columns read responsible)."""
    assert all(lead == [] and coop == [] for _, lead, _, coop in got)
    return [(text[:8], resp) for text, _, resp, _ in got if resp]


def test_county_sub_targets_each_own_their_two_unit_paragraphs(tmp_path):
    text = breakdown("一、大气环境", "1.空气质量优良天数比例达到88%", "县生态环境局", "县住建局、县交通运输局",
                     "——臭氧浓度上升趋势得到遏制", "县生态环境局", "县气象局",
                     "——秸秆露天焚烧火点数下降", "县农业农村局", "各乡镇人民政府",
                     "2.淘汰老旧柴油货车150辆", "县交通运输局", "县公安局")
    assert owned(tasks_of(tmp_path, text)) == [
        ("空气质量优良天数", ["县生态环境局", "县住建局", "县交通运输局"]),
        ("——臭氧浓度上升", ["县生态环境局", "县气象局"]),
        ("——秸秆露天焚烧", ["县农业农村局", "各乡镇人民政府"]),
        ("淘汰老旧柴油货车", ["县交通运输局", "县公安局"])]


def test_a_goal_with_no_cells_of_its_own_before_its_sub_target_rows(tmp_path):
    text = breakdown("1.地表水优良水体比例达到90%", "——城市饮用水水源地水质达标率100%", "市生态环境局",
                     "市水务局、市自然资源局", "——城市黑臭水体基本消除", "市住房城乡建设局", "市生态环境局",
                     "2.地下水质量保持稳定", "市自然资源局", "市水务局", title="某市水生态环境保护目标责任分解书")
    got = tasks_of(tmp_path, text)
    assert owned(got) == [
        ("——城市饮用水水", ["市生态环境局", "市水务局", "市自然资源局"]),
        ("——城市黑臭水体", ["市住房城乡建设局", "市生态环境局"]),
        ("地下水质量保持稳", ["市自然资源局", "市水务局"])]
    assert not any("地表水优良水体" in t and r for t, _, r, _ in got)  # the goal row's units are its sub-target's


@pytest.mark.parametrize("dash", ["——", "—", "－－", "--"])
def test_other_dashes_for_a_sub_target(tmp_path, dash):
    text = breakdown("1.城区绿化覆盖率达到42%", "区城市管理局", "各街道办事处",
                     f"{dash}新建口袋公园8个", "区城市管理局", "区财政局",
                     f"{dash}新增绿道12公里", "区住房城乡建设局", "区城市管理局",
                     "2.公园绿地服务半径覆盖率达到85%", "区城市管理局", "区自然资源局")
    got = owned(tasks_of(tmp_path, text))
    assert [units for _, units in got] == [["区城市管理局", "各街道办事处"], ["区城市管理局", "区财政局"],
                                           ["区住房城乡建设局", "区城市管理局"], ["区城市管理局", "区自然资源局"]]
    assert "新建口袋公园" in got[1][0] and "新增绿道" in got[2][0]


def test_township_units_with_ascii_commas(tmp_path):
    text = breakdown("1.农村生活垃圾收运处置体系覆盖率100%", "镇农业农村办", "镇财政所,各村民委员会",
                     "——垃圾分类示范村达到5个", "镇农业农村办", "镇党政办,镇财政所",
                     "——农村公厕管护率达到95%", "镇规划建设办", "各村民委员会", title="某镇人居环境整治目标责任分解书")
    assert owned(tasks_of(tmp_path, text)) == [
        ("农村生活垃圾收运", ["镇农业农村办", "镇财政所", "各村民委员会"]),
        ("——垃圾分类示范", ["镇农业农村办", "镇党政办", "镇财政所"]),
        ("——农村公厕管护", ["镇规划建设办", "各村民委员会"])]


def test_province_in_traditional_characters(tmp_path):
    text = breakdown("1.森林覆蓋率達到58%", "省林業局", "省自然資源廳、省財政廳",
                     "——新增造林面積30萬畝", "省林業局", "省發展改革委",
                     "——森林蓄積量達到6億立方米", "省林業局", "省自然資源廳",
                     header=("目標", "主要責任單位", "責任單位"), title="某省生態保護目標責任分解書")
    got = owned(tasks_of(tmp_path, text))
    assert [units for _, units in got] == [["省林業局", "省自然資源廳", "省財政廳"], ["省林業局", "省發展改革委"],
                                           ["省林業局", "省自然資源廳"]]
    assert got[1][0].startswith("——新增造林")


def test_a_row_of_three_unit_paragraphs_and_an_empty_cell(tmp_path):
    text = breakdown("1.完成燃煤锅炉淘汰20台", "县发展改革局", "县市场监管局", "县生态环境局",
                     "——10蒸吨以下燃煤锅炉全部清零", "县市场监管局", "/",
                     "——工业炉窑治理完成3家", "县工业和信息化局", "县生态环境局")
    got = tasks_of(tmp_path, text)
    assert owned(got) == [
        ("完成燃煤锅炉淘汰", ["县发展改革局", "县市场监管局", "县生态环境局"]),
        ("——10蒸吨以下", ["县市场监管局"]),
        ("——工业炉窑治理", ["县工业和信息化局", "县生态环境局"])]
    assert not any("/" in t for t, _, _, _ in got)  # '/' an empty cell, no task's text


def test_a_sub_target_after_a_page_number(tmp_path):
    text = breakdown("1.城镇新增就业2000人", "县人社局", "县财政局",
                     "——城镇登记失业率控制在4.5%以内", "县人社局", "县统计局", "- 2 -",
                     "——零就业家庭动态清零", "县人社局", "各乡镇人民政府")
    assert owned(tasks_of(tmp_path, text)) == [
        ("城镇新增就业20", ["县人社局", "县财政局"]),
        ("——城镇登记失业", ["县人社局", "县统计局"]),
        ("——零就业家庭动", ["县人社局", "各乡镇人民政府"])]


def test_a_task_cell_ending_without_a_stop_keeps_its_units_apart(tmp_path):
    text = breakdown("1.化肥使用量保持零增长", "县农业农村局", "各乡镇人民政府",
                     "——测土配方施肥覆盖率达到92%", "县农业农村局", "县供销社",
                     "2.农药、兽药使用量保持零增长", "县农业农村局", "县市场监管局")
    got = tasks_of(tmp_path, text)
    assert [t for t, _, _, _ in got][-1] == "农药、兽药使用量保持零增长"
    assert got[-1][2] == ["县农业农村局", "县市场监管局"]


def test_lead_and_partner_columns_give_each_sub_target_its_roles(tmp_path):
    text = breakdown("1.空气质量优良天数比例达到88%", "县生态环境局", "县住建局、县交通运输局",
                     "——臭氧浓度上升趋势得到遏制", "县生态环境局", "县气象局",
                     "——秸秆露天焚烧火点数下降", "县农业农村局", "各乡镇人民政府", header=("目标", "牵头单位", "配合单位"))
    got = tasks_of(tmp_path, text)
    assert [(t[:8], lead, resp, coop) for t, lead, resp, coop in got] == [
        ("空气质量优良天数", ["县生态环境局"], [], ["县住建局", "县交通运输局"]),
        ("——臭氧浓度上升", ["县生态环境局"], [], ["县气象局"]),
        ("——秸秆露天焚烧", ["县农业农村局"], [], ["各乡镇人民政府"])]


# ------------------------------------------------------------------ near misses that stay as they were


def test_a_goal_whose_units_come_after_all_its_sub_targets_keeps_them(tmp_path):
    text = breakdown("1.居民人均可支配收入增长6.5%", "——城镇居民人均可支配收入增长6%", "——农村居民人均可支配收入增长7%",
                     "县发展改革局", "县人社局、县农业农村局", "2.城镇调查失业率控制在5.5%以内", "县人社局", "县统计局")
    got = tasks_of(tmp_path, text)
    assert owned(got) == [("居民人均可支配收", ["县发展改革局", "县人社局", "县农业农村局"]),
                          ("城镇调查失业率控", ["县人社局", "县统计局"])]
    assert "农村居民人均可支配收入" in got[0][0]


def test_sub_targets_with_no_units_between_share_one_task(tmp_path):
    text = breakdown("1.学前教育普及普惠", "区教育局", "区财政局",
                     "——学前三年毛入园率达到96%", "——普惠性幼儿园覆盖率达到90%", "区教育局", "区发展改革局",
                     "——公办园在园幼儿占比达到55%", "区教育局", "区机构编制委员会办公室")
    got = tasks_of(tmp_path, text)
    assert [units for _, units in owned(got)] == [["区教育局", "区财政局"], ["区教育局", "区发展改革局"],
                                                  ["区教育局", "区机构编制委员会办公室"]]
    shared = next(t for t, _, _, _ in got if "学前三年毛入园率" in t)
    assert "普惠性幼儿园覆盖率" in shared


def test_dash_lines_inside_a_labelled_item_stay_its_text(tmp_path):
    text = ("二、重点任务\n1.加强食品安全监管。\n——开展校园食品安全专项检查；\n——完成农贸市场快检室建设3个。\n"
            "责任单位：县市场监管局、县教育局\n2.推进放心消费创建。\n责任单位：县市场监管局\n")
    got = tasks_of(tmp_path, text)
    assert [(r, "快检室" in t) for t, _, r, _ in got] == [(["县市场监管局", "县教育局"], True), (["县市场监管局"], False)]


def test_a_unit_name_broken_over_two_paragraphs_is_still_joined(tmp_path):
    text = "二、重点任务\n1.实施城区防洪排涝工程。责任单位：县水利局、县住房和城乡\n\n建设局、县财政局\n2.完成河道清淤20公里。责任单位：县水利局\n"
    got = tasks_of(tmp_path, text)
    assert [r for _, _, r, _ in got] == [["县水利局", "县住房和城乡建设局", "县财政局"], ["县水利局"]]
