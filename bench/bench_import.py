"""Benchmark `ledger import` on the province workload: a first import, the same
list imported again, and a revision.

    python bench/bench_import.py [--size province] [--repeat 3] [--reworded 5000] [--keep DIR]

Preparation (not timed): generate the task list and roster; write a revision of
the list in which ``--reworded`` task texts are changed in the middle (same
numbers), and one in which as many tasks are also renumbered. Then, each variant
in its own process:
  first       — import the list and roster into a new workspace
  again       — import the same list into a workspace that holds it (all unchanged)
  revised     — import the reworded revision into a workspace that holds the list
  renumbered  — import the reworded and renumbered revision (the any-number pass)
No target is set for import in the issues; this guards against regressions such
as the quadratic removed-task scan found on 2026-11-23.
"""
from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_split import GEN, ROOT, TreeSampler, bench_parser, peak_mb, work_folder

EXPECT = {"again": "unchanged", "revised": "changed", "renumbered": "changed"}


def _revise(source: Path, target: Path, count: int, renumber: bool) -> None:
    import python_calamine as pc
    import xlsxwriter
    rows = pc.CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()
    for i in random.Random(20231130).sample(range(1, len(rows)), count):
        row = list(rows[i])
        half = len(row[2]) // 2
        row[2] = row[2][:half] + "进一步" + row[2][half + 3:]  # reworded in the middle
        if renumber:
            row[0] = f"9{row[0]}"  # 1.2.3 -> 91.2.3
        rows[i] = row
    wb = xlsxwriter.Workbook(str(target))
    ws = wb.add_worksheet("任务清单")
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    wb.close()


def _import(workspace: Path, tasks: Path, roster: Path | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from ledger.imports import import_files
    from ledger.workspace import open_workspace
    result = import_files(open_workspace(workspace), tasks, units=roster)
    return {"tasks": result.tasks, "added": len(result.added), "changed": len(result.changed),
            "removed": len(result.removed), "unchanged": result.unchanged}


def child(variant: str, work: Path) -> None:
    base = work / "base"
    target = work / f"ws-{variant}"
    shutil.rmtree(target, ignore_errors=True)
    if variant == "first":
        sys.path.insert(0, str(ROOT))
        from ledger.workspace import init_workspace
        init_workspace(target, "省食安办")
    else:
        shutil.copytree(base, target)
    source = {"first": "province.xlsx", "again": "province.xlsx", "revised": "revised.xlsx",
              "renumbered": "renumbered.xlsx"}[variant]
    sampler = TreeSampler()
    sampler.start()
    began = time.perf_counter()
    counts = _import(target, work / source, work / "roster.xlsx" if variant == "first" else None)
    seconds = time.perf_counter() - began
    sampler.stop.set()
    sampler.join()
    print(json.dumps({"variant": variant, "seconds": round(seconds, 2), "peak_mb": round(peak_mb()),
                      "peak_tree_mb": round(sampler.peak / 1024), **counts}))


def prepare(size: str, work: Path, reworded: int) -> None:
    if (work / "prepared").exists():
        return
    tasks, roster = work / "province.xlsx", work / "roster.xlsx"
    subprocess.run([sys.executable, str(GEN), size, str(tasks), "--roster", str(roster)], check=True,
                   stdout=subprocess.DEVNULL)
    _revise(tasks, work / "revised.xlsx", reworded, renumber=False)
    _revise(tasks, work / "renumbered.xlsx", reworded, renumber=True)
    sys.path.insert(0, str(ROOT))
    from ledger.workspace import init_workspace
    init_workspace(work / "base", "省食安办")
    _import(work / "base", tasks, roster)
    (work / "prepared").write_text("ok")


def main() -> None:
    ap = bench_parser("first,again,revised,renumbered")
    ap.add_argument("--reworded", type=int, default=5000)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    work = work_folder(args.keep, "ledger-bench-import-")
    prepare(args.size, work, args.reworded)
    runs: dict[str, list[dict]] = {}
    for i in range(args.repeat):
        for variant in args.variants.split(","):
            p = subprocess.run([sys.executable, __file__, "--child", variant, str(work)],
                               capture_output=True, text=True, check=True)
            data = json.loads(p.stdout.strip().splitlines()[-1])
            if variant in EXPECT and data[EXPECT[variant]] == 0:
                raise SystemExit(f"{variant}: expected {EXPECT[variant]} tasks, got {data}")
            print(json.dumps({"run": i + 1, **data}, ensure_ascii=False), flush=True)
            runs.setdefault(variant, []).append(data)
    summary = {v: {"median_s": statistics.median(r["seconds"] for r in rs),
                   "peak_tree_mb": max(r["peak_tree_mb"] for r in rs)} for v, rs in runs.items()}
    print(json.dumps({"summary": summary}, ensure_ascii=False))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
