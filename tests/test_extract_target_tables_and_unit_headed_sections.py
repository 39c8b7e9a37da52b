"""Issue 15, 2026-12-07 (twenty-first session), from the round w2260–w2295 (外贸/跨境电商, 快递寄递/农村物流, 血吸虫病/
艾滋病/地方病, 东西部协作/消费帮扶): a table of targets by unit (a unit's column and columns of figures, no task column:
each row the unit's task, its figures the text); units' bare names heading lists numbered 一、二、 (no parts of the plan);
'由A综合协调,B、C等部门共同参与' as one task with its partners. Each class on instances written for it, in the forms a
page or a Word file gives, and the near misses that must stay as they were."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ledger.extraction.tasks import extract_tasks
from test_extraction_prose_classes import tasks_of


def _tasks(path: Path) -> list[tuple[str, str, list[str]]]:
    return [(t.number, t.text, list(t.responsible)) for t in extract_tasks(path).tasks]


def _plan(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ a table of targets by unit

@pytest.mark.parametrize("header, rows", [
    ("责任单位 外贸出口目标 实到外资目标", ["万州区 1900 300", "渝北区 2000 1000", "黔江区 150 100"]),
    ("单位\t新增就业（人）\t农民培训（人）", ["城关镇\t1900\t300", "河口镇\t2000\t1000", "东关街道\t150\t100"]),
    ("| 乡镇（街道） | 造林面积（亩） | 森林覆盖率 |", ["| 城关镇 | 1200 | 45% |", "| 河口镇 | 800 | — |",
                                                   "| 东关街道 | 50 | 12.5% |"]),
])
def test_each_row_of_a_table_of_targets_is_its_units_task(tmp_path, header, rows):
    text = "附件1\n2025年目标任务分解表\n金额单位：万美元\n" + header + "\n" + "\n".join(rows) + "\n合计 4050 1400\n"
    got = _tasks(_plan(tmp_path, text))
    labels = [c for c in header.replace("|", " ").replace("\t", " ").split()][1:]
    assert [r for _, _, r in got] == [[row.replace("|", " ").split()[0]] for row in rows]
    first = rows[0].replace("|", " ").split()
    assert got[0][1] == f"{labels[0]}：{first[1]}；{labels[1]}：{first[2]}"


def test_a_numbered_table_of_targets_keeps_its_numbers(tmp_path):
    text = "序号 县（市、区） 城镇新增就业 转移就业\n1 城关镇 300 500\n2 河口镇 200 400\n"
    assert _tasks(_plan(tmp_path, text)) == [("1", "城镇新增就业：300；转移就业：500", ["城关镇"]),
                                             ("2", "城镇新增就业：200；转移就业：400", ["河口镇"])]


def test_a_word_table_of_targets_by_unit(tmp_path):
    d = docx.Document()
    d.add_paragraph("某县2025年就业目标任务分解表")
    rows = [["序号", "乡镇（街道）", "城镇新增就业（人）", "农村劳动力转移（人）"], ["1", "城关镇", "300", "500"],
            ["2", "河口镇", "200", "—"], ["", "合计", "500", "500"]]
    table = d.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(str(tmp_path / "目标.docx"))
    assert _tasks(tmp_path / "目标.docx") == [
        ("1", "城镇新增就业（人）：300；农村劳动力转移（人）：500", ["城关镇"]),
        ("2", "城镇新增就业（人）：200；农村劳动力转移（人）：—", ["河口镇"])]


@pytest.mark.parametrize("text", [
    "联系方式\n单位 联系电话\n县发改局 12345678\n县财政局 87654321\n",  # a contact list: no targets
    "单位 姓名 职务\n县发改局 张三 科长\n县财政局 李四 股长\n",  # people
    "责任单位 目标\n万州区 1900\n",  # one row: no table
])
def test_lists_that_are_no_table_of_targets(tmp_path, text):
    with pytest.raises(Exception):
        extract_tasks(_plan(tmp_path, text))


# ------------------------------------------------------------------ units heading lists numbered 一、二、

@pytest.mark.parametrize("first, second, colon", [("住房和城乡建设委员会", "总工会", ""), ("市卫健委", "团市委", "："),
                                                  ("县教育局", "县妇联", "")])
def test_units_bare_names_over_lists_numbered_by_sections(tmp_path, first, second, colon):
    text = (f"某市防治艾滋病工作委员会成员单位职责\n\n  {first}{colon}\n\n  一、联合宣传、农业等部门做好农民工预防艾滋病宣传教育。\n"
            f"  二、做好建筑工地农民工的防治艾滋病工作。\n\n  {second}{colon}\n\n  一、充分发挥工作网络优势，设立宣传栏。\n"
            "  二、每年组织开展1次以上健康行动活动。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [[first]] * 2 + [[second]] * 2


def test_a_signature_over_the_plans_parts_heads_nothing(tmp_path):
    """Near miss: a name over '一、总体要求' (a section's short heading) is the issuer, not a unit heading its duties: the
    parts stay parts."""
    text = ("某县人民政府办公室\n一、总体要求\n按照省市部署，做好防治工作。\n二、主要任务\n（一）县卫健局负责疫情监测。\n"
            "（二）县教育局负责学校宣传。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["县卫健局"], ["县教育局"]]


# ------------------------------------------------------------------ 由A综合协调, partners after it

@pytest.mark.parametrize("verb", ["综合协调", "统筹协调"])
def test_coordinating_after_by_keeps_the_partners_after_it(tmp_path, verb):
    text = f"由县市场发展服务中心{verb},县公安局、县卫健委、县消防救援大队等部门共同参与,扎实做好庙会期间安全工作。\n"
    got = tasks_of(tmp_path, text)
    assert len(got) == 1 and got[0][2] == ["县市场发展服务中心"] and got[0][3] == ["县公安局", "县卫健委", "县消防救援大队"]


def test_coordinating_as_a_duty_stays_the_subjects(tmp_path):
    """Near miss: '县民政局负责统筹协调,县直相关部门…做好…' (负责 then the verb): 县民政局 owns its clause, the
    departments after it theirs, as before."""
    got = tasks_of(tmp_path, "县民政局负责统筹协调,县直相关部门按职责分工做好本系统救助工作。\n")
    assert [t[2] for t in got] == [["县民政局"], ["县直相关部门"]]


# ------------------------------------------------------------------ names

@pytest.mark.parametrize("listed, units", [
    ("广东、深圳、珠海检验检疫局", ["广东检验检疫局", "深圳检验检疫局", "珠海检验检疫局"]),
    ("城东、城西派出所", ["城东派出所", "城西派出所"]),
    ("哈尔滨、黑河、绥芬河市政府", ["哈尔滨市政府", "黑河市政府", "绥芬河市政府"]),
])
def test_places_named_before_the_agency_each_of_them_has(tmp_path, listed, units):
    got = tasks_of(tmp_path, f"一、主要任务\n1.延伸加工贸易产业链。({listed})\n")
    assert got[0][2] == units


def test_words_before_an_office_that_are_no_places_stay_as_they_were(tmp_path):
    """Near miss: '发改、财政、住建、监察、公共资源交易中心' (sectors and a centre: 公共 is no place) is not read as each
    sector's 资源交易中心; nor '人行、…集团' as places (the corpus's w09, w1701)."""
    got = tasks_of(tmp_path, "一、主要任务\n1.规范交易。(发改、财政、住建、监察、公共资源交易中心)\n")
    assert not any("资源交易中心" in u and u != "公共资源交易中心" for t in got for u in t[2])


@pytest.mark.parametrize("subject", ["全椒县、天长市、桐城市、潜山县", "晋城市、长治市", "聊城市"])
def test_cities_whose_name_ends_in_cheng(tmp_path, subject):
    got = tasks_of(tmp_path, f"到2008年底,{subject}要达到血吸虫病传播阻断标准。\n")
    assert got[0][2] == subject.split("、")


@pytest.mark.parametrize("word", ["城市", "大城市", "老城区", "中心城区"])
def test_words_for_a_city_or_its_centre_are_no_places(word):
    from ledger.extraction.names import looks_like_org
    assert not looks_like_org(word)


@pytest.mark.parametrize("text, units", [
    ("一、任务\n1.落实村邮站运行经费。(责任单位:各区县财政)\n", ["各区县财政"]),
    ("一、任务\n1.落实村邮站运行经费。(责任单位:县（市、区）财政)\n", ["县（市、区）财政"]),
    ("采取由各区县财政按每个村邮站3600元/年的标准划拨给各区县邮政公司,由区县邮政公司完善与村邮员的委代办协议。\n",
     ["各区县财政"]),
])
def test_each_levels_finance_by_its_short_form(tmp_path, text, units):
    got = tasks_of(tmp_path, text)
    assert got[0][2] == units and "财政" not in got[0][0][-3:]


def test_first_listed_leads_and_the_rest_take_part(tmp_path):
    """'(A、B,C,D、E、F检验检疫局。列为首位的为牵头单位,其余为参与单位,下同)' (unseen w2264): the rule after a 。 in
    the bracket is no unit; A leads, the others cooperate, here and in the tasks after it."""
    text = ("一、主要任务\n1.延伸产业链。(省外经贸厅、科技厅,海关广东分署,广东、深圳、珠海检验检疫局。列为首位的为牵头单位,"
            "其余为参与单位,下同)\n2.优化产品结构。(省发展改革委、外经贸厅)\n")
    got = tasks_of(tmp_path, text)
    assert got[0][1] == ["省外经贸厅"] and got[0][3] == ["科技厅", "海关广东分署", "广东检验检疫局", "深圳检验检疫局",
                                                        "珠海检验检疫局"]
    assert got[1][1:] == (["省发展改革委"], [], ["外经贸厅"])


# ------------------------------------------------------------------ a body named again by its kind

@pytest.mark.parametrize("text, units", [
    ("成立县防汛抗旱指挥部。该指挥部负责全县防汛工作的组织指挥。\n", ["县防汛抗旱指挥部"]),
    ("通知明确成立了市邮政业安全监管工作协调领导小组,由局长担任组长。这一领导小组将全面指导全市邮政业的安全监管工作。\n",
     ["市邮政业安全监管工作协调领导小组"]),  # 协调领导小组 ends a body's name (unseen w2640): the name set up
    ("通知明确成立了市邮政业加强安全监管领导小组,由局长担任组长。这一领导小组将全面指导全市邮政业的安全监管工作。\n",
     ["领导小组"]),  # the name set up holds a task's words (加强): its kind, no '这一领导小组'
])
def test_a_body_named_again_by_its_kind(tmp_path, text, units):
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got if t[2]] == [units]


@pytest.mark.parametrize("words", ["第一批村级光伏扶贫电站", "村级分布式光伏电站", "县加油站", "督查组传达了市脱贫攻坚领导小组"])
def test_plants_batches_and_clauses_are_no_units(words):
    """'第一批村级光伏扶贫电站必须于7月20日前全部开工' (unseen w2301, w2302): a plant, a batch of them, or a clause with a
    verb done inside ('传达了') is no unit."""
    from ledger.extraction.names import is_unit_name
    assert not is_unit_name(words)


@pytest.mark.parametrize("name", ["县供电站", "县农技站", "市水务局泵站管理所"])
def test_stations_that_are_bodies_stay_units(name):
    from ledger.extraction.names import is_unit_name
    assert is_unit_name(name)


def test_a_subject_of_units_with_a_bare_sector_among_them(tmp_path):
    """'宣传部、广电、文联、网络中心和各单位要…' (unseen w2333): the sector is its 部门, the others as named; sectors before
    a body shared after 等 stay that body's ('公安机关和金融、电信等行业监管部门要…', blind w1912: as before)."""
    got = tasks_of(tmp_path, "宣传部、广电、文联、网络中心和各单位要充分利用电视、报刊宣传无偿献血知识。\n")
    assert got[0][2] == ["宣传部", "广电部门", "文联", "网络中心", "各单位"]


@pytest.mark.parametrize("words", ["经省人民政府移民管理部门", "报省人民政府", "经市府办公厅", "主管单位报市人民政府"])
def test_steps_through_or_to_a_body_are_no_names(words):
    """'经省人民政府移民管理部门会同有关部门审核后,报省人民政府…批准' (unseen w2369), '由主管单位报市人民政府审批' (unseen
    w2314): the body a step passes through or is reported to, no owner's name with 经 or 报 on it."""
    from ledger.extraction.names import is_unit_name
    assert not is_unit_name(words)


def test_a_zone_named_jing_stays_a_place(tmp_path):
    """Near miss: '市建设及环翠区、高区、经区、工业新区建设主管部门要…' (blind w147): 经区 is a zone, as before."""
    from ledger.extraction.names import is_unit_name
    assert is_unit_name("经区建设主管部门")


def test_a_department_and_the_enterprises(tmp_path):
    """'应急管理部门和企业要迅速部署行动' (unseen w2365): the department and the enterprises, not one name."""
    got = tasks_of(tmp_path, "应急管理部门和企业要迅速部署行动,开展隐患排查。\n")
    assert got[0][2] == ["应急管理部门", "企业"]


@pytest.mark.parametrize("words, ok", [("并报市委编办", False), ("村(居)委会初审登记后报乡镇人民政府", False),
                                       ("通报县食药安办", True)])
def test_reported_to_only_after_a_body_or_a_step(words, ok):
    """'…并报市委编办备案' (blind w1788), '…初审登记后报乡镇人民政府' (blind w1860): reported to, no name; '通报县食药安办'
    (seed 004) is a duty's own words (通报), as before."""
    from ledger.extraction.names import is_unit_name
    assert is_unit_name(words) is ok


# ------------------------------------------------------------------ duties after a body seated elsewhere, levels sharing

def test_a_body_seated_in_another_then_its_duties(tmp_path):
    """'第十三条 省新生儿疾病筛查中心设在省妇幼保健中心。主要职责是:⏎(一)…' (unseen w2357): the body seated owns them."""
    text = ("第十三条 省新生儿疾病筛查中心设在省妇幼保健中心。主要职责是:\n(一)协助省卫生行政部门对筛查工作进行监督指导。\n"
            "(二)组织开展全省筛查人员培训。\n")
    assert [t[2] for t in tasks_of(tmp_path, text)] == [["省新生儿疾病筛查中心"]] * 2


def test_levels_sharing_the_body_whose_duties_follow(tmp_path):
    text = ("第十五条 省、市级新生儿听力筛查诊治中心的主要职责是:\n(一)协助同级卫生行政部门做好听力筛查诊治工作;\n"
            "(二)承担阳性病例的确诊治疗。\n")
    assert [t[2] for t in tasks_of(tmp_path, text)] == [["省级新生儿听力筛查诊治中心", "市级新生儿听力筛查诊治中心"]] * 2


# ------------------------------------------------------------------ the session's probe

def test_the_next_part_after_a_space_table_is_no_row_of_it(tmp_path):
    """'二、组织实施' after a table set apart by spaces, with no row under it: the plan's next part, its duties tasks (before,
    the heading was the table's last category row and the part's text went to the item before the table)."""
    text = ("某市城市更新行动方案\n\n一、重点任务\n（一）老旧小区改造。市住建局牵头，完成老旧小区改造120个。\n"
            "序号  主要任务  责任单位  完成时限\n1  完成老旧小区改造120个  市住建局  2025年底\n"
            "2  开展背街小巷整治  市城管局  2025年底\n二、组织实施\n市审计局负责跟踪审计。\n")
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [["市住建局"], ["市城管局"], ["市审计局"]]


def test_a_category_row_inside_a_space_table_stays_one(tmp_path):
    """Near miss: a heading with a numbered row under it is the table's category, as before."""
    text = ("序号  主要任务  责任单位  完成时限\n一、城市更新\n1  完成老旧小区改造120个  市住建局  2025年底\n"
            "二、生态环境\n2  开展河道整治  市水务局  2025年底\n")
    got = extract_tasks(_plan(tmp_path, text)).tasks
    assert [(t.responsible, t.category[-1:]) for t in got] == [(["市住建局"], ("一、城市更新",)), (["市水务局"], ("二、生态环境",))]


@pytest.mark.parametrize("text, owners", [
    ("（一）配套资金。各区县财政要按时足额拨付配套资金。\n", (["各区县财政"], [])),
    ("（二）资金监管。县（市、区）财政负责做好资金监管，市审计局配合。\n", (["县（市、区）财政"], ["市审计局"])),
])
def test_each_levels_finance_as_a_subject(tmp_path, text, owners):
    got = tasks_of(tmp_path, "一、资金保障\n" + text)
    assert (got[0][2], got[0][3]) == owners


def test_a_measure_after_the_partners_is_no_partner(tmp_path):
    """'…市住建局等部门共同参与，推行并联审批': 推行并联 is no body (联 ends 妇联, not a measure's words)."""
    got = tasks_of(tmp_path, "由市政务服务管理局综合协调，市住建局等部门共同参与，推行并联审批。\n")
    assert got[0][3] == ["市住建局"]
