"""Benchmark `ledger merge` and `ledger export` on the province workload.

    python bench/bench_merge.py [--size province] [--repeat 3] [--keep DIR]

Preparation (not timed): generate the task list and roster, import them, split
for 2023-W10, and fill every input cell of every returned workbook (tests/fill.py).
Then, each variant in its own process, on the same 1,000 filled workbooks:
  merge        — ledger.merge(export=False): read, match, validate, store
  remerge      — the same files merged again (all unchanged)
  export       — ledger.export(): the 汇总台账 from the database
  naive        — pandas.read_excel (openpyxl) per file, concat, to_excel once
  floor-read   — python-calamine reads every file
  floor-write  — xlsxwriter writes the rows floor-read got, once, no styling
"""
from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_split import GEN, ROOT, TreeSampler, bench_parser, peak_mb, work_folder

PERIOD = "2023-W10"


def _ws(work: Path):
    sys.path.insert(0, str(ROOT))
    from ledger.workspace import open_workspace
    return open_workspace(work / "workspace")


def _incoming(work: Path) -> Path:
    return work / "workspace" / "回收" / "2023年第10周"  # the period's folder, named as people write it


def run_merge(work: Path) -> dict:
    from ledger.merging import merge
    result = merge(_ws(work), period=PERIOD, export=False)
    return {"files": len(result.files), "accepted": len(result.accepted),
            "rows": sum(f.rows + f.measures for f in result.accepted)}


def run_export(work: Path) -> dict:
    from ledger.exporting import export
    result = export(_ws(work), PERIOD, output=work / "汇总台账-ledger.xlsx")
    return {"tasks": len(result.status.tasks)}


def run_naive(work: Path) -> dict:
    import pandas as pd
    frames = [pd.read_excel(p, sheet_name="任务进展", header=2, engine="openpyxl", dtype=str)
              for p in sorted(_incoming(work).glob("*.xlsx"))]
    df = pd.concat(frames, ignore_index=True)
    df.to_excel(work / "汇总台账-naive.xlsx", index=False, engine="openpyxl")
    return {"files": len(frames), "rows": len(df)}


def _floor_rows(work: Path) -> list[list]:
    import python_calamine as pc
    rows = []
    for p in sorted(_incoming(work).glob("*.xlsx")):
        wb = pc.CalamineWorkbook.from_path(str(p))
        rows += wb.get_sheet_by_name("任务进展").to_python()[3:]
        wb.close()
    return rows


def run_floor_read(work: Path) -> dict:
    return {"rows": len(_floor_rows(work))}


def run_floor_write(work: Path) -> dict:
    import xlsxwriter
    rows = _floor_rows(work)
    began = time.perf_counter()
    wb = xlsxwriter.Workbook(str(work / "汇总台账-floor.xlsx"))
    ws = wb.add_worksheet()
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    wb.close()
    return {"rows": len(rows), "write_only_s": round(time.perf_counter() - began, 2)}


VARIANTS = {"merge": run_merge, "remerge": run_merge, "export": run_export, "naive": run_naive,
            "floor-read": run_floor_read, "floor-write": run_floor_write}


def child(variant: str, work: Path) -> None:
    sampler = TreeSampler()
    sampler.start()
    began = time.perf_counter()
    counts = VARIANTS[variant](work)
    seconds = time.perf_counter() - began
    sampler.stop.set()
    sampler.join()
    if variant == "floor-write":
        seconds = counts.pop("write_only_s")
    print(json.dumps({"variant": variant, "seconds": round(seconds, 2), "peak_mb": round(peak_mb()),
                      "peak_tree_mb": round(sampler.peak / 1024), **counts}))


def prepare(size: str, work: Path) -> None:
    if (work / "prepared").exists():
        return
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from fill import fill_workbook

    from ledger.imports import import_files
    from ledger.splitting import split
    from ledger.workspace import init_workspace
    tasks, roster = work / f"{size}.xlsx", work / f"{size}_单位名录.xlsx"
    subprocess.run([sys.executable, str(GEN), size, str(tasks), "--roster", str(roster)], check=True,
                   stdout=subprocess.DEVNULL)
    ws, _ = init_workspace(work / "workspace", "省食安办")
    import_files(ws, tasks, units=roster)
    result = split(ws, PERIOD)
    inc = _incoming(work)
    inc.mkdir(parents=True, exist_ok=True)
    for i, out in enumerate(result.outputs):
        fill_workbook(Path(out["file"]), inc / f"报送{i:04d}.xlsx", out["unit"], i * 100_000)
    (work / "prepared").write_text("ok")


def reset_submissions(work: Path) -> None:
    """Before a first-merge run: forget earlier merges of the benchmark."""
    import sqlite3
    conn = sqlite3.connect(work / "workspace" / "ledger.db")
    conn.execute("DELETE FROM progress")
    conn.execute("DELETE FROM submissions")
    conn.commit()
    conn.close()


def main() -> None:
    ap = bench_parser("merge,remerge,export,floor-read,floor-write,naive")
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    work = work_folder(args.keep, "ledger-bench-merge-")
    began = time.perf_counter()
    prepare(args.size, work)
    print(json.dumps({"step": "prepare", "seconds": round(time.perf_counter() - began, 1)}), flush=True)
    runs: dict[str, list[dict]] = {}
    for i in range(args.repeat):
        for variant in args.variants.split(","):
            if variant == "merge":
                reset_submissions(work)
            p = subprocess.run([sys.executable, __file__, "--child", variant, str(work)],
                               capture_output=True, text=True, check=False)
            if p.returncode:
                raise SystemExit(p.stderr)
            data = json.loads(p.stdout.strip().splitlines()[-1])
            print(json.dumps({"run": i + 1, **data}), flush=True)
            runs.setdefault(variant, []).append(data)
    med = {v: statistics.median(r["seconds"] for r in rs) for v, rs in runs.items()}
    summary = {v: {"median_s": med[v], "peak_tree_mb": max(r["peak_tree_mb"] for r in rs)}
               for v, rs in runs.items()}
    ratios = {}
    if {"merge", "floor-read"} <= med.keys():
        ratios["merge_vs_floor_read"] = round(med["merge"] / med["floor-read"], 2)
    if {"export", "floor-write"} <= med.keys():
        ratios["export_vs_floor_write"] = round(med["export"] / med["floor-write"], 2)
    if {"merge", "export", "naive"} <= med.keys():
        ratios["naive_vs_merge_export"] = round(med["naive"] / (med["merge"] + med["export"]), 2)
    if {"merge", "remerge"} <= med.keys():
        ratios["remerge_vs_merge"] = round(med["remerge"] / med["merge"], 3)
    print(json.dumps({"summary": summary, "ratios": ratios}, ensure_ascii=False))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
