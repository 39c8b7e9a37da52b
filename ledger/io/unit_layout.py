"""What a fill-in workbook is made of, as far as reading it back needs to know:
its format name, sheet names, id headers, statuses, where 填报人 and 联系电话 are
asked, the headers of what a unit types and of the read-only cells, and the
read-only cells a row's checksum covers. io.unit_workbook writes
the workbook (with XlsxWriter); io.returned and merge read it without loading
the writer (each of a merge's worker processes imports only the reader)."""
from __future__ import annotations

import hashlib

FORMAT_NAME = "ledger-split"
FORMAT_VERSION = "2"  # 2: keyed identity (token, nonce, tagged row ids; ledger.keys)
META_SHEET = "_ledger"
LISTS_SHEET = "填报选项"
TASK_SHEET = "任务进展"
MEASURE_SHEET = "分解任务"
STATUSES = ("已完成", "推进中", "常态化推进", "未启动", "滞后")
REPORTER_INPUTS = (("填报人", "reporter"), ("联系电话", "phone"))  # asked once, under the title of 任务进展
TITLE_HEADER, EXTRA_HEADER = "任务标题", "其他信息"  # read-only columns some split books have
ADDED = "added"  # the key of what a unit typed in columns it added to its book ("header：value" a line)
ID_HEADER = "任务标识（请勿修改）"
MEASURE_ID_HEADER = "措施标识（请勿修改）"
TASK_CHECKED = ("number", "category", "text", "lead", "others", "role", "deadline")
MEASURE_CHECKED = ("task_number", "text", "section", "person", "milestone")
# header -> field: what a unit types, and the read-only cells of a task row and of a measure row
INPUT_FIELDS = {"完成状态": "status", "本期进展": "progress", "存在问题": "problems", "下步计划": "next_steps",
                "佐证材料": "evidence", "预计完成时间": "expected", "填报人": "reporter", "联系电话": "phone"}
TASK_READONLY = {"编号": "number", "类别": "category", "任务内容": "text", "牵头单位": "lead",
                 "责任/配合单位": "others", "本单位角色": "role", "完成时限": "deadline", "上期进展": "last",
                 "各责任单位上期进展": "others_last"}
MEASURE_READONLY = {"任务编号": "task_number", "具体措施": "text", "责任科室": "section", "责任人": "person",
                    "时间节点": "milestone", "上期进展": "last"}


def checksum(*values: str) -> str:
    """Fingerprint of a row's read-only cells (TASK_CHECKED / MEASURE_CHECKED), so a
    merge can tell when a unit edited what it was not meant to."""
    return hashlib.sha1("\x1f".join(values).encode("utf-8")).hexdigest()[:16]
