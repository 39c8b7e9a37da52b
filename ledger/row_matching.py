"""A returned book's rows matched to the rows split issued: by the hidden id, by
编号 and text when the id is gone, the values typed checked (status, dates,
formulas, values that are not text). Used by a merge only for a file it has not
taken before (``merge_intake.py``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, time, timedelta

from .attribution import IssuedToUnit
from .deadlines import parse_deadline
from .findings import FORMULA_IN_INPUT, FORMULA_WITHOUT_VALUE, VALUE_NOT_TEXT, Finding, returns
from .identity import measure_key
from .io.returned import INPUT_FIELDS, TEXT_INPUTS, ReturnedBook, ReturnedRow, ReturnedSheet
from .io.unit_layout import MEASURE_CHECKED, STATUSES, TASK_CHECKED, checksum

INPUT_HEADERS = {name: header for header, name in INPUT_FIELDS.items()}


def _match(sheet: ReturnedSheet, row: ReturnedRow, issued: IssuedToUnit, texts: dict[str, str],
           row_sum: str | None) -> tuple[dict | None, str]:
    """The identity row a returned row belongs to, and how it was found: "id" (its
    hidden id), "moved" (the visible cells are another of the unit's tasks, whole and
    unedited: the id column stayed behind when only the visible columns were sorted),
    "number" (no id: 编号 + task text), or "" (not found). ``row_sum``: the row's
    ``_readonly_sum``."""
    sheet_name = "分解任务" if sheet.kind == "measures" else "任务进展"
    by_id = issued.rows.get(row.id) if row.id else None
    if by_id is not None and by_id["sheet"] == sheet_name:
        if not _readonly_edited(row_sum, by_id):
            return by_id, "id"
        seen = _by_content(sheet, row, issued, texts, sheet_name)
        if seen is not None and seen["id"] != by_id["id"] and _readonly_whole(row_sum, seen):
            return seen, "moved"
        return by_id, "id"
    found = _by_content(sheet, row, issued, texts, sheet_name)
    return (found, "number") if found is not None else (None, "")


def _by_content(sheet: ReturnedSheet, row: ReturnedRow, issued: IssuedToUnit, texts: dict[str, str],
                sheet_name: str) -> dict | None:
    """The one row of the unit with this 编号 and this task (or measure) text."""
    text = row.readonly.get("text", "")
    if sheet.kind == "measures":
        candidates = issued.by_number.get((sheet_name, row.readonly.get("task_number", "")), [])
        candidates = [c for c in candidates if measure_key(c["task_id"], issued.unit, text) == c["id"]]
    else:
        candidates = issued.by_number.get((sheet_name, row.readonly.get("number", "")), [])
        candidates = [c for c in candidates if texts.get(c["task_id"], "") == text]
    return candidates[0] if len(candidates) == 1 else None


def _combine(first: dict, second: dict) -> dict:
    """Two rows of the same task (a copied row): keep every value, once."""
    out = dict(first)
    for key, value in second.items():
        if value and value != out.get(key):
            out[key] = f"{out[key]}\n{value}" if out.get(key) and key != "status" else (out.get(key) or value)
    return out


def _value_findings(values: dict, originals: dict, row: ReturnedRow, file: str, sheet: str) -> tuple[dict, list[Finding]]:
    """Parsed forms next to the values as typed, and what is wrong with them."""
    out = dict(values)
    found = []
    status = values.get("status", "")
    if status and status not in STATUSES:
        found.append(returns.STATUS_INVALID(file, sheet, row.cell("status"), status, row=row.row,
                                            choices="、".join(STATUSES)))
    expected = originals.get("expected")
    if values.get("expected"):
        due, problem, note = _expected_reading(expected if expected is not None else values["expected"])
        out["expected_date"] = due.isoformat() if due else ""
        if due is None or problem:
            kind = returns.DATE_INVALID if due is None else returns.DATE_AMBIGUOUS
            found.append(kind(file, sheet, row.cell("expected"), values["expected"], row=row.row, note=note or ""))
    if status == "已完成" and not (values.get("evidence") and values.get("progress")):
        missing = "、".join(n for k, n in (("progress", "本期进展"), ("evidence", "佐证材料")) if not values.get(k))
        found.append(returns.DONE_WITHOUT_EVIDENCE(file, sheet, row.cell("evidence") or row.cell("status"), status,
                                                   row=row.row, missing=missing))
    return out, found


@lru_cache(maxsize=4096, typed=True)
def _expected_reading(value: object) -> tuple[date | None, str | None, str | None]:
    """An expected date as typed, read by the one reading of a date (``parse_deadline``):
    (due, problem, note). Units type a few dates many times; each is read once, and
    by its type too (TRUE is not the number 1)."""
    parsed = parse_deadline(value)
    return parsed.due, parsed.problem, parsed.note


def _input_findings(row: ReturnedRow, file: str, sheet: str) -> list[Finding]:
    """What was typed that is not plain text: formulas (kept as their value, or as
    their own text when the file has no value), dates and numbers in text columns."""
    found = []
    for name, (formula, computed) in row.formulas.items():
        where = {"file": file, "sheet": sheet, "cell": row.cell(name), "value": row.inputs.get(name, ""),
                 "column": INPUT_HEADERS[name]}
        found.append(FORMULA_IN_INPUT(**where, formula=formula) if computed else FORMULA_WITHOUT_VALUE(**where))
    for name in TEXT_INPUTS:
        if name in row.originals and name not in row.formulas and row.inputs.get(name):
            found.append(VALUE_NOT_TEXT(file, sheet, row.cell(name), row.inputs[name], column=INPUT_HEADERS[name],
                                        kind=_kind(row.originals[name])))
    return found


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "逻辑值（TRUE/FALSE）"
    if isinstance(value, (date, datetime)):
        return "日期"
    if isinstance(value, (int, float)):
        return "数字"
    return "时间" if isinstance(value, (time, timedelta)) else "非文字的值"


def _readonly_sum(sheet: ReturnedSheet, row: ReturnedRow) -> str | None:
    """The checksum of a row's read-only cells as split computed it for the row it
    wrote (None when a column was deleted: nothing to compare)."""
    keys = MEASURE_CHECKED if sheet.kind == "measures" else TASK_CHECKED
    readonly = row.readonly
    if not all(k in readonly for k in keys):
        return None
    return checksum(*[readonly[k] for k in keys])


def _readonly_edited(row_sum: str | None, ident_row: dict) -> bool:
    return row_sum is not None and row_sum != ident_row.get("checksum")


def _readonly_whole(row_sum: str | None, ident_row: dict) -> bool:
    """Every read-only cell present and exactly as split wrote it for this row."""
    return row_sum is not None and row_sum == ident_row.get("checksum")


@dataclass
class Parsed:
    """A returned book turned into rows to store, with what was noticed."""

    values: dict[tuple[str, str], dict] = field(default_factory=dict)  # (task_id, measure) -> values
    unmatched: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    tasks: int = 0
    measures: int = 0


def _sheet_inputs(book: ReturnedBook, out: "Parsed") -> dict[str, str]:
    """填报人 and 联系电话 typed once above a sheet's header (what they say goes with
    every row of the file that has none of its own), with what is wrong with them."""
    once: dict[str, str] = {}
    for sheet in book.sheets:
        for row in sheet.top:
            if row.formulas or row.originals:
                out.findings += _input_findings(row, book.path.name, sheet.name)
        for field, value in sheet.sheet_inputs.items():
            once.setdefault(field, value)
    return once


def _with_sheet_inputs(values: dict, once: dict[str, str]) -> dict:
    if not once:
        return values
    return {**values, **{k: v for k, v in once.items() if not values.get(k)}}


def parse_rows(book: ReturnedBook, issued: IssuedToUnit, texts: dict[str, str], numbers: dict[str, str]) -> Parsed:
    out = Parsed()
    name = book.path.name
    fallback = moved = 0
    once = _sheet_inputs(book, out)
    for sheet in book.sheets:
        for row in sheet.rows:
            if row.formulas or row.originals:
                out.findings += _input_findings(row, name, sheet.name)
            if row.damaged_id:
                out.findings.append(returns.ID_OVERWRITTEN(name, sheet.name, row.cell("id") or f"A{row.row}",
                                                           row.damaged_id[:30], row=row.row))
            row_sum = _readonly_sum(sheet, row)
            found, how = _match(sheet, row, issued, texts, row_sum)
            if found is None:
                if row.has_input or any(row.readonly.values()):
                    out.unmatched.append({"sheet": sheet.name, "row": row.row, "readonly": row.readonly,
                                          "inputs": _with_sheet_inputs(row.inputs, once)})
                    if row.has_input:
                        out.findings.append(returns.ROW_UNMATCHED(name, sheet.name, f"A{row.row}",
                                                                  row.readonly.get("number", ""), row=row.row))
                continue
            fallback += how == "number"
            moved += how == "moved"
            if _readonly_edited(row_sum, found):
                out.findings.append(returns.READONLY_EDITED(name, sheet.name, row.cell("text") or f"A{row.row}",
                                                            found["number"], row=row.row))
            values, problems = _value_findings(row.inputs, row.originals, row, name, sheet.name)
            values = _with_sheet_inputs(values, once)
            out.findings += problems
            key = (found["task_id"], found["id"] if sheet.kind == "measures" else "")
            if key in out.values:
                out.findings.append(returns.DUPLICATE_ROW(name, sheet.name, f"A{row.row}", found["number"]))
                values = _combine(out.values[key], values)
            out.values[key] = values
            if sheet.kind == "measures":
                out.measures += 1
            else:
                out.tasks += 1
    missing = sorted({r["number"] for r in issued.rows.values() if r["sheet"] == "任务进展"} -
                     {numbers.get(t, "") for (t, m) in out.values if not m}, key=_number_key)
    if missing and book.sheet("tasks") is not None:
        out.findings.append(returns.ROWS_DELETED(
            name, numbers="、".join(missing[:20]) + ("等" if len(missing) > 20 else ""), count=len(missing)))
    if fallback:
        out.findings.append(returns.MATCHED_BY_NUMBER(name, count=fallback))
    if moved:
        out.findings.append(returns.IDS_OUT_OF_PLACE(name, count=moved))
    return out


def changed_tasks(previous: dict, now: dict, numbers: dict[str, str]) -> list[str]:
    """Task numbers whose values differ from the unit's previous submission."""
    keys = {k for k, v in now.items() if previous.get(k) != v} | {k for k in previous if k not in now}
    return _task_numbers(keys, numbers)


def emptied_tasks(previous: dict, now: dict, numbers: dict[str, str]) -> list[str]:
    """Task numbers the unit had filled in before and leaves empty now (a re-send of the corrected rows alone)."""
    def filled(values: dict | None) -> bool:
        return any(v for k, v in (values or {}).items() if k not in ("reporter", "phone"))
    keys = {k for k, v in previous.items() if filled(v) and not filled(now.get(k))}
    return _task_numbers(keys, numbers)


def _task_numbers(keys: set[tuple[str, str]], numbers: dict[str, str]) -> list[str]:
    """The tasks' numbers of (task, measure) keys, once each, in the list's order."""
    return sorted({numbers.get(t, t) for t, _m in keys}, key=_number_key)


def _number_key(number: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.findall(r"\d+", number)) + (number,)
