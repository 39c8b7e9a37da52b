"""Reading real task lists: the seed samples against their hand-checked truth,
and one fixture per layout quirk."""
from __future__ import annotations

import zipfile
from datetime import date

import pytest

from accounting import assert_accounted
from conftest import SAMPLES, expected, write_xlsx
from ledger.errors import NoTaskTable
from ledger.headers import breakdown_synonyms, task_synonyms
from ledger.io.cell_values import cell_text
from ledger.io.grid import _ATTR, _COL_TAG, _ROW_TAG, _xlsx_hidden, _xlsx_sheet_parts, load_grids
from ledger.io.read import _TaskRows, read_workbook, split_number
from ledger.io.tables import find_table
from ledger.io.roster_io import read_roster
from ledger.roster import Roster
from ledger.tasklist import load_tasklist

PINGLUO = SAMPLES / "平罗县任务清单.xlsx"
WUYUAN = SAMPLES / "五原县任务清单.xlsx"
ROLES = ("lead", "responsible", "cooperating")


def _written(names: list[str]) -> list[str]:
    """Names as written, less the note 按职责分工负责 that the splitter drops; the
    group phrase 各乡镇、办事处 is one piece for the splitter."""
    out = [n.removesuffix("按职责分工负责") for n in names]
    for i in range(len(out) - 1):
        if out[i] == "各乡镇" and out[i + 1] == "办事处":
            out[i:i + 2] = ["各乡镇、办事处"]
            break
    return out


def _rows(tasks):
    return [(t.number, list(t.category), t.text, t.deadline.text) for t in tasks]


@pytest.mark.parametrize("path, truth", [
    (PINGLUO, "平罗县任务清单.json"),
    (SAMPLES / "平罗县任务清单.xls", "平罗县任务清单.json"),
    (WUYUAN, "五原县任务清单.json"),
    (SAMPLES / "五原县任务清单.csv", "五原县任务清单.json"),
])
def test_samples_parse_to_the_hand_checked_rows(path, truth):
    exp = expected(truth)
    got = load_tasklist(path, Roster.empty()).tasks
    assert len(got) == len(exp)
    assert _rows(got) == [(x["number"], x["category"], x["text"], x["deadline"]) for x in exp]
    for role in ROLES:
        assert [getattr(t, role) for t in got] == [_written(x[role]) for x in exp], role


def test_pingluo_has_118_tasks_numbered_in_order_with_source_rows():
    tasks = load_tasklist(PINGLUO, Roster.empty()).tasks
    assert [t.number for t in tasks] == [str(n) for n in range(1, 119)]
    assert [t.source.row for t in tasks] == [x["row"] for x in expected("平罗县任务清单.json")]
    assert tasks[0].source.to_dict() == {"file": "平罗县任务清单.xlsx", "sheet": "任务清单", "row": 4}
    assert tasks[35].number == "36" and tasks[35].text.startswith("县级市场监管部门")


def test_wuyuan_sub_items_take_the_parent_number_and_heading():
    tasks = load_tasklist(WUYUAN, Roster.empty()).tasks
    assert len(tasks) == 44
    assert len({t.number.rstrip("①②③④⑤") for t in tasks}) == 36 - 3 + 3
    sub = [t for t in tasks if t.number.startswith("20")]
    assert [t.number for t in sub] == ["20①", "20②", "20③", "20④", "20⑤"]
    assert sub[0].category == ("（三）生产经营状况持续向好", "20.加强过程控制。")


@pytest.mark.parametrize("path, roster, truth", [
    (PINGLUO, "平罗县单位名录.xlsx", "平罗县任务清单.json"),
    (WUYUAN, "五原县单位名录.xlsx", "五原县任务清单.json"),
])
def test_owners_resolve_to_canonical_roster_names(path, roster, truth):
    exp = expected(truth)
    got = load_tasklist(path, read_roster(SAMPLES / roster)).tasks
    for role in ROLES:
        assert [getattr(t, role) for t in got] == [x[f"{role}_canonical"] for x in exp], role


def test_merged_deadlines_apply_to_every_row_they_cover():
    tasks = load_tasklist(PINGLUO, read_roster(SAMPLES / "平罗县单位名录.xlsx"), plan_year=2020).tasks
    first = tasks[0].deadline
    assert (first.due, first.ongoing) == (date(2020, 10, 31), True)
    assert tasks[1].deadline == first and tasks[2].deadline == first
    assert tasks[1].cells["deadline"] == tasks[0].cells["deadline"]  # the merge's own cell
    assert tasks[28].deadline.text == "2020年7月底\n完成并长期坚持"
    assert tasks[28].deadline.due == date(2020, 7, 31)


def test_run_together_units_split_against_the_roster():
    tasks = load_tasklist(PINGLUO, read_roster(SAMPLES / "平罗县单位名录.xlsx")).tasks
    assert tasks[0].raw["cooperating"] == "市场监管局农业农村局"
    assert tasks[0].cooperating == ["平罗县市场监督管理局", "平罗县农业农村局"]


@pytest.mark.parametrize("text, number, rest", [
    ("1.加大食品安全标准解释", "1", "加大食品安全标准解释"),
    ("36县级市场监管部门", "36", "县级市场监管部门"),
    ("12、强化监管", "12", "强化监管"),
    ("2020年10月底前完成", "", "2020年10月底前完成"),
    ("4批次/千人", "", "4批次/千人"),
    ("1.2万吨粮食", "", "1.2万吨粮食"),
    ("加强监管", "", "加强监管"),
])
def test_numbers_come_out_of_the_task_text(text, number, rest):
    assert split_number(text) == (number, rest)


def _only_tasks(path):
    book = read_workbook(path)
    return book.records("tasks")


def test_two_row_header_with_a_merged_group_cell(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", [
        ["附件", "", "", "", ""],
        ["序号", "重点工作", "责任单位", "", "完成时限"],
        ["", "", "牵头单位", "配合单位", ""],
        [1, "建立台账", "市场监管局", "农业农村局、公安局", "2023年6月底前"],
        [2, "开展检查", "卫健局", "", "长期坚持"],
    ], merges=["C2:D2", "A2:A3", "B2:B3", "E2:E3"])
    recs = _only_tasks(path)
    assert [(r.number, r.values["text"], r.values["lead"], r.values["cooperating"]) for r in recs] == [
        ("1", "建立台账", "市场监管局", "农业农村局、公安局"), ("2", "开展检查", "卫健局", "")]
    assert_accounted(path)


def test_section_rows_and_footer_notes(tmp_path):
    path = write_xlsx(tmp_path / "sections.xlsx", [
        ["XX县重点任务清单"],
        ["编号", "工作任务", "牵头部门", "时间节点"],
        ["一、源头治理"],
        ["（一）种植环节"],
        ["1", "开展农药残留抽检", "农业农村局", "每季度"],
        ["（二）养殖环节"],
        ["2", "兽药专项整治", "农业农村局", "2023年底前"],
        ["二、过程监管"],
        ["3", "校园食品安全守护", "教体局", "2023.6.30"],
        ["注：本表由县食安办负责解释。"],
    ], merges=["A1:D1", "A3:D3", "A4:D4", "A6:D6", "A8:D8", "A10:D10"])
    recs = _only_tasks(path)
    assert [(r.number, r.category) for r in recs] == [
        ("1", ("一、源头治理", "（一）种植环节")), ("2", ("一、源头治理", "（二）养殖环节")),
        ("3", ("二、过程监管",))]
    assert_accounted(path)


def test_text_merged_over_rows_is_one_task_with_every_rows_units(tmp_path):
    path = write_xlsx(tmp_path / "rows.xlsx", [
        ["序号", "任务内容", "责任单位", "完成时限"],
        ["1", "开展联合执法", "市场监管局", "2023年6月底前"],
        ["", "", "公安局", ""],
        ["", "", "农业农村局", ""],
        ["2", "加强宣传", "融媒体中心", "长期坚持"],
    ], merges=["A2:A4", "B2:B4", "D2:D4"])
    recs = _only_tasks(path)
    assert len(recs) == 2
    assert recs[0].values["responsible"] == "市场监管局\n公安局\n农业农村局"
    assert recs[0].extra_rows == [3, 4]
    assert_accounted(path)


def test_hidden_rows_and_columns_are_read_and_reported(tmp_path):
    path = write_xlsx(tmp_path / "hidden.xlsx", [
        ["序号", "主要任务", "牵头单位", "完成时限", "备注"],
        ["1", "甲任务", "市场监管局", "2023年6月底前", ""],
        ["2", "乙任务", "卫健局", "2023年6月底前", "已调整"],
    ], hidden_rows=(2,), hidden_cols=("E",))
    tl = load_tasklist(path, Roster.empty())
    assert [t.number for t in tl.tasks] == ["1", "2"]
    codes = {(f.code, f.cell) for f in tl.findings}
    assert ("hidden-row", "A3") in codes and ("hidden-column", "E1") in codes
    assert_accounted(path)


def test_a_blank_deadline_that_is_not_merged_stays_blank(tmp_path):
    path = write_xlsx(tmp_path / "blank.xlsx", [
        ["序号", "主要任务", "牵头单位", "完成时限"],
        ["1", "甲任务", "市场监管局", "2023年6月底前"],
        ["2", "乙任务", "卫健局", ""],
    ])
    tasks = load_tasklist(path, Roster.empty()).tasks
    assert tasks[1].deadline.text == "" and tasks[1].deadline.due is None
    assert_accounted(path)


def test_column_synonyms_from_settings(tmp_path):
    path = write_xlsx(tmp_path / "custom.xlsx", [
        ["序号", "重点工作事项", "主办单位", "办结时限"],
        ["1", "甲任务", "市场监管局", "2023年6月底前"],
    ])
    with pytest.raises(NoTaskTable):
        load_tasklist(path, Roster.empty())
    tl = load_tasklist(path, Roster.empty(), columns={"text": ["重点工作事项"], "lead": ["主办单位"],
                                                        "deadline": ["办结时限"]})
    assert [(t.text, t.lead, t.deadline.text) for t in tl.tasks] == [("甲任务", ["市场监管局"], "2023年6月底前")]


def test_excel_serial_and_real_dates_in_the_deadline_column(tmp_path):
    import xlsxwriter
    from datetime import datetime
    path = tmp_path / "dates.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["序号", "主要任务", "牵头单位", "完成时限"])
    ws.write_row(1, 0, ["1", "甲任务", "市场监管局"])
    ws.write_datetime(1, 3, datetime(2023, 6, 30), wb.add_format({"num_format": "yyyy/m/d"}))
    ws.write_row(2, 0, ["2", "乙任务", "卫健局"])
    ws.write_number(2, 3, 45107)
    wb.close()
    tasks = load_tasklist(path, Roster.empty()).tasks
    assert [t.deadline.due for t in tasks] == [date(2023, 6, 30), date(2023, 6, 30)]
    assert_accounted(path)


def test_chapter_numbers_in_the_number_column_are_sections(tmp_path):
    path = write_xlsx(tmp_path / "chapters.xlsx", [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["一", "源头治理", "", ""],
        ["（一）", "种植环节", "", ""],
        ["1", "开展农药残留抽检", "农业农村局", "每季度"],
        ["二", "过程监管", "", ""],
        ["2", "校园食品安全守护", "教体局", "2023年6月底前"],
        ["3", "整治小作坊", "", ""],
    ])
    recs = _only_tasks(path)
    assert [(r.number, r.category) for r in recs] == [
        ("1", ("一、源头治理", "（一）种植环节")), ("2", ("二、过程监管",)), ("3", ("二、过程监管",))]
    assert_accounted(path)


def test_lead_marked_inside_the_responsible_cell(tmp_path):
    path = write_xlsx(tmp_path / "marked.xlsx", [
        ["序号", "工作任务", "责任单位", "完成时限"],
        ["1", "联合执法", "市场监管局（牵头）、公安局、农业农村局", "2023年6月底前"],
    ])
    t = load_tasklist(path, read_roster(SAMPLES / "平罗县单位名录.xlsx")).tasks[0]
    assert t.lead == ["平罗县市场监督管理局"]
    assert t.responsible == ["平罗县公安局", "平罗县农业农村局"]
    assert_accounted(path)


def test_several_task_sheets_in_one_workbook(tmp_path):
    import xlsxwriter
    path = tmp_path / "multi.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    for name, task in (("市场监管", "甲任务"), ("农业农村", "乙任务")):
        ws = wb.add_worksheet(name)
        ws.write_row(0, 0, ["序号", "主要任务", "牵头单位", "完成时限"])
        ws.write_row(1, 0, ["1", task, "市场监管局", "长期坚持"])
    wb.close()
    tasks = load_tasklist(path, Roster.empty()).tasks
    assert [(t.source.sheet, t.text) for t in tasks] == [("市场监管", "甲任务"), ("农业农村", "乙任务")]
    assert_accounted(path)


def test_a_rows_field_texts_are_the_texts_of_its_values(tmp_path):
    """The row classification reads each field's text from the texts made once per
    sheet (``field_texts``) instead of making it again from the row's values: the
    two must be the same for every kind of value, merged cells, and rows shorter
    than the header (issue 17)."""
    rows = [["2023年重点任务分解表"],
            ["序号", "主要任务", "牵头单位", "责任单位", "完成时限", "备注"],
            ["一、", "组织保障"],
            [1.0, "  开展抽检  ", "县市场监管局", "县卫健局\n县教体局", date(2023, 6, 30), True],
            [2.5, "加强监管", "", "县农业农村局", 45107, False],
            ["3", "建立机制", "县公安局"],
            [4, "合并行", "", "", "2023年底", ""],
            [None, "", "", "", "", "注：按月报送"]]
    path = write_xlsx(tmp_path / "tasks.xlsx", rows, merges=["C7:D7"])
    grid = load_grids(path)[0]
    table = find_table(grid, task_synonyms(), breakdown_synonyms(), "tasks")
    reader = _TaskRows(table, path.name)
    for r in range(len(grid.rows) + 1):
        assert reader.field_texts(r) == {k: cell_text(v) for k, v in reader.row_values(r).items()}, r


def test_hidden_rows_and_columns_are_found_alike_with_and_without_any_hidden(tmp_path):
    """A sheet whose XML never says hidden is not scanned tag by tag (issue 17); the
    rows and columns found are those of scanning every tag, for sheets with hidden
    rows, hidden columns, both and neither."""
    def every_tag(path):
        out = {}
        with zipfile.ZipFile(path) as zf:
            for name, member in _xlsx_sheet_parts(zf):
                xml = zf.read(member)
                rows = {int(a[b"r"]) - 1 for a in (dict(_ATTR.findall(t)) for t in _ROW_TAG.findall(xml))
                        if a.get(b"hidden") in (b"1", b"true") and b"r" in a}
                cols = {c for a in (dict(_ATTR.findall(t)) for t in _COL_TAG.findall(xml))
                        if a.get(b"hidden") in (b"1", b"true") for c in range(int(a[b"min"]) - 1, int(a[b"max"]))}
                out[name] = (rows, cols)
        return out

    rows = [["序号", "主要任务", "责任单位"], [1, "hidden", "县公安局"], [2, "任务", "县财政局"]]
    for hidden_rows, hidden_cols in (((1,), ()), ((), ("C",)), ((2,), ("A", "C")), ((), ())):
        path = write_xlsx(tmp_path / f"h{len(hidden_rows)}{len(hidden_cols)}.xlsx", rows,
                          hidden_rows=hidden_rows, hidden_cols=hidden_cols)
        assert _xlsx_hidden(path) == every_tag(path) == {"Sheet1": (set(hidden_rows), {ord(c) - 65 for c in hidden_cols})}
