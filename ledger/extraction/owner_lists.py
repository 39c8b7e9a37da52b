"""Owner lists as a plan writes them -> the units they name, each change reported.

An owner list is what follows 责任单位：, or what stands before 牵头/负责/配合
in prose. Scraped plans damage them in a few recurring ways, each undone here
without a roster (``.names`` is the knowledge used):

* **the list runs on** into the next sentence ("县城管局各街道办事处完善市场
  长效管理制度"): it ends where the text stops looking like unit names
  (``cut``); what follows goes back to the task text;
* **a post or a person** after the unit (镇环卫所主要负责人, 镇城建办（王某某）):
  the unit is kept, the post becomes a note;
* **和/及/等** inside a piece ("市住建局和市自然资源局", "市应急管理局等相关部门");
* **elliptical lists**: 各县（区）人民政府、管委会 -> 各县（区）人民政府, 各管委会;
  各街道党工委、办事处 -> 各街道办事处; 党委和人民政府 likewise; 市教育局、人社局
  -> 市人社局 when the plan writes its units with their level (``Profile``);
* **lost characters**: 委编办, 应急, 场监管局 completed by the lexicon, with the
  plan's level (县委编办, 县应急管理局, 县市场监管局);
* **run-together names** (市财政局审计局) split where every part after the first
  is a department the lexicon knows; only for lists cut from running text (a
  table cell is read as the workbook reader reads it: ``ledger check`` reports
  the same cell the same way); a bureau's sections (文化宣传股文化馆) in a cell too,
  a section's name ending where it ends.

A piece the extractor is unsure of is kept as a unit and reported, never dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..roster import is_group_phrase, split_cell, split_spans
from .names import (LEVEL_WITH_PAIR, LEVELS, PLAIN_KIND, SHORT_FORMS, across_the_end, complete, duty_bearing, has_task_word, is_department,
                    is_group,
                    is_local_body, is_sector, is_unit_name, level_of, level_repeated, levels_sharing_name, looks_like_org,
                    longest_names,
                    person_name, place_pair, places_sharing_level, run_together, sections_run_together,
                    strip_note, strip_role_words)

SEPARATORS = "、，,；;/／ \u3000\t\n"
POST_RE = re.compile(r"(?:主要负责同志|主要负责人|分管负责人|分管负责同志|负责人|主要领导|分管领导|(?:分管|常务)?副?"
                     r"(?:书记|主任|局长|镇长|乡长|站长|所长|队长|院长|部长|县长|市长|区长|厅长|处长|科长|股长)|同志)$")
POST_NAMED_RE = re.compile(POST_RE.pattern.removesuffix("$") + r"[\u4e00-\u9fff]{2,3}$")  # 县教育局局长何静
AND_RE = re.compile(r"(?<=[局委办院部心府处司队厅社会联组所站署室馆团门位构关镇乡道区村校学体街园)）])(?:以及|和|及|与|或者|或)(?!其(?![他它]))")
AND_GROUP_RE = re.compile(r"等(?=(?:[省市县区](?:级|直|政府|委)?)?各?(?:相关|有关|其他|其它)(?:部门|单位|成员单位))"  # 等省有关部门
                          r"|等(?=[^、，,；;等和及]{2,24}成员单位$)")  # 宣传等“城乡清洁工程”成员单位: the members of a named body
BARE_ORG = ("人民政府", "政府", "党委", "党工委", "办事处", "管委会", "居委会", "村委会")
BODIES = ("安委会", "委员会", "办公室", "领导小组")  # a committee of the place before it
# Which bare organisation word a place keeps: 各街道党工委、办事处 -> 各街道办事处 (not 各县管委会).
_PLACE_ORGS = (("街道", ("办事处", "党工委")), ("乡镇", ("人民政府", "政府", "党委")),
               ("镇", ("人民政府", "政府", "党委")), ("乡", ("人民政府", "政府", "党委")),
               ("开发区", ("管委会", "党工委")), ("园区", ("管委会", "党工委")), ("高新区", ("管委会", "党工委")),
               ("示范区", ("管委会", "党工委")), ("", ("人民政府", "政府", "党委")))
_PLACE_HEAD = re.compile(r"^(各)?(.*?)(人民政府|政府|党委|党工委|党支部|党总支|办事处|管委会|居委会|村委会)$")
PERSON_RE = re.compile(r"^[\u4e00-\u9fff某]{2,4}$")
# A table's own words, never a unit: a row or column of totals, the number column's header.
TABLE_FURNITURE = re.compile(r"合计|小计|总计|共计|序号")


@dataclass
class Change:
    """One thing done to a written owner list: its kind and the texts involved."""

    kind: str  # cut | post | expanded | completed | trimmed | split | uncertain | others
    value: str
    result: tuple[str, ...] = ()
    extra: str = ""  # the post, or the text after the list


@dataclass
class Profile:
    """How a plan writes its units: ``level`` is the prefix (县, 市 …) its
    departments carry, "" when most are written without one."""

    level: str = ""
    inherit: bool = False  # lists whose first unit has the level pass it on (市教育局、人社局)

    @classmethod
    def of(cls, cells: list[str]) -> Profile:
        levels: Counter[str] = Counter()
        firsts: Counter[bool] = Counter()
        for cell in cells:
            pieces = [p for p in units_of(cell, cls(), from_text=False).names if is_department(p)]
            for k, piece in enumerate(pieces):
                levels[level_of(piece)] += 1
                if k == 0:
                    firsts[bool(level_of(piece))] += 1
        with_level = sum(n for lv, n in levels.items() if lv)
        if with_level <= 0.5 * sum(levels.values()):
            return cls()
        level = max((lv for lv in levels if lv), key=lambda lv: levels[lv])
        return cls(level, firsts[True] > firsts[False])


@dataclass
class Owners:
    """The units of one owner cell, and what was changed to get them."""

    names: list[str] = field(default_factory=list)
    rest: str = ""
    notes: list[str] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)


def _pieces_with_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each piece between separators (and 。) outside brackets."""
    return [(s, e) for s, e in split_spans(text, "。") if text[s:e].strip()]


# Sectors sharing a level and their body, as one piece of a longer list ("各县(市、区)人民政府，各县(市、区)市政、住建、
# 交通(公路)等部门"): each sector may carry a note in brackets, and the list ends at a separator. At most 31 sectors, and
# tried only where a list or one of its comma parts starts: a crafted run of thousands stays linear.
_NOTE = r"(?:[（(][^（）()]{1,8}[）)])?"
SECTOR_LIST = re.compile(r"(各?[省市县区州]{0,2}" + _NOTE + r"(?:级|直)?)((?:[\u4e00-\u9fff]{2,8}" + _NOTE + r"、){1,30}[\u4e00-\u9fff]{2,8}?"
                         + _NOTE + r")(?:等(?:有关|相关)?" + PLAIN_KIND + r"?)?(?:行业|职能)?(?:监管)?((?:行政|主管)?(?:部门|单位))"
                         r"(?=[，,。；;\s、]|$)")


def _sector_list(text: str, start: int) -> re.Match[str] | None:
    """The list of sectors sharing their level and body (``SECTOR_LIST``) that starts at ``start``; None when none
    does (a piece is a unit's name, a group or a task's words, or too few pieces are sectors)."""
    m = SECTOR_LIST.match(text, start)
    if m is None:
        return None
    stems = [strip_note(p) for p in split_cell(m.group(2))]
    if any(has_task_word(p) or looks_like_org(p) or is_group(p) for p in stems):
        return None
    return m if 2 * sum(map(is_sector, stems)) >= len(stems) else None


def _whole_sector_list(piece: str) -> re.Match[str] | None:
    piece = piece.strip(SEPARATORS)
    m = _sector_list(piece, 0)
    return m if m is not None and m.end() == len(piece) else None


def is_sector_list(piece: str) -> bool:
    """"省发展改革、财政、自然资源等部门", "各县(市、区)市政、交通(公路)等单位": sectors sharing their level and body."""
    return _whole_sector_list(piece) is not None


def _sector_list_units(piece: str) -> list[str]:
    """"省发展改革、财政等部门" -> 省发展改革部门, 省财政部门: each sector with the level and the body, a sector's
    单位 its 部门 (等 leaves the list open: the named sectors only); [] when ``piece`` is no such list."""
    m = _whole_sector_list(piece)
    if m is None:
        return []
    body = m.group(3).replace("单位", "部门")  # 市政、住建等单位: each sector's department
    sectors = split_cell(m.group(2))
    if "监管" in piece[m.end(2):m.start(3)] and is_sector(sectors[-1] + "监管"):
        sectors[-1] += "监管"  # "卫生、公安、市场监管部门": the last sector is 市场监管, not 市场 with 监管部门
    return [m.group(1) + sector + body for sector in sectors]


# What closes a list of units before the words after it ('…、市审计局等部门组成清查工作组').
LIST_CLOSED = re.compile(r"等(?:其他|其它)?(?:有关|相关)?(?:部门|单位|机构)")
# A comma outside brackets, between the parts of an owner list.
LIST_COMMA = re.compile(r"[，,](?![^（(]*[）)])")


def cut(text: str) -> tuple[str, str]:
    """The owner list at the start of ``text``, and the text after it that does
    not name units ("县城管局、县卫生健康局加快推进城区公厕改造" -> the two units,
    "加快推进城区公厕改造")."""
    listed = 0
    for s, e in _pieces_with_spans(text):
        if s < listed:
            continue
        sectors = _sector_list(text, s) if s == 0 or text[s - 1] in "，," else None  # a list's first part, or after a comma
        listed = sectors.end() if sectors else 0
        if listed:
            continue  # "…，各县(市、区)市政、住建等部门": sectors sharing their level and body
        closed = LIST_CLOSED.search(text, s, e)
        if closed and closed.end() < e and text[closed.end()] not in "和及与、（(":  # "…、市审计局等部门组成清查工作组":
            return text[:closed.start()], text[closed.end():].strip(SEPARATORS)  # 等部门 closes the list
        piece = strip_role_words(text[s:e])
        if TABLE_FURNITURE.fullmatch(piece):  # "…各区政府 鄞州 海曙 合计 年度目标 2 5": a flattened table after the list
            return text[:s].rstrip(SEPARATORS), text[s:].strip(SEPARATORS)
        post = POST_RE.search(piece)
        if not piece or is_unit_name(piece) or post and looks_like_org(piece[:post.start()]) or _units_joined(piece):
            continue  # 镇环卫所主要负责人: a unit with its post, not text; 城管中队及各社区: two units
        names = _unit_prefix(text[s:e]) or _sector_department(text[s:e])
        if _maybe_unit(piece) and not (names and is_unit_name(names[-1])):
            continue  # a short piece that names no unit before other words: kept, and reported
        lead = sum(map(len, names))
        if names:
            return text[:s] + "、".join(names), text[s + lead:].strip(SEPARATORS)
        return text[:s].rstrip(SEPARATORS), text[s:].strip(SEPARATORS)
    return text, ""


def _units_joined(piece: str) -> bool:
    """A unit and a unit or group joined by 及/和/与 ("城管中队及各社区", "派出所和各村(社区)"): the
    whole piece names units (its segments would cut the group short: 各社|区)."""
    parts = split_and(piece)
    return len(parts) > 1 and all(is_unit_name(p) for p in parts)


# A township level written straight before the street level of the same rank: "乡(镇)街道办事处",
# "各乡镇街道" (乡镇、街道 with the 、 lost; no name of one body: a 街道 is no 乡's).
TOWNSHIP_STREET_RE = re.compile(r"(各?)(乡镇|乡[（(]镇[）)]|镇[（(]乡[）)])(街道(?:办事处)?)")


def township_and_street(piece: str) -> list[str]:
    """"乡(镇)街道办事处" -> 乡(镇), 街道办事处; "各乡镇街道" -> 各乡镇, 各街道; [] for anything else."""
    m = TOWNSHIP_STREET_RE.fullmatch(piece)
    return [m.group(1) + m.group(2), m.group(1) + m.group(3)] if m else []


# A level's party committee and government written as one ("县区党委政府和各有关单位配合", unseen w1751; "各级党委政府",
# "县委县政府").
PARTY_AND_GOVERNMENT = re.compile(r"(各级|[^、，,和及与]{1,8}?)(党委|党工委)(?:和|、)?((?:人民)?政府|办事处)")
LEVEL_PARTY_AND_GOVERNMENT = re.compile(r"([省市县区镇乡])委(?:和|、)?\1?((?:人民)?政府)")


def party_and_government(piece: str) -> list[str]:
    """"县区党委政府" -> 县区党委, 县区政府; "县委县政府" -> 县委, 县政府; [] for anything else."""
    m = PARTY_AND_GOVERNMENT.fullmatch(piece)
    if m is not None:
        return [m.group(1) + m.group(2), m.group(1) + m.group(3)]
    m = LEVEL_PARTY_AND_GOVERNMENT.fullmatch(piece)
    return [m.group(1) + "委", m.group(1) + m.group(2)] if m else []


def _maybe_unit(piece: str) -> bool:
    """Short, no task word, no sentence: kept as a unit, and reported."""
    return len(piece) <= 15 and not has_task_word(piece) and not re.search(r"[。！？]", piece)


# A sector's department written bare at the start of a piece, its verb right after it ("…会同财政部门、卫生健康部门做好…"),
# its level before it or not ("市发展改革部门会同…", "县(市、区)教育行政部门会同…": unseen w991).
SECTOR_DEPARTMENT = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:行政|主管)*部门")
LEVEL_BEFORE = re.compile(r"[省市县区](?:[（(][市县区旗、]{1,6}[）)])?级?")


def _sector_department(piece: str) -> list[str]:
    """"卫生健康部门做好设施配建" -> [卫生健康部门]: the last unit of a list cut from running text when it is a
    sector's 部门 the lexicon does not hold as a name (its stem is a sector: 公安, 卫生健康, 市场监管); [] else."""
    level = LEVEL_BEFORE.match(piece)
    for start in (0, level.end()) if level else (0,):  # 市场监管部门 (a sector that starts as a level does), 市发展改革部门
        m = SECTOR_DEPARTMENT.match(piece, start)
        if m and m.end() < len(piece) and is_sector(m.group(1)):
            return [piece[:m.end()]]
    return []


def _unit_prefix(piece: str) -> list[str]:
    """The unit names the longest start of ``piece`` is made of ("县城管局各街道
    办事处完善…" -> 县城管局, 各街道办事处); never cut inside a word (出让|办法)."""
    return longest_names(piece[:60], lambda k: not across_the_end(piece, k))


# A chapter's heading and an article's number run into the name after them, a page that lost its line breaks
# ("…管理工作,第二章年度计划管理第五条县大数据中心会同…", unseen w1982; a part's title, a section, spaces where the
# breaks were, a chapter alone: the stranger's probe): no part of the unit's name.
ARTICLE_HEAD = re.compile(r"^(?:(?:第[一二三四五六七八九十]{1,3}[章节])?[\u4e00-\u9fff、和与及\s]{0,20}?"
                          r"第[一二三四五六七八九十百零〇\d]{1,5}条|第[一二三四五六七八九十]{1,3}[章节])\s*(?=[\u4e00-\u9fff])")


def units_of(text: str, profile: Profile, *, from_text: bool) -> Owners:
    """The units an owner cell names, each change reported. ``from_text``: the
    list was cut from running text (run-together names are split too)."""
    out = Owners()
    head = ARTICLE_HEAD.match(text.strip()) if from_text else None
    if head:
        text = text.strip()[head.end():]
    parts = LIST_COMMA.split(text)
    if len(parts) > 1 and any(map(is_sector_list, parts)):  # "各市人民政府，省发展改革、财政等部门": each part as a list
        for part in parts:
            each = units_of(part, profile, from_text=from_text)
            out.names += each.names
            out.changes += each.changes
        out.names = list(dict.fromkeys(out.names))
        return out
    sectors = (_sector_list_units(text) or sectors_sharing_body(text.strip())
               or [s for u in (levels_sharing_name(text.strip()) if LEVEL_JOINED.match(text.strip()) else [])
                   for s in sectors_sharing_body(u) or [u]])  # '市、县(区)自然资源和农业农村部门' (unseen w2721): each
    # level's department of each sector
    if sectors:  # 民政、财政、扶贫部门: each sector's 部门, not the lexicon's 民政局; 市和区、县…部门: each level's
        out.changes.append(Change("expanded", text.strip(), tuple(sectors)))
        out.names = sectors
        return out
    pieces = _places_with_their_level([p for p in split_cell(_spaces_inside_names(text)) if not ROLE_WORDS_ONLY.fullmatch(p)], out)
    first_level = level_of(pieces[0]) if pieces else ""
    for piece in map(lambda p: _named_local_body(p, out), pieces):
        for part in _group_parts(piece, out):
            out.names += _expand_piece(part, out, from_text)
    out.names = _shared_bodies(_elliptical(out.names, out), out)
    if profile.inherit and first_level:
        out.names = _inherit_level(out.names, first_level, out)
    bare = _sectors_written_bare(out.names, profile.level)  # 市工信委、财政、发展改革、公安…: kept as written, no characters lost
    out.names = [name if bare and name in SHORT_FORMS else _complete(name, profile, out) for name in out.names]
    out.names = list(dict.fromkeys(n for n in out.names if n))
    return out


# "属地街道东门街道办事处", "属地镇望江镇人民政府": the local body's kind, then the body itself named.
LOCAL_DESCRIPTOR = re.compile(r"^属地(?:乡镇|街道|街镇|镇街|镇|乡|社区)(?=[\u4e00-\u9fff]{4,})")


# A list's role words cut off as a piece of their own ("省发展改革委、省工业和信息化厅,各市、县政府负责落实", unseen w1692):
# no unit.
ROLE_WORDS_ONLY = re.compile(r"(?:牵头|负责|主责|配合|协助|协办|参与)(?:落实|实施|组织实施|推进|完成)?")


def _named_local_body(piece: str, out: Owners) -> str:
    """A named local body after its kind (属地街道东门街道办事处 -> 东门街道办事处), reported; 属地街道 alone,
    or a kind before no unit's name, as written."""
    m = LOCAL_DESCRIPTOR.match(piece)
    body = piece[m.end():] if m else ""
    if not body or is_local_body(piece) or not looks_like_org(body) or has_task_word(body):
        return piece
    out.changes.append(Change("expanded", piece, (body,)))
    return body


def _places_with_their_level(pieces: list[str], out: Owners) -> list[str]:
    """哈尔滨、黑河、绥芬河市政府 -> 哈尔滨市政府, 黑河市政府, 绥芬河市政府 (``places_sharing_level``)."""
    result: list[str] = []
    for piece, names in zip(pieces, places_sharing_level(pieces)):
        if names != [piece]:
            out.changes.append(Change("expanded", piece, tuple(names)))
        result += names
    return result


# Sector words sharing the body after the last: "发展改革、住房和城乡建设、财政等部门" (at most 31: a crafted run of
# thousands after each of many 由 would be read again from each).
SECTOR_NOTE = r"(?:[（(][\u4e00-\u9fff]{1,6}[）)])?"  # a sector's other name after it: '农业(农机)' (unseen w2668)
SECTORS_SHARING = re.compile(r"((?:[\u4e00-\u9fff]{2,9}" + SECTOR_NOTE + r"、){1,30}[\u4e00-\u9fff]{2,9}?" + SECTOR_NOTE
                             + r"|(?:" + LEVEL_WITH_PAIR + r")?[\u4e00-\u9fff]{2,4}[和及与][\u4e00-\u9fff]{2,4}?"
                             + SECTOR_NOTE + ")"
                             r"(?:等(?:有关|相关)?" + PLAIN_KIND
                             + r"?)?(?:职能)?((?:行政)?(?:主管)?部门|行政管理部门)")  # (…等有关行政管理部门, unseen w2591)


# A bare level joined by 和/及/与 to the levels after it, all sharing one name ("市和区、县计划生育行政部门", unseen w1790).
LEVEL_JOINED = re.compile(r"各?(?:省|市|县|区|州|旗|盟|乡|镇|乡镇|街道)[和及与]")


def sectors_sharing_body(text: str) -> list[str]:
    """"民政、财政、扶贫部门" -> 民政部门, 财政部门, 扶贫部门 (等 leaves the list open: the named
    sectors only; 职能部门 is each sector's 部门; each sector with its level, "省人力资源社会保障、省财政部门", unseen
    w1271, or the first's level for all when only the first has one, "县公安、市场监管、卫健等部门"); [] when a piece is a
    unit's name of its own or a task's words."""
    m = SECTORS_SHARING.fullmatch(text)
    if m is None or levels_sharing_name(text):
        return []  # "市和区、县计划生育行政部门": levels sharing one department, no sectors (unseen w1790)
    pieces = [q for p in m.group(1).split("、") for q in sectors_joined(p)]
    if "、" not in m.group(1) and len(pieces) < 2:
        return []  # "住房和城乡建设部门": one sector's name with 和 inside, no list
    bare = [p[1:] if p[:1] in "省市县区" and is_sector(p[1:]) else p for p in pieces]  # "省人力资源社会保障、省财政部门"
    if any(has_task_word(p) or looks_like_org(p) and not is_sector(p) or is_group(p) or is_step_of_work(p) for p in bare):
        return []  # (人社 ends as 社 does, and is a sector: '人社、财政部门', the probe of 5846d19)
    return [p + m.group(2) for p in first_level_shared(pieces)]


def first_level_shared(sectors: list[str]) -> list[str]:
    """"县公安、市场监管、卫健" -> 县公安, 县市场监管, 县卫健: the first sector's level is every sector's when only the first
    is written with one (the probe of this session's change); as written when others have their own or none has, and a
    body with a name of its own among them ('…、药品监督和残联等有关部门': 残联)."""
    own = [bool(_sector_level(s)) for s in sectors]
    if not own or not own[0] or any(own[1:]):
        return sectors
    level = _sector_level(sectors[0])
    return [sectors[0]] + [s if looks_like_org(s) else level + s for s in sectors[1:]]  # a body as named (残联)


SECTOR_LEVEL = re.compile(LEVEL_WITH_PAIR)


def _sector_level(sector: str) -> str:
    """The level written before a sector's name ("县公安" -> 县, "县(区)自然资源" -> 县(区)), or ""."""
    m = SECTOR_LEVEL.match(sector)
    return m.group() if m and is_sector(sector[m.end():]) else ""


def sectors_joined(piece: str) -> list[str]:
    """"气象和农牧" -> 气象, 农牧 (two sectors joined by 和 sharing the 部门 after them, unseen w1431); a piece with 和
    inside a sector's own name ("住房和城乡建设", "文化和旅游") stays whole."""
    parts = re.split(r"[和及与]", piece)
    level = _sector_level(parts[0])  # "县自然资源和农业农村" (unseen w2721): the first's level, every sector's
    # (``first_level_shared``)
    whole = is_sector(piece[len(level):])
    return parts if len(parts) > 1 and not whole and all(is_sector(p[len(level):] if k == 0 else p)
                                                         for k, p in enumerate(parts)) else [piece]


# A step of work, not a sector ('规划编制、项目审批、资金拨付等有关部门', '登记、备案等部门': the probe of a892e7e).
STEP_OF_WORK = re.compile(r"(?:编制|拨付|登记|备案|督查|考核|审核|验收|评估|申报|受理|检查|核查|办理|审查|复核|审批)$")


def is_step_of_work(word: str) -> bool:
    return bool(STEP_OF_WORK.search(word)) and (len(word) > 2 or not is_sector(word)) and word != "机构编制"  # 编办's sector


ALIAS_NOTE = re.compile(r"[（(]\s*(?:以下|下)?(?:简称|称)[“\"]?[^（）()]{1,20}?[”\"]?\s*[）)]")


def _spaces_inside_names(text: str) -> str:
    """"市安委办 (工作专班办公室)" -> 市安委办(工作专班办公室); "各县区(开发区) 安委会"
    -> 各县区(开发区)安委会: a space beside a bracket or before a bare body is not a separator."""
    text = ALIAS_NOTE.sub("", text)  # "县应急管理局(以下简称县应急局)": the name, not its short form
    text = re.sub(r"(?<=\S)[ \u3000]+(?=[（(])", "", text)
    return re.sub(rf"(?<=[）)])[ \u3000]+(?={'|'.join(BARE_ORG + BODIES)}(?:$|[、，,；;\s]))", "", text)


# "市卫健委、发改委，其他单位按职责分工负责": the units listed besides the first, not a unit.
OTHER_UNITS = re.compile(r"(?:其他|其余|其它)(?:责任)?(?:单位|部门)")


# Letters a mirror site left where a character was lost before a name ('…工作??h農業農村局工作人員要…', unseen w2722).
# (not a placeholder's x: 'xx区政务服务局', 'XX镇人民政府' are names as the template writes them; not a level's 级 left bare)
LATIN_BEFORE_NAME = re.compile(r"^(?![xX])[A-Za-z?？]{1,3}(?=[\u4e00-\u9fff]{3})(?!级|級)")


def _expand_piece(piece: str, out: Owners, from_text: bool) -> list[str]:
    damaged = LATIN_BEFORE_NAME.match(piece) if from_text else None
    if damaged and looks_like_org(piece[damaged.end():]):
        out.changes.append(Change("trimmed", piece, (piece[damaged.end():],)))
        piece = piece[damaged.end():]
    if OTHER_UNITS.fullmatch(strip_role_words(piece) or piece):
        out.notes.append(piece)
        out.changes.append(Change("others", piece))
        return []
    own = split_and(piece) if WITH_ITS_OWN.fullmatch(piece) else []
    if len(own) > 1:  # "县卫健局及其有关部门": the body and its own parts, before role words would take them off
        out.changes.append(Change("expanded", piece, tuple(own)))
        return own
    piece = strip_role_words(piece) or piece
    posts = _and_with_posts(piece)
    if posts:  # 各村党支部书记和村委会主任
        out.changes.append(Change("expanded", piece, tuple(posts)))
        return [_without_post(p, out) for p in posts]
    piece = _without_office_note(_without_post(piece, out), out)
    sectors = sectors_sharing_body(piece) if re.search(r"[和及与]", piece) else []
    if len(sectors) > 1:  # '市自然资源和农业农村部门' (a level's share of '市、县(区)自然资源和…部门', unseen w2721)
        out.changes.append(Change("expanded", piece, tuple(sectors)))
        return sectors
    parts = [p for p in AND_GROUP_RE.split(piece) if p]
    if len(parts) > 1:
        parts = [r for p in parts for q in split_and(p) for r in party_and_government(q) or [q]]  # A等有关部门和各市人民政府:
        # three; 县区党委政府和各有关单位: three too
        out.changes.append(Change("expanded", piece, tuple(parts)))
        return parts
    parts = township_and_street(piece) or party_and_government(piece)  # 乡(镇)街道办事处: two levels, their 、 lost;
    # 县区党委政府: a level's party committee and its government
    if parts:
        out.changes.append(Change("expanded", piece, tuple(parts)))
        return parts
    parts = [level for part in split_and(piece) for level in place_pair(part) or party_and_government(part) or [part]]  # 村(社区):
    # both levels
    if len(parts) > 1:
        out.changes.append(Change("expanded", piece, tuple(parts)))
        return parts
    split = level_repeated(piece) or sections_run_together(piece)  # 镇派出所镇综治办镇司法所; 文化宣传股文化馆: a
    # section's name ends where it ends, in a cell too
    if split:
        out.changes.append(Change("split", piece, tuple(split)))
        return split
    if from_text:
        split = run_together(piece)
        if split:
            out.changes.append(Change("split", piece, tuple(split)))
            return split
    if (not is_unit_name(piece) or piece.endswith("常委")) and is_person_or_post(piece, from_text):
        out.notes.append(piece)  # 副县长王明, 县委常委, 吴丽: a leader's cell read as owners
        out.changes.append(Change("person", piece))
        return []
    if not is_unit_name(piece):
        out.changes.append(Change("uncertain", piece))
    return [piece]


# A leader named by post (副县长, 县委常委, 人大副主席, 党委委员), with or without the name after it.
LEADER_POST = re.compile(r"(?:[省市县区旗镇乡]?(?:委|党委|人大|政协|政府))?(?:党组)?(?:常委|委员|成员)?"
                         r"(?:分管|常务|专职|挂职)?副?(?:书记|[省市县区旗镇乡]长|主任|主席|秘书长|政委|组长|部长|局长)?"
                         r"(?:[\u4e00-\u9fff]{2,3})?")
POST_WORD = re.compile(r"常委|委员|书记|[省市县区旗镇乡]长|主任|主席|秘书长|政委|组长|部长|局长")
NOT_A_GIVEN_NAME = set("东西南北中州山川河湖海江城县区镇乡村口门关湾港岛桥坝溪沟台园站所局委办院部")


def is_person_or_post(piece: str, from_text: bool) -> bool:
    """A leader by post ("副县长王明", "县委常委", "人大副主席刘芳") or, in a table's cell, a bare
    person's name ("吴丽"; not a place such as 江北): no unit, whatever column it stands in."""
    if POST_WORD.search(piece) and LEADER_POST.fullmatch(piece) and (not looks_like_org(piece) or piece.endswith("常委")):
        return True
    return not from_text and len(piece) == 3 and person_name(piece) and piece[-1] not in NOT_A_GIVEN_NAME


def _and_with_posts(piece: str) -> list[str]:
    """"各村党支部书记和村委会主任" -> 各村党支部书记, 村委会主任: two units, each with a post."""
    for m in re.finditer(r"[和及与]", piece):
        left, right = piece[:m.start()], piece[m.end():]
        post = POST_RE.search(left)
        if post and post.start() >= 2 and looks_like_org(left[:post.start()]) and (
                looks_like_org(right) or (p := POST_RE.search(right)) is not None and looks_like_org(right[:p.start()])):
            return [left, right]
    return []


def _without_post(piece: str, out: Owners) -> str:
    """镇环卫所主要负责人 -> 镇环卫所; 县教育局局长何静 -> 县教育局; 镇城建办（王某某） -> 镇城建办
    (the post is a note)."""
    m = POST_RE.search(piece) or POST_NAMED_RE.search(piece)
    if m and m.start() >= 2 and looks_like_org(piece[:m.start()]):
        out.notes.append(piece)
        out.changes.append(Change("post", piece, (piece[:m.start()],), m.group()))
        return piece[:m.start()]
    inner = re.search(r"[（(]([^（）()]*)[）)]$", piece)
    if inner and PERSON_RE.match(inner.group(1)) and not looks_like_org(inner.group(1)) and len(piece) > inner.end(0) - inner.start(0) + 1:
        unit = strip_note(piece)
        if looks_like_org(unit) and not is_group(unit):
            out.notes.append(piece)
            out.changes.append(Change("post", piece, (unit,), inner.group(1)))
            return unit
    return piece


# A note on how a body is set up, after its name: "(与社会治安综合治理办公室合署办公)", "(挂精神文明办牌子)",
# "（加挂统计站牌子）" (traditional 與, 辦, 掛 as well).
# So is what a name includes: "各市(含定州、辛集市)" (unseen w2554), "区人民政府(含新区管委会,下同)": the body named, the note kept.
OFFICE_NOTE = re.compile(r"[（(](?:[^（）()]{1,30}?(?:合署办公|合署辦公|合署|牌子)|(?:含|包括)[^（）()]{1,30}?)[）)]$")


def _without_office_note(piece: str, out: Owners) -> str:
    """党政办公室（与综治办合署办公） -> 党政办公室, 各市(含定州、辛集市) -> 各市: the body itself, the note kept in the
    task's note."""
    m = OFFICE_NOTE.search(piece)
    unit = piece[:m.start()].strip() if m else ""
    if not unit or not looks_like_org(unit):
        return piece
    out.notes.append(piece)
    return unit


# A level of place written bare, with no body after it: 镇, 街道, 社区, 县, 区(市).
BARE_LEVEL = re.compile(r"(?:县市区|市州|县区|区县|乡镇|乡|镇|街道|村|社区|居|组|县|区|市|州|旗|盟)(?:[（(][^（）()]*[）)])?")


def _each_of_levels(first: str, others: list[str]) -> bool:
    """"各镇" then "街道": 各 before bare levels (各村、社区; 各县、区; of two ranks too, 各乡、镇、村, 各镇、村、组: the probe of
    5846d19), not before a body."""
    levels = [*first[1:].split("、"), *others]  # the roster's group phrase '各乡、镇' before '村'
    return first.startswith("各") and all(BARE_LEVEL.fullmatch(lv) for lv in levels)


def levels_each(names: list[str]) -> list[str]:
    """"各村、居、社区" split into names -> 各村, 各居, 各社区: the 各 of the first of bare levels of one rank is
    each's (as ``_elliptical`` reads an owner list; here for a list checked to be units, unseen w1201; "各县(市)、区要…",
    blind w566, w623)."""
    out: list[str] = []
    for name in names:
        out.append("各" + name if out and _each_of_levels(out[-1], [name]) else name)
    return out


# Two groups written with no mark between ("各单位各部门", "各地各有关部门"); not 各级各部门, every level's departments.
TWO_GROUPS_RUN_TOGETHER = re.compile(r"(各(?!级)[^各、，,（(和及与]{1,6}?)(各[^各、，,和及与]{1,10})")


def _group_parts(piece: str, out: Owners) -> list[str]:
    """各镇、街道 -> 各镇, 街道 (then 各街道, by ``_elliptical``);
    各街道党工委、办事处 -> 各街道党工委, 办事处 (then made whole by ``_elliptical``);
    各镇人民政府、街道办事处 -> …, 各街道办事处. A group whose first part names no
    organisation is a group of each kind it lists (各乡镇和部门 -> 各乡镇, 各部门; 各有关部门、街道办事处 -> …,
    各街道办事处: blind w856, unseen w943), but for a bare body after it (各乡镇、办事处: the roster's group
    phrase, as the seeds write it); any other piece stays as written."""
    if not piece.startswith("各"):
        return [piece]
    two = TWO_GROUPS_RUN_TOGETHER.fullmatch(piece)
    if two and is_group(two.group(1)) and is_group(two.group(2)):  # 各单位各部门, 各地各有关部门 (unseen w1879, w1798)
        out.changes.append(Change("expanded", piece, (two.group(1), two.group(2))))
        return [two.group(1), two.group(2)]
    also = re.fullmatch(rf"(各.+?({'|'.join(BARE_ORG)}))[（(]({'|'.join(BARE_ORG)})[）)]", piece)
    if also and also.group(2) != also.group(3):  # 各县、区人民政府(管委会): and the zones' committees
        out.changes.append(Change("expanded", piece, (also.group(1), "各" + also.group(3))))
        return [also.group(1), "各" + also.group(3)]
    joiner = r"[、和及]" if is_group_phrase(piece) else "、"  # 各街道办事处和乡镇人民政府 (unseen w922): two groups
    parts = [p for p in re.split(joiner + r"(?![^（(]*[）)])", piece) if p]
    if len(parts) > 1 and _each_of_levels(parts[0], parts[1:]):
        return parts  # 各镇、街道: each level's 各 is given by ``_elliptical``
    if (len(parts) > 1 and not _PLACE_HEAD.match(parts[0]) and not any(p in BARE_ORG for p in parts[1:])
            and all(is_group_phrase("各" + strip_note(p).removeprefix("各")) for p in parts)):  # 部门(单位) (unseen w1992)
        parts = [parts[0]] + ["各" + p.removeprefix("各") for p in parts[1:]]
        out.changes.append(Change("expanded", piece, tuple(parts)))
        return parts
    if len(parts) < 2 or not _PLACE_HEAD.match(parts[0]):
        return [piece]
    parts = [parts[0]] + [p if p in BARE_ORG or p.startswith("各") else "各" + p for p in parts[1:]]
    if any(p.startswith("各") for p in parts[1:]):
        out.changes.append(Change("expanded", piece, tuple(parts)))
    return parts


NURSERIES = ("幼儿园", "幼兒園", "托儿所", "托兒所")  # no unit's name alone, but a kind of body beside another


OTHERS_CONCERNED = re.compile(r"(?:各|其他|其它)?(?:有关|相关)(?:部门|单位)|其他(?:部门|单位)")


# A place named with its level ("五指山市", "陵水县"): two such joined by 和 are two owners, as two joined by 、 are.
_NAMED_PLACE = r"[\u4e00-\u9fff]{2,5}?(?:市|县|区|旗)"
PLACES_JOINED = re.compile(rf"({_NAMED_PLACE})(?:和|及|与)({_NAMED_PLACE})")


# A body and its own parts (及其…): '县级以上地方人民政府及其有关部门', '县级以上国防动员委员会及其办事机构', '各级政府及其所属
# 部门' (blind w1773, w1809, unseen w1931): two owners, the body and its departments or office named with it. Not a
# bureau's subordinate units ('县水利局及其下属单位', '…及其直属单位'): those are the unit's own (tests/test_extraction_residue.py).
WITH_ITS_OWN = re.compile(r"(.{2,30}?)及其((?:有关|相关|所属|工作|职能|组成)部门|(?:办事|派出)机构)")


# A level written bare, with the levels in its place in brackets: 县(市、区), 各乡镇, 各县（区）.
LEVEL_WITH_ITS_PAIR = re.compile(r"各?(?:[省市县区州旗乡镇]|乡镇|街道)(?:[（(][市县区州旗乡镇街道、]{1,8}[）)])?")
# A qualifier a group's kinds share ("有关部门和单位", "各相关部门和机构"), and the kinds written bare after 和 with it.
SHARED_QUALIFIER = re.compile(r"(?:各有关|各相关|有关|相关|其他有关|其他相关|各)(?=部门|单位|机构|企业)")
BARE_KINDS = ("单位", "部门", "机构", "企业", "组织", "团体", "社会组织", "企事业单位")


def split_and(piece: str) -> list[str]:
    """"市住建局和市自然资源局" -> both; "党委和人民政府" -> 党委, and the 人民政府 of the same place; "五指山市和东方市"
    (unseen w1811) -> both."""
    places = PLACES_JOINED.fullmatch(piece)
    if places:
        return [places.group(1), places.group(2)]
    own = WITH_ITS_OWN.fullmatch(piece)
    if own and looks_like_org(own.group(1)):  # "县级以上地方人民政府及其有关部门" -> the government, and its departments
        return [own.group(1), own.group(1) + own.group(2)]
    joins = list(AND_RE.finditer(piece))
    if len(joins) > 1:  # "各有关部门和单位及乡镇" (unseen w2643): the last joined, the rest split as a piece of its own
        last = joins[-1]
        left, right = piece[:last.start()], piece[last.end():]
        before = split_and(left)
        if len(before) > 1 and all(looks_like_org(u) for u in [*before, right]):
            return [*before, right]
    for m in joins:
        left, right = piece[:m.start()], piece[m.end():]
        if LEVEL_WITH_ITS_PAIR.fullmatch(left) and OTHERS_CONCERNED.fullmatch(right):
            return [left, right]  # "县(市、区)及相关部门应…" (unseen w2424): the levels, and the departments concerned
        shared = SHARED_QUALIFIER.match(left)
        if shared and right in BARE_KINDS:  # "有关部门和单位" (unseen w2411) -> 有关部门, 有关单位: the qualifier is both's
            return [left, shared.group() + right]
        if not (looks_like_org(left) or left.endswith(NURSERIES)):
            continue
        if (left.endswith(NURSERIES) and looks_like_org(right) and is_unit_name(right)
                or right.endswith(NURSERIES) and looks_like_org(left)):
            return [left, right]  # "幼儿园和学校", "中小学校和幼儿园": two kinds of body (unseen w1073, w1074)
        if right in BARE_ORG:
            head = _PLACE_HEAD.match(left)
            place = (head.group(1) or "") + head.group(2) if head else ""
            return [left, place + right]
        if looks_like_org(right) and (is_unit_name(right) or is_department(right)) or place_pair(right) or duty_bearing(right):
            return [left, right]
        if OTHERS_CONCERNED.fullmatch(right):
            return [left, right]  # "县级以上林业主管部门和其他有关部门" (unseen w1392): a named body and everyone else
        if ENTERPRISES.fullmatch(right):
            return [left, right]  # "应急管理部门和企业要迅速部署行动" (unseen w2365): the department and the enterprises
    return [piece]


# The enterprises a safety or supervision text gives their own part beside a department's ('…部门和企业', '…及生产经营单位').
ENTERPRISES = re.compile(r"(?:各类?|相关|有关|重点|涉[\u4e00-\u9fff]{1,4})?(?:企业|生产经营单位|经营单位)")


def _elliptical(names: list[str], out: Owners) -> list[str]:
    """各县（区）人民政府、管委会 -> …、各管委会; 各街道党工委、办事处 -> …、各街道办事处; 各镇、街道 ->
    各镇、各街道 (bare levels of one rank: the 各 is each's)."""
    result: list[str] = []
    for name in names:
        prev = result[-1] if result else ""
        if _each_of_levels(prev, [name]):
            out.changes = [c for c in out.changes if not (c.kind == "uncertain" and c.value == name)]  # 镇 is 各镇 now
            out.changes.append(Change("expanded", f"{prev}、{name}", (prev, "各" + name)))
            result.append("各" + name)
            continue
        if (prev.startswith("各") and not name.startswith("各") and strip_note(name) not in BARE_ORG and strip_note(name) != name
                and is_group(strip_note(prev)) and is_group_phrase("各" + strip_note(name))):
            out.changes.append(Change("expanded", f"{prev}、{name}", (prev, "各" + name)))  # 各县（区）、部门（单位）: each
            result.append("各" + name)  # kind with its note shares the 各 (the stranger's probe; 各乡镇、部门(单位) likewise)
            continue
        head = _PLACE_HEAD.match(prev) if prev.startswith("各") else None
        if name in BARE_ORG and head:
            place = head.group(2)
            keeps = next((orgs for p, orgs in _PLACE_ORGS if p and place.endswith(p)), None)
            if keeps is None:
                keeps = () if re.search(r"开发区|园区|管委会", place) else dict(_PLACE_ORGS)[""]
            full = "各" + (place if name in keeps else "") + name
            out.changes.append(Change("expanded", f"{prev}、{name}", (prev, full)))
            name = full
        result.append(name)
    return result


ZONE_RE = re.compile(r"^(.{0,12}?(?:开发区|园区|高新区|示范区|新区|试验区|度假区|管理区|产业园|工业园))")


def _shared_bodies(names: list[str], out: Owners) -> list[str]:
    """"城乡一体化示范区、高新区党工委和管委会": the first zone has the same
    党工委 and 管委会 as the second (城乡一体化示范区党工委, …管委会)."""
    result: list[str] = []
    for k, name in enumerate(names):
        zone = ZONE_RE.fullmatch(name)
        following = ZONE_RE.match(names[k + 1]) if zone and k + 1 < len(names) else None
        if not following:
            result.append(name)
            continue
        bodies = [n[len(following.group(1)):] for n in names[k + 1:] if n.startswith(following.group(1))]
        bodies = [b for b in bodies if b in BARE_ORG]
        if not bodies:
            result.append(name)
            continue
        result += [name + b for b in bodies]
        out.changes.append(Change("expanded", name, tuple(name + b for b in bodies)))
    return result


def _inherit_level(names: list[str], level: str, out: Owners) -> list[str]:
    """市教育局、人社局、卫健委 -> 市人社局, 市卫健委 (the plan writes its units with 市)."""
    result = []
    for name in names:
        if (is_department(name) and not level_of(name) and not name.startswith("委") and not is_group(name)
                and not re.fullmatch(rf"(?:共青)?团[{LEVELS}]委", name)):  # 团市委 has its level inside
            out.changes.append(Change("expanded", name, (level + name,)))
            name = level + name
        result.append(name)
    return result


def _sectors_written_bare(names: list[str], level: str) -> bool:
    """A list that names most of its departments by their sector alone ("市工信委、财政、发展改革、
    住房城乡建设、公安、宣传"): its way of writing them, not names that lost their 局 ("住建" after
    县自然资源局、县水利局; "委编办、应急、住建、场监管局", whose other names lost characters too): at least
    two bare sectors, more than the departments named in full, and no other name the lexicon completes."""
    bare = sum(1 for name in names if name in SHORT_FORMS or is_sector(name))
    lost = any(name not in SHORT_FORMS and complete(name, level) not in (None, name) for name in names)
    return bare >= 2 and bare > sum(1 for name in names if is_department(name)) and not lost


def _complete(name: str, profile: Profile, out: Owners) -> str:
    full = complete(name, profile.level)
    if full is None or full == name:
        return name
    out.changes = [c for c in out.changes if not (c.kind == "uncertain" and c.value == name)]
    out.changes.append(Change("completed", name, (full,)))
    return full
