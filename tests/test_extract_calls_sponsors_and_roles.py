"""Issue 15, 2026-12-07 (twenty-third session), from the round w2460–w2499 (防溺水/学校安全, 知识产权/品牌, 妇女儿童发展规划,
烟花爆竹禁放/冬春防火) and the blind set: units named in their role after the leading owners ('由A牵头、B为…的责任单位');
a news page with nothing else, whose groups own their clauses ('会议强调,各部门要坚持问题导向,…'); people's organisations
among sectors sharing a 部门 (妇联 is no 妇联部门); a leading verb after an adverb ('要继续牵头'); a call's 希望 before the
units it is made to; a website's sponsor lines ('主办单位:…' beside its ICP number or 投稿邮箱); a news headline naming
who issued the plan; each village committee as a group of places ('各村(居)委会成立…'). Each class on instances written
for it, and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.tasks import extract_tasks
from test_extraction_prose_classes import tasks_of


def _roles(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


def _owns_nothing(tmp_path, text):
    try:
        return not any(lead + resp + coop for lead, resp, coop in _roles(tmp_path, text))
    except NoTaskTable:
        return True


# ------------------------------------------------------------------ units named in their role after the lead

@pytest.mark.parametrize("text, exp", [
    ("一、职责\n由镇环境整治办牵头、各社区为环境卫生专项整治工作的责任单位，全面负责本辖区内的整治工作。\n",
     (["镇环境整治办"], ["各社区"], [])),
    ("一、职责\n由县住建局牵头，县城管局、县交通局为责任单位，负责道路整治。\n",
     (["县住建局"], ["县城管局", "县交通局"], [])),
    ("一、职责\n县住建局牵头，县城管局、县交通局为配合单位，负责道路整治。\n",
     (["县住建局"], [], ["县城管局", "县交通局"])),
])
def test_units_named_in_their_role_after_the_lead_take_that_role(tmp_path, text, exp):
    assert _roles(tmp_path, text) == [exp]


def test_a_unit_named_in_its_role_alone_stays_responsible(tmp_path):
    assert _roles(tmp_path, "一、职责\n县级政府为责任单位，负责组织实施本地区的项目。\n") == [([], ["县级政府"], [])]


# ------------------------------------------------------------------ a page with nothing else: its groups own their clauses

@pytest.mark.parametrize("text, unit", [
    ("会议强调，各部门要坚持问题导向，拿出切实可行的措施，制定详细的攻坚时间表。\n", "各部门"),
    ("会后，各相关单位要制定明确整改方案，按期完成整改。\n", "各相关单位"),
])
def test_on_a_page_with_nothing_else_a_group_owns_its_clause(tmp_path, text, unit):
    result = extract_tasks(_plan(tmp_path, text))
    assert [t.responsible for t in result.tasks] == [[unit]]
    assert "subject-sentences" in [f.code for f in result.findings]  # reported, for a clerk to check


@pytest.mark.parametrize("text", [
    "一、工作要求\n各部门要高度重视，加强领导，确保各项工作落到实处。\n",  # a part of requests: a call on all
    "会后，各有关部门要按照职责分工，抓好落实。\n",  # calls only, no duty
    "会议强调，各部门要高度重视，加强领导。\n",
    "（1）各级部门提供资料的具体要求。\n",  # a heading's noun phrase
])
def test_on_such_a_page_a_call_on_everyone_owns_nothing(tmp_path, text):
    assert _owns_nothing(tmp_path, text)


def test_on_such_a_page_a_named_units_duty_to_make_rules_stays(tmp_path):
    assert _roles(tmp_path, "县教育局负责制定学生管理的具体办法。\n") == [([], ["县教育局"], [])]


def _plan(tmp_path, text):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return plan


# ------------------------------------------------------------------ people's organisations among sectors

@pytest.mark.parametrize("text, exp", [
    ("一、任务\n（一）加强宣传。教育、宣传、共青团、妇联、关工委等相关部门要加强宣传教育。\n",
     ["教育部门", "宣传部门", "共青团", "妇联", "关工委"]),
    ("一、任务\n（一）做好帮扶。民政、妇联、残联等部门要做好帮扶。\n", ["民政部门", "妇联", "残联"]),
    ("一、任务\n（一）做好帮扶。民政、财政等部门要做好帮扶。\n", ["民政部门", "财政部门"]),  # sectors as before
])
def test_a_peoples_organisation_keeps_its_name_among_sectors(tmp_path, text, exp):
    assert _roles(tmp_path, text) == [([], exp, [])]


# ------------------------------------------------------------------ a leading verb after an adverb

@pytest.mark.parametrize("verb", ["要继续牵头", "要积极牵头", "将继续牵头"])
def test_a_lead_after_an_adverb_leads(tmp_path, verb):
    got = _roles(tmp_path, f"一、任务\n（一）公安部门{verb}开展巡塘巡河，教育部门配合。\n")
    assert got == [(["公安部门"], [], ["教育部门"])]


# ------------------------------------------------------------------ 希望 before the units a call is made to

def test_the_word_of_a_call_is_no_part_of_a_name(tmp_path):
    text = "一、任务\n（一）县教育局负责营养餐。希望各单位要积极配合、扎实工作。希望县财政局要保障经费。\n"
    units = [u for lead, resp, coop in _roles(tmp_path, text) for u in lead + resp + coop]
    assert "县财政局" in units and not any(u.startswith("希望") for u in units)


def test_a_name_that_begins_with_the_word_keeps_it(tmp_path):
    assert _roles(tmp_path, "一、任务\n（一）希望小学要做好营养餐。\n") == [([], ["希望小学"], [])]


def test_what_is_built_is_no_name(tmp_path):
    text = ("下一步,市教育局将持续开展食品安全主题校园活动,搭建家校食品安全沟通平台,增强家长和学生的食品安全意识。"
            "由市市场监管局牵头,教育局配合,定期通报工作。\n")
    units = [u for lead, resp, coop in _roles(tmp_path, text) for u in lead + resp + coop]
    assert "搭建家校" not in units and "市教育局" in units


# ------------------------------------------------------------------ a website's sponsor lines

@pytest.mark.parametrize("furniture", [
    "主办单位: 麻城市融媒体中心\n投稿邮箱: mczfw@163.com\n",
    "主办单位:中共武汉市委宣传部\n承办单位:长江网\n\n",
    "主办单位:迁西县人民政府电子政务中心\n传真:84371700\n冀ICP备12020669号-1 网站标识码:1302270001\n",
])
def test_a_websites_sponsor_is_no_owner(tmp_path, furniture):
    text = furniture + "会议要求,市市场监管局要切实履行牵头职责,强化宣传指导。\n"
    assert _roles(tmp_path, text) == [([], ["市市场监管局"], [])]


def test_an_events_sponsor_stays_its_owner(tmp_path):
    text = ("一、活动内容\n活动名称:促消费专项活动\n主办单位:肃南县人民政府\n承办单位:县工信局、县财政局\n"
            "协办单位:县统计局\n二、资金来源\n")
    got = _roles(tmp_path, text)
    assert got and got[0][0] == ["肃南县人民政府"] and "县工信局" in got[0][1]


# ------------------------------------------------------------------ a news headline naming the plan's issuer

def test_a_headline_naming_who_issued_the_plan_gives_no_task(tmp_path):
    text = "阳江教育局印发《预防学生溺水专项行动实施方案》\n抓早抓实\n《方案》指出,各学校要制定切实可行的预防溺水工作方案。\n"
    assert _roles(tmp_path, text) == [([], ["各学校"], [])]


# ------------------------------------------------------------------ each village committee as a group of places

@pytest.mark.parametrize("group", ["各村(居)委会", "各村委会", "各村（居）委会"])
def test_village_committees_own_their_sentence_after_another_owner(tmp_path, group):
    text = f"一、任务\n（一）各镇政府要组织排查水域。要督促村委会落实警示牌。{group}成立防溺水巡逻队,加强宣传教育。\n"
    assert _roles(tmp_path, text) == [([], ["各镇政府"], []), ([], [group], [])]


# ------------------------------------------------------------------ the second round (w2500–w2536): 无障碍, 气象/防雷, 政府采购, 三资

def test_sectors_after_the_lead_that_help_cooperate(tmp_path):
    text = "一、任务\n（一）由气象部门牵头，安监、公安(消防)、教育等部门协同开展此次检查工作。\n"
    assert _roles(tmp_path, text) == [(["气象部门"], [], ["安监部门", "公安(消防)部门", "教育部门"])]


def test_a_quoted_principle_names_no_ones_duty(tmp_path):
    text = ("一、任务\n（一）按照“政府统一领导,管理部门牵头,有关部门配合,社会共同参与”的要求,由气象部门牵头,县安监局、"
            "县公安局协同开展此次检查工作。\n")
    assert _roles(tmp_path, text) == [(["气象部门"], [], ["县安监局", "县公安局"])]


def test_a_units_about_page_gives_its_duties_to_it(tmp_path):
    text = ("首页> 关于我们\n东营市公共资源交易中心为市政务服务中心管理办公室所属公益一类事业单位,核定编制23名。\n"
            "一、主要职责\n(一)负责公共资源交易平台的建设、管理和维护;\n(二)为公共资源交易活动提供场所、设施和服务;\n"
            "二、内部科室\n市公共资源交易中心内设办公室、受理科、交易科等6个科室。\n")
    assert _roles(tmp_path, text) == [([], ["东营市公共资源交易中心"], [])] * 2


@pytest.mark.parametrize("headline", ["上海徐汇区开展2010年度政府采购专项检查", "红安县加快推进人才下乡专项行动"])
def test_a_news_headline_gives_no_task(tmp_path, headline):
    text = f"{headline}\n2023-08-17 19:38\n近日,区财政局会同区审计局对全区预算单位开展专项检查。\n"
    assert _roles(tmp_path, text) == [(["区财政局"], [], ["区审计局"])]


def test_a_duty_that_opens_with_its_verb_names_no_unit(tmp_path):
    text = "自治区政务服务局主要职责\n(一)负责全区政务服务工作。\n(二)承担自治区推进政府职能转变协调小组办公室日常工作。\n"
    units = [u for lead, resp, coop in _roles(tmp_path, text) for u in lead + resp + coop]
    assert not any(u.startswith("承担") for u in units)


# ------------------------------------------------------------------ the session's probe: near misses of its own rules

@pytest.mark.parametrize("text, exp", [
    # a plan's first line is its first task, its owner labelled under it: no headline
    ("县发改委推进重点项目建设\n责任单位：县发改委\n完成时限：2024年12月底\n县财政局加快专项债券资金拨付\n责任单位：县财政局\n"
     "完成时限：2024年9月底\n", [([], ["县发改委"], []), ([], ["县财政局"], [])]),
    # 应急 in a headline is no modal: the headline still gives no task
    ("市应急管理局开展消防安全专项检查\n2024-06-01\n6月1日，市应急管理局联合市消防救援支队对全市商场开展消防安全检查。\n",
     [(["市应急管理局"], [], ["市消防救援支队"])]),
])
def test_a_headline_is_only_a_news_pages_first_line(tmp_path, text, exp):
    assert _roles(tmp_path, text) == exp


@pytest.mark.parametrize("place", ["希望乡人民政府", "希望镇人民政府"])
def test_a_place_named_希望_keeps_its_name(tmp_path, place):
    text = f"一、任务\n（一）做好秸秆禁烧工作。{place}负责辖区内秸秆禁烧巡查和宣传。\n"
    assert _roles(tmp_path, text) == [([], [place], [])]


def test_a_call_to_study_the_meetings_spirit_owns_nothing(tmp_path):
    assert _owns_nothing(tmp_path, "会议要求，各地各部门要认真学习贯彻会议精神。\n")


def test_an_order_in_quoted_speech_is_its_groups(tmp_path):
    text = "在全县森林防火工作会议上，县长强调：“各乡镇要严格落实野外火源管控措施，坚决守住不发生重大森林火灾的底线。”\n"
    assert _roles(tmp_path, text) == [([], ["各乡镇"], [])]


def test_a_sites_news_hotline_marks_its_sponsor_line(tmp_path):
    text = ("6月5日，市生态环境局组织开展环境执法专项行动，检查涉气企业46家。\n新闻热线：0716-8888888\n"
            "主办单位：荆州市融媒体中心\n")
    assert _roles(tmp_path, text) == [([], ["市生态环境局"], [])]


@pytest.mark.parametrize("text, exp", [
    ("四、工作安排\n（三）改善学校办学条件。区教育局为责任单位，区财政局为配合单位，负责完成12所薄弱学校的改造提升。\n",
     [([], ["区教育局"], ["区财政局"])]),
    ("二、重点任务\n（一）深化文明城市创建。由县委宣传部牵头，县文明办、县融媒体中心为成员单位，负责文明城市创建宣传工作。\n",
     [(["县委宣传部"], [], ["县文明办", "县融媒体中心"])]),
])
def test_units_named_in_their_roles_without_a_lead_verb_first(tmp_path, text, exp):
    assert _roles(tmp_path, text) == exp


@pytest.mark.parametrize("text, unit", [
    ("座谈会上，县委书记希望县卫健局要切实加强基层医疗队伍建设，持续提升服务能力。\n", "县卫健局"),
    ("会议最后，县长希望各单位要积极配合县统计局做好经济普查工作。\n", "各单位"),
])
def test_the_speaker_before_a_call_is_no_part_of_its_units(tmp_path, text, unit):
    assert _roles(tmp_path, text) == [([], [unit], [])]
