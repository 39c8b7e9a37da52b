"""The 汇总台账's rows written as XML (``ledger/io/xlsx_stream.py``), held to
XlsxWriter's own writing of the same rows (the reference, ``engine="xlsxwriter"``):
the same package part for part (only the time stamp in docProps/core.xml
differs), the same cells read back by openpyxl (value, type, style, protection)
and python-calamine, the same validations and conditional formats; and
LibreOffice opens and re-saves it with every text as typed."""
from __future__ import annotations

import random
import shutil
import struct
import subprocess
import threading
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
import python_calamine
import xlsxwriter
from zlib_ng import zlib_ng

from fill import fill_workbook, tricky_value
from ledger.exporting import export
from ledger.imports import import_files
from ledger.io import xlsx_stream
from ledger.io.xlsx_stream import RowShapes, StreamedSheet, WorksheetRows, crc32_combine, finish
from ledger.merging import merge
from ledger.splitting import split
from ledger.workspace import init_workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PERIOD = "2023-W10"
VOLATILE = {"docProps/core.xml"}  # created/modified: the time of writing
soffice = shutil.which("soffice")

TRICKY = ["平罗县市场监督管理局", "  前有空格", "后有空格  ", "第一行\n第二行", "\n", "\t制表符",
          "　全角空格　", '& < > " \' 都要转义', "=1+1", "=HYPERLINK(\"x\")", "_x0041_ 是字面", "_X00e9_x",
          "控制\x01字符\x08\x0b\x1f", "非字符\ufffe\uffff", "表情😀𠀀", "a" * 32767, "", None, 0, -1, 1.5, 0.125,
          1e20, 123456789012345678, 2 ** 53 + 1, -0.0]


def _write(path: Path, rows: list[list], streamed: bool, shaped: bool = False) -> int:
    """One sheet: a title row by XlsxWriter, then ``rows`` (each cell a value,
    its style cycling through three formats, every third row 30 points high).
    ``shaped``: each column in one format (``fmts[c % 3]``), and streamed rows offered
    to ``StreamedSheet.shaped_row`` first, to ``row`` where it does not take them;
    returns how many it took."""
    wb = xlsxwriter.Workbook(str(path.with_suffix(".shell") if streamed else path),
                             {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    fmts = [wb.add_format({"border": 1, "text_wrap": True}), wb.add_format({"align": "center", "locked": False}),
            wb.add_format({"num_format": "0.0%", "bold": True})]
    for f in fmts:
        f._get_xf_index()
    ws = wb.add_worksheet("数据")
    ws.write_string(0, 0, "标题", fmts[2])
    out = StreamedSheet(ws) if streamed else WorksheetRows(ws)
    width = max(map(len, rows)) if shaped else 0
    shapes, taken = RowShapes([fmts[c % 3] for c in range(width)]), 0
    for r, row in enumerate(rows, 1):
        height = 30 if r % 3 == 0 else None
        if shaped:
            row = list(row) + [None] * (width - len(row))
            if streamed and out.shaped_row(r, row, shapes, height):
                taken += 1
                continue
        cells = [(None if v in (None, "") else v, fmts[(c if shaped else r + c) % 3]) for c, v in enumerate(row)]
        out.row(r, cells, height)
    wb.close()
    if streamed:
        with open(path.with_suffix(".shell"), "rb") as package:
            finish(package, path, [out])
        out.close()
    return taken


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None  # every part's CRC-32 checks
        return {n: z.read(n) for n in z.namelist() if n not in VOLATILE}


def test_tricky_cells_are_written_byte_for_byte_as_xlsxwriter_writes_them(tmp_path):
    rows = [TRICKY[i:] + TRICKY[:i] for i in range(len(TRICKY))]
    exp, got = tmp_path / "exp.xlsx", tmp_path / "got.xlsx"
    _write(exp, rows, streamed=False)
    _write(got, rows, streamed=True)
    assert _parts(got) == _parts(exp)
    assert list(_parts(got)) == list(_parts(exp))  # the same parts in the same order


def test_random_texts_of_tricky_pieces_are_written_byte_for_byte_as_xlsxwriter_writes_them(tmp_path):
    """Texts made of pieces that need escaping or look as if they did (white space of every
    kind at either end, "_x" without the rest of Excel's escape): the quick test the rows
    take (``maybe_special``) sends none of them the plain way when it needs escaping."""
    pieces = ["甲", "a", " ", "\u3000", "\x85", "\u2028", "\n", "\t", "\r", "_x0041_", "_x", "_X00e9_", "_x12",
              "x_", "&", "<", ">", "\x01", "\x1f", "\ufffe", "😀", "=", '"']
    rng = random.Random(17)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 5))) for _ in range(1200)]
    rows = [texts[i:i + 8] for i in range(0, len(texts), 8)]
    exp, got = tmp_path / "exp.xlsx", tmp_path / "got.xlsx"
    _write(exp, rows, streamed=False)
    _write(got, rows, streamed=True)
    assert _parts(got) == _parts(exp)


def test_rows_by_their_shape_are_written_byte_for_byte_as_xlsxwriter_writes_them(tmp_path):
    """``shaped_row`` (one template a shape of row) writes what XlsxWriter writes, and
    leaves to ``row`` every row with a text that needs escaping, found for all its texts
    at once (``plain_texts``): random rows of plain texts, numbers and blanks, and of tricky
    pieces (white space of every kind at either end, "_x", the joint U+2042 beside a space)."""
    plain = ["平罗县市场监督管理局", "第一行\n第二行", "a b", "2023-03-10", "x_", "_", "x", "中文 English",
             "", None, 0, -1, 1.5, 1e20, 2 ** 53 + 1, "⁂", "甲⁂乙"]
    tricky = ["甲", " ", "\u3000", "\x85", "\u2028", "\n", "\t", "\r", "_x0041_", "_x", "&", "<", ">", "\x01",
              "\ufffe", "😀", "⁂", " ⁂", "⁂ ", "⁂\n"]  # no lone surrogate: XlsxWriter fails on it
    rng = random.Random(1703)
    rows = [[rng.choice(plain) for _ in range(rng.randint(1, 9))] for _ in range(600)]
    texts = ["".join(rng.choice(tricky) for _ in range(rng.randint(1, 4))) for _ in range(1200)]
    rows += [[rng.choice(plain)] * rng.randint(0, 3) + texts[i:i + 4] for i in range(0, len(texts), 4)]
    rows += [TRICKY[i:] + TRICKY[:i] for i in range(len(TRICKY))]
    for edge in (" 前", "后 ", "\n前", "后\n", "\u3000前", "后\t", "⁂ ", " ⁂", "_x0041_", "_X00e9_x", "&"):
        for at in range(3):  # first, between plain texts, last
            rows.append(["平罗县", "第一行\n第二行", 1.5][:at] + [edge] + ["局", "", "a b"][at:])
    exp, got = tmp_path / "exp.xlsx", tmp_path / "got.xlsx"
    _write(exp, rows, streamed=False, shaped=True)
    taken = _write(got, rows, streamed=True, shaped=True)
    assert _parts(got) == _parts(exp)
    assert 600 <= taken < len(rows)  # the plain rows went by their shape, the tricky ones mostly not


def test_rich_string_lookalike_and_lone_surrogate_are_plain_text(tmp_path):
    """Where XlsxWriter's output is not XML Excel accepts, the streamed rows are:
    a text shaped like rich-string runs is escaped, a lone surrogate is U+FFFD."""
    got = tmp_path / "got.xlsx"
    _write(got, [["<r><t>看似富文本</t></r>", "半个\ud800字符", "正常"]], streamed=True)
    sheet = openpyxl.load_workbook(got)["数据"]
    assert [c.value for c in sheet[2]] == ["<r><t>看似富文本</t></r>", "半个\ufffd字符", "正常"]
    exp = tmp_path / "exp.xlsx"
    _write(exp, [["<r><t>看似富文本</t></r>"]], streamed=False)
    assert b"<is><r><t>" in zipfile.ZipFile(exp).read("xl/worksheets/sheet1.xml")  # XlsxWriter: unescaped


def test_crc32_of_parts_combined_is_the_crc32_of_the_whole():
    rng = random.Random(17)
    for _ in range(50):
        a, b = rng.randbytes(rng.randint(0, 3000)), rng.randbytes(rng.randint(0, 3000))
        assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_the_crc32_combination_without_zlib_ng_is_zlib_ng_s():
    rng = random.Random(29)
    for _ in range(50):
        a, b = rng.randbytes(rng.randint(0, 5000)), rng.randbytes(rng.randint(0, 5000))
        assert xlsx_stream._crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib_ng.crc32_combine(
            zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def raw_parts(path: Path) -> dict[str, bytes]:
    """Each part of a .zip as it is stored (compressed), by name."""
    data, out = path.read_bytes(), {}
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            at = info.header_offset
            name_length, extra_length = struct.unpack("<HH", data[at + 26:at + 30])  # of the local header
            start = at + 30 + name_length + extra_length
            out[info.filename] = data[start:start + info.compress_size]
    return out


def written_with_each_deflate(monkeypatch, write) -> tuple[Path, Path]:
    """``write()`` run with zlib-ng (the package's own), then with the standard zlib
    in its place; both files are valid, and their streamed worksheets were
    compressed differently (so each library did write its own)."""
    assert xlsx_stream.zlib is zlib_ng
    ng = write("zlib-ng")
    with monkeypatch.context() as patch:
        patch.setattr(xlsx_stream, "zlib", zlib)
        std = write("zlib")
    ng_raw, std_raw = raw_parts(ng), raw_parts(std)
    assert ng_raw["xl/worksheets/sheet1.xml"] != std_raw["xl/worksheets/sheet1.xml"]
    assert _parts(ng) == _parts(std)  # every part inflates to the same bytes, its CRC-32 checked
    assert list(_parts(ng)) == list(_parts(std))
    return ng, std


def test_an_export_deflated_by_zlib_ng_and_by_zlib_holds_the_same_bytes(tricky_ws, tmp_path, monkeypatch):
    written_with_each_deflate(monkeypatch, lambda name: export(tricky_ws, PERIOD, output=tmp_path / f"{name}.xlsx").path)


def test_zip64_fields_where_sizes_call_for_them_are_read_by_every_reader(tmp_path, monkeypatch):
    """The ZIP64 fields (for a part or an offset past 4 GiB), forced on every part here."""
    rows = [TRICKY[i:] + TRICKY[:i] for i in range(len(TRICKY))]
    exp, got = tmp_path / "exp.xlsx", tmp_path / "got.xlsx"
    _write(exp, rows, streamed=False)
    monkeypatch.setattr(xlsx_stream, "ZIP64_LIMIT", 0)
    _write(got, rows, streamed=True)
    assert b"PK\x06\x06" in got.read_bytes()  # the ZIP64 end of central directory
    assert _parts(got) == _parts(exp)
    assert cell_dump(got) == cell_dump(exp)
    assert calamine_dump(got) == calamine_dump(exp)


def test_a_failed_export_leaves_no_compressor_running(tricky_ws, tmp_path, monkeypatch):
    from ledger import exporting
    real = exporting.detail_rows

    def failing(src):
        for i, row in enumerate(real(src)):
            if i == 50:
                raise RuntimeError("the database went away")
            yield row
    monkeypatch.setattr(exporting, "detail_rows", failing)
    before = {t.name for t in threading.enumerate()}
    with pytest.raises(RuntimeError, match="went away"):
        export(tricky_ws, PERIOD, output=tmp_path / "x.xlsx")
    assert {t.name for t in threading.enumerate()} <= before
    assert not (tmp_path / "x.xlsx").exists()


def test_rows_must_come_in_order(tmp_path):
    wb = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"), {"constant_memory": True})
    out, fmt = StreamedSheet(wb.add_worksheet()), wb.add_format()
    out.row(5, [("a", fmt)])
    with pytest.raises(ValueError, match="row 5 comes after row 6"):
        out.row(4, [("b", fmt)])
    out.close()
    out.close()  # twice is harmless
    wb.close()


def cell_dump(path: Path) -> dict:
    """Every cell as openpyxl reads it: value, type, style and protection; each
    sheet's row heights, validations and conditional formats."""
    wb = openpyxl.load_workbook(path)
    out: dict = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                out[(ws.title, c.coordinate)] = (
                    c.value, c.data_type, c.style_id, c.font.name, c.font.sz, c.font.b,
                    c.font.color.rgb if c.font.color is not None else None, c.fill.fgColor.rgb, c.border.left.style,
                    c.alignment.horizontal, c.alignment.vertical, c.alignment.wrap_text, c.number_format,
                    c.protection.locked, c.protection.hidden)
        out[(ws.title, "heights")] = {r: d.height for r, d in ws.row_dimensions.items()}
        out[(ws.title, "validations")] = sorted(
            (str(dv.sqref), dv.type, dv.formula1, dv.errorStyle, dv.prompt) for dv in ws.data_validations.dataValidation)
        out[(ws.title, "conditional")] = sorted(
            (str(cf.sqref), tuple(tuple(r.formula or ()) for r in cf.rules)) for cf in ws.conditional_formatting)
        out[(ws.title, "protected")] = ws.protection.sheet
        out[(ws.title, "print")] = (ws.print_area, ws.print_title_rows, ws.page_setup.orientation,
                                    ws.page_setup.fitToWidth, ws.oddFooter.left.text, ws.auto_filter.ref)
    return out


def calamine_dump(path: Path) -> dict:
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python() for name in wb.sheet_names}


def assert_same_ledger(got: Path, exp: Path) -> None:
    assert _parts(got) == _parts(exp)
    assert cell_dump(got) == cell_dump(exp)
    assert calamine_dump(got) == calamine_dump(exp)


@pytest.fixture(scope="module")
def tricky_ws(tmp_path_factory, backend):
    """The 平罗 samples imported and split; eight units return every input cell
    filled with tricky text (& < > ", line breaks, spaces around, leading "=")."""
    root = tmp_path_factory.mktemp("stream") / "台账 工作区"
    ws, _ = init_workspace(root, "平罗县食品安全委员会办公室", "平罗县深化改革加强食品安全工作实施方案")
    import_files(ws, SAMPLES / "平罗县任务清单.xlsx", breakdown=SAMPLES / "平罗县任务分解表.xlsx",
                 units=SAMPLES / "平罗县单位名录.xlsx")
    result = split(ws, PERIOD, workers=1)
    incoming = root.parent / "返回"
    incoming.mkdir()
    for i, out in enumerate(result.outputs[:8]):
        fill_workbook(Path(out["file"]), incoming / f"返回-{i}.xlsx", out["unit"], i * 100_000, tricky_value)
    result = merge(ws, [incoming], period=PERIOD, export=False)
    assert len(result.accepted) == 8, [f.reason for f in result.files]
    return ws


def test_export_of_tricky_returns_is_the_reference_workbook(tricky_ws, tmp_path, monkeypatch):
    from ledger.io import ledger_workbook
    got = export(tricky_ws, PERIOD, output=tmp_path / "got.xlsx")
    real = ledger_workbook.write_ledger
    monkeypatch.setattr("ledger.exporting.write_ledger", lambda path, data, **_kw: real(path, data, "xlsxwriter"))
    exp = export(tricky_ws, PERIOD, output=tmp_path / "exp.xlsx")
    assert [c.cell for c in got.findings] == [c.cell for c in exp.findings]
    assert_same_ledger(got.path, exp.path)
    details = openpyxl.load_workbook(got.path)["报送明细"]
    assert sum('& <b> "引号"\n第二行' in str(c.value) for row in details.iter_rows() for c in row) > 300


def test_export_of_the_demo_is_the_reference_workbook(demo_once, tmp_path, monkeypatch):
    from ledger.io import ledger_workbook
    from ledger.workspace import open_workspace
    ws = open_workspace(demo_once[0])
    got = export(ws, output=tmp_path / "got.xlsx")
    real = ledger_workbook.write_ledger
    monkeypatch.setattr("ledger.exporting.write_ledger", lambda path, data, **_kw: real(path, data, "xlsxwriter"))
    exp = export(ws, output=tmp_path / "exp.xlsx")
    assert_same_ledger(got.path, exp.path)


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_libreoffice_opens_and_resaves_the_streamed_ledger_with_every_text_as_typed(tricky_ws, tmp_path):
    got = export(tricky_ws, PERIOD, output=tmp_path / "汇总台账.xlsx").path
    p = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                        "--convert-to", "xlsx", "--outdir", str(tmp_path / "out"), str(got)],
                       capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr
    resaved = openpyxl.load_workbook(tmp_path / "out" / got.name)
    original = openpyxl.load_workbook(got)
    assert resaved.sheetnames == original.sheetnames
    for name in ("总台账", "报送明细", "未报送单位", "逾期任务"):
        exp = [[c.value for c in row] for row in original[name].iter_rows(min_row=3)]
        got_rows = [[c.value for c in row] for row in resaved[name].iter_rows(min_row=3, max_col=len(exp[0]))]
        assert got_rows == exp, name
