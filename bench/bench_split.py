"""Benchmark `ledger split` on the province workload against a naive split and
the bare floor, in the same run.

    python bench/bench_split.py [--size province] [--repeat 3] [--keep DIR]

Each variant runs in its own process (so its peak memory is its own) on the
same task list from ../shared/bench/gen_ledger.py:
  ledger  — ledger.split() on a workspace that imported the task list and roster
  ledger-1proc — the same in one process (no worker processes)
  naive   — pandas.read_excel (openpyxl), explode units, groupby, to_excel per unit
  floor   — python-calamine read, one plain xlsxwriter workbook per unit, no styling
Prints one JSON line per run and a summary with medians and ratios. Memory:
peak_mb is this process's peak plus its largest child's (getrusage), and
peak_tree_mb the largest sum over the process tree sampled every 50 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GEN = ROOT.parent / "shared" / "bench" / "gen_ledger.py"
SEP = "、"


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc), in KiB."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0]) if "VmRSS:" in status else 0
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                stack += [int(c) for c in children]
        except (OSError, ValueError, IndexError):
            continue
    return total


class TreeSampler(threading.Thread):
    """Samples the whole process tree's RSS every 50 ms: the peak of the sum,
    i.e. what the machine had to hold at once (workers included)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak = 0
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            self.peak = max(self.peak, tree_rss_kb(os.getpid()))
            self.stop.wait(0.05)


def peak_mb() -> float:
    """Peak RSS of this process plus the largest of its finished children, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + kids) / 1024


def units_of(row) -> list[str]:
    seen = []
    for cell in (row[3], row[4]):
        for u in str(cell or "").split(SEP):
            if u and u not in seen:
                seen.append(u)
    return seen


def run_floor(tasks: Path, out: Path) -> dict:
    import python_calamine as pc
    import xlsxwriter
    rows = pc.CalamineWorkbook.from_path(str(tasks)).get_sheet_by_index(0).to_python()
    header, body = rows[0], rows[1:]
    groups: dict[str, list] = {}
    for r in body:
        for u in units_of(r):
            groups.setdefault(u, []).append(r)
    for i, (unit, items) in enumerate(groups.items()):
        wb = xlsxwriter.Workbook(str(out / f"{i}.xlsx"))
        ws = wb.add_worksheet()
        ws.write_row(0, 0, header)
        for n, r in enumerate(items, 1):
            ws.write_row(n, 0, r)
        wb.close()
    return {"files": len(groups), "rows": sum(len(v) for v in groups.values())}


def run_naive(tasks: Path, out: Path) -> dict:
    import pandas as pd
    df = pd.read_excel(tasks, engine="openpyxl", dtype=str).fillna("")
    df["单位"] = (df["牵头单位"] + SEP + df["责任单位"]).str.split(SEP)
    df = df.explode("单位")
    df = df[df["单位"] != ""].drop_duplicates(subset=["编号", "单位"])
    n = 0
    for i, (unit, part) in enumerate(df.groupby("单位", sort=False)):
        part.drop(columns=["单位"]).to_excel(out / f"{i}.xlsx", index=False, engine="openpyxl")
        n += len(part)
    return {"files": i + 1, "rows": n}


def run_ledger(workspace: Path, out: Path, workers: int | None = None) -> dict:
    sys.path.insert(0, str(ROOT))
    from ledger.splitting import split
    from ledger.workspace import open_workspace
    result = split(open_workspace(workspace), "2023-W10", output=out, force=True, workers=workers)
    return {"files": len(result.outputs), "rows": sum(o["tasks"] for o in result.outputs)}


def run_ledger_one_process(workspace: Path, out: Path) -> dict:
    return run_ledger(workspace, out, workers=1)


def child(variant: str, source: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    sampler = TreeSampler()
    sampler.start()
    began = time.perf_counter()
    counts = {"floor": run_floor, "naive": run_naive, "ledger": run_ledger,
              "ledger-1proc": run_ledger_one_process}[variant](source, out)
    seconds = time.perf_counter() - began
    sampler.stop.set()
    sampler.join()
    print(json.dumps({"variant": variant, "seconds": round(seconds, 2), "peak_mb": round(peak_mb()),
                      "peak_tree_mb": round(sampler.peak / 1024), **counts}))


def prepare(size: str, work: Path) -> tuple[Path, Path]:
    tasks, roster, ws = work / f"{size}.xlsx", work / f"{size}_单位名录.xlsx", work / "workspace"
    subprocess.run([sys.executable, str(GEN), size, str(tasks), "--roster", str(roster)], check=True,
                   stdout=subprocess.DEVNULL)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "ledger", "init", str(ws), "-q"], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    began = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "ledger", "import", "-w", str(ws), str(tasks), "--units",
                        str(roster), "--json", "-q"], env=env, capture_output=True, check=False)  # exit 1: findings
    data = json.loads(p.stdout)
    print(json.dumps({"step": "import", "seconds": round(time.perf_counter() - began, 2),
                      "tasks": data["tasks"], "units": data["units"]}))
    return tasks, ws


def bench_parser(variants: str, child: tuple[str, ...] = ("VARIANT", "WORK")) -> argparse.ArgumentParser:
    """The options every benchmark here takes; --child runs one variant (internal)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="province")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--variants", default=variants)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it")
    ap.add_argument("--child", nargs=len(child), metavar=child, help=argparse.SUPPRESS)
    return ap


def work_folder(keep: Path | None, prefix: str) -> Path:
    work = keep or Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    return work


def main() -> None:
    args = bench_parser("ledger,floor,naive", ("VARIANT", "SOURCE", "OUT")).parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    work = work_folder(args.keep, "ledger-bench-")
    tasks, ws = prepare(args.size, work)
    runs: dict[str, list[dict]] = {}
    for i in range(args.repeat):
        for variant in args.variants.split(","):
            out = work / f"out-{variant}"
            shutil.rmtree(out, ignore_errors=True)
            source = ws if variant.startswith("ledger") else tasks
            p = subprocess.run([sys.executable, __file__, "--child", variant, str(source), str(out)],
                               capture_output=True, text=True, check=True)
            data = json.loads(p.stdout.strip().splitlines()[-1])
            print(json.dumps({"run": i + 1, **data}), flush=True)
            runs.setdefault(variant, []).append(data)
    summary = {v: {"median_s": statistics.median(r["seconds"] for r in rs),
                   "peak_mb": max(r["peak_mb"] for r in rs), "peak_tree_mb": max(r["peak_tree_mb"] for r in rs),
                   "files": rs[0]["files"], "rows": rs[0]["rows"]}
               for v, rs in runs.items()}
    if "ledger" in summary and "floor" in summary:
        summary["ledger_vs_floor"] = round(summary["ledger"]["median_s"] / summary["floor"]["median_s"], 2)
    if "ledger" in summary and "naive" in summary:
        summary["naive_vs_ledger"] = round(summary["naive"]["median_s"] / summary["ledger"]["median_s"], 2)
    print(json.dumps({"summary": summary, "cpus": os.cpu_count()}, ensure_ascii=False))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
