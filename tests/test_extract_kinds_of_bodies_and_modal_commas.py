"""Subjects as regulations and mechanism texts write them (unseen w552, w553, w556): kinds of bodies listed as
the subject ('乡镇(街道)、机关、团体、企事业单位、高校和高中阶段学校应当…': 团体 ends a body's name, 和 after a school
joins two), a comma between the subject and 应当/必须 ('乡(镇)人民政府、街道办事处和有关单位,应当按照…'), a unit or the
body it designates ('由基层武装部或指定部门具体承办': the unit), and a level's main work ('村(社居委)主要以…排查为主').
Instances written for the class at other levels and in other wordings; near misses stay as they were."""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


def test_kinds_of_bodies_as_a_rules_subject(tmp_path):
    text = ("第八条 机关、社会团体、企业事业单位、中学和职业学校应当按照县人民政府的部署，组织本单位人员参加应急演练。\n"
            "第九条 县应急管理局应当制定演练计划。\n")
    assert owners(tmp_path, text)[0] == ([], ["机关", "社会团体", "企业事业单位", "中学", "职业学校"], [])


def test_a_comma_before_shall(tmp_path):
    text = ("第十八条 镇人民政府、街道办事处和有关单位,应当按照区征兵办公室的要求,组织适龄青年参加体检。\n"
            "第十九条 区卫生健康局,必须组织体检医师培训。\n")
    assert owners(tmp_path, text) == [([], ["镇人民政府", "街道办事处", "有关单位"], []), ([], ["区卫生健康局"], [])]


def test_a_comma_before_another_word_is_no_subjects_verb(tmp_path):
    text = "第五条 县教育局,县卫生健康局等部门的职责如下。\n第六条 县财政局应当保障经费。\n"
    assert owners(tmp_path, text) == [([], ["县财政局"], [])]


def test_the_unit_or_the_body_it_designates(tmp_path):
    for tail in ("或其指定的单位", "或指定部门", "或委托的机构"):
        text = f"第八条 兵役登记由乡镇武装部{tail}具体承办。\n第九条 县人民政府兵役机关应当组织培训。\n"
        assert owners(tmp_path, text)[0] == ([], ["乡镇武装部"], []), tail


def test_a_levels_main_work(tmp_path):
    text = ("4、分级调处机制。实行三级调解工作制度,社区(居委会)主要以纠纷摸底排查为主,做到不漏人、不漏事;"
            "镇(街道)主要以调处化解为主,确保不出镇街。\n")
    got = owners(tmp_path, text)
    assert ([], ["社区", "居委会"], []) in got and ([], ["镇", "街道"], []) in got


def test_led_by_a_unit_as_the_main_one_keeps_its_reading(tmp_path):
    text = "一、周边治安秩序整治以乡综治办、派出所为主，乡土地所配合。\n"
    assert owners(tmp_path, text) == [(["乡综治办", "派出所"], [], ["乡土地所"])]


def test_sectors_by_their_duties_with_a_comma_and_together(tmp_path):
    """'市科技、财政、…等部门按照职责,协同做好相关工作' (blind w545): 按(照)职责 before a comma is the subjects' scope, 协同 before
    做好 the manner; each sector's 部门 owns it; 按职责 after named units is no part of their names."""
    text = "一、市发改委负责总协调。市科技、财政、统计等部门按照职责,协同做好相关工作。\n二、县教育局、县卫健局按职责,做好宣传工作。\n"
    got = owners(tmp_path, text)
    assert ([], ["市科技部门", "市财政部门", "市统计部门"], []) in got
    assert ([], ["县教育局", "县卫健局"], []) in got


def test_a_clause_done_in_one_way_names_no_partner(tmp_path):
    text = "一、由省教育厅、省司法厅牵头,统一编写中小学法治读本。\n二、由省委统战部牵头,统一战线工作部门配合。\n"
    assert owners(tmp_path, text)[0] == (["省教育厅", "省司法厅"], [], [])


def test_a_group_of_one_kind_of_body_owns_its_sentence_alone(tmp_path):
    """'各有关预防接种门诊应…', '各县区政府都要…', '各级人民政府应…' (unseen w568, w576, w585): a group of one kind
    of body owns its sentence though no named unit stands beside it; everyone (各部门, 各单位, 各地, 有关部门) does not."""
    for subject in ("各有关预防接种门诊应", "各县区政府都要", "各级人民政府应"):
        text = f"一、{subject}严格执行工作方案,确保数据质量。\n"
        assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [[subject.rstrip("要应都")]], subject


def test_everyone_alone_is_an_instruction_to_all(tmp_path):
    for subject in ("各部门要", "各单位要", "各地要", "有关部门要", "各级各部门要"):
        text = f"一、工作任务\n{subject}高度重视,加强领导。\n二、县财政局负责保障经费。\n"
        assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [["县财政局"]], subject
