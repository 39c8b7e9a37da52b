"""Duties written as sentences whose subject is their owner, inside a paragraph that opens
with something else (issue 15, the class the scorer calls 未找到该任务): each rule on
instances written for it, other units, levels and wording than the pages that showed the
class, with the sentences that must stay no owner's."""
from __future__ import annotations

from pathlib import Path

from ledger.extraction import extract_tasks


def tasks_of(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.text, t.lead + t.responsible) for t in extract_tasks(plan).tasks]


# ------------------------------------------------------------------ the issuer setting a body up

def test_the_issuer_setting_up_a_body_is_no_part_of_the_next_owners_duty(tmp_path):
    got = tasks_of(tmp_path, "四、工作要求\n（一）健全工作机制。市人民政府成立市城市内涝治理工作指挥部，指挥部办公室设在"
                             "市住房和城乡建设局。市水务局负责排水管网的排查和清淤疏浚，汛前完成。\n"
                             "（二）强化资金保障。市财政局负责统筹安排内涝治理资金。\n")
    assert [owners for _, owners in got] == [[], ["市水务局"], ["市财政局"]]
    assert got[0][0].startswith("健全工作机制。市人民政府成立") and got[0][0].endswith("市住房和城乡建设局。")
    assert got[1][0].startswith("市水务局负责排水管网")


def test_a_body_set_up_by_the_issuer_then_subjects_in_series(tmp_path):
    got = tasks_of(tmp_path, "二、职责分工\n区政府组建老旧小区改造工作专班，专班办公室设在区住建局。"
                             "区住建局负责项目的组织实施；区财政局负责资金保障。\n")
    assert [owners for _, owners in got] == [[], ["区住建局"], ["区财政局"]]
    assert got[0][0].startswith("区政府组建") and not any("区政府组建" in text for text, _ in got[1:])


def test_the_issuer_and_its_party_committee_setting_up_a_group(tmp_path):
    got = tasks_of(tmp_path, "三、组织保障\n为加强对防汛工作的领导，镇党委、镇政府成立防汛抗旱工作领导小组，"
                             "由镇长任组长。镇水利站负责全镇堤防、水库的巡查，发现险情及时报告。\n")
    assert [owners for _, owners in got] == [[], ["镇水利站"]]
    assert got[1][0].startswith("镇水利站负责")


def test_a_sentence_about_the_issuer_that_sets_nothing_up_stays_in_the_duty(tmp_path):
    got = tasks_of(tmp_path, "二、工作措施\n（一）压实责任。县政府高度重视秋冬季森林防火工作。"
                             "县林业局负责火源管控和巡山护林。\n")
    assert [owners for _, owners in got] == [["县林业局"]]
    assert got[0][0].startswith("压实责任。县政府高度重视")


def test_an_owner_before_the_issuer_setting_up_keeps_its_whole_paragraph(tmp_path):
    got = tasks_of(tmp_path, "二、工作措施\n（一）县应急管理局负责统筹协调。县政府成立安全生产专项整治领导小组，"
                             "办公室设在县应急管理局。\n")
    assert [owners for _, owners in got] == [["县应急管理局"]]
