"""Owner forms left over from the catalogue (issue 15), each a general class with instances of our own:

* places or sectors sharing one body written once at the end ("东区、南区和西区管委会负责…": each place's 管委会;
  a sector written bare among them is its 部门), and each place's own body of one kind after 各 ("各乡和镇便民
  服务中心要…", "各镇财政所要…": named bodies, not an instruction to everyone as 各乡镇要… is);
* a unit and its own subordinates ("县水利局及其下属单位要…", "市卫健委及所属医疗机构"): the unit owns the duty;
* a place named as the pilot ("…，城东区作为试点区，…") owns its clause, and a clause after it with a subject of
  its own (其他县区也要…) is a task of its own; a sentence opened by who leads ("在县政府的统一领导下，各相关部门
  要…") gives the work to its subject, a group too;
* a body named by its kind with 对口 in it ("由对口管理单位负责") is an owner (对口 is no task's 对); an item whose
  first line closes by giving its work to parties ("…由所有权人、使用者负责。") and a paragraph after it with a
  unit of its own ("…不明确的，由A负责…") are two tasks; a street's or zone's own office after its name
  (街道办事处城管队, 开发区管委会规划建设局) is one unit.

Each case is a small plan: an item whose sentence names the owners, then an item with a bracket of its own."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.names import places_sharing_body, run_together

S = "一、重点工作\n1.{body}\n2.整治背街小巷。（责任单位：区城管局）\n"
Z = {"responsible": ["区城管局"]}


def _owners(tmp_path: Path, text: str) -> list[dict[str, list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [{k: sorted(v) for k, v in {"lead": t.lead, "responsible": t.responsible, "cooperating": t.cooperating}.items()
             if v} for t in extract_tasks(plan).tasks]


SHARED_BODY = {
    "zones_guanweihui": ("优化营商环境。北区、中区与滨江新区管委会要梳理辖区企业诉求清单。",
                         ["北区管委会", "中区管委会", "滨江新区管委会"]),
    "towns_government": ("抓好秋粮收购。城关镇、河口镇和新华镇人民政府负责组织售粮户登记。",
                         ["城关镇人民政府", "河口镇人民政府", "新华镇人民政府"]),
    "sectors_and_zones": ("开展欠薪排查。人社、住建、交通、经开区和临港园区管委会负责对各自行业或区域进行排查。",
                          ["人社部门", "住建部门", "交通部门", "经开区管委会", "临港园区管委会"]),
    "unknown_sector": ("保障冬季供暖。热力、燃气、高新区和东区管委会负责辖区供暖保障。",
                       ["热力部门", "燃气部门", "高新区管委会", "东区管委会"]),
    "trad_zones": ("優化營商環境。北區、中區和南區管委會負責轄區企業走訪。", ["北區管委會", "中區管委會", "南區管委會"]),
    "each_level_body": ("推进就近办理。各乡和镇便民服务中心要开设代办窗口。", ["各乡便民服务中心", "各镇便民服务中心"]),
    "each_body": ("加强资金监管。各镇财政所要按月核对补贴发放台账。", ["各镇财政所"]),
}


@pytest.mark.parametrize("body, units", SHARED_BODY.values(), ids=SHARED_BODY.keys())
def test_places_sharing_one_body_each_own_the_duty(tmp_path, body, units):
    text = S.format(body=body)
    exp_z = Z
    if any("區" in u for u in units):  # a plan in traditional characters throughout
        text = "一、重點工作\n1." + body + "\n2.整治背街小巷。（責任單位：區城管局）\n"
        exp_z = {"responsible": ["區城管局"]}
    assert _owners(tmp_path, text) == [{"responsible": sorted(units)}, exp_z]


NOT_OWNERS = [
    "各乡镇要加强协作，形成工作合力。",  # everyone
    "各部门要高度重视，切实加强组织领导。",
    "北区和南区要加快推进老旧厂房改造。",  # places alone, no body named: an instruction to the places
    "东区、南区和西区群众积极参与志愿服务。",  # people, not a body
]


@pytest.mark.parametrize("sentence", NOT_OWNERS)
def test_sentences_naming_no_owner(tmp_path, sentence):
    assert _owners(tmp_path, S.format(body="开展环境整治。" + sentence)) == [{}, Z]


@pytest.mark.parametrize("name, exp", [
    ("东区、南区和西区管委会", ["东区管委会", "南区管委会", "西区管委会"]),
    ("教育、开发区和西区管委会", ["教育部门", "开发区管委会", "西区管委会"]),
    ("县财政局、县教育局和西区管委会", []),  # units of their own: a plain list
    ("东区和南区", []),  # no body to share
    ("教育、公安和卫健", []),  # no place
    ("推进、加强和西区管委会", []),  # a task's words
    ("城关镇和新华镇派出所", ["城关镇派出所", "新华镇派出所"]),
    ("城关镇和城南街道办事处", []),  # a town and a street: no body of one kind shared
    ("各社区和驻区单位", []),  # groups, no places by name
])
def test_places_sharing_body(name, exp):
    assert places_sharing_body(name) == exp


SUBORDINATES = {
    "jiqi_xiashu_yao": ("做好道路养护。县交通运输局及其下属单位要加强汛期路况巡查。", {"responsible": ["县交通运输局"]}),
    "ji_suoshu_fuze": ("做好医疗救治。市卫健委及所属各医疗卫生机构负责开通救治绿色通道。", {"responsible": ["市卫健委"]}),
    "he_suoshu_qiye": ("保障电煤供应。区国资委和所属企业要落实保供责任。", {"responsible": ["区国资委"]}),
    "bracket": ("做好林区防火。（责任单位：县林业局及其直属单位、县应急管理局）", {"responsible": ["县林业局", "县应急管理局"]}),
    "you": ("做好林区防火。此项工作由县林业局及其下属单位负责。", {"responsible": ["县林业局"]}),
}


@pytest.mark.parametrize("body, exp", SUBORDINATES.values(), ids=SUBORDINATES.keys())
def test_a_unit_and_its_subordinates_is_the_unit(tmp_path, body, exp):
    assert _owners(tmp_path, S.format(body=body)) == [{k: sorted(v) for k, v in exp.items()}, Z]


@pytest.mark.parametrize("sentence", [
    "各部门及其下属单位要高度重视，切实加强组织领导。",  # everyone
    "企业及其所属员工要自觉遵守安全规定。",  # no unit
])
def test_subordinates_of_no_unit_name_no_owner(tmp_path, sentence):
    assert _owners(tmp_path, S.format(body="开展安全检查。" + sentence)) == [{}, Z]


def test_a_place_named_as_the_pilot_owns_its_clause(tmp_path):
    text = ("一、试点安排\n1.全县将先行开展农村生活垃圾分类试点。在五个乡镇中，石桥镇作为试点镇，"
            "其他乡镇也要选择2—3个村作为试点，为全面推开积累经验。\n2.整治背街小巷。（责任单位：区城管局）\n")
    assert _owners(tmp_path, text) == [{"responsible": ["石桥镇"]}, {"responsible": ["其他乡镇"]}, Z]


def test_trad_pilot(tmp_path):
    text = ("一、試點安排\n1.我市將率先開展智慧停車試點。在四個區中,河東區做為試點區,其它區也要選擇1個街道做為試點。\n"
            "2.整治背街小巷。（責任單位：區城管局）\n")
    assert _owners(tmp_path, text) == [{"responsible": ["河東區"]}, {"responsible": ["其它區"]}, {"responsible": ["區城管局"]}]


@pytest.mark.parametrize("sentence, units", [
    ("在县政府的统一领导下，各相关部门要分工协作，形成合力。", ["各相关部门"]),
    ("在市防指的指挥下，各区应急管理局要做好转移安置。", ["各区应急管理局"]),
    ("在镇党委的领导下，镇综治办负责矛盾纠纷排查。", ["镇综治办"]),
])
def test_a_subject_after_who_leads_owns_the_sentence(tmp_path, sentence, units):
    assert _owners(tmp_path, S.format(body="加强协作配合。" + sentence)) == [{"responsible": units}, Z]


@pytest.mark.parametrize("sentence", [
    "在县委县政府的坚强领导下，全县上下要齐心协力。",  # the whole place
    "在各方共同努力下，各部门要巩固成果。",  # no one leads: everyone
    "选择城东区作为试点区，积累经验后全面推开。",  # the pilot chosen: an object, no subject
])
def test_frames_and_pilots_naming_no_owner(tmp_path, sentence):
    assert _owners(tmp_path, S.format(body="开展试点工作。" + sentence)) == [{}, Z]


@pytest.mark.parametrize("body, unit", [
    ("农贸市场、停车场等场所，由对口管理单位负责；", "对口管理单位"),
    ("学校周边、医院周边等区域，由对口联系部门负责；", "对口联系部门"),
    ("东西部协作项目，由县对口支援办负责。", "县对口支援办"),
])
def test_a_body_with_duikou_in_its_name_owns(tmp_path, body, unit):
    assert _owners(tmp_path, S.format(body=body)) == [{"responsible": [unit]}, Z]


def test_a_paragraph_with_its_own_owner_after_a_line_given_to_parties(tmp_path):
    text = ("二、责任划分\n(一)沿街店铺门前由经营者负责；\n(二)住宅小区由业主、物业使用人负责。\n\n"
            "责任主体有争议的，由社区居委会、镇城管中队等单位协调认定。\n三、保障措施\n加强宣传引导。\n")
    assert _owners(tmp_path, text) == [{}, {}, {"responsible": ["社区居委会", "镇城管中队"]}]


def test_a_continuation_without_an_owner_stays_in_the_item(tmp_path):
    text = ("二、责任划分\n(一)沿街店铺门前由经营者负责；\n(二)住宅小区由业主、物业使用人负责。\n"
            "住宅小区内的公共绿地一并纳入管理。\n(三)公园广场由县园林绿化中心负责。\n三、保障措施\n加强宣传引导。\n")
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    tasks = extract_tasks(plan).tasks
    assert [t.responsible for t in tasks] == [[], [], ["县园林绿化中心"]]
    assert "公共绿地一并纳入管理" in tasks[1].text


@pytest.mark.parametrize("name, exp", [
    ("街道办事处城管队", None),  # the street's own squad
    ("开发区管委会规划建设局", None),  # the zone's own bureau
    ("街道办事处县城管局", ["街道办事处", "县城管局"]),  # a county bureau is no street's office
    ("市财政局审计局", ["市财政局", "审计局"]),
])
def test_a_streets_own_office_is_one_unit(name, exp):
    assert run_together(name) == exp
