"""A scanned book's text layer (a 志 or 年鉴 in a flip-book copy; issue 15, blind w316): the printed
lines kept as they wrap, each a page line long, and a blank line every few lines wherever it falls,
inside a sentence or a unit's name ("…武警中队、信访" / blank / "局、司法局参与…"). The blank lines
of such a copy join what they split; a plan's own blank lines, after a paragraph's end, still part
paragraphs. And a lead named in a clause of its own after a leader's post ("由副县长任组长,县公安局牵头、
A、B参与…"). Pages written for the class, with other units and widths than the page that showed it."""
from __future__ import annotations

from ledger.extraction.blocks import TextLine
from ledger.extraction.outline import wraps_over_blank_lines

from test_extraction_prose_classes import roles_of, tasks_of

BOOK_PAGE = """Page 88 - 某县防汛抗旱志
P. 88

        (2)转移安置组。
        由县人民政府分管应急的副县长任组长,县应急管理局牵头,各乡镇及时组织受威胁群众转移到

    安全地带,妥善安排好转移群众的基本生活。县民政局负责筹集、调运帐篷、衣被等救灾物资,做好受灾
    群众的临时救助工作。县住房和城乡建设局、县交通运输局、县水务局等部门负责排查受损房屋和道
    路,及时组织抢修。县卫生健康局要做好灾区卫生防疫工作,防止疫情发生和蔓延,开展心理疏导和

    医疗救治。县教育体育局要组织好受灾学校师生的转移,尽快恢复正常教学秩序,确保师生安全。县
    财政局负责落实救灾资金,加强资金监管。
        (3)治安保卫组。
        由县人民政府副县长、县公安局局长任组长,县公安局牵头、县武警中队、县司法局、县信访

    局参与,加强灾区治安管理,严厉打击各类违法犯罪活动,维护灾区社会稳定。
"""


def test_a_book_pages_blank_lines_inside_sentences_join_them(tmp_path):
    got = [(lead, resp, coop) for _text, lead, resp, coop in tasks_of(tmp_path, BOOK_PAGE)]
    assert (["县应急管理局"], [], []) in got
    assert ([], ["县住房和城乡建设局", "县交通运输局", "县水务局"], []) in got
    assert ([], ["县卫生健康局"], []) in got
    assert ([], ["县教育体育局"], []) in got
    assert (["县公安局"], [], ["县武警中队", "县司法局", "县信访局"]) in got
    assert not any(text.startswith(("安全地带", "医疗救治", "局参与")) for text, *_ in tasks_of(tmp_path, BOOK_PAGE))


def lines(*texts: str) -> list[TextLine]:
    out, blank = [], False
    for n, text in enumerate(texts, 1):
        if text:
            out.append(TextLine(text, n, False, blank))
        blank = not text
    return out


FULL = "各乡镇要按照属地管理原则组织力量开展隐患排查整治工作并建立"  # a line to the margin, its sentence open


def test_blank_lines_after_paragraph_ends_are_the_plans_own():
    plan = lines("一、工作目标", "", FULL + "台账。", "", FULL + "制度。", "", "二、工作措施", "", FULL + "机制。")
    assert not wraps_over_blank_lines(plan)


def test_one_blank_line_inside_a_sentence_is_not_a_book_page():
    plan = lines(FULL, "", "长效机制。", "", FULL + "台账。", "", FULL + "制度。")
    assert not wraps_over_blank_lines(plan)


def test_blank_lines_that_open_items_are_the_plans_own():
    plan = lines(FULL, "", "（一）加强组织领导。", FULL, "", "（二）强化督促检查。", FULL, "", "（三）严肃追责问责。")
    assert not wraps_over_blank_lines(plan)


def test_blank_lines_inside_sentences_of_a_book_page():
    plan = lines(FULL, "", FULL, "短句。", FULL, "", FULL + "。")
    assert wraps_over_blank_lines(plan)


def test_a_lead_clause_with_its_partners_after_a_leaders_post():
    assert roles_of("由市人民政府副市长任组长,市交通运输局牵头、市公安局、市应急管理局参与,开展道路隐患排查。") == [
        {"lead": ["市交通运输局"], "cooperating": ["市公安局、市应急管理局"]}]
