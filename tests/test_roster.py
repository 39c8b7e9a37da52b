"""Unit names: splitting, matching against a roster, groups, draft rosters.

Names come from the seeds: 004 (平罗县, annex table with lost line breaks),
000 (五原县, 牵头部门/责任部门 lines), 002 (鄂尔多斯市, 各旗区人民政府).
"""
from __future__ import annotations

import csv
import itertools
import random
from pathlib import Path

import pytest
import xlsxwriter

from ledger.errors import FileProblem, NotAWorkbook
from ledger.io.roster_io import read_roster, write_roster_draft
from ledger.model import Unit
from ledger.roster import (_GROUP_SPAN_RE, _NOTE_RE, _ROLE_LABEL_RE, CellUnits, Problem, Roster, _split_plain,
                           _strip_notes, _strip_wrapping, looks_run_together, normalize_name, split_cell, split_spans)
from ledger.roster_draft import Cluster, suggest_roster

TOWNS = ("城关镇", "黄渠桥镇", "宝丰镇", "头闸镇", "姚伏镇", "崇岗镇", "陶乐镇",
         "高庄乡", "灵沙乡", "渠口乡", "通伏乡", "高仁乡", "红崖子乡")

PINGLUO = (
    Unit("平罗县市场监督管理局", ("市场监管局", "县市场监管局", "市监局"), "县直部门、成员单位"),
    Unit("平罗县卫生健康局", ("卫生健康局", "卫健局", "卫健"), "县直部门、成员单位"),
    Unit("平罗县农业农村局", ("农业农村局",), "县直部门、成员单位"),
    Unit("平罗县公安局", ("公安局",), "县直部门、成员单位"),
    Unit("平罗县委组织部", (), "县直部门"),
    Unit("平罗县住房和城乡建设局", ("住建局",), "县直部门"),
    Unit("市生态环境局平罗分局", (), "成员单位"),
    Unit("平罗县食品安全委员会办公室", ("县食安办", "食安办"), ""),
) + tuple(Unit(t, (), "乡镇") for t in TOWNS)


@pytest.fixture
def roster() -> Roster:
    return Roster(PINGLUO)


# ---------------------------------------------------------------- normalize_name


@pytest.mark.parametrize("got, exp", [
    ("县市场监督管理局", "市场监管局"),
    ("市场监管局", "市场监管局"),           # 市场 is a word, not a 市 prefix
    ("平罗县市场监督管理局", "市场监管局"),
    ("鄂尔多斯市市场监督管理局", "市场监管局"),
    ("平罗县委组织部", "委组织部"),
    ("县委组织部", "委组织部"),
    ("委组织部", "委组织部"),
    ("县卫生健康委员会", "卫健委"),
    ("城关镇人民政府", "城关镇"),
    ("市 场监管局", "市场监管局"),
    ("农贸市场管理所", "农贸市场管理所"),
    ("平罗工业园区管委会", "平罗工业园区管委会"),
])
def test_normalize_name(got: str, exp: str) -> None:
    assert normalize_name(got) == exp


def test_branch_of_city_bureau_does_not_collapse_to_county_bureau() -> None:
    exp = normalize_name("平罗县生态环境局")
    got = normalize_name("市生态环境局平罗分局")
    assert got != exp
    assert got == "生态环境局平罗分局"


# ---------------------------------------------------------------- splitting


@pytest.mark.parametrize("cell, exp", [
    ("县委组织部、县人社局、县食药安办", ["县委组织部", "县人社局", "县食药安办"]),
    ("县市场监管局，县农科局;县公安局 县司法局\n县财政局/县教育局",
     ["县市场监管局", "县农科局", "县公安局", "县司法局", "县财政局", "县教育局"]),
    ("住房和城乡建设局、商务局及其他", ["住房和城乡建设局", "商务局及其他"]),
    ("各成员单位按职责分工负责", ["各成员单位"]),
    ("县市场监管局、县农科局，各乡镇、办事处、社会工作服务中心",
     ["县市场监管局", "县农科局", "各乡镇、办事处", "社会工作服务中心"]),
    ("（市场监管局、公安局，各镇人民政府、街道办事处负责）",
     ["市场监管局", "公安局", "各镇人民政府、街道办事处"]),
    ("市食品药品安全委员会各成员单位,各旗区人民政府",
     ["市食品药品安全委员会各成员单位", "各旗区人民政府"]),
    ("各乡镇党委、政府", ["各乡镇党委、政府"]),
    ("市场监管局（牵头）、农业农村局等部门", ["市场监管局", "农业农村局"]),
    ("牵头部门：县委组织部、县人社局", ["县委组织部", "县人社局"]),
    ("市工业和信息化局,相关县(市、区)政府", ["市工业和信息化局", "相关县(市、区)政府"]),  # no split inside brackets
    ("各村(居、场)、镇创卫办", ["各村(居、场)", "镇创卫办"]),
    ("各县、区人民政府(管委会)，市生态环境局", ["各县、区人民政府(管委会)", "市生态环境局"]),
    ("县公安局、、县司法局，\u3000县财政局 ", ["县公安局", "县司法局", "县财政局"]),  # no bracket: each separator cuts
    ("县公安局（牵头、县司法局", ["县公安局（", "县司法局"]),  # an unclosed bracket protects nothing
    ("县公安局)、县司法局（配合）；；县财政局等", ["县公安局)", "县司法局", "县财政局"]),
    ("", []),
])
def test_split_cell(cell: str, exp: list[str]) -> None:
    assert split_cell(cell) == exp


def test_cells_without_brackets_split_as_split_spans_cuts_them() -> None:
    """Without an opening bracket a cell is cut at every separator in one go; the
    pieces are split_spans' pieces, for every short mix of names, separators and notes."""
    alphabet = ["局", "、", "，", ";", "／", " ", "\u3000", "\n", ")", "）", "〕", "牵头", "等", "各乡镇", "成员单位"]
    for n in (1, 2, 3):
        for combo in itertools.product(alphabet, repeat=n):
            text = "".join(combo)
            pieces = [p for p in (_strip_notes(text[s:e]) for s, e in split_spans(text)) if p]
            assert _split_plain(text) == pieces, repr(text)


def _strip_notes_every_time(piece: str) -> str:
    """_strip_notes as it was before issue 17: the note regex searched every piece."""
    prev = None
    while prev != piece:
        prev = piece
        piece = _NOTE_RE.sub("", piece.strip(" \u3000\t\r\n。.：:"))
    return piece


def _split_cell_every_time(text: str) -> list[str]:
    """split_cell as it was before issue 17: every cell searched for group phrases."""
    def plain(part: str) -> list[str]:
        return [p for p in (_strip_notes_every_time(part[s:e]) for s, e in split_spans(part)) if p]

    text = _strip_notes_every_time(_ROLE_LABEL_RE.sub("", _strip_wrapping(text)))
    pieces, pos = [], 0
    for m in _GROUP_SPAN_RE.finditer(text):
        pieces += plain(text[pos:m.start()]) + [m.group()]
        pos = m.end()
    return list(dict.fromkeys(pieces + plain(text[pos:])))


def test_notes_and_group_phrases_are_looked_for_only_where_they_can_end_or_begin() -> None:
    """The note regex runs only on a piece ending in a note's last character, the group
    phrase regex only on a cell holding 各 or 成员单位 (issue 17: a province's cells split
    in a fifth less time); the pieces are those of searching every time, for every short
    mix of names, separators, brackets, notes and group words."""
    alphabet = ["县公安局", "、", "，", " ", "\n", "（", "）", "(", ")", "牵头", "负责", "按职责分工负责", "等",
                "等单位", "配合", "各", "各乡镇", "成员单位", "食安委", "街道", "：", "。", "责任单位："]
    combos = [c for n in (1, 2, 3) for c in itertools.product(alphabet, repeat=n)]
    rng = random.Random(17)
    combos += [rng.choices(alphabet, k=rng.randint(4, 8)) for _ in range(20000)]
    for combo in combos:
        text = "".join(combo)
        assert _strip_notes(text) == _strip_notes_every_time(text), repr(text)
        assert split_cell(text) == _split_cell_every_time(text), repr(text)


# ---------------------------------------------------------------- matching


def test_exact_alias_and_normalized(roster: Roster) -> None:
    assert roster.match("平罗县公安局").kind == "exact"
    got = roster.match("市监局")
    assert (got.kind, got.names, got.problem) == ("alias", ("平罗县市场监督管理局",), None)
    got = roster.match("委组织部")  # scraped, first character lost
    assert got.kind == "normalized"
    assert got.names == ("平罗县委组织部",)
    assert got.problem is not None
    assert (got.problem.code, got.problem.severity) == ("unit-normalized", "warning")
    assert got.problem.message == "“委组织部”按“平罗县委组织部”处理"
    assert roster.match("县市场监督管理局").names == ("平罗县市场监督管理局",)


def test_unknown_name_is_suggested_never_applied(roster: Roster) -> None:
    got = roster.resolve_cell("市场监督局、公安局")
    assert got.names == ("市场监督局", "平罗县公安局")
    [problem] = got.problems
    assert (problem.code, problem.severity, problem.written) == ("unknown-unit", "error", "市场监督局")
    assert problem.candidates[0] == "平罗县市场监督管理局"
    assert len(problem.candidates) <= 3
    assert problem.suggestion.startswith("是否为：平罗县市场监督管理局")


def test_unknown_name_without_close_match(roster: Roster) -> None:
    got = roster.match("鄂尔多斯海关")
    assert got.names == ("鄂尔多斯海关",)
    assert got.problem is not None and got.problem.code == "unknown-unit"


def test_containment_bonus_suggests_short_names(roster: Roster) -> None:
    got = roster.match("组织部")
    assert got.problem is not None
    assert "平罗县委组织部" in got.problem.candidates


def test_ambiguous_normalisation() -> None:
    roster = Roster([Unit("平罗县委组织部"), Unit("石嘴山市委组织部")])
    got = roster.match("委组织部")
    assert got.names == ("委组织部",)
    assert got.problem is not None
    assert (got.problem.code, got.problem.severity) == ("ambiguous-unit", "error")
    assert set(got.problem.candidates) == {"平罗县委组织部", "石嘴山市委组织部"}


def test_shared_alias_is_ambiguous() -> None:
    roster = Roster([Unit("平罗县卫生健康局", ("卫健",)), Unit("五原县卫生健康委员会", ("卫健",))])
    got = roster.match("卫健")
    assert got.problem is not None and got.problem.code == "ambiguous-unit"


def test_branch_is_not_the_county_bureau() -> None:
    roster = Roster([Unit("平罗县生态环境局"), Unit("市生态环境局平罗分局")])
    assert roster.match("市生态环境局平罗分局").names == ("市生态环境局平罗分局",)
    assert roster.match("生态环境局").names == ("平罗县生态环境局",)


# ---------------------------------------------------------------- run-together names


@pytest.mark.parametrize("cell, exp", [
    ("市场监管局农业农村局", ("平罗县市场监督管理局", "平罗县农业农村局")),
    ("农业农村局卫生健康局", ("平罗县农业农村局", "平罗县卫生健康局")),
    ("卫健公安局", ("平罗县卫生健康局", "平罗县公安局")),
    ("市场监管局和公安局", ("平罗县市场监督管理局", "平罗县公安局")),
])
def test_run_together_names_are_split_at_known_names(roster: Roster, cell: str,
                                                      exp: tuple[str, ...]) -> None:
    got = roster.resolve_cell(cell)
    assert got.names == exp
    assert [p.severity for p in got.problems] == ["warning"]
    assert got.problems[0].code == "units-split"  # split at known names (no roster: units-run-together)


def test_run_together_not_fully_covered_is_unknown(roster: Roster) -> None:
    got = roster.resolve_cell("市场监管局交通运输局")
    assert got.names == ("市场监管局交通运输局",)
    assert [p.code for p in got.problems] == ["unknown-unit"]


def test_whole_name_with_and_is_one_unit(roster: Roster) -> None:
    assert roster.resolve_cell("住房和城乡建设局").names == ("平罗县住房和城乡建设局",)


@pytest.mark.parametrize("name, exp", [
    ("市场监管局农业农村局", True),
    ("农业农村局卫生健康局", True),
    ("县委组织部县人社局", True),
    ("检察院法院", True),
    ("县委组织部", False),
    ("平罗县委组织部", False),
    ("市生态环境局平罗分局", False),
    ("市委网络安全和信息化委员会办公室", False),
    ("食品安全委员会办公室", False),
    ("平罗工业园区管委会", False),
    ("人民银行平罗支行", False),
    ("县社会工作服务中心", False),
    ("市人力资源和社会保障局", False),
    ("市供销合作社联合社", False),
    ("县委政府督查室", False),
    ("县纪委监委", False),
])
def test_looks_run_together(name: str, exp: bool) -> None:
    assert looks_run_together(name) is exp


# ---------------------------------------------------------------- groups


def test_group_expands_to_towns_in_roster_order(roster: Roster) -> None:
    got = roster.resolve_cell("市场监管局、各乡镇")
    assert got.names == ("平罗县市场监督管理局", *TOWNS)
    assert got.written == ("市场监管局", "各乡镇")
    assert got.problems == ()


def test_group_with_comma_inside_is_one_phrase(roster: Roster) -> None:
    got = roster.resolve_cell("各镇人民政府、街道办事处")
    assert got.written == ("各镇人民政府、街道办事处",)
    assert got.names == TOWNS  # no 街道 group, but the 乡镇 group matches
    assert got.problems == ()


def test_unit_in_several_groups(roster: Roster) -> None:
    got = roster.resolve_cell("各成员单位按职责分工负责")
    assert got.names == ("平罗县市场监督管理局", "平罗县卫生健康局", "平罗县农业农村局",
                         "平罗县公安局", "市生态环境局平罗分局")
    assert roster.resolve_cell("县直各部门").names[:2] == ("平罗县市场监督管理局",
                                                         "平罗县卫生健康局")
    assert roster.groups()["乡镇"] == list(TOWNS)


def test_group_missing_from_roster(roster: Roster) -> None:
    got = roster.resolve_cell("各旗区人民政府")
    assert got.names == ()  # reported, never taken for a unit
    assert got.written == ("各旗区人民政府",)
    [problem] = got.problems
    assert (problem.code, problem.severity) == ("group-not-in-roster", "warning")
    assert "旗区" in problem.suggestion


@pytest.mark.parametrize("cell", ["相关成员单位", "相关成员单位按职责分工负责",
                                  "县食品安全委员会相关成员单位", "相关部门", "有关单位"])
def test_unexpandable(roster: Roster, cell: str) -> None:
    got = roster.resolve_cell(cell)
    assert got.names == ()
    assert len(got.written) == 1
    [problem] = got.problems
    assert (problem.code, problem.severity) == ("unit-unexpandable", "warning")
    assert "需要明确具体单位" in problem.message


# ---------------------------------------------------------------- no roster


def test_empty_roster_splits_only() -> None:
    roster = Roster.empty()
    assert roster.is_empty
    got = roster.resolve_cell("县市场监管局、县农科局，各乡镇、办事处")
    assert got == CellUnits(("县市场监管局", "县农科局", "各乡镇、办事处"),
                            ("县市场监管局", "县农科局", "各乡镇、办事处"), ())


def test_empty_roster_reports_run_together_and_unexpandable() -> None:
    got = Roster.empty().resolve_cell("市场监管局农业农村局、相关成员单位")
    assert got.names == ("市场监管局农业农村局", "相关成员单位")
    assert [(p.code, p.severity) for p in got.problems] == [
        ("units-run-together", "warning"), ("unit-unexpandable", "warning")]
    assert "请用顿号分隔或提供单位名录" in got.problems[0].message


def test_resolve_cell_is_cached(roster: Roster) -> None:
    assert roster.resolve_cell("卫健局、公安局") is roster.resolve_cell("卫健局、公安局")


def test_get(roster: Roster) -> None:
    unit = roster.get("平罗县公安局")
    assert unit is not None and unit.aliases == ("公安局",)
    assert roster.get("公安局") is None


# ---------------------------------------------------------------- suggest_roster


def test_suggest_roster_clusters_spellings() -> None:
    cells = ["县市场监督管理局", "县市场监管局、县卫健委", "市场监管局", "市场监管局",
             "各成员单位", "相关成员单位", "县卫健委", "城关镇人民政府", "城关镇"]
    got = suggest_roster(cells)
    exp = [
        Cluster("县市场监督管理局", ("县市场监督管理局", "县市场监管局", "市场监管局"), "县直部门", 4),
        Cluster("县卫健委", ("县卫健委",), "县直部门", 2),
        Cluster("城关镇人民政府", ("城关镇人民政府", "城关镇"), "乡镇", 2),
    ]
    assert got == exp


def test_suggest_roster_keeps_branch_and_run_together_apart() -> None:
    got = suggest_roster(["生态环境局", "市生态环境局平罗分局", "市场监管局农业农村局", "农业农村局"])
    assert [c.members for c in got] == [("生态环境局",), ("市生态环境局平罗分局",),
                                        ("市场监管局农业农村局",), ("农业农村局",)]


# ---------------------------------------------------------------- files


def _write_roster_workbook(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("名录")
    sheet.merge_range(0, 0, 0, 4, "平罗县食品安全工作单位名录")
    sheet.write_row(2, 0, ["序号", "单位名称", "简称/别名", "分组", "联系电话"])
    sheet.write_row(3, 0, [1, "平罗县市场监督管理局", "市场监管局、县市场监管局\n市监局", "县直部门"])
    sheet.write_number(3, 4, 13912345678)
    sheet.write_row(4, 0, [2, "城关镇"])
    sheet.write_row(6, 0, [3, "宝丰镇"])  # row 5 left blank
    sheet.merge_range(4, 3, 6, 3, "乡镇")
    sheet.write_row(7, 0, ["注：分组用于展开“各乡镇”"])
    book.close()


def test_read_roster_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "单位名录.xlsx"
    _write_roster_workbook(path)
    got = read_roster(path)
    assert [u.name for u in got.units] == ["平罗县市场监督管理局", "城关镇", "宝丰镇"]
    exp = Unit("平罗县市场监督管理局", ("市场监管局", "县市场监管局", "市监局"), "县直部门", "",
               "13912345678")
    assert got.units[0] == exp
    assert got.groups() == {"县直部门": ["平罗县市场监督管理局"], "乡镇": ["城关镇", "宝丰镇"]}


def test_read_roster_csv_gbk(tmp_path: Path) -> None:
    path = tmp_path / "名录.csv"
    with open(path, "w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows([["单位全称", "简称", "类别", "联系人", "手机"],
                                 ["平罗县公安局", "公安局", "县直部门", "张三", "13800000000"]])
    got = read_roster(path)
    assert got.units == [Unit("平罗县公安局", ("公安局",), "县直部门", "张三", "13800000000")]


def test_read_roster_without_name_column(tmp_path: Path) -> None:
    path = tmp_path / "任务清单.csv"
    path.write_text("序号,主要任务\n1,加强监管\n", encoding="utf-8")
    with pytest.raises(FileProblem) as info:
        read_roster(path)
    assert info.value.message.startswith("在《任务清单.csv》中找不到“单位名称”列")


def test_read_roster_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "名录.xlsx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(NotAWorkbook) as info:
        read_roster(path)
    assert "《名录.xlsx》" in info.value.message
    with pytest.raises(FileProblem):
        read_roster(tmp_path / "missing.xlsx")


def test_write_roster_draft_round_trip(tmp_path: Path) -> None:
    clusters = suggest_roster(["县市场监督管理局", "县市场监管局", "市场监管局", "城关镇"])
    path = tmp_path / "单位名录（草稿）.xlsx"
    write_roster_draft(path, clusters)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp file left
    got = read_roster(path)
    assert got.units == [
        Unit("县市场监督管理局", ("县市场监管局", "市场监管局"), "县直部门"),
        Unit("城关镇", (), "乡镇"),
    ]
    write_roster_draft(path, clusters[:1])  # overwrite in place
    assert [u.name for u in read_roster(path).units] == ["县市场监督管理局"]


def test_problem_is_plain_data() -> None:
    problem = Problem("unknown-unit", "error", "x", "msg")
    assert problem.suggestion == "" and problem.candidates == ()
