"""A regulation's articles as scraped pages give them (issue 15, unseen w614, w616, w610; blind w504, w377): articles
run together on lines of any length, a page that starts inside an article, a group of governments owning its article,
the short names a regulation gives its units ('(以下简称…)', '〔以下简称…〕'), notes on names that hold a comma
('(含新区管委会,下同)'), sectors sharing '行政主管部门', and levels sharing a government ('市和区(市)县人民政府').
Instances written for each class, with other units and wording than the pages that showed it; near misses kept."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import roles_of, tasks_of


def owners(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    return [(words, lead + resp + coop) for words, lead, resp, coop in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ articles run together on a short line

ARTICLES = ("第六条 本办法适用于全县农村公路的养护管理。第七条县交通运输局负责全县农村公路养护的监督管理。第八条县财政局"
            "负责养护资金的筹集和拨付。第九条各乡镇人民政府应当落实农村公路养护的属地责任。\n")


def test_articles_run_together_on_a_short_line_are_each_a_task(tmp_path):
    got = owners(tmp_path, ARTICLES)
    assert [units for _, units in got] == [["县交通运输局"], ["县财政局"], ["各乡镇人民政府"]]
    assert got[0][0].startswith("县交通运输局负责") and "县财政局" not in got[0][0]


def test_articles_in_traditional_characters_are_cut_too(tmp_path):
    text = "第七條縣交通運輸局負責全縣農村公路養護的監督管理。第八條縣財政局負責養護資金的籌集和撥付。\n"
    assert [units for _, units in owners(tmp_path, text)] == [["縣交通運輸局"], ["縣財政局"]]


@pytest.mark.parametrize("text", [
    "第四条 县林业局负责森林防火。按照本办法第五条规定，县应急管理局负责火灾处置。\n",
    "第四条 县林业局负责森林防火。第五条所称的重点区域，由县应急管理局负责划定。\n",
])
def test_a_reference_to_an_article_is_no_cut(tmp_path, text):
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县林业局"], ["县应急管理局"]]
    assert not any(words.startswith(("规定", "所称")) for words, _ in got)  # the article cited is no new one


def test_a_chapters_heading_run_into_its_first_article(tmp_path):
    text = ("第七条县水利局负责河道日常巡查。第三章监督检查第八条县生态环境局应当定期开展水质监测。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县水利局"], ["县生态环境局"]]
    assert not any("第三章" in words for words, _ in got)


# ------------------------------------------------------------------ a page that starts inside an article

def test_the_end_of_an_article_a_page_starts_inside_is_kept(tmp_path):
    text = ("县卫生健康局负责医疗救治的组织协调。县市场监管局负责药品质量监督。\n"
            "第五条 县应急管理局负责应急物资储备。\n第六条 具体补助办法由县财政局另行制定。\n")
    assert [units for _, units in owners(tmp_path, text)] == [
        ["县卫生健康局"], ["县市场监管局"], ["县应急管理局"], ["县财政局"]]


def test_the_text_before_a_first_article_is_a_preamble(tmp_path):
    text = ("某县农村公路养护管理办法\n县交通运输局负责解释本办法。\n"
            "第一条 为规范农村公路养护，制定本办法。\n第二条 县交通运输局负责全县农村公路养护的监督管理。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["县交通运输局"]]


# ------------------------------------------------------------------ a group of governments owns its article

def test_each_levels_government_owns_its_article_beside_articles_owned_by_units(tmp_path):
    text = ("第六条 工程竣工验收由县水利局负责组织。\n"
            "第七条 各级人民政府应当加大对农村饮水安全工程的投入。\n"
            "第八条 县财政局负责工程资金的拨付。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["县水利局"], ["各级人民政府"], ["县财政局"]]


def test_articles_keep_the_plans_order(tmp_path):
    text = ("第三条 县民政局负责养老服务的行业管理。\n"
            "第四条 养老服务补贴由县财政局负责拨付。\n"
            "第五条 县卫生健康局负责医养结合的指导。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县民政局"], ["县财政局"], ["县卫生健康局"]]


# ------------------------------------------------------------------ short names given by the regulation

@pytest.mark.parametrize("text, exp", [
    ("县农业农村局(以下简称县农业主管部门)负责全县耕地质量的监督管理。", [{"responsible": ["县农业农村局"]}]),
    ("县城市管理局(以下简称“县城管主管部门”)统筹负责全县户外广告的管理。", [{"responsible": ["县城市管理局"]}]),
    ("市、县(市、区)粮食和物资储备局(以下简称粮食部门)应当加强粮食流通的监督检查。",
     [{"responsible": ["市粮食和物资储备局、县(市、区)粮食和物资储备局"]}]),
    ("区(市)县负责畜牧工作的部门〔以下简称区(市)县畜牧主管部门〕负责本行政区域内的动物防疫工作。",
     [{"responsible": ["区(市)县畜牧主管部门"]}]),
    ("县住房和城乡建设局是本县供水行政主管部门(以下简称“县供水主管部门”),统筹负责全县城乡供水工作。",
     [{"responsible": ["县住房和城乡建设局"]}]),
])
def test_a_unit_given_a_short_name_owns_its_sentence(text, exp):
    assert roles_of(text) == exp


def test_a_body_set_up_under_a_short_name_is_no_subject_by_its_bracket():
    # "县政府成立…领导小组(以下简称领导小组),统筹推进": the set-up sentence is the set-up rule's, not a short name's
    assert roles_of("县政府成立秸秆综合利用工作领导小组(以下简称领导小组),统筹推进全县工作。") != [
        {"responsible": ["领导小组"]}]


# ------------------------------------------------------------------ a note on a name that holds a comma

@pytest.mark.parametrize("text, exp", [
    ("县人民政府(含经开区管委会,下同)负责组织实施全县的垃圾分类工作。", [{"responsible": ["县人民政府"]}]),
    ("省、市(含州,下同)、县(含县级市、区,下同)人民政府负责本行政区域内的防沙治沙工作。",
     [{"responsible": ["省人民政府、市人民政府、县人民政府"]}]),
])
def test_a_same_below_note_is_part_of_the_subject(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ sectors sharing 行政主管部门, levels sharing 人民政府

@pytest.mark.parametrize("text, exp", [
    ("教育、民政、卫生健康等行政主管部门按照各自职责,协助做好留守儿童关爱工作。",
     [{"cooperating": ["教育行政主管部门、民政行政主管部门、卫生健康行政主管部门"]}]),
    ("财政、审计、统计等行政管理部门应当根据各自职责,做好专项资金的监督工作。",
     [{"responsible": ["财政行政管理部门、审计行政管理部门、统计行政管理部门"]}]),
    ("司法、安全生产监督管理部门应当将消防法规列入普法内容。",
     [{"responsible": ["司法部门、安全生产监督管理部门"]}]),
    ("市和区(市)县人民政府应当将养老服务纳入国民经济和社会发展规划。",
     [{"responsible": ["市人民政府、区(市)县人民政府"]}]),
])
def test_sectors_and_levels_sharing_a_name(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ a duty list's title run in before its first item

def test_a_units_duties_titled_inside_a_run_together_line(tmp_path):
    # a page that lost its breaks: a person's duties 1、2、 then "森防办主要职责1、…2、…" (unseen w631's shape)
    text = ("村森林防火责任制1、村主任为本村森林防火第一责任人,负责做好森林防火法规、政策的宣传工作,全面安排部署本村"
            "森林防火各项工作,增强村组干部和广大群众的防火意识。 2、组织护林员制订森林火灾扑救预案和巡山护林计划. "
            "3、重大火情和可能蔓延的林火须及时向镇政府和县森林防火指挥部报告。森防办主要职责1、贯彻实施有关森林防火工作的法律、法规和政策,执行上级的命令"
            "和指示。2、制定本镇森林火灾应急预案和扑救方案。3、督促、检查各村的森林防火准备工作.4、筹集、储备和管理"
            "森林防火物资与资金。5、组织森林防火宣传和火情信息的收集上报工作。森防值班制度1、防火期实行二十四小时值班制度,"
            "镇领导轮流带班。2、值班人员必须坚守岗位。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["森防办"]] * 5
    assert got[3][0].startswith("筹集") and got[2][0].rstrip(".。").endswith("准备工作")  # "工作.4、" is no decimal


# ------------------------------------------------------------------ people read as a verb, 根据… before the verb

@pytest.mark.parametrize("text", [
    "局领导小组或有关专项组负责同志主持召开会商调度会议,分析研判防御形势。",  # a unit's people chairing (unseen w637)
    "根据处置需要,派出现场工作组,局领导或科室负责人带队,相关科室参加。",
    "县领导,县直相关部门主要负责同志等参加会议。",
])
def test_a_units_people_are_no_verb_of_its_own(text):
    assert roles_of(text) == []


def test_a_units_leaders_made_to_act_still_name_the_unit():
    # "各县区、各部门主要负责同志要亲自抓" as "…主要负责人要…" (blind w202): the units whose leaders act
    assert roles_of("专题研究部署,各县区、各部门主要负责同志要亲自抓、负总责。") == [{"responsible": ["各县区、各部门"]}]


@pytest.mark.parametrize("text, exp", [
    ("县应急管理局根据应急处置需要，负责组织现场救援。", [{"responsible": ["县应急管理局"]}]),
    ("县林业局根据全县退耕还林规划负责编制本系统的实施方案。", [{"responsible": ["县林业局"]}]),
    ("市和区(市)县水务部门应当根据本地区供水事业发展的需要,组织编制供水规划。",  # the modal before 根据 (unseen w614)
     [{"responsible": ["市水务部门、区(市)县水务部门"]}]),
])
def test_according_to_before_the_verb(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ a news item's lead before its one owned paragraph

def test_a_news_items_lead_is_no_part_of_the_one_owned_paragraph(tmp_path):
    text = ("当前位置:首页\n县长主持召开全县耕地保护工作推进会\n"
            "5月10日上午,县长主持召开全县耕地保护工作推进会。县领导,县直相关部门主要负责同志等参加会议。\n"
            "会议强调,一要提高思想认识。各级各部门要深刻领会耕地保护的重大意义。\n"
            "二要压实工作责任。由县自然资源局牵头,县农业农村局、县水利局配合,开展耕地“非农化”排查整治。\n")
    got = owners(tmp_path, text)
    owned = [(words, units) for words, units in got if units]
    assert owned == [(owned[0][0], ["县自然资源局", "县农业农村局", "县水利局"])]
    assert owned[0][0].startswith("二要压实工作责任")


def test_an_annotation_broken_over_a_line_keeps_its_task(tmp_path):
    text = ("1.建设监管系统。2019年6月底前,完成系统联通和上线试运行。(牵头单位:\n"
            "县政务服务中心。完成时间:2019年9月底前)\n"
            "2.推进部门协同。各有关部门要加快梳理监管事项。(牵头单位:县司法局)\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县政务服务中心"], ["县司法局"]]
    assert got[0][0].startswith("建设监管系统")


# ------------------------------------------------------------------ an article leading into its duties, duty blocks run in

def test_a_groups_article_leading_into_its_duties_gives_each_duty(tmp_path):
    # "第九条 乡(镇)人民政府、街道办事处应当履行下列消防安全职责:(一)…" (unseen w603): the groups named by the
    # article own each duty under it, as a named unit's lead-in does; the duties' field between 下列 and 职责
    text = ("第九条 乡(镇)人民政府、街道办事处应当履行下列森林防火职责:\n(一)组织开展森林防火宣传;\n(二)建立护林员队伍;\n"
            "第十条 县林业局应当履行下列职责:\n(一)编制森林防火规划;\n第十一条 县应急管理局负责综合协调。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["乡(镇)人民政府", "街道办事处"]] * 2 + [["县林业局"], ["县应急管理局"]]
    assert got[0][0].startswith("组织开展森林防火宣传")


def test_an_article_after_a_space_with_a_space_after_its_number(tmp_path):
    # a page run together with spaces: "…修订。 第九条 乡(镇)人民政府…:" is an article of its own, not the last duty's
    items = "".join(f"({n})负责第{n}项消防安全监督检查工作,受理对消防违法行为的举报投诉并依法实施查处; "
                    for n in "四五六七八九")
    text = ("[接上页] " + items + "第九条 乡(镇)人民政府、街道办事处应当履行下列消防安全职责: "
            "(一)成立消防工作领导组织,定期召开会议研究消防安全工作; (二)建立三级消防安全责任网络,实行目标管理;\n")
    got = owners(tmp_path, text)
    assert [units for words, units in got if units] == [["乡(镇)人民政府", "街道办事处"]] * 2
    assert not any("第九条" in words for words, _ in got)


def test_a_units_duty_block_after_a_sentences_end(tmp_path):
    # "…等。区经委、区安监局等部门:负责…" (unseen w632): the block's units head the duty after the colon
    text = ("四、职责分工\n重点是位于危岩、陡崖和滑坡体影响范围内的企业、矿山等。县工信局、县应急管理局等部门:负责工业企业"
            "地质灾害隐患排查。县交通运输局:负责公路沿线地质灾害排查。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got if units] == [["县工信局", "县应急管理局"], ["县交通运输局"]]
    assert [words for words, units in got if units][0].startswith("县工信局")


def test_a_unit_block_that_helps_is_cooperating(tmp_path):
    # "市司法局:配合有关部门做好火案的调查处理。" (unseen w639): the unit helps, its role is cooperating
    text = ("二、职责分工\n县林业局:负责森林防火的组织协调。\n县司法局:配合有关部门做好火案的调查处理。\n"
            "县民政局:协助做好灾民安置工作。\n")
    got = tasks_of(tmp_path, text)
    assert [(resp, coop) for _, _, resp, coop in got] == [(["县林业局"], []), ([], ["县司法局"]), ([], ["县民政局"])]


def test_a_lead_in_to_a_list_of_works_gives_each_item(tmp_path):
    # "3.2 各级政府应当组织实施下列森林防火基础设施建设:(1)…" (unseen w639): not only 职责/工作 after 下列
    text = ("三、预防和应急准备\n（二）各乡镇人民政府应当组织实施下列防汛基础设施建设:\n1.建设雨情水情监测设施;\n"
            "2.修筑防汛道路;\n（三）县水利局负责水库调度。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["各乡镇人民政府"], ["各乡镇人民政府"], ["县水利局"]]


# ------------------------------------------------------------------ several units' unnumbered duty headings

@pytest.mark.parametrize("text", [
    "县教育局职责：\n1.负责学校安全管理。\n2.负责学生安全教育。\n县卫健委职责：\n1.负责校园卫生监督。\n2.负责传染病防控。\n",
    "二、职责分工\n县教育局主要职责\n1.负责学校安全管理。\n2.负责学生安全教育。\n县卫健委主要职责\n1.负责校园卫生监督。\n"
    "2.负责传染病防控。\n",
    "二、职责分工\n县教育局：\n（1）负责学校安全管理。\n（2）负责学生安全教育。\n县卫健委：\n（1）负责校园卫生监督。\n"
    "（2）负责传染病防控。\n",
])
def test_each_units_unnumbered_duty_heading_heads_its_own_list(tmp_path, text):
    got = owners(tmp_path, text)
    assert [units for _, units in got] == [["县教育局"], ["县教育局"], ["县卫健委"], ["县卫健委"]]


def test_a_bare_name_with_no_colon_heads_nothing():
    from ledger.extraction.outline import unnumbered_owner_heading
    assert unnumbered_owner_heading("县教育局", "1.负责学校安全管理。") == ""
    assert unnumbered_owner_heading("县教育局主要职责", "2.负责学生安全教育。") == ""  # not at its list's start
    assert unnumbered_owner_heading("县教育局主要职责", "1.负责学校安全管理。") == "县教育局"


def test_lead_in_lines_naming_units_head_their_lists(tmp_path):
    # '乡(镇)政府在农村公路养护管理中具体责任如下:' over (一)…, then '市级…部门具体工作职能如下:' (unseen w665)
    text = ("乡(镇)政府在防汛抗旱工作中具体责任如下:\n(一)负责本辖区防汛物资储备。\n(二)组织群众转移避险。\n"
            "县水利局具体工作职能如下:\n(一)负责水库调度。\n(二)指导乡镇防汛工作。\n"
            "部门职责\n(一)负责会议组织。\n")
    got = owners(tmp_path, text)
    assert [units for _, units in got][:4] == [["乡(镇)政府"]] * 2 + [["县水利局"]] * 2
    assert all(units != ["部门"] for _, units in got)  # '部门职责' names no one


def test_a_set_up_notices_body_owns_the_duties_under_its_duties_heading(tmp_path):
    # '关于成立交通管理办公室的通知' … '成立农村道路交通安全管理办公室(简称交管办)' … '三、工作职责⏎…如下:⏎(一)…' (w664)
    text = ("关于成立交通管理办公室的通知\n各村、社区、企事业单位:\n为加强农村道路交通安全管理工作,经研究决定,成立农村道路"
            "交通安全管理办公室(简称交管办)。现将有关事项通知如下:\n一、人员配置\n办公室主任:由镇分管安全的领导担任\n"
            "二、工作职责\n在镇人民政府的领导下,负责本行政区域的道路交通安全管理工作,主要职责如下:\n"
            "(一)制定道路交通安全管理规划,并组织实施。\n(二)组织开展道路交通安全宣传教育。\n(三)协助公安交警部门处理交通事故。\n")
    got = tasks_of(tmp_path, text)
    assert [(resp, coop) for _, _, resp, coop in got] == [(["农村道路交通安全管理办公室"], [])] * 2 + [
        ([], ["农村道路交通安全管理办公室"])]


def test_the_end_of_a_part_a_page_starts_inside_is_kept(tmp_path):
    # a plan's page 2: '县公安部门负责…。⏎县工业经济局要…。⏎三、建立健全…' (unseen w670): the lines before 三、 end part 二
    text = ("县公安部门负责查处制售假劣食品案件,并配合有关部门的执法工作。\n县工业和信息化局要制定食品产业发展规划。\n"
            "三、建立健全考核体系\n县市场监管局负责综合评价和考核。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["县公安部门"], ["县工业和信息化局"], ["县市场监管局"]]


@pytest.mark.parametrize("text, exp", [
    ("市、县区卫生行政部门应建立健全病媒生物监测网络。", [{"responsible": ["市卫生行政部门、县区卫生行政部门"]}]),
    ("区、县市场监管局应当加强食品安全抽检。", [{"responsible": ["区市场监管局、县市场监管局"]}]),
    # a level with its pair before 市场… keeps its 市 (a stranger's probe of 5bf5cb2: '市场监督管理局' lost the city's 市)
    ("市、县(区)市场监督管理局应当加强养老机构食品安全监督检查。",
     [{"responsible": ["市市场监督管理局、县(区)市场监督管理局"]}]),
])
def test_a_compound_level_shares_the_name(text, exp):
    assert roles_of(text) == exp


# ------------------------------------------------------------------ a body's page: its kind on a line, its name signed under

def test_a_line_saying_what_kind_of_body_it_is_names_no_second_body(tmp_path):
    # '青岛市市场监督管理局⏎青岛市人民政府工作部门⏎…⏎主要职责⏎(一)负责…' (unseen w672)
    text = ("某市市场监督管理局\n某市人民政府工作部门\n某市市场监督管理局是某市人民政府工作部门,为正局级。\n主要职责\n"
            "(一)负责市场综合监督管理。\n(二)负责市场秩序的监督管理。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["某市市场监督管理局"]] * 2


def test_a_list_of_duties_signed_by_its_body(tmp_path):
    # '一、负责…⏎…⏎八、履行…⏎二道江区人民政府教育督导室' (unseen w647): the signer's duties
    text = ("一、负责对全县贯彻执行教育法律法规的督导检查。\n二、负责对各乡镇履行教育职责情况的督导检查。\n"
            "三、指导各乡镇教育督导工作。\n四、完成县人民政府交办的其他工作。\n某县人民政府教育督导室\n2023年5月8日\n")
    assert [units for _, units in owners(tmp_path, text)] == [["某县人民政府教育督导室"]] * 4


def test_a_signature_under_items_naming_their_owners_changes_nothing(tmp_path):
    text = ("一、县教育局负责学校安全管理。\n二、县公安局负责校园周边治安。\n三、县卫健委负责校园卫生监督。\n"
            "某县人民政府办公室\n2023年5月8日\n")
    assert [units for _, units in owners(tmp_path, text)] == [["县教育局"], ["县公安局"], ["县卫健委"]]


@pytest.mark.parametrize("text, exp", [
    ("现有不符合规划的由区城管局取缔。", [{"responsible": ["区城管局"]}]),  # 由 after a relative clause's 的 (w678)
    ("露天菜市场管理由所在区政府负责。", [{"responsible": ["所在区政府"]}]),  # the government of the place in question
])
def test_by_a_unit_after_de_and_the_body_of_the_place(text, exp):
    assert roles_of(text) == exp


@pytest.mark.parametrize("text", ["这一说法的由来已久。", "所在地要加强管理。"])
def test_de_you_and_suozai_near_misses(text):
    assert roles_of(text) == []


@pytest.mark.parametrize("text, exp", [
    ("县公安局的职责包括定期对接送学生车辆进行安全技术检验。", [{"responsible": ["县公安局"]}]),  # unseen w662
    ("县交通运输局的主要职责是科学规划公交线路和站点。", [{"responsible": ["县交通运输局"]}]),
    ("政府部门的职责是制定养老服务政策,并提供资金支持。", []),  # the government at large (blind w534)
])
def test_what_a_units_duties_are(text, exp):
    assert roles_of(text) == exp


def test_a_short_name_on_a_later_line_names_no_unit_across_lines():
    # '…》的通知⏎…⏎A领导小组(以下简称"领导小组")的主要职责是…' (blind w148): only the line's own name
    text = "关于下发《县人口普查领导小组成员单位职责分工》的通知\n县人口普查领导小组(以下简称“领导小组”)的主要职责是研究决定重大事项。"
    assert all("通知" not in u for r in roles_of(text) for v in r.values() for u in v)


def test_an_article_naming_whose_duties_follow(tmp_path):
    # '第八条 各级爱卫会的主要职责是:⏎(一)…' (unseen w652): the duties under it are the 爱卫会's of each level
    text = ("第五条 各级爱卫会的主要职责是:\n(一)组织实施有关爱国卫生工作的法律。\n(二)统一规划、部署和协调。\n"
            "第六条 县卫生健康局负责病媒生物监测。\n")
    assert [units for _, units in owners(tmp_path, text)] == [["各级爱卫会"]] * 2 + [["县卫生健康局"]]


@pytest.mark.parametrize("text, exp", [
    ("工会、共青团、妇联、科协等团体应当结合各自工作对象的特点,组织开展控烟宣传教育。",  # unseen w654
     [{"responsible": ["工会、共青团、妇联、科协"]}]),
    ("县教育局、县卫健委等单位应当加强校园周边食品安全监管。", [{"responsible": ["县教育局、县卫健委"]}]),
])
def test_a_list_closed_by_deng_before_yingdang(text, exp):
    assert roles_of(text) == exp
