"""Owner cells as they will be written, whichever source the tasks came from.

Owner cells are written as the plan wrote them (split, joined with 、; a lead
marked "（牵头）" moved to 牵头单位). A unit name that lost a character (scraped
text) is repaired only against the roster, and every repair is a finding; a
task that names no owner is one too.
"""
from __future__ import annotations

from dataclasses import replace

from ..findings import Finding
from ..findings.extraction import OWNER_NOT_FOUND, UNIT_REPAIRED
from ..findings.units import UNIT_NORMALIZED, UNKNOWN_UNIT
from ..io.read import RawRecord
from ..model import Task
from ..roster import Roster, split_cell
from ..tasklist import role_cells
from .markers import OWNER_ROLES

NOT_A_NAME_START = "委"  # 县委组织部 -> "委组织部": a party committee never starts with 委


def prepare_owners(rec: RawRecord, roster: Roster) -> list[Finding]:
    """Owner cells as they will be written: a "（牵头）" lead moved to 牵头单位,
    names split and joined with 、, lost characters repaired against the roster."""
    findings: list[Finding] = []
    cells = role_cells(rec)
    for role in OWNER_ROLES:
        pieces = split_cell(cells[role]) if cells[role].strip() else []
        fixed = []
        for piece in pieces:
            name, finding = repair_unit(piece, roster)
            fixed.append(name)
            if finding is not None:
                findings.append(replace(finding, file=rec.file, sheet=rec.sheet, cell=rec.cells.get(role, "")))
        rec.values[role] = "、".join(dict.fromkeys(fixed))
    return findings


def repair_unit(piece: str, roster: Roster) -> tuple[str, Finding | None]:
    """A name that lost its first (or last) character, matched against the roster.

    Only a single candidate unit is accepted; the repair is always reported."""
    if roster.is_empty or len(piece) < 2:
        return piece, None
    match = roster.match(piece)
    lost_start = match.kind == "normalized" and piece[0] in NOT_A_NAME_START
    if match.kind not in ("fuzzy", "none") and not lost_start:
        return piece, None
    if match.problem is not None and match.problem.code not in (UNKNOWN_UNIT.code, UNIT_NORMALIZED.code):
        return piece, None
    candidates = _truncated_from(piece, roster)
    if len(candidates) != 1:
        return piece, None
    name, spelling = next(iter(candidates.items()))
    return spelling, UNIT_REPAIRED(value=piece, spelling=spelling, unit=name)


def _truncated_from(piece: str, roster: Roster) -> dict[str, str]:
    """Units with a spelling that is ``piece`` plus one or two lost leading
    characters (or one lost last character): unit name -> shortest such spelling."""
    candidates: dict[str, str] = {}
    for unit in roster.units:
        for spelling in (unit.name, *unit.aliases):
            lost = len(spelling) - len(piece)
            fits = (spelling.endswith(piece) and lost in (1, 2)) or (spelling.startswith(piece) and lost == 1)
            if fits and (unit.name not in candidates or len(spelling) < len(candidates[unit.name])):
                candidates[unit.name] = spelling
    return candidates


def owner_findings(tasks: list[Task], records: list[RawRecord]) -> list[Finding]:
    """A warning for every task that names no owner at all."""
    out = []
    for task, rec in zip(tasks, records):
        if not any(rec.values.get(r) for r in OWNER_ROLES):
            out.append(OWNER_NOT_FOUND(rec.file, rec.sheet, rec.cells.get("text", ""), task.text[:40],
                                       number=task.number or "?"))
    return out
