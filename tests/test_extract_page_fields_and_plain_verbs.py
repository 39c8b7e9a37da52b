"""A government page's own fields and signature name no owner (issue 15, blind w354: '索引号 / … / 发布机构 / 冠县水利局 /
发文日期 / …' one a line, and '冠县水利局 / 2023-04-27' under the text); and subjects of a page owned in prose only before
'根据…任务,及时安排…' (w353) or '统一指导…' (w354). Pages written for the classes, with other bodies and dates."""
from __future__ import annotations

from ledger.extraction.names import is_unit_name

from test_extraction_prose_classes import tasks_of

PAGE = """当前位置: 首页 > 政务公开 > 政策问答
县城区内涝防治职责是如何划分的?
索引号
11341200/2024-00012
发布机构
某县住房和城乡建设局
发文日期
2024-06-12
名称
县城区内涝防治职责是如何划分的?
一、城区内涝防治分工
县住建局负责城区排水管网的日常维护和汛前清淤。
县城管局负责道路积水点的巡查和应急排水。
某县住房和城乡建设局
2024-06-12
"""


def test_a_pages_fields_and_signature_own_nothing(tmp_path):
    got = [(resp, text[:6]) for text, _lead, resp, _coop in tasks_of(tmp_path, PAGE)]
    assert [resp for resp, _t in got] == [["县住建局"], ["县城管局"]]


def test_a_pages_field_names_are_no_unit():
    assert not any(is_unit_name(w) for w in ("发布机构", "发文机关", "发布单位", "来源单位"))


PROSE = """四、职责分工
市水利局负责全市河道管护工作的统筹协调。
市财政局根据年度河道管护任务,及时安排管护资金,并加强资金监管。
市城管局统一组织城区河道的日常保洁。
市生态环境局负责入河排污口的监督管理。
"""


def test_subjects_before_a_basis_or_a_manner_own_their_sentences(tmp_path):
    got = [(lead + resp) for _text, lead, resp, _coop in tasks_of(tmp_path, PROSE)]
    assert got == [["市水利局"], ["市财政局"], ["市城管局"], ["市生态环境局"]]
