"""Unit names (责任主体): splitting cells, resolving names against a roster.
(A draft roster made from the names found, for ``ledger units --suggest``, is
``ledger.roster_draft``.)

No file I/O here (see ``ledger.io.roster_io``). Problems with a written name are
returned as :class:`Problem` values; the caller adds file, sheet and cell and
turns them into findings. Suggestions are never applied silently: an unknown
name stays in the result as written.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from .findings import FindingType
from .findings.units import (AMBIGUOUS_UNIT, GROUP_NOT_IN_ROSTER, UNIT_NORMALIZED, UNIT_UNEXPANDABLE, UNITS_RUN_TOGETHER,
                             UNITS_SPLIT, UNKNOWN_UNIT)
from .model import Unit


# Characters that separate units in one cell (\s covers line breaks and U+3000).
_SEP = r"、，,；;/／\s"
_SPLIT_RE = re.compile(rf"[{_SEP}]+")
_SEPARATOR_RE = re.compile(rf"[{_SEP}]")
_OPENING_RE = re.compile(r"[（(〔]")
_SUFFIX = r"(?:局|委|办|院|部|中心|政府|队|所|站|公司|行|社|会|室)"
_SUFFIX_RE = re.compile(_SUFFIX)
_UNIT_END_RE = re.compile(r"(?:局|委|办|院|部|中心|政府|队|所|站|公司|行|社|会|室|镇|乡|街道|厅|处|关|馆|组)$")

_ROLE_LABEL_RE = re.compile(r"^(?:牵头|责任|配合|协办|主办|参与)(?:单位|部门|领导)?[:：]")
_NOTE_RE = re.compile(
    r"(?:[（(][^（）()]*(?:牵头|配合|负责|协办|主办|参与|责任)[^（）()]*[）)]"
    r"|按职责分工负责|按职责负责|分工负责|负责|等部门|等单位|等|牵头|配合)$"
)
_TRAILING_PARENS_RE = re.compile(r"^(.+?)[（(][^（）()]*[）)]$")
_NOTE_LAST = frozenset("）)责门位等头合")  # the last character of every note _NOTE_RE drops

# Group phrases: 各乡镇, 各镇人民政府、街道办事处, 县直各部门, 食药安委各成员单位 ...
_GROUP_WORDS = (
    "街道办事处|行业主管部门|成员单位|主管部门|有关部门|相关部门|人民政府|街道办|办事处|"
    "乡镇|街道|社区|旗区|旗县|县区|区县|部门|政府|党委|党工委|镇|乡"
)
_PLACE_ALT = (r"(?:[县市区旗州盟](?:[（(](?:[县市区旗镇乡]|街道)[）)])?"
              r"|[镇乡](?:[（(](?:[县市区旗镇乡]|街道)[）)](?!、[县市区旗州盟]))?)")  # 县(市), 乡(街道): a place word with
# its alternative; 各州、市: 州 and 盟 too; a township with its own before a level above it is a group of its own
# ('各乡(镇)、县政府有关部门': the townships, and the county's departments; unseen w2726)
_GROUP_BODY = rf"各(?:有关|相关)?(?:{_PLACE_ALT}(?:、{_PLACE_ALT})+)?(?:{_GROUP_WORDS})(?:[、和及]?(?:{_GROUP_WORDS}))*"
_GROUP_SPAN_RE = re.compile(
    rf"(?<![^{_SEP}])"
    rf"(?:(?:全?[县市区旗]|[县市区旗]直|驻[县市区旗])?{_GROUP_BODY}"
    rf"|[^{_SEP}]{{0,14}}?(?:委|委员会|小组)各?成员单位)"
    rf"(?:[（(][^（）()]*[）)])?"  # 各乡镇(街道)
    rf"(?=$|[{_SEP}]|按职责|负责|等)"
)
_GROUP_FULL_RE = re.compile(rf"(?:(?:全?[县市区旗]|[县市区旗]直|驻[县市区旗])?{_GROUP_BODY}|.{{0,14}}?(?:委|委员会|小组)各?成员单位)")
_UNEXPANDABLE_RE = re.compile(
    r"^.{0,20}?(?:相关|有关|其他|其它)的?(?:成员单位|职能部门|部门|单位|乡镇|街道|科室)$"
)

# Which roster groups a phrase stands for: (phrase pattern, group keywords, group to suggest).
_GROUP_KINDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("成员单位", ("成员单位",), "成员单位"),
    ("乡镇|镇|乡", ("乡镇", "镇", "乡"), "乡镇"),
    ("街道|办事处|社区", ("街道", "办事处"), "街道"),
    ("旗区|旗县|县区|区县", ("旗区", "旗县", "县区", "区县"), "旗区"),
    ("主管部门", ("主管部门",), "行业主管部门"),
    ("(?<!主管)部门", ("部门",), "县直部门"),
)

# normalize_name
_REPLACEMENTS = (("监督管理", "监管"), ("人民政府", "政府"), ("委员会", "委"),
                 ("卫生健康", "卫健"), ("办公室", "办"))
_TOWN_TAILS = (("镇政府", "镇"), ("乡政府", "乡"), ("街道办事处", "街道"), ("街道办", "街道"))
_PROTECTED = ("市场", "市政", "市容", "市民", "区域", "县域", "区块", "旗帜")
_COUNTY_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)([县市区旗])(.+)$")
_COUNTY_STOP_RE = re.compile(r"(?:园|开发|高新|示范|保税|新|景)$|[局委办院部所站队社会]")

# Run-together check without a roster.
_BIGRAM_STOP = frozenset(("社会", "行政", "行业", "部门", "委员", "办公", "办事", "会员", "会议",
                          "院校", "队伍", "所属", "站点", "室外", "局面", "部署", "会计", "社区",
                          "行动", "所有", "会同", "办理", "中心"))
_SUBUNIT_RE = re.compile(r"^(?:联合|分|支)|(?:分局|支行|分行|分公司|大队|中队|支队|派出所|分中心|分院|分所)$")
_PARTY_RE = re.compile(r"[县市区旗镇乡]委$")


@dataclass(frozen=True)
class Problem:
    """A data problem about one written name, made from its registered finding type
    (``problem()``); the caller places it at its cell as a Finding."""

    code: str
    severity: str
    written: str
    message: str
    suggestion: str = ""
    candidates: tuple[str, ...] = ()


def problem(kind: FindingType, written: str, candidates: tuple[str, ...] = (), **fields: object) -> Problem:
    """The problem of this kind with ``written`` as the finding's {value}."""
    message, suggestion = kind.texts(value=written, **fields)
    return Problem(kind.code, kind.severity, written, message, suggestion, candidates)


@dataclass(frozen=True)
class CellUnits:
    """The units of one cell: canonical names (or split names without a roster)."""

    names: tuple[str, ...]
    written: tuple[str, ...]
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class Match:
    """How one written name was resolved.

    ``kind`` is exact, alias, normalized, split (run-together names cut at known
    names), group, fuzzy (unknown, with suggestions) or none. ``names`` never
    loses a name: an unknown name is kept as written.
    """

    kind: str
    written: str
    names: tuple[str, ...]
    problem: Problem | None = None


# ---------------------------------------------------------------- names


def _strip_place(key: str) -> str:
    """Drop one leading place prefix (平罗县 / 县 / 市 / 示范区 ...) when safe."""
    m = _COUNTY_RE.match(key)
    if m:
        county, place, rest = m.groups()
        if (len(rest) >= 2 and _UNIT_END_RE.search(rest) and not _COUNTY_STOP_RE.search(county)
                and place + rest[0] not in _PROTECTED):
            return rest
    if key.startswith("示范区") and len(key) > 4:
        return key[3:]
    if key[:1] in ("县", "市", "区", "旗") and len(key) >= 3 and key[:2] not in _PROTECTED:
        return key[1:]
    return key


def canonical_words(name: str) -> str:
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    for old, new in _REPLACEMENTS:
        key = key.replace(old, new)
    return key


def normalize_name(name: str) -> str:
    """A key under which spellings of one unit meet.

    NFKC, no spaces, 监督管理->监管, 人民政府->政府, 委员会->委, 卫生健康->卫健,
    办公室->办, one leading place prefix dropped (平罗县/县/市/区/旗/示范区; a county
    name only when the rest still ends like a unit, and never 市场/市政...),
    镇政府->镇. "平罗县委组织部", "县委组织部" and "委组织部" share "委组织部";
    "市生态环境局平罗分局" keeps its 平罗分局.
    """
    key = canonical_words(name)
    for _ in range(3):  # 石嘴山市平罗县市场监管局 -> 平罗县市场监管局 -> 市场监管局
        shorter = _strip_place(key)
        if shorter == key:
            break
        key = shorter
    for old, new in _TOWN_TAILS:
        if key.endswith(old) and len(key) > len(old):
            key = key[: -len(old)] + new
    return key


def has_place_prefix(name: str) -> bool:
    key = canonical_words(name)
    return _strip_place(key) != key


def _strip_notes(piece: str) -> str:
    """Drop trailing notes: （牵头）, 按职责分工负责, 负责, 等部门, 等."""
    prev = None
    while prev != piece:
        prev = piece
        piece = piece.strip(" \u3000\t\r\n。.：:")
        if piece and piece[-1] in _NOTE_LAST:  # no other piece ends in a note: spare the regex its search
            piece = _NOTE_RE.sub("", piece)
    return piece


def _strip_wrapping(text: str) -> str:
    """"（A、B，各镇人民政府负责）" -> "A、B，各镇人民政府负责"."""
    text = text.strip()
    if len(text) > 2 and text[0] in "（(" and text[-1] in "）)":
        inner = text[1:-1]
        if not re.search(r"[（()）]", inner):
            return inner.strip()
    return text


def split_spans(text: str, more: str = "") -> list[tuple[int, int]]:
    """(start, end) of the pieces between separators (and ``more``) outside
    brackets: 相关县(市、区)政府 is one name. An unclosed bracket protects nothing."""
    spans, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（(〔":
            depth += 1
        elif ch in "）)〕" and depth:
            depth -= 1
        elif depth == 0 and (_SPLIT_RE.match(ch) or ch in more):
            spans.append((start, i))
            start = i + 1
    if depth:
        return [m.span() for m in re.finditer(rf"[^{_SEP}{more}]+", text)]
    return spans + [(start, len(text))]


def _split_plain(text: str) -> list[str]:
    if _OPENING_RE.search(text):
        pieces = [text[s:e] for s, e in split_spans(text)]
    else:  # no bracket protects a separator: each one cuts, as split_spans would
        pieces = _SEPARATOR_RE.split(text)
    return [p for p in map(_strip_notes, pieces) if p]


def split_cell(text: str) -> list[str]:
    """A cell's unit names as written, group phrases kept whole, notes dropped."""
    text = _strip_notes(_ROLE_LABEL_RE.sub("", _strip_wrapping(str(text))))
    pieces: list[str] = []
    pos = 0
    groups = _GROUP_SPAN_RE.finditer(text) if "各" in text or "成员单位" in text else ()  # each group phrase holds one
    for m in groups:
        pieces += _split_plain(text[pos:m.start()])
        pieces.append(m.group())
        pos = m.end()
    pieces += _split_plain(text[pos:])
    return list(dict.fromkeys(pieces))


def is_group_phrase(name: str) -> bool:
    return _GROUP_FULL_RE.fullmatch(name) is not None


def is_unexpandable(name: str) -> bool:
    return not is_group_phrase(name) and _UNEXPANDABLE_RE.match(name) is not None


def _group_kinds(phrase: str) -> list[tuple[tuple[str, ...], str]]:
    body = phrase[phrase.find("各") + 1:] if "成员单位" not in phrase else "成员单位"
    return [(keys, hint) for pat, keys, hint in _GROUP_KINDS if re.search(pat, body)]


def _plausible_split(left: str, right: str) -> bool:
    core = _strip_place(left)
    if len(right) < 2 or not _UNIT_END_RE.search(right) or len(core) < 3:
        return False
    if core.endswith("社会") or core in ("委政府", "政府") or _PARTY_RE.search(left):
        return False
    return left[-1] + right[0] not in _BIGRAM_STOP and not _SUBUNIT_RE.search(right)


def looks_run_together(name: str) -> bool:
    """True when a unit-like name is followed by another ("市场监管局农业农村局")."""
    key = canonical_words(name)
    for m in _SUFFIX_RE.finditer(key):
        if m.end() < len(key) and _plausible_split(key[: m.end()], key[m.end():]):
            return True
    return False


# ---------------------------------------------------------------- problems


def _quote_all(names: Iterable[str]) -> str:
    return "、".join(f"“{n}”" for n in names)


def _group_missing_problem(written: str, hints: list[str]) -> Problem:
    return problem(GROUP_NOT_IN_ROSTER, written, groups="”或“".join(hints) or "相应分组")


# ---------------------------------------------------------------- roster


class Roster:
    """The unit roster (单位名录): canonical names, aliases, groups.

    Results are cached per written string, so resolving a province-size ledger
    costs one lookup per distinct cell.
    """

    def __init__(self, units: Iterable[Unit]):
        self.units: list[Unit] = []
        self._by_name: dict[str, int] = {}
        self._by_alias: dict[str, list[int]] = {}
        self._by_norm: dict[str, list[int]] = {}
        self._unit_groups: list[tuple[str, ...]] = []
        for unit in units:
            self._add(unit)
        self._max_len = max((len(k) for k in [*self._by_name, *self._by_alias]), default=0)
        self._choices = self._fuzzy_choices()
        self._match_cache: dict[str, Match] = {}
        self._cell_cache: dict[str, CellUnits] = {}

    @classmethod
    def empty(cls) -> "Roster":
        """No roster given: cells are split, never resolved."""
        return cls(())

    @property
    def is_empty(self) -> bool:
        return not self.units

    def _add(self, unit: Unit) -> None:
        if not unit.name or unit.name in self._by_name:
            return
        idx = len(self.units)
        self.units.append(unit)
        self._by_name[unit.name] = idx
        groups = re.split(r"[、,，;；]", unit.group or "")
        self._unit_groups.append(tuple(g.strip() for g in groups if g.strip()))
        for alias in dict.fromkeys(a for a in unit.aliases if a and a != unit.name):
            self._by_alias.setdefault(alias, []).append(idx)
        for spelling in dict.fromkeys((unit.name, *unit.aliases)):
            if spelling:
                bucket = self._by_norm.setdefault(normalize_name(spelling), [])
                if idx not in bucket:
                    bucket.append(idx)

    def _fuzzy_choices(self) -> tuple[list[str], list[list[int]], dict[str, list[int]]]:
        """Spellings to suggest from, their units, and a character -> spelling index."""
        owners: dict[str, list[int]] = {}
        for idx, unit in enumerate(self.units):
            for spelling in (unit.name, *unit.aliases):
                for key in (spelling, normalize_name(spelling)):
                    if idx not in owners.setdefault(key, []):
                        owners[key].append(idx)
        keys = list(owners)
        index: dict[str, list[int]] = {}
        for pos, key in enumerate(keys):
            for ch in set(key):
                index.setdefault(ch, []).append(pos)
        return keys, list(owners.values()), index

    def _fuzzy_candidates(self, query: str) -> list[int]:
        """Spellings sharing a telling character with query (all, for small rosters)."""
        keys, _, index = self._choices
        if len(keys) <= 500:
            return list(range(len(keys)))
        common = len(keys) // 8  # 局, 县, 市 ... say nothing
        found: set[int] = set()
        for ch in set(query):
            posting = index.get(ch, [])
            if len(posting) <= common:
                found.update(posting)
        return sorted(found)

    def get(self, name: str) -> Unit | None:
        """The unit with this canonical name."""
        idx = self._by_name.get(name)
        return None if idx is None else self.units[idx]

    def groups(self) -> dict[str, list[str]]:
        """Group name -> canonical unit names, in roster order."""
        out: dict[str, list[str]] = {}
        for unit, groups in zip(self.units, self._unit_groups):
            for group in groups:
                out.setdefault(group, []).append(unit.name)
        return out

    # ------------------------------------------------------------ matching

    def _lookup(self, written: str) -> tuple[str, list[int]] | None:
        if written in self._by_name:
            return "exact", [self._by_name[written]]
        if written in self._by_alias:
            return "alias", self._by_alias[written]
        norm = self._by_norm.get(normalize_name(written))
        if norm:
            return "normalized", norm
        outer = _TRAILING_PARENS_RE.match(written)
        if outer:
            found = self._lookup(outer.group(1))
            if found:
                return "normalized", found[1]
        return None

    def _names(self, indices: Iterable[int]) -> tuple[str, ...]:
        return tuple(self.units[i].name for i in indices)

    def match(self, written: str) -> Match:
        """Resolve one written name (cached)."""
        hit = self._match_cache.get(written)
        if hit is None:
            hit = self._match_cache[written] = self._match(written)
        return hit

    def _match(self, written: str) -> Match:
        name = _strip_notes(written) or written
        outer = _TRAILING_PARENS_RE.match(name)
        if is_unexpandable(name):
            return Match("none", name, (name,) if self.is_empty else (), problem(UNIT_UNEXPANDABLE, name))
        if is_group_phrase(name) or (outer and is_group_phrase(outer.group(1))):
            if self.is_empty:
                return Match("group", name, (name,))  # 各乡镇(街道) as written
            return self._match_group(name if is_group_phrase(name) else outer.group(1))
        if self.is_empty:
            run_together = problem(UNITS_RUN_TOGETHER, name) if looks_run_together(name) else None
            return Match("none", name, (name,), run_together)
        found = self._lookup(name)
        if found:
            return self._found(name, *found)
        parts = self._segment(name)
        if parts:
            names = tuple(dict.fromkeys(self._names(parts)))
            return Match("split", name, names, problem(UNITS_SPLIT, name, names, units=_quote_all(names)))
        return self._unknown(name)

    def _found(self, name: str, kind: str, indices: list[int]) -> Match:
        names = self._names(indices)
        if len(names) > 1:
            return Match("none", name, (name,), problem(AMBIGUOUS_UNIT, name, names, units="、".join(names)))
        normalized = problem(UNIT_NORMALIZED, name, names, unit=names[0]) if kind == "normalized" else None
        return Match(kind, name, names, normalized)

    def _match_group(self, phrase: str) -> Match:
        if self.is_empty:
            return Match("group", phrase, (phrase,))
        kinds = _group_kinds(phrase)
        keys = [k for ks, _ in kinds for k in ks]
        names = tuple(u.name for u, groups in zip(self.units, self._unit_groups)
                      if any(k in g for g in groups for k in keys))
        if names:
            return Match("group", phrase, names)
        hints = [hint for _, hint in kinds]
        # Not expanded and not a unit: kept in `written` and reported, never a unit name.
        return Match("group", phrase, (), _group_missing_problem(phrase, hints))

    def _known(self, text: str) -> int | None:
        found = self._lookup(text) if len(text) >= 2 else None
        return found[1][0] if found and len(found[1]) == 1 else None

    def _segment(self, text: str) -> list[int] | None:
        """Cut text completely into known names, longest first; None if not covered."""
        memo: dict[int, list[int] | None] = {}

        def best(i: int) -> list[int] | None:
            if i == len(text):
                return []
            if i in memo:
                return memo[i]
            memo[i] = None
            for j in range(min(len(text), i + self._max_len + 4), i + 1, -1):
                idx = self._known(text[i:j])
                if idx is None:
                    continue
                rest = best(j)
                if rest is None and j < len(text) - 1 and text[j] in "和及与":
                    rest = best(j + 1)  # "市场监管局和公安局"
                if rest is not None:
                    memo[i] = [idx, *rest]
                    break
            return memo[i]

        parts = best(0)
        return parts if parts and len(parts) >= 2 else None

    def _suggest(self, written: str) -> tuple[str, ...]:
        """Up to three roster names close to ``written`` (never applied)."""
        from rapidfuzz import fuzz, process  # loaded only when a name is not in the roster

        keys, owners, _ = self._choices
        query = normalize_name(written)
        positions = self._fuzzy_candidates(query)
        scores: dict[int, float] = {}
        for key, score, at in process.extract(query, [keys[p] for p in positions],
                                              scorer=fuzz.WRatio, limit=None, score_cutoff=40):
            if len(query) >= 2 and len(key) >= 2 and (query in key or key in query):
                score = min(100.0, score + 20)  # 卫健 / 卫健局
            for idx in owners[positions[at]]:
                scores[idx] = max(scores.get(idx, 0.0), score)
        ranked = sorted((i for i, s in scores.items() if s >= 60), key=lambda i: (-scores[i], i))
        return tuple(self.units[i].name for i in ranked[:3])

    def _unknown(self, name: str) -> Match:
        outer = _TRAILING_PARENS_RE.match(name)  # 县食药安办（县市场监管局）
        candidates = self._suggest(outer.group(1) if outer else name)
        unknown = problem(UNKNOWN_UNIT, name, candidates,
                          guess=f"是否为：{'、'.join(candidates)}？" if candidates else "",
                          run_together="（疑似多个单位名称连在一起，请用顿号分隔）" if looks_run_together(name) else "")
        return Match("fuzzy" if candidates else "none", name, (name,), unknown)

    # ------------------------------------------------------------ cells

    def resolve_cell(self, text: object) -> CellUnits:
        """Split one cell and resolve every piece (cached per cell text)."""
        key = "" if text is None else text if isinstance(text, str) else str(text)
        hit = self._cell_cache.get(key)
        if hit is None:
            hit = self._cell_cache[key] = self._resolve_cell(key)
        return hit

    def _resolve_cell(self, text: str) -> CellUnits:
        written = split_cell(text) if text.strip() else []
        names: dict[str, None] = {}
        problems: dict[Problem, None] = {}
        for piece in written:
            m = self.match(piece)
            names.update(dict.fromkeys(m.names))
            if m.problem is not None:
                problems[m.problem] = None
        return CellUnits(tuple(names), tuple(written), tuple(problems))
