"""The yardstick of issue 17 for `ledger export`: a plain process that reads a
task list (python-calamine) and writes its rows once with XlsxWriter, no styling.

    python bench/floor_write.py TASKLIST.xlsx OUT.xlsx

Timed from outside as a whole process (start-up included), against the whole
`ledger export` process on the workspace that imported the same task list, e.g.
with /usr/bin/time -v, or hyperfine 'python bench/floor_write.py …' 'ledger export …'.
"""
from __future__ import annotations

import sys

import python_calamine
import xlsxwriter


def main(source: str, out: str) -> None:
    rows = python_calamine.CalamineWorkbook.from_path(source).get_sheet_by_index(0).to_python()
    wb = xlsxwriter.Workbook(out)
    ws = wb.add_worksheet()
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    wb.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
