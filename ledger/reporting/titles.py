"""Titles and document names as GB/T 9704 wants them written.

- A title too long for one line is broken where the meaning allows (7.3.3:
  词意完整，排列对称): after the place name, before a verb that opens a phrase
  (加强、推进 …), before 进展情况的通报; never inside a word. Of the breaks that fit,
  the fewest lines, then the most even lengths, then lines growing downwards (梯形).
  A "|" in a title the clerk wrote (ledger.toml [report] title) is a break of their own.
- 《》 go around the title of a document only (…实施方案, …意见), not around a
  subject such as "平罗县深化改革加强食品安全工作".
"""
from __future__ import annotations

import re
from itertools import combinations

from .figures import width

TITLE_WIDTH = 20  # characters of 2号 type (22 pt) in the 156 mm type area
MANUAL_BREAK = "|"
PHRASE_HEADS = ("加强", "深化", "推进", "推动", "开展", "做好", "实施", "落实", "促进", "提升", "创建", "建设", "巩固",
                "打造", "强化", "持续", "全面", "进一步", "扎实", "加快", "完善", "健全", "优化", "深入")
ENDINGS = ("进展情况的通报", "情况的通报", "的通报")
DOCUMENT_KINDS = ("方案", "意见", "规划", "计划", "办法", "通知", "决定", "纲要", "规定", "细则", "要点", "清单", "决议")
_PLACE = re.compile(r"^(?:关于)?(.{1,12}?(?:省|自治区|市|自治州|州|盟|县|自治县|区|旗|镇|乡))")


def subject_of(plan_title: str) -> str:
    """"平罗县深化改革加强食品安全工作实施方案" -> "平罗县深化改革加强食品安全工作"."""
    return re.sub(r"(的)?(实施方案|工作方案|行动方案|方案)$", "", plan_title.strip())


def document_ref(plan_title: str) -> str:
    """The plan as the text names it: 《…实施方案》 when it is a document's title, else as written."""
    plan = plan_title.strip().strip("《》")
    return f"《{plan}》" if plan.endswith(DOCUMENT_KINDS) else plan


def _breaks(title: str) -> list[int]:
    """Where a new line may start: after the place name, before a phrase head, before the ending."""
    found = set()
    m = _PLACE.match(title)
    if m:
        found.add(m.end())
    for head in PHRASE_HEADS:
        found.update(m.start() for m in re.finditer(head, title))
    for ending in ENDINGS:
        if title.endswith(ending):
            found.add(len(title) - len(ending))
            break
    return sorted(p for p in found if 2 <= p <= len(title) - 2)


def title_lines(title: str, limit: float = TITLE_WIDTH) -> list[str]:
    """The title's lines (see the module docstring)."""
    if MANUAL_BREAK in title:
        return [part.strip() for part in title.split(MANUAL_BREAK) if part.strip()]
    title = re.sub(r"\s+", "", title)
    if width(title) <= limit:
        return [title]
    points = _breaks(title)
    for count in range(1, 4):
        best: tuple | None = None
        for cut in combinations(points, count):
            edges = (0, *cut, len(title))
            lines = [title[a:b] for a, b in zip(edges, edges[1:])]
            sizes = [width(line) for line in lines]
            if max(sizes) > limit:
                continue
            key = (max(sizes) - min(sizes), sizes != sorted(sizes), lines)
            best = key if best is None or key < best else best
        if best:
            return best[2]
    step = int(limit)  # no break of meaning fits: even lines
    rows = -(-len(title) // step)
    size = -(-len(title) // rows)
    return [title[i:i + size] for i in range(0, len(title), size)]
