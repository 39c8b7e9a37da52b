"""Classes of the unseen batches at–av (2026-12-05), each written for the class at other levels and in
other wordings, with near misses:

- a body set up with its members listed after 由 ('组建由A组长、副组长和各部门主要负责同志为具体成员的…体系',
  unseen w555): the members are posts, no owner (``markers.MEMBERS``, ``prose.APPOINTED``);
- what a 由 clause's sentence is about, before 由 ('…。第二级体系由镇(街道、管委会)牵头'): the clause begins at its
  topic, not at 由 (``drafts.BY_TOPIC``); a town's bracket may hold a development zone's 管委会 (``names.place_pair``);
- a body named for its coordinating role ('市平安建设组织协调机构应当…', unseen w485) is a unit; the means a duty works
  through ('通过各机关党委抓好…', unseen w534) is no subject (``names.TASK_WORD_RE``);
- a body's own page whose opening sentence says what it is ('县防震减灾局是…的职能部门') over a numbered duties part
  headed by its work ('三、防震减灾行政执法的主要职责', unseen w546): each duty is that body's (``own_page``);
- the office a body sets up ('领导小组下设办公室,…兼任办公室主任,办公室设在…,负责…', unseen w557, blind w482, w485,
  w505, w523) owns the duty a clause or three later, named as plans name it (领导小组办公室, 集体经济领导小组办公室);
  a name holding 担任/兼任 is a post filled (``prose._office_set_up``, ``POST_FILLED``);
- '…由A统一领导,由B、C会同D…做好…': each 由 clause of one sentence owns its own clause (``prose.NEXT_BY``); two levels
  before 有关部门 (区市有关部门, 县区有关部门) are a group (``names.GROUP_RE``).
"""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ members after 由, no owners


def test_members_listed_after_by_are_no_owners(tmp_path):
    text = ("一、构建三级体系。第一级体系由县委政法委牵头，组建由领导小组组长、副组长和各乡镇各部门主要负责同志为成员的一级体系，"
            "负责统筹调度。\n")
    assert owners(tmp_path, text) == [(["县委政法委"], [], [])]


def test_members_as_the_body_of_a_town_are_no_owners(tmp_path):
    text = "1.成立工作专班，由镇党委书记、镇长和各村党支部书记作为具体成员，负责日常调度。\n2.开展排查。（责任单位：镇综治中心）\n"
    got = owners(tmp_path, text)
    assert all("各村" not in lead + resp for lead, resp, _ in got)


# ------------------------------------------------------------------ the topic before 由


def test_a_sentence_led_by_a_unit_begins_at_its_topic(tmp_path):
    text = ("二、构建体系。各部门负责督导本系统人员落实防范工作。第二级体系由乡(街道、管委会)牵头,组建二级体系。"
            "第三级体系由村(社区)牵头,组建三级体系。\n")
    got = [(t[:5], lead) for t, lead, _, _ in tasks_of(tmp_path, text)]
    assert ("第二级体系", ["乡", "街道", "管委会"]) in got
    assert ("第三级体系", ["村", "社区"]) in got


def test_a_topic_with_a_comma_is_not_taken(tmp_path):
    text = "一、强化保障。经费方面，由县财政局统筹安排。人员方面,由县委组织部负责调配。\n"
    got = [(t[:4], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert [r for _, r in got] == [["县财政局"], ["县委组织部"]]


# ------------------------------------------------------------------ bodies named for coordinating, and means


def test_a_coordinating_body_is_a_unit(tmp_path):
    text = ("第六条 县平安建设组织协调机构应当制定平安建设年度工作目标。\n"
            "第七条 市议事协调机构应当定期召开会议，研究解决重大问题。\n")
    assert owners(tmp_path, text) == [([], ["县平安建设组织协调机构"], []), ([], ["市议事协调机构"], [])]


def test_a_bare_coordinating_body_heading_is_no_unit(tmp_path):
    text = "二、职责分工\n(一)组织协调机构。“河长制”由县水利局组织实施。\n"
    assert all("组织协调机构" not in lead + resp for lead, resp, _ in owners(tmp_path, text))


def test_the_means_a_duty_works_through_is_no_subject(tmp_path):
    text = ("老龄工作职责\n1.县委组织部\n贯彻执行有关老干部的政策;负责全县老干部工作的宏观管理。\n"
            "2.县直机关工委\n在县老龄委领导下,配合各单位落实有关政策;通过各机关党委抓好老龄工作的协调交流。\n"
            "3.县委宣传部\n组织宣传老龄工作的方针、政策;依托各新闻单位做好舆论引导。\n")
    assert owners(tmp_path, text) == [([], ["县委组织部"], []), ([], ["县直机关工委"], []), ([], ["县委宣传部"], [])]


# ------------------------------------------------------------------ a body's page named by its opening sentence


def test_a_bureaus_page_named_by_its_opening_sentence(tmp_path):
    text = ("区人民防空办公室是区人民政府主管全区人民防空工作的职能部门,是全区人民防空行政执法主体。\n\n"
            "二、人民防空行政执法的主要职责\n\n1、负责贯彻执行国家人民防空工作的方针、政策。\n\n"
            "2、编制并组织实施本区人民防空建设规划。\n\n3、承担本区防空警报的建设和管理工作。\n")
    assert owners(tmp_path, text) == [([], ["区人民防空办公室"], [])] * 3


def test_a_plans_heading_of_a_bodys_duties_stays_as_it_was(tmp_path):
    text = ("县应急管理局是县人民政府的工作部门。\n一、领导小组的主要职责\n1、统筹协调全县安全生产工作。\n"
            "2、研究解决重大问题。\n")
    assert all("县应急管理局" not in lead + resp for lead, resp, _ in owners(tmp_path, text))


# ------------------------------------------------------------------ a body's office set up in the plan


def test_the_office_a_leading_group_sets_up_owns_its_duty(tmp_path):
    text = ("二、组织领导\n成立县河长制工作领导小组,由县长任组长,分管副县长任副组长,各成员单位主要负责人为成员。"
            "领导小组下设办公室,县水利局局长兼任办公室主任,办公室设在县水利局,负责河长制日常工作。\n"
            "三、工作任务\n1.开展河道清淤。（责任单位：县水利局）\n")
    assert ([], ["领导小组办公室"], []) in owners(tmp_path, text)


def test_the_office_after_a_comma_leading_the_work(tmp_path):
    text = ("二、组织领导\n为加强领导,成立镇禁毒宣传活动领导小组,由镇长任组长,派出所、各村为成员单位,领导小组下设办公室,"
            "办公室主任由派出所所长兼任,牵头负责全镇禁毒宣传工作。\n三、工作内容\n1.开展宣传。（责任单位：镇宣传办）\n")
    assert (["领导小组办公室"], [], []) in owners(tmp_path, text)


def test_a_named_bodys_office_keeps_the_bodys_name(tmp_path):
    text = ("一、各乡镇要成立集体经济领导小组,乡镇党委书记任组长,集体经济领导小组下设办公室,乡镇党委副书记担任办公室主任,"
            "负责协调指导开展村集体经济。\n二、发展产业。（责任单位：县农牧局）\n")
    got = owners(tmp_path, text)
    assert any("集体经济领导小组办公室" in resp for _, resp, _ in got)
    assert not any(any("担任" in u for u in lead + resp) for lead, resp, _ in got)


def test_an_office_with_no_duty_owns_nothing(tmp_path):
    text = "二、组织领导\n成立领导小组。领导小组下设办公室,办公室主任由张三同志兼任。\n三、工作任务\n1.开展排查。（责任单位：县应急局）\n"
    assert owners(tmp_path, text) == [([], ["县应急局"], [])]


# ------------------------------------------------------------------ two 由 clauses in one sentence


def test_a_body_leading_and_offices_doing_each_own_their_clause(tmp_path):
    text = ("第三条 人才引进工作由市委人才工作领导小组统一领导,由市委人才工作领导小组办公室、市发展改革委会同市科技局、市教育局等部门,"
            "按行业领域做好受理审核等工作;由各区市人才工作领导小组办公室会同区市有关部门负责组织申报等工作。\n第四条 本办法自发布之日起施行。\n")
    got = owners(tmp_path, text)
    assert got[0] == ([], ["市委人才工作领导小组"], [])
    assert got[1] == (["市委人才工作领导小组办公室", "市发展改革委"], [], ["市科技局", "市教育局"])
    assert got[2] == (["各区市人才工作领导小组办公室"], [], ["区市有关部门"])
