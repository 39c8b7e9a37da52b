"""ledger/cli_text.py on its own: click's words in Chinese only inside chinese(),
whole sentences for usage errors, help laid out by display width."""
from __future__ import annotations

import gettext

import click
import pytest

from ledger.cli_text import LedgerGroup, chinese, sentence, usage_message
from ledger.console import display_width


@click.group(name="ledger", cls=LedgerGroup)
def group() -> None:
    """ledger：任务台账工具。"""


@group.command(name="split", short_help="为各单位生成本期填报表", epilog="ledger split --period 第10周")
@click.option("--period", metavar="周期", help="报送周期：按周写 本周、上周、第10周、2023年第10周或周内任一天（如 2023-03-08）。")
@click.option("-o", "--output", type=click.Path(), help="输出文件夹。")
def split(period, output):
    """为每个单位生成本期任务进展填报表（可直接在 Excel/WPS 中填写），并生成下发清单。"""


@group.command(name="units", short_help="查看单位名录")
@click.argument("files", nargs=-1, metavar="[任务清单]...")
def units(files):
    """列出工作区的单位名录。"""


@group.command(name="init", short_help="建工作区")
def init():
    """创建工作区。"""


def _help(*args: str) -> str:
    with chinese():
        ctx = group.make_context("ledger", list(args), resilient_parsing=True)
        with ctx:
            command = group.get_command(ctx, args[0]) if args else None
            if command is None:
                return ctx.get_help()
            return command.make_context(args[0], [], parent=ctx).get_help()


def test_click_speaks_chinese_only_inside_the_block():
    with chinese():
        assert click.core._("Options") == "选项" and click.exceptions.ngettext("Did you mean {possibility}?", "x", 2)
        assert click.formatting._("Usage:") == "用法："
    assert click.core._ is gettext.gettext and click.exceptions.ngettext is gettext.ngettext


def test_the_group_help_lists_the_work_first_then_the_others_then_options():
    exp = ("用法：ledger [选项] 命令 [参数]...\n"
           "\n"
           "  ledger：任务台账工具。\n"
           "\n"
           "命令（按工作顺序）：\n"
           "  init   建工作区\n"
           "  split  为各单位生成本期填报表\n"
           "\n"
           "其他命令：\n"
           "  units  查看单位名录\n"
           "\n"
           "选项：\n"
           "  --help  显示帮助并退出。")
    assert _help() == exp


def test_a_command_help_is_broken_by_display_width_with_its_example_last():
    got = _help("split")
    assert got.startswith("用法：ledger split [选项]\n")
    assert "  -o, --output 文件  输出文件夹。\n" in got
    assert got.endswith("\n示例：\n  ledger split --period 第10周")
    width = click.formatting.HelpFormatter().width
    assert all(display_width(line) <= width for line in got.splitlines())


SENTENCES = [  # (click's text, the clerk's sentence)
    ("选项“--period”后面要写上它的值.", "选项“--period”后面要写上它的值。"),
    ("'--plan-year'的值不对：'x'不是数字。", "“--plan-year”的值不对：“x”不是数字。"),
    ("缺少任务清单。", "缺少任务清单。"),
    ("是不是要写“--period”？", "是不是要写“--period”？"),
    ("多出了参数：b", "多出了参数：b。"),
]


@pytest.mark.parametrize("text, exp", SENTENCES)
def test_a_sentence_ends_once_in_chinese(text, exp):
    assert sentence(text) == exp


def test_usage_message_names_the_command_to_ask_for_help():
    with chinese():
        try:
            group.main(["split", "--perio", "x"], standalone_mode=False)
        except click.UsageError as exc:
            got = usage_message(exc, "ledger split")
    assert got == "命令用法有误：没有“--perio”这个选项。是不是要写“--period”？运行 ledger split --help 查看用法和示例。"
