"""Owner labels glued to their units and to the text before them, no colon, no space, no line
break (issue 15, blind w214: '…卫生整治责任单位各社区居委会、驻辖区单位', '责任单位环卫分公司配合单位
办事处、城管中队'), as a table or a Word form copied as text gives them: a label word followed
straight by unit names to the paragraph's end is an annotation. The label words in prose
('各责任单位要…', '牵头单位要统筹…', '责任单位负责…', '明确牵头单位和责任单位') are not."""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from test_extraction_prose_classes import tasks_of

HEAD = "二、重点任务\n"
NEXT = "（三）完成主城区停车泊位普查。（责任单位：市城管局）\n"


@pytest.mark.parametrize("first, second, exp", [
    ("（一）开展农贸市场环境整治，规范摊位设置责任单位县市场监管局、各乡镇人民政府",
     "（二）推进城区道路保洁机械化作业牵头单位县城管局配合单位县财政局、县交通运输局",
     [([], ["县市场监管局", "各乡镇人民政府"], []), (["县城管局"], [], ["县财政局", "县交通运输局"])]),
    ("（一）加强学校周边交通秩序管理责任部门区公安分局交警大队、区教育局",
     "（二）整治背街小巷乱搭乱建牵头部门区城管执法局配合部门各街道办事处",
     [([], ["区公安分局交警大队", "区教育局"], []), (["区城管执法局"], [], ["各街道办事处"])]),
])
def test_a_label_glued_to_its_units_is_an_annotation(tmp_path, first, second, exp):
    got = tasks_of(tmp_path, HEAD + first + "\n" + second + "\n" + NEXT)
    assert [(lead, resp, coop) for _, lead, resp, coop in got] == exp + [([], ["市城管局"], [])]
    assert "单位" not in got[0][0][-6:] and "部门" not in got[1][0][-6:]


def test_a_glued_label_with_its_deadline(tmp_path):
    text = HEAD + "（一）完成老旧小区雨污分流改造责任单位县住建局完成时限2024年6月底前\n" + NEXT
    got = tasks_of(tmp_path, text)
    assert [(lead, resp, coop) for _, lead, resp, coop in got][0] == ([], ["县住建局"], [])


@pytest.mark.parametrize("text", [
    "（一）强化督查考核，对责任单位实行月通报制度",
    "（一）牵头单位要统筹协调，配合单位要积极支持",
    "（一）责任单位负责组织实施辖区内的环境整治",
    "（一）明确牵头单位和责任单位",
    "（一）对发现的问题，督促责任单位限期整改到位",
])
def test_label_words_in_prose_are_no_annotation(tmp_path, text):
    got = tasks_of(tmp_path, HEAD + text + "\n" + NEXT)
    assert [(lead, resp, coop) for _, lead, resp, coop in got][0] == ([], [], [])


@pytest.mark.parametrize("first, second", [
    # the line break kept, the colon lost: a label line of its own glued to its units
    ("（一）开展农贸市场环境整治\n责任单位县市场监管局、各乡镇人民政府",
     "（二）推进城区道路保洁机械化作业\n牵头单位县城管局配合单位县财政局"),
    # a space for the colon, as a form's cells copied as text
    ("（一）开展农贸市场环境整治。责任单位 县市场监管局、各乡镇人民政府",
     "（二）推进城区道路保洁机械化作业。牵头单位 县城管局 配合单位 县财政局"),
])
def test_a_label_line_or_a_spaced_label_without_its_colon(tmp_path, first, second):
    got = tasks_of(tmp_path, HEAD + first + "\n" + second + "\n" + NEXT)
    assert [(lead, resp, coop) for _, lead, resp, coop in got] == [
        ([], ["县市场监管局", "各乡镇人民政府"], []), (["县城管局"], [], ["县财政局"]), ([], ["市城管局"], [])]


def test_a_deadline_label_after_a_space_without_its_colon(tmp_path):
    text = HEAD + "1.开展农贸市场环境整治 责任单位县市场监管局 完成时限2024年底\n" + NEXT
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    task = extract_tasks(plan).tasks[0]
    assert (task.responsible, task.deadline.text) == (["县市场监管局"], "2024年底")


@pytest.mark.parametrize("item, exp", [
    ("（一）开展农贸市场环境整治，规范摊位设置责任单位县市场监管局；清理占道经营责任单位县城管局。",
     [([], ["县市场监管局"], []), ([], ["县城管局"], [])]),
    ("（一）整治校园周边环境牵头部门区教育局配合部门区公安分局。开展食品安全检查责任部门区市场监管局",
     [(["区教育局"], [], ["区公安分局"]), ([], ["区市场监管局"], [])]),
])
def test_glued_labels_closing_sentences_inside_a_paragraph(tmp_path, item, exp):
    got = tasks_of(tmp_path, HEAD + item + "\n" + NEXT)
    assert [(lead, resp, coop) for _, lead, resp, coop in got] == exp + [([], ["市城管局"], [])]
    assert "单位" not in got[0][0] and "部门" not in got[0][0]


def test_a_label_word_inside_a_sentence_before_its_end_is_no_annotation(tmp_path):
    got = tasks_of(tmp_path, HEAD + "（一）对整改不力的，督促责任单位限期整改；情节严重的，予以通报。\n" + NEXT)
    assert [(lead, resp, coop) for _, lead, resp, coop in got][0] == ([], [], [])
