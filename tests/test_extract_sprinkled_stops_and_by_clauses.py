"""Owners in the forms the fourteenth session's unseen batches (w1560-w1597: 燃气安全, 妇女儿童, 无偿献血/红十字, 知识产权)
showed (issue 15): a regulation from a mirror site that took the plan's own stops and commas out and sprinkled stops, commas
and colons inside its words beside the brackets and dashes (w1563; blind w357, w651, w1442), its paragraphs left as gaps
of spaces; a regulation's subjects in other words ('乡镇人民政府、街道办事处按照职责做好…', '物业服务企业依法协助做好…',
'…是本行政区域内河道的主管机关负责…', '…主管本省燃气管理工作', '县以上地方人民政府应当…', '区(市)人民政府确定的燃气
管理部门负责…', w1561, w1562, w1563, blind w357); a list with 社会团体 and a comma before its 要, a report sent up as the
duty ('…和社会团体每年向…报告', w1571); a section by its name with 组织 in it ('(一)组织宣传部', w1575); a company's site
('融通公司晋江基地', w1584); an office set up where it sits and what it does ('领导小组办公室设在市商务局,具体协调…',
w1592); a sentence opening with its topic and 由 beside clauses of other owners ('洞头县、泰顺县由当地献血办做好预约工作,
由市献血办协调实施时间,市中心血站承担采血工作', w1582). Instances written for each class with other units and wording than
the pages that showed them; near misses kept."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.noise import has_noise, stops_sprinkled, without_noise

from test_extract_sprinkled_noise import docx_of
from test_extract_stage_titles_and_set_up_bodies import subject_roles
from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ stops, commas and colons sprinkled too

SPRINKLED = ("安全验证\n。某省城乡供水管理条》例  ? ,(2019年—6月1日某省人民代表!大会常务委员会通过)   第,一章 总 则\n"
             "第一条 《  为?。加强城乡供水管理保障》供水安全维护用户和供水—企业的合法权益根据有关!法律、法规制定本条例   "
             "第三条 :  县以上地方人民政府水行政主】管部门(以下简称供水主管部门)主管本行政区域内的城乡供【水:工作   "
             "卫生:健康部门负责辖区内生活饮!用水卫生的监督监测工作  ? 乡镇人民政《府负责本区域内农村供水:工程的日常管护并接受?供"
             "水主管部门的指导  【。 ,第,四条   县以上地方人民政府应当将城乡!供水事业纳入国民经济和社会发!展规划   第五条   "
             "供水企业应当建立水质检测制度定期向供水主:管部门报告水质状况  ? 第六条\n")


def test_a_text_with_sprinkled_stops_is_told_from_one_with_its_own_commas():
    assert has_noise(SPRINKLED) and stops_sprinkled(SPRINKLED)
    own = ("一、职责分工\n（一）县住【房和城乡建》设局负责全县燃—气行业安全监!管工作，牵头组织开展燃气?安全隐患排查整治。\n"
           "（二）县市场监【督管理局负责燃气》器具产品质—量监督抽查，依法查处生产销售不合格!燃气器具行为。\n") * 2
    assert has_noise(own) and not stops_sprinkled(own)  # its own commas and stops, no colon inside a word: kept
    assert "，牵头组织" in without_noise(own)[0]


def test_sprinkled_stops_are_taken_out_and_the_gaps_read_as_paragraph_ends():
    text, removed = without_noise(SPRINKLED)
    assert removed > 0
    assert "第三条   县以上地方人民政府水行政主管部门(以下简称供水主管部门)主管本行政区域内的城乡供水工作。\n" in text
    assert "\n卫生健康部门负责辖区内生活饮用水卫生的监督监测工作。\n" in text
    assert "第四条   县以上地方人民政府应当" in text  # an article's number keeps its words on its line


def test_each_paragraph_of_a_sprinkled_regulation_is_its_subjects_task(tmp_path):
    got = tasks_of(tmp_path, SPRINKLED)
    owners = [(lead, resp, coop) for _, lead, resp, coop in got]
    assert ([], ["县以上地方人民政府水行政主管部门"], []) in owners
    assert ([], ["卫生健康部门"], []) in owners
    assert ([], ["乡镇人民政府"], []) in owners
    assert ([], ["县以上地方人民政府"], []) in owners
    assert ([], ["供水企业"], []) in owners


def test_a_word_document_with_sprinkled_stops_is_judged_whole(tmp_path):
    owners = [t.responsible for t in extract_tasks(docx_of(tmp_path, SPRINKLED)).tasks]
    assert ["卫生健康部门"] in owners and ["乡镇人民政府"] in owners


# ------------------------------------------------------------------ a regulation's subjects

@pytest.mark.parametrize("sentence, exp", [
    ("乡镇人民政府、街道办事处按照职责做好本区域内的供水管理工作。", {"responsible": ["乡镇人民政府、街道办事处"]}),
    ("县教育局、县卫健局依照职责负责校园饮水安全工作。", {"responsible": ["县教育局、县卫健局"]}),
    ("物业服务企业依法协助做好小区二次供水设施的维护工作。", {"cooperating": ["物业服务企业"]}),
    ("管道燃气企业应当定期对用户设施进行安全检查。", {"responsible": ["管道燃气企业"]}),
    ("施工企业负责做好围挡。", {"responsible": ["施工企业"]}),  # no owner before this session
    ("县防震减灾局是县人民政府主管全县防震减灾事业的职能部门,负责地震监测。", {"responsible": ["县防震减灾局"]}),
    ("县级以上人民政府水行政主管部门是本行政区域内河道的主管机关负责河道的监督管理。",
     {"responsible": ["县级以上人民政府水行政主管部门"]}),
    ("市人民政府城市管理行政主管部门主管本市的市容环境卫生工作。", {"responsible": ["市人民政府城市管理行政主管部门"]}),
    ("县以上地方人民政府应当加强对供水工作的领导。", {"responsible": ["县以上地方人民政府"]}),
    ("区(县)人民政府确定的供水主管部门负责农村供水工程的监督管理。", {"responsible": ["区(县)人民政府确定的供水主管部门"]}),
    ("县科协和社会团体,要根据本规划的要求制定相应的实施方案。", {"responsible": ["县科协和社会团体"]}),
    ("县人民政府有关部门和社会团体每年向县妇女儿童工作委员会报告规划实施情况。",
     {"responsible": ["县人民政府有关部门和社会团体"]}),
    ("各村(社区)、镇机关及华能公司石岛湾基地要按照任务要求,做好宣传发动工作。",
     {"responsible": ["各村(社区)、镇机关及华能公司石岛湾基地"]}),
])
def test_a_regulations_and_a_notices_subjects(sentence, exp):
    assert subject_roles(sentence) == [exp]


@pytest.mark.parametrize("sentence", [
    "培育壮大企业梯队,实施新一轮雄鹰行动。",  # a verb before 企业: no kind of enterprise
    "支持中小企业发展,落实减税降费政策。",
    "相关企业要落实主体责任。",  # any enterprise at all: no unit
    "为进一步提高群众的防火意识,使森林防火法规及公民所承担的责任义务家喻户晓。",  # 所承担: no subject before it
    "县以上的规划要统筹城乡供水。",
])
def test_what_is_no_such_subject(sentence):
    assert subject_roles(sentence) == []


def test_a_section_named_with_organising_in_it_owns_its_duties(tmp_path):
    got = tasks_of(tmp_path, "县妇联机关内设3个职能部。\n(一)组织联络部\n负责全县妇联组织建设工作;承担妇联干部的培训工作。\n"
                             "(二)权益部\n接待处理妇女群众来信来访和投诉。\n")
    assert [resp for _, _, resp, _ in got] == [["组织联络部"], ["权益部"]]


def test_an_office_set_up_where_it_sits_owns_the_coordination_it_does():
    sentence = ("为加强统一领导,县政府成立了食品安全专项整治领导小组,领导小组办公室设在县市场监管局,具体协调整治工作的开展,"
                "督促检查工作进展。")
    assert {"responsible": ["领导小组办公室"]} in subject_roles(sentence)


# ------------------------------------------------------------------ a topic and 由 beside clauses of other owners

def test_a_topic_before_by_beside_other_clauses_is_each_clauses_task(tmp_path):
    got = tasks_of(tmp_path, "(二)城东片区、城西片区由属地街道办事处做好入户登记,由区卫健局协调采样时间,区疾控中心承担检测工作。"
                             "城北片区由北关街道办事处做好入户登记,区人民医院承担检测工作。\n")
    assert [resp for _, _, resp, _ in got] == [["属地街道办事处"], ["区卫健局"], ["区疾控中心"], ["北关街道办事处"],
                                              ["区人民医院"]]


@pytest.mark.parametrize("text, exp", [
    # partners after the lead stay the lead's clause's
    ("一、重点任务\n(一)整合资源。由县政府牵头,卫健、医保、财政等部门参与,成立医共体理事会。\n",
     [([("县政府")], ["卫健部门", "医保部门", "财政部门"])]),
    # a body set up with its leader named after 由: no unit of the leader's post
    ("一、组织领导\n镇成立由党委副书记任组长、分管副镇长任副组长的防控工作领导小组,统筹推进防控工作。各村要落实防控措施。\n"
     "二、工作任务\n(一)县农业农村局负责技术指导。\n", None),
])
def test_what_stays_as_it_was_read(tmp_path, text, exp):
    got = tasks_of(tmp_path, text)
    if exp is None:
        assert not any("党委" in u for _, lead, resp, coop in got for u in lead + resp + coop)
    else:
        assert [(lead, coop) for _, lead, _, coop in got] == exp


# ------------------------------------------------------------------ the second round's forms (w1600-w1633)

def test_a_document_sites_page_banner_ends_the_page_before_it(tmp_path):
    banner = "-" * 30 + "精选公文范文资料" + "-" * 30 + "最新公文资料" + "-" * 12 + "感谢阅读" + "-" * 20 + "~2~"
    got = tasks_of(tmp_path, "一、职责分工\n在县政府统一领导下,由县应急局牵头,县公安局、县市场监管局配合,做好安全管理工作。具体职责如下:"
                             + banner + "县公安局:负责查处非法运输烟花爆竹的行为;县市场监管局:负责查处销售不合格产品的行为。\n")
    assert ["县公安局"] in [resp for _, _, resp, _ in got]
    assert not any("感谢阅读" in text or "-----" in text for text, *_ in got)


def test_a_role_stated_over_numbered_duties_owns_each_of_them(tmp_path):
    got = tasks_of(tmp_path, "四、职责分工\n(一)区住建局为全区排水管网改造工作的牵头、协调单位。\n1、具体负责编制管网改造计划。\n"
                             "2、督促、指导各街道开展雨污分流改造。\n(二)区财政局负责落实改造资金。\n")
    assert [(lead, resp) for _, lead, resp, _ in got] == [(["区住建局"], []), (["区住建局"], []), (["区住建局"], []),
                                                         ([], ["区财政局"])]


@pytest.mark.parametrize("sentence, exp", [
    ("成立禁燃禁放工作办公室,负责日常协调工作。", [{"responsible": ["禁燃禁放工作办公室"]}]),
    ("成立清源行动办公室(设在区水务局)负责具体组织工作。", [{"responsible": ["清源行动办公室"]}]),
    ("成立办公室,负责日常工作。", []),  # an office of no name: the plan's own means
])
def test_an_office_set_up_for_the_work_owns_its_duty(sentence, exp):
    assert subject_roles(sentence) == exp


# ------------------------------------------------------------------ what a stranger's probe of 131bfb4 found

@pytest.mark.parametrize("sentence, exp", [
    ("由市发展改革委牵头,市工业和信息化局、市科技局等部门参与,开展专项行动。",
     [{"lead": ["市发展改革委"], "cooperating": ["市工业和信息化局、市科技局"]}]),  # one department whose name holds 和
    ("由市商务局牵头,药品监督和残联等有关部门参与,开展专项行动。",
     [{"lead": ["市商务局"], "cooperating": ["药品监督部门、残联"]}]),  # a sector and a named body: two, as before
    ("街道办事处、乡镇人民政府按照职责做好流动人口服务管理工作,公安派出所依法协助做好居住登记工作。",
     [{"responsible": ["街道办事处、乡镇人民政府"]}, {"cooperating": ["公安派出所"]}]),
    ("成立全县违法建设治理工作领导小组,负责统筹协调。", [{"responsible": ["全县违法建设治理工作领导小组"]}]),
    ("重点企业要建立健全能源计量体系。", []),  # the enterprises a list names elsewhere: no kind
])
def test_the_probes_forms(sentence, exp):
    assert subject_roles(sentence) == exp
