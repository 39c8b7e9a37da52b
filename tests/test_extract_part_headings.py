"""A part whose short heading names a project over the project's one paragraph (a 民生实事 list, a
list of key projects): the heading is the task's number and title line, as "（一）XX⏎…" gives them,
not a category above a task numbered "1.1" with the heading in no field of its own
(``DraftCollector._part_is_one_task``)."""
from __future__ import annotations

from pathlib import Path

from ledger.extraction.tasks import extract_tasks
from tests.test_extraction_prose_classes import tasks_of


def numbered(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    plan = tmp_path / "numbered.txt"
    plan.write_text(text, encoding="utf-8")
    return [(t.number, t.text.split("\n")[0]) for t in extract_tasks(plan).tasks]


CITY_LABEL_LINES = ("一、老旧小区改造提升\n"
                    "完成老旧小区改造45个，惠及居民1.2万户，同步实施管网更新和加装电梯。\n"
                    "责任单位：市住房和城乡建设局\n"
                    "协办单位：市财政局、市自然资源和规划局\n"
                    "二、中小学课后服务全覆盖\n"
                    "全市义务教育学校课后服务覆盖率达到100%，有需求学生应参尽参。\n"
                    "牵头单位：市教育局\n")


def test_a_citys_projects_over_label_lines(tmp_path):
    got = tasks_of(tmp_path, CITY_LABEL_LINES)
    assert [(text.split("\n")[0], lead, resp, coop) for text, lead, resp, coop in got] == [
        ("老旧小区改造提升", [], ["市住房和城乡建设局"], ["市财政局", "市自然资源和规划局"]),
        ("中小学课后服务全覆盖", ["市教育局"], [], [])]
    assert numbered(tmp_path, CITY_LABEL_LINES) == [("1", "老旧小区改造提升"), ("2", "中小学课后服务全覆盖")]


def test_a_towns_projects_with_a_bracket(tmp_path):
    got = tasks_of(tmp_path, "一、农村人居环境整治\n"
                             "开展村庄清洁行动，全年清理沟渠40公里、垃圾杂物300吨。（牵头单位：镇农业综合服务中心，"
                             "配合单位：各村民委员会）\n"
                             "二、集镇道路亮化\n"
                             "新装太阳能路灯260盏，实现集镇主干道夜间照明全覆盖。（责任单位：镇村镇建设服务中心）\n")
    assert [(text.split("\n")[0], lead, resp, coop) for text, lead, resp, coop in got] == [
        ("农村人居环境整治", ["镇农业综合服务中心"], [], ["各村民委员会"]),
        ("集镇道路亮化", [], ["镇村镇建设服务中心"], [])]


def test_a_provinces_project_after_a_part_of_numbered_items(tmp_path):
    """Numbers stay the parts' own: "3", not "3.3", beside a part of numbered items."""
    text = ("一、高速公路建设\n1.推进高速公路建设。责任单位：省交通运输厅\n2.推进农村公路提质。责任单位：省交通运输厅\n"
            "二、普通国省道改造\n完成普通国省道改造800公里。\n牵头单位：省交通运输厅\n配合单位：省财政厅\n"
            "三、内河航道整治\n整治内河航道120公里。\n责任单位：省港航管理局\n")
    assert [n for n, _ in numbered(tmp_path, text)] == ["1.1", "1.2", "2", "3"]
    assert [first for _, first in numbered(tmp_path, text)][2:] == ["普通国省道改造", "内河航道整治"]


def test_a_districts_project_handled_and_assisted_in_its_paragraph(tmp_path):
    got = tasks_of(tmp_path, "一、新建区级图书馆分馆8个\n区文化和旅游局承办，区财政局、各街道办事处协办。\n"
                             "二、新增社区养老服务站12个\n区民政局承办，区卫生健康局协办。\n")
    assert [(text.split("\n")[0], resp, coop) for text, _, resp, coop in got] == [
        ("新建区级图书馆分馆8个", ["区文化和旅游局"], ["区财政局", "各街道办事处"]),
        ("新增社区养老服务站12个", ["区民政局"], ["区卫生健康局"])]


# ------------------------------------------------------------------ near misses that stay as they are


def test_a_part_titled_as_tasks_keeps_its_heading_as_a_category(tmp_path):
    text = "二、主要任务\n全面推进河湖长制，完成河道清淤30公里。\n责任单位：县水利局\n"
    assert numbered(tmp_path, text) == [("1", "全面推进河湖长制，完成河道清淤30公里。")]


def test_a_chapter_beside_a_part_titled_as_tasks_keeps_its_heading_as_a_category(tmp_path):
    """In a plan with 一、工作任务 the other parts are its chapters, no projects."""
    got = tasks_of(tmp_path, "一、工作任务\n1.整治农村黑臭水体。（责任单位：区生态环境分局）\n"
                             "二、检查验收\n年底前，区农业农村局负责组织验收。\n")
    assert [text for text, *_ in got] == ["整治农村黑臭水体。", "年底前，区农业农村局负责组织验收。"]


def test_a_heading_of_clauses_is_no_projects_name(tmp_path):
    got = tasks_of(tmp_path, "一、高度重视，加强领导\n镇党委负责统筹全镇防汛工作，镇应急办负责日常调度。\n")
    assert all(not text.startswith("高度重视") for text, *_ in got)


def test_a_requirements_part_keeps_its_heading_as_a_category(tmp_path):
    text = "四、保障措施\n各乡镇要加强组织领导，确保各项任务落到实处。（责任单位：县政府办公室）\n"
    assert [first for _, first in numbered(tmp_path, text)] == ["各乡镇要加强组织领导，确保各项任务落到实处。"]


def test_a_units_own_heading_keeps_its_duties(tmp_path):
    got = tasks_of(tmp_path, "一、县教育局\n负责校园安全隐患排查，落实学校安全管理责任。\n")
    assert got == [("负责校园安全隐患排查，落实学校安全管理责任。", [], ["县教育局"], [])]


def test_a_part_of_two_paragraph_tasks_keeps_its_heading_above_them(tmp_path):
    text = ("一、民生工程\n新建乡镇卫生院2所。\n责任单位：县卫生健康局\n"
            "改造农村危房150户。\n责任单位：县住房和城乡建设局\n")
    assert numbered(tmp_path, text) == [("1", "新建乡镇卫生院2所。"), ("2", "改造农村危房150户。")]


def test_a_part_with_no_owner_is_no_task(tmp_path):
    got = tasks_of(tmp_path, "一、指导思想\n坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。\n"
                             "二、城乡供水一体化\n新建集中供水工程3处。\n责任单位：县水利局\n")
    assert [(text.split("\n")[0], resp) for text, _, resp, _ in got] == [("城乡供水一体化", ["县水利局"])]
