"""Tables that reach the extractor as text (issue 15, blind w91, w98, w99, w101 and their
class), each tested on an instance of its own, written here, not taken from those plans."""
from __future__ import annotations

from ledger.extraction.owner_lists import Profile, units_of
from test_extraction_web_classes import tasks_of


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


# A pipe table whose owner column has a header no known word names (分工), its cells short
# office names separated by spaces; rows under merged cells hold fewer cells, a measure's own
# number ("1.") in them, one row only a measure and its owner cell (its 时间 merged from above).
OWNER_COLUMN_BY_ITS_CELLS = """\
类别 | 工作目标 | 工作措施 | 分工 | 时间 |
一、队伍建设 |
(一)网格管理 | (1)镇(街道)建立网格员队伍,明确专人负责。 | 1.制定网格员管理办法; | 社事办 综治中心 | 6月 |
(2)各网格落实日常巡查。 | 1.建立巡查台账; | 综治中心 | 7月 |
(3)村(居)配备专职网格员。 | 1.开展网格员培训; | 村(居) 社事办 | 8月 |
2.每季度开展一次考核评比; | 经发办 财政所 |
"""


def test_an_owner_column_known_by_its_cells_not_its_header(tmp_path):
    got = [(t.text[:6], t.responsible) for t in tasks_of(tmp_path, OWNER_COLUMN_BY_ITS_CELLS)]
    assert got == [("制定网格员管", ["社事办", "综治中心"]), ("建立巡查台账", ["综治中心"]),
                   ("开展网格员培", ["村", "居", "社事办"]), ("每季度开展一", ["经发办", "财政所"])]


def test_an_owner_column_known_by_its_cells_traditional(tmp_path):
    text = ("類別 | 工作目標 | 工作措施 | 分工 | 時間 |\n"
            "(一)安全生產 | (1)開展隱患排查。 | 1.建立排查清單; | 安監站 派出所 | 5月 |\n"
            "(2)加強宣傳。 | 1.製作宣傳資料; | 宣傳辦 | 6月 |\n")
    got = [t.responsible for t in tasks_of(tmp_path, text)]
    assert got == [["安監站", "派出所"], ["宣傳辦"]]


def test_a_column_of_people_or_figures_under_an_unknown_header_names_no_owner(tmp_path):
    """Under headers no known word names, a column of people (王明 李强) or of figures
    (合计 12) is no owner column: the tasks keep no owner rather than people or figures."""
    text = ("序号 | 工作任务 | 联络人员 | 数量 | 完成时限 |\n"
            "| 1 | 开展入户走访。 | 王明 李强 | 合计 12 | 6月 |\n"
            "| 2 | 建立工作台账。 | 张伟 | 3 | 7月 |\n")
    got = [(t.lead, t.responsible, t.cooperating) for t in tasks_of(tmp_path, text)]
    assert got == [([], [], []), ([], [], [])]


def test_a_grassroots_level_with_the_one_in_its_place_is_two_owners():
    """村(社区), 镇(街道、园区): each level owns; 各乡镇(街道) stays one group, and a
    bureau with a second name in brackets is one unit."""
    def names(cell):
        return units_of(cell, Profile(), from_text=False).names

    assert names("村(社区)、镇(街道、园区)") == ["村", "社区", "镇", "街道", "园区"]
    assert names("各乡镇(街道)") == ["各乡镇(街道)"]
    assert names("县水利局和镇(街道)") == ["县水利局", "镇", "街道"]  # after 和 too
    assert names("县发改局(粮食局)") == ["县发改局(粮食局)"]


# One-line label runs of a progress report: person fields between the unit fields, and a
# flattened target table (its districts, 小计, a target's name, figures) after the last list.
LABEL_RUNS_WITH_PEOPLE = (
    "区政府2023年为民办实事项目共15项,涉及医疗卫生、农贸市场、道路交通、教育文化等方面,各责任单位认真组织实施,"
    "项目总体进展顺利。现将1—9月份进展情况公示如下,请社会各界监督。 1.新建社区卫生服务站5个。 分管领导:赵某某 责任单位:区卫生健康局 "
    "具体责任人:李某 配合单位:区财政局、区自然资源局 进展情况:已完成选址。 2.改造农贸市场3个。 包抓领导:钱某 "
    "责任单位:区商务局,各街道办事处 联系人:孙某,各街道主任 配合单位:区市场监管局、区城管局 东城 西城 小计 "
    "年度目标 1 2 3 实际完成 1 1 2 3.新增公共停车泊位800个。 分管领导:赵某某 责任单位:区交通运输局 项目责任人:周某 "
    "配合单位:区公安分局 进展情况:已新增泊位520个。\n"
)


def test_person_fields_in_a_label_run_are_people_not_units(tmp_path):
    """具体责任人:/联系人:/…领导: end the unit list before them; their people and posts
    (各街道主任) are no units; a flattened table's 小计 and target name end the last list."""
    got = {t.number: t for t in tasks_of(tmp_path, LABEL_RUNS_WITH_PEOPLE)}
    assert (got["1"].responsible, got["1"].cooperating) == (["区卫生健康局"], ["区财政局", "区自然资源局"])
    assert "李某" in got["1"].leader
    assert got["2"].responsible == ["区商务局", "各街道办事处"]
    assert got["2"].cooperating[:2] == ["区市场监管局", "区城管局"]
    assert not {"小计", "年度目标", "各街道", "孙某"} & set(got["2"].units())


def test_person_fields_traditional(tmp_path):
    text = ("1.新建公園2處。 牽頭領導:周某 責任單位:縣住建局 項目責任人:吳某 配合單位:縣財政局 合計 年度目標 2\n")
    task = tasks_of(tmp_path, text)[0]
    assert (task.responsible, task.cooperating) == (["縣住建局"], ["縣財政局"])


def test_units_with_their_people_under_one_label_stay_units(tmp_path):
    """责任单位及责任人：A、B主要负责人 names units with their posts (the label is a unit label)."""
    text = "1.开展校园周边整治。责任单位及责任人：县教育局、县公安局主要负责人\n"
    assert tasks_of(tmp_path, text)[0].responsible == ["县教育局", "县公安局"]


# A plan run into one paragraph (a document site's preview): a first list whose items end in
# '牵头领导:…副局长责任部门:…' with no break, then a second list's heading and its (一) run
# straight into the last list of units, its items '配合A做好…' with '配合领导:…配合部门:…'.
NEW_LIST_AFTER_AN_OWNER_LIST = (
    "为做好全县城乡环境综合整治工作,结合我局实际,制定本方案。一、组织领导成立工作领导小组,由局长任组长,各分管副局长任副组长,"
    "成员由各股室负责人组成。二、实施整治工作(一)农贸市场周边整治对占道经营、乱堆乱放开展集中整治,做到市场周边整洁有序。"
    "牵头领导:李某副局长责任部门:市场股、城关监管所(二)校园周边整治对校园周边流动摊贩开展整治,保障学生饮食安全。"
    "第 2 页共 6 页下载后可任意编辑牵头领导:刘某副局长责任部门:食品股、执法大队协助开展联合执法(一)协助县城管局做好"
    "店外经营整治,规范门店经营秩序配合领导:刘某副局长配合部门:执法大队(二)协助县交通运输局做好客运站周边整治配合领导:李某副局长"
    "配合部门:城关监管所(三)协助县公安局做好\n"
)


def test_a_new_list_opened_right_after_an_owner_list(tmp_path):
    """(一) after '…执法大队协助开展联合执法' opens the second list: its items are tasks of their
    own, owned by their 配合部门 (the 县城管局 they support is inside the duty, no owner)."""
    got = {t.text[:8]: (t.responsible, t.cooperating) for t in tasks_of(tmp_path, NEW_LIST_AFTER_AN_OWNER_LIST)}
    assert got["协助县城管局做好"] == ([], ["执法大队"])
    assert got["协助县交通运输局"] == ([], ["城关监管所"])
    assert ["食品股", "执法大队"] in [r for r, _ in got.values()]
    assert all("县城管局" not in r + c for r, c in got.values())


def test_a_new_list_opened_right_after_an_owner_list_traditional(tmp_path):
    text = (NEW_LIST_AFTER_AN_OWNER_LIST.replace("协助", "協助").replace("责任部门", "責任部門").replace("配合部门", "配合部門")
            .replace("牵头领导", "牽頭領導").replace("配合领导", "配合領導"))
    got = {t.text[:8]: t.cooperating for t in tasks_of(tmp_path, text)}
    assert got["協助县城管局做好"] == ["执法大队"]


def test_a_first_mark_again_inside_a_sentence_opens_no_list(tmp_path):
    """'(一)' again after an owner list but with no '(二)' after it is the text's own
    reference, not a new list: the item keeps its text and its owners."""
    text = NEW_LIST_AFTER_AN_OWNER_LIST.split("(二)协助")[0] + "。\n"
    got = [(t.text[:8], t.responsible) for t in tasks_of(tmp_path, text)]
    assert not any(k.startswith("协助县城管局") for k, _ in got)
