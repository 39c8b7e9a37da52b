"""A community by its name is a unit (blind w237: '南苑社區采用網格化管理…', '據了解,南苑社區建立…'): a place name
of two to four characters, its town's or street's before it or not, then 社区 (``names.is_named_community``). A kind
of community (农村社区, 城市社区, 智慧社区, 和谐社区) or a level's communities as a whole stay no unit, and 社 no
longer ends a name before 区 (翠湖社|区). Instances written for the class, at other levels and in other layouts."""
from __future__ import annotations

import pytest

from ledger.extraction.markers import looks_like_unit
from tests.test_extraction_prose_classes import tasks_of


def test_a_districts_communities_on_a_label_line(tmp_path):
    got = tasks_of(tmp_path, "1.开展老旧小区环境整治。\n责任单位：翠湖社区、青石社区\n2.推进垃圾分类。\n责任单位：区城管局\n")
    assert got == [("开展老旧小区环境整治。", [], ["翠湖社区", "青石社区"], []), ("推进垃圾分类。", [], ["区城管局"], [])]


def test_a_town_and_its_community_in_a_bracket(tmp_path):
    got = tasks_of(tmp_path, "一、重点任务\n1.完善社区养老服务。（责任单位：城关镇东门社区）\n"
                             "2.开展邻里节活动。（牵头单位：西岭社区，配合单位：镇文化站）\n")
    assert [(lead, resp, coop) for _, lead, resp, coop in got] == [
        ([], ["城关镇东门社区"], []), (["西岭社区"], [], ["镇文化站"])]


def test_a_community_as_a_plain_subject_in_a_news_item(tmp_path):
    got = tasks_of(tmp_path, "据悉，龙井社区组织志愿者开展独居老人走访活动。镇民政办发放慰问物资200份。\n")
    assert [resp for _, _, resp, _ in got] == [["龙井社区"], ["镇民政办"]]


def test_a_city_community_before_its_duty_verb(tmp_path):
    got = tasks_of(tmp_path, "三、工作分工\n（一）金桥社区负责辖区内重点人员排查，建立工作台账。\n"
                             "（二）市公安局负责治安巡逻。\n")
    assert [resp for _, _, resp, _ in got] == [["金桥社区"], ["市公安局"]]


@pytest.mark.parametrize("name", ["农村社区", "城市社区", "智慧社区", "和谐社区", "城乡社区", "街道社区", "所在社区",
                                  "一刻钟社区", "社区", "镇东门社区", "城区"])
def test_kinds_of_community_are_no_units(name):
    assert not looks_like_unit(name)


def test_kinds_of_community_stay_out_of_the_owners(tmp_path):
    got = tasks_of(tmp_path, "一、重点任务\n1.智慧社区建设由县民政局负责。\n"
                             "2.农村社区要加强环境卫生管理。（责任单位：县农业农村局）\n")
    assert [(lead, resp, coop) for _, lead, resp, coop in got] == [([], ["县民政局"], []), ([], ["县农业农村局"], [])]
