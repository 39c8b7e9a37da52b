#!/usr/bin/env python3
"""Build the layout fixtures in ``tests/fixtures/layouts/`` (one quirk each).

    python scripts/build_fixtures.py [--out tests/fixtures/layouts]

Task texts and owners come from ``samples/expected/平罗县任务清单.json`` (the
hand-checked reading of seed 004's 任务清单), so the fixtures hold real plan
language; the layouts are the ones offices use that the reader must not lose
data on:

* 重点任务-具体措施.xlsx   序号 and 重点任务 merged down over several 具体措施 rows,
                          each row with its own owners (and a shared, merged deadline)
* 一个编号多行.xlsx        one merged 编号 over rows of their own content and owners,
                          beside a task whose text is merged over one unit a row
* 其他列和隐藏列.xlsx      columns nobody named (责任领导电话, 资金（万元）, one with no
                          header) and a hidden helper column
* 主要任务-工作措施.xlsx   a title column not merged but left blank below, whose header
                          ranks above the content's in the synonym list
* 标题单独成行.xlsx        no number column: "1.建立…" in the title column, once on a row
                          of its own above its content rows, once merged down beside them

Every workbook gets a fixed creation date, so running the script twice writes
the same files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import xlsxwriter

REPO = Path(__file__).resolve().parent.parent
TRUTH = REPO / "samples" / "expected" / "平罗县任务清单.json"
FIXED_CREATED = dt.datetime(2023, 3, 1, 9, 0, 0)


def _tasks() -> list[dict]:
    return json.loads(TRUTH.read_text(encoding="utf-8"))


def _owners(task: dict, role: str) -> str:
    return "、".join(task[role])


class Sheet:
    """A small writer: rows of values, merges by (first row, first col, last row, last col)."""

    def __init__(self, path: Path, name: str = "任务清单"):
        self.wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
        self.wb.set_properties({"created": FIXED_CREATED, "author": "ledger fixtures"})
        self.ws = self.wb.add_worksheet(name)
        self.wrap = self.wb.add_format({"text_wrap": True, "valign": "top", "border": 1})

    def row(self, r: int, values: list) -> None:
        for c, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                self.ws.write_string(r, c, value, self.wrap)
            else:
                self.ws.write(r, c, value, self.wrap)

    def merge(self, r0: int, c0: int, r1: int, c1: int, value) -> None:
        self.ws.merge_range(r0, c0, r1, c1, "", self.wrap)
        if isinstance(value, str):
            self.ws.write_string(r0, c0, value, self.wrap)
        else:
            self.ws.write(r0, c0, value, self.wrap)

    def close(self) -> None:
        self.wb.close()


def title_content_merged(path: Path, tasks: list[dict]) -> None:
    """序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限, number and title merged down."""
    s = Sheet(path)
    s.merge(0, 0, 0, 5, "附件1  食品安全重点任务清单")
    s.merge(1, 0, 1, 5, "（2023年3月）")
    s.row(2, ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"])
    s.merge(3, 0, 3, 5, "一、强化标准实施")
    groups = [("1", "建立最严谨的标准", tasks[0:3], True), ("2", "严把产地环境安全关", tasks[3:5], False),
              ("3", "严把农业投入品生产使用关", tasks[5:6], False)]
    r = 4
    r = _groups(s, r, groups)
    s.merge(r, 0, r, 5, "二、加强源头严防")
    r = _groups(s, r + 1, [("4", "严格食品生产经营许可", tasks[6:9], False)])
    s.merge(r, 0, r, 5, "注：每项具体措施由牵头单位会同配合单位落实，按月报送进展。")
    s.ws.set_column(0, 0, 6)
    s.ws.set_column(1, 2, 30)
    s.close()


def _groups(s: Sheet, r: int, groups) -> int:
    for number, title, rows, shared_deadline in groups:
        last = r + len(rows) - 1
        if last > r:
            s.merge(r, 0, last, 0, number)
            s.merge(r, 1, last, 1, title)
        else:
            s.row(r, [number, title])
        if shared_deadline and last > r:
            s.merge(r, 5, last, 5, "2023年6月底前")
        for i, t in enumerate(rows):
            deadline = "" if shared_deadline and last > r else t["deadline"]
            s.row(r + i, [None, None, t["text"], _owners(t, "lead"), _owners(t, "cooperating"), deadline])
        r = last + 1
    return r


def clauses_under_one_number(path: Path, tasks: list[dict]) -> None:
    """编号 merged over rows with their own 主要任务 and owners; task 3's text merged over
    one unit a row (one task, several responsible units)."""
    s = Sheet(path, "Sheet1")
    s.row(0, ["编号", "主要任务", "责任单位", "配合单位", "完成时限"])
    s.merge(1, 0, 3, 0, "1")
    s.merge(1, 4, 3, 4, "2023年12月底前")
    for i, t in enumerate(tasks[10:13]):
        s.row(1 + i, [None, t["text"], _owners(t, "lead"), _owners(t, "cooperating")])
    s.row(4, ["2", tasks[13]["text"], _owners(tasks[13], "lead"), "", tasks[13]["deadline"]])
    s.merge(5, 0, 7, 0, "3")
    s.merge(5, 1, 7, 1, tasks[14]["text"])
    s.merge(5, 4, 7, 4, "长期坚持")
    for i, unit in enumerate(("市场监管局", "公安局", "农业农村局")):
        s.row(5 + i, [None, None, unit])
    s.close()


def extra_and_hidden_columns(path: Path, tasks: list[dict]) -> None:
    """Known columns, then 责任领导电话 and 资金（万元） (unknown), a hidden helper column
    and values under no header at all."""
    s = Sheet(path)
    s.merge(0, 0, 0, 7, "2023年食品安全工作任务清单")
    s.row(1, ["序号", "工作任务", "牵头单位", "责任单位", "完成时限", "责任领导电话", "资金（万元）", "辅助"])
    phones = [13909510001, "0952-5012345", "", 13909510004]
    money = [50, 12.5, "", "待定"]
    for i, t in enumerate(tasks[20:24]):
        s.row(2 + i, [str(i + 1), t["text"], _owners(t, "lead"), _owners(t, "cooperating"), t["deadline"],
                      phones[i], money[i], f"核对{i + 1}"])
    s.row(3, [None] * 8 + ["（已电话确认）"])
    s.merge(6, 0, 6, 7, "注：资金以财政批复为准。")
    s.ws.set_column(7, 7, None, None, {"hidden": True})
    s.close()


def title_left_blank(path: Path, tasks: list[dict]) -> None:
    """序号 | 主要任务 | 工作措施 | 责任单位 | 完成时限: the title and the number written
    once and left blank below (no merges); 主要任务 ranks above 工作措施 as a synonym."""
    s = Sheet(path)
    s.row(0, ["序号", "主要任务", "工作措施", "责任单位", "完成时限"])
    blocks = [("1", "强化源头治理", tasks[30:33]), ("2", "加强过程监管", tasks[33:35]),
              ("3", "严格执法处罚", tasks[35:36])]
    r = 1
    for number, title, rows in blocks:
        for i, t in enumerate(rows):
            s.row(r, [number if i == 0 else "", title if i == 0 else "", t["text"],
                      _owners(t, "lead"), t["deadline"]])
            r += 1
    s.close()


def title_rows_numbered_titles(path: Path, tasks: list[dict]) -> None:
    """重点任务 | 具体内容 | 牵头单位 | 责任单位 | 完成时限, the number inside the title."""
    s = Sheet(path)
    s.row(0, ["重点任务", "具体内容", "牵头单位", "责任单位", "完成时限"])
    s.row(1, ["1.建立最严谨的标准"])
    for i, t in enumerate(tasks[40:42]):
        s.row(2 + i, ["", t["text"], _owners(t, "lead"), _owners(t, "cooperating"), t["deadline"]])
    s.merge(4, 0, 5, 0, "2.严把产地环境安全关")
    for i, t in enumerate(tasks[42:44]):
        s.row(4 + i, [None, t["text"], _owners(t, "lead"), _owners(t, "cooperating"), t["deadline"]])
    s.close()


LAYOUTS = {
    "重点任务-具体措施.xlsx": title_content_merged,
    "一个编号多行.xlsx": clauses_under_one_number,
    "其他列和隐藏列.xlsx": extra_and_hidden_columns,
    "主要任务-工作措施.xlsx": title_left_blank,
    "标题单独成行.xlsx": title_rows_numbered_titles,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=REPO / "tests" / "fixtures" / "layouts")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tasks = _tasks()
    for name, build in LAYOUTS.items():
        build(args.out / name, tasks)
        print(args.out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
