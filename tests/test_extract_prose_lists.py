"""Owner lists in running prose that lost units (issue 15, class "owner lists in prose"):
lists of any length whose role verb comes after them, read up to where their sentence
ends however a scraped page wrote that end. Instances written for the class, not taken
from the corpus pages.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of

COUNTY_UNITS = ("县委宣传部、县总工会、团县委、县妇联、县文旅局、县教体局、县公安局、县财政局、县住建局、"
                "县交通运输局、县水利局、县农业农村局、县卫健局、县市场监管局、县医保局、县残联、县老龄办")


# ------------------------------------------------------------------ a sentence end lost to "?" or written ！？

@pytest.mark.parametrize("stop", ["??", "?", "？", "！"])
def test_a_long_list_before_its_verb_up_to_a_lost_stop(tmp_path, stop):
    """A mirror that could not encode a character writes "?" for it: a list and its verb
    before such a stop (or a ！ ？) are read as before a 。, whatever the list's length."""
    text = ("三、组织分工\n（一）活动由县政府主办，" + COUNTY_UNITS + "和各乡镇人民政府共同承办" + stop
            + "县政府办公室负责活动的组织协调。\n（二）加强宣传。（责任单位：县委宣传部）\n")
    got = tasks_of(tmp_path, text)
    first = got[0]
    assert first[2] == ["县政府"] + COUNTY_UNITS.split("、") + ["各乡镇人民政府"]
    assert first[1] == [] and first[3] == []
    assert any(r == ["县政府办公室"] for _, _, r, _ in got)


@pytest.mark.parametrize("stop", ["??", "?"])
def test_led_with_partners_up_to_a_lost_stop(tmp_path, stop):
    text = ("三、重点任务\n（一）开展河道清淤。由市水利局牵头，市财政局、市生态环境局、市城管局、各区人民政府配合"
            + stop + "市财政局负责保障资金。\n（二）加强宣传。（责任单位：市委宣传部）\n")
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == (["市水利局"], [], ["市财政局", "市生态环境局", "市城管局", "各区人民政府"])


@pytest.mark.parametrize("stop", ["??", "？"])
def test_handled_and_assisted_up_to_a_lost_stop(tmp_path, stop):
    text = ("三、重点任务\n（一）举办消费季活动。市商务局承办，市文旅局、市市场监管局、市公安局、各区人民政府协办"
            + stop + "市政府办公室负责督查。\n（二）加强宣传。（责任单位：市委宣传部）\n")
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == ([], ["市商务局"], ["市文旅局", "市市场监管局", "市公安局", "各区人民政府"])


# ------------------------------------------------------------------ a later clause of the subject's sentence: ，会同A、B…

@pytest.mark.parametrize("sentence, resp, coop", [
    ("县教育局负责制定实施方案，会同县财政局、县人社局落实经费保障。", ["县教育局"], ["县财政局", "县人社局"]),
    ("区城管局按照区政府的统一部署，要结合辖区实际研究制定实施方案，会同区市场监管局、区公安分局、交警二大队等单位"
     "做好占道经营整治，确保按期完成。", ["区城管局"], ["区市场监管局", "区公安分局", "交警二大队"]),
    ("市卫健委要加强统筹调度，并会同市医保局、市药监局开展联合检查。", ["市卫健委"], ["市医保局", "市药监局"]),
])
def test_a_subject_then_with_a_list_later_in_its_sentence(tmp_path, sentence, resp, coop):
    """The subject's own sentence goes on, after a comma, with 会同 (协同, 联合) and a unit list: the
    units it works with cooperate, as they do right after the subject ("A会同B负责…")."""
    text = "三、职责分工\n（一）" + sentence + "\n（二）加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == ([], resp, coop)


@pytest.mark.parametrize("sentence", [
    "县教育局负责制定实施方案，会同有关部门做好经费保障。",  # no one in particular
    "县教育局负责制定实施方案。会同县财政局落实经费保障的办法另行制定。",  # another sentence
    "县教育局负责制定实施方案，会同推进机制逐步完善。",  # 会同 before no unit
])
def test_with_a_list_that_adds_no_partner(tmp_path, sentence):
    text = "三、职责分工\n（一）" + sentence + "\n（二）加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == ([], ["县教育局"], [])


@pytest.mark.parametrize("sentence, lead, coop", [
    ("区城管局按照区政府下发的实施意见，结合辖区实际研究制定整治方案，会同区市场监管局、区公安分局等单位做好占道经营整治。",
     ["区城管局"], ["区市场监管局", "区公安分局"]),
    ("各乡镇人民政府根据县里的统一安排，摸清辖区农房底数，会同县自然资源局、县住建局开展农房安全排查。",
     ["各乡镇人民政府"], ["县自然资源局", "县住建局"]),
])
def test_units_opening_a_sentence_that_goes_on_with_partners(tmp_path, sentence, lead, coop):
    """No role verb after the units that open the sentence, but a later clause gives them partners
    (…，会同B、C…): they act, with B and C, as "A会同B、C…" reads."""
    text = "三、职责分工\n（一）" + sentence + "\n（二）加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == (lead, [], coop)


@pytest.mark.parametrize("sentence", [
    "根据上级统一安排，结合辖区实际，会同县自然资源局、县住建局开展农房安全排查。",  # no units open it
    "县政府按照省里的部署，结合实际，会同县自然资源局开展农房安全排查。",  # the plan's issuer
    "县住建局的排查方案已经印发，会同有关部门开展农房安全排查。",  # no one in particular after 会同
])
def test_a_sentence_with_partners_that_names_no_acting_unit(tmp_path, sentence):
    text = "三、职责分工\n（一）" + sentence + "\n（二）加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == ([], [], [])


@pytest.mark.parametrize("paragraph", [
    "（一）组织实施。(1)区城管局按照区政府下发的实施意见，会同区市场监管局、区公安分局做好摊点取消工作。"
    "(2)各街道办事处负责整治后早夜市的管理工作。",
    "（一）推进农房整治。由县住建局牵头推进农房安全排查。(2)各乡镇成立工作专班，逐户排查。",
])
def test_a_sentence_number_is_no_part_of_the_units_after_it(tmp_path, paragraph):
    text = "三、职责分工\n" + paragraph + "\n（二）加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    units = [u for _, l, r, c in got for u in l + r + c]
    assert units and not any("(2)" in u for u in units)
    assert any(u in ("各街道办事处", "各乡镇") for u in units)


# ------------------------------------------------------------------ the local body of the place (属地…) in a list

@pytest.mark.parametrize("sentence, coop", [
    ("区城管局会同属地街道督促商户落实门前三包责任。", ["属地街道"]),
    ("县应急管理局会同属地乡镇政府组织开展隐患排查。", ["属地乡镇政府"]),
    ("市住建局会同属地镇街督促物业企业做好协调沟通。", ["属地镇街"]),
    ("区建设管理委员会会同属地街镇督促燃气企业做好协调沟通。", ["属地街镇"]),
])
def test_the_local_body_after_with(tmp_path, sentence, coop):
    """属地街道, 属地乡镇政府, 属地镇街: the body of the place where the work is, a unit of a list in
    running text as 各街道 is (it was read as a unit only when it stood alone)."""
    text = "三、职责分工\n（一）" + sentence + "\n（二）加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][3] == coop and len(got[0][1] + got[0][2]) == 1


# ------------------------------------------------------------------ a bracket of roles: "A负责，B配合、C企业实施"

@pytest.mark.parametrize("bracket, lead, resp, coop", [
    ("（市住建局负责，各区政府配合、供水企业实施）", [], ["市住建局", "供水企业"], ["各区政府"]),
    ("（县交通运输局牵头，各乡镇配合、县公路养护公司实施）", ["县交通运输局"], ["县公路养护公司"], ["各乡镇"]),
    ("(区城管局负责,各街道(镇)配合,管道燃气企业实施)", [], ["区城管局", "管道燃气企业"], ["各街道(镇)"]),
])
def test_a_bracket_whose_roles_follow_one_another_after_a_list_mark(tmp_path, bracket, lead, resp, coop):
    """"B配合、C实施": a list mark after a role verb opens the next owners with their own verb; a party
    named by its kind (供水企业, 管道燃气企业) beside named units is one of the bracket's owners."""
    text = "三、重点任务\n1.改造老旧管网。年内完成改造30公里。" + bracket + "\n2.加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == (lead, resp, coop)


@pytest.mark.parametrize("bracket", ["（相关企业负责）", "（责任单位实施）"])  # （供水企业实施）: a kind of enterprise,
# an owner since the fourteenth session (test_extract_sprinkled_stops_and_by_clauses)
def test_a_bracket_of_parties_alone_names_no_owner(tmp_path, bracket):
    text = "三、重点任务\n1.改造老旧管网。年内完成改造30公里。" + bracket + "\n2.加强宣传。（责任单位：县委宣传部）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == ([], [], [])
