"""An article whose heading names its owners over its numbered duties (issue 15, blind w273, a
湖南 traffic-safety rule in traditional characters: '第十四條 建設、規劃、城管部門職責' then
'(一)負責城鎮道路…'; blind w154: '第二十三条,国土资源所的职责' then ' 一、…'). The owner
heading '<unit>(的)职责' (w96, w104, w110) holds after 第N条 however it is set off, and for
several sectors sharing one 部门. Instances written for the class, with other units and levels."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from test_extraction_prose_classes import tasks_of

DUTIES = "（一）负责辖区道路隐患的排查整治；\n（二）会同有关单位开展专项检查。\n"


@pytest.mark.parametrize("heading, units", [
    ("第九条 民政、财政、审计部门职责", ["民政部门", "财政部门", "审计部门"]),
    ("第十一条，教育、卫生健康部门的职责", ["教育部门", "卫生健康部门"]),
    ("第七条、发展改革、自然资源、生态环境部门职责", ["发展改革部门", "自然资源部门", "生态环境部门"]),
    ("第三条应急管理、市场监管部门职责", ["应急管理部门", "市场监管部门"]),
])
def test_sectors_sharing_one_department_in_an_article_heading_own_its_duties(tmp_path, heading, units):
    tasks = tasks_of(tmp_path, heading + "\n" + DUTIES)
    assert [t[2] for t in tasks] == [units, units]


def test_sectors_sharing_one_department_in_a_numbered_heading_own_its_duties(tmp_path):
    tasks = tasks_of(tmp_path, "二、水利、农业农村部门的工作职责\n" + DUTIES)
    assert [t[2] for t in tasks] == [["水利部门", "农业农村部门"]] * 2


def test_traditional_article_heading_of_sectors(tmp_path):
    text = ("第二十條 公安、交通運輸部門職責\n(一)負責農村道路交通安全隱患排查;\n"
            "(二)會同教育部門做好校車安全管理。\n第二十一條 鄉鎮人民政府職責\n負責轄區內的勸導站建設。\n")
    tasks = tasks_of(tmp_path, text)
    assert [t[2] for t in tasks] == [["公安部門", "交通運輸部門"]] * 2 + [["鄉鎮人民政府"]]


@pytest.mark.parametrize("heading, units", [
    ("第五条 县交通运输局职责", ["县交通运输局"]),
    ("第二十三条,镇农业服务中心的职责", ["镇农业服务中心"]),
    ("第八条、区城市管理局职责", ["区城市管理局"]),
    ("第六条市公安局交通警察支队职责", ["市公安局交通警察支队"]),
])
def test_one_unit_in_an_article_heading_owns_its_duties(tmp_path, heading, units):
    tasks = tasks_of(tmp_path, heading + "\n" + DUTIES)
    assert [t[2] for t in tasks] == [units, units]


@pytest.mark.parametrize("heading", [
    "第五条 部门职责",  # no one's in particular
    "第五条 安全、环保、质量职责",  # topics sharing 职责, no 部门
    "第五条 加强交通、公路、水利等基础设施建设",  # sectors in a duty's words, no 职责 heading
])
def test_headings_that_name_no_owner_stay_ownerless(tmp_path, heading):
    try:
        tasks = tasks_of(tmp_path, heading + "\n" + DUTIES)
    except NoTaskTable:
        tasks = []
    assert all(not (lead or resp or coop) for _, lead, resp, coop in tasks)
