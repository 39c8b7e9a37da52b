"""A plan's working groups, each with its 组长/成员 lines and a '职责:' line (issue 15, blind w385: '(二)医疗管控组 ⏎组长:
⏎成员: ⏎职责:负责与市卫健委…沟通联系。'): an empty 成员: line took the 职责 line for its value, and the duty was dropped
with the member line; and the team's own people made its heading no owner. Now the duty is kept and the team owns it.
Plans written for the class, with other teams and duties."""
from __future__ import annotations

from test_extraction_prose_classes import tasks_of

PLAN = """某镇防汛应急预案
三、应急工作组
(一)抢险救援组
组长:
成员:镇应急办、派出所、各村
职责:负责险情排查和抢险救援,及时转移受威胁群众。
(二)后勤保障组
组长:
成员:
职责:负责抢险物资的调配和受灾群众的生活保障。
"""


def test_a_working_groups_duty_line_is_kept_and_the_group_owns_it(tmp_path):
    got = [(text, resp) for text, _lead, resp, _coop in tasks_of(tmp_path, PLAN)]
    assert [resp for _t, resp in got] == [["抢险救援组"], ["后勤保障组"]]
    assert got[1][0].endswith("负责抢险物资的调配和受灾群众的生活保障。")


def test_an_empty_label_line_still_takes_its_units_from_the_next_line(tmp_path):
    text = "一、重点任务\n1.开展河道清淤。\n牵头单位:\n县水利局\n2.修复堤防。\n牵头单位:县水利局\n"
    got = [(text, lead) for text, lead, _resp, _coop in tasks_of(tmp_path, text)]
    assert [lead for _t, lead in got] == [["县水利局"], ["县水利局"]]
