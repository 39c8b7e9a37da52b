"""A draft roster (单位名录草稿) from the unit names found: ``ledger units --suggest``.

Spellings that are probably one unit are clustered and given one canonical name
and a guessed group; the clerk checks the draft and imports it as the roster.
Nothing else uses this: matching written names against a roster is
``ledger.roster``, whose name rules (splitting a cell, group phrases, the
normalised key) the clustering reuses.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .roster import (canonical_words, has_place_prefix, is_group_phrase, is_unexpandable, looks_run_together,
                     normalize_name, split_cell)


@dataclass(frozen=True)
class Cluster:
    """Names that are probably one unit, for a draft roster."""

    canonical: str
    members: tuple[str, ...]
    group: str
    count: int


def _count_names(names: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for raw in names:
        for piece in split_cell(raw or ""):
            if not is_group_phrase(piece) and not is_unexpandable(piece):
                counts[piece] = counts.get(piece, 0) + 1
    return counts


def _cluster_links(keys: list[str], solo: set[int]) -> list[tuple[int, int]]:
    """Pairs of name indices that look like one unit."""
    from rapidfuzz import fuzz, process

    links: list[tuple[int, int]] = []
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key in first:
            links.append((first[key], i))
        else:
            first[key] = i
    distinct = [(k, i) for k, i in first.items() if i not in solo]
    dkeys = [k for k, _ in distinct]
    for a, (key, i) in enumerate(distinct):
        for _, _, b in process.extract(key, dkeys, scorer=fuzz.ratio, limit=None, score_cutoff=85):
            if b > a and dkeys[b][-1:] == key[-1:]:
                links.append((i, distinct[b][1]))
        for start in range(1, len(key) - 2):  # tail containment: 宁夏平罗县市场监管局 / 市场监管局
            j = first.get(key[start:])
            if j is not None and j not in solo:
                links.append((i, j))
    return links


def _pick_canonical(members: list[str], counts: dict[str, int]) -> str:
    placed = [m for m in members if has_place_prefix(m)]
    if placed:
        return max(placed, key=lambda m: (len(m), counts[m]))
    return max(members, key=lambda m: (counts[m], len(m)))


def _guess_group(name: str) -> str:
    key = canonical_words(name)
    return "乡镇" if re.search(r"(?:镇|乡|街道|办事处|镇政府|乡政府)$", key) else "县直部门"


def suggest_roster(names: Iterable[str]) -> list[Cluster]:
    """Cluster names (or whole cells) that are probably the same unit.

    Same normalised key, or fuzz.ratio >= 85 with the same last character, or one
    key the tail of the other (a dropped place prefix). Containment elsewhere is
    not used: 生态环境局 must not swallow 生态环境局平罗分局. Canonical: the longest
    member with a place prefix, else the most frequent. Clusters in first-seen order.
    """
    counts = _count_names(names)
    uniq = list(counts)
    keys = [normalize_name(u) for u in uniq]
    solo = {i for i, u in enumerate(uniq) if looks_run_together(u)}
    parent = list(range(len(uniq)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in _cluster_links(keys, solo):
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    clusters: dict[int, list[str]] = {}
    for i, name in enumerate(uniq):
        clusters.setdefault(root(i), []).append(name)
    out = []
    for members in clusters.values():
        canonical = _pick_canonical(members, counts)
        ordered = (canonical, *[m for m in members if m != canonical])
        out.append(Cluster(canonical, ordered, _guess_group(canonical),
                           sum(counts[m] for m in members)))
    return out
