"""A part's heading that names its own leads over items with owners of their own (issue 15, blind w352: '一、整治提升
村容村貌(县委农办、县农业农村局、县市容环境卫生服务中心牵头)' over '1.…(责任单位:…)'): the part's leads were lost (an
item's heading '（一）…（A牵头）' kept them as a task); now the part's heading is a task of its own before its items.
Plans written for the class, with other parts, units and annotation forms."""
from __future__ import annotations

from test_extraction_prose_classes import tasks_of

PLAN = """某县农村人居环境整治分工方案
一、推进农村厕所革命(县卫生健康局、县农业农村局牵头)
1.改造农村户厕。完成户厕改造2000户。(责任单位:各镇人民政府)
2.建设农村公厕。每个行政村至少建成1座公厕。(责任单位:县住房和城乡建设局)
二、治理农村生活污水(牵头单位:县生态环境分局)
1.编制治理规划。(责任单位:县生态环境分局)
2.建设污水处理设施。(责任单位:县水务局、各镇人民政府)
三、保障措施
各镇、各部门要加强组织领导。
"""


def test_a_parts_heading_names_its_leads_as_a_task_of_its_own(tmp_path):
    got = [(text, lead, resp) for text, lead, resp, _coop in tasks_of(tmp_path, PLAN)]
    assert got[0] == ("推进农村厕所革命", ["县卫生健康局", "县农业农村局"], [])
    assert [r for _t, _l, r in got[1:3]] == [["各镇人民政府"], ["县住房和城乡建设局"]]
    assert got[3][:2] == ("治理农村生活污水", ["县生态环境分局"])
    assert [r for _t, _l, r in got[4:6]] == [["县生态环境分局"], ["县水务局", "各镇人民政府"]]
    assert len(got) == 6


def test_a_part_heading_without_owners_gives_no_task(tmp_path):
    plain = PLAN.replace("(县卫生健康局、县农业农村局牵头)", "").replace("(牵头单位:县生态环境分局)", "")
    got = [text for text, *_ in tasks_of(tmp_path, plain)]
    assert "推进农村厕所革命" not in got and len(got) == 4
