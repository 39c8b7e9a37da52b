"""Two forms of blind w301 (a 市 医保 duty list, issue 15): an owner heading naming duties that closes with a stop
('（一）各县(区)政府工作责任。' over its duty sentences), and a manner phrase between a subject and its verb
('市农业、林业、水利部门按归口原则分别负责…'). Instances of our own, other levels and wordings."""
from __future__ import annotations

from test_extraction_prose_classes import tasks_of


def test_an_owner_heading_naming_duties_may_close_with_a_stop(tmp_path):
    text = ("二、工作责任\n（一）各乡镇人民政府工作职责。\n负责辖区内农村危房排查，建立台账。\n"
            "（二）县住房城乡建设局主要职责。\n负责改造技术指导和竣工验收。\n"
            "（三）加强组织领导。\n成立工作专班，定期调度。\n")
    got = [(t.split("\n")[-1][:6], r) for t, _, r, _ in tasks_of(tmp_path, text)]
    assert got[:2] == [("负责辖区内农", ["各乡镇人民政府"]), ("负责改造技术", ["县住房城乡建设局"])]
    assert all(r == [] for _, r in got[2:])  # a heading about the work, no owner's duties


def test_a_manner_phrase_between_a_subject_and_its_verb(tmp_path):
    text = ("二、职责分工\n区财政局负责资金保障；区农业农村、水务部门按归口原则分别负责项目统计；"
            "各街道按照属地管理原则负责日常巡查；区市场监管局按有关规定负责质量抽检。\n")
    got = [r for _, _, r, _ in tasks_of(tmp_path, text)]
    assert got == [["区财政局"], ["区农业农村部门", "区水务部门"], ["各街道"], ["区市场监管局"]]


def test_coordinating_is_a_plain_verb_of_a_subject_in_a_duty_list(tmp_path):
    """Blind w313 ('省经委协调铁路、邮电…等部门的抢险救灾工作' among '省X负责…' lines): 协调 is what the unit does."""
    text = ("四、部门职责\n市财政局负责救灾资金的筹集和拨付。\n市工信局协调电力、通信等企业的抢修工作。\n"
            "市交通运输局负责修复中断的道路。\n市政府应急协调办公室负责值班值守。\n")
    got = [r for _, _, r, _ in tasks_of(tmp_path, text)]
    assert got == [["市财政局"], ["市工信局"], ["市交通运输局"], ["市政府应急协调办公室"]]


def test_one_lead_and_its_partners_in_a_table_one_cell_a_paragraph(tmp_path):
    """Blind w320 (a 民生实事 table, 牵头单位 then 协同单位, one unit a paragraph): a row's run of more unit lines than
    owner columns is one lead and its partners, not every line but the last a lead."""
    cells = ["序号", "事项名称", "项目内容", "牵头单位", "协同单位",
             "1", "城乡供水一体化", "新建改造供水管网30公里。", "区水务局", "区财政局", "各乡镇(街道)", "区自然资源分局",
             "2", "老年助餐", "新建老年食堂12家。", "区民政局", "区市场监管局",
             "3", "公交优化", "新辟公交线路3条。", "区交通运输局", "/"]
    text = "2024年区政府民生实事任务分解\n\n" + "\n\n".join(cells) + "\n"
    got = [(lead, coop) for _, lead, _, coop in tasks_of(tmp_path, text)]
    assert got == [(["区水务局"], ["区财政局", "各乡镇(街道)", "区自然资源分局"]), (["区民政局"], ["区市场监管局"]),
                   (["区交通运输局"], [])]


def test_a_line_of_partners_under_an_owner_heading_leaves_the_heading_the_owner(tmp_path):
    """Blind w331 ('(九)县公安局主要工作任务:' over numbered duties, then '协助单位:交通局、县城管监察大队'): each duty
    is the heading unit's, the partners its helpers; a line naming a responsible unit keeps its own reading."""
    text = ("六、部门职责\n（一）区市场监管局主要工作任务：\n1.开展餐饮油烟专项检查。\n2.查处无证经营。\n"
            "配合单位：区城管局、各街道办事处\n"
            "（二）区住建局主要工作任务：\n1.督促工地落实扬尘防治措施。\n2.推进老旧小区改造。\n"
            "（三）区交通局主要工作任务：\n1.整治渣土运输车辆。\n责任单位：区交警大队\n")
    got = [(t.split("\n")[-1][:6], r, c) for t, _, r, c in tasks_of(tmp_path, text)]
    assert got[0][:2] == ("开展餐饮油烟", ["区市场监管局"])
    assert got[1] == ("查处无证经营", ["区市场监管局"], ["区城管局", "各街道办事处"])
    assert [g[1] for g in got[2:4]] == [["区住建局"], ["区住建局"]]
    assert got[4][1] == ["区交警大队"]  # a line naming its own responsible unit: that unit, as before
