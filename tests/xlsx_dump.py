"""Dump an .xlsx to plain data for golden comparisons: values, merges,
validations, protection, hidden state, print setup — never bytes."""
from __future__ import annotations

from pathlib import Path

import openpyxl

import re

VOLATILE_META = {"workspace", "generated_at", "key_id", "nonce", "token"}
TAGGED_ID = re.compile(r"^([TM][0-9a-f]+):[0-9a-f]{12}$")  # a hidden row id and its keyed tag (random per file)


def _cell_value(v):
    if isinstance(v, str) and TAGGED_ID.match(v):
        return TAGGED_ID.sub(r"\1:<tag>", v)
    return v.isoformat() if hasattr(v, "isoformat") else v


def dump_sheet(ws) -> dict:
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value not in (None, ""):
                cells[c.coordinate] = _cell_value(c.value)
    out = {
        "state": ws.sheet_state,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "cells": cells,
        "protected": bool(ws.protection.sheet),
        "allows": {k: not getattr(ws.protection, k) for k in ("sort", "autoFilter", "formatColumns", "insertRows")},
        "validations": sorted(
            (str(dv.sqref), dv.type, dv.formula1, dv.error or "", dv.prompt or "")
            for dv in ws.data_validations.dataValidation),
        "hidden_columns": sorted(k for k, d in ws.column_dimensions.items() if d.hidden),
        "freeze": ws.freeze_panes,
        "print": {"orientation": ws.page_setup.orientation, "paper": ws.page_setup.paperSize,
                  "fit_width": ws.page_setup.fitToWidth, "fit_height": ws.page_setup.fitToHeight,
                  "title_rows": ws.print_title_rows},
    }
    out["unlocked_columns"] = sorted(
        k for k, d in ws.column_dimensions.items() if d.style_id and ws.parent._cell_styles[d.style_id].protectionId
        and not ws.parent._protections[ws.parent._cell_styles[d.style_id].protectionId].locked)
    return out


def dump_workbook(path: Path) -> dict:
    wb = openpyxl.load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        data = dump_sheet(ws)
        if ws.title == "_ledger":
            data["cells"] = {k: ("<volatile>" if ws[f"A{k[1:]}"].value in VOLATILE_META and k.startswith("B")
                                 else v) for k, v in data["cells"].items()}
        sheets[ws.title] = data
    props = {p.name: p.value for p in wb.custom_doc_props.props}
    for name in ("ledger_workspace", "ledger_key_id", "ledger_nonce", "ledger_token"):
        props[name] = "<volatile>" if name in props else None
    return {"sheets": sheets, "order": wb.sheetnames, "custom": props}
