"""A plan -> its tasks: where the tasks are, the records they make, title and year.

``extract_tasks(path)`` reads a plan (.docx or .txt, ``.read``) and returns its tasks
with owners, deadline, category path and the paragraph each came from, plus
findings for whatever it was unsure of (an ``.result.ExtractResult``).

Where the tasks come from:

* a **task table** (a .docx table, or a table flattened to text) recognised by
  its columns (主要任务 + 牵头单位/责任单位/完成时限 …): read exactly as the
  workbook reader reads a sheet. When a plan has one, it is the 任务清单 and the
  body's own owner markers are not extracted again (reported);
* else the **text**: the tasks part of the plan (``.outline``), its items made
  tasks (``.drafts``), with owners from marker lines or inline markers
  (``.markers``).

Owner cells are prepared by ``.owners``. Units and deadlines are resolved by the
same function ``ledger.tasklist`` uses for workbooks, so extracting with a
roster and importing the written workbook (``.write``) with that roster give
the same tasks; with no roster, ``load_tasklist(out, Roster.empty())`` gives
back exactly these tasks.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import NoTaskTable
from ..findings import Finding
from ..findings.extraction import (BODY_TASKS_SKIPPED, LINES_JOINED, OWNER_LINE_AFTER, OWNER_LINE_READ,
                                   PAGE_NUMBERS_REMOVED, SECTION_INCLUDED, SECTION_OWNERS_KEPT, SECTION_SKIPPED,
                                   SUBJECT_SENTENCES, TEXT_ENCODING, TEXT_NOISE, TEXT_PUNCTUATION, TEXT_TRADITIONAL)
from ..findings.units import UNITS_RUN_TOGETHER
from ..headers import breakdown_synonyms, task_synonyms
from ..io.grid import Grid
from ..io.read import RawRecord, read_grid
from ..io.tables import Table, find_table
from ..roster import Roster, split_cell
from ..tasklist import build_tasks, content_id
from .blocks import Block, PlanDocument, TableBlock, TextLine, merge_boxes
from .columns import canonical_header_rows
from .drafts import (Draft, DraftCollector, assign_numbers, first_listed_in_rows, first_listed_leads, marked_leads, whose_duties,
                     opens_with_subject)
from .issuers_list import give_item, issuers_list, signed_list
from .markers import OWNER_ROLES, PLAN_MADE, PLAN_TITLE_AFTER, is_member_line, looks_like_unit, parse_line_marker
from .names import has_task_word, is_department, is_group
from .outline import (ANNEX, BOILERPLATE, DATE_YEAR, SIGNATURE_DATE, TITLE_END, bare_owner_heading, PlanParagraph, Section, is_tasks_title, item_mark, join_broken, unnumbered_owner_heading,
                      label_owner_lines, split_sections)
from .own_page import give_duty, is_page_field, page_duties
from .owners import owner_findings, owner_profile, prepare_owners
from .owners_after import lines_with_target_rows, owner_lines_after
from .prose import find_owner_markers, only_calls, opens_with_duty, opens_with_owner, owner_heading, owners_in_prose_only, places_group
from .read import read_plan
from .result import ExtractResult
from .run_together import starts_with_unit_block
from .sentence_subjects import subject_sentence_drafts
from .target_tables import targets_grid
from .traditional import Script

TITLE_WORD = re.compile(r"方案|意见|计划|规划|清单|要点|办法|通知")
TITLE_HEAD = re.compile(r"^(?:实施|工作|行动|专项)?(?:方案|意见|计划|规划|要点|办法)")
# Table furniture a title line can carry from a pipe or box table (| ｜ ¦ and the box-drawing
# block ─│┃║┌…╬): a title never keeps it.
FURNITURE = re.compile(r"\s*[|｜¦\u2500-\u257f]+\s*")
YEAR = re.compile(r"(20\d\d)\s*年?")
# The line Word users put above a task table's part on the next page: 续表, （续表2）, 续上表, 表1（续）.
CONTINUED = re.compile(r"^[（(]?(?:续上?表\s*[\d一二三四五六七八九十]*|(?:附件|附表|表)\s*[\d一二三四五六七八九十]*\s*[（(]续表?[）)])"
                       r"[）)]?[：:]?$")


def extract_tasks(path: str | Path, roster: Roster | None = None, plan_year: int | None = None) -> ExtractResult:
    """Read a plan (.docx/.txt) and extract its tasks (nothing is written).

    Raises FileProblem when the file cannot be read and NoTaskTable when no
    task is found at all; everything else is a finding.
    """
    doc = read_plan(Path(path))
    roster = roster if roster is not None else Roster.empty()
    findings = _reading_findings(doc)
    table_records, table_paragraphs = _table_records(doc)
    drafts, text_findings = _text_drafts(doc, roster, tables=bool(table_records))
    if table_records and (_owned(table_records) or not _owned(_draft_records(doc, drafts))):
        duties = _owned_text_after_tables(doc, drafts)
        records, source = table_records + _draft_records(doc, duties), "table"
        paragraphs = table_paragraphs + [d.paragraph for d in duties]
        findings += _body_skipped(doc, [d for d in drafts if d not in duties]) + first_listed_in_rows(records, paragraphs)
    else:
        records, paragraphs, source = _draft_records(doc, drafts), [d.paragraph for d in drafts], "text"
        findings += text_findings
    titled = ""
    if not records and not table_records:  # the last reading (``.sentence_subjects``)
        drafts, titled = _subject_sentences(doc, roster)
        records, paragraphs = _draft_records(doc, drafts), [d.paragraph for d in drafts]
        findings += [SUBJECT_SENTENCES(doc.file, count=len(drafts), example=_example(doc, drafts[0]))] if drafts else []
    if not records and titled:
        raise NoTaskTable(
            f"在《{doc.file}》中找到了“{doc.script.restore(titled)}”部分，但没有读出其中任务的责任单位（没有“牵头单位：”"
            "“责任单位：”等标注，也没有读出“县水利局负责……”这样写明单位的句子），所以没有提取任务。请在原文中为各项任务"
            "写明责任单位后再试；或把任务整理成含“主要任务”“责任单位”列的 Excel 表，用 ledger import 导入。", path=str(path))
    if not records:
        raise NoTaskTable(
            f"在《{doc.file}》中没有找到任务：既没有“主要任务/重点任务”部分，也没有含“主要任务”"
            "“牵头单位/责任单位”等列的表格，正文中也没有“牵头单位：”“责任单位：”等标注。请确认选对了文件；"
            "任务写法特殊的，可把任务整理成含“主要任务”“责任单位”列的 Excel 表，用 ledger import 导入。", path=str(path))
    profile = owner_profile(records)
    for rec in records:
        findings += prepare_owners(rec, roster, profile, from_text=source == "text")
    title = plan_title(doc, records)
    year = plan_year or infer_year(title, records)
    if plan_year and not YEAR.search(title):
        title += f"（{plan_year}年）"
    tasks, found = build_tasks(records, roster, year)
    findings += [f for f in found if not (f.code == UNITS_RUN_TOGETHER.code and is_department(f.value))]
    findings += owner_findings(tasks, records)
    result = ExtractResult(doc.file, title, year, tasks, {}, _unique(findings), source)
    result.paragraphs = {t.id: p for t, p in zip(tasks, paragraphs)}
    if doc.script.traditional:
        _in_the_plans_characters(result, doc.script, units=roster.is_empty)
    return result


def _in_the_plans_characters(result: ExtractResult, script: Script, units: bool) -> None:
    """A plan read in simplified, written back in its traditional characters:
    texts, categories and (without a roster) the units as written. The
    deadline stays as read, so that 長期堅持 is still understood as 长期坚持."""
    back = script.restore
    roles = OWNER_ROLES if units else ()
    paragraphs, seen = {}, Counter()
    for t in result.tasks:
        paragraph = result.paragraphs.get(t.id, "")
        t.text, t.title, t.category = back(t.text), back(t.title), tuple(back(c) for c in t.category)
        t.id = content_id(t.text, t.number)  # as ledger import will make it from the written text
        seen[t.id] += 1
        if seen[t.id] > 1:
            t.id = content_id(f"{t.text}#{t.number}#{seen[t.id]}")
        paragraphs[t.id] = back(paragraph)
        t.raw = {k: back(v) if k not in ("deadline", *OWNER_ROLES) or k in roles else v for k, v in t.raw.items()}
        t.extra = {back(k): back(v) for k, v in t.extra.items()}
        for role in roles:
            setattr(t, role, [back(u) for u in getattr(t, role)])
    result.paragraphs = paragraphs
    result.title = back(result.title)
    result.findings.append(TEXT_TRADITIONAL(result.file))


# ------------------------------------------------------------------ reading


def _where(doc: PlanDocument, line: int) -> str:
    return f"第{line}{doc.where_unit}" if line else ""


def _reading_findings(doc: PlanDocument) -> list[Finding]:
    out = []
    if doc.page_numbers_removed:
        out.append(PAGE_NUMBERS_REMOVED(doc.file, count=doc.page_numbers_removed))
    if doc.replaced_chars:
        out.append(TEXT_ENCODING(doc.file, count=doc.replaced_chars))
    if doc.noise_removed:
        out.append(TEXT_NOISE(doc.file, count=doc.noise_removed))
    if doc.marks_repunctuated:
        out.append(TEXT_PUNCTUATION(doc.file, count=doc.marks_repunctuated))
    return out


def _table_records(doc: PlanDocument) -> tuple[list[RawRecord], list[str]]:
    """Records of every task table, and each record's row as written."""
    records: list[RawRecord] = []
    paragraphs: list[str] = []
    tasks, breakdown = task_synonyms(), breakdown_synonyms()
    for table in doc.tables:
        if not table.flattened:
            canonical_header_rows(table.grid)
    for table in _continued_tables_joined(doc, lambda grid: find_table(grid, tasks, breakdown)):
        if not table.flattened and find_table(table.grid, tasks, breakdown) is None:
            table = replace(table, grid=targets_grid(table.grid) or table.grid)  # a Word table of targets by unit
        sheet = read_grid(table.grid, doc.file, tasks, breakdown)
        if sheet.kind != "tasks":
            continue
        for rec in sheet.records:
            paragraphs.append(table.row_sources[rec.row - 1] if rec.row - 1 < len(table.row_sources) else "")
            records.append(_located(rec, table, doc))
    return records, paragraphs


def _continued_tables_joined(doc: PlanDocument, header: Callable[[Grid], Table | None]) -> list[TableBlock]:
    """The plan's tables, a Word table that goes on from the one right before it (nothing
    between them but a 续表 line, as many columns, no header row of its own: a table split on
    two pages without its header repeated) joined to it, as Word shows it."""
    out: list[TableBlock] = []
    previous: Block | None = None
    for block in doc.blocks:
        goes_on = (isinstance(block, TableBlock) and isinstance(previous, TableBlock) and out and out[-1].grid.rows
                   and not block.flattened and not out[-1].flattened and block.grid.width == out[-1].grid.width
                   and header(block.grid) is None and (found := header(out[-1].grid)) is not None
                   and found.kind == "tasks")
        if goes_on:
            out[-1] = _joined(out[-1], block)
        elif isinstance(block, TableBlock):
            out.append(block)
        if not (isinstance(block, TextLine) and CONTINUED.match(block.text.replace(" ", ""))):
            previous = block
    return out


def _joined(first: TableBlock, then: TableBlock) -> TableBlock:
    """``then``'s rows after ``first``'s, in one grid (its merges moved down with them)."""
    shift = len(first.grid.rows)
    origin = dict(first.grid.origin) | {(r + shift, c): (r0 + shift, c0) for (r, c), (r0, c0) in then.grid.origin.items()}
    grid = Grid(name=first.grid.name, rows=first.grid.rows + then.grid.rows, merges=merge_boxes(origin), origin=origin)
    return replace(first, grid=grid, row_lines=first.row_lines + then.row_lines,
                   row_sources=first.row_sources + then.row_sources)


def _located(rec: RawRecord, table: TableBlock, doc: PlanDocument) -> RawRecord:
    """A flattened table's record points at its line in the text file."""
    rec.sheet = table.label
    if table.flattened:
        line = table.row_lines[rec.row - 1] if rec.row - 1 < len(table.row_lines) else 0
        rec.cells = {name: _where(doc, line) for name in rec.cells}
        rec.row = line or rec.row
    return rec


def _unit_like(roster: Roster) -> Callable[[str], bool]:
    def unit_like(piece: str) -> bool:
        if looks_like_unit(piece):
            return True
        return not roster.is_empty and roster.match(piece).kind in ("exact", "alias", "normalized", "split")
    return unit_like


def _text_drafts(doc: PlanDocument, roster: Roster, tables: bool = False) -> tuple[list[Draft], list[Finding]]:
    """Tasks from the text: the tasks part, its outline, owners from markers. In a page with no task
    table (``tables``) and no label or bracket, whose owners are all written in its sentences (a news
    item, a notice), a named unit before a plain verb of a duty owns its sentence too
    (``.prose.owners_in_prose_only``)."""
    paras, joined = join_broken(lines_with_target_rows(doc.blocks), long_lines=doc.kind == "txt")
    paras, labelled = label_owner_lines(paras)
    findings: list[Finding] = [OWNER_LINE_READ(doc.file, "正文", _where(doc, p.line), p.source[:40],
                                               label=p.text.split("：")[0]) for p in labelled]
    paras, after = owner_lines_after(paras)
    findings += [OWNER_LINE_AFTER(doc.file, "正文", _where(doc, p.line), p.source[:40],
                                  items="、".join(m.value for m in marks)) for p, marks in after]
    if joined:
        findings.append(LINES_JOINED(doc.file, count=joined))
    unit_like = _unit_like(roster)
    plain_verbs = (not tables and not labelled and owners_in_prose_only((p.text for p in paras), unit_like)
                   and not _owners_as_headings(paras, unit_like))
    sections = split_sections(paras)
    chosen, skipped, requests = _choose_sections(doc, sections, unit_like, plain_verbs)
    findings += skipped
    projects = not any(is_tasks_title(s.title) for s in sections if not s.annex)
    collector = DraftCollector(unit_like, lambda line: _where(doc, line), plain_verbs, projects)
    drafts: list[Draft] = []
    for section in chosen:
        section_drafts = collector.collect(section, id(section) in requests)
        if len(chosen) > 1 and section.mark is not None:
            for d in section_drafts:
                if not (d.chain and d.chain[0] is section.mark):  # the part's heading is the task's own title
                    d.category = (section.title,) + d.category
        drafts += section_drafts
    if chosen:  # owner sentences in the other parts are kept too (``_owners_elsewhere``)
        kept, kept_findings = _owners_elsewhere(doc, sections, chosen, collector)
        drafts = sorted(drafts + kept, key=lambda d: d.line)  # in the plan's order (a regulation's articles)
        findings = [f for f in findings if f.code != SECTION_SKIPPED.code or f.value not in kept_findings] + [
            f for f in kept_findings.values()]
    own_page = _own_page_duties(paras, drafts, collector, unit_like)
    drafts = own_page if own_page is not None else _issuers_list_items(doc, paras, drafts, collector, unit_like)
    first = next((p.text.strip() for p in paras if p.text.strip()), None)  # the page's first line, as a title is
    heads = [p.text.strip() for p in paras if p.text.strip()][:HEADLINE_LINES]  # where a news page's headline is
    drafts = _owners_without_words([d for d in drafts if not _only_the_preamble(d) and not _only_a_signature(d)
                                    and not (d.text.strip() == first and _only_a_title(d))
                                    and not (d.text.strip().split("\n")[0] in heads and _only_a_headline(d))])
    findings += assign_numbers(drafts) + collector.findings + first_listed_leads(drafts, paras) + marked_leads(drafts, paras)
    return drafts, [replace(f, file=doc.file) for f in findings]


def _subject_sentences(doc: PlanDocument, roster: Roster) -> tuple[list[Draft], str]:
    """The page's clauses opened by named units, as tasks (``.sentence_subjects``), for a page in which nothing else
    finds one; none, and the part's title, when a part of the page is titled as tasks (``_tasks_part``)."""
    paras, _ = join_broken(lines_with_target_rows(doc.blocks), long_lines=doc.kind == "txt")
    sections = split_sections(paras)
    titled = _tasks_part(paras, sections)
    requests = frozenset(p.line for s in sections if BOILERPLATE.search(s.title) for p in s.paras)
    drafts = [] if titled else subject_sentence_drafts(paras, _unit_like(roster), requests)
    assign_numbers(drafts)
    return drafts, titled


def _tasks_part(paras: list[PlanParagraph], sections: list[Section]) -> str:
    """The title of a part titled as tasks (一、重点任务, or '重点任务' on a short line of its own), or "". A page with
    one that gave no task is a list whose owners a clerk completes: not read clause by clause (``.sentence_subjects``).
    ``sections``: ``paras`` cut at their top headings (``.outline.split_sections``)."""
    titled = [s.title for s in sections if is_tasks_title(s.title)]
    titled += [_title_of(p.text) for p in paras if len(p.text.strip()) <= TITLE_LINE and is_tasks_title(_title_of(p.text))]
    return titled[0][:TITLE_LINE] if titled else ""


TITLE_LINE = 20  # characters of a line that may be a part's title with no number ('重点任务')


def _title_of(line: str) -> str:
    mark = item_mark(line)
    return mark.rest if mark is not None else line.strip()


def _example(doc: PlanDocument, draft: Draft) -> str:
    """A subject sentence's task as the warning shows it: its clause from the units on, as the plan writes it."""
    text = draft.text.strip()
    words = re.split(r"[，,；;。]", text[max(0, text.find(draft.roles["responsible"][0])):])[0]
    words = words if len(words) <= 30 else words[:30] + "…"
    return doc.script.restore(words) if doc.script.traditional else words


def _only_the_preamble(d: Draft) -> bool:
    """A draft whose words are the plan's title and its preamble's last sentence, nothing else ("某市…方案⏎根据《…》要求,
    结合我市实际,特制定本方案。", its owners the issuers' bracket on a line of its own between them, the probe of the
    fifteenth session; the same bracket on the preamble's line is no owner already, ``.markers.PLAN_MADE``)."""
    lines = [line.strip() for line in d.text.split("\n") if line.strip()]
    made = [PLAN_MADE.match(line) for line in lines]
    return any(made) and all(m and not line[m.end():].strip(" 。.：:") or PLAN_TITLE_AFTER.fullmatch(line)
                             for line, m in zip(lines, made))


def _only_a_signature(d: Draft) -> bool:
    """A draft whose words are a name and a day's date, nothing else ('陇南市人民政府办公室⏎二〇一〇年一月六日 |': a notice's
    signature, run into the end of its last paragraph's line, unseen w2019): no task, whoever it names."""
    text = re.sub(r"[\s|｜]+", "", d.text)
    year = re.search(DATE_YEAR, text)
    return (year is not None and year.start() >= 2 and SIGNATURE_DATE.fullmatch(text[year.start():]) is not None
            and not has_task_word(text[:year.start()]))


def _only_a_title(d: Draft) -> bool:
    """A draft whose words are one line naming a plan ('盐池县推进“一件事一次办”改革工作方案', the page's title read as its
    place's sentence before a plain verb, the stranger's probe of the eighteenth session): no stop or comma, a title's
    last word (方案, 计划, 要点, 通知 …): no task when it is the page's first line (a duty to make a plan is one
    anywhere else: '(二)制定本单位的献血计划')."""
    text = d.text.strip()
    return ("\n" not in text and not re.search(r"[。；;，,：:！!？?]|负责|牵头|配合|要|应当?", text)
            and TITLE_END.search(text) is not None)


# A news page's headline: a line of its first few, no stop or comma, a place or body doing something reported
# ('漓渚镇开展禁毒集中宣传月活动', '上海徐汇区开展2010年度政府采购专项检查', unseen w2526; '成都局联合市禁毒办部署…').
HEADLINE_LINES = 3
# A headline's byline joined under it: when, from where, by whom ('2023-08-17 19:38   红安县融媒体中心   祝 杰').
BYLINE = re.compile(r"[\d\s:：/.\-—年月日时分秒]*(?:(?:来源|發布|发布时间|发布者|发布日期|作者|编辑|浏览量?|阅读|点击)[^\n]{0,60}"
                    r"|[^\s\d]{2,12}(?:融媒体中心|日报|新闻网|电视台)[^\n]{0,20})?")
HEADLINE_MAX = 40
# What a headline never holds: a stop or comma, a duty's or a modal's word (not 应急, 应用: '市应急管理局部署…').
DUTY_WORDS = re.compile(r"[。；;，,：:！!？?]|负责|負責|牵头|牽頭|配合|要|应当|應當|应(?!急|用)|應(?!急|用)|须|須")
HEADLINE_VERB = re.compile(r"开展|開展|部署|推进|推進|推动|推動|召开|召開|完成|举办|舉辦|印发|印發|下发|下發|出台|启动|啟動"
                           r"|加快|全力|扎实|紮實|持续|持續|深入|积极|積極")


def _only_a_headline(d: Draft) -> bool:
    """A draft whose words are one short line opened by its owner, reporting what that place or body did
    (``HEADLINE_VERB``), no stop, comma or duty's word: no task when it is one of the page's first lines (its news, the
    task is in the text under it); not a table's cell line ('开展河道清淤疏浚' over its owner's line), a task whose owners
    are labelled under it ('县发改委推进重点项目建设⏎责任单位：县发改委'), nor an item of a list."""
    text, *after = d.text.strip().split("\n")
    named_first = any(text.startswith(u) for units in d.roles.values() for u in units)  # its subject, not a cell's owner
    return (named_first and not d.role_lines and not d.chain and all(BYLINE.fullmatch(line.strip()) for line in after)
            and len(text) <= HEADLINE_MAX and HEADLINE_VERB.search(text) is not None and not DUTY_WORDS.search(text))


def _owners_without_words(drafts: list[Draft]) -> list[Draft]:
    """A part made of label lines only ('三、分管领导、牵头单位和责任单位⏎牵头单位:县水利局⏎责任单位:各乡镇政府', unseen
    w751) gives no task without words: it keeps its part's heading as its words (a clerk sees what the owners were
    named for; which tasks they are meant for, the plan does not say)."""
    out = []
    for d in drafts:
        heading = d.section.mark.rest if d.section is not None and d.section.mark is not None else ""
        words = heading or (d.section.title if d.section is not None else "") or d.paragraph.strip()
        out.append(d if d.text.strip() else replace(d, text=words))
    return out


def _owners_elsewhere(doc: PlanDocument, sections: list[Section], chosen: list[Section],
                      collector: DraftCollector) -> tuple[list[Draft], dict[str, Finding]]:
    """A sentence that gives a named unit a duty ("县绿委办负责检查验收") in a part that is not
    the task list (六、检查考核 beside 五、部门分工) is kept as a task, not lost, and reported;
    not in the notice before the first part (but in the end of the part a page starts inside,
    ``_page_starts_inside_a_part``), not in an annex, not a group's (各部门要…, an instruction to all), not a body
    overseeing the plan (县委督查室负责督办)."""
    taken = {id(s) for s in chosen}
    kept: list[Draft] = []
    found: dict[str, Finding] = {}
    for section in sections:
        tail = section is sections[0] and _page_starts_inside_a_part(sections)
        if id(section) in taken or section.annex or not tail and (section.mark is None or not section.title):
            continue
        places = not BOILERPLATE.search(section.title)  # a 保障措施's "各旗区要…": the plan's standing instruction
        owned = [d for d in collector.collect(section) if _named_duty(d, places)]
        if owned:
            kept += owned
            title = section.title or section.paras[0].text
            found[title[:40]] = SECTION_OWNERS_KEPT(doc.file, "正文", _where(doc, section.line), title[:40],
                                                   title=title[:30], count=len(owned))
    return kept, found


def _is_article(section: Section) -> bool:
    """A regulation's article (第五条 …): every article whose sentence gives a unit a duty is a task, as a
    task list's item is; no part of it is narrative to be skipped."""
    return section.mark is not None and section.mark.label.rstrip("、:：，,。.．").endswith("条")


def _page_starts_inside_a_part(sections: list[Section]) -> bool:
    """The text before a page's first article or part is the end of the one before it: the page starts inside a
    regulation ('…的区域。第三条…', unseen w616; '…的指导和监督。第五条…', blind w504) or a plan ('县公安部门负责…。
    ⏎…⏎三、建立健全…', unseen w670), so its duties are kept as any part's."""
    first = sections[1].mark if len(sections) > 1 and sections[0].mark is None else None
    return (first is not None and (first.style == "cn" or first.label.rstrip("、:：，,。.．").endswith("条"))
            and first.value.isdigit() and int(first.value) > 1)


def _own_page_duties(paras: list[PlanParagraph], drafts: list[Draft], collector: DraftCollector,
                     unit_like: Callable[[str], bool]) -> list[Draft] | None:
    """On a body's own page ('中文名:某乡林业站' … '职能职责' over its duties, ``.own_page``) each duty
    under the heading is a task of the page's unit, in place of what the part was read as (no owner);
    None on any other page."""
    own = page_duties(paras, unit_like)
    if own is None:
        return None
    duties = collector.collect_each(Section("", own.start, own.paras), under_headings=True)  # '(一)民族工作⏎1.…'
    for d in duties:
        give_duty(d.roles, d.text, own.unit)
    before = [d for d in drafts if d.line < own.start and not is_page_field(d.text)]  # 单位负责人:…, 办公地点:…
    return before + duties + [d for d in drafts if d.line > own.end]



def _issuers_list_items(doc: PlanDocument, paras: list[PlanParagraph], drafts: list[Draft], collector: DraftCollector,
                        unit_like: Callable[[str], bool]) -> list[Draft]:
    """In a department's own list published by it ('XX厅关于公布…清单的通告', '我厅…现予以公布', items with no
    subject, ``.issuers_list``; or signed by it under the list, ``signed_list``) each item is a task of the issuer, in
    place of what its lines were read as;
    the head before the list (title, fields, lead-in) gives none ('发布机构：…' is no owner's label)."""
    own = issuers_list(paras, [(t.line, t.text) for t in doc.lines], unit_like) or signed_list(paras, unit_like)
    if own is None:
        return drafts
    items = collector.collect_each(Section("", own.start, own.paras), under_headings=True)
    for d in items:
        give_item(d.roles, d.text, own.unit, unit_like)
    return items + [d for d in drafts if d.line > own.end]


# A body that oversees the plan's work, and the oversight itself: no task of the list.
OVERSEER = re.compile(r"督查|督办|督导|纪委|监委|考核办|目标办")
OVERSIGHT_DUTY = re.compile(r"^[^，,。；;]{0,12}?(?:负责|将|要)?(?:适时|定期|不定期)?(?:督查|督办|督导|考核|通报|问责|追责)")


def _named_duty(d: Draft, places_own: bool = False) -> bool:
    """A draft owned by a named unit (not only groups; with ``places_own`` a group of places, 各村, 各县(区), when no one
    else's group is beside it: '各乡镇、各有关部门要…' is an instruction to all), whose duty is no oversight of the plan."""
    owners = [u for r in ("lead", "responsible") for text in d.roles.get(r, []) for u in split_cell(text)]
    named = [u for u in owners if not is_group(u)]
    if not named and places_own and all(map(places_group, owners)):
        named = owners  # only groups, every one of places
    return bool(named) and not any(OVERSEER.search(u) for u in named) and not OVERSIGHT_DUTY.search(
        d.text.split(named[0], 1)[-1])


def _choose_sections(doc: PlanDocument, sections: list[Section], unit_like: Callable[[str], bool],
                     plain_verbs: bool = False) -> tuple[list[Section], list[Finding], set[int]]:
    """The tasks part: sections with owner markers, or titled as tasks. When some
    section has markers, a titled one without any is narrative, not the list. A
    unit as a sentence's subject (区住建局负责…) marks a section only in a plan
    with no other annotation (a 保障措施 saying 县督查室负责督办 is not a task list), or in a
    part titled as tasks (一、活动方式 …由A牵头… then 五、加强部门协作，确保任务完成 1、县林业局负责…), or in
    a part whose items open with their owners as headings, a duty list whatever its title or none
    (a page starting at "6、区质检局。负责…" then 五、工作安排 …由A牵头…).
    With no owner labelled on the page, also the parts opened by a group's duty (a notice's numbered requests); their
    ids are returned too, to be read as parts titled as tasks are."""
    titled = {id(s) for s in sections if is_tasks_title(s.title) and not s.annex}
    by_subject = {id(s) for s in sections if _has_markers(s.paras, unit_like, True, _members_mark(s), plain_verbs)}
    by_subject |= {id(s) for s in sections if id(s) in titled and _opened_by_groups(s.paras, unit_like, plain_verbs)}
    marked = {id(s) for s in sections if _has_markers(s.paras, unit_like, False, _members_mark(s))}
    headed = {id(s) for s in sections if not s.annex and _owner_headed(s.paras, unit_like)}
    articles = {id(s) for s in sections if _is_article(s)}
    articles |= {id(sections[0])} if _page_starts_inside_a_part(sections) else set()  # the end of the part before
    opened: set[int] = set()
    if marked:
        marked = marked | (titled & by_subject) | (articles & by_subject) | headed
    else:  # a notice's numbered requests, each to a group ("一、各相关单位要按照…办法要求,认真组织项目实施…", unseen
        # w1663): with no owner labelled on the page, a part opened by a group's concrete duty is one of them
        opened = {id(s) for s in sections if id(s) not in by_subject and not s.annex
                  and not BOILERPLATE.search(re.split(r"[。；;]", s.title)[0])
                  and _opened_by_groups(s.paras, unit_like, plain_verbs, concrete=True)}
        marked = by_subject | opened | (titled if opened else set())
    chosen = [s for s in sections if id(s) in (marked or titled)]
    taken = {id(s) for s in chosen}
    findings = []
    for s in sections:
        where = (doc.file, "正文", _where(doc, s.line), s.title[:40])
        if id(s) in marked and id(s) not in titled | articles and s.title and not s.annex:
            findings.append(SECTION_INCLUDED(*where, title=s.title[:30]))
        elif id(s) not in taken and s.title and s.has_content:
            reason = "没有责任单位标注" if id(s) in titled else "不是任务部分，也没有责任单位标注"
            findings.append(SECTION_SKIPPED(*where, title=s.title[:30], reason=reason))
    return chosen, findings, opened


def _owner_headed(paras: list[PlanParagraph], unit_like: Callable[[str], bool]) -> bool:
    """Two or more of the part's paragraphs open with their owners as headings ("交通部门：…",
    "7、区城管执法大队。负责…"): a list of duties given out unit by unit."""
    return sum(opens_with_owner(p.text, unit_like) for p in paras) >= 2


def _owners_as_headings(paras: list[PlanParagraph], unit_like: Callable[[str], bool]) -> bool:
    """Two or more paragraphs head duties with their owners, as items ("（一）县教育局", "二、乡镇人民政府") or
    at their start ("交通部门：…", "7、区城管执法大队。负责…"): the page annotates its owners by headings."""
    return sum(opens_with_owner(p.text, unit_like) or bool(_owner_heading(paras, k, unit_like)) for k, p in enumerate(paras)) >= 2


def _opened_by_groups(paras: list[PlanParagraph], unit_like: Callable[[str], bool], plain_verbs: bool = False,
                      concrete: bool = False) -> bool:
    """A paragraph of the part opens, after its number and title, with a group as its subject ("二、工作任务⏎1.各乡镇要
    开展…"): in a part titled as tasks, a duty given to that group (``DraftCollector``), which marks the part.
    ``concrete``: a duty, not a call on everyone ("一、各单位要高度重视,加强领导。")."""
    for p in paras:
        mark = item_mark(p.text)
        rest = mark.rest if mark is not None else p.text
        markers = find_owner_markers(rest, unit_like, True, plain_verbs)
        if opens_with_subject(rest, markers, title_sentence=False) and not (
                concrete and only_calls(rest[next(m.end for m in markers if m.has_owners):])):
            return True
    return False


def _members_mark(section: Section) -> bool:
    """"成员单位：…" lines mark a part as tasks unless it is the plan's 组织领导 (保障措施 …)
    part, where they list the members of the plan's own leading group."""
    return not BOILERPLATE.search(section.title)


# A notice's contact at its end ("联系人:陈刚 联系电话:…", unseen w1471): a person to ask, no owner of a part.
CONTACT_PERSON = re.compile(r"\s*联系人\s*[:：]")


def _has_markers(paras: list[PlanParagraph], unit_like: Callable[[str], bool], subjects: bool,
                 members: bool = True, plain_verbs: bool = False) -> bool:
    """Owner markers in the paragraphs; with ``subjects`` also a unit as a duty's subject
    (``plain_verbs``: before a plain verb too) and a unit heading its duties ("（一）县教育局：");
    with ``members`` a 成员单位 line. A bracket naming only people ('(联系人:…;联系电话:…)', unseen w2138) marks nothing."""
    return any(parse_line_marker(p.text) and (members or not is_member_line(p.text)) and not CONTACT_PERSON.match(p.text)
               or any((subjects or m.kind != "subject") and set(m.roles) - {"leader"}  # not a contact's bracket alone
                      for m in find_owner_markers(p.text, unit_like, plain_verbs=subjects and plain_verbs))
               or subjects and _owner_heading(paras, k, unit_like) for k, p in enumerate(paras))


def _owner_heading(paras: list[PlanParagraph], k: int, unit_like: Callable[[str], bool]) -> str:
    """The units of paragraph ``k`` as a numbered heading over their duties; the paragraph under it may open with a
    duty ("(1)监测预警小组⏎负责…")."""
    text, after = paras[k].text, paras[k + 1] if k + 1 < len(paras) else None
    mark = item_mark(text)
    if mark is None:  # "县教育局主要职责⏎1.…", "…⏎市建设局⏎(一)…": a line without a number over its list
        return (unnumbered_owner_heading(text, after.text) if after is not None else "") or bare_owner_heading(paras, k)
    below = after is not None and item_mark(after.text) is None and opens_with_duty(after.text)
    whose = whose_duties(mark.rest, unit_like) if after is not None and item_mark(after.text) is not None else ""
    return whose or owner_heading(mark.rest, unit_like, below)  # "第八条 各级爱卫会的主要职责是:⏎(一)…" (unseen w652)


def _owned_text_after_tables(doc: PlanDocument, drafts: list[Draft]) -> list[Draft]:
    """The owned text after a plan's last task table, read as in a plan without one: the sections that go on after a
    table set inside one of them ('信息发布分工表' then '(二)市场监管。市农业局负责…', unseen w2208) and the requests
    and duties of its '工作要求', up to the next 附件 (another document: seed 004's 监管事权清单 after its task table);
    and the member units' duties anywhere after it, each a '<unit>：<duties>' block of a named unit ('二、成员单位职责'
    then '市发展改革委：负责城市更新项目的立项审批…', s60's probe). The body before the table (most often its
    repetition in a plan whose 附件 is the task table) is still skipped and reported (``_body_skipped``)."""
    last = max((max([t.line, *t.row_lines]) for t in doc.tables), default=0)  # (a .docx table's rows have no lines)
    annex = next((p.line for p in doc.lines if p.line > last and ANNEX.match(p.text.strip())), None)
    return [d for d in drafts if d.line > last and any(d.roles.get(r) for r in OWNER_ROLES)
            and (annex is None or d.line < annex or starts_with_unit_block(d.text) and _named_duty(d))]


def _body_skipped(doc: PlanDocument, drafts: list[Draft]) -> list[Finding]:
    owned = [d for d in drafts if any(d.roles.get(r) for r in OWNER_ROLES)]
    if not owned:
        return []
    return [BODY_TASKS_SKIPPED(doc.file, "正文", _where(doc, owned[0].line), owned[0].text[:40], count=len(owned))]


def _draft_records(doc: PlanDocument, drafts: list[Draft]) -> list[RawRecord]:
    records = []
    for d in drafts:
        values = {"text": d.text}
        for role in OWNER_ROLES:
            values[role] = "、".join(d.roles.get(role, []))
        values["deadline"] = "；".join(dict.fromkeys(d.roles.get("deadline", [])))
        if d.roles.get("leader"):
            values["leader"] = "、".join(dict.fromkeys(d.roles["leader"]))
        if d.title:
            values["title"] = d.title
        cells = {k: _where(doc, d.role_lines.get(k, d.line)) for k in values}
        rec = RawRecord(doc.file, "正文", d.line, values, cells, number=d.number, category=d.category,
                        extra=dict(d.extra))
        records.append(rec)
    return records


def _owned(records: list[RawRecord]) -> bool:
    """Some record names an owner (a table that names none does not win over a text that does)."""
    return any(rec.values.get(role, "").strip() for rec in records for role in OWNER_ROLES)


def _unique(findings: list[Finding]) -> list[Finding]:
    return list(dict.fromkeys(findings))


# ------------------------------------------------------------------ title and year


def plan_title(doc: PlanDocument, records: list[RawRecord]) -> str:
    """The plan's title (or its table's), as the 任务清单 title."""
    lines = doc.lines
    for i, p in enumerate(lines[:15]):
        text = without_furniture(p.text)
        if (not text or not TITLE_WORD.search(text) or len(text) > 60 or text.startswith("《") or text[-1] in "。；：:，,"
                or item_mark(text) is not None):
            continue
        prev = without_furniture(lines[i - 1].text) if i else ""
        if TITLE_HEAD.match(text) and prev and len(prev) <= 30 and not re.search(r"[，。；：、\d]", prev):
            text = prev + text
        return text if text.endswith("清单") else text + "任务清单"
    for table in doc.tables:
        before = [p for p in lines if p.line < table.line and p.text.endswith(("清单", "表"))]
        if before and table.line - before[-1].line <= 3:
            return without_furniture(before[-1].text)
    return f"{Path(doc.file).stem}任务清单"


def without_furniture(text: str) -> str:
    """A line without the bars and rules of the table it stood in: at its ends they
    go, between two words they are a space ("通知 |任务清单" is no title)."""
    return FURNITURE.sub(" ", text).strip()


def infer_year(title: str, records: list[RawRecord]) -> int | None:
    """As the workbook reader infers it: the title's (first) year, else the most
    common year in the deadlines."""
    years = [int(y) for y in re.findall(r"(20\d\d)", title)]
    if years:
        return min(years)
    counted = Counter(int(y) for r in records for y in re.findall(r"(20\d\d)\s*年", r.values.get("deadline", "")))
    return counted.most_common(1)[0][0] if counted else None
