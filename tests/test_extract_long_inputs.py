"""Long plans and long paragraphs lose nothing (issue 15, lose nothing; found by crafted input at the end
of the 2026-12-04 round): a page run together on one line with a hundred items or more, and a paragraph
of many unnumbered tasks each closed by its own owner labels. Before: a run-on line's items past 99 were
read as the 99th's text (its owners all of theirs), and in a paragraph of labelled clauses every clause
after the second was read as the second's. Speed on such input is measured by
bench/bench_extract_long.py, not here."""
from __future__ import annotations

import pytest
from test_extraction_prose_classes import tasks_of

UNITS = ["县教育局", "县财政局", "县卫健委", "县民政局", "县住建局", "县交通运输局", "县农业农村局"]


def _run_on(n: int, mark) -> str:
    items = "".join(f"{mark(i)}完善第{i}项工作机制，抓好落实。责任单位：{UNITS[i % 7]}、{UNITS[(i + 1) % 7]}。"
                    for i in range(1, n + 1))
    return "某县重点工作任务分解方案 一、重点任务 " + items + "\n"


@pytest.mark.parametrize("mark", [lambda i: f"{i}.", lambda i: f"{i}、", lambda i: f"（{i}）", lambda i: f"({i})"],
                         ids=["dot", "dun", "full-width-paren", "ascii-paren"])
def test_a_run_on_line_of_150_items_gives_each_its_own_owners(tmp_path, mark):
    got = tasks_of(tmp_path, _run_on(150, mark))
    assert len(got) == 150
    for i, (text, _, responsible, _) in enumerate(got, start=1):
        assert text.startswith(f"完善第{i}项"), (i, text[:20])
        assert responsible == [UNITS[i % 7], UNITS[(i + 1) % 7]], (i, responsible)


def test_numbers_of_three_digits_inside_items_cut_nothing(tmp_path):
    text = ("某区民生实事 " + "".join(
        f"{i}.新增停车泊位300、充电桩120个，改造老旧小区100.5万平方米。责任单位：{UNITS[i % 7]}。" for i in range(1, 12)) + "\n")
    got = tasks_of(tmp_path, text)
    assert [t[:4] for t, _, _, _ in got] == ["新增停车"] * 11
    assert all("充电桩120个" in t and "100.5万平方米" in t for t, _, _, _ in got)
    assert [r for _, _, r, _ in got] == [[UNITS[i % 7]] for i in range(1, 12)]


def test_unnumbered_tasks_in_one_paragraph_each_with_its_labels(tmp_path):
    clauses = "".join(f"推进第{i}批农村公路提档升级。牵头单位：{UNITS[i % 7]}；配合单位：{UNITS[(i + 3) % 7]}。"
                      for i in range(5))
    got = tasks_of(tmp_path, "一、重点任务\n（一）交通建设\n" + clauses + "\n")
    assert [(t.split("\n")[-1][:6], lead, coop) for t, lead, _, coop in got] == [  # the first under its title
        (f"推进第{i}批农", [UNITS[i % 7]], [UNITS[(i + 3) % 7]]) for i in range(5)]


def test_labels_with_a_deadline_and_a_comma_in_a_run_of_clauses(tmp_path):
    text = ("二、工作任务\n"
            "1.加强校园安全。开展校园周边环境整治。责任单位：区教育局、区公安分局；完成时限：2025年6月底。"
            "落实校车安全管理制度。责任单位：区交通运输局。"
            "建立学生心理健康档案。责任单位：区卫健局，区教育局。\n")
    got = [(t[:6], r) for t, _, r, _ in tasks_of(tmp_path, text)]
    assert got == [("加强校园安全", ["区教育局", "区公安分局"]), ("落实校车安全", ["区交通运输局"]),
                   ("建立学生心理", ["区卫健局", "区教育局"])]


def test_one_label_group_then_a_standing_sentence_stays_one_task(tmp_path):
    """No later label: the paragraph's one group is its tail as before, the sentence after it no task's."""
    text = ("一、主要任务\n1.推进全域土地综合整治试点。牵头单位：县自然资源局。具体任务均涉及各乡镇人民政府，不再列出，下同。\n"
            "2.实施高标准农田建设。牵头单位：县农业农村局。\n")
    got = [(t[:6], lead) for t, lead, _, _ in tasks_of(tmp_path, text)]
    assert got == [("推进全域土地", ["县自然资源局"]), ("实施高标准农", ["县农业农村局"])]


def test_a_label_whose_value_is_a_sentence_does_not_cut_the_paragraph(tmp_path):
    """'责任单位：各乡镇要…' names no list of units: no group ends there, the tail reads the paragraph's last labels."""
    text = ("一、工作措施\n（一）强化督查。责任单位：各乡镇要高度重视，建立台账。定期开展督查通报。"
            "牵头单位：县政府督查室；配合单位：县委督查室。\n")
    got = tasks_of(tmp_path, text)
    assert len(got) == 1
    assert got[0][1] == ["县政府督查室"] and got[0][3] == ["县委督查室"]


def test_a_thousand_and_more_items_one_a_line(tmp_path):
    text = "一、重点任务\n" + "".join(
        f"{i}.完善第{i}项工作机制。（{UNITS[i % 7]}牵头，{UNITS[(i + 1) % 7]}配合）\n" for i in range(1, 1006))
    got = tasks_of(tmp_path, text)
    assert len(got) == 1005
    assert got[999][0].startswith("完善第1000项") and got[999][1] == [UNITS[1000 % 7]]
    assert got[-1][0].startswith("完善第1005项") and got[-1][3] == [UNITS[1006 % 7]]


def test_a_date_at_a_line_start_is_no_item_number(tmp_path):
    text = ("一、重点任务\n1.完成老旧小区改造30个，\n2024.12.31前全部完工。（县住建局负责）\n"
            "2.建设口袋公园5个。（县城管局负责）\n")
    got = [(t[:6], r) for t, _, r, _ in tasks_of(tmp_path, text)]
    assert got == [("完成老旧小区", ["县住建局"]), ("建设口袋公园", ["县城管局"])]
