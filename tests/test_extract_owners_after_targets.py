"""Owners written after the targets they own, and labels joined to their units by 为/是
(issue 15, blind w254 and w255).

A 目标管理 plan lists its targets one a line and names their owners on a line after them:
'该目标责任单位为A' (the target just above), 'N项目标的责任单位均为A' / '以上N项…' / '上述目标…'
(the N targets above, or all since the last one owned), '第1—4项目标…' (those numbers); the
line is each covered target's owner line. A progress notice writes its items as
'N、<project>,牵头部门:<unit>。<progress…>': the label after the short title is the item's
annotation, the progress after it stays the item's text. '责任单位为A、B' / '牵头单位是A' is a
label with 为/是 for its colon. The instances here are written for the class (other levels,
units, wordings and layouts than the blind pages); near misses stay as they were."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.traditional import drop_pinyin
from test_extraction_prose_classes import tasks_of


def owners(got):
    return [(lead, resp, coop) for _, lead, resp, coop in got]


# ------------------------------------------------------------------ owner lines after the targets


COUNTY_TARGETS = """2024年全县经济社会发展目标责任分解方案
一、目标体系
（一）经济发展目标
1.地区生产总值增长7.5%；
2.规模以上工业增加值增长9%；
3.固定资产投资增长10%；
以上3项目标的责任单位均为县发展和改革局。
4.一般公共预算收入增长6%；
该目标责任单位为县财政局。
5.社会消费品零售总额增长8%；
6.实际利用外资1.2亿美元；
上述2项指标的牵头单位是县商务局。
（二）民生改善目标
1.城镇新增就业3200人；
此项目标的责任单位为县人力资源和社会保障局。
2.农村居民人均可支配收入增长8%；
3.城镇调查失业率控制在5.5%以内；
2项目标的责任单位分别为县农业农村局、县人力资源和社会保障局。
"""


def test_owner_lines_after_the_targets_they_cover(tmp_path):
    got = tasks_of(tmp_path, COUNTY_TARGETS)
    assert [t[:9] for t, *_ in got] == ["地区生产总值增长7", "规模以上工业增加值", "固定资产投资增长1", "一般公共预算收入增",
                                        "社会消费品零售总额", "实际利用外资1.2", "城镇新增就业320", "农村居民人均可支配",
                                        "城镇调查失业率控制"]
    assert owners(got) == [([], ["县发展和改革局"], [])] * 3 + [([], ["县财政局"], [])] + [
        (["县商务局"], [], [])] * 2 + [([], ["县人力资源和社会保障局"], [])] + [  # 分别: one unit a target, in order
        ([], ["县农业农村局"], []), ([], ["县人力资源和社会保障局"], [])]
    assert all("责任单位" not in t and "牵头单位" not in t for t, *_ in got)


def test_numbered_range_and_a_verb_form_after_a_town_s_tasks(tmp_path):
    text = """镇2024年度重点工作目标分解
一、重点工作目标
1、完成高标准农田建设1200亩；
2、粮食播种面积稳定在3.5万亩以上；
3、新建村级文化活动室2个；
第1—2项任务由镇农业综合服务中心负责。
该项任务由镇文化站牵头，各村民委员会配合。
4、完成农村户厕改造300户；
5、农村生活垃圾无害化处理率达到95%；
以上各项工作的责任单位均为镇村镇建设办公室。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["镇农业综合服务中心"], [])] * 2 + [(["镇文化站"], [], ["各村民委员会"])] + [
        ([], ["镇村镇建设办公室"], [])] * 2


def test_owner_lines_after_a_province_s_targets_with_two_labels(tmp_path):
    text = """一、主要目标任务
5.全省单位地区生产总值能耗下降3%；
6.非化石能源占能源消费总量比重达到15%；
第5-6项目标牵头单位为省发展改革委，配合单位为省统计局、省能源局。
7.新增造林面积150万亩；
本项目标责任单位是省林业局。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got) == [(["省发展改革委"], [], ["省统计局", "省能源局"])] * 2 + [([], ["省林业局"], [])]


def test_owner_line_with_two_labels_and_a_deadline_after_a_banner_s_targets(tmp_path):
    text = """二、重点目标任务
（一）完成草原生态修复治理8万亩；
（二）新建标准化嘎查村卫生室6所；
上述目标任务的牵头单位为旗发展和改革委员会，责任单位为各苏木乡镇人民政府，完成时限为2024年12月底。
（三）实施牧区饮水安全工程（责任单位：旗水利局）。
"""
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    got = extract_tasks(plan).tasks
    assert [(t.lead, t.responsible, t.deadline.text) for t in got[:2]] == [
        (["旗发展和改革委员会"], ["各苏木乡镇人民政府"], "2024年12月底")] * 2
    assert got[2].responsible == ["旗水利局"]


def test_an_owner_line_run_into_the_target_s_own_line(tmp_path):
    text = """二、年度目标
1.城区生活污水集中处理率达到96%；该目标责任单位为区水务局。
2.新建改建城市公厕20座；该目标责任单位为区城市管理局。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["区水务局"], []), ([], ["区城市管理局"], [])]
    assert got[0][0].startswith("城区生活污水集中处理率达到96%") and "该目标" not in got[0][0]


DISTRICT_TRADITIONAL = """2023年區政府目標管理責任分解
一、目標體系設置
(一)城市建設目標
1.完成老舊小區改造(zào)12個；
2.新建城市道路8公里；
3.新增停車泊位1500個；
第1—3項目標責任單位均為區住房和城鄉建設局。
4.城市生活垃圾回收利用率達到35%；
該項目標責任單位為區城市管理局、區發展改革委。
"""


def test_owner_lines_after_targets_in_traditional_characters_with_readings_dropped(tmp_path):
    got = tasks_of(tmp_path, drop_pinyin(DISTRICT_TRADITIONAL))
    assert owners(got) == [([], ["區住房和城鄉建設局"], [])] * 3 + [([], ["區城市管理局", "區發展改革委"], [])]
    assert got[0][0].startswith("完成老舊小區改造12個")


def test_a_summary_naming_no_unit_gives_no_owner(tmp_path):
    text = """一、目标体系
1.地区生产总值增长7%；
2.税收收入增长5%；
以上2项目标分别确定了责任领导和责任单位（见附件1），并已由责任单位分解至各乡镇落实。
3.城镇新增就业2000人；
该目标责任单位为县人力资源和社会保障局。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got)[:2] == [([], [], [])] * 2
    assert owners(got)[-1] == ([], ["县人力资源和社会保障局"], [])


def test_a_count_larger_than_the_list_is_not_guessed(tmp_path):
    text = """一、目标体系
（一）发展目标
1.地区生产总值增长7%；
2.税收收入增长5%；
以上4项目标的责任单位均为县发展和改革局。
（二）民生目标
1.城镇新增就业2000人；
该目标责任单位为县人力资源和社会保障局。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got)[:2] == [([], [], [])] * 2


def test_respectively_with_another_number_of_units_than_of_targets_is_not_guessed(tmp_path):
    text = """一、目标体系
1.地区生产总值增长7%；
2.税收收入增长5%；
以上2项目标的责任单位分别为县发展和改革局、县财政局、县税务局。
3.城镇新增就业2000人；
该目标责任单位为县人力资源和社会保障局。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], [], [])] * 2 + [([], ["县人力资源和社会保障局"], [])]


def test_a_back_reference_inside_a_paragraph_stays_the_paragraph_s_own(tmp_path):
    text = """二、重点任务
（一）推进城乡供水一体化。到2025年城乡供水一体化覆盖率达到90%。这项工作由县水利局负责，县财政局配合。
（二）加强农村公路养护。该项任务由县交通运输局负责。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["县水利局"], ["县财政局"]), ([], ["县交通运输局"], [])]


# ------------------------------------------------------------------ a label after a short item title


COUNTY_PROGRESS = """关于2023年1至9月民生实事项目进展情况的通报
为加快推进我县民生实事项目实施，现将1至9月进展情况通报如下：
一、总体进展
截至9月底，10项民生实事已完成4项，其余正常推进。
二、部分项目进展情况
1、城乡居民基本医疗保险参保扩面，牵头单位：县医疗保障局。全县参保率98.5%，进度较慢的为城关镇、河口乡。
2、老旧小区改造提升，牵头部门是县住房和城乡建设局。已开工12个，完成进度相对较慢的为东城街道。
3、义务教育学校新建改扩建，牵头单位：县教育局，配合单位：县财政局。新建学校2所主体完工；改扩建学校3所正在施工。
4、农村饮水安全巩固提升，责任单位为县水利局。未完成年度任务的乡镇为河口乡。
县民生工作办公室
"""


def test_an_inline_label_after_a_short_item_title_with_progress_after_it(tmp_path):
    got = tasks_of(tmp_path, COUNTY_PROGRESS)
    assert owners(got) == [(["县医疗保障局"], [], []), (["县住房和城乡建设局"], [], []),
                           (["县教育局"], [], ["县财政局"]), ([], ["县水利局"], [])]
    assert got[0][0].startswith("城乡居民基本医疗保险参保扩面") and "全县参保率98.5%" in got[0][0]
    assert "改扩建学校3所正在施工" in got[2][0]
    assert all("单位" not in t and "部门" not in t for t, *_ in got)


def test_an_inline_label_after_a_town_s_item_title_with_ascii_punctuation(tmp_path):
    text = """二、重点项目进展
1、集镇污水管网改造,牵头单位:镇村镇建设办公室。已完成管网铺设3.2公里;剩余部分10月底前完工。
2、村级道路硬化,牵头单位:镇交通管理站,配合单位:各村民委员会。已硬化道路12公里。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got) == [(["镇村镇建设办公室"], [], []), (["镇交通管理站"], [], ["各村民委员会"])]
    assert got[0][0] == "集镇污水管网改造。已完成管网铺设3.2公里;剩余部分10月底前完工。"


def test_an_inline_label_after_a_district_item_title_in_brackets(tmp_path):
    text = """二、重点民生工程推进情况
（一）背街小巷环境整治，责任单位：区城市管理局。已完成整治38条，完成率76%。
（二）社区养老服务站建设，牵头单位：区民政局。已建成9个，另有3个正在装修。
"""
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["区城市管理局"], []), (["区民政局"], [], [])]
    assert "已完成整治38条" in got[0][0]


@pytest.mark.parametrize("line", [
    "1、民生工程实施进度综合排名，第一名为东城街道，第二名为西城街道。",
    "1、农村道路畅通工程，牵头单位和责任单位要加快工作进度。",
    "1、明确责任分工，牵头单位为主、配合单位为辅，形成工作合力。",
])
def test_a_title_and_comma_before_label_words_in_prose_is_no_annotation(tmp_path, line):
    text = "二、部分项目进展情况\n" + line + "\n2、棚户区改造，牵头单位：县住建局。新开工进度较慢。\n"
    got = tasks_of(tmp_path, text)
    assert owners(got)[0] == ([], [], [])
    assert owners(got)[-1] == (["县住建局"], [], [])


# ------------------------------------------------------------------ labels with 为/是 for their colon


@pytest.mark.parametrize("item, exp", [
    ("（一）开展餐饮油烟专项整治，责任单位为区生态环境分局、区城市管理局。",
     ([], ["区生态环境分局", "区城市管理局"], [])),
    ("（一）推进小型水库除险加固，牵头单位是县水利局，配合单位是县财政局。",
     (["县水利局"], [], ["县财政局"])),
    ("（一）实施镇区绿化提升工程。该项工作责任单位为镇农业服务中心。",
     ([], ["镇农业服务中心"], [])),
])
def test_a_label_joined_to_its_units_by_wei_or_shi(tmp_path, item, exp):
    got = tasks_of(tmp_path, "二、重点任务\n" + item + "\n（二）完成河道清淤。（责任单位：县水利局）\n")
    assert owners(got)[0] == exp
    assert not any(u.startswith(("为", "是")) for _, lead, resp, coop in got for u in lead + resp + coop)


@pytest.mark.parametrize("item", [
    "（一）明确工作职责。责任单位是指承担本方案任务的县直部门和乡镇。",
    "（一）强化协作配合，坚持牵头单位为主、配合单位为辅的原则。",
])
def test_label_words_before_wei_or_shi_in_prose_are_no_annotation(tmp_path, item):
    got = tasks_of(tmp_path, "二、重点任务\n" + item + "\n（二）完成河道清淤。（责任单位：县水利局）\n")
    assert owners(got)[0] == ([], [], [])
