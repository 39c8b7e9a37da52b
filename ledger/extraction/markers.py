"""Owner markers in a plan's text: who leads, who is responsible, by when.

The forms real plans use (DOMAIN.md, seeds 000/002/004), full- or half-width:

* a line of its own: ``牵头部门：A、B`` / ``责任单位:C`` / ``配合部门：D`` /
  ``完成时限：2022年12月底前``, several labels on one line allowed, and a
  label that lost its first character (``头部门：``) still recognised;
* inline, in brackets after a clause: ``（牵头单位：A；责任单位：B）``,
  ``(牵头单位:A,B;责任单位:C)``, ``【责任单位：A】``;
* inline without brackets at the end of a paragraph: ``…。牵头单位：A；责任单位：B``;
* a verb form: ``（A、B，各镇人民政府负责）`` (responsible units, no lead),
  ``（A牵头，B、C配合）``, ``（A牵头，各成员单位按职责分工负责）``.

Bracketed text is a marker only when it starts with a label, or when it ends
with a role verb and every name in it looks like a unit, so "（园长）" or
"（HACCP）" stay part of the task text.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import model
from ..roster import split_cell
from .names import CLOSING_GROUP, LABEL_WORD_RE, LEVEL_WITH_PAIR, is_group, is_unit_name, levels_sharing_name, places_sharing_level, strip_role_words
from .owner_lists import LIST_COMMA, SECTORS_SHARING, cut, is_sector_list, levels_each, sectors_sharing_body

ROLES = ("lead", "responsible", "cooperating", "deadline", "leader")
OWNER_ROLES = model.ROLES  # the roles that name units
# An owner label by its shape: a role word, then what owns (单位, 部门, a bureau's 科室/股室/处室, a
# township's 站所, a 主体), maybe a bracketed alternative ("责任科室(单位)", "责任单位（部门）").
OFFICE_WORDS = r"(?:单位|部门|科室|股室|处室|站所|主体)"
_OWNER_LABEL = (rf"(?:牵头负责|牵头责任|协同责任|配合责任|牵头|责任|负责|主责|主抓|主管|配合|协办|协作|协调|协管|支持|主办|参与|协助|协同"
                rf"|承办|落实|实施|执行|推进|承担)"
                rf"{OFFICE_WORDS}(?:[(（]{OFFICE_WORDS}[)）])?")
# A word before an owner label (共同责任单位, 省牵头单位, 市级牵头单位, 主要责任单位): part of the
# label, never a unit, when the label with it follows a separator; an organisation's name is no such word.
LABEL_PREFIX_AFTER = " \u3000\t;；,，。、(（【[:："
_LABEL_PREFIX = r"[\u4e00-\u9fff]{0,3}[\u4e00-\u9fff](?<![局委办院部心府处司队厅社会联组所站署室馆团])"
_PREFIXED_OWNER_LABEL = rf"(?:(?:^|(?<=[{LABEL_PREFIX_AFTER}])){_LABEL_PREFIX})?{_OWNER_LABEL}"
# A kind of responsibility as an owner label (问题清单, 整改 and 责任清单: "主体责任:A,监督责任:B"), each naming
# responsible units (领导责任 names people, as 牵头领导 does): only at a line's start or after a separator or
# bracket, so that a duty's words ("落实主体责任：", "压实属地责任") stay text.
# Kinds of responsibility a 问题清单 names its owners by (主体责任, 监管责任 …; 领导责任 names people).
RESPONSIBILITY_KIND = r"(?:行业监管|主体|直接|属地|监管|监督|主管)责任"
_KIND_LABEL = rf"(?<![\u4e00-\u9fff])(?:{RESPONSIBILITY_KIND}|领导责任)(?:单位|部门)?"
# A field that names people, not units (项目责任人:, 联系人:, 包抓领导:), after a separator: their values are
# kept with the leader, and an owner list before them ends there.
_PERSON_LABEL = rf"(?:(?:^|(?<=[{LABEL_PREFIX_AFTER}]))[\u4e00-\u9fff]{{0,4}})?(?:责任人|联系人)|(?:^|(?<=[{LABEL_PREFIX_AFTER}]))[\u4e00-\u9fff]{{1,4}}领导"
# A unit that oversees the task ('市级督导单位:市民政局', unseen w741): kept beside the leader, as 牵头领导 is, no owner.
_OVERSEER_LABEL = rf"(?:(?:^|(?<=[{LABEL_PREFIX_AFTER}])){_LABEL_PREFIX})?(?:督导|督办|督查)(?:单位|部门)"
# Partners labelled as the units concerned, beside a lead ('牵头单位:市文物局 相关单位:市水务局', unseen w2601): not after 各
# (a notice's addressees, '各相关单位:').
_PARTNERS_LABEL = r"(?<![\u4e00-\u9fff])相关(?:单位|部门)"
_LABEL = (rf"(?:责任|负责)(?:单位|部门)[及和]责任人|{_PREFIXED_OWNER_LABEL}|{_PARTNERS_LABEL}|{_OVERSEER_LABEL}|责任主体|{_KIND_LABEL}|(?:牵头负责|牵头|责任|分管|配合|包抓|包保)领导|{_PERSON_LABEL}"
          r"|完成时限|时限要求|完成时间|完成期限|时间节点|时间要求|整改时限|整改期限|办结时限")
LABEL_RE = re.compile(rf"({_LABEL})\s*[:：]")
# "成员单位：A、B" on a line of its own: the members of a group set up for a task (its leader a person).
# "组长：常务副县长" above them: the group's leader, a post kept as a note (as 牵头领导 is).
MEMBER_LABELS = ("成员单位", "组成单位", "成员")
GROUP_LEADER_LABELS = ("副组长", "组长")
LINE_LABEL_RE = re.compile(rf"^\s*({_LABEL}|时限|(?:头|任|合)(?:单位|部门)|成时限"
                           rf"|{'|'.join(MEMBER_LABELS + GROUP_LEADER_LABELS)})\s*[:：]")
DAMAGED_LABELS = {"头单位": "牵头单位", "头部门": "牵头部门", "任单位": "责任单位", "任部门": "责任部门",
                  "合单位": "配合单位", "合部门": "配合部门", "成时限": "完成时限"}
_VERB = (r"(?:按照?职责分工|按照?职责|按职能|按照?各自的?(?:辖区|区域|职责|职能)?|分工|分别|分级|共同|具体|组织|抓好|负责(?=牵头|综合协调|统筹协调))*"
         r"(?:牵头|配合|参与|协助|协办|协同|负责|承办|主办|主责|落实|实施|(?:综合|统筹)协调)(?:具体)?(?:负责|落实|督导|实施|推进|组织实施|组织|协调)?")
# ('由市民宗局牵头协调,县区党委政府和各有关单位配合', unseen w1751)
VERB_END_RE = re.compile(rf"{_VERB}$")  # ("由县水利局负责牵头,…": 负责 is the verb's, not the unit's; the probe of 5846d19)
VERB_RE = re.compile(_VERB)
OPEN, CLOSE = "（(【[〔", "）)】]〕"
SEPARATORS = " \u3000\t;；,，。:：、"
DATE_START = re.compile(r"^(?:\d{4}\s*年|\d{4}\s*[./-]\s*\d|\d{1,2}\s*月|每[年季月周旬]|长期|常年|常态|持续|[上下]半年|年底|年内)")
_INLINE_LABEL_RE = re.compile(
    rf"(?:^|(?<=[。；;！!？?\s）)]))(?:(?:责任|负责)(?:单位|部门)[及和]责任人|(?:{_LABEL_PREFIX})?{_OWNER_LABEL}|责任主体|{_KIND_LABEL})\s*[:：]")
MAX_OWNER_TEXT = 120
# "（牵头：A；配合：B）": role words as labels, in a bracket that opens with one.
SHORT_LABEL = re.compile(r"(?:^|(?<=[;；,，\s]))(牵头|配合|协办|参与|主办|责任|负责)(?=\s*[:：])")


@dataclass
class Marker:
    """One owner marker: its span in the text and the texts per role."""

    start: int
    end: int
    roles: dict[str, list[str]] = field(default_factory=dict)
    kind: str = "label"  # label | verb | tail | prose | prose_end | prose_back | subject (``.prose``: stay in the text)
    plain: bool = False  # a subject before a plain verb (``.prose._plain_subject``): it owns its own sentence

    def owners_key(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(self.roles.get(r, ())) for r in OWNER_ROLES)

    @property
    def ahead(self) -> bool:
        """Owns the text after it ("由A牵头，会同B，推进…"), not the text before it."""
        return self.kind in ("prose", "subject")

    @property
    def in_prose(self) -> bool:
        return self.kind in ("prose", "prose_end", "prose_back", "subject")

    @property
    def has_owners(self) -> bool:
        return any(self.roles.get(r) for r in OWNER_ROLES)


def label_role(label: str) -> str:
    """"牵头部门" -> lead, "完成时限" -> deadline, …"""
    label = DAMAGED_LABELS.get(label, label)
    core = re.search(rf"(?:{_OWNER_LABEL})$", label)
    label = core.group() if core else label  # 共同责任单位 -> 责任单位, 省牵头单位 -> 牵头单位
    if "领导" in label or re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:责任人|联系人)", label) and not re.search(OFFICE_WORDS, label):
        return "leader"
    if re.search(r"(?:督导|督办|督查)(?:单位|部门)$", label):
        return "leader"  # the unit that oversees: beside the leader, no owner
    if "时" in label or "期限" in label:
        return "deadline"
    if label.startswith(("牵头", "主办", "主责", "主抓")):
        return "lead"
    if label[:2] in ("配合", "协办", "参与", "协助", "协同", "协作", "协调", "协管", "支持", "相关"):
        return "cooperating"
    return "responsible"


def opens_with_owner_label(text: str) -> bool:
    """The text opens with an owner's role label ("牵头单位:市文物局", "相关单位:市水务局"), not a deadline's or a person's."""
    m = LABEL_RE.match(text.lstrip())
    return m is not None and label_role(m.group(1)) in OWNER_ROLES


def verb_role(verb: str) -> str:
    if "牵头" in verb:
        return "lead"
    if any(v in verb for v in ("配合", "参与", "协助", "协办", "协同")):
        return "cooperating"
    return "responsible"


# 会 alone is 会同 after an office's name ("宣传处会办公室", web w75), not inside one (县总工会, 会计核算中心).
WITH_INSIDE = re.compile(r"^(.+?)(?:会同|协同|联合|协调|(?<=[处局室科股厅办站所心])会(?![同商签议计展]))(.+)$")
# A unit that has others do the work: 组织 (not 组织部), 督促, 统筹, 指导 (not 指导中心/站/所).
DIRECTING = re.compile(r"组织(?!部)|督促|统筹(?![办中])|指导(?![中站所组科处])")
DIRECTING_INSIDE = re.compile(rf"^(.+?)(?:{DIRECTING.pattern})(.+)$")


def with_partners(units: str, role: str) -> dict[str, list[str]]:
    """"A会同B、C" (协同, 联合, 协调) before a verb: A has the verb's role (a 负责 one
    leads), B and C cooperate; "A组织B" (督促, 统筹, 指导): A leads, B has the verb's role."""
    for inside, others in ((WITH_INSIDE, "cooperating"), (DIRECTING_INSIDE, "")):
        m = inside.match(units)
        if m is None or len(m.group(2)) < 3 or not looks_like_unit(m.group(1)) or not all(
                looks_like_unit(p) for p in split_cell(m.group(2))):
            continue
        if others:
            return {"lead" if role == "responsible" else role: [m.group(1)], others: [m.group(2)]}
        return {"lead": [m.group(1)], role if role != "lead" else "responsible": [m.group(2)]}
    return {role: [units]}


# A step of a procedure done by the units after 由 ('由县(市、区)民政局审批', unseen w2674).
PROCEDURE_STEP = r"(?:审批|审核|复核|审定|核准|核定|核查|核实|认定|受理)"
_LED_BY_VERB = (r"(?:研究|组织|负责(?!人)|牵头|(?:综合|统筹)协调|主责|承办|落实|实施|制定|提出|推进|开展|承担|做好|抓好|完成|办理|督促|指导|(?:限期)?整改"
                + r"|" + PROCEDURE_STEP
                + r"|统一(?:领导|指挥|部署))")  # "…工作由市委人才工作领导小组统一领导" (unseen w536)
LED_BY_VERB = re.compile("^(?:分别|分级|共同|各自)?" + _LED_BY_VERB)  # "由A、B分别负责…" (unseen w2103), "由A、B共同组织…"
# A verb that leads: "水务局负责牵头山洪灾害防御工作", "城管部门将牵头,组织…", "由A负责牵头抓总" (after a subject or 由's units).
LEADS = re.compile(r"^[。：:]?\s*(?:负责|将|要|分别)?(?:继续|积极|主动|统一)?牵头")  # "公安部门要继续牵头开展…" (unseen w2461)

# What a measure line says of the unit before its name ("由包片单位县文广局督促…", "由陈家坝沿线包片单位县职教中心、
# …负责…", "由联系单位市商务局…"): the unit's part in the work, no part of its name; a level or 各 follows it.
DESCRIBED = re.compile(r"[^，,。；;：:\n、由]{0,12}?(?:包片|包联|包抓|挂包|挂点|联系|帮扶|结对|对口|责任)单位(?=[省市县区镇乡各])"
                       # or which places' government it is: "由水库移民安置的乡镇人民政府负责" (unseen w2663)
                       r"|[^，,。；;：:\n、由的]{2,12}的(?=(?:各|所在)?(?:[省市县区]级?|乡镇|乡|镇|街道)(?:人民政府|政府|街道办事处|办事处)"
                       r"(?:负责|牵头|组织|落实|审批|审核))")
# Towns or streets named after 由, before the verb ("由城关镇负责…", "由红星镇、东风乡落实…"): ``cut`` reads a
# place's name only whole, so the list is read up to the verb.
PLACES_BY = re.compile(r"由((?:[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)、){0,8}[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道))(?=" + _LED_BY_VERB + ")")


# Levels sharing one body's name after 由 ("由市、县(市、区)发展改革部门会同财政、教育部门…", unseen w991).
LEVELS_BY = re.compile(rf"由((?:{LEVEL_WITH_PAIR}、)+{LEVEL_WITH_PAIR}[^，,。；;、\n由]{{2,20}}?(?:部门|局|委|办|中心|政府))(?=[\u4e00-\u9fff])")


# "由A、B…、C等部门…": a list after 由 closed by its group word, however long.
LIST_CLOSED_BY_GROUP = re.compile(r"由([^，,。；;\n]{2,80}?)" + CLOSING_GROUP)


# What a list after 由 makes up ("…等部门领导组成", "…等单位负责同志组成", "组建由…和各部门主要负责同志为具体成员的…体系",
# unseen w555): a body's members, no owners.
MEMBERS = re.compile(r"(?:主要|分管)?(?:领导|负责同志|负责人)?(?:同志)?(?:(?:为|作为)(?:具体|主要)?成员(?:单位)?(?:组成|的)?|组成)")


def led_by(content: str, unit_like: Callable[[str], bool]) -> tuple[dict[str, list[str]], int] | None:
    """"由A会同B、C等部门研究提出落实意见" (协同, 联合, 协调: the others cooperate),
    "由A组织B实施" (督促, 统筹, 指导: B is responsible), "由A研究制定…" (A alone is
    responsible): the owners, and where the text after the units starts; None when
    the text after 由 is no unit list followed by a verb or a partner. A descriptor before the
    units (``DESCRIBED``) is read past; towns named bare are read up to the verb (``PLACES_BY``)."""
    if not content.startswith("由"):
        return None
    described = DESCRIBED.match(content, 1)
    body = "由" + content[described.end():] if described else content
    found = _led_by_units(body, unit_like) or _places_by(body, unit_like)
    if found is None:
        return None
    roles, after = found
    return roles, after + len(content) - len(body)


def _places_by(content: str, unit_like: Callable[[str], bool]) -> tuple[dict[str, list[str]], int] | None:
    m = PLACES_BY.match(content)
    if m is None or not _units(m.group(1), unit_like):
        return None
    return {"lead" if content.startswith("牵头", m.end()) else "responsible": [m.group(1)]}, m.end()


def _led_by_units(content: str, unit_like: Callable[[str], bool]) -> tuple[dict[str, list[str]], int] | None:
    by_levels = LEVELS_BY.match(content)  # "由市、县(市、区)发展改革部门会同…": each level's department
    levels = levels_sharing_name(by_levels.group(1)) if by_levels else []
    by_sectors = SECTORS_SHARING.match(content, 1) if not levels else None  # "由文化、工商等部门依法查处", "由规划、城管部门…"
    sectors = sectors_sharing_body(by_sectors.group()) if by_sectors else []
    if sectors and MEMBERS.match(content, by_sectors.end()):
        return None  # "成员由县公安消防、安监…等部门领导组成": a body's members, no duty
    closing = LIST_CLOSED_BY_GROUP.match(content) if not sectors and not levels else None
    if levels:
        units, rest = "、".join(levels), content[by_levels.end():]
    elif sectors:  # each sector's department
        units, rest = "、".join(sectors), content[by_sectors.end():]
    elif closing and _units(closing.group(1), unit_like):  # "由A、B…等部门抽调人员组成…": the list ends at 等部门
        units, rest = closing.group(1), content[closing.end(1):]
    else:
        units, rest = cut(content[1:])
    if not units or not rest or not _units(units, unit_like) or MEMBERS.match(rest):
        return None
    listed = rest
    rest = re.sub("^" + CLOSING_GROUP, "", rest)  # "由A、B等部门负责…": 等 leaves the list open
    closed = (rest != listed or bool(sectors)) and re.match(r"[\u4e00-\u9fff](?<![的于在是])", rest) is not None  # …等职能部门确定并告知…
    after = len(content) - len(rest)
    partners = re.match(rf"(会同|协同|联合|协调)|(?:{DIRECTING.pattern})", rest)
    if partners:
        listed, tail = cut(rest[partners.end():])
        others = strip_role_words(listed)
        if others and not _units(others, unit_like) and (shared := sectors_sharing_body(others)):
            others = "、".join(shared)  # "由A会同财政、教育部门…": each sector's department
        # the list's own verb may end it ("会同B、C组织实施"): cut keeps a role word on a unit
        if others and (tail or others != listed) and _units(others, unit_like):
            return {"lead": [units], "cooperating" if partners.group(1) else "responsible": [others]}, len(content) - len(tail)
    if LED_BY_VERB.match(rest) or closed:
        return {"lead" if LEADS.match(rest) else "responsible": [units]}, after
    return None


def list_units(text: str) -> list[str]:
    """The pieces of an owner list, places named bare before a shared level and body each with
    them ("哈尔滨、黑河、绥芬河市政府": three 市政府, ``places_sharing_level``), bare levels after 各 each a group
    ("各村、居、社区": 各村, 各居, 各社区, ``levels_each``)."""
    return levels_each([name for names in places_sharing_level(split_cell(text)) for name in names])


def _units(text: str, unit_like: Callable[[str], bool]) -> bool:
    pieces = list_units(text)
    return bool(pieces) and all(unit_like(strip_role_words(p) or p) for p in pieces)


def _clean_value(value: str) -> str:
    return value.strip(SEPARATORS)


def parse_labelled(content: str) -> dict[str, list[str]]:
    """"牵头单位:A、B;责任单位:C；2022年底前完成" -> {lead: [A、B], responsible: [C], deadline: […]}."""
    roles: dict[str, list[str]] = {}
    found = list(LABEL_RE.finditer(content))
    for i, m in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(content)
        role = label_role(m.group(1))
        parts = [content[m.end():stop]] if role == "deadline" else re.split(r"[;；]", content[m.end():stop])
        for part in parts:
            value, when = _clean_value(_without_field_name(part) if role in OWNER_ROLES else part), ""
            if role in OWNER_ROLES:  # (its rule on who leads, "…;排在第一位的为牵头单位", read by ``drafts``: no units)
                value, when = _date_after(_owners_sentence(without_first_listed_rule(value)))
            elif role == "leader":  # "尹文德 实际完成情况:…": the people end where another field starts
                value = re.split(r"\s+(?=[\u4e00-\u9fff]{2,8}[:：])|。", value)[0].strip(SEPARATORS)
            if value:
                target = "deadline" if role in OWNER_ROLES and DATE_START.match(value) else role
                roles.setdefault(target, []).append(value)
            if when:
                roles.setdefault("deadline", []).append(when)
    return roles


FIELD_NAME = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})[：:]")


def _without_field_name(part: str) -> str:
    """"资金保障：市财政局" after an owner label's ；: a field no label names, its units kept without its name."""
    m = FIELD_NAME.match(part)
    return part[m.end():] if m and not looks_like_unit(m.group(1)) else part


def _owners_sentence(value: str) -> str:
    """"A、B按职责分工负责。具体任务均涉及相关市(州)人民政府，不再做分工，下同": the owners end with
    their sentence; what follows is a standing instruction, unless it is only more units. So do they end with their line
    ('责任单位：省市场监管局⏎各乡镇每半年向省邮政管理局报送一次工作进展。': the next line is a sentence of its own)."""
    ends = [k for k in (value.find("。"), value.find("\n")) if k >= 0]
    at = min(ends) if ends else -1
    head, stop, rest = (value[:at], value[at], value[at + 1:]) if at >= 0 else (value, "", "")
    rest = rest.strip(SEPARATORS)
    if not stop or not rest or all(looks_like_unit(p) for p in split_cell(rest)):
        return value
    return head.strip(SEPARATORS) + ("，" + rest if DATE_START.match(rest) else "")  # "A。2024年底前完成": its deadline


def _date_after(value: str) -> tuple[str, str]:
    """"县卫健委，2024年6月底前完成" -> ("县卫健委", "2024年6月底前完成")."""
    m = re.search(r"[，,]\s*([^，,]*)$", value)
    if m and DATE_START.match(m.group(1)):
        return _clean_value(value[:m.start()]), m.group(1)
    return value, ""


BRACKETED_LABEL_RE = re.compile(r"[【\[]((?:牵头|责任|配合|协办|主办|参与|协助|承办)(?:单位|部门)|完成时限|时间节点|完成时间"
                                r"|(?:牵头|责任)领导)[】\]]")


def unbracket_labels(text: str) -> str:
    """"【牵头单位】县卫健委【配合单位】县教育局" -> "牵头单位：县卫健委 配合单位：县教育局"."""
    text = BRACKETED_LABEL_RE.sub(lambda m: f"{m.group(1)}：", text)
    # a space before each label, not inside one ("牵头责任单位：", "协同责任单位：" stay whole), nor
    # between a label and the word before it ("；共同责任单位：", "，省牵头单位：")
    return re.sub(r"(?<=[^\s：:])(?<!牵头)(?<!协同)(?<!配合)(?=(?:牵头|责任|配合|协办|主办|参与|协助|承办)(?:单位|部门)：)",
                  _space_before_label, text)


PREFIX_AT_END = re.compile(rf"{_LABEL_PREFIX}$")  # at most four characters: only those before a label are read


def _space_before_label(m: re.Match[str]) -> str:
    word = PREFIX_AT_END.search(m.string, max(m.start() - 4, 0), m.start())
    if word and (word.start() == 0 or m.string[word.start() - 1] in LABEL_PREFIX_AFTER):
        return ""
    return " "


def is_member_line(text: str) -> bool:
    """"成员单位：A、B" (or 成员：, 组成单位：, and the 组长： above them) opening a line."""
    m = LINE_LABEL_RE.match(text)
    return m is not None and m.group(1) in MEMBER_LABELS + GROUP_LEADER_LABELS


def member_names(text: str) -> list[str]:
    """The units a "成员单位：A、B" line names ([] for any other line)."""
    m = LINE_LABEL_RE.match(text)
    return split_cell(text[m.end():].strip(SEPARATORS)) if m is not None and m.group(1) in MEMBER_LABELS else []


def parse_line_marker(text: str) -> tuple[dict[str, list[str]], str] | None:
    """A marker line ("牵头部门：A") -> (roles, damaged label or "")."""
    m = LINE_LABEL_RE.match(text)
    if m is None:
        return None
    label = m.group(1)
    if label in MEMBER_LABELS:  # the members are responsible, as 各成员单位 is; only names of units are members
        members = split_cell(text[m.end():].strip(SEPARATORS))
        if not members or not all(looks_like_unit(u) for u in members):
            return None
        return parse_labelled("责任单位：" + text[m.end():]), ""
    if label in GROUP_LEADER_LABELS:
        return parse_labelled("牵头领导：" + text[m.end():]), ""
    damaged = label if label in DAMAGED_LABELS else ""
    fixed = DAMAGED_LABELS.get(label, label)
    if label == "时限":
        fixed = "完成时限"
    roles = parse_labelled(fixed + "：" + text[m.end():])
    return roles, damaged


def looks_like_unit(piece: str) -> bool:
    """A written name that can be a unit (``.names``), once 牵头/按职责分工 … are off it."""
    return is_unit_name(strip_role_words(piece) or piece)


# A match starts where a run of such characters starts (the lookbehind: tried inside a run,
# the run would be read to its end again at every character, quadratic on a long run).
SPACE_INSIDE = re.compile(r"(?<![\u4e00-\u9fff（()）〔〕])([\u4e00-\u9fff（()）〔〕]+)[ \u3000]+(?=([\u4e00-\u9fff（()）〔〕]+))")


def mended_spaces(text: str) -> str:
    """"县 教育局负责" -> 县教育局负责: a space a scraped page left inside a name or before its
    verb goes; one between two whole names ("县教育局 县公安局") stays, as a separator."""
    if not SPACE_INSIDE.search(text):
        return text
    return SPACE_INSIDE.sub(lambda m: m.group(0) if is_unit_name(m.group(1)) and is_unit_name(
        strip_role_words(m.group(2)) or m.group(2)) else m.group(1), text)


def parse_verb(content: str, unit_like: Callable[[str], bool] = looks_like_unit) -> dict[str, list[str]] | None:
    """"A、B，各镇人民政府负责" -> {responsible: [A、B, 各镇人民政府]}; None if not a marker."""
    content = re.sub(r"^\s*由", "", mended_spaces(content.strip()))
    roles: dict[str, list[str]] = {}
    waiting: list[str] = []
    for seg in (s.strip() for s in ROLE_SEGMENT_END.split(content)):
        if not seg or roles and not waiting and FIRST_LEADS_CLAUSE.match(seg):
            continue  # "（A、B等负责，列第一位者为牵头单位，下同）": the note is read by drafts
        m = VERB_END_RE.search(seg)
        if m is None and roles and not waiting and DATE_START.match(seg):
            roles.setdefault("deadline", []).append(seg)  # "（A负责，2024年底前完成）"
            continue
        if m is None and roles and not waiting and supporting(seg, unit_like):
            roles.setdefault("cooperating", []).append(supporting(seg, unit_like))  # "（A负责，B指导）"
            continue
        if m is None:
            waiting.append(seg)
            continue
        role = verb_role(m.group())
        for text in waiting + [seg[:m.start()]]:
            if strip_role_words(_clean_value(text)):
                for got, units in with_partners(strip_role_words(_clean_value(text)), role).items():
                    roles.setdefault(got, []).extend(units)
        waiting = []
    if waiting or not roles:
        return None
    pieces = [p for role, texts in roles.items() if role != "deadline" for t in texts for p in list_units(t)]
    if not any(unit_like(p) for p in pieces) or not all(unit_like(p) or is_party(p) for p in pieces):
        return None
    return roles


# Where a bracket's owners with their verb end: a separator, or a list mark right after a role verb
# ("A负责，B配合、C实施": B's verb, then C's owners).
ROLE_SEGMENT_END = re.compile(r"[，,；;]|(?<=牵头|负责|承办|主办|主责|配合|协助|参与|协办)、")
# A body named by its kind, not by its name: 施工企业, 供水企业, 对口管理单位, 县公路养护公司 is a name.
PARTY = re.compile(r"[\u4e00-\u9fff]{1,10}(?:单位|企业|公司)")


def is_party(piece: str) -> bool:
    """"管道燃气企业", "施工单位": a body named by its kind, an owner beside named units; not a group
    (相关企业) nor an owner label's words (责任单位)."""
    return bool(PARTY.fullmatch(piece)) and not LABEL_WORD_RE.fullmatch(piece) and not is_group(piece)


# What the others are, after the first-listed unit's lead ("其余为参与单位", "其他单位为配合单位", unseen w2264).
REST_ROLE = re.compile(r"其[余他它](?:单位|部门)?(?:为|是)(参与|配合|协办|协助|责任)(?:单位|部门)")
# The marks a plan sets before (or after) the units that lead, and its legend for them ('标☆的为牵头单位', '加★的为牵头
# 单位', '带*号的为牵头部门'; the mark its group).
LEAD_MARKS = "☆★*＊※△▲◆●"
MARK_LEGEND = (rf"[标標加带帶注註打有]{{0,2}}[“\"]?([{LEAD_MARKS}])[”\"]?[号號]?[的者]?(?:单位|單位|部门|部門)?"
               r"(?:为|為|是)(?:牵头|牽頭)")
# A clause after the owners that says which of them leads or that the note holds later on
# ("列第一位者为牵头单位", "排在首位的为牵头单位", "下同", "以下同"): no owner of its own.
FIRST_LEADS_CLAUSE = re.compile(r"^(?:(?:所列|排名|排在|列在|排序|列为|位列|列)?(?:第一|首)(?:个|位|家)?[的者]?(?:责任|牵头)?(?:单位|部门)?"
                                r"(?:为|是)?牵头(?:单位|部门)?|(?:以下|后|下)同|" + REST_ROLE.pattern
                                # a mark's legend ('标☆的为牵头单位', unseen w2402: ``drafts.marked_leads``)
                                + "|" + MARK_LEGEND + r"(?:单位|單位|部门|部門)?)$")


STANDING_CLAUSE = re.compile(r"(?:以下|后|下)同$")


def without_first_listed_rule(content: str) -> str:
    """"A,B,C,排名第一位为牵头单位,下同" -> "A,B,C": the bracket's own rule on who leads (read by
    ``drafts.first_listed_leads``) after its units names no unit; a bracket with no such rule unchanged."""
    segments = re.split(r"([，,；;。])", content)  # ('…检验检疫局。列为首位的为牵头单位,其余为参与单位,下同')
    cut = len(segments)
    while cut >= 1 and (not segments[cut - 1].strip() or FIRST_LEADS_CLAUSE.match(segments[cut - 1].strip())):
        cut -= 2 if cut >= 2 else 1
    if not any(FIRST_LEADS_CLAUSE.match(x.strip()) and not STANDING_CLAUSE.match(x.strip()) for x in segments[cut:]):
        return content  # no rule ("A,B,下同" keeps its words)
    return "".join(segments[:max(cut, 0)])


def supporting(seg: str, unit_like: Callable[[str], bool]) -> str:
    """"市水务局指导", "镇财政所保障经费": units after the owners with a short duty of
    their own (a supporting part): the units, or ""."""
    units, rest = cut(seg)
    if not units or not rest or len(rest) > 6 or re.search(r"[\d，,。]", rest):
        return ""
    return units if all(unit_like(p) for p in split_cell(units)) else ""


def _content(text: str, start: int, end: int) -> str:
    return text[start + 1:end - 1] if text[end - 1:end] in CLOSE else text[start + 1:end]


def bracket_spans(text: str) -> list[tuple[int, int]]:
    """Top-level bracketed spans [start, end) of text; an unclosed one runs to the end."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    for i, ch in enumerate(text):
        if ch in OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth and start >= 0:
        spans.append((start, len(text)))
    return spans


def find_markers(text: str, unit_like: Callable[[str], bool] = looks_like_unit) -> list[Marker]:
    """Inline markers in a paragraph's text, in order."""
    markers: list[Marker] = []
    spans = bracket_spans(text)
    for i, (start, end) in enumerate(spans):
        content = _content(text, start, end)
        content = SHORT_LABEL.sub(r"\1单位", content) if SHORT_LABEL.match(content.strip()) else content
        if LABEL_RE.match(content.strip()):
            roles = parse_labelled(content)
            if roles:
                markers.append(Marker(start, end, roles, "label"))
            continue
        verb_roles = _bracketed_verb(content, unit_like) or _bracket_line(text, start, end, content, unit_like,
                                                                          spans[max(i - 1, 0):i] + spans[i + 1:i + 2])
        if verb_roles:
            markers.append(Marker(start, end, verb_roles, "verb"))
    markers = sorted(markers + _division_markers(text, markers, unit_like), key=lambda m: m.start)
    markers = sorted(markers + _titled_label_marker(text, markers), key=lambda m: m.start)
    markers = sorted(markers + _colonless_markers(text, markers), key=lambda m: m.start)
    markers = sorted(markers + _inner_label_markers(text, markers), key=lambda m: m.start)
    tail = _tail_marker(text, markers)
    if tail is not None:
        markers.append(tail)
    return markers


# "1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。" (blind w255, a 民生工程
# progress notice): an owner label right after an item's short title (no stop, comma or colon in it, its
# number with it at most 30 characters), its units to the sentence's end, the item's progress after them.
# An owner label's words, no colon (责任单位, 共同责任单位, 牵头部门).
ROLE_LABEL = r"(?:主要|共同)?(?:牵头|责任|配合|协办|协助|参与|主办|主责|承办)(?:单位|部门)"
TITLED_LABEL = re.compile(rf"[^，,。；;：:！!？?\n]{{2,30}}?(?:([，,])|。)[ \u3000]*(?={ROLE_LABEL})")
# Where the labels after a title end: their sentence's end, or else a comma or semicolon no further
# label follows ("牵头单位：市民政局，其中高龄津贴发放进度较慢的为霍邱县。").
TITLED_LABELS_END = (re.compile(r"[。！!？?\n]"),
                     re.compile(rf"[。！!？?\n]|[，,；;](?![ \u3000]*(?:{ROLE_LABEL}|完成时限|完成时间))"))


def _titled_label_marker(text: str, markers: list[Marker]) -> list[Marker]:
    """The label after a short title and what it names, the text after it left the item's; the
    value nothing but units ("，牵头单位和责任单位要…", "，牵头单位为主" are prose)."""
    title = TITLED_LABEL.match(text)
    if title is None:
        return []
    for labels_end in TITLED_LABELS_END:
        stop = labels_end.search(text, title.end())
        end = stop.start() if stop else len(text)
        roles = unit_roles(text[title.end():end])
        if roles and not any(m.start < end for m in markers):
            return [_after_title(text, title, stop, roles)]
    return []


def _after_title(text: str, title: re.Match[str], stop: re.Match[str] | None, roles: dict[str, list[str]]) -> Marker:
    """The marker from the title's comma to the labels' end ("农村道路畅通工程。建设进度…" left); after a
    title closed by 。, from the first label to the labels' stop, so one 。 stays; at the paragraph's
    end, to its end."""
    start = title.start(1) if title.group(1) else title.end()
    if stop is None or not text[stop.start():].strip(SEPARATORS + "！!？?\n"):
        return Marker(start, len(text), roles, "label")
    return Marker(start, stop.start() if title.group(1) else stop.end(), roles, "label")


def unit_roles(value: str) -> dict[str, list[str]]:
    """"牵头单位：A，配合单位为B、C" (a colon, 为/是, or nothing after each label) -> the roles, when
    every owner it names is a unit, else {}."""
    roles = parse_labelled(value) if LABEL_RE.match(value) else colonless_roles(value)
    owners = _owner_texts(roles)
    return roles if owners and all(_names_owners(t) for t in owners) else {}


def _names_owners(text: str) -> bool:
    """Every piece of an owner text a unit, or a list of sectors sharing their level and body after a comma
    ("各市人民政府，省发展改革、财政、自然资源等部门")."""
    return all(is_sector_list(part) or all(looks_like_unit(p) for p in split_cell(part))
               for part in LIST_COMMA.split(text))


# "…以上 部门分工:A牵头,B、C配合。" (责任分工, 任务分工, 分工): a label naming the division of work
# and a verb form after it, no brackets, to its sentence's end (or to a space before the next item).
DIVISION_LABEL = re.compile(r"(?:^|(?<=[\s。；;！!？?）)]))(?:部门|责任|任务|职责|工作)?分工\s*[:：]")


def _division_markers(text: str, markers: list[Marker], unit_like: Callable[[str], bool]) -> list[Marker]:
    found: list[Marker] = []
    spans = bracket_spans(text) + [(m.start, m.end) for m in markers]
    for m in DIVISION_LABEL.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        stop = text.find("。", m.end())
        end = len(text) if stop < 0 else stop + 1
        for content, at in ((text[m.end():end], end), (re.split(r"\s", text[m.end():end].strip())[0], 0)):
            roles = _bracketed_verb(content.strip(SEPARATORS), unit_like) if VERB_RE.search(content) else None
            if roles:
                found.append(Marker(m.start(), at or text.index(content, m.end()) + len(content), roles, "verb"))
                break
    return found


# A role phrase whose verb after it is no word we know ("（A牵头抓总）", "（A、B按职责分工推进）", or a
# rewritten page's "牵头卖力"): the phrase gives the role, the word after it is its verb.
UNKNOWN_VERB = re.compile(r"(牵头|按照?职责分工|按照?各自职责)(?!单位|部门|领导|处室|科室)"
                          r"[\u4e00-\u9fff]{1,2}(?=\s*(?:[，,；;。]|$))")


# A standing instruction after a bracket's owners, after a comma as well as a stop ('（A、B牵头,C负责落实,以下均需C负责
# 落实,不再列出）', unseen w2211): it speaks of the tasks after it, no owner of this one.
STANDING_INSTRUCTION = re.compile(r"[，,；;。]\s*以下(?:各项|所有|其他)?(?:工作|任务|事项)?(?:均|都|皆|全部)(?:需|由|要|须|应)")


def _bracketed_verb(content: str, unit_like: Callable[[str], bool]) -> dict[str, list[str]] | None:
    """"（A牵头，B参与，C负责落实。以下各项工作均需C落实，不再列出。）": the
    sentences that name owners; a standing instruction after them is not read. A verb no
    list knows after 牵头 or 按职责分工 is read as their 负责 ("（A牵头抓总）": A leads)."""
    standing = STANDING_INSTRUCTION.search(content)
    content = content[:standing.start()] if standing and standing.start() > 0 else content
    found = _verb_sentences(content, unit_like)
    if found is None and UNKNOWN_VERB.search(content):
        found = _verb_sentences(UNKNOWN_VERB.sub(r"\1负责", content), unit_like)
    return found


def _verb_sentences(content: str, unit_like: Callable[[str], bool]) -> dict[str, list[str]] | None:
    sentences = [s for s in re.split(r"。", content.strip()) if s.strip()]
    for n in range(len(sentences), 0, -1):
        head = "，".join(sentences[:n])
        if VERB_RE.search(head):
            found = parse_verb(head.strip(SEPARATORS), unit_like)
            if found:
                return found
    led = led_by(content.strip(), unit_like)  # （由A会同B研究制定）
    return led[0] if led else None


# A bracket right before a sentence's end: "…场景应用（区市场局、区行政服务中心）。优化…" closes its
# measure inside a paragraph of measures, as a bracket ending the paragraph closes its last one.
SENTENCE_CLOSE = re.compile(r"[ \u3000]*[。；;]")


# Is there text before (after) a point: found from the text's start (the point) on, not by copying the text.
NOT_BLANK = re.compile(r"\S")
TWO_BEFORE = re.compile(r"\S\s*\S")  # two characters at least, blanks between them or not
NOT_SEPARATOR = re.compile(f"[^{re.escape(SEPARATORS)}]")


def _text_before(text: str, start: int) -> bool:
    return NOT_BLANK.search(text, 0, start) is not None


def _text_after(text: str, end: int) -> bool:
    return NOT_SEPARATOR.search(text, end) is not None


def _closes_with_units(text: str, span: tuple[int, int], unit_like: Callable[[str], bool]) -> bool:
    """The bracket at ``span`` names nothing but units and ends a sentence or the paragraph."""
    start, end = span
    content = _content(text, start, end).strip(SEPARATORS)
    return (bool(content) and (SENTENCE_CLOSE.match(text, end) is not None or not _text_after(text, end))
            and _units(content, unit_like))


BARE_CITY = re.compile(r"[\u4e00-\u9fff]{2,6}[省市]")  # a province or city named bare, no body of it
# A plan's title after a bracket that opens its line ("【城关镇】防汛抗旱应急预案").
PLAN_TITLE_AFTER = re.compile(r"[^，,。；;！!？?\n]{2,40}?(?:方案|预案|办法|计划|意见|通知|规定|细则|要点)\s*(?:\n|$)")
# The preamble's sentence that ends in the plan itself ("我局结合本行业实际，重点抓好…整治工作，现制定…方案：", blind
# w101): the issuer saying why it writes, no duty; the bracket of units before it names the plan's issuers ("(市公安局、
# 市民政局、市财政局、市房产局) 根据《…》要求,结合我市实际,特制定本方案。", unseen w1641), no owners.
PLAN_MADE = re.compile(r"[^。；;！!？?\n]{0,200}?[现特](?:研究)?制定(?:了)?[^。；;！!？?\n]{0,40}?(?:方案|办法|意见|计划|细则|规定|要点)")


def _bracket_line(text: str, start: int, end: int, content: str, unit_like: Callable[[str], bool],
                  beside: list[tuple[int, int]] = ()) -> dict[str, list[str]] | None:
    """"1、…⏎（市发改委、财政局，各市(县)、区政府）": a bracket alone on its line, or ending
    its paragraph after the task's text ("…加强校园安全管理。（县教育局、县公安局）"), naming
    nothing but units, no label or verb: the units are responsible (as a verb-less owner
    cell is). Inside a paragraph, such a bracket closing a sentence ("…场景应用（区市场局）。优化…",
    ``SENTENCE_CLOSE``) is one only in a paragraph of measures each closed so: the bracket before
    or after it (``beside``) closes its sentence with units too; one alone may be a name's
    alternative ("整治“散乱污”工业企业（场所）。")."""
    content = without_first_listed_rule(content)
    if not content.strip(SEPARATORS):
        return None
    closes = SENTENCE_CLOSE.match(text, end) is not None and any(_closes_with_units(text, s, unit_like)
                                                                 for s in beside)
    if _text_after(text, end) and not closes:
        # "【县发改局】推进…": the bracket opens its paragraph, the task after it
        bare = content.strip(SEPARATORS)
        units = strip_role_words(bare) or bare
        if (_text_before(text, start) or not _units(units, unit_like) or BARE_CITY.fullmatch(units)
                or PLAN_TITLE_AFTER.match(text, end) or PLAN_MADE.match(text, end)):
            return None  # (…; "【武汉市】危险化学品事故灾难应急预案": a site's tag of the place before a title, unseen w1252)
        return {"lead" if re.search(r"牵头\s*$", content) else "responsible": [units]}
    if start and not (_text_before(text, start) and text[start - 1] not in "“\"《") or start and _names_a_unit(
            re.split(r"[，,。；;、：:\s]", text[max(start - 9, 0):start])[-1][-8:]):  # the word before, 8 characters at most
        return None  # "…落实到相关镇人民政府（街道办事处）": a name's alternative, no annotation
    return {"responsible": [content.strip(SEPARATORS)]} if _units(content.strip(SEPARATORS), unit_like) else None


def _names_a_unit(word: str) -> bool:
    """Whether a word, or its end of three characters or more, is a unit's name ("落实到相关镇人民政府": 相关镇人民政府)."""
    return any(is_unit_name(word[k:]) for k in range(max(len(word) - 2, 1)))


def _tail_marker(text: str, markers: list[Marker]) -> Marker | None:
    """"…。牵头单位：A；责任单位：B" with no brackets, after the last bracketed marker; else a
    label run into the title, role words as labels, or owners signed off after a dash."""
    after = markers[-1].end if markers else 0
    taken = bracket_spans(text) + [(m.start, m.end) for m in markers]
    for m in _INLINE_LABEL_RE.finditer(text, after):
        if _inside(m.start(), taken):
            continue
        roles = parse_labelled(text[m.start():])
        if _owner_texts(roles):
            return Marker(m.start(), len(text), roles, "tail")
    return (_glued_tail_marker(text, after, taken) or _short_tail_marker(text, after, taken)
            or _colonless_tail_marker(text, after, taken) or _kinds_tail_marker(text, after))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _owner_texts(roles: dict[str, list[str]]) -> list[str]:
    """The owner texts of a parsed tail, or [] when one runs past a sentence or is too long to be a list."""
    owners = [t for r in OWNER_ROLES for t in roles.get(r, [])]
    return owners if all("。" not in t and len(t) <= MAX_OWNER_TEXT for t in owners) else []


# "(一)适龄女生HPV疫苗接种牵头责任部门:县卫健委": a label run straight into the item's title (the
# space lost), its value to the paragraph's end nothing but units.
GLUED_LABEL = re.compile(r"(?<=[\u4e00-\u9fff\w”》])(?:主要|共同)?(?:牵头负责|牵头责任|牵头|责任|负责|主责)(?:单位|部门)\s*[:：]")


def _glued_tail_marker(text: str, after: int, taken: list[tuple[int, int]]) -> Marker | None:
    for m in GLUED_LABEL.finditer(text, after):
        if _inside(m.start(), taken) or not TWO_BEFORE.search(text, 0, m.start()):
            continue
        value = text[m.end():].strip(SEPARATORS)
        units = split_cell(value)
        if units and "。" not in value and len(value) <= MAX_OWNER_TEXT and all(looks_like_unit(u) for u in units):
            return Marker(m.start(), len(text), parse_labelled(text[m.start():]), "tail")
    return None


# "…。牵头：A 配合：B": role words as labels after a sentence's end, no brackets; "…。责任单位为A，
# 配合单位为B。": a label and 为 (是) for its colon.
SHORT_TAIL = re.compile(r"(?<=[。；;！!？?\s])(?:(牵头|配合|协办|主办|责任|负责)\s*[:：]"
                        r"|(?:牵头|责任|配合|协办|主办|主责)(?:单位|部门)(?:为|是)(?=[\u4e00-\u9fff]))")
LABEL_IS = re.compile(r"(?<=(?:单位|部门))(?:为|是)(?=[\u4e00-\u9fff])")


def _short_tail_marker(text: str, after: int, taken: list[tuple[int, int]]) -> Marker | None:
    m = next((m for m in SHORT_TAIL.finditer(text, after) if not _inside(m.start(), taken)), None)
    if m is None:
        return _dash_tail_marker(text, after)  # no role word as a label: perhaps owners after a dash
    labelled = SHORT_LABEL.sub(r"\1单位", text[m.start():].rstrip("。；; "))
    roles = parse_labelled(labelled if m.group(1) else LABEL_IS.sub("：", labelled))
    owners = _owner_texts(roles)
    named = m.group(1) or all(looks_like_unit(p) for t in owners for p in split_cell(t))  # not "责任单位是指…"
    return Marker(m.start(), len(text), roles, "tail") if owners and named else None


# "…卫生整治责任单位各社区居委会、驻辖区单位" (blind w214): a table row or a Word form copied as
# text, the label's colon lost with the break or cell boundary before it; "责任单位A配合单位B、C",
# "责任单位A完成时限2024年6月底前": further labels glued on; the same on a line of its own, or with a
# space for the colon ("牵头单位 A 配合单位 B"). Not after a word that makes the label a noun of the
# sentence (各责任单位, 由牵头单位, 对责任单位, 相关责任单位, 牵头单位和责任单位).
# "责任单位为A、B", "牵头单位是A", "…均为A": 为/是 for the colon (blind w254 '该目标责任单位为市经委').
COLONLESS_LABEL = re.compile(rf"(?<![各该其由对向给将把请经从被和及与、的等关]){ROLE_LABEL}"
                             r"(?:(?:均|都|分别)?[为是]|[ \u3000]*)(?=[\u4e00-\u9fff])"
                             r"|(?<=[\u4e00-\u9fff\s，,；;])(?:完成时限|完成时间|时间节点)(?:[为是]|[ \u3000]*)"
                             r"(?=\d|[上下]半年|年底|年内|长期|持续)")


def _colonless_tail_marker(text: str, after: int, taken: list[tuple[int, int]]) -> Marker | None:
    """The first colon-less label from which the paragraph's end is nothing but labels and the
    units (or the deadline) each names; its labels given their colons and read as labelled."""
    for m in COLONLESS_LABEL.finditer(text, after):
        if _inside(m.start(), taken):
            continue
        roles = colonless_roles(text[m.start():].rstrip("。；; "))
        if roles:
            return Marker(m.start(), len(text), roles, "tail")
    return None


IS_FOR_COLON = re.compile(r"(?:均|都|分别)?[为是]?[ \u3000]*$")


def colonless_roles(labelled_text: str) -> dict[str, list[str]]:
    """"责任单位A配合单位B、C", "牵头单位为A，配合单位是B" -> {lead or responsible: [A], cooperating:
    [B…]}, or {} when a value is no list of units."""
    labelled = COLONLESS_LABEL.sub(lambda g: ("；" if g.start() else "") + IS_FOR_COLON.sub("", g.group()) + "：",
                                   labelled_text)
    roles = parse_labelled(labelled)
    owners = _owner_texts(roles)
    return roles if owners and all(_names_units(t) for t in owners) else {}


SENTENCE_STOP = re.compile(r"[。；;\n]")


def _colonless_markers(text: str, markers: list[Marker]) -> list[Marker]:
    """"…规范摊位设置责任单位A；清理占道经营责任单位B。": colon-less labels closing sentences
    inside the paragraph, each clause's own (the paragraph's last one is ``_tail_marker``'s)."""
    found: list[Marker] = []
    taken = bracket_spans(text) + [(m.start, m.end) for m in markers]
    pos = 0
    for m in COLONLESS_LABEL.finditer(text):
        stop = SENTENCE_STOP.search(text, m.end())
        if m.start() < pos or _inside(m.start(), taken) or stop is None or not text[stop.end():].strip():
            continue
        roles = colonless_roles(text[m.start():stop.start()])
        if roles:
            found.append(Marker(m.start(), stop.start(), roles, "label"))
            pos = stop.end()
    return found


# Where a group of labels closing a clause ends: a stop after which no further label follows.
GROUP_STOP = re.compile(r"[。！!？?\n]")
NEXT_LABEL = re.compile(rf"\s{{0,8}}(?={LABEL_RE.pattern})")  # a label after a stop, a few blanks before it


def _inner_label_markers(text: str, markers: list[Marker]) -> list[Marker]:
    """"完善…机制。牵头单位：A；配合单位：B。推进…。牵头单位：C。": labels with colons closing
    sentences inside a paragraph that lost its breaks (or was written so), each group the clause's
    before it, as ``_colonless_markers`` does for labels with no colon. A group counts only when
    another label follows it (the paragraph's last group is ``_tail_marker``'s, as before) and its
    values are unit names only; without this every later group was read as the second one's."""
    found: list[Marker] = []
    taken = bracket_spans(text) + [(m.start, m.end) for m in markers]
    pos = 0
    for m in _INLINE_LABEL_RE.finditer(text):
        if m.start() < pos or _inside(m.start(), taken):
            continue
        end = _label_group_end(text, m.start())
        later = next((n for n in _INLINE_LABEL_RE.finditer(text, end) if not _inside(n.start(), taken)), None)
        if later is None:
            break
        roles = parse_labelled(text[m.start():end])
        owners = _owner_texts(roles)
        if owners and all(_names_units(t) for t in owners):
            found.append(Marker(m.start(), end, roles, "label"))
            pos = end
    return found


def _label_group_end(text: str, start: int) -> int:
    """The end of the labels from ``start`` on: the stop after the last one, when the text after
    that stop opens with no further label (``len(text)`` when the labels run to the end)."""
    pos = start
    while True:
        stop = GROUP_STOP.search(text, pos)
        if stop is None:
            return len(text)
        label = NEXT_LABEL.match(text, stop.end())
        if label is None:
            return stop.end()
        pos = label.end()


def _names_units(value: str) -> bool:
    """An owner value after a colon-less label: unit names to its end (a name of no unit
    shape among them, as 物业管理小区, when most are units), no sentence after them, and no
    label word left in them ("明确牵头单位和责任单位": the labels named, no units)."""
    if re.search(r"(?:牵头|责任|配合|协办|参与)(?:单位|部门)", value):
        return False
    units, rest = cut(value)
    pieces = split_cell(units)
    named = sum(map(looks_like_unit, pieces))
    return not rest and bool(pieces) and looks_like_unit(pieces[0]) and 2 * named > len(pieces)


# "…提升行动。——县农业农村局": the paragraph signed off with its owners after a dash.
DASH_TAIL = re.compile(r"(?<=[。；;！!？?])\s*(?:——|—|－－|--)\s*([^。；;！!？?—\n]{2,120}?)[。；;]?\s*$")


def _dash_tail_marker(text: str, after: int) -> Marker | None:
    m = DASH_TAIL.search(text, after)
    if m is None:
        return None
    units = split_cell(strip_role_words(m.group(1)) or m.group(1))
    if not units or not all(looks_like_unit(u) for u in units):
        return None
    role = "lead" if re.search(r"牵头$", m.group(1)) else "responsible"
    return Marker(m.start(), len(text), {role: ["、".join(units)]}, "tail")


# "…安装率达到100%。市市场监督管理局（主体责任）、市商务局（行业监管责任）": a paragraph closed by units each
# with its kind of responsibility in a bracket, no label before them (a 责任清单's sentence run into its owners).
KIND_NOTE = rf"[（(]{RESPONSIBILITY_KIND}(?:单位|部门)?[)）]"
KINDS_TAIL = re.compile(rf"(?<=[。；;！!？?\n])\s*((?:[^。；;！!？?\n（()）、，,]{{2,40}}{KIND_NOTE}[、，,]?\s*)+)[。；;]?\s*$")


def _kinds_tail_marker(text: str, after: int) -> Marker | None:
    """The paragraph's last sentence is units each followed by its kind of responsibility: they are responsible."""
    m = KINDS_TAIL.search(text, after)
    if m is None:
        return None
    units = split_cell(re.sub(KIND_NOTE, "", m.group(1)))
    if not units or not all(looks_like_unit(u) for u in units):
        return None
    return Marker(m.start(), len(text), {"responsible": ["、".join(units)]}, "tail")


def remove_markers(text: str, markers: list[Marker]) -> str:
    """The text without its markers (and the blanks they leave); prose stays."""
    out, pos = [], 0
    for m in sorted((m for m in markers if not m.in_prose), key=lambda m: m.start):
        out.append(text[pos:m.start])
        pos = m.end
    out.append(text[pos:])
    text = re.sub(r"[ \u3000]{2,}", " ", "".join(out))
    return re.sub(r"[ \u3000]*\n[\s;；,，]*\n", "\n", text).strip(" \u3000\t\n;；,，")
