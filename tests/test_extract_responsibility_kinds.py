"""Owners given by kinds of responsibility instead of 牵头/责任/配合 labels (issue 15, blind w280: a
problem list whose '● <problem>' lines are each followed by '(主体责任:<units>,监督责任:<units>)').
整改 lists, 问题清单 and 责任清单 write 主体责任, 监管责任, 监督责任, 属地责任, 行业监管责任, 主管责任,
直接责任 (with or without 单位/部门) as owner labels: each names responsible units. 领导责任 names
people (a leader's note, as 牵头领导 does). The same words inside a duty's sentence ('落实主体责任',
'压实属地责任：各乡镇要…') are words, not labels."""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of

NEXT = "（三）完成农贸市场改造。（责任单位：县商务局）\n"


def owners(got):
    return [(lead, resp, coop) for _, lead, resp, coop in got]


# ------------------------------------------------------------------ labels in a bracket on the next line

def test_bullet_problems_with_kind_labels_on_the_next_line(tmp_path):
    text = ("● 城东农贸市场垃圾清运不及时，周边占道经营现象突出。\n"
            "(主体责任:城东社区居委会,监督责任:区城管局、区市场监管局)\n"
            "● 部分餐饮店后厨卫生条件差，未落实“三防”设施。\n"
            "(主体责任:各餐饮店,监督责任:区市场监管局)\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["城东社区居委会", "区城管局", "区市场监管局"], []),
                           ([], ["各餐饮店", "区市场监管局"], [])]
    assert got[0][0].startswith("● 城东农贸市场") and "主体责任" not in got[0][0]


def test_full_width_kind_labels_with_units_after_numbered_items(tmp_path):
    text = ("二、存在问题及整改责任\n"
            "（一）老旧小区消防通道被占用问题突出。（主体责任单位：各街道办事处；监管责任单位：区消防救援大队）\n"
            "（二）建筑工地扬尘防治措施落实不到位。（直接责任：各施工单位；行业监管责任：区住建局）\n" + NEXT)
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["各街道办事处", "区消防救援大队"], []), ([], ["各施工单位", "区住建局"], []),
                           ([], ["县商务局"], [])]


def test_kind_labels_in_traditional_characters(tmp_path):
    text = ("一、整改問題清單\n"
            "1.鄉鎮集貿市場環境衛生髒亂差。（主體責任：各鄉鎮人民政府，監管責任：縣市場監管局）\n"
            "2.城區河道垃圾漂浮物清理不及時。（屬地責任：各鄉鎮人民政府，主管責任：縣水利局）\n")
    got = tasks_of(tmp_path, text)
    assert [sorted(resp) for _, _, resp, _ in got] == [sorted(["各鄉鎮人民政府", "縣市場監管局"]),
                                                      sorted(["各鄉鎮人民政府", "縣水利局"])]


# ------------------------------------------------------------------ labels on lines of their own

def test_kind_labels_on_lines_of_their_own(tmp_path):
    text = ("一、问题清单\n"
            "1.镇区主干道两侧乱堆乱放、乱贴乱画。\n"
            "主体责任：镇城管办\n"
            "监管责任：镇综合执法队\n"
            "2.学校周边流动摊贩无证经营。\n"
            "属地责任：镇人民政府\n"
            "行业监管责任：镇市场监管所\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["镇城管办", "镇综合执法队"], []), ([], ["镇人民政府", "镇市场监管所"], [])]


def test_kind_label_line_after_a_blank_line(tmp_path):
    text = ("一、问题清单\n"
            "1.部分小区生活垃圾分类投放设施不足。\n\n"
            "主体责任单位:各物业服务企业;监管责任单位:市住建局\n"
            "2.公共厕所保洁不到位。\n"
            "主体责任单位:市环卫处\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["各物业服务企业", "市住建局"], []), ([], ["市环卫处"], [])]


def test_kind_labels_closing_a_paragraph_without_brackets(tmp_path):
    text = ("一、整改清单\n"
            "（一）省道沿线违规广告牌未拆除到位。主体责任：沿线各县人民政府；监管责任：省交通运输厅\n"
            "（二）高速服务区餐饮价格公示不规范。主体责任：省高速公路集团；监管责任：省市场监管局\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["沿线各县人民政府", "省交通运输厅"], []),
                           ([], ["省高速公路集团", "省市场监管局"], [])]


# ------------------------------------------------------------------ a kind after each unit

@pytest.mark.parametrize("bracket", [
    "（县市场监管局（监管责任）、各乡镇人民政府（属地责任））",
    "(县市场监管局(监管责任)、各乡镇人民政府(属地责任))",
    "（责任单位：县市场监管局（监管责任）、各乡镇人民政府（属地责任））",
])
def test_a_kind_after_each_unit(tmp_path, bracket):
    text = "二、整改任务\n（一）整治农村集市食品安全隐患。" + bracket + "\n" + NEXT
    got = tasks_of(tmp_path, text)
    assert owners(got)[0] == ([], ["县市场监管局", "各乡镇人民政府"], [])
    assert "责任" not in got[0][0]


# ------------------------------------------------------------------ table columns

def test_kind_columns_of_a_tab_separated_table(tmp_path):
    text = ("表：问题整改清单\n"
            "序号\t整改事项\t主体责任\t监管责任\t整改时限\n"
            "1\t城区背街小巷路灯损坏未及时修复\t县城投公司\t县住建局\t2024年6月底前\n"
            "2\t乡镇卫生院医疗废物暂存不规范\t各乡镇卫生院\t县卫健局\t2024年3月底前\n")
    got = tasks_of(tmp_path, text)
    assert [sorted(resp) for _, _, resp, _ in got] == [["县住建局", "县城投公司"], ["县卫健局", "各乡镇卫生院"]]


# ------------------------------------------------------------------ leaders: people, not units

def test_leadership_responsibility_names_people(tmp_path):
    text = ("一、问题清单\n"
            "1.区级医院预约诊疗覆盖率偏低。（主体责任：区卫健委，领导责任：分管副区长）\n"
            "2.部分社区养老服务站未正常运营。（主体责任：区民政局）\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["区卫健委"], []), ([], ["区民政局"], [])]


# ------------------------------------------------------------------ words in a duty's sentence, not labels

def test_kinds_inside_a_duty_are_words(tmp_path):
    text = ("二、重点任务\n"
            "（一）压实属地责任：各乡镇要落实主体责任，严格落实行业监管责任，加强日常巡查。（牵头单位：县应急局）\n"
            "（二）强化监管责任，推动企业落实主体责任。（责任单位：县市场监管局）\n" + NEXT)
    got = tasks_of(tmp_path, text)
    assert owners(got) == [(["县应急局"], [], []), ([], ["县市场监管局"], []), ([], ["县商务局"], [])]
    assert "压实属地责任" in got[0][0] and "落实主体责任" in got[1][0]


def test_a_heading_about_a_kind_is_not_a_label(tmp_path):
    text = ("二、保障措施\n"
            "（一）落实主体责任。各企业是安全生产的责任主体，要建立健全安全生产责任制。\n"
            "（二）强化属地责任。（责任单位：各乡镇人民政府）\n")
    got = tasks_of(tmp_path, text)
    assert ["各乡镇人民政府"] in [resp for _, _, resp, _ in got]
    assert all("各企业" not in resp for _, _, resp, _ in got)
