"""Issue 15, 2026-12-07 (twenty-second session), from the round w2380–w2417 (冷链物流/县域商业, 以旧换新/消费, 政务数据共享/
人工智能+, 农民合作社/反食品浪费) and the blind set: a unit marked in its list as the legend says leads ('责任单位：☆经信局、
科技局。标☆的为牵头单位'); the rule on who leads written after a ； inside the label's bracket; a kind of body as an item's
title ('(一)管理机构。各级…负责…'); units each with its share after a 、 ('A负责化肥、B负责农药'); the office a body sets up
'在' or '挂靠' somewhere; a qualifier two kinds share ('有关部门和单位'); sectors of older plans ('物价部门会同财政部门…').
Each class on instances written for it, and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.extraction.owner_lists import split_and
from ledger.extraction.tasks import extract_tasks
from test_extraction_prose_classes import tasks_of


def _roles(tmp_path, text):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    result = extract_tasks(plan)
    return [(t.lead, t.responsible, t.cooperating) for t in result.tasks], result.findings


# ------------------------------------------------------------------ a marked unit leads

@pytest.mark.parametrize("legend, mark", [
    ("标☆的为牵头单位，下同", "☆"), ("加★的为牵头单位", "★"), ("带*号的为牵头部门", "*"), ("標☆的為牽頭單位", "☆"),
])
def test_the_units_the_legend_marks_lead(tmp_path, legend, mark):
    text = (f"一、重点任务\n1.推进冷链物流建设。（责任单位：{mark}市商务局、市交通运输局。{legend}）\n"
            f"2.完善县域商业体系。（责任单位：市供销社、{mark}市商务局）\n3.发展农村电商。（责任单位：市邮政管理局）\n")
    got, findings = _roles(tmp_path, text)
    assert got == [(["市商务局"], ["市交通运输局"], []), (["市商务局"], ["市供销社"], []), ([], ["市邮政管理局"], [])]
    assert [f.code for f in findings].count("marked-lead") == 2
    assert all(legend[:3] not in t.text for t in extract_tasks(tmp_path / "plan.txt").tasks)


def test_a_shape_mark_without_a_legend_only_goes(tmp_path):
    got, findings = _roles(tmp_path, "一、重点任务\n1.推进冷链物流建设。（责任单位：★市商务局、市交通运输局）\n")
    assert got == [([], ["市商务局", "市交通运输局"], [])]
    assert "marked-lead" not in [f.code for f in findings]


def test_an_asterisk_without_a_legend_stays_in_a_name(tmp_path):
    got, _ = _roles(tmp_path, "一、重点任务\n1.开展古树名木挂牌。（责任单位：**县林业局）\n")
    assert got == [([], ["**县林业局"], [])]


@pytest.mark.parametrize("rule", ["排在第一位的为牵头单位", "列第一位者为牵头单位", "排名第一的为牵头单位，下同"])
def test_the_first_listed_rule_after_a_semicolon_in_the_bracket(tmp_path, rule):
    text = (f"一、重点任务\n1.推进冷链物流建设。（责任单位：市商务局、市交通运输局；{rule}）\n"
            "2.完善县域商业体系。（责任单位：市供销社、市商务局）\n")
    tasks = extract_tasks(_write(tmp_path, text)).tasks
    assert (tasks[0].lead, tasks[0].responsible, tasks[0].text) == (["市商务局"], ["市交通运输局"], "推进冷链物流建设。")
    standing = "下同" in rule
    assert (tasks[1].lead, tasks[1].responsible) == ((["市供销社"], ["市商务局"]) if standing
                                                     else ([], ["市供销社", "市商务局"]))


def _write(tmp_path, text):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return plan


# ------------------------------------------------------------------ a kind of body as an item's title

def test_a_kind_of_body_titling_an_item_is_no_owner(tmp_path):
    text = ("一、管理机构和队伍构成\n（一）管理机构。各级农业农村行政主管部门具体负责辅导员队伍建设与管理。省农业农村厅负责全省辅导员"
            "队伍体系建设和业务指导；各市(州)农业农村行政主管部门负责本市州辅导员队伍建设；各县(市、区)农业农村行政主管部门负责"
            "本县辅导员队伍建设。\n（二）队伍构成。各市(州)、县(市、区)至少要配备3名合作社辅导员。\n")
    got = [(lead, resp) for _, lead, resp, _ in tasks_of(tmp_path, text)]
    assert got == [([], ["各级农业农村行政主管部门"]), ([], ["省农业农村厅"]), ([], ["各市(州)农业农村行政主管部门"]),
                   ([], ["各县(市、区)农业农村行政主管部门"]), ([], ["各市(州)", "各县(市、区)"])]


def test_a_named_unit_titling_an_item_still_owns_it(tmp_path):
    got = tasks_of(tmp_path, "一、职责分工\n（一）县农业农村局。负责合作社辅导员队伍建设。\n")
    assert [resp for _, _, resp, _ in got] == [["县农业农村局"]]


# ------------------------------------------------------------------ shares after a 、

def test_units_each_with_its_share_after_a_comma_of_enumeration(tmp_path):
    text = ("二、工作安排\n专项检查按职责分工进行,市场监管局负责化肥、农业执法大队负责农药、种子管理站负责种子、畜牧兽医站负责兽药、"
            "饲料检查。\n")
    got = [(text, resp) for text, _, resp, _ in tasks_of(tmp_path, text)]
    assert [resp for _, resp in got] == [["市场监管局"], ["农业执法大队"], ["种子管理站"], ["畜牧兽医站"]]
    assert not any(t.endswith("、") for t, _ in got)


@pytest.mark.parametrize("text", ["1.县财政局负责保障经费、物资和人员。", "1.县财政局负责落实经费、县级配套资金和工作人员。"])
def test_a_list_of_things_after_a_units_duty_is_no_share(tmp_path, text):
    assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [["县财政局"]]


# ------------------------------------------------------------------ the office a body sets up

@pytest.mark.parametrize("seat", ["下设办公室在农村水利科", "下设办公室于县水利局", "下设办公室,办公室挂靠局综治安全股"])
def test_the_office_set_up_somewhere_owns_its_duty(tmp_path, seat):
    text = f"（一）成立抗旱保供水工作领导小组\n组长:张三\n领导小组{seat},负责协调各乡镇街道开展抗旱保农村供水工作。\n"
    assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [["领导小组办公室"]]


# ------------------------------------------------------------------ a qualifier two kinds share

@pytest.mark.parametrize("piece, parts", [
    ("有关部门和单位", ["有关部门", "有关单位"]), ("各相关部门和机构", ["各相关部门", "各相关机构"]),
    ("市住建局和市自然资源局", ["市住建局", "市自然资源局"]), ("应急管理部门和企业", ["应急管理部门", "企业"]),
])
def test_a_qualifier_is_both_kinds(piece, parts):
    assert split_and(piece) == parts


# ------------------------------------------------------------------ sectors of older plans

@pytest.mark.parametrize("sector", ["物价", "商贸", "安监", "粮储"])
def test_a_sector_department_of_an_older_plan_owns_its_sentence(tmp_path, sector):
    text = (f"（二）市场监管。市商贸局加强屠宰环节的监管。{sector}部门会同财政部门清理不合理收费。{sector}部门加强市场价格监督检查,"
            "维护正常的市场秩序。\n| 指标 | 责任单位 |\n| 生猪价格 | 市物价局 |\n")
    got = [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]
    assert ([f"{sector}部门"], [], ["财政部门"]) in got and ([], [f"{sector}部门"], []) in got


@pytest.mark.parametrize("name", ["市安监局综合处", "县委宣传部", "农业农村部畜牧兽医局"])
def test_a_sector_of_an_older_plan_splits_no_name(tmp_path, name):
    got = tasks_of(tmp_path, f"一、重点任务\n1.开展安全生产大检查。（责任单位：{name}）\n")
    assert [resp for _, _, resp, _ in got] == [[name]]


# ------------------------------------------------------------------ levels sharing a name, then other units

@pytest.mark.parametrize("text, units", [
    ("第四条 市、镇人民政府、街道办事处应当根据本行政区域的实际情况,制定蚊媒生物预防控制规划。",
     ["市人民政府", "镇人民政府", "街道办事处"]),
    ("第八条 市、县级市人民政府组织编制历史文化名城保护规划。", ["市人民政府", "县级市人民政府"]),
    ("一、落实地方责任。各市州、县市区人民政府是组织开展农村危房改造工作的责任主体。", ["各市州人民政府", "各县市区人民政府"]),
    ("二、加强领导。县、乡党委、政府要高度重视农村公路建设。", ["县党委", "乡党委", "县政府", "乡政府"]),
    ("二、加强领导。县、乡两级党委、政府要高度重视农村公路建设。", ["县党委", "乡党委", "县政府", "乡政府"]),
])
def test_levels_sharing_a_name_own_a_sentence(tmp_path, text, units):
    assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [units]


def test_sectors_after_a_level_still_share_it(tmp_path):
    got = tasks_of(tmp_path, "各市县教育、公安、交通运输部门要加强校车管理。")
    assert [resp for _, _, resp, _ in got] == [["各市县教育部门", "各市县公安部门", "各市县交通运输部门"]]


# ------------------------------------------------------------------ no subject: a paper's issuer, a facility, what was done

@pytest.mark.parametrize("text", [
    "近期工作如下。县商务局负责统筹协调。据了解,市发改委印发的《现代物流业发展规划》提出要加快推进冷链物流设施建设。",
    "近期工作如下。县商务局负责统筹协调。规划建设县冷链物流中心(现已建成,位于城东),促进周边农产品交易。",
    "近期工作如下。县商务局负责统筹协调。县农业农村局牵头编制了《冷链物流建设规划》,优化布局建设。",
])
def test_no_subject_in_a_sentence_after_an_owned_one(tmp_path, text):
    assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [["县商务局"]]


def test_a_later_sentence_opened_by_a_unit_still_owns_itself(tmp_path):
    got = tasks_of(tmp_path, "近期工作如下。县商务局负责统筹协调。县发改局(以下简称发改局),负责项目审批。")
    assert [resp for _, _, resp, _ in got] == [["县商务局"], ["县发改局"]]


# ------------------------------------------------------------------ 由 clauses in one sentence, each with its topic

@pytest.mark.parametrize("sentence, parts", [
    ("地处市城市规划区内的古树名木，由市园林绿化行政主管部门负责管理，地处县城区规划区内的古树名木，由县园林绿化行政主管部门负责管理，"
     "农村、山区的古树名木，由林业行政主管部门负责管理。",
     [("地处市城市规划区内的古树名木，由市园林绿化行政主管部门负责管理", ["市园林绿化行政主管部门"]),
      ("地处县城区规划区内的古树名木，由县园林绿化行政主管部门负责管理", ["县园林绿化行政主管部门"]),
      ("农村、山区的古树名木，由林业行政主管部门负责管理。", ["林业行政主管部门"])]),
    ("对违法行为，由县市场监督管理局依法查处，情节严重的，由县公安局依法处理。",
     [("对违法行为，由县市场监督管理局依法查处", ["县市场监督管理局"]), ("情节严重的，由县公安局依法处理。", ["县公安局"])]),
])
def test_each_by_clause_of_a_sentence_is_its_units_task(tmp_path, sentence, parts):
    got = tasks_of(tmp_path, "第六条 " + sentence)
    assert [(text, resp) for text, _, resp, _ in got] == parts


def test_one_by_clause_with_its_partner_stays_one_task(tmp_path):
    got = tasks_of(tmp_path, "各类救助款物，统一由县民政局统筹安排并组织实施，县财政局配合。")
    assert [(resp, coop) for _, _, resp, coop in got] == [(["县民政局"], ["县财政局"])]


@pytest.mark.parametrize("word", ["地处", "身处", "所处"])
def test_located_at_is_no_unit(tmp_path, word):
    got = tasks_of(tmp_path, f"第六条 市园林局负责古树名木保护管理工作。{word}县城的古树名木，由县园林局负责管理。")
    assert not any(word in "".join(resp) for _, _, resp, _ in got)
    assert [resp for _, _, resp, _ in got] == [["市园林局"], ["县园林局"]]


@pytest.mark.parametrize("piece, parts", [
    ("县(市、区)及相关部门", ["县(市、区)", "相关部门"]), ("各乡镇和有关单位", ["各乡镇", "有关单位"]), ("市和区", ["市和区"]),
])
def test_a_bare_level_and_the_departments_concerned(piece, parts):
    assert split_and(piece) == parts


def test_the_work_an_item_is_about_titles_it(tmp_path):
    text = ("二、整治内容\n（一）整治居民区。各乡镇政府负责对未实行物业管理的住宅小区整治工作。县城建局负责对无物业管理小区的整治工作"
            "进行业务指导。\n（二）整治办。负责全县环境整治的统筹协调。\n")
    assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [["各乡镇政府"], ["县城建局"], ["整治办"]]


def test_the_unit_stated_as_the_department_that_carries_the_work_out(tmp_path):
    got = tasks_of(tmp_path, "二、备案管理。县级卫生健康部门为托育机构备案工作的具体执行部门,应当在5个工作日内及时予以备案。")
    assert [resp for _, _, resp, _ in got] == [["县级卫生健康部门"]]


def test_by_clauses_chained_by_commas_each_its_units(tmp_path):
    got = tasks_of(tmp_path, "二、闭库后管理\n尾矿库闭库后的安全生产由原生产经营单位负责,由各相关部门及时注销有关证照,由中和镇按照属地原则开展"
                             "安全监管,由县自然资源局开展采矿行为监管。\n")
    assert [resp for _, _, resp, _ in got] == [["原生产经营单位"], ["各相关部门"], ["中和镇"], ["县自然资源局"]]


def test_a_later_by_the_units_named_above_ends_no_clause(tmp_path):
    got = tasks_of(tmp_path, "市政府已明确由市级机关事务管理局牵头,会同市计委、市财政局、市审计局等部门组成清查工作组,"
                             "由以上部门抽调2名懂业务的工作人员参加。")
    assert [(lead, coop) for _, lead, _, coop in got] == [(["市级机关事务管理局"], ["市计委", "市财政局", "市审计局"])]


# ------------------------------------------------------------------ from the stranger's probe of the session

def test_the_first_listed_rule_said_in_every_items_bracket(tmp_path):
    text = ("（一）落实减税降费政策。确保各项政策应享尽享。（责任单位：区税务局、区财政局；排在第一位的为牵头单位）\n"
            "（二）优化营商环境。全面推行一网通办。（责任单位：区政务服务中心、区发改局；排在第一位的为牵头单位）\n")
    got = [(lead, resp) for _, lead, resp, _ in tasks_of(tmp_path, text)]
    assert got == [(["区税务局"], ["区财政局"]), (["区政务服务中心"], ["区发改局"])]


def test_a_kind_of_body_titling_an_item_whose_first_sentence_names_no_unit(tmp_path):
    text = ("五、保障措施\n（一）管理机构。成立县河长制工作领导小组，由县长任组长。县水利局负责河长制日常工作。\n"
            "（二）资金保障。县财政局要将河长制工作经费纳入年度预算。\n")
    assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == [["县水利局"], ["县财政局"]]


def test_the_office_named_first_and_where_it_is_attached(tmp_path):
    got = tasks_of(tmp_path, "领导小组办公室挂靠县发改委，承担领导小组日常工作，负责统筹协调、督促检查等工作。")
    assert [resp for _, _, resp, _ in got] == [["领导小组办公室"]]


@pytest.mark.parametrize("text, owners", [
    ("三、整治占道经营。县城管局负责取缔占道经营，县公安局加强交通秩序维护。", [["县城管局"], ["县公安局"]]),
    ("三、节日保障。商贸部门负责市场供应,安监部门加强烟花爆竹经营单位检查,交警部门负责道路交通管控。",
     [["商贸部门"], ["安监部门"], ["交警部门"]]),
])
def test_a_named_unit_after_a_comma_opens_its_own_clause_after_a_subjects_duty(tmp_path, text, owners):
    assert [resp for _, _, resp, _ in tasks_of(tmp_path, text)] == owners


def test_people_somewhere_are_no_unit(tmp_path):
    got = tasks_of(tmp_path, "我县地处三省交界。县应急管理局负责组织开展防汛抢险演练。广大党员干部身处一线，要带头做好巡堤查险。")
    assert not any("处" in u for _, _, resp, _ in got for u in resp)


@pytest.mark.parametrize("title", ["★专项行动二：整治背街小巷", "专项行动二：整治背街小巷", "●整治背街小巷", "三要加快进度"])
def test_a_title_line_goes_with_the_clause_under_it(tmp_path, title):
    text = (f"专项行动一：整治农贸市场环境\n县市场监管局负责组织开展农贸市场环境卫生整治，6月底前完成。\n{title}\n"
            "各乡镇人民政府负责清理背街小巷乱堆乱放。\n")
    got = [(text, resp) for text, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("县市场监管局负责组织开展农贸市场环境卫生整治，6月底前完成。", ["县市场监管局"]),
                   (f"{title}\n各乡镇人民政府负责清理背街小巷乱堆乱放。", ["各乡镇人民政府"])]


@pytest.mark.parametrize("line", ["2024年6月底前完成", "长期坚持", "县住建局", "具体分工如下："])
def test_a_deadline_an_owner_or_a_lead_in_on_its_own_line_stays_above(tmp_path, line):
    text = f"县市场监管局负责组织开展农贸市场环境卫生整治。\n{line}\n各乡镇人民政府负责清理背街小巷乱堆乱放。\n"
    got = [text for text, _, _, _ in tasks_of(tmp_path, text)]
    assert not got[-1].startswith(line)
