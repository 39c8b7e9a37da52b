"""PostgreSQL against SQLite on the province workload, in the same run.

    python bench/bench_postgres.py [--size province] [--counties 20] [--keep DIR]

A throwaway PostgreSQL cluster (tests/pg_cluster.py, default durability: fsync
on) is started on 127.0.0.1 and stopped at the end. Timed, once per database:
  import  — ledger.import_files: the task list and roster
  split   — ledger.split for 2023-W10
  merge   — ledger.merge(export=False) of every unit's filled workbook
  export  — ledger.export: the 汇总台账
  status  — ledger.status
The merge, export and status runs work on the same workspace: the SQLite one,
its returned workbooks filled once (tests/fill.py, not timed), and its copy
moved into PostgreSQL by `ledger migrate` (timed too), so both merge the same
files. Then `status --all` of a city workspace over ``--counties`` county
workspaces of the city workload (one county merged, cloned under new ids).
Prints one JSON line per timing and a summary.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
GEN = ROOT.parent / "shared" / "bench" / "gen_ledger.py"
PERIOD = "2023-W10"


def timed(label: str, backend: str, fn, out: list) -> object:
    began = time.perf_counter()
    value = fn()
    row = {"step": label, "backend": backend, "seconds": round(time.perf_counter() - began, 3)}
    out.append(row)
    print(json.dumps(row, ensure_ascii=False), flush=True)
    return value


def generate(size: str, work: Path) -> tuple[Path, Path]:
    tasks, roster = work / f"{size}.xlsx", work / f"{size}_单位名录.xlsx"
    if not tasks.exists():
        subprocess.run([sys.executable, str(GEN), size, str(tasks), "--roster", str(roster)], check=True,
                       stdout=subprocess.DEVNULL)
    return tasks, roster


def fill(ws, folder: Path) -> None:
    from fill import fill_workbook
    from ledger.store import Store

    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(ws) as store:
        files = store.split_files(PERIOD)
    split_folder = next(p for p in ws.folder("outgoing").iterdir() if p.is_dir())  # 下发/<the period>
    for i, f in enumerate(files):
        fill_workbook(split_folder / f["file"], folder / f"报送{i:04d}.xlsx", f["unit"], i * 100_000)


def province(size: str, work: Path, url: str, out: list) -> None:
    import ledger
    from ledger.workspace import init_workspace, open_workspace

    tasks, roster = generate(size, work)
    sqlite_ws, _ = init_workspace(work / "sqlite", "省食安办")
    timed("import", "sqlite", lambda: ledger.import_files(sqlite_ws, tasks, units=roster), out)
    timed("split", "sqlite", lambda: ledger.split(sqlite_ws, PERIOD), out)
    pg_ws, _ = init_workspace(work / "postgresql", "省食安办", database=url)
    timed("import", "postgresql", lambda: ledger.import_files(pg_ws, tasks, units=roster), out)
    timed("split", "postgresql", lambda: ledger.split(pg_ws, PERIOD), out)
    returned = work / "returned"
    fill(sqlite_ws, returned)
    shutil.copytree(sqlite_ws.root, work / "moved")
    timed("migrate", "postgresql", lambda: ledger.migrate(open_workspace(work / "moved"), url), out)
    for backend, root in (("sqlite", sqlite_ws.root), ("postgresql", work / "moved")):
        ws = open_workspace(root)
        result = timed("merge", backend, lambda ws=ws: ledger.merge(ws, [returned], PERIOD, export=False), out)
        assert len(result.accepted) == len(list(returned.iterdir())), backend
        timed("export", backend, lambda ws=ws: ledger.export(ws, PERIOD, output=work / f"汇总台账-{backend}.xlsx"), out)
        timed("status", backend, lambda ws=ws: ledger.status(ws, PERIOD), out)


def city(work: Path, url: str, counties: int, out: list) -> None:
    import ledger
    from ledger.storage.copying import copy_workspace
    from ledger.store import Store
    from ledger.workspace import init_workspace, open_workspace

    tasks, roster = generate("city", work)
    county, _ = init_workspace(work / "county", "县食安办")
    ledger.import_files(county, tasks, units=roster)
    ledger.split(county, PERIOD)
    fill(county, work / "county-returned")
    ledger.merge(county, [work / "county-returned"], PERIOD, export=False)
    city_ws = ledger.init(work / "city", "市食安办", database=url, scope="city").workspace
    ledger.migrate(county, url)
    with Store.open(open_workspace(county.root)) as store:
        store.db.execute("UPDATE workspaces SET parent_id=?, name=? WHERE id=?",
                         (city_ws.config.database.workspace, "县01", store.ws))
        info = dict(store.workspace(), parent_id=city_ws.config.database.workspace)
        for n in range(2, counties + 1):
            copy_workspace(store.db, store.ws, store.db, uuid.uuid4().hex, dict(info, name=f"县{n:02d}"))
        store.db.analyze()
    result = timed(f"status --all ({counties} counties)", "postgresql",
                   lambda: ledger.status(city_ws, PERIOD, all_workspaces=True), out)
    assert len(result.counties) == counties
    timed(f"export --all ({counties} counties)", "postgresql",
          lambda: ledger.export(city_ws, PERIOD, output=work / "全市汇总.xlsx", all_workspaces=True), out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="province")
    ap.add_argument("--counties", type=int, default=20)
    ap.add_argument("--keep", type=Path, help="work folder to keep (default: a temporary one, removed)")
    ap.add_argument("--skip-province", action="store_true")
    args = ap.parse_args()
    import pg_cluster

    cluster = pg_cluster.start(fast=False)
    if isinstance(cluster, str):
        sys.exit(f"bench_postgres: {cluster}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="ledger-bench-pg-"))
    work.mkdir(parents=True, exist_ok=True)
    out: list[dict] = []
    try:
        if not args.skip_province:
            province(args.size, work, cluster.create_database("bench_province"), out)
        city(work, cluster.create_database("bench_city"), args.counties, out)
    finally:
        cluster.stop()
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    by = {(r["step"], r["backend"]): r["seconds"] for r in out}
    print("\nstep                          SQLite s   PostgreSQL s   ratio")
    for step in dict.fromkeys(r["step"] for r in out):
        s, p = by.get((step, "sqlite")), by.get((step, "postgresql"))
        ratio = f"{p / s:.2f}" if s and p else ""
        print(f"{step:<30}{'' if s is None else s:>8}   {'' if p is None else p:>12}   {ratio:>5}")


if __name__ == "__main__":
    main()
