"""The 通报's chart: completion rate by unit, as a PNG at print resolution.

Drawn with a real CJK font found on the machine (no empty boxes): the first
family in ``CJK_FAMILIES`` that holds every character of the labels. When none
does, no chart is drawn and the caller says so, rather than print boxes.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..io.atomic import atomic_path
from .figures import first_group

DPI = 300
WIDTH_MM = 150
MAX_HEIGHT_MM = 160  # with 附件2's heading and the caption, one page: the chart is never pushed off half a page
MOST_BARS = 60  # more units: the 30 highest and the 30 lowest
CJK_FAMILIES = (
    "FangSong", "仿宋", "SimHei", "黑体", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Noto Serif CJK SC",
    "Source Han Sans SC", "Source Han Sans CN", "Source Han Serif SC", "Noto Sans SC", "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei", "PingFang SC", "Hiragino Sans GB", "SimSun", "宋体", "AR PL UMing CN",
    "Noto Sans CJK JP", "Noto Sans CJK TC",
)
GROUP_COLORS = ("#2F5597", "#C55A11", "#548235", "#7F6000", "#7030A0")  # no red: it reads as a warning
OTHER_COLOR = "#7F7F7F"


@dataclass(frozen=True)
class Bar:
    label: str  # unit name
    rate: float  # 0..1
    group: str


def cjk_font(text: str) -> str | None:
    """The first CJK font family on this machine that has a glyph for every character of ``text``."""
    from matplotlib import font_manager as fm

    wanted = {ord(ch) for ch in text if not ch.isspace()}
    for family in CJK_FAMILIES:
        try:
            path = fm.findfont(fm.FontProperties(family=family), fallback_to_default=False)
        except ValueError:
            continue
        try:
            font = fm.get_font(path)
        except (OSError, RuntimeError):
            continue
        if all(font.get_char_index(code) for code in wanted):
            return family
    return None


def report_chart(ctx: dict[str, Any], path: Path, groups: Iterable[str]) -> Path | None:
    """The chart of a 通报's context: its ``units`` by completion rate, coloured by peer group."""
    rows = sorted(ctx["units"], key=lambda u: (-u["rate"], u["unit"]))
    title = f"各单位任务完成率（{ctx['period']['label']}）"
    if len(rows) > MOST_BARS:
        half = MOST_BARS // 2
        rows, title = rows[:half] + rows[-half:], f"各单位任务完成率（{ctx['period']['label']}，前{half}名和后{half}名）"
    bars = [Bar(u["unit"], u["rate"] / 100, first_group(u["group"])) for u in rows]
    return completion_chart(bars, path, title, groups)


def _colors(bars: list[Bar], groups: Iterable[str]) -> tuple[list[str], dict[str, str]]:
    legend = {g: GROUP_COLORS[i % len(GROUP_COLORS)] for i, g in enumerate(groups)}
    return [legend.get(b.group, OTHER_COLOR) for b in bars], legend


def completion_chart(bars: list[Bar], path: Path, title: str, groups: Iterable[str] = ()) -> Path | None:
    """Horizontal bars, one per unit (in the order given), coloured by group.

    Returns the PNG path, or None when there is nothing to draw or no CJK font.
    """
    if not bars:
        return None
    groups = list(groups)
    family = cjk_font(title + "".join(b.label for b in bars) + "".join(groups) + "完成率其他单位")
    if family is None:
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    height_in = min(0.9 + 0.14 * len(bars), MAX_HEIGHT_MM / 25.4)
    fig, ax = plt.subplots(figsize=(WIDTH_MM / 25.4, height_in), dpi=DPI)
    try:
        _draw(ax, bars, family, title, groups)
        fig.tight_layout()
        with atomic_path(Path(path)) as tmp:
            fig.savefig(tmp, format="png", dpi=DPI)
    finally:
        plt.close(fig)
    return Path(path)


def _draw(ax, bars: list[Bar], family: str, title: str, groups: list[str]) -> None:
    from matplotlib.patches import Patch

    font = {"family": family}
    colors, legend = _colors(bars, groups)
    ys = list(range(len(bars)))[::-1]
    ax.barh(ys, [b.rate * 100 for b in bars], color=colors, height=0.7)
    ax.set_yticks(ys, [b.label for b in bars], fontdict={**font, "size": 6.5})
    for y, b in zip(ys, bars):
        ax.text(b.rate * 100 + 1, y, f"{b.rate * 100:.1f}%", va="center", fontsize=6, fontfamily=family)
    ax.set_xlim(0, 110)
    ax.set_xticks(range(0, 101, 20), [f"{x}%" for x in range(0, 101, 20)], fontsize=7)
    ax.set_xlabel("完成率", fontdict={**font, "size": 8})
    ax.set_title(title, fontdict={**font, "size": 10})
    ax.set_ylim(-0.7, len(bars) - 0.3)
    ax.spines[["top", "right"]].set_visible(False)
    handles = [Patch(color=c, label=g) for g, c in legend.items() if any(b.group == g for b in bars)]
    if any(b.group not in legend for b in bars):
        handles.append(Patch(color=OTHER_COLOR, label="其他单位"))
    if handles:
        ax.legend(handles=handles, loc="lower right", prop={"family": family, "size": 7}, frameon=False)
