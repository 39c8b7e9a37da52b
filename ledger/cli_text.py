"""Click's own text in Chinese, and help that a new user reads from the top.

click writes its words (Usage, Options, Show this message and exit, No such
option …) through gettext: each of its modules does ``from gettext import gettext
as _``. ``chinese()`` puts a lookup in ``MESSAGES`` in place of those names while
ledger's command line runs and restores them after, so nothing else in the
process sees a change. Messages click assembles from pieces (a missing argument,
an unknown option and its close match) are written whole by ``usage_message``.

``LedgerGroup`` and ``LedgerCommand`` lay the help out for Chinese text: columns
and line breaks by display width (a Chinese character is two columns wide),
commands in the order of the work (``WORKFLOW``) and an example under each
command's help (its ``epilog``). Bare ``ledger`` prints the help.

Only the command line imports this module; it loads nothing but click.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from .console import display_width, wrap

MESSAGES = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行 {command} {option} 查看用法。",
    "Aborted!": "已取消。",
    "Missing command.": "缺少命令。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "No such option {name!r}.": "没有“{name}”这个选项。",
    "No such option: {name}": "没有“{name}”这个选项。",
    "No such command {name!r}.": "没有“{name}”这个命令。",
    "No such command '{name}'.": "没有“{name}”这个命令。",
    "Did you mean {possibility}?": "是不是要写 {possibility}？",
    "Got unexpected extra argument ({args})": "多出了参数：{args}。文件名或文件夹名中有空格时，请用英文双引号把它括起来",
    "Option {name!r} requires an argument.": "选项“{name}”后面要写上它的值。",
    "Option {name!r} does not take a value.": "选项“{name}”后面不能写值。",
    "Argument {name!r} takes {nargs} values.": "参数“{name}”要写 {nargs} 个值。",
    "Invalid value for {param_hint}: {message}": "{param_hint}的值不对：{message}",
    "Invalid value: {message}": "值不对：{message}",
    "{value!r} is not a valid {number_type}.": "“{value}”不是数字。",
    "{value} is not in the range {range}.": "{value} 不在 {range} 的范围内。",
    "{value!r} is not {choice}.": "只能写{choices}，不能写“{value}”。",
    "{name} {filename!r} does not exist.": "{name}“{filename}”不存在。",
    "{name} {filename!r} is a file.": "“{filename}”是文件，这里要的是文件夹。",
    "{name} {filename!r} is a directory.": "“{filename}”是文件夹，这里要的是文件。",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
}
# click's modules that call gettext (those a version lacks are passed over).
_CLICK_MODULES = ("core", "exceptions", "formatting", "parser", "types", "decorators", "termui", "utils")
# Metavars of options that name none, by click type: "--units 文件", not "--units PATH".
TYPE_METAVARS = {"path": "文件", "text": "文字", "integer": "数字"}
# The commands in the order of the work; the others follow under 其他命令.
WORKFLOW = ("init", "import", "check", "split", "merge", "status", "report", "remind", "close", "export")
OTHERS = ("units", "extract", "doctor", "demo", "rotate-secret")
_END = "。？！"


def _gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return MESSAGES.get(singular, singular if n == 1 else plural)


@contextmanager
def chinese() -> Iterator[None]:
    """click speaks Chinese inside the block (and as before after it)."""
    import importlib

    saved = []
    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        for attr, ours in (("_", _gettext), ("ngettext", _ngettext)):
            if hasattr(module, attr):
                saved.append((module, attr, getattr(module, attr)))
                setattr(module, attr, ours)
    try:
        yield
    finally:
        for module, attr, theirs in reversed(saved):
            setattr(module, attr, theirs)


def sentence(text: str) -> str:
    """One clerk's sentence: 'x' quoted as “x” ('a', 'b' as “a”或“b”), ending in
    Chinese punctuation, once."""
    text = re.sub(r"'([^'\s][^']*)'", r"“\1”", text.strip()).replace("”, “", "”或“")
    text = text[:-1] if text.endswith(".") else text
    return text if text.endswith(tuple(_END)) else text + "。"


def _quoted(names: Iterable[str]) -> str:
    return "或".join(f"“{n}”" for n in names)


def _option_of_a_command(ctx: click.Context | None, name: str) -> click.Option | None:
    """The option ``name`` of the group's commands, when ``ctx`` is the group's."""
    if ctx is None or not isinstance(ctx.command, click.Group):
        return None
    return next((p for c in ctx.command.commands.values() for p in c.params
                 if isinstance(p, click.Option) and name in p.opts), None)


def _what_went_wrong(exc: click.ClickException, command: str) -> str:
    if isinstance(exc, click.MissingParameter) and isinstance(exc.param, click.Argument):
        return f"缺少{exc.param.human_readable_name.strip('[].')}。"
    if isinstance(exc, click.MissingParameter) and isinstance(exc.param, click.Option):
        return f"缺少选项“{max(exc.param.opts, key=len)}”。"
    if isinstance(exc, click.NoSuchOption):
        close = getattr(exc, "possibilities", None)
        later = _option_of_a_command(exc.ctx, exc.option_name)
        if later is not None:  # ledger -w 台账 split: the option belongs after the command
            value = "" if later.is_flag else f" {later.metavar}"
            example = command if command != "ledger" else "ledger status"
            return f"“{exc.option_name}”要写在命令名的后面，如 {example} {exc.option_name}{value}。"
        return f"没有“{exc.option_name}”这个选项。" + (f"是不是要写{_quoted(close)}？" if close else "")
    name, close = getattr(exc, "command_name", None), getattr(exc, "possibilities", None)
    if name is not None:  # click 8.4's NoSuchCommand
        return f"没有“{name}”这个命令。" + (f"是不是要写{_quoted(close)}？" if close else "")
    return sentence(exc.format_message())


def usage_message(exc: click.ClickException, command: str) -> str:
    """The whole message for a usage error in ``command`` ("ledger split"): what is
    wrong, then what to run. Call it inside ``chinese()``: click formats some
    messages only now."""
    return f"命令用法有误：{_what_went_wrong(exc, command)}运行 {command} --help 查看用法和示例。"


class LedgerFormatter(click.HelpFormatter):
    """click's help formatter, measuring and breaking lines by display width; lines
    end two columns short of ``width``, room for a closing mark that hangs."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        head = f"{' ' * self.current_indent}{prefix or '用法：'}{prog}"
        lines = wrap(args, max(self.width - display_width(head) - 3, 20))
        self.write(f"{head} {lines[0]}".rstrip() + "\n")
        self.buffer += [" " * (display_width(head) + 1) + line + "\n" for line in lines[1:]]

    def write_heading(self, heading: str) -> None:
        self.write(f"{' ' * self.current_indent}{heading}：\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        for i, paragraph in enumerate(paragraphs):
            self.buffer += ["\n"] if i else []
            for line in paragraph.splitlines():
                self.buffer += [indent + part + "\n" for part in wrap(line.strip(), self.width - len(indent) - 2)]

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first = min(max((display_width(term) for term, _ in rows), default=0), col_max) + col_spacing
        hang = " " * (self.current_indent + first)
        for term, text in rows:
            head = " " * self.current_indent + term
            if display_width(term) > first - col_spacing:  # a long term gets a line of its own
                self.write(head + "\n")
                head = hang
            lines = wrap(text, max(self.width - self.current_indent - first - 2, 20))
            self.write((head + " " * (len(hang) - display_width(head)) + lines[0]).rstrip() + "\n")
            self.buffer += [hang + line + "\n" for line in lines[1:]]


class LedgerContext(click.Context):
    formatter_class = LedgerFormatter


class _ChineseHelp:
    """What ledger's group and commands share: the context, metavars, the help option."""

    context_class = LedgerContext

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("options_metavar", "[选项]")
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, click.Option) and not param.is_flag and param.metavar is None:
                param.metavar = TYPE_METAVARS.get(param.type.name, param.metavar)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = "显示帮助并退出。"
        return option


class LedgerCommand(_ChineseHelp, click.Command):
    """A command whose help reads in Chinese, with its example (``epilog``) last."""

    def get_short_help_str(self, limit: int = 45) -> str:
        """The short help whole, never cut to ``limit`` characters with "...". """
        return (self.short_help or (self.help or "").strip().split("\n")[0]).strip()

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.epilog:
            with formatter.section("示例"):
                for line in self.epilog.strip().splitlines():
                    formatter.write(" " * formatter.current_indent + line.strip() + "\n")


class LedgerGroup(_ChineseHelp, click.Group):
    """The ``ledger`` group: commands listed in the order of the work, and bare
    ``ledger`` prints the help (exit 0) instead of a usage error."""

    command_class = LedgerCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        kwargs.setdefault("no_args_is_help", False)
        super().__init__(*args, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        order = {name: i for i, name in enumerate(WORKFLOW + OTHERS)}
        return sorted(self.commands, key=lambda name: (order.get(name, len(order)), name))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(0)
        return super().parse_args(ctx, args)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Commands first (the work's order, then the others), the group's options last."""
        self.format_commands(ctx, formatter)
        click.Command.format_options(self, ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        shown = [(name, cmd) for name in self.list_commands(ctx)
                 if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
        width = max((len(name) for name, _ in shown), default=0)  # one column for both lists
        for title, in_workflow in (("命令（按工作顺序）", True), ("其他命令", False)):
            rows = [(name.ljust(width), cmd.get_short_help_str()) for name, cmd in shown
                    if (name in WORKFLOW) == in_workflow]
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
