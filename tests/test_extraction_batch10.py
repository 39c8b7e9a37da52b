"""Layouts met on the batch w166–w189 (issue 15), each on instances written for it (other
units, tasks and punctuation than the pages that showed the class), and texts that must
not yield owners:

- a 分工 label (部门分工:, 责任分工:, 分工:) before a verb form with no brackets
  ("部门分工:市商务局牵头,市财政局、市税务局配合。"), its items one a line or all on one line;
- an owner label run straight into its item's title, the space lost
  ("(二)城区污水管网改造牵头单位:县住建局");
- a 考核 table, one cell a line closed by bars ("| 序号 |", "责任单位 |", "考核指标 |", …): its
  indicator column the task where no column names one, a short label between column words
  (督查方式) a column no task needs, a second owner column (实施单位) joined to the first;
- a page that lost its line breaks, one long line of '<unit>:<duty>;<duty>。' blocks after
  spaces with no role word: each block its unit's one task; a duty opening 指导 (指导社区…) no unit.
"""
from __future__ import annotations

import pytest

from ledger.extraction.columns import header_columns
from ledger.extraction.names import is_unit_name
from ledger.extraction.run_together import split_run_together
from test_extraction_prose_classes import roles_of, tasks_of


# ------------------------------------------------------------------ a 分工 label before a verb form

@pytest.mark.parametrize("text, exp", [
    ("城镇新增就业6万人以上 部门分工:市人社局牵头,各区、各部门配合。",
     {"lead": ["市人社局"], "cooperating": ["各区、各部门"]}),
    ("推进跨境电商综合试验区建设。责任分工：市商务局牵头，市财政局、市税务局配合",
     {"lead": ["市商务局"], "cooperating": ["市财政局、市税务局"]}),
    ("实施城市更新行动。分工:由区住建局负责。", {"responsible": ["区住建局"]}),
])
def test_a_division_label_before_a_verb_form(text, exp):
    assert roles_of(text) == [exp]


def test_division_labels_on_items_one_a_line(tmp_path):
    got = tasks_of(tmp_path, "二、重点任务\n社会消费品零售总额增长7%\n部门分工：市商务局牵头，各县（区）配合。\n"
                             "建设5个省级物流枢纽\n工作措施：完善冷链设施，培育龙头企业。\n"
                             "部门分工：市交通运输局牵头，市发展改革委、市商务局配合。\n")
    assert [(lead, coop) for _, lead, _, coop in got] == [
        (["市商务局"], ["各县（区）"]), (["市交通运输局"], ["市发展改革委", "市商务局"])]


def test_division_labels_with_every_item_on_one_line(tmp_path):
    got = tasks_of(tmp_path, "今年市工作报告任务分解如下 城乡居民收入增长6% 部门分工:市人社局牵头,市民政局、市医保局配合。 "
                             "新建改建农村公路300公里 工作措施:推进县乡道提级改造。完善养护机制。 部门分工:市交通局牵头,各县(区)配合。 "
                             "打造10个特色街区 工作措施:开展夜间经济试点。 部门分工:市商务局牵头,市文旅局,市城管局等配合。\n")
    assert [t[0][:6] for t in got][1:] == ["新建改建农村", "打造10个特"]
    assert [(lead, coop) for _, lead, _, coop in got] == [
        (["市人社局"], ["市民政局", "市医保局"]), (["市交通局"], ["各县(区)"]), (["市商务局"], ["市文旅局", "市城管局"])]


@pytest.mark.parametrize("text", [
    "三、职责分工：",  # a part's heading, nothing after it
    "分工：各成员要明确责任，加强协作。",  # a duty, no units
    "细化分工:做好统计监测",  # no verb form of units
])
def test_division_labels_that_name_no_owner(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a label run into its item's title

@pytest.mark.parametrize("text, exp", [
    ("(二)城区污水管网改造牵头单位:县住建局", {"lead": ["县住建局"]}),
    ("3.乡村学校少年宫建设责任部门：县教育局、团县委", {"responsible": ["县教育局、团县委"]}),
    ("（五）农贸市场提升改造主要责任单位：区市场监管局", {"responsible": ["区市场监管局"]}),
])
def test_a_label_run_into_the_title(text, exp):
    got = roles_of(text)
    assert got == [exp]


def test_titles_with_labels_run_into_them(tmp_path):
    got = tasks_of(tmp_path, "2024年民生实事进展情况\n一、进展情况\n(一)城区污水管网改造牵头责任部门:县住建局\n"
                             "截至6月底，已完成管网铺设12公里。\n(二)乡镇卫生院能力提升牵头责任部门:县卫健委\n"
                             "已完成3家卫生院设备采购。\n")
    assert [(t[:6], lead + resp) for t, lead, resp, _ in got] == [
        ("城区污水管网", ["县住建局"]), ("乡镇卫生院能", ["县卫健委"])]


@pytest.mark.parametrize("text", [
    "各地要明确项目牵头单位:每个项目确定一个牵头单位,负责统筹推进。",  # a duty, no units after it
    "明确各项工作责任单位：按季度报送进展。",  # the value no units
    "全县重点项目牵头单位:见附件2及项目清单。",  # the value no units
])
def test_run_in_labels_that_name_no_owner(text):
    assert roles_of(text) == []


# ------------------------------------------------------------------ a 考核 table one cell a line, closed by bars

ASSESSMENT_CELLS = ("| 2024年县人社局重点工作任务清单 |\n| 序号 |\n责任单位 |\n年度考核指标 |\n分季度进度 |\n督查方式 |\n"
                    "具体实施单位 |\n完成时限 |\n"
                    "| 1 |\n县人社局 |\n城镇新增就业2800人，城镇登记失业率控制在3.5%以内。 |\n"
                    "①一季度完成600人;②二季度完成1500人。 |\n县人社局办公室0551-7654321 |\n县就业服务中心 |\n2024年12月底 |\n"
                    "| 2 |\n县人社局 |\n开展职业技能培训3000人次，新增技能人才800人。 |\n"
                    "①上半年完成1500人次;②下半年完成1500人次。 |\n县人社局办公室0551-7654321 |\n县职业技能鉴定所 |\n2024年11月底 |\n")


def test_an_assessment_table_one_cell_a_line(tmp_path):
    got = tasks_of(tmp_path, ASSESSMENT_CELLS)
    assert [(t[:6], resp) for t, _, resp, _ in got] == [
        ("城镇新增就业", ["县人社局", "县就业服务中心"]), ("开展职业技能", ["县人社局", "县职业技能鉴定所"])]


def test_an_assessment_table_with_bars(tmp_path):
    got = tasks_of(tmp_path, "| 序号 | 责任单位 | 工作指标 | 督查方式 | 实施单位 | 完成时限 |\n"
                             "| 1 | 区住建局 | 改造老旧小区12个，惠及居民3000户。 | 区住建局办公室0558-1234567 | 区物业中心 | 2024年10月 |\n"
                             "| 2 | 区水务局 | 新建污水管网8公里。 | 区水务局办公室0558-7654321 | 区排水所 | 2024年12月 |\n")
    assert [(t[:6], resp) for t, _, resp, _ in got] == [
        ("改造老旧小区", ["区住建局", "区物业中心"]), ("新建污水管网", ["区水务局", "区排水所"])]


def test_an_indicator_beside_a_task_column_is_no_task(tmp_path):
    got = tasks_of(tmp_path, "| 序号 | 工作任务 | 考核指标 | 责任单位 | 完成时限 |\n"
                             "| 1 | 推进老旧小区改造 | 完成12个小区 | 区住建局 | 2024年10月 |\n"
                             "| 2 | 建设污水管网 | 新建8公里 | 区水务局 | 2024年12月 |\n")
    assert [(t[:4], resp) for t, _, resp, _ in got] == [("推进老旧", ["区住建局"]), ("建设污水", ["区水务局"])]


@pytest.mark.parametrize("cells, text", [
    (["序号", "考核指标", "督查方式", "完成时限"], None),  # no owner column: no task table
    (["序号", "工作任务", "考核指标", "责任单位", "完成时限"], [1]),  # a task column: the indicator no task
    (["序号", "责任单位", "考核指标", "评分指标", "完成时限"], None),  # two indicators: which one is unknown
])
def test_an_indicator_is_the_task_only_of_a_table_without_one(cells, text):
    columns = header_columns(cells)
    assert (columns or {}).get("text") == text


# ------------------------------------------------------------------ units' blocks of duties run into one line

DUTY_BLOCKS = ("县教育局:组织开展中小学生防溺水专题教育,每学期不少于两次;督促学校落实放学前安全提醒制度,"
               "配合有关部门排查校园周边水域隐患;指导各学校建立留守儿童关爱台账,确保假期联系全覆盖。"
               " 县水利局:负责全县水库、河道危险水域警示标志设置,汛期前完成隐患排查和整改;"
               "配合做好水域巡查,落实水库管理人员值守责任,发现险情及时报告并处置。"
               " 县应急管理局:统筹协调防溺水工作,组织开展水上救援演练,提升应急救援队伍实战能力;"
               "会同有关部门开展联合检查,对发现问题督促整改到位,每季度通报一次;将防溺水工作纳入年度安全生产考核。"
               " 县公安局: 1.加强重点水域巡逻,劝离私自下水人员; 2.在重点水域配备救生圈、救生绳等救援器材。")


def test_unit_blocks_run_into_one_line_are_cut(tmp_path):
    assert [p.split(":")[0] for p in split_run_together(DUTY_BLOCKS)] == ["县教育局", "县水利局", "县应急管理局", "县公安局"]
    got = tasks_of(tmp_path, DUTY_BLOCKS + "\n")
    assert [owners for _, *roles in got for owners in [[u for r in roles for u in r]]] == [
        ["县教育局"], ["县水利局"], ["县应急管理局"], ["县公安局"]]
    assert "2.在重点水域配备救生圈" in got[-1][0]  # a block's numbered duties stay its one task


@pytest.mark.parametrize("line", [
    # one unit's block only: no list of blocks
    DUTY_BLOCKS.split(" 县水利局")[0] + "要求如下:加强组织领导,压实工作责任。" * 8,
    # after each sentence a word that is no unit before its colon
    ("工作目标:到2025年底,全县中小学生溺水事故明显下降,防溺水教育覆盖率达到100%,重点水域警示标志设置率达到100%。" * 3
     + " 工作要求:加强组织领导,压实各方责任,确保工作落到实处。 注意事项:严禁学生私自下水游泳。"),
])
def test_lines_that_hold_no_unit_blocks(line):
    assert len(split_run_together(line)) == 1


@pytest.mark.parametrize("name, unit", [
    ("指导各学校", False), ("指导社", False),  # a duty's opening (指导社区…), cut where 社 looks like a name's end
    ("指导站", True), ("县农技指导站", True), ("市就业指导中心", True), ("县委组织部", True),
])
def test_a_duty_opening_with_zhidao_is_no_unit(name, unit):
    assert is_unit_name(name) is unit
