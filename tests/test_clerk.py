"""Clerk-ready: demo, doctor, WPS files, Windows-safe names and paths."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from conftest import SAMPLES


def test_demo_runs_the_whole_cycle_and_says_where_everything_is(run_cli, demo_run):
    root, data = demo_run
    steps = {s["step"]: Path(s["output"]) for s in data["steps"]}
    for name in ("检查报告", "下发清单", "汇总台账"):
        assert steps[name].exists(), name
    assert len(list(steps["下发文件夹"].glob("*.xlsx"))) == 47  # 46 units + 下发清单
    ledger = openpyxl.load_workbook(steps["汇总台账"])
    missing = [row[0].value for row in ledger["未报送单位"].iter_rows(min_row=4)]
    assert data["missing_unit"] in missing and data["late_unit"] in missing  # 未报送 and 逾期报送
    status = run_cli("status", "-w", root, "--json").json
    assert status["missing"] == [data["missing_unit"]] and status["late"] == [data["late_unit"]]
    again = run_cli("demo", root, "--json")
    assert again.code == 3 and "--overwrite" in again.json["error"]["message"]


@pytest.mark.usefixtures("backend")  # on SQLite and on PostgreSQL (--backend)
def test_doctor_reports_what_to_fix(run_cli, tmp_path):
    r = run_cli("doctor", "--json", cwd=tmp_path)
    assert r.code == 1
    checks = {c["name"]: c for c in r.json["checks"]}
    assert checks["工作区"]["ok"] is False and "ledger init" in checks["工作区"]["fix"]
    run_cli("init", tmp_path / "ws")
    ok = run_cli("doctor", "-w", tmp_path / "ws", "--json")
    names = {c["name"] for c in ok.json["checks"]}
    assert {"Python", "数据库", "图表中文字体", "LibreOffice（生成 PDF）"} <= names
    assert all(c["ok"] for c in ok.json["checks"] if c["essential"]), ok.json["checks"]


def test_wps_et_file_that_is_a_workbook_inside_is_read(run_cli, tmp_path):
    et = tmp_path / "任务清单.et"
    shutil.copy(SAMPLES / "平罗县任务清单.xls", et)
    r = run_cli("check", et, "--json")
    assert r.code == 0 and len(r.json["tasks"]) == 118


@pytest.mark.usefixtures("backend")  # on SQLite and on PostgreSQL (--backend)
def test_paths_with_chinese_and_spaces_everywhere(run_cli, tmp_path):
    folder = tmp_path / "食安办 2023年 台账"
    folder.mkdir()
    src = folder / "任务 清单（修订）.xlsx"
    shutil.copy(SAMPLES / "平罗县任务清单.xlsx", src)
    assert run_cli("init", folder / "工作 区").code == 0
    r = run_cli("import", "-w", folder / "工作 区", src, "--units", SAMPLES / "平罗县单位名录.xlsx", "--json")
    assert r.code == 0 and r.json["tasks"] == 118
    assert json.loads(json.dumps(r.json, ensure_ascii=False))["tasks"] == 118


def test_doctor_says_what_is_missing_in_full_and_never_all_ready_while_fonts_are_missing(run_cli, monkeypatch):
    from ledger import readiness
    from ledger.readiness import Check, DoctorResult
    font_fix = "Word/WPS 会用其他字体代替，版式可能走样。请安装缺少的字体（常见于 WPS 或公文字体包）。"
    checks = [Check("Python", True, "3.11.7"),
              Check("字体 仿宋_GB2312（正文）", False, "未找到", font_fix, essential=False),
              Check("字体 楷体_GB2312（二级标题）", False, "未找到", font_fix, essential=False),
              Check("LibreOffice（生成 PDF）", True, "/usr/bin/soffice", "不影响 Word 通报。", essential=False)]
    monkeypatch.setattr(readiness, "doctor", lambda workspace=None: DoctorResult(checks))
    r = run_cli("doctor")
    assert r.code == 0
    assert r.out == (
        "    检查项                        情况\n"
        "✓   Python                        3.11.7\n"
        "!   字体 仿宋_GB2312（正文）      未找到\n"
        "!   字体 楷体_GB2312（二级标题）  未找到\n"
        "✓   LibreOffice（生成 PDF）       /usr/bin/soffice\n"
        "\n"
        "如何处理：\n"
        "  ! 字体 仿宋_GB2312（正文）、字体 楷体_GB2312（二级标题）：Word/WPS 会用其\n"
        "    他字体代替，版式可能走样。请安装缺少的字体（常见于 WPS 或公文字体包）。\n"
        "可以使用，但还没有全部就绪：有 2 项建议处理（标 ! 的项目），见上面的“如何处理”。\n")
    checks[1:3] = [Check("工作区", False, "当前文件夹及上级中没有工作区", "运行 ledger init 创建工作区，或用 -w 指定。")]
    r = run_cli("doctor")
    assert r.code == 1
    assert r.out.endswith("如何处理：\n"
                          "  ✗ 工作区：运行 ledger init 创建工作区，或用 -w 指定。\n"
                          "有 1 项必须处理（标 ✗ 的项目），见上面的“如何处理”。\n")
    checks[1:2] = []
    assert run_cli("doctor").out.endswith("soffice\n一切就绪。\n")


def test_doctor_exit_code_comes_from_its_findings_alone():
    """A failed essential check is a not-ready error (exit 1), a failed nicety a
    nicety-missing warning (exit 0); both are in the --json findings."""
    from ledger.findings import exit_code
    from ledger.readiness import Check, DoctorResult
    nicety = Check("LibreOffice（生成 PDF）", False, "未安装", "如需 PDF，请安装 LibreOffice。", essential=False)
    essential = Check("工作区", False, "当前文件夹及上级中没有工作区", "运行 ledger init 创建工作区。")
    fine = Check("Python", True, "3.11.7")
    only_nicety = DoctorResult([fine, nicety])
    assert [(f.code, f.severity) for f in only_nicety.findings] == [("nicety-missing", "warning")]
    assert only_nicety.exit_code == exit_code(only_nicety.findings) == 0
    both = DoctorResult([fine, essential, nicety])
    assert [f.code for f in both.findings] == ["not-ready", "nicety-missing"]
    assert both.findings[0].message == "工作区：当前文件夹及上级中没有工作区"
    assert both.findings[0].suggestion == "运行 ledger init 创建工作区。"
    assert both.exit_code == exit_code(both.findings) == 1
    assert both.to_dict()["findings"] == [f.to_dict() for f in both.findings]
    assert DoctorResult([fine]).to_dict() == {"ok": True, "command": "doctor", "exit_code": 0,
                                              "checks": [fine.to_dict()], "findings": []}
