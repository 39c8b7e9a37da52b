"""Reading limits are checked before a sheet is loaded: a returned file with a
million rows is refused from its zip directory and a streamed count of its
rows, the merge goes on with the others and stays small; a zip header that
lies about a part's size does not defeat the count; a sheet's <dimension>
claim alone is not held against it."""
from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Callable, Iterable

import pytest

from conftest import ROOT
from ledger.io.formulas import XLSX_FORMULA
from ledger.io.limits import Limits, Tally, UnsafeFile
from ledger.io.safety import _INSIDE, _REST_OF_TAG, _XLSX_TAG, CHUNK, _SheetRows, check_container
from ledger.merging import merge
from test_merge import LABEL, MARKET, ON_TIME, PERIOD, assert_lossless, fill_all, incoming, template, ws  # noqa: F401

SHEET = "xl/worksheets/sheet1.xml"  # 任务进展 in the books split writes
UNITS = {MARKET, "城关镇", "平罗县教育体育局"}
MB = 1024 * 1024


def copy_with_sheet(src: Path, dst: Path, sheet: Callable[[bytes], Iterable[bytes]]) -> Path:
    """src with its first sheet's XML replaced by what sheet(old xml) yields, in pieces."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename != SHEET:
                zout.writestr(item, data)
                continue
            info = zipfile.ZipInfo(item.filename, item.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            with zout.open(info, "w") as fh:
                for piece in sheet(data):
                    fh.write(piece)
    return dst


def extra_rows(xml: bytes, rows: int, claim: str | None = None):
    """The sheet with rows appended up to row ``rows`` (three cells each), written
    a batch at a time; its <dimension> says ``claim`` (default: the truth)."""
    head, tail = xml.split(b"</sheetData>")
    last = max(int(r) for r in re.findall(rb'<row r="(\d+)"', head))
    yield re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="{claim or f"A1:R{rows}"}"/>'.encode(), head)
    for start in range(last + 1, rows + 1, 20_000):
        yield b"".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="inlineStr"><is><t>第{r}行</t></is></c>'
                       f'<c r="C{r}"><v>{r % 997}</v></c></row>'.encode() for r in range(start, min(start + 20_000, rows + 1)))
    yield b"</sheetData>" + tail


def million_rows(src: Path, dst: Path, rows: int = 1_000_000) -> Path:
    return copy_with_sheet(src, dst, lambda xml: extra_rows(xml, rows))


def lie_about_size(path: Path, member: str, size: int) -> None:
    """Make the local and central headers of a part claim ``size`` bytes, with
    the CRC of the part's first ``size`` bytes: a reader that trusts the headers
    sees a small, sound part."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
        with zf.open(member) as fh:
            crc = zlib.crc32(fh.read(size))
    data = bytearray(path.read_bytes())
    struct.pack_into("<I", data, info.header_offset + 14, crc)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    central = _central_entry(data, member)
    struct.pack_into("<I", data, central + 16, crc)
    struct.pack_into("<I", data, central + 24, size)
    path.write_bytes(bytes(data))


def _central_entry(data: bytearray, member: str) -> int:
    at = data.rfind(b"PK\x05\x06")
    at = struct.unpack_from("<I", data, at + 16)[0]  # the central directory's offset
    while data[at:at + 4] == b"PK\x01\x02":
        n, m, k = struct.unpack_from("<HHH", data, at + 28)
        if data[at + 46:at + 46 + n].decode() == member:
            return at
        at += 46 + n + m + k
    raise KeyError(member)


MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[2:], capture_output=True)
sys.stdout.buffer.write(done.stdout)
sys.stderr.buffer.write(done.stderr)
with open(sys.argv[1], "w") as fh:
    fh.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(done.returncode)
"""


def merge_measured(root: Path, tmp_path: Path, *inputs: Path) -> tuple[int, dict, int]:
    """`python -m ledger merge --json [inputs]` in a fresh process: (exit code, JSON,
    peak RSS in KiB of the merge and any worker it started, nothing else)."""
    peak = tmp_path / "peak.txt"
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-c", MEASURE, str(peak), sys.executable, "-m", "ledger", "merge",
                        "-w", str(root), "--period", PERIOD, "--json", *map(str, inputs)], capture_output=True, env=env,
                       timeout=300)
    assert p.stdout, p.stderr.decode("utf-8", "replace")
    return p.returncode, json.loads(p.stdout), int(peak.read_text())


def test_a_million_rows_are_refused_before_loading_and_the_merge_stays_small(ws, tmp_path):
    """Before the streamed count, calamine loaded the whole sheet first: ~900 MB."""
    fill_all(ws, units=UNITS)
    genuine = next(incoming(ws).iterdir())
    big = million_rows(genuine, incoming(ws) / "一百万行.xlsx")
    lying = shutil.copy(big, incoming(ws) / "一百万行-头部不实.xlsx")
    lie_about_size(lying, SHEET, 50_000)
    assert zipfile.ZipFile(lying).testzip() is None  # headers and CRC agree: only the real bytes tell
    code, out, peak_kib = merge_measured(ws.root, tmp_path)
    assert code == 1
    assert sorted(f["unit"] for f in out["accepted"]) == sorted(UNITS)
    rejected = {f["file"]: f["reason"] for f in out["rejected"]}
    assert set(rejected) == {"一百万行.xlsx", "一百万行-头部不实.xlsx"}
    for name, reason in rejected.items():
        assert reason.startswith(f"《{name}》行数超过上限：工作表“任务进展”至少有 ")
        assert "上限为 100000 行" in reason and "后重新报送" in reason
    assert peak_kib < 200 * 1024, f"peak {peak_kib // 1024} MB"


def test_the_streamed_count_stops_at_the_limit(tmp_path, template):
    """The count stops soon after the limit, not at the end of the sheet."""
    big = million_rows(next((template / "下发" / LABEL).glob(f"*_{LABEL}.xlsx")), tmp_path / "big.xlsx", 200_000)
    with pytest.raises(UnsafeFile, match="行数超过上限") as err:
        check_container(big, Limits(max_rows=1000))
    counted = int(re.search(r"至少有 (\d+) 行", err.value.message).group(1))
    assert 1000 < counted < 5000


def test_a_lying_header_on_a_small_part_is_a_damaged_file(ws):
    fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    lie_about_size(path, SHEET, 1000)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["rejected"]
    assert result.files[0].reason == (f"《{path.name}》已损坏（压缩包中的部件 {SHEET} 的内容与压缩包记录的大小或校验值不符），"
                                      "无法读取。请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。")


def test_a_huge_dimension_claim_with_few_rows_is_read(ws):
    """The claim costs nothing (the reader allocates for the cells it finds), so
    the file is judged by its real rows: accepted, every value kept."""
    typed = fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    honest = path.with_name("x.xlsx")
    path.rename(honest)
    copy_with_sheet(honest, path, lambda xml: [re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml)])
    honest.unlink()
    with zipfile.ZipFile(path) as zf:
        assert b'<dimension ref="A1:XFD1048576"/>' in zf.read(SHEET)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["accepted"]
    assert_lossless(ws, typed)


@pytest.mark.parametrize("cell, reason", [
    ("XFD1048576", "行数超过上限：工作表“任务进展”至少有 1048576 行"),
    ("XFD300", "单元格数超过上限：工作表“任务进展”至少占 300 行 × 16384 列"),
])
def test_one_value_far_away_is_refused(ws, cell, reason):
    """One value in a far cell makes the reader fill the whole rectangle up to it."""
    fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    src = path.rename(path.with_name("x.xlsx"))
    far = f'<row r="{cell[3:]}"><c r="{cell}" t="inlineStr"><is><t>远处</t></is></c></row></sheetData>'.encode()
    copy_with_sheet(src, path, lambda xml: [xml.replace(b"</sheetData>", far)])
    src.unlink()
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["rejected"]
    assert reason in result.files[0].reason


def test_formatting_far_away_takes_no_room(ws):
    """A formatted cell without a value (Excel writes <c r=".." s="3"/>) is not counted."""
    typed = fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    src = path.rename(path.with_name("x.xlsx"))
    far = b'<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>'
    copy_with_sheet(src, path, lambda xml: [xml.replace(b"</sheetData>", far)])
    src.unlink()
    assert [f.status for f in merge(ws, period=PERIOD, received_at=ON_TIME).files] == ["accepted"]
    assert_lossless(ws, typed)


soffice = shutil.which("soffice")


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_ods_counts_rows_with_values_not_libreoffices_trailing_repeat(ws, tmp_path):
    """LibreOffice ends each sheet with one empty row repeated ~1,048,000 times:
    not counted. A row with a value repeated past the limit is."""
    typed = fill_all(ws, units={MARKET}, folder=tmp_path)
    src = next(tmp_path.glob("*.xlsx"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "ods",
                    "--outdir", str(incoming(ws)), str(src)], check=True, capture_output=True, timeout=120)
    good = next(incoming(ws).glob("*.ods"))
    with zipfile.ZipFile(good) as zf:
        assert re.search(rb'number-rows-repeated="10\d{5}"', zf.read("content.xml"))
    row = (b'<table:table-row table:number-rows-repeated="200000"><table:table-cell office:value-type="string">'
           b"<text:p>x</text:p></table:table-cell></table:table-row>")
    bad = incoming(ws) / "重复行.ods"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data.replace(b"</table:table>", row + b"</table:table>", 1)
                          if item.filename == "content.xml" else data)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert {f.file: f.status for f in result.files} == {good.name: "accepted", bad.name: "rejected"}
    assert "《重复行.ods》行数超过上限：工作表“任务进展”至少有 " in result.rejected[0].reason
    assert_lossless(ws, typed)


def test_a_doctype_after_a_long_prolog_is_found(ws):
    """The entity check reads the whole part, not only its first 4 KB."""
    fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    src = path.rename(path.with_name("x.xlsx"))
    pad = b"<!--" + b" " * 10_000 + b"-->"
    copy_with_sheet(src, path, lambda xml: [xml.replace(b"<worksheet", pad + b'<!DOCTYPE x [<!ENTITY a "a">]><worksheet', 1)])
    src.unlink()
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert "DOCTYPE" in result.rejected[0].reason


def test_a_zip_directory_listing_too_many_parts_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for i in range(6000):
            zf.writestr(f"x/{i}.bin", b"")
    with pytest.raises(UnsafeFile, match="包含的部件过多"):
        check_container(path, Limits())


def test_limits_are_documented():
    text = (ROOT / "docs" / "SECURITY.md").read_text(encoding="utf-8")
    section = text.split("## Limits", 1)[1]
    lim = Limits()
    for value in (f"{lim.max_rows:,}", f"{lim.max_cells:,}", f"{lim.max_merged_cells:,}", f"{lim.max_file_bytes // MB} MB",
                  f"{lim.max_unzipped_bytes // MB} MB", f"{lim.max_members:,}", f"{lim.max_ratio}"):
        assert value in section, value


def patch_xls_cell(path: Path, row: int, col: int) -> None:
    """Move the first value of the first sheet of an .xls to (row, col), 0-based."""
    import olefile

    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        at, sheets = 0, 0
        while at + 4 <= len(stream):
            kind, size = struct.unpack_from("<HH", stream, at)
            sheets += kind == 0x0809
            if sheets == 2 and kind in (0x00FD, 0x0203, 0x027E, 0x0204):  # LABELSST, NUMBER, RK, LABEL
                struct.pack_into("<HH", stream, at + 4, row, col)
                break
            at += 4 + size
        ole.write_stream("Workbook", bytes(stream))


@pytest.mark.parametrize("row, col, refused", [(65535, 255, True), (59_000, 17, False), (5, 3, False)])
def test_an_xls_is_counted_from_its_cell_records(tmp_path, row, col, refused):
    """A legacy .xls holds at most 65,536 x 256 cells; one value in IV65536 would
    make the reader fill all 16 million (1.7 GB). Its DIMENSIONS claim is ignored."""
    path = shutil.copy(ROOT / "samples" / "平罗县任务清单.xls", tmp_path / "x.xls")
    patch_xls_cell(path, row, col)
    if refused:
        with pytest.raises(UnsafeFile, match="单元格数超过上限：工作表“.+”至少占 65536 行 × 256 列"):
            check_container(path, Limits())
    else:
        check_container(path, Limits())


def wrapped_dimensions(path: Path) -> None:
    """The first sheet's DIMENSIONS with its first row past its last: the reader's
    row count wraps round to four billion and it asks for terabytes."""
    import olefile

    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        at = 0
        while at + 4 <= len(stream):
            kind, size = struct.unpack_from("<HH", stream, at)
            if kind == 0x0200:
                struct.pack_into("<II", stream, at + 4, 40_000, 34)
                break
            at += 4 + size
        ole.write_stream("Workbook", bytes(stream))


def directory_loop(path: Path) -> None:
    """The directory's first sector followed, in the FAT, by itself."""
    data = bytearray(path.read_bytes())
    first = struct.unpack_from("<I", data, 48)[0]
    fat_sector = struct.unpack_from("<I", data, 76 + 4 * (first // 128))[0]
    struct.pack_into("<I", data, 512 * (fat_sector + 1) + 4 * (first % 128), first)
    path.write_bytes(bytes(data))


def shared_strings_claim(src: Path, dst: Path) -> Path:
    """src with a shared-string table that says it holds 10**14 strings."""
    rel = (b'<Relationship Id="rIdS" Target="sharedStrings.xml" '
           b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>')
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data.replace(b"</Relationships>", rel) if item.filename.endswith("workbook.xml.rels") else data)
        zout.writestr("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                              b'count="1" uniqueCount="100000000000000"><si><t>x</t></si></sst>')
    return dst


def test_files_that_would_kill_the_reader_are_refused_and_the_merge_goes_on(ws, tmp_path):
    """python-calamine sizes buffers from what these files claim and the process is
    killed (an allocation of terabytes aborts it; a looping chain grows until the
    machine runs out): one unit's file would end the whole merge."""
    fill_all(ws, units=UNITS)
    shared_strings_claim(next(incoming(ws).iterdir()), incoming(ws) / "文字条目.xlsx")
    for name, damage in (("范围.xls", wrapped_dimensions), ("目录.xls", directory_loop)):
        damage(shutil.copy(ROOT / "samples" / "平罗县任务清单.xls", incoming(ws) / name))
    code, out, peak_kib = merge_measured(ws.root, tmp_path)
    assert code == 1
    assert sorted(f["unit"] for f in out["accepted"]) == sorted(UNITS)
    assert {f["file"]: f["reason"].split("，", 1)[0] for f in out["rejected"]} == {
        "文字条目.xlsx": "《文字条目.xlsx》单元格数超过上限：文件记录有 100000000000000 条不同的文字",
        "范围.xls": "《范围.xls》单元格数超过上限：工作表“任务清单”记录的范围为 4294927330 行 × 6 列",
        "目录.xls": "《目录.xls》已损坏（文件内部的目录的扇区链条首尾相接）"}
    assert peak_kib < 200 * 1024


def widest_merge_xls(path: Path) -> None:
    """The first merged range of the first sheet stretched to IV65536."""
    import olefile

    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("Workbook").read())
        at = 0
        while at + 4 <= len(stream):
            kind, size = struct.unpack_from("<HH", stream, at)
            if kind == 0x00E5:  # MERGEDCELLS: a count, then (first row, last row, first col, last col)
                struct.pack_into("<HH", stream, at + 8, 65535, 0)
                struct.pack_into("<H", stream, at + 12, 255)
                break
            at += 4 + size
        ole.write_stream("Workbook", bytes(stream))


def test_a_merged_range_out_to_the_sheets_end_is_refused(template, tmp_path):
    """io.grid fills every cell of a merged range with its value: one range
    A1:XFD1048576 in a 20 KB file would be 17 billion cells (2.8 GB for IV65536)."""
    book = tmp_path / "合并.xlsx"
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    copy_with_sheet(next((template / "下发" / LABEL).glob(f"*_{LABEL}.xlsx")), book,
                    lambda xml: [re.sub(rb"<mergeCells.*?</mergeCells>", b"", xml).replace(b"</sheetData>", merge)])
    with pytest.raises(UnsafeFile) as err:
        check_container(book, Limits())
    assert "工作表“任务进展”有合并单元格 A1:XFD1048576，读取时要逐格展开" in err.value.message
    old = shutil.copy(ROOT / "samples" / "平罗县任务清单.xls", tmp_path / "合并.xls")
    widest_merge_xls(old)
    with pytest.raises(UnsafeFile, match="有合并单元格 .+:IV65536，读取时要逐格展开"):
        check_container(old, Limits())


def test_merged_cells_have_a_budget_of_their_own(template, tmp_path):
    """A merged cell costs ~150 bytes once filled in (value and origin), twenty times
    a plain one: 2,900,000 merged cells, under the cell limit, took 300 MB."""
    book = tmp_path / "合并.xlsx"
    merge = b'</sheetData><mergeCells count="1"><mergeCell ref="B2:R6000"/></mergeCells>'
    copy_with_sheet(next((template / "下发" / LABEL).glob(f"*_{LABEL}.xlsx")), book,
                    lambda xml: [re.sub(rb"<mergeCells.*?</mergeCells>", b"", xml).replace(b"</sheetData>", merge)])
    check_container(book, Limits(max_merged_cells=102_000))
    with pytest.raises(UnsafeFile, match="有合并单元格 B2:R6000，读取时要逐格展开（合并的单元格合计上限为 100000 个"):
        check_container(book, Limits())


FAR_ROW = b'<c r="XFD1048576" t="inlineStr"><is><t>&#36828;</t></is></c></row>'


@pytest.mark.parametrize("tail, reason", [
    (b'<row x=">" r="1048576"><c x=">" ' + FAR_ROW[3:], "行数超过上限"),  # ">" inside a value
    (b"<row r='1048576'><c r='XFD1048576' t=\"inlineStr\"><is><t>x</t></is></c></row>", "行数超过上限"),
    (b"<row x=' r=\"5\"' r=\"1048576\"><c x=' r=\"A5\"' " + FAR_ROW[3:], "行数超过上限"),  # a decoy r in a value
    (b'</sheetData><mergeCells count="1"><mergeCell x=">" ref="A1:XFD1048576"/></mergeCells>', "合并单元格"),
])
def test_attribute_values_hide_nothing_from_the_limits(ws, tail, reason):
    """An attribute value may hold ">" or text that looks like another attribute
    (legal XML): the limits find the real r= and ref= all the same, before the
    reader sizes anything from them."""
    fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    src = path.rename(path.with_name("x.xlsx"))
    end = tail if tail.startswith(b"</sheetData>") else tail + b"</sheetData>"
    copy_with_sheet(src, path, lambda xml: [xml.replace(b"</sheetData>", end, 1)])
    src.unlink()
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["rejected"]
    assert reason in result.files[0].reason


def test_a_shared_string_claim_behind_a_quoted_greater_than_is_found(ws, tmp_path):
    fill_all(ws, units={MARKET})
    path = next(incoming(ws).iterdir())
    src = path.rename(path.with_name("x.xlsx"))
    shared_strings_claim(src, tmp_path / "claim.xlsx")
    src.unlink()
    with zipfile.ZipFile(tmp_path / "claim.xlsx") as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data.replace(b"<sst ", b"<sst a=\">\" uniqueCount2=' uniqueCount=\"1\"' ")
                          if item.filename == "xl/sharedStrings.xml" else data)
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert [f.status for f in result.files] == ["rejected"]
    assert "100000000000000 条不同的文字" in result.files[0].reason


def one_part_zip(path: Path, xml: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(SHEET, xml)
    return path


@pytest.mark.parametrize("cells, cols", [
    (b'<c r="D7" x="a/b"/>', 1),  # "/" in a value, then "/>": formatting only, no room taken
    (b'<c r="D7" x="a/>b"/>', 1),  # "/>" inside a value does not end the tag
    (b'<c r="D7" x="/>"><v>1</v></c>', 4),  # nor does it make a cell with a value empty
    (b"<c r='D7' x='>'></c>", 1),  # closed at once: no value
    (b'<x:c r="D7" x:s="1" / >0</x:c>', 4),  # "/ >" is no "/>"
])
def test_tags_are_read_to_their_real_end(cells, cols):
    """Where a cell's tag ends, and whether it closes itself, decides whether the
    cell takes room: only a ">" or "/>" outside quotes ends it."""
    tally = Tally(Path("x.xlsx"), Limits(), {})
    sheet = _SheetRows(tally, SHEET)
    sheet.feed(b'<worksheet><sheetData><row r="7">' + cells + b'<c r="A7"><v>1</v></c></row></sheetData></worksheet>')
    assert (sheet.last_row, sheet.last_col, sheet.elements) == (7, cols, 2)


@pytest.mark.parametrize("at", range(CHUNK - 6, CHUNK + 2))
def test_a_formula_across_two_chunks_is_found(tmp_path, at):
    """The scan notes the parts that hold a formula (io.formulas opens only those
    again), also when the tag is cut between two chunks of the decompressed part."""
    head = b'<worksheet><sheetData><row r="1"><c r="A1"><v>0</v></c><c r="B1" t="inlineStr"><is><t>'
    cell = b'</t></is></c><c r="C1">'
    xml = head + b"x" * (at - len(head) - len(cell)) + cell + b"<f>1+1</f><v>2</v></c></row></sheetData></worksheet>"
    assert xml.index(b"<f>") == at
    path = one_part_zip(tmp_path / "f.xlsx", xml)
    assert check_container(path, Limits()) == {SHEET}
    assert check_container(one_part_zip(tmp_path / "v.xlsx", xml.replace(b"<f>1+1</f>", b"")), Limits()) == set()


FORMULA_PARTS = [  # where a sheet part may hold a formula tag, and what only looks like one
    b'<worksheet><sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>',
    b'<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:f>1</x:f></x:c></x:row></x:sheetData></x:worksheet>',
    b'<worksheet><sheetData><row r="2"><c r="B2"><f t="shared" si="0"/><v>3</v></c></row></sheetData></worksheet>',
    b'<worksheet><sheetPr><f>1</f></sheetPr><sheetData><row r="1"><c r="A1"><v>0</v></c></row></sheetData></worksheet>',
    b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;f&gt;1</t></is></c></row></sheetData>'
    b'<dataValidations><dataValidation><formula1>1</formula1></dataValidation></dataValidations></worksheet>',
    b'<worksheet><sheetData/><f></f></worksheet>',
    b'<worksheet><sheetData><row r="1"><c r="A1"><fx/><v>0</v></c></row></sheetData></worksheet>',
]


@pytest.mark.parametrize("pad", [0, CHUNK - 40, CHUNK - 3])
@pytest.mark.parametrize("xml", FORMULA_PARTS)
def test_the_parts_with_a_formula_are_those_where_the_formula_pattern_occurs(tmp_path, xml, pad):
    """The scan notes a formula tag among the cell tags it walks (and before the
    cells, and in parts it does not walk) instead of searching every part again:
    the parts it gives are those where XLSX_FORMULA occurs, wherever the chunks cut."""
    xml = xml.replace(b"<worksheet>", b"<worksheet>" + b" " * pad, 1).replace(b"<x:worksheet>", b"<x:worksheet>" + b" " * pad)
    path = tmp_path / "f.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(SHEET, xml)
        zf.writestr("xl/worksheets/sheet2.bin", xml)  # a part not walked as XML
    found = bool(XLSX_FORMULA.search(xml))
    assert check_container(path, Limits()) == ({SHEET, "xl/worksheets/sheet2.bin"} if found else set())


def test_a_formula_tag_hides_no_cell_from_the_count():
    """A formula tag is noted where it starts, not read as a whole tag: what stands
    inside it (a cell tag in a quoted value of a damaged file) is counted as before."""
    tally = Tally(Path("x.xlsx"), Limits(), {})
    sheet = _SheetRows(tally, SHEET)
    sheet.feed(b'<worksheet><sheetData><row r="7"><c r="A7"><f x="<c r=\'D9\'><v>1</v>">1</f><v>1</v></c>'
               b"</row></sheetData></worksheet>")
    assert (sheet.last_row, sheet.last_col, sheet.elements, tally.formulas) == (9, 4, 2, {SHEET})


# The scan's tag pattern as it was written before it took a cell's usual content
# (an inline string or a value, then </c>) into the cell's match.
_TAG_ONE_BY_ONE = re.compile(rb"<(?:[\w.-]+:)?(?:(f)(?=[\s/>])|(row|c)(?=[\s/>])"
                             rb"(?:" + _INSIDE + rb"""*?\sr\s*=\s*(?:"([A-Za-z]{0,8})(\d{0,12})[^"]*"|'([A-Za-z]{0,8})(\d{0,12})[^']*'))?"""
                             + _REST_OF_TAG + rb"(/?)>(?=(</)?))")
_TAG_PIECES = [b'<c r="A1">', b"<c r='B2'>", b'<c r="C3"/>', b"<c>", b'<c r="D4" t="s">', b'<x:c r="E5">', b'<row r="1">',
               b"<row>", b"</row>", b"<is>", b"<t>", b'<t xml:space="preserve">', b"</t>", b"</is>", b"</c>", b"<v>", b"</v>",
               b"<f>", b"</f>", b'<f t="shared"/>', b"abc", b"1", b"&lt;", b"<", b">", b'"', b"'", b"/", b"/>", b" ",
               b'<c x="<c r=\'Z9\'>">', b"<is><t>", b"</t></is></c>", b"<v>12</v></c>", b'<c r="AA100"><is><t>x</t></is></c>',
               b"<x:v>", b"</x:c>", b'<c\n r="F6">', b'<cc r="G7">', b"<![CDATA[", b"]]>", b'<!-- <c r="H8"> -->', b"<t ", b"<is >"]


def test_a_cells_content_taken_with_its_tag_changes_no_tag_found():
    """The tag pattern takes a cell's inline string or value and its </c> into the
    cell's match (one attempt a cell instead of six): the tags it finds, and what
    it finds in each, are those the pattern finds without it, on real cells and on
    pieces of tags, values and text run together at random."""
    import random

    cells = (b'<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c><c r="B3" t="inlineStr"><is>'
             b'<t xml:space="preserve"> y </t></is></c><c r="C3"><v>4</v></c><c r="D3"><v>1</v><f>1</f></c>'
             b'<c r="E3"><f>1</f><v>1</v></c><c r="F3" t="inlineStr"><is><t><![CDATA[<c r="Z99">]]></t></is></c>'
             b'<c r="G3"><is><t>a</t><t>b</t></is></c><c r="H3"></c><c r="I3"/></row>')
    assert _XLSX_TAG.findall(cells) == _TAG_ONE_BY_ONE.findall(cells)
    rnd = random.Random(17)
    for _ in range(20000):
        text = b"".join(rnd.choice(_TAG_PIECES) for _ in range(rnd.randint(1, 14)))
        assert _XLSX_TAG.findall(text) == _TAG_ONE_BY_ONE.findall(text), text


def test_zlib_ng_and_zlib_give_the_same_verdict_on_damaged_parts(tmp_path, monkeypatch):
    """The scan inflates and checks CRC-32 with zlib-ng when it is installed: on a part
    whole, cut short, with bits flipped or with bytes after its end, the verdict
    (the formula parts, or the refusal and its message) is the one zlib gives."""
    import random

    from ledger.io import safety

    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d"><v>%d</v></c></row>'
                    % (r, r, b"x" * (r % 50), r, r) for r in range(1, 3000))
    xml = b"<worksheet><sheetData>" + rows + b"</sheetData></worksheet>"
    good = one_part_zip(tmp_path / "good.xlsx", xml).read_bytes()
    start = good.index(b"sheet1.xml") + len(b"sheet1.xml")
    end = good.index(b"PK\x01\x02")
    rnd = random.Random(17)
    variants = [good, good[:start] + good[start:end] + b"\0" * 8 + good[end:]]
    for _ in range(12):
        data = bytearray(good)
        data[rnd.randrange(start, end)] ^= 1 << rnd.randrange(8)
        variants.append(bytes(data))
    for cut in (start + 10, (start + end) // 2, end - 3):
        variants.append(good[:cut] + b"\0" * (end - cut) + good[end:])

    def verdict(path: Path) -> object:
        try:
            return check_container(path, Limits())
        except UnsafeFile as exc:
            return exc.message

    for i, data in enumerate(variants):
        path = tmp_path / f"v{i}.xlsx"
        path.write_bytes(data)
        with_ng = verdict(path)
        monkeypatch.setattr(safety, "_zlib", zlib)
        assert verdict(path) == with_ng
        monkeypatch.undo()


def test_a_data_validation_is_no_formula(tmp_path):
    """<formula1> of a drop-down list (in every book split writes) is not a cell formula."""
    xml = (b'<worksheet><sheetData><row r="1"><c r="A1"><v>0</v></c></row></sheetData><dataValidations count="1">'
           b'<dataValidation type="list" sqref="A1"><formula1>"a,b"</formula1></dataValidation></dataValidations>'
           b"</worksheet>")
    assert check_container(one_part_zip(tmp_path / "d.xlsx", xml), Limits()) == set()
