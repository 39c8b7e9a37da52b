"""Two more damages of copied pages (issue 15, unseen w445, w447).

A township's bodies that lost the 、 between them, each opening with the level's character again
("镇城建办镇农技站", "乡财政所乡农技站"): cut where the level's character opens a body right after one
ends, whether the lexicon knows the bodies or not; a government's or party committee's pair stays as read.

A page copied from a blog or a chat answer in Markdown ("1. **政教处**:负责…", "### 职责分工"): the
marks go, the words stay; an anonymised name's stars ("县**局", "《****学校》") are no marks.
Pages written for the class, with other units than the pages that showed it."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction.names import run_together
from ledger.extraction.read import without_markdown
from ledger.extraction.tasks import extract_tasks


@pytest.mark.parametrize("name, exp", [
    ("乡财政所乡农技站乡林业站", ["乡财政所", "乡农技站", "乡林业站"]),
    ("镇综治办镇司法所", ["镇综治办", "镇司法所"]),
    ("区城管局区环卫所", ["区城管局", "区环卫所"]),
    ("市委教育工委市教委", ["市委教育工委", "市教委"]),
])
def test_bodies_that_repeat_their_level_are_cut(name, exp):
    assert run_together(name) == exp


def test_three_bodies_of_a_township_in_a_list(tmp_path: Path):
    """A body ending in 所 first (a section's name to sections_run_together): all three cut, not two."""
    plan = tmp_path / "plan.txt"
    plan.write_text("一、重点任务\n1.开展校园周边治安整治。\n牵头部门：镇派出所\n协作部门：镇交管站镇综治办镇司法所\n",
                    encoding="utf-8")
    [task] = extract_tasks(plan).tasks
    assert task.cooperating == ["镇交管站", "镇综治办", "镇司法所"]


@pytest.mark.parametrize("name", ["县委县政府", "镇政府镇派出所", "市政府市场监管局", "镇城建办"])
def test_a_government_pair_or_one_body_stays(name):
    assert run_together(name) is None


def test_a_run_together_partner_list_of_a_township(tmp_path: Path):
    plan = tmp_path / "plan.txt"
    plan.write_text("一、重点任务\n1.开展河道保洁专项行动，清理沿河垃圾。牵头部门:镇水利站 协作部门:镇综治办镇司法所 "
                    "主体责任单位:各村\n", encoding="utf-8")
    [task] = extract_tasks(plan).tasks
    assert (task.lead, task.cooperating, task.responsible) == (["镇水利站"], ["镇综治办", "镇司法所"], ["各村"])


@pytest.mark.parametrize("line, exp", [
    ("1. **教务处**:负责教学楼安全检查。", "1. 教务处:负责教学楼安全检查。"),
    ("### 三、职责分工", "三、职责分工"),
    ("__卫生室__：负责晨午检。", "卫生室：负责晨午检。"),
    ("4.落实《****学校食品安全管理办法》（县**局牵头）", "4.落实《****学校食品安全管理办法》（县**局牵头）"),
    ("县**局、**体育局负责", "县**局、**体育局负责"),
    ("由**后勤处**牵头，**保卫处**、**团委**配合", "由后勤处牵头，保卫处、团委配合"),  # a body's name beside words
    ("这是**重中之重**的工作", "这是**重中之重**的工作"),  # no name, beside words: left as written
])
def test_markdown_marks_go_and_stars_of_a_name_stay(line, exp):
    assert without_markdown(line) == exp


def test_a_markdown_page_of_offices_blocks(tmp_path: Path):
    plan = tmp_path / "plan.txt"
    plan.write_text("学校各部门安全职责如下:\n1. **教务处**:负责实验室危化品的管理,定期检查。\n"
                    "2. **总务处**:负责校舍和消防设施的日常维护。\n3. **团委、学生会**:负责学生安全宣传活动。\n",
                    encoding="utf-8")
    got = [t.responsible for t in extract_tasks(plan).tasks]
    assert got == [["教务处"], ["总务处"], ["团委", "学生会"]]


@pytest.mark.parametrize("name, exp", [
    ("北湖区城管局北湖区市场监管局", ["北湖区城管局", "北湖区市场监管局"]),
    ("高新区管委会高新区财政局", ["高新区管委会", "高新区财政局"]),
])
def test_bodies_that_repeat_their_place_are_cut(name, exp):
    assert run_together(name) == exp
