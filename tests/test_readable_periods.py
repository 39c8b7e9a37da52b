"""Nobody reads an ISO week: no "2023-W10" in anything a person sees — the visible
cells (and page headers) of the workbooks sent out and of the 汇总台账, the names
of files and folders, the text of the 通报 and the 督办通知, what split and merge
say. The machine's period key stays where no one reads it: the hidden _ledger
sheet, the hidden id columns, the document properties and the database."""
from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from conftest import copy_workspace

ISO_WEEK = re.compile(r"W\d\d")


def visible_texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) of every visible sheet's visible cells and page header and footer."""
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        hidden = {k for k, d in ws.column_dimensions.items() if d.hidden}
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and get_column_letter(cell.column) not in hidden:
                    out.append((f"{path.name}!{ws.title}!{cell.coordinate}", cell.value))
        for part in (ws.oddHeader, ws.oddFooter):
            out += [(f"{path.name}!{ws.title}!页眉页脚", p.text) for p in (part.left, part.center, part.right) if p.text]
    return out


def docx_text(path: Path) -> str:
    """Every text run of a .docx: body, tables, page headers and footers."""
    with zipfile.ZipFile(path) as zf:
        parts = [n for n in zf.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
        return "".join("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", zf.read(n).decode("utf-8")))
                       for n in parts)


def weeks_in(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if ISO_WEEK.search(text)]


def test_the_demo_shows_no_iso_week_anywhere_a_person_reads(demo_run, run_cli, tmp_path):
    src, _data = demo_run
    root = copy_workspace(src, tmp_path / "demo")  # the suite's demo run, copied: this splits the next week into it
    split = run_cli("split", "-w", root, "--period", "2023-W11")
    assert split.code == 0, split.err
    late = root / "回收" / "2023年第11周"
    late.mkdir(parents=True, exist_ok=True)  # split makes it (2026-12-07)
    shutil.copy(next((root / "下发" / "2023年第10周").glob("城关镇_*.xlsx")), late / "城关镇.xlsx")  # last week's
    merged = run_cli("merge", "-w", root)
    assert "这是2023年第10周的填报表，不是本期（2023年第11周）的" in merged.err + merged.out
    said = [("ledger split", split.err + split.out), ("ledger merge", merged.err + merged.out)]
    names = [(str(p.relative_to(root)), p.name) for p in root.rglob("*")]
    assert {"下发/2023年第10周", "下发/2023年第11周", "回收/2023年第10周"} <= {where for where, _n in names}
    workbooks = [p for p in root.rglob("*.xlsx") if not p.name.startswith("某单位报送")]  # the demo's damaged file
    assert len(workbooks) > 140
    cells = [t for p in workbooks for t in visible_texts(p)]
    w11 = next(p for p in workbooks if p.name == "平罗县市场监督管理局_2023年第11周.xlsx")
    assert any(text.startswith("【2023年第10周 ") for _w, text in visible_texts(w11))  # 上期进展
    letters = sorted(root.glob("通报/*.docx")) + sorted(root.glob("通报/*/*.docx"))
    assert len(letters) >= 2  # the 通报 and at least one 督办通知
    documents = [(p.name, docx_text(p)) for p in letters]
    assert weeks_in(said + names + cells + documents) == []


def test_the_period_key_stays_where_the_machine_reads_it(demo_run):
    root, _data = demo_run
    book = next((root / "下发" / "2023年第10周").glob("城关镇_*.xlsx"))
    wb = openpyxl.load_workbook(book)
    meta = wb["_ledger"]
    assert meta.sheet_state == "veryHidden"
    assert {meta.cell(r, 1).value: meta.cell(r, 2).value for r in range(1, 10)}["period"] == "2023-W10"
    assert {p.name: p.value for p in wb.custom_doc_props.props}["ledger_period"] == "2023-W10"
