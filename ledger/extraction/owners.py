"""Owner cells as they will be written, whichever source the tasks came from.

Owner cells are written as the plan wrote them, made into a clean list (split,
joined with 、; a lead marked "（牵头）" or "A牵头，B配合" inside one cell moved to
its role). What ``.owner_lists`` does to a list (a list cut where the text stops
naming units, elliptical and joined names spelt out, a post moved to a note,
lost characters completed by the lexicon, run-together names split) is reported,
one finding a change. With a roster, the roster wins: a name that lost a
character is repaired against it, and the lexicon completes a name only into
one the roster knows. A task that names no owner is reported too.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..findings import Finding
from ..findings.extraction import (OTHER_UNITS_NOTED, OWNER_LIST_CUT, OWNER_NOT_FOUND, OWNER_PERSON_NOTED, UNIT_COMPLETED,
                                   UNIT_MARKS_DROPPED, UNIT_POST_NOTED,
                                   UNIT_REPAIRED, UNIT_UNCERTAIN, UNITS_EXPANDED)
from ..findings.units import UNIT_NORMALIZED, UNITS_SPLIT, UNKNOWN_UNIT
from ..io.read import RawRecord
from ..model import Task
from ..roster import Roster
from ..tasklist import role_cells
from .markers import LABEL_RE, OWNER_ROLES, parse_labelled, parse_verb, verb_role, with_partners
from .names import is_unit_name, not_names
from .owner_lists import Change, Profile, cut, units_of

NOT_A_NAME_START = "委"  # 县委组织部 -> "委组织部": a party committee never starts with 委
RESOLVED = ("exact", "alias", "normalized", "split", "group")
SHORT_LABEL = re.compile(r"(?<![\u4e00-\u9fff])(牵头|配合|协办|责任|参与)(?=\s*[:：])")  # 牵头：A 配合：B in one cell
# A role written after its units in brackets ("A（牵头）、B（配合）"), or a role word that ends a
# line of the cell or comes before a 、 ("A牵头⏎B配合", "A牵头、B配合"): read as "A牵头，B配合".
ROLE_BRACKET = re.compile(r"[（(]\s*(牵头|配合|协办|协助|参与)\s*[)）]")
ROLE_END = re.compile(r"(?<=牵头|配合|协办|协助|参与)\s*[\n、]\s*")


def owner_profile(records: list[RawRecord]) -> Profile:
    """How the plan writes its units (with 县/市 or without), from all its owner cells."""
    return Profile.of([rec.values.get(role, "") for rec in records for role in OWNER_ROLES])


def prepare_owners(rec: RawRecord, roster: Roster, profile: Profile | None = None,
                   from_text: bool = False) -> list[Finding]:
    """Owner cells as they will be written (see the module's docstring);
    ``from_text``: the record was read from running text, not a table."""
    profile = profile or Profile()
    findings: list[Finding] = []
    cells = roles_inside_cells(role_cells(rec))
    notes: list[str] = []
    for role in OWNER_ROLES:
        text = cells[role]
        where = (rec.file, rec.sheet, rec.cells.get(role, ""))
        if from_text and text.strip():
            text, rest = cut(text)
            if rest:
                rec.values["text"] = (rec.values.get("text", "").rstrip() + rest).strip()
                findings.append(OWNER_LIST_CUT(*where, value=rest[:40], last=text[-12:], excerpt=rest[:20]))
        if not from_text and not_names(text):
            notes.append(text.strip())  # a progress text in the owner column (a row a cell short): kept as a note
            text = ""
        owners = units_of(text, profile, from_text=from_text) if text.strip() else None
        if owners is None:
            rec.values[role] = ""
            continue
        names = owners.names if roster.is_empty else _roster_wins(owners.names, owners.changes, roster)
        for k, name in enumerate(names):
            names[k], finding = repair_unit(name, roster)
            if finding is not None:
                findings.append(replace(finding, file=rec.file, sheet=rec.sheet, cell=where[2]))
        findings += [_change_finding(c, where) for c in owners.changes]
        notes += owners.notes
        rec.values[role] = "、".join(dict.fromkeys(names))
    if notes:
        rec.values["note"] = "；".join(dict.fromkeys(notes))
    return findings


def roles_inside_cells(cells: dict[str, str]) -> dict[str, str]:
    """"县市场监管局牵头，各有关部门按照职责分工负责" in one cell: the units marked
    牵头 (配合, 协办 …; in brackets after each unit too, or one role a line) go to that role,
    the others stay in the cell's own; "A会同B"
    ("宣传处会办公室") with no verb: A leads, B cooperates."""
    out = dict(cells)
    for role in OWNER_ROLES:
        one_line = "\n" not in cells[role]  # (one role a line: 'A（牵头）⏎B、C（配合）' gives B and C 配合)
        if one_line and ROLE_BRACKET.search(cells[role]) and not ROLE_WORD_OUTSIDE.search(ROLE_BRACKET.sub("", cells[role])):
            _bracketed_roles(cells[role], role, out)  # 'A、B（配合）' on one line: B's role, not A's
            continue
        cell = ROLE_END.sub("，", ROLE_BRACKET.sub(r"\1", cells[role]))
        labelled = SHORT_LABEL.sub(r"\1单位", cell)
        found = (parse_labelled(labelled) if LABEL_RE.search(labelled) else parse_verb(cell, is_unit_name)
                 or with_partners(cell.strip(), role) if cell.strip() else None)
        found = {r: v for r, v in (found or {}).items() if r in OWNER_ROLES}
        if not found or set(found) == {role} or set(found) == {"responsible"}:
            continue
        out[role] = ""
        for got, texts in found.items():
            target = got if got in ("lead", "cooperating") else role
            out[target] = "、".join(t for t in [out[target], *texts] if t)
    return out


# A role word outside brackets: the cell writes its roles in prose too ('A牵头，B（配合）'), read as a whole.
ROLE_WORD_OUTSIDE = re.compile(r"牵头|配合|协办|协助|参与|[:：]")


def _bracketed_roles(cell: str, role: str, out: dict[str, str]) -> None:
    """Each unit of a cell with its own role in brackets after it ('A（牵头）、B、C（配合）'), the others the cell's."""
    out[role] = ""
    for piece in re.split(r"[、，,；;\n]+", cell):
        found = ROLE_BRACKET.search(piece)
        name = ROLE_BRACKET.sub("", piece).strip()
        if name:
            target = verb_role(found.group(1)) if found else role
            out[target] = "、".join(t for t in [out[target], name] if t)


def _roster_wins(names: list[str], changes: list[Change], roster: Roster) -> list[str]:
    """A completion is undone when the roster repairs the name as written itself,
    or does not know the completed name (the name then stays as written)."""
    undo = {c.result[0]: c.value for c in changes if c.kind == "completed"
            and (repair_unit(c.value, roster)[1] is not None or roster.match(c.result[0]).kind not in RESOLVED)}
    changes[:] = [c for c in changes if not (c.kind == "completed" and c.result[0] in undo)]
    return [undo.get(n, n) for n in names]


def _change_finding(change: Change, where: tuple[str, str, str]) -> Finding:
    units = "、".join(f"“{u}”" for u in change.result)
    if change.kind == "completed":
        return UNIT_COMPLETED(*where, value=change.value, spelling=change.result[0])
    if change.kind == "trimmed":
        return UNIT_MARKS_DROPPED(*where, value=change.value, spelling=change.result[0])
    if change.kind == "split":
        return UNITS_SPLIT(*where, value=change.value, units=units)
    if change.kind == "post":
        return UNIT_POST_NOTED(*where, value=change.value, post=change.extra, unit=change.result[0])
    if change.kind == "uncertain":
        return UNIT_UNCERTAIN(*where, value=change.value)
    if change.kind == "others":
        return OTHER_UNITS_NOTED(*where, value=change.value)
    if change.kind == "person":
        return OWNER_PERSON_NOTED(*where, value=change.value)
    return UNITS_EXPANDED(*where, value=change.value, units=units)


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
