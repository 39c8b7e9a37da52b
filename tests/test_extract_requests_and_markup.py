"""Issue 15, 2026-12-08 (twenty-sixth session), from the rounds w2700–w2739 (反诈/断卡, 自建房安全/违法建设,
撂荒耕地/粮食安全, 应急广播/全民阅读): a page saved with its HTML markup; a site's sponsor written before 主办; a lead
that acts after a comma or a 要求 ('…,各村(居委会)牵头建立…'); the parts a unit works by ('县自然资源局分乡(镇)做好…');
务必 after a comma; a request's units before what they are to take in ('请各乡镇充分领会…,进一步开展…'); a heading's
items 1, 2 … run into its line; an aim before the subject ('针对…,各乡镇务必…'); '…为…运维管理单位,负责…'; where a 由
clause's units act ('由A在县级平台统一编排发布'); sectors joined by 和 under a level ('县(区)自然资源和农业农村部门');
and names: carriers, banks and a sector's 系统, never a name holding 包括 or 到. Each class on instances written for it,
and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.names import looks_like_org
from ledger.extraction.owner_lists import units_of, Profile
from ledger.extraction.read import _paragraph_marks_cut
from test_extract_comma_heads_and_named_bodies import BLIND, _owners
from test_extraction_prose_classes import tasks_of


def _roles(tmp_path, text):
    try:
        return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]
    except NoTaskTable:
        return []


TAIL = "\n二、其他\n县财政局负责保障工作经费。\n"


# ------------------------------------------------------------------ a page saved with its markup

def test_block_tags_end_paragraphs_and_inline_tags_go():
    lines, numbers = _paragraph_marks_cut(['<p class="ql-block">一、县公安局负责宣传。</p> <p>二、县<b>财政局</b>负责经费&amp;保障。</p>'],
                                          [1])
    kept = [line.strip() for line in lines if line.strip()]
    assert kept == ["一、县公安局负责宣传。", "二、县财政局负责经费&保障。"]
    assert set(numbers) == {1}


def test_markup_page_reads_as_its_paragraphs(tmp_path):
    text = ('<p class="ql-block">一、宣传</p> <p class="ql-block">县公安局负责反诈宣传。</p>\n'
            '<p class="ql-block">二、经费</p><p>县财政局负责保障经费。</p>\n')
    assert _owners(tmp_path, text) == [["县公安局"], ["县财政局"]]


def test_angle_brackets_of_levels_are_no_markup():
    lines, _ = _paragraph_marks_cut(["各县<市、区>人民政府负责落实。"], [1])
    assert lines == ["各县<市、区>人民政府负责落实。"]


# ------------------------------------------------------------------ a site's sponsor before 主办

def test_sponsor_before_the_word_on_a_site_is_no_owner(tmp_path):
    text = "建德新闻网\n建德市融媒体中心 主办\n您当前的位置: 建德新闻网 > 时政要闻\n\n会议要求,各乡镇要做好反诈宣传。\n"
    assert _owners(tmp_path, text) == [["各乡镇"]]


def test_sponsor_line_away_from_a_site_stays(tmp_path):
    text = "一、活动安排\n县委宣传部 主办\n县文旅局负责组织实施。" + TAIL
    assert ["县文旅局"] in _owners(tmp_path, text)


# ------------------------------------------------------------------ a lead that acts, after a comma or a request

def test_lead_acting_after_a_request_and_commas(tmp_path):
    text = "一、要求\n要求在做好反诈宣传的同时,建立三级体系,各村(居委会)牵头建立第三级体系,负责将居民纳入体系。" + TAIL
    assert _roles(tmp_path, text)[0] == (["各村(居委会)"], [], [])


def test_lead_acting_right_after_a_request(tmp_path):
    text = "一、要求\n会议要求各村牵头建立第三级体系。" + TAIL
    assert _roles(tmp_path, text)[0] == (["各村"], [], [])


def test_no_lead_after_a_news_items_day(tmp_path):
    """Blind w2637: '10月10日,县政协、县水利局牵头到安仓村开展人饮工程调研' is the day's visit, work done, and owns
    nothing of the page."""
    text = (BLIND / "w2637.txt").read_text(encoding="utf-8")
    assert all("县政协" not in owners for owners in _owners(tmp_path, text))


def test_no_lead_before_a_label(tmp_path):
    text = "一、分组\n产业招商小组,牵头单位县农业农村局,配合单位县财政局。" + TAIL
    assert all("产业招商小组" not in owners for owners in _owners(tmp_path, text))


# ------------------------------------------------------------------ how and where the subject acts

def test_parts_a_unit_works_by(tmp_path):
    text = ("三、工作步骤\n(一)全面排查阶段(7月15日-22日)\n县自然资源局分乡(镇)做好排查表,建立排查台账。\n"
            "(二)整改阶段\n各乡(镇)分片开展整改。\n")
    assert _owners(tmp_path, text) == [["县自然资源局"], ["各乡(镇)"]]


def test_must_after_a_comma(tmp_path):
    text = "一、管控\n针对排查出来的涉诈人员,各乡镇务必坚持精准管控。" + TAIL
    assert _owners(tmp_path, text)[0] == ["各乡镇"]


def test_request_of_units_to_take_in_then_act(tmp_path):
    text = "一、摸排\n请各乡镇充分领会国务院机制办的工作导向和具体要求,进一步开展拉网式滚动摸排。" + TAIL
    assert _owners(tmp_path, text)[0] == ["各乡镇"]


def test_request_to_take_seriously_only_stays_no_ones(tmp_path):
    text = "一、要求\n请各街道高度重视,认真贯彻执行。" + TAIL
    assert _owners(tmp_path, text) == [["县财政局"]]


def test_heading_with_its_items_run_into_its_line(tmp_path):
    text = ("二、务必加大管控力度。1.要锚定目标。各乡镇要坚决扛牢政治责任。2.要全面摸排。各乡镇要开展拉网式滚动摸排。"
            "3.要严格管控。针对排查出来的人员,各乡镇务必坚持精准管控,逐一建立管控档案。\n")
    tasks = tasks_of(tmp_path, text)
    assert [t[0] for t in tasks] == ["1", "2", "3"] or len(tasks) == 3
    assert [sorted(t[1] + t[2] + t[3]) for t in tasks] == [["各乡镇"]] * 3


def test_unit_said_to_run_a_system_then_its_duty(tmp_path):
    text = "第四条\n岳阳县融媒体中心为我县应急广播体系运维管理单位,负责该体系建设、维护。\n第五条\n县财政局负责保障经费。\n"
    assert _owners(tmp_path, text)[0] == ["岳阳县融媒体中心"]


def test_where_a_by_clauses_units_act(tmp_path):
    text = ("第五条\n为保证有序播出,县直其他单位需要播出的宣传内容由县融媒体中心在县级平台统一编排发布。\n"
            "第六条\n县财政局负责保障经费。\n")
    assert _owners(tmp_path, text)[0] == ["县融媒体中心"]


# ------------------------------------------------------------------ sectors joined under a level

@pytest.mark.parametrize("cell, units", [
    ("县自然资源和农业农村部门", ["县自然资源部门", "县农业农村部门"]),
    ("县(区)公安和交通部门", ["县(区)公安部门", "县(区)交通部门"]),
    ("县住房和城乡建设部门", ["县住房和城乡建设部门"]),  # one sector's name with 和 inside
    ("县文化和旅游部门", ["县文化和旅游部门"]),
])
def test_sectors_joined_under_a_level(cell, units):
    assert units_of(cell, Profile.of([]), from_text=True).names == units


def test_levels_sharing_sectors_joined(tmp_path):
    text = "一、要求\n市、县(区)自然资源和农业农村部门要运用卫片监测。" + TAIL
    assert _owners(tmp_path, text)[0] == sorted(["市自然资源部门", "市农业农村部门", "县(区)自然资源部门",
                                                 "县(区)农业农村部门"])


# ------------------------------------------------------------------ names

@pytest.mark.parametrize("name", ["三大电信运营商", "金融银行系统", "各银行", "教育系统"])
def test_carriers_banks_and_sector_systems_are_bodies(name):
    assert looks_like_org(name)


@pytest.mark.parametrize("name", ["信息系统", "管理系统"])
def test_other_systems_are_no_bodies(name):
    assert not looks_like_org(name)


def test_list_with_carriers_and_banks(tmp_path):
    text = ("会议强调,联席办要牵头抓总,加大督导考核,三大电信运营商、金融银行系统、市场监管部门和派出所要发挥职能优势,"
            "构建部门联动的新格局。\n")
    owners = _owners(tmp_path, text)
    assert sorted(["三大电信运营商", "金融银行系统", "市场监管部门", "派出所"]) in owners


def test_a_members_list_is_no_name(tmp_path):
    text = ("一、会议\n经市政府同意,市水利局牵头建立联席会议制度,成员单位包括市委宣传部、市委党校、市农办等15个市直部门。"
            + TAIL)
    assert all("成员单位包括市委宣传部" not in o for owners in _owners(tmp_path, text) for o in owners)


def test_where_one_goes_is_no_name(tmp_path):
    text = "治安大队到银行及通讯运营商检查“断卡”行动开展情况\n\n县公安局负责反诈宣传。\n"
    assert all(not any(o.startswith("到") or "到银行" in o for o in owners) for owners in _owners(tmp_path, text))


def test_alternative_after_a_name_cut_from_its_verb(tmp_path):
    """'…分解落实到相关镇人民政府(街道办事处)' (development p015): the bracket is the name's other form, no owner."""
    text = "一、明确责任\n重点将主要目标和任务分解落实到相关部门,部分任务同时分解落实到相关镇人民政府(街道办事处)。" + TAIL
    assert all("街道办事处" not in o for owners in _owners(tmp_path, text) for o in owners)


@pytest.mark.parametrize("name", ["新闻媒体", "各级新闻媒体", "主流媒体"])
def test_the_press_is_a_body(name):
    assert looks_like_org(name)


def test_press_beside_a_department(tmp_path):
    text = "一、宣传\n宣传部门和新闻媒体要统筹安排宣传工作,全面搜集新型电诈案件的素材。" + TAIL
    assert _owners(tmp_path, text)[0] == ["宣传部门", "新闻媒体"]


@pytest.mark.parametrize("cell, units", [
    ("??h農業農村局", ["農業農村局"]),  # a mirror's damage where 縣 was
    ("L领导小组", ["领导小组"]),
    ("xx区政务服务局", ["xx区政务服务局"]),  # a template's placeholder stays
])
def test_letters_left_before_a_name(cell, units):
    assert units_of(cell, Profile.of([]), from_text=True).names == units


def test_clauses_in_series_with_a_check_carried_out_in_their_area(tmp_path):
    text = ("二是迅速行动。各村成立工作小组,研究制定整治行动工作方案;各村、社区在辖区内进行一次全面的摸底清查,"
            "对排查出的问题分类登记造册。" + TAIL)
    owners = _owners(tmp_path, text)
    assert ["各村"] in owners and ["各村", "各社区"] in owners


def test_carrying_out_alone_is_no_duty(tmp_path):
    text = "一、会议\n会议进行了热烈讨论,县财政局的同志进行发言。" + TAIL
    assert _owners(tmp_path, text) == [["县财政局"]]


def test_bodies_whose_people_the_subject_organises_are_no_partners(tmp_path):
    text = "一、推进\n各乡镇组织农村集体产权改革办及专业合作社辅导员深入农户,及时解读政策。" + TAIL
    assert _roles(tmp_path, text)[0] == ([], ["各乡镇"], [])


def test_body_the_subject_organises_to_act_stays_its_partner(tmp_path):
    text = "一、演出\n县文旅局组织县文化馆负责开展惠民演出。" + TAIL
    assert _roles(tmp_path, text)[0] == (["县文旅局"], ["县文化馆"], [])


def test_everyone_of_a_level_leading_after_a_request_is_no_owner(tmp_path):
    text = "二、重点行动\n要求市级部门牵头实施好三大行动。即市住建局牵头,组织开展城区黑臭水体整治。\n"
    assert [lead for lead, _, _ in _roles(tmp_path, text) if lead] == [["市住建局"]]


# ------------------------------------------------------------------ a lead's clause before its doers'

@pytest.mark.parametrize("text, lead, doers", [
    ("一、整治\n由县住建局牵头,县财政局负责确定具体进度计划。", ["县住建局"], ["县财政局"]),
    ("一、整治\n各社区根据摸排情况进行分类整治。由街道城管中队牵头,各社区必须确定具体进度计划。", ["街道城管中队"], ["各社区"]),
])
def test_a_by_lead_and_the_doers_after_it_are_one_task(tmp_path, text, lead, doers):
    assert (lead, doers, []) in _roles(tmp_path, text + TAIL)
    assert all(t[0] != "由县住建局牵头" for t in tasks_of(tmp_path, text + TAIL))


def test_point_mark_and_its_title_open_the_next_subjects_task(tmp_path):
    text = ("一、要求\n二要系统谋划,全面夯实阵地。县委宣传部要细化创建工作任务。三要综合施策,积极提升治理效能。"
            "区联席办要坚持精准治理和问题导向。" + TAIL)
    texts = {tuple(sorted(lead + resp + coop)): t for t, lead, resp, coop in tasks_of(tmp_path, text)}
    assert texts[("区联席办",)].startswith("三要综合施策")


@pytest.mark.parametrize("cell, units", [
    ("各乡(镇)、县政府有关部门", ["各乡(镇)", "县政府有关部门"]),  # the townships, and the county's departments
    ("各县(市)、区人民政府", ["各县(市)、区人民政府"]),  # levels sharing their government, as before
    ("各乡(镇)人民政府", ["各乡(镇)人民政府"]),
])
def test_a_township_with_its_own_before_a_higher_level(cell, units):
    assert units_of(cell, Profile.of([]), from_text=True).names == units


def test_subject_that_helps_and_has_a_duty_of_its_own(tmp_path):
    text = ("一、职责\n市广电局负责全市工程的监督管理;市、县有线电视传输机构配合广播影视行政管理部门进行“户户通”工程的规划,"
            "并承担光缆干线的建设。" + TAIL)
    assert ([], [], ["市有线电视传输机构", "县有线电视传输机构"]) in _roles(tmp_path, text)


def test_blanked_figures_decimal_points_are_no_swapped_marks():
    from ledger.extraction.punctuation import scrambled
    text = ("到年底,有线电视用户.万户,入户率达%;数字电视用户.万户,入户率达%;地面接收装置.万套,入户率达%。"
            "市广电局负责全市工程建设的规划、组织、指导和管理工作,县广播电视播出机构负责无线发射台的建设、管理。")
    assert not scrambled(text)
    assert scrambled("第四条,市房产管理部门负责拟定政策,制度.保障规划.报请市政府批准,并负责组织实施.市发改,住建.财政。税务")


def test_letters_dropped_before_a_name_are_reported(tmp_path):
    import ledger
    plan = tmp_path / "plan.txt"
    plan.write_text("一、会议要求\n会议强调,各乡镇要做好宣传。??h農業農村局工作人員要深入到各鄉鎮各村。\n", encoding="utf-8")
    result = ledger.extract(plan, tmp_path / "out.xlsx", overwrite=True)
    dropped = [f for f in result.findings if f.code == "unit-marks-dropped"]
    assert dropped and "农业农村局" in dropped[0].message


# ------------------------------------------------------------------ the stranger's probe (/tmp/probe28), mended

@pytest.mark.parametrize("text, roles", [
    ("一、演练\n由县应急管理局牵头，县消防救援大队负责组织演练，各乡镇配合。",
     (["县应急管理局"], ["县消防救援大队"], ["各乡镇"])),  # before: 县消防救援大队 cooperating
    ("一、整治\n开展清理。由爱卫办牵头,环保局、教育局配合,各乡镇负责抓好落实农村环境卫生整治。",
     (["爱卫办"], ["各乡镇"], ["环保局", "教育局"])),  # blind w2451's sentence
])
def test_a_unit_with_its_own_duty_after_a_lead(tmp_path, text, roles):
    assert _roles(tmp_path, text + TAIL)[0] == roles


def test_several_parts_a_unit_works_by(tmp_path):
    assert _owners(tmp_path, "一、改造\n县教育局分批、分阶段推进校舍改造。" + TAIL)[0] == ["县教育局"]


def test_request_to_learn_then_act(tmp_path):
    text = "一、自查\n请县直各单位认真学习领会通知要求，迅速开展自查自纠。" + TAIL
    assert _owners(tmp_path, text)[0] == ["县直各单位"]


def test_points_numbered_first_second_with_titles(tmp_path):
    text = ("一、要求\n第一，压实责任。各乡镇要落实属地责任。第二，强化督导。县纪委监委要加强监督。第三，严肃问责。"
            "县委组织部要严格考核。" + TAIL)
    texts = {tuple(sorted(lead + resp + coop)): t for t, lead, resp, coop in tasks_of(tmp_path, text)}
    assert texts[("县纪委监委",)].startswith("第二") and texts[("县委组织部",)].startswith("第三")


def test_levels_helping_a_department(tmp_path):
    text = "一、宣传\n市、县广播电视台配合宣传部门做好宣传报道。" + TAIL
    assert _roles(tmp_path, text)[0] == ([], [], ["市广播电视台", "县广播电视台"])


# ------------------------------------------------------------------ a series of points whose first names the owners

def test_later_points_are_the_first_points_owners(tmp_path):
    text = "一、要求\n会议要求,一是县公安局要加强宣传;二是要开展排查;三是对可疑账号要及时上报。" + TAIL
    assert [o for o in _owners(tmp_path, text)][:3] == [["县公安局"]] * 3


def test_points_after_a_request_naming_units(tmp_path):
    text = "一、要求\n会议要求各乡镇、县公安局,一是加强宣传;二是开展排查。" + TAIL
    assert _owners(tmp_path, text)[:2] == [sorted(["各乡镇", "县公安局"])] * 2


def test_points_opened_by_units_with_a_plain_verb(tmp_path):
    text = "陈震大队长要求,一是通讯运营商、银行加强内部管理,堵塞行业漏洞;二是对可疑账号要及时抄送市联席办;三是持续开展宣传。\n"
    assert _owners(tmp_path, text) == [["通讯运营商", "银行"]] * 3


@pytest.mark.parametrize("text", [
    "一是各成员单位要增强大局意识。二是强化组织领导,明确职责。\n",  # everyone first: a call, no owner to pass on
    "会议要求,一是县教育局要加强宣传;二是公安、文化部门要继续加强培训。\n",  # the second point's own subject
])
def test_points_that_keep_no_owner_of_the_first(tmp_path, text):
    assert ["县教育局"] not in _owners(tmp_path, text)[1:] and all("各成员单位" not in o for o in _owners(tmp_path, text)[1:])
