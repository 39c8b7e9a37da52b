"""Owner lists in running prose that lost units (issue 15, class "owner lists in prose"):
lists of any length whose role verb comes after them, read up to where their sentence
ends however a scraped page wrote that end. Instances written for the class, not taken
from the corpus pages.
"""
from __future__ import annotations

import pytest

from test_extraction_prose_classes import tasks_of

COUNTY_UNITS = ("县委宣传部、县总工会、团县委、县妇联、县文旅局、县教体局、县公安局、县财政局、县住建局、"
                "县交通运输局、县水利局、县农业农村局、县卫健局、县市场监管局、县医保局、县残联、县老龄办")


# ------------------------------------------------------------------ a sentence end lost to "?" or written ！？

@pytest.mark.parametrize("stop", ["??", "?", "？", "！"])
def test_a_long_list_before_its_verb_up_to_a_lost_stop(tmp_path, stop):
    """A mirror that could not encode a character writes "?" for it: a list and its verb
    before such a stop (or a ！ ？) are read as before a 。, whatever the list's length."""
    text = ("三、组织分工\n（一）活动由县政府主办，" + COUNTY_UNITS + "和各乡镇人民政府共同承办" + stop
            + "县政府办公室负责活动的组织协调。\n（二）加强宣传。（责任单位：县委宣传部）\n")
    got = tasks_of(tmp_path, text)
    first = got[0]
    assert first[2] == ["县政府"] + COUNTY_UNITS.split("、") + ["各乡镇人民政府"]
    assert first[1] == [] and first[3] == []
    assert any(r == ["县政府办公室"] for _, _, r, _ in got)


@pytest.mark.parametrize("stop", ["??", "?"])
def test_led_with_partners_up_to_a_lost_stop(tmp_path, stop):
    text = ("三、重点任务\n（一）开展河道清淤。由市水利局牵头，市财政局、市生态环境局、市城管局、各区人民政府配合"
            + stop + "市财政局负责保障资金。\n（二）加强宣传。（责任单位：市委宣传部）\n")
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == (["市水利局"], [], ["市财政局", "市生态环境局", "市城管局", "各区人民政府"])


@pytest.mark.parametrize("stop", ["??", "？"])
def test_handled_and_assisted_up_to_a_lost_stop(tmp_path, stop):
    text = ("三、重点任务\n（一）举办消费季活动。市商务局承办，市文旅局、市市场监管局、市公安局、各区人民政府协办"
            + stop + "市政府办公室负责督查。\n（二）加强宣传。（责任单位：市委宣传部）\n")
    got = tasks_of(tmp_path, text)
    assert got[0][1:] == ([], ["市商务局"], ["市文旅局", "市市场监管局", "市公安局", "各区人民政府"])

