"""Tables that reach the extractor as text (issue 15, blind w91, w98, w99, w101 and their
class), each tested on an instance of its own, written here, not taken from those plans."""
from __future__ import annotations

from ledger.extraction import extract_tasks


def tasks_of(tmp_path, text: str):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan).tasks


def owners(task) -> tuple[list[str], list[str], list[str]]:
    return task.lead, task.responsible, task.cooperating


# A table run into one paragraph, continued from an earlier page (its rows start at 8), each
# owner cell holding several roles split by ；/;/，, run straight into the next row's number.
ROLED_CELLS_RUN_ON = (
    "(接上页)\n"
    "序号主要任务责任单位8推进老旧小区改造，新建3所社区食堂。完善配套设施。市住房城乡建设局、市发展改革委牵头；"
    "市财政局、市民政局配合；各区县政府落实9健全养老服务网络。市民政局牵头,市卫生健康委协助,各街道办事处负责"
    "10开展职业技能培训。市人力资源社会保障局牵头;市总工会、团市委参与11加强宣传引导。"
)


def test_owner_cells_with_several_roles_in_a_table_run_on_from_an_earlier_page(tmp_path):
    """Rows 8-10: each cell's groups get their verbs' roles (牵头 lead, 配合/协助/参与
    cooperating, 落实/负责 responsible); a number inside a task's text (3所) starts no row."""
    got = {t.number: owners(t) for t in tasks_of(tmp_path, ROLED_CELLS_RUN_ON)}
    assert got["8"] == (["市住房城乡建设局", "市发展改革委"], ["各区县政府"], ["市财政局", "市民政局"])
    assert got["9"] == (["市民政局"], ["各街道办事处"], ["市卫生健康委"])
    assert got["10"] == (["市人力资源社会保障局"], [], ["市总工会", "团市委"])
    assert got["11"] == ([], [], [])


def test_owner_cells_with_several_roles_traditional(tmp_path):
    text = ("序號工作任務責任單位5完善救助制度。縣民政局牽頭；縣財政局、縣醫保局配合；各鄉鎮人民政府落實"
            "6加強隊伍建設。縣委組織部牽頭；縣人社局配合7開展督查。")
    got = {t.number: owners(t) for t in tasks_of(tmp_path, text)}
    assert got["5"] == (["縣民政局"], ["各鄉鎮人民政府"], ["縣財政局", "縣醫保局"])
    assert got["6"] == (["縣委組織部"], [], ["縣人社局"])


def test_a_sentence_ending_in_a_role_verb_that_names_no_unit_is_no_owner_cell(tmp_path):
    """'…。统筹推进，抓好落实' ends in a role verb but names no unit: still the task's text,
    and the row's owners are the cell after it."""
    text = ("序号工作任务责任单位3建立台账。统筹推进，抓好落实。区城管局牵头;区财政局配合"
            "4开展评估。区审计局负责")
    got = {t.number: (owners(t), t.text) for t in tasks_of(tmp_path, text)}
    assert got["3"][0] == (["区城管局"], [], ["区财政局"])
    assert "抓好落实" in got["3"][1]
    assert got["4"][0] == ([], ["区审计局"], [])
