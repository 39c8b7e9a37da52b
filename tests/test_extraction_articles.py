"""Duties given out article by article, as 办法 and 规定 do ("第十九条 市规划主管部门的职责：
（一）…"), in the forms scraped pages give them (issue 15): the colon after the heading turned
into a comma or a stop, a comma after 第N条, and the articles run into one long line by a page
that lost its line breaks. A reference to an article inside a sentence cuts nothing, and a
task's words before 职责 ("厘清部门职责。") are no unit.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of

ARTICLES = [("第八条", "县应急管理局", "负责指导乡镇开展森林防火宣传", "负责组织森林火灾扑救演练"),
            ("第九条", "县林业局", "负责划定森林防火重点区域", "负责建设防火隔离带和瞭望塔"),
            ("第十条", "各乡镇人民政府", "负责落实护林员巡山制度", "负责清理林区可燃物")]


def owners_by_unit(got):
    return sorted({tuple(resp) for _, _, resp, _ in got})


@pytest.mark.parametrize("after_number, after_heading", [
    (" ", "："), ("，", "："), (" ", "，"), ("，", "，"), ("、", "。"), (",", ","), (" ", "."),
])
def test_articles_on_their_lines(tmp_path, after_number, after_heading):
    lines = ["第三章 职责分工"] + [f"{n}{after_number}{unit}的职责{after_heading}一、{a}；二、{b}。"
                                 for n, unit, a, b in ARTICLES]
    got = tasks_of(tmp_path, "\n".join(lines) + "\n")
    assert owners_by_unit(got) == sorted([("县应急管理局",), ("县林业局",), ("各乡镇人民政府",)])
    assert all(resp for _, _, resp, _ in got)


@pytest.mark.parametrize("sep", [" ", ",", "。"])
def test_articles_run_into_one_line(tmp_path, sep):
    """A page that lost its line breaks: the articles are cut at their marks (第九条 after
    第八条), whatever stands before them, and each article's heading names its owner."""
    duties = f"{sep}三{sep}负责汇总上报本单位森林防火工作开展情况并按季度向县人民政府报告检查和整改结果"
    body = "".join(f"{n}{sep}{unit}的职责{sep}一{sep}{a}{sep}二{sep}{b}{duties}{sep}" for n, unit, a, b in ARTICLES)
    text = f"第三章{sep}职责分工{sep}{body}第十一条{sep}本办法所称森林防火期为每年十月一日至次年四月三十日，特殊情况可以提前或者延长。"
    assert len(text) >= 300
    got = tasks_of(tmp_path, text + "\n")
    assert owners_by_unit(got) == sorted([("县应急管理局",), ("县林业局",), ("各乡镇人民政府",)])


def test_a_reference_to_an_article_cuts_nothing(tmp_path):
    text = ("一、工作任务\n（一）依照本办法第十九条规定，开展林区野外用火专项检查。（责任单位：县林业局）\n"
            "（二）按照第二十条、第二十一条的要求，组织护林员培训。（责任单位：县应急管理局）\n")
    got = tasks_of(tmp_path, text)
    assert [(t[:8], r) for t, _, r, _ in got] == [("依照本办法第十九", ["县林业局"]), ("按照第二十条、第", ["县应急管理局"])]


@pytest.mark.parametrize("words", ["厘清部门职责", "履行政府职责", "理顺乡镇政府职责", "明确政府职责", "明晰各级政府职责"])
def test_a_tasks_words_before_duties_are_no_unit(tmp_path, words):
    text = (f"三、主要任务\n（一）{words}。充分发挥市场作用，推动简政放权。（牵头单位：县发改局）\n"
            "（二）加强事中事后监管。健全信用监管机制。（牵头单位：县市场监管局）\n")
    got = tasks_of(tmp_path, text)
    assert [(lead, resp) for _, lead, resp, _ in got] == [(["县发改局"], []), (["县市场监管局"], [])]


# ------------------------------------------------------------------ "<units><topic>责任主要包括：" over numbered duties

@pytest.mark.parametrize("heading, units", [
    ("第五条 各级党委和政府安全生产责任主要包括：", ["各级党委", "各级政府"]),
    ("第五条 县应急管理局的职责如下：", ["县应急管理局"]),
    ("第五条 各乡镇人民政府森林防火职责主要有：", ["各乡镇人民政府"]),
])
def test_a_heading_saying_whose_duties_follow(tmp_path, heading, units):
    text = (f"第二章 职责\n{heading}\n（一）组织开展隐患排查治理。\n（二）落实安全生产投入保障。\n"
            "第六条 本办法自印发之日起施行。\n")
    got = tasks_of(tmp_path, text)
    assert [sorted(r) for t, _, r, _ in got if r] == [sorted(units)] * 2


@pytest.mark.parametrize("heading", ["第五条 安全生产责任主要包括：", "第五条 各部门职责如下：", "第五条 以下责任主要包括："])
def test_a_heading_of_duties_naming_no_unit(tmp_path, heading):
    text = (f"第二章 职责\n{heading}\n（一）组织开展隐患排查治理。\n（二）落实安全生产投入保障。（责任单位：县应急管理局）\n")
    got = tasks_of(tmp_path, text)
    assert [r for _, _, r, _ in got if r] == [["县应急管理局"]]
