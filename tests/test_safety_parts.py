"""The safety scan checks every part the reader parses as XML, whatever its name
or first bytes: python-calamine reads a sheet wherever the workbook's
relationships point and looks part names up ignoring case, and quick-xml skips
bytes before the first tag. Parts the reader takes only as bytes (images) are
not held to the XML checks, so books with pictures and re-saved books pass."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path
from typing import Callable

import pytest
import python_calamine as pc
import xlsxwriter

from ledger.io.limits import Limits, UnsafeFile
from ledger.io.safety import check_container
from ledger.merging import merge
from test_limits import SHEET, UNITS, copy_with_sheet, extra_rows
from test_merge import ON_TIME, PERIOD, fill_all, incoming, template, ws  # noqa: F401

ROWS = 300
SMALL = Limits(max_rows=100)
DOCTYPE = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>'


def book(path: Path, image: Path | None = None) -> Path:
    """A one-sheet book (任务进展, ROWS rows, a formula in F1), with a picture when given."""
    wb = xlsxwriter.Workbook(path)
    sheet = wb.add_worksheet("任务进展")
    for r in range(ROWS):
        sheet.write_row(r, 0, [r, f"第{r}行", r * 2])
    sheet.write_formula(0, 5, "=A2+1", None, 2)
    if image:
        sheet.insert_image("H2", str(image))
    wb.close()
    return path


def moved(src: Path, dst: Path, new: str, body: Callable[[bytes], bytes] = lambda xml: xml,
          old: str = "xl/worksheets/sheet1.xml", target: str | None = None) -> Path:
    """src with the part ``old`` renamed ``new`` (its bytes through ``body``), the
    relationships (``target``: how they name it) and content types changed to
    match, as a crafted file would be."""
    before, after = old.removeprefix("xl/").encode(), (target or new.removeprefix("xl/")).encode()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            name, data = item.filename, zin.read(item.filename)
            if name == old:
                name, data = new, body(data)
            elif name.endswith(".rels") or name == "[Content_Types].xml":
                data = data.replace(before, after)
            zout.writestr(name, data)
    return dst


def calamine_rows(path: Path) -> int:
    wb = pc.CalamineWorkbook.from_path(str(path))
    try:
        return len(wb.get_sheet_by_name("任务进展").to_python())
    finally:
        wb.close()


def refusal(path: Path, limits: Limits = SMALL) -> str:
    with pytest.raises(UnsafeFile) as caught:
        check_container(path, limits)
    return str(caught.value)


@pytest.fixture
def base(tmp_path) -> Path:
    return book(tmp_path / "原表.xlsx")


@pytest.mark.parametrize("name, body", [
    ("xl/worksheets/sheet1.bin", lambda xml: xml),
    ("xl/worksheets/Sheet1.XML", lambda xml: xml),  # the reader ignores case
    ("xl/media/image7.gif", lambda xml: b"GIF89a\x01\x00\x01\x00junk>" + xml),  # bytes before the first tag
    ("xl/data", lambda xml: b"\x01\x02 junk \x7f" * 40 + xml.split(b"?>", 1)[1]),
])
def test_a_sheet_under_any_name_is_counted(base, tmp_path, name, body):
    crafted = moved(base, tmp_path / "改名.xlsx", name, body)
    assert calamine_rows(crafted) == ROWS  # the reader takes all of it
    message = refusal(crafted)
    assert message.startswith("《改名.xlsx》行数超过上限：工作表“任务进展”至少有 ") and "后重新报送" in message


def test_a_sheet_named_like_an_ods_content_part_is_counted_as_a_sheet(base, tmp_path):
    """content.xml is counted as OpenDocument; an .xlsx sheet there has no table: tags."""
    crafted = moved(base, tmp_path / "内容.xlsx", "content.xml", target="/content.xml")
    assert calamine_rows(crafted) == ROWS
    assert refusal(crafted).startswith("《内容.xlsx》行数超过上限")


def test_a_declaration_in_a_renamed_sheet_is_refused(base, tmp_path):
    crafted = moved(base, tmp_path / "声明.xlsx", "xl/worksheets/sheet1.dat",
                    lambda xml: xml.replace(b"?>", b"?>" + DOCTYPE, 1))
    assert calamine_rows(crafted) == ROWS
    assert "不安全的 XML 声明" in refusal(crafted, Limits())


def test_a_shared_string_claim_under_another_case_is_refused(base, tmp_path):
    """The reader finds xl/SharedStrings.XML as xl/sharedStrings.xml and reserves
    room for 10**14 strings: the process would be killed."""
    table = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
             b'uniqueCount="100000000000000"><si><t>x</t></si></sst>')
    crafted = tmp_path / "文字.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(crafted, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/SharedStrings.XML", table)
    assert "条不同的文字" in refusal(crafted, Limits())


def test_a_formula_in_a_renamed_sheet_is_noted_and_counted(base, tmp_path):
    crafted = moved(base, tmp_path / "公式.xlsx", "xl/worksheets/sheet1.bin")
    assert check_container(crafted, Limits()) == {"xl/worksheets/sheet1.bin"}
    assert refusal(crafted).startswith("《公式.xlsx》行数超过上限")


def test_a_target_in_another_case_names_the_part(base, tmp_path):
    """The reader looks the target up ignoring case: Worksheets/SHEET1.BIN is xl/worksheets/sheet1.bin."""
    crafted = moved(base, tmp_path / "大小写.xlsx", "xl/worksheets/sheet1.bin")
    with zipfile.ZipFile(crafted) as zin:
        parts = {item.filename: zin.read(item.filename) for item in zin.infolist()}
    for name in ("xl/_rels/workbook.xml.rels", "[Content_Types].xml"):
        parts[name] = parts[name].replace(b"worksheets/sheet1.bin", b"Worksheets/SHEET1.BIN")
    with zipfile.ZipFile(crafted, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    assert calamine_rows(crafted) == ROWS
    assert refusal(crafted).startswith("《大小写.xlsx》行数超过上限")


def test_a_part_another_reader_would_name_otherwise_is_damaged(base, tmp_path):
    """The zip crate takes an Info-ZIP Unicode Path field's name over the one Python reads."""
    crafted = tmp_path / "别名.xlsx"
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(crafted, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo("xl/worksheets/other.dat" if item.filename == SHEET else item.filename)
            if item.filename == SHEET:
                name = SHEET.encode()
                info.extra = struct.pack("<HHBI", 0x7075, 5 + len(name), 1, zlib.crc32(info.filename.encode())) + name
            zout.writestr(info, zin.read(item.filename), zipfile.ZIP_DEFLATED)
    assert calamine_rows(crafted) == ROWS
    message = refusal(crafted)
    assert message.startswith("《别名.xlsx》已损坏") and "名称记录不一致" in message and "另存为 .xlsx" in message


def png_with_text(path: Path, text: bytes) -> Path:
    """A 1×1 PNG carrying ``text`` in a tEXt chunk (stored uncompressed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
                     + chunk(b"tEXt", b"Comment\x00" + text) + chunk(b"IDAT", pixels) + chunk(b"IEND", b""))
    return path


def test_books_with_pictures_pass(tmp_path):
    """A picture's bytes may hold anything that looks like XML (here a DOCTYPE and
    a sheet's tags in a PNG comment); the reader never parses it."""
    text = b"<!DOCTYPE html><sheetData>" + b'<row r="1"><c r="A1"><v>1</v></c></row>' * 500 + b"</sheetData>"
    image = png_with_text(tmp_path / "照片.png", text)
    pictured = book(tmp_path / "带图片.xlsx", image)
    assert any(name.startswith("xl/media/") for name in zipfile.ZipFile(pictured).namelist())
    assert check_container(pictured, Limits(max_rows=ROWS)) == {"xl/worksheets/sheet1.xml"}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_book_re_saved_by_libreoffice_passes(tmp_path):
    image = png_with_text(tmp_path / "照片.png", b"<!DOCTYPE html>")
    (tmp_path / "src").mkdir()
    source = book(tmp_path / "src" / "带图片.xlsx", image)
    out = tmp_path / "out"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx", "--outdir", str(out), str(source)], check=True, capture_output=True,
                   timeout=180)
    resaved = out / "带图片.xlsx"
    names = zipfile.ZipFile(resaved).namelist()
    assert any(re.match(r"xl/media/.+\.png$", name) for name in names)
    assert check_container(resaved, Limits(max_rows=ROWS)) == {"xl/worksheets/sheet1.xml"}
    assert refusal(resaved).startswith("《带图片.xlsx》行数超过上限")


def test_a_crafted_file_is_refused_and_the_others_merge(ws):
    """A copy of one unit's book whose 任务进展 part is renamed and holds 150,000 rows:
    refused with its name and what to do; every unit's own book merges."""
    fill_all(ws, units=UNITS)
    genuine = next(incoming(ws).iterdir())
    grown = copy_with_sheet(genuine, incoming(ws).parent / "grown.xlsx", lambda xml: extra_rows(xml, 150_000))
    moved(grown, incoming(ws) / "改名的表.xlsx", "xl/worksheets/sheet1.bin")
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    assert sorted(f.unit for f in result.accepted) == sorted(UNITS)
    rejected = {f.file: f.reason for f in result.rejected}
    assert list(rejected) == ["改名的表.xlsx"]
    assert rejected["改名的表.xlsx"].startswith("《改名的表.xlsx》行数超过上限：工作表“任务进展”至少有 ")
    assert "请让报送单位" in rejected["改名的表.xlsx"] and "后重新报送" in rejected["改名的表.xlsx"]
