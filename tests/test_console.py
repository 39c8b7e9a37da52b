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


def columns_of(line: str, widths: tuple[int, ...]) -> list[str]:
    """A table line cut back into its cells by display width (two spaces between)."""
    cells, cell, col, c = [], "", 0, 0
    for ch in line:
        if c < len(widths) - 1 and col >= sum(widths[:c + 1]) + 2 * c + 2:
            cells.append(cell.strip())
            cell, c = "", c + 1
        cell += ch
        col += display_width(ch)
    return cells + [cell.strip()] + [""] * (len(widths) - len(cells) - 1)


def test_findings_table_wraps_location_and_message_instead_of_cutting_them():
    from ledger.console import findings_table
    from ledger.findings import Finding

    book = "海盐县发展和改革局_2026年第48周.xlsx"
    message = f"《{book}》“任务进展”表 D5 单元格（完成状态）填的是“正常推进”，不是下拉选项中的值，已按“推进中”汇总。"
    found = [Finding("status-normalized", "warning", message, book, "任务进展", "D5", "正常推进", "请让报送单位从下拉选项中选择。"),
             Finding("file-rejected", "error", "《财政局-第48周(1).xlsx》未汇总：文件已损坏。", "财政局-第48周(1).xlsx", "", "",
                     "", "请联系报送单位重新报送。")]
    widths = (4, 30, 56, 40)
    text = findings_table(found)
    assert "…" not in text
    lines = text.splitlines()
    assert all(display_width(line) <= sum(widths) + 2 * (len(widths) - 1) for line in lines)  # the width kept
    starts = [i for i, line in enumerate(lines) if line[:2] in ("提醒", "错误")]
    rows = [[columns_of(line, widths) for line in lines[a:b]] for a, b in zip(starts, starts[1:] + [len(lines)])]
    whole = [["".join(cells[c] for cells in row).replace(" ", "") for c in range(4)] for row in rows]
    assert whole[0] == ["提醒", f"{book}/任务进展/D5", message.replace(" ", ""), "请让报送单位从下拉选项中选择。"]
    assert whole[1] == ["错误", "财政局-第48周(1).xlsx", "《财政局-第48周(1).xlsx》未汇总：文件已损坏。", "请联系报送单位重新报送。"]
