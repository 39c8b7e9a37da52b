"""Owners written in running text (issue 15), a catalogue of the ways real plans write them, each form
on a small plan written for it (units, duties and numbers of our own): subjects (A负责…, A要…, A将…,
A应…, A牵头…, A会同B…, A组织B…, A、B按职责分工负责…, A和B要…, A在…领导下…, A对…负(总)责, 各A要… beside
named subjects), 由 forms (由A负责…, 由A牵头、B配合…, 此项工作由A负责, 由A会同B…, …工作由A牵头组织，B配合,
由A统一…), 承办/协办/主办, 一是…二是… with subjects, ；-separated clauses, owners at a heading (（一）县水利局：…,
县水利局。负责…, 县水利局职责：), levels sharing a body (各街道和镇综治中心), sectors sharing 部门, traditional
characters, and sentences that must name no owner (全县要…, 各部门要高度重视, 本方案由A负责解释, 督查室将适时督查 …).

Each case gives the owners and roles of the plan's tasks in order, as docs/EXTRACTION.md's label
conventions give them (负责/要/将/应 → responsible, 牵头 → lead, 会同/配合/协办/协助 → cooperating,
A组织/统筹B → A lead, B responsible; 承办 → responsible). Forms whose role is ambiguous (负责牵头, 主责,
主办 in prose: the labels accept lead|responsible) are written as what the extractor does; forms not read
yet are marked xfail (strict), with what is missing."""
from __future__ import annotations

from pathlib import Path

import pytest

from ledger.extraction import extract_tasks

S = "一、主要任务\n"
T = "\n{n}.推进老旧小区改造。（责任单位：县住建局）\n"
Z = {"responsible": ["县住建局"]}
def item(body, exp, n=2):
    """An item of a 主要任务 part, then an item with a bracket of its own."""
    return (S + body + T.format(n=n), exp + [Z])
FORMS = {
 # subjects
 "fuze": item("1.加强农田水利建设。县水利局负责排查灌区渠系隐患，建立问题台账。", [{"responsible": ["县水利局"]}]),
 "yao": item("1.加强农田水利建设。县水利局要加快灌区渠系改造，确保汛前完工。", [{"responsible": ["县水利局"]}]),
 "jiang": item("1.加强农田水利建设。县水利局将对灌区渠系开展全面排查。", [{"responsible": ["县水利局"]}]),
 "ying": item("1.加强农田水利建设。县水利局应当于汛前完成渠系清淤。", [{"responsible": ["县水利局"]}]),
 "ying2": item("1.加强农田水利建设。县水利局应加强灌区工程质量监管。", [{"responsible": ["县水利局"]}]),
 "qiantou": item("1.加强农田水利建设。县水利局牵头制定灌区改造实施方案。", [{"lead": ["县水利局"]}]),
 "huitong": item("1.加强农田水利建设。县水利局会同县财政局制定灌区改造资金方案。", [{"lead": ["县水利局"], "cooperating": ["县财政局"]}]),
 "zuzhi": item("1.加强农田水利建设。县水利局组织各乡镇开展渠系清淤。", [{"lead": ["县水利局"], "responsible": ["各乡镇"]}]),
 "fengong": item("1.加强农田水利建设。县水利局、县财政局按职责分工负责。", [{"responsible": ["县水利局", "县财政局"]}]),
 "he_yao": item("1.加强农田水利建设。县水利局和县财政局要加强协作，保障灌区改造资金。", [{"responsible": ["县水利局", "县财政局"]}]),
 "jiqi": item("1.加强农田水利建设。县水利局及其下属单位要加强灌区巡查。", [{"responsible": ["县水利局"]}]),
 "lingdao": item("1.加强农田水利建设。各乡镇在县防汛抗旱指挥部统一领导下，负责本辖区渠系清淤。", [{"responsible": ["各乡镇"]}]),
 "dui_fuze": item("1.加强农田水利建设。县水利局对灌区工程质量负总责。", [{"responsible": ["县水利局"]}]),
 # a group beside a named subject in one item: each sentence its task
 "ge_beside": item("1.加强农田水利建设。县水利局负责灌区改造技术指导。各乡镇要组织群众开展渠系清淤。", [{"responsible": ["县水利局"]}, {"responsible": ["各乡镇"]}]),
 "dui_fuze2": item("1.加强农田水利建设。县水利局对灌区工程质量负责。", [{"responsible": ["县水利局"]}]),
 "fuze_qiantou": item("1.加强农田水利建设。县水利局负责牵头制定灌区改造方案。", [{"lead": ["县水利局"]}]),
 "juti_fuze": item("1.加强农田水利建设。县水利局具体负责灌区改造项目实施。", [{"responsible": ["县水利局"]}]),
 "list_yao": item("1.加强农田水利建设。县水利局、县财政局、县农业农村局要密切配合，形成工作合力。", [{"responsible": ["县水利局", "县财政局", "县农业农村局"]}]),
 "fenbie": item("1.加强农田水利建设。县水利局、县财政局分别负责工程实施和资金保障。", [{"responsible": ["县水利局", "县财政局"]}]),
 "tongchou": item("1.加强农田水利建设。县水利局统筹各乡镇做好渠系清淤。", [{"lead": ["县水利局"], "responsible": ["各乡镇"]}]),
 "ascii": item("1.加强农田水利建设.县水利局牵头,县财政局配合,推进灌区改造;", [{"lead": ["县水利局"], "cooperating": ["县财政局"]}]),
 "zhuyao": item("1.加强农田水利建设。县水利局主要负责灌区改造的技术指导和质量监管。", [{"responsible": ["县水利局"]}]),
 "ye_yao": item("1.加强农田水利建设。县水利局也要加强灌区改造质量监管。", [{"responsible": ["县水利局"]}]),
 "xu": item("1.加强农田水利建设。县水利局须于每月5日前报送工程进度。", [{"responsible": ["县水利局"]}]),
 "fuze_bing_huitong": item("1.加强农田水利建设。县水利局负责并会同县财政局做好资金保障。", [{"responsible": ["县水利局"], "cooperating": ["县财政局"]}]),
 "qiantou_bing_huitong": item("1.加强农田水利建设。县水利局牵头并会同县农业农村局、各乡镇开展灌区确权。", [{"lead": ["县水利局"], "cooperating": ["县农业农村局", "各乡镇"]}]),
 "fuze_bing_huitong_group": item("1.加强农田水利建设。县水利局负责并会同有关部门做好灌区管护。", [{"responsible": ["县水利局"]}]),
 "qiantou_peihe": item("1.加强农田水利建设。县水利局牵头，县财政局、县农业农村局配合，推进灌区改造。", [{"lead": ["县水利局"], "cooperating": ["县财政局", "县农业农村局"]}]),
 "fuze_xiezhu": item("1.加强农田水利建设。县水利局负责，县财政局协助。", [{"responsible": ["县水利局"], "cooperating": ["县财政局"]}]),
 # 由 forms
 "you_fuze": item("1.加强农田水利建设。灌区渠系改造由县水利局负责实施。", [{"responsible": ["县水利局"]}]),
 "you_qiantou_peihe": item("1.加强农田水利建设。由县水利局牵头、县财政局配合，推进灌区改造。", [{"lead": ["县水利局"], "cooperating": ["县财政局"]}]),
 "cixiang": item("1.加强农田水利建设。此项工作由县水利局负责。", [{"responsible": ["县水利局"]}]),
 "you_huitong": item("1.加强农田水利建设。由县水利局会同县财政局、县发改局制定灌区改造方案。", [{"lead": ["县水利局"], "cooperating": ["县财政局", "县发改局"]}]),
 "gongzuo_you_qiantou_zuzhi": item("1.加强农田水利建设。渠系清淤工作由县水利局牵头组织，县财政局、县农业农村局配合。", [{"lead": ["县水利局"], "cooperating": ["县财政局", "县农业农村局"]}]),
 "you_tongyi": item("1.加强农田水利建设。灌区用水由县水利局统一调度。", [{"responsible": ["县水利局"]}]),
 "you_qiantou_comma": item("1.加强农田水利建设。由县水利局牵头，县财政局、各乡镇配合，完成灌区改造。", [{"lead": ["县水利局"], "cooperating": ["县财政局", "各乡镇"]}]),
 "you_fuze_peihe": item("1.加强农田水利建设。由县水利局负责，县财政局配合。", [{"responsible": ["县水利局"], "cooperating": ["县财政局"]}]),
 "you_he": item("1.加强农田水利建设。由县水利局和县财政局共同负责。", [{"responsible": ["县水利局", "县财政局"]}]),
 "you_xietong": item("1.加强农田水利建设。由县水利局协同县自然资源局开展灌区确权。", [{"lead": ["县水利局"], "cooperating": ["县自然资源局"]}]),
 "you_zhuze": item("1.加强农田水利建设。由县水利局主责，县财政局配合。", [{"lead": ["县水利局"], "cooperating": ["县财政局"]}]),
 # 承办/协办/主办
 "chengban_xieban": item("1.举办农民丰收节。县农业农村局承办，县文旅局、县融媒体中心协办。", [{"responsible": ["县农业农村局"], "cooperating": ["县文旅局", "县融媒体中心"]}]),
 "you_chengban": item("1.举办农民丰收节。丰收节活动由县农业农村局承办。", [{"responsible": ["县农业农村局"]}]),
 "zhuban_xieban": item("1.举办农民丰收节。由县农业农村局主办，县文旅局协办。", [{"lead": ["县农业农村局"], "cooperating": ["县文旅局"]}]),
 # traditional
 # sectors sharing an affix
 "sectors_bumen": item("1.加强校园安全。教育、卫健、公安部门要联合开展校园周边整治。", [{"responsible": ["教育部门", "卫健部门", "公安部门"]}]),
 "sectors_guanweihui": item("1.加强园区环境整治。东区、南区和西区管委会负责辖区内企业排查。", [{"responsible": ["东区管委会", "南区管委会", "西区管委会"]}]),
 "levels_share_body": item("1.加强基层治理。各街道和镇综治中心负责矛盾纠纷排查化解。", [{"responsible": ["各街道综治中心", "各镇综治中心"]}]),
 "group_and_unit": item("1.加强基层治理。各乡镇及县民政局要做好救助对象排查。", [{"responsible": ["各乡镇", "县民政局"]}]),
 "sectors_level": item("1.加强校园安全。县教育、公安、卫健部门要联合开展校园周边整治。", [{"responsible": ["县教育部门", "县公安部门", "县卫健部门"]}]),
}
TS = "一、主要任務\n"
TT = "\n2.推進老舊小區改造。（責任單位：縣住建局）\n"
TZ = {"responsible": ["縣住建局"]}
def trad(body, exp):
    return (TS + body + TT, exp + [TZ])
FORMS.update({
 "trad_fuze": trad("1.加強農田水利建設。縣水利局負責排查灌區渠系隱患。", [{"responsible": ["縣水利局"]}]),
 "trad_you": trad("1.加強農田水利建設。由縣水利局牽頭，縣財政局配合，推進灌區改造。", [{"lead": ["縣水利局"], "cooperating": ["縣財政局"]}]),
 "trad_yao": trad("1.加強農田水利建設。縣水利局要加快灌區渠系改造。", [{"responsible": ["縣水利局"]}]),
 "trad_huitong": trad("1.加強農田水利建設。縣水利局會同縣財政局制定資金方案。", [{"lead": ["縣水利局"], "cooperating": ["縣財政局"]}]),
 "trad_sectors": trad("1.加強校園安全。教育、衛健、公安部門要聯合開展校園周邊整治。", [{"responsible": ["教育部門", "衛健部門", "公安部門"]}]),
 "trad_cixiang": trad("1.加強農田水利建設。此項工作由縣水利局負責。", [{"responsible": ["縣水利局"]}]),
})
# whole plans: (text, expected owners of every task in order)
PLANS = {
 "yishi_subjects": ("二、工作措施\n一是县水利局要加快灌区渠系改造；二是县财政局要保障改造资金；三是各乡镇要组织群众参与渠系清淤。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}, {"responsible": ["各乡镇"]}]),
 "semicolon_clauses": ("二、职责分工\n县水利局负责渠系改造的技术指导；县财政局负责改造资金保障；县农业农村局负责高标准农田衔接。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}, {"responsible": ["县农业农村局"]}]),
 "heading_colon": ("三、职责分工\n（一）县水利局：负责灌区改造的技术指导和质量监管。\n（二）县财政局：负责改造资金的筹措和拨付。\n（三）各乡镇：负责组织群众开展渠系清淤。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}, {"responsible": ["各乡镇"]}]),
 "heading_sentence": ("三、职责分工\n1.县水利局。负责灌区改造的技术指导和质量监管。\n2.县财政局。负责改造资金的筹措和拨付。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}]),
 "heading_zhize": ("三、职责分工\n（一）县水利局职责：负责灌区改造的技术指导和质量监管。\n（二）县财政局职责：负责改造资金的筹措和拨付。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}]),
 "heading_line": ("三、职责分工\n（一）县水利局\n负责灌区改造的技术指导和质量监管。\n（二）县财政局\n负责改造资金的筹措和拨付。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}]),
 "yishi_you": ("二、工作措施\n一是加快渠系改造，由县水利局负责；二是保障改造资金，由县财政局负责；三是组织群众清淤，由各乡镇负责。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}, {"responsible": ["各乡镇"]}]),
 "paragraph_subjects": ("二、职责分工\n（一）县水利局要加快灌区渠系改造，确保汛前完工。\n（二）县财政局要足额保障改造资金。\n（三）各乡镇要组织群众开展渠系清淤。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}, {"responsible": ["各乡镇"]}]),
 "trad_semicolon": ("二、職責分工\n縣水利局負責渠系改造的技術指導；縣財政局負責改造資金保障；縣農業農村局負責高標準農田銜接。\n",
   [{"responsible": ["縣水利局"]}, {"responsible": ["縣財政局"]}, {"responsible": ["縣農業農村局"]}]),
 "trad_heading": ("三、職責分工\n（一）縣水利局：負責灌區改造的技術指導。\n（二）縣財政局：負責改造資金的籌措。\n",
   [{"responsible": ["縣水利局"]}, {"responsible": ["縣財政局"]}]),
 "heading_dot": ("三、职责分工\n县水利局。负责灌区改造的技术指导和质量监管。\n县财政局。负责改造资金的筹措和拨付。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}]),
 "heading_zhuyao_zhize": ("三、职责分工\n（一）县水利局主要职责：负责灌区改造的技术指导。\n（二）县财政局主要职责：负责改造资金的筹措。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}]),
 "semicolon_you": ("二、职责分工\n渠系改造由县水利局负责；资金保障由县财政局负责；群众发动由各乡镇负责。\n",
   [{"responsible": ["县水利局"]}, {"responsible": ["县财政局"]}, {"responsible": ["各乡镇"]}]),
}
# sentences that name no owner, set in a task item and in a 保障措施 part
NEGATIVES = [
 "全县要以灌区改造为契机，加快农业现代化。",
 "各部门要高度重视，切实加强组织领导。",
 "县委县政府高度重视农田水利建设。",
 "群众积极参与渠系清淤，形成共建共享格局。",
 "责任单位要明确专人负责，按时报送进展。",
 "本方案由县水利局负责解释。",
 "县委督查室将适时开展督查，结果纳入年度考核。",
 "各乡镇、各部门要加强协作，形成工作合力。",
 "县政府将灌区改造纳入年度目标考核。",
 "全体干部职工要积极参与。",
 "各责任单位要按照职责分工抓好落实。",
 "县政府办公室负责本方案的解释工作。",
 "本方案自印发之日起施行，由县水利局负责解释。",
 "各乡镇、各部门主要负责人作为第一责任人，要亲自部署、亲自督办。",
 "凡申请社会救助，均以户为单位提出申请。",
]

XFAIL = {
}
# Ambiguous roles (the labels accept lead|responsible): what the extractor gives, documented.
AS_READ = {
 "you_zhuze": [{"responsible": ["县水利局"], "cooperating": ["县财政局"]}, Z],  # 由A主责，B配合
 "zhuban_xieban": [{"responsible": ["县农业农村局"], "cooperating": ["县文旅局"]}, Z],  # 主办 in prose
}
CASES = [pytest.param(text, AS_READ.get(name, exp), id=name,
                      marks=[pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else [])
         for name, (text, exp) in [*FORMS.items(), *PLANS.items()]]


def _owners(tmp_path: Path, text: str) -> list[dict[str, list[str]]]:
    plan = tmp_path / "plan.txt"
    plan.write_text(text, encoding="utf-8")
    return [{k: sorted(v) for k, v in {"lead": t.lead, "responsible": t.responsible, "cooperating": t.cooperating}.items()
             if v} for t in extract_tasks(plan).tasks]


@pytest.mark.parametrize("text, exp", CASES)
def test_prose_form(tmp_path, text, exp):
    assert _owners(tmp_path, text) == [{k: sorted(v) for k, v in e.items()} for e in exp]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_sentence_naming_no_owner_in_a_task(tmp_path, sentence):
    got = _owners(tmp_path, "一、主要任务\n1.加强农田水利建设。" + sentence + "\n2.推进老旧小区改造。（责任单位：县住建局）\n")
    assert got == [{}, Z]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_sentence_naming_no_owner_in_a_closing_part(tmp_path, sentence):
    got = _owners(tmp_path, "一、主要任务\n1.加强农田水利建设。（责任单位：县水利局）\n2.推进老旧小区改造。（责任单位：县住建局）\n"
                            "三、保障措施\n" + sentence + "\n")
    assert got == [{"responsible": ["县水利局"]}, Z]
