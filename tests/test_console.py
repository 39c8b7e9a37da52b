"""Console text for clerks: lines measured and broken by display width."""
from __future__ import annotations

import pytest

from ledger.console import display_width, wrap

WRAPPED = [  # (text, width, exp)
    ("检查任务清单、任务分解表和单位名录", 10, ["检查任务清", "单、任务分", "解表和单位", "名录"]),
    ("一二三四。，", 8, ["一二三", "四。，"]),  # one closing mark hangs, a second takes a character down
    ("一二三四（五", 8, ["一二三四", "（五"]),  # an opening mark goes down with what follows
    ("运行 ledger split --period 第10周", 16, ["运行 ledger", "split --period", "第10周"]),
    ("abcdefghijklmnopqrstuvwxy", 10, ["abcdefghij", "klmnopqrst", "uvwxy"]),  # a run wider than a line
    ("第一行\n第二行", 40, ["第一行", "第二行"]),
    ("", 10, [""]),
]


@pytest.mark.parametrize("text, width, exp", WRAPPED)
def test_wrap_breaks_by_display_width(text, width, exp):
    got = wrap(text, width)
    assert got == exp
    assert "".join(got).replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_wrapped_lines_stay_within_the_width_but_for_one_hanging_mark():
    text = "汇总各单位报送的填报表（文件或文件夹；默认：回收/本期 文件夹），并生成汇总台账。" * 3
    for width in range(8, 60):
        assert all(display_width(line) <= width + 2 for line in wrap(text, width)), width
