"""`ledger demo`: the whole weekly cycle on samples/ in a fresh workspace.

import -> check -> split -> simulated returns (one unit late, one missing, one
damaged file) -> merge -> export -> 通报 and 督办通知. Everything it writes is a
real file a clerk can open.
"""
from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import FileProblem
from .imports import import_files
from .io.returned import INPUT_FIELDS
from .io.unit_workbook import FIRST_ROW, HEADER_ROW, ID_HEADER, MEASURE_ID_HEADER, REPORTER_INPUTS
from .keys import split_tagged
from .merging import merge
from .reporting import remind, report
from .results import CommandResult
from .splitting import split
from .validate import check
from .workspace import CONFIG_NAME, Workspace, init_workspace

if TYPE_CHECKING:
    import openpyxl

PERIOD = "2023-W10"
ORGAN = "平罗县食品安全委员会办公室"
PLAN = "平罗县深化改革加强食品安全工作"
STATUS_CYCLE = ("推进中", "常态化推进", "已完成", "推进中", "滞后", "未启动", "推进中")
PROGRESS = ("本周开展专项检查{n}次，检查经营主体{m}家，发现问题{k}个，已全部督促整改。",
            "召开专题推进会1次，印发工作方案，明确责任分工和时间节点。",
            "完成抽检{m}批次，合格率{p}%，不合格产品已依法处置。",
            "组织宣传培训{n}场，覆盖{m}人次，发放宣传资料{k}00份。")
PROBLEMS = ("", "", "基层执法力量不足，快检设备老化。", "", "部分经营主体主体责任意识不强。", "")
FILL = {h: f for h, f in INPUT_FIELDS.items() if f != "expected"}  # the demo leaves 预计完成时间 blank


@dataclass
class DemoResult(CommandResult):
    workspace: Path
    steps: list[tuple[str, str]] = field(default_factory=list)  # (what, where)
    late_unit: str = ""
    missing_unit: str = ""
    damaged_file: str = ""

    command = "demo"

    def payload(self) -> dict:
        return {"workspace": str(self.workspace),
                "steps": [{"step": s, "output": o} for s, o in self.steps],
                "late_unit": self.late_unit, "missing_unit": self.missing_unit, "damaged_file": self.damaged_file}


def samples_dir() -> Path:
    here = Path(__file__).resolve().parent.parent / "samples"
    if not (here / "平罗县任务清单.xlsx").exists():
        raise FileProblem(f"找不到示例文件夹《{here}》。请在 ledger 的源代码目录中运行 ledger demo。", path=str(here))
    return here


def _pick(key: str, options: tuple) -> object:
    return options[int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % len(options)]


def _value(field: str, unit: str, row_id: str) -> str:
    seed = int(hashlib.md5(f"{unit}{row_id}".encode("utf-8")).hexdigest()[:6], 16)
    if field == "status":
        return str(_pick(unit + row_id, STATUS_CYCLE))
    if field == "progress":
        return str(_pick(row_id + unit, PROGRESS)).format(n=seed % 5 + 1, m=seed % 90 + 10, k=seed % 7, p=95 + seed % 5)
    if field == "problems":
        return str(_pick(unit + row_id + "p", PROBLEMS))
    if field == "next_steps":
        return "继续加强日常监管，按时限完成各项任务。"
    if field == "evidence":
        return f"检查记录、会议纪要（编号{seed % 1000:03d}）"
    if field == "reporter":
        return str(_pick(unit, ("张伟", "李娜", "王强", "刘洋", "陈静", "杨帆")))
    return f"0952-{seed % 9000000 + 1000000}"


def input_cells(wb: openpyxl.Workbook, fields: dict[str, str]) -> Iterator[tuple]:
    """(sheet, cell, field, row id) of every input cell whose header is in ``fields``
    (header -> field), row by row, in the visible sheets of a split workbook."""
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        header = [c.value for c in ws[HEADER_ROW + 1]]
        id_col = next((i for i, h in enumerate(header) if h in (ID_HEADER, MEASURE_ID_HEADER)), None)
        if id_col is None:
            continue
        cols = {i: fields[h] for i, h in enumerate(header) if h in fields}
        for r in range(FIRST_ROW + 1, ws.max_row + 1):
            row_id = split_tagged(str(ws.cell(r, id_col + 1).value or ""))[0]
            if row_id:
                for c, name in cols.items():
                    yield ws, ws.cell(r, c + 1), name, row_id


def sheet_input_cells(wb: openpyxl.Workbook) -> Iterator[tuple]:
    """(sheet, cell, field) of the cells asked once above the header (填报人, 联系电话:
    the cell right of each label), in the visible sheets of a split workbook."""
    labels = dict(REPORTER_INPUTS)
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows(min_row=1, max_row=HEADER_ROW):
            for cell in row:
                if cell.value in labels:
                    yield ws, ws.cell(cell.row, cell.column + 1), labels[cell.value]


def fill_like_a_unit(src: Path, dst: Path, unit: str) -> None:
    """Fill the input cells of a split workbook with plausible progress."""
    import openpyxl

    wb = openpyxl.load_workbook(src)
    for _ws, cell, name in sheet_input_cells(wb):
        cell.value = _value(name, unit, "")
    for _ws, cell, name, row_id in input_cells(wb, FILL):
        cell.value = _value(name, unit, row_id)
    wb.save(dst)


def _fresh(target: Path, overwrite: bool) -> None:
    if target.exists() and any(target.iterdir()):
        if not overwrite:
            raise FileProblem(f"《{target}》已存在且不是空文件夹。请换一个文件夹，或加 --overwrite（原文件夹会改名保留）。",
                              path=str(target))
        keep = target.with_name(f"{target.name}.旧{datetime.now():%Y%m%d%H%M%S}")
        shutil.move(str(target), str(keep))


def demo(target: Path, overwrite: bool = False,
         progress: Callable[[str], None] | None = None) -> DemoResult:
    """Run the cycle into ``target``; ``progress`` is told each step as it starts."""
    say = progress or (lambda _s: None)
    target = Path(target).resolve()
    _fresh(target, overwrite)
    src = samples_dir()
    ws, _ = init_workspace(target, ORGAN, PLAN)
    result = DemoResult(target)
    result.steps.append(("工作区", str(target / CONFIG_NAME)))
    say("导入任务清单、任务分解表和单位名录")
    import_files(ws, src / "平罗县任务清单.xlsx", breakdown=src / "平罗县任务分解表.xlsx",
                 units=src / "平罗县单位名录.xlsx")
    say("检查任务清单")
    checked = check(src / "平罗县任务清单.xlsx", breakdown=src / "平罗县任务分解表.xlsx", workspace=ws,
                    report=ws.folder("ledgers") / "检查报告.xlsx")
    result.steps.append(("检查报告", str(checked.report)))
    say("下发：为每个单位生成填报表")
    sent = split(ws, PERIOD)
    result.steps.append(("下发文件夹", str(sent.folder)))
    result.steps.append(("下发清单", str(sent.dispatch_list)))
    _returns(ws, sent, result, say)
    _circulars(ws, result, say)
    return result


def _returns(ws: Workspace, sent, result: DemoResult, say) -> None:
    say("模拟各单位报送（一个单位逾期、一个单位未报、一个文件损坏）")
    inbox = ws.period_folder("incoming", sent.period)
    inbox.mkdir(parents=True, exist_ok=True)
    outputs = sent.outputs
    result.missing_unit, result.late_unit = outputs[-1]["unit"], outputs[-2]["unit"]
    for i, out in enumerate(outputs[:-2]):
        fill_like_a_unit(Path(out["file"]), inbox / f"{out['unit']}-第10周.xlsx", out["unit"])
    damaged = inbox / "某单位报送（损坏）.xlsx"
    damaged.write_bytes(Path(outputs[0]["file"]).read_bytes()[:2048])
    result.damaged_file = damaged.name
    due = datetime.combine(sent.period.due, datetime.min.time())
    say("汇总按时报送的文件")
    merge(ws, period=PERIOD, received_at=due + timedelta(hours=9), export=False)
    late = inbox / f"{result.late_unit}-补报.xlsx"
    fill_like_a_unit(Path(outputs[-2]["file"]), late, result.late_unit)
    say("汇总逾期补报的文件")
    merged = merge(ws, [late], period=PERIOD, received_at=due + timedelta(days=3, hours=10))
    result.steps.append(("回收文件夹", str(inbox)))
    result.steps.append(("汇总台账", str(merged.ledger)))


def _circulars(ws: Workspace, result: DemoResult, say) -> None:
    say("生成进展情况通报和督办通知")
    made = report(ws, PERIOD, pdf=True)
    result.steps.append(("进展情况通报", str(made.output)))
    if made.pdf:
        result.steps.append(("通报 PDF", str(made.pdf)))
    letters = remind(ws, PERIOD).to_dict()
    result.steps.append(("督办通知", str(letters["folder"])))
