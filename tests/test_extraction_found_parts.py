"""Parts and items the extractor did not find on the batch w118–w125 (issue 15), each class
on instances written for it (other units, words, numbers and punctuation than the pages
that showed it), and the texts that must not yield owners or tasks:

- a part whose items open with their owners as headings ("6、区质检所。负责…",
  "交通部门：…") is a duty list whatever its title, or with none (a page starting
  mid-list), though another part of the plan has a 由A牵头 sentence;
- a level as a body, the sentence's subject: 各村, 村(社区), 村(居), 各街道 负责/要…;
- a body that 统筹领导 / 统筹协调 / 统筹推进 the work owns it (统筹 and its object,
  统筹各类资金, names no owner).
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of


# ------------------------------------------------------------------ a part of items headed by their owners

def test_items_headed_by_their_owners_count_beside_a_prose_owner(tmp_path):
    """A page cut into the middle of a duty list: no title above the items, and a later part
    with a 由A牵头 sentence. The items are the units' tasks all the same."""
    text = ("4、县农业农村局。负责农药经营门店的检查，查处销售禁用农药行为。\n"
            "5、县交通运输局。负责客运站周边秩序的整治。\n"
            "6、各乡镇人民政府、开发区管委会。负责将整治工作纳入网格化管理。\n"
            "三、实施步骤\n"
            "（一）动员阶段（3月）。制定方案，召开动员会。\n"
            "（二）督查阶段（6月）。由县市场监管局牵头组织有关部门开展联合检查。\n")
    got = {text[:6]: (lead, resp) for text, lead, resp, _ in tasks_of(tmp_path, text)}
    assert got["县农业农村局"] == ([], ["县农业农村局"])
    assert got["县交通运输局"] == ([], ["县交通运输局"])
    assert got["各乡镇人民政"] == ([], ["各乡镇人民政府", "开发区管委会"])
    assert [lead for lead, _ in got.values() if lead] == [["县市场监管局"]]


def test_items_headed_with_a_colon_under_a_narrative_title(tmp_path):
    text = ("一、总体要求\n以改善人居环境为目标。\n"
            "二、推进方式\n由县住建局牵头，按季度通报进展。\n"
            "三、有关事项\n"
            "1.县水利局：做好河道保洁，汛前完成清淤。\n"
            "2.县城管局：加强垃圾中转站管理。\n")
    got = [(text[:5], lead, resp) for text, lead, resp, _ in tasks_of(tmp_path, text)]
    assert ("县水利局：", [], ["县水利局"]) in got and ("县城管局：", [], ["县城管局"]) in got


def test_one_headed_item_alone_does_not_make_a_duty_list(tmp_path):
    """One item opened by a unit's name in a part of narrative: the part is no task list when
    another part names its owners (its other items are no tasks; the unit's own sentence may be
    kept as one, as any named unit's duty outside the list is)."""
    text = ("一、工作目标\n1、县统计局。数据显示去年全县农村人居环境持续改善。\n2、今年继续巩固提升。\n"
            "二、工作措施\n由县住建局牵头，开展村庄清洁行动。\n")
    got = [(text[:6], lead, resp) for text, lead, resp, _ in tasks_of(tmp_path, text)]
    assert not any(t.startswith("今年继续") for t, _, _ in got)
    assert [lead for _, lead, _ in got if lead] == [["县住建局"]]


def test_headings_that_are_no_units_make_no_duty_list(tmp_path):
    """Items opened by a short sentence that names no unit (阶段, 要求) are no owners' headings."""
    text = ("一、实施步骤\n1、宣传发动。印发方案，召开会议。\n2、集中整治。开展专项行动。\n3、总结验收。形成报告。\n"
            "二、职责分工\n县应急局牵头，县消防救援大队配合，开展隐患排查。\n")
    got = [(text[:6], lead, coop) for text, lead, _, coop in tasks_of(tmp_path, text)]
    assert all(not t.startswith(("宣传发动", "集中整治", "总结验收")) for t, _, _ in got)
    assert [(lead, coop) for _, lead, coop in got] == [(["县应急局"], ["县消防救援大队"])]


# ------------------------------------------------------------------ a level as a body, the subject

@pytest.mark.parametrize("text, exp", [
    ("村(社区)负责在辖区池塘边设置警示标志。", [{"responsible": ["村(社区)"]}]),
    ("各村负责本村河塘的日常巡查。", [{"responsible": ["各村"]}]),
    ("村(居)要建立留守儿童台账。", [{"responsible": ["村(居)"]}]),
    ("各街道负责辖区内门店的摸底登记。", [{"responsible": ["各街道"]}]),
])
def test_a_level_as_a_body_is_a_subject(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "农村要加强环境卫生整治。",  # the countryside, no body
    "全村要做好防汛准备。",  # the whole place
    "各村要高度重视。",  # an instruction to all, no duty of its own
    "本村负责人要带头参与。",  # a person
])
def test_words_of_a_level_that_are_no_subject(text):
    assert roles_of(text) == []


def test_a_level_after_a_person_owns_its_sentence(tmp_path):
    """The party secretary (a person) answers for the village; the village as a body is
    responsible for what it does ('(二)…书记负总责…。村(社区)负责…')."""
    text = ("一、责任分工\n（一）县教育局统筹协调全县学生安全工作。\n"
            "（二）村(社区)党支部书记对本村防溺水工作负总责，组织干部巡查水域。"
            "村(社区)负责在危险水域设置警示牌，配备救生器材。\n")
    got = [(t[:6], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("县教育局统筹", ["县教育局"]), ("村(社区)党", []), ("村(社区)负", ["村", "社区"])]  # 村(社区): each level


def test_a_person_alone_keeps_the_paragraph_whole(tmp_path):
    """A person's sentence after the unit's own (no split), and a person with no unit after
    (no owner at all)."""
    text = ("一、责任分工\n（一）县水利局负责水域巡查，局长要亲自调度。\n"
            "（二）学校党支部书记和校长对全校防溺水工作负总责，加强日常管理。\n")
    got = [(t[:6], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("县水利局负责", ["县水利局"]), ("学校党支部书", [])]


# ------------------------------------------------------------------ 统筹领导 / 统筹协调

@pytest.mark.parametrize("text, exp", [
    ("乡安全生产委员会统筹领导全乡安全生产工作。", [{"responsible": ["乡安全生产委员会"]}]),
    ("县应急管理局统筹协调全县防汛抗旱工作。", [{"responsible": ["县应急管理局"]}]),
    ("区防指统筹部署抢险救灾。", [{"responsible": ["区防指"]}]),  # 部署 is no unit though 署 ends it
    ("市卫健委统筹推进医联体建设。", [{"responsible": ["市卫健委"]}]),
])
def test_a_body_that_steers_the_work_owns_it(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", [
    "县财政局统筹各类涉农资金。",  # 统筹 and its object: no verb of a duty
    "统筹推进城乡环境整治。",  # no subject
    "各乡镇统筹推进辖区工作。",  # an instruction to all
])
def test_steering_without_a_named_body_owns_nothing(text):
    assert roles_of(text) == []
