"""The committed samples are what scripts/build_samples.py makes from the seeds.

Reads workbooks with python-calamine only (no ledger imports): these tests pin
the samples themselves, whatever state the readers are in.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
EXPECTED = SAMPLES / "expected"
SEEDS = REPO.parent / "shared" / "seeds"
SCRIPT = REPO / "scripts" / "build_samples.py"

WORKBOOK_EXT = {".xlsx", ".xls"}
TEXT_EXT = {".csv", ".json"}


def sheets(path: Path) -> dict:
    """{sheet name: (cell values, sorted merged ranges)}."""
    wb = CalamineWorkbook.from_path(str(path))
    out = {}
    for name in wb.sheet_names:
        sh = wb.get_sheet_by_name(name)
        out[name] = (sh.to_python(skip_empty_area=False), sorted(sh.merged_cell_ranges or []))
    return out


def filled(path: Path, sheet: str) -> list[list]:
    """Cell values with every merged range's cells holding the anchor's value."""
    rows, merges = sheets(path)[sheet]
    rows = [list(r) for r in rows]
    for (r1, c1), (r2, c2) in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                rows[r][c] = rows[r1][c1]
    return rows


def load(name: str):
    return json.loads((EXPECTED / name).read_text(encoding="utf-8"))


def sample_files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*")
                  if p.is_file() and p.suffix in WORKBOOK_EXT | TEXT_EXT)


# (a) rebuilding from the seeds gives the committed samples --------------------

def _have_seeds() -> bool:
    return bool(list(SEEDS.glob("000_*.txt"))) and bool(list(SEEDS.glob("004_*.txt")))


@pytest.mark.skipif(not _have_seeds(), reason="seed texts not available")
def test_rebuild_matches_committed(tmp_path):
    subprocess.run([sys.executable, str(SCRIPT), "--seeds", str(SEEDS), "--out", str(tmp_path)],
                   check=True)
    committed = sample_files(SAMPLES)
    assert committed, "no committed samples"
    assert sample_files(tmp_path) == committed
    for rel in committed:
        if rel.suffix in WORKBOOK_EXT:
            assert sheets(tmp_path / rel) == sheets(SAMPLES / rel), rel
        else:
            assert (tmp_path / rel).read_bytes() == (SAMPLES / rel).read_bytes(), rel


# (b) the expected JSON -------------------------------------------------------

def test_pingluo_expected_numbers():
    tasks = load("平罗县任务清单.json")
    assert len(tasks) == 118
    assert [t["number"] for t in tasks] == [str(n) for n in range(1, 119)]
    assert [t["row"] for t in tasks] == list(range(4, 122))


def test_wuyuan_expected_numbers():
    tasks = load("五原县任务清单.json")
    # 33 plain tasks + the sub-items of 2 (①②), 11 (①-④) and 20 (①-⑤); the parent
    # rows 2, 11 and 20 carry no owners nor deadline: they are headings, not tasks
    assert len(tasks) == 44
    subs = {2: "①②", 11: "①②③④", 20: "①②③④⑤"}
    want = [f"{n}{c}" for n in range(1, 37) for c in (subs.get(n) or [""])]
    assert [t["number"] for t in tasks] == want
    rows = [t["row"] for t in tasks]
    assert rows == sorted(rows) and len(set(rows)) == 44


def test_pingluo_expected_matches_workbooks():
    tasks = load("平罗县任务清单.json")
    for name in ("平罗县任务清单.xlsx", "平罗县任务清单.xls"):
        rows = filled(SAMPLES / name, "任务清单")
        assert rows[2] == ["项目", "内容", "主要任务", "牵头单位", "配合单位", "完成时限"]
        for t in tasks:
            a, b, c, d, e, f = rows[t["row"] - 1][:6]
            assert re.sub(r"^\d+[.．]?", "", c) == t["text"]
            assert re.match(r"\d+", c).group() == t["number"]
            assert a == t["category"][0]
            if len(t["category"]) == 2:
                assert b == t["category"][1]
            else:  # one cell spanning 项目 and 内容
                assert b == a
            assert [p for p in re.split(r"[、，,；;\s]+", d) if p] == t["lead"]
            assert [p for p in re.split(r"[、，,；;\s]+", e) if p] == t["cooperating"]
            assert f == t["deadline"]
        assert rows[121][0] == "注：本清单由县食安办负责解释。"
    # the seed's quirks are kept
    by_no = {t["number"]: t for t in tasks}
    assert by_no["1"]["category"][0] == "—、强化标准实施"
    assert by_no["27"]["category"][0] == "四、实施 最严厉的 处罚"
    assert by_no["1"]["cooperating"] == ["市场监管局农业农村局"]
    assert by_no["29"]["deadline"] == "2020年7月底\n完成并长期坚持"
    rows = filled(SAMPLES / "平罗县任务清单.xlsx", "任务清单")
    assert rows[by_no["36"]["row"] - 1][2].startswith("36县级")


def test_wuyuan_expected_matches_workbook():
    tasks = load("五原县任务清单.json")
    rows = filled(SAMPLES / "五原县任务清单.xlsx", "重点任务清单")
    assert rows[2] == ["序号", "工作任务", "牵头部门", "责任部门", "配合部门", "完成时限"]
    for t in tasks:
        seq, text, lead, resp, coop, deadline = rows[t["row"] - 1][:6]
        if re.fullmatch(r"[0-9]+", t["number"]):
            assert int(seq) == int(t["number"]) and text == t["text"]
        else:
            assert seq == "" and text == t["number"][-1] + t["text"]
        for cell, key in ((lead, "lead"), (resp, "responsible"), (coop, "cooperating")):
            assert [p for p in re.split(r"[、，,；;\s]+", cell) if p] == t[key]
        assert deadline == t["deadline"]
    assert CalamineWorkbook.from_path(str(SAMPLES / "五原县任务清单.xlsx")).sheet_names == [
        "重点任务清单", "说明"]


# (c) canonical names are roster names ---------------------------------------

def roster(name: str) -> tuple[list[str], dict[str, str], dict[str, list[str]]]:
    rows = filled(SAMPLES / name, "单位名录")
    assert rows[1] == ["单位名称", "简称/别名", "分组", "联系人", "联系电话"]
    names, lookup, groups = [], {}, {}
    for unit, aliases, group, person, phone in rows[2:]:
        names.append(unit)
        for a in [unit, *[x for x in aliases.split("、") if x]]:
            assert lookup.get(a, unit) == unit, f"alias {a} is ambiguous"
            lookup[a] = unit
        for g in group.split("、"):
            groups.setdefault(g, []).append(unit)
        assert person and re.fullmatch(r"1\d{10}", phone)
    assert len(set(names)) == len(names)
    return names, lookup, groups


def resolvable(piece: str, lookup: dict[str, str]) -> bool:
    if piece in lookup:
        return True
    return any(piece.startswith(k) and resolvable(piece[len(k):], lookup) for k in lookup)


@pytest.mark.parametrize("county", ["平罗县", "五原县"])
def test_canonical_names_in_roster(county):
    names, lookup, groups = roster(f"{county}单位名录.xlsx")
    tasks = load(f"{county}任务清单.json")
    dropped = {(d["number"], d["phrase"]) for d in load("unexpandable.json")
               if d["file"].startswith(county)}
    for t in tasks:
        for role in ("lead", "responsible", "cooperating"):
            canon = t[role + "_canonical"]
            assert len(set(canon)) == len(canon)
            assert all(n in names for n in canon), (t["number"], canon)
            for piece in t[role]:
                if (t["number"], piece) in dropped:
                    assert piece not in lookup
                elif piece.startswith("各") or "成员单位" in piece or piece == "办事处":
                    assert piece not in lookup  # group phrases stay out of the roster
                else:
                    assert resolvable(piece, lookup), (t["number"], piece)
    # 各乡镇 expands to the 乡镇 group in roster order
    towns = groups["乡镇"]
    for t in tasks:
        for role in ("lead", "responsible", "cooperating"):
            if "各乡镇" in t[role]:
                canon = t[role + "_canonical"]
                assert [n for n in canon if n in towns] == towns
    assert len(towns) == (13 if county == "平罗县" else 8)


def test_unexpandable_listed():
    dropped = load("unexpandable.json")
    assert dropped and all("相关" in d["phrase"] or d["phrase"] == "各行业主管部门"
                           for d in dropped)
    assert {d["file"] for d in dropped} == {"平罗县任务清单.xlsx", "五原县任务清单.xlsx"}


def test_decomposition_is_clean():
    names, lookup, _ = roster("平罗县单位名录.xlsx")
    tasks = {t["number"]: t for t in load("平罗县任务清单.json")}
    rows = filled(SAMPLES / "平罗县任务分解表.xlsx", "任务分解表")
    assert rows[1] == ["任务编号", "任务内容", "具体措施", "责任单位", "责任科室", "责任人",
                       "联系电话", "时间节点"]
    seen = set()
    kinds = set()
    for number, content, measure, unit, section, person, phone, milestone in rows[2:]:
        t = tasks[str(number)]
        seen.add(str(number))
        assert content == t["text"] and measure and section and person
        assert lookup[unit] in t["lead_canonical"] + t["cooperating_canonical"]
        y, m = map(int, re.match(r"(\d{4})年(\d{1,2})月", t["deadline"]).groups())
        due = dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)
        if isinstance(milestone, (dt.date, dt.datetime)):
            kinds.add("date")
            if isinstance(milestone, dt.datetime):
                milestone = milestone.date()
            assert milestone <= due
        elif milestone == "每季度":
            kinds.add("recurring")
        else:
            kinds.add("text")
            my, mm = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月底前", milestone).groups())
            assert (my, mm) <= (y, m)
    assert kinds == {"date", "recurring", "text"}
    assert 25 <= len(seen) <= 35


def test_revised_list():
    rows = filled(SAMPLES / "平罗县任务清单-修订.xlsx", "任务清单")
    numbers = [int(re.match(r"\d+", r[2]).group()) for r in rows[3:-1]]
    assert 9 not in numbers and numbers[-1] == 119 and len(numbers) == 118
    assert numbers[:13] == [1, 2, 3, 11, 12, 13, 14, 15, 16, 17, 4, 5, 6]
    last = rows[-2]
    assert last[3] == "市场监管局"
    assert rows[-1][0] == "注：本清单由县食安办负责解释。"
