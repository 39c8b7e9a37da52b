"""Two forms from 广东 pages (issue 15). Blind w283: an item closed by a bracket of units with no label
whose own rule says the first listed leads, from here on ('(A,B,C,排名第一位为牵头单位,下同)'), a
name's inner parentheses written as angle brackets ('各县<市、区>人民政府'). Blind w284: a 目标责任分解书
pasted one cell a paragraph under '领域 / 主要目标 / 主要责任单位 / 责任单位', goals with '——'
sub-targets, the units one a paragraph (the boundary between the two owner cells lost: all
responsible), some names cut short ('省人口计生'). Instances written for each form, with other units,
levels and wordings, and the near misses that must stay as they were."""
from __future__ import annotations

import pytest

from ledger.extraction.read import levels_in_parentheses
from test_extraction_prose_classes import tasks_of

# ------------------------------------------------------------------ the first listed leads, said in a bracket of units


@pytest.mark.parametrize("rule", ["排名第一位为牵头单位,下同", "排在第一位的为牵头单位，下同", "列第一位者为牵头单位;下同",
                                  "第一个为牵头单位,下同"])
def test_a_bracket_of_units_with_its_first_listed_rule(tmp_path, rule):
    text = ("二、重点任务\n"
            f"(一)完善养老服务网络。推进街道综合养老服务中心建设。(区民政局,区财政局,各街道办事处,{rule})\n"
            "(二)发展社区助餐。新建社区长者食堂20家。(区民政局,区市场监管局)\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp) for _, lead, resp, _ in got] == [
        (["区民政局"], ["区财政局", "各街道办事处"]), (["区民政局"], ["区市场监管局"])]


def test_the_rule_in_traditional_characters(tmp_path):
    text = ("二、重點任務\n"
            "(一)加強農田水利建設。完成高標準農田建設5萬畝。(縣農業農村局,縣水利局,縣財政局,排名第一位為牽頭單位,下同)\n"
            "(二)推進農村公路建設。新改建農村公路80公里。(縣交通運輸局,縣財政局)\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp) for _, lead, resp, _ in got] == [
        (["縣農業農村局"], ["縣水利局", "縣財政局"]), (["縣交通運輸局"], ["縣財政局"])]


def test_the_rule_without_from_here_on_holds_for_its_own_bracket(tmp_path):
    text = ("二、主要任务\n"
            "1.实施河湖清四乱行动。全面排查河湖管理范围内问题。(市水利局,市自然资源局,市生态环境局,排在第一位的为牵头单位)\n"
            "2.加强入河排污口监管。开展排污口溯源整治。(市生态环境局,市水利局)\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp) for _, lead, resp, _ in got] == [
        (["市水利局"], ["市自然资源局", "市生态环境局"]), ([], ["市生态环境局", "市水利局"])]


def test_a_bracket_of_units_without_the_rule_keeps_its_roles(tmp_path):
    text = ("二、主要任务\n"
            "1.实施河湖清四乱行动。力争全市考核排名第一位。(市水利局,市自然资源局)\n"
            "2.加强入河排污口监管。开展排污口溯源整治。(市生态环境局,市水利局)\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp) for _, lead, resp, _ in got] == [([], ["市水利局", "市自然资源局"]), ([], ["市生态环境局", "市水利局"])]


@pytest.mark.parametrize("written, exp", [
    ("各县<市、区>人民政府", "各县(市、区)人民政府"), ("各镇〈街道〉", "各镇(街道)"), ("各村‹社区›", "各村(社区)"),
    ("PM2.5浓度<35微克", "PM2.5浓度<35微克"), ("学习〈条例〉精神", "学习〈条例〉精神")])
def test_levels_in_angle_brackets_read_as_parentheses(written, exp):
    assert levels_in_parentheses(written) == exp


def test_a_name_with_angle_brackets_in_a_bracket_with_the_rule(tmp_path):
    text = ("一、落实政府职责\n"
            "(一)健全学前教育管理体制。落实县级政府主体责任。(市教育局,市委编办,各县<市、区>人民政府,排名第一位为牵头单位,下同)\n"
            "(二)扩大普惠性资源。新建公办幼儿园10所。(市教育局,市发展改革局,市财政局)\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp) for _, lead, resp, _ in got] == [
        (["市教育局"], ["市委编办", "各县(市、区)人民政府"]), (["市教育局"], ["市发展改革局", "市财政局"])]


# ------------------------------------------------------------------ a 目标责任分解书 one cell a paragraph


BREAKDOWN = ("《{level}儿童发展规划》目标责任分解书\n\n领域\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n"
             "1.儿童健康水平进一步提高。\n\n \n\n \n\n"
             "——婴儿死亡率控制在6‰以内。\n\n——5岁以下儿童死亡率控制在8‰以内。\n\n"
             "{level}卫生健康委\n\n{level}财政局\n\n{level}医保局\n\n"
             "2.提高儿童营养水平。\n\n \n\n"
             "——低出生体重发生率控制在4%以下。\n\n{level}卫生健康委\n\n{level}妇联\n\n"
             "——中小学生贫血患病率降低。\n\n——儿童肥胖率上升趋势得到控制。\n\n"
             "{level}教育局\n\n{level}卫生健康委\n\n{level}体育局\n\n"
             "——6个月内婴儿纯母乳喂养率达到50%以上。\n\n{level}卫生健康委\n\n{level}总工会\n\n"
             "3.儿童享有基本医疗保障。\n\n{level}医保局\n\n{level}人口计生\n\n{level}财政局\n\n"
             "1.学前三年毛入园率达到95%。\n\n{level}教育局\n\n{level}发展改革委\n\n")


@pytest.mark.parametrize("level", ["市", "省"])
def test_goals_and_their_sub_targets_each_own_the_units_after_them(tmp_path, level):
    got = tasks_of(tmp_path, BREAKDOWN.format(level=level))
    exp = [("儿童健康水平进一步提高", ["卫生健康委", "财政局", "医保局"]),
           ("低出生体重发生率", ["卫生健康委", "妇联"]),
           ("中小学生贫血患病率降低", ["教育局", "卫生健康委", "体育局"]),
           ("纯母乳喂养率", ["卫生健康委", "总工会"]),
           ("儿童享有基本医疗保障", ["医保局", "人口计生", "财政局"]),
           ("学前三年毛入园率", ["教育局", "发展改革委"])]
    assert len(got) == len(exp)
    for (text, lead, resp, coop), (words, units) in zip(got, exp):
        assert words in text
        assert (lead, coop) == ([], [])  # both owner columns read as responsible: no lead the text cannot show
        assert resp == [level + u for u in units]


def test_sub_targets_sharing_units_stay_one_task(tmp_path):
    got = tasks_of(tmp_path, BREAKDOWN.format(level="市"))
    shared = next(t for t, _, _, _ in got if "中小学生贫血" in t)
    assert "儿童肥胖率上升趋势得到控制" in shared


def test_a_name_cut_short_between_units(tmp_path):
    got = tasks_of(tmp_path, BREAKDOWN.format(level="县").replace("县人口计生", "人口计生"))
    assert next(r for t, _, r, _ in got if "基本医疗保障" in t) == ["县医保局", "人口计生", "县财政局"]


@pytest.mark.parametrize("person", ["李永其", "王建华"])
def test_a_person_among_the_units_is_no_unit(tmp_path, person):
    text = ("二、重点任务\n1.新建城市书房5家。\n县文广旅体局\n县财政局\n李永其\n"
            f"2.改造农贸市场3个。\n县商务局\n{person}\n县市场监管局\n")
    got = tasks_of(tmp_path, text)
    assert all(person not in lead + resp + coop and "李永其" not in lead + resp + coop for _, lead, resp, coop in got)


def test_dash_lines_under_a_goal_without_units_between_stay_its_text(tmp_path):
    text = ("二、主要目标\n\n领域\n\n主要目标\n\n责任单位\n\n"
            "1.城乡居民收入稳步增长。\n\n \n\n \n\n——城镇居民人均可支配收入增长7%。\n\n——农村居民人均可支配收入增长8%。\n\n"
            "区发展改革局\n\n区人社局\n\n"
            "2.就业形势保持稳定。\n\n区人社局\n\n区财政局\n\n")
    got = tasks_of(tmp_path, text)
    assert len(got) == 2
    assert "农村居民人均可支配收入" in got[0][0] and got[0][2] == ["区发展改革局", "区人社局"]
    assert got[1][2] == ["区人社局", "区财政局"]
