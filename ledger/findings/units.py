"""Findings about unit names (roster.py, splitting.py). The roster reports a
problem with a written name as a ``roster.Problem`` made from these types;
tasklist.py places it at its cell with the role (牵头单位：…) in front."""
from __future__ import annotations

from .base import ERROR, WARNING, FindingType

TITLE = "单位名称"

UNKNOWN_UNIT = FindingType(
    "unknown-unit", ERROR,
    "单位名录中找不到“{value}”{run_together}",
    "{guess}请核对单位名称；如是名录中某单位的另一种写法，请在单位名录中为该单位补充别名“{value}”，"
    "否则请在名录中补充该单位")
AMBIGUOUS_UNIT = FindingType(
    "ambiguous-unit", ERROR,
    "“{value}”可能是以下多个单位之一：{units}",
    "请写明单位全称，或在单位名录中调整简称/别名")
UNIT_NORMALIZED = FindingType(
    "unit-normalized", WARNING,
    "“{value}”按“{unit}”处理",
    "如不是同一单位，请在单位名录中补充“{value}”")
UNITS_RUN_TOGETHER = FindingType(
    "units-run-together", WARNING,
    "“{value}”疑似多个单位名称连在一起，请用顿号分隔或提供单位名录",
    "请在单位之间加顿号“、”，或提供单位名录以便自动拆分")
UNITS_SPLIT = FindingType(
    "units-split", WARNING,
    "“{value}”按{units}分别处理（疑似单位名称之间缺少分隔符）",
    "请在单位之间加顿号“、”")
UNIT_UNEXPANDABLE = FindingType(
    "unit-unexpandable", WARNING,
    "“{value}”没有指明具体单位，需要明确具体单位",
    "请写明具体的单位名称，多个单位用顿号分隔")
GROUP_NOT_IN_ROSTER = FindingType(
    "group-not-in-roster", WARNING,
    "“{value}”代表一组单位，但单位名录中没有对应的分组",
    "请在单位名录的“分组”列为这些单位填写“{groups}”")

# --- split: every unit that gets a sheet must be in the roster ------------------------------

UNIT_NOT_IN_ROSTER = FindingType(
    "unit-not-in-roster", ERROR,
    "“{value}”不在单位名录中（见任务 {tasks}）。",
    "请把该单位补入单位名录（或改正任务清单中的名称）后重新导入；确需照常下发可加 --allow-unknown-units。")
UNIT_NOT_IN_ROSTER_ALLOWED = FindingType(
    "unit-not-in-roster-allowed", WARNING,
    "“{value}”不在单位名录中（见任务 {tasks}），已按 --allow-unknown-units 照常下发。",
    "请把该单位补入单位名录（或改正任务清单中的名称）后重新导入。")
ROSTER_ROW_WITHOUT_NAME = FindingType(
    "roster-row-without-name", WARNING,
    "单位名录这一行有“{value}”，但没有单位名称，没有据此建立单位。",
    "请在该行填写单位名称（或把简称并入对应单位的“简称/别名”栏）后重新导入名录。")
ALIAS_SHARED = FindingType(
    "alias-shared", WARNING,
    "简称/别名“{value}”同时写在“{units}”名下，任务清单写这个名称时无法确定是哪个单位。",
    "请只在一个单位名下保留该简称，另一个单位写更完整的简称，然后重新导入名录。")
TASK_TO_NO_UNIT = FindingType(
    "task-to-no-unit", WARNING,
    "{tasks}没有下发给任何单位：其单位（{written}）在单位名录中对应不到具体单位。",
    "请在单位名录的“分组”列中为该分组补充成员单位，或在任务清单中写明具体单位，重新导入后再运行 ledger split --force。")
SPLIT_PAST_DUE = FindingType(
    "split-past-due", WARNING,
    "{value}的报送截止日{due}已过（今天是{today}），下发的填报表仍要求各单位在该日前报送。",
    "如是给晚报的单位补发，请在通知中写明新的报送时间；如要下发本期，请运行 ledger split（不加 --period，即本周或本月）。")
