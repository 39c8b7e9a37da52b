"""Owners in the forms the fifth round of unseen batches (w920-w955) and the blind set's remaining misses showed
(issue 15): sectors closed by 等 and the kind of body they are ('水利、农业、林业、国土等涉灾部门', blind w790), a
group of 镇街 as a subject (w790, w914), a duty's focus (重点) between a subject and its verb (w681), the preamble's
sentence that ends in the plan (w101), a group set up whose members' duties follow line by line (unseen w940), a
part's title run into its first sentence before a group ('二、创立主体各街道办事处负责…', w943), a road section's
office (市公路段, w944), two groups joined by 和 (w856, w922), and a clause that makes a list of units a noun's
attribute ('…等有关职能部门参加的…制度', w566). Instances written for each class with other units and wording than
the pages that showed it; near misses kept."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.names import is_unit_name, looks_like_org

from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    return [(words, lead + resp + coop) for words, lead, resp, coop in tasks_of(tmp_path, text)]


def owner_lists(tmp_path, text: str) -> list[list[str]]:
    return [units for _, units in owners(tmp_path, text)]


def owns_nothing(tmp_path, text: str) -> bool:
    try:
        return not any(owner_lists(tmp_path, text))
    except NoTaskTable:
        return True


# ------------------------------------------------------------------ sectors closed by 等 and their kind of body

@pytest.mark.parametrize("text, units", [
    ("一、职责分工\n气象、水务、住建等涉灾部门负责本行业灾害隐患排查。\n县民政局负责受灾群众救助。\n",
     ["气象部门", "水务部门", "住建部门"]),
    ("一、职责分工\n农业、畜牧、林草等涉农部门要落实秸秆禁烧巡查。\n县民政局负责受灾群众救助。\n",
     ["农业部门", "畜牧部门", "林草部门"]),
    ("一、职责分工\n城管、交通等执法部门负责查处违规运输。\n县民政局负责受灾群众救助。\n", ["城管部门", "交通部门"]),
    ("一、职责分工\n由公安、交通等成员单位负责道路管控。\n县民政局负责受灾群众救助。\n", ["公安", "交通"]),  # as 等单位 reads
])
def test_sectors_closed_by_a_kind_of_body_are_each_a_department(tmp_path, text, units):
    assert sorted(owner_lists(tmp_path, text)[0]) == sorted(units)


def test_a_kind_of_body_is_part_of_a_name_when_no_deng_stands_before_it(tmp_path):
    # 城管综合执法部门 is one body's name: 执法 is dropped only after 等
    got = owner_lists(tmp_path, "一、职责分工\n公安、城管综合执法部门要加强夜间巡查。\n县民政局负责救助。\n")
    assert got[0] == ["公安部门", "城管综合执法部门"]


def test_words_the_lexicon_knows_as_no_sector_keep_the_whole_group(tmp_path):
    # "农林水牧" is no sector: the group stays as written, not "农林水牧部门"
    got = owner_lists(tmp_path, "一、主要任务\n农林水牧等涉农部门要整合项目资金。\n县民政局负责救助。\n")
    assert got[0] == ["农林水牧等涉农部门"]


def test_a_list_that_is_a_nouns_attribute_is_no_subject(tmp_path):
    # "…，审计、监察等有关职能部门参加的…制度": the clause says what the system is; the 区县 own the sentence
    got = owners(tmp_path, "一、主要任务\n各区县要建立由政府领导牵头，财政、审计等有关职能部门参加的整改联席会议制度。\n")
    assert len(got) == 1 and got[0][1] == ["各区县"]


# ------------------------------------------------------------------ 各镇街 as a subject; 重点 before the verb

@pytest.mark.parametrize("text, unit", [
    ("一、职责分工\n各镇街负责辖区内违规广告牌的清理。\n县城管局负责督导。\n", "各镇街"),
    ("一、职责分工\n各镇街要建立防汛应急队伍。\n县城管局负责督导。\n", "各镇街"),
])
def test_towns_and_streets_as_one_group_own_their_sentence(tmp_path, text, unit):
    assert owner_lists(tmp_path, text)[0] == [unit]


def test_a_duties_focus_stands_between_a_subject_and_its_verb(tmp_path):
    got = owners(tmp_path, "一、重点任务\n1.抓好问题整改。全面排查突出问题。县医保局重点抓好参保缴费问题整改。"
                           "县住建局重点做好危房改造。\n")
    assert [units for _, units in got] == [["县医保局"], ["县住建局"]]


# ------------------------------------------------------------------ the preamble that ends in the plan

@pytest.mark.parametrize("text", [
    "各科室：为做好创建工作，我局结合本系统实际，重点抓好背街小巷整治，现制定如下实施方案：\n一、组织领导\n成立领导小组。\n",
    "各单位：根据上级部署，县水务局结合工作实际，重点做好河道清淤工作，特制定本方案。\n一、组织领导\n成立领导小组。\n",
])
def test_the_preamble_that_ends_in_the_plan_gives_no_duty(tmp_path, text):
    assert owns_nothing(tmp_path, text)


def test_a_focus_outside_the_preamble_is_still_a_duty(tmp_path):
    got = owner_lists(tmp_path, "一、工作措施\n县水务局重点做好河道清淤工作，确保汛前完成。\n县应急局负责物资储备。\n")
    assert got == [["县水务局"], ["县应急局"]]


# ------------------------------------------------------------------ a group's members and their own duties

def test_members_whose_duties_follow_own_only_their_own_lines(tmp_path):
    text = ("成立镇森林防火工作专班：\n组长：张某镇长\n成员单位：镇林业站、镇派出所、镇财政所、各村(社区)。\n"
            "镇林业站：负责火源巡查和扑火队伍训练。\n镇派出所：负责查处野外违规用火。\n镇财政所：负责保障扑火物资经费。\n"
            "各村(社区)：负责入户宣传和卡口值守。\n")
    assert owner_lists(tmp_path, text) == [["镇林业站"], ["镇派出所"], ["镇财政所"], ["各村(社区)"]]


def test_members_with_no_lines_of_their_own_still_own_the_task(tmp_path):
    text = ("一、重点任务\n（一）开展河道清障\n成员单位：县水务局、县交通局。\n全面清理河道内阻水障碍物。\n"
            "（二）开展物资储备\n县应急局负责防汛物资储备。\n")
    assert owner_lists(tmp_path, text)[0] == ["县水务局", "县交通局"]


# ------------------------------------------------------------------ a part's title glued to its group

@pytest.mark.parametrize("text, unit", [
    ("一、主要任务\n1.责任主体各乡镇人民政府负责本辖区秸秆禁烧工作，落实网格化管理。\n2.县农业局负责技术指导。\n", "各乡镇人民政府"),
    ("一、主要任务\n（一）创建主体各街道办事处负责辖区内扬尘治理工作，各街道办事处要加强组织领导。\n（二）县住建局负责工地监管。\n",
     "各街道办事处"),
])
def test_a_title_glued_before_a_group_is_no_part_of_its_name(tmp_path, text, unit):
    assert owner_lists(tmp_path, text)[0] == [unit]
    assert not any(u.startswith(("责任主体", "创建主体")) for units in owner_lists(tmp_path, text) for u in units)


@pytest.mark.parametrize("text, unit", [
    ("一、工作任务\n县级以上各级人民政府应当将禁毒经费列入本级预算。\n县民政局负责救助。\n", "县级以上各级人民政府"),
    ("一、工作任务\n市政府各部门及各工业园区管委会要抓好治理。\n县民政局负责救助。\n", "市政府各部门"),
    ("一、工作任务\n全县各乡镇负责辖区排查。\n县民政局负责救助。\n", "各乡镇"),  # every town of the county (ninth session,
    # unseen w1004: '全市各乡镇、街道办事处要…'; before, the whole county's and no one's)
])
def test_levels_and_lists_before_a_group_stay_with_it(tmp_path, text, unit):
    got = owner_lists(tmp_path, text)
    if unit is None:
        assert not any("各乡镇" == u for units in got for u in units)
    else:
        assert unit in got[0]


# ------------------------------------------------------------------ a road section's office

@pytest.mark.parametrize("name, unit", [
    ("市公路段", True), ("县公路养护段", True), ("工务段", True), ("航道段", True),
    ("重点路段", False), ("第一阶段", False), ("事故多发地段", False), ("重点时段", False),
])
def test_a_road_sections_office_is_a_body(name, unit):
    assert (is_unit_name(name) and looks_like_org(name)) == unit


def test_a_road_section_office_owns_its_sentence(tmp_path):
    got = owner_lists(tmp_path, "一、加强道路扬尘治理\n县公路段要加强国省干道清扫保洁。\n二、加强工地治理\n县住建局要督促工地落实围挡。\n")
    assert got == [["县公路段"], ["县住建局"]]


# ------------------------------------------------------------------ two groups joined by 和

@pytest.mark.parametrize("text, units", [
    ("一、工作任务\n（一）制定预案。各街道办事处和乡镇人民政府要制定地质灾害防灾预案。\n", ["各街道办事处", "各乡镇人民政府"]),
    ("一、工作任务\n（一）排查化解。各乡镇和部门负责对各自辖区的矛盾纠纷进行排查。\n", ["各乡镇", "各部门"]),
    ("一、工作任务\n（一）集中整治。各有关部门、街道办事处要按照标准开展整治。\n", ["各有关部门", "各街道办事处"]),
])
def test_groups_joined_by_he_are_each_a_group(tmp_path, text, units):
    assert owner_lists(tmp_path, text)[0] == units


def test_the_rosters_group_of_townships_and_offices_stays_one_phrase(tmp_path):
    # "各乡镇、办事处": the seeds' group phrase, a bare 办事处 after it (the roster expands it as one)
    got = owner_lists(tmp_path, "一、工作任务\n（一）集中整治。各乡镇、办事处要按照标准开展整治。\n")
    assert got[0] == ["各乡镇、办事处"]


# ------------------------------------------------------------------ a group of one kind of body owns its sentence

@pytest.mark.parametrize("text, unit", [
    ("一、工作措施\n各成员单位要于每月5日前报送上月工作进展。\n县应急局负责汇总。\n", "各成员单位"),
    ("一、工作措施\n各接种单位应核实儿童预防接种证并补种疫苗。\n县卫健局负责督导。\n", "各接种单位"),
    ("一、工作措施\n各行政执法部门要按照谁执法谁普法的要求落实普法责任制。\n县司法局负责督导。\n", "各行政执法部门"),
    ("一、工作措施\n各中小学校要严格控制书面作业总量。\n县教育局负责督导。\n", "各中小学校"),
])
def test_a_group_of_one_kind_of_body_owns_its_duty(tmp_path, text, unit):
    assert owner_lists(tmp_path, text)[0] == [unit]


@pytest.mark.parametrize("text", [
    "一、工作措施\n各有关部门要按照本通知要求修订权责清单。\n县应急局负责汇总。\n",
    "一、工作措施\n各地区各部门要建立健全本地区本部门数据共享机制。\n县应急局负责汇总。\n",
    "一、工作措施\n县直有关部门要于每年6月底前将落实情况报县应急局。\n县应急局负责汇总。\n",
    "一、工作措施\n相关责任单位要倒排工期，确保年底前完成。\n县应急局负责汇总。\n",
    "一、工作措施\n各成员单位要高度重视，加强协作。\n县应急局负责汇总。\n",  # a call on all, though of one kind
])
def test_everyone_or_a_call_on_all_owns_nothing(tmp_path, text):
    assert [u for units in owner_lists(tmp_path, text) for u in units] == ["县应急局"]


# ------------------------------------------------------------------ 由A会同B: A a sector's department with its level

@pytest.mark.parametrize("text, lead, partners", [
    ("由市交通运输部门会同公安、应急部门，制定农村公路安全隐患整治方案。", ["市交通运输部门"], ["公安部门", "应急部门"]),
    ("具体办法由县(市、区)卫生健康行政部门会同相关部门根据当地实际确定。", ["县(市、区)卫生健康行政部门"], ["相关部门"]),
    ("由市、县(市、区)人力资源社会保障部门会同财政部门，制定补贴标准。",
     ["市人力资源社会保障部门", "县(市、区)人力资源社会保障部门"], ["财政部门"]),
    ("由县交通运输局会同公安、应急部门，制定整治方案。", ["县交通运输局"], ["公安部门", "应急部门"]),
])
def test_a_department_with_its_level_leads_its_partners(tmp_path, text, lead, partners):
    (_, got_lead, resp, coop), = tasks_of(tmp_path, text)
    assert (got_lead, resp, coop) == (lead, [], partners)


def test_a_sector_department_with_its_level_before_its_verb(tmp_path):
    got = tasks_of(tmp_path, "一、主要任务\n市卫生健康部门会同市教育局做好学生健康监测。\n县民政局负责救助。\n")
    assert (got[0][1], got[0][3]) == (["市卫生健康部门"], ["市教育局"])


# ------------------------------------------------------------------ 由A向B…: A the owner, B whom it reports to

@pytest.mark.parametrize("text, unit", [
    ("一、工作流程\n1.由镇政府向未入学儿童家长下达督促入学通知书。\n2.由县教育局负责汇总。\n", "镇政府"),
    ("一、工作流程\n1.由学校向镇政府书面报告辍学情况。\n2.由县教育局负责汇总。\n", "学校"),
    ("一、工作流程\n1.由县卫健局向县政府报告疫情处置情况。\n2.由县教育局负责汇总。\n", "县卫健局"),
    ("一、工作流程\n1.由向阳社区负责入户登记。\n2.由县教育局负责汇总。\n", "向阳社区"),  # 向 in a place's name
    ("一、工作流程\n1.由党校负责干部轮训。\n2.由县教育局负责汇总。\n", "党校"),
])
def test_the_body_after_you_owns_what_it_sends_to_another(tmp_path, text, unit):
    assert owner_lists(tmp_path, text)[0] == [unit]


@pytest.mark.parametrize("text", [
    "一、工作流程\n1.由校园周边商户自行清理占道物品。\n2.由县教育局负责汇总。\n",  # 校园: no school's name
])
def test_a_campus_is_no_body(tmp_path, text):
    assert owner_lists(tmp_path, text)[0] == []


@pytest.mark.parametrize("name, units", [
    ("县（市）、乡（镇）两级人民政府", []),  # kept whole, as 市、县两级人民政府 is; no level cut from its bracket
    ("县(市、区)和乡(镇)政府", ["县(市、区)政府", "乡(镇)政府"]),
    ("区、县(市)帮扶救助服务中心", ["区帮扶救助服务中心", "县(市)帮扶救助服务中心"]),
])
def test_levels_sharing_a_name_keep_their_brackets_whole(name, units):
    from ledger.extraction.names import levels_sharing_name
    assert levels_sharing_name(name) == units


# ------------------------------------------------------------------ a long heading that stops short of the margin

LONG_PARAGRAPHS = ("五、加强工资保证金管理\n"
                   "县人社局要建立工资保证金制度，凡使用农民工比较集中的施工建设、餐饮服务、加工类企业，必须按照有关规定向"
                   "农民工工资支付保证金专户足额缴纳保证金，建立全覆盖、可操作、能发挥监督和保障作用的农民工工资保证金制度，"
                   "逐步健全农民工工资支付保障机制。\n"
                   "六、认真解决被征地农民社会保障问题,保障人民群众正常生产生活\n"
                   "县民政局要按照统筹城乡发展的要求和实施城乡就业和医疗、养老保险工程的安排，以被征地农民和村干部为重点，"
                   "加快建立被征地农民社会保障制度，做到应保尽保，确保被征地农民原有生活水平不降低、长远生计有保障。\n")


def test_a_long_heading_short_of_the_margin_is_whole(tmp_path):
    got = owners(tmp_path, LONG_PARAGRAPHS)
    assert [units for _, units in got] == [["县人社局"], ["县民政局"]]
    assert got[1][0].startswith("县民政局要按照") and not any("正常生产生活县民政局" in words for words, _ in got)


def test_a_heading_wrapped_at_the_margin_goes_on(tmp_path):
    # a hard-wrapped copy: every line about 30 characters, the heading's second half on the next line
    text = ("一、主要任务\n（一）县人社局要建立工资保证金制度，凡使用农民\n工比较集中的施工建设、餐饮服务、加工类企业\n"
            "必须足额缴纳保证金，逐步健全支付保障机制。\n（二）认真解决被征地农民社会保障问题，保障人\n民群众正常生产生活。"
            "县民政局要按照统筹城乡发\n展的要求，加快建立被征地农民社会保障制度。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县人社局"], ["县民政局"]]
    assert "保障人民群众正常生产生活" in got[1][0].replace("\n", "")


def test_a_long_heading_broken_inside_a_word_goes_on(tmp_path):
    # "…依法接受义务⏎教育。": the next line opens with the word's end and a stop
    text = LONG_PARAGRAPHS.replace("六、认真解决被征地农民社会保障问题,保障人民群众正常生产生活\n",
                                   "六、认真解决被征地农民社会保障问题,保障人民群众正常生产\n生活。")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县人社局"], ["县民政局"]]


@pytest.mark.parametrize("text, unit", [
    ("一、主要任务\n由县人社部门负责技能培训补贴审核。\n由县财政局负责资金拨付。\n", "县人社部门"),
    ("一、主要任务\n由县供销社负责农资储备。\n由县财政局负责资金拨付。\n", "县供销社"),
])
def test_a_name_in_she_ends_only_where_the_body_does(tmp_path, text, unit):
    assert owner_lists(tmp_path, text)[0] == [unit]


# ------------------------------------------------------------------ groups of enterprises and kindergartens

@pytest.mark.parametrize("text, unit", [
    ("一、工作措施\n各幼儿园要落实晨午检和因病缺勤追踪制度。\n县卫健局负责督导。\n", "各幼儿园"),
    ("一、工作措施\n各施工企业要按月足额支付农民工工资。\n县人社局负责督导。\n", "各施工企业"),
    ("一、工作措施\n各物业服务企业要落实消防通道巡查。\n县住建局负责督导。\n", "各物业服务企业"),
])
def test_a_group_of_enterprises_or_kindergartens_owns_its_duty(tmp_path, text, unit):
    assert owner_lists(tmp_path, text)[0] == [unit]


@pytest.mark.parametrize("name", ["县内企业", "幼儿园", "各企业", "相关企业", "有关企业", "培育壮大企业"])
def test_enterprises_or_a_kindergarten_not_as_a_group_are_no_unit(name):
    assert not looks_like_org(name)


@pytest.mark.parametrize("name", ["施工企业", "物业服务企业", "管道燃气企业", "供水企业"])
def test_a_kind_of_enterprise_is_a_unit(name):
    """Changed in the fourteenth session (issue 15): enterprises of one kind are given duties by regulations and plans
    ('物业服务企业依法协助做好…', unseen w1562; blind w654, w754, w802 label them as owners)."""
    assert looks_like_org(name)
