"""Issue 15, 2026-12-07 (twenty-fourth session), from the rounds w2540–w2579 (塑料污染治理, 海绵城市/排水防涝, 种业/渔业,
预算绩效/国企改革) and w2580–w2619 (人民防空, 住房公积金, 历史文化名城, 臭氧/VOCs/机动车排气): places handed a share of a
target ('浙江、福建、广东,每省建立2个…'); a speaker named before 要求 ('马培翼要求,各乡镇…要…'); what a request goes on with
(围绕, 按照…要求 then a concrete duty); the same subject opening two sentences of a paragraph; a stray opening bracket of a
converted page; a group of places before a plain verb, and 保障/确保 as plain verbs; counted governments ('市内6区政府');
a party committee's department before 部署; 联 ending only a people's organisation's name; 州 among bare levels; 镇直属各部门;
a name's inclusion note ('各市(含定州、辛集市)'); an article's title in parentheses ('第四条(职责)…'); 按照其职责权限; a table
column headed by two roles whose cells label each unit ('牵头单位、相关单位'). Each class on instances written for it, and the
near misses that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.columns import canonical_header
from ledger.extraction.names import has_task_word, is_group, looks_like_org
from ledger.extraction.place_shares import place_shares
from ledger.extraction.prose import ASKED_VERB, SPEAKER_REQUIRES
from ledger.extraction.read import without_stray_brackets
from test_extraction_prose_classes import tasks_of


def _roles(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


def _owners(tmp_path, text):
    try:
        return [sorted(lead + resp + coop) for lead, resp, coop in _roles(tmp_path, text)]
    except NoTaskTable:
        return []


# ------------------------------------------------------------------ places given a share each

@pytest.mark.parametrize("text, exp", [
    ("二、重点任务\n(一)海水鱼类。大黄鱼:浙江、福建、广东,每省建立2个试验推广点以上;石斑鱼:福建、广东、海南,每省建立1个试验推广点以上。\n",
     [["广东", "浙江", "福建"], ["广东", "海南", "福建"]]),
    ("二、重点任务\n(一)建设示范点。城关镇、张家镇、李家镇各建设1个示范点;王庄乡、刘集乡,每乡建设2个示范村。\n",
     [["城关镇", "张家镇", "李家镇"], ["刘集乡", "王庄乡"]]),
    ("二、重点任务\n1.蟹类。福建、广东、广西、海南,每省(区)建立1个试验推广点以上。\n", [["广东", "广西", "海南", "福建"]]),
])
def test_places_given_a_share_each_own_their_clause(tmp_path, text, exp):
    assert [sorted(o) for o in _owners(tmp_path, text)] == [sorted(e) for e in exp]


@pytest.mark.parametrize("text", [
    "全省各级档案部门一定要从守纪律讲规矩的高度把档案安全工作抓紧抓好。",  # 一定 is no count; 全省 is the whole
    "目前,全市各区共设立采集点635个,大部分区都把采集点设在了政务服务大厅。",  # 各区 is a level, 全市 the whole
    "在城关镇、张家镇各建设1个示范点。",  # inside a sentence's words
    "青蟹:浙江,2个试验推广点。",  # one place, no 每 or 各: a figure
])
def test_no_share_where_no_places_are_handed_one(text):
    assert place_shares(text) == []


# ------------------------------------------------------------------ a speaker named before 要求

def test_a_speaker_named_before_requires_gives_the_units_after_it_their_clause(tmp_path):
    text = ("全县塑料污染治理工作推进会召开。\n马培翼要求,各乡镇、有关单位要提高政治站位,切实增强责任感,确保完成塑料白色污染治理"
            "目标任务;强化责任落实,按时完成阶段性工作任务。\n")
    assert ["各乡镇", "有关单位"] in [r for _, r, _ in _roles(tmp_path, text)]


@pytest.mark.parametrize("text", [
    "山东要求,学校课后服务要坚持公益导向,所需经费通过财政补贴解决。",  # no unit told what to do: a rule of the service
    "吴海宏指出,征兵工作是国务院、中央军委赋予的重要任务。",  # 指出: a view
])
def test_no_speakers_call_where_none_is_made(tmp_path, text):
    assert _owners(tmp_path, text) == []


@pytest.mark.parametrize("before, speaker", [("马培翼要求,", True), ("。督查组要求,", True), ("工作要求:", False),
                                             ("总体要求,", False), ("按照要求,", False), ("吴海宏强调,", False)])
def test_who_may_be_a_speaker_before_requires(before, speaker):
    assert bool(SPEAKER_REQUIRES.search(before)) is speaker


# ------------------------------------------------------------------ what a request goes on with

@pytest.mark.parametrize("text, unit", [
    ("最后,会议要求各县区围绕目标任务,落实责任,认真做好农作物种子综合测试等具体工作。\n", "各县区"),
    ("请各地按照《关于进一步加强塑料污染治理的实施意见》要求,抓紧研究制定加强塑料污染治理工作方案。\n", "各地"),
])
def test_a_request_going_on_with_what_to_work_around_or_a_rule_then_a_duty(tmp_path, text, unit):
    assert [r for _, r, _ in _roles(tmp_path, text)] == [[unit]]


@pytest.mark.parametrize("after, asked", [("按照《实施意见》要求,抓紧研究制定工作方案", True), ("围绕目标任务,落实责任", True),
                                         ("按照通知要求,认真贯彻执行", False), ("按整改要求抓好落实", False),
                                         ("高度重视", False)])
def test_what_a_request_goes_on_with(after, asked):
    assert bool(ASKED_VERB.match(after)) is asked


# ------------------------------------------------------------------ the same subject opening two sentences

def test_the_same_subject_opening_two_sentences_gives_two_tasks(tmp_path):
    text = ("住房和城乡建设部办公厅发布关于加强城市排水防涝应急管理工作的通知。各城市排水主管部门要组织修订城市排水防涝应急预案,"
            "报本级防汛抗旱指挥机构审批印发。要将灾后复盘和应急预案修订结合起来。各城市排水主管部门要结合历史上发生过的积水内涝"
            "事件,查找风险隐患区域。\n")
    assert [r for _, r, _ in _roles(tmp_path, text)] == [["各城市排水主管部门"], ["各城市排水主管部门"]]


def test_labels_naming_the_same_owners_again_stay_one_task(tmp_path):
    text = "一、重点任务\n1.加强监测。（责任单位：县环保局）强化执法检查。（责任单位：县环保局）\n"
    assert _roles(tmp_path, text) == [([], ["县环保局"], [])]


# ------------------------------------------------------------------ a stray opening bracket

def test_a_stray_opening_bracket_before_an_item_is_read_past(tmp_path):
    text = "三、重点任务 ( (一 )禁限使用不可降解塑料袋专项 行动(牵头单位:区市场监管局、区经商局)\n主要内容略。\n"
    assert _roles(tmp_path, text) == [(["区市场监管局", "区经商局"], [], [])]


@pytest.mark.parametrize("line, exp", [
    ("( (一)加强宣传(牵头单位:县委宣传部)", "  (一)加强宣传(牵头单位:县委宣传部)"),
    ("((牵头单位:县委宣传部))", "((牵头单位:县委宣传部))"),  # closed: kept
    ("(一)加强宣传(牵头单位:县委宣传部", "(一)加强宣传(牵头单位:县委宣传部"),  # no bracket right after it: kept
])
def test_only_an_unclosed_bracket_before_another_is_a_stray_one(line, exp):
    assert without_stray_brackets(line).replace(" ", "") == exp.replace(" ", "") and len(without_stray_brackets(line)) == len(line)


# ------------------------------------------------------------------ plain verbs: places' groups, 保障 and 确保

@pytest.mark.parametrize("text, exp", [
    ("三、具体措施\n(一)加强信息调度。各镇街安排专人报送信息,将每日巡查情况上报我局。\n(二)加强巡查。各镇街成立巡查小组定期巡查。\n",
     [["各镇街"], ["各镇街"]]),
    ("四、工作职责\n1.县供电分公司保障防空警报设施供电需要;\n2.县公安局保障防空警报试鸣期间的社会治安;\n"
     "3.县国动办、县文旅广电局确保应急广播终端防空警报专用频率安全可靠;\n",
     [["县供电分公司"], ["县公安局"], ["县国动办", "县文旅广电局"]]),
])
def test_a_place_group_or_a_unit_before_a_plain_verb_owns_its_item(tmp_path, text, exp):
    assert [r for _, r, _ in _roles(tmp_path, text)] == exp


def test_a_group_of_a_kind_before_a_plain_verb_stays_no_owner(tmp_path):
    text = "三、具体措施\n(一)加强宣传。各部门加大宣传力度。\n(二)加强巡查。县农业局开展巡查。\n"
    assert [r for _, r, _ in _roles(tmp_path, text)] == [[], ["县农业局"]]


# ------------------------------------------------------------------ names

@pytest.mark.parametrize("name", ["6区政府", "市内6区政府", "三县区政府"])
def test_a_count_of_a_levels_governments_is_a_name(name):
    assert looks_like_org(name) and not has_task_word(name)


@pytest.mark.parametrize("name", ["2023年区政府", "6区政府及高新区管委会"])
def test_a_year_or_a_list_is_no_counted_name(name):
    assert not looks_like_org(name)


def test_a_counted_governments_heading_owns_its_duties(tmp_path):
    text = ("2.3 成员单位职责\n济南供电公司:负责汛期电网安全可靠供电。\n\n市内6区政府及高新区管委会:负责本行政区的防汛抢险救灾工作。\n\n"
            "市交通局:负责运输保障。\n")
    assert [r for _, r, _ in _roles(tmp_path, text)] == [["济南供电公司"], ["市内6区政府", "高新区管委会"], ["市交通局"]]


def test_a_party_committees_department_before_bushu_is_named_whole(tmp_path):
    text = "2、在日报开设专栏。此项工作由市委宣传部部署,各新闻单位负责落实。\n"
    assert _roles(tmp_path, text) == [([], ["市委宣传部", "各新闻单位"], [])]


def test_the_party_committee_itself_before_tongyi_bushu_stays(tmp_path):
    assert ["县委"] in [r[:1] for _, r, _ in _roles(tmp_path, "由县委统一部署,各乡镇负责落实。\n")]


@pytest.mark.parametrize("name, org", [("县妇联", True), ("县工商联", True), ("县残联", True), ("联席会议设联", False),
                                       ("政务数据共享管理机构和联", False)])
def test_lian_ends_only_a_peoples_organisations_name(name, org):
    assert looks_like_org(name) is org


def test_zhou_is_a_bare_level_after_each_city(tmp_path):
    text = "各级财政部门要按照规定制定具体的清收方案。各市、州将所属县(市)的清收方案进行统计、汇总,于11月30日前上报我厅。\n"
    assert [r for _, r, _ in _roles(tmp_path, text)][-1] == ["各市", "各州"]


@pytest.mark.parametrize("name, group", [("镇直属各部门", True), ("镇直各部门", True), ("乡直各单位", True), ("镇各中小学校", False)])
def test_a_towns_own_departments_are_a_group(name, group):
    assert is_group(name) is group


def test_a_names_inclusion_note_is_kept_apart(tmp_path):
    text = "今年11月开始,各市(含定州、辛集市)要负责汇总所辖县(市、区)工作开展情况,每月25日前报省住建厅。\n"
    assert [r for _, r, _ in _roles(tmp_path, text)] == [["各市"]]


# ------------------------------------------------------------------ articles titled in parentheses, 按照其职责权限

def test_an_articles_title_in_parentheses_goes_with_its_number(tmp_path):
    text = ("第三条(适用范围)本办法适用于本市行政区域。第四条(职责)XX市民防办公室是本市防空警报设施建设的主管部门,负责本办法的"
            "组织实施。区、县民防办公室按照其职责权限,负责本区、县范围内防空警报设施建设工作。第五条(经费)经费列入同级政府年度财政预算。\n")
    assert [r for _, r, _ in _roles(tmp_path, text)] == [["XX市民防办公室"], ["区民防办公室", "县民防办公室"]]


def test_an_items_number_in_parentheses_after_an_article_is_no_title(tmp_path):
    text = "第四条(一)县教育局负责学校安全管理。\n第五条 县公安局负责校园周边治安。\n"
    assert [r for _, r, _ in _roles(tmp_path, text)] == [["县教育局"], ["县公安局"]]


# ------------------------------------------------------------------ a column headed by two roles

@pytest.mark.parametrize("word, canonical", [("牵头单位、相关单位", "牵头单位"), ("责任单位和配合单位", "责任单位"),
                                             ("牵头单位", "牵头单位"), ("工作任务、要求", "")])
def test_a_header_of_two_roles_is_an_owner_column(word, canonical):
    assert canonical_header(word) == canonical


def test_a_cell_labelling_each_units_role_over_two_paragraphs(tmp_path):
    text = ("附件:\n任务一览表\n\n序号\n\n工作任务\n\n时间\n\n部门\n\n牵头单位、相关单位\n\n1\n\n大运河专家指导委员会的筹建\n\n"
            "2011年8月底前完成\n\n领导小组办公室\n\n牵头单位:市文物局\n\n相关单位:市水务局\n\n2\n\n各申遗点详规的编制\n\n"
            "2011年8月20日前完成\n\n领导小组办公室\n\n牵头单位:市文物局\n\n相关单位:市政府办\n")
    assert _roles(tmp_path, text) == [(["市文物局"], ["领导小组办公室"], ["市水务局"]),
                                      (["市文物局"], ["领导小组办公室"], ["市政府办"])]


def test_the_units_concerned_labelled_beside_a_lead_cooperate_but_a_notices_addressees_do_not(tmp_path):
    text = "各相关单位:\n现将有关事项通知如下。\n一、重点任务\n1.开展检查。牵头单位:县教育局;相关单位:县公安局\n"
    assert _roles(tmp_path, text) == [(["县教育局"], [], ["县公安局"])]


@pytest.mark.parametrize("text, exp", [
    ("第十条 自治州、县(市)人民政府应当根据湿地保护管理的需要,设立湿地保护管理机构。\n", ["自治州人民政府", "县(市)人民政府"]),
    ("(四)落实地方责任。各市州、 县市区人民政府是组织开展农村危房改造工作的责任主体。\n", ["各市州人民政府", "各县市区人民政府"]),
])
def test_bare_levels_before_a_level_share_its_body(tmp_path, text, exp):
    assert [r for _, r, _ in _roles(tmp_path, text)] == [exp]


def test_progress_sent_up_by_groups_is_no_duty_but_a_places_report_stays(tmp_path):
    text = ("一、重点任务\n1.规范收费。开展专项整治。责任单位：省市场监管局\n各市州、省直各有关部门每半年向省邮政管理局报送一次工作进展。\n"
            "2.完善网点。各县市区每季要将建设情况报省邮政管理局。\n")
    assert [r for _, r, _ in _roles(tmp_path, text)] == [["省市场监管局"], ["各县市区"]]


def test_a_templates_placeholder_before_a_name_is_read_with_it(tmp_path):
    text = ("三、鸣放方式届时由 xx 市人防办统一组织实施。xx 电视台、xx人民广播电台同时发放防空防灾音响信号。\n")
    assert [r for _, r, _ in _roles(tmp_path, text)] == [["xx市人防办"], ["xx电视台", "xx人民广播电台"]]


def test_a_subject_acting_on_a_need_with_partners(tmp_path):
    text = "省质监局负责制定排放标准。省物价局根据VOCs污染防治的需求,联合省财政厅、省环境保护厅研究制定排污收费政策。\n"
    assert _roles(tmp_path, text)[-1] == ([], ["省物价局"], ["省财政厅", "省环境保护厅"])


@pytest.mark.parametrize("text, exp", [
    ("第五条 工商、劳动保障和统计等有关行政管理部门应当向市公积金管理中心提供单位信息。\n",
     ["工商行政管理部门", "劳动保障行政管理部门", "统计行政管理部门"]),
    ("第五条 农业、海洋与渔业、林业等部门应当按照各自职责做好保护工作。\n", ["农业部门", "海洋与渔业部门", "林业部门"]),
])
def test_two_sectors_joined_by_he_share_the_body_but_one_departments_name_stays(tmp_path, text, exp):
    assert [r for _, r, _ in _roles(tmp_path, text)] == [exp]


def test_departments_working_with_the_plans_body_cooperate(tmp_path):
    text = ("第四条 市民防办负责本办法的组织实施。本市规划、财政、公安等有关部门按照各自职责,协同实施本办法。\n")
    assert _roles(tmp_path, text)[-1] == ([], [], ["本市规划部门", "本市财政部门", "本市公安部门"])


def test_the_whole_place_and_each_level_stay_no_sectors_prefix(tmp_path):
    text = "第十条 本市各级计划生育、公安、卫生等行政部门应当建立信息通报制度。\n第十一条 本县将加强领导。\n"
    first = [r for _, r, _ in _roles(tmp_path, text)][0]
    assert "各级计划生育行政部门" in first and not any(u.startswith("本市") for u in first)


# ------------------------------------------------------------------ the session's probe (/tmp/probe26), mended

def test_a_share_counted_after_its_work(tmp_path):
    assert _roles(tmp_path, "2024年，丰县、沛县、睢宁县各完成高标准农田建设5万亩以上。\n") == [([], ["丰县", "沛县", "睢宁县"], [])]


def test_a_share_after_another_owners_sentence_keeps_all_its_places(tmp_path):
    text = ("3.建设特色产业基地。由县农业农村局牵头，县财政局、县自然资源局配合，推进特色产业基地建设。"
            "城关镇、张家镇、李家镇各建设1个千亩标准化茶园。\n")
    assert _roles(tmp_path, text) == [(["县农业农村局"], [], ["县财政局", "县自然资源局"]),
                                      ([], ["城关镇", "张家镇", "李家镇"], [])]


@pytest.mark.parametrize("text, exp", [
    ("周立新要求：各镇（街道）、县直有关部门须严格落实24小时值班和领导带班制度。\n", ["各镇（街道）", "县直有关部门"]),
    ("周立新要求：各镇（街道）须严格落实24小时值班和领导带班制度。\n", ["各镇（街道）"]),
])
def test_a_speakers_colon_then_xu(tmp_path, text, exp):
    assert [r for _, r, _ in _roles(tmp_path, text)] == [exp]


@pytest.mark.parametrize("text", [
    "各市州、省直各有关部门每半年向省邮政管理局报送一次工作进展。\n",
    "各县区、市直各有关部门每季度向市发改委报送一次工作进展情况。\n",
])
def test_groups_progress_sent_up_alone_is_no_task(tmp_path, text):
    assert _owners(tmp_path, text) == []
