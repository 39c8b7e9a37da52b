"""The 汇总台账 and the 检查报告 on paper: A4, one page wide, text printed at 9
points or more, the 状态灯 explained, empty sheets saying so, every unit's bar
named in the 单位汇总 charts; checked in the workbook (page set-up, column
widths, fonts) and, with LibreOffice, on the rendered pages."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter

from conftest import GOLDEN, SAMPLES, check_golden
from ledger.io.cells import ROOMY_LINE_HEIGHT, row_points, wrapped_lines
from ledger.io.check_report import FINDINGS_SHEET, HEADERS, PAGE_WIDTH, write_check_report
from ledger.io.ledger_workbook import DETAIL_COLUMNS, MAIN_PRINTED, LedgerData, main_columns, write_ledger
from ledger.validate import check
from ledger.workspace import DEFAULT_LIGHTS

soffice = shutil.which("soffice") or shutil.which("libreoffice")
LEGIBLE = 9.0  # points, as printed
PAPER_INCHES = {9: (8.27, 11.69)}  # A4, portrait width and height
LEDGER_SHEETS = ["总台账", "报送明细", "未报送单位", "逾期任务", "单位汇总"]
CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


# --- what the workbook says about its printed pages ----------------------------------------

def column_widths(ws) -> dict[int, tuple[float, bool]]:
    """Column number -> (width as stored, hidden); columns never set have Excel's default."""
    out = {}
    for dim in ws.column_dimensions.values():
        for c in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
            out[c] = (dim.width or 8.43 + 0.71, bool(dim.hidden))
    return out


def printed_columns(ws) -> range:
    """The columns of the print area (all used columns without one)."""
    if ws.print_area:
        ref = ws.print_area.split("!")[-1].replace("$", "")
        first, last = (re.match(r"[A-Z]+", part).group() for part in ref.split(":"))
        return range(column_index_from_string(first), column_index_from_string(last) + 1)
    return range(1, ws.max_column + 1)


def printed_scale(ws) -> float:
    """The scale the sheet prints at: fitted to one page width, the printable
    width over the printed columns' width in pixels (Excel: a column of stored
    width w takes int(7w + 0.5) pixels at 100%, 96 a inch), never above 100%."""
    setup, props = ws.page_setup, ws.sheet_properties.pageSetUpPr
    if not (props and props.fitToPage):
        return (setup.scale or 100) / 100
    assert setup.fitToWidth in (None, 1) and setup.fitToHeight == 0  # one page wide, any number down
    short, long = PAPER_INCHES[int(setup.paperSize)]
    paper = long if setup.orientation == "landscape" else short
    printable = (paper - ws.page_margins.left - ws.page_margins.right) * 96
    widths = column_widths(ws)
    pixels = sum(int(7 * widths.get(c, (9.14, False))[0] + 0.5) for c in printed_columns(ws)
                 if not widths.get(c, (0, False))[1])
    return min(1.0, printable / pixels)


def smallest_font(ws, rows: int = 300) -> float:
    """The smallest font size of a non-empty cell in the print area (first rows)."""
    cols = printed_columns(ws)
    sizes = [cell.font.sz for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, rows),
                                                   min_col=cols.start, max_col=cols.stop - 1)
             for cell in row if cell.value not in (None, "")]
    return min(float(s or 11) for s in sizes)


def printed_points(ws) -> float:
    return smallest_font(ws) * printed_scale(ws)


# --- a small ledger, written directly -------------------------------------------------------

def task(number: str, text: str, **values) -> dict[str, object]:
    row = {"编号": number, "任务内容": text, "牵头单位": "市场监管局", "完成时限": "6月底前",
           "距时限天数": 20, "完成状态": "推进中", "状态灯": "绿灯", "任务标识": f"T{number}"}
    return {**row, **values}


def ledger_data(units: int = 3, **changes) -> LedgerData:
    main = [task("1", "加大食品安全标准解释、宣传贯彻和培训力度，" * 6, 存在问题="基层执法力量不足"),
            task("2", "监督食品生产企业严格按照相应食品安全标准生产食品。", 各单位进展="县农业农村局【推进中】已部署。\n" * 20),
            task("3-1", "强化统筹协调作用。", 距时限天数=-3, 状态灯="红灯", 完成状态="滞后")]
    unit_rows = [(f"第{i + 1:03d}单位", "乡镇", 10, 10 - i % 11, 0, (10 - i % 11) / 10, "按时报送") for i in range(units)]
    data = LedgerData("平罗县任务汇总台账", "平罗县食安办　2023年第10周（3月6日—3月12日）　报送截止：2023年3月10日",
                      main, [], [], unit_rows, dict(DEFAULT_LIGHTS), 14)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def charts(path: Path) -> list[dict[str, object]]:
    """Each chart of the workbook: title text, category and value ranges, label skip."""
    out = []
    with zipfile.ZipFile(path) as zf:
        for name in sorted(n for n in zf.namelist() if n.startswith("xl/charts/chart")):
            xml = zf.read(name).decode("utf-8")
            out.append({"title": "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml.split("</c:title>")[0])),
                        "categories": re.search(r"<c:cat>.*?<c:f>([^<]*)</c:f>", xml, re.S).group(1),
                        "values": re.search(r"<c:val>.*?<c:f>([^<]*)</c:f>", xml, re.S).group(1),
                        "label_skip": re.search(r'<c:tickLblSkip val="(\d+)"', xml).group(1)})
    return out


def layout(path: Path) -> dict[str, object]:
    """What the golden keeps of a 汇总台账: per sheet the page set-up, the print
    area, widths, hidden columns, page header and footer, the rows above the
    table, the header, the row heights; and the charts."""
    wb = openpyxl.load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        setup = ws.page_setup
        sheets[ws.title] = {
            "orientation": setup.orientation, "paper": setup.paperSize, "fit": [setup.fitToWidth, setup.fitToHeight],
            "title_rows": ws.print_title_rows, "print_area": ws.print_area,
            "widths": {get_column_letter(c): round(w, 2) for c, (w, _h) in sorted(column_widths(ws).items())},
            "hidden": [get_column_letter(c) for c, (_w, h) in sorted(column_widths(ws).items()) if h],
            "page_header": ws.oddHeader.right.text, "page_footer": [ws.oddFooter.left.text, ws.oddFooter.center.text,
                                                                    ws.oddFooter.right.text],
            "top": [str(ws.cell(r, 1).value) for r in (1, 2)], "header": [c.value for c in ws[3]],
            "first_row": [c.value for c in ws[4]],
            "heights": [ws.row_dimensions[r].height for r in range(1, min(ws.max_row, 8) + 1)],
            "page_breaks": [b.id for b in ws.row_breaks.brk]}
    return {"sheets": sheets, "charts": charts(path)}


def test_ledger_layout_golden(tmp_path, update_golden):
    path = tmp_path / "汇总台账.xlsx"
    write_ledger(path, ledger_data(units=46))
    check_golden(GOLDEN / "ledger-print.json", layout(path), update_golden)


def test_every_sheet_prints_at_a_legible_size(tmp_path):
    path = tmp_path / "汇总台账.xlsx"
    write_ledger(path, ledger_data(units=46))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == LEDGER_SHEETS
    for ws in wb.worksheets:
        assert ws.page_setup.paperSize == 9 and ws.print_title_rows == "$3:$3", ws.title
        assert ws.page_setup.orientation == ("portrait" if ws.title == "单位汇总" else "landscape"), ws.title
        assert printed_points(ws) >= LEGIBLE, (ws.title, smallest_font(ws), printed_scale(ws))


def test_main_sheet_prints_what_a_leader_reads_and_keeps_the_rest_on_screen(tmp_path):
    path = tmp_path / "汇总台账.xlsx"
    data = ledger_data()
    data.main[0]["任务标题"] = "标准宣贯"
    write_ledger(path, data)
    ws = openpyxl.load_workbook(path)["总台账"]
    header = [c.value for c in ws[3]]
    printed = [header[c - 1] for c in printed_columns(ws)]
    assert printed == ["编号", "任务标题", "任务内容", "牵头单位", "完成时限", "距时限天数", "完成状态", "状态灯",
                       "牵头单位进展", "存在问题"]
    assert printed[-1] == MAIN_PRINTED and header[-1] == "任务标识"
    assert {"各单位进展", "责任/配合单位", "类别", "佐证材料", "销号确认"} <= set(header) - set(printed)
    assert column_widths(ws)[len(header)][1]  # the id column is hidden
    assert sum(w for _h, w in main_columns(data.main)[:len(printed)]) == \
        sum(w for _h, w in main_columns(ledger_data().main)[:len(printed) - 1])  # a title column costs no width
    assert "其余各列见电子表格" in ws.oddHeader.right.text
    assert printed_points(ws) >= LEGIBLE


def test_rows_are_as_high_as_their_wrapped_chinese_text(tmp_path):
    path = tmp_path / "汇总台账.xlsx"
    data = ledger_data()
    write_ledger(path, data)
    ws = openpyxl.load_workbook(path)["总台账"]
    widths = dict(main_columns(data.main))
    text = data.main[0]["任务内容"]
    assert wrapped_lines(text, widths["任务内容"]) == -(-2 * len(text) // (widths["任务内容"] - 1)) == 7
    def points(lines: int, extra: float = 0) -> object:
        return pytest.approx(lines * ROOMY_LINE_HEIGHT + extra, abs=0.75)  # stored in whole pixels
    assert ws.row_dimensions[4].height == points(7, 3)  # CJK counted double: 126 characters, 7 lines, and the inset
    assert ws.row_dimensions[5].height == points(8, 3)  # 21 lines off the printed page count for 8
    assert ws.row_dimensions[6].height is None  # one line each
    assert ws.row_dimensions[3].height == points(2, 4)  # 距时限天数 on two lines


def test_a_text_again_in_a_column_of_another_width_takes_that_width_s_lines(tmp_path):
    """Row heights of 报送明细, where texts come again (line counts are kept by text and width):
    one text in 本期进展 (34 wide), then in 存在问题 (22 wide), then in 本期进展 again."""
    text = "各单位按照方案要求，结合实际制定本单位工作计划，明确责任分工和时间节点。" * 3
    row = ("1.1", "任务", "县农业农村局", "牵头", "", "推进中", "", "", "", "", "", "", "", "", "", "")
    columns = dict(DETAIL_COLUMNS)
    wide, narrow = wrapped_lines(text, columns["本期进展"]), wrapped_lines(text, columns["存在问题"])
    assert (wide, narrow) == (7, 11)
    path = tmp_path / "汇总台账.xlsx"
    write_ledger(path, ledger_data(details=[row[:6] + (text, "") + row[8:], row[:6] + ("", text) + row[8:],
                                            row[:6] + (text, "") + row[8:]]))
    ws = openpyxl.load_workbook(path)["报送明细"]
    assert [ws.row_dimensions[r].height for r in (4, 5, 6)] == [
        pytest.approx(row_points(n), abs=0.75) for n in (wide, narrow, wide)]


def test_status_light_legend_on_the_sheet_and_every_printed_page(tmp_path):
    path = tmp_path / "汇总台账.xlsx"
    lights = {**DEFAULT_LIGHTS, "red": "红牌", "yellow": "黄牌", "green": "蓝牌", "green_color": "#5B9BD5"}
    write_ledger(path, ledger_data(lights=lights, yellow_days=7))
    ws = openpyxl.load_workbook(path, rich_text=True)["总台账"]
    legend = ws["A2"].value
    text = "".join(str(part) for part in legend)
    assert text.startswith("平罗县食安办") and "\n状态灯：" in text
    for words in ("红牌：已过完成时限仍未完成", "黄牌：距完成时限7天以内、报有存在问题或进展滞后", "蓝牌：按计划推进、已完成或已销号"):
        assert words in text and words in ws.oddFooter.left.text
    marks = [part.font.color.rgb for part in legend if getattr(part, "text", "") == "■"]
    assert marks == ["FFFF4D4D", "FFFFD966", "FF5B9BD5"]  # the lights' own colours
    assert ws.row_dimensions[2].height >= 2 * ROOMY_LINE_HEIGHT


def test_empty_sheets_say_so_in_a_line(tmp_path):
    path = tmp_path / "汇总台账.xlsx"
    write_ledger(path, ledger_data(units=0, main=[]))
    wb = openpyxl.load_workbook(path)
    said = {name: wb[name]["A4"].value for name in LEDGER_SHEETS}
    assert said == {"总台账": "台账中尚无任务。", "报送明细": "本期尚无单位报送。", "未报送单位": "本期各单位均已按时报送。",
                    "逾期任务": "本期无逾期任务。", "单位汇总": "本期没有需要报送的单位。"}
    assert all(any(str(r).startswith("A4:") for r in wb[name].merged_cells.ranges) for name in LEDGER_SHEETS)
    assert charts(path) == []


@pytest.mark.parametrize("units, ranges", [
    (3, [(4, 6)]),
    (40, [(4, 43)]),
    (46, [(4, 26), (27, 49)]),  # every unit, in two even charts
    (200, [(4, 43), (44, 83), (124, 163), (164, 203)]),  # the highest 80 and the lowest 80
])
def test_unit_charts_name_every_bar_highest_and_lowest(tmp_path, units, ranges):
    path = tmp_path / "汇总台账.xlsx"
    write_ledger(path, ledger_data(units=units))
    got = charts(path)
    assert [c["categories"] for c in got] == [f"单位汇总!$A${a}:$A${b}" for a, b in ranges]
    assert [c["values"] for c in got] == [f"单位汇总!$F${a}:$F${b}" for a, b in ranges]
    assert all(c["label_skip"] == "1" for c in got)  # every bar's name shown
    assert [c["title"] for c in got] == [f"各单位任务完成率（由高到低第{a - 3}—{b - 3}个，共{units}个单位）"
                                         for a, b in ranges]
    ws = openpyxl.load_workbook(path)["单位汇总"]
    assert [b.id for b in ws.row_breaks.brk][:1] == [3 + units + 1]  # the charts start on a page of their own


def test_check_report_reads_in_chinese_and_prints_one_page_wide(tmp_path):
    out = tmp_path / "检查报告.xlsx"
    result = check(SAMPLES / "平罗县任务清单.xls", breakdown=SAMPLES / "平罗县任务分解表.xlsx",
                   units=SAMPLES / "平罗县单位名录.xlsx", report=out)
    wb = openpyxl.load_workbook(out)
    ws = wb[FINDINGS_SHEET]
    assert [c.value for c in ws[1]] == list(HEADERS) and HEADERS[-1] == "代码" and HEADERS[:2] == ("序号", "级别")
    assert [r[-1] for r in ws.iter_rows(min_row=2, values_only=True)] == [f.code for f in result.findings]
    assert ws.print_title_rows == "$1:$1" and ws.freeze_panes == "A2"
    for sheet in wb.worksheets:
        assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ("landscape", 9), sheet.title
        assert printed_points(sheet) >= LEGIBLE, (sheet.title, smallest_font(sheet), printed_scale(sheet))
    copied = wb["分解表-任务分解表"]  # rebuilt from values: widths from its content, within a page
    widths = {c: w for c, (w, _h) in column_widths(copied).items()}
    assert len(widths) == copied.max_column and sum(widths.values()) <= PAGE_WIDTH + copied.max_column
    assert widths[column_index_from_string("C")] > 25 and widths[column_index_from_string("F")] < 12  # 具体措施, 责任人
    assert all(copied.row_dimensions[r].height for r in range(3, 8))  # rows as high as their wrapped text


# --- rendered by LibreOffice ----------------------------------------------------------------

def render(paths: list[Path], tmp_path: Path) -> dict[str, Path]:
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *map(str, paths)], check=True, capture_output=True, timeout=300)
    return {p.stem: tmp_path / f"{p.stem}.pdf" for p in paths}


def pages(pdf: Path) -> list[dict[str, object]]:
    """Each page: size in points, its words (x, y, text), and the printed size of
    its Chinese text (the advance of a full-width character is its font size)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out = []
    for page in html.split("<page ")[1:]:
        size = tuple(round(float(v)) for v in re.match(r'width="([\d.]+)" height="([\d.]+)"', page).groups())
        words = [(float(m[1]), float(m[2]), float(m[3]), m[4]) for m in
                 re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', page)]
        sizes = [(x1 - x0) / len(w) for x0, _y, x1, w in words if CJK_WORD.match(w)]
        out.append({"size": size, "words": words, "text": " ".join(w for *_xy, w in words),
                    "smallest": min(sizes, default=99.0)})
    return out


def carlito() -> bool:
    """Calibri's metrics, which the column widths are counted in (without them
    LibreOffice lays columns out about 30% wider and prints smaller)."""
    fonts = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    return "carlito" in fonts.lower() or "calibri" in fonts.lower()


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_printed_pages_of_the_demo(demo_run, tmp_path):
    root, _data = demo_run
    ledger, report = root / "台账" / "汇总台账.xlsx", root / "台账" / "检查报告.xlsx"
    pdf = render([ledger, report], tmp_path)
    printed = pages(pdf["汇总台账"])
    main = [p for p in printed if "本表打印“编号”至“存在问题”各列" in p["text"] and "牵头单位进展" in p["text"]]
    assert main and all(p["size"] == (842, 595) for p in main)  # A4 landscape
    first = main[0]["text"]
    assert "状态灯：■红灯：已过完成时限仍未完成；■黄灯：距完成时限14天以内" in first
    assert all("状态灯" in p["text"] and "绿灯：按计划推进、已完成或已销号" in p["text"] for p in main)  # footer
    assert not any(word in first for word in ("各单位进展", "任务标识", "销号确认"))  # off the printed page
    assert "本期无逾期任务。" in " ".join(p["text"] for p in printed)  # the demo has no overdue task
    units = [r[0] for r in openpyxl.load_workbook(ledger)["单位汇总"].iter_rows(min_row=4, values_only=True)]
    chart_pages = [p for p in printed if "各单位任务完成率（由高到低" in p["text"]]
    named = {w for p in chart_pages for *_xy, w in p["words"]}
    assert len(units) == 46 and set(units) <= named  # every unit's bar named
    assert all(p["size"] == (595, 842) for p in chart_pages)
    checked = pages(pdf["检查报告"])
    assert all(p["size"] == (842, 595) for p in checked)
    header = sorted((x0, w) for x0, y, _x1, w in checked[0]["words"] if y < checked[0]["words"][0][1] + 5)
    assert [w for _x, w in header] == list(HEADERS)  # 序号 … 原值, the English code last
    if not carlito():
        pytest.skip("fonts-crosextra-carlito (installed by scripts/install-system.sh) is missing: "
                    "printed sizes would not be Excel's")
    small = [(i, round(p["smallest"], 2)) for i, p in enumerate(printed + checked, 1) if p["smallest"] < LEGIBLE - 0.1]
    assert small == []  # every page's Chinese text printed at 9 points or more


# --- the fill-in workbook a unit gets -------------------------------------------------------

SPLIT_PRINTED = ["编号", "任务内容", "完成时限", "完成状态", "本期进展", "存在问题", "下步计划", "佐证材料", "预计完成时间"]


def unit_book(tmp_path: Path, **row) -> Path:
    """One unit's workbook, written directly: a lead unit's, with 任务标题 and 其他信息
    when ``row`` gives them, a long task text and a long 上期进展."""
    from ledger.io.unit_template import write_unit_workbook
    from ledger.io.unit_workbook import MeasureRow, SplitMeta, TaskRow, UnitBook

    text = "加大食品安全标准解释、宣传贯彻和培训力度，" * 6
    tasks = [TaskRow("T1", "1", "一、标准", text, "市场监管局", "配合：农业农村局", "牵头", "6月底前", lines=7,
                     last="【2023年第9周 推进中】" + "已开展宣贯。" * 30, **row),
             TaskRow("T2", "2", "一、标准", "短任务。", "市场监管局", "", "牵头", "长期坚持", lines=1)]
    measures = [MeasureRow("M1", "T1", "1", "制定宣贯方案" * 10, "综合科", "张三", "3月底前")]
    path = tmp_path / "市场监管局_2023年第10周.xlsx"
    write_unit_workbook(path, UnitBook("市场监管局", path.name, tasks, measures),
                        SplitMeta("ws", "2023-W10", "2023年第10周", "2023年3月10日（星期五）", "食安办"))
    return path


@pytest.mark.parametrize("row, printed", [
    ({}, SPLIT_PRINTED),
    ({"title": "标准宣贯", "extra": "资金：5万元"}, SPLIT_PRINTED[:1] + ["任务标题"] + SPLIT_PRINTED[1:]),
])
def test_fill_in_workbook_prints_the_task_and_the_inputs_at_a_legible_size(tmp_path, row, printed):
    wb = openpyxl.load_workbook(unit_book(tmp_path, **row))
    ws = wb["任务进展"]
    header = [c.value for c in ws[4]]
    assert [header[c - 1] for c in printed_columns(ws)] == printed
    assert {"上期进展", "类别", "牵头单位", "责任/配合单位", "本单位角色", "各责任单位上期进展"} <= set(header) - set(printed)
    assert ("其他信息" in header) == bool(row) and header[-1] == "任务标识（请勿修改）"
    assert column_widths(ws)[len(header)][1]  # the id column is hidden, and off the printed page
    labels = {c.value: c.column for c in ws[2] if c.value in ("填报人", "联系电话")}  # under the title
    assert "填报人" not in header and list(labels) == ["填报人", "联系电话"]
    assert labels["联系电话"] == header.index("完成时限") + 1  # the name as wide as the task's columns
    assert not any(ws.cell(2, c + 1).protection.locked for c in labels.values())
    assert "本表打印“编号”至“预计完成时间”各列，上期进展等其余各列见电子表格" in ws.oddHeader.right.text
    measures = wb["分解任务"]
    assert [c.value for c in measures[4]][:len(printed_columns(measures))] == [
        "任务编号", "具体措施", "责任科室", "责任人", "时间节点", "完成状态", "本期进展", "存在问题", "佐证材料"]
    for sheet in (ws, measures):
        assert (sheet.page_setup.orientation, sheet.page_setup.paperSize, sheet.print_title_rows) == ("landscape", 9, "$4:$4")
        assert printed_points(sheet) >= LEGIBLE, (sheet.title, smallest_font(sheet), printed_scale(sheet))


def test_fill_in_rows_are_as_high_as_their_wrapped_chinese_text(tmp_path):
    ws = openpyxl.load_workbook(unit_book(tmp_path))["任务进展"]
    header = [c.value for c in ws[4]]
    width = column_widths(ws)[header.index("任务内容") + 1][0]
    text = ws.cell(5, header.index("任务内容") + 1).value
    assert wrapped_lines(text, round(width)) == 7  # 126 characters, counted double
    assert ws.row_dimensions[5].height == pytest.approx(row_points(7), abs=0.75)
    assert ws.row_dimensions[6].height == pytest.approx(row_points(2), abs=0.75)  # room to type


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_printed_pages_of_a_fill_in_workbook(tmp_path):
    books = tmp_path / "books"
    books.mkdir()
    pdf = render([unit_book(books)], tmp_path)
    printed = pages(next(iter(pdf.values())))
    assert printed and all(p["size"] == (842, 595) for p in printed)  # A4 landscape
    assert all("本期进展" in p["text"] and "佐证材料" in p["text"] for p in printed)  # the header on every page
    assert not any(w in ("上期进展", "本单位角色") for p in printed for *_xy, w in p["words"])  # off the printed page
    assert "填报人" in printed[0]["text"] and "联系电话" in printed[0]["text"]
    if not carlito():
        pytest.skip("fonts-crosextra-carlito (installed by scripts/install-system.sh) is missing: "
                    "printed sizes would not be Excel's")
    assert [(i, round(p["smallest"], 2)) for i, p in enumerate(printed, 1) if p["smallest"] < LEGIBLE - 0.1] == []


# --- rows at the lengths where a wrapped text fills its last line -----------------------------

HAIYAN = ["全县生产总值增长7.5%左右;一般公共预算收入增长8.5%;城乡居民人均可支配收入与经济增长基本同步,收入倍差进一步缩小。",
          "落实党政机关过紧日子的要求,节俭办一切事业,全县非刚性、非重点项目支出预算只减不增,严控“三公”经费和会议费、培训费,"
          "努力降低行政运行成本。"]  # the 海盐 probe's 1.1 and 1.2: 1.2's "。" was cut at the row's bottom
SIGNS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"  # each row written with its own character


def boundary_texts() -> list[str]:
    """Texts that end a line exactly in a 任务内容 column (40 wide; LibreOffice puts 22
    Chinese characters a line there), with and without a closing "。" or "”。" going
    down alone, a line break, and runs of digits that are not broken."""
    out = []
    for i, (n, end) in enumerate([(22, "。"), (44, "。"), (66, "。"), (21, "”。"), (43, "”。"), (39, ""), (40, ""),
                                  (20, "。\n"), (22, "\n。"), (10, "2026,7.5%" * 4 + "。"), (5, "20261231" * 6)]):
        out.append(SIGNS[i] * n + end)
    return out


def row_lines_in(pdf: Path, texts: list[str]) -> list[list[tuple[float, float, str]]]:
    """Each text's printed lines (yMin, yMax, text; a page 10,000 points below the one
    before): the words that start where the text's column does, found by the
    character each text is written with."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = [(float(x0), n * 10_000 + float(y0), n * 10_000 + float(y1), w)
             for n, page in enumerate(html.split("<page ")[1:]) for x0, y0, y1, w in
             re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page)]
    left = min(x0 for x0, _y0, _y1, w in words if w[:1] in SIGNS)
    signs = [next(ch for ch in t if ch in SIGNS) for t in texts]
    rows: list[list] = [[] for _ in texts]
    for x0, y0, y1, w in sorted(words, key=lambda word: word[1]):
        if abs(x0 - left) < 2:  # a line of the column (a line without spaces is one word)
            i = next((i for i, sign in enumerate(signs) if sign in w), None)
            if i is None:  # a line without the row's character ("。" gone down alone): the row just above
                i = max((k for k, lines in enumerate(rows) if lines), default=None)
                if i is None or y0 - rows[i][-1][0] > 20:
                    continue  # the page's footer, say
            rows[i].append((y0, y1, w))
    return rows


def assert_every_line_printed_whole(pdf: Path, texts: list[str]) -> None:
    """Every character of every text is printed, and each row's last line ends a
    line gap and more above the next row's first line (it was one line gap, the
    bottom of the last line cut off, or a lone "。" not printed at all)."""
    rows = row_lines_in(pdf, texts)
    for text, lines in zip(texts, rows):
        printed = "".join(t for _y0, _y1, t in lines)
        assert printed == text.replace("\n", ""), (text, printed)
    chinese = [lines for lines in rows if not any(re.search(r"[!-~]", t) for *_y, t in lines)] or rows
    pitch = min(b[0] - a[0] for lines in chinese for a, b in zip(lines, lines[1:]))
    gap = pitch - max(y1 - y0 for lines in chinese for y0, y1, _t in lines)  # between two lines of one cell
    room = [round(after[0][0] - lines[-1][1], 2) for lines, after in zip(rows, rows[1:])]
    assert min(room) >= gap + 1.5, (gap, room)


def fill_in_book(tmp_path: Path, texts: list[str]) -> Path:
    """The fill-in workbook of the one unit of a workspace whose tasks are ``texts``, as split writes it."""
    from conftest import write_xlsx
    from ledger.imports import import_files
    from ledger.splitting import split
    from ledger.workspace import init_workspace, open_workspace

    root = tmp_path / "ws"
    init_workspace(root, "海盐县人民政府办公室")
    tasks = [["序号", "工作任务", "牵头单位", "完成时限"]] + [[str(i + 1), t, "县财政局", "长期坚持"] for i, t in enumerate(texts)]
    roster = [["单位名称", "简称"], ["海盐县财政局", "县财政局"]]
    import_files(open_workspace(root), write_xlsx(tmp_path / "清单.xlsx", tasks),
                 units=write_xlsx(tmp_path / "名录.xlsx", roster))
    result = split(open_workspace(root), "2026-W48", today=date(2026, 11, 23), workers=1)
    return Path(result.outputs[0]["file"])


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_the_last_line_of_a_task_text_prints_whole(tmp_path):
    texts = boundary_texts()
    ledger = tmp_path / "汇总台账.xlsx"
    main = [task(str(i + 1), text, 牵头单位="海盐县财政局", 完成时限="长期坚持") for i, text in enumerate(texts)]
    write_ledger(ledger, ledger_data(main=main))
    book = fill_in_book(tmp_path, texts)
    pdf = render([ledger, book], tmp_path)
    for path in (ledger, book):
        assert_every_line_printed_whole(pdf[path.stem], texts)


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_the_haiyan_rows_print_whole(tmp_path):
    texts = [SIGNS[i] + t for i, t in enumerate(HAIYAN)]
    ledger = tmp_path / "汇总台账.xlsx"
    write_ledger(ledger, ledger_data(main=[task(str(i + 1), t) for i, t in enumerate(texts)]))
    assert_every_line_printed_whole(render([ledger], tmp_path)["汇总台账"], texts)


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_units_not_reporting_print_each_on_one_line(tmp_path):
    """未报送单位: a phone number on one line in its column (it wrapped at its "-" and
    printed over the next row), the subtitle broken where its parts meet."""
    subtitle = "海盐县人民政府办公室　2026年第48周（11月23日—11月29日）　报送截止：2026年11月27日"
    missing = [("海盐县财政局", "经济部门", "李红", "0573-86011234", "逾期报送"),
               ("国家税务总局海盐县税务局", "经济部门", "王敏", "13905730000", "逾期报送"),
               ("海盐县农业农村局", "其他部门", "赵刚", "13666666666", "未报送")]
    ledger = tmp_path / "汇总台账.xlsx"
    write_ledger(ledger, ledger_data(missing=missing, subtitle=subtitle))
    printed = [p for p in pages(render([ledger], tmp_path)["汇总台账"]) if "未报送（含逾期报送）单位" in p["text"]]
    words = printed[0]["words"]
    assert {w for *_xy, w in words} >= {"0573-86011234", "13905730000", "13666666666"}  # each whole, on one line
    first = next(y for _x, y, _x1, w in words if w.startswith("海盐县人民政府办公室"))
    second = [w for _x, y, _x1, w in words if first + 5 < y < first + 20 and "报送截止" in w]
    assert second and second[0].startswith("报送截止："), second  # the subtitle's second line is a part of it
