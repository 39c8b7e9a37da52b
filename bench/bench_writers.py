"""Candidate .xlsx writers on the same rows, and what each can write (issue 17).

    python bench/bench_writers.py [--rows 50000] [--cols 12] [--repeat 3] [--variants ...]
    python bench/bench_writers.py --probe

Timing: every variant writes the same rows (Chinese text from the phrases of
../shared/bench/gen_ledger.py with random characters and a number, fixed seed; a header row, then ``--rows`` rows of
``--cols`` columns), each cell with one bordered, wrapped format, in its own
process, in turn, ``--repeat`` times. The rows are made before the clock starts;
what is timed is from the rows (a list of tuples) to the closed file, so a
writer that needs a DataFrame or dicts pays for building them.
  xlsxwriter-cm  XlsxWriter, constant_memory (inline strings; what export uses)
  xlsxwriter     XlsxWriter, default (shared strings; what split uses for small books)
  rustpy         rustpy-xlsxwriter, write_worksheet from a list of dicts, column formats
  xlsxturbo      xlsxturbo.df_to_xlsx from a pandas DataFrame, column formats
  stream         ledger.io.xlsx_stream: XlsxWriter writes the package around an
                 empty sheet, the rows go in as XML (what export uses now)
  stream-z1      the same with zlib level 1 (XlsxWriter and the others use 6)
Prints one JSON line per run and the medians; peak_mb is the child's peak RSS.

--probe writes a small workbook with each feature that split and export need,
through each Rust-backed candidate's API, and reports per feature: "yes" (the
feature's XML is in the file), or what refused or dropped it.
"""
from __future__ import annotations

import argparse
import inspect
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT.parent / "shared" / "bench" / "gen_ledger.py"
sys.path.insert(0, str(ROOT))
VARIANTS = ("xlsxwriter-cm", "xlsxwriter", "rustpy", "xlsxturbo", "stream", "stream-z1")
FORMAT = {"border": 1, "text_wrap": True, "valign": "top", "font_name": "宋体", "font_size": 10}


def phrases() -> list[str]:
    ns: dict = {}
    source = GEN.read_text(encoding="utf-8")
    exec(compile(source.split("\ndef ")[0], str(GEN), "exec"), ns)  # the constants only
    return ns["PHRASES"] + ns["THEMES"] + ns["DEPTS"]


def make_rows(n: int, cols: int) -> tuple[list[str], list[tuple]]:
    """Each cell: one to three phrases, then 4-16 characters drawn from the phrases
    and a number, so that cells differ as typed reports do (and compress as little)."""
    rng, words = random.Random(20231130), phrases()
    chars = sorted(set("".join(words)))
    header = [f"列{c + 1}" for c in range(cols)]

    def cell() -> str:
        tail = "".join(rng.choices(chars, k=rng.randint(4, 16)))
        return f"{'，'.join(rng.sample(words, rng.randint(1, 3)))}（{tail}{rng.randint(1, 9999)}）"
    return header, [tuple(cell() for _c in range(cols)) for _r in range(n)]


def write_xlsxwriter(path: Path, header, rows, constant_memory: bool) -> None:
    import xlsxwriter
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    fmt, ws = wb.add_format(FORMAT), wb.add_worksheet("数据")
    ws.write_row(0, 0, header, fmt)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            ws.write_string(r, c, v, fmt)
    wb.close()


def write_stream(path: Path, header, rows, level: int) -> None:
    import io

    import xlsxwriter

    from ledger.io.xlsx_stream import StreamedSheet, finish
    shell = io.BytesIO()
    wb = xlsxwriter.Workbook(shell, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False})
    fmt, ws = wb.add_format(FORMAT), wb.add_worksheet("数据")
    ws.write_row(0, 0, header, fmt)
    out = StreamedSheet(ws, level)
    for r, row in enumerate(rows, 1):
        out.row(r, [(v, fmt) for v in row])
    wb.close()
    finish(shell, path, [out], level)
    out.close()


def write_rustpy(path: Path, header, rows) -> None:
    from rustpy_xlsxwriter import Format, write_worksheet
    fmt = Format().set_border("thin").set_text_wrap().set_align("top").set_font_name("宋体").set_font_size(10)
    records = [dict(zip(header, row)) for row in rows]
    write_worksheet(records, str(path), sheet_name="数据", column_formats=[fmt] * len(header), header_format=fmt)


def write_xlsxturbo(path: Path, header, rows) -> None:
    import pandas as pd
    import xlsxturbo
    fmt = {"border": True, "wrap_text": True, "align_vertical": "top", "font_name": "宋体", "font_size": 10}
    df = pd.DataFrame(rows, columns=header)
    xlsxturbo.df_to_xlsx(df, str(path), sheet_name="数据", column_formats={h: fmt for h in header},
                         header_format=fmt)


def run_variant(variant: str, path: Path, header, rows) -> None:
    if variant in ("xlsxwriter-cm", "xlsxwriter"):
        write_xlsxwriter(path, header, rows, variant == "xlsxwriter-cm")
    elif variant in ("stream", "stream-z1"):
        write_stream(path, header, rows, 1 if variant == "stream-z1" else -1)
    elif variant == "rustpy":
        write_rustpy(path, header, rows)
    elif variant == "xlsxturbo":
        write_xlsxturbo(path, header, rows)
    else:
        raise SystemExit(f"unknown variant {variant}")


def child(variant: str, n: int, cols: int, out: Path) -> None:
    header, rows = make_rows(n, cols)
    began = time.perf_counter()
    run_variant(variant, out, header, rows)
    seconds = time.perf_counter() - began
    import python_calamine
    got = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert [tuple(r) for r in got[1:]] == rows and list(got[0]) == header, variant  # every cell, as written
    print(json.dumps({"variant": variant, "seconds": round(seconds, 3), "mb": round(out.stat().st_size / 2**20, 1),
                      "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))


# --- probes ------------------------------------------------------------------------------------

FEATURES = [
    ("per-cell formats", r'<c r="A2" s="[1-9]'),
    ("column formats (blank cells too)", r'<col [^>]*style="[1-9]'),
    ("merged title rows", "<mergeCell"),
    ("rich string (subtitle)", "<r><rPr>"),
    ("row heights", "customHeight"),
    ("list validation, inline", '<dataValidation type="list"'),
    ("list validation from a range", "<formula1>$Z$1:$Z$3</formula1>"),
    ("date validation", '<dataValidation type="date"'),
    ("text-length validation", '<dataValidation type="textLength"'),
    ("sheet protection", "<sheetProtection"),
    ("unlocked cells", 'locked="0"'),
    ("veryHidden sheet", 'state="veryHidden"'),
    ("defined names", "<definedName"),
    ("conditional format by formula", '<cfRule type="expression"'),
    ("charts", "<c:barChart>"),
    ("print: landscape, A4", 'orientation="landscape"'),
    ("print: fit to width", 'fitToHeight="0"'),
    ("print: repeat rows", "_xlnm.Print_Titles"),
    ("print: header/footer", "<oddFooter>"),
    ("hidden column", r'<col [^>]*hidden="1"'),
    ("custom document properties", "docProps/custom.xml"),
]


def package_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join([*z.namelist(), *(z.read(n).decode("utf-8", "replace") for n in z.namelist())])


def probe_rustpy(feature: str, path: Path) -> None:
    from rustpy_xlsxwriter import Format, write_worksheet
    recs = [{"a": "x", "b": "y"}, {"a": "z", "b": "w"}]
    kw: dict = {}
    unlocked = Format().set_unlocked()
    options = {
        "per-cell formats": None,  # no cell-level call: formats go by column, row or header
        "column formats (blank cells too)": {"column_formats": [Format().set_bold(), None]},
        "merged title rows": {"header_row": 1, "merge_ranges": [(0, 0, 0, 1, "标题")]},
        "rich string (subtitle)": None,
        "row heights": {"row_heights": {1: 30}},
        "list validation, inline": {"data_validations": {"a": {"type": "list", "values": ["是", "否"]}}},
        "list validation from a range": {"data_validations": {"a": {"type": "list", "source": "=$Z$1:$Z$3"}}},
        "date validation": {"data_validations": {"a": {"type": "date", "criteria": ">=", "value": "2023-01-01"}}},
        "text-length validation": {"data_validations": {"a": {"type": "text_length", "criteria": "<=",
                                                              "value": 100}}},
        "sheet protection": {"password": "x"},
        "unlocked cells": {"password": "x", "column_formats": [unlocked, None]},
        "veryHidden sheet": {"sheet_view": {"hidden": "very"}},
        "defined names": {"defined_names": {"ids": "=Sheet1!$A$1"}},
        "conditional format by formula": {"conditional_formats": {"a": {"type": "formula", "criteria": "=TRUE",
                                                                        "format": Format().set_bold()}}},
        "charts": {"charts": [{"type": "bar", "series": ["b"], "categories": "a"}]},
        "print: landscape, A4": {"page_setup": {"landscape": True, "paper_size": 9}},
        "print: fit to width": {"page_setup": {"fit_to_pages": (1, 0)}},
        "print: repeat rows": {"page_setup": {"repeat_rows": 0}},
        "print: header/footer": {"page_setup": {"footer": "&C第 &P 页"}},
        "hidden column": {"column_widths": {"a": 0}},
        "custom document properties": {"properties": {"ledger_token": "x"}},
    }[feature]
    if options is None:
        raise NotImplementedError("no such call in the API")
    kw.update(options)
    write_worksheet(recs, str(path), sheet_name="Sheet1", **kw)


def probe_xlsxturbo(feature: str, path: Path) -> None:
    import pandas as pd
    import xlsxturbo
    df = pd.DataFrame({"a": ["x", "z"], "b": ["y", "w"]})
    options = {
        "per-cell formats": {"cells": {"A2": {"value": "x", "format": {"bold": True}}}},
        "column formats (blank cells too)": {"column_formats": {"a": {"bold": True}}},
        "merged title rows": {"startrow": 1, "merged_ranges": [("A1:B1", "标题")]},
        "rich string (subtitle)": {"startrow": 1, "rich_text": {"A1": [("粗", {"bold": True}), "细"]}},
        "row heights": {"row_heights": {1: 30}},
        "list validation, inline": {"validations": {"a": {"type": "list", "values": ["是", "否"]}}},
        "list validation from a range": {"validations": {"a": {"type": "list", "source": "=$Z$1:$Z$3"}}},
        "date validation": {"validations": {"a": {"type": "date", "min": 44927}}},
        "text-length validation": {"validations": {"a": {"type": "text_length", "max": 100}}},
        "sheet protection": {"protect": True},
        "unlocked cells": {"column_formats": {"a": {"locked": False}}},
        "veryHidden sheet": {"hidden": "very"},
        "defined names": {"defined_names": {"ids": "=Sheet1!$A$1"}},
        "conditional format by formula": {"conditional_formats": {"a": {"type": "formula", "criteria": "=TRUE"}}},
        "charts": {"charts": {"D2": {"type": "bar", "values_range": "Sheet1!$B$2:$B$3",
                                     "categories_range": "Sheet1!$A$2:$A$3"}}},
        "print: landscape, A4": {"page_setup": {"landscape": True}},
        "print: fit to width": {"page_setup": {"fit_to_pages": (1, 0)}},
        "print: repeat rows": {"page_setup": {"repeat_rows": 0}},
        "print: header/footer": {"page_setup": {"footer": "&C第 &P 页"}},
        "hidden column": {"column_widths": {0: 0}},
        "custom document properties": {"properties": {"ledger_token": "x"}},
    }[feature]
    xlsxturbo.df_to_xlsx(df, str(path), sheet_name="Sheet1", **options)


def probe() -> None:
    import importlib.metadata as md
    candidates = {"rustpy-xlsxwriter": probe_rustpy, "xlsxturbo": probe_xlsxturbo}
    print(json.dumps({name: md.version(name) for name in candidates}))
    results: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, fn in candidates.items():
            for i, (feature, marker) in enumerate(FEATURES):
                path = Path(tmp) / f"{name}-{i}.xlsx"
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    try:
                        fn(feature, path)
                    except Exception as e:  # noqa: BLE001 - a refusal is the answer
                        results.setdefault(feature, {})[name] = f"no: {type(e).__name__}: {str(e)[:90]}"
                        continue
                text = package_text(path)
                found = re.search(marker, text) if marker.startswith("<c") else marker in text
                said = f" (warned: {str(caught[0].message)[:60]})" if caught else ""
                results.setdefault(feature, {})[name] = "yes" if found else f"no: written without it{said}"
    for feature, by in results.items():
        print(json.dumps({"feature": feature, **by}, ensure_ascii=False))
    for name, fn in (("rustpy-xlsxwriter", "rustpy_xlsxwriter.write_worksheet"),
                     ("xlsxturbo", "xlsxturbo.df_to_xlsx")):
        module, func = fn.rsplit(".", 1)
        params = list(inspect.signature(getattr(__import__(module), func)).parameters)
        print(json.dumps({"api": fn, "parameters": params}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=50_000)
    ap.add_argument("--cols", type=int, default=12)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--probe", action="store_true")
    ap.add_argument("--child", nargs=2, metavar=("VARIANT", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.probe:
        probe()
        return
    if args.child:
        child(args.child[0], args.rows, args.cols, Path(args.child[1]))
        return
    runs: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            for variant in args.variants.split(","):
                out = Path(tmp) / f"{variant}.xlsx"
                p = subprocess.run([sys.executable, __file__, "--rows", str(args.rows), "--cols", str(args.cols),
                                    "--child", variant, str(out)], capture_output=True, text=True, check=False)
                if p.returncode:
                    raise SystemExit(p.stderr)
                data = json.loads(p.stdout.strip().splitlines()[-1])
                print(json.dumps({"run": i + 1, **data}), flush=True)
                runs.setdefault(variant, []).append(data)
    print(json.dumps({v: {"median_s": statistics.median(r["seconds"] for r in rs), "mb": rs[0]["mb"],
                          "peak_mb": max(r["peak_mb"] for r in rs)} for v, rs in runs.items()}))


if __name__ == "__main__":
    main()
