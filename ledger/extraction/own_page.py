"""A body's duties on its own page, the body named only as the page's subject.

A 机构职能 / 部门职责 / 单位简介 page of a government site, or a wiki's entry on a body, names one
unit as its subject (its title line '县市场监督管理局主要职责', '某某镇农业服务中心', or a field
'中文名:…', '单位名称：…'), then a duties heading with no unit of its own ('主要职责', '职能职责',
'工作职责', '职责', '一、主要职责') over its duties: an opening sentence and numbered items that never
name the body again (blind w293, a township 林业站's entry). Each duty is a task of the page's
unit: responsible, or cooperating when the duty opens with 协助/配合 another body (which is not an
owner of the duty: it is only the one helped).

Only on a page that names exactly one unit as its subject before the heading and no plan title
(a 领导小组's 主要职责 under '关于…的实施方案' is the group's, read as before), and only when no duty
names another owner of its own (a '四、工作职责' whose blocks are '<unit>：<duty>' keeps them).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..roster import split_cell
from .markers import OWNER_ROLES
from .names import is_group
from .outline import Mark, PlanParagraph, item_mark, unnumbered_owner_heading
from .prose import ANY_DEPARTMENT, opens_with_owner, paragraph_markers

DUTY_WORDS = r"(?:主要)?(?:工作|基本|职能|部门|机构|单位)?(?:职责|职能)(?:职责|职能)?"  # 主要工作职责 (unseen w588)
# A duties heading with no unit of its own: '职能职责', '主要职责：', '工作职责'.
DUTIES_HEADING = re.compile(rf"{DUTY_WORDS}\s*[：:]?")
# A title line naming the unit and its duties: '县市场监督管理局主要职责', '县统计局的职能职责'.
UNIT_DUTIES_TITLE = re.compile(rf"(.{{2,40}}?)的?{DUTY_WORDS}")
# A marked duties heading naming the work, no body: '三、防震减灾行政执法的主要职责' (unseen w546).
WORK_DUTIES_HEADING = re.compile(rf"([\u4e00-\u9fff]{{2,16}})的{DUTY_WORDS}\s*[：:]?")
# What kind of department a body is, as its page says it ('…的职能部门', '…工作部门').
_DEPARTMENT_KIND = r"职能部门|主管部门|工作部门|工作机构|办事机构|职能机构|直属机构|派出机构|事业单位"  # …所属公益一类事业单位 (unseen w2523)
# A body's short name given after it: '(以下简称县计生委)'.
_SHORT_NAME_NOTE = r"(?:[(（](?:以下)?简称[^)）]{1,12}[)）])?"
# A page's opening sentence saying what its body is: '县防震减灾局是县人民政府主管全县防震减灾事业的职能部门,…'.
SUBJECT_SENTENCE = re.compile(r"\s*([^，,。；;：:\s]{2,30}?)(?:是|为|作为)[^，,。；;]{0,40}?(?:" + _DEPARTMENT_KIND
                              + r"|执法主体|执法机关)(?=[，,。；;])")
# A 三定 page's opening sentence keeping or setting up its body as a department: '…,保留都昌县计划生育委员会(以下简称县计生委)
# 为县人民政府工作部门。' (unseen w1797).
KEPT_AS_DEPARTMENT = re.compile(r"(?:保留|设立|设置|组建|成立)([^，,。；;：:\s()（）]{2,30}?)" + _SHORT_NAME_NOTE
                                + r"(?:为|作为)[^，,。；;]{0,24}?(?:" + _DEPARTMENT_KIND + r")(?=[，,。；;]|$)")
# A paragraph that names its body first and ends by opening its duties: '市民宗局贯彻落实…领导。主要职责是:' (unseen w584),
# '市档案局(馆)是市人民政府授权…的工作机构。…主要职能是:' (w562).
LEAD_IN_DUTIES = re.compile(rf"[。；;]\s*(?:其|本局|本单位)?{DUTY_WORDS}(?:是|为|如下|包括)?\s*[：:]\s*$")
OPENING_BODY = re.compile(r"\s*([^，,。；;：:\s]{2,30}?)(?=是|为|作为|贯彻|负责|主要|承担|履行|在)")
# A body's 三定 regulation: '常州市武进区民族宗教事务局职能配置、⏎内设机构和人员编制规定' (its title wrapped, unseen w589).
THREE_SET_TITLE = re.compile(r"([^\s，,。；;：:《》]{2,40}?)(?:主要职责|职能配置)[、，,]?\s*内设机构和人员编制规定")
# A title line naming the unit only, or the unit and what the page is: '某某街道办事处简介'.
UNIT_TITLE = re.compile(r"(.{2,40}?)(?:的?(?:单位|机构|部门)?(?:简介|概况|介绍))?")
# The name field of a page's info box: '- 中文名:利川市南坪鄉林業站', '单位名称：县市场监督管理局'.
NAME_FIELD = re.compile(r"[-•·*＊\s]*(?:中文名称?|名称|单位名称|单位全称|机构名称|部门名称)\s*[：:]\s*(\S.{0,39}?)\s*")
# A plan's title or its issuer's notice: the page is a plan, not a body's page.
PLAN_TITLE = re.compile(r"关于(?!我们)|(?:方案|意见|计划|规划|要点|办法|通知|细则|决定)$")
# A generic body word, no one's name: '单位简介' is no page of a unit called 单位.
GENERIC = re.compile(r"(?:内设|下属|直属|派出|所属)?(?:机构|单位|部门|科室|组织)")
# A lead-in line under the heading: '根据…，县统计局的主要职责是：'.
LEAD_IN_END = ("：", ":")
# A line that heads something else after the duties: short, no sentence in it ('内设机构', '联系方式').
SENTENCE_MARK = re.compile(r"[。，,；;！!？?、]")
# A field line after the duties ('联系电话：0718-1234567'): no duty.
FIELD_LINE = re.compile(r"[-•·*＊\s]*[\u4e00-\u9fff]{2,8}\s*[：:]\s*[^。；;]{1,40}")
# A duty that opens by helping another body: the page's unit cooperates.
HELPING = re.compile(r"(?:积极)?(?:协助|配合|协同|参与)")


@dataclass(frozen=True)
class OwnDuties:
    """The page's unit and its duties (the paragraphs under the heading but a lead-in), the part's
    lines ``start``..``end``."""

    unit: str
    paras: list[PlanParagraph]
    start: int
    end: int


def page_duties(paras: list[PlanParagraph], unit_like: Callable[[str], bool]) -> OwnDuties | None:
    """The duties part of a body's own page (that of the first duties heading with lines under it:
    a site's menu line '机构职能' over the page's fields heads nothing), or None; None on a page of several units'
    duty headings ('县教育局主要职责⏎1.…⏎县卫健委主要职责⏎1.…': each heads its own list, ``.outline``)."""
    headings = {unnumbered_owner_heading(p.text, q.text) for p, q in zip(paras, paras[1:])} - {""}
    if len(headings) >= 2:
        return None
    for k, p in enumerate(paras):
        own = _heading_unit(p.text, unit_like)
        duties = duties_part(paras, k + 1, item_mark(p.text)) if own is not None else []
        if not duties:
            continue
        subject = _page_subject(paras[:k], unit_like)
        unit = one_body([u for u in (own, subject) if u]) if subject is not None else None
        kept = without_lead_ins(duties)
        if unit is None or not kept or names_other_owners(kept, unit, unit_like):
            return None
        return OwnDuties(unit, kept, duties[0].line, duties[-1].line)
    return None


def give_duty(roles: dict[str, list[str]], text: str, unit: str) -> None:
    """The page's unit in a duty's ``roles``: cooperating when the duty opens with 协助/配合 another body
    (that body is only the one helped, whatever owner its sentence was read to name: '参与镇政府组织…'),
    responsible when the duty names no owner."""
    if opens_helping(text):
        for role in OWNER_ROLES:
            roles.pop(role, None)
        roles["cooperating"] = [unit]
    elif not any(roles.get(r) for r in OWNER_ROLES):
        roles["responsible"] = [unit]


def opens_helping(text: str) -> bool:
    return HELPING.match(_without_mark(text)) is not None


def _without_mark(text: str) -> str:
    mark = item_mark(text)
    return mark.rest if mark is not None else text.strip()


def is_page_field(text: str) -> bool:
    """A field of the page ('单位负责人:符世经', '对外公开电话:0898-…') on the first line of ``text``: no duty."""
    return FIELD_LINE.fullmatch(text.split("\n", 1)[0].strip()) is not None


def _is_lead_in(text: str) -> bool:
    """'…的主要职责是：': the line that opens the list, no duty of it."""
    return item_mark(text) is None and text.rstrip().endswith(LEAD_IN_END)


def without_lead_ins(duties: list[PlanParagraph]) -> list[PlanParagraph]:
    """The part without the lead-in lines before its first numbered duty (after it they end an item's text)."""
    first = next((k for k, p in enumerate(duties) if item_mark(p.text) is not None), len(duties))
    return [p for p in duties[:first] if not _is_lead_in(p.text)] + duties[first:]


def _heading_unit(text: str, unit_like: Callable[[str], bool]) -> str | None:
    """"" for a bare duties heading ('职能职责', '一、主要职责'), the unit for an unmarked title line
    naming a unit's duties ('县统计局职能职责'), None for any other line."""
    mark = item_mark(text)
    rest = (mark.rest if mark is not None else text).strip()
    if DUTIES_HEADING.fullmatch(rest):
        return ""
    if mark is not None:
        work = WORK_DUTIES_HEADING.fullmatch(rest)
        return "" if work is not None and not unit_like(work.group(1)) else None
    if LEAD_IN_DUTIES.search(rest):
        body = OPENING_BODY.match(rest)
        return body.group(1) if body is not None and names_a_body(body.group(1), unit_like) else None
    title = UNIT_DUTIES_TITLE.fullmatch(rest)
    return title.group(1) if title is not None and names_a_body(title.group(1), unit_like) else None


def _page_subject(before: list[PlanParagraph], unit_like: Callable[[str], bool]) -> str | None:
    """The one unit the lines before the heading name as the page's subject: its name field(s) if
    any, else its title line(s), else the body its opening sentences say what it is ('县防震减灾局是…的职能部门'); "" when none does, None when several do or a plan's title is there."""
    three_set = THREE_SET_TITLE.search("".join(p.text.strip() for p in before))
    if three_set is not None and names_a_body(three_set.group(1), unit_like):
        return three_set.group(1)  # its 三定 regulation's title names the body, whatever else the page heads
    set_up = _set_up_body(before, unit_like)
    if set_up:
        return set_up  # '关于成立…办公室的通知' over the body's duties: the body it sets up
    if any(_plan_title(p.text) for p in before):
        return None
    fields = [m.group(1) for p in before if (m := NAME_FIELD.fullmatch(p.text)) is not None]
    named = [f for f in fields if names_a_body(f, unit_like)]
    if fields:
        return one_body(named) if len(named) == len(fields) else None
    titles = [m.group(1) for p in before if item_mark(p.text) is None and len(p.text.strip()) <= 40
              and (m := UNIT_TITLE.fullmatch(p.text.strip())) is not None and names_a_body(m.group(1), unit_like)]
    if titles:
        return one_body(titles)
    said = [m.group(1) for p in before if (m := SUBJECT_SENTENCE.match(p.text) or KEPT_AS_DEPARTMENT.search(p.text)) is not None
            and names_a_body(m.group(1), unit_like)]
    return one_body(said) if said else ""


# A notice setting up a body ('关于成立交通管理办公室的通知'), and the sentence naming it in full ('…,经研究决定,成立农村
# 牧区道路交通安全管理办公室(简称交管办)。', unseen w664).
SET_UP_TITLE = re.compile(r"关于(?:成立|设立|组建|建立)(.{2,40}?)(?:制度)?的(?:通知|决定|批复)")
_SETS_UP = r"(?:成立|设立|组建|建立)"
_BODY_SET_UP = r"([^，,。；;：:()（）\s]{2,40}?)" + _SHORT_NAME_NOTE + r"(?:制度)?(?=[，,。；;]|$)"
SET_UP_NAME = re.compile(_SETS_UP + "了?" + _BODY_SET_UP)


# The issuer's decision to set a body up, in the notice's opening sentence ('…,市政府决定成立中山市未成年人保护工作领导小组
# (以下简称领导小组),作为…', unseen w1153): the page whose title is cut off is still that notice.
DECIDED_SET_UP = re.compile(r"(?:决定|研究)[，,]?\s*" + _SETS_UP + _BODY_SET_UP)
# ('…决定建立阳西县殡葬管理工作联席会议(以下简称联席会议)制度。', w1140)


def _set_up_body(before: list[PlanParagraph], unit_like: Callable[[str], bool]) -> str:
    """The body a set-up notice's title names, in full as its sentence names it when that reads as the same body
    (ends as the title's name ends), or ""."""
    titled = next((m.group(1) for p in before if (m := SET_UP_TITLE.search(p.text.strip())) is not None
                   and len(p.text.strip()) <= 60), "")
    text = "".join(p.text.strip() for p in before)
    if not titled:  # the notice's title cut off: its sentence deciding the set-up names the body
        decided = {m.group(1) for m in DECIDED_SET_UP.finditer(text)}
        if any(re.search(r"[和及与、]", name) for name in decided):
            return ""  # '决定成立区防汛指挥部和区抗旱指挥部': whose duties the part lists, the page does not say
        return decided.pop() if len(decided) == 1 and names_a_body(next(iter(decided)), unit_like) else ""
    if not names_a_body(titled, unit_like):
        return ""
    named = [m.group(1) for m in SET_UP_NAME.finditer(text) if m.group(1).endswith(titled[-2:])]
    return next((n for n in named if names_a_body(n, unit_like)), titled)


def _plan_title(text: str) -> bool:
    """A plan's title line or its notice's ('县农业农村局关于做好秋冬种工作的通知'): short, unnumbered, no sentence."""
    core = text.strip()
    return (len(core) <= 60 and item_mark(core) is None and not re.search(r"[。；;]", core)
            and bool(PLAN_TITLE.search(core)))


def names_a_body(name: str, unit_like: Callable[[str], bool]) -> bool:
    """One named body: a unit, no group (各部门), no generic word (单位, 内设机构), no sentence."""
    return (not SENTENCE_MARK.search(name) and not re.search(r"[：:\s>＞|/]", name) and unit_like(name)
            and not is_group(name) and not ANY_DEPARTMENT.fullmatch(name) and not GENERIC.fullmatch(name)
            and not KIND_OF_BODY.search(name))


# What kind of body a page's body is, on a line of its own ('青岛市人民政府工作部门', unseen w672): no body's name.
KIND_OF_BODY = re.compile(r"(?:工作部门|组成部门|直属机构|派出机构|直属事业单位|部门管理机构|议事协调机构)$")


def one_body(names: list[str]) -> str | None:
    """The body all the names stand for (its longest form: '南坪乡林业站' is '利川市南坪乡林业站'), or None."""
    if not names:
        return None
    longest = max(names, key=len)
    return longest if all(longest.endswith(n) for n in names) else None


def duties_part(paras: list[PlanParagraph], first: int, heading: Mark | None) -> list[PlanParagraph]:
    """The paragraphs under the heading, from ``first``: up to a mark of the heading's rank or above
    (of an unmarked heading: above its first duty's), a line that heads something else ('内设机构') or
    a field line ('联系电话：…')."""
    out: list[PlanParagraph] = []
    top = heading  # the rank the part stops at
    for p in itertools.islice(paras, first, None):
        mark = item_mark(p.text)
        if mark is not None and top is not None and (mark.rank <= top.rank if top is heading else mark.rank < top.rank):
            break
        if mark is None and not _is_lead_in(p.text) and _ends_the_part(p.text):
            break
        top = top or mark
        out.append(p)
    return out


def _ends_the_part(text: str) -> bool:
    core = text.strip()
    return len(core) <= 20 and not SENTENCE_MARK.search(core) and not core.endswith("。") or bool(
        FIELD_LINE.fullmatch(core))


def names_other_owners(duties: list[PlanParagraph], unit: str, unit_like: Callable[[str], bool],
                       roles: tuple[str, ...] = OWNER_ROLES) -> bool:
    """Some duty names an owner other than the page's unit ('县住建局：负责…', '由县财政局负责…') in one of
    ``roles``."""
    own = set(split_cell(unit))
    for p in duties:
        text = _without_mark(p.text)
        if opens_with_owner(text, unit_like) and unit not in text:
            return True
        helping = opens_helping(text)
        for m in paragraph_markers(text, unit_like):
            if helping and m.start == 0:
                continue  # '参与县财政局牵头的…': the body helped, read as the sentence's subject
            if any(not set(split_cell(u)) <= own for r in roles for u in m.roles.get(r, [])):
                return True
    return False
