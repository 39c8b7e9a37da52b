"""The yardstick of issue 17 for `ledger split`: one plain process that reads a
task list (python-calamine) and writes one plain XlsxWriter workbook per unit
(in_memory, no styling), the rows of the tasks the unit leads or shares.

    python bench/floor_split.py TASKLIST.xlsx OUTDIR

Timed from outside as a whole process (start-up included), against the whole
`ledger split` process on the workspace that imported the same task list, e.g.
farm-bench -- python bench/floor_split.py city.xlsx out --vs 'ledger split …'.
"""
from __future__ import annotations

import sys
from pathlib import Path

import python_calamine
import xlsxwriter

SEP = "、"


def main(source: str, out: str) -> None:
    rows = python_calamine.CalamineWorkbook.from_path(source).get_sheet_by_index(0).to_python()
    header, body = rows[0], rows[1:]
    groups: dict[str, list] = {}
    for row in body:
        units: list[str] = []
        for cell in (row[3], row[4]):  # 牵头单位, 责任单位
            units += [u for u in str(cell or "").split(SEP) if u and u not in units]
        for unit in units:
            groups.setdefault(unit, []).append(row)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for i, items in enumerate(groups.values()):
        wb = xlsxwriter.Workbook(str(folder / f"{i}.xlsx"), {"in_memory": True})
        ws = wb.add_worksheet()
        ws.write_row(0, 0, header)
        for n, row in enumerate(items, 1):
            ws.write_row(n, 0, row)
        wb.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
