"""Task tables whose cells runs of spaces set apart (a row a line, or rows run together), with
the shapes real 任务清单 have (issue 15; scripts/table_variants.py scores them layout by layout
on tables of its own): a column of people (责任领导, 分管领导) and a column of money figures
(投资（万元）, 资金（万元）) between or after the owner columns, category rows, a 备注. Each
class on instances written here (other units, tasks and people than the generator's tables),
and texts that must not be read so.
"""
from __future__ import annotations

from test_extraction_prose_classes import tasks_of


def _owners(got):
    return [(text[:8], lead, resp, coop) for text, lead, resp, coop in got]


# ------------------------------------------------------------------ a people column and a money column

SPACED_ROWS = [
    ["1", "新建城东污水处理厂二期工程", "副市长林涛", "市水务集团", "5600", "市生态环境局、市自然资源和规划局", "2025年10月底前", ""],
    ["2", "实施背街小巷路面提升改造", "林涛", "市城市管理局", "900", "各区人民政府", "2025年9月底前", "续建"],
    ["3", "建成市妇幼保健院新院区", "市委常委、常务副市长高翔", "市卫生健康委", "—", "市发展改革委、市财政局", "2025年12月底前", ""],
    ["4", "开展道路交通安全隐患排查治理", "副市长、市公安局局长何平", "市公安局", "", "市交通运输局、市应急管理局", "长期坚持", "新增"],
]
SPACED_EXPECTED = [
    ("新建城东污水处理", ["市水务集团"], [], ["市生态环境局", "市自然资源和规划局"]),
    ("实施背街小巷路面", ["市城市管理局"], [], ["各区人民政府"]),
    ("建成市妇幼保健院", ["市卫生健康委"], [], ["市发展改革委", "市财政局"]),
    ("开展道路交通安全", ["市公安局"], [], ["市交通运输局", "市应急管理局"]),
]
SPACED_HEADER = ["序号", "工作任务", "责任领导", "牵头单位", "资金（万元）", "配合单位", "完成时限", "备注"]


def _spaced(rows, header=SPACED_HEADER, categories=None, gap="   "):
    lines = ["附件1", "市2025年城市建设重点任务清单", gap.join(header)]
    for k, row in enumerate(rows):
        if categories and k in categories:
            lines.append(categories[k])
        lines.append(gap.join(row).rstrip())
    return "\n".join(lines) + "\n"


def test_spaced_rows_with_a_people_column_and_a_money_column(tmp_path):
    """'序号   工作任务   责任领导   牵头单位   资金（万元）   …': the money column's word is a
    column of the header (not the first cell of the body), the people cells sit in the leader
    column ('副市长林涛', '市委常委、常务副市长高翔'), an empty money cell leaves the row a cell
    short and it is read from its end; people are no owners."""
    assert _owners(tasks_of(tmp_path, _spaced(SPACED_ROWS))) == SPACED_EXPECTED


def test_spaced_rows_with_category_rows_and_a_wide_gap(tmp_path):
    text = _spaced(SPACED_ROWS, categories={0: "一、市政设施", 2: "二、社会事业"}, gap="      ")
    got = tasks_of(tmp_path, text)
    assert _owners(got) == SPACED_EXPECTED
    assert not any(t.startswith(("一", "二")) for t, *_ in got)  # a category row is no task


def test_a_leader_column_after_the_owners(tmp_path):
    """A 镇 table with its 分管领导 after the owner column and a 投资（万元） before the deadline."""
    header = ["序号", "工作任务", "责任单位", "分管领导", "投资（万元）", "完成时限"]
    rows = [["1", "完成镇区雨污分流管网建设", "镇村建办、镇财政所", "副镇长吴斌", "260", "2025年8月底前"],
            ["2", "开展农村人居环境整治提升", "镇农业农村办", "吴斌", "45", "2025年11月底前"],
            ["3", "完成镇综合文化站提档升级", "镇文化站", "党委委员、副镇长郭静", "—", "2025年12月底前"]]
    got = tasks_of(tmp_path, _spaced(rows, header))
    assert [(t[:8], resp) for t, _, resp, _ in got] == [
        ("完成镇区雨污分流", ["镇村建办", "镇财政所"]), ("开展农村人居环境", ["镇农业农村办"]), ("完成镇综合文化站", ["镇文化站"])]


def test_people_in_a_spaced_table_are_never_owners(tmp_path):
    """Negative: whatever the rows, the leaders by post or name are no owners."""
    got = tasks_of(tmp_path, _spaced(SPACED_ROWS))
    people = {"副市长林涛", "林涛", "高翔", "何平", "市委常委", "常务副市长高翔", "副市长"}
    assert not any(set(lead + resp + coop) & people for _, lead, resp, coop in got)
