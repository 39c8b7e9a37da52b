"""Issue 15, 2026-12-07 (twentieth session), from the round w2160–w2218 (充电设施, 土壤污染/外来入侵物种, 涉企收费,
乡村旅游/公共文化, 生猪/菜篮子, 湾长制/海岸带): a task's annotation written as sentences of their own ('…完成。A牵头。B、C等
配合。D负责落实。'); a standing instruction inside an owner bracket after a comma ('（A牵头,B负责落实,以下均需B负责落实,
不再列出）'); a deadline-only bracket under a unit's heading; a topic's title that is also a bureau's short name ('(二)市场
监管。市农业局负责…'); a table whose cells a page put one a line, each led by a bar; units before a comma sharing the
subject after it; requests with the words that go on after the units asked; past work after an arrangement. Each class on
instances written for it, with other units and wordings, and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of


# ------------------------------------------------------------------ an annotation in sentences of its own

@pytest.mark.parametrize("lead, partners, local", [("市环保局", "市国土资源局、市农业局", "各区政府"),
                                                   ("县水利局", "县财政局、县自然资源局", "各乡镇人民政府")])
def test_an_annotation_in_sentences_of_its_own_stays_with_its_task(tmp_path, lead, partners, local):
    text = (f"三、主要任务\n1.完善土壤环境监测网络，实行监测数据共享。2020年年底前完成。{lead}牵头。{partners}等配合。"
            f"{local}负责落实。\n2.建成示范区环境监测网络。{lead}牵头，{partners.split('、')[0]}配合。\n")
    got = tasks_of(tmp_path, text)
    assert len(got) == 2
    assert got[0][1:] == ([lead], [local], partners.split("、"))
    assert got[1][1:] == ([lead], [], [partners.split("、")[0]])


def test_clauses_with_work_of_their_own_are_still_split(tmp_path):
    """'做好A工作，县教育局负责；做好B工作，县财政局负责。': each clause has its work, two tasks as before."""
    got = tasks_of(tmp_path, "三、主要任务\n3.做好校园安全工作，县教育局负责；做好资金保障工作，县财政局负责。\n")
    assert [t[2] for t in got] == [["县教育局"], ["县财政局"]]


def test_a_later_sentence_of_partners_is_theirs_as_partners(tmp_path):
    got = tasks_of(tmp_path, "二、工作措施\n（一）开展专项整治。由县商务局牵头推进。县公安局、县消防救援大队等配合。\n")
    assert [t[1:] for t in got] == [(["县商务局"], [], ["县公安局", "县消防救援大队"])]


# ------------------------------------------------------------------ a standing instruction inside the owners' bracket

@pytest.mark.parametrize("bracket", [
    "(市生态环境局、市发展改革委牵头,各县市区政府、管委负责落实,以下均需各县市区政府、管委负责落实,不再列出)",
    "（市生态环境局、市发展改革委牵头，各县市区政府、管委负责落实；以下各项工作均由各县市区政府、管委负责落实）",
])
def test_a_standing_instruction_after_a_comma_leaves_the_owners(tmp_path, bracket):
    text = f"三、重点任务\n1.严格环境准入。完成“三线一单”编制。{bracket}\n2.确保达标排放。(市生态环境局牵头)\n"
    got = tasks_of(tmp_path, text)
    assert got[0][1:3] == (["市生态环境局", "市发展改革委"], ["各县市区政府", "管委"])
    assert got[1][1] == ["市生态环境局"]


# ------------------------------------------------------------------ a deadline or partners' bracket under a unit's heading

@pytest.mark.parametrize("tail", ["（完成时限：2024年6月底）", "（2024年6月底前完成）", "（配合单位：县财政局）", "（县财政局配合）"])
def test_a_bracket_naming_no_owner_leaves_the_heading_the_owner(tmp_path, tail):
    text = (f"三、职责分工\n县农业农村局：1.负责秸秆综合利用的指导；2.负责禁烧巡查{tail}\n"
            "县生态环境局：负责大气环境监测。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["县农业农村局"], ["县农业农村局"], ["县生态环境局"]]


def test_a_bracket_naming_a_responsible_unit_still_owns_its_duty(tmp_path):
    """'2.禁烧巡查（县公安局负责）' under the heading: that duty is the bracket's unit's, as before."""
    text = "三、职责分工\n（一）县农业农村局\n1.负责秸秆综合利用的指导；\n2.禁烧巡查（县公安局负责）。\n（二）县生态环境局\n负责监测。\n"
    got = tasks_of(tmp_path, text)
    assert got[1][2] == ["县公安局"]


# ------------------------------------------------------------------ a topic's title that is also a bureau's short name

@pytest.mark.parametrize("title", ["市场监管", "应急", "财政"])
def test_a_topic_title_is_no_owner_heading(tmp_path, title):
    text = (f"三、保障措施\n(二){title}。市农业局负责加强饲料安全和动物防疫监管工作;加强疫情监测。市商贸局加强屠宰环节的监管。"
            "物价部门会同财政部门清理整顿不合理税费。\n")
    got = tasks_of(tmp_path, text)
    assert [t[1] + t[2] for t in got] == [["市农业局"], ["市商贸局"], ["物价部门"]]


def test_a_short_name_heading_over_its_duty_line_still_owns_it(tmp_path):
    """'7、应急。负责防火。': a short name alone, its duty opening with 负责: the bureau's, as before."""
    got = tasks_of(tmp_path, "三、职责分工\n6、区质检局。负责质量监督。\n7、应急。负责森林防火。\n")
    assert [t[2] for t in got] == [["区质检局"], ["应急管理局"]]


# ------------------------------------------------------------------ a table of cells one a line, each led by a bar

def test_a_table_of_bar_led_cells_is_read_row_by_row(tmp_path):
    text = ("信息发布分工表\n内 容 | 提供单位\n| 频 率\n|\n生猪出场价格\n| 市物价局\n| 每 周\n|\n仔猪价格\n| 市农业局\n| 每 周\n|\n"
            "生猪定点屠宰企业屠宰量\n| 市商贸局\n| 每 月\n|\n")
    got = tasks_of(tmp_path, text)
    assert [(t[0], t[2]) for t in got] == [("生猪出场价格", ["市物价局"]), ("仔猪价格", ["市农业局"]),
                                           ("生猪定点屠宰企业屠宰量", ["市商贸局"])]


def test_a_table_of_bars_with_a_task_and_an_owner_column_among_short_labels(tmp_path):
    text = "| 工作内容 | 责任单位 | 频率 |\n| 生猪出场价格 | 市物价局 | 每周 |\n| 仔猪价格 | 市农业局 | 每周 |\n"
    assert [t[2] for t in tasks_of(tmp_path, text)] == [["市物价局"], ["市农业局"]]


def test_a_count_column_is_no_task_column(tmp_path):
    """'献血单位 | 任务数(人) | …': a count, not what the row asks; the body's requests are the tasks (blind w1585's shape)."""
    text = ("四、献血要求\n(一)各村(社区)、单位要高度重视此次献血活动,务必完成下达的目标任务。\n附件\n"
            "献血单位 | 任务数(人) | 献血时间 |\n永兴社区 | 17 | 2023年12月6日 |\n糖房坝村 | 14 | 2023年12月6日 |\n")
    got = tasks_of(tmp_path, text)
    assert all("17" not in t[0] for t in got)


def test_lines_led_by_bars_without_closing_bars_are_no_table(tmp_path):
    """Lines led by a bar but no lone bar closing each row: not this table (nothing is read as its rows)."""
    text = "二、工作措施\n（一）县财政局负责资金保障。\n| 备注\n| 说明\n（二）县公安局负责治安巡查。\n"
    assert [t[2] for t in tasks_of(tmp_path, text)] == [["县财政局"], ["县公安局"]]


# ------------------------------------------------------------------ units before a comma sharing the subject after it

@pytest.mark.parametrize("sentence, units", [
    ("市、沿海县(市、区)人民政府及其有关部门,乡镇人民政府、街道办事处应当加强海岸带保护的宣传教育。",
     ["市人民政府", "市人民政府有关部门", "沿海县(市、区)人民政府", "沿海县(市、区)人民政府有关部门", "乡镇人民政府",
      "街道办事处"]),
    ("县公安局、县交通运输局,各乡镇人民政府应当加强道路安全宣传。", ["县公安局", "县交通运输局", "各乡镇人民政府"]),
    ("市、有关县人民政府应当建立并实施湾长制。", ["市人民政府", "有关县人民政府"]),
])
def test_units_before_a_comma_share_the_subject(tmp_path, sentence, units):
    assert [t[2] for t in tasks_of(tmp_path, f"第一章 总则\n{sentence}\n")] == [units]


@pytest.mark.parametrize("sentence, units", [
    ("火灾发生后,市气象部门要对火场气候进行监测。", ["市气象部门"]),
    ("会议强调,县公安局要加强巡查。", ["县公安局"]),
])
def test_words_before_a_comma_that_are_no_units_stay_out(tmp_path, sentence, units):
    assert [t[2] for t in tasks_of(tmp_path, f"二、工作要求\n{sentence}\n")] == [units]


def test_a_bodys_own_departments_in_a_list_of_levels(tmp_path):
    got = tasks_of(tmp_path, "第一章 总则\n市、县(市、区)人民政府及其有关部门、各乡镇应当加强宣传。\n")
    assert got[0][2] == ["市人民政府", "市人民政府有关部门", "县(市、区)人民政府", "县(市、区)人民政府有关部门", "各乡镇"]


# ------------------------------------------------------------------ requests; past work after an arrangement

@pytest.mark.parametrize("asked", ["各相关部门", "县财政局"])
def test_a_request_and_the_next_subject_are_two_tasks(tmp_path, asked):
    text = (f"一、工作安排\n请{asked}对照四张目录清单,编制发布涉企收费目录清单。各县(市、区)要对照收费政策,全面部署本地区工作。\n")
    assert [t[2] for t in tasks_of(tmp_path, text)] == [[asked], ["各县(市、区)"]]


@pytest.mark.parametrize("sentence", ["请各街道高度重视。", "请各单位认真贯彻执行。"])
def test_a_call_on_all_is_still_no_request(tmp_path, sentence):
    got = tasks_of(tmp_path, f"一、工作要求\n{sentence}\n二、工作措施\n（一）县财政局负责资金保障。\n")
    assert [t[2] for t in got] == [["县财政局"]]


def test_work_done_after_an_arrangement_is_no_task(tmp_path):
    text = ("一、工作安排\n按照省有关工作部署,市发展改革局、市财政局、市工信局等部门按照职责分工和现行收费政策,分别完成了"
            "经营服务性收费的目录清单编制工作。\n二、工作措施\n（一）市财政局负责做好资金保障工作。\n")
    got = tasks_of(tmp_path, text)
    assert all("市发展改革局" not in t[2] for t in got)
    assert ["市财政局"] in [t[2] for t in got]


# ------------------------------------------------------------------ names: words of work, a company's group, 科学

@pytest.mark.parametrize("sentence, partners", [
    ("市场监管局牵头，税务局配合，优化企业开办流程，压缩开办时间。", ["税务局"]),
    ("县人社局负责，县财政局配合，简化企业开办和注销程序。", ["县财政局"]),
])
def test_work_after_the_partners_is_no_partner(tmp_path, sentence, partners):
    assert tasks_of(tmp_path, f"二、工作措施\n（三）{sentence}\n")[0][3] == partners


@pytest.mark.parametrize("sentence, owner", [("由县优化办牵头，县市场监管局配合，深化放管服改革。", "县优化办"),
                                             ("由县城投集团聘请设计单位进行设计。", "县城投集团"),
                                             ("由县城投集团负责项目设计。", "县城投集团")])
def test_offices_and_companies_after_by(tmp_path, sentence, owner):
    got = tasks_of(tmp_path, f"二、工作措施\n（一）{sentence}\n")
    assert owner in got[0][1] + got[0][2]


def test_a_report_sent_up_is_no_part_of_a_name(tmp_path):
    text = ("二、确认与报告\n疑似疫情一旦发生,疫情区域单位应在12小时内将疫情上报农业行政主管部门,由农业行政主管部门上报同级政府和"
            "上级农业行政主管部门直至上报省植保总站,由省植保总站组织专家对上报的标本进行鉴定。\n")
    units = [u for t in tasks_of(tmp_path, text) for u in t[1] + t[2] + t[3]]
    assert not any("上报" in u for u in units)
    assert "省植保总站" in units


def test_science_after_a_section_is_no_section(tmp_path):
    text = "第一章 总则\n乡镇人民政府应当加强海岸带保护的宣传教育,普及海岸带保护科学知识,提高全社会的保护意识。\n"
    units = [u for t in tasks_of(tmp_path, text) for u in t[1] + t[2] + t[3]]
    assert units == ["乡镇人民政府"]


# ------------------------------------------------------------------ 由 clauses after their topics; a level's short form after 由

@pytest.mark.parametrize("title", ["开展调查。", ""])
def test_two_topics_each_done_by_its_unit_after_a_title(tmp_path, title):
    text = f"二、工作措施\n1.{title}农用地污染调查由县农业局负责,工业用地污染调查由县环保局负责。\n"
    got = tasks_of(tmp_path, text)
    assert [(t[0].removeprefix(title)[:5], t[2]) for t in got] == [("农用地污染", ["县农业局"]), ("工业用地污", ["县环保局"])]


@pytest.mark.parametrize("sentence, unit", [("所需经费由县财政安排专项资金列支。", "县财政"),
                                            ("所需经费由市财政负责保障。", "市财政"),
                                            ("所需经费由县财政局安排。", "县财政局")])
def test_a_levels_short_form_after_by(tmp_path, sentence, unit):
    assert tasks_of(tmp_path, f"二、工作措施\n（二）落实资金。{sentence}\n")[0][2] == [unit]


# ------------------------------------------------------------------ what a unit is told to act on; its head's post

@pytest.mark.parametrize("sentence, unit", [
    ("会议要求县市场监管局对辖区内农贸市场进行全面检查。", "县市场监管局"),
    ("会议要求县审计局对审计查出的问题实行限期整改。", "县审计局"),
])
def test_a_unit_required_to_act_on_something(tmp_path, sentence, unit):
    assert tasks_of(tmp_path, f"二、工作要求\n{sentence}\n")[0][2] == [unit]


def test_a_units_head_named_first_responsible_is_no_duty_of_the_unit(tmp_path):
    text = "二、工作要求\n三是实行责任追究制度,明确被审单位主要负责人是落实整改工作的第一责任人,各级主管部门要对下属单位的整改工作负责。\n"
    units = [u for t in tasks_of(tmp_path, text) for u in t[1] + t[2]]
    assert "被审单位" not in units and "各级主管部门" in units


def test_a_name_a_scrambled_stop_cut_does_not_join_the_subject(tmp_path):
    text = "第一章 总则\n无工作单位的,由所在乡。镇.人民政府,街道办事处应当给予适当的经济补助。\n"
    units = [u for t in tasks_of(tmp_path, text) for u in t[1] + t[2]]
    assert "人民政府" not in units


# ------------------------------------------------------------------ a body's duties after its sentence, run on in one line

@pytest.mark.parametrize("mark", [("(一)", "(二)", "(三)"), ("（1）", "（2）", "（3）"), ("一、", "二、", "三、")])
def test_a_bodys_duties_run_on_after_its_sentence(tmp_path, mark):
    text = (f"新昌县茶叶站贯彻落实中央关于三农工作的方针政策,在履行职责过程中坚持党的领导。主要职责是:{mark[0]}承担茶叶新品种的"
            f"引进和推广工作。 {mark[1]}组织开展茶业技术培训。{mark[2]}完成县农业农村局交办的其他任务。\n")
    got = tasks_of(tmp_path, text)
    assert [(t[0][:4], t[2]) for t in got] == [("承担茶叶", ["新昌县茶叶站"]), ("组织开展", ["新昌县茶叶站"]),
                                               ("完成县农", ["新昌县茶叶站"])]


def test_items_that_do_not_follow_on_are_not_cut(tmp_path):
    """'(一)…。(三)…' (no (二)): no run of items, the line stays whole, as before."""
    text = "新昌县茶叶站贯彻落实中央的方针政策。主要职责是:(一)承担茶叶新品种的引进工作。(三)组织开展茶业技术培训。\n"
    got = tasks_of(tmp_path, text)
    assert len(got) == 1 and "茶业技术培训" in got[0][0]


# ------------------------------------------------------------------ from the session's stranger probe (/tmp/probe22)

def test_a_bar_led_table_under_its_title_with_numbers_leads_and_partners(tmp_path):
    text = ("重点任务分工表\n序号\n| 工作任务\n| 牵头单位\n| 配合单位\n| 完成时限\n|\n1\n| 建设智慧停车平台\n| 区交通运输局\n"
            "| 区公安分局、区城管局\n| 2024年6月\n|\n2\n| 开展占道经营整治\n| 区城管局\n| 各街道办事处\n| 长期坚持\n|\n")
    got = tasks_of(tmp_path, text)
    assert [t[:2] + (t[3],) for t in got] == [("建设智慧停车平台", ["区交通运输局"], ["区公安分局", "区城管局"]),
                                              ("开展占道经营整治", ["区城管局"], ["各街道办事处"])]


def test_a_bar_led_table_of_one_row(tmp_path):
    text = "一、任务分工\n序号\n| 工作任务\n| 牵头单位\n| 配合单位\n|\n1\n| 建设智慧停车平台\n| 区交通运输局\n| 区公安分局\n|\n"
    assert [t[1:4:2] for t in tasks_of(tmp_path, text)] == [(["区交通运输局"], ["区公安分局"])]


@pytest.mark.parametrize("partners", ["各街道办事处", "各乡镇人民政府", "县商务局、各乡镇人民政府"])
def test_a_sentence_of_partners_that_are_each_places_body(tmp_path, partners):
    got = tasks_of(tmp_path, f"三、主要任务\n（二）开展农村垃圾分类。县城管局牵头。{partners}配合。\n")
    assert [t[1:] for t in got] == [(["县城管局"], [], partners.split("、"))]


def test_partners_after_a_subjects_own_duty_are_its_partners(tmp_path):
    text = ("三、主要任务\n（三）开展农村垃圾分类。县城管局负责制定分类标准。县商务局配合。\n"
            "（五）开展宣传。县委宣传部负责制定方案。县教育局负责组织学生参观。\n")
    got = tasks_of(tmp_path, text)
    assert [t[1:] for t in got] == [([], ["县城管局"], ["县商务局"]), ([], ["县委宣传部"], []), ([], ["县教育局"], [])]


@pytest.mark.parametrize("sentence, unit", [("乡镇配套资金由乡镇财政解决。", "乡镇财政"), ("县级财政应当按比例足额配套资金。", "县级财政"),
                                            ("镇财政要保障工作经费。", "镇财政")])
def test_short_forms_at_every_level(tmp_path, sentence, unit):
    assert tasks_of(tmp_path, f"三、主要任务\n（一）落实资金。{sentence}\n")[0][2] == [unit]


@pytest.mark.parametrize("bracket, partner", [("（县审计局配合,2025年3月底前完成）", "县审计局"), ("（县应急局配合）", "县应急局"),
                                              ("（配合单位：县应急局）", "县应急局")])
def test_a_partners_bracket_in_a_paragraph_a_unit_heads(tmp_path, bracket, partner):
    """'县财政局：负责…（县审计局配合）': the head is the owner beside the partners (before, only the partners)."""
    text = f"三、职责分工\n县发改局：负责项目立项审批。\n县财政局：负责项目资金筹措和拨付{bracket}。\n"
    got = tasks_of(tmp_path, text)
    assert [t[1:] for t in got] == [([], ["县发改局"], []), ([], ["县财政局"], [partner])]


def test_a_partners_bracket_with_no_head_stays_partners_only(tmp_path):
    got = tasks_of(tmp_path, "三、重点任务\n1.开展专项整治（县公安局配合）。\n2.开展宣传（县委宣传部负责）。\n")
    assert [t[1:] for t in got] == [([], [], ["县公安局"]), ([], ["县委宣传部"], [])]


@pytest.mark.parametrize("lines", ["：\n1.负责留守儿童摸底；\n2.负责儿童之家建设。\n", "：1.负责留守儿童摸底；2.负责儿童之家建设。\n"])
@pytest.mark.parametrize("group", ["各镇（街道）", "各乡镇人民政府", "各街道办事处"])
def test_each_place_heading_its_numbered_duties_after_a_unit(tmp_path, lines, group):
    """'县民政局：1.…⏎各镇（街道）：1.…': the group of places heads its own duties (before, '各镇（街道）' read as no
    heading and its duties went to 县民政局 above)."""
    text = "三、职责分工\n县民政局：\n1.负责统筹协调；\n2.负责资金保障。\n" + group + lines
    assert [t[2] for t in tasks_of(tmp_path, text)] == [["县民政局"], ["县民政局"], [group], [group]]
