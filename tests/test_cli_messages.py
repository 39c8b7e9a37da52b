"""The CLI's main failure paths, word for word (STYLE.md: exact output, as
sqlite-utils tests its CLI): what a clerk reads, and the exit code."""
from __future__ import annotations

import openpyxl

from test_merge import MARKET, PERIOD, fill_all, incoming, template, ws  # noqa: F401


def test_a_missing_file(run_cli, tmp_path):
    path = tmp_path / "不存在 的文件.xlsx"
    r = run_cli("check", path)
    assert (r.code, r.out, r.err) == (3, "", f"错误：找不到文件《{path}》。请检查文件名和所在文件夹。\n")


def test_a_file_that_is_not_a_workbook(run_cli, tmp_path):
    path = tmp_path / "通知.xlsx"
    path.write_text("这不是表格", encoding="utf-8")
    r = run_cli("check", path)
    assert (r.code, r.err) == (3, "错误：《通知.xlsx》无法作为 Excel 文件打开（文件已损坏或并非表格）。"
                                  "请在 Excel/WPS 中打开确认，另存为 .xlsx 后重试。\n")


def test_an_empty_file(run_cli, tmp_path):
    path = tmp_path / "空文件.xlsx"
    path.write_bytes(b"")
    r = run_cli("check", path)
    assert (r.code, r.err) == (3, "错误：《空文件.xlsx》是空文件（0 字节）。请重新保存或重新获取该文件。\n")


def test_merge_of_a_period_never_split(run_cli, ws):
    r = run_cli("merge", "-w", ws.root, "--period", "2023-W20")
    assert (r.code, r.out, r.err) == (2, "", "错误：2023年第20周还没有下发填报表，没有可以汇总的报送。"
                                             "请先运行 ledger split --period 2023年第20周 下发本期填报表；"
                                             "如要汇总的是其他周期，请用 --period 写明周期。\n")


def test_merge_as_a_unit_not_split_to(run_cli, ws):
    fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    wb = openpyxl.load_workbook(path)
    del wb["_ledger"]
    wb.save(path)
    r = run_cli("merge", "-w", ws.root, path, "--as", "平罗县市场监督管理", "--period", PERIOD)
    assert (r.code, r.out, r.err) == (2, "", "错误：--as 写的“平罗县市场监督管理”不是本期下发过填报表的单位。"
                                             f"您是不是要写：{MARKET}？\n")
