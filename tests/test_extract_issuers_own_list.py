"""A department's own list of duties, published by it (issue 15, blind w323: a 省 厅's notice publishing
its 生态环境保护责任清单, the 厅 named on a line above the title, '我厅…现予以公布' and numbered items with no
subject). Government sites publish a department's 责任清单 / 权责清单 / 职责清单 the same way: the issuer in
the notice title ('XX局关于…的通知'), on a line above it, or in a '发布机构：' field, a lead-in calling it
我厅/我局/我委/我办/本局/本单位, then items that name no owner: each item is the issuer's (responsible;
cooperating when it opens with 配合/协助 another body), a unit after 会同 its partner. Plans handed out to
other units, items naming their own owners, and 我县/我市 (a place) stay as they were."""
from __future__ import annotations

import pytest

from ledger.errors import NoTaskTable
from ledger.extraction import extract_tasks
from test_extraction_prose_classes import tasks_of


def owners(got):
    return [(lead, resp, coop) for _, lead, resp, coop in got]


def issuers(unit, n):
    return [([], [unit], [])] * n


# ------------------------------------------------------------------ where the head names the issuer

def test_province_issuer_on_a_line_above_the_title_with_a_partner_after_hui_tong(tmp_path):
    text = ("首页 > 信息公开 > 通知公告\n"
            "某省林业和草原局\n"
            "关于公布森林资源保护责任事项的通告\n"
            "发布时间：2024-03-02\n\n"
            "依据有关法律法规和省委、省政府部署，我局梳理了森林资源保护方面的牵头事项，现予以公布。\n\n"
            "一、牵头组织全省森林防火宣传教育。\n\n"
            "二、负责林木种苗质量监督，会同省市场监督管理局开展种苗执法检查。\n\n"
            "三、指导国有林场改革发展。\n\n"
            "某省林业和草原局\n\n"
            "2024年3月2日\n")
    got = tasks_of(tmp_path, text)
    assert [t for t, *_ in got] == ["牵头组织全省森林防火宣传教育。", "负责林木种苗质量监督，会同省市场监督管理局开展种苗执法检查。",
                                    "指导国有林场改革发展。"]
    assert owners(got) == [([], ["某省林业和草原局"], []), ([], ["某省林业和草原局"], ["省市场监督管理局"]),
                           ([], ["某省林业和草原局"], [])]


def test_city_bureau_in_the_notice_title_with_bracketed_numbers(tmp_path):
    text = ("某市生态环境局关于公布本部门安全生产责任清单的通知\n"
            "为压实安全生产责任，我局制定了安全生产责任清单，具体如下：\n"
            "（一）负责全市危险废物环境监管。\n"
            "（二）指导各区开展辐射安全隐患排查。\n"
            "（三）承担突发环境事件应急监测工作。\n")
    assert owners(tasks_of(tmp_path, text)) == issuers("某市生态环境局", 3)


def test_county_commission_named_in_a_publisher_field_with_arabic_numbers(tmp_path):
    text = ("标题：县发展和改革委员会权责清单\n"
            "发布机构：县发展和改革委员会    发布日期：2023-06-01\n"
            "根据县委、县政府要求，现将我委权责清单公布如下：\n"
            "1.负责拟订全县国民经济和社会发展规划。\n"
            "2.负责固定资产投资项目审批和核准。\n"
            "3.承担价格监测和成本调查工作。\n"
            "4.负责粮食和物资储备管理。\n")
    assert owners(tasks_of(tmp_path, text)) == issuers("县发展和改革委员会", 4)


def test_district_bureau_ben_ju_and_an_item_that_helps_another_body(tmp_path):
    text = ("某区应急管理局关于印发本局职责清单的公告\n"
            "本局职责清单如下：\n"
            "1、负责全区应急管理工作，指导各街道做好安全生产。\n"
            "2、配合区人民政府做好自然灾害救助工作。\n"
            "3、负责全区消防工作的指导协调。\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["某区应急管理局"], []), ([], [], ["某区应急管理局"]), ([], ["某区应急管理局"], [])]


def test_traditional_characters_county_bureau(tmp_path):
    text = ("某縣農業農村局關於公布生態環境保護責任清單的通告\n"
            "我局全面梳理了生態環境保護方面的具體事項，現予以公布。\n"
            "一、負責指導農業清潔生產。\n"
            "二、牽頭組織改善農村人居環境。\n"
            "三、負責畜禽糞污資源化利用指導工作。\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == issuers("某縣農業農村局", 3)
    assert got[0][0].startswith("負責指導")


def test_ben_dan_wei_and_a_page_cut_in_the_last_item(tmp_path):
    text = ("某县市场监督管理局\n"
            "关于公布本单位食品安全任务清单的通知\n"
            "按照县食品安全委员会部署，本单位承担的食品安全任务如下：\n"
            "一、负责食品生产经营许可和日常监督检查。\n"
            "二、组织开展食品安全抽样检验。\n"
            "三、负责食品安全投诉举报的受理和")
    got = tasks_of(tmp_path, text)
    assert owners(got) == issuers("某县市场监督管理局", 3)


def test_title_and_field_naming_the_same_body_in_two_forms(tmp_path):
    text = ("某省卫生健康委员会关于公布生态环境保护责任清单的通告\n"
            "发布机构：省卫生健康委员会\n"
            "我委结合工作实际，梳理了相关职责，现公布如下：\n"
            "一、负责医疗废物收集处置的监督管理。\n"
            "二、牵头开展饮用水卫生监测。\n")
    assert owners(tasks_of(tmp_path, text)) == issuers("某省卫生健康委员会", 2)


def test_an_office_calling_itself_wo_ban(tmp_path):
    text = ("某市委网信办关于公布网络安全责任清单的通告\n"
            "我办根据有关规定，梳理网络安全工作职责如下：\n"
            "一、统筹协调全市网络安全工作。\n"
            "二、负责网络舆情监测和处置指导。\n")
    assert owners(tasks_of(tmp_path, text)) == issuers("某市委网信办", 2)


def test_the_signature_and_date_are_no_items(tmp_path):
    text = ("某县水利局关于公布河湖管理责任清单的通知\n"
            "我局梳理了河湖管理方面的责任事项，现予以公布。\n"
            "一、负责河道采砂监督管理。\n"
            "二、指导水利工程运行管理。\n"
            "某县水利局\n"
            "2024年5月6日\n")
    got = tasks_of(tmp_path, text)
    assert [t for t, *_ in got] == ["负责河道采砂监督管理。", "指导水利工程运行管理。"]


def test_items_under_bare_headings_each_a_task_and_a_partner_opening_an_item(tmp_path):
    text = ("某市生态环境局关于公布生态环境保护责任清单的通知\n"
            "我局梳理了生态环境保护方面的责任事项，现公布如下：\n"
            "一、大气污染防治\n"
            "1.负责全市大气环境质量监测。\n"
            "2.会同市工业和信息化局推进重点行业超低排放改造。\n"
            "二、水污染防治\n"
            "1.负责饮用水水源地环境监管。\n")
    got = tasks_of(tmp_path, text)
    assert [t for t, *_ in got] == ["负责全市大气环境质量监测。", "会同市工业和信息化局推进重点行业超低排放改造。",
                                    "负责饮用水水源地环境监管。"]
    assert owners(got) == [([], ["某市生态环境局"], []), ([], ["某市生态环境局"], ["市工业和信息化局"]),
                           ([], ["某市生态环境局"], [])]


# ------------------------------------------------------------------ no department's own list

def test_a_plan_handed_out_by_a_government_office_keeps_its_owners(tmp_path):
    text = ("某县人民政府办公室关于印发某县人居环境整治方案的通知\n"
            "各乡镇人民政府、县直各部门：\n"
            "现将《某县人居环境整治方案》印发给你们，请认真贯彻执行。我办将适时督查。\n"
            "一、开展村庄清洁行动。（责任单位：县农业农村局）\n"
            "二、推进农村厕所改造。（责任单位：县卫健局）\n")
    got = tasks_of(tmp_path, text)
    assert owners(got) == [([], ["县农业农村局"], []), ([], ["县卫健局"], [])]


def test_items_naming_their_own_owners_keep_them(tmp_path):
    text = ("某市住房和城乡建设局关于明确安全生产责任分工的通知\n"
            "为落实安全生产责任，我局明确分工如下：\n"
            "1.市建筑工程质量安全站负责在建工地安全巡查。\n"
            "2.由市燃气管理处负责燃气安全检查。\n"
            "3.市房屋征收中心负责征收项目安全管理。\n")
    got = tasks_of(tmp_path, text)
    assert all("某市住房和城乡建设局" not in resp for _, _, resp, _ in got)
    assert [resp for _, _, resp, _ in got] == [["市建筑工程质量安全站"], ["市燃气管理处"], ["市房屋征收中心"]]


def test_wo_xian_is_a_place_not_an_issuing_department(tmp_path):
    text = ("某县人民政府\n"
            "关于公布某县生态环境保护重点事项的通告\n"
            "我县梳理了生态环境保护方面的重点事项，现予以公布。\n"
            "一、开展农村生活污水治理。\n"
            "二、推进秸秆综合利用。\n")
    with pytest.raises(NoTaskTable):
        extract_tasks(_write(tmp_path, text))


def test_two_bodies_in_the_head_stand_the_rule_down(tmp_path):
    text = ("某县审计局关于公布审计监督责任清单的通知\n"
            "发布机构：某县财政局\n"
            "我局梳理了有关事项，现予以公布。\n"
            "一、负责财政资金使用情况审计。\n"
            "二、负责政府投资项目审计。\n")
    with pytest.raises(NoTaskTable):  # no owner anywhere (the field's name 发布机构 was one until blind w354)
        extract_tasks(_write(tmp_path, text))


def test_ji_ben_ju_mian_is_no_self_reference(tmp_path):
    text = ("某县交通运输局关于交通运输形势的通报\n"
            "今年以来，全县交通运输保持基本局面稳定，现将有关情况通报如下：\n"
            "一、公路建设完成投资5亿元。\n"
            "二、客运量同比增长3%。\n")
    with pytest.raises(NoTaskTable):
        extract_tasks(_write(tmp_path, text))


def test_no_issuer_in_the_head_stands_the_rule_down(tmp_path):
    text = ("生态环境保护责任清单\n"
            "我局梳理了有关事项，现予以公布。\n"
            "一、负责农业面源污染防治。\n"
            "二、负责耕地土壤环境保护。\n")
    with pytest.raises(NoTaskTable):
        extract_tasks(_write(tmp_path, text))


def _write(tmp_path, text):
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return plan
