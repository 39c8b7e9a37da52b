"""`ledger import` and `ledger split` end saying what to do next, as the other
commands do; a split for a period whose due date has passed says so (a
registered warning), and the 下发清单 keeps its counts as numbers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from conftest import write_xlsx
from ledger.periods import week_period
from ledger.splitting import split
from ledger.workspace import init_workspace, open_workspace

TASKS = [["海盐县重点工作任务清单"], ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"],
         ["1", "全县生产总值增长7.5%左右。", "县发改局", "县财政局", "2026年12月底前"],
         ["2", "努力降低行政运行成本。", "", "县财政局", "长期坚持"]]
ROSTER = [["单位名称", "简称", "联系人", "联系电话"],
          ["海盐县发展和改革局", "县发改局", "张建国", "13857301111"],
          ["海盐县财政局", "县财政局", "李红", "0573-86011234"]]


def workspace(tmp_path: Path, run_cli) -> tuple[Path, Path]:
    root = tmp_path / "2022 重点工作 台账"
    init_workspace(root, "海盐县人民政府办公室")
    tasklist = write_xlsx(tmp_path / "任务 清单.xlsx", TASKS)
    r = run_cli("import", "-w", root, tasklist, "--units", write_xlsx(tmp_path / "单位名录.xlsx", ROSTER))
    assert r.code == 0, r.err
    return root, tasklist


def test_import_says_what_to_do_next(tmp_path, run_cli):
    root, tasklist = workspace(tmp_path, run_cli)
    r = run_cli("import", "-w", root, tasklist)
    assert r.out.splitlines()[-1] == (f'下一步：ledger check "{tasklist}" 检查（加 --report 检查报告.xlsx 可在表中标出问题），'
                                      "或 ledger split 下发本期填报表。")
    r = run_cli("import", "-w", root, "--units", tmp_path / "单位名录.xlsx")
    assert r.out.splitlines()[-1] == "下一步：ledger import 任务清单.xlsx 导入任务清单（已导入过的，运行 ledger split 下发本期填报表）。"


def test_split_says_where_the_returned_files_go_and_that_the_due_date_is_past(tmp_path, run_cli):
    root, _tasklist = workspace(tmp_path, run_cli)
    r = run_cli("split", "-w", root, "--period", "2023-W10", "--json")
    assert r.code == 0  # a warning
    assert [(f["code"], f["severity"], f["value"]) for f in r.json["findings"]] == [
        ("split-past-due", "warning", "2023年第10周")]
    assert "2023年第10周的报送截止日2023年3月10日（星期五）已过（今天是" in r.json["findings"][0]["message"]
    lines = r.err.splitlines()
    assert lines[-2] == "共 0 个错误，1 个提醒。"
    assert lines[-1] == (f"下一步：把文件夹中的填报表发给各单位；单位填报后发回的文件放入《{root / '回收' / '2023年第10周'}》，"
                         "再运行 ledger merge 汇总。")


def test_a_period_not_yet_due_has_no_warning_and_the_dispatch_list_counts_are_numbers(tmp_path, run_cli):
    root, _tasklist = workspace(tmp_path, run_cli)
    per = week_period(2023, 10)
    for today, codes in ((per.due, []), (date(2023, 3, 11), ["split-past-due"])):
        result = split(open_workspace(root), "2023-W10", force=True, today=today, workers=1)
        assert [f.code for f in result.findings] == codes
    sheet = openpyxl.load_workbook(result.dispatch_list).active
    header = [c.value for c in sheet[2]]
    counts = [[row[header.index(h)] for h in ("序号", "任务数", "其中牵头", "分解措施")]
              for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert counts == [[1, 1, 1, 0], [2, 2, 0, 0]]  # numbers, not text
