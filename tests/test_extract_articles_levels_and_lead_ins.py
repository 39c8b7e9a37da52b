"""Owners and numbers in the forms the sixteenth session's first round of unseen batches (w1760-w1799: 非法集资/金融风险,
铁路护路, 属地管理/街道办事处, 人口与计划生育) showed (issue 15): an article's paragraphs numbered after it when it is the
page's only article with tasks ('第六条 省政府对…负总责,…⏎市(地)政府(行署)…负总责…', w1765); a remit given after 根据/依据
('其他有关部门根据工作需要以及职责分工,承担…', w1762); a notice's first item on its lead-in's line ('现提出如下要求: 一、…',
w1777); levels sharing one department with a county-level city among them or a level joined by 和 ('市、县级市、区人口和计划
生育部门', '市和区、县计划生育行政部门', w1790, w1792); a 三定 page whose opening sentence keeps its body as a department
('保留都昌县计划生育委员会(以下简称县计生委)为县人民政府工作部门', w1797) and the part after the duties ('二、内设机构');
'X的任务如下:' over numbered duties (w1786); a regulation's title ('城市街道办事处组织条例') is no unit organising anything.
Instances written for each class with other units and wording than the pages that showed them; near misses kept."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.errors import LedgerError
from ledger.extraction import extract_tasks
from ledger.extraction.markers import looks_like_unit
from ledger.extraction.names import levels_sharing_name, looks_like_org, shared_level_units
from ledger.extraction.owner_lists import Profile, sectors_sharing_body, units_of
from ledger.extraction.prose import find_owner_markers, owner_heading
from ledger.extraction.read import plain_spaces


def tasks(tmp_path: Path, text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.number, t.lead, t.responsible, t.cooperating) for t in extract_tasks(plan).tasks]


# ------------------------------------------------------------------ an article's paragraphs

def test_the_only_article_with_tasks_numbers_its_paragraphs(tmp_path):
    got = tasks(tmp_path, "第一条 为规范燃气经营,制定本办法。\n第二条 禁止无证经营燃气。\n"
                          "第三条 市人民政府对全市燃气安全工作负总责。\n县(区)人民政府对本辖区燃气安全工作负总责。\n")
    assert got == [("3-1", [], ["市人民政府"], []), ("3-2", [], ["县(区)人民政府"], [])]


def test_an_article_of_one_paragraph_keeps_its_own_number(tmp_path):
    got = tasks(tmp_path, "第一条 为规范燃气经营,制定本办法。\n第四条 市住房和城乡建设局负责燃气经营许可。\n")
    assert got == [("4", [], ["市住房和城乡建设局"], [])]


def test_articles_with_tasks_side_by_side_number_as_before(tmp_path):
    got = tasks(tmp_path, "第五条 市公安局负责案件侦办。\n第六条 市人民政府对全市工作负总责。\n区人民政府对本区工作负总责。\n")
    assert [n for n, *_ in got] == ["5", "6-1", "6-2"]


def test_paragraphs_of_a_part_that_is_no_article_count_as_before(tmp_path):
    got = tasks(tmp_path, "第一部分 工作任务\n市交通运输局负责道路养护。\n市公安局负责交通秩序整治。\n")
    assert [n for n, *_ in got] == ["1", "2"]


# ------------------------------------------------------------------ a remit after 根据/依据

@pytest.mark.parametrize("clause, unit", [
    ("其他有关部门根据工作需要以及职责分工,承担防范宣传相关任务。", "其他有关部门"),
    ("市商务局依据职责分工,承担成品油市场监管工作。", "市商务局"),
    ("县人社局依照职责分工,负责农民工工资支付监管。", "县人社局"),
])
def test_a_remit_after_according_to_before_the_verb(tmp_path, clause, unit):
    got = tasks(tmp_path, f"第七条 行业主管部门按照职责分工,负责本行业的防范工作;{clause}\n第八条 市公安局负责案件侦办。\n")
    assert got[1][2] == [unit]


def test_a_plan_named_before_the_comma_is_still_read_as_before(tmp_path):
    got = tasks(tmp_path, "一、重点任务\n(一)各乡镇根据本方案,制定具体工作方案。\n(二)县财政局负责经费保障。\n")
    assert got[0][2] == ["各乡镇"]


# ------------------------------------------------------------------ a first item on the lead-in's line

def test_the_first_item_after_a_lead_in_colon_is_an_item(tmp_path):
    got = tasks(tmp_path, "各县(市)、区人民政府:\n为加强河道管理,经市政府同意,现提出如下意见: 一、加强巡查\n"
                          "各县(市)人民政府要组织开展河道巡查。\n二、严格执法\n各县(市)人民政府要依法查处非法采砂。\n")
    assert got == [("1", [], ["各县(市)人民政府"], []), ("2", [], ["各县(市)人民政府"], [])]


def test_a_colon_before_a_first_item_with_no_second_stays_one_line(tmp_path):
    got = tasks(tmp_path, "一、工作任务\n(一)县水利局负责以下工作: 一是河道巡查,二是执法。\n(二)县财政局负责经费保障。\n")
    assert [r for _, _, r, _ in got] == [["县水利局"], ["县财政局"]]


# ------------------------------------------------------------------ levels sharing one department

@pytest.mark.parametrize("name, exp", [
    ("市、县级市、区卫生健康部门", ["市卫生健康部门", "县级市卫生健康部门", "区卫生健康部门"]),
    ("市和区、县民政部门", ["市民政部门", "区民政部门", "县民政部门"]),
    ("区、县(市)救助中心和街道(乡镇)、社区救助站", ["区救助中心", "县(市)救助中心", "街道(乡镇)救助站", "社区救助站"]),
    ("市和区(市)县人民政府", ["市人民政府", "区(市)县人民政府"]),
])
def test_levels_sharing_one_name(name, exp):
    assert shared_level_units(name) == exp


def test_levels_joined_by_and_are_no_sectors():
    assert sectors_sharing_body("市和区、县民政部门") == []
    assert sectors_sharing_body("民政、财政、扶贫部门") == ["民政部门", "财政部门", "扶贫部门"]


def test_levels_sharing_a_department_own_its_article_and_duties(tmp_path):
    got = tasks(tmp_path, "第五条 市和区、县民政部门负责本行政区域内的社会救助管理工作。\n"
                          "第六条 市、县级市、区卫生健康部门主管本辖区内的托育服务工作,履行下列职责:\n"
                          "(一)制定托育服务发展规划;\n(二)组织托育机构备案。\n第七条 县和乡镇人民政府负责组织实施。\n")
    three = ["市卫生健康部门", "县级市卫生健康部门", "区卫生健康部门"]
    assert [r for _, _, r, _ in got] == [["市民政部门", "区民政部门", "县民政部门"], three, three,
                                         ["县人民政府", "乡镇人民政府"]]


# ------------------------------------------------------------------ a 三定 page, a body's 任务如下

THREE_SET = ("根据《县乡党政机构改革方案》,设立县医疗保障局(以下简称县医保局)为县人民政府工作部门。\n一、主要职责\n"
             "1、贯彻执行医疗保障方面的法律法规和政策。\n2、组织制定医疗保障基金监督管理办法并组织实施。\n"
             "3、承办县政府交办的其他工作。\n二、内设机构\n根据上述职责,县医疗保障局设3个股:办公室、待遇保障股、基金监管股。\n")


def test_a_three_set_page_gives_each_duty_to_the_body_kept_as_a_department(tmp_path):
    got = tasks(tmp_path, THREE_SET)
    assert [r for _, _, r, _ in got[:3]] == [["县医疗保障局"]] * 3
    assert all("内设机构" not in r for _, _, r, _ in got)


@pytest.mark.parametrize("heading", ["内设机构", "机构设置", "人员编制", "下属单位"])
def test_a_three_set_pages_later_part_heads_no_unit(heading):
    assert owner_heading(heading, looks_like_unit) == ""
    assert owner_heading("县医疗保障局", looks_like_unit) == "县医疗保障局"


def test_a_page_that_says_nothing_of_its_body_gives_no_owner(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(THREE_SET.replace("设立县医疗保障局(以下简称县医保局)为县人民政府工作部门", "现将有关事项说明如下"),
                    encoding="utf-8")
    with pytest.raises(LedgerError):  # no owner anywhere: "no tasks found", as for any page without one
        extract_tasks(plan)


def test_a_body_whose_tasks_are_listed_owns_them(tmp_path):
    got = tasks(tmp_path, "第三条 社区服务中心的区域一般与街道相同。\n第四条 社区服务中心的任务如下:\n"
                          "(一)办理街道办事处交办的事项;\n(二)指导居民小组的工作;\n(三)反映居民的意见。\n"
                          "第五条 社区服务中心设主任一人。\n")
    assert [r for _, _, r, _ in got] == [["社区服务中心"]] * 3


def test_a_plans_tasks_heading_names_no_owner(tmp_path):
    got = tasks(tmp_path, "今年全县安全生产工作的主要任务是:\n一、县应急管理局负责隐患排查。\n二、县消防救援大队负责消防检查。\n")
    assert [r for _, _, r, _ in got] == [["县应急管理局"], ["县消防救援大队"]]


@pytest.mark.parametrize("title", ["城市街道办事处组织条例", "村民委员会组织法", "居民委员会组织规则"])
def test_a_regulations_title_is_no_body_organising_anything(tmp_path, title):
    got = tasks(tmp_path, f"{title}\n第一条 为了加强居民工作,制定本条例。\n第四条 街道办事处负责指导居民委员会的工作。\n")
    assert got == [("4", [], ["街道办事处"], [])]


def test_a_unit_organising_work_is_still_read(tmp_path):
    got = tasks(tmp_path, "一、工作措施\n1.县农业农村局组织开展秸秆禁烧巡查。\n2.县生态环境局组织开展空气质量监测。\n")
    assert [r for _, _, r, _ in got] == [["县农业农村局"], ["县生态环境局"]]


# ------------------------------------------------------------------ the second round's forms: places, 就, goals, 责任主体

def roles_of(text: str) -> list[dict[str, list[str]]]:
    return [m.roles for m in find_owner_markers(text, looks_like_unit) if m.has_owners]


@pytest.mark.parametrize("sentence, units", [
    ("其中,岳阳县、平江县要做好迎接国家复审的准备工作。", "岳阳县、平江县"),
    ("其中县人社局要做好就业培训。", "县人社局"),
])
def test_among_them_opens_no_name(sentence, units):
    assert roles_of(sentence) == [{"responsible": [units]}]


def test_named_places_joined_by_and_are_each_an_owner(tmp_path):
    got = tasks(tmp_path, "一、工作安排\n(一)醴陵市和茶陵县要加快推进示范区建设。\n(二)株洲县要做好迎检准备。\n")
    assert [r for _, _, r, _ in got] == [["醴陵市", "茶陵县"], ["株洲县"]]


@pytest.mark.parametrize("sentence", ["本市和外省市要加强协作。", "城市和农村要统筹推进。"])
def test_a_place_at_large_joined_by_and_is_no_owner(sentence):
    assert roles_of(sentence) == []


def test_what_a_unit_acts_about_is_no_part_of_its_name():
    assert roles_of("会议要求,县自然资源局就征收项目调整事宜与相关部门做好衔接工作。") == [{"responsible": ["县自然资源局"]}]
    assert roles_of("县人社局就业服务中心要做好培训。") == [{"responsible": ["县人社局就业服务中心"]}]


def test_a_goal_opened_by_how_it_is_done_is_no_unit():
    assert roles_of("《意见》强调,全面消除集体经济空壳村要坚持党政主导,乡镇党委、政府是这项工作的责任主体;坚持因地制宜。") == [
        {"responsible": ["乡镇党委、政府"]}]
    assert roles_of("全面深化改革委员会办公室要加强统筹。") == [{"responsible": ["全面深化改革委员会办公室"]}]


def test_a_unit_said_to_answer_for_the_work_after_a_comma():
    assert roles_of("为巩固成果,各乡镇人民政府是农村饮水安全的责任主体,负责组织实施。") == [{"responsible": ["各乡镇人民政府"]}]


def test_an_indent_lost_to_question_marks_is_an_indent(tmp_path):
    text = ("各县(市、区)卫生健康局:\n??? 现将评估结果转发给你们。\n??? 请宁乡市、浏阳市要继续做好示范区的巩固工作。\n"
            "??? 其他县市区要尽快启动示范区创建工作。\n长沙市卫生健康委员会\n?2020年6月4日\n")
    got = tasks(tmp_path, text)
    assert [r for _, _, r, _ in got] == [["宁乡市", "浏阳市"], ["其他县市区"]]


def test_a_question_mark_inside_a_line_stays(tmp_path):
    assert plain_spaces("请问?县教育局要做好什么") == "请问?县教育局要做好什么"
    assert plain_spaces("??? 现将结果转发给你们。") == "现将结果转发给你们。"


# ------------------------------------------------------------------ a notice's requests; a deadline before the work

@pytest.mark.parametrize("sentence, units", [
    ("请各街道于11月30日前完成辖区内餐饮单位排查。", "各街道"),
    ("各街道于11月30日前完成辖区内餐饮单位排查。", "各街道"),
    ("请各街道于11月30日前,将排查情况报送县市场监管局。", "各街道"),
    ("县交通运输局在6月底前启动农村公路养护工程。", "县交通运输局"),
    ("请岳阳县、平江县要继续做好示范区的巩固工作。", "岳阳县、平江县"),
    ("请各街道落实网格员工作经费。", "各街道"),
    ("请县交通运输局组织开展路政执法培训。", "县交通运输局"),
])
def test_a_request_or_a_deadline_before_the_work_gives_it(sentence, units):
    assert roles_of(sentence) == [{"responsible": [units]}]


@pytest.mark.parametrize("sentence", ["县政府于2023年5月印发了实施方案。", "县交通运输局于3月底前完成了养护工程。",
                                      "请各街道高度重视。", "请各单位认真贯彻执行。", "请假人员要及时报告。"])
def test_what_was_done_or_a_call_on_everyone_is_no_request(sentence):
    assert roles_of(sentence) == []


# ------------------------------------------------------------------ a unit's head speaking; in what the subject acts

@pytest.mark.parametrize("sentence", ["会上,县卫健委负责人解读了实施方案。", "县爱卫办、县疾控中心负责人现场进行解答。",
                                      "县卫健委主要负责同志作了讲话。"])
def test_a_units_head_speaking_at_a_meeting_is_no_duty(sentence):
    assert roles_of(sentence) == []


@pytest.mark.parametrize("sentence, unit", [("县统计局负责人口普查。", "县统计局"), ("县人社局负责人事考试。", "县人社局"),
                                            ("县卫健委负责人员培训。", "县卫健委")])
def test_a_duty_that_begins_with_people_is_still_a_duty(sentence, unit):
    assert roles_of(sentence) == [{"responsible": [unit]}]


def test_in_what_the_subject_acts_stands_between_it_and_its_verb():
    assert roles_of("各示范县在高血压防控方面要切实发挥示范引领作用。") == [{"responsible": ["各示范县"]}]


def test_a_bodys_duties_about_its_members_work_stay_the_bodys(tmp_path):
    got = tasks(tmp_path, "二、联席会议的职责\n1、了解掌握各成员单位在校园周边治理工作中履行职责的情况;\n"
                          "2、协调解决校园周边治理工作中存在的困难和问题。\n三、联席会议有关规定\n")
    assert [r for _, _, r, _ in got[:2]] == [["联席会议"]] * 2


# ------------------------------------------------------------------ the third round's forms: what a body is; two groups

def test_bodies_said_to_carry_out_or_guide_the_work_in_a_row_of_clauses():
    assert roles_of("一要加强领导。各乡镇政府是文化站建设工程的实施主体,县文旅局是文化站建设的业务指导部门,"
                    "县财政局负责监督建设经费的使用。") == [{"responsible": ["各乡镇政府"]}, {"responsible": ["县文旅局"]},
                                                  {"responsible": ["县财政局"]}]
    assert roles_of("本次活动是落实主体责任的重要举措。") == []


@pytest.mark.parametrize("cell, exp", [("各单位各部门", ["各单位", "各部门"]), ("各地各有关部门", ["各地", "各有关部门"]),
                                       ("各乡镇各部门", ["各乡镇", "各部门"]), ("各级各部门", ["各级各部门"])])
def test_two_groups_written_together_are_two(cell, exp):
    assert units_of(cell, Profile(), from_text=True).names == exp


# ------------------------------------------------------------------ what the session's stranger probe found

def test_an_article_of_three_paragraphs_with_direct_responsibility(tmp_path):
    got = tasks(tmp_path, "第五条 禁止违规养犬。\n第六条 省政府对全省养犬管理工作负总责。\n市(州)政府对本行政区域养犬管理工作负总责。\n"
                          "县级政府对本行政区域养犬管理工作负直接责任。\n")
    assert got == [("6-1", [], ["省政府"], []), ("6-2", [], ["市(州)政府"], []), ("6-3", [], ["县级政府"], [])]


def test_a_lost_indent_before_an_item_mark(tmp_path):
    got = tasks(tmp_path, "一、主要任务\n??（一）市水务局负责排水管网改造。\n??（二）市城管局负责道路清扫。\n")
    assert [r for _, _, r, _ in got] == [["市水务局"], ["市城管局"]]


@pytest.mark.parametrize("sentence, units", [
    ("太和县要加快推进示范区建设。", "太和县"), ("和平区、河西区要做好迎检准备。", "和平区、河西区"),
    ("沛县要做好迎检准备。", "沛县"), ("请泗县、灵璧县落实整改措施。", "泗县、灵璧县"),
])
def test_places_named_with_and_or_by_one_character(sentence, units):
    assert roles_of(sentence) == [{"responsible": [units]}]


@pytest.mark.parametrize("sentence", ["本县要加快推进示范区建设。", "该县要做好迎检准备。", "全县和各区要统一思想。"])
def test_a_place_at_large_is_still_no_owner(sentence):
    assert roles_of(sentence) == []


@pytest.mark.parametrize("name, exp", [
    ("市、县两级人民政府", ["市人民政府", "县人民政府"]),
    ("省、市、县三级林业主管部门", ["省林业主管部门", "市林业主管部门", "县林业主管部门"]),
    ("县、乡两级应急管理部门", ["县应急管理部门", "乡应急管理部门"]),
    ("县（市）、乡（镇）两级人民政府", []),
])
def test_levels_counted_before_their_body(name, exp):
    assert levels_sharing_name(name) == exp


@pytest.mark.parametrize("sentence, units", [
    ("各街道办事处依照属地管理原则，负责辖区内违建巡查。", "各街道办事处"),
    ("其他相关单位依据职能职责，主动做好配合工作。", "其他相关单位"),
    ("县水利局负责制定实施方案。", "县水利局"),
])
def test_a_basis_before_the_verb_and_a_system_word(sentence, units):
    assert roles_of(sentence) == [{"responsible": [units]}]


def test_a_quote_left_open_is_no_name():
    assert roles_of("市行政审批服务局牵头，推行“一网通办”改革。") == [{"lead": ["市行政审批服务局"]}]
    assert roles_of("村“两委”要加强领导。") == [{"responsible": ["村“两委”"]}]


def test_a_responsibility_system_is_no_verb():
    assert roles_of("市、县、乡三级政府行政首长负责制。") == []


def test_a_system_of_counted_levels_names_no_one_in_particular():
    assert roles_of("农村饮水安全实行市、县、乡三级政府行政首长负责制。") == []


@pytest.mark.parametrize("name, org", [("仓山区", True), ("佛山市", True), ("五指山市", True), ("马山县", True),
                                       ("偏远山区", False), ("贫困山区", False), ("深山区", False)])
def test_places_named_with_a_mountain_are_places_mountain_areas_are_not(name, org):
    assert looks_like_org(name) is org


@pytest.mark.parametrize("sentence, unit", [("县城管局在4月中旬启动专项整治。", "县城管局"),
                                            ("市生态环境局于11月上旬启动秋冬季攻坚。", "市生态环境局"),
                                            ("县住建局于6月底完成排查。", "县住建局"),
                                            ("各示范园区在物联网技术推广上要发挥引领作用。", "各示范园区")])
def test_a_deadline_by_part_of_a_month_and_what_the_subject_acts_on(sentence, unit):
    assert roles_of(sentence) == [{"responsible": [unit]}]


@pytest.mark.parametrize("sentence", ["县城管局在4月中旬启动了专项整治。", "县长在会议上要求各部门高度重视。"])
def test_what_was_done_by_then_or_a_person_speaking_is_no_duty(sentence):
    assert roles_of(sentence) == []


@pytest.mark.parametrize("piece, unit", [("会", False), ("上月各镇办", False), ("今年县教育局", False), ("上海市", True),
                                         ("本级政府", True), ("县教育局", True)])
def test_one_character_or_a_time_first_is_no_unit(piece, unit):
    assert looks_like_unit(piece) is unit


def test_a_meeting_item_and_a_past_report_own_nothing(tmp_path):
    got = tasks(tmp_path, "一、普查组织\n（一）会上，县卫健委负责人解读了方案，县教体局负责同志作了表态发言。\n"
                          "（二）县统计局负责普查的组织实施。\n（三）上月各镇办已完成了第一轮集中清理。\n")
    assert [r for _, _, r, _ in got] == [[], ["县统计局"], []]
