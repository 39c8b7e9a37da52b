"""The yardstick of issue 17 for `ledger import` and `ledger merge`: one plain
process that reads workbooks with python-calamine and nothing else (every row
of one sheet of each, as Python values).

    python bench/floor_read.py [--sheet NAME] FILE_OR_FOLDER ...

A folder stands for the .xlsx files in it; without --sheet the first sheet is
read. Timed from outside as a whole process (start-up included), against the
whole `ledger import` (the task list and the roster) or `ledger merge --no-export`
(the 任务进展 sheet of every returned file) process, e.g. with /usr/bin/time -v or
hyperfine 'python bench/floor_read.py city.xlsx city_单位名录.xlsx' 'ledger import …'.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import python_calamine


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sheet")
    ap.add_argument("paths", nargs="+", type=Path)
    args = ap.parse_args()
    files = [f for p in args.paths for f in (sorted(p.glob("*.xlsx")) if p.is_dir() else [p])]
    rows = 0
    for f in files:
        wb = python_calamine.CalamineWorkbook.from_path(str(f))
        sheet = wb.get_sheet_by_name(args.sheet) if args.sheet else wb.get_sheet_by_index(0)
        rows += len(sheet.to_python())
        wb.close()
    print(f"{len(files)} files, {rows} rows")


if __name__ == "__main__":
    main()
