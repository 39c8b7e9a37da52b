"""Owner lines written after the items they own, saying which items they cover.

A 目标管理 plan (blind w254, a 市 plan) lists its targets one a line and names their owners on a
line after them, in prose:

* '该目标责任单位为市经委。' (此项, 本项, 这项工作, 该项任务): the item just above;
* '4项目标的责任单位均为市发展改革委。', '以上3项指标的牵头单位是…': the N items just above;
* '以上各项工作的责任单位均为…', '上述目标…' with no number: the items above since the last one
  that has an owner;
* '第1—4项目标责任单位均为…' (第5-6项, 第1至2项): the items of those numbers in the list above;
* a label with 为/是 or a colon ('牵头单位为A，配合单位为B，完成时限为2024年底'), or 由 and a verb form
  ('由A牵头，B配合'); '…分别为A、B' with as many units as items: one each, in order.

Such a line (or such a sentence closing an item's own line, '1.…;该目标责任单位为区水务局。') is
made each covered item's owner line ('责任单位：…', right after the item's first line), so the
outline reads it as any label line. A line whose items cannot be told for sure is left as it was:
a number larger than the list, an item already owned, a range with numbers the list has not, no
item above it, or owners that are not all names of units ('以上8项…分别确定了责任领导和责任单位')."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..numerals import cn_int
from ..roster import split_cell
from .blocks import Block, TableBlock, TextLine
from .columns import header_columns
from .markers import LINE_LABEL_RE, OWNER_ROLES, ROLE_LABEL, looks_like_unit, parse_line_marker, parse_verb, unit_roles
from .outline import Mark, PlanParagraph, item_mark
from .prose import find_owner_markers

_COUNT = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_PIECE = r"(?:项|个|条)"
_WHAT = r"(?:目标|任务|指标|工作|事项|项目|工程|实事|措施){1,2}"  # 目标任务 too
_SCOPE = (rf"(?P<this>(?:该|此|本|这)一?{_PIECE}?{_WHAT})"
          rf"|(?P<above>以上|上述|前述|上列|上面)(?:各|所有|全部)?(?:(?P<count>{_COUNT})?{_PIECE})?(?:{_WHAT})?"
          rf"|第(?P<first>{_COUNT}){_PIECE}?(?:[—–\-－~～至到]+第?(?P<last>{_COUNT}))?{_PIECE}(?:{_WHAT})?"
          rf"|(?P<number>{_COUNT}){_PIECE}{_WHAT}")
_ALL = r"(?:均|都|全部|统一)?"
# The items named, then what owns them: an owner label (with 为/是 or a colon), or 由 and a verb form.
SCOPE = re.compile(rf"(?:{_SCOPE})的?\s*(?:{_ALL}(?=由)|(?={ROLE_LABEL}))")
EACH = re.compile(r"^[^，,；;]*?(?:单位|部门)分别[为是]")  # '责任单位分别为A、B': one an item
# A sentence closing an item's own line: after its last stop.
LAST_SENTENCE = re.compile(r"(?<=[。；;])\s*([^。；;]+?)[。；;]?\s*$")
# Items a list of targets is numbered by (not a part's 一、 or 第一部分, which head whole sections).
ITEM_STYLES = ("cn_paren", "num", "num_paren", "num_half", "circled", "dotted")
LABEL_OF = {"lead": "牵头单位", "responsible": "责任单位", "cooperating": "配合单位", "deadline": "完成时限"}


@dataclass
class Scope:
    """Which items above an owner line it names: the nearest ``count``, the numbers
    ``first``..``last``, or (``count`` 0, no numbers) all since the last one owned."""

    count: int = 0
    first: int = 0
    last: int = 0


@dataclass
class OwnerLine:
    """An owner line after its items: what it names, the owners, one unit an item (分别)."""

    scope: Scope
    roles: dict[str, list[str]]
    each: bool


def read_owner_line(text: str) -> OwnerLine | None:
    """'以上3项目标的责任单位均为县发改局。' -> its scope and owners, or None when ``text`` is no such line."""
    text = text.strip().rstrip("。；; ")
    scope = SCOPE.match(text)
    rest = text[scope.end():] if scope is not None else ""
    roles = _owners(rest) if rest else {}
    if not roles:
        return None
    return OwnerLine(_scope(scope), roles, each=len(roles) == 1 and EACH.match(rest) is not None)


def _scope(m: re.Match[str]) -> Scope:
    if m.group("this"):
        return Scope(count=1)
    if m.group("first"):
        first = _number(m.group("first"))
        return Scope(first=first, last=_number(m.group("last")) if m.group("last") else first)
    return Scope(count=_number(m.group("count") or m.group("number") or "0"))


def _number(written: str) -> int:
    return int(written) if written.isdigit() else cn_int(written) or 0


def _owners(rest: str) -> dict[str, list[str]]:
    """'牵头单位为A，配合单位为B' or '由A牵头，B配合' -> the roles (and a deadline), when every owner
    named is a unit."""
    roles = (parse_verb(rest) or {}) if rest.startswith("由") else unit_roles(rest)
    if not any(roles.get(r) for r in OWNER_ROLES) or set(roles) - set(LABEL_OF):
        return {}
    return {r: v for r, v in roles.items() if v}


def owner_lines_after(paras: list[PlanParagraph]) -> tuple[list[PlanParagraph], list[tuple[PlanParagraph, list[Mark]]]]:
    """The paragraphs with each owner line after its items made those items' owner lines; and
    each line read so, with the marks of the items it was given to."""
    paras = _labels_after_restarted_runs(_closing_sentences_apart(paras))
    given: dict[int, PlanParagraph] = {}  # paragraph index of an item's first line -> its owner line
    dropped: set[int] = set()
    read: list[tuple[PlanParagraph, list[Mark]]] = []
    for k, p in enumerate(paras):
        line = _owner_line(p)
        if line is None:
            continue
        items = _covered(paras, k, line.scope, given)
        labels = _per_item(line, len(items)) if items else None
        if labels is None:
            continue
        for i, label in zip(items, labels):
            given[i] = PlanParagraph(label, p.line, p.source)
        dropped.add(k)
        read.append((p, [item_mark(paras[i].text) for i in items]))
    out: list[PlanParagraph] = []
    for k, p in enumerate(paras):
        if k not in dropped:
            out.append(p)
        if k in given:
            out.append(given[k])
    return out, read


def _labels_after_restarted_runs(paras: list[PlanParagraph]) -> list[PlanParagraph]:
    """'1.…⏎2.…⏎整改责任单位:A 整改时限:…⏎1.…⏎2.…⏎3.…⏎责任单位:B …': a list of problems (a 督查 exposure, one place's
    problems a run) whose numbering starts again after each owner label line: the label is every problem's of the
    run right above it, not only the last one's (unseen w424). Only where a later run counts from 1 again after an
    earlier label (a place's name may head it: "西湖区:⏎1.…", probe s94); the label lines are copied after each problem
    of their run."""
    blocks = _label_blocks(paras)
    runs = [(block, run) for block in blocks if len(run := _run_above(paras, block[0])) >= 2
            and (run[0] == 0 or item_mark(paras[run[0] - 1].text) is None)]  # under "1. 市科技馆": that item's label
    if not any(blocks[0][-1] < run[0] for _, run in runs[1:]):
        return paras  # no run counted from 1 again after an earlier label
    copies = {i: [paras[k] for k in block] for block, run in runs for i in run[:-1]}
    out: list[PlanParagraph] = []
    for i, p in enumerate(paras):
        out += [p, *copies.get(i, [])]
    return out


def _label_blocks(paras: list[PlanParagraph]) -> list[list[int]]:
    """The runs of label lines (责任单位, 整改时限 …) with an owner among them, by index."""
    blocks: list[list[int]] = []
    for k, p in enumerate(paras):
        if not LINE_LABEL_RE.match(p.text):
            continue
        if blocks and blocks[-1][-1] == k - 1:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return [b for b in blocks if any(_owner_label(paras[k]) for k in b)]


def _owner_label(p: PlanParagraph) -> bool:
    found = parse_line_marker(p.text)
    return found is not None and any(found[0].get(r) for r in OWNER_ROLES)


def _run_above(paras: list[PlanParagraph], k: int) -> list[int]:
    """The items right above line ``k``, one a line, numbered 1, 2, … of one style with nothing between; [] if
    they do not count from 1."""
    run: list[int] = []
    below: Mark | None = None  # the mark of the item just below (the last one taken)
    for i in range(k - 1, -1, -1):
        mark = item_mark(paras[i].text)
        if mark is None or mark.style not in ITEM_STYLES or not mark.value.isdecimal():
            break  # (circled ② is a digit to isdigit, no number to int)
        if below is not None and (mark.style != below.style or int(mark.value) != int(below.value) - 1):
            break
        run.append(i)
        below = mark
    return run[::-1] if below is not None and below.value == "1" else []


def lines_with_target_rows(blocks: list[Block]) -> list[TextLine]:
    """The plan's text lines; a table of targets with no owner column ('| 序号 | 目标任务 | 完成时限 |',
    its rows numbered) followed right away by an owner line naming items above it ('以上3项目标的
    责任单位均为县人力资源和社会保障局。', s58's probe, a 县's targets half in text, half in a table)
    read as its rows' numbered lines ('7.城镇新增就业2800人'), so that the line owns them as it owns
    targets written as text (``owner_lines_after``). Other tables are left out, as before."""
    out: list[TextLine] = []
    for k, block in enumerate(blocks):
        if isinstance(block, TextLine):
            out.append(block)
            continue
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if isinstance(block, TableBlock) and isinstance(after, TextLine) and read_owner_line(after.text) is not None:
            out += _numbered_rows(block)
    return out


def _numbered_rows(table: TableBlock) -> list[TextLine]:
    """A table of targets' rows as numbered lines; none when it has an owner column, or a row
    no number."""
    header = [str(c or "") for c in table.grid.rows[0]] if table.grid.rows else []
    columns = header_columns(header, delimited=True) or {} if header else {}
    number, text = columns.get("number", [None])[0], columns.get("text", [None])[0]
    if number is None or text is None or any(role in columns for role in OWNER_ROLES):
        return []
    rows = [(str(r[number] or "").strip(), str(r[text] or "").strip(), line)
            for r, line in zip(table.grid.rows[1:], table.row_lines[1:] or [table.line] * len(table.grid.rows))]
    if not rows or not all(n.isdigit() and t for n, t, _ in rows):
        return []
    return [TextLine(f"{n}.{t}", line or table.line) for n, t, line in rows]


def _owner_line(p: PlanParagraph) -> OwnerLine | None:
    if item_mark(p.text) is not None or LINE_LABEL_RE.match(p.text):
        return None
    return read_owner_line(p.text)


def _per_item(line: OwnerLine, count: int) -> list[str] | None:
    """The label line each of ``count`` items gets: the whole line, or with 分别 one unit each in
    order; None when 分别 names another number of units than of items."""
    if not line.each:
        return [_label_text(line.roles)] * count
    (role, texts), = line.roles.items()
    units = split_cell("、".join(texts))
    return [_label_text({role: [u]}) for u in units] if len(units) == count else None


def _label_text(roles: dict[str, list[str]]) -> str:
    """'牵头单位：A；配合单位：B、C；完成时限：…'."""
    return "；".join(f"{LABEL_OF[r]}：{'、'.join(v)}" for r, v in roles.items())


def _closing_sentences_apart(paras: list[PlanParagraph]) -> list[PlanParagraph]:
    """'1.城区污水处理率达到96%；该目标责任单位为区水务局。': an item's line closed by an owner
    line, the two made paragraphs of their own (the source stays the line as written)."""
    out: list[PlanParagraph] = []
    for p in paras:
        mark = item_mark(p.text)
        closing = LAST_SENTENCE.search(p.text) if mark is not None and mark.style in ITEM_STYLES else None
        if closing is None or read_owner_line(closing.group(1)) is None:
            out.append(p)
            continue
        out += [PlanParagraph(p.text[:closing.start(1)].rstrip(), p.line, p.source),
                PlanParagraph(p.text[closing.start(1):], p.line, closing.group(1))]
    return out


def _covered(paras: list[PlanParagraph], k: int, scope: Scope, given: dict[int, PlanParagraph]) -> list[int]:
    """The indexes of the items the owner line at ``k`` names (first lines, in order), or []."""
    siblings = _siblings_above(paras, k)
    if not siblings:
        return []
    if scope.first:
        marks = {i: item_mark(paras[i].text) for i in siblings}
        numbered = {int(m.value): i for i, m in marks.items() if m is not None and m.value.isdigit()}
        wanted = range(scope.first, scope.last + 1)
        items = [numbered[n] for n in wanted if n in numbered]
        if len(items) != len(wanted):
            return []
    elif scope.count:
        items = siblings[-scope.count:] if len(siblings) >= scope.count else []
    else:
        owned = [n for n, i in enumerate(siblings) if _owned(paras, i, given)]
        items = siblings[owned[-1] + 1:] if owned else siblings
    return [] if any(_owned(paras, i, given) for i in items) else items


def _siblings_above(paras: list[PlanParagraph], k: int) -> list[int]:
    """The items of the list right above line ``k``: the nearest item's style and rank, back to a
    heading above them (a deeper item or a paragraph of text between them is passed)."""
    found: list[int] = []
    nearest: Mark | None = None
    for i in range(k - 1, -1, -1):
        mark = item_mark(paras[i].text) if not LINE_LABEL_RE.match(paras[i].text) else None
        if mark is None or nearest is not None and mark.rank > nearest.rank:
            continue
        if nearest is None:
            if mark.style not in ITEM_STYLES:
                return []
            nearest = mark
        elif mark.rank < nearest.rank or mark.style != nearest.style:
            break
        found.append(i)
    return found[::-1]


def _owned(paras: list[PlanParagraph], i: int, given: dict[int, PlanParagraph]) -> bool:
    """The item at ``i`` has owners of its own: given by an owner line already, a label line
    under it, or an annotation in its text."""
    if i in given:
        return True
    for j in range(i, len(paras)):
        if j > i and (item_mark(paras[j].text) is not None or _owner_line(paras[j]) is not None):
            return False
        if LINE_LABEL_RE.match(paras[j].text) or any(
                m.has_owners for m in find_owner_markers(paras[j].text, looks_like_unit)):
            return True
    return False
