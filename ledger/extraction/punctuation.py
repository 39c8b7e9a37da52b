"""Punctuation a mirror site scrambled to spoil copying: every comma, full stop, enumeration comma and the space
between two words swapped at random for another of them ("第四条,市房产管理部门负责拟定…政策,制度,保障规划和年度计划,
报请市政府批准,并负责组织实施.市发改,住建.财政,国土资源 规划.民政。税务…等部门在各自职责范围内…", unseen w1440;
the same site's regulations in the blind corpus, simplified and traditional). The marks stand where the plan's
did; only which mark each one was is lost. Such a text is told by the ASCII full stop between two Chinese
characters (no plan writes one there) beside the ASCII comma and the plan's own 。 or a space (``scrambled``); each
mark is then read again from its neighbours: a list's 、 between the names of sectors or units, a 。 before an article
(第五条) and before a clause a unit's name opens, a space after an article's number, a 、 after an item's (一、), a ，
elsewhere; the brackets around a name's levels, swapped too ("县.市,区 人民政府"), are put back. One mark is put for
one, so the text keeps its length."""
from __future__ import annotations

import re

from .names import ORG_END_RE, has_task_word, is_sector

_CJK = r"\u4e00-\u9fff"
MARKS = ",.。、 ，"
_MARK = f"[{re.escape(MARKS)}]"
# The marks such a site swaps, between two of the plan's characters (a bracket closing a name before, one opening
# after: "县(市)。区人民政府").
MARK = re.compile(rf"(?<=[{_CJK}）)]){_MARK}(?=[{_CJK}（(])")
# The levels a name's brackets held, when the brackets were swapped for marks as well: 县(市、区), 县(市), 乡(镇),
# each followed by the rest of the name ("县.市,区 人民政府", "乡、镇、人民政府", "跨县.市 区,江河流域").
LEVELS_IN_BRACKETS = re.compile(rf"(?<=[县乡])({_MARK}(?:市{_MARK}区|市|镇){_MARK})(?=[{_CJK}])")
# A figure's decimal point left when a page blanked its digits ('有线电视用户.万户', unseen w2734): no swapped mark.
BLANKED_DECIMAL = re.compile(rf"(?<=[{_CJK}])\.(?=[万亿千百](?:[{_CJK}]))")
# A scrambled text has ASCII stops between Chinese characters, at least two, beside ASCII commas and the plan's own 。 or
# spaces; neither ASCII mark is rare among all the marks between its characters, nor much rarer than the other (swapped
# at random, each mark is about as common as the others): a page of ASCII commas with a stray '.' (blind w396), a plan
# of Chinese marks with a typo, a PDF's text with a space between every word are no such texts.
MIN_STOPS = 2
RARE = 8  # a mark rarer than one in eight of all
ASCII_RATIO = 4  # the ASCII stops and commas within four times of each other (a page's own commas outnumber stray stops)
_NUMBER = r"第[一二三四五六七八九十百零〇\d]+[条章节]"
ARTICLE_AHEAD = re.compile(_NUMBER)
ARTICLE_BEHIND = re.compile(rf"(?:^|[^{_CJK}]){_NUMBER}$|^{_NUMBER}$")
# What goes on a list of sectors or units after the last one: "…审计 物价和住房公积金管理中心等部门在…".
_ITEM_HEAD = re.compile(rf"[{_CJK}（）()]{{1,12}}?(?=[和及与]|等|$)")
_LEVEL = re.compile(r"各?[省市县区乡镇村](?:级|直)?")
_LEVEL_PREFIX = re.compile(r"^(?:(?:[省市县乡]级以上|设区的市级以上|各级)(?:地方)?人民政府|各?(?:[省市县区州]|乡镇|[乡镇])(?:级|直)?)")
# Words that open a clause with a name inside it, not the name: "报请市政府批准", "由区政府…", "并会同…".
NO_NAME_START = re.compile(r"报|请|提请|由|向|经|对|按|依|根据|会同|并|及|和|与|在|将|把|使")
ITEM_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}")
LEFT_WORD = re.compile(r"^(?:在|由|经|与|会同|根据|按照)")
MAX_ITEM = 12
MAX_LISTED = 6


def scrambled(text: str) -> bool:
    """Whether the marks between ``text``'s words were swapped (``MIN_STOPS``, ``RARE``, ``ASCII_RATIO``)."""
    count = {m: len(re.findall(rf"(?<=[{_CJK}]){re.escape(m)}(?=[{_CJK}])", text)) for m in MARKS}
    count["."] -= len(BLANKED_DECIMAL.findall(text))
    total = sum(count.values())
    stops, commas = count["."], count[","]
    return (stops >= MIN_STOPS and commas >= 1 and count["。"] + count[" "] >= 1
            and min(stops, commas) * RARE >= total and stops * ASCII_RATIO >= commas and commas * ASCII_RATIO >= stops)


def repunctuated(text: str) -> tuple[str, int]:
    """``text`` with its scrambled marks read again (as it is, and 0, when they were not scrambled), and
    how many marks changed."""
    if not scrambled(text):
        return text, 0
    return marks_read_again(text)


def marks_read_again(text: str) -> tuple[str, int]:
    """The marks of a text known to be scrambled read again (a .docx is judged whole, then
    mended a paragraph at a time), and how many changed."""
    marks = [m.start() for m in MARK.finditer(text)]
    pieces = [(text[_piece_start(text, marks, k):at], text[at + 1:_piece_end(text, marks, k)])
              for k, at in enumerate(marks)]
    put = _lists_go_on(pieces, _sectors_open_no_clause(pieces, [_mark(left, right) for left, right in pieces]))
    chars = list(text)
    for at, mark in zip(marks, put):
        chars[at] = mark
    _brackets_put_back(text, chars)
    out = "".join(chars)
    return out, sum(a != b for a, b in zip(text, out))


def _sectors_open_no_clause(pieces: list[tuple[str, str]], put: list[str]) -> list[str]:
    """A sector's name alone after a mark opens no clause ("…农村公路的规划.建设,养护…"), unless a list goes on from it."""
    return ["，" if mark == "。" and not ARTICLE_AHEAD.match(right) and not _named_ahead(right)
            and not (k + 1 < len(put) and put[k + 1] == "、") else mark
            for k, (mark, (_, right)) in enumerate(zip(put, pieces))]


def _lists_go_on(pieces: list[tuple[str, str]], put: list[str]) -> list[str]:
    """A list goes on over the short names beside it that the lexicon lacks (…公安、监察、审计…, 物价和…等部门)."""
    put = list(put)
    can = [mark in "，。" and not ARTICLE_AHEAD.match(right) and _listed(left) and _listed(_head(right))
           for mark, (left, right) in zip(put, pieces)]
    changed = True
    while changed:  # a sweep each way: a change reaches the whole list in the sweep that runs along it
        changed = False
        for order in (range(len(put)), range(len(put) - 1, -1, -1)):
            for k in order:
                if can[k] and put[k] != "、" and (k and put[k - 1] == "、" or k + 1 < len(put) and put[k + 1] == "、"):
                    put[k], changed = "、", True
    return put


def _brackets_put_back(text: str, chars: list[str]) -> None:
    """"县.市,区 人民政府" -> 县（市、区）人民政府: the brackets around a name's levels were marks too."""
    for m in LEVELS_IN_BRACKETS.finditer(text):
        for k in range(m.start(1), m.end(1)):
            if text[k] in MARKS:
                chars[k] = "（" if k == m.start(1) else "）" if k == m.end(1) - 1 else "、"


def _piece_start(text: str, marks: list[int], k: int) -> int:
    at = marks[k]
    return marks[k - 1] + 1 if k and "\n" not in text[marks[k - 1]:at] else text.rfind("\n", 0, at) + 1


def _piece_end(text: str, marks: list[int], k: int) -> int:
    at = marks[k]
    if k + 1 < len(marks) and "\n" not in text[at:marks[k + 1]]:
        return marks[k + 1]
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _mark(left: str, right: str) -> str:
    if ARTICLE_AHEAD.match(right):
        return "。"
    if ARTICLE_BEHIND.search(left):
        return " "
    if ITEM_NUMBER.fullmatch(left):
        return "、"  # "二.各乡镇政府负责…": an item's number (w1440's '一,中心城区…二。市政府…')
    if not _item_ahead(right):
        return "，"
    left = LEFT_WORD.sub("", left)  # "在国务院 中央军事委员会领导下": the first of the names after 在
    if _item(left) or _item(re.split(r"[和及与]", left)[-1]):  # "…等部门和住房公积金管理中心、总工会"
        return "、"
    return "。"  # a clause opened by a name: "…并负责组织实施。市发改、住建…等部门在各自职责范围内…"


def _listed(piece: str) -> bool:
    """A short piece with no task word: a name the lexicon may lack, in a list."""
    return 0 < len(piece) <= MAX_LISTED and not has_task_word(piece) and not ARTICLE_AHEAD.match(piece)


def _head(piece: str) -> str:
    head = _ITEM_HEAD.match(piece)
    return head.group() if head else piece


def _item(piece: str) -> bool:
    """A sector (发改, 人力资源和社会保障), a unit (各街道办事处) or a bare level (市) standing alone."""
    if not piece or len(piece) > MAX_ITEM or has_task_word(piece):
        return False
    if _LEVEL.fullmatch(piece):
        return True
    core = _LEVEL_PREFIX.sub("", piece)
    return is_sector(core) or is_sector(core.replace("和", "")) or bool(ORG_END_RE.search(piece) and len(piece) >= 3)


def _named_ahead(piece: str) -> bool:
    """The next piece opens with a unit's name, not a sector's alone."""
    return not NO_NAME_START.match(piece) and any(
        _item(piece[:n]) and ORG_END_RE.search(piece[:n]) for n in range(3, min(len(piece), MAX_ITEM) + 1))


def _item_ahead(piece: str) -> bool:
    """The next piece opens with such an item: its first name before 和/及/等, or a unit's name ("区人民政府应当…")."""
    if _item(piece) or _item(_head(piece)):
        return True
    return _named_ahead(piece)
