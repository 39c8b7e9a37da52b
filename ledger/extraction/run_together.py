"""A page that lost its line breaks: one long line holding a plan's items and owner
labels, cut back into its paragraphs (``split_run_together``). Used on the lines of a
text file as read, and again on a paragraph that wrapped lines were joined into.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..numerals import cn_int
from ..roster import split_cell
from .markers import LABEL_RE, MAX_OWNER_TEXT, OWNER_ROLES, bracket_spans, is_group, label_role, list_units, looks_like_unit
from .names import GROUP_END_RE
from .owner_lists import cut

# A page that lost its line breaks: items and owner labels after a space inside one long line.
RUN_TOGETHER_MARK = re.compile(r"(?<=\S)[ \u3000]+(?=(?:第[一二三四五六七八九十百零〇]{1,5}条[ \u3000]?|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)])"
                               r"\S|(?:牵头|责任|配合|协办)(?:单位|部门)\s*[:：])")
RUN_TOGETHER_MIN = 300


def split_run_together(line: str, wrapped: bool = False) -> list[str]:
    """A long line holding several numbered items (and their 责任单位: labels), each
    after a space, as scraped pages run a plan's paragraphs together: one line each.
    Two items at least, so that a sentence with a space before "1." stays whole;
    ``wrapped``: a paragraph joined from a PDF's wrapped lines, where one is enough.
    A line of units' blocks ('<unit>:<duties>' after spaces, two at least) is cut at each
    block however short it is."""
    pieces = [piece for part in split_marked_blocks(line) for piece in _split_items(part, wrapped)]
    return [cut for piece in pieces for cut in _after_deadline(piece)] if len(pieces) > 1 else pieces


# "整改责任单位:县市场监管局 整改时限:2021年8月13日前 操作间存在鼠粪…": an owner label's fields, the deadline's
# value (no space in it) and, after a space, the next problem's text (unseen w424).
DEADLINE_THEN_TEXT = re.compile(r"(?:完成|整改|办结)(?:时限|期限|时间)\s*[:：]\s*\S+?[ \u3000]+"
                                r"(?=[^\s(（【\[]|[(（](?:来源|编辑|作者|记者))")  # a news item's source after the last one


def _after_deadline(piece: str) -> list[str]:
    """An owner label's piece of a run-together line cut after its deadline field when text follows it."""
    found = DEADLINE_THEN_TEXT.search(piece) if LABEL_CUT.match(piece) else None
    if found is None or LABEL_RE.match(piece, found.end()):
        return [piece]
    return [piece[:found.end()].strip(), piece[found.end():].strip()]


def _split_items(line: str, wrapped: bool) -> list[str]:
    duty = _duty_block_cuts(line)
    if duty:  # "…范围内的企业等。区经委、区安监局等部门:负责…": the block's units head its duty, not the sentence before
        bounds = [0, *duty, len(line)]
        return [part for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()
                for part in _split_items(line[a:b].strip(), wrapped)]
    glued = _title_glued_to_block(line)
    blocks = sorted(set(unit_block_cuts(line)) | set(_stop_block_cuts(line)) | ({glued.end()} if glued else set()))
    title = TITLE_BEFORE_BLOCK.match(line) or glued
    run_of_blocks = len(blocks) >= 2 or bool(blocks) and (starts_with_unit_block(line)
                                                          or bool(title) and blocks[0] == title.end())
    articles = [] if run_of_blocks else _article_cuts(line)
    if articles:
        bounds = [0, *articles, len(line)]
        return [part for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()
                for part in _split_items(line[a:b].strip(), wrapped)]
    numbered_on = (_numbered_on(line) or _numbered_after_heading(line) or _headed_items(line)
                   or _duties_after_a_sentence(line))
    if numbered_on:  # "1、负责…。 2、负责…": an item's line holding the next ones (unseen w792)
        bounds = [0, *numbered_on, len(line)]
        return [line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]
    if len(line) < RUN_TOGETHER_MIN and not run_of_blocks and not wrapped and not _labels_repeated(line):
        return [line]
    cuts = [m.start() for m in RUN_TOGETHER_MARK.finditer(line)]
    items = [c for c in cuts if not re.match(r"\s*(?:牵头|责任|配合|协办)", line[c:])]
    if run_of_blocks and not LABEL_CUT.search(line):  # units' blocks of duties: a block's numbered duties stay in
        bounds = [0, *(c for c in cuts if c < blocks[0]), *blocks, len(line)]  # it, as its one task
        return [line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]
    if run_of_blocks:  # "城东区: 1.…;2.…。整改责任单位:… 西湖区: 1.…": places heading problems whose owners are labelled
        bounds = [0, *sorted(set(cuts) | set(blocks)), len(line)]  # (probe s94): cut at each; a place's items counted
        pieces = [line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]  # anew in its piece
        return [part for piece in pieces for part in _cut_items(piece)]
    if len(line) >= RUN_TOGETHER_MIN and len(items) >= 2:
        cuts = sorted(set(cuts) | {c for c in sequence_cuts(line) if not _space_before(line, c, cuts)})
    if len(items) < (1 if wrapped else 2):
        if len(line) < RUN_TOGETHER_MIN:
            return [line]
        cuts = sequence_cuts(line)
        if len([c for c in cuts if not LABEL_CUT.match(line, c)]) < 2:
            return [line]
    bounds = [0, *cuts, len(line)]
    pieces = [line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]
    pieces = [q for p in pieces for q in (_split_items(p, wrapped) if len(pieces) > 1 and _title_glued_to_block(p) else [p])]
    if not LABEL_CUT.search(line):
        return pieces
    # "第1片区: 1.…;2.…;3.…。整改责任单位:…": a list that starts again after a label, its items counted in its piece
    return [part for piece in pieces for part in (_cut_items(piece) if FIRST_ITEM.match(piece) else [piece])]


ITEM_OPENING = re.compile(r"\s*(\d{1,4})\s*[、.．](?=\S)")
NEXT_ITEM = re.compile(r"(?<=[。；;])[ \u3000]*(\d{1,4})\s*[、.．](?=[\u4e00-\u9fff“《])")


def _numbered_on(line: str) -> list[int]:
    """Where a line that opens with item n holds items n+1, n+2 … after a sentence's end, a space or none ('1、负责…。 2、
    负责…', '1、负责…。2、整治…', unseen w2055); [] when it holds none or their numbers do not follow on."""
    first = ITEM_OPENING.match(line)
    return [m.start(1) for m in _items_following(line, int(first.group(1)) + 1)] if first else []


HEADING_SENTENCE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;\n]{1,40}[。；;]")


def _numbered_after_heading(line: str) -> list[int]:
    """Where a heading's line (一、 or （一） and its sentence, ``HEADING_SENTENCE``) holds items 1, 2 … right after it
    ('二、务必加大管控力度。1.要锚定目标…。2.要全面摸排…', unseen w2702): the items from 1 on, in order, two at least;
    [] otherwise."""
    heading = HEADING_SENTENCE.match(line)
    found = _items_following(line, 1) if heading else []
    return [m.start(1) for m in found] if len(found) >= 2 and found[0].start() == heading.end() else []


def _items_following(line: str, expected: int) -> list[re.Match[str]]:
    """The items after a sentence's end in ``line`` (``NEXT_ITEM``), numbered ``expected``, ``expected`` + 1 … in
    order; [] when their numbers do not follow on."""
    found = list(NEXT_ITEM.finditer(line))
    return found if all(int(m.group(1)) == expected + k for k, m in enumerate(found)) else []


# A unit heading its numbered duties on one line: "消防办公室:1.向乡政府提出…。2.对本行政区域内…" (unseen w808), "某市
# 信访局主要职责:(一)负责处理…。(二)承办…" (unseen w855, a body's page): the units, their duties' words, the first item.
_ITEM = r"(?:(?P<a>\d{1,4})\s*[、.．]|[（(](?P<b>\d{1,4}|[一二三四五六七八九十]{1,3})[）)]|(?P<c>[一二三四五六七八九十]{1,3})、)"
HEADED_FIRST = re.compile(r"(?:第[一二三四五六七八九十百]{1,5}条\s*)?([^，,。；;：:\s]{2,30}?(?:[，,、][^，,。；;：:\s]{2,30}?)?)"
                          r"(?:(?:的?(?:主要)?(?:工作)?(?:职责|职能))?(?:是|为|如下|包括)?[:：]|的?(?:主要)?(?:工作)?(?:职责|职能))\s*"
                          + _ITEM + r"(?=[\u4e00-\u9fff“《])")
# (an article's number before the unit, and no colon after its duties' word: "第四条联席会议的主要职责(一)贯彻落实…;(二)…",
# unseen w1682)
NEXT_ITEM_AFTER_STOP = re.compile(r"(?<=[。；;])\s*" + _ITEM + r"(?=[\u4e00-\u9fff“《])")


def _item_number(m: re.Match[str]) -> tuple[str, int | None]:
    """An item mark's style ('a' 1. 1、, 'b' (一) (1), 'c' 一、) and its number."""
    style = next(k for k in "abc" if m.group(k))
    return style + ("cn" if style == "b" and not m.group(style).isdigit() else ""), cn_int(m.group(style))


def _headed_items(line: str) -> list[int]:
    """Where a line that opens with a unit's name (or two, a body's two names) and a colon, then item 1, holds items
    2, 3 … of the same style after a sentence's end cuts: after the colon (the heading alone, as on a line of its own)
    and at each item; [] when the head is no unit's, or no item 2 follows, or the items do not follow on in order."""
    head = HEADED_FIRST.match(line)
    if head is None or not all(looks_like_unit(u) for u in re.split(r"[，,、]", head.group(1))):
        return []
    style, first = _item_number(head)
    if first != 1:
        return []
    colon = _colon_end(line, head)
    found = _items_after(line, head.end(), style, 2, damaged_from=colon)
    if found is None:
        return []
    items, expected = found
    return [colon, *items] if expected > 2 or DUTIES_HEADED.match("。" + line, 1) else []  # (one duty: a unit's duties
    # heading cut out of a run of units' headings, '…。县公安局职责:1、负责交通秩序整治。', the probe)


def _items_after(line: str, pos: int, style: str, expected: int,
                 damaged_from: int | None = None) -> tuple[list[int], int] | None:
    """Where items ``expected``, ``expected`` + 1 … of ``style`` open after a sentence's end from ``pos`` on, and the
    number the next would have; None when one is out of order. With ``damaged_from`` (where the run's cuts start), an
    item whose mark the scrape damaged in place is let pass ("(二)…;(S)…;(四)…", unseen w1682). Items of another style
    are sub-items inside an item ("(一)…:1.…;2.…。(二)…")."""
    cuts: list[int] = []
    for m in NEXT_ITEM_AFTER_STOP.finditer(line, pos):
        kind, number = _item_number(m)
        if kind != style:
            continue
        last = cuts[-1] if cuts else damaged_from
        if number != expected and not (damaged_from is not None and number == expected + 1
                                       and DAMAGED_MARK.search(line, last, m.start())):
            return None
        cuts.append(m.start() + len(m.group()) - len(m.group().lstrip()))
        expected = number + 1
    return cuts, expected


# '…。主要职责是:(一)…' inside a line: the duties a body's sentence before it introduces, their items run on after it.
DUTIES_AFTER_A_SENTENCE = re.compile(r"[。；;]\s*(?:其|该[\u4e00-\u9fff]{1,6})?的?(?:主要)?(?:工作)?(?:职责|职能)(?:是|为|如下|包括)?[:：]\s*"
                                     r"(?=" + _ITEM + r")")


def _duties_after_a_sentence(line: str) -> list[int]:
    """'新昌县茶叶站贯彻落实…。主要职责是:(一)承担…。 (二)组织…' (unseen w2235, a body's page on one line): cut after the
    colon and at each item of the run, as on lines of their own; [] when no run of two items at least follows."""
    found = DUTIES_AFTER_A_SENTENCE.search(line)
    if found is None:
        return []
    tail = line[found.end():]
    items = _numbered_on(tail) or _marked_items_on(tail)
    return [found.end()] + [found.end() + c for c in items] if items else []


FIRST_MARKED_ITEM = re.compile(r"\s*" + _ITEM + r"(?=[\u4e00-\u9fff“《])")


def _marked_items_on(line: str) -> list[int]:
    """Where a line that opens with item n in brackets or with 、 ('(一)承担…。 (二)组织…。(三)…', unseen w2235: a body's
    duties after '主要职责是:' on one line, ``_duties_after_a_sentence``) holds items n+1, n+2 … of its style after a
    sentence's end; [] when it holds none or their numbers do not follow on (``_numbered_on`` reads '1、…。2、…'). Not
    applied to any line: a line of items in brackets may hold units' blocks, read as such (``_split_items``)."""
    first = FIRST_MARKED_ITEM.match(line)
    if first is None or first.group("a"):
        return []
    style, number = _item_number(first)
    found = _items_after(line, first.end(), style, number + 1)
    return found[0] if found is not None else []


# An item's mark damaged in place after a sentence's end, one character in its brackets that is no number ("…;(S)协调…").
DAMAGED_MARK = re.compile(r"(?<=[。；;])\s*[（(][A-Za-z][）)](?=[\u4e00-\u9fff])")


def _colon_end(line: str, head: re.Match[str]) -> int:
    """Just past the heading's colon, or where its first item's mark starts when it has none."""
    colon = max(line.rfind(":", head.start(), head.end()), line.rfind("：", head.start(), head.end()))
    if colon >= 0:
        return colon + 1
    name = next(k for k in "abc" if head.group(k))
    return head.start(name) - (name == "b")  # (一): its bracket before the number


ARTICLE = re.compile(r"第([一二三四五六七八九十百千零〇]{1,6})条(?![之款项的规所中、，,和及至])")
# A chapter's heading run into its first article ("…完成情况。第二章规划和计划第九条省林业…", blind w504).
CHAPTER = re.compile(r"第[一二三四五六七八九十]{1,3}章[\u4e00-\u9fff、和与及]{1,16}?(?=第[一二三四五六七八九十百零〇]{1,5}条)")


def _article_cuts(line: str) -> list[int]:
    """A regulation's articles run together however short the line ("…的区域。第三条城市市容…原则。第四条市、县
    人民政府应当…", unseen w616): where each article after a sentence's end starts, and a chapter's heading
    before its first one. Not a reference to one ("…。第五条规定", "第五条所称", "第五条、第六条", "第五条中")."""
    cuts = {m.start() for m in ARTICLE.finditer(line) if m.start() > 0 and line[m.start() - 1] in SENTENCE_END + "，,"}
    # (after a comma too: a page that lost its stops, '…有关的工作,第七条承储…单位具体负责…', unseen w1186; a reference
    # to an article is no cut: '第五条规定', '依照第五条,')
    for m in CHAPTER.finditer(line):
        if m.start() > 0 and line[m.start() - 1] in SENTENCE_END:
            cuts |= {m.start(), m.end()}
    return sorted(cuts)


def _labels_repeated(line: str) -> bool:
    """An owner label of one kind twice in a line ("…整改责任单位:A 整改时限:… 第2片区: 1.…整改责任单位:B"): two tasks'
    annotations at least, however short the line (a lead and its partners, 牵头单位:A；配合单位:B, are one)."""
    roles = [label_role(m.group(1)) for m in LABEL_CUT.finditer(line)]
    return any(roles.count(r) >= 2 for r in OWNER_ROLES)


FIRST_ITEM = re.compile(r"(?:1|一)[.．、]|[（(](?:1|一)[）)]")


def _cut_items(piece: str) -> list[str]:
    cut = [0, *_items_in(piece), len(piece)]
    return [piece[a:b].strip() for a, b in zip(cut, cut[1:]) if piece[a:b].strip()]


def _items_in(piece: str) -> list[int]:
    """Where the items of ``piece`` after its first start ("1.…;2.…;3.…": 2. and 3.), counted from its own 1."""
    return [c - 1 for c in sequence_cuts(" " + piece) if c > 1]


# "…。 市规划局:做好…;统筹…。 市住建局:负责…": a unit's block of duties after a space, a sentence's
# end before it or not ("镇党政办:发布信息和宣传相关救灾新闻报道 安监所:收集、汇总…", blind w232).
UNIT_BLOCK = re.compile(r"(?<=\S)[ \u3000]+(?=[.．]?([\u4e00-\u9fff（）()、，,]{2,30})\s*[:：])")
UNIT_AT_START = re.compile(r"([\u4e00-\u9fff（）()、]{2,30})\s*[:：]")


# A units' block after a sentence's end with no space, its duty opening with 负责 ("…等。区经委、区安监局等部门:负责…").
DUTY_BLOCK = re.compile(r"(?<=[。；;])([\u4e00-\u9fff（）()、]{2,40})\s*[:：]\s*(?=负责)")
# A unit's heading of its numbered duties after a sentence's end, item 1 right after it ('…。市综合执法局职责:1、负责…').
DUTIES_HEADED = re.compile(r"(?<=[。；;])\s*([\u4e00-\u9fff（）()、]{2,30}?)的?(?:主要)?(?:工作)?(?:职责|职能)(?:是|为|如下|包括)?\s*[:：]\s*"
                           r"(?=(?:1|一)\s*[、.．]|[（(](?:1|一)[）)])")
# A body's block after a stop, a space or none, whatever its duty opens with ('…记录管理. 区安监局:负责…', '…督办。
# 区商务局:配合做好…', unseen w1000): named bodies only, not a zone or a place ('…;控制区:次干道…') nor inside a bracket.
STOP_BLOCK = re.compile(r"(?:(?<=[。；;])|(?<=[\u4e00-\u9fff][.．]))\s*([\u4e00-\u9fff、]{2,40})\s*[:：](?=\s*[\u4e00-\u9fff])")


def _duty_block_cuts(line: str) -> list[int]:
    """Where each units' block that heads its duty after a sentence's end starts (unseen w632), or a unit's heading of
    numbered duties does ('…。市综合执法局职责:1、负责…', unseen w2055)."""
    return sorted([m.start() for m in DUTY_BLOCK.finditer(line) if _names_units(m.group(1))]
                  + [m.start(1) for m in DUTIES_HEADED.finditer(line) if _names_units(m.group(1))])


def _stop_block_cuts(line: str) -> list[int]:
    """Where each body's block after a stop starts (``STOP_BLOCK``; unseen w1000), a block of a run as those after a
    space are; none inside a round bracket (the line's brackets found once, ``markers.bracket_spans``)."""
    found = [m for m in STOP_BLOCK.finditer(line) if _names_bodies(m.group(1))]
    spans = [(s, e) for s, e in bracket_spans(line) if line[s] in "（("] if found else []
    return [m.start(1) for m in found if not any(s < m.start() < e for s, e in spans)]


# An item's short title before a space and the first unit's block ('(三)部门职责 县教育局:负责…', unseen w1000): the title
# is no part of the block (nor the block of the title, whose owner the next block's unit would then be).
TITLE_BEFORE_BLOCK = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
                                r"[^，,。；;：:\s]{1,20}(?=[ \u3000])")


def holds_unit_block(text: str) -> bool:
    """Whether ``text`` holds a '<unit>:' block heading its duties: at its start, after a space or after a stop."""
    return starts_with_unit_block(text) or bool(unit_block_cuts(text) or _stop_block_cuts(text) or _duty_block_cuts(text))


def _names_bodies(text: str) -> bool:
    """``_names_units``, each piece a body's name: no group, zone or place ('严控区', '各部门', '东城区')."""
    return _names_units(text) and not any(GROUP_END_RE.search(p) or is_group(p) for p in list_units(text))


# An item's title of duties run straight into the first unit's block ("(二)明确部门监督管理职责县安监局:负责本行业…",
# unseen w1680): the title ends at its 职责/分工, the block opens with the unit.
TITLE_GLUED = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])"
                         r"[^，,。；;：:\s]{1,18}(?:职责|分工)(?=([\u4e00-\u9fff（）()、]{2,30}?)\s*[:：])")  # (the longest
# title: "明确职责任务分工县应急管理局:…", blind w920)


def _title_glued_to_block(line: str) -> re.Match[str] | None:
    m = TITLE_GLUED.match(line)
    return m if m is not None and _names_units(m.group(1)) else None


def unit_block_cuts(line: str) -> list[int]:
    """Where each '<unit>:' block starts in a line that runs a list of units' duties together."""
    return [m.start() for m in UNIT_BLOCK.finditer(line) if _names_units(m.group(1))]


def starts_with_unit_block(line: str) -> bool:
    """The line opens with a '<unit>:' block ("县发改局:负责…")."""
    m = UNIT_AT_START.match(line)
    return m is not None and _names_units(m.group(1))


# "…五、职责分工(一)农业部门:要采取…(二)公安部门:对…": item marks in sequence inside one paragraph,
# opening units' blocks (blind w278, a preview's run-on page).
PAREN_MARK = re.compile(r"[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]\s*")
# A part heading run straight into the first block: "…。四、职责分工" before "(一)…".
HEADING_BEFORE = re.compile(r"(?<![一二三四五六七八九十第])(?:第[一二三四五六七八九十]{1,3}(?:部分|章)|[一二三四五六七八九十]{1,3}、)"
                            r"[^。；;！!？?：:，,、()（）\s]{1,20}\s*$")
HEADING_REACH = 26  # characters before a first block a part heading may start


def split_marked_blocks(text: str) -> list[str]:
    """A paragraph whose bracketed item marks in sequence ((一)(二) …, (1)(2) …) open units'
    blocks ('(一)农业部门:…(二)公安部门:…'; two blocks, or one right after a part heading run into
    it) cut at each mark of that kind, and before that heading; a block's duties stay in it,
    as its one task. A '(一)指导思想:…' list, no block naming a unit, stays whole."""
    marks = _marks_in_sequence(text)
    owned = [(at, kind) for at, end, kind in marks if starts_with_unit_block(text[end:end + UNIT_REACH])]
    if not owned:
        return [text]
    first, kind = owned[0]
    head = HEADING_BEFORE.search(text, max(0, first - HEADING_REACH), first)
    if len(owned) < 2 and head is None:
        return [text]
    bounds = [0, *([head.start()] if head and head.start() > 0 else []),
              *(at for at, _, k in marks if k == kind and at > 0), len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


UNIT_REACH = 40  # characters after a mark a unit's name and its colon stand within


def _marks_in_sequence(text: str) -> list[tuple[int, int, bool]]:
    """The bracketed item marks of ``text`` (start, end, arabic or not) that follow the one before
    of their kind by one, or are followed so by the next of their kind."""
    found = [(m.start(), m.end(), m.group(1).isdigit(), _value(m.group(1))) for m in PAREN_MARK.finditer(text)]
    kept: list[tuple[int, int, bool]] = []
    for kind in (False, True):
        own = [f for f in found if f[2] == kind]
        for k, (at, end, _, value) in enumerate(own):
            if k and own[k - 1][3] == value - 1 or k + 1 < len(own) and own[k + 1][3] == value + 1:
                kept.append((at, end, kind))
    return sorted(kept)


def _value(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else cn_int(numeral) or 0


def _names_units(text: str) -> bool:
    """Every piece of ``text`` a unit, places named bare before the level and body they share
    counted as theirs ('东湖、西城、南岭区人民政府：负责…', s60's probe; markers.list_units). An owner
    label ("整改责任单位:", 责任部门) names none: it is a label over the units after it (unseen w424)."""
    if LABEL_RE.fullmatch(text.strip() + "："):
        return False
    return all(looks_like_unit(p) for p in list_units(text) or [""])


def _space_before(line: str, at: int, cuts: list[int]) -> bool:
    """``at`` is a mark right after one of ``cuts`` (a cut before the spaces that precede it)."""
    k = bisect_right(cuts, at)  # the nearest cut at or before it is enough (``cuts`` in order): one per mark, not all
    return k > 0 and not line[cuts[k - 1]:at].strip()


def cut_after_owner_lists(text: str) -> list[str]:
    """A paragraph shorter than a page's run-together line, cut where an item mark follows
    an owner label's list ("…责任科室:县总医院、县妇幼保健院(2)创建目标…": the list cannot
    go on into it), and at the other item marks and labels in sequence with it."""
    cuts = sequence_cuts(text) if LABEL_CUT.search(text) else []
    labels = label_spans(text) if cuts else []
    if not any(after_owner_list(text, c, labels) and not LABEL_CUT.match(text, c) for c in cuts):
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


# The same without the spaces ("…负责）2.加强…", "…专班2.规模上…"): item marks are told from
# numbers in the text by their sequence (1. 2. 3., 一、二、, （一）（二）), owner labels by their
# words; nothing inside a bracket is cut.
SEQUENCE_MARK = re.compile(r"(?P<article>(?<![见按照据依和及、至])第[一二三四五六七八九十百零〇]{1,5}条(?![之款项的规]))"
                           r"|(?P<cn>(?<![一二三四五六七八九十第])[一二三四五六七八九十]{1,3}、)"
                           r"|(?P<cn_paren>[（(][一二三四五六七八九十]{1,3}[）)])"
                           r"|(?P<num>(?<![\d.．])(?<!\d[.．])\d{1,4}[.．﹒、](?![\d.．%])|(?<=[\u4e00-\u9fff][.．])\d{1,4}[.．﹒、](?![\d.．%]))"
                           r"|(?P<num_paren>[（(]\d{1,4}[）)])")
SEQUENCE_LEVELS = ("article", "cn", "cn_paren", "num", "num_paren")
LABEL_CUT = re.compile(rf"(?<!牵头)(?<!协同)(?<!配合){LABEL_RE.pattern}")
BOUNDARY = "。；;！!？?：:）)】」”"
BRACKET_SPAN = 150  # an annotation's bracket closes within this many characters


def sequence_cuts(line: str) -> list[int]:
    """Where a line that lost its breaks starts each item and owner label: an item mark
    continues its level's sequence (2. after 1.); a first one follows a sentence's end or
    a space, or comes right after a heading of a higher level, or else is followed by the
    second of its level before another first ("…任务分解一、…二、", not "统一、…"). A label
    follows any text."""
    opened: list[int] = []  # where the brackets still open began (one left open by a lost 〕 is let go)
    depths = []
    for i, ch in enumerate(line):
        opened = [k for k in opened if i - k <= BRACKET_SPAN]
        depths.append(len(opened))
        if ch in "（(〔【[":
            opened.append(i)
        elif ch in "）)〕】]" and opened:
            opened.pop()
    cuts: list[int] = []
    labels = label_spans(line)
    marks: list[tuple[int, int, str, int]] = []  # (start, end, level name, value)
    for m in re.finditer(f"{SEQUENCE_MARK.pattern}|(?P<label>{LABEL_CUT.pattern})", line):
        if depths[m.start()] or m.start() == 0:
            continue
        if m.lastgroup == "label":
            cuts.append(m.start())
            continue
        raw = re.sub(r"[^\d一二三四五六七八九十百零〇]", "", m.group())
        marks.append((m.start(), m.end(), m.lastgroup, _value(raw)))
    last: dict[str, int] = {}
    heading = -1  # where the text of the last accepted mark starts
    for k, (start, end, name, value) in enumerate(marks):
        level = SEQUENCE_LEVELS.index(name)
        if value != last.get(name, 0) + 1 and _resumes(line, marks, k, last, heading, labels):
            last[name] = value - 1  # the items between were left out of this copy: the sequence goes on here
        titled = _titled_list(line, marks, k) if value == 1 and name in last else None
        restart = value == 1 and name in last and (_new_list(line, marks, k, labels) or titled is not None)
        if restart and titled is not None:
            cuts.append(titled)  # "…报告。防汛办主要职责1、贯彻…": the new list's title is a paragraph of its own
        if value != last.get(name, 0) + 1 and not restart and (name in last or not _mid_sequence(line, marks, k)):
            continue
        prev = line[start - 1]
        after_heading = heading >= 0 and "。" not in line[heading:start] and all(
            SEQUENCE_LEVELS.index(n) < level for n in last)
        if value == 1 and not (prev in BOUNDARY or prev.isspace() or after_heading):
            following = next((v for _, _, n, v in marks[k + 1:] if n == name and v in (1, 2)), None)
            if following != 2:
                continue
        cuts.append(start)
        last = {n: v for n, v in last.items() if SEQUENCE_LEVELS.index(n) < level} | {name: value}
        heading = end
    return sorted(cuts + row_cuts(line))


def _mid_sequence(line: str, marks: list[tuple[int, int, str, int]], k: int) -> bool:
    """A text that starts mid-document ("…有效开展。(三)开展专项整治。…(四)加强…"): the first
    mark of its level seen need not be the first of the plan when it follows a sentence's
    end and the next of its level does too."""
    start, _, name, value = marks[k]
    if name == "article":  # 第十九条 … 第二十条: article marks say what they are wherever they stand
        return any(n == name and v == value + 1 for _, _, n, v in marks[k + 1:])
    return line[start - 1] in SENTENCE_END and any(
        n == name and v == value + 1 and line[s - 1] in SENTENCE_END for s, _, n, v in marks[k + 1:])


SENTENCE_END = "。；;！!？?"
def _resumes(line: str, marks: list[tuple[int, int, str, int]], k: int, last: dict[str, int], heading: int,
             labels: list[tuple[int, int]]) -> bool:
    """A mark past the next of its level, in a copy that left items out (a page's preview):
    it follows an owner label's list ("…责任科室(单位):县总医院、县妇幼保健院4.开展…"), or it
    is the first of its level under a heading of a higher level and the next of its level
    follows it ("1.开展市容环境整治(2)创建目标…(3)…")."""
    start, _, name, value = marks[k]
    if value <= last.get(name, 0):
        return False
    if after_owner_list(line, start, labels):
        return True
    level = SEQUENCE_LEVELS.index(name)
    under = name not in last and last and heading >= 0 and "。" not in line[heading:start] and all(
        SEQUENCE_LEVELS.index(n) < level for n in last)
    return bool(under) and any(n == name and v == value + 1 for _, _, n, v in marks[k + 1:])


# A short title between a sentence's end and a list's first mark ("…向上级报告。防汛办主要职责1、…").
TITLE_BEFORE = re.compile(r"[。；;！!？?]\s*([\u4e00-\u9fff（）()、]{2,20})\s*$")


def _titled_list(line: str, marks: list[tuple[int, int, str, int]], k: int) -> int | None:
    """Where the title of a new list starts: a first mark of a level already seen after a short title that
    follows a sentence's end, the second of its level after it (unseen w631: '…6、重大情况须及时向上级报告。
    防汛办主要职责1、贯彻实施…2、…'); None for any other first mark."""
    start, _, name, _ = marks[k]
    if not any(n == name and v == 2 for _, _, n, v in marks[k + 1:]):
        return None
    title = TITLE_BEFORE.search(line, max(0, start - 24), start)
    return title.start(1) if title else None


def _new_list(line: str, marks: list[tuple[int, int, str, int]], k: int, labels: list[tuple[int, int]]) -> bool:
    """A first mark of a level already seen that opens a new list: it follows an owner
    label's list and a short heading run into it ("…责任部门:园林局配合做好专项整治工作(一)配合区
    执法局…"), and the second of its level follows it."""
    start, _, name, _ = marks[k]
    label_end = _last_label_end(labels, start)
    if label_end is None or not any(n == name and v == 2 for _, _, n, v in marks[k + 1:]):
        return False
    units, heading = cut(line[label_end:start].strip())
    return bool(units) and 0 < len(heading) <= 20 and not re.search(f"[{SENTENCE_END}]", heading)


def after_owner_list(line: str, start: int, labels: list[tuple[int, int]] | None = None) -> bool:
    """The text before ``start`` ends with an owner label and its list of units only
    ("…责任科室(单位):县总医院、县妇幼保健院" before "(3)…"); ``labels``: the line's ``label_spans``."""
    label_end = _last_label_end(label_spans(line) if labels is None else labels, start)
    owners = line[label_end:start].strip() if label_end is not None else ""
    return bool(owners) and len(owners) <= MAX_OWNER_TEXT and all(looks_like_unit(p) for p in split_cell(owners) or [""])


def label_spans(line: str) -> list[tuple[int, int]]:
    """Where the owner labels of a line are, in order: found once, looked up at each mark (a line
    that lost its breaks may hold thousands of items, each asking for the label before it)."""
    return [m.span() for m in LABEL_CUT.finditer(line)]


def _last_label_end(labels: list[tuple[int, int]], start: int) -> int | None:
    """The end of the last label that ends at or before ``start``."""
    k = bisect_right(labels, start, key=lambda span: span[1])
    return labels[k - 1][1] if k else None


SPACED_HEADER = re.compile(r"序\s*号\s")
ROW_NUMBER = re.compile(r"(?<![\d.．%])(\d{1,3})(?=\s+[^\s\d])")


def row_cuts(line: str) -> list[int]:
    """A table of space-separated rows run into the line ("…分工序号 工作任务 牵头部门1
    居民消费价格涨幅3%左右 发展改革委2 城镇新增就业…"): cut before its 序号 and before
    each row number that continues the sequence 1, 2, 3 …"""
    header = SPACED_HEADER.search(line)
    if header is None:
        return []
    cuts, expected = [header.start()] if header.start() else [], 1
    for m in ROW_NUMBER.finditer(line, header.end()):
        if int(m.group(1)) == expected:
            cuts.append(m.start())
            expected += 1
    return cuts if expected > 2 else []
