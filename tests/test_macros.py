"""The VBA module calls only commands and options the CLI really has, and reads
only JSON keys those commands really print: the two cannot drift apart."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import copy_workspace
from ledger.cli import main

BAS = Path(__file__).resolve().parent.parent / "scripts" / "ledger.bas"
MACROS = ("检查任务清单", "下发任务", "合并回收表", "确认报送单位", "生成通报", "打开台账")
READERS = re.compile(r'(?:JsonString|JsonNumber|ListStrings|CountInSection|ListPairs)\(json, "(\w+)"')


def _source() -> str:
    return BAS.read_bytes().decode("gbk")  # strict: the file must be GBK for the VBA editor


def _subs(text: str) -> dict[str, str]:
    return dict(re.findall(r"Public Sub (\w+)\(\)\r\n(.*?)\r\nEnd Sub", text, re.S))


def _calls(body: str) -> tuple[str, set[str]]:
    """The command a macro runs and every option it may add."""
    literals = re.findall(r'"((?:[^"]|"")*)"', body)
    command = next(lit.split()[0] for lit in literals if re.match(r"^(check|split|merge|report|export|remind)\b", lit))
    options = {o for lit in literals for o in re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", lit)}
    return command, options


def test_module_is_gbk_with_crlf_and_has_every_macro():
    text = _source()
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert set(_subs(text)) == set(MACROS)


def test_every_command_and_option_exists():
    text = _source()
    runner = re.search(r"Private Function RunLedger.*?End Function", text, re.S).group(0)
    shared = {o for lit in re.findall(r'"((?:[^"]|"")*)"', runner)
              for o in re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", lit)}
    assert shared == {"-w", "--json", "--result"}
    for macro, body in _subs(text).items():
        command, options = _calls(body)
        assert command in main.commands, (macro, command)
        known = {opt for p in main.commands[command].params for opt in p.opts}
        for option in options | shared:
            assert option in known, (macro, command, option)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, demo_run):
    """Real JSON of the commands the macros run, on the demo workspace."""
    from click.testing import CliRunner
    import json
    root = copy_workspace(demo_run[0], tmp_path_factory.mktemp("m") / "demo")  # the demo run, copied: this changes it
    runner = CliRunner()
    report = root / "台账" / "检查报告.xlsx"
    got = {}
    for command, args in (("check", [str(Path(__file__).parent.parent / "samples" / "平罗县任务清单.xlsx"),
                                     "--report", str(report)]),
                          ("merge", []), ("export", []), ("report", ["--pdf"]),
                          ("split", ["--period", "2023-W11"])):
        if command not in main.commands:
            continue
        r = runner.invoke(main, [command, *args, "-w", str(root), "--json"])
        got[command] = json.loads(r.stdout)
    return got


def test_every_json_key_a_macro_reads_is_printed(outputs):
    for macro, body in _subs(_source()).items():
        command, _ = _calls(body)
        if command not in outputs:
            pytest.fail(f"{macro}: ledger {command} is missing")
        printed = set(re.findall(r'"(\w+)": ', __import__("json").dumps(outputs[command], ensure_ascii=False)))
        for key in READERS.findall(body):
            assert key in printed, (macro, command, key)


def test_the_period_prompt_shows_the_forms_people_write():
    from datetime import date

    from ledger.periods import parse_period
    prompt = re.search(r'period = InputBox\("([^"]*)"', _source()).group(1)
    assert "W10" not in prompt
    for written, key in (("第10周", "2023-W10"), ("2023年第10周", "2023-W10"), ("上周", "2023-W09"),
                         ("2023-03-08", "2023-W10"), ("3月", "2023-03"), ("2023年3月", "2023-03"), ("上月", "2023-02")):
        assert written in prompt
        assert parse_period(written, today=date(2023, 3, 8)).key == key
