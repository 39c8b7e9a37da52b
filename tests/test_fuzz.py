"""Fuzzing `ledger merge` with damaged returned workbooks: genuine filled files
(.xlsx, and .ods/.xls re-saved by LibreOffice) cut short, with flipped bytes,
lying zip headers, renamed, deleted, duplicated or swapped parts, huge
dimension, merge and string-count claims, garbage around them and malformed
XML inside, 364 from a fixed seed, a third through the CLI. Whatever
comes in, every file gets one fate with a Chinese reason, the merge finishes,
the database stays sound, and no value lands on a unit other than the one
whose file it came from."""
from __future__ import annotations

import faulthandler
import hashlib
import io
import os
import random
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import warnings
import zipfile
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from conftest import ROOT
from ledger.merging import merge
from ledger.store import Store
from test_limits import merge_measured
from test_merge import LABEL, MARKET, ON_TIME, PERIOD, fill_all, incoming, stored, template, ws  # noqa: F401

SEED = 20230310
SOURCES = {"人民银行平罗支行", "城关镇", "头闸镇", MARKET}
PER_XLSX = 76  # mutants of each .xlsx source: 304 without LibreOffice
PER_OTHER = 30  # of the .ods and the .xls
CHINESE = re.compile(r"[\u4e00-\u9fff]")

# --- the zip, part by part ---------------------------------------------------------------


def parts(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def rezip(items: list[tuple[zipfile.ZipInfo | str, bytes]], method: int | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": wanted here
        for info, content in items:
            if isinstance(info, str):
                info = zipfile.ZipInfo(info, (2023, 3, 9, 10, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content, compress_type=method if method is not None else info.compress_type)
    return out.getvalue()


def spans(data: bytes) -> list[dict]:
    """Where each part's local header, data and central entry are in the file."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    at = data.rfind(b"PK\x05\x06")
    central = struct.unpack_from("<I", data, at + 16)[0]
    for info in infos:
        n, m = struct.unpack_from("<HH", data, info.header_offset + 26)
        start = info.header_offset + 30 + n + m
        out.append({"info": info, "local": info.header_offset, "start": start, "end": start + info.compress_size,
                    "central": central})
        n, m, k = struct.unpack_from("<HHH", data, central + 28)
        central += 46 + n + m + k
    return out


def flip(rng: random.Random, data: bytearray, start: int, end: int, count: int) -> None:
    for _ in range(count):
        at = rng.randrange(start, max(end, start + 1))
        data[at] ^= rng.randrange(1, 256)


# --- mutations: each returns the mutant's bytes, or None when it does not apply -----------


def truncate(rng, data, _ctx):
    return data[:rng.randrange(1, len(data))]


def flip_deflated(rng, data, _ctx):
    packed = [s for s in spans(data) if s["info"].compress_type == zipfile.ZIP_DEFLATED and s["end"] > s["start"]]
    s = rng.choice(packed)
    out = bytearray(data)
    flip(rng, out, s["start"], s["end"], rng.randrange(1, 4))
    return bytes(out)


def flip_stored(rng, data, _ctx):
    stored_parts = rezip(parts(data), zipfile.ZIP_STORED)
    s = rng.choice([s for s in spans(stored_parts) if s["end"] > s["start"]])
    out = bytearray(stored_parts)
    flip(rng, out, s["start"], s["end"], rng.randrange(1, 4))
    return bytes(out)


def lie_local(rng, data, _ctx):
    """A local header's CRC (14), compressed size (18) or size (22) changed."""
    s = rng.choice(spans(data))
    out = bytearray(data)
    field = rng.choice((14, 18, 22))
    struct.pack_into("<I", out, s["local"] + field, _lie(rng, struct.unpack_from("<I", out, s["local"] + field)[0]))
    return bytes(out)


def lie_central(rng, data, _ctx):
    """A central entry's CRC (16), compressed size (20), size (24) or offset (42) changed."""
    s = rng.choice(spans(data))
    out = bytearray(data)
    field = rng.choice((16, 20, 24, 24, 42))
    struct.pack_into("<I", out, s["central"] + field, _lie(rng, struct.unpack_from("<I", out, s["central"] + field)[0]))
    return bytes(out)


def _lie(rng: random.Random, value: int) -> int:
    return rng.choice((0, 1, max(value // 2, 0), value + rng.randrange(1, 5000), 0xFFFFFFFF,
                       rng.randrange(0, 1 << 32))) & 0xFFFFFFFF


def lie_consistently(rng, data, _ctx):
    """Both headers claim a smaller size, with the CRC of that prefix: sound to a
    reader that trusts the headers."""
    import zlib

    items = parts(data)
    s = rng.choice([s for s in spans(data) if s["info"].file_size > 10])
    content = dict((i.filename, c) for i, c in items)[s["info"].filename]
    size = rng.randrange(1, len(content))
    crc = zlib.crc32(content[:size])
    out = bytearray(data)
    for at, fields in ((s["local"], (14, 22)), (s["central"], (16, 24))):
        struct.pack_into("<I", out, at + fields[0], crc)
        struct.pack_into("<I", out, at + fields[1], size)
    return bytes(out)


def method(rng, data, _ctx):
    """A part marked with another compression method (bzip2, lzma, unknown) or as encrypted."""
    s = rng.choice(spans(data))
    out = bytearray(data)
    if rng.random() < 0.3:
        for at in (s["local"] + 6, s["central"] + 8):
            out[at] |= 1
    else:
        kind = rng.choice((12, 14, 99, 9))
        struct.pack_into("<H", out, s["local"] + 8, kind)
        struct.pack_into("<H", out, s["central"] + 10, kind)
    return bytes(out)


def bad_name(rng, data, _ctx):
    """A part's name, in its central entry, marked UTF-8 and given a byte that is not."""
    s = rng.choice(spans(data))
    out = bytearray(data)
    flags = struct.unpack_from("<H", out, s["central"] + 8)[0]
    struct.pack_into("<H", out, s["central"] + 8, flags | 0x800)
    n = struct.unpack_from("<H", out, s["central"] + 28)[0]
    out[s["central"] + 46 + rng.randrange(n)] = rng.choice((0xFF, 0xC3, 0x80, 0xFE))
    return bytes(out)


def end_record(rng, data, _ctx):
    """The end-of-directory record: entry counts, directory size or offset changed."""
    out = bytearray(data)
    at = out.rfind(b"PK\x05\x06")
    field, width = rng.choice(((8, 2), (10, 2), (12, 4), (16, 4)))
    value = struct.unpack_from("<H" if width == 2 else "<I", out, at + field)[0]
    struct.pack_into("<H" if width == 2 else "<I", out, at + field, _lie(rng, value) & (0xFFFF if width == 2 else 0xFFFFFFFF))
    return bytes(out)


def rename(rng, data, _ctx):
    items = parts(data)
    k = rng.randrange(len(items))
    name = items[k][0].filename
    new = rng.choice((name.replace("1", "9"), name + ".bak", name.upper(), "xl/" + name.rsplit("/", 1)[-1],
                      name.replace(".xml", ".bin")))
    if new == name:
        new = name + "~"
    return rezip([(new if i == k else info, c) for i, (info, c) in enumerate(items)])


def delete(rng, data, _ctx):
    items = parts(data)
    k = rng.randrange(len(items))
    return rezip([p for i, p in enumerate(items) if i != k])


def duplicate(rng, data, ctx):
    """A part twice: the same bytes, or the same part from another unit's file."""
    items = parts(data)
    info, content = rng.choice(items)
    other = dict((i.filename, c) for i, c in parts(_donor(rng, ctx)))
    second = other.get(info.filename, content) if rng.random() < 0.5 else content
    at = rng.randrange(len(items) + 1)
    if rng.random() < 0.5:
        items.insert(at, (info.filename, second))
    else:
        items.append((info.filename, second))
    return rezip(items)


def _donor(rng: random.Random, ctx: dict) -> bytes:
    """Another unit's genuine file, remembered: a mutant made of its identity and
    rows is that unit's report, and is taken as such."""
    ctx["donor"], data = rng.choice(ctx["others"])
    return data


def swap(rng, data, ctx):
    """Parts replaced by the same parts of another unit's file (identity or rows)."""
    other = dict((i.filename, c) for i, c in parts(_donor(rng, ctx)))
    items = parts(data)
    names = [i.filename for i, _c in items if i.filename in other and other[i.filename] != _c]
    if not names:
        return None
    chosen = set(rng.sample(names, rng.randrange(1, min(3, len(names)) + 1)))
    return rezip([(i, other[i.filename] if i.filename in chosen else c) for i, c in items])


def huge_dimension(rng, data, _ctx):
    """Every sheet claims to be huge; the rows are the genuine ones (this one must be read)."""
    claim = f"A1:{rng.choice(('XFD', 'R', 'ZZZZ'))}{rng.randrange(1_000_000, 10 ** rng.randrange(7, 12))}".encode()
    items = parts(data)
    if not any(i.filename.startswith("xl/worksheets/") for i, _c in items):
        return None
    return rezip([(i, re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="' + claim + b'"/>', c)
                   if i.filename.startswith("xl/worksheets/") else c) for i, c in items])


def huge_merge(rng, data, _ctx):
    """A merged range out to a far corner in a sheet, or a shared-string table that
    announces a huge count: what the reader would size its memory from."""
    items = parts(data)
    sheets = [k for k, (i, _c) in enumerate(items) if i.filename.startswith("xl/worksheets/")]
    if not sheets:
        return None
    if rng.random() < 0.2:
        rels = next(k for k, (i, _c) in enumerate(items) if i.filename == "xl/_rels/workbook.xml.rels")
        items[rels] = (items[rels][0], items[rels][1].replace(b"</Relationships>", (
            b'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/sharedStrings"/></Relationships>')))
        count = rng.choice((10 ** rng.randrange(7, 20), rng.randrange(1, 10 ** 6)))
        items.append(("xl/sharedStrings.xml", f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                               f'uniqueCount="{count}"><si><t>x</t></si></sst>'.encode()))
        return rezip(items)
    k = rng.choice(sheets)
    corner = f"{rng.choice(('R', 'AZ', 'XFD'))}{rng.choice((rng.randrange(2, 60), rng.randrange(60, 1048577)))}"
    merge = f'<mergeCell ref="B2:{corner}"/>'.encode()
    info, xml = items[k]
    xml = (xml.replace(b"</mergeCells>", merge + b"</mergeCells>") if b"</mergeCells>" in xml
           else xml.replace(b"</sheetData>", b"</sheetData><mergeCells>" + merge + b"</mergeCells>"))
    items[k] = (info, xml)
    return rezip(items)


def garbage(rng, data, _ctx):
    junk = rng.randbytes(rng.randrange(1, 5000))
    if rng.random() < 0.3:
        junk = b"PK\x05\x06" + junk  # a second, false end record
    return data + junk if rng.random() < 0.7 else junk + data


def malformed_xml(rng, data, _ctx):
    """One XML part broken (re-zipped, so the zip itself is sound)."""
    items = parts(data)
    xml = [k for k, (i, c) in enumerate(items) if i.filename.endswith((".xml", ".rels")) and len(c) > 20]
    k = rng.choice(xml)
    info, content = items[k]
    at = rng.randrange(len(content))
    op = rng.randrange(7)
    broken = (content[:at] if op == 0 else
              content[:at] + b"<" + content[at:] if op == 1 else
              content.replace(b">", b"", 1 + rng.randrange(3)) if op == 2 else
              content[:at] + b"\xff\xfe\xc3" + content[at:] if op == 3 else
              re.sub(rb"</\w+>$", b"", content.rstrip()) if op == 4 else
              content[:at] + b"&undefined;" + content[at:] if op == 5 else
              content.replace(b'"', b"", 1 + rng.randrange(3)))
    items[k] = (info, broken)
    return rezip(items)


def flip_anywhere(rng, data, _ctx):
    out = bytearray(data)
    flip(rng, out, 0, len(out), rng.randrange(1, 8))
    return bytes(out)


def zero_block(rng, data, _ctx):
    at = rng.randrange(len(data))
    n = rng.randrange(1, 2048)
    return data[:at] + b"\0" * n + data[at + n:]


ZIP_MUTATIONS = [truncate, flip_deflated, flip_stored, lie_local, lie_central, lie_consistently, method, bad_name,
                 end_record, rename, delete, duplicate, swap, huge_dimension, huge_merge, garbage, malformed_xml]
OLE_MUTATIONS = [truncate, flip_anywhere, zero_block, garbage]


def mutants(sources: list[tuple[Path, str]], seed: int = SEED) -> list[tuple[str, str, set[str], bytes]]:
    """(file name, mutation, the units it may be taken for, bytes), all different,
    from a fixed seed."""
    rng = random.Random(seed)
    genuine = {p.read_bytes() for p, _u in sources}
    seen: set[str] = {hashlib.sha256(b).hexdigest() for b in genuine}
    out = []
    xlsx = [(u, p.read_bytes()) for p, u in sources if p.suffix == ".xlsx"]
    for path, unit in sources:
        data = path.read_bytes()
        kinds = ZIP_MUTATIONS if zipfile.is_zipfile(path) else OLE_MUTATIONS
        want = PER_XLSX if path.suffix == ".xlsx" else PER_OTHER
        ctx = {"others": [(u, x) for u, x in xlsx if u != unit] or xlsx}
        made, tries = 0, 0
        while made < want and tries < want * 10:
            tries += 1
            mutation = kinds[tries % len(kinds)]
            blob = mutation(rng, data, ctx)
            units = {unit, ctx.pop("donor", unit)}
            digest = blob and hashlib.sha256(blob).hexdigest()
            if not blob or digest in seen:
                continue
            seen.add(digest)
            made += 1
            out.append((f"{mutation.__name__}-{len(out):03d}{path.suffix}", mutation.__name__, units, blob))
    return out


# --- the test ---------------------------------------------------------------------------


@pytest.fixture
def sources(ws, tmp_path) -> tuple[list[tuple[Path, str]], dict]:
    """The genuine files the mutants come from: four filled .xlsx, and one .ods and
    one .xls re-saved by LibreOffice (when it is installed)."""
    folder = tmp_path / "genuine"
    folder.mkdir()
    typed = fill_all(ws, units=SOURCES, folder=folder, rename=lambda unit, i: f"{unit}.xlsx")
    found = [(folder / f"{unit}.xlsx", unit) for unit in sorted(SOURCES)]
    soffice = shutil.which("soffice")
    if soffice:
        src = folder / f"{MARKET}.xlsx"
        for target in ("ods", "xls"):
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to",
                            target, "--outdir", str(tmp_path / target), str(src)], check=True, capture_output=True,
                           timeout=120)
            found.append((tmp_path / target / f"{MARKET}.{target}", MARKET))
    return found, typed


def write(folder: Path, batch: list) -> dict[str, tuple[str, set[str]]]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, _kind, _unit, blob in batch:
        (folder / name).write_bytes(blob)
    return {name: (kind, units) for name, kind, units, _b in batch}


def assert_fates(files, made: dict[str, tuple[str, set[str]]]) -> Counter:
    """One fate per file, a Chinese reason for each file not taken, a taken file on
    the unit it came from (or whose identity and rows were swapped in whole)."""
    fates = {f["file"]: f for f in files}
    assert set(fates) == set(made)
    for name, f in fates.items():
        kind, units = made[name]
        assert f["status"] in ("accepted", "rejected", "pending"), (name, f)
        if f["status"] == "accepted":
            assert f.get("unit") in units, (name, f)
        else:
            assert f.get("reason") and CHINESE.search(f["reason"]), (name, f)
        if kind == "huge_dimension":
            assert f["status"] == "accepted", (name, f)  # the claim alone is not held against a file
    return Counter((made[n][0], f["status"]) for n, f in fates.items())


def assert_values_on_their_units(ws, typed: dict) -> None:
    """Every stored row is one of its unit's rows, and every text typed there names
    that unit and row (fill_all types "unit|row id|field|n"; a damaged .xls, which
    has no checksum, may still change the rest of a value)."""
    for (unit, sheet, rid), values in stored(ws).items():
        assert unit in typed and any((sheet, rid) == (s, r) for (s, r, _f) in typed[unit]), (unit, sheet, rid)
        for name, value in values.items():
            mark = f"{unit}|{rid}|{name}|"
            if str(typed[unit].get((sheet, rid, name), "")).startswith(mark) and value:
                assert str(value).startswith(mark), (unit, rid, name, value)


def assert_database_sound(ws) -> None:
    """The workspace's own database is sound after the merge: on SQLite the file's
    integrity and foreign keys (PRAGMA); on either database, what the merge keeps
    true: one current file per unit, every report on a submission of its period and
    unit, current exactly when that submission is. On PostgreSQL no ledger.db is
    made beside the workspace (sqlite3.connect on it used to create an empty one)."""
    if ws.location.shared:
        assert not ws.db_path.exists()
    else:
        with closing(sqlite3.connect(f"file:{ws.db_path}?mode=ro", uri=True)) as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with Store.open(ws) as store:
        twice = store.db.execute(
            "SELECT period, unit FROM submissions WHERE workspace_id=? AND current=1 GROUP BY period, unit "
            "HAVING COUNT(*) > 1", (store.ws,)).fetchall()
        astray = store.db.execute(
            "SELECT COUNT(*) FROM progress p LEFT JOIN submissions s ON s.id = p.submission_id "
            "AND s.workspace_id = p.workspace_id AND s.period = p.period AND s.unit = p.unit "
            "AND s.current = p.current WHERE p.workspace_id=? AND s.id IS NULL", (store.ws,)).fetchone()[0]
        kept = store.db.execute("SELECT COUNT(*) FROM submissions WHERE workspace_id=?", (store.ws,)).fetchone()[0]
    assert twice == [] and astray == 0 and kept > 0, (twice, astray, kept)


def test_damaged_returned_files_never_stop_the_merge_nor_cross_units(ws, sources, tmp_path):
    found, typed = sources
    made = mutants(found)
    assert len(made) >= 300
    rng = random.Random(SEED)
    rng.shuffle(made)
    by_cli, by_library = made[:len(made) // 3], made[len(made) // 3:]

    library = write(incoming(ws), by_library)
    faulthandler.dump_traceback_later(300, exit=True)  # a hang fails the run instead of blocking it
    try:
        result = merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    finally:
        faulthandler.cancel_dump_traceback_later()
    counts = assert_fates([{"file": f.file, "status": f.status, "unit": f.unit, "reason": f.reason}
                           for f in result.files], library)

    cli = write(tmp_path / "第二批", by_cli)
    code, out, peak_kib = merge_measured(ws.root, tmp_path, tmp_path / "第二批")
    assert code in (0, 1) and peak_kib < 200 * 1024, (code, peak_kib)
    files = [dict(f, status=status) for status in ("accepted", "rejected", "pending") for f in out[status]]
    counts += assert_fates(files, cli)

    assert_database_sound(ws)
    assert_values_on_their_units(ws, typed)
    assert counts[("huge_dimension", "accepted")] >= 4 and sum(n for (_k, s), n in counts.items() if s == "rejected") > 100


def test_a_cut_short_xls_is_a_damaged_file(tmp_path):
    """calamine panics on this one (a Rust panic: a BaseException); found by fuzzing,
    where it came back from a merge worker as a PicklingError and exit code 4."""
    from ledger.errors import NotAWorkbook
    from ledger.io.returned import read_returned

    path = tmp_path / "截断.xls"
    path.write_bytes((ROOT / "samples" / "平罗县任务清单.xls").read_bytes()[:40960])
    with pytest.raises(NotAWorkbook) as err:
        read_returned(path)
    assert err.value.message == "《截断.xls》已损坏，无法作为 Excel 文件打开。请让报送单位在 Excel/WPS 中打开、另存为 .xlsx 后重新报送。"


def test_a_sheet_calamine_cannot_read_rejects_the_file_in_chinese(ws):
    """The workbook opens but one sheet does not (a shared-string index past the
    table): the file is rejected with a reason naming the sheet, not calamine's
    English error class, and the others are merged."""
    fill_all(ws, units={MARKET, "城关镇"})
    path = next(p for p in incoming(ws).iterdir() if MARKET in _unit_of(p))
    data = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                part, n = re.subn(rb'<c r="A4"([^>]*) t="inlineStr"><is><t>[^<]*</t></is>',
                                  rb'<c r="A4"\1 t="s"><v>99999999</v>', part)
                assert n == 1
            out.writestr(item, part)
    path.write_bytes(data.getvalue())
    result = merge(ws, period=PERIOD, received_at=ON_TIME)
    rejected = [f for f in result.files if f.status == "rejected"]
    assert [f.file for f in rejected] == [path.name] and [f.status for f in result.files].count("accepted") == 1
    assert "表已损坏，无法读取" in rejected[0].reason and not re.search(r"[A-Za-z]{6,}", rejected[0].reason)


def _unit_of(path: Path) -> str:
    import openpyxl

    return str(openpyxl.load_workbook(path, read_only=True)["任务进展"]["A1"].value)


def empty_vector_property(path: Path) -> None:
    """Give the first property of the summary information of an .xls the type
    VT_VECTOR | VT_EMPTY and a count of 2**31 - 1: items of no bytes each."""
    import olefile

    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("\x05SummaryInformation").read())
        section = struct.unpack_from("<I", data, 44)[0]
        offset = struct.unpack_from("<I", data, section + 12)[0]
        struct.pack_into("<II", data, section + offset, 0x1000, 0x7FFFFFFF)
        ole.write_stream("\x05SummaryInformation", bytes(data))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_a_summary_property_of_two_billion_empty_items_does_not_hang_the_merge(template, tmp_path):
    """Found by fuzzing (a block of zeros in an .xls): merge orders the files by their
    saved time first, in its own process, so this hangs the whole merge."""
    src = next((template / "下发" / LABEL).glob(f"*_{LABEL}.xlsx"))
    subprocess.run([shutil.which("soffice"), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xls", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True,
                   timeout=120)
    path = tmp_path / (src.stem + ".xls")
    empty_vector_property(path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        subprocess.run([sys.executable, "-c", "import sys; from ledger.io.saved_time import file_order; "
                        "file_order(sys.argv[1])", str(path)], env=env, timeout=3, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("file_order did not return within 3 s")
