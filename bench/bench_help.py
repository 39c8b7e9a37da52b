"""Benchmark `ledger --help`: the whole process, Python's start-up included.

    python bench/bench_help.py [--runs 20] [--warmup 2]

Runs ``python -m ledger --help`` with this checkout first on the path, ``--warmup``
times uncounted, then ``--runs`` times, and prints the wall and CPU (user + system)
seconds of each run and their minimum, median and maximum (quote the median; on a
busy machine the CPU time moves less than the wall time). Target (issue 13):
under 0.3 s, which holds while ``import ledger.cli`` loads none of the Excel,
Word and chart libraries (tests/test_api.py checks that).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_run(env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one whole process."""
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run([sys.executable, "-m", "ledger", "--help"], env=env, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - cpu


def summary(label: str, values: list[float]) -> str:
    return f"{label} min {min(values):.3f} s, median {statistics.median(values):.3f} s, max {max(values):.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(args.warmup):
        one_run(env)
    runs = [one_run(env) for _ in range(args.runs)]
    print(json.dumps({"wall": [round(w, 4) for w, _ in runs], "cpu": [round(c, 4) for _, c in runs]}))
    print(f"ledger --help, {args.runs} runs: " + summary("wall", [w for w, _ in runs])
          + "; " + summary("cpu", [c for _, c in runs]))


if __name__ == "__main__":
    main()
