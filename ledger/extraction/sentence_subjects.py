"""The last reading of a page in which nothing else finds a task: no task table, no part titled as tasks, no label,
bracket or owner sentence of the forms ``.prose`` knows. A short news item or notice ("…为进一步压实责任,街道监察室全程
跟踪督查监管。", "2. …各区人民政府充分发挥属地作用,…") still says who does what in its sentences: a clause opened by named
units (the lexicon's or the roster's) before words of their own is a task of those units. On such a page a group
("会议强调,各部门要坚持问题导向,…", unseen w2485; 各相关单位要制定明确整改方案) owns its clause as a named unit does: nothing
else on the page says who the work is for (in a plan with tasks, ``.prose`` reads 各部门要… alone as an instruction to
all). Each such task is reported (``SUBJECT_SENTENCES``) so that a clerk checks them; a page without any such clause
still has no task."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from ..numerals import ENCLOSED
from ..roster import split_cell
from .drafts import EVERY_LEVELS_SECTOR, Draft
from .names import GROUP_END_RE, is_group, strip_note
from .outline import PlanParagraph
from .prose import (APPOINTED, CALL_BEFORE_UNITS, DONE, EVERYONE, KIND_OF_BODY, LED_FRAME, NOT_A_PLAIN_NAME, PEOPLE, PROGRESS_SENT_UP, SENTENCE_REACH, SINCE,
                    TIME_FRAME, WHOLE_PLACE, _all_units, only_calls)

# Where a clause may begin: a paragraph's start, after a stop, a semicolon, a comma or a colon.
CLAUSE_START = re.compile(r"(?:^|(?<=[。；;！!？?，,：:]))")
CLAUSE_END = re.compile(r"[。；;！!？?\n]")
SEGMENT_END = re.compile(r"[，,。；;：:！!？?\n]")
# What may open a clause before its subject: an item's number, a point's mark, a linking word.
LEAD = re.compile(r"\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十\d]{1,3}\s*[、.．]"
                  rf"|[一二三四五六七八九十]{{1,3}}是|[{ENCLOSED}])?\s*(?:同时|因此|此外|另外|其中|并且|对此)?[，,]?\s*“?")
# (a speech quoted after its colon: '县长强调：“各乡镇要严格落实…”', the probe of this session)

# A name that may own a clause here ends as an organisation's does (not a place's or a facility's: 活动中心, 厕所,
# 场所, 教室) ...
NAME_END = re.compile(r"(?:局|委|办|厅|部门|(?<![干内外全总局])部|政府|办事处|(?<!活动)中心|(?<![厕场住处])所|站|队|(?<!庭)院|委员会|公司|集团|小组"
                      r"|指挥部|协会|学校|医院|委会|街道|乡镇|镇街|街镇|县区|旗区|[镇乡村]|社区|[^教]室|科|分局|机构|单位|组织"
                      r"|联社|合作社|工会|工商联|科协|妇联|残联|文联|侨联|红十字会|银行|党校|中学|小学|公所)$")
# A 街道, 社区 or 村 named by its place alone (城关街道, 幸福社区, 红星村村委会): the lexicon knows no such name.
_PLACE_NAMED = r"[\u4e00-\u9fff]{2,4}(?:街道|社区|村(?:村?委会|民委员会)?|居委会)(?:办事处)?"
PLACE_NAMED = re.compile(_PLACE_NAMED)
# ... begins with a level or a place (市…, 各…, 街道…, 天津市…), a body every plan sets up, or is a sector's 部门 ...
NAME_START = re.compile(r"各|[省市县区镇乡村]|街道|社区|[^\x00-\u4dff向对在为与和及把被将从于的定每期]{1,8}?[省市县区州旗盟镇乡](?![场民长])"
                        r"|[\u4e00-\u9fff]{0,4}(?:办公室|领导小组|指挥部)|[\u4e00-\u9fff]{2,4}部门?$"
                        r"|" + _PLACE_NAMED + "$")
# ... and opens with no function word ("为努力补齐城乡厕所…", "但中心村…", "是学校教育…", "定期向市政府…"), holds no 的,
# particle or mark but brackets and 、.
FUNCTION_START = re.compile(r"关于|进一步|结合|[为但是才从在对把将使让而且并若如因以于由据向给被这那其该此每全本我]")
NOT_A_NAME = re.compile(r"[的之以了着过]|[^\u4e00-\u9fff（）()、]|每[年季月周旬日半]")  # (how often: '…部门每半年向…')
MAX_NAME = 60  # characters of a clause's head tried as its names
LEAD_IN = 30  # characters of a sentence before its first subject kept in the task's words (a time, a purpose)

# How the words of a duty commonly begin after its owner's name: the first such word after a name ends the name
# ("街道监察室全程跟踪…" is 街道监察室's, not 街道's; "市畜牧兽医局重点对饲料生产经营单位…" is the 局's). A head before
# any other word is no owner here ("各乡镇根据本方案的要求是做好宣传": no task, as ``.prose`` reads it).
DUTY_VERB = re.compile(r"一定要|一要|务必|确保|受(?!灾)|要(?![素件])|应(?![急])|行使|启动|统筹|主要|提交|提供|报送|上报|原则上|须|必须|将|负责|牵头|配合|协助|参与"
                       r"|承担|重点|全程|全面|充分|进行|按|积极|认真|及时|加强|加大|开展|组织(?![部者])|做好|抓好|落实|制定|实施"
                       r"|统一|定期|每|会同|主动|切实|严格|具体|不定期"
                       r"|(?:根据|依据)[^，,。；;]{1,24}[，,]|测算|(?<!机构)编制(?![部委办局])|筹集|拨付|审核|审批|核定"  # '县民政局、县财政局根据…情况,测算…,编制年度预算' (unseen w2670)
                       r"|于[^，,。；;]{1,12}?(?:前|后|末|底|内|初|中)")
CJK = re.compile(r"[\u4e00-\u9fff]")
# A group that owns its clause even in a part of requests: one kind of body's (各中队, 各成员单位), besides places' and
# ``KIND_OF_BODY``.
BODY_GROUP_END = re.compile(r"(?:队|成员单位|委员会|办事处|管委会)$")
# A heading's noun phrase after everyone, no duty: "(1)各级部门提供资料的具体要求。" (blind w1905; not a named unit's
# '县教育局负责制定学生管理的具体办法').
TITLE_WORDS = re.compile(r"的[^，,。；;]{0,8}(?:要求|办法|规定|措施|情况|内容|原则|职责|分工|时间节点|时间安排|步骤|目标任务)$")
# Who calls on the units, before them: '县长希望各单位要…', '会议要求各乡镇…' (the session's probe): no part of their names.
CALLED_BY = re.compile(r"[^，,。；;\s]{0,8}?" + CALL_BEFORE_UNITS.pattern)
# A call to study what was said, no duty: '各地各部门要认真学习贯彻会议精神' (the probe of this session).
STUDY_CALL = re.compile(r"(?:要|应当?)?\s*(?:认真|深入|迅速)?(?:学习|传达|贯彻|领会|落实)[^，,。；;]{0,12}?精神")
# Words after a name that give it no duty: a notice's heading (…办公室关于印发…), a contact line, a document's number.
NOT_A_DUTY = re.compile(r"^(?:(?:发布|印发|转发)?关于|联系|[发函字][〔\[（(【])|通知$")
# A meeting's news, not a duty: who held, attended, chaired or spoke ("市住建局召开…专题会议", "县疾控中心班子成员参加会议"),
# looked for in the clause's sentence up to NEWS_REACH characters after the names.
NEWS = re.compile(r"召开|参加(?![^，,。；;]{0,6}(?:检查|督查|整治|巡查|监督))|出席|主持|讲话|致辞|发言|座谈会|发布时间|作[^，,。；;]{0,8}报告")
NEWS_REACH = 60
PEOPLE_NEXT = re.compile(rf"[^，,。；;]{{0,2}}?(?:{PEOPLE}|领导(?:带队|同志|干部)|负责同志)")  # the unit's people, right after it
# What was achieved, not a duty: figures reached or compared, counts of cases handled, money spent, a result
# ("县财政局积极争取上级资金2.3亿元，同比增长15%", "县检察院…共办理案件126件", "城关镇每年接待游客50万人次"); and a notice's
# opening line ("县政府办公室按照有关规定，现将有关事项通知如下：").
ACHIEVED = re.compile(r"同比|环比|累计|共计|共(?:办理|完成|接待|破获|查处|受理|发放|投入|争取)|人次|取得[^，,。；;]{0,6}成效|再创新高"
                      r"|达到\d|入选|超过?\d|\d+(?:\.\d+)?\s*(?:亿|万)?元|现将|如下[：:]")


def subject_sentence_drafts(paras: list[PlanParagraph], unit_like: Callable[[str], bool],
                            requests: frozenset[int] = frozenset()) -> list[Draft]:
    """A draft for each clause of ``paras`` opened by named units before a duty's words (see the module's note): its
    words from its start to the next such clause or its sentence's end. In the paragraphs at the lines of ``requests``
    (a part titled 工作要求, 保障措施 …) everyone (各部门, 各单位) is called on, and owns nothing, as in a plan."""
    drafts: list[Draft] = []
    for p in paras:
        found: list[tuple[int, str]] = []
        seen: set[int] = set()  # where the names begin (a time before them is a clause of its own: "6月20日,市…")
        for start in _clause_starts(p.text):
            hit = _subject_at(p.text, start, unit_like, p.line not in requests)
            if hit is not None and hit[2] not in seen:
                seen.add(hit[2])
                found.append(hit[:2])
        ends = [m.end() for m in CLAUSE_END.finditer(p.text)] + [len(p.text)]
        for k, (start, units) in enumerate(found):
            at = bisect_right(ends, start)
            end = ends[at]  # its sentence's end (the last, the text's, is never passed)
            if k + 1 < len(found):
                end = min(end, found[k + 1][0])
            begins = ends[at - 1] if at else 0  # its sentence's start
            if (k == 0 or found[k - 1][0] < begins) and start - begins <= LEAD_IN:
                start = begins  # "每年汛期前，县水利局全面进行…": the time or purpose before the first subject is its task's
            drafts.append(Draft([], (), p.text[start:end].strip().rstrip("，,"), {"responsible": [units]}, p.text, p.line))
    return drafts


def _clause_starts(text: str) -> list[int]:
    return [m.end() for m in CLAUSE_START.finditer(text) if m.end() < len(text)]


def _subject_at(text: str, start: int, unit_like: Callable[[str], bool], everyone: bool) -> tuple[int, str, int] | None:
    """(where the clause begins past its number, its units, where they begin) when named units open the clause at
    ``start``, after a time or who leads it, before a duty's words: the shortest head of names (``_names``) that
    ``DUTY_VERB`` follows; None for a clause that is all names, a report, a post filled, a heading, a meeting's news."""
    lead = LEAD.match(text, start)
    opening = at = lead.end() if lead else start
    frame = TIME_FRAME.match(text, at) or LED_FRAME.match(text, at) or CALLED_BY.match(text, at)
    at = frame.end() if frame else at
    stop = SEGMENT_END.search(text, at)
    end = stop.start() if stop else len(text)
    after = next((h for h in range(at + 2, min(end - 1, at + MAX_NAME))
                  if DUTY_VERB.match(text, h) and NAME_END.search(text, at, h) and _names(text[at:h], unit_like, everyone)), 0)
    if not after or _names(text[at:end], unit_like, everyone):
        return None
    words = text[after:end]
    stop = CLAUSE_END.search(text, after, after + NEWS_REACH)
    sentence = text[after:stop.start() if stop else after + NEWS_REACH]
    lo = max(0, start - SENTENCE_REACH)  # a paragraph of clauses that never stops is looked back over a sentence's reach
    begins = max([lo - 1] + [text.rfind(ch, lo, start) for ch in "。；;！!？?\n"]) + 1
    if (len(CJK.findall(words)) < 4 or DONE.search(words) or APPOINTED.search(words) or NOT_A_DUTY.search(words)
            or SINCE.search(text, begins, at)  # ('…制度以来,在…下,各地及各成员单位认真履职尽责', unseen w2647: looking back)
            or PEOPLE_NEXT.match(words) or NEWS.search(sentence) or ACHIEVED.search(sentence)
            or text.startswith(("：", ":"), end)):
        return None
    if PROGRESS_SENT_UP.match(text, after) and all(is_group(u) for u in split_cell(text[at:after])):
        return None  # groups' progress sent up ('各县区、市直各有关部门每季度向市发改委报送一次工作进展情况'), no duty
    if ((only_calls(text[after:]) or TITLE_WORDS.search(words) or STUDY_CALL.fullmatch(words))
            and any(_everyone(u) for u in split_cell(text[at:after]))):
        return None  # "各有关部门、各乡镇要按照职责分工，抓好落实。": a call on everyone, no duty; a heading's words
    return opening, text[at:after], at


def _names(units: str, unit_like: Callable[[str], bool], everyone: bool) -> bool:
    """Every piece of ``units`` a name that may own a clause here (``NAME_END``, ``NAME_START``, no function word, no
    mark, not the place as a whole; everyone (``_everyone``) only with ``everyone``) and a unit to the lexicon or the
    roster."""
    pieces = split_cell(units)
    return bool(pieces) and all(
        NAME_END.search(u) and NAME_START.match(u) and not FUNCTION_START.match(u) and not NOT_A_NAME.search(u)
        and len(u) <= 20 and not WHOLE_PLACE.match(u) and not NOT_A_PLAIN_NAME.search(u) and (everyone or not _everyone(u))
        for u in pieces) and (_all_units(units, unit_like) or all(PLACE_NAMED.fullmatch(u) or unit_like(u) for u in pieces))


def _everyone(unit: str) -> bool:
    """A group that is everyone of a kind (各部门, 各有关单位, 各学校): in a part of requests a call on all, no task (as
    ``.prose`` reads it); not a group of places (各乡镇, 各镇街), of one kind of body (各县人民政府, 各乡镇卫生院, 各中队) or a body's members
    (各成员单位), which owns its clause."""
    bare = strip_note(unit)
    return bool(EVERYONE.fullmatch(bare)) or is_group(unit) and not (
        GROUP_END_RE.search(bare) or KIND_OF_BODY.fullmatch(bare) or BODY_GROUP_END.search(bare)
        or EVERY_LEVELS_SECTOR.match(bare))
