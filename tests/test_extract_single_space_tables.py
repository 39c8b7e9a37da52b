"""Task tables flattened to text with ONE space (or one full-width space) between cells: web
mirrors, text copied from a PDF, WPS "save as text" (issue 15; blind w129). A header line of
column words fixes the columns; in each row the task's cell ends at its last sentence end and
the words after it are the row's other cells, matched to the columns after the task by their
shapes; a list of units written with a space after its 顿号 ('各区教育局、 市局直属单位') is one
cell; a line without a row number that reads as a whole row (a sentence, then cells that fit)
is a row of its own. Each variant on tables written here, with negatives.
"""
from __future__ import annotations

from test_extraction_prose_classes import extract_tasks


def _tasks(tmp_path, text):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan).tasks


def _owners(tasks):
    return [(t.text[:8], t.lead, t.responsible, t.cooperating) for t in tasks]


# ------------------------------------------------------------------ a 备注 of units, a row without its number

REMARK_TABLE = """附件

县2024年创建省级文明城市重点任务清单

序号 工作任务 责任单位 备注
1 完善城区公益广告设置,主次干道每公里不少于5处。 县委宣传部 各乡镇、 县直各单位
2 开展志愿服务进社区活动,每月不少于一次。 团县委 县民政局、 县文明办
推进志愿服务信息系统注册工作。 县文明办
3 整治农贸市场周边环境秩序,规范摊点经营。 县市场监管局 县城管局、 各社区
4 加强公共场所控烟宣传,设置禁烟标识。 县卫生健康局 县直各单位
"""
REMARK_EXPECTED = [
    ("完善城区公益广告", [], ["县委宣传部"], []),
    ("开展志愿服务进社", [], ["团县委"], []),
    ("推进志愿服务信息", [], ["县文明办"], []),
    ("整治农贸市场周边", [], ["县市场监管局"], []),
    ("加强公共场所控烟", [], ["县卫生健康局"], []),
]


def test_single_spaces_with_a_remark_of_units_and_a_row_without_its_number(tmp_path):
    """'… 。 县委宣传部 各乡镇、 县直各单位' under 责任单位 | 备注: the owner is the cell after the
    sentence, the 备注 (units with a space after the 顿号) is the remark column's, not an
    owner; '推进…工作。 县文明办' (no number, after a whole row) is a row of its own."""
    tasks = _tasks(tmp_path, REMARK_TABLE)
    assert _owners(tasks) == REMARK_EXPECTED
    assert [t.number for t in tasks] == ["1", "2", "", "3", "4"]
    assert [t.note for t in tasks] == ["各乡镇、 县直各单位", "县民政局、 县文明办", "", "县城管局、 各社区", "县直各单位"]


def test_single_full_width_spaces_between_cells(tmp_path):
    """The same table with one full-width space (U+3000) between cells and after the 顿号s."""
    text = REMARK_TABLE.replace(" ", "\u3000")
    assert _owners(_tasks(tmp_path, text)) == REMARK_EXPECTED


# ------------------------------------------------------------------ 牵头单位 | 配合单位 | 完成时限, numbers '1.'

LEAD_TABLE = """附件2

市2025年优化营商环境重点任务分工

序号 工作任务 牵头单位 配合单位 完成时限
1. 推行企业开办全程网上办理,压缩办理时间至1个工作日。 市市场监管局 市政务服务中心、 市公安局、 市税务局 2025年6月底前
2. 开展工程建设项目审批制度改革,实现审批事项全流程网办。 市住建局 市自然资源局、 市发改委 2025年9月底前
3. 完善信用修复机制,推动信用信息共享。 市发改委 市人民银行、 各县区政府 长期坚持
"""


def test_single_spaces_with_lead_partner_and_deadline_columns(tmp_path):
    """A partner list with a space after each 顿号 is one cell: the lead is the cell after the
    sentence, not a unit of the partners' list; the deadline is the last cell."""
    tasks = _tasks(tmp_path, LEAD_TABLE)
    assert _owners(tasks) == [
        ("推行企业开办全程", ["市市场监管局"], [], ["市政务服务中心", "市公安局", "市税务局"]),
        ("开展工程建设项目", ["市住建局"], [], ["市自然资源局", "市发改委"]),
        ("完善信用修复机制", ["市发改委"], [], ["市人民银行", "各县区政府"]),
    ]
    assert [t.deadline.text for t in tasks] == ["2025年6月底前", "2025年9月底前", "长期坚持"]
    assert not any("市市场监管局" in t.text or "市住建局" in t.text for t in tasks)


# ------------------------------------------------------------------ section rows between rows

SECTION_TABLE = """区2024年城乡环境整治任务分解表

序号 工作任务 责任单位 完成时限
一、城区环境
1 清理城区主次干道两侧违规广告牌匾。 区城管局、 区市场监管局 2024年5月底前
2 整治背街小巷私搭乱建行为。 区住建局、 各街道办事处 2024年6月底前
二、农村环境
3 推进农村生活垃圾分类收集处理。 区农业农村局 2024年10月底前
4 开展村庄清洁行动,清理沟渠池塘。 各镇人民政府、 区水利局 长期坚持
"""


def test_single_spaces_with_section_rows_between_rows(tmp_path):
    tasks = _tasks(tmp_path, SECTION_TABLE)
    assert _owners(tasks) == [
        ("清理城区主次干道", [], ["区城管局", "区市场监管局"], []),
        ("整治背街小巷私搭", [], ["区住建局", "各街道办事处"], []),
        ("推进农村生活垃圾", [], ["区农业农村局"], []),
        ("开展村庄清洁行动", [], ["各镇人民政府", "区水利局"], []),
    ]
    assert [t.category for t in tasks] == [("一、城区环境",)] * 2 + [("二、农村环境",)] * 2


# ------------------------------------------------------------------ negatives

def test_a_line_after_the_table_that_is_prose_is_no_row(tmp_path):
    """Negative: a sentence after the rows with nothing after its end ('各单位要…。') is not
    a row of its own; a task cell with no sentence end is still read from the row's end."""
    text = SECTION_TABLE + "各单位要高度重视,按时报送工作进展情况。\n"
    tasks = _tasks(tmp_path, text)
    assert len(tasks) == 4
    text = "序号 工作任务 责任单位 完成时限\n1 开展校园周边环境整治 县教育局 2024年9月底前\n"
    assert _owners(_tasks(tmp_path, text)) == [("开展校园周边环境", [], ["县教育局"], [])]


def test_a_unit_named_inside_the_task_sentence_stays_in_the_task(tmp_path):
    """Negative: units inside the task's sentence (before its end) are no cells: '…配合县公安局、
    县交通局开展…。' keeps its text, the owner is the cell after the sentence."""
    text = ("序号 工作任务 责任单位 完成时限\n"
            "1 配合县公安局、 县交通局开展道路交通秩序整治。 县城管局 2024年8月底前\n"
            "2 督促各乡镇落实河长制巡河制度。 县水利局 长期坚持\n")
    assert _owners(_tasks(tmp_path, text)) == [("配合县公安局、 ", [], ["县城管局"], []),
                                               ("督促各乡镇落实河", [], ["县水利局"], [])]


# ------------------------------------------------------------------ a header on two rows

def test_single_spaces_under_a_header_on_two_rows(tmp_path):
    """'序号 工作任务 责任主体 完成时限 备注' over '牵头单位 配合单位': the lower row's column words
    take the spanning word's place, as they do between runs of spaces."""
    text = ("镇2024年重点工作任务清单\n"
            "序号 工作任务 责任主体 完成时限 备注\n"
            "牵头单位 配合单位\n"
            "1 完成镇区污水管网改造工程。 镇村建办 镇财政所、 镇规划所 2024年9月底前 续建\n"
            "2 开展秸秆禁烧巡查工作。 镇农业办 各村委会 2024年11月底前\n")
    tasks = _tasks(tmp_path, text)
    assert _owners(tasks) == [("完成镇区污水管网", ["镇村建办"], [], ["镇财政所", "镇规划所"]),
                              ("开展秸秆禁烧巡查", ["镇农业办"], [], ["各村委会"])]
    assert [t.deadline.text for t in tasks] == ["2024年9月底前", "2024年11月底前"]


def test_single_spaces_under_a_two_row_header_of_lead_and_responsible(tmp_path):
    text = ("县2025年民生实事分工表\n"
            "序号 工作任务 责任单位 完成时限\n"
            "牵头单位 责任单位\n"
            "1 新建城区公办幼儿园2所。 县教育局 县住建局、 县自然资源局 2025年8月底前\n"
            "2 改造老旧小区供水管网12公里。 县住建局 县水务公司 2025年10月底前\n")
    assert _owners(_tasks(tmp_path, text)) == [("新建城区公办幼儿", ["县教育局"], ["县住建局", "县自然资源局"], []),
                                               ("改造老旧小区供水", ["县住建局"], ["县水务公司"], [])]


# ------------------------------------------------------------------ units set apart by spaces in the one owner cell

def test_units_set_apart_by_spaces_in_the_one_owner_column(tmp_path):
    """'…。 区城管局 区市场监管局 2024年5月底前' under 责任单位 | 完成时限: every column after the
    task an owner's or the deadline's, one owner column: the units after the sentence are that
    one cell's, none of them the task's."""
    text = ("区2024年城乡环境整治任务分解表\n"
            "序号 工作任务 责任单位 完成时限\n"
            "1 清理城区主次干道两侧违规广告牌匾。 区城管局 区市场监管局 2024年5月底前\n"
            "2 整治背街小巷私搭乱建行为。 区住建局 各街道办事处 区城管局 2024年6月底前\n"
            "3 推进农村生活垃圾分类收集处理。 区农业农村局 长期坚持\n")
    tasks = _tasks(tmp_path, text)
    assert _owners(tasks) == [("清理城区主次干道", [], ["区城管局", "区市场监管局"], []),
                              ("整治背街小巷私搭", [], ["区住建局", "各街道办事处", "区城管局"], []),
                              ("推进农村生活垃圾", [], ["区农业农村局"], [])]
    assert not any("局" in t.text for t in tasks)


def test_units_set_apart_by_spaces_in_a_city_table_without_a_deadline(tmp_path):
    text = ("市2025年文明城市创建任务分工\n"
            "序号 工作任务 责任单位\n"
            "1 规范城区户外广告和门头牌匾设置。 市城市管理局 市市场监管局\n"
            "2 加强公共文化场馆志愿服务。 市文化广电旅游局 团市委 市文明办\n")
    assert _owners(_tasks(tmp_path, text)) == [("规范城区户外广告", [], ["市城市管理局", "市市场监管局"], []),
                                               ("加强公共文化场馆", [], ["市文化广电旅游局", "团市委", "市文明办"], [])]


def test_units_after_the_sentence_with_a_remark_column_are_not_joined(tmp_path):
    """Negative: with a 备注 after the owner column the last word is the remark's (as in w129),
    not a second owner."""
    text = ("序号 工作任务 责任单位 备注\n"
            "1 规范城区户外广告和门头牌匾设置。 市城市管理局 各区政府\n"
            "2 加强公共文化场馆志愿服务。 市文化广电旅游局 市直各单位\n")
    tasks = _tasks(tmp_path, text)
    assert _owners(tasks) == [("规范城区户外广告", [], ["市城市管理局"], []),
                              ("加强公共文化场馆", [], ["市文化广电旅游局"], [])]
    assert [t.note for t in tasks] == ["各区政府", "市直各单位"]


# ------------------------------------------------------------------ the last cell's list wrapped onto the next line

def test_a_remark_list_wrapped_after_its_enumeration_comma_continues_the_row(tmp_path):
    """'… 基教科 各区教育局、' then '市局直属单位' on the next line: a list cut after its 顿号 goes on
    on the next line, which is no row of its own and does not end the table."""
    text = ("序号 工作任务 责任部门 备注\n"
            "1 健全本单位爱国卫生组织机构和工作网络。 办公室 各区教育局、\n"
            "市局直属单位\n"
            "2 将爱国卫生工作列入年度目标考核内容。 人事科 各区教育局、 市局直属单位\n"
            "3 落实门前“四包”责任制。 安全稳定科 各区教育局\n")
    tasks = _tasks(tmp_path, text)
    assert _owners(tasks) == [("健全本单位爱国卫", [], ["办公室"], []), ("将爱国卫生工作列", [], ["人事科"], []),
                              ("落实门前“四包”", [], ["安全稳定科"], [])]
    assert tasks[0].note.replace(" ", "") == "各区教育局、市局直属单位"


def test_a_partner_list_wrapped_after_its_enumeration_comma_continues_the_row(tmp_path):
    text = ("序号 工作任务 牵头单位 配合单位\n"
            "1 开展城乡结合部环境卫生集中整治。 县城管局 县住建局、 县交通运输局、\n"
            "各乡镇人民政府\n"
            "2 加强农贸市场食品安全监管。 县市场监管局 县商务局\n")
    assert _owners(_tasks(tmp_path, text)) == [
        ("开展城乡结合部环", ["县城管局"], [], ["县住建局", "县交通运输局", "各乡镇人民政府"]),
        ("加强农贸市场食品", ["县市场监管局"], [], ["县商务局"])]


# ------------------------------------------------------------------ row numbers in brackets, tasks without a sentence end

BRACKET_ROWS = """区2024年城乡环境整治任务分解表
序号 工作任务 责任单位 完成时限
（1） 清理城区主次干道两侧违规广告牌匾 区城管局 2024年5月底前
（2） 整治背街小巷私搭乱建行为 区住建局、 各街道办事处 2024年6月底前
（3） 推进农村生活垃圾分类收集处理 区农业农村局 长期坚持
"""
BRACKET_EXPECTED = [("清理城区主次干道", [], ["区城管局"], []), ("整治背街小巷私搭", [], ["区住建局", "各街道办事处"], []),
                    ("推进农村生活垃圾", [], ["区农业农村局"], [])]


def test_row_numbers_in_full_width_brackets(tmp_path):
    """'（1） 清理…牌匾 区城管局 2024年5月底前': a row's number in brackets, in sequence from 1,
    opens the row as '1 ' does (before, no row was read: no tasks found)."""
    tasks = _tasks(tmp_path, BRACKET_ROWS)
    assert _owners(tasks) == BRACKET_EXPECTED
    assert [t.number for t in tasks] == ["1", "2", "3"]


def test_row_numbers_in_ascii_brackets_glued_to_the_task(tmp_path):
    text = BRACKET_ROWS.replace("（", "(").replace("） ", ")")
    assert _owners(_tasks(tmp_path, text)) == BRACKET_EXPECTED


def test_a_unit_list_with_spaces_after_its_commas_is_one_cell_without_a_sentence_end(tmp_path):
    """'1、整治背街小巷私搭乱建行为 区住建局、 各街道办事处 2024年6月底前': read from the row's end,
    the list cut by the space after its 顿号 is still one cell (its first unit was the task's)."""
    text = BRACKET_ROWS.replace("（1） ", "1、").replace("（2） ", "2、").replace("（3） ", "3、")
    assert _owners(_tasks(tmp_path, text)) == BRACKET_EXPECTED


def test_sub_items_in_brackets_under_a_numbered_row_stay_its_text(tmp_path):
    """Negative: '（1）…' '（2）…' lines under a row numbered '1 ' (its cell's sub-items, the
    owner and deadline on the last) are that row's text, not rows of their own."""
    text = ("序号 工作任务 责任单位 完成时限\n"
            "1 开展城区环境整治:\n"
            "（1）清理主次干道违规广告牌匾;\n"
            "（2）整治背街小巷私搭乱建 区城管局 2024年6月底前\n"
            "2 推进农村生活垃圾分类收集处理 区农业农村局 长期坚持\n")
    tasks = _tasks(tmp_path, text)
    assert [(t.number, t.responsible) for t in tasks] == [("1", ["区城管局"]), ("2", ["区农业农村局"])]
    assert "（2）整治背街小巷" in tasks[0].text


# ------------------------------------------------------------------ dates a PDF copy spaced out

def test_a_deadline_spaced_out_by_a_pdf_copy_is_one_cell(tmp_path):
    """'… 区城管局 2024 年 5 月底前': a PDF's text layer puts spaces around the figures of a date;
    the date is one deadline cell (before, the row read no owner at all and '2' stood as the
    task's last word)."""
    text = ("序号 工作任务 责任单位 完成时限\n"
            "1 清理城区主次干道两侧违规广告牌匾。 区城管局 2024 年 5 月底前\n"
            "2 整治背街小巷私搭乱建行为。 区住建局、 各街道办事处 2024 年 6 月底前\n"
            "3 推进农村生活垃圾分类收集处理。 区农业农村局 长期坚持\n")
    tasks = _tasks(tmp_path, text)
    assert _owners(tasks) == BRACKET_EXPECTED
    assert [t.deadline.text for t in tasks] == ["2024年5月底前", "2024年6月底前", "长期坚持"]


def test_spaced_out_dates_in_a_lead_and_partner_table(tmp_path):
    text = ("序号 工作任务 牵头单位 配合单位 完成时间\n"
            "1 建成市级政务服务数据共享平台。 市数据局 市发改委、 市财政局 2025 年 6 月\n"
            "2 推行工程建设项目审批全流程网办。 市住建局 市自然资源局 2025 年底前\n")
    tasks = _tasks(tmp_path, text)
    assert _owners(tasks) == [("建成市级政务服务", ["市数据局"], [], ["市发改委", "市财政局"]),
                              ("推行工程建设项目", ["市住建局"], [], ["市自然资源局"])]
    assert [t.deadline.text for t in tasks] == ["2025年6月", "2025年底前"]


# ------------------------------------------------------------------ a cell's units one a line, beside a list cell

def test_lead_units_one_a_line_beside_a_partner_list(tmp_path):
    """'1 …。 县住建局' / '县城管局' / '县交通运输局、县公安局 2025年6月底前': the lead cell's units
    one a line (a cell that wrapped), then the partners' list written with 、 and the deadline.
    The units set apart by line breaks are one cell's, the 、 list a cell of its own: the one
    way to cut them into the two owner columns."""
    text = ("序号 工作任务 牵头单位 配合单位 完成时限\n"
            "1 建成城区智慧停车管理平台。 县住建局\n"
            "县城管局\n"
            "县交通运输局、县公安局 2025年6月底前\n"
            "2 开展城区道路交通秩序整治。 县公安局 县城管局、县交通运输局 长期坚持\n")
    assert _owners(_tasks(tmp_path, text)) == [
        ("建成城区智慧停车", ["县住建局", "县城管局"], [], ["县交通运输局", "县公安局"]),
        ("开展城区道路交通", ["县公安局"], [], ["县城管局", "县交通运输局"])]


def test_responsible_units_set_apart_by_spaces_beside_a_partner_list(tmp_path):
    text = ("序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n"
            "12 新增城镇就业岗位8000个以上。 市人社局 市发改委 市财政局 市工信局、市商务局、各区政府 2025年12月底\n"
            "13 完成老旧小区改造30个。 市住建局 市财政局、各区政府 2025年12月底\n")
    assert _owners(_tasks(tmp_path, text)) == [
        ("新增城镇就业岗位", [], ["市人社局", "市发改委", "市财政局"], ["市工信局", "市商务局", "各区政府"]),
        ("完成老旧小区改造", [], ["市住建局"], ["市财政局", "各区政府"])]


def test_single_units_under_two_owner_columns_are_not_guessed(tmp_path):
    """Negative: '…。 市人社局 市发改委 市财政局 2025年12月底' under 主要责任单位 | 协同配合单位:
    no list tells where the responsible cell ends; the units are not cut by a guess (the row is
    read from its end, as before)."""
    text = ("序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n"
            "12 新增城镇就业岗位8000个以上。 市人社局 市发改委 市财政局 2025年12月底\n")
    tasks = _tasks(tmp_path, text)
    assert not (tasks[0].responsible == ["市人社局", "市发改委"] or tasks[0].responsible == ["市人社局"]
                and tasks[0].cooperating == ["市发改委", "市财政局"])
