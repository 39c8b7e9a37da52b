"""Forms a stranger's probe of this round's classes found unread (issue 15, synthetic s70, s71): a group of
towns and subdistricts written 镇街; units each with its kind of responsibility closing a paragraph, no
label; a field no label names after an owner label's ；; 由A于<date>前<verb>; a local body's kind before the
body's own name (属地街道东门街道办事处); partners who 配合开展/协助做好 after their owner's clause. Instances
written for the class, with other levels, units and wordings than the probe's."""
from __future__ import annotations

from test_extraction_prose_classes import tasks_of


def test_towns_and_subdistricts_as_one_group(tmp_path):
    text = ("二、重点任务\n（一）排查餐饮场所燃气隐患。\n（主体责任：各镇街；行业监管责任：区住房城乡建设局）\n\n"
            "（二）清理河道漂浮物。\n属地责任：各街镇\n监管责任：区水务局\n")
    got = [r for _, _, r, _ in tasks_of(tmp_path, text)]
    assert got == [["各镇街", "区住房城乡建设局"], ["各街镇", "区水务局"]]


def test_units_with_their_kinds_closing_a_paragraph(tmp_path):
    text = ("二、重点任务\n（一）推进农贸市场提档升级。年内完成改造8个。县市场监督管理局（主体责任）、县商务局（行业监管责任）\n"
            "（二）整治校园周边环境。县教育局（主体责任），县公安局（监管责任）。\n"
            "（三）落实企业安全生产主体责任。督促企业开展自查。\n")
    got = [(t[:6], r) for t, _, r, _ in tasks_of(tmp_path, text)]
    assert got[:2] == [("推进农贸市场", ["县市场监督管理局", "县商务局"]), ("整治校园周边", ["县教育局", "县公安局"])]
    assert got[2][1] == []  # 主体责任 inside the duty's words is no label


def test_a_field_no_label_names_keeps_its_units_not_its_name(tmp_path):
    text = "二、重点任务\n1.更新老旧供水管网30公里。\n（主体责任：市水务集团；行业监管责任：市水务局；资金保障：市财政局）\n"
    got = tasks_of(tmp_path, text)
    assert got[0][2] == ["市水务集团", "市水务局", "市财政局"]


def test_units_after_you_with_a_time_before_their_verb(tmp_path):
    text = ("二、整改要求\n1.完成校舍安全隐患排查。由县教育局于6月底前完成全部排查。\n"
            "2.建设口袋公园5个，由县城市管理局在10月底前建成投用。\n"
            "3.开展门前三包责任书补签。由各街道办事处于年底前完成。\n"
            "4.由于资金未到位，项目推迟实施。\n")
    got = [(t[:6], r) for t, _, r, _ in tasks_of(tmp_path, text)]
    assert got[:3] == [("完成校舍安全", ["县教育局"]), ("建设口袋公园", ["县城市管理局"]), ("开展门前三包", ["各街道办事处"])]
    assert all(r == [] for _, r in got[3:])


def test_a_local_bodys_kind_before_its_own_name(tmp_path):
    text = ("一、存在问题及整改要求\n1.背街小巷小广告反弹。\n整改措施：由属地街道东门街道办事处负责清理。\n"
            "2.河道岸坡有直排口2处。\n整改措施：由属地镇望江镇人民政府负责封堵，区水务局配合。\n"
            "3.集贸市场周边占道经营。\n整改措施：由属地乡镇人民政府负责整治。\n")
    got = [(r, c) for _, _, r, c in tasks_of(tmp_path, text)]
    assert got == [(["东门街道办事处"], []), (["望江镇人民政府"], ["区水务局"]), (["属地乡镇人民政府"], [])]


def test_partners_who_cooperate_in_a_named_action_after_the_owners_clause(tmp_path):
    text = ("二、重点任务\n1.整治客运站周边秩序。由区交通运输局督促运营企业规范停靠，区公安分局交警大队配合开展巡查。\n"
            "2.清理占道经营。由区城市管理局负责，青石街道办事处协助做好劝导。\n"
            "3.开展护眼宣传。由区卫健委负责，积极配合开展进校园活动。\n")
    got = [(lead + r, c) for _, lead, r, c in tasks_of(tmp_path, text)]
    assert got[0][1] == ["区公安分局交警大队"] and "区交通运输局" in got[0][0]
    assert got[1] == (["区城市管理局"], ["青石街道办事处"])
    assert got[2] == (["区卫健委"], [])  # no units before 配合: no partner


def test_shi_jian_is_the_market_regulator_cut_short_not_a_level(tmp_path):
    """'市监' (市场监管 cut short) in a county's plan (probe s83, s85): its 市 is no level, the piece a unit."""
    text = ("二、重点任务\n1.开展校外培训机构专项治理。（县教育局负责，市监、县消防救援大队配合）\n"
            "2.整治商超过期食品。（县市监局牵头，县商务局配合）\n")
    got = [(lead + r, c) for _, lead, r, c in tasks_of(tmp_path, text)]
    assert got[0][0] == ["县教育局"] and len(got[0][1]) == 2 and "县消防救援大队" in got[0][1]
    assert any("市监" in c or "市场监" in c for c in got[0][1])
    assert got[1] == (["县市监局"], ["县商务局"])


def test_a_sentence_addressed_to_a_unit_names_no_unit(tmp_path):
    """'居民可向区住房和城乡建设局咨询' (probe s80): the residents ask the bureau; no unit called 居民可向区住建局."""
    text = ("二、重点任务\n1.推进加装电梯。由区住房和城乡建设局负责审批服务。居民可向区住房和城乡建设局咨询办理流程。\n"
            "2.改造向阳街道背街小巷。向阳街道办事处负责组织施工。\n")
    owners = [u for _, lead, r, c in tasks_of(tmp_path, text) for u in lead + r + c]
    assert "区住房和城乡建设局" in owners and "向阳街道办事处" in owners
    assert not any("可向" in u for u in owners)
