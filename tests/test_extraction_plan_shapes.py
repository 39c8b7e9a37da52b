"""Whole small plans in the shapes offices give their task lists (items under 一、/（一）/1./①/(1)/1)/
一是, 第N条 articles, label lines under each item, no part heading at all, units heading their
duties, deadline labels, tables as tab-, pipe-, cell-a-line- and space-separated text, a notice and
its 总体要求/保障措施 parts around the task list): each must give its tasks' owners in order."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks

A, B, C = "县教育局", "县公安局", "县卫健委"
PLANS = {
 "cn_paren items": ("一、重点任务\n（一）加强校园安全。责任单位：县教育局\n（二）整治校园周边。责任单位：县公安局\n（三）做好卫生防疫。责任单位：县卫健委\n", [A, B, C]),
 "num under cn_paren": ("一、重点任务\n（一）校园安全\n1.加强校园安全。（县教育局负责）\n2.整治校园周边。（县公安局负责）\n（二）卫生防疫\n3.做好卫生防疫。（县卫健委负责）\n", [A, B, C]),
 "circled": ("二、工作任务\n①加强校园安全（县教育局负责）\n②整治校园周边（县公安局负责）\n③做好卫生防疫（县卫健委负责）\n", [A, B, C]),
 "paren num": ("二、工作任务\n(1)加强校园安全(县教育局负责)\n(2)整治校园周边(县公安局负责)\n(3)做好卫生防疫(县卫健委负责)\n", [A, B, C]),
 "num paren": ("二、工作任务\n1)加强校园安全(县教育局负责)\n2)整治校园周边(县公安局负责)\n3)做好卫生防疫(县卫健委负责)\n", [A, B, C]),
 "yishi": ("二、工作措施\n一是加强校园安全，由县教育局负责；二是整治校园周边，由县公安局负责；三是做好卫生防疫，由县卫健委负责。\n", [A, B, C]),
 "articles": ("第三条 县教育局负责加强校园安全。\n第四条 县公安局负责整治校园周边。\n第五条 县卫健委负责做好卫生防疫。\n", [A, B, C]),
 "label lines": ("三、主要任务\n1.加强校园安全\n牵头单位：县教育局\n2.整治校园周边\n牵头单位：县公安局\n3.做好卫生防疫\n牵头单位：县卫健委\n", [A, B, C]),
 "no section": ("1.加强校园安全。（县教育局负责）\n2.整治校园周边。（县公安局负责）\n3.做好卫生防疫。（县卫健委负责）\n", [A, B, C]),
 "unit headings": ("三、职责分工\n（一）县教育局\n1.加强校园安全。\n2.做好学生教育。\n（二）县公安局\n1.整治校园周边。\n", [A, A, B]),
 "unit colon headings": ("三、职责分工\n县教育局：加强校园安全，做好学生教育。\n县公安局：整治校园周边。\n县卫健委：做好卫生防疫。\n", [A, B, C]),
 "deadline label": ("一、主要任务\n1.加强校园安全。责任单位：县教育局；完成时限：2024年6月底前\n2.整治校园周边。责任单位：县公安局；完成时限：长期坚持\n3.做好卫生防疫。责任单位：县卫健委；完成时限：2024年底\n", [A, B, C]),
 "tab table": ("序号\t工作任务\t牵头单位\t完成时限\n1\t加强校园安全\t县教育局\t2024年6月\n2\t整治校园周边\t县公安局\t2024年9月\n3\t做好卫生防疫\t县卫健委\t长期\n", [A, B, C]),
 "pipe table": ("|序号|工作任务|牵头单位|完成时限|\n|1|加强校园安全|县教育局|2024年6月|\n|2|整治校园周边|县公安局|2024年9月|\n|3|做好卫生防疫|县卫健委|长期|\n", [A, B, C]),
 "cell per line table": ("序号\n工作任务\n牵头单位\n完成时限\n1\n加强校园安全\n县教育局\n2024年6月\n2\n整治校园周边\n县公安局\n2024年9月\n3\n做好卫生防疫\n县卫健委\n长期\n", [A, B, C]),
 "spaces table": ("序号  工作任务        牵头单位    完成时限\n1     加强校园安全    县教育局    2024年6月\n2     整治校园周边    县公安局    2024年9月\n3     做好卫生防疫    县卫健委    长期\n", [A, B, C]),
 "preamble+notice": ("各乡镇人民政府，县直各单位：\n现将《方案》印发给你们，请认真贯彻执行。\n县人民政府办公室\n2024年3月1日\n一、总体要求\n坚持问题导向。\n二、主要任务\n1.加强校园安全。（县教育局负责）\n2.整治校园周边。（县公安局负责）\n3.做好卫生防疫。（县卫健委负责）\n三、保障措施\n各部门要高度重视。\n", [A, B, C]),
}


@pytest.mark.parametrize("name", list(PLANS))
def test_plan_shape(tmp_path, name):
    text, owners = PLANS[name]
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    assert ["、".join(t.lead + t.responsible) for t in extract_tasks(plan).tasks] == owners


# The same kind of plan as offices and mirror sites deliver it: run together on one line, hard-wrapped
# inside words and names, site furniture around it, half-width punctuation, spaces inside names,
# spaced numbers, bullets or dashes or no numbers for items, a Markdown table.
AS_DELIVERED = {
 "run together brackets": ("一、主要任务 1.加强校园安全。（县教育局负责）2.整治校园周边。（县公安局负责）3.做好卫生防疫。（县卫健委负责）", [A, B, C]),
 "run together labels": ("二、重点任务1.加强校园安全。责任单位：县教育局。2.整治校园周边。责任单位：县公安局。3.做好卫生防疫。责任单位：县卫健委。", [A, B, C]),
 "run together cn_paren": ("（一）加强校园安全（县教育局负责）（二）整治校园周边（县公安局负责）（三）做好卫生防疫（县卫健委负责）", [A, B, C]),
 "hard wrapped": ("一、主要任务\n1.加强校园安全管理，完善校园安防设施，落实\n门卫值守制度。（县教育局负责）\n2.整治校园周边环境，依法查处\n违法经营行为。（县公安局负责）\n3.做好卫生防疫。（县卫\n健委负责）\n", [A, B, C]),
 "furniture": ("首页 > 政务公开 > 通知公告\n发布时间：2024-03-01 来源：县政府办 字号：大 中 小\n一、主要任务\n1.加强校园安全。（县教育局负责）\n2.整治校园周边。（县公安局负责）\n3.做好卫生防疫。（县卫健委负责）\n打印本页 关闭窗口\n", [A, B, C]),
 "half-width everything": ("一、主要任务\n1.加强校园安全.(县教育局负责)\n2.整治校园周边.(县公安局负责)\n3.做好卫生防疫.(县卫健委负责)\n", [A, B, C]),
 "spaces in names": ("一、主要任务\n1.加强校园安全。（县 教育局负责）\n2.整治校园周边。（县公安局 负责）\n3.做好卫生防疫。（县卫健委负责）\n", [A, B, C]),
 "numbers with spaces": ("一、主要任务\n1 . 加强校园安全。（县教育局负责）\n2 . 整治校园周边。（县公安局负责）\n3 . 做好卫生防疫。（县卫健委负责）\n", [A, B, C]),
 "bullets": ("一、主要任务\n● 加强校园安全。（县教育局负责）\n● 整治校园周边。（县公安局负责）\n● 做好卫生防疫。（县卫健委负责）\n", [A, B, C]),
 "dashes": ("一、主要任务\n- 加强校园安全（县教育局负责）\n- 整治校园周边（县公安局负责）\n- 做好卫生防疫（县卫健委负责）\n", [A, B, C]),
 "no numbers": ("一、主要任务\n加强校园安全。（县教育局负责）\n整治校园周边。（县公安局负责）\n做好卫生防疫。（县卫健委负责）\n", [A, B, C]),
 "markdown table": ("| 序号 | 工作任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 加强校园安全 | 县教育局 |\n| 2 | 整治校园周边 | 县公安局 |\n| 3 | 做好卫生防疫 | 县卫健委 |\n", [A, B, C]),
}


@pytest.mark.parametrize("name", list(AS_DELIVERED))
def test_plan_as_delivered(tmp_path, name):
    text, owners = AS_DELIVERED[name]
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    assert ["、".join(t.lead + t.responsible) for t in extract_tasks(plan).tasks] == owners


@pytest.mark.parametrize("text, mended", [
    ("县 教育局负责", "县教育局负责"),
    ("县教育局 负责", "县教育局负责"),
    ("县教育局 县公安局负责", "县教育局 县公安局负责"),  # two whole names: the space separates them
    ("市自然资源 和规划局负责", "市自然资源和规划局负责"),
])
def test_spaces_inside_names_mended(text, mended):
    from ledger.extraction.markers import mended_spaces
    assert mended_spaces(text) == mended
