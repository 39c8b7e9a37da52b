"""The command line: exit codes, the JSON contract, Chinese messages, bad input."""
from __future__ import annotations

import builtins
import json
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile
import pytest
import openpyxl

from conftest import SAMPLES, write_xlsx
import ledger
from ledger.io import grid as grid_module

PINGLUO = SAMPLES / "平罗县任务清单.xlsx"
ROSTER = SAMPLES / "平罗县单位名录.xlsx"
BREAKDOWN = SAMPLES / "平罗县任务分解表.xlsx"


def test_check_json_has_the_documented_shape(run_cli):
    r = run_cli("check", PINGLUO, "--units", ROSTER, "--json")
    data = r.json
    assert set(data) >= {"ok", "tasks", "findings", "exit_code"}
    assert len(data["tasks"]) == 118
    first = data["tasks"][0]
    assert set(first) == {"id", "source", "number", "clause", "label", "category", "title", "text", "lead",
                          "responsible", "cooperating", "deadline", "extra"}
    assert (first["number"], first["clause"], first["label"], first["title"], first["extra"]) == ("1", 0, "1", "", {})
    assert first["source"] == {"file": "平罗县任务清单.xlsx", "sheet": "任务清单", "row": 4}
    assert first["lead"] == ["平罗县卫生健康局"]
    assert first["deadline"] == {"text": "2020年10月底完成并长期坚持", "due": "2020-10-31", "ongoing": True}
    for f in data["findings"]:
        assert set(f) >= {"severity", "code", "file", "sheet", "cell", "message", "suggestion"}
    assert r.code == (1 if not data["ok"] else 0) == data["exit_code"]


def test_json_parity_with_the_library(run_cli):
    r = run_cli("check", PINGLUO, "--units", ROSTER, "--breakdown", BREAKDOWN, "--json")
    lib = ledger.check(PINGLUO, units=ROSTER, breakdown=BREAKDOWN).to_dict()
    data = r.json
    assert data["tasks"] == lib["tasks"]
    assert data["findings"] == lib["findings"]


def test_process_stdout_is_exactly_one_json_object(run_process, tmp_path):
    r = run_process("check", PINGLUO, "--json", "--result", tmp_path / "结果 文件.json")
    assert r.out.count("\n") == 1
    data = json.loads(r.out)
    assert data["ok"] is True and len(data["tasks"]) == 118
    assert json.loads((tmp_path / "结果 文件.json").read_text(encoding="utf-8")) == data
    assert "未提供单位名录" in r.err  # human text on stderr


def test_without_roster_names_are_kept_as_written(run_cli):
    data = run_cli("check", PINGLUO, "--json").json
    assert data["tasks"][0]["cooperating"] == ["市场监管局农业农村局"]
    codes = {f["code"] for f in data["findings"]}
    assert "units-run-together" in codes


def test_check_without_json_prints_a_table(run_cli):
    r = run_cli("check", SAMPLES / "五原县任务清单.xlsx", "--units", SAMPLES / "五原县单位名录.xlsx")
    assert r.code == 0
    assert "读到 44 项任务" in r.out
    assert "级别" in r.out and "建议" in r.out


def test_report_marks_cells_and_lists_findings(run_cli, tmp_path):
    report = tmp_path / "检查 报告.xlsx"
    r = run_cli("check", PINGLUO, "--units", ROSTER, "--report", report, "--json")
    assert r.json["report"] == str(report)
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames[0] == "检查结果"
    rows = list(wb["检查结果"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(r.json["findings"]) > 0
    f = r.json["findings"][0]
    cell = wb[f["sheet"]][f["cell"]]
    assert cell.comment is not None and f["message"] in cell.comment.text
    assert cell.fill.fgColor.rgb.endswith(("FFC7CE", "FFEB9C", "DDEBF7"))
    assert PINGLUO.stat().st_size > 0 and openpyxl.load_workbook(PINGLUO)["任务清单"]["D4"].comment is None


# --- bad input: exit 3 and a Chinese message naming the file -------------------------

def _assert_file_problem(r, name: str, words: str):
    assert r.code == 3, r.err
    data = r.json
    assert data["ok"] is False and data["exit_code"] == 3
    assert name in data["error"]["message"] and words in data["error"]["message"]
    assert "Traceback" not in r.err + r.out


def test_missing_file(run_cli, tmp_path):
    r = run_cli("check", tmp_path / "不存在 的文件.xlsx", "--json")
    _assert_file_problem(r, "不存在 的文件.xlsx", "找不到")


def test_not_a_workbook(run_cli, tmp_path):
    path = tmp_path / "通知.xlsx"
    path.write_text("这不是表格", encoding="utf-8")
    _assert_file_problem(run_cli("check", path, "--json"), "通知.xlsx", "无法作为 Excel 文件打开")


def test_empty_file(run_cli, tmp_path):
    path = tmp_path / "空文件.xlsx"
    path.write_bytes(b"")
    _assert_file_problem(run_cli("check", path, "--json"), "空文件.xlsx", "空文件")


def test_workbook_without_a_task_header(run_cli, tmp_path):
    path = write_xlsx(tmp_path / "会议签到表.xlsx", [["姓名", "单位", "电话"], ["张三", "市场监管局", "123"]])
    _assert_file_problem(run_cli("check", path, "--json"), "会议签到表.xlsx", "没有找到任务清单")


def test_password_protected_workbook(run_cli, tmp_path):
    plain = write_xlsx(tmp_path / "plain.xlsx", [["序号", "主要任务", "牵头单位"], ["1", "甲", "乙"]])
    locked = tmp_path / "加密 清单.xlsx"
    with open(plain, "rb") as src, open(locked, "wb") as dst:
        office = OOXMLFile(src)
        office.encrypt("secret", dst)
    _assert_file_problem(run_cli("check", locked, "--json"), "加密 清单.xlsx", "密码")


def test_file_open_in_another_program(run_cli, tmp_path, monkeypatch):
    """On Windows a workbook open in Excel/WPS refuses to open with a sharing
    violation (PermissionError); simulate exactly that at the open() call."""
    path = tmp_path / "正在编辑.xlsx"
    path.write_bytes(PINGLUO.read_bytes())
    real_open = builtins.open

    def sharing_violation(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "The process cannot access the file because it is being used by another process", str(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(builtins, "open", sharing_violation)
    _assert_file_problem(run_cli("check", path, "--json"), "正在编辑.xlsx", "正被其他程序占用")


def test_wps_et_file_is_refused_with_how_to_save(run_cli, tmp_path):
    path = tmp_path / "任务清单.et"
    path.write_bytes(b"\x00WPS-ET-not-a-known-container" * 10)
    _assert_file_problem(run_cli("check", path, "--json"), "任务清单.et", "另存为")


def test_usage_error_is_exit_2_with_json(run_process):
    r = run_process("check", "--no-such-option", "--json")
    assert r.code == 2
    assert json.loads(r.out)["ok"] is False
    assert "命令用法有误" in r.err


def test_internal_error_is_exit_4_without_traceback(run_cli, monkeypatch, tmp_path):
    def boom(*a, **k):
        raise ZeroDivisionError("bug")
    monkeypatch.setattr("ledger.validate.check", boom)  # the twin ledger check calls
    r = run_cli("check", PINGLUO, "--json")
    assert r.code == 4
    assert "程序内部错误" in r.json["error"]["message"] and "Traceback" not in r.err


def test_report_to_a_file_locked_by_excel_keeps_old_file(run_cli, tmp_path, monkeypatch):
    report = tmp_path / "检查报告.xlsx"
    report.write_bytes(b"old report")
    import os

    def locked(src, dst):
        raise PermissionError(13, "locked", str(dst))
    monkeypatch.setattr(os, "replace", locked)
    r = run_cli("check", PINGLUO, "--report", report, "--json")
    assert r.code == 3 and "正被其他程序占用" in r.json["error"]["message"]
    assert report.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["检查报告.xlsx"]


def test_grid_locked_error_names_the_file():
    err = grid_module.locked_error(Path("C:/台账/汇总 台账.xlsx"))
    assert err.exit_code == 3 and "汇总 台账.xlsx" in err.message


def test_help_lists_every_command(run_cli):
    r = run_cli("--help")
    for name in ("init", "import", "check", "units"):
        assert name in r.out


def test_progress_bar_only_on_a_terminal():
    import io as stdio
    from ledger.console import Progress

    class Tty(stdio.StringIO):
        def isatty(self):
            return True
    tty, pipe = Tty(), stdio.StringIO()
    for stream in (tty, pipe):
        bar = Progress("正在汇总", enabled=True, stream=stream)
        for i in range(1, 5):
            bar(i, 4)
    assert tty.getvalue().endswith("4/4\n") and "正在汇总" in tty.getvalue()
    assert pipe.getvalue() == ""
    quiet = Tty()
    Progress("x", enabled=False, stream=quiet)(1, 1)
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_console_output_reads_right_on_gbk_and_utf8_consoles(encoding, tmp_path):
    import os
    import subprocess
    import sys
    env = dict(os.environ, PYTHONIOENCODING=encoding, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    p = subprocess.run([sys.executable, "-m", "ledger", "check", str(PINGLUO)], capture_output=True, env=env,
                       cwd=tmp_path, timeout=120)
    text = p.stdout.decode(encoding)  # strict: every byte is valid in the console's code page
    assert "读到 118 项任务" in text and p.returncode == 0
    j = subprocess.run([sys.executable, "-m", "ledger", "check", str(PINGLUO), "--json"], capture_output=True,
                       env=env, cwd=tmp_path, timeout=120)
    assert json.loads(j.stdout.decode("utf-8"))["ok"] is True  # --json is UTF-8 whatever the console


def test_quiet_prints_nothing_on_success(run_cli):
    r = run_cli("check", PINGLUO, "-q")
    assert r.code == 0 and r.out == ""


# The command line as a new user meets it: click's own text in Chinese.

USAGE_ERRORS = [  # (arguments, the whole message on stderr)
    (["check"], "错误：命令用法有误：缺少任务清单。运行 ledger check --help 查看用法和示例。\n"),
    (["close"], "错误：命令用法有误：缺少任务编号。运行 ledger close --help 查看用法和示例。\n"),
    (["split", "--perio", "第10周"],
     "错误：命令用法有误：没有“--perio”这个选项。是不是要写“--period”？运行 ledger split --help 查看用法和示例。\n"),
    (["spilt"], "错误：命令用法有误：没有“spilt”这个命令。是不是要写“split”？运行 ledger --help 查看用法和示例。\n"),
    (["-w", "台账", "split"],
     "错误：命令用法有误：“-w”要写在命令名的后面，如 ledger split -w 文件夹。运行 ledger split --help 查看用法和示例。\n"),
    (["split", "--period"], "错误：命令用法有误：选项“--period”后面要写上它的值。运行 ledger split --help 查看用法和示例。\n"),
    (["split", "--force=yes"], "错误：命令用法有误：选项“--force”后面不能写值。运行 ledger split --help 查看用法和示例。\n"),
    (["check", "任务", "清单.xlsx"],
     "错误：命令用法有误：多出了参数：清单.xlsx。文件名或文件夹名中有空格时，请用英文双引号把它括起来。"
     "运行 ledger check --help 查看用法和示例。\n"),
    (["migrate"], "错误：命令用法有误：缺少选项“--to”。运行 ledger migrate --help 查看用法和示例。\n"),
    (["init", "--scope", "town"], "错误：命令用法有误：“--scope”的值不对：只能写“county”或“city”，不能写“town”。"
                                  "运行 ledger init --help 查看用法和示例。\n"),
    (["extract", "方案.docx", "--plan-year", "二〇二三"],
     "错误：命令用法有误：“--plan-year”的值不对：“二〇二三”不是数字。运行 ledger extract --help 查看用法和示例。\n"),
]


@pytest.mark.parametrize("args, message", USAGE_ERRORS)
def test_usage_errors_are_whole_chinese_sentences(run_cli, args, message):
    r = run_cli(*args)
    assert (r.code, r.out, r.err) == (2, "", message)
    assert "。。" not in message and "？。" not in message and "?" not in message
    j = run_cli(args[0], "--json", *args[1:])
    assert j.code == 2 and j.json["error"]["message"] == message.removeprefix("错误：").rstrip("\n")


def test_usage_error_reads_the_same_from_the_console_entry_point(run_process):
    r = run_process("split", "--perio", "第10周")
    assert (r.code, r.out) == (2, "")
    assert r.err == ("错误：命令用法有误：没有“--perio”这个选项。是不是要写“--period”？"
                     "运行 ledger split --help 查看用法和示例。\n")


def test_bare_ledger_prints_the_help_and_exits_0(run_process):
    r = run_process()
    assert r.code == 0 and r.err == ""
    assert r.out.startswith("用法：ledger [选项] 命令 [参数]...\n\n  ledger：任务台账工具")
    assert r.out == run_process("--help").out


def test_commands_are_listed_in_the_order_of_the_work(run_cli):
    out = run_cli("--help").out
    listed = [line.split()[0] for line in out.splitlines() if line.startswith("  ") and line[2] != " "
              and line.split()[0].isascii() and not line.split()[0].startswith("-")
              and not line.strip().startswith("ledger")]
    assert listed[:10] == ["init", "import", "check", "split", "merge", "status", "report", "remind", "close",
                           "export"]
    assert set(listed) == set(ledger.cli.main.commands)
    assert out.index("命令（按工作顺序）：") < out.index("其他命令：") < out.index("选项：")


def test_every_help_page_is_in_chinese_and_fits_the_console(run_cli):
    from ledger.cli import main
    from ledger.console import display_width
    for name in [None, *main.commands]:
        r = run_cli(*([name] if name else []), "--help")
        assert r.code == 0, name
        for english in ("Usage", "Options", "Commands", "Show this", "[OPTIONS]", "TEXT", "PATH", "INTEGER",
                        "TASKLIST", "。。", "？。"):
            assert english not in r.out, (name, english)
        assert all(display_width(line) <= 80 for line in r.out.splitlines()), name
        if name:
            assert r.out.startswith(f"用法：ledger {name} [选项]"), name
            assert f"\n示例：\n  ledger {name}" in r.out, name
            assert "  -h, --help" in r.out and "显示帮助并退出。" in r.out, name


def test_split_help_names_every_way_to_write_a_period(run_cli):
    out = run_cli("split", "--help").out
    assert ("  --period 周期           报送周期：按周写 本周、上周、第10周、2023年第10周或\n"
            "                          周内任一天（如 2023-03-08），按月写 本月、上月、3月\n"
            "                          或2023年3月（默认：本周/本月）。\n") in out
    assert out.endswith("示例：\n  ledger split --period 第10周\n")


def test_click_speaks_english_again_after_ledger_ran(run_cli):
    import gettext

    import click
    run_cli("check")
    assert click.core._ is gettext.gettext and click.exceptions.ngettext is gettext.ngettext


def test_version_in_chinese(run_cli):
    r = run_cli("--version")
    assert (r.code, r.out) == (0, f"ledger 版本 {ledger.__version__}\n")


def test_result_file_that_cannot_be_written_is_a_clear_error(run_process, tmp_path):
    """--result into a folder that cannot exist, or onto a folder: no traceback, a Chinese message
    saying the command ran but its result file was not written, exit 3 in the JSON and the process."""
    (tmp_path / "占用.json").mkdir()
    for target in (tmp_path / "占用.json", Path("/proc/没有这个/结果.json")):
        r = run_process("check", PINGLUO, "--json", "--result", target)
        assert r.code == 3, r.err
        assert "Traceback" not in r.err and "结果文件没有写成" in r.err
        data = json.loads(r.out)
        assert data["exit_code"] == 3 and "结果文件没有写成" in data["result_file_error"]
        assert len(data["tasks"]) == 118  # the command's own result is all there
    r = run_process("check", PINGLUO, "-q", "--result", tmp_path / "占用.json")
    assert r.code == 3 and r.err.count("\n") == 1 and r.err.startswith("错误：")
