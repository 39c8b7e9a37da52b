"""A body's duties on its own page (issue 15, blind w293: a wiki entry on a township 林业站 whose
'職能職責' heading is over an opening duty sentence and numbered duties, the station named only in the
entry's info box '- 中文名:…'). Government sites' 机构职能 / 部门职责 / 单位简介 pages write the same: the
page's title or a '名称:' field names one unit, a duties heading with no unit of its own follows, and the
duties under it are that unit's: responsible, or cooperating when a duty opens with 协助/配合 another body
(the body helped is no owner). Plans whose duties name their own owners, and plans whose 主要职责 belong to a
leading group under the plan's title, stay as they were."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction import extract_tasks
from test_extraction_prose_classes import tasks_of


def owners(got):
    return [(lead, resp, coop) for _, lead, resp, coop in got]


def only(unit, roles):
    """The page's unit in each duty, responsible (r) or cooperating (c)."""
    return [([], [unit], []) if r == "r" else ([], [], [unit]) for r in roles]


# ------------------------------------------------------------------ a field names the unit, a bare heading

def test_township_entry_with_a_name_field_and_an_opening_duty(tmp_path):
    text = ("某某镇农业综合服务中心成立于2006年，现有职工8人。\n"
            "基本信息\n"
            "- 中文名:某某镇农业综合服务中心\n"
            "- 成立时间:2006年\n"
            "职能职责\n"
            "负责全镇农业技术推广、动植物疫病防控和农业生产指导。\n"
            "1、宣传贯彻农业农村法律法规和方针政策。\n"
            "2、协助镇人民政府制定农业产业发展规划，指导农户开展生产。\n"
            "3、配合县农业农村局开展农产品质量安全监测。\n"
            "4、做好农业统计和信息报送工作。\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == only("某某镇农业综合服务中心", "rrccr")
    assert got[0][0].startswith("负责全镇农业技术推广") and got[2][0].startswith("协助镇人民政府")


def test_county_bureau_page_with_a_unit_name_field_and_bracketed_numbers(tmp_path):
    text = ("首页 > 政务公开 > 机构职能\n"
            "单位名称：县市场监督管理局\n"
            "主要职责\n"
            "（一）负责全县市场综合监督管理，组织实施质量强县战略。\n"
            "（二）负责市场主体登记注册工作。\n"
            "（三）协助县人民政府做好食品安全突发事件应急处置。\n"
            "（四）承担县委、县政府交办的其他任务。\n")
    assert owners(tasks_of(tmp_path, text)) == only("县市场监督管理局", "rrcr")


def test_ascii_colons_and_numbers_on_a_provincial_institute_page(tmp_path):
    text = ("单位名称: 省农业科学院\n"
            "单位地址: 省城农科路8号\n"
            "工作职责:\n"
            "1. 承担全省农业科技创新和成果转化工作, 开展农业基础研究.\n"
            "2. 配合省农业农村厅开展农业技术推广, 培训基层农技人员.\n"
            "3. 负责院属试验基地的建设和管理.\n")
    assert owners(tasks_of(tmp_path, text)) == only("省农业科学院", "rcr")


def test_traditional_characters_county_forestry_station(tmp_path):
    text = ("基本介紹\n"
            "- 中文名:某縣林業工作站\n"
            "- 成立時間:1985年\n"
            "職責\n"
            "1、宣傳貫徹森林資源保護法律法規。\n"
            "2、協助縣林業局做好林木採伐管理。\n"
            "3、負責轄區內森林防火巡查工作。\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == only("某縣林業工作站", "rcr")
    assert got[1][0].startswith("協助縣林業局")


def test_a_menu_line_naming_the_page_heads_nothing(tmp_path):
    text = ("机构职能\n"
            "单位名称：县人力资源和社会保障局\n"
            "主要职责\n"
            "（一）负责全县就业创业和社会保障工作。\n"
            "（二）配合县财政局做好社会保险基金监管。\n")
    assert owners(tasks_of(tmp_path, text)) == only("县人力资源和社会保障局", "rc")


def test_a_description_citing_a_notice_is_no_plan_title(tmp_path):
    text = ("单位简介\n"
            "根据《关于深化乡镇机构改革的通知》，2019年设立某某镇社会事务服务中心。\n"
            "- 中文名:某某镇社会事务服务中心\n"
            "工作职责\n"
            "1、负责全镇社会救助和养老服务工作。\n"
            "2、参与镇政府组织的防灾减灾工作。\n")
    assert owners(tasks_of(tmp_path, text)) == only("某某镇社会事务服务中心", "rc")


# ------------------------------------------------------------------ the title names the unit

def test_city_bureau_title_naming_its_duties_over_bracketed_numbers(tmp_path):
    text = ("市生态环境局主要职责\n"
            "（一）负责建立健全全市生态环境基本制度。\n"
            "（二）负责重大生态环境问题的统筹协调和监督管理。\n"
            "（三）配合市应急管理局做好突发生态环境事件的应急处置。\n")
    assert owners(tasks_of(tmp_path, text)) == only("市生态环境局", "rrc")


def test_district_title_line_then_a_numbered_duties_part_ends_at_the_next_part(tmp_path):
    text = ("区农业农村局\n"
            "一、主要职责\n"
            "1.贯彻执行农业农村工作的方针政策。\n"
            "2.负责全区农田建设和管理工作。\n"
            "3.协助区人民政府统筹推进乡村振兴工作。\n"
            "二、机构设置\n"
            "局机关设办公室、农业科、畜牧科。\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == only("区农业农村局", "rrc")
    assert not any("办公室" in t for t, *_ in got)


def test_unmarked_heading_part_ends_at_a_higher_mark(tmp_path):
    text = ("单位名称：县气象局\n"
            "主要职责\n"
            "1.负责全县气象监测预报工作。\n"
            "2.配合县应急管理局做好气象灾害防御。\n"
            "二、机构设置\n"
            "局内设办公室、业务科两个股室。\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == only("县气象局", "rc")


def test_street_office_page_with_its_main_functions(tmp_path):
    text = ("某某街道办事处简介\n"
            "主要职能\n"
            "（一）负责辖区经济发展和社会治理工作。\n"
            "（二）组织开展社区建设，指导居民委员会工作。\n"
            "（三）配合区有关部门做好城市管理和综合执法。\n")
    assert owners(tasks_of(tmp_path, text)) == only("某某街道办事处", "rrc")


def test_lead_in_sentence_under_the_heading_is_no_duty(tmp_path):
    text = ("县统计局职能职责\n"
            "根据县委、县政府有关文件规定，县统计局的主要职责是：\n"
            "（一）组织实施全县统计调查，收集、汇总统计数据。\n"
            "（二）县统计局负责全县统计执法检查。\n"
            "（三）协助省、市统计部门开展国情国力调查。\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == only("县统计局", "rrc")
    assert got[0][0].startswith("组织实施")


def test_sub_items_stay_in_their_duty_and_a_cut_last_duty_is_read(tmp_path):
    text = ("单位名称：市城市管理局\n"
            "主要职责\n"
            "（一）负责城市市容环境卫生管理。\n"
            "1.组织编制环境卫生专项规划。\n"
            "2.指导各区开展道路清扫保洁。\n"
            "（二）负责城市园林绿化管理工作。\n"
            "（三）配合市住房和城乡建设局做好城市道路桥梁")
    got = tasks_of(tmp_path, text)
    assert owners(got) == only("市城市管理局", "rrc")
    assert "指导各区开展道路清扫保洁" in got[0][0]


def test_same_unit_in_the_title_and_in_the_field_in_a_shorter_form(tmp_path):
    text = ("南岗林业站\n"
            "- 中文名:某县南岗乡林业站\n"
            "职能职责\n"
            "1、负责全乡森林资源管护。\n"
            "2、协助乡政府做好植树造林工作。\n")
    assert owners(tasks_of(tmp_path, text)) == only("某县南岗乡林业站", "rc")


# ------------------------------------------------------------------ stay as they were

def test_duties_part_whose_blocks_name_their_owners_keeps_them(tmp_path):
    text = ("关于开展城乡环境整治的实施方案\n"
            "一、工作目标\n"
            "全面改善城乡人居环境。\n"
            "四、工作职责\n"
            "县住建局：负责城区环境卫生整治工作。\n"
            "县交通运输局：负责国省道沿线环境整治。\n"
            "各乡镇人民政府：负责辖区内环境整治的组织实施。\n")
    assert owners(tasks_of(tmp_path, text)) == [([], ["县住建局"], []), ([], ["县交通运输局"], []),
                                                ([], ["各乡镇人民政府"], [])]


def test_leading_group_duties_under_a_plan_title_stay_unowned(tmp_path):
    text = ("关于推进乡村振兴工作的实施方案\n"
            "一、成立领导小组\n"
            "组长：镇长\n"
            "二、主要职责\n"
            "1、统筹推进全镇乡村振兴工作。\n"
            "2、研究解决工作中的重大问题。\n")
    with pytest.raises(NoTaskTable):
        extract_tasks_of(tmp_path, text)


def test_plan_titled_by_its_issuer_is_no_page_of_that_unit(tmp_path):
    text = ("县农业农村局关于做好秋冬种工作的通知\n"
            "一、主要职责\n"
            "1、统筹做好秋冬种生产。\n"
            "2、协助乡镇做好农资供应。\n")
    with pytest.raises(NoTaskTable):
        extract_tasks_of(tmp_path, text)


def test_two_units_named_before_the_heading_is_no_page_of_one_unit(tmp_path):
    text = ("单位名称：县水利局\n"
            "成立时间：2001年\n"
            "单位名称：县水务投资公司\n"
            "主要职责\n"
            "1、负责全县水资源管理。\n"
            "2、协助做好防汛抗旱工作。\n")
    with pytest.raises(NoTaskTable):
        extract_tasks_of(tmp_path, text)


def test_no_duties_heading_no_task(tmp_path):
    text = ("单位名称：县图书馆\n"
            "单位简介\n"
            "1、馆舍面积3000平方米。\n"
            "2、藏书20万册。\n")
    with pytest.raises(NoTaskTable):
        extract_tasks_of(tmp_path, text)


def test_a_duty_naming_its_own_other_owner_leaves_the_page_as_read(tmp_path):
    text = ("单位名称：县应急管理局\n"
            "主要职责\n"
            "1、负责全县安全生产综合监督管理。\n"
            "2、由县消防救援大队负责火灾扑救工作。\n")
    got = tasks_of(tmp_path, text)
    assert ([], ["县消防救援大队"], []) in owners(got)
    assert all("县应急管理局" not in lead + resp + coop for _, lead, resp, coop in got)


def extract_tasks_of(tmp_path, text):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan)
