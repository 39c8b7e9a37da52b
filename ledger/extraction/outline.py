"""Plan text -> its outline: cleaned paragraphs, the tasks part, headings and items.

1. **Cleaning.** A paragraph that a page break cut in two is joined again:
   the line after a removed page number, a line that starts with closing
   punctuation, or a long line that does not end a sentence, followed by a line
   that does not start a heading, an item or a marker line.
2. **The tasks part.** The plan is cut at its top headings (第一部分 or 一、)
   and at 附件 lines. A part is extracted when its title names tasks (主要任务,
   重点任务, 工作任务及措施, 工作措施 …) and is not boilerplate (指导思想, 工作目标,
   实施步骤, 保障措施 …), or when it carries owner markers at all (``.tasks``
   chooses); every part left out is reported.
3. **The outline.** Headings and items (（一） 1. （1） 1） ①, "1.1", and "12加大…"
   with a lost dot when 12 follows 11) nest by their conventional rank
   (GB/T 9704: 一、 > （一） > 1. > （1）; ① last); marker lines attach to the
   item above them, other lines are its body. Which items are tasks is
   ``.drafts``'s business.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..numerals import CIRCLED, CN_PAREN_SIGNS, DOT_SIGNS, OTHER_CIRCLED, PAREN_SIGNS, cn_int, enclosed_value
from .blocks import TextLine
from .columns import canonical_header
from .field_blocks import field_label, is_content_field, is_heading, names_a_task, opens_block
from .markers import (DATE_START, GROUP_LEADER_LABELS, LABEL_RE, LINE_LABEL_RE, MEMBER_LABELS, OWNER_ROLES, Marker, is_group,
                      is_member_line, label_role)
from ..roster import split_cell
from .names import GROUP_END_RE, has_task_word, is_unit_name, looks_like_org, person_name
from .prose import ARTICLE_TITLE, opening_at, opens_with_duty, paragraph_markers
from .run_together import cut_after_owner_lists, holds_unit_block, split_run_together, starts_with_unit_block

CN = "一二三四五六七八九十百零〇两"
DOT = ".．﹒"  # ﹒ (small full stop) as some pages number their items: 1﹒
MARKS: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    # an article's title in brackets goes with its number ('第三条 [责任主体]地方各级人民政府…', '第五条【职责】…', unseen
    # w1104): the article's words start after it
    ("part", 0, re.compile(rf"^第\s*([{CN}\d]+)\s*(?:部分|章|篇|条)[、:：，,。.．\s]*(?:{ARTICLE_TITLE}\s*)?")),
    ("cn_paren", 2, re.compile(rf"^[（(]\s*([{CN}]+)\s*[）)]\s*")),
    ("num_paren", 4, re.compile(r"^[（(]\s*(\d{1,4})\s*[）)]\s*")),
    ("dotted", 3.5, re.compile(rf"^(\d{{1,3}}(?:[{DOT}]\d{{1,3}})+)(?:[{DOT}、]\s*|\s+|(?=[\u4e00-\u9fff“《]))")),
    # a thousandth item and on (a long list one item a line), not a date at a line's start (2024.6.30)
    ("num", 3, re.compile(rf"^(\d{{1,3}}|\d{{4}}(?=\s*[{DOT}、]\s*[^\d\s]))\s*[{DOT}、]\s*")),
    ("num_half", 5, re.compile(r"^(\d{1,3})\s*[)）]\s*")),
    ("circled", 6, re.compile(rf"^([{CIRCLED}{''.join(OTHER_CIRCLED)}])\s*")),
    # one character standing for a number and its marks, read as the marks it stands for (⑴ as (1), ⒈ as 1., ㈠ as (一))
    ("num_paren", 4, re.compile(rf"^([{PAREN_SIGNS}])\s*")),
    ("num", 3, re.compile(rf"^([{DOT_SIGNS}])\s*")),
    ("cn_paren", 2, re.compile(rf"^([{CN_PAREN_SIGNS}])\s*")),
    ("cn", 1, re.compile(rf"^([{CN}]+|—)\s*[、{DOT}]\s*")),
)
PARAGRAPH, PARAGRAPH_RANK = "paragraph", 7.0  # an unnumbered paragraph that is a task (``_paragraph_task``)
NODOT = re.compile(r"^(\d{1,3})(?=[\u4e00-\u9fff“《])(?![\d]*[年月日号批家个项条人元万亿千百余多倍周天次户所座台套份只头吨亩])")
ANNEX = re.compile(r"^附\s*件\s*[\d一二三四五六七八九十]*\s*(?:[:：]|$|\s|[\u4e00-\u9fff])")
TERMINAL = "。；;！!？?：:）)」』”…"
CONTINUATION_START = "，,。、；;：:）)”’！!？?%％"
LONG_LINE = 25
BRACKET_LINES = 8  # lines an annotation's bracket may stay open over (one unit a line, a page number between)
OWNER_LINE_MAX = 60  # characters of a line that only names units (a cell of seven or eight names)
BARS_ONLY = re.compile(r"[|｜¦\s\u2500-\u257f]*")  # a line of a table's bars or rules, no text
COLUMN_WORD = re.compile(r"(?:牵头|责任|主责|配合|协办|主办|参与|协助|承办|负责)?(?:单位|部门)(?:及责任人)?")
OWNER_COLUMN_WORD = re.compile(r"(?:牵头|责任|主责|配合|协办|主办|参与|协助|承办|负责)(?:单位|部门)")
# A unit / duty table's header cell that no column word names: 相关部门, 有关单位, 职责分工, 主要职责, 部门职责.
HEAD_CELL = re.compile(r"(?:相关|有关)(?:单位|部门)|[\u4e00-\u9fff]{0,4}(?:职责|分工|职能)")
TITLE_END = re.compile(r"(?:表|方案|清单|分解|计划|要点|通知)$")  # a title line, not a task's text
PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}")
DATE_YEAR = r"(?:\d{4}|[一二三四五六七八九〇○零]{4})\s*年"  # a date's year, 2023年 or 二〇二三年
DATE_LINE = re.compile(rf"^\s*{DATE_YEAR}")
# A signature's date is a day ("2023年3月1日"); a month alone ("2020年12月") is a deadline or a 备注 cell.
SIGNATURE_DATE = re.compile(rf"^\s*(?:{DATE_YEAR}\s*[\d一二三四五六七八九十〇○]{{1,3}}\s*月\s*[\d一二三四五六七八九十〇○]{{1,3}}\s*日"
                            r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$")  # a web page's "2023-04-27" under its issuer
TASK_TITLE = re.compile(r"任务|重点工作|主要工作|工作措施|主要措施|重点措施|具体措施|举措|工作内容|主要内容|分工|活动(?:安排|内容)")
BOILERPLATE = re.compile(r"指导思想|总体要求|基本原则|目标|实施步骤|步骤安排|进度安排|时间安排|组织领导|组织机构"
                         r"|保障措施|工作要求|组织实施|工作机制|考核|督查|附则|领导小组")


@dataclass(frozen=True)
class Mark:
    style: str
    rank: float
    value: str  # arabic: "3", "1.2"; circled items keep the sign: "②"
    label: str  # as written: "（一）", "3.", "②"
    rest: str


@dataclass
class PlanParagraph:
    """A paragraph of the plan: the :class:`~ledger.extraction.blocks.TextLine`
    that a page break (or, in plain text, a wrapped line) split, joined again.
    ``line`` is its first line's; ``source`` the lines as written."""

    text: str
    line: int
    source: str


@dataclass
class Item:
    mark: Mark | None
    head: PlanParagraph | None
    parent: Item | None = None
    body: list[PlanParagraph] = field(default_factory=list)
    markers: list[PlanParagraph] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)
    group_subjects: bool = False  # a group opening the item owns it (``DraftCollector._group_subjects_in_a_list``)
    plain_verbs: bool = False  # a unit before a plain verb owns its sentence (``.prose.owners_in_prose_only``)
    opening_units: str = ""  # named units opening the item own it with any verb (``DraftCollector._group_subjects_in_a_list``)
    _inline: list[Marker] | None = None

    def own_text(self) -> str:
        parts = ([self.mark.rest if self.mark else self.head.text] if self.head else []) + [p.text for p in self.body]
        return "\n".join(p for p in parts if p)

    def inline(self, unit_like: Callable[[str], bool]) -> list[Marker]:
        if self._inline is None:
            self._inline = with_opening_units(paragraph_markers(self.own_text(), unit_like, self.group_subjects,
                                                                self.plain_verbs), self.opening_units, self.own_text())
        return self._inline

    def has_own(self, unit_like: Callable[[str], bool]) -> bool:
        return bool(self.markers) or bool(self.inline(unit_like))

    def subtree_has(self, unit_like: Callable[[str], bool]) -> bool:
        return self.has_own(unit_like) or any(c.subtree_has(unit_like) for c in self.children)

    def label(self) -> str:
        text = self.head.text if self.head else ""
        cut = text.find("。")
        return text if cut < 0 or cut == len(text) - 1 else text[:cut]

    def all_paras(self) -> list[PlanParagraph]:
        out = ([self.head] if self.head else []) + self.body + self.markers
        for child in self.children:
            out += child.all_paras()
        return out

    def chain(self) -> list[Mark]:
        out: list[Mark] = []
        item: Item | None = self
        while item is not None and item.mark is not None:
            out.append(item.mark)
            item = item.parent
        return out[::-1]


@dataclass
class Section:
    title: str
    line: int
    paras: list[PlanParagraph]
    mark: Mark | None = None
    annex: bool = False
    head_lines: int = 1  # "附件1⏎XX任务清单": the title takes two lines

    @property
    def has_content(self) -> bool:
        return len(self.paras) > self.head_lines


# ------------------------------------------------------------------ marks


def item_mark(text: str) -> Mark | None:
    """The heading or item number a line starts with, if any."""
    for style, rank, pattern in MARKS:
        m = pattern.match(text)
        if m is None or not text[m.end():].strip() and style not in ("cn", "part"):
            continue
        raw = m.group(1)
        if (n := enclosed_value(raw)) and raw not in CIRCLED:
            value = CIRCLED[n - 1] if style == "circled" else str(n)
        elif style in ("cn", "cn_paren", "part"):
            number = cn_int("一" if raw == "—" else raw)  # "—、" is a real typo for 一、
            value = raw if number is None else str(number)  # a malformed numeral (一二、) as written
        else:
            value = raw.replace("．", ".")
        return Mark(style, rank, value, m.group(0).strip(), text[m.end():].strip())
    return None


def is_structural(text: str) -> bool:
    return item_mark(text) is not None or bool(LINE_LABEL_RE.match(text)) or bool(ANNEX.match(text))


# ------------------------------------------------------------------ cleaning


def join_broken(lines: list[TextLine], long_lines: bool = True) -> tuple[list[PlanParagraph], int]:
    """Text lines -> paragraphs, the lines a page break split joined again.

    ``long_lines``: a long line that does not end a sentence continues on the
    next line (plain text; a .docx paragraph is deliberate)."""
    out: list[PlanParagraph] = []
    joined = 0
    margin = _margin(lines)
    over_blanks = long_lines and wraps_over_blank_lines(lines, margin)
    depth = 0  # brackets the last paragraph leaves open, kept as it grows (not read again whole: a page of wraps is long)
    for i, p in enumerate(lines):
        if BARS_ONLY.fullmatch(p.text):
            continue  # a line of a table's bars whose table was not rebuilt: no text
        prev = out[-1] if out else None
        if prev is not None and _bare_label_value(out, p):
            prev.text += "：" + p.text  # "牵头单位" alone on its line, its units on the next
            prev.source += "\n" + p.text
            depth, joined = _open_depth(p.text, depth), joined + 1
            continue
        if prev is not None and _unit_line_over_duty(prev, p.text):
            prev.text += p.text  # "省委宣传部:" on a line of its own, its duties in the paragraph under it
            prev.source += "\n" + p.text
            depth, joined = _open_depth(p.text, depth), joined + 1
            continue
        if prev is not None and _contact_after_label(prev, p.text):
            head = CONTACT_END.sub("", prev.text) if prev.text.rstrip()[-1:].isdigit() else prev.text  # a number on the label line only
            prev.text = head + "、" + CONTACT_END.sub("", p.text)
            prev.source += "\n" + p.text
            depth, joined = _open_depth(prev.text), joined + 1
            continue
        if prev is not None and _continues(prev, p, long_lines, lines[i:i + BRACKET_LINES], over_blanks, depth, margin):
            prev.text += p.text
            prev.source += "\n" + p.text
            depth, joined = _open_depth(p.text, depth), joined + 1
            continue
        out.append(PlanParagraph(p.text, p.line, p.text))
        depth = _open_depth(p.text)
    return [part for p in out for part in _run_together(p)], joined


# A unit's telephone number after its name in an owner list ("市民政局 咨询电话:2882655", "市医保局 2618007",
# a mobile's eleven digits "县公路建设养护中心 13807365521").
LANDLINE = r"(?:[(（]?0\d{2,3}[)）]?[-－—\s]?)?\d{7,8}(?:[-－转]\d{1,4})?"  # an office's number, its area code and extension
CONTACT_END = re.compile(r"\s*(?:(?:咨询|联系|服务|监督|投诉|办公)?电话|联系方式|手机)?\s*[:：]?\s*"
                         r"(?:" + LANDLINE + r"|1[3-9]\d[-\s]?\d{4}[-\s]?\d{4})\s*$")


def _contact_after_label(before: PlanParagraph, line: str) -> bool:
    """``line`` is one more unit of the owner label line ``before`` whose units each come with a
    telephone number, one a line ("承办部门:市民政局 咨询电话:2882655" + "市医保局 2618007"): a name
    and a number only, the label line's last line ending with a number too."""
    if LINE_LABEL_RE.match(before.text) is None or not CONTACT_END.search(before.source.rsplit("\n", 1)[-1]) \
            or not CONTACT_END.search(line):
        return False
    name = CONTACT_END.sub("", line).strip()
    return bool(name) and name != line.strip() and is_unit_name(name)


# A unit's name and a colon, alone on a line over the paragraph of its duties ('省委宣传部:⏎⏎督促指导…。指导…。', unseen
# w1151, a group's members' duties one unit a paragraph).
UNIT_COLON_LINE = re.compile(r"\s*([^，,。；;：:\s]{2,30})\s*[：:]\s*")
# How a notice's preamble opens under its addressee line ('市政府直属各有关部门:⏎为贯彻落实…'): no unit's duty.
NOTICE_OPENING = re.compile(r"(?:为了?|根据|按照|依据|现将|经[^，,。]{0,10}?(?:研究|同意)|近日|日前)")


def _unit_line_over_duty(before: PlanParagraph, line: str) -> bool:
    """``before`` is a unit's name and a colon alone on its line, and ``line`` a paragraph of prose under it (no
    item, label or other unit's line): the unit's duties, one paragraph with its name as a unit block's is."""
    found = UNIT_COLON_LINE.fullmatch(before.text)
    if found is None or "\n" in before.source or LINE_LABEL_RE.match(before.text) or FIELD_LINE.match(before.text):
        return False
    name = found.group(1)
    if not (is_unit_name(name) and looks_like_org(name)) or (is_group(name) or "各" in name) and not _each_body_of_a_kind(name):
        return False
    text = line.strip()
    return (len(text) > 4 and not is_structural(text) and not UNIT_COLON_LINE.fullmatch(text)
            and not NOTICE_OPENING.match(text)  # '市政府直属各有关部门:⏎为贯彻落实…': a notice's addressee, then its preamble
            and bool(re.search(r"[。；;，,]", text)))  # sentences or clauses (the page's last may be cut: no stop at its end)


def _bare_label_value(out: list[PlanParagraph], p: TextLine) -> bool:
    """An owner label with no colon on a line of its own (牵头单位, 配合部门), after a task's text,
    then a line of units only: a flattened "label | value" pair, not a table's header cells."""
    if len(out) < 2 or not OWNER_COLUMN_WORD.fullmatch(out[-1].text.strip()) or not is_owner_line(p.text.strip()):
        return False
    before = out[-2].text
    return not COLUMN_WORD.fullmatch(before.strip()) and (len(before) > 10 or ":" in before or "：" in before)


def _run_together(p: PlanParagraph) -> list[PlanParagraph]:
    """A paragraph joined from wrapped lines that turns out to be a page's run-together
    items (a PDF copy of a page that had lost its breaks): cut as a long line is; any
    paragraph where an item follows an owner list (``cut_after_owner_lists``)."""
    parts = split_run_together(p.text, wrapped=True) if "\n" in p.source else [p.text]
    parts = parts if len(parts) > 1 else cut_after_owner_lists(p.text)
    lead_in = LEAD_IN_THEN_ITEM.search(p.text) if len(parts) < 2 else None
    if lead_in:  # "…的工作机构。…主要职能是: (一)贯彻…": the first duty on the lead-in's line (unseen w562)
        parts = [p.text[:lead_in.end()].rstrip(), p.text[lead_in.end():]]
    parts = [cut for part in parts for cut in _duties_heading_at_end(part)]
    parts = [cut for part in parts for cut in _duty_after_members(part)]
    return [p] if len(parts) < 2 else [PlanParagraph(part, p.line, part) for part in parts]


# A body's duty sentence after the member line it shares a line with ('成员:领导小组下设办公室,…为成员。领导小组办公室负责
# 传达落实…', unseen w1064): a paragraph of its own, not the members'.
DUTY_AFTER_STOP = re.compile(r"(?<=。)\s*(?=[^，,。；;：:\n]{2,24}?负责(?!人))")


def _duty_after_members(text: str) -> list[str]:
    found = DUTY_AFTER_STOP.search(text) if is_member_line(text) else None
    return [text[:found.start()].rstrip(), text[found.end():]] if found else [text]


# A body's duties heading run onto the end of the sentence before it ('…并兼任气象协理员。 领导小组职责:', unseen w792;
# '…研究部署…等工作。 办公室主要职责:'): a heading of its own, over the list on the next lines.
DUTIES_HEADING_AT_END = re.compile(r"(?<=[。；;])\s*([^，,。；;：:\s]{2,30}?的?(?:主要|具体)?(?:工作)?(?:职责|职能|職責|職能)\s*[：:])\s*$")


def _duties_heading_at_end(text: str) -> list[str]:
    found = DUTIES_HEADING_AT_END.search(text)
    if found is not None and is_unit_name(re.sub(r"的?(?:主要|具体)?(?:工作)?(?:职责|职能|職責|職能)\s*[：:]$", "", found.group(1))):
        return [text[:found.start()].rstrip(), found.group(1)]
    found = BARE_DUTIES_AT_END.search(text) or ITS_DUTIES_AT_END.search(text)
    if found is not None and set_up_body(text[:found.start()]):
        return [text[:found.start()].rstrip(), found.group(1)]  # '…成立X专家委员会。主要职责包括:' over X's duties
    return [text]


# Duties named with no body after the sentence that sets the body up ('环境保护部会同…成立生态保护红线专家委员会。主要职责
# 包括:⏎(一)审查…', unseen w1104; '…建立…工作协调组。其主要职责是:'): the body set up heads the list below.
_BARE_DUTIES = r"(?:其|该[\u4e00-\u9fff]{1,4})?的?(?:主要|具体)?(?:工作)?(?:职责|职能|職責|職能)(?:是|为|為|如下|包括|有)?\s*[：:]"
BARE_DUTIES_AT_END = re.compile(rf"(?<=[。；;])\s*({_BARE_DUTIES})\s*$")
# The same after a comma, the body's duties named by 其 or 该… ('…在林业主管部门设立湿地保护管理机构,其主要职责是:', unseen w2123).
ITS_DUTIES_AT_END = re.compile(r"(?<=[，,])\s*((?:其|该[\u4e00-\u9fff]{1,4})的?(?:主要|具体)?(?:工作)?(?:职责|职能|職責|職能)"
                               r"(?:是|为|為|如下|包括|有)?\s*[：:])\s*$")
BARE_DUTIES = re.compile(rf"\s*{_BARE_DUTIES}\s*")
SET_UP_AT_END = re.compile(r"(?:成立|设立|组建|建立|设置)了?(?:[^。；;\n]{0,160}?的)?([^，,。；;、\n的]{2,40}?)"
                           r"(?:[（(][^()（）]{1,12}[)）])?[。；;，,]?\s*$")


def set_up_body(sentence: str) -> str:
    """The body a sentence ends by setting up ('…等部门建立生态保护红线划定和管理工作协调组。'), or ""."""
    found = SET_UP_AT_END.search(sentence)
    name = found.group(1) if found else ""
    return name if name and is_unit_name(name) and looks_like_org(name) and not is_group(name) else ""


# A duties lead-in with the first duty's mark right after it on the same line.
LEAD_IN_THEN_ITEM = re.compile(r"[。；;]\s*(?:主要)?(?:工作)?(?:职责|职能|職責|職能)(?:是|为|為|如下|包括)?[：:]\s*"
                               r"(?=[（(][一二三四五六七八九十]{1,3}[）)])")


# A field of its own after an empty one ("组长:" / "成员:" / "职责:负责…" under a working group, blind w385).
CONTACT_LINE = re.compile(r"(?:电话|联系方式|手机)\s*[:：]\s*" + LANDLINE + r"\s*$")
FIELD_LINE = re.compile(rf"\s*(?:主要|工作)?(?:职责|任务|联系人|联系电话|电话|{'|'.join(MEMBER_LABELS + GROUP_LEADER_LABELS)})\s*[:：]")


def _continues(prev: PlanParagraph, p: TextLine, long_lines: bool, following: list[TextLine] | None,
               over_blanks: bool, depth: int, margin: float = 0) -> bool:
    """Whether line ``p`` goes on the paragraph ``prev``; ``following``: ``p`` and the lines after it,
    where a bracket open at prev's end must close to be an annotation broken over lines (all lines
    when None); ``over_blanks``: the copy's blank lines fall inside sentences (``wraps_over_blank_lines``);
    ``depth``: the brackets prev leaves open (``join_broken`` keeps count as the paragraph grows); ``margin``: where
    the page's long lines end (``_margin``): a long heading not half as long is whole ('六、认真解决…问题,保障
    人民群众正常生产生活' over the part's first sentence, unseen w981)."""
    label = LINE_LABEL_RE.match(prev.text)
    if label is not None and not prev.text[label.end():].strip() and not is_structural(p.text) and not FIELD_LINE.match(p.text):
        return True  # "牵头单位：" on a line of its own, its units on the next (not "成员:" left empty over "职责:…")
    open_bracket = depth > 0 and (following is None or _closes_within(depth, following))
    if open_bracket and LINE_LABEL_RE.match(p.text):
        return True  # "（牵头单位：A；" + "责任单位：B）": a bracket's labels broken over lines
    if label is not None and not prev.text.endswith(("、", "，", ",")) and p.text[0] not in CONTINUATION_START and not (
            open_bracket or _open_name(prev.text, p.text)):
        return False  # "责任单位：A、B" ends its list: the next paragraph is the next task's, however long the line
    if (label is None and _ends_with_owner_label(prev.source[prev.source.rfind("\n") + 1:])
            and not prev.text.endswith(("、", "，", ",")) and p.text[0] not in CONTINUATION_START
            and not (open_bracket or _open_name(prev.text, p.text))):
        return False  # "1.规范收费。开展专项整治。责任单位：省市场监管局" ends its task as a label line does
    if is_structural(p.text):
        return False
    if p.text[0] in CONTINUATION_START or prev.text.endswith(("、", "，", ",")):
        return True  # no paragraph starts with "、" or "，" (…下同）⏎、县财政局), nor ends with one
    if (prev.text.endswith(("；", ";")) and _in_unit_block(prev) and not item_mark(p.text)
            and not starts_with_unit_block(p.text)):
        return True  # '区安监局:负责综合监督…;' ⏎ '配合财政部门研究…;': the unit's duties go on over lines (unseen w1000)
    if prev.text.endswith(tuple(TERMINAL)):
        return False
    if CONTACT_LINE.search(prev.source[prev.source.rfind("\n") + 1:]):
        return False  # "负责人:钟鹏鹏 办公电话:0631-6665893": a page's contact line, over the office's text (unseen w1366)
    if open_bracket or _open_name(prev.text, p.text):
        return True
    last_line = prev.source[prev.source.rfind("\n") + 1:]
    heading = item_mark(prev.text) is not None and (len(prev.text) <= LONG_LINE or 2 * len(last_line) < margin
                                                    and not WORD_END_FIRST.match(p.text))
    if p.page_break_before:
        return not heading and not (SUB_TARGET.match(p.text) and is_owner_line(prev.text))  # a unit cell, then a '——' row
    return (long_lines and (not p.blank_before or over_blanks) and len(last_line) >= LONG_LINE and not heading
            and not is_owner_line(p.text) and not is_owner_line(prev.text))


def _ends_with_owner_label(line: str) -> bool:
    """The line ends with an owner label and its units, nothing after them ('…。责任单位：省市场监管局')."""
    found = list(LABEL_RE.finditer(line))
    if not found or label_role(found[-1].group(1)) not in OWNER_ROLES:
        return False
    units = split_cell(line[found[-1].end():].strip())
    return bool(units) and all(is_unit_name(u) for u in units)


def _in_unit_block(prev: PlanParagraph) -> bool:
    """A unit's block heads the paragraph's first line or runs on its last (read there, not in the whole paragraph again
    at each line: a block's lines may be many)."""
    first, _, rest = prev.source.partition("\n")
    return holds_unit_block(first) or bool(rest) and holds_unit_block(rest[rest.rfind("\n") + 1:])


# A scanned book's text layer (a 志's flip-book copy): the printed lines, each a page line long, and a blank
# line every few lines wherever it falls, inside a sentence or a unit's name ("…武警中队、信访" / blank / "局、…").
OVER_BLANKS_SHARE = 0.5
OVER_BLANKS_MIN = 2
FULL_LINE_SHARE = 0.9  # of the page's width (the median of its long lines) a line that runs to the margin fills


# A line that opens with a word's last characters and a stop ("教育。县教育局要…"): the line before broke inside a word.
WORD_END_FIRST = re.compile(r"[^，,。；;：:\s]{1,4}[。；;]")


def _margin(lines: list[TextLine]) -> float:
    """How long a line that runs to the page's margin is (``FULL_LINE_SHARE`` of the median long line); 0 for none."""
    widths = sorted(len(p.text) for p in lines if len(p.text) >= LONG_LINE)
    return FULL_LINE_SHARE * widths[len(widths) // 2] if widths else 0


def wraps_over_blank_lines(lines: list[TextLine], full: float | None = None) -> bool:
    """Whether the blank lines of a hard-wrapped copy fall inside sentences: at least half of them
    (two at least) come after a line that runs to the page's margin without ending its sentence and
    before a line that opens no item, where a plan's own blank lines come after a paragraph's end; ``full``: the
    page's margin (``_margin``, measured here when not given)."""
    full = _margin(lines) if full is None else full
    if not full:
        return False
    gaps = [(before, after) for before, after in zip(lines, lines[1:]) if after.blank_before]
    inside = [1 for before, after in gaps
              if len(before.text) >= max(LONG_LINE, full) and not before.text.endswith(tuple(TERMINAL))
              and not is_structural(after.text) and not is_owner_line(before.text)]
    return len(inside) >= OVER_BLANKS_MIN and len(inside) >= OVER_BLANKS_SHARE * len(gaps)


def _open_depth(text: str, depth: int = 0) -> int:
    """How many brackets ``text`` leaves open: "…（县自然资源" before a blank line, 1 (the annotation goes on below);
    ``depth``: those left open before it."""
    for ch in text:
        depth += ch in "（(〔【["
        depth -= depth > 0 and ch in "）)〕】]"
    return depth


def _closes_within(depth: int, following: list[TextLine]) -> bool:
    """Whether ``depth`` open brackets close in the ``following`` lines: "…（县自然资源" + "和规划局负责）"
    do; a page's furniture "字体：【" whose 大 中 小 was lost never closes, and the addressees and text
    after it are no annotation of it."""
    for line in following:
        for ch in line.text:
            depth += ch in "（(〔【["
            depth -= ch in "）)〕】]"
            if depth <= 0:
                return True
    return False


OPEN_NAME_TAIL = 40  # characters of a paragraph's end read for a name broken there (its piece is 12 at most)


def _open_name(text: str, following: str) -> bool:
    """"…责任单位：县水利局、县住房和城乡" + "建设局、…": a unit's name broken in two (a group
    names itself from its 各: "【打印】【关闭" + "各街道办事处：" is no name broken before 各)."""
    mark = item_mark(text)
    body = (mark.rest if mark is not None else text)[-OPEN_NAME_TAIL:]  # the name's start is near the end, or none is open
    parts = re.split(r"[、，,：:；;（(〔【\[\s]", body)  # not the 、 of "二、"
    last, first = parts[-1], re.split(r"[、，,；;。（()）\s]", following)[0]
    return (len(parts) > 1 and 0 < len(last) <= 12 and not is_unit_name(last) and not first.startswith("各")
            and not _whole_name_after_words(last, first)
            and is_unit_name(last + first)
            and looks_like_org(last + first))


NAME_LEVEL = "省市县区镇乡"


def _whole_name_after_words(last: str, first: str) -> bool:
    """"6.化肥、农药使用量保持零增长" + "县农业农村局": the next paragraph is a whole unit's name with its
    level, after words that open no name (a task's cell, then its owner cell): no name broken in two."""
    return first[:1] in NAME_LEVEL and last[:1] not in NAME_LEVEL and is_unit_name(first)


def is_owner_line(text: str) -> bool:
    """A short line that only names units ("镇创卫办", "各村(居、场)"): a cell of a
    table flattened without its header."""
    if len(text) > OWNER_LINE_MAX or text[:1] in "（(【〔[" or re.search(r"牵头|负责|配合|协办|参与|承办|主办|协助", text):
        return False  # too long for a cell of units; an annotation, read as one
    if COLUMN_WORD.fullmatch(text):
        return False  # 责任单位 as a column's header
    pieces = split_cell(text)
    return (len(text) <= OWNER_LINE_MAX and not text.endswith(tuple("。；;！!？?：:")) and not is_structural(text)
            and bool(pieces) and all(is_unit_name(p) for p in pieces))


def label_owner_lines(paras: list[PlanParagraph]) -> tuple[list[PlanParagraph], list[PlanParagraph]]:
    """Lines that only name units, right after an item's text (a table flattened
    one cell a line, its header lost), read as its owners: one line names who is
    responsible; of several, the first leads and the others cooperate; a name
    after them (李永其) is the person in charge. The text as written stays the
    paragraph's source. Read only where the pattern repeats (two items or more)
    and not before a date (a signature: 县人民政府办公室 / 2023年3月1日).
    Returns the paragraphs, and those given a label."""
    paras = owners_above_moved(paras)
    runs = _owner_runs(paras)
    if len(runs) < 2:
        runs = _owner_runs(paras, unnumbered=True)  # the items lost their numbers (or the text never had any)
    if len(runs) < 2:
        return paras, []
    out: list[PlanParagraph] = []
    labelled: list[PlanParagraph] = []
    shared = _one_owner_column(paras[:min(runs)])
    in_runs = {k for start, r in runs.items() for k in range(start, start + len(r))}
    for k, p in enumerate(paras):
        run = runs.get(k)
        if run is not None:
            cells = _labelled(run, shared)
            labelled += cells
            out += cells
        elif k not in in_runs:
            out.append(p)
    return out, labelled


def owners_above_moved(paras: list[PlanParagraph]) -> list[PlanParagraph]:
    """A two-column table pasted one cell a line with its unit column first: after its
    header cells (相关部门 / 职责分工) or a lead-in (…分工如下：), each unit's line stands
    ABOVE its duty ("区公安分局" / "维护考点周边安全…" / "区教育局" / "负责…"). Each duty is
    moved before its units, the order ``label_owner_lines`` reads. Read only where the
    pattern repeats (two rows or more), every duty one paragraph of text (no item, no
    heading, no header cell, no date) and the first units right after a header or lead-in,
    never after a task's text (then the units are below their task, as usual)."""
    out: list[PlanParagraph] = []
    k = 0
    while k < len(paras):
        rows = _rows_owner_first(paras, k) if k and _table_head(paras[k - 1].text) else []
        if len(rows) < 2:
            out.append(paras[k])
            k += 1
            continue
        for units, duty in rows:
            out += [duty] + units
            k += len(units) + 1
    return out


def _rows_owner_first(paras: list[PlanParagraph], k: int) -> list[tuple[list[PlanParagraph], PlanParagraph]]:
    """From ``k``: rows of unit lines then one paragraph of duty, as long as they go on."""
    rows: list[tuple[list[PlanParagraph], PlanParagraph]] = []
    while k < len(paras):
        units: list[PlanParagraph] = []
        while k < len(paras) and is_owner_line(paras[k].text) and not _table_head(paras[k].text):
            units.append(paras[k])
            k += 1
        if not units or k >= len(paras) or not _duty_cell(paras[k].text):
            break
        rows.append((units, paras[k]))
        k += 1
    return rows


def _table_head(text: str) -> bool:
    """A header cell of a unit / duty table (相关部门, 责任单位, 职责分工, 主要职责, 工作任务) or a
    lead-in ending with a colon ("各部门职责分工如下：")."""
    return bool(COLUMN_WORD.fullmatch(text) or HEAD_CELL.fullmatch(text) or canonical_header(text)
                or text.endswith(("：", ":")))


def _duty_cell(text: str) -> bool:
    return (bool(text) and not is_owner_line(text) and not _table_head(text) and item_mark(text) is None
            and not is_structural(text) and not DATE_LINE.match(text) and not TITLE_END.search(text))


def _owner_runs(paras: list[PlanParagraph], unnumbered: bool = False) -> dict[int, list[PlanParagraph]]:
    """Where runs of unit lines follow an item's text: first index -> the run;
    ``unnumbered``: after any paragraph of text, not only a numbered item's."""
    runs: dict[int, list[PlanParagraph]] = {}
    run: list[PlanParagraph] = []
    after_item = in_item = roster = False
    padded = paras + [PlanParagraph("", 0, "")] * 2
    for k, p in enumerate(padded[:-1]):
        if roster and p.text and (is_owner_line(p.text) or PERSON.fullmatch(p.text)):
            continue  # a body's members one a line under '成 员:安监' (unseen w2665): no item's owners
        roster = False
        if after_item and not run and bare_owner_heading(padded, k):
            after_item = False  # the name heads the list below it
        elif after_item and (is_owner_line(p.text) or run and _cut_short_unit(p.text, padded[k + 1].text)
                           or (run and PERSON.fullmatch(p.text) and not is_unit_name(p.text)
                                                     and not DATE_START.match(p.text))
                           or run and EMPTY_CELL.fullmatch(p.text)):  # 常态工作 is no person; "/" an empty cell
            run.append(p)
            continue
        if run:
            if not SIGNATURE_DATE.match(p.text):
                runs[k - len(run)] = run
            run, after_item = [], False
        mark = item_mark(p.text) if p.text else None
        if mark is not None:
            after_item = in_item = mark.style not in ("cn", "part")
        elif is_structural(p.text):
            after_item = in_item = False
        elif unnumbered:
            after_item = bool(p.text) and not DATE_LINE.match(p.text) and not TITLE_END.search(p.text)
        elif SUB_TARGET.match(p.text):
            after_item = in_item  # "——孕产妇死亡率…": a sub-target of the item, its own row when units follow it
        if ROSTER_LINE.match(p.text):
            roster, after_item = True, False
    return runs


# A line of a body's roster, its label spaced out or not ('成 员:安监', '组  长:农机局', '副主任:县领导'): the lines of
# names after it are its members, not an item's owners.
ROSTER_LINE = re.compile(r"^\s*(?:成[ \u3000]*员(?:[ \u3000]*单[ \u3000]*位)?|副?[ \u3000]*组[ \u3000]*长|副?[ \u3000]*主[ \u3000]*任"
                         r"|委[ \u3000]*员|副?[ \u3000]*指[ \u3000]*挥[ \u3000]*长)[ \u3000]*[:：]")


def _one_owner_column(before: list[PlanParagraph]) -> bool:
    """The table's header kept, its owner column one "责任单位" (责任部门, 负责单位), no 牵头 or
    配合 column: the units a row lists share the responsibility, none leads. "主要责任单位" beside
    "责任单位" is responsible too (the boundary between the two cells is lost one a line)."""
    headers = [p.text for p in before[-12:] if COLUMN_WORD.fullmatch(re.sub(r"^主要(?=责任)", "", p.text))]
    return bool(headers) and not any(re.match(r"牵头|主责|主办|配合|协办|参与|协助", h) for h in headers)


# A goal's sub-target, a paragraph of its own under it ("——孕产妇死亡率控制在…", "--…", "—…").
SUB_TARGET = re.compile(r"\s*(?:——|—|－－|--)\s*(?=[\u4e00-\u9fff\d“])")
# An empty cell of a table pasted one cell a paragraph, among its owner cells ("/", "—", "无").
EMPTY_CELL = re.compile(r"[/／—－\-]|无")
# A unit's name a table's cell cut short ("省人口计生", "新闻出版"): a level and two to five characters.
CUT_SHORT = re.compile(r"[省市县区镇乡]?[\u4e00-\u9fff]{2,5}")


def _cut_short_unit(text: str, following: str) -> bool:
    """A line among unit lines, right before another, that is a unit's name cut short (the cell of a
    flattened table: "省卫生厅" / "省人口计生" / "省公安厅"), not a person (a leader's column comes after
    the units, not between them) nor a task's words."""
    return (bool(CUT_SHORT.fullmatch(text)) and is_owner_line(following) and not has_task_word(text)
            and not person_name(text))


def _labelled(run: list[PlanParagraph], shared: bool = False) -> list[PlanParagraph]:
    units = [p for k, p in enumerate(run) if is_owner_line(p.text)
             or k + 1 < len(run) and _cut_short_unit(p.text, run[k + 1].text)]
    labels = (["责任单位"] * len(units) if len(units) == 1 or shared
              else ["牵头单位"] + ["配合单位"] * (len(units) - 1))
    out = []
    for p in run:
        if EMPTY_CELL.fullmatch(p.text):
            continue  # "/": the row's next owner cell left empty
        label = labels.pop(0) if p in units else "责任领导"
        out.append(PlanParagraph(f"{label}：{p.text}", p.line, p.source))
    return out


# ------------------------------------------------------------------ sections


def split_sections(paras: list[PlanParagraph]) -> list[Section]:
    """The plan cut at its top headings and 附件 lines; the first is the preamble."""
    marks = [item_mark(p.text) for p in paras]
    styles = {m.style for m in marks if m is not None}
    top = "part" if "part" in styles else "cn" if "cn" in styles and not _units_head_cn_lists(paras, marks) else None
    sections = [Section("", paras[0].line if paras else 0, [])]
    for p, m in zip(paras, marks):
        current = sections[-1]
        if ANNEX.match(p.text):
            sections.append(Section(p.text, p.line, [p], None, annex=True))
        elif m is not None and m.style == top and not (current.annex and not current.paras[1:]):
            sections.append(Section(p.text, p.line, [p], m, annex=current.annex))  # an annex's own 一、二、
        else:
            if current.annex and current.mark is None and len(current.paras) == 1 and len(current.title) <= 6:
                current.title = f"{current.title} {p.text[:40]}"  # "附件1" then its title line
                current.head_lines = 2
            current.paras.append(p)
    return [s for s in sections if s.paras]


def _units_head_cn_lists(paras: list[PlanParagraph], marks: list[Mark | None]) -> bool:
    """The plan's 一、二、 are lists of duties under units' bare names ('住房和城乡建设委员会⏎一、联合宣传…做好…。⏎二、…⏎
    总工会⏎一、…', unseen w2281): no parts to cut it into."""
    return any(m is not None and m.style == "cn" and m.value == "1" and k and _duty_item(m)
               and (unnumbered_owner_heading(paras[k - 1].text, paras[k].text) or bare_owner_heading(paras, k - 1))
               for k, m in enumerate(marks))


def is_tasks_title(title: str) -> bool:
    return bool(TASK_TITLE.search(title)) and not BOILERPLATE.search(title)


# ------------------------------------------------------------------ outline


def with_opening_units(markers: list[Marker], units: str, text: str) -> list[Marker]:
    """``markers`` with the units that open ``text`` (past its date, ``.prose.opening_at``) as its subject first, unless
    an owner's marker is there already."""
    if not units or any(m.has_owners and m.start == 0 for m in markers):
        return markers
    end = opening_at(text) + len(units)
    return [Marker(0, end, {"responsible": [units]}, "subject")] + [m for m in markers if m.start >= end]


def build_outline(section: Section, plain_verbs: bool = False) -> Item:
    """Items nested by rank; marker lines on the item above them (``plain_verbs``: a page that
    writes its owners in prose only, ``Item.plain_verbs``)."""
    root = Item(None, None, plain_verbs=plain_verbs)
    paras = section.paras
    if section.mark is not None and _part_is_a_block(section):
        root.mark = section.mark  # "一、XX项目⏎目标任务：…⏎责任单位：…": the part's heading is its one task's
        root.head = PlanParagraph(section.mark.rest, paras[0].line, paras[0].source)
        for p in paras[1:]:
            (root.markers if LINE_LABEL_RE.match(p.text) else root.body).append(p)
        return root
    heading = section.paras[0].text if section.mark is not None else ""  # the sentence before paras' first
    if section.mark is not None:
        rest = section.mark.rest
        root.head = PlanParagraph(rest, paras[0].line, paras[0].source) if "。" in rest or len(rest) > 40 else None
        paras = paras[1:]
    stack = [root]
    last_number = 0
    # the item whose words end '…应当包括下列内容:' (``CONTENTS_LEAD``), its list below it: the part's own head too, which
    # then keeps its words as the head of what it holds ('第十二条 …，预案应当包括下列内容：', a short one with no stop)
    contents: Item | None = root if section.mark is not None and CONTENTS_LEAD.search(section.mark.rest) else None
    if contents is root and root.head is None:
        root.head = PlanParagraph(section.mark.rest, section.paras[0].line, section.paras[0].source)
    for k, p in enumerate(paras):
        mark = None if LINE_LABEL_RE.match(p.text) else item_mark(p.text) or _nodot(p.text, last_number)
        if mark is not None and contents is not None and contents in stack and mark.rank > _rank(contents):
            contents.body.append(p)  # an item of what a document contains, no duty: its words stay the owner's
            continue
        if mark is None and not LINE_LABEL_RE.match(p.text):
            mark = _unnumbered_owner_heading(paras, k, stack, heading) or _next_owner_inline(p, stack)
        if mark is None and _paragraph_task(stack[-1], paras, k):
            mark = Mark(PARAGRAPH, PARAGRAPH_RANK, str(sum(c.mark is not None and c.mark.style == PARAGRAPH
                                                          for c in _host(stack).children) + 1), "", p.text)
        if mark is not None:
            while stack[-1] is not root and _rank(stack[-1]) >= mark.rank:
                stack.pop()
            item = Item(mark, p, stack[-1], plain_verbs=plain_verbs)
            stack[-1].children.append(item)
            stack.append(item)
            if mark.style in ("num", "nodot") and mark.value.isdigit():
                last_number = int(mark.value)
        elif LINE_LABEL_RE.match(p.text):
            stack[-1].markers.append(p)
        else:
            stack[-1].body.append(p)
        contents = stack[-1] if CONTENTS_LEAD.search(p.text) else None if mark is not None else contents
    return root


# A lead-in to a list of what a document or an application holds, not of duties: '气象灾害防御规划应当包括下列主要内容:',
# '应急预案应当载明下列事项：', '申请材料包括以下材料:' (unseen w1928: its five contents read as the government's tasks).
CONTENTS_LEAD = re.compile(r"(?<!职责)(?<!职能)(?<!任务)(?<!工作)(?<!分工)(?:主要)?(?:包括|包含|载明|列明|应有|具备|符合)(?:下列|以下|如下)"
                           r"(?:主要|基本)?(?:内容|事项|材料|条件|要素|情形)\s*[：:]\s*$")  # not '…的职责包括下列内容:' (duties)


# An unnumbered line naming a unit's duties over its numbered ones: '县卫健委主要职责', '县教育局职责：', '县公安局：'.
# ('乡(镇)政府在农村公路养护管理中具体责任如下:', '市级农村公路养护管理部门具体工作职能如下:', unseen w665)
OWNER_DUTIES_LINE = re.compile(r"([^，,。；;：:\s]{2,30}?(?:[，,、][^，,。；;：:\s]{2,30}?)?)(?:(?:在[^，,。；;：:]{2,30}?中)?的?(?:主要|具体)?(?:工作)?(?:职责|职能|责任)"
                               r"(?:分工)?(?:如下|是|为|包括(?:(?:下列|以下|如下)(?:主要)?(?:内容|方面|事项))?)?)?\s*[：:]?")
OWNER_HEADING = "owner_heading"
# A list's first item whose words the page lost ('東至縣環境保護局主要職責:⏎(一)⏎(二)負責…', unseen w692).
EMPTY_FIRST_ITEM = re.compile(r"^\s*(?:[（(]\s*一\s*[）)]|[1１]\s*[.．、]|一\s*、)\s*$")
NO_ONES_BODY = re.compile(r"(?:各|相关|有关|本|我|内设|下属|直属|所属)?(?:职能)?(?:部门|单位|机构|科室|处室|组织)")


def unnumbered_owner_heading(text: str, below: str) -> str:
    """The unit of a line without a number naming its duties right over a list that starts at its first item
    ('县教育局主要职责⏎1.…', '县公安局：⏎1.…'), or "": a bare name with no colon heads nothing."""
    line = text.strip()
    found = OWNER_DUTIES_LINE.fullmatch(line)
    mark = (item_mark(below) or item_mark(EMPTY_FIRST_ITEM.sub(r"\g<0>…", below))) if found else None
    if mark is None or mark.value not in ("1", "一") or mark.style == "part":
        return ""
    name = found.group(1)
    if name == line or NO_ONES_BODY.fullmatch(name) or is_group(name) and not _each_body_of_a_kind(name):
        return ""  # '部门职责', '各单位职责': no one in particular
    names = re.split(r"[，,、]", name)  # a body's two names ('中共某市委群众工作局,某市人民政府信访局主要职责:', unseen w855)
    return name if all(is_unit_name(n) and looks_like_org(n) for n in names) or _each_body_of_a_kind(name) else ""


EACH_OF_A_KIND = re.compile(r"各(?:级|有关|相关)?([\u4e00-\u9fff（）()]{2,12})")


def _each_body_of_a_kind(name: str) -> bool:
    """'各街道办事处', '各乡镇人民政府', '各村委会', '各社区': each body or place of one kind, whose duties a line may head
    (unseen w1030's '各街道办事处主要职责:'); not 各部门, 各有关单位 (no one in particular)."""
    m = EACH_OF_A_KIND.fullmatch(name)
    kind = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", m.group(1)) if m else ""  # '各镇（街道）': each town (or street)
    return bool(kind) and not NO_ONES_BODY.fullmatch(kind) and (looks_like_org(kind) or bool(GROUP_END_RE.search(kind)))


def bare_owner_heading(paras: list[PlanParagraph], k: int) -> str:
    """A unit's bare name on its line (no colon, no 职责) over a list that starts again at its first item, right
    under it or under one line of its own duty ('负责…'), after an item above (of any style but a part's: units'
    lists may be numbered differently, a stranger's probe of a892e7e): a unit / duties table pasted one unit a line
    ('(四)…⏎市建设局⏎(一)…⏎(二)…⏎人民法院⏎(一)…', unseen w710), where each name heads the duties below it; the
    first such name, with no item above, when the next one after its list is one too. "" otherwise (a name after an
    item, the next item not a new list's first, is that item's owner cell: ``label_owner_lines``)."""
    name = paras[k].text.strip()
    if not name or is_structural(name) or is_group(name) or not (is_unit_name(name) and looks_like_org(name)):
        return ""
    j = k + 2 if k + 2 < len(paras) and not is_structural(paras[k + 1].text) and opens_with_duty(paras[k + 1].text) else k + 1
    below = item_mark(paras[j].text) if j < len(paras) else None
    if below is None or below.value not in ("1", "一") or below.style == "part" or below.style == "cn" and not _duty_item(below):
        return ""  # a name over '一、总体要求' is a signature or an addressee, not a unit heading its duties
    above = _item_above(paras, k)
    if above is None:  # the table's first unit: heads its list when the next unit after the list does
        after = next((i for i in range(j + 1, len(paras)) if item_mark(paras[i].text) is None
                      and not (i == j + 1 and opens_with_duty(paras[i].text))), None)
        return name if after is not None and after + 1 < len(paras) and bare_owner_heading(paras, after) else ""
    if above.style == "cn":  # ('…⏎三、配合市防艾办做好…。⏎总工会⏎一、充分发挥…。', unseen w2281): the lists of duties
        return name if below.style == "cn" and _duty_item(above) and _duty_item(below) else ""  # numbered by sections
    return name if above.style != "part" else ""  # (the units' lists may be numbered differently)


def _duty_item(mark: Mark) -> bool:
    """An item that is a duty written out (a sentence: '一、联合宣传、农业等部门做好…。'), not a section's short heading
    ('一、总体要求', '三、工作措施')."""
    rest = mark.rest.strip()
    return len(rest) >= 8 and not DUTIES_TITLE.search(rest) and (rest[-1] in "。；;" or len(rest) > 30)


DUTIES_TITLE = re.compile(r"(?:职责|分工|任务|职能)(?:如下|分工)?\s*[：:]?\s*$|(?:职责|职能|分工)。\s*$")  # ('（一）明确部门
# 职责。', the probe; not '（五）完成上级交办的其他任务。', a task of its own)


def _item_above(paras: list[PlanParagraph], k: int) -> Mark | None:
    return next((m for m in (item_mark(p.text) for p in reversed(paras[:k])) if m is not None), None)


def _unnumbered_owner_heading(paras: list[PlanParagraph], k: int, stack: list[Item], before: str = "") -> Mark | None:
    """Such a line (``unnumbered_owner_heading``, ``bare_owner_heading``) as a heading a little above its list's
    rank, so that each heads its own list ('县教育局主要职责⏎1.…⏎2.…⏎县卫健委主要职责⏎1.…'), as '（一）县教育局主要职责'
    would."""
    name = unnumbered_owner_heading(paras[k].text, paras[k + 1].text) if k + 1 < len(paras) else ""
    name = name or bare_owner_heading(paras, k)
    name = "" if name.startswith(("该", "其")) else name  # '该机构的主要职责包括:': the body set up above, not a name
    if not name and BARE_DUTIES.fullmatch(paras[k].text) and k + 1 < len(paras) and item_mark(paras[k + 1].text):
        name = set_up_body(paras[k - 1].text if k > 0 else before)
    if not name:
        return None
    below = next((m for m in (item_mark(p.text) for p in paras[k + 1:k + 3]) if m is not None), None)
    if below is None:
        return None  # '…主要職責:⏎(一)⏎' and no item after the empty one
    above = _item_above(paras, k)
    if (above is not None and above.style not in ("cn", "part") and above.rank < below.rank
            and not DUTIES_TITLE.search(above.rest)):
        below = replace(below, rank=above.rank)  # '县交通运输局⏎（一）…⏎县市场监管局⏎1.…': above the list before it too
        # ('（五）完成上级交办的其他任务。⏎镇农业服务中心⏎1.…': (五) is a task, not the unit's heading; '（五）各部门职责⏎县教育局
        # ⏎1.…' is)
    heading = next((i for i in reversed(stack) if i.mark is not None and i.mark.style == OWNER_HEADING), None)
    if heading is not None and heading.mark.rank < below.rank - 0.25:
        below = replace(below, rank=heading.mark.rank + 0.25)  # the next unit's heading beside the last one's
    host = next((item for item in reversed(stack) if item.mark is None or item.mark.rank < below.rank - 0.25), stack[0])
    count = sum(c.mark is not None and c.mark.style == OWNER_HEADING for c in host.children) + 1
    return Mark(OWNER_HEADING, below.rank - 0.25, str(count), "", name)  # its rest the unit, as '（一）县教育局' has


# A unit's name and a colon opening its duty on one line ('金龙街道:排查普通危房5户。'), or the name before 负责, 牵头, 要
# or 应当 ('县城管局负责占道经营整治。', the second probe of this session: the item above lost its words to such lines too).
INLINE_OWNER = re.compile(r"([^，,。；;：:\s]{2,30}?)(?:\s*[：:]\s*(?=\S)|(?=负责|牵头|要(?!求)|应当))")  # or before its verb


def _next_owner_inline(p: PlanParagraph, stack: list[Item]) -> Mark | None:
    """After the list a unit's heading heads ('农林水局:⏎(1)…⏎(2)…'), the next unit's duty on its own line ('金龙街道:排查
    普通危房5户。', blind w1436; '县城管局负责…'): a task beside the heading, numbered on from it, not more words of the
    list's last item (which took it in, and lost its own words to it); so is each such line after it."""
    heading = next((i for i in reversed(stack) if i.mark is not None and (
        i.mark.style == OWNER_HEADING and i is not stack[-1] or i.mark.style == PARAGRAPH and _inline_owner(i.mark.rest))),
        None)
    if heading is None or not _inline_owner(p.text):
        return None
    host = heading.parent or stack[0]
    count = sum(c.mark is not None and c.mark.style in (PARAGRAPH, OWNER_HEADING) for c in host.children) + 1
    return Mark(PARAGRAPH, heading.mark.rank, str(count), "", p.text)  # numbered on from the headings beside it


def _inline_owner(text: str) -> str:
    """The unit whose duty ``text`` opens with, after its name and a colon or before its verb (``INLINE_OWNER``), or ""."""
    found = INLINE_OWNER.match(text)
    name = found.group(1) if found else ""
    if name and is_group(name):  # '各乡镇:', '各街道办事处:', '各部门:' head their lines too (each line its own task)
        return name
    return name if name and is_unit_name(name) and looks_like_org(name) else ""


def _part_is_a_block(section: Section) -> bool:
    """A part whose heading names one task (a project, not 主要任务 or 保障措施) and whose lines are that
    task's labelled fields (``.field_blocks``) with its owner lines, no item among them."""
    title = section.mark.rest if section.mark is not None else ""
    lines = [p.text for p in section.paras[1:]]
    fields = [t for t in lines if not LINE_LABEL_RE.match(t)]
    return (not is_tasks_title(title) and not BOILERPLATE.search(title) and len(fields) < len(lines)
            and not any(is_structural(t) for t in fields) and opens_block(fields))


def _opens_named_block(paras: list[PlanParagraph], k: int) -> bool:
    """"项目名称：XX" followed by its fields or owner lines, or a heading without its number ("城乡供水一体化
    工程") right above a content field whose block has owner lines: a task of its own, named by the line."""
    text = paras[k].text
    nxt = paras[k + 1].text if k + 1 < len(paras) else ""
    if names_a_task(text):
        return bool(field_label(nxt) or LINE_LABEL_RE.match(nxt))
    if field_label(text) or not is_heading(text) or is_structural(text) or not is_content_field(nxt):
        return False
    for later in paras[k + 2:]:
        if LINE_LABEL_RE.match(later.text):
            return True
        if not field_label(later.text):
            return False
    return False


def _goes_on_block(top: Item, text: str) -> bool:
    """"完成情况：…" after "项目名称：A⏎工作内容：…⏎责任单位：…": a field the item's block does not have yet
    goes on that block, after its owner lines too; a label it has ("工作内容：B") opens the next task."""
    label = field_label(text)
    if not label or names_a_task(text) or top.head is None:
        return False
    labels = [field_label(p.text) for p in [top.head] + top.body]
    return any(labels) and label not in labels


def _paragraph_task(top: Item, paras: list[PlanParagraph], k: int) -> bool:
    """A paragraph without a number that starts a task of its own: its text runs up to
    marker lines ("责任单位：…", "完成时限：…") and it follows the marker lines of the task
    before it, or, at the top of a part, no task came before and its marker lines follow
    it directly (unnumbered items each with their label lines, as in a list pasted
    without its numbers)."""
    if LINE_LABEL_RE.match(paras[k].text):
        return False
    if _opens_named_block(paras, k):
        return True
    if _goes_on_block(top, paras[k].text):
        return False
    after_markers = bool(top.markers) and k > 0 and bool(LINE_LABEL_RE.match(paras[k - 1].text))
    first = top.mark is None and not top.markers and not top.children
    cell = k + 1 < len(paras) and _owner_cell(paras[k + 1])
    if cell and (top.markers or first):
        return True  # the cell before a table's owner cell (``label_owner_lines``), after a report cell or not
    if after_markers and _sub_targets_before_cell(paras, k):
        return True  # "——…" / "——…" / units: sub-targets sharing one row's units, after another row's
    if _first_sub_target_row(top, paras, k):
        return True  # goal / "——…" / units / "——…" / units: the goal's rows are its sub-targets
    if not (after_markers or first):
        return False
    for n, nxt in enumerate(paras[k + 1:] if after_markers else paras[k + 1:k + 2]):
        if LINE_LABEL_RE.match(nxt.text):
            return not _owner_cell(nxt)  # a table's owner cell: its task is the cell right before it
        if is_structural(nxt.text):
            return False
    return False


def _sub_targets_before_cell(paras: list[PlanParagraph], k: int) -> bool:
    """Paragraph ``k`` and those after it up to a table's owner cell are all sub-targets ("——…"):
    one row's cell split into paragraphs, owned by the units after them."""
    return _cell_after_sub_targets(paras, k) is not None


def _first_sub_target_row(top: Item, paras: list[PlanParagraph], k: int) -> bool:
    """Paragraph ``k``, a sub-target right under its goal (no units between), is the first of the
    goal's rows when the units after it are its own: another sub-target after those units has units
    of its own too (a 分解书 whose goal row has no cells, each '——' row its own). A goal whose
    sub-targets all come before the one run of units keeps them as its text."""
    if (top.mark is None or top.mark.style == PARAGRAPH or top.markers or top.body or top.children
            or paras[k - 1] is not top.head):
        return False
    cell = _cell_after_sub_targets(paras, k)
    if cell is None:
        return False
    later = next((j for j in range(cell, len(paras)) if not _owner_cell(paras[j])), len(paras))
    return later < len(paras) and _cell_after_sub_targets(paras, later) is not None


def _cell_after_sub_targets(paras: list[PlanParagraph], k: int) -> int | None:
    """Where the owner cell after the sub-targets from ``k`` starts; None unless paragraph ``k``
    and those after it up to an owner cell are all sub-targets."""
    for j in range(k, len(paras)):
        if _owner_cell(paras[j]):
            return j if j > k else None
        if not SUB_TARGET.match(paras[j].text) or LINE_LABEL_RE.match(paras[j].text):
            return None
    return None


def _owner_cell(p: PlanParagraph) -> bool:
    """A line of unit names given its label by ``label_owner_lines`` (the label is not in its source)."""
    return bool(LINE_LABEL_RE.match(p.text)) and not LINE_LABEL_RE.match(p.source)


def _host(stack: list[Item]) -> Item:
    """The item a new paragraph task goes under: beside the paragraph task on top, else under the top."""
    top = stack[-1]
    return top.parent if top.mark is not None and top.mark.style == PARAGRAPH and top.parent is not None else top


def _rank(item: Item) -> float:
    return item.mark.rank if item.mark is not None else -1.0


def _nodot(text: str, last_number: int) -> Mark | None:
    """"12加大经费投入…" right after item 11: an item number that lost its dot."""
    m = NODOT.match(text)
    if m is None or int(m.group(1)) != last_number + 1 or last_number == 0:
        return None
    return Mark("nodot", 3, m.group(1), m.group(1), text[m.end():].strip())
