"""The fill-in workbooks of ``ledger split`` written from parts made once per
shape (``ledger/io/unit_template.py``, rows streamed as XML), held to
XlsxWriter's own writing of the same books (``write_unit_workbook(engine=
"xlsxwriter")``, the reference): cell by cell through openpyxl (value, type,
style, protection), the validations, merged cells, columns, panes, print set-up,
page header, document and custom properties, and through python-calamine; on
the 平罗 and 五原 samples, on books of every shape full of tricky text, and on the
city workload. LibreOffice opens and re-saves a streamed book, and the re-saved
file merges with every row in place.

The streamed rows are inline strings, the reference's shared strings, both
with Excel's escapes (``_x0001_`` for a control character, ``_x005F_`` before a
literal ``_xHHHH_``), which Excel, LibreOffice and calamine read in both. openpyxl
reads neither, but drops ``x005F_`` from a shared string (not from an inline one):
the streamed book's openpyxl values get that same step (``as_shared``)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ledger import splitting
from ledger.imports import import_files
from ledger.io import unit_template
from ledger.io.unit_template import write_unit_workbook
from ledger.io.unit_workbook import MeasureRow, SplitMeta, TaskRow, UnitBook
from ledger.keys import derive
from ledger.merging import merge
from ledger.workspace import init_workspace
from test_xlsx_stream import TRICKY, calamine_dump, cell_dump, written_with_each_deflate

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GEN = ROOT.parent / "shared" / "bench" / "gen_ledger.py"
PERIOD = "2023-W10"
soffice = shutil.which("soffice")


def as_shared(value):
    """An inline string's text as openpyxl reads the same text in a shared string
    (openpyxl.reader.strings: ``text.replace('x005F_', '')``)."""
    return value.replace("x005F_", "") if isinstance(value, str) else value


def book_dump(path: Path, inline: bool = False) -> dict:
    """``cell_dump`` and what it leaves out of a fill-in workbook: columns, merged
    cells, panes, sheet state, protection, page set-up and header, defined names,
    document and custom properties. ``inline``: a streamed book (``as_shared``)."""
    out = cell_dump(path)
    if inline:
        out = {k: (as_shared(v[0]), *v[1:]) if isinstance(k[1], str) and k[1][:1].isalpha() and
               isinstance(v, tuple) and len(v) > 1 else v for k, v in out.items()}
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        p = ws.protection
        out[(ws.title, "sheet")] = (
            ws.sheet_state, sorted(str(r) for r in ws.merged_cells.ranges), ws.freeze_panes,
            {k: (d.width, d.hidden, d.style_id) for k, d in ws.column_dimensions.items()},
            (p.sheet, p.password, p.sort, p.autoFilter, p.formatColumns, p.formatRows, p.insertRows,
             p.selectLockedCells, p.selectUnlockedCells),
            (ws.page_setup.paperSize, ws.page_setup.fitToHeight, ws.print_options.horizontalCentered,
             ws.page_margins.left, ws.page_margins.top),
            (ws.oddHeader.left.text, ws.oddHeader.right.text, ws.oddFooter.center.text),
            sorted((n, str(d.attr_text)) for n, d in ws.defined_names.items()))
    props = wb.properties
    out["properties"] = (props.title, props.subject, props.creator, props.description,
                         [(p.name, p.value) for p in wb.custom_doc_props.props], wb.sheetnames, wb.active.title)
    return out


def assert_same_book(got: Path, exp: Path) -> None:
    assert book_dump(got, inline=True) == book_dump(exp)
    assert calamine_dump(got) == calamine_dump(exp)


def both(tmp_path: Path, book: UnitBook, meta: SplitMeta, name: str = "book") -> tuple[Path, Path]:
    """The book written both ways: (streamed, reference); the identities they return agree."""
    got, exp = tmp_path / f"{name}-got.xlsx", tmp_path / f"{name}-exp.xlsx"
    assert write_unit_workbook(got, book, meta) == write_unit_workbook(exp, book, meta, engine="xlsxwriter")
    return got, exp


def split_books(ws, monkeypatch) -> list[tuple[Path, UnitBook, SplitMeta]]:
    """Every book a split of ``ws`` writes, as it was handed to the writer."""
    books = []
    real = splitting.write_unit_workbook

    def keep(path, book, meta, **kw):
        books.append((Path(path), book, meta))
        return real(path, book, meta, **kw)
    monkeypatch.setattr(splitting, "write_unit_workbook", keep)
    result = splitting.split(ws, PERIOD, workers=1, force=True)
    monkeypatch.undo()
    return [(result.folder / path.name, book, meta) for path, book, meta in books]  # moved into place


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """The 平罗 samples (with the 任务分解表: 分解任务 sheets) and 五原's, imported."""
    out = []
    for county, breakdown in (("平罗县", True), ("五原县", False)):
        root = tmp_path_factory.mktemp("unit-stream") / county
        ws, _ = init_workspace(root, f"{county}食品安全委员会办公室", "实施方案")
        import_files(ws, SAMPLES / f"{county}任务清单.xlsx", units=SAMPLES / f"{county}单位名录.xlsx",
                     breakdown=SAMPLES / "平罗县任务分解表.xlsx" if breakdown else None)
        out.append(ws)
    return out


def test_every_sample_book_is_the_reference_workbook(samples, tmp_path, monkeypatch):
    shapes = set()
    for ws in samples:
        for i, (path, book, meta) in enumerate(split_books(ws, monkeypatch)):
            assert unit_template.streamable(book, meta)
            _got, exp = both(tmp_path, book, meta, f"{ws.root.name}-{i}")
            assert_same_book(path, exp)  # the file split wrote, streamed
            shapes.add((tuple(book.task_columns()[0]), bool(book.measures)))
    assert len(shapes) >= 3  # lead and not, with and without 分解任务


def tricky_book(unit: str = "市场监管局", *, title: bool = True, extra: bool = True, measures: bool = True) -> UnitBook:
    """A book of every shape's parts, its read-only cells full of what XML and
    Excel make hard (TRICKY: & < > ", control characters, _xHHHH_ literals,
    spaces around, 32,767 characters), a deadline past due, a lead row."""
    texts = [t for t in TRICKY if isinstance(t, str) and t and "\ud800" not in t and not t.startswith("<r>")]
    tasks = []
    for i, text in enumerate(texts):
        other = texts[(i + 3) % len(texts)]
        tasks.append(TaskRow(f"T{i:04d}", f"{i + 1}", other, text, "市场监管局", f"责任：{other}",
                             "牵头" if i % 3 == 0 else "责任", "2023年3月1日前" if i % 2 else other[:20],
                             lines=1 + i % 7, last=other if i % 2 else "", others_last=text if i % 3 == 0 else "",
                             overdue=i % 4 == 1, checksum="c" * 16, title=other[:30] if title else "",
                             extra=f"资金：{text[:50]}" if extra else ""))
    rows = [MeasureRow(f"M{i:012d}", f"T{i:04d}", str(i + 1), text, texts[-1 - i], "张三", "3月底", texts[i - 1][:40])
            for i, text in enumerate(texts)] if measures else []
    return UnitBook(unit, f"{unit}.xlsx", tasks, rows, derive("5e" * 32, "k1", "ws1", PERIOD, unit, "9a" * 16))


META = SplitMeta("ws1", PERIOD, "2023年第10周", "2023年3月10日", "平罗县食品安全委员会办公室 & <办>", "pw")


@pytest.mark.parametrize("shape", [dict(), dict(title=False), dict(extra=False, measures=False),
                                   dict(title=False, extra=False, measures=False)])
def test_books_of_every_shape_with_tricky_text_are_the_reference_workbook(shape, tmp_path):
    book = tricky_book(**shape)
    assert unit_template.streamable(book, META)
    got, exp = both(tmp_path, book, META)
    assert_same_book(got, exp)
    cells = [c for row in calamine_dump(got)["任务进展"] for c in row]
    assert "控制\x01字符\x08\x0b\x1f" in cells and '& < > " \' 都要转义' in cells and "  前有空格" in cells


def test_a_book_deflated_by_zlib_ng_and_by_zlib_holds_the_same_bytes(tmp_path, monkeypatch):
    book = tricky_book("农业农村局", title=False)

    def write(name: str) -> Path:
        write_unit_workbook(tmp_path / f"{name}.xlsx", book, META)
        return tmp_path / f"{name}.xlsx"
    written_with_each_deflate(monkeypatch, write)


@pytest.mark.filterwarnings("ignore:Header string cannot be longer")  # XlsxWriter's word on the long one
@pytest.mark.parametrize("unit", ["A&B局", " 前有空格局", "控制\x01局", "局" * 240, "_x0041_局"])
def test_a_unit_name_a_template_cannot_hold_is_written_by_xlsxwriter(unit, tmp_path):
    book = tricky_book(unit, measures=False)
    assert not unit_template.streamable(book, META)
    got, exp = both(tmp_path, book, META)
    assert_same_book(got, exp)


def test_the_unit_and_its_rows_are_put_into_the_template_not_left_in_it(tmp_path):
    """Two books of one shape from one template: each has its own name, keys,
    widths and last rows; no placeholder is left in any part."""
    big, small = tricky_book("甲局"), tricky_book("乙局")
    small = UnitBook(small.unit, small.file_name, small.tasks[:2], small.measures[:1], small.key)
    for book in (big, small):
        got, exp = both(tmp_path, book, META, book.unit)
        assert_same_book(got, exp)
        with zipfile.ZipFile(got) as z:
            assert z.testzip() is None
            assert not any(unit_template.MARK in z.read(n).decode("utf-8") for n in z.namelist())
    assert len(unit_template._templates) >= 1


def test_rows_kept_for_a_task_take_each_unit_s_own_cells(tmp_path):
    """The rows of a task are made once for all the books of a template
    (``TaskSheet``) and each unit's own cells put in: three units get the same
    tasks with other roles, last reports, others' reports, deadlines past due
    or not, and hidden ids; each book, written after the others, is the reference."""
    base = tricky_book("甲局", measures=False)
    books = []
    for n, unit in enumerate(("甲局", "乙局", "丙局")):
        tasks = [t._replace(role=("牵头", "责任", "配合")[(i + n) % 3], last=f"{unit}上期：{t.text[:40]}" if n else t.last,
                            others_last=t.others_last if n != 1 else "", overdue=t.overdue if n != 2 else not t.overdue,
                            lines=1 + (i + n) % 5)
                 for i, t in enumerate(base.tasks)]
        books.append(UnitBook(unit, f"{unit}.xlsx", tasks, [], derive("5e" * 32, "k1", "ws1", PERIOD, unit, f"{n}" * 32)))
    assert len({unit_template.template(b, META) for b in books}) == 1  # one template, its rows kept across the books
    for book in books:
        got, exp = both(tmp_path, book, META, book.unit)
        assert_same_book(got, exp)


def test_a_book_s_tagger_tags_its_rows_as_the_key_does():
    key = derive("5e" * 32, "k1", "ws1", PERIOD, "市场监管局", "9a" * 16)
    for sheet in ("任务进展", "分解任务"):
        tagged = key.tagger(sheet)
        for row_id in ("T0001", "Mabcdef012345", "T" + "9" * 40, ""):
            assert tagged(row_id) == key.tagged(sheet, row_id)
    assert UnitBook("甲", "甲.xlsx", [], key=None).tagger("任务进展")("T1") == "T1"


@pytest.mark.skipif(not GEN.exists(), reason="../shared/bench/gen_ledger.py is not beside the repository")
def test_the_city_workload_is_the_reference_workbook(tmp_path_factory, monkeypatch):
    """gen_ledger.py city (5,000 tasks, 120 units): the ten largest books and ten others."""
    work = tmp_path_factory.mktemp("city")
    tasks, roster = work / "city.xlsx", work / "city_单位名录.xlsx"
    subprocess.run([sys.executable, str(GEN), "city", str(tasks), "--roster", str(roster)], check=True,
                   stdout=subprocess.DEVNULL)
    ws, _ = init_workspace(work / "ws", "某市食品安全委员会办公室", "实施方案")
    import_files(ws, tasks, units=roster)
    books = split_books(ws, monkeypatch)
    assert len(books) == 120
    by_size = sorted(books, key=lambda b: -len(b[1].tasks))
    for path, book, meta in by_size[:10] + by_size[10::11]:
        exp = work / "exp.xlsx"
        write_unit_workbook(exp, book, meta, engine="xlsxwriter")
        assert_same_book(path, exp)


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_libreoffice_resaves_a_streamed_book_and_it_merges_with_every_row(samples, tmp_path, monkeypatch):
    ws = samples[0]
    path, book, _meta = max(split_books(ws, monkeypatch), key=lambda b: len(b[1].tasks) + len(b[1].measures))
    p = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"), str(path)],
                       capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr
    resaved = tmp_path / "out" / path.name
    original, again = openpyxl.load_workbook(path), openpyxl.load_workbook(resaved)
    for name in ("任务进展", "分解任务"):
        exp = [[c.value for c in row] for row in original[name].iter_rows()]
        assert [[c.value for c in row] for row in again[name].iter_rows(max_col=len(exp[0]))] == exp, name
    result = merge(ws, [resaved], period=PERIOD, export=False)
    assert [f.status for f in result.files] == ["accepted"], [f.reason for f in result.files]
    assert (result.accepted[0].rows, result.accepted[0].measures) == (len(book.tasks), len(book.measures))
