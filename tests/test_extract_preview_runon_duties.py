"""A plan's duty part run into one long paragraph by a document site's preview (issue 15, blind
w278: a 镇 秸秆禁烧 plan on a document-sharing site, site furniture first, then the plan in
300-character chunks '1、…' and '2、…' with a blank line between them, the second chunk cutting a
word: '…五、职责分工(一)农业部门:要采取有效措施,…(二)公安部门:对蓄意露天焚烧…'). The duty blocks
'(N)<unit>:<duties>' inside such a paragraph are tasks of the unit they name (sectors such as
农业部门 as written), the part heading in the same paragraph or not; the chunks' numbers are no
item marks. Instances written for the class, with other units, levels and punctuation."""
from __future__ import annotations

from ledger.errors import NoTaskTable
from tests.test_extraction_prose_classes import tasks_of

FURNITURE = "某镇秸秆禁烧实施方案_第1页\n免费预览已结束,剩余3页可下载查看\n\n下载本文档\n\n文档简介\n\n"
OPENING = ("为认真贯彻落实上级关于秸秆禁烧工作的部署要求,进一步改善全镇大气环境质量,保障人民群众身体健康,"
           "结合本镇实际,特制定本方案。一、指导思想按照“属地管理、分级负责、堵疏结合”的原则,全面落实秸秆禁烧责任,"
           "以改善空气质量为核心,以秸秆综合利用为根本出路,切实做好秸秆禁烧和综合利用工作。二、工作目标全镇范围内实现秸秆零焚烧,"
           "重点区域、重点时段不出现大面积焚烧现象,因焚烧秸秆引发的火灾和交通事故得到有效遏制,秸秆综合利用率达到百分之九十以上。"
           "实行镇干部包村、村干部包组、党员包户的网格化管理责任制。三、组织机构成立镇秸秆禁烧工作领导小组,组长:镇长,成员:农业办、派出所、环保所、各村委会主任。")
DUTIES = ("四、职责分工(一)农业办:负责秸秆综合利用技术推广,组织农机具开展秸秆还田作业,加强对农户的技术指导和宣传发动。"
          "(二)派出所:负责对故意焚烧秸秆的违法行为依法查处,配合做好重点时段的巡逻检查工作。"
          "(三)环保所:负责禁烧工作的监督检查,及时通报火点情况。"
          "(四)各村委会:负责本村禁烧工作的组织实施,落实网格化巡查责任。五、工作要求各单位要高度重视。")
TOWN_UNITS = [["农业办"], ["派出所"], ["环保所"], ["各村委会"]]


def preview(text: str, between: str = "\n\n", size: int = 300) -> str:
    """``text`` as a document site's preview shows it: chunks of ``size`` characters, each
    opened by its number ('1、', '2、' …), wherever the cut falls."""
    chunks = [text[k:k + size] for k in range(0, len(text), size)]
    return FURNITURE + between.join(f"{n}、{chunk}" for n, chunk in enumerate(chunks, 1))


def owners(tmp_path, text):
    return [resp for _, lead, resp, coop in tasks_of(tmp_path, text) if lead or resp or coop]


def ownerless(tmp_path, text) -> bool:
    try:
        tasks = tasks_of(tmp_path, text)
    except NoTaskTable:
        return True
    return all(not (lead or resp or coop) for _, lead, resp, coop in tasks)


# ------------------------------------------------------------------ chunks of a preview

def test_a_towns_preview_chunks_with_blank_lines_between(tmp_path):
    # the cut falls inside '(三)' and inside words: the chunks' numbers are no items
    assert owners(tmp_path, preview(OPENING + DUTIES)) == TOWN_UNITS


def test_chunks_with_a_line_break_only_between(tmp_path):
    assert owners(tmp_path, preview(OPENING + DUTIES, between="\n")) == TOWN_UNITS


def test_chunks_with_two_blank_lines_holding_spaces(tmp_path):
    assert owners(tmp_path, preview(OPENING + DUTIES, between="\n \n\u3000\n")) == TOWN_UNITS


def test_a_chunk_cut_inside_a_units_name(tmp_path):
    text = OPENING + DUTIES
    at = text.index("派出所:") + 1  # '派' ends a chunk, '出所:' opens the next
    assert at > 300
    page = preview(text[at - 300:])  # a preview that starts inside the opening
    assert ["派出所"] in owners(tmp_path, page)


def test_the_last_block_cut_by_the_page(tmp_path):
    text = OPENING + DUTIES[:DUTIES.index("(四)") + 20]  # '(四)各村委会:负责本村禁烧工作的组' and no more
    assert owners(tmp_path, preview(text)) == TOWN_UNITS


def test_traditional_chunks(tmp_path):
    duties = ("四、職責分工(一)農業辦:負責秸稈綜合利用技術推廣,組織農機具開展秸稈還田作業,加強對農戶的技術指導。"
              "(二)派出所:負責對故意焚燒秸稈的違法行為依法查處,配合做好重點時段的巡邏檢查工作。"
              "(三)環保所:負責禁燒工作的監督檢查,及時通報火點情況。五、工作要求各單位要高度重視。")
    opening = ("為認真貫徹落實上級關於秸稈禁燒工作的部署要求,進一步改善全鎮大氣環境質量,保障人民群眾身體健康,"
               "結合本鎮實際,特制定本方案。一、指導思想按照“屬地管理、分級負責、堵疏結合”的原則,全面落實秸稈禁燒責任,"
               "切實做好秸稈禁燒和綜合利用工作。二、工作目標全鎮範圍內實現秸稈零焚燒,秸稈綜合利用率達到百分之九十以上。"
               "三、組織機構成立鎮秸稈禁燒工作領導小組,組長:鎮長,成員:農業辦、派出所、環保所、各村委會主任。")
    assert owners(tmp_path, preview(opening + duties)) == [["農業辦"], ["派出所"], ["環保所"]]


# ------------------------------------------------------------------ blocks in one shorter paragraph

def test_a_countys_duty_part_in_one_short_paragraph(tmp_path):
    text = ("四、职责分工(一)县农业农村局:负责秸秆还田技术指导和农机调度。(二)县公安局:负责依法查处焚烧秸秆行为。"
            "(三)县生态环境局:负责卫星火点的核查通报。")
    assert owners(tmp_path, text) == [["县农业农村局"], ["县公安局"], ["县生态环境局"]]


def test_sectors_as_owners_with_their_heading_in_the_paragraph(tmp_path):
    text = ("五、职责分工(一)农业部门:要采取有效措施,引导农民秸秆还田,推广综合利用新技术。"
            "(二)公安部门:对蓄意焚烧秸秆的行为人依法予以打击。(三)交通运输部门:负责高速公路沿线的巡查。")
    assert owners(tmp_path, text) == [["农业部门"], ["公安部门"], ["交通运输部门"]]


def test_a_districts_blocks_with_ascii_brackets_colons_and_spaces(tmp_path):
    text = ("三、职责分工 (1)区城管局: 负责露天焚烧垃圾的巡查处置; (2)区公安分局: 负责对违法焚烧行为依法查处; "
            "(3)各街道办事处: 负责辖区内的日常巡查。")
    assert owners(tmp_path, text) == [["区城管局"], ["区公安分局"], ["各街道办事处"]]


def test_a_provinces_blocks_with_full_width_marks(tmp_path):
    text = ("二、部门职责（一）省农业农村厅：负责全省秸秆综合利用的统筹指导；（二）省生态环境厅：负责禁烧工作的监督检查；"
            "（三）省公安厅：负责指导各地依法查处焚烧行为。")
    assert owners(tmp_path, text) == [["省农业农村厅"], ["省生态环境厅"], ["省公安厅"]]


def test_a_citys_blocks_in_a_line_after_the_heading_line(tmp_path):
    text = ("四、职责分工\n(一)市农业农村局:负责秸秆还田技术指导。(二)市公安局:负责依法打击焚烧行为。"
            "(三)市气象局:负责发布禁烧气象条件预报。\n")
    assert owners(tmp_path, text) == [["市农业农村局"], ["市公安局"], ["市气象局"]]


# ------------------------------------------------------------------ what stays as it is

def test_headings_whose_names_are_no_units_stay_ownerless(tmp_path):
    text = ("(一)指导思想:按照上级部署,坚持属地管理、源头控制。(二)工作目标:全镇范围内实现秸秆零焚烧。"
            "(三)工作原则:疏堵结合,综合利用。")
    assert ownerless(tmp_path, text)


def test_a_leading_groups_member_list_is_no_task(tmp_path):
    text = ("三、组织机构成立工作领导小组,组长:镇长,副组长:分管副镇长,成员:农业办、派出所、环保所。"
            "四、职责分工(一)农业办:负责秸秆还田技术推广。(二)派出所:负责依法查处焚烧行为。")
    tasks = [t for t in tasks_of(tmp_path, text) if t[1] or t[2] or t[3]]
    assert [t[2] for t in tasks] == [["农业办"], ["派出所"]]
    assert all("组长" not in t[0] for t in tasks)


def test_a_plans_own_numbered_items_with_blank_lines_are_not_joined(tmp_path):
    text = ("1、镇农业办负责秸秆还田技术推广。\n\n2、镇派出所负责依法查处焚烧秸秆行为。\n\n"
            "3、各村委会负责本村的日常巡查。\n")
    assert owners(tmp_path, text) == [["镇农业办"], ["镇派出所"], ["各村委会"]]


def test_a_topic_after_one_units_block_is_no_units(tmp_path):
    # one block after the heading, a topic '(二)宣传引导:' after it: each its own item, the topic no owner
    text = "四、职责分工(一)县应急管理局:负责统筹协调。(二)宣传引导:各村要广泛宣传禁烧政策。"
    tasks = tasks_of(tmp_path, text)
    # (the group after the topic's colon owns its concrete duty: a subject after a title's colon, unseen w1324)
    assert [(t[0][:6], t[2]) for t in tasks] == [("县应急管理局", ["县应急管理局"]), ("宣传引导:各", ["各村"])]
