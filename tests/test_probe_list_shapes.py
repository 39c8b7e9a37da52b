"""Task lists and rosters a stranger's probe built the way offices keep them (2026-12-07, nineteenth session), which the
reader had got wrong: a chapter heading whose name is merged across the owner columns, roles written inside an owner
cell, a list of the cell's own after the row's number, a roster whose group column is headed 所属类别, a task list given
as the roster, a task whose only owner is a group the roster lacks, 备注 and 责任领导 columns, and `split -o` naming a
file. Each on real workbooks written here, with the near misses that must stay as they were."""
from __future__ import annotations

import json

import openpyxl
import pytest

from conftest import write_xlsx
from ledger.errors import FileProblem
from ledger.io.roster_io import read_roster
from ledger.roster import Roster
from ledger.tasklist import load_tasklist
from ledger.workspace import init_workspace

HEADER = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]


def _tasks(path, roster=None):
    return load_tasklist(path, roster or Roster.empty()).tasks


# ------------------------------------------------------------------ a heading merged across the owner columns

@pytest.mark.parametrize("number, merge, heading", [("一", "B2:E2", "一、源头治理"), ("一、", "B2:C2", "一、源头治理"),
                                                    ("（一）", "B2:D2", "（一）源头治理")])
def test_a_heading_merged_over_the_owner_columns_is_a_heading(tmp_path, number, merge, heading):
    width = 2 + ord(merge[3]) - ord("B")  # the heading's cells as the merge covers them
    rows = [HEADER, ([number] + ["源头治理"] * 4)[:width], [1, "加强产地环境管理。", "县生态环境局", "", "2024年6月底前"],
            [2, "健全追溯体系。", "县商务局", "", "2024年12月"]]
    tasks = _tasks(write_xlsx(tmp_path / "l.xlsx", rows, merges=[merge]))
    assert [(t.number, t.lead, t.category) for t in tasks] == [("1", ["县生态环境局"], (heading,)),
                                                               ("2", ["县商务局"], (heading,))]


def test_a_task_text_merged_over_one_owner_column_keeps_the_other_owner(tmp_path):
    """The text merged over 牵头单位 (a row a cell short) names no lead; the 责任单位 beside it is still the task's."""
    rows = [HEADER, [1, "开展抽检。", "开展抽检。", "县市场监管局", "2024年12月"]]
    tasks = _tasks(write_xlsx(tmp_path / "l.xlsx", rows, merges=["B2:C2"]))
    assert [(t.text, t.lead, t.responsible) for t in tasks] == [("开展抽检。", [], ["县市场监管局"])]


# ------------------------------------------------------------------ roles written inside an owner cell

@pytest.mark.parametrize("cell, lead, responsible, cooperating", [
    ("县商务局牵头，县市场监管局、县卫健局配合", ["县商务局"], [], ["县市场监管局", "县卫健局"]),
    ("牵头单位：县市场监管局；配合单位：县公安局、县教育局", ["县市场监管局"], [], ["县公安局", "县教育局"]),
    ("县财政局（配合）、县发改局（牵头）", ["县发改局"], [], ["县财政局"]),
    ("县教育局（牵头），县卫健局（配合）", ["县教育局"], [], ["县卫健局"]),
    ("县发改局（牵头）、县财政局", ["县发改局"], ["县财政局"], []),  # as before
    ("县市场监管局、县公安局", [], ["县市场监管局", "县公安局"], []),  # as before
])
def test_roles_written_inside_the_owner_cell(tmp_path, cell, lead, responsible, cooperating):
    rows = [["序号", "主要任务", "责任单位", "完成时间"], [1, "开展进口冷链食品排查。", cell, "2024年7月底前"]]
    (task,) = _tasks(write_xlsx(tmp_path / "l.xlsx", rows))
    assert (task.lead, task.responsible, task.cooperating) == (lead, responsible, cooperating)


# ------------------------------------------------------------------ a list of the cell's own after the row's number

@pytest.mark.parametrize("text, kept", [
    ("1.建立食品安全风险会商机制；2.每季度召开一次会商会议。", "1.建立食品安全风险会商机制；2.每季度召开一次会商会议。"),
    ("1、建立会商机制。\n2、每季度召开会商会议。", "1、建立会商机制。\n2、每季度召开会商会议。"),
    ("1.建立食品安全风险会商机制。", "建立食品安全风险会商机制。"),  # the number written twice: as before
])
def test_the_cells_own_list_keeps_its_first_number(tmp_path, text, kept):
    rows = [HEADER, [1, text, "县市场监管局", "", "2024年6月底前"]]
    (task,) = _tasks(write_xlsx(tmp_path / "l.xlsx", rows))
    assert (task.number, task.text) == ("1", kept)


# ------------------------------------------------------------------ the roster's group column, a task list as roster

@pytest.mark.parametrize("header", ["所属类别", "所属分组", "单位分组", "所属类型"])
def test_a_roster_group_column_under_other_names(tmp_path, header):
    rows = [["序号", "单位全称", "简称", header], [1, "青山县财政局", "县财政局", "县直部门"], [2, "东关镇人民政府", "东关镇", "乡镇"],
            [3, "西河镇人民政府", "西河镇", ""]]
    roster = read_roster(write_xlsx(tmp_path / "名录.xlsx", rows, merges=["D3:D4"]))
    assert [(u.name, u.group) for u in roster.units] == [("青山县财政局", "县直部门"), ("东关镇人民政府", "乡镇"),
                                                          ("西河镇人民政府", "乡镇")]


def test_a_task_list_given_as_the_roster_is_refused(tmp_path):
    rows = [HEADER, [1, "开展抽检。", "县市场监管局", "县公安局", "2024年12月"]]
    with pytest.raises(FileProblem, match="像是任务清单"):
        read_roster(write_xlsx(tmp_path / "任务清单.xlsx", rows))


def test_a_roster_with_a_unit_column_named_like_an_owner_stays_a_roster(tmp_path):
    rows = [["责任单位", "简称", "联系人"], ["青山县财政局", "县财政局", "张三"]]
    assert [u.name for u in read_roster(write_xlsx(tmp_path / "名录.xlsx", rows)).units] == ["青山县财政局"]


# ------------------------------------------------------------------ what no unit gets, what every unit sees

def _workspace(tmp_path, run_cli, rows, roster_rows):
    root = tmp_path / "食安办 台账"
    init_workspace(root, "青山县食品安全委员会办公室")
    r = run_cli("import", "-w", root, write_xlsx(tmp_path / "清单.xlsx", rows), "--units",
                write_xlsx(tmp_path / "名录.xlsx", roster_rows))
    return root, r


ROSTER = [["单位名称", "简称", "分组"], ["青山县市场监督管理局", "县市场监管局", "县直部门"], ["青山县公安局", "县公安局", "县直部门"]]


def test_a_task_no_unit_gets_is_named_by_the_split(tmp_path, run_cli):
    """'各成员单位' with no such group in the roster: the task is in no workbook, and the split says so (it had said
    nothing: 0 errors, 0 warnings)."""
    rows = [HEADER, [1, "开展抽检。", "县市场监管局", "", "2024年12月"], [2, "全员参与。", "各成员单位", "", "长期坚持"]]
    root, r = _workspace(tmp_path, run_cli, rows, ROSTER)
    out = run_cli("split", "-w", root, "--period", "2024-W10", "--json")
    assert out.code == 0, out.err
    found = [f for f in json.loads(out.out)["findings"] if f["code"] == "task-to-no-unit"]
    assert len(found) == 1 and "第2项任务" in found[0]["message"] and "“各成员单位”" in found[0]["message"]


def test_notes_and_leaders_reach_the_units_workbook(tmp_path, run_cli):
    rows = [HEADER + ["分管领导", "备注"], [1, "开展抽检。", "县市场监管局", "县公安局", "2024年12月", "王副县长", "含抽检"]]
    root, r = _workspace(tmp_path, run_cli, rows, ROSTER)
    assert r.code == 0, r.err
    assert run_cli("split", "-w", root, "--period", "2024-W10").code == 0
    book = next((root / "下发").rglob("青山县公安局*.xlsx"))
    ws = openpyxl.load_workbook(book)["任务进展"]
    cells = [str(c.value) for row in ws.iter_rows() for c in row if c.value]
    assert any("责任领导：王副县长" in c and "备注：含抽检" in c for c in cells)


def test_split_into_a_file_is_a_plain_message(tmp_path, run_cli):
    rows = [HEADER, [1, "开展抽检。", "县市场监管局", "", "2024年12月"]]
    root, _ = _workspace(tmp_path, run_cli, rows, ROSTER)
    (tmp_path / "afile").write_text("x")
    r = run_cli("split", "-w", root, "--period", "2024-W10", "-o", tmp_path / "afile")
    assert r.code == 3 and "是一个文件，不是文件夹" in r.err


# ------------------------------------------------------------------ a workbook whose name says the other kind

def test_an_xls_saved_under_an_xlsx_name_reads_as_the_xls(tmp_path):
    from conftest import SAMPLES
    wrong = tmp_path / "平罗县任务清单.xlsx"
    wrong.write_bytes((SAMPLES / "平罗县任务清单.xls").read_bytes())
    right = _tasks(SAMPLES / "平罗县任务清单.xls")
    got = _tasks(wrong)
    assert [(t.number, t.text, t.lead) for t in got] == [(t.number, t.text, t.lead) for t in right]


def test_an_xlsx_saved_under_an_xls_name_reads_as_the_xlsx(tmp_path):
    from conftest import SAMPLES
    wrong = tmp_path / "平罗县任务清单.xls"
    wrong.write_bytes((SAMPLES / "平罗县任务清单.xlsx").read_bytes())
    assert [t.text for t in _tasks(wrong)] == [t.text for t in _tasks(SAMPLES / "平罗县任务清单.xlsx")]


def test_a_text_file_under_an_xlsx_name_is_still_no_workbook(tmp_path):
    from ledger.errors import NotAWorkbook
    fake = tmp_path / "假表格.xlsx"
    fake.write_text("这不是表格", encoding="utf-8")
    with pytest.raises(NotAWorkbook):
        _tasks(fake)


# ------------------------------------------------------------------ a parent row over rows numbered under it in 序号

@pytest.mark.parametrize("subs, shown", [(("5.1", "5.2"), ("5.1", "5.2")), (("5-1", "5-2"), ("5-1", "5-2")),
                                         (("5（1）", "5（2）"), ("5（1）", "5（2）")), (("（1）", "（2）"), ("5（1）", "5（2）")),
                                         (("(1)", "(2)"), ("5(1)", "5(2)")), (("①", "②"), ("5①", "5②"))])
def test_rows_numbered_under_a_parent_row(tmp_path, subs, shown):
    rows = [HEADER, [4, "加强产地环境管理。", "县生态环境局", "", "2024年6月底前"], [5, "强化农村食品安全治理。", "", "", ""],
            [subs[0], "开展农村假冒伪劣食品整治。", "县市场监管局", "县公安局", "2024年8月底前"],
            [subs[1], "规范农村集体聚餐。", "县卫健局", "", "长期坚持"], [6, "健全追溯体系。", "县商务局", "", "2024年12月"]]
    result = load_tasklist(write_xlsx(tmp_path / "l.xlsx", rows), Roster.empty())
    assert [(t.number, t.category) for t in result.tasks] == [
        ("4", ()), (shown[0], ("5.强化农村食品安全治理。",)), (shown[1], ("5.强化农村食品安全治理。",)), ("6", ())]
    from ledger.validate import check_tasklist
    assert not [f for f in check_tasklist(result, Roster.empty()) if f.code in ("task-without-owner", "number-gap")]


def test_a_row_without_owners_before_a_task_of_its_own_number_stays_a_task(tmp_path):
    """'5' with no owner, then '6': no sub-rows, so row 5 is a task without an owner, reported as before."""
    rows = [HEADER, [5, "强化农村食品安全治理。", "", "", ""], [6, "健全追溯体系。", "县商务局", "", "2024年12月"]]
    result = load_tasklist(write_xlsx(tmp_path / "l.xlsx", rows), Roster.empty())
    assert [t.number for t in result.tasks] == ["5", "6"]
    from ledger.validate import check_tasklist
    assert [f.code for f in check_tasklist(result, Roster.empty())].count("task-without-owner") == 1


def test_a_roster_row_without_a_name_and_a_shared_alias_are_named(tmp_path):
    from ledger.io.roster_io import read_roster_checked
    rows = [["单位名称", "简称", "分组"], ["青山县市场监督管理局", "市场监管局/监管局", "县直部门"],
            ["青山县药品监督管理局", "药监局、监管局", "县直部门"], ["", "卫健局", "县直部门"], ["青山县财政局", "", ""]]
    roster, found = read_roster_checked(write_xlsx(tmp_path / "名录.xlsx", rows))
    assert [u.name for u in roster.units] == ["青山县市场监督管理局", "青山县药品监督管理局", "青山县财政局"]
    assert sorted((f.code, f.value, f.cell) for f in found) == [("alias-shared", "监管局", ""),
                                                                ("roster-row-without-name", "卫健局", "A4")]


def test_a_heading_merged_across_a_leader_column_too(tmp_path):
    """The second probe: a 分管领导 column under the heading's merge made it a task again."""
    rows = [HEADER + ["分管领导"], ["一", "源头治理"], [1, "加强产地环境管理。", "县生态环境局", "", "2024年6月底前", "王副县长"]]
    tasks = _tasks(write_xlsx(tmp_path / "l.xlsx", rows, merges=["B2:F2"]))
    assert [(t.number, t.lead, t.category) for t in tasks] == [("1", ["县生态环境局"], ("一、源头治理",))]


@pytest.mark.parametrize("cell, lead, responsible, cooperating", [
    ("县市场监管局、县公安局（配合）", [], ["县市场监管局"], ["县公安局"]),
    ("县市场监管局，县公安局（配合）", [], ["县市场监管局"], ["县公安局"]),
    ("县市场监管局（牵头）、县公安局、县卫健局（配合）", ["县市场监管局"], ["县公安局"], ["县卫健局"]),
])
def test_a_role_in_brackets_is_its_own_units_only(tmp_path, cell, lead, responsible, cooperating):
    """The second probe: 'A、B（配合）' had made every unit of the cell 配合 (no lead, no responsible unit)."""
    rows = [["序号", "主要任务", "责任单位", "完成时间"], [1, "开展进口冷链食品排查。", cell, "2024年7月底前"]]
    (task,) = _tasks(write_xlsx(tmp_path / "l.xlsx", rows))
    assert (task.lead, task.responsible, task.cooperating) == (lead, responsible, cooperating)
