"""Duties assigned by transfer or entrustment, and a unit named with a bracketed note (blind w285, w291).

机构改革 / 三定 texts and 职责调整 notices give a duty to the unit that takes it over: '将A的…职责划入B',
'…职责移交B承担', '…职责划转至B', '…职责下放B承担', '由A委托B负责…'. B owns the duty (responsible); A, whose
duty it was or who entrusts it, is no owner of it. A unit written with a note on how it is set up
('政府办公室(与综治办合署办公)', '党工委办公室(挂精神文明办牌子)') is that unit. Instances written for the
class at several levels, in traditional characters and with ASCII punctuation; near misses ('将…纳入考核',
'将…列入计划', '划入基本农田': no transfer of a duty to a unit) stay as they are."""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


def texts(tmp_path, text):
    return [t for t, *_ in tasks_of(tmp_path, text)]


# ------------------------------------------------------------------ transfers: the receiving unit is responsible


def test_a_citys_duties_handed_over_each_line(tmp_path):
    text = ("一、划出的职责\n"
            "1、将公共停车场规划建设管理职责移交市城市管理局承担。\n"
            "2、将农村公路养护职责移交给市公路事业发展中心承担。\n")
    assert owners(tmp_path, text) == [([], ["市城市管理局"], []), ([], ["市公路事业发展中心"], [])]


def test_a_provinces_duties_moved_into_another_department(tmp_path):
    text = ("（一）将省发展和改革委员会的应对气候变化和减排职责划入省生态环境厅。\n"
            "（二）将省民政厅的农村留守儿童关爱服务职责划转至省妇女儿童工作委员会办公室。\n")
    assert owners(tmp_path, text) == [([], ["省生态环境厅"], []), ([], ["省妇女儿童工作委员会办公室"], [])]


def test_a_countys_duties_given_down_to_the_towns(tmp_path):
    text = ("下放的职责\n"
            "1、农村宅基地审批职责下放各乡镇人民政府承担;相关档案同时移交。\n"
            "2、将城区占道经营审批事项下放到县城区街道办事处负责。\n")
    assert owners(tmp_path, text) == [([], ["各乡镇人民政府"], []), ([], ["县城区街道办事处"], [])]


def test_duties_given_down_to_the_districts_as_written(tmp_path):
    text = "二、下放的职责\n1、背街小巷保洁等职责再次明确下放辖区承担;所需经费一并划拨。\n"
    assert owners(tmp_path, text) == [([], ["辖区"], [])]


def test_a_districts_transfer_with_ascii_punctuation(tmp_path):
    text = "3.将户外广告设置审批职能划转给区行政审批局,由其统一办理。\n4.将区农业局的农机监理职责交由区交通运输局承担。\n"
    assert owners(tmp_path, text) == [([], ["区行政审批局"], []), ([], ["区交通运输局"], [])]


def test_a_transfer_in_traditional_characters(tmp_path):
    text = "一、轉移職責\n1、將城市供水管理職責移交市水務局承擔。\n2、將燃氣安全監管職責劃入市城市管理局。\n"
    assert owners(tmp_path, text) == [([], ["市水務局"], []), ([], ["市城市管理局"], [])]


def test_the_giving_unit_is_not_an_owner(tmp_path):
    text = "1、县民政局将殡葬执法职责移交县综合行政执法局承担。\n"
    assert owners(tmp_path, text) == [([], ["县综合行政执法局"], [])]


# ------------------------------------------------------------------ entrustment: the entrusted unit is responsible


def test_duty_entrusted_inside_a_sentence(tmp_path):
    text = ("1、主城区以外的小型建设工程质量监督工作,由市住建局委托各区住建部门负责监督。\n"
            "2、镇区以外的农房建设管理,由县自然资源局委托各乡镇人民政府具体实施。\n")
    assert owners(tmp_path, text) == [([], ["各区住建部门"], []), ([], ["各乡镇人民政府"], [])]


def test_a_unit_entrusting_another_as_subject(tmp_path):
    text = "（三）区市场监管局委托各街道市场监管所负责辖区内小餐饮登记。\n"
    assert owners(tmp_path, text) == [([], ["各街道市场监管所"], [])]


# ------------------------------------------------------------------ a unit named with a note on how it is set up


def test_an_office_sharing_premises_is_that_office(tmp_path):
    text = ("可设置以下机构:\n"
            "（1）党政办公室（与社会治安综合治理办公室合署办公）：负责文秘、督查和综合协调工作。\n"
            "（2）经济发展办公室（挂统计站牌子）：负责经济运行分析和统计工作。\n")
    assert owners(tmp_path, text) == [([], ["党政办公室"], []), ([], ["经济发展办公室"], [])]


def test_a_traditional_office_with_ascii_brackets(tmp_path):
    text = "(1)綜合辦公室(與黨建辦公室合署辦公):負責文秘、後勤工作。\n(2)社會事務科:負責民政、社保工作。\n"
    assert owners(tmp_path, text) == [([], ["綜合辦公室"], []), ([], ["社會事務科"], [])]


# ------------------------------------------------------------------ a page with no plan structure: duties after 要求:


def test_duties_given_out_after_a_requirements_heading(tmp_path):
    text = ("温馨提示\n"
            "具体要求：各乡镇要落实属地责任,做好群众动员。县农业农村局负责制定补贴方案。县财政局保障资金落实。\n")
    assert owners(tmp_path, text) == [([], ["各乡镇"], []), ([], ["县农业农村局"], []), ([], ["县财政局"], [])]


def test_duties_after_a_requirements_heading_in_traditional_characters(tmp_path):
    text = "工作要求：各區要加強組織領導。區衛生健康局負責制定實施方案。區教育局負責組織學生接種。\n"
    assert owners(tmp_path, text) == [([], ["各區"], []), ([], ["區衛生健康局"], []), ([], ["區教育局"], [])]


# ------------------------------------------------------------------ near misses


def test_a_group_alone_after_a_requirements_heading_owns_nothing(tmp_path):
    text = "一、工作任务\n1、县民政局负责摸底排查。\n二、工作要求\n会议要求：各单位要高度重视,认真组织。\n"
    assert all("各单位" not in r for _, r, _ in owners(tmp_path, text))
    assert ([], ["县民政局"], []) in owners(tmp_path, text)


def test_taking_into_assessment_is_no_transfer(tmp_path):
    text = ("1、将河长制工作纳入县直部门年度目标考核,县委督查室负责督查。\n"
            "2、将农村改厕工作列入乡镇年度计划。\n")
    got = owners(tmp_path, text)
    assert ([], ["县委督查室"], []) in got
    assert all("乡镇" not in "".join(r) for _, r, _ in got)


def test_land_taken_into_farmland_has_no_owner(tmp_path):
    text = "1、将复垦后的耕地划入基本农田,实行特殊保护。\n2、市自然资源局负责做好耕地占补平衡。\n"
    got = owners(tmp_path, text)
    assert ([], ["市自然资源局"], []) in got
    assert all("基本农田" not in "".join(r) for _, r, _ in got)


def test_money_moved_into_an_account_has_no_owner(tmp_path):
    text = "1、将专项资金划入财政专户管理。\n2、县财政局负责资金拨付。\n"
    got = owners(tmp_path, text)
    assert ([], ["县财政局"], []) in got
    assert all("专户" not in "".join(r) for _, r, _ in got)


def test_a_bracket_naming_another_body_stays_with_an_organiser(tmp_path):
    text = "1、市防汛抗旱指挥部办公室（设在市水务局）负责汛期值班。\n"
    assert owners(tmp_path, text)[0][1] != []
