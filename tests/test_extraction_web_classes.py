"""Failure classes the real web plans w16-w34 showed (issue 15), each tested on an
instance of its own, written here, not taken from those plans."""
from __future__ import annotations

from ledger.extraction import extract_tasks


def tasks_of(tmp_path, text: str):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan).tasks


SUBJECT_LISTS_MID_DOCUMENT = (
    "街道动物防疫站要加强与市场监管、公安等部门的协作，按照相互配合、加强沟通、各司其职、形成合力的要求，共同推动畜禽产品质量安全"
    "监管工作落到实处。(二)加强源头管控。各社区、街道农技服务中心、街道动物防疫站等街道属相关单位要针对辖区畜禽养殖的薄弱环节，"
    "突出重点场户、重点品种和重点时段，定期开展兽药使用和饲料添加剂专项检查，及时发现和查处违法使用禁用药物的行为，切实保障"
    "畜禽产品质量安全，维护消费者合法权益。(三)强化宣传培训。各社区、街道农技服务中心等有关单位负责组织养殖户培训，"
    "每年不少于两次，普及科学用药和质量安全知识，提高养殖户的守法意识和安全生产水平，营造全社会共同关注畜禽产品质量安全的良好氛围。\n"
)


def test_owner_lists_as_subjects_and_items_run_on_after_a_full_stop(tmp_path):
    """A text starting mid-document whose items (二)(三) follow a 。 in one paragraph, each
    owned by the list it opens with: a group first (各社区), left open by 等…单位."""
    got = [(t.number, t.responsible) for t in tasks_of(tmp_path, SUBJECT_LISTS_MID_DOCUMENT) if t.responsible]
    assert got[-2:] == [("2", ["各社区", "街道农技服务中心", "街道动物防疫站"]), ("3", ["各社区", "街道农技服务中心"])]


LEADER_HEADINGS = """序号
|
重点工作任务
|
责任单位
|
(一)王某县长牵头重点工作
|
1
|
持续优化营商环境,深化“放管服”改革。
|
县政务服务中心、团县委、县委宣传部
|
2
|
推进开发区整合提升,打造高能级平台。
|
县发改委、县商务局,各镇、乡(街道)政府(管委会)
|
(二)李某副县长牵头重点工作
|
3
|
加快农村公路提档升级。
|
县交通运输局、县总工会
|
"""


def test_leader_headings_between_rows_groups_with_alternatives_and_levels_inside_names(tmp_path):
    """A heading naming a leader between rows is not a column nor a unit of the row above;
    各镇、乡(街道)政府(管委会) is one group; 团县委 keeps its own level (no 县团县委)."""
    got = [(t.number, t.responsible) for t in tasks_of(tmp_path, LEADER_HEADINGS)]
    assert got == [("1", ["县政务服务中心", "团县委", "县委宣传部"]),
                   ("2", ["县发改委", "县商务局", "各镇、乡(街道)政府", "各管委会"]),
                   ("3", ["县交通运输局", "县总工会"])]


PREFIXED_LABELS = """某市2024年民生实事项目分工
1.新建城市书房10家。（市级牵头单位：市文广旅局；共同责任单位：市财政局、各县区）
2.改造农贸市场5个。(主要责任单位:市商务局;协同单位:市市场监管局)
3.建设口袋公园20个。
省牵头单位：省住建厅
责任单位：市园林局
"""


def test_a_label_with_a_word_in_front(tmp_path):
    """共同责任单位, 市级牵头单位, 主要责任单位, 省牵头单位: a label known by its ending, the word
    in front part of it (no unit 共同 or 市级)."""
    got = [(t.number, t.lead, t.responsible, t.cooperating) for t in tasks_of(tmp_path, PREFIXED_LABELS)]
    assert got == [("1", ["市文广旅局"], ["市财政局", "各县区"], []),
                   ("2", [], ["市商务局"], ["市市场监管局"]),
                   ("3", ["省住建厅"], ["市园林局"], [])]


CATEGORY_THEN_OWNER = """关于印发稳定农业生产若干措施责任分工的通知
一、稳定农业生产
(一)落实耕地地力保护补贴
县农业农村局等,各乡镇人民政府
2024年6月
2.对种粮大户给予每亩50元的一次性补助,资金由县财政统筹安排。
县财政局等,各乡镇人民政府
3.对受灾农户开展农业保险理赔,做到应赔尽赔。
县金融办、县农业农村局
"""


def test_a_category_cell_followed_by_its_owner_cell(tmp_path):
    """A table flattened a cell a line, its header lost, whose first row lost its measure
    cell: the owners right after "(一)…" are that item's, though a 备注 cell (a month, not a
    signature's date) follows them."""
    got = [(t.number, t.responsible + t.lead + t.cooperating) for t in tasks_of(tmp_path, CATEGORY_THEN_OWNER)]
    assert got[0][1] == ["县农业农村局", "各乡镇人民政府"] and len(got) == 3


PARTS_HEADED_BY_UNITS = """一、县直有关部门
（一）县公安局
1.每季度开展一次农村道路隐患排查，建立隐患台账。
2.加强对客运车辆的路面管控。
（二）县教育局
1.组织中小学生交通安全教育，每学期不少于两课时。
二、各街道办事处
1.设立交通安全劝导站，配备劝导员2名。
2.将交通安全纳入网格化管理内容。
3.每年组织一次交通安全宣传月活动。
三、工作要求
1.加强领导，明确分工。
"""


def test_a_unit_heading_its_duties_with_no_colon(tmp_path):
    """A part's heading ('二、各街道办事处') or an item's ('（一）县公安局') that is only a unit's
    name, no colon, numbered duties under it with no annotation: each duty is that unit's."""
    got = [(t.text[:7], t.responsible) for t in tasks_of(tmp_path, PARTS_HEADED_BY_UNITS) if t.responsible]
    assert got == [("每季度开展一次", ["县公安局"]), ("加强对客运车辆", ["县公安局"]),
                   ("组织中小学生交", ["县教育局"]), ("设立交通安全劝", ["各街道办事处"]),
                   ("将交通安全纳入", ["各街道办事处"]), ("每年组织一次交", ["各街道办事处"])]


DEPARTMENTS_AT_PARAGRAPH_HEADS = """关于做好夏季食品安全工作的分工
卫生健康部门:组织开展食源性疾病监测,及时通报监测结果。
市场监管部门:加强餐饮单位日常检查,在农贸市场设立食品快检室。食品快检室负责对进场蔬菜开展每日抽检,结果当日公示。
教育部门:督促学校食堂落实进货查验制度。
"""


def test_a_department_heading_its_paragraph_with_a_colon(tmp_path):
    """'市场监管部门:加强…' with no role verb: the paragraph is that department's task; a body
    the paragraph sets up and gives a duty ('食品快检室负责…') is no owner of a task of its own."""
    got = [(t.text[:6], t.responsible) for t in tasks_of(tmp_path, DEPARTMENTS_AT_PARAGRAPH_HEADS)]
    assert got == [("卫生健康部门", ["卫生健康部门"]), ("市场监管部门", ["市场监管部门"]), ("教育部门:督", ["教育部门"])]


UNNAMED_TASK_COLUMN_SPACED = """附件

2023年民生实事项目分解表

序号

2023年民生实事

责任单位

1

新建城区公办幼儿园3所

县教育局

2

改造老旧小区12个

县住建局
"""

UNNAMED_TASK_COLUMN_LINES = """重点项目安排表
序号
重点项目清单
牵头单位
完成时限
1
建成城东污水处理厂二期
县住建局
2023年12月
2
完成国道改线工程征地
县自然资源局
2023年6月
"""


def test_a_cell_a_line_table_whose_task_column_has_no_known_word(tmp_path):
    """序号 / 2023年民生实事 / 责任单位 (a cell a paragraph) and 序号 / 重点项目清单 / 牵头单位 (a
    cell a line): the column between 序号 and the owner column is the task's though its
    header is no known word (a year in it, 项目/目标/指标 …)."""
    got = [(t.text, t.responsible) for t in tasks_of(tmp_path, UNNAMED_TASK_COLUMN_SPACED)]
    assert got == [("新建城区公办幼儿园3所", ["县教育局"]), ("改造老旧小区12个", ["县住建局"])]
    got = [(t.text, t.lead) for t in tasks_of(tmp_path, UNNAMED_TASK_COLUMN_LINES)]
    assert got == [("建成城东污水处理厂二期", ["县住建局"]), ("完成国道改线工程征地", ["县自然资源局"])]


MEMBERS_OF_A_TASK_GROUP = """三、重点工程推进安排
（一）城南片区棚户区改造
1.目标
年内完成800户签约,启动安置房建设。
2.工作专班
组长:分管副区长
成员单位:区住建局、区财政局、城南街道办事处
（二）滨河公园建设
1.目标
6月底前完成主体工程。
2.工作专班
组长:区长助理
组成单位:区城管局、区水务局
四、组织领导
成立重点工程推进领导小组,统筹推进各项工作。
组长:区长
成员单位:区发改局、区住建局、区财政局
"""


def test_members_of_a_group_set_up_for_a_task_are_its_owners(tmp_path):
    """A project heading with '1.目标' and '2.工作专班' under it, the group led by a post
    ('组长:分管副区长', kept as a note) and its '成员单位:'/'组成单位:' line naming units: one
    task, the members responsible. The plan's own leading group (组织领导) names no task."""
    got = [(t.text.split("\n")[0], t.responsible, t.raw.get("leader"))
           for t in tasks_of(tmp_path, MEMBERS_OF_A_TASK_GROUP)]
    assert got == [("城南片区棚户区改造", ["区住建局", "区财政局", "城南街道办事处"], "分管副区长"),
                   ("滨河公园建设", ["区城管局", "区水务局"], "区长助理")]


PLAN_GROUP_UNDER_AN_ITEM = """为推进城市更新,制定如下方案。
（一）推进老旧小区改造。年内完成12个小区改造(责任单位:区住建局)。
（二）提升道路通行能力。打通断头路3条(责任单位:区交通局)。
（三）加强组织领导
成立城市更新工作领导小组。
组长:区长
成员单位:区发改局、区住建局、区财政局
"""


def test_the_plans_own_leading_group_under_an_item_owns_no_task(tmp_path):
    """'成员单位:' lines under an item headed 加强组织领导 list the plan's leading group: no owners."""
    got = [(t.text[:4], t.responsible) for t in tasks_of(tmp_path, PLAN_GROUP_UNDER_AN_ITEM) if t.responsible]
    assert got == [("推进老旧", ["区住建局"]), ("提升道路", ["区交通局"])]


SECTIONS_TABLE = """序号
类别
重点工作
完成时限
分管领导
责任科室
(站所)
备注
1
医疗服务
县域就诊率达到90%以上。
11月底前
李  明
医政医管科
县人民医院
2
推进紧密型县域医共体建设。
医政医管科基层卫生科
3
完成二级医院等级评审。
4
公共卫生
适龄儿童免疫规划疫苗接种率保持95%以上。
6月底前
王建国
疾控中心
5
开展重点人群健康体检。
6
综合治理
完成年度财务审计整改。
12月底前
赵红
财务股
办公室
"""


def test_a_bureaus_table_a_cell_a_line_owned_by_its_sections(tmp_path):
    """A bureau's table one cell a line, no separators, its merged cells only in their first
    row: the owners are its own sections under 责任科室 / (站所) (…科, …股, 办公室, a run-together
    cell split), a row without an owner cell has the one above, the leader's name no unit."""
    got = [(t.number, t.text, t.responsible, t.leader.replace(" ", "")) for t in tasks_of(tmp_path, SECTIONS_TABLE)]
    assert got == [
        ("1", "县域就诊率达到90%以上。", ["医政医管科", "县人民医院"], "李明"),
        ("2", "推进紧密型县域医共体建设。", ["医政医管科", "基层卫生科"], ""),
        ("3", "完成二级医院等级评审。", ["医政医管科", "基层卫生科"], ""),
        ("4", "适龄儿童免疫规划疫苗接种率保持95%以上。", ["疾控中心"], "王建国"),
        ("5", "开展重点人群健康体检。", ["疾控中心"], ""),
        ("6", "完成年度财务审计整改。", ["财务股", "办公室"], "赵红")]


MERGED_TASK_COLUMN_PIPES = """某厅2023年政务服务重点任务分工
序号 | 工作任务 | 具体举措 | 牵头处室 | 完成时限 | 备注 |
1 | 深化审批制度改革 | 压减审批事项和办理时限 | 审批处 | 2023年6月底前 |
2 | 推行证照分离改革全覆盖 | 法规处 | 长期坚持 |
3 | 推进电子证照跨部门互认 | 办公室会同信息中心 | 2023年底前 |
4 | 优化营商环境 | 开展涉企收费专项清理 | 财务处 | 2023年9月 |
5 | 推行包容审慎监管 | 监管处会法规处 | 持续推进 |
"""

MERGED_CATEGORY_TABS = ("某县重点任务分工\n序号\t类别\t工作任务\t责任单位\t完成时限\n"
                        "1\t产业发展\t加快工业园区扩区\t县工信局\t2024年底前\n2\t推进农业产业化\t县农业农村局\t2024年6月底前\n"
                        "3\t社会事业\t新建城区幼儿园\t县教育局\t长期坚持\n4\t推进医共体建设\t县卫健局\t2024年底前\n")

MERGED_OWNER_PIPES = """某县重点任务分工
| 序号 | 工作任务 | 牵头单位 | 完成时限 |
| 1 | 加快污水管网建设 | 县住建局 | 2024年底前 |
| 2 | 推进雨污分流改造 | 2025年6月底前 |
| 3 | 新建农贸市场 | 县商务局 | 长期坚持 |
"""


def test_rows_short_of_a_merged_cell_are_aligned_by_what_their_cells_look_like(tmp_path):
    """Rows under a vertically merged cell lack it (web w75's class): a deadline goes under
    完成时限 (never a unit), names under the owner column, the task under the task column;
    a merged owner cell is the one above; "A会同B" / "A会B" in an owner cell: A leads, B
    cooperates. A merged first task column (pipes), category column (tabs), owner column."""
    got = [(t.number, t.text, t.lead, t.cooperating) for t in tasks_of(tmp_path, MERGED_TASK_COLUMN_PIPES)]
    assert got == [("1", "深化审批制度改革", ["审批处"], []), ("2", "推行证照分离改革全覆盖", ["法规处"], []),
                   ("3", "推进电子证照跨部门互认", ["办公室"], ["信息中心"]), ("4", "优化营商环境", ["财务处"], []),
                   ("5", "推行包容审慎监管", ["监管处"], ["法规处"])]
    got = [(t.number, t.text, t.responsible) for t in tasks_of(tmp_path, MERGED_CATEGORY_TABS)]
    assert got == [("1", "加快工业园区扩区", ["县工信局"]), ("2", "推进农业产业化", ["县农业农村局"]),
                   ("3", "新建城区幼儿园", ["县教育局"]), ("4", "推进医共体建设", ["县卫健局"])]
    got = [(t.number, t.lead) for t in tasks_of(tmp_path, MERGED_OWNER_PIPES)]
    assert got == [("1", ["县住建局"]), ("2", ["县住建局"]), ("3", ["县商务局"])]

BRACKET_LINES = """某区2023年重点工作分解
各街道办事处，区各有关部门：
现将分解方案印发给你们，由责任单位抓好落实。
一、目标任务
1、规模以上工业增加值增长8%。
(区工信局、统计局,各街道办事处)
2、新增城镇就业5000人。
(区人社局)
"""


def test_owners_in_a_bracket_alone_on_the_line_after_each_item(tmp_path):
    """"1、…⏎(区工信局、统计局,各街道办事处)": a bracket on a line of its own naming only
    units (no label, no verb) owns the item above it; a unit sharing the first one's prefix
    gets it; the letter's "由责任单位抓好落实" names no unit, so it makes no task."""
    got = [(t.text, t.responsible) for t in tasks_of(tmp_path, BRACKET_LINES)]
    assert got == [("规模以上工业增加值增长8%。", ["区工信局", "区统计局", "各街道办事处"]),
                   ("新增城镇就业5000人。", ["区人社局"])]

BACK_REFERENCES = """主要目標完成情況
糧食總產量穩定在1200萬噸以上。這項工作由省農業(yè)農村廳負(fù)責,去年產量1250萬噸。
新增高標準農田100萬畝。此項任務由省自然資源廳負(fù)責,已完成。
"""


def test_a_sentence_naming_the_owners_of_the_one_before_it(tmp_path):
    """"目标。这项工作由A负责，去年…" (此项任务, 上述工作): the owners are those of the sentence
    before, each line its own task; a reading a mirror site inserted after a traditional
    character ("負(fù)責") is dropped, so the verb and the names read whole."""
    got = [(t.text[:10], t.responsible) for t in tasks_of(tmp_path, BACK_REFERENCES)]
    assert got == [("糧食總產量穩定在12", ["省農業農村廳"]), ("新增高標準農田100", ["省自然資源廳"])]

NAMELY_SUBJECT = ("二、重点行动\n要求市级部门牵头实施好三大行动。即市住建局牵头,组织开展城区黑臭水体整治。"
                  "市城管局牵头,组织开展河道垃圾集中清理。\n")


def test_a_unit_after_namely_at_a_sentence_start(tmp_path):
    """"即市住建局牵头，组织开展…": 即 (namely) opens the sentence, no part of the unit's name."""
    got = [t.lead for t in tasks_of(tmp_path, NAMELY_SUBJECT) if t.lead]
    assert got == [["市住建局"], ["市城管局"]]

ONE_OWNER_COLUMN_LINES = "\n\n".join((
    "2023年为民办实事分解表", "序号", "惠民工程", "责任单位", "完成时限",
    "1", "新建城区公办幼儿园2所。", "区教育局", "区代建中心", "12月底前", "2",
    "改造老旧小区10个。", "区住建局", "区财政局", "区城管局", "10月底前",
)) + "\n"


def test_a_cell_a_line_table_with_one_owner_column_lists_no_lead(tmp_path):
    """A table flattened one cell a paragraph with its header kept: under one 责任单位 column the
    units a row lists are all responsible (the first leads only where no header is kept)."""
    got = [(t.lead, t.responsible, t.cooperating) for t in tasks_of(tmp_path, ONE_OWNER_COLUMN_LINES)]
    assert got == [([], ["区教育局", "区代建中心"], []), ([], ["区住建局", "区财政局", "区城管局"], [])]

UNIT_CLAUSES = """2022年某县生猪稳产保供政策解读

解读单位: 畜牧局 来源: 县农业农村局 发布日期: 2022年03月01日

县政府及各乡镇、村按照生猪稳产保供责任要求,切实抓好能繁母猪存栏调控。县财政局、县农业农村局负责落实生猪调出大县奖励政策;县发改局(物价局)负责生猪价格监测预警;县畜牧中心会同乡镇、村负责落实非洲猪瘟防控措施,做好技术指导。
"""


def test_clauses_that_start_with_their_units_separated_by_semicolons(tmp_path):
    """A 政策解读's duties, one clause a unit, split by ；: "A(B)负责…", "A会同乡镇、村负责…"
    (the levels cooperate), "A及各乡镇、村按照…要求，切实…" (A and the levels below are
    responsible); the page's own fields (解读单位：) name no owner and make no task."""
    got = [(t.text[:6], t.lead, t.responsible, t.cooperating) for t in tasks_of(tmp_path, UNIT_CLAUSES)]
    assert got == [("县政府及各乡", [], ["县政府", "各乡镇", "各村"], []),  # 各 is each level's (of two ranks too, since
                   # 2026-12-06; before, 村 stayed bare)
                   ("县财政局、县", [], ["县财政局", "县农业农村局"], []),
                   ("县发改局(物", [], ["县发改局(物价局)"], []),
                   ("县畜牧中心会", ["县畜牧中心"], [], ["乡镇", "村"])]

SUBJECTS_OF_A_REPORT = """某县推进垃圾分类的支持措施

为推进垃圾分类工作,县有关部门联合出台支持措施。

宣传部门将组织媒体开展垃圾分类公益宣传,普及分类知识。

县财政局应当安排专项资金,保障分类设施建设。

县城管局和各乡镇要加强日常督查,及时通报进展情况。
"""


def test_units_as_subjects_of_a_report_with_will_or_shall(tmp_path):
    """A report's measures, one paragraph a unit written as the subject of a sentence with
    将 / 应当 / 要, no role word: the sentence is the unit's task; a subject the lexicon does not
    cut (宣传部门, A和各乡镇) is taken whole up to its verb."""
    got = [(t.text[:6], t.responsible) for t in tasks_of(tmp_path, SUBJECTS_OF_A_REPORT)]
    assert got == [("宣传部门将组", ["宣传部门"]), ("县财政局应当", ["县财政局"]),
                   ("县城管局和各", ["县城管局", "各乡镇"])]

NOTICE_REPORTED = """某市关于做好防汛工作的通知解读

《通知》强调,县水利局要加强堤防巡查,及时处置险情。县气象局要做好预报预警。
"""


def test_a_subject_right_after_a_reported_requirement(tmp_path):
    """A news report of a notice: "《通知》强调，A要…" — the unit after 强调/要求/明确 and its
    comma opens a sentence of its own and owns it."""
    got = [(t.responsible, "加强堤防巡查" in t.text, "预报预警" in t.text) for t in tasks_of(tmp_path, NOTICE_REPORTED)]
    assert got == [(["县水利局"], True, False), (["县气象局"], False, True)]
