"""The `ledger` command: thin click commands over the library.

Each command makes one call to its library twin (``ledger merge`` calls
``ledger.merging.merge``, exported as ``ledger.merge``) and prints what it
returns: ``--json`` prints exactly the result's ``to_dict()`` on stdout (one
JSON object, UTF-8), human text goes to stderr; ``--result FILE`` writes the
same JSON to a file. The exit code is the result's ``exit_code``: 0 done, 1 done
with data errors, 3 a file not written. Failures are exceptions, turned into
exit codes here and only here: 2 usage error, 3 file problem, 4 internal error.
Never a prompt; tracebacks only with --debug (the log file keeps them).

The twins are imported inside each command, so ``ledger --help`` loads none of
the libraries that read and write Excel and Word files.
"""
from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .cli_text import LedgerGroup, chinese, usage_message
from .console import SEVERITY_LABEL, Progress, configure_streams, display_width, findings_table, table, wrap
from .errors import LedgerError, UsageError
from .io.atomic import atomic_path
from .periods import PERIOD_FORMS
from .workspace import FOLDERS, Workspace, find_root, open_workspace

if TYPE_CHECKING:
    from .city import CityStatusResult
    from .exporting import ExportResult
    from .merging import MergeResult
    from .readiness import DoctorResult
    from .results import CommandResult, FindingsResult
    from .splitting import SplitResult

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_FILE, EXIT_INTERNAL = 0, 1, 2, 3, 4
PERIOD_HELP = f"报送周期：{PERIOD_FORMS}（默认：已下发的最近一期，按日期而非下发先后）。"
WORKERS = click.option("--workers", type=int, metavar="N",
                       help="同时工作的进程数（默认：本机 CPU 数；1：只用本进程）。")


@dataclass
class Outcome:
    """What a run prints: the JSON object, the human lines, and the exit code."""

    payload: dict[str, Any]
    lines: list[str]
    code: int


@dataclass
class Options:
    workspace: Path | None
    json: bool
    result: Path | None
    debug: bool
    quiet: bool
    log_near: Path | None = None  # ledger init: the folder it makes (its log goes there, or beside it)


def common(fn: Callable[..., Outcome]) -> Callable[..., None]:
    """-w/--workspace, --json, --result, --debug, --quiet on every command."""
    @click.option("-w", "--workspace", type=click.Path(path_type=Path), default=None, metavar="文件夹",
                  help="工作区文件夹（默认：当前文件夹或其上级中的工作区）。")
    @click.option("--json", "as_json", is_flag=True, help="以 JSON 输出结果（供宏和脚本调用）。")
    @click.option("--result", type=click.Path(path_type=Path), default=None,
                  help="另将 JSON 结果写入此文件（UTF-8）。")
    @click.option("--debug", is_flag=True, help="出错时显示技术细节。")
    @click.option("-q", "--quiet", is_flag=True, help="只输出结果，不显示过程信息。")
    @functools.wraps(fn)
    def wrapper(workspace, as_json, result, debug, quiet, **kwargs):
        opts = Options(workspace, as_json, result, debug, quiet)
        _run(opts, click.get_current_context().info_name or "", lambda: fn(opts, **kwargs))
    return wrapper


def _run(opts: Options, command: str, body: Callable[[], Outcome]) -> None:
    try:
        outcome = body()
    except LedgerError as exc:
        outcome = _failure(command, exc.exit_code, type(exc).__name__, exc.message + _notes(exc), exc.path)
    except Exception as exc:  # a bug: keep the traceback in the log, not on the console
        log, where = _log_exception(opts, command)
        if opts.debug:
            import traceback  # a failure's modules (logging, tempfile, traceback) load only on one

            traceback.print_exc()
        outcome = _failure(command, EXIT_INTERNAL, type(exc).__name__,
                           f"程序内部错误（{type(exc).__name__}）。详细信息已写入日志《{log}》（{where}），"
                           "请将该日志发给技术支持人员。" + _notes(exc), None)
    sys.exit(_emit(opts, outcome))


def _failure(command: str, code: int, kind: str, message: str, path: str | None) -> Outcome:
    payload = {"ok": False, "command": command, "exit_code": code,
               "error": {"type": kind, "message": message, "file": path}}
    return Outcome(payload, [f"错误：{message}"], code)


def _emit(opts: Options, outcome: Outcome) -> int:
    """Print (and write to --result) what a command gave; return the exit code."""
    # the JSON only when asked for: an import's lists every task it added (4.8 MB, 50 ms on 50,000)
    text = json.dumps(outcome.payload, ensure_ascii=False, indent=None, default=str) if opts.result or opts.json else ""
    if opts.result:
        problem = _write_result(opts.result, text)
        if problem:  # the command's work is done; only its result file is missing
            code = max(outcome.code, EXIT_FILE)
            payload = {**outcome.payload, "exit_code": code, "result_file_error": problem}
            text = json.dumps(payload, ensure_ascii=False, indent=None, default=str)
            lines = [] if opts.quiet else outcome.lines
            outcome = Outcome(payload, [*lines, f"错误：{problem}"], code)
    human = "\n".join(outcome.lines)
    if opts.json:
        if human and not opts.quiet:
            click.echo(human, err=True)
        sys.stdout.buffer.write((text + "\n").encode("utf-8"))
        sys.stdout.flush()
    elif human and not (opts.quiet and outcome.code < EXIT_USAGE):
        click.echo(human, err=outcome.code >= EXIT_USAGE)
    return outcome.code


def _write_result(path: Path, text: str) -> str:
    """Write the --result file atomically; a message saying what to do when it cannot be written."""
    try:
        with atomic_path(path) as tmp:
            tmp.write_text(text + "\n", encoding="utf-8")
    except LedgerError as exc:
        return f"{exc.message}命令本身已执行完毕，但结果文件没有写成：请换一个可写入的位置，用 --result 重新指定后再运行。"
    except OSError as exc:
        return (f"无法写入结果文件《{path}》：{exc.strerror or exc}。命令本身已执行完毕，但结果文件没有写成："
                "请检查该文件夹是否存在、是否有写入权限，或换一个位置，用 --result 重新指定后再运行。")
    return ""


def _notes(exc: BaseException) -> str:
    """What the library added on the way out (e.g. what a failed init took back)."""
    return "".join(getattr(exc, "__notes__", ()))


def _log_places(opts: Options) -> list[tuple[Path, str]]:
    """Where the log of a failed run may go, in order, each with how the message names it:
    the workspace's 日志 folder; for init, beside the folder it was making; the user's home."""
    places = []
    try:  # this must not fail itself
        if opts.log_near is not None:
            root = opts.log_near if (opts.log_near / FOLDERS["logs"]).is_dir() else None
        else:
            root = find_root(opts.workspace) if opts.workspace is None or opts.workspace.exists() else None
        if root is not None:
            places.append((Path(root) / FOLDERS["logs"] / "ledger.log", "工作区的日志文件夹"))
    except Exception:
        pass
    if opts.log_near is not None:
        near = opts.log_near.resolve()
        places.append((near.parent / f"ledger-{near.name}.log", "工作区没有建成，日志放在它旁边"))
    import tempfile

    places += [(Path.home() / "ledger.log", "您的用户文件夹"), (Path(tempfile.gettempdir()) / "ledger.log", "临时文件夹")]
    return places


def _log_exception(opts: Options, command: str) -> tuple[Path, str]:
    """Write the traceback to the first place that takes it: (the log, where it is, in words)."""
    import logging

    for log, where in _log_places(opts):
        try:
            if log.parent.is_dir() or where == "工作区的日志文件夹":
                log.parent.mkdir(parents=True, exist_ok=True)
                with log.open("a", encoding="utf-8"):
                    pass
                logging.basicConfig(filename=log, encoding="utf-8", level=logging.ERROR, force=True)
                break
        except OSError:
            continue
    logging.getLogger("ledger").exception("ledger %s failed; argv=%s", command, sys.argv)
    return log, where


def _place_text(scope: str, parent: str) -> str:
    if scope == "city":
        return "市级工作区"
    return f"县（区）工作区，所属市级工作区编号 {parent}" if parent else "县（区）工作区，不属于市级工作区"


def _done(result: CommandResult, lines: list[str]) -> Outcome:
    return Outcome(result.to_dict(), lines, result.exit_code)


def _with_findings(result: FindingsResult, lines: list[str], then: str = "") -> Outcome:
    """The lines, then the findings as a table and their count, then what to do next."""
    findings = result.findings
    counts = Counter(f.severity for f in findings)
    if findings:
        lines += ["", findings_table(findings)]
    lines.append(f"共 {counts['error']} 个错误，{counts['warning']} 个提醒。"
                 + ("请按“建议”修改后重新检查。" if counts["error"] else ""))
    return _done(result, lines + ([then] if then else []))


def _argument(path: Path) -> str:
    """A file as the clerk typed it, quoted when it holds a space."""
    return f'"{path}"' if " " in str(path) else str(path)


def _progress(opts: Options, label: str) -> Progress:
    return Progress(label, enabled=not (opts.quiet or opts.json))


def _maybe_workspace(opts: Options) -> Workspace | None:
    if opts.workspace is not None or find_root() is not None:
        return open_workspace(opts.workspace)
    return None


class Main(LedgerGroup):
    """`ledger`, speaking Chinese: click's own errors too keep the JSON contract and
    exit code 2, whether run from the console or by click's test runner."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        argv = sys.argv[1:] if args is None else list(args)
        with chinese():
            if not standalone_mode:
                return super().main(argv, prog_name or "ledger", complete_var, False, **extra)
            try:
                code = super().main(argv, prog_name or "ledger", complete_var, False, **extra)
            except click.exceptions.Abort:
                sys.exit(EXIT_USAGE)
            except click.ClickException as exc:
                ctx = getattr(exc, "ctx", None)  # the parser's own errors come without one
                command = (ctx.info_name if ctx is not None and ctx.parent is not None
                           else next((a for a in argv if a in self.commands), ""))
                message = usage_message(exc, f"ledger {command}".rstrip())
                _emit(Options(None, "--json" in argv, None, False, False),
                      _failure(command, EXIT_USAGE, "UsageError", message, None))
                sys.exit(EXIT_USAGE)
        sys.exit(code if isinstance(code, int) else EXIT_OK)


@click.group(name="ledger", cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="ledger", message="%(prog)s 版本 %(version)s", help="显示版本号并退出。")
def main() -> None:
    """ledger：任务台账工具——读取任务清单、检查、下发、回收汇总、生成通报。

    第一次使用：先用 ledger init 建工作区，再按下面的顺序使用各命令。每个命令的说明和示例：ledger 命令 --help，如 ledger split --help。
    """


@main.command(name="init", short_help="建工作区（第一步）",
              epilog="ledger init 食安办台账 --organ 平罗县食品安全委员会办公室")
@click.argument("directory", required=False, metavar="[文件夹]", type=click.Path(path_type=Path))
@click.option("--organ", default="", metavar="名称", help="发文机关名称，写入 ledger.toml。")
@click.option("--plan-title", default="", metavar="名称", help="实施方案名称，写入 ledger.toml。")
@click.option("--database", default="", metavar="URL",
              help="数据存入 PostgreSQL（如 postgresql://用户@服务器:5432/ledger）；不写则用工作区中的 ledger.db。")
@click.option("--scope", type=click.Choice(["county", "city"]), default=None,
              help="county：县（区）台账（默认）；city：市级汇总工作区（status/export --all）。"
                   "对已有工作区：改为该级别。")
@click.option("--parent", default=None, metavar="编号",
              help="所属市级工作区的编号（县区工作区用）；对已有工作区：改到该市级工作区下（\"\" 为取消）。")
@common
def init_cmd(opts: Options, directory: Path | None, organ: str, plan_title: str, database: str,
             scope: str | None, parent: str | None) -> Outcome:
    """创建工作区：设置文件 ledger.toml、数据库和 下发/回收/台账/通报 文件夹。"""
    from .workspace import init

    opts.log_near = Path(directory or opts.workspace or Path.cwd()).absolute()
    result = init(directory or opts.workspace, organ, plan_title, database=database, scope=scope, parent=parent)
    verb = "已创建" if result.created else "已存在，已补齐缺少的文件夹"
    lines = [f"工作区{verb}：{result.workspace.root}"]
    if result.moved_from:
        lines.append(f"已改为{_place_text(result.scope, result.parent)}（原为{_place_text(*result.moved_from)}），"
                     "数据库和 ledger.toml 都已更新。")
    if result.dba_sql:
        lines += [f"数据库：{result.database}（工作区编号 {result.workspace_id}）",
                  "请把下面的 SQL 交给数据库管理员执行一次（为本工作区建账号、授权；说明见 docs/POSTGRES.md）：",
                  "", result.dba_sql]
    lines.append("下一步：ledger import 任务清单.xlsx --units 单位名录.xlsx")
    return _done(result, lines)


@main.command(name="import", short_help="导入任务清单、任务分解表和单位名录",
              epilog="ledger import 任务清单.xlsx --breakdown 任务分解表.xlsx --units 单位名录.xlsx")
@click.argument("tasklist", required=False, metavar="[任务清单]", type=click.Path(path_type=Path))
@click.option("--breakdown", type=click.Path(path_type=Path), help="任务分解表文件。")
@click.option("--units", type=click.Path(path_type=Path), help="单位名录文件。")
@common
def import_cmd(opts: Options, tasklist: Path | None, breakdown: Path | None, units: Path | None) -> Outcome:
    """把任务清单（及任务分解表、单位名录）导入工作区；再次导入会记录新版本。"""
    if tasklist is None and units is None:
        raise UsageError("请指定要导入的任务清单文件，或用 --units 指定单位名录。")
    if breakdown is not None and tasklist is None:
        raise UsageError("导入任务分解表时须同时指定任务清单文件。")
    if tasklist is not None:
        from .io.grid import prefetch

        prefetch(tasklist)  # its sheets parsed on the other core while the import's modules load
    from .imports import import_files

    result = import_files(open_workspace(opts.workspace), tasklist, breakdown=breakdown, units=units)
    lines = [f"单位名录：已导入 {result.units} 个单位。"] if units else []
    if tasklist:
        lines.append(f"任务清单第 {result.version} 版：共 {result.tasks} 项任务，新增 {len(result.added)}，"
                     f"修改 {len(result.changed)}，删除 {len(result.removed)}，未变 {result.unchanged}。")
        for label, items in (("新增", result.added), ("修改", result.changed), ("删除", result.removed)):
            lines += [f"  {label}：{x['number']} {x['text']}" for x in items[:20]]
    then = (f"下一步：ledger check {_argument(tasklist)} 检查（加 --report 检查报告.xlsx 可在表中标出问题），"
            "或 ledger split 下发本期填报表。" if tasklist else
            "下一步：ledger import 任务清单.xlsx 导入任务清单（已导入过的，运行 ledger split 下发本期填报表）。")
    return _with_findings(result, lines, then)


@main.command(name="check", short_help="检查任务清单，列出要改的问题",
              epilog="ledger check 任务清单.xlsx --report 检查报告.xlsx")
@click.argument("tasklist", metavar="任务清单", type=click.Path(path_type=Path))
@click.option("--breakdown", type=click.Path(path_type=Path), help="任务分解表文件。")
@click.option("--units", type=click.Path(path_type=Path), help="单位名录文件（不指定时用工作区中的名录）。")
@click.option("--report", type=click.Path(path_type=Path), help="生成检查报告（.xlsx）：问题单元格标色并加批注。")
@common
def check_cmd(opts: Options, tasklist: Path, breakdown: Path | None, units: Path | None,
              report: Path | None) -> Outcome:
    """检查任务清单、任务分解表和单位名录：单位、时限、编号等问题。"""
    from .validate import check

    if report is not None and report.suffix.lower() != ".xlsx":
        raise UsageError("--report 的文件名应以 .xlsx 结尾，如 检查报告.xlsx。")
    result = check(tasklist, breakdown=breakdown, units=units, workspace=_maybe_workspace(opts), report=report)
    tl = result.tasklist
    lines = [f"《{tasklist.name}》：读到 {len(tl.tasks)} 项任务"
             + (f"，{len(tl.measures)} 条分解措施" if tl.measures else "") + "。"]
    if not result.roster_source:
        lines.append("未提供单位名录：单位名称按原文拆分，未做核对。可用 --units 指定单位名录。")
    if result.report:
        lines.append(f"检查报告：{result.report}")
    return _with_findings(result, lines)


@main.command(name="units", short_help="查看单位名录，或从任务清单生成名录草稿",
              epilog="ledger units --suggest 任务清单.xlsx")
@click.argument("files", nargs=-1, metavar="[任务清单]...", type=click.Path(path_type=Path))
@click.option("--suggest", is_flag=True, help="从任务清单中的单位名称生成单位名录草稿。")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="草稿文件名（默认：单位名录草稿.xlsx）。")
@click.option("--overwrite", is_flag=True, help="草稿文件已存在时覆盖（原文件先备份）。")
@common
def units_cmd(opts: Options, files: tuple[Path, ...], suggest: bool, output: Path | None,
              overwrite: bool) -> Outcome:
    """列出工作区的单位名录；--suggest 从任务清单生成单位名录草稿供确认。"""
    from .unit_list import SuggestResult, units

    result = units(_maybe_workspace(opts), files, suggest=suggest, output=output, overwrite=overwrite)
    if not isinstance(result, SuggestResult):
        rows = [("单位名称", "分组", "简称/别名")] + [(u.name, u.group, "、".join(u.aliases)) for u in result.units]
        return _done(result, [table(rows, (30, 16, 40)), f"共 {len(result.units)} 个单位。"])
    lines = [f"从 {result.names} 个单位名称中归并出 {len(result.clusters)} 个单位，草稿已写入：{result.output}",
             "请打开草稿，核对“待确认”列，修改后用 ledger import --units 导入。"]
    if result.backup:
        lines.append(f"原文件已备份为：{result.backup}")
    return _done(result, lines)


@main.command(name="split", short_help="为各单位生成本期填报表和下发清单",
              epilog="ledger split --period 第10周")
@click.option("--period", metavar="周期", help=f"报送周期：{PERIOD_FORMS}（默认：本周/本月）。")
@click.option("-o", "--output", type=click.Path(path_type=Path), metavar="文件夹", help="输出文件夹（默认：工作区 下发/周期）。")
@click.option("--force", is_flag=True, help="本期已有下发文件时重新生成（旧文件移到“已替换”子文件夹）。")
@click.option("--allow-unknown-units", is_flag=True, help="单位名录中没有的单位也照常下发。")
@WORKERS
@common
def split_cmd(opts: Options, period: str | None, output: Path | None, force: bool,
              allow_unknown_units: bool, workers: int | None) -> Outcome:
    """为每个单位生成本期任务进展填报表（可直接在 Excel/WPS 中填写），并生成下发清单。"""
    from .splitting import split

    ws = open_workspace(opts.workspace)
    result = split(ws, period, output=output, force=force, allow_unknown=allow_unknown_units, workers=workers,
                   progress=_progress(opts, "正在生成填报表"))
    then = (f"下一步：把文件夹中的填报表发给各单位；单位填报后发回的文件放入《{ws.period_folder('incoming', result.period)}》，"
            "再运行 ledger merge 汇总。" if result.outputs else "")
    return _with_findings(result, _split_lines(result), then)


def _split_lines(result: SplitResult) -> list[str]:
    lines = []
    if result.outputs:
        lines.append(f"{result.period.label}：已为 {len(result.outputs)} 个单位生成填报表，"
                     f"共 {sum(o['tasks'] for o in result.outputs)} 行任务。")
        lines.append(f"文件夹：{result.folder}")
        lines.append(f"下发清单：{result.dispatch_list}")
    elif not result.ok:
        lines.append("未生成任何文件：有单位不在单位名录中（见下表）。")
    if result.skipped:
        lines.append(f"没有任务、未生成文件的单位（{len(result.skipped)} 个）："
                     + "、".join(s["unit"] for s in result.skipped))
    if result.interrupted:
        lines.append("上次生成本期填报表时中途停止（文件不全），本次已重新生成。")
    if result.set_aside:
        lines.append(f"本期原有文件已移到：{result.set_aside}")
    return lines


@main.command(name="merge", short_help="汇总各单位报回的填报表，生成汇总台账",
              epilog="ledger merge --period 第10周")
@click.argument("inputs", nargs=-1, metavar="[文件或文件夹]...", type=click.Path(path_type=Path))
@click.option("--period", metavar="周期", help=PERIOD_HELP)
@click.option("--no-export", is_flag=True, help="只汇总入库，不生成汇总台账。")
@click.option("--as", "as_unit", metavar="单位", help="确认写明的文件（没有隐藏标识、待确认的）是该单位的本期报送。")
@click.option("--received", metavar="日期[时间]",
              help="各单位的表格最晚在此时已收到（如 2026-11-27 或“2026-11-27 17:30”），用于收到后隔了几天才存入回收"
                   "文件夹的情况；默认按文件存入回收文件夹的时间计，不晚于汇总时间。")
@WORKERS
@common
def merge_cmd(opts: Options, inputs: tuple[Path, ...], period: str | None, no_export: bool,
              as_unit: str | None, received: str | None, workers: int | None) -> Outcome:
    """汇总各单位报送的填报表（文件或文件夹；默认：回收/本期 文件夹），并生成汇总台账。"""
    from .merging import merge
    from .receipt import parse_received

    result = merge(open_workspace(opts.workspace), list(inputs) or None, period, export=not no_export,
                   progress=_progress(opts, "正在汇总"), as_unit=as_unit, workers=workers,
                   received_at=parse_received(received) if received else None)
    return _with_findings(result, _merge_lines(result))


def _merge_lines(result: MergeResult) -> list[str]:
    duplicates = sum(f.status == "duplicate" for f in result.files)
    lines = [f"{result.period.label}：收到 {len(result.files)} 个文件，汇总 {len(result.accepted)} 个，"
             f"重复 {duplicates} 个，未能汇总 {len(result.rejected)} 个，待确认 {len(result.pending)} 个。"]
    lines += [f"  未能汇总：{f.file}——{f.reason}" for f in result.rejected]
    lines += [f"  待确认：{f.file}——{f.reason}\n    核实后运行：ledger merge \"{f.path}\" --as {f.unit or '单位名称'}"
              for f in result.pending]
    lines += [f"  {f.unit}：《{f.file}》的保存时间早于已汇总的《{f.current_file}》，只存为历史记录"
              for f in result.accepted if f.older]
    lines += [f"  {f.unit}：重新报送，已替换上次报送（有变化的任务：{'、'.join(f.changed_tasks) or '无'}）"
              for f in result.accepted if f.superseded]
    if result.closed:
        lines.append(f"已按汇总台账中的“销号确认”销号：{'、'.join(result.closed)}")
    if result.missing_units:
        lines.append(f"尚未报送的单位（{len(result.missing_units)} 个）：{'、'.join(result.missing_units)}")
    if result.ledger:
        lines.append(f"汇总台账：{result.ledger}")
    return lines


@main.command(name="export", short_help="由数据库重新生成汇总台账",
              epilog="ledger export --period 第10周 -o 汇总台账-第10周.xlsx")
@click.option("--period", metavar="周期", help=PERIOD_HELP)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="输出文件（默认：台账/汇总台账.xlsx）。")
@click.option("--all", "all_workspaces", is_flag=True,
              help="市级工作区：生成全市汇总（每县区一张表，另有“全市”汇总表；默认：台账/全市汇总.xlsx）。")
@click.option("--workers", type=int, metavar="N",
              help="1：只用一个线程写；默认另用一个线程压缩，同时写下一批行；报送明细行数多时"
                   "（或写明 N）另用 N−1 个进程写报送明细（默认 N 为 CPU 数）。")
@common
def export_cmd(opts: Options, period: str | None, output: Path | None, all_workspaces: bool,
               workers: int | None) -> Outcome:
    """由数据库生成汇总台账（总台账、报送明细、未报送单位、逾期任务、单位汇总及图表）。"""
    from .exporting import export

    result = export(open_workspace(opts.workspace), period, output, all_workspaces=all_workspaces, workers=workers)
    if all_workspaces:
        return _done(result, [f"全市汇总：{result.path}（{len(result.counties)} 个县区）"])
    return _with_findings(result, _export_lines(result))


def _export_lines(result: ExportResult) -> list[str]:
    c = result.status.counts()
    return [f"{result.period.label} 汇总台账：{result.path}",
            f"任务 {c['tasks']} 项：已完成 {c['done']}，逾期 {c['overdue']}，待销号 {c['to_close']}。"]


@main.command(name="status", short_help="本期谁按时报了、谁逾期、谁没报",
              epilog="ledger status --period 上周")
@click.option("--period", metavar="周期", help=PERIOD_HELP)
@click.option("--all", "all_workspaces", is_flag=True, help="市级工作区：列出各县区的任务完成和报送情况。")
@common
def status_cmd(opts: Options, period: str | None, all_workspaces: bool) -> Outcome:
    """本期报送情况：哪些单位已按时报送、逾期报送、尚未报送。"""
    from .who_reported import status

    result = status(open_workspace(opts.workspace), period, all_workspaces=all_workspaces)
    if all_workspaces:
        return _done(result, _city_lines(result))
    rows = [("单位", "报送情况", "报送时间", "任务数", "已完成", "逾期")]
    rows += [(u.unit, u.reporting, u.received_at.replace("T", " "), str(u.tasks), str(u.done), str(u.overdue))
             for u in result.units]
    groups = result.by_reporting()
    return _done(result, [f"{result.period.label}（截止 {result.period.due_text}）："
                          + "，".join(f"{k} {len(v)} 个" for k, v in groups.items()),
                          table(rows, (30, 8, 19, 6, 6, 6))])


def _city_lines(result: CityStatusResult) -> list[str]:
    rows = [("县（区）", "报送周期", "任务数", "已完成", "逾期", "应报单位", "按时", "逾期报送", "未报送")]
    rows += [(c.name, c.period_label or "尚未下发", *(str(v) for v in (c.tasks, c.done, c.overdue, c.units, c.on_time,
                                                                   c.late, c.missing))) for c in result.counties]
    return [f"{result.city}：{len(result.counties)} 个县区", table(rows, (20, 14, 6, 6, 6, 8, 6, 8, 6))]


@main.command(name="close", short_help="销号，或撤销销号",
              epilog="ledger close 12 15 --note 佐证材料已核实")
@click.argument("numbers", nargs=-1, required=True, metavar="任务编号...")
@click.option("--reopen", is_flag=True, help="撤销销号（重新下发这些任务）。")
@click.option("--note", default="", help="销号说明。")
@common
def close_cmd(opts: Options, numbers: tuple[str, ...], reopen: bool, note: str) -> Outcome:
    """销号：确认任务已完成（按任务编号）；--reopen 撤销销号。"""
    from .closing import close

    result = close(open_workspace(opts.workspace), list(numbers), reopen=reopen, note=note)
    lines = [f"已{'撤销销号' if reopen else '销号'}：{'、'.join(result.done) or '无'}"]
    if result.unchanged:
        lines.append(f"{'本来就没有销号' if reopen else '此前已销号，未重复销号'}：{'、'.join(result.unchanged)}")
    lines += [f"{SEVERITY_LABEL[f.severity]}：{f.message}\n  建议：{f.suggestion}" for f in result.findings]
    return _done(result, lines)


@main.command(name="rotate-secret", short_help="更换工作区密钥",
              epilog="ledger rotate-secret")
@click.option("--revoke-old", is_flag=True, help="同时作废旧密钥（密钥可能泄露时用）：此前下发的填报表将不能汇总，须重新下发。")
@common
def rotate_secret_cmd(opts: Options, revoke_old: bool) -> Outcome:
    """更换工作区密钥（下发表格中的隐藏标识由它签名，见 docs/SECURITY.md）。"""
    from .workspace import rotate_secret

    result = rotate_secret(open_workspace(opts.workspace), revoke_old)
    return _done(result, ["已更换工作区密钥，此后下发的填报表使用新密钥。",
                          "旧密钥已作废：此前下发、尚未收回的填报表将不能汇总，请运行 ledger split --force 重新下发本期填报表。"
                          if revoke_old else "此前下发的填报表仍可正常汇总。"])


@main.command(name="demo", short_help="用示例文件演示完整流程",
              epilog="ledger demo 演示")
@click.argument("directory", required=False, metavar="[文件夹]", type=click.Path(path_type=Path))
@click.option("--overwrite", is_flag=True, help="文件夹已存在时改名保留后重新演示。")
@common
def demo_cmd(opts: Options, directory: Path | None, overwrite: bool) -> Outcome:
    """演示完整流程：用 samples/ 中的示例走一遍 导入→检查→下发→回收→汇总→通报。"""
    from .demonstration import demo

    def step(text: str) -> None:
        if not (opts.quiet or opts.json):
            click.echo(f"▶ {text}……", err=True)
    result = demo(directory or Path("ledger-演示"), overwrite=overwrite, progress=step)
    lines = ["演示完成。各步骤的输出："] + [f"  {what}：{where}" for what, where in result.steps]
    lines.append(f"模拟情况：{result.late_unit} 逾期报送，{result.missing_unit} 未报送，"
                 f"《{result.damaged_file}》是损坏文件（已列为未能汇总）。")
    return _done(result, lines)


@main.command(name="doctor", short_help="检查本机和工作区是否就绪",
              epilog="ledger doctor")
@common
def doctor_cmd(opts: Options) -> Outcome:
    """检查本机和工作区：工作区、数据库、字体、LibreOffice、通报模板，并说明如何修复。"""
    from .readiness import doctor

    result = doctor(opts.workspace)
    return _done(result, _doctor_lines(result))


def _doctor_lines(result: DoctorResult) -> list[str]:
    """Each check in a table, then how to fix what is not ready, in full (one line per
    advice, the checks sharing it named together), then a verdict that counts both kinds."""
    mark = {id(c): "✓" if c.ok else ("✗" if c.essential else "!") for c in result.checks}
    rows = [("", "检查项", "情况")] + [(mark[id(c)], c.name, c.detail) for c in result.checks]
    lines = [table(rows, (2, max(display_width(r[1]) for r in rows), max(display_width(r[2]) for r in rows)))]
    advice: dict[tuple[str, str], list[str]] = {}
    for c in result.checks:
        if not c.ok:
            advice.setdefault((mark[id(c)], c.fix), []).append(c.name)
    if advice:
        lines += ["", "如何处理："]
        for (sign, fix), names in advice.items():
            text = wrap(f"{sign} {'、'.join(names)}：{fix}", 74)
            lines += ["  " + text[0]] + ["    " + t for t in text[1:]]
    must, may = len(result.failed), sum(not c.ok and not c.essential for c in result.checks)
    if must:
        lines.append(f"有 {must} 项必须处理（标 ✗ 的项目）" + (f"，另有 {may} 项建议处理（标 ! 的项目）" if may else "")
                     + "，见上面的“如何处理”。")
    elif may:
        lines.append(f"可以使用，但还没有全部就绪：有 {may} 项建议处理（标 ! 的项目），见上面的“如何处理”。")
    else:
        lines.append("一切就绪。")
    return lines


@main.command(name="upgrade", short_help="升级数据库结构（新版 ledger 提示时）", epilog="ledger upgrade")
@common
def upgrade_cmd(opts: Options) -> Outcome:
    """升级工作区数据库的结构（新版 ledger 需要时；旧的 ledger.db 先备份）。"""
    from .upgrading import upgrade

    result = upgrade(open_workspace(opts.workspace))
    if not result.applied:
        return _done(result, [f"数据库结构已是最新（第 {result.after} 版）：{result.database}"])
    lines = [f"数据库结构已从第 {result.before} 版升级到第 {result.after} 版：{result.database}"]
    if result.backup:
        lines.append(f"升级前的数据库已备份为：{result.backup}")
    return _done(result, lines)


@main.command(name="migrate", short_help="把工作区的数据迁入 PostgreSQL 数据库",
              epilog="ledger migrate --to postgresql://ledger@10.1.2.3:5432/ledger")
@click.option("--to", "to", required=True, metavar="URL", help="目标 PostgreSQL 数据库，如 postgresql://用户@服务器:5432/ledger。")
@common
def migrate_cmd(opts: Options, to: str) -> Outcome:
    """把工作区的全部数据（各版任务清单、报送、历史、销号）迁入 PostgreSQL，核对行数后改用该数据库。"""
    from .migrating import migrate

    result = migrate(open_workspace(opts.workspace), to)
    return _done(result, [f"已迁入 {result.target}：共 {sum(result.counts.values())} 行，各表行数核对一致。",
                          f"ledger.toml 已改为使用该数据库；原数据库 {result.source} 保留未动，可作备份。"])


def _template_check(path: Path, kind: str) -> Outcome:
    from .reporting import check_template

    return _with_findings(check_template(path, kind), [f"模板《{path.name}》检查完毕。"])


@main.command(name="report", short_help="生成本期进展情况通报（Word）",
              epilog="ledger report --period 第10周 --pdf")
@click.option("--period", metavar="周期", help=PERIOD_HELP)
@click.option("-t", "--template", type=click.Path(path_type=Path), metavar="模板", help="通报模板（默认：templates/通报.docx）。")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="输出文件（默认：通报/…进展情况通报（第N期）.docx）。")
@click.option("--pdf", is_flag=True, help="同时用 LibreOffice 生成 PDF（未安装时只作提示）。")
@click.option("--check-template", "check", type=click.Path(path_type=Path), metavar="模板", help="只检查模板中的标记，不生成通报。")
@click.option("--date", "dated", metavar="日期", help="成文日期，如 2023-03-10（默认：本期报送截止日；本期尚未结束时为今天）。")
@common
def report_cmd(opts: Options, period: str | None, template: Path | None, output: Path | None, pdf: bool,
               check: Path | None, dated: str | None) -> Outcome:
    """生成本期进展情况通报（Word，公文格式）；--check-template 检查模板。"""
    from .reporting import report

    if check:
        return _template_check(check, "report")
    r = report(open_workspace(opts.workspace), period, template, output, pdf=pdf, dated=dated)
    lines = [f"{r.period.label} 通报（第{r.issue}期）：{r.output}"] + ([f"PDF：{r.pdf}"] if r.pdf else [])
    lines += r.notes + ([f"PDF 未能生成：{r.pdf_error}"] if r.pdf_error else [])
    return _done(r, lines)


@main.command(name="remind", short_help="为逾期或未报送的单位生成督办通知",
              epilog="ledger remind --period 上周 --pdf")
@click.option("--period", metavar="周期", help=PERIOD_HELP)
@click.option("-t", "--template", type=click.Path(path_type=Path), metavar="模板", help="督办通知模板（默认：templates/督办通知.docx）。")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), metavar="文件夹", help="输出文件夹（默认：通报/督办通知-周期）。")
@click.option("--check-template", "check", type=click.Path(path_type=Path), metavar="模板", help="只检查模板中的标记，不生成通知。")
@click.option("--pdf", is_flag=True, help="同时用 LibreOffice 把每份通知转为 PDF（未安装时只作提示）。")
@click.option("--date", "dated", metavar="日期", help="成文日期，如 2023-03-10（默认：今天；本期报送截止日之前须指定）。")
@common
def remind_cmd(opts: Options, period: str | None, template: Path | None, output_dir: Path | None,
               check: Path | None, pdf: bool, dated: str | None) -> Outcome:
    """为有逾期任务或未报送的单位各生成一份督办通知（Word）。"""
    from .reporting import remind

    if check:
        return _template_check(check, "remind")
    r = remind(open_workspace(opts.workspace), period, template, output_dir, dated=dated, pdf=pdf)
    lines = [f"已生成 {len(r.files)} 份督办通知" + (f"（另有 PDF {len(r.pdfs)} 份）" if r.pdfs else "") + f"：{r.folder}"]
    lines += [f"  {u['unit']}：{'未报送；' if u['missing'] else ''}逾期任务 {u['overdue']} 项" for u in r.units]
    return _done(r, lines + r.notes)


@main.command(name="extract", short_help="从实施方案提取任务清单",
              epilog="ledger extract 实施方案.docx --units 单位名录.xlsx")
@click.argument("plan", metavar="实施方案", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="任务清单文件名（默认：方案文件名-任务清单.xlsx，与方案同一文件夹）。")
@click.option("--units", type=click.Path(path_type=Path), help="单位名录文件：核对单位名称，修复缺字的单位名称。")
@click.option("--plan-year", type=int, metavar="年份", help="方案年度，用于“6月底前”等未写年份的完成时限。")
@click.option("--overwrite", is_flag=True, help="输出文件已存在时覆盖。")
@common
def extract_cmd(opts: Options, plan: Path, output: Path | None, units: Path | None, plan_year: int | None,
                overwrite: bool) -> Outcome:
    """从实施方案（.docx/.txt）提取任务清单：任务、牵头/责任/配合单位、完成时限和原文段落。"""
    from .extraction import extract

    result = extract(plan, output, units=units, plan_year=plan_year, overwrite=overwrite)
    lines = [f"《{plan.name}》：提取到 {len(result.tasks)} 项任务，任务清单已写入：{result.output}",
             "请打开任务清单，对照“原文段落”列核对后，用 ledger import 导入。"]
    if units is None:
        lines.append("未提供单位名录：单位名称按原文拆分，未做核对。可用 --units 指定单位名录。")
    return _with_findings(result, lines)


def cli() -> None:
    """Console entry point (``Main.main`` turns click's errors into exit code 2)."""
    configure_streams()
    main.main(prog_name="ledger")
