"""People are not units (issue 15): a leader's cell read as an owner cell (a 责任领导 / 分管领导
column misplaced, or a leader written among the units) gives no owner. A leader by post ("副县长
王明", "县委常委、常务副县长李华", "人大副主席刘芳") or a three-character person's name is kept as a
note with a finding; a unit with its head's post and name ("县教育局局长何静") is the unit. A
two-character name stays a unit flagged uncertain, as a place (江北) reads the same.
"""
from __future__ import annotations

import pytest

from ledger.extraction import extract_tasks
from ledger.extraction.owner_lists import Profile, units_of


@pytest.mark.parametrize("cell, names, notes", [
    ("副县长王明", [], ["副县长王明"]),
    ("县委常委、常务副县长李华", [], ["县委常委", "常务副县长李华"]),
    ("人大副主席刘芳、党委委员", [], ["人大副主席刘芳", "党委委员"]),
    ("分管副镇长", [], ["分管副镇长"]),
    ("欧阳明", [], ["欧阳明"]),
    ("县教育局局长何静", ["县教育局"], ["县教育局局长何静"]),
    ("县水务局、副县长赵强", ["县水务局"], ["副县长赵强"]),
    ("县委常委会", ["县委常委会"], []),
    ("县长办公室、县委办", ["县长办公室", "县委办"], []),
    ("江北、海曙", ["江北", "海曙"], []),
])
def test_people_in_an_owner_cell(cell, names, notes):
    got = units_of(cell, Profile(), from_text=False)
    assert (got.names, got.notes) == (names, notes)


def test_a_leader_column_read_as_owners_gives_a_note_not_a_unit(tmp_path):
    """A two-column table whose owner column holds the leader (the unit column lost)."""
    plan = tmp_path / "plan.txt"
    plan.write_text("重点任务\n序号\t工作任务\t责任单位\t完成时限\n"
                    "1\t完成城区污水管网改造\t副区长孙强\t2025年9月\n"
                    "2\t建成垃圾分类示范小区10个\t区城管局\t2025年10月\n", encoding="utf-8")
    result = extract_tasks(plan)
    assert [(t.responsible, t.note) for t in result.tasks] == [([], "副区长孙强"), (["区城管局"], "")]
    assert [f.value for f in result.findings if f.code == "owner-person-noted"] == ["副区长孙强"]
