"""Findings of ``ledger check`` across the task list and the breakdown (validate.py).
``{task}`` is the task as the clerk finds it: 第3项任务, or 第12行的任务 without a number."""
from __future__ import annotations

from .base import ERROR, WARNING, FindingType

TITLE = "检查任务清单"

TASK_WITHOUT_OWNER = FindingType(
    "task-without-owner", ERROR,
    "{task}没有牵头单位，也没有责任单位。",
    "请填写牵头单位或责任单位。")
TASK_WITHOUT_LEAD = FindingType(
    "task-without-lead", WARNING,
    "{task}没有牵头单位。",
    "该任务有{count}个单位，请指定牵头单位负责汇总；未指定时由第一个单位（{first}）汇总报送。")
TASK_WITHOUT_DEADLINE = FindingType(
    "task-without-deadline", WARNING,
    "{task}没有完成时限。",
    "请填写完成时限；如与上一任务相同，请合并单元格或照抄。")
EMPTY_TASK_TEXT = FindingType(
    "empty-task-text", ERROR,
    "{task}的任务内容为空。",
    "请填写任务内容，或删除该行。")
DUPLICATE_TASK_TEXT = FindingType(
    "duplicate-task-text", WARNING,
    "{task}与第{first_row}行任务内容完全相同。",
    "如为重复录入，请删除其中一行。")
TASK_WITHOUT_NUMBER = FindingType(
    "task-without-number", WARNING,
    "第{row}行的任务没有编号。",
    "请补充编号，便于各单位对照填报。")
DUPLICATE_NUMBER = FindingType(
    "duplicate-number", ERROR,
    "编号“{value}”重复：{rows}。",
    "请为每项任务使用不同的编号。")
NUMBER_GAP = FindingType(
    "number-gap", WARNING,
    "任务编号缺少第{missing}项（编号{before}之后直接是{after}）。",
    "请核对是否漏了任务行。")
MEASURE_WITHOUT_TEXT = FindingType(
    "measure-without-text", ERROR,
    "第{row}行没有填写具体措施。",
    "请填写具体措施，或删除该行。")
MEASURE_TASK_NOT_FOUND = FindingType(
    "measure-task-not-found", ERROR,
    "分解表第{row}行的任务编号“{value}”在任务清单中不存在。",
    "请核对任务编号是否与任务清单一致。")
MEASURE_UNIT_NOT_OWNER = FindingType(
    "measure-unit-not-owner", ERROR,
    "“{value}”不是第{number}项任务的牵头、责任或配合单位。",
    "该任务的单位为：{units}。请核对任务编号或责任单位。")
MILESTONE_AFTER_DEADLINE = FindingType(
    "milestone-after-deadline", WARNING,
    "时间节点{milestone}晚于第{number}项任务的完成时限{due}。",
    "请把时间节点调整到任务完成时限之前。")
