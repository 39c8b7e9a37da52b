"""Tasks written as blocks of labelled fields (issue 15): 重点项目, 民生实事 and 督查通报 pages
write each task as a heading (or a 项目名称： line) and then one line a field: its content
(建设内容：, 工作内容：, 主要任务：, 目标任务：…), its owners (牵头单位：, 责任单位：, 配合单位：), a
leader (责任领导：), its deadline (完成时限：, 时间节点：), its figures (总投资：, 建设规模：) and its
progress (完成情况：, 进展情况：). Such a block is ONE task: the heading its title and number, the
content its text, the owner lines its owners, the figures and progress kept beside it
(``Task.extra``, as a table's extra columns are), never read for owners. Written for the class,
with other levels, units and wording than the page that showed it (blind w169)."""
from __future__ import annotations

from pathlib import Path

import docx

from ledger.extraction import extract_tasks

PROJECTS = ("一、2024年重点建设项目\n"
            "1.城东污水处理厂扩建项目\n"
            "建设内容：新建污水处理设施一座，配套建设管网12公里。\n"
            "建设规模：日处理污水5万吨\n"
            "总投资：3.2亿元\n"
            "牵头单位：县住建局\n"
            "配合单位：县发改局、县财政局\n"
            "完成时限：2024年12月底前\n"
            "2.城乡供水一体化工程\n"
            "建设内容：改造农村供水管网80公里，新建加压泵站3座。\n"
            "建设规模：覆盖8个乡镇\n"
            "总投资：1.5亿元\n"
            "牵头单位：县水利局\n"
            "配合单位：县自然资源局\n"
            "完成时限：2024年10月底前\n")

LIVELIHOOD = ("2024年市级民生实事项目推进情况\n"
              "项目名称：老旧小区改造\n"
              "工作内容：完成36个老旧小区改造，惠及居民4800户。\n"
              "责任单位：市住建局\n"
              "进展情况：红星镇、向阳街道已完成12个小区改造，其余小区正在施工。\n"
              "项目名称：中小学食堂提升\n"
              "工作内容：改造提升中小学食堂20所，实现明厨亮灶全覆盖。\n"
              "责任单位：市教育局\n"
              "进展情况：青山镇中心小学等8所学校已完工。\n")

SUPERVISION = ("二、重点工程推进情况\n"
               "（一）滨江大道提升工程\n"
               "主要任务：完成滨江大道8.5公里路面改造和沿线绿化提升。\n"
               "责任领导：张建国\n"
               "责任单位：区城管局\n"
               "时间节点：2024年9月底前\n"
               "（二）智慧停车建设工程\n"
               "主要任务：新增公共停车泊位2000个，建成智慧停车管理平台。\n"
               "责任领导：李明\n"
               "责任单位：区交通运输局\n"
               "时间节点：2024年11月底前\n")

HEADINGS = ("一、农村饮水安全巩固提升项目\n"
            "目标任务:新建农村集中供水工程3处,改造提升供水管网40公里。\n"
            "责任单位:县水务局\n"
            "完成情况:石门乡、龙口镇供水工程已完工,管网改造完成70%。\n"
            "二、城乡公交一体化项目\n"
            "目标任务:新开通城乡公交线路6条,更新新能源公交车30辆。\n"
            "责任单位:县交通运输局\n"
            "完成情况:已开通线路4条,大坪镇至县城线路正在试运行。\n")


def tasks_of(tmp_path: Path, text: str, docx_form: bool = False):
    if docx_form:
        plan = tmp_path / "plan.docx"
        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        document.save(str(plan))
    else:
        plan = tmp_path / "plan.txt"
        plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan).tasks


def test_projects_numbered_1_with_figures(tmp_path):
    tasks = tasks_of(tmp_path, PROJECTS)
    assert [(t.number, t.title) for t in tasks] == [("1", "城东污水处理厂扩建项目"), ("2", "城乡供水一体化工程")]
    first = tasks[0]
    assert first.lead == ["县住建局"] and first.cooperating == ["县发改局", "县财政局"] and not first.responsible
    assert first.deadline.text == "2024年12月底前"
    assert first.text.startswith("城东污水处理厂扩建项目") and "新建污水处理设施一座" in first.text
    assert "总投资" not in first.text and "日处理污水" not in first.text
    assert first.extra == {"建设规模": "日处理污水5万吨", "总投资": "3.2亿元"}
    assert tasks[1].lead == ["县水利局"] and tasks[1].extra["总投资"] == "1.5亿元"


def test_named_projects_keep_their_progress_apart(tmp_path):
    tasks = tasks_of(tmp_path, LIVELIHOOD)
    assert [t.title for t in tasks] == ["老旧小区改造", "中小学食堂提升"]
    assert [t.responsible for t in tasks] == [["市住建局"], ["市教育局"]]
    assert not any(t.lead or t.cooperating for t in tasks)  # 红星镇, 向阳街道 are where works were done
    assert "完成36个老旧小区改造" in tasks[0].text and "已完成12个" not in tasks[0].text
    assert tasks[0].extra == {"进展情况": "红星镇、向阳街道已完成12个小区改造，其余小区正在施工。"}


def test_works_headed_in_brackets_with_a_leader(tmp_path):
    tasks = tasks_of(tmp_path, SUPERVISION)
    assert [(t.title, t.responsible, t.leader) for t in tasks] == [
        ("滨江大道提升工程", ["区城管局"], "张建国"), ("智慧停车建设工程", ["区交通运输局"], "李明")]
    assert tasks[1].deadline.text == "2024年11月底前" and "新增公共停车泊位2000个" in tasks[1].text


def test_top_headings_are_the_tasks(tmp_path):
    tasks = tasks_of(tmp_path, HEADINGS)
    assert [(t.number, t.title, t.category) for t in tasks] == [
        ("1", "农村饮水安全巩固提升项目", ()), ("2", "城乡公交一体化项目", ())]
    assert [t.responsible for t in tasks] == [["县水务局"], ["县交通运输局"]]
    assert "新建农村集中供水工程3处" in tasks[0].text and "已完工" not in tasks[0].text
    assert tasks[0].extra == {"完成情况": "石门乡、龙口镇供水工程已完工,管网改造完成70%。"}


def test_the_same_blocks_in_a_docx(tmp_path):
    for text in (HEADINGS, PROJECTS, SUPERVISION, LIVELIHOOD):
        txt = [(t.title, t.text, t.lead, t.responsible, t.cooperating, t.extra) for t in tasks_of(tmp_path, text)]
        word = [(t.title, t.text, t.lead, t.responsible, t.cooperating, t.extra)
                for t in tasks_of(tmp_path, text, docx_form=True)]
        assert word == txt and len(txt) == 2


def test_a_plain_item_with_its_owner_after_its_text_reads_as_before(tmp_path):
    tasks = tasks_of(tmp_path, "二、主要任务\n1.加强饮用水水源地保护。开展水源地环境问题排查整治。责任单位：县生态环境局\n"
                               "2.推进农村生活污水治理\n完成20个行政村生活污水治理。\n责任单位：县住建局\n"
                               "完成时限：2024年底前\n")
    assert [(t.number, t.title, t.responsible, t.extra) for t in tasks] == [
        ("1", "", ["县生态环境局"], {}), ("2", "", ["县住建局"], {})]
    assert tasks[1].text == "推进农村生活污水治理\n完成20个行政村生活污水治理。"


def test_unnumbered_content_lines_each_with_owners_stay_tasks_of_their_own(tmp_path):
    tasks = tasks_of(tmp_path, "二、主要任务\n工作内容：开展河道清淤疏浚30公里。\n责任单位：县水利局\n"
                               "工作内容：完成农村公路养护200公里。\n责任单位：县交通运输局\n")
    assert [(t.number, t.title, t.text, t.responsible) for t in tasks] == [
        ("1", "", "工作内容：开展河道清淤疏浚30公里。", ["县水利局"]),
        ("2", "", "工作内容：完成农村公路养护200公里。", ["县交通运输局"])]


def test_a_part_titled_as_tasks_is_no_task_title_but_its_progress_is_kept_apart(tmp_path):
    tasks = tasks_of(tmp_path, "一、重点任务\n目标任务：全年新增城镇就业5000人。\n责任单位：县人社局\n"
                               "完成情况：城关镇已新增3200人。\n二、保障措施\n加强组织领导。\n")
    assert [(t.title, t.text, t.responsible, t.extra) for t in tasks] == [
        ("", "目标任务：全年新增城镇就业5000人。", ["县人社局"], {"完成情况": "城关镇已新增3200人。"})]


def test_an_item_opened_by_a_sentence_keeps_it_as_text_and_its_progress_apart(tmp_path):
    tasks = tasks_of(tmp_path, "一、主要任务\n1.加强水源保护。开展排查整治。\n工作目标：完成10个水源地整治。\n"
                               "进展情况：县水务局已完成6个。\n责任单位：县生态环境局\n")
    assert [(t.title, t.text, t.responsible, t.extra) for t in tasks] == [
        ("", "加强水源保护。开展排查整治。\n工作目标：完成10个水源地整治。", ["县生态环境局"],
         {"进展情况": "县水务局已完成6个。"})]


def test_the_workbook_keeps_figures_and_progress_and_reads_them_back(tmp_path):
    from ledger.extraction.write import write_tasklist
    from ledger.roster import Roster
    from ledger.tasklist import load_tasklist

    plan = tmp_path / "plan.txt"
    plan.write_text(PROJECTS, encoding="utf-8")
    result = extract_tasks(plan)
    back = load_tasklist(write_tasklist(result, tmp_path / "任务清单.xlsx"), Roster.empty()).tasks
    assert [(t.text, t.extra, t.lead, t.cooperating) for t in back] == [
        (t.text, t.extra, t.lead, t.cooperating) for t in result.tasks]
    assert back[0].extra == {"建设规模": "日处理污水5万吨", "总投资": "3.2亿元"}


def test_headings_that_lost_their_numbers_still_head_their_blocks(tmp_path):
    for text, units in ((HEADINGS, [["县水务局"], ["县交通运输局"]]), (SUPERVISION, [["区城管局"], ["区交通运输局"]])):
        lines = [line.split("、", 1)[-1] if line.startswith(("一、", "二、")) else line for line in text.splitlines()]
        lines = [line.split("）", 1)[-1] if line.startswith("（") else line for line in lines]
        tasks = tasks_of(tmp_path, "\n".join(lines) + "\n")
        with_units = [t for t in tasks if t.responsible]
        assert [t.responsible for t in with_units] == units
        assert all(t.title and t.text.startswith(t.title) and "完成情况" not in t.text for t in with_units)
