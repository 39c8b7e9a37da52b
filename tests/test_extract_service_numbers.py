"""A public service's body named with its number first: '(三)12315投诉台要将群众对无照经营行为的投诉、举报及时受理'
(blind w246, a 县工商局's complaints desk). The number is part of the name (``names.SERVICE_NUMBER_RE``: 12xxx, 96xxx,
110, 119, 120, 122, a level's character before it or not): the name is judged without it, as any name is. Instances
written for the class, at other levels and in other wordings; near misses stay as they are."""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(lead, resp, coop) for _, lead, resp, coop in tasks_of(tmp_path, text)]


def test_a_citys_hotline_centre_as_a_subject(tmp_path):
    text = ("一、工作任务\n(一)市市场监管局要加强校园周边食品安全检查。\n"
            "(二)市12345政务服务热线中心要及时转办群众诉求。\n")
    assert owners(tmp_path, text)[1] == ([], ["市12345政务服务热线中心"], [])


def test_a_districts_emergency_centre_before_fuze(tmp_path):
    text = "一、职责分工\n（一）区卫生健康局负责统筹医疗保障。\n（二）120急救中心负责现场医疗救护和伤员转运。\n"
    assert owners(tmp_path, text)[1] == ([], ["120急救中心"], [])


def test_a_countys_office_in_a_label_line(tmp_path):
    text = "1.畅通投诉举报渠道，及时处置群众反映的问题。\n责任单位：县12345热线办、县市场监管局\n"
    assert owners(tmp_path, text) == [([], ["县12345热线办", "县市场监管局"], [])]


# ------------------------------------------------------------------ near misses


def test_a_hotline_is_no_body(tmp_path):
    text = ("一、工作任务\n(一)市市场监管局要加强检查。\n(二)12345热线要及时转办群众诉求。\n")
    assert owners(tmp_path, text)[1] == ([], [], [])


def test_a_count_before_a_word_is_no_name(tmp_path):
    text = "1.完成12315条投诉线索核查。（责任单位：县市场监管局）\n2.落实110万元专项资金。（责任单位：县财政局）\n"
    assert owners(tmp_path, text) == [([], ["县市场监管局"], []), ([], ["县财政局"], [])]
