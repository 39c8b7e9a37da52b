"""An outline -> task drafts: which items are tasks, their owners, their numbers.

**Tasks.** An item carrying markers is a task; items above it are its
category path. Sub-items ①② that carry their own markers are tasks numbered
"2①" under their parent "2.…". When only the last sub-item carries marker
lines, they are the parent's, and the sub-items are part of its text.
Items at the task level without any marker are tasks without owners (reported).

**Several markers in one task** ("…监测。（责任单位：A）强化…（责任单位：B）"):
when they name different owners the task is split into sub-tasks "N-1",
"N-2" …, each clause with its own owners (the way offices' own 任务清单 split
such paragraphs, e.g. seed 004's annex); markers naming the same owners are
merged, unless the same units open sentences of their own as their subjects
(each sentence a duty of theirs). Text after the last marker joins the last
clause (reported).

**Numbers** are the items' own ("12", "2①", "5-2"), qualified by the headings
above only where they repeat.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..findings import Finding
from ..findings.extraction import (DUPLICATE_NUMBER_RENAMED, FIRST_LISTED_LEAD, MARKED_LEAD, MARKER_REPAIRED, NUMBER_REPAIRED,
                                   TASK_SPLIT, TEXT_AFTER_MARKER)
from ..io.read import RawRecord
from ..numerals import ENCLOSED
from ..roster import split_cell
from .field_blocks import FieldBlock, read_block
from .markers import (DAMAGED_LABELS, MARK_LEGEND, OPEN, OWNER_ROLES, REST_ROLE, bracket_spans, SENTENCE_CLOSE, SENTENCE_STOP, Marker, is_member_line,
                      member_names, parse_line_marker, remove_markers)
from .names import GROUP_END_RE, is_group, levels_sharing_name, looks_like_org, names_a_sector, strip_note
from .owner_lists import cut, split_and
from .outline import (BOILERPLATE, OWNER_HEADING, PARAGRAPH, Item, Mark, PlanParagraph, Section, build_outline, is_tasks_title,
                      item_mark, with_opening_units)
from .prose import (APPOINTED, DONE, DUTIES_LEAD_IN, LEADING_ROLES, ROLE_STATED_OVER_DUTIES, STAGE_TITLE, WHOLE_PLACE,
                   find_owner_markers, heading_role, opening_units, opens_with_duty, owner_heading, paragraph_markers,
                   party_led, person_led)


PHRASE_BREAK = re.compile(r"[，,；;：:]")  # a heading of clauses or a label, no project's name
# A heading of a few words, no sentence: '一、大气污染防治', '（二）安全生产'.
BARE_HEADING = re.compile(r"[^，,；;：:。！!？?]{2,20}")


@dataclass
class Draft:
    """A task as found in the text, before units and deadlines are resolved."""

    chain: list[Mark]
    category: tuple[str, ...]
    text: str
    roles: dict[str, list[str]]
    paragraph: str
    line: int
    suffix: str = ""
    section: Section | None = None
    number: str = ""
    role_lines: dict[str, int] = field(default_factory=dict)  # role -> line of its marker line
    title: str = ""  # the heading of a block of labelled fields (``.field_blocks``)
    extra: dict[str, str] = field(default_factory=dict)  # that block's figures and progress, by label


# ------------------------------------------------------------------ drafts


# A line that is only an item's number, its words lost (the page cut after it): no duty (unseen w771's '(一)'); after a
# task's words, only a marked number is taken off (a bare figure on the last line may be a table's value, kept).
_NUMERAL = r"[一二三四五六七八九十\d]{1,3}"
_BRACKETED_NUMBER = rf"[（(]\s*{_NUMERAL}\s*[）)]"
BARE_NUMBER = re.compile(rf"\s*(?:{_BRACKETED_NUMBER}|{_NUMERAL}\s*[、.．]?)\s*")
BARE_NUMBER_AFTER = re.compile(rf"\n\s*(?:{_BRACKETED_NUMBER}|{_NUMERAL}\s*[、.．])\s*$")
ROSTER_LABEL = re.compile(r"\s*(?:责任|成员|参与|配合|协办)(?:单位|部门)\s*[：:]?\s*")


def _roster_only(text: str) -> bool:
    """A numbered part that only lists units under an owner label, no work named ('三、责任单位 镇派出所、镇水利站、…',
    blind w840: the members of the plan's mechanism): no task."""
    mark = item_mark(text.strip())
    label = ROSTER_LABEL.match(mark.rest) if mark is not None else None
    if label is None:
        return False  # a label line alone ('责任单位:A、B' whose task the page cut off) keeps its owners
    text = mark.rest
    units, rest = cut(text[label.end():].strip().rstrip("。；;"))
    return bool(units) and not rest.strip()


def task_rank(root: Item, unit_like: Callable[[str], bool]) -> float | None:
    """The task level: the rank of the items that carry markers most often."""
    ranks: Counter[float] = Counter()

    def walk(item: Item) -> None:
        if item.mark is not None and item.has_own(unit_like):
            ranks[item.mark.rank] += 1
        for child in item.children:
            walk(child)

    walk(root)
    return ranks.most_common(1)[0][0] if ranks else None


# A duty of the owner's own before its lead-in ('…街道办事处应当加强传统村落的日常管理,履行下列职责:', unseen w2430): a
# modal verb and the words of a duty after it (not '…街道办事处应当履行下列职责:', the lead-in alone).
OWN_DUTY_BEFORE = re.compile(r"(?:应当|必须|须|应(?![急用对变])|要(?![求素件点]))[\u4e00-\u9fff]{4,}")


class DraftCollector:
    """Walks an outline and makes drafts; notes what it was unsure of."""

    def __init__(self, unit_like: Callable[[str], bool], where: Callable[[int], str], plain_verbs: bool = False,
                 projects: bool = False):
        self.unit_like = unit_like
        self.where = where
        self.plain_verbs = plain_verbs  # the page writes its owners in prose only (``.prose.owners_in_prose_only``)
        self.projects = projects  # no part is titled as tasks: a part may be one project (``_part_is_one_task``)
        self.findings: list[Finding] = []
        self.boilerplate_part = False  # the part being collected is a 工作要求, 保障措施 … (``.outline.BOILERPLATE``)
        self.tasks_part = False  # the part being collected is titled as tasks (``.outline.is_tasks_title``)
        self.numbered_part = False  # the part being collected has a number (一、, 第五条): not a page of bare paragraphs
        self.requests = False  # the part being collected is a notice's numbered request (``collect``)

    def collect(self, section: Section, requests: bool = False) -> list[Draft]:
        """The drafts of one part; ``requests``: a notice's numbered request opened by a group's duty, read as a
        part titled as tasks is (``.tasks._choose_sections``)."""
        root = build_outline(section, self.plain_verbs)
        self.boilerplate_part = bool(BOILERPLATE.search(section.title)) and not requests
        self.tasks_part = is_tasks_title(section.title) or requests
        self.requests = requests
        self.numbered_part = section.mark is not None
        if self._part_is_one_task(section, root):
            root = _headed_by_the_part(section, root)
        self._nodot_notes(root)
        rank = task_rank(root, self.unit_like)
        heading = (owner_heading(section.mark.rest, self.unit_like)
                   if section.mark is not None and root.head is None and (root.children or root.body) else "")
        lead_in = self._part_leads_into_duties(section, root)
        if lead_in is not None:  # "第九条 乡(镇)人民政府、街道办事处应当履行下列职责:⏎(一)…⏎(二)…"
            drafts = lead_in
        elif heading and root.children and self._heads_alone(root, heading):  # "二、乡镇人民政府⏎1、…⏎2、…"
            drafts = self._under_heading(root, [], heading, heading_role(section.mark.rest))
        elif heading and self._heads_alone(root, heading):  # "三、房地部门⏎负责…；…；…。"
            drafts = self._part_body_under_heading(root, heading, heading_role(section.mark.rest))
        else:
            drafts = self._part_heading_task(section, root, self._collect(root, [], rank))
        drafts = [d for d in drafts if not BARE_NUMBER.fullmatch(d.text) and not _roster_only(d.text or d.paragraph)]
        for d in drafts:
            d.text = BARE_NUMBER_AFTER.sub("", d.text)  # '…工程。⏎(一)': the page's next item, its words lost
        # ('二、联席会议职责⏎(一)' cut at the page's end; '三、责任单位 镇派出所、…、中小学校及幼儿园。' a roster)
        for d in drafts:
            d.section = section
            if not d.chain and root.head is None and section.mark is not None and section.paras:
                d.paragraph = f"{section.paras[0].source}\n{d.paragraph}"  # "三、新增停车泊位" over its annotation
        return drafts

    def _part_leads_into_duties(self, section: Section, root: Item) -> list[Draft] | None:
        """A part (an article) whose heading names its owner and ends by opening the duties under it: its sentence
        and each duty, the owner's (``_leads_into_duties``, as an item's); None for any other part."""
        if section.mark is None or not root.children or root.body or root.markers:
            return None
        head = root.head or PlanParagraph(section.mark.rest, section.paras[0].line, section.paras[0].source)
        item = Item(section.mark, head, None, children=root.children, plain_verbs=root.plain_verbs)
        leading = self._leads_into_duties(item)
        return self._lead_in_and_duties(item, [], *leading) if leading is not None else None

    def _part_heading_task(self, section: Section, root: Item, drafts: list[Draft]) -> list[Draft]:
        """"一、整治提升村容村貌(县委农办、县农业农村局牵头)" over items with owners of their own (blind w352): the
        part's heading names the part's leads, kept as a task of its own before its items' (as an item's
        heading "（一）…（A牵头）" over numbered items is), not lost; unless a draft already is the heading's."""
        if section.mark is None or root.head is not None or not section.paras or any(
                d.chain and d.chain[0] is section.mark for d in drafts):
            return drafts
        if not any(m.has_owners for m in find_owner_markers(section.mark.rest, self.unit_like)):
            return drafts
        head = Item(section.mark, section.paras[0], None, plain_verbs=root.plain_verbs)
        return self._drafts(head, [], whole=True) + drafts

    def collect_each(self, section: Section, under_headings: bool = False) -> list[Draft]:
        """Each paragraph of ``section`` before its first item and each of its top items (with the
        items under it) as a draft of its own, with the owners its text names: the duties of a body's
        own page (``.own_page``), each a task of the page's unit. With ``under_headings``, a top item
        that is only a heading ('一、大气污染防治' over '1.…' items) gives each item under it instead."""
        root = build_outline(section, self.plain_verbs)
        self.boilerplate_part = self.tasks_part = self.numbered_part = False
        drafts: list[Draft] = []
        for p in root.body:
            drafts += self._drafts(Item(None, None, root, body=[p], plain_verbs=root.plain_verbs), [], whole=True)
        for child in root.children:
            drafts += self._each(child, [], under_headings)
        for d in drafts:
            d.section = section
        return drafts

    def _each(self, item: Item, path: list[str], under_headings: bool) -> list[Draft]:
        if under_headings and item.children and not item.body and _bare_heading(item):
            return [d for c in item.children for d in self._each(c, path + [item.label()], under_headings)]
        return self._drafts(item, path, whole=True)

    def _part_is_one_task(self, section: Section, root: Item) -> bool:
        """"一、城乡居民免费健康体检⏎为全县…。⏎牵头单位：…⏎配合单位：…" (a 民生实事 list, a project per
        part) or "二、新增停车泊位3000个⏎…。（责任单位：…）": a part whose short heading names a project and
        whose one paragraph (no item under it) carries its owners, on label lines after it or inside it,
        is that project's one task. Only in a plan with no part titled as tasks (beside 一、工作任务, 二、检查验收 is
        a chapter of the plan), under a heading of one phrase (not "一、高度重视,加强领导"); not a 工作要求, nor a
        unit's own heading ("一、县教育局⏎负责…"), nor a part of several paragraphs (each its own task or a lead-in)."""
        if not self.projects or section.mark is None or root.mark is not None or root.head is not None:
            return False
        if PHRASE_BREAK.search(section.mark.rest):
            return False
        if self.boilerplate_part or owner_heading(section.mark.rest, self.unit_like):
            return False
        if not root.children:
            return len(root.body) == 1 and not root.markers and bool(root.inline(self.unit_like))
        only = root.children[0]
        return (len(root.children) == 1 and not root.body and not root.markers and not only.children
                and only.mark is not None and only.mark.style == PARAGRAPH and only.has_own(self.unit_like))

    def _collect(self, item: Item, path: list[str], rank: float | None) -> list[Draft]:
        ul = self.unit_like
        leading = self._leads_into_duties(item) if item.children and not item.markers else None
        if leading is not None:  # "第五条 A作为…,负责…。应当履行下列职责:⏎(一)…": A's own text, and each duty under it
            return self._lead_in_and_duties(item, path, *leading)
        heading = (item.mark.rest if item.mark is not None and item.mark.style == OWNER_HEADING  # read when it was made
                   else owner_heading(item.mark.rest, ul, _duties_below(item))
                   if item.mark is not None and (item.children or item.body) else "")
        if heading and item.children and self._heads_alone(item, heading):
            return self._under_heading(item, path, heading, heading_role(item.mark.rest))
        if heading and not item.children and self._heads_alone(item, heading):
            return self._body_under_heading(item, path, heading)
        self._group_subjects_in_a_list(item)
        kids = [c for c in item.children if c.subtree_has(ul) or self._owner_heading_of(c)
                or c.mark is not None and c.mark.style == OWNER_HEADING
                or c.mark is not None and c.children and owner_heading(c.mark.rest, ul, _duties_below(c))]
        # a unit's line heading its own list (its owner read when it was made), or an item whose heading names the owners
        # of its numbered duties ("(一)前郭县、乾安县、扶余县人民政府职责。⏎1.…", unseen w1725): not swallowed by an owned
        # paragraph above it ('A牵头成立领导小组，负责统筹。⏎领导小组办公室职责:⏎(一)…', '…成立X委员会。主要职责包括:⏎(一)…',
        # unseen w1104)
        own = item.has_own(ul) or self.requests and item.parent is None and self._opened_by_a_group(item)
        if own and not kids:
            return self._drafts(item, path, whole=True)
        if kids and not own and self._last_child_owns(item, kids):
            return self._drafts(item, path, whole=True)
        if not kids and not own:
            at_rank = (item.mark is not None and item.mark.style != PARAGRAPH
                       and (item.mark.rank == rank or (rank is None and not item.children)))
            if at_rank:
                return self._drafts(item, path, whole=True)
        out = self._drafts(item, path, whole=False) if own else []
        sub_path = path + [item.label()] if item.mark is not None else path
        for child in item.children:
            out += self._collect(child, sub_path, rank)
        return out

    def _leads_into_duties(self, item: Item) -> tuple[str, str] | None:
        """The units (and their role) of an item whose own text names its owner and ends by opening the duties
        under it ('…应当履行下列职责:', '主要职责是:', unseen w595; a group's: '乡(镇)人民政府、街道办事处应当履行下列
        职责:', unseen w603), or None; only one owner's, no label line."""
        text = item.own_text()
        lead_in = DUTIES_LEAD_IN.search(text) or item.children and ROLE_STATED_OVER_DUTIES.search(text)
        if not lead_in or any(c.subtree_has(self.unit_like) for c in item.children):
            return None
        owners = [(r, u) for m in item.inline(self.unit_like) for r in OWNER_ROLES for u in m.roles.get(r, [])] or [
            (r, u) for m in paragraph_markers(text, self.unit_like, True, self.plain_verbs)  # a group's own lead-in too
            for r in OWNER_ROLES for u in m.roles.get(r, [])]
        if len({u for _, u in owners}) == 1:
            return owners[0][1], owners[0][0]
        named = whose_duties(text, self.unit_like) if not owners else ""  # "各级爱卫会的主要职责是:" (unseen w652)
        if named:
            return named, "responsible"
        units = owner_heading(text, self.unit_like) if not owners else ""  # "1.市、县统计机构,执行…。主要职责是:" (w561)
        return (units, "responsible") if units else None

    def _lead_in_and_duties(self, item: Item, path: list[str], units: str, role: str) -> list[Draft]:
        """The owner's own text (its sentence of duty, when it has one: not a bare '…主要职责是:') and each duty
        under it, all the owner's."""
        text = item.own_text()
        sentence = DUTIES_LEAD_IN.sub("", text).strip(" 。；;，,:：")
        duty = (bool(re.search(r"[，,。；;]", sentence)) or bool(ROLE_STATED_OVER_DUTIES.search(text))
                or bool(OWN_DUTY_BEFORE.search(sentence))) and not (
            LOCATED_THEN_DUTIES.search(text) and not re.search(r"[，,；;]", sentence))
        # not only a heading and the lead-in ('县救助管理站主要负责下列工作：'); a role stated is a task of its own; where
        # the body is seated no duty ('…中心设在省妇幼保健中心。主要职责是:', the probe of the twenty-first session)
        own = self._drafts(item, path, whole=False) if duty else []
        if duty and not own:  # "省、市统计机构,执行综合统计职能,负责…。主要职责是:": a duty of its own
            paras = sorted(([item.head] if item.head else []) + item.body, key=lambda p: p.line)
            own = [Draft(item.chain(), tuple(path), text, {}, "\n".join(p.source for p in paras), paras[0].line if paras else 0)]
        for d in own:
            if not any(d.roles.get(r) for r in OWNER_ROLES):
                d.roles[role] = [units]
        return own + self._duties_under_heading(item, path, units, role)

    def _owner_heading_of(self, item: Item) -> str:
        """The units of an item whose heading is its owners over its duties ("(1)市林业局。⏎负责…", unseen w460), or
        "": such an item is owned, though its text names no one, as an item that names its owner is (the list is
        read item by item)."""
        if item.mark is None or not item.body or item.children:
            return ""
        return owner_heading(item.mark.rest, self.unit_like, _duties_below(item))

    def _heads_alone(self, item: Item, units: str) -> bool:
        """No owner below an owner heading but the heading's own units, named again in its
        lead-in ("（一）县救助中心工作职责⏎县救助中心主要开展下列工作：⏎1、…")."""
        if _names_owner([p for p in item.markers if not is_member_line(p.text)]) or any(
                self._owned_below(c) for c in item.children):
            return False  # (a team's own 组长:/成员: lines name its people, no other owner: blind w385)
        own = set(split_cell(units))
        return all(set(split_cell(u)) <= own for m in item.inline(self.unit_like)
                   for r in OWNER_ROLES for u in m.roles.get(r, []))

    def _owned_below(self, item: Item) -> bool:
        """An owner named in ``item`` or under it: in its text, or on a label line naming a lead or a
        responsible unit (a line of partners only, 协助单位：…, leaves the heading above the owner)."""
        return (_names_owner(item.markers) or any(_names_units(m) for m in item.inline(self.unit_like))
                or any(self._owned_below(c) for c in item.children))

    def _under_heading(self, item: Item, path: list[str], units: str, role: str = "responsible") -> list[Draft]:
        """"（一）县教育局：⏎1.负责…⏎2.…": each duty under the heading is a task of its units
        (a part's heading is the part's title, not the item's: no category of its own); a line of
        partners under the heading (协助单位：…) is each duty's partners."""
        drafts = self._own_duty_lines(item, path, units, role) + self._duties_under_heading(item, path, units, role)
        partners: dict[str, list[str]] = {}
        for p in item.markers:
            self._add_line_marker(p, partners)
        for d in drafts:
            for r, texts in partners.items():
                d.roles.setdefault(r, []).extend(t for t in texts if t not in d.roles.get(r, []))
        return drafts

    def _own_duty_lines(self, item: Item, path: list[str], units: str, role: str) -> list[Draft]:
        """A line of the heading's own duty between it and its list ('市劳动和社会保障局⏎负责农民工工资的清欠和防欠工作。
        ⏎(一)…', unseen w710): a task of the heading's units too; a lead-in ('负责以下工作：') is none."""
        drafts = []
        sub_path = path + [item.label()] if item.head is not None else path
        for p in item.body:
            if opens_with_duty(p.text) and not p.text.rstrip().endswith(("：", ":")) and not DUTIES_LEAD_IN.search(p.text):
                for d in self._drafts(Item(None, None, item, body=[p], plain_verbs=item.plain_verbs), sub_path, whole=True):
                    if not any(d.roles.get(r) for r in OWNER_ROLES):
                        d.roles[role] = [units]
                    drafts.append(d)
        return drafts

    def _duties_under_heading(self, item: Item, path: list[str], units: str, role: str) -> list[Draft]:
        drafts = []
        sub_path = path + [item.label()] if item.head is not None else path
        for child in item.children:
            leading = self._leads_into_duties(child) if child.children and not child.markers else None
            if leading is not None:  # "1.省、市统计机构,执行…,负责…。主要职责是:⏎(1)…": its sentence and its duties
                drafts += self._lead_in_and_duties(child, sub_path, *leading)
                continue
            inner = owner_heading(child.mark.rest, self.unit_like) if child.mark is not None and child.children else ""
            if inner:  # "一、县直有关部门⏎（一）县公安局⏎1.…": the nearest heading owns its duties
                drafts += self._under_heading(child, sub_path, inner, heading_role(child.mark.rest))
                continue
            headed = self._owner_heading_of(child)
            if headed:  # "3.2成员单位职责⏎(1)县公安局。⏎负责…": the nearest heading owns it
                drafts += self._body_under_heading(child, sub_path, headed)
                continue
            for d in self._drafts(child, sub_path, whole=True):
                d.roles.setdefault(role, []).append(units)
                drafts.append(d)
        return drafts

    def _group_subjects_in_a_list(self, item: Item) -> None:
        """"（一）县水利局要…⏎（二）县财政局要…⏎（三）各乡镇要…": in a list whose items open with
        named units as their subjects, an item opened by a group (各乡镇, 各部门) is that group's,
        not an instruction to all as it is standing alone."""
        named = [c for c in item.children if opens_with_subject(c.own_text(), c.inline(self.unit_like))]
        if len(named) < 2 and self.tasks_part:  # "三、重点任务⏎1.县公安局依法打击…⏎2.县水利局对水域实行…": no role word at all
            named += [c for c in item.children if c not in named and c.mark is not None and not c.children
                      and opening_units(c.own_text(), self.unit_like)]
        if len(named) < 2:
            self._level_subjects_in_a_prose_list(item)
            return
        for child in item.children:
            if child.mark is not None and not child.children and not child.has_own(self.unit_like):
                text = child.own_text()
                if opens_with_subject(text, paragraph_markers(text, self.unit_like, True, self.plain_verbs)):
                    child.group_subjects, child._inline = True, None
                elif units := opening_units(text, self.unit_like):
                    child.opening_units, child._inline = units, None  # "2、市财政局统筹利用…": beside "1、市教育局要…"
        self._level_subjects_in_a_prose_list(item)  # its items' levels, their titles no one's, as in a list of no other subject

    def _level_subjects_in_a_prose_list(self, item: Item) -> None:
        """"（六）…。各市也要…。各级劳动和社会保障部门要…⏎（七）…。具体办法由省人社厅、省财政厅制定。⏎（八）…。各设区市要…":
        in a list whose owners are written in its prose only (no label, no bracket), an item whose sentences open
        with the levels below (各市, 各设区市, 各地) or one sector's departments at every level (各级财政部门, 各级…机构)
        gives them those duties, as a 省's opinion does, their partners after 会同 with them; an item with a group of
        everyone (各部门, 有关单位) among them stays an instruction to all. An item whose levels were read already
        ("（一）扩大…。省级财政继续安排…。各市要…。各级人社部门要…") is marked so too: its title and the sentences
        before its first level are no one's (``_split``)."""
        kids = [c for c in item.children if c.mark is not None and not c.children]
        owned = [c for c in kids if c.has_own(self.unit_like)]
        if not owned or any(m.has_owners and not m.in_prose for c in owned for m in c.inline(self.unit_like)) or any(
                c.markers for c in kids):
            return
        for child in kids:
            found = [m for m in paragraph_markers(child.own_text(), self.unit_like, True, self.plain_verbs) if m.has_owners]
            read = child.has_own(self.unit_like)  # its levels read already: only as its sentences' subjects (not 由各村…)
            if found and all(_levels_lead(m) and (m.kind == "subject" or not read) for m in found):
                child.group_subjects, child._inline = True, None

    def _body_under_heading(self, item: Item, path: list[str], units: str) -> list[Draft]:
        """"（一）县发改局⏎推进重大项目…。": an owner heading over unnumbered paragraphs, its one
        duty (the paragraphs' text, not the heading's)."""
        bare = Item(None, None, item.parent, body=item.body, plain_verbs=item.plain_verbs)
        drafts = self._drafts(bare, path + [item.label()], whole=True)
        for d in drafts:
            d.chain = item.chain()
            if not any(d.roles.get(r) for r in OWNER_ROLES):
                d.roles.setdefault(heading_role(item.mark.rest) if item.mark else "responsible", []).append(units)
            d.paragraph = f"{item.head.source}\n{d.paragraph}" if item.head else d.paragraph
        return drafts

    def _part_body_under_heading(self, root: Item, units: str, role: str) -> list[Draft]:
        """"一、区人民政府⏎负责…；…；…。": a part headed by its owners alone over its duties in
        one or more unnumbered paragraphs, as a duty list gives them out unit by unit: one task
        of the heading's units, unless its text names owners of its own."""
        drafts = self._drafts(root, [], whole=True)
        for d in drafts:
            if not any(d.roles.get(r) for r in OWNER_ROLES):
                d.roles.setdefault(role, []).append(units)
        return drafts

    def _last_child_owns(self, item: Item, kids: list[Item]) -> bool:
        """"3.…⏎①…⏎②…⏎牵头部门：A": the marker lines are the whole item's."""
        if item.mark is None or len(item.children) < 2:
            return False
        last = item.children[-1]
        return (kids == [last] and not last.children
                and (bool(last.markers) and not last.inline(self.unit_like) or self._bracket_line_only(last))
                and len({c.mark.style for c in item.children if c.mark}) == 1)

    def _bracket_line_only(self, last: Item) -> bool:
        """"1.…⏎(1)…⏎(2)…⏎(责任单位：A、B)": the bracket on a line of its own after
        the last measure is the whole item's, as a marker line would be."""
        if not last.body:
            return False
        line = last.body[-1].text.strip().rstrip("。；;")
        found = [m for m in find_owner_markers(line, self.unit_like) if m.has_owners] if line[:1] in OPEN else []
        rest = Item(last.mark, last.head, body=last.body[:-1], plain_verbs=last.plain_verbs)
        return (len(found) == 1 and found[0].start == 0 and found[0].end >= len(line)
                and not rest.inline(self.unit_like))

    def _drafts(self, item: Item, path: list[str], whole: bool) -> list[Draft]:
        paras = item.all_paras() if whole else ([item.head] if item.head else []) + item.body + item.markers
        paras = sorted(paras, key=lambda p: p.line)
        text = item.own_text()
        line_roles: dict[str, list[str]] = {}
        role_lines: dict[str, int] = {}
        plan_group = _under_boilerplate(item)
        for p in (self._marker_paras(item) if whole else item.markers):
            if ((plan_group or _composition(item)) and is_member_line(p.text)) or _members_head_lines(p, paras):
                continue  # "（三）加强组织领导⏎组长：区长⏎成员单位：…": the plan's own leading group, no task's owners;
                # "2.2.1市指挥部办公室组成⏎主任:…⏎成员:…" (unseen w1521): a body's make-up, its members no owners
            for role in self._add_line_marker(p, line_roles):
                role_lines.setdefault(role, p.line)
        if whole:
            text = "\n".join([text] + [_full_text(c) for c in item.children]).strip()
        block = _field_block(item) if whole else None
        text = block.text if block is not None else text
        groups = item.group_subjects or self._opened_by_a_group(item)
        markers = with_opening_units(paragraph_markers(text, self.unit_like, groups, self.plain_verbs), item.opening_units, text)
        if not groups and not self.boilerplate_part and not plan_group:
            markers = _points_opened_by_groups(text, markers, self.unit_like, self.plain_verbs)
        base = Draft(item.chain(), tuple(path), text, line_roles,
                     "\n".join(p.source for p in paras), paras[0].line if paras else 0, role_lines=role_lines)
        if block is not None:
            base.title, base.extra = block.title, block.extra
        return self._split(base, markers, item, path)

    def _opened_by_a_group(self, item: Item) -> bool:
        """"二、工作任务⏎（一）推进垃圾分类⏎各街道办事处要…": an item of a part titled as tasks whose text opens
        (after its title line) with a group as its subject is that group's duty; in a 工作要求 part, unnumbered,
        or after the item's title sentence ("1.加强农田水利建设。各部门要高度重视…") it is an instruction to all."""
        if not self.tasks_part or item.mark is None and not (self.requests and item.parent is None):
            return False  # (a request's whole part is its one item: "一、各相关单位要按照…要求,认真组织…")
        text = item.own_text()
        return opens_with_subject(text, paragraph_markers(text, self.unit_like, True, self.plain_verbs), title_sentence=False)

    def _marker_paras(self, item: Item) -> list[PlanParagraph]:
        out = list(item.markers)
        for child in item.children:
            out += self._marker_paras(child)
        return out

    def _add_line_marker(self, p: PlanParagraph, roles: dict[str, list[str]]) -> list[str]:
        """Adds a marker line's texts to roles; returns the roles it named."""
        found = parse_line_marker(p.text)
        if found is None:
            return []
        parsed, damaged = found
        for role, texts in parsed.items():
            roles.setdefault(role, []).extend(texts)
        if damaged:
            self.findings.append(MARKER_REPAIRED(sheet="正文", cell=self.where(p.line), value=p.text[:40],
                                                 damaged=damaged, label=DAMAGED_LABELS[damaged]))
        return list(parsed)

    def _split(self, base: Draft, markers: list[Marker], item: Item, path: list[str]) -> list[Draft]:
        markers = _adjacent_joined(base.text, markers)
        owners = [m for m in markers if m.has_owners]
        distinct = {m.owners_key() for m in owners}
        has_line_owners = any(base.roles.get(r) for r in OWNER_ROLES)
        if has_line_owners:
            markers = [m for m in markers if not m.in_prose]  # 牵头单位：… lines name the owners, not the prose
        if owners and not has_line_owners and _opens_with_no_owner(base.text, owners, len(distinct) == 1, item,
                                                                    numbered=bool(base.chain) or self.numbered_part):
            # the paragraph's first sentences are none of its owners': a clause of no one, then theirs
            return self._split_clauses(base, markers, [Marker(0, 0, {}, "subject")] + owners, item, path)
        if (len(distinct) <= 1 and not _subjects_again(owners)) or has_line_owners:
            for m in markers:
                _add_roles(base, m.roles)
            base.text = remove_markers(base.text, markers)
            return [base]
        return self._split_clauses(base, markers, owners, item, path)

    def _split_clauses(self, base: Draft, markers: list[Marker], owners: list[Marker],
                       item: Item, path: list[str]) -> list[Draft]:
        others = [m for m in markers if not m.has_owners]
        deadline = [t for m in others for t in m.roles.get("deadline", [])] or base.roles.get("deadline", [])
        regions, tail = clause_regions(base.text, owners)
        drafts: list[Draft] = []
        annotated_last = False
        led: tuple[str, list[str]] | None = None  # a lead's clause of no work of its own (and its comma), for the next
        for k, (start, stop, m) in enumerate(regions):
            clause = remove_markers(base.text[start:stop],
                                    [replace(o, start=o.start - start, end=o.end - start)
                                     for o in others if start <= o.start < stop])
            roles = {r: list(v) for r, v in m.roles.items()}
            if deadline and not roles.get("deadline"):
                roles["deadline"] = list(deadline)
            if led is not None:  # "由街道城管中队牵头,各社区必须确定…" (unseen w2714): one task, its lead and its doers
                clause, roles, led = led[0] + clause.lstrip(), {**roles, "lead": led[1] + roles.get("lead", [])}, None
            elif k + 1 < len(regions) and _lead_only(clause, m) and stop == regions[k + 1][0]:
                comma = "," if "," in base.text[start:stop] else "，"  # the text's own, the marker having taken it
                led = (clause.rstrip() + ("" if clause.rstrip()[-1:] in "，," else comma), roles["lead"])
                continue
            # '…完成。市环保局牵头。市国土资源局、市农业局等配合。各区政府负责落实。' (unseen w2171): a task annotated in
            # sentences of their own, each after the one that closed its clause; partners only after a subject's own duty
            # too ('县城管局负责制定分类标准。县商务局配合。', the probe), but no one else responsible ('区相关部门…做好
            # …工作。镇党委政府和村“两委”负责具体实施', blind w356: two tasks)
            if drafts and (annotated_last or _partners_only(m)) and _bare_roles(clause, m):
                _add_roles(drafts[-1], roles)
                drafts[-1].text += clause.strip()
                continue
            annotated_last = not base.text[m.end:stop].strip(" \n。；;，,）)")  # its owners close the clause
            label = item.label() if item.mark is not None else ""
            words = clause.strip()
            words = words[:-1] if words.endswith("、") else words  # '…负责化肥、|农业执法大队负责农药' (``_shares_in_series``)
            drafts.append(Draft(base.chain, tuple(path + ([label] if label else [])), words, roles,
                                base.paragraph, base.line, suffix=f"-{len(drafts) + 1}"))
        if len(drafts) == 1:  # every clause after the first was its annotation: one task, as the paragraph is
            drafts[0].suffix = ""
        rest = remove_markers(base.text[tail:], [o for o in others if o.start >= tail]).strip(" \n。；;，,")
        if rest:
            drafts[-1].text += base.text[tail:].strip()
            self.findings.append(TEXT_AFTER_MARKER(sheet="正文", cell=self.where(base.line), value=rest[:40],
                                                   excerpt=rest[:20]))
        if len(drafts) > 1:
            self.findings.append(TASK_SPLIT(sheet="正文", cell=self.where(base.line), value=base.text[:40],
                                            count=len(drafts)))
        return drafts

    def _nodot_notes(self, root: Item) -> None:
        def walk(item: Item) -> None:
            if item.mark is not None and item.mark.style == "nodot" and item.head is not None:
                self.findings.append(NUMBER_REPAIRED(sheet="正文", cell=self.where(item.head.line),
                                                     value=item.head.text[:40], number=item.mark.value))
            for child in item.children:
                walk(child)
        walk(root)


# A lead-in naming whose duties follow: '各级爱卫会的主要职责是:', '县统计局的职责如下：', '街道办事处的任务如下:' (unseen w1786).
WHOSE_DUTIES = re.compile(r"(?:^|[。；;，,\n])\s*([^，,。；;：:\n]{2,30}?)的(?:主要)?(?:工作)?(?:(?:职责|职能)(?:是|为|如下|包括)?|任务(?:是|为|如下|包括))"
                          r"(?:(?<=包括)(?:下列|以下|如下)(?:主要)?(?:内容|方面|事项))?\s*[：:]\s*$")  # '…的职责包括下列内容:' too


# A body said to be seated in another, then its duties ('第十三条 省新生儿疾病筛查中心设在省妇幼保健中心。主要职责是:',
# unseen w2357): the body seated.
LOCATED_THEN_DUTIES = re.compile(r"(?:^|[。；;\n])\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?([^，,。；;：:\n]{2,30}?)设在[^，,。；;：:\n]{2,30}"
                                 r"[。；;，,]\s*(?:其)?(?:主要)?(?:工作)?(?:职责|职能)(?:是|为|如下|包括)?\s*[：:]\s*$")


def whose_duties(text: str, unit_like: Callable[[str], bool]) -> str:
    """The units whose duties a lead-in at the end of ``text`` names (``WHOSE_DUTIES``, ``LOCATED_THEN_DUTIES``): as
    written, or each level's where levels share the name ('省、市级新生儿听力筛查诊治中心的主要职责是:', unseen w2357:
    省级…中心, 市级…中心); "" when there is none or they are no units."""
    whose = WHOSE_DUTIES.search(text) or LOCATED_THEN_DUTIES.search(text)
    name = ARTICLE_NUMBER.sub("", whose.group(1)).strip() if whose else ""
    if not name or all(unit_like(u) for u in split_cell(name)):
        return name
    levels = levels_sharing_name(name)
    return "、".join(levels) if levels and all(unit_like(u) for u in levels) else ""


ARTICLE_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条\s*")


def _opens_with_no_owner(text: str, owners: list[Marker], one_owner: bool, item: Item, numbered: bool = True) -> bool:
    """Whether a paragraph opens with sentences none of its owners holds, before their own clauses:
    levels given an item by ``DraftCollector._level_subjects_in_a_prose_list`` or a unit before a plain
    verb, not opening the text ("（六）调整…结构。省级财政每年要…。各市也要…", "…第四阶段：各部门…进驻政务中心；
    领导小组组织验收。"); people who lead before the one subject owner ("村党支部书记对本村…负总责。村(社区)负责…");
    the parties' line before the one owner's ("…由所有权人负责。⏎…不明确的，由A负责…"); the issuer's
    arrangement before a subject ("市政府成立…领导小组，办公室设在A。B负责…"); a page's unnumbered paragraphs
    before the one paragraph owned in its prose (a news item's lead before "二要…。由A牵头，B负责…", blind w209)."""
    first = owners[0]
    if (item.group_subjects or first.plain) and not opens_with_subject(text, owners):
        return True
    if first.kind == "subject" and _after_anothers_request(text, first.start):
        return True  # "请各单位…报送…,同时,…,县科技局将按月通报…": the request is the units', the subject's clause its own
    newline = text.rfind("\n", 0, first.start)
    if not numbered and one_owner and first.ahead and newline > 0 and text[:newline].rstrip()[-1:] in "。！!？?；;":
        return True  # unnumbered paragraphs, one owned in its prose: those before it are no one's (a news item's lead)
    if one_owner and all(m.kind == "subject" for m in owners) and 0 < person_led(text) <= first.start:
        return True
    if one_owner and 0 < party_led(text) <= first.start:
        return True
    return first.ahead and 0 < issuer_sets_up(text) <= first.start


# A sentence opened by a request to others than a later subject of it: '请各单位…', '请各乡镇…' (not '各单位要…,各站所要
# 通力配合', one duty and its partners: blind w500).
OTHERS_ASKED = re.compile(r"\s*请(?:各|全体|所有)|\s*请[^，,。；;\n]{1,12}?(?:单位|部门|乡镇|街道|村|社区)")


def _after_anothers_request(text: str, at: int) -> bool:
    """The subject at ``at`` opens a clause after a comma of a sentence that opens by asking others (``OTHERS_ASKED``)."""
    if at == 0 or text[at - 1] not in "，,":
        return False
    begins = max(text.rfind(c, 0, at) for c in "。；;！!？?\n") + 1
    return OTHERS_ASKED.match(text, begins) is not None


def _headed_by_the_part(section: Section, root: Item) -> Item:
    """The part's outline as one item: its heading the item's number and title line (as "（一）XX⏎…" has
    them), its paragraph the body and its label lines the markers (``DraftCollector._part_is_one_task``)."""
    only = root.children[0] if root.children else None
    body = ([only.head] + only.body) if only is not None and only.head is not None else root.body
    markers = only.markers if only is not None else root.markers
    head = PlanParagraph(section.mark.rest, section.paras[0].line, section.paras[0].source)
    return Item(section.mark, head, body=list(body), markers=list(markers), plain_verbs=root.plain_verbs)


# A point of a series on a line of its own ("三是…", "（三）…", "3、…"), and its title before its subject: a
# sentence or a line of at most 30 characters ("三是要做好应急准备。", "（三）做好舆论引导⏎").
POINT_MARK = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])")
POINT_TITLE = re.compile(r"[^。；;！!？?\n，,：:]{2,30}?[。；;\n：:]")  # or a title before a colon ("集中整治阶段:各村要…", unseen w1324)


def opens_with_subject(text: str, markers: list[Marker], title_sentence: bool = True) -> bool:
    """``text`` (an item's or a point's own words, its number off) opens with its owner as the subject: the first
    marker is a subject at the start, or right after the point's title, a line of its own or (``title_sentence``)
    a sentence ("做好舆论引导。各区要…")."""
    if not markers or markers[0].kind != "subject":
        return False
    first = markers[0].start
    title = POINT_TITLE.match(text)
    titled = (title is not None and first in (title.end(), _past_deadline(text, title.end()))
              and (title_sentence or title.group().endswith("\n")))
    stage = STAGE_TITLE.match(text)  # "总结验收阶段(2024年11月)市农业农村局组织…": a stage's title run into its sentence
    return first in (0, _past_deadline(text, 0)) or titled or stage is not None and first == stage.end()


# When the subject is to have done it, before the subject ('(一)…排查和检验。10月底前,各县区公安、教育部门要…', unseen
# w1123; '年底前,县住建局要…'): the sentence still opens with its owner.
DEADLINE_FRAME = re.compile(r"\s*(?:(?:\d{4}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|中旬|上旬|下旬|初|末)?|年底|年内|年中|[上下]半年|近期)"
                            r"(?:前|以前|之前|起|开始|内)?[，,]\s*")


# What the subject is to act on or for, before it ('4.要严格管控一刻不松。针对排查出来的涉诈高危人员,各乡镇务必…', unseen
# w2702): the sentence still opens with its owner, as after a deadline.
AIM_FRAME = re.compile(r"\s*(?:针对|对于|围绕|为了?)[^，,。；;\n]{2,30}?[，,]\s*")


def _past_deadline(text: str, pos: int) -> int:
    """Where the subject begins past a deadline (``DEADLINE_FRAME``) or an aim (``AIM_FRAME``) at ``pos``, or ``pos``."""
    found = DEADLINE_FRAME.match(text, pos) or AIM_FRAME.match(text, pos)
    return found.end() if found else pos


def _points_opened_by_groups(text: str, markers: list[Marker], unit_like: Callable[[str], bool],
                             plain_verbs: bool = False) -> list[Marker]:
    """"一是…。县应急管理局要…⏎二是…。县住建局要…⏎三是…。各乡镇、各有关单位要…": lines that are points of
    a series, after a point opened by named units as its subject, a point opened by a group (各乡镇, 各部门) is
    that group's, as such an item in a list is (``_group_subjects_in_a_list``); a group's line with no point of
    its own ("各单位要明确分管领导…" closing the lines above) stays an instruction to all."""
    out, pos, named = list(markers), 0, False
    for line in text.split("\n"):
        mark = POINT_MARK.match(line)
        own = [m for m in markers if pos <= m.start <= pos + len(line)]
        if mark is not None and own:
            shift = pos + mark.end()
            named = named or opens_with_subject(line[mark.end():], [replace(m, start=m.start - shift) for m in own])
        elif mark is not None and named:
            found = paragraph_markers(line[mark.end():], unit_like, True, plain_verbs)
            if opens_with_subject(line[mark.end():], found):
                shift = pos + mark.end()
                out += [replace(m, start=m.start + shift, end=m.end + shift) for m in found]
        pos += len(line) + 1
    return sorted(out, key=lambda m: m.start)


def _adjacent_joined(text: str, markers: list[Marker]) -> list[Marker]:
    """"（牵头单位：A）（配合单位：B）", "[牵头单位:A] [配合单位:B]": annotations one right after the
    other, nothing but blanks or separators between them, are one annotation of one clause."""
    out: list[Marker] = []
    for m in sorted(markers, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (prev is not None and not prev.in_prose and not m.in_prose and prev.end <= m.start
                and not text[prev.end:m.start].strip(" \u3000\t;；,，、")):
            roles = {r: list(v) for r, v in prev.roles.items()}
            for r, v in m.roles.items():
                roles.setdefault(r, []).extend(v)
            out[-1] = replace(prev, end=m.end, roles=roles)
        else:
            out.append(m)
    return out


# What is left of a clause that is only its units and their role ('市国土资源局、市农业局等配合。', '各区政府负责落实'):
# list marks, a closing group, role words and stops.
BARE_ROLE_REST = re.compile(r"[、，,。；;和及与\s]|等(?:相关|有关)?(?:部门|单位)?|(?:按照?职责分工|共同|分别|具体)?"
                            r"(?:牵头|负责落实|负责|配合|参与|协助|协办|落实|实施)")


def _bare_roles(clause: str, marker: Marker) -> bool:
    """A clause that is only the units its marker names and their role, no work of its own."""
    rest = clause
    for texts in marker.roles.values():
        for units in texts:
            for unit in sorted(split_cell(units) + [units], key=len, reverse=True):
                rest = rest.replace(unit, "")
    return bool(marker.roles) and rest != clause and not BARE_ROLE_REST.sub("", rest)


def _partners_only(marker: Marker) -> bool:
    return bool(marker.roles.get("cooperating")) and not any(marker.roles.get(r) for r in LEADING_ROLES)


def _add_roles(draft: Draft, roles: dict[str, list[str]]) -> None:
    """A marker's roles added to a draft's, each unit once; a deadline only where the draft has none."""
    for role, texts in roles.items():
        if role == "deadline" and draft.roles.get("deadline"):
            continue
        draft.roles.setdefault(role, []).extend(t for t in texts if t not in draft.roles.get(role, []))


def _names_owner(paras: list[PlanParagraph]) -> bool:
    """Some of the lines ``paras`` is no label line of partners or a deadline only: a lead or a responsible unit, or
    a line the label reader does not read (kept as an owner line, as before). A label line in brackets is read
    inside them ('（完成时限：2024年6月底）' under a unit's heading names no owner: the heading stays its duties')."""
    return any((found := parse_line_marker(_unbracketed(p.text))) is None or any(r in LEADING_ROLES for r in found[0])
               for p in paras)


def _unbracketed(line: str) -> str:
    """A line's text inside the one bracket that wraps it whole ('（完成时限：…）'), or the line."""
    stripped = line.strip()
    if len(stripped) > 2 and stripped[0] in "（(" and stripped[-1] in "）)" and not re.search(r"[（()）]", stripped[1:-1]):
        return stripped[1:-1]
    return line


def _names_units(marker: Marker) -> bool:
    """A marker that names a lead or a responsible unit ('（完成时限：…）' names none; '（县财政局配合）' partners only,
    as a label line of partners: the heading above stays the duty's owner)."""
    return any(marker.roles.get(r) for r in LEADING_ROLES)


# A clause that only names who leads, the work in the clause after it ("由A牵头,B负责确定…").
LEAD_ONLY = re.compile(r"\s*由[^，,。；;\n由]{2,40}?牵头[，,]?\s*")


def _lead_only(clause: str, m: Marker) -> bool:
    """Whether a clause is only its marker's lead, named in a 由 clause before a comma."""
    return set(m.roles) - {"deadline"} == {"lead"} and LEAD_ONLY.fullmatch(clause) is not None


def clause_regions(text: str, owners: list[Marker]) -> tuple[list[tuple[int, int, Marker]], int]:
    """Where each annotated clause of a paragraph is: (start, stop, its marker), and
    where the text no marker owns begins. A bracket or label annotation owns the
    text before it (from the previous clause on); a prose one (``Marker.ahead``)
    the text after it, up to the next annotation, and the title on its own line
    before the first one; a paragraph before that is the plan's preamble."""
    regions: list[tuple[int, int, Marker]] = []
    cursor, pending = 0, None
    for m in owners:
        closed = pending is not None  # the clause before ends where this one begins (``_own_line``)
        if pending is not None:
            stop = _own_line(text, pending[1].end, m) if m.ahead else _sentence_start(text, pending[0], m.start)
            if not m.ahead and m.kind == "prose_end" and stop < pending[1].end <= m.start:
                stop = m.start  # '…X由A负责,Y由B负责。': one sentence, Y's clause opening with its topic (unseen w2172)
            regions.append((pending[0], stop, pending[1]))
            cursor, pending = stop, None
        if m.ahead:
            line = text.rfind("\n", cursor, m.start) + 1
            start = cursor if regions else _after_reports(text, max(line, cursor), m.start)
            if regions and cursor < m.start and not closed:  # after a bracket's or label's clause, not a prose owner's
                own = _own_line(text, cursor, m)
                start = own if own < m.start else start
                regions[-1] = (regions[-1][0], min(own, m.start), regions[-1][2])
            pending = (start, m)
        else:
            if m.kind == "prose_back":  # "这项工作由A负责": the sentences of its own line, not the lines before
                cursor = max(cursor, text.rfind("\n", cursor, m.start) + 1)
            regions.append((cursor, m.end if m.in_prose else m.start, m))  # prose stays in its clause
            cursor = m.end
    if pending is not None:
        regions.append((pending[0], len(text), pending[1]))
        cursor = len(text)
    return _with_points(text, _past_closes(text, regions, owners)), cursor


# A point's own mark right before its subject, after a stop or a colon ("…安排部署：一是各村委会要…。二是…").
POINT_BEFORE = re.compile(r"(?:^|(?<=[。；;！!？?\n：:]))\s*(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十\d]{1,3}[）)]"
                          rf"|\d{{1,2}}[、.．]|[{ENCLOSED}]"  # (or one sign: '…名录。②县市场监管局负责…')
                          # or a point's mark and its title ('…。三要综合施策,积极提升治理效能。区联席办要…', unseen w2704)
                          r"|(?:[一二三四五六七八九十]{1,3}[是要]|第[一二三四五六七八九十]{1,3}[，,、])"  # ('第二，强化督导。…')
                          r"(?:(?!要|负责|应当|必须|将)[^。；;！!？?\n：:]){1,40}[。；;])\s*$")
# (a title with no duty of its own: '一是县森林防火指挥部各成员单位要…。' is a subject's point, blind w92)


def _with_points(text: str, regions: list[tuple[int, int, Marker]]) -> list[tuple[int, int, Marker]]:
    """A clause whose subject opens a point of a series in running text ("一是A要…。二是B要…") begins at
    the point's mark, not after it: the mark is the clause's number, as on a line of its own."""
    out: list[tuple[int, int, Marker]] = []
    for start, stop, m in regions:
        lo = out[-1][0] if out else 0
        point = POINT_BEFORE.search(text, lo, start) if m.ahead and start == m.start else None
        if point is not None and (not out or out[-1][1] == start):
            start = point.start() + len(point.group()) - len(point.group().lstrip())
            if out:
                out[-1] = (out[-1][0], start, out[-1][2])
        out.append((start, stop, m))
    return out


def _past_closes(text: str, regions: list[tuple[int, int, Marker]],
                 owners: list[Marker]) -> list[tuple[int, int, Marker]]:
    """A clause that begins right after a bracket or label closing the sentence before it begins
    past that sentence's end ("…场景应用（区市场局）。优化…": 优化…, not 。优化…)."""
    ends = {m.end for m in owners if not m.in_prose}
    out = []
    for start, stop, m in regions:
        close = SENTENCE_CLOSE.match(text, start) if start in ends else None
        out.append((close.end(), stop, m) if close is not None and close.end() <= stop else (start, stop, m))
    return out


def _own_line(text: str, lo: int, m: Marker) -> int:
    """Where a later prose owner's clause begins: its line when that line opens after ``lo``
    ("…及时处理。⏎二是做好农用车辆规范使用。A、B共同执法，…": the line's lead-in is A's and B's,
    not the owner's before), past a report or the issuer's setting up a body, and for a subject before
    a plain verb past a clause closed by ；("第四阶段：各部门…进驻政务中心；领导小组组织验收": a clause of
    its own, no lead-in); else the owner itself."""
    line = text.rfind("\n", lo, m.start) + 1
    if line <= lo:
        return _topic_before(text, lo, m.start)
    own = _sentence_start(text, line, m.start)
    clause_before = m.plain and line < own and text[own - 1] in "；;"
    if DONE.search(text, line, own) or ISSUER_SETS_UP.search(text, line, own) or clause_before:
        return own
    return _title_line_above(text, lo, line)


# A line that titles the clause under it: short, no stop at its end ('★专项行动二：整治背街小巷', the probe of the twenty-
# second session), after a line that ends a sentence.
TITLE_LINE = re.compile(r"[^\n。；;！!？?，,]{2,30}(?<![:：])")  # (not a lead-in: "具体工作职责如下:")
NOT_A_TITLE = re.compile(r"\d|[年月日]|完成|长期|持续|常态|每[年季月周]")


def _title_line_above(text: str, lo: int, line: int) -> int:
    """``line``, or the start of the line above it when that line titles it (``TITLE_LINE``) after a sentence's end: the
    title goes with the clause it heads, not with the one before (before, '…6月底前完成。⏎★专项行动二：整治背街小巷' was
    the first task's)."""
    above = text.rfind("\n", lo, line - 1) + 1
    words = text[above:line - 1].strip()
    if above <= lo or not TITLE_LINE.fullmatch(text, above, line - 1) or NOT_A_TITLE.search(words) or looks_like_org(words):
        return line  # (a deadline or an owner cell left on its own line is the task above's: '2008年5月30日前完成', blind w206)
    return above if text[:above - 1].rstrip()[-1:] in "。；;！!？?" else line


# A problem named as the topic of the owner's sentence after it, in running text: "…规范管理。关于砖瓦行业问题。
# 县国土局负责,…" (blind w279, a speech's problem list).
TOPIC = re.compile(r"\s*关于[^。；;！!？?\n，,]{2,30}?[。：:]\s*")


# What a 由 clause's sentence is about, before 由: "…落实反电诈工作。第二级反电诈体系由镇(街道、管委会)牵头,…" (unseen w555).
BY_TOPIC = re.compile(r"\s*[^，,。；;！!？?\n：:由]{2,24}")


def _topic_before(text: str, lo: int, start: int) -> int:
    """Where a later prose owner's clause begins inside a line: at the topic sentence right before it
    (``TOPIC``), which names the problem the owner takes, or at its own sentence's topic before 由
    (``BY_TOPIC``); else at the owner."""
    if start - lo >= 4 and text.startswith("由", start):
        own = _sentence_start(text, lo, start)
        if own < start and BY_TOPIC.fullmatch(text, own, start):
            return own + len(text[own:start]) - len(text[own:start].lstrip())
    if start - lo < 4 or text[start - 1] not in "。：:":
        return start
    own = _sentence_start(text, lo, start - 1)
    topic = TOPIC.fullmatch(text, own, start)
    return own + len(topic.group()) - len(topic.group().lstrip()) if topic else start


def _after_reports(text: str, lo: int, hi: int) -> int:
    """Where the first owner's clause begins: its line, or its own sentence when a sentence
    before it reports what was done ("会议就…进行了安排部署。会议要求，A要…") or fills a body's posts
    ("领导小组由镇长任组长，…为成员。领导小组下设办公室，负责…"): neither is part of the task."""
    own = _sentence_start(text, lo, hi)
    point = POINT_BEFORE.search(text, own if own < hi else lo, hi)  # "…安排部署：一是A要…": after the report
    own = point.end() - len(point.group().lstrip()) if point is not None else own
    return own if own < hi and (DONE.search(text, lo, own) or APPOINTED.search(text, lo, own)) else lo


# The plan's issuer (a level's 政府, with its party committee) setting up a body for the work ("县人民政府成立
# …指挥部", "镇党委、镇政府成立…领导小组", "区政府组建…专班"): the issuer's own arrangement, no duty.
ISSUER_SETS_UP = re.compile(r"(?<![\u4e00-\u9fff])(?:[省市县区州旗镇乡]?(?:委|党委|党工委)[、和及]?)?[省市县区州旗镇乡]?"
                            r"(?:人民)?政府(?:研究)?(?:决定)?(?:成立|组建|设立)")


def issuer_sets_up(text: str) -> int:
    """Where the sentence ends in which the plan's issuer sets up a body for the work ("…县政府成立县
    秸秆禁烧工作领导小组，领导小组下设办公室。"): a paragraph's owner after it owns its own sentences, not
    the arrangement; 0 when no sentence of ``text`` is one."""
    found = ISSUER_SETS_UP.search(text)
    if found is None:
        return 0
    stop = SENTENCE_STOP.search(text, found.end())
    return stop.end() if stop else 0


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """The start of the sentence that ends at ``hi`` (after the last 。； before it), not before ``lo``."""
    cut = max(text.rfind(ch, lo, hi) for ch in "。；;\n")
    return cut + 1 if cut >= lo else hi


def _field_block(item: Item) -> FieldBlock | None:
    """The item as a block of labelled fields under its heading ("1.XX项目⏎建设内容：…⏎总投资：…⏎牵头单位：…"),
    when it is one: no sub-items, owner lines of its own, every line under the heading a field."""
    if item.children or not item.markers or item.head is None:
        return None
    heading = item.mark.rest if item.mark is not None else item.head.text
    return read_block(heading, [p.text for p in sorted(item.body, key=lambda p: p.line)])


# One sector's departments at every level ("各级劳动和社会保障部门"), not everyone's (各级各部门, 各级有关部门).
EVERY_LEVELS_SECTOR = re.compile(r"^各级(?![各有相其])[\u4e00-\u9fff]{2,12}(?:部门|机构)$")


def _levels_lead(marker: Marker) -> bool:
    """The marker's leading units (lead, responsible) are all levels below or a sector at every level
    (``_levels_or_sector``); partners after 会同 (财政部门) may be anyone's."""
    leading = [p for r in LEADING_ROLES for t in marker.roles.get(r, []) for u in split_cell(t) for p in split_and(u)]
    return bool(leading) and all(_levels_or_sector(u) for u in leading)


def _levels_or_sector(unit: str) -> bool:
    """各市, 各设区市, 各县(市、区), 各地: the levels below as a group; 各级财政部门: a sector's departments."""
    bare = strip_note(unit)
    return is_group(unit) and (bool(GROUP_END_RE.search(bare)) and not WHOLE_PLACE.match(bare) or names_a_sector(unit)
                               or bool(EVERY_LEVELS_SECTOR.match(bare)))


def _members_head_lines(member: PlanParagraph, paras: list[PlanParagraph]) -> bool:
    """"成员单位：A、B、C" with "A：负责…", "B：负责…" below it (unseen w940): a group set up and its members'
    own duties, each line its own task; the member line owns none of them."""
    members = member_names(member.text)
    heads = [q for q in paras if q.line > member.line and any(
        q.text.startswith(u) and q.text[len(u):len(u) + 1] in "：:" for u in members)]
    return len(heads) >= 2


# A heading over a body's make-up: "…办公室组成", "指挥部组成及其主要职责", "人员组成", "成员名单".
COMPOSITION = re.compile(r"组成(?:人员|名单|情况)?(?:及其?[^，,。；;\n]{0,8})?$|成员名单$")


def _composition(item: Item) -> bool:
    return item.head is not None and COMPOSITION.search(item.head.text.strip(" 。：:")) is not None


def _under_boilerplate(item: Item | None) -> bool:
    """The item or one above it is headed 组织领导, 保障措施 … (``.outline.BOILERPLATE``)."""
    while item is not None:
        if item.head is not None and BOILERPLATE.search(item.label()):
            return True
        item = item.parent
    return False


def _full_text(item: Item) -> str:
    parts = [item.head.text if item.head else ""] + [p.text for p in item.body]
    parts += [_full_text(c) for c in item.children]
    return "\n".join(p for p in parts if p)


# ------------------------------------------------------------------ the first-listed unit leads

FIRST_LEADS = re.compile(r"(?:所列|排名|排在|列在|排序|列为|位列|列)?(?:第一|首)(?:个|位|家)?[的者]?(?:责任|牵头)?(?:单位|部门)?(?:为|是)?(?:牵头)")
STANDING = re.compile(r"下同|以下|各项|均")  # the note holds for the tasks after it too
OWN_ROLE_WORDS = re.compile(r"牵头|负责|配合|协办|参与|协助")  # 市A局、市B局分别牵头: the list says its roles itself


def first_listed_leads(drafts: list[Draft], paras: list[PlanParagraph]) -> list[Finding]:
    """"（以下各项任务由所列第一个单位牵头）": from that paragraph on, a task that
    names no lead is led by the first unit it lists (reported per task). The note
    may also be a bracket inside a task's own owner list: "责任单位：A、B（排在第一位
    的为牵头单位，下同）" holds for that task, and with 下同 for the ones after it."""
    said, line = _first_leads_note(paras)
    findings: list[Finding] = []
    if said is None:
        return findings
    for d in drafts:
        texts = d.roles.get("responsible", [])
        listed = split_cell("、".join(texts))
        own = said.source in d.paragraph or _own_first_leads_note(d.paragraph)  # each item's bracket saying it again
        if (d.line < line and not own) or any(d.roles.get("lead", [])) or len(listed) < 2:
            continue
        if any(OWN_ROLE_WORDS.search(FIRST_NOTE.sub("", t)) for t in texts):
            continue
        rest, said_rest = "、".join(listed[1:]), REST_ROLE.search(said.text)
        d.roles["lead"] = [listed[0]]
        d.roles["responsible"] = [rest] if said_rest is None or said_rest.group(1) == "责任" else []
        if not d.roles["responsible"]:  # "…列为首位的为牵头单位,其余为参与单位" (unseen w2264)
            d.roles["cooperating"] = list(dict.fromkeys(d.roles.get("cooperating", []) + [rest]))
        findings.append(FIRST_LISTED_LEAD(sheet="正文", value=d.text[:40], task=task_named(d.number, d.text),
                                          unit=listed[0], said=_note(said.text)[:30]))
    return findings


# ------------------------------------------------------------------ a marked unit leads

# A mark before (or after) a listed unit's name and the plan's legend for it ("责任单位：☆经信局、科技局。标☆的为牵头单位，
# 下同", unseen w2402; "加*的为牵头单位", "带★号的为牵头部门"): the marked units lead.
MARKED_LEADS = re.compile(MARK_LEGEND)
# (an asterisk only with its legend: '**县…领导小组' is a county's name left out, blind w762)
SHAPE_MARKS = "☆★※△▲◆●"


def marked_leads(drafts: list[Draft], paras: list[PlanParagraph]) -> list[Finding]:
    """Each listed unit written with a mark loses it; with the plan's legend for the mark (``MARKED_LEADS``) a marked
    unit among the responsible ones leads (reported per task). A mark with no legend only goes."""
    legend = next((m for p in paras if (m := MARKED_LEADS.search(p.text))), None)
    marks = re.escape(SHAPE_MARKS + (legend.group(1) if legend else ""))
    marked_re = re.compile(rf"^\s*[{marks}]+\s*|\s*[{marks}]+\s*$")
    findings: list[Finding] = []
    for d in drafts:
        for role in [r for r in ("lead", "responsible", "cooperating") if d.roles.get(r)]:
            units = [u for text in d.roles[role] for u in split_cell(text)]
            if not any(marked_re.search(u) for u in units):
                continue
            bare = [marked_re.sub("", u) for u in units]
            marked = [b for u, b in zip(units, bare) if legend is not None and b != u and legend.group(1) in u]
            plain = [b for b in bare if b not in marked]
            if not marked or role != "responsible":
                d.roles[role] = ["、".join(bare)]
                continue
            d.roles["lead"] = list(dict.fromkeys(d.roles.get("lead", []) + marked))
            d.roles["responsible"] = ["、".join(plain)] if plain else []
            findings.append(MARKED_LEAD(sheet="正文", value=d.text[:40], task=task_named(d.number, d.text),
                                        unit="、".join(marked), said=legend.group()))
    return findings


def task_named(number: str, text: str) -> str:
    """"第3项任务", or the task by its first words when it has no number (a row without 序号)."""
    if number:
        return f"第{number}项任务"
    words = text.strip()
    return f"任务“{words[:15]}{'…' if len(words) > 15 else ''}”"


def first_listed_in_rows(records: list[RawRecord], rows: list[str]) -> list[Finding]:
    """The same note written inside a table's row (its content or owner cell, a PDF's
    spaces inside its words: "列在首 位的为牵头单位, 其他单位按职责 分工负责,下同"): that
    row's first-listed unit leads, and with 下同 every later row's too (reported per row)."""
    findings: list[Finding] = []
    note = ""
    for rec, row in zip(records, rows):
        row = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", row)
        said = FIRST_LEADS.search(row)
        here = said.group() if said else note
        if said is not None and STANDING.search(row[said.end():]):
            note = said.group()
        listed = split_cell(rec.values.get("responsible", ""))
        if not here or rec.values.get("lead", "").strip() or len(listed) < 2 or any(
                OWN_ROLE_WORDS.search(p) for p in listed):
            continue
        rec.values["lead"], rec.values["responsible"] = listed[0], "、".join(listed[1:])
        text = rec.values.get("text", "")
        findings.append(FIRST_LISTED_LEAD(rec.file, rec.sheet, rec.cells.get("responsible", ""), text[:40],
                                          task=task_named(rec.number, text), unit=listed[0], said=here))
    return findings


def _first_leads_note(paras: list[PlanParagraph]) -> tuple[PlanParagraph | None, int]:
    """The paragraph that says the first-listed unit leads, and the line from which
    it holds for every task (past the end when it is a bracket for its own task only)."""
    for p in paras:
        m = FIRST_LEADS.search(p.text)
        if m is None:
            continue
        if len(p.text) <= 60 and not _in_bracket(p.text, m.start()):
            return p, p.line
        if _in_bracket(p.text, m.start()):
            return p, p.line if STANDING.search(p.text[_bracket_start(p.text, m.start()):]) else 1 << 30
    return None, 0


def _own_first_leads_note(paragraph: str) -> bool:
    """The rule said in a bracket of the task's own paragraph ('…（责任单位：A、B；排在第一位的为牵头单位）' on every item,
    the stranger's probe of the twenty-second session)."""
    m = FIRST_LEADS.search(paragraph)
    return m is not None and _in_bracket(paragraph, m.start())


def _bracket_start(text: str, pos: int) -> int:
    """Where the bracket holding ``pos`` opens (a name's own parentheses inside it, 各县(市、区), kept
    within), or -1."""
    return next((s for s, e in bracket_spans(text) if s < pos < e and text[s] in "（("), -1)


def _in_bracket(text: str, pos: int) -> bool:
    return _bracket_start(text, pos) >= 0


FIRST_NOTE = re.compile(r"[（(]([^（）()]*(?:第一|首)[^（）()]*)[）)]")


def _note(text: str) -> str:
    """The bracketed note itself, when the first-listed rule is said in a bracket."""
    m = FIRST_NOTE.search(text)
    return m.group(1) if m else text


# ------------------------------------------------------------------ numbers


def _short_number(d: Draft) -> str:
    if not d.chain:
        return ""
    last = d.chain[-1]
    if last.style == "circled":
        return (d.chain[-2].value if len(d.chain) > 1 else "") + last.value
    return last.value


def _qualified_number(d: Draft, with_section: bool) -> str:
    values = [m.value for m in d.chain if m.style != "circled"]
    number = ".".join(values)
    if d.chain and d.chain[-1].style == "circled":
        number += d.chain[-1].value
    own = bool(d.chain) and d.section is not None and d.chain[0] is d.section.mark  # the part is the task's item
    if with_section and d.section is not None and d.section.mark is not None and not own:
        number = f"{d.section.mark.value}.{number}" if number else d.section.mark.value
    return number


def assign_numbers(drafts: list[Draft]) -> list[Finding]:
    """Task numbers as written ("12", "2①", "5-2"); qualified by the headings
    above ("2.1") only when the plain numbers repeat (numbering restarts per
    section); unnumbered tasks are counted per section."""
    for level in range(3):
        numbers = _numbers(drafts, level)
        if len(set(numbers)) == len(numbers):
            break
    findings: list[Finding] = []
    seen: Counter[str] = Counter()
    for d, number in zip(drafts, numbers):
        seen[number] += 1
        d.number = number if seen[number] == 1 else f"{number}({seen[number]})"
        if seen[number] > 1:
            findings.append(DUPLICATE_NUMBER_RENAMED(sheet="正文", value=d.text[:40], number=number, renamed=d.number))
    return findings


# An article's number as written ("第六条", "第 12 条【职责】"): its paragraphs (款) are the article's, numbered after it.
ARTICLE_LABEL = re.compile(r"第\s*[一二三四五六七八九十百零〇\d]+\s*条")


def _numbers(drafts: list[Draft], level: int) -> list[str]:
    out: list[str] = []
    counters: Counter[int] = Counter()
    in_article = Counter(id(d.section) for d in drafts if _article(d))
    for d in drafts:
        base = _short_number(d) if level == 0 else _qualified_number(d, level == 2)
        if not base:
            counters[id(d.section)] += 1
            article = _article(d)
            if article and in_article[id(d.section)] > 1:  # "第六条 A负责…⏎B负责…" (the page's only article with tasks)
                out.append(f"{article}-{counters[id(d.section)]}")
            else:
                out.append(article or str(counters[id(d.section)]))
        else:
            out.append(base + d.suffix)
    return out


def _article(d: Draft) -> str:
    """The article a draft with no item number of its own stands in ("6" for 第六条's paragraphs), or ""."""
    mark = d.section.mark if d.section is not None and not d.chain else None
    return mark.value if mark is not None and mark.style == "part" and ARTICLE_LABEL.match(mark.label) else ""


def _bare_heading(item: Item) -> bool:
    """An item that is only a heading of a few words ('一、大气污染防治'): no duty of its own."""
    return item.mark is not None and BARE_HEADING.fullmatch(item.mark.rest.strip()) is not None


def _duties_below(item: Item) -> bool:
    """The item's text under its heading opens with a duty ("(1)监测预警小组⏎负责接收…")."""
    return bool(item.body) and not item.children and opens_with_duty(item.body[0].text)


def _subjects_again(owners: list[Marker]) -> bool:
    """The same units open two or more of the paragraph's sentences as their subjects ('各城市排水主管部门要组织修订…。…
    各城市排水主管部门要结合…', unseen w2555): each sentence they open is a duty of its own, as a list gives them (labels
    or brackets naming the same owners again are one task's)."""
    return len(owners) >= 2 and all(m.kind == "subject" for m in owners)
