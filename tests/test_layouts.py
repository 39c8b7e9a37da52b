"""Layouts that used to lose data: title + content lists, rows sharing one
number, columns nobody named, hidden helper columns; and the cell accounting
on every layout in samples/ and tests/fixtures/layouts/."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from accounting import assert_accounted, cells_in_file
from conftest import ROOT, SAMPLES, expected
from ledger.io.unit_workbook import FIRST_ROW, HEADER_ROW
from ledger.roster import Roster
from ledger.tasklist import load_tasklist

LAYOUTS = ROOT / "tests" / "fixtures" / "layouts"
TRUTH = expected("平罗县任务清单.json")


def _tasks(name: str):
    return load_tasklist(LAYOUTS / name, Roster.empty())


def test_title_and_content_merged_down_give_one_task_per_content_row():
    tl = _tasks("重点任务-具体措施.xlsx")
    got = [(t.label, t.number, t.clause, t.title, t.text, t.lead, t.cooperating) for t in tl.tasks]
    src = TRUTH[0:9]
    titles = ["建立最严谨的标准"] * 3 + ["严把产地环境安全关"] * 2 + ["严把农业投入品生产使用关"] + ["严格食品生产经营许可"] * 3
    labels = [("1-1", "1", 1), ("1-2", "1", 2), ("1-3", "1", 3), ("2-1", "2", 1), ("2-2", "2", 2), ("3", "3", 0),
              ("4-1", "4", 1), ("4-2", "4", 2), ("4-3", "4", 3)]
    assert got == [(*lab, title, t["text"], t["lead"], t["cooperating"])
                   for lab, title, t in zip(labels, titles, src)]
    assert [t.deadline.text for t in tl.tasks[:3]] == ["2023年6月底前"] * 3  # a merged deadline spans its clauses
    assert [t.category for t in tl.tasks] == [("一、强化标准实施",)] * 6 + [("二、加强源头严防",)] * 3
    assert not [f for f in tl.findings if f.code in ("duplicate-number", "cell-unplaced", "duplicate-task-text")]


def test_rows_under_one_merged_number_keep_their_own_owners():
    tl = _tasks("一个编号多行.xlsx")
    assert [(t.label, t.responsible, t.deadline.text) for t in tl.tasks] == [
        ("1-1", TRUTH[10]["lead"], "2023年12月底前"), ("1-2", TRUTH[11]["lead"], "2023年12月底前"),
        ("1-3", TRUTH[12]["lead"], "2023年12月底前"), ("2", TRUTH[13]["lead"], TRUTH[13]["deadline"]),
        ("3", ["市场监管局", "公安局", "农业农村局"], "长期坚持")]
    assert [t.text for t in tl.tasks[:3]] == [t["text"] for t in TRUTH[10:13]]


def test_a_title_left_blank_below_is_shared_and_the_shape_picks_the_content():
    tl = _tasks("主要任务-工作措施.xlsx")
    assert [(t.label, t.title) for t in tl.tasks] == [
        ("1-1", "强化源头治理"), ("1-2", "强化源头治理"), ("1-3", "强化源头治理"),
        ("2-1", "加强过程监管"), ("2-2", "加强过程监管"), ("3", "严格执法处罚")]
    assert [t.text for t in tl.tasks] == [t["text"] for t in TRUTH[30:36]]


def test_a_numbered_title_on_its_own_row_or_merged_heads_its_clauses():
    tl = _tasks("标题单独成行.xlsx")
    assert [(t.label, t.title, t.text, t.lead) for t in tl.tasks] == [
        ("1-1", "建立最严谨的标准", TRUTH[40]["text"], TRUTH[40]["lead"]),
        ("1-2", "建立最严谨的标准", TRUTH[41]["text"], TRUTH[41]["lead"]),
        ("2-1", "严把产地环境安全关", TRUTH[42]["text"], TRUTH[42]["lead"]),
        ("2-2", "严把产地环境安全关", TRUTH[43]["text"], TRUTH[43]["lead"])]
    assert not [f for f in tl.findings if f.code in ("empty-task-text", "task-without-number", "cell-unplaced")]


def test_unknown_and_hidden_columns_are_carried_and_reported_once():
    tl = _tasks("其他列和隐藏列.xlsx")
    assert [t.extra for t in tl.tasks] == [
        {"责任领导电话": "13909510001", "资金（万元）": "50", "辅助": "核对1"},
        {"责任领导电话": "0952-5012345", "资金（万元）": "12.5", "辅助": "核对2", "第I列": "（已电话确认）"},
        {"辅助": "核对3"},
        {"责任领导电话": "13909510004", "资金（万元）": "待定", "辅助": "核对4"}]
    unrecognised = [(f.cell, f.value) for f in tl.findings if f.code == "column-unrecognised"]
    assert unrecognised == [("F2", "责任领导电话"), ("G2", "资金（万元）"), ("H2", "辅助"), ("I2", "第I列")]
    assert [(f.code, f.cell) for f in tl.findings if f.code == "hidden-column"] == [("hidden-column", "H2")]
    message = next(f.message for f in tl.findings if f.cell == "I2")
    assert message == ("I列（没有列名）不是任务清单的标准列，其内容已作为“其他信息”随任务保存，"
                       "在下发表和汇总台账中只读显示。")


def test_check_json_carries_title_clause_and_extra(run_cli):
    data = run_cli("check", LAYOUTS / "重点任务-具体措施.xlsx", "--json").json
    first = data["tasks"][0]
    assert (first["number"], first["clause"], first["label"], first["title"]) == ("1", 1, "1-1", "建立最严谨的标准")
    extra = run_cli("check", LAYOUTS / "其他列和隐藏列.xlsx", "--json").json["tasks"][0]["extra"]
    assert extra == {"责任领导电话": "13909510001", "资金（万元）": "50", "辅助": "核对1"}


def test_a_heading_row_with_a_stray_value_is_reported(tmp_path):
    from conftest import write_xlsx
    path = write_xlsx(tmp_path / "stray.xlsx", [
        ["序号", "工作任务", "牵头单位", "完成时限", "资金"],
        ["一", "源头治理", "", "", "100"],
        ["1", "开展农药残留抽检", "农业农村局", "每季度", ""],
    ])
    tl = load_tasklist(path, Roster.empty())
    assert [(f.code, f.cell, f.value) for f in tl.findings if f.code == "cell-in-heading-row"] == [
        ("cell-in-heading-row", "E2", "100")]
    assert_accounted(path)


def test_a_second_deadline_under_a_merged_text_is_reported_not_dropped(tmp_path):
    from conftest import write_xlsx
    path = write_xlsx(tmp_path / "two-deadlines.xlsx", [
        ["序号", "任务内容", "责任单位", "完成时限"],
        ["1", "开展联合执法", "市场监管局", "2023年6月底前"],
        ["", "", "公安局", "2023年9月底前"],
    ], merges=["A2:A3", "B2:B3"])
    tl = load_tasklist(path, Roster.empty())
    assert [(t.responsible, t.deadline.text) for t in tl.tasks] == [(["市场监管局", "公安局"], "2023年6月底前")]
    assert [(f.code, f.cell, f.value) for f in tl.findings if f.code == "merged-row-conflict"] == [
        ("merged-row-conflict", "D3", "2023年9月底前")]
    assert_accounted(path)


def test_numbers_and_dates_in_text_columns_are_warnings(tmp_path):
    from datetime import datetime
    from conftest import write_xlsx
    path = write_xlsx(tmp_path / "typed.xlsx", [
        ["序号", "任务内容", "牵头单位", "完成时限"],
        ["1", 2023, "市场监管局", "长期坚持"],
        ["2", "开展检查", datetime(2023, 3, 1), "长期坚持"],
    ])
    tl = load_tasklist(path, Roster.empty())
    assert [(f.code, f.cell, f.severity) for f in tl.findings if f.code == "value-read-as-text"] == [
        ("value-read-as-text", "B2", "warning"), ("value-read-as-text", "C3", "warning")]
    assert tl.tasks[0].text == "2023"


SAMPLE_LAYOUTS = [SAMPLES / n for n in ("平罗县任务清单.xlsx", "平罗县任务清单.xls", "五原县任务清单.xlsx",
                                        "五原县任务清单.csv", "平罗县任务清单-修订.xlsx")]


@pytest.mark.parametrize("path", SAMPLE_LAYOUTS + sorted(LAYOUTS.glob("*.xlsx")), ids=lambda p: p.name)
def test_every_cell_of_every_layout_is_accounted_for(path):
    assert_accounted(path)


def test_the_breakdown_sample_is_accounted_for():
    assert_accounted(SAMPLES / "平罗县任务分解表.xlsx", kind="breakdown")


def test_layout_fixtures_are_what_the_script_builds(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_fixtures.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for path in sorted(LAYOUTS.glob("*.xlsx")):
        assert cells_in_file(tmp_path / path.name) == cells_in_file(path), path.name


def _split_layout(tmp_path, run_cli, name: str) -> dict[str, Path]:
    from ledger.workspace import init_workspace
    root = tmp_path / "台账 工作区"
    init_workspace(root, "平罗县食品安全委员会办公室")
    r = run_cli("import", "-w", root, LAYOUTS / name, "--units", SAMPLES / "平罗县单位名录.xlsx")
    assert r.code in (0, 1), r.err
    r = run_cli("split", "-w", root, "--period", "2023-W10", "--allow-unknown-units", "--json")
    assert r.code == 0, r.err
    return {o["unit"]: Path(o["file"]) for o in r.json["outputs"]}


def _task_sheet(path: Path):
    import openpyxl
    ws = openpyxl.load_workbook(path)["任务进展"]
    header = [c.value for c in ws[HEADER_ROW + 1]]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW + 1)]
    return ws, header, rows


@pytest.mark.usefixtures("backend")  # on SQLite and on PostgreSQL (--backend)
def test_split_sheets_show_title_and_clause_number_read_only(tmp_path, run_cli):
    files = _split_layout(tmp_path, run_cli, "重点任务-具体措施.xlsx")
    ws, header, rows = _task_sheet(files["平罗县卫生健康局"])
    assert header[:3] == ["编号", "任务标题", "任务内容"] and "其他信息" not in header
    assert [(r[0], r[1], r[2]) for r in rows] == [("1-1", "建立最严谨的标准", TRUTH[0]["text"]),
                                                  ("1-2", "建立最严谨的标准", TRUTH[1]["text"])]
    assert ws.protection.sheet and ws.cell(FIRST_ROW + 1, 2).protection.locked
    _ws, plain_header, _rows = _task_sheet(files["平罗县市场监督管理局"])
    assert "任务标题" in plain_header


@pytest.mark.usefixtures("backend")  # on SQLite and on PostgreSQL (--backend)
def test_split_sheets_carry_the_unknown_columns_read_only(tmp_path, run_cli):
    files = _split_layout(tmp_path, run_cli, "其他列和隐藏列.xlsx")
    ws, header, rows = _task_sheet(files["平罗县商务局"])
    col = header.index("其他信息")
    assert header[col - 1] == "本单位角色" and "任务标题" not in header  # on screen, off the printed page
    assert rows[0][col] == "责任领导电话：0952-5012345\n资金（万元）：12.5\n辅助：核对2\n第I列：（已电话确认）"
    assert ws.cell(FIRST_ROW + 1, col + 1).protection.locked


# ---- layouts a stranger built (each once lost or misplaced data) ----------------------------

def _read(tmp_path, name, rows, merges=(), **kw):
    from conftest import write_xlsx
    path = write_xlsx(tmp_path / name, rows, merges=list(merges), **kw)
    assert_accounted(path)
    return load_tasklist(path, Roster.empty())


def test_push_measures_without_a_number_column_are_a_task_list(tmp_path):
    tl = _read(tmp_path, "f14.xlsx", [
        ["重点任务", "推进措施", "责任单位", "完成时限"],
        ["风险分级管理", "制定食品生产企业风险分级办法。", "市场监管局", "2023年4月"],
        ["", "开展企业风险等级评定。", "市场监管局", "2023年8月"],
    ], merges=["A2:A3"])
    assert [(t.title, t.text) for t in tl.tasks] == [("风险分级管理", "制定食品生产企业风险分级办法。"),
                                                    ("风险分级管理", "开展企业风险等级评定。")]


def test_section_rows_do_not_turn_the_title_into_the_text_and_signatures_are_footers(tmp_path):
    tl = _read(tmp_path, "f22.xlsx", [
        ["序号", "任务名称", "工作内容", "牵头单位", "完成时限"],
        ["一", "组织领导", "", "", ""],
        ["1", "召开食安委全体会议", "研究部署年度工作。", "县食安办", "2023年3月"],
        ["二", "监管执法", "", "", ""],
        ["2", "开展“铁拳”行动", "查办民生领域案件。", "县市场监管局", "2023年11月"],
        ["填表人：", "", "", "审核人：", ""],
        ["说明：本表按季度更新。"],
        ["", "", "", "XX县食品安全委员会办公室", ""],
        ["", "", "", "", "2023年3月1日"],
    ])
    assert [(t.label, t.title, t.text, t.category) for t in tl.tasks] == [
        ("1", "召开食安委全体会议", "研究部署年度工作。", ("一、组织领导",)),
        ("2", "开展“铁拳”行动", "查办民生领域案件。", ("二、监管执法",))]
    assert not [f for f in tl.findings if f.code in ("cell-in-heading-row", "empty-task-text", "deadline-unparsed")]


def test_content_left_blank_on_some_rows_keeps_the_content_column_and_uses_the_title(tmp_path):
    tl = _read(tmp_path, "f32.xlsx", [
        ["序号", "重点任务", "具体措施", "牵头单位", "完成时限"],
        ["1", "健全工作机制", "建立例会、督办、通报制度。", "食安办", "2023年3月"],
        ["2", "开展示范街区创建", "", "商务局", "2023年9月"],
        ["3", "推进明厨亮灶", "学校食堂明厨亮灶覆盖率达到100%。", "教育局", "2023年8月"],
    ])
    assert [(t.title, t.text) for t in tl.tasks] == [
        ("健全工作机制", "建立例会、督办、通报制度。"), ("开展示范街区创建", "开展示范街区创建"),
        ("推进明厨亮灶", "学校食堂明厨亮灶覆盖率达到100%。")]


def test_numbers_under_a_project_column_dotted_numbers_and_circled_items(tmp_path):
    tl = _read(tmp_path, "f04.xlsx", [
        ["项目", "工作任务", "责任单位", "完成时限"],
        ["1.", "加强校园食品安全管理", "教育局", "2023年9月底前"],
        ["2、", "强化农产品质量安全监管", "农业农村局", "2023年12月底前"],
        ["", "①开展农药残留专项整治", "农业农村局", "2023年6月底前"],
        ["", "②推行食用农产品承诺达标合格证", "市场监管局", "2023年8月底前"],
    ])
    assert [t.label for t in tl.tasks] == ["1", "2", "2①", "2②"]
    assert not [f for f in tl.findings if f.code == "task-without-number"]


def test_short_role_words_under_a_group_header(tmp_path):
    tl = _read(tmp_path, "f23.xlsx", [
        ["序号", "工作任务", "责任单位", "", "完成时限"],
        ["", "", "牵头", "配合", ""],
        ["1", "开展食品安全示范街区创建。", "商务局", "市场监管局、城管局", "2023年10月底前"],
    ], merges=["C1:D1", "A1:A2", "B1:B2", "E1:E2"])
    assert [(t.lead, t.cooperating) for t in tl.tasks] == [(["商务局"], ["市场监管局", "城管局"])]


def test_a_hidden_sheet_is_read_and_reported(tmp_path):
    import xlsxwriter
    path = tmp_path / "hidden-sheet.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    for name, hidden in (("2023年清单", False), ("2022年清单（旧）", True)):
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, ["序号", "主要任务", "牵头单位", "完成时限"])
        ws.write_row(1, 0, ["1", f"{name}的任务", "市场监管局", "长期坚持"])
        if hidden:
            ws.hide()
    wb.close()
    tl = load_tasklist(path, Roster.empty())
    assert [(f.code, f.sheet) for f in tl.findings if f.code == "hidden-sheet"] == [("hidden-sheet", "2022年清单（旧）")]
    from ledger.validate import check_tasklist
    dup = next(f for f in check_tasklist(tl, Roster.empty()) if f.code == "duplicate-number")
    assert dup.message == "编号“1”重复：“2023年清单”第2行和“2022年清单（旧）”第2行。"


soffice = __import__("shutil").which("soffice") or __import__("shutil").which("libreoffice")


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
@pytest.mark.parametrize("target", ["ods", "xls"])
def test_layouts_resaved_by_libreoffice_read_the_same(tmp_path, target):
    names = ["重点任务-具体措施.xlsx", "其他列和隐藏列.xlsx"]
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                    target, "--outdir", str(tmp_path), *[str(LAYOUTS / n) for n in names]],
                   check=True, capture_output=True, timeout=180)

    def seen(path):
        tl = load_tasklist(path, Roster.empty())
        return ([(t.label, t.title, t.text, t.lead, t.cooperating, t.deadline.text, t.extra) for t in tl.tasks],
                sorted((f.code, f.cell) for f in tl.findings))
    for name in names:
        assert seen(tmp_path / name.replace(".xlsx", f".{target}")) == seen(LAYOUTS / name), name
