"""A township level written straight before the street level, the 、 between them lost (issue 15,
blind w226's '责任单位:区爱卫办、乡(镇)街道办事处'): two levels of one rank, each an owner.
Instances written for the class, with other units, levels and wordings."""
from __future__ import annotations

import pytest

from ledger.extraction.owner_lists import Profile, units_of
from test_extraction_prose_classes import tasks_of


@pytest.mark.parametrize("text, exp", [
    ("县卫健局、乡镇街道办事处", ["县卫健局", "乡镇", "街道办事处"]),
    ("各乡镇街道", ["各乡镇", "各街道"]),
    ("市爱卫办、各乡（镇）街道办事处", ["市爱卫办", "各乡（镇）", "各街道办事处"]),
])
def test_a_township_before_the_street_is_two_levels(text, exp):
    assert units_of(text, Profile(), from_text=True).names == exp


@pytest.mark.parametrize("text, exp", [
    ("各街道办事处", ["各街道办事处"]),
    ("镇(乡)人民政府", ["镇(乡)人民政府"]),
])
def test_one_level_stays_one_owner(text, exp):
    assert units_of(text, Profile(), from_text=True).names == exp


def test_the_labelled_list_gives_both_levels(tmp_path):
    text = ("一、工作任务\n(一)农村生活垃圾治理\n建立垃圾收运体系。责任单位:县住建局、乡镇街道办事处。\n"
            "(二)村容村貌整治\n清理乱堆乱放。责任单位:县农业农村局、各乡(镇)街道。\n")
    got = [lead + resp for _, lead, resp, _ in tasks_of(tmp_path, text)]
    assert got == [["县住建局", "乡镇", "街道办事处"], ["县农业农村局", "各乡(镇)", "各街道"]]
