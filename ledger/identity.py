"""The identity of a split workbook's rows: which task (or measure) each row is,
and a checksum of its read-only cells.

Kept twice, in the same form: packed into the very hidden sheet of the unit's
workbook (tab-separated lines, a few cells of up to CELL_LIMIT characters), and
in the workspace (split_files.rows), so merge can compare what came back with
what was sent out.
"""
from __future__ import annotations

import hashlib
import json

IDENTITY_FIELDS = ("sheet", "id", "task_id", "number", "checksum")
CELL_LIMIT = 30_000  # characters per cell (Excel allows 32,767)


def measure_key(task_id: str, unit: str, text: str) -> str:
    """The id of a unit's measure (a 分解任务 row): its task, its unit and its text."""
    return "M" + hashlib.sha1(f"{task_id}\x1f{unit}\x1f{text}".encode("utf-8")).hexdigest()[:12]


def pack_identity(rows: list[dict]) -> list[str]:
    """Identity rows as tab-separated lines, packed into as few cells as fit."""
    return pack_lines([identity_line(*(row[k] for k in IDENTITY_FIELDS)) for row in rows])


def identity_line(*fields: str) -> str:
    """One identity row (its ``IDENTITY_FIELDS`` in order) as a line, tabs and line
    breaks inside a field spaces."""
    line = "\t".join(fields)
    if line.count("\t") != len(fields) - 1 or "\n" in line:  # rare: a field holds one
        line = "\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields)
    return line


def pack_lines(lines_in: list[str]) -> list[str]:
    """Identity lines (``identity_line``) packed into as few cells as fit."""
    chunks, lines, size = [], [], 0
    for line in lines_in:
        if lines and size + len(line) + 1 > CELL_LIMIT:
            chunks.append("\n".join(lines))
            lines, size = [], 0
        lines.append(line)
        size += len(line) + 1
    if lines:
        chunks.append("\n".join(lines))
    return chunks


def unpack_identity(cells: list[str]) -> list[dict]:
    rows = []
    for cell in cells:
        for line in str(cell or "").split("\n"):
            parts = line.split("\t")
            if len(parts) == len(IDENTITY_FIELDS):
                rows.append(dict(zip(IDENTITY_FIELDS, parts)))
    return rows


def stored_identity(text: str) -> list[dict]:
    """Identity rows as the workspace keeps them: packed lines (JSON in workspaces
    split before the packed form was kept)."""
    return json.loads(text) if text.startswith("[") else unpack_identity([text])
