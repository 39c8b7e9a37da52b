"""A 责任清单 table flattened one cell a paragraph whose 序号 and 主要职责 cells are merged over
several 具体工作事项, each with its own 负责部门 (issue 15, blind w218, a county bureau's list):
the rows under the merged cells are tasks of their own, nothing after the first one is dropped
and the table goes on to the next number. Instances written for the class, with other levels,
units, column words and layouts."""
from __future__ import annotations

from test_extraction_prose_classes import tasks_of


def _paragraphs(*cells: str) -> str:
    """One cell a paragraph, a blank line between; "" an empty cell (one more blank line)."""
    return "\n\n".join(cells) + "\n"


def test_rows_under_a_merged_duty_with_an_empty_remark(tmp_path):
    text = "镇农业农村办责任清单\n\n" + _paragraphs(
        "序号", "主要职责", "具体工作事项", "责任科室", "备注",
        "1", "负责全镇农业产业发展的规划和指导", "编制全镇特色农业产业发展规划", "产业发展股", "",
        "2", "负责农村人居环境整治的组织和督促", "组织开展村庄清洁行动季度评比", "环境整治股", "",
        "督促各村落实生活垃圾分类收运制度", "环境整治股、村镇建设股", "",
        "建立农村公厕长效管护机制并开展抽查", "村镇建设股", "",
        "3", "负责农村集体资产的监督管理", "指导各村开展集体资产清产核资", "经管站", "",
    )
    got = [(t[:9], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("编制全镇特色农业产", ["产业发展股"]), ("组织开展村庄清洁行", ["环境整治股"]),
                   ("督促各村落实生活垃", ["环境整治股", "村镇建设股"]), ("建立农村公厕长效管", ["村镇建设股"]),
                   ("指导各村开展集体资", ["经管站"])]


def test_rows_under_a_merged_duty_without_a_remark_column(tmp_path):
    text = "市场监督管理局权责清单\n\n" + _paragraphs(
        "序号", "部门职责", "工作事项", "承办处室",
        "1", "负责市场主体统一登记注册", "办理企业设立变更注销登记", "登记注册处",
        "推进经营主体登记全程电子化", "登记注册处、信息化办公室",
        "2", "负责产品质量安全监督管理", "组织实施产品质量监督抽查", "质量监督处",
        "3", "负责食品安全监督管理综合协调", "组织开展食品安全风险隐患排查", "食品协调处",
        "承担市食品安全委员会日常工作", "食品协调处、办公室",
    )
    got = [(t[:7], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("办理企业设立变", ["登记注册处"]), ("推进经营主体登", ["登记注册处", "信息化办公室"]),
                   ("组织实施产品质", ["质量监督处"]), ("组织开展食品安", ["食品协调处"]),
                   ("承担市食品安全", ["食品协调处", "办公室"])]


def test_rows_under_a_merged_duty_with_their_deadlines(tmp_path):
    text = "区应急管理局安全生产责任分解表\n\n" + _paragraphs(
        "序号", "职责", "具体事项", "责任股室", "完成时限",
        "1", "统筹全区安全生产综合监管", "修订区安全生产委员会工作规则", "综合协调股", "2024年3月底前",
        "组织开展安全生产巡查督导", "综合协调股、执法大队", "每季度",
        "2", "负责危险化学品安全监督管理", "开展危险化学品企业专项检查", "危化监管股", "2024年6月底前",
    )
    got = [(t[:7], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("修订区安全生产", ["综合协调股"]), ("组织开展安全生", ["综合协调股", "执法大队"]),
                   ("开展危险化学品", ["危化监管股"])]


def test_the_last_rows_under_a_merged_duty_before_a_heading(tmp_path):
    text = "县林业局责任清单\n\n" + _paragraphs(
        "序号", "主要职责", "具体工作事项", "责任股室", "完成时限",
        "1", "负责全县林业资源保护", "组织开展森林资源年度监测", "资源管理股", "每年",
        "2", "负责全县森林防火工作", "组织编制森林火灾应急预案", "防火办", "2025年3月底前",
        "统筹开展重点时段巡山护林工作", "防火办、林业站", "长期",
        "二、职责边界", "（略）",
    )
    got = [(t[:7], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("组织开展森林资", ["资源管理股"]), ("组织编制森林火", ["防火办"]),
                   ("统筹开展重点时", ["防火办", "林业站"])]
