"""A task table whose every cell, the header's too, is closed by a line of one bar, the cell's text on
the lines before it (unseen w540, a city's 责任分解表 on a mirror site): a cell may hold several lines
(two lead units, one a line), two bars in a row are an empty cell, and a last empty column (a bar of
its own after every row) is no column (``text_tables._between_bar_lines``). Instances written for the
class, at other levels and with other columns; tables of this look whose rows are numbered or sit under
category rows keep their own reading (web w29, blind w450)."""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def _table(header: list[str], rows: list[list[str]], trailing_bar: bool = True) -> str:
    def cells(values: list[str]) -> str:
        return "".join(f"{v}\n|\n" if v else "|\n" for v in values) + ("|\n" if trailing_bar else "")
    return cells(header) + "".join(cells(r) for r in rows)


def test_a_lead_cell_of_two_units_on_two_lines_keeps_the_rows_in_place(tmp_path):
    text = "县安全生产工作目标责任分解表\n" + _table(
        ["工作目标任务", "完成时间", "牵头部门", "配合部门"],
        [["制定年度安全生产工作计划,保证经费投入逐年增加。", "年内", "县应急局\n县财政局", "县住建局"],
         ["开展危化品企业专项检查。", "6月底前", "县应急局", "县公安局、县市场监管局"],
         ["新增监测点。", "年内", "县应急局", ""],
         ["出台安全生产举报奖励办法。", "年内", "县司法局", "县应急局、县财政局"]])
    got = [(t[:8], lead, coop) for t, lead, _, coop in tasks_of(tmp_path, text)]
    assert got == [("制定年度安全生产", ["县应急局", "县财政局"], ["县住建局"]),
                   ("开展危化品企业专", ["县应急局"], ["县公安局", "县市场监管局"]),
                   ("新增监测点。", ["县应急局"], []),
                   ("出台安全生产举报", ["县司法局"], ["县应急局", "县财政局"])]


def test_without_a_trailing_empty_column_and_with_a_responsible_column(tmp_path):
    text = _table(["重点任务", "责任单位", "完成时限"],
                  [["推进老旧小区改造。", "区住建局\n各街道办事处", "2024年底"],
                   ["完善养老服务设施。", "区民政局", "2024年9月"],
                   ["开展燃气安全排查。", "区城管局", "长期"]], trailing_bar=False)
    got = [(t[:6], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("推进老旧小区", ["区住建局", "各街道办事处"]), ("完善养老服务", ["区民政局"]),
                   ("开展燃气安全", ["区城管局"])]


def test_a_last_row_cut_off_by_the_end_of_the_page_is_kept(tmp_path):
    text = _table(["工作任务", "牵头单位", "配合单位"],
                  [["建设应急避难场所。", "市应急局", "市自然资源局"],
                   ["完善地震监测台网。", "市地震局", "市财政局"]]) + "开展科普宣传。\n|\n市科协\n"
    got = [(t[:6], lead) for t, lead, _, _ in tasks_of(tmp_path, text)]
    assert got == [("建设应急避难", ["市应急局"]), ("完善地震监测", ["市地震局"]), ("开展科普宣传", ["市科协"])]


# ------------------------------------------------------------------ near misses: read by their anchors


def test_numbered_rows_under_category_rows_keep_their_reading(tmp_path):
    text = ("序号\n|\n重点工作任务\n|\n责任单位\n|\n(一)常务副县长牵头重点工作\n|\n1\n|\n加快建设科创走廊。\n|\n县科技局\n|\n"
            "2\n|\n推进人才服务综合体建设。\n|\n县人社局、县科技局\n|\n")
    got = [(t[:6], resp) for t, _, resp, _ in tasks_of(tmp_path, text)]
    assert got == [("加快建设科创", ["县科技局"]), ("推进人才服务", ["县人社局", "县科技局"])]
