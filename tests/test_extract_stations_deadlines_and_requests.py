"""Owners in the forms the fourteenth session's third round of unseen batches (w1640-w1676: 地名/门牌, 电梯安全,
标准化/计量, 社区矫正/安置帮教) showed (issue 15), read in the fifteenth session: a station acting once something is done
('司法所在摸排工作完成后,要…', w1672: 所在 is a word elsewhere); whose station it is ('服刑在教人员户籍所在乡镇(街道)司法所
通过此系统获取…', w1671); prisons as bodies ('监狱、劳教所、看守所(以下简称监所)在接收…的1个月内,应…', w1671); a deadline
before the subject ('…,2011年底前各区市应至少建立…', w1673); a notice's numbered requests to groups, with 请 as the
modal and the part the group plays before it ('一、各相关单位要按照…要求,认真组织项目实施…', '二、作为项目建设的各管理和
指导单位要加强…', '三、各项目承担单位请于…前,通过…提交…', w1663); plain verbs of a page without labels ('1.派出所完成
提供…', w1643; '区市司法局对…采取现场接管', w1673; '安置帮教办公室为刑释解教人员建立一人一档', w1675); the issuers in
brackets before the preamble, an office's seat with only its telephone, the partners of a lead forming a group ('由市公安局
牵头,市民政局…等部门参加的…领导小组', w1641); '由A协助B共同做好…' (w1642); a condition's units and what was done to a
subject ('…进行救援的,被救援电梯的维护保养单位应当…', '被调度的维护保养单位应当…', w1652); levels sharing a name after
a compound level with its note ('市、区县(自治县)人民政府', w1651); '…分别落实…' (w1661). Instances written for each class
with other units and wording than the pages that showed them; near misses kept."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction.names import across_the_end, levels_sharing_one_name, looks_like_org

from test_extract_stage_titles_and_set_up_bodies import subject_roles
from test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ a station's name before 在 and when it acts

@pytest.mark.parametrize("sentence, units", [
    ("派出所在接到报警后,应当立即出警处置。", ["派出所"]),
    ("县司法所在收到刑满释放通知之后,要及时登记建档。", ["县司法所"]),
    ("乡镇财政所在资金拨付前,要严格审核报账材料。", ["乡镇财政所"]),
])
def test_a_station_acting_once_something_is_done_owns_its_sentence(sentence, units):
    assert subject_roles(sentence) == [{"responsible": units}]


def test_the_words_with_suo_zai_stay_one_word_elsewhere():
    assert across_the_end("户籍所在地派出所", 3)  # 户籍所|在地: no name ends at 所
    assert across_the_end("其所在单位要及时报告", 2)
    assert not across_the_end("派出所在接到报警后,应当", 3)
    assert subject_roles("户籍所在地要及时报告情况。") == []


@pytest.mark.parametrize("sentence, units", [
    ("流动人口居住地所在街道办事处负责登记造册。", ["街道办事处"]),
    ("刑满释放人员户籍所在地乡镇人民政府应当做好衔接。", ["乡镇人民政府"]),
    ("服刑人员户口所在社区居民委员会要协助做好帮教。", ["社区居民委员会"]),
])
def test_whose_station_it_is_before_the_unit_is_no_part_of_its_name(sentence, units):
    assert subject_roles(sentence) == [{"responsible": units}]


def test_a_by_clause_naming_where_someone_is_registered_is_not_read_as_such_a_subject():
    assert subject_roles("归侨侨眷的身份由其户籍所在地的县级以上人民政府负责侨务工作的机构认定。") != [
        {"responsible": ["县级以上人民政府"]}]


def test_prisons_are_bodies():
    assert looks_like_org("监狱") and looks_like_org("省女子监狱") and not looks_like_org("出狱")
    assert subject_roles("监狱、戒毒所(以下简称监所)在接收服刑人员的15日内,应当核实其信息。") == [
        {"responsible": ["监狱、戒毒所"]}]


@pytest.mark.parametrize("sentence, units", [
    ("县民政局在受理服刑在教人员家属申请的30个工作日内,应当作出决定。", ["县民政局"]),
    ("区人社局在收到材料的5日内完成审核。", ["区人社局"]),
])
def test_a_time_limit_with_any_words_in_it_says_the_subject_must(sentence, units):
    assert subject_roles(sentence) == [{"responsible": units}]


# ------------------------------------------------------------------ a deadline before the subject

@pytest.mark.parametrize("sentence, units", [
    ("完善保障机制,2025年底前各乡镇应建成一处示范点。", ["各乡镇"]),
    ("6月底前,县住建局要完成全部排查。", ["县住建局"]),
    ("健全档案,今年10月15日前县档案馆要完成数字化。", ["县档案馆"]),
])
def test_a_deadline_before_the_subject_leaves_the_subject_the_owner(sentence, units):
    assert subject_roles(sentence, groups=True) == [{"responsible": units}]


def test_a_deadline_with_no_subject_names_no_one():
    assert subject_roles("2024年前完成全部改造。", groups=True) == []


# ------------------------------------------------------------------ a notice's numbered requests to groups

NOTICE = ("某县财政局关于下达2024年乡村建设项目的通知\n"
          "各乡镇人民政府,县直各有关单位:\n"
          "现将2024年乡村建设项目下达给你们,并提出以下要求:\n"
          "一、各项目单位要按照《某县乡村建设项目管理办法》要求,认真组织项目实施,确保按时完成建设任务。项目情况将纳入年度考核。\n"
          "二、作为项目主管部门的各行业单位要加强对项目的日常指导,及时帮助解决建设中的困难。\n"
          "三、各乡镇请于2024年11月30日前报送项目进展情况。\n"
          "联系人:王某,电话:1234567。\n")


def test_a_notices_numbered_requests_each_go_to_the_group_it_names(tmp_path):
    got = tasks_of(tmp_path, NOTICE)
    assert [resp for _, _, resp, _ in got] == [["各项目单位"], ["各行业单位"], ["各乡镇"]]
    assert got[0][0].startswith("各项目单位要按照")


def test_a_notice_that_only_calls_on_everyone_still_gives_no_task(tmp_path):
    text = ("某县关于做好安全生产工作的通知\n各乡镇,县直各单位:\n"
            "一、各单位要高度重视,加强领导。\n二、各部门要统一思想,提高认识。\n")
    with pytest.raises(NoTaskTable):
        tasks_of(tmp_path, text)


@pytest.mark.parametrize("sentence, units", [
    ("各县区请于10月底前报送自查报告。", ["各县区"]),
    ("县教育局请及时汇总各校数据。", ["县教育局"]),
])
def test_qing_before_a_deadline_or_a_manner_is_the_subjects_duty(sentence, units):
    assert subject_roles(sentence, groups=True) == [{"responsible": units}]


def test_qing_shi_is_no_request_to_the_subject():
    assert subject_roles("县政府请示市政府同意。", groups=True) == []


def test_the_part_a_group_plays_before_it_is_no_part_of_its_name():
    assert subject_roles("作为试点的各村要建立工作台账。", groups=True) == [{"responsible": ["各村"]}]


# ------------------------------------------------------------------ plain verbs of a page without labels

def test_plain_verbs_of_a_page_without_labels(tmp_path):
    text = ("某镇门牌整治方案\n一、工作步骤\n1.派出所完成辖区门牌数据的采集。\n"
            "2.县公安局对重点人员采取动态管控措施。\n3.社区矫正中心为社区服刑人员建立个人档案。\n")
    assert owners(tmp_path, text) == [([], ["派出所"], []), ([], ["县公安局"], []), ([], ["社区矫正中心"], [])]


def test_what_was_completed_is_a_report_not_a_plain_duty():
    assert subject_roles("县住建局完成了去年的老旧小区改造。", plain=True) == []


def test_a_place_said_to_be_an_area_is_no_subject_acting_for_people():
    assert subject_roles("三级巡查区为未划入一二级巡查区的区域。", plain=True) == []


# ------------------------------------------------------------------ the issuers, an office's seat, a lead's partners

def test_the_issuers_in_brackets_before_the_preamble_own_no_task(tmp_path):
    text = ("某市门牌清理整顿工作方案\n(市公安局、市民政局、市财政局) "
            "根据《某省门牌清理整顿工作意见》要求,结合我市实际,特制定本方案。\n"
            "一、工作任务\n(一)市公安局负责门牌编制工作。\n(二)市民政局负责地名审核工作。\n")
    assert owners(tmp_path, text) == [([], ["市公安局"], []), ([], ["市民政局"], [])]


def test_an_office_seat_with_only_its_telephone_is_no_task(tmp_path):
    text = ("一、组织领导\n县成立门牌管理工作领导小组,由县民政局牵头,负责统筹全县门牌管理工作。"
            "领导小组办公室设在县民政局,联系电话:1234567。\n")
    got = owners(tmp_path, text)
    assert all("领导小组办公室" not in resp for _, resp, _ in got)


@pytest.mark.parametrize("sentence, lead, partners", [
    ("县成立由县应急局牵头,县公安局、县消防大队等部门参加的联合检查组,负责开展专项检查。",
     ["县应急局"], ["县公安局、县消防大队"]),
    ("成立由区民政局牵头,区财政局参与的工作专班,统筹推进改革。", ["区民政局"], ["区财政局"]),
])
def test_the_partners_of_a_lead_in_the_body_they_form(sentence, lead, partners):
    assert subject_roles(sentence) == [{"lead": lead, "cooperating": partners}]


def test_the_partners_in_a_system_a_subject_sets_up_are_not_its_partners():
    roles = subject_roles("各县区要建立由政府领导牵头,审计、监察等有关职能部门参加的整改联席会议制度,推动整改。", groups=True)
    assert all("cooperating" not in r for r in roles)


@pytest.mark.parametrize("sentence, exp", [
    ("由街道地名管理机构协助县地名委员会办公室(以下简称“县地名办”)共同做好门牌摸底工作。",
     {"responsible": ["县地名委员会办公室"], "cooperating": ["街道地名管理机构"]}),
    ("由县民政局协助县公安局做好地址信息核对。", {"responsible": ["县公安局"], "cooperating": ["县民政局"]}),
])
def test_by_a_helping_b_makes_b_responsible_and_a_its_partner(sentence, exp):
    assert subject_roles(sentence) == [exp]


# ------------------------------------------------------------------ a condition's units, what was done to a subject

def test_the_units_in_a_condition_own_nothing_the_subject_after_it_does(tmp_path):
    text = ("第十条 县文旅局负责文物保护工作。施工单位在施工中发现文物的,文物部门应当及时派员处置。"
            "被约谈的乡镇人民政府应当在10日内提交整改报告。\n")
    got = owners(tmp_path, text)
    named = [u for _, resp, _ in got for u in resp]
    assert "施工单位" not in named
    assert "乡镇人民政府" in named


def test_what_a_subject_acts_on_in_a_clause_ending_in_de_is_no_condition(tmp_path):
    text = ("第十条 县应急局负责督办工作。县联席会议办公室对完成整改事项的,按程序解除督办并销号。\n")
    named = [u for _, resp, _ in owners(tmp_path, text) for u in resp]
    assert "县联席会议办公室" in named


def test_what_was_done_to_a_subject_is_no_part_of_its_name():
    assert subject_roles("被抽查的供水企业应当配合检查。") == [{"responsible": ["供水企业"]}]


# ------------------------------------------------------------------ a compound level with its note; 分别落实

@pytest.mark.parametrize("name, each", [
    ("市、区县(自治县)卫生健康部门", ["市卫生健康部门", "区县(自治县)卫生健康部门"]),
    ("市、县区(自治县)人民政府", ["市人民政府", "县区(自治县)人民政府"]),
    ("市、县市场监管局", ["市市场监管局", "县市场监管局"]),  # 县市场…: no compound level before 场
])
def test_a_compound_level_with_its_note_shares_the_name(name, each):
    assert levels_sharing_one_name(name) == each


def test_units_each_providing_their_share():
    assert subject_roles("城区分局、开发区分局分别落实志愿者各10名,并做好接送工作。") == [
        {"responsible": ["城区分局、开发区分局"]}]
