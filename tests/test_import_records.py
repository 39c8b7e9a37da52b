"""A task's record and its JSON as the workspace stores them: made in one go
(imports.task_record, store._task_json), the same as the general forms."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLES
from ledger.imports import task_record
from ledger.io.roster_io import read_roster
from ledger.roster import Roster
from ledger.store import _task_json
from ledger.tasklist import load_tasklist

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"


def _record_from_to_dict(task):
    """The record as it was first written: Task.to_dict, then the stored fields."""
    d = task.to_dict()
    d["number"] = task.label
    del d["label"]
    d["category"] = list(task.category)
    d["deadline"] = task.deadline.to_dict()
    d.update(leader=task.leader, note=task.note, cells=task.cells, raw=task.raw)
    return d


def _tasks():
    roster = Roster(read_roster(SAMPLES / "平罗县单位名录.xlsx").units)
    tasks = load_tasklist(SAMPLES / "平罗县任务清单.xlsx", roster,
                          breakdown=SAMPLES / "平罗县任务分解表.xlsx").tasks
    tasks += load_tasklist(SAMPLES / "五原县任务清单.xlsx", roster).tasks
    for layout in sorted(LAYOUTS.glob("*.xlsx")):  # clauses ("3-2"), extra columns
        tasks += load_tasklist(layout, Roster.empty()).tasks
    return tasks


def test_task_record_is_to_dict_with_the_stored_fields():
    tasks = _tasks()
    assert any(t.clause for t in tasks) and any(t.extra for t in tasks) and any(t.deadline.due for t in tasks)
    for task in tasks:
        record = task_record(task)
        assert record == _record_from_to_dict(task)
        assert list(record) == list(_record_from_to_dict(task))  # the stored JSON keeps the key order


def test_task_json_is_json_dumps():
    for task in _tasks():
        record = task_record(task)
        assert _task_json(record) == json.dumps(record, ensure_ascii=False)
    odd = {"a": [1, 2.5, float("inf"), None, True], "b": {"c": "\u2028\"\\\n\t", "d": []}, "e": "全角，文字"}
    assert _task_json(odd) == json.dumps(odd, ensure_ascii=False)
