"""A body's standing rules, and owner headings closed by a stop (issue 15, unseen w443, w460).

A 制度 of a hospital, a school or a township written in prose ("医务科每月对全院医疗文书进行检查",
"委员会每半年召开一次会议"): the body before what it does a thing to (对…进行/开展/实施) or before 召开
after how often owns the rule, on a page that writes its owners in prose only; a meeting held once
("县政府召开会议") stays news.

An emergency plan's member duties under headings that are a unit's name and a stop ("(1)市林业局。⏎负责…"):
each heading owns the duty under it, also in a plan whose later sections write owners in prose.
Pages written for the class, with other bodies than the pages that showed it."""
from __future__ import annotations

from pathlib import Path

from ledger.extraction.tasks import extract_tasks


def _tasks(tmp_path: Path, text: str):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.text, t.responsible) for t in extract_tasks(plan).tasks]


RULES = ("学校安全工作制度一、学校成立安全工作领导小组,校长为第一责任人。二、政教处每周对各班级安全教育开展情况进行检查,"
         "发现问题及时整改。三、总务处每月对校舍、消防设施开展排查,建立隐患台账。四、安全工作领导小组每学期召开一次"
         "专题会议,研究部署安全工作。五、卫生室负责学生晨午检和传染病报告工作。")


def test_a_bodys_standing_rules_are_its_own(tmp_path):
    got = dict((text[:6], owners) for text, owners in _tasks(tmp_path, RULES))
    assert got["政教处每周对"] == ["政教处"]
    assert got["总务处每月对"] == ["总务处"]
    assert got["安全工作领导"] == ["安全工作领导小组"]
    assert got["卫生室负责学"] == ["卫生室"]


def test_a_meeting_held_once_is_news(tmp_path):
    text = "近日,县政府召开全县安全生产工作会议。县应急管理局负责会议筹备。\n"
    got = _tasks(tmp_path, text)
    assert [owners for _, owners in got if owners] == [["县应急管理局"]]
    assert not any("县政府" in owners for _, owners in got)


PLAN = """3.2 成员单位职责。
(1)县应急管理局。
负责森林火灾扑救的综合协调和应急物资调度。
(2)县公安局。
负责火场警戒和交通管制,组织侦破火灾案件。
(3)县气象局。
负责提供火场天气预报和人工增雨作业。
(4)县融媒体中心、县电信分公司。
负责火情信息发布和应急通信保障。
4.预防和预警
4.1预防。
县林业局要加强野外火源管理,组织开展防火巡查。
"""


def test_owner_headings_closed_by_a_stop_own_their_duties(tmp_path):
    got = _tasks(tmp_path, PLAN)
    assert ("负责森林火灾扑救的综合协调和应急物资调度。", ["县应急管理局"]) in got
    assert ("负责火场警戒和交通管制,组织侦破火灾案件。", ["县公安局"]) in got
    assert ("负责火情信息发布和应急通信保障。", ["县融媒体中心", "县电信分公司"]) in got
    assert any(owners == ["县林业局"] for _, owners in got)


def test_a_heading_of_a_phase_closed_by_a_stop_owns_nothing(tmp_path):
    got = _tasks(tmp_path, "一、工作步骤\n(1)宣传发动。\n印发方案,召开动员会。\n(2)县住建局。\n负责督导检查。\n")
    assert ("负责督导检查。", ["县住建局"]) in got
    assert all(owners == [] for text, owners in got if "印发方案" in text)


def test_a_body_that_answers_directly_or_wholly(tmp_path):
    """直接负责, 全面负责: how the body answers, before its 负责 (unseen w472's wording)."""
    got = _tasks(tmp_path, "三、职责分工\n县水利局直接负责全县水库安全度汛工作。\n县卫健委全面负责医疗救治和卫生防疫工作。\n")
    assert [owners for _, owners in got] == [["县水利局"], ["县卫健委"]]


def test_where_an_office_sits_is_no_duty(tmp_path):
    """"委员会办公室设在医务科。" after the committee's own sentence: a seat, no duty (probe s98); a seat with a duty
    after it is the office's."""
    text = ("一、组织管理\n医院成立感染管理委员会。委员会每季度召开一次会议,研究院感防控工作。委员会办公室设在院感科。\n"
            "二、职责\n院感科负责日常监测,每月对重点科室开展环境卫生学监测。\n")
    got = _tasks(tmp_path, text)
    assert not any("委员会办公室" in owners for _, owners in got)
    assert any(owners == ["院感科"] for _, owners in got)


def test_an_office_with_its_seat_in_brackets_owns_its_duties(tmp_path):
    """'县河长制办公室(设在县水利局)负责…,制定…' (probe s95): the seat in brackets is no end of the subject, and no
    part of the office's name."""
    got = _tasks(tmp_path, "第二条 本办法适用于各乡镇。\n第三条 县林长制办公室(设在县林业局)负责考核的组织实施,制定考核细则。\n"
                           "第四条 县财政局负责考核经费保障。\n")
    assert ("县林长制办公室(设在县林业局)负责考核的组织实施,制定考核细则。", ["县林长制办公室"]) in got


def test_a_rules_prohibition_is_no_unit(tmp_path):
    """'第八条 校外机动车辆不得擅自进入学校。违反前款规定的,由…部门依法查处。' (unseen w495): the prohibition ends in a
    school's name but names no one; the department that enforces it does."""
    got = _tasks(tmp_path, "第七条 本规定适用于本市。\n第八条 校外机动车辆不得擅自进入学校。违反前款规定的,由公安机关交通管理部门"
                           "依法查处。\n第九条 学校周边禁止设立网吧。违反前款规定的,由县文化和旅游局依法查处。\n")
    owners = [o for _, o in got if o]
    assert ["公安机关交通管理部门"] in owners and ["县文化和旅游局"] in owners
    assert not any("校外机动车辆" in u for o in owners for u in o)


def test_a_time_word_before_a_level_is_no_place(tmp_path):
    """'届时乡将组织…' (unseen w480): 届时 ('at that time') and the level after it are no place's name."""
    got = _tasks(tmp_path, "二、活动安排\n(一)2月1日为宣传日,届时乡将组织各有关部门进行街头宣传。\n(二)县禁毒办负责宣传资料印制。\n")
    assert not any("届时乡" in u for _, o in got for u in o)


def test_a_departments_duties_and_tasks_heading(tmp_path):
    """'(七)卫生部门职责、任务' over numbered duties (unseen w490): the heading's department owns them."""
    text = "三、职责分工\n(七)卫生部门职责、任务\n1.负责学校食堂卫生监督。\n2.指导学校开展传染病防控。\n(八)工商部门职责和任务\n1.负责校园周边食品摊点整治。\n"
    got = _tasks(tmp_path, text)
    assert [o for _, o in got] == [["卫生部门"], ["卫生部门"], ["工商部门"]]


def test_a_section_after_by_is_its_clauses_owner(tmp_path):
    """'…，由财务科按月兑现。…，由医务科会同纪检监察室调查核实。' (probe s98): a 科 (股, 室) after 由 is a body, each
    由 clause its own; 科学技术局 stays whole."""
    plan = tmp_path / "plan.txt"
    plan.write_text("四、奖惩\n检查结果纳入科室月度绩效考核,由财务科按月兑现。对发生医疗纠纷的,由医务科会同纪检监察室调查核实。\n"
                    "五、保障\n由科学技术局牵头,做好信息化支撑。\n", encoding="utf-8")
    got = [(t.lead, t.responsible, t.cooperating) for t in extract_tasks(plan).tasks]
    assert got == [([], ["财务科"], []), (["医务科"], [], ["纪检监察室"]), (["科学技术局"], [], [])]
