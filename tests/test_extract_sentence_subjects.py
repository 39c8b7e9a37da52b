"""The last reading of a page in which nothing else finds a task (``ledger.extraction.sentence_subjects``, issue 15):
a short news item or notice whose only owners are the named units opening its clauses before a duty's words. Blind
pages w1032, w1174, w1383, w1816, w1827 and others showed it (exit 3 for the whole page); the instances here are
written for the class, with other units, levels, verbs and wording, and the shapes that must stay as they were."""
from __future__ import annotations

import docx
import pytest

from ledger.errors import NoTaskTable
from ledger.extraction import extract_tasks
from ledger.findings.extraction import SUBJECT_SENTENCES
from test_extraction_prose_classes import tasks_of


def _page(tmp_path, text: str, name: str = "page.txt"):
    plan = tmp_path / name
    plan.write_text(text, encoding="utf-8")
    return extract_tasks(plan)


# ------------------------------------------------------------------ clauses opened by named units

@pytest.mark.parametrize("text, exp", [
    # a news item: the unit after a comma, an adverb before its verb
    ("为巩固整治成果,持续开展校外托管机构日常巡查,社区服务中心全程跟踪督查,发现问题及时处置。",
     [("社区服务中心全程跟踪督查", ["社区服务中心"])]),
    # a numbered point opened by a group of governments
    ("2. 坚持因地制宜。老旧小区改造不搞一刀切,各县人民政府充分发挥属地作用,科学制定改造计划。",
     [("各县人民政府充分发挥属地作用", ["各县人民政府"])]),
    # a department before 重点对…: the name ends at the verb, not at the last 单位 of the object
    ("三、整治措施(一)开展全面清查。针对违禁药物使用隐蔽的特点,区农业农村局重点对兽药经营单位和养殖场户进行清查。",
     [("区农业农村局重点对兽药经营单位", ["区农业农村局"])]),
    # a meeting's call, one clause a group's
    ("会议指出,各镇街一定要树立全区一盘棋思想,强化担当意识,按时完成征收任务。",
     [("各镇街一定要树立全区一盘棋思想", ["各镇街"])]),
    # a frequency after the name
    ("为化解矛盾纠纷,镇综治中心每月对辖区矛盾纠纷开展一次排查,及时化解。", [("镇综治中心每月对辖区矛盾纠纷", ["镇综治中心"])]),
    # the stranger's probe (/tmp/probe18, 2026-12-07): a party department …部 (组织 no verb before 部), 及时 opening the
    # next unit's clause, 于 and a time before the verb, places named alone, mass organisations, a long list
    ("县委组织部按要求做好干部培训。", [("县委组织部按要求做好干部培训", ["县委组织部"])]),
    ("县林业局全程参与森林防火督查，县气象局及时发布火险预警。",
     [("县林业局全程参与森林防火督查", ["县林业局"]), ("县气象局及时发布火险预警", ["县气象局"])]),
    ("县统计局于每季度末进行数据质量核查。", [("县统计局于每季度末进行", ["县统计局"])]),
    ("城关街道、东关街道每周组织一次背街小巷环境卫生集中整治。", [("城关街道、东关街道每周组织", ["城关街道", "东关街道"])]),
    ("幸福社区按照“一户一档”要求，建立独居老人关爱台账。", [("幸福社区按照", ["幸福社区"])]),
    ("县总工会全程参与辖区安全检查工作。", [("县总工会全程参与", ["县总工会"])]),
    ("县发改委定期进行重点项目调研。", [("县发改委定期进行重点项目调研", ["县发改委"])]),
    ("县人力资源和社会保障局、市住房和城乡建设局、县发展和改革局、县自然资源和规划局、县农业农村局全程参与联合检查。",
     [("县人力资源和社会保障局", ["县人力资源和社会保障局", "市住房和城乡建设局", "县发展和改革局", "县自然资源和规划局",
                            "县农业农村局"])]),
    # 应急 and 组织部 are names' words, not duties' (乡镇应急办, not 乡镇)
    ("乡镇应急办及时报告灾情。", [("乡镇应急办及时报告灾情", ["乡镇应急办"])]),
])
def test_a_page_with_no_other_reading_gives_each_clause_opened_by_units_to_them(tmp_path, text, exp):
    got = tasks_of(tmp_path, text)
    assert [t[2] for t in got] == [units for _, units in exp]
    assert all(words in t[0] for t, (words, _) in zip(got, exp))


@pytest.mark.parametrize("text, opening", [
    ("每年汛期前，县水利局全面进行水库安全检查。", "每年汛期前，县水利局"),  # the time before the first subject is kept
    ("为巩固整治成果,社区服务中心全程跟踪督查,发现问题及时处置。", "为巩固整治成果,社区服务中心"),
    ("县林业局全程参与森林防火督查，县气象局及时发布火险预警。", "县林业局"),
])
def test_the_words_before_a_sentences_first_subject_stay_with_its_task(tmp_path, text, opening):
    assert tasks_of(tmp_path, text)[0][0].startswith(opening)


def test_the_reading_is_reported_for_the_clerk_to_check(tmp_path):
    result = _page(tmp_path, "为规范校外培训,街道执法中队全程跟踪检查,发现问题及时处置。")
    found = [f for f in result.findings if f.code == SUBJECT_SENTENCES.code]
    assert [t.responsible for t in result.tasks] == [["街道执法中队"]]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "1个" in found[0].message and "“街道执法中队全程跟踪检查”" in found[0].message
    assert "核对" in found[0].suggestion


def test_two_subjects_of_one_sentence_are_two_tasks(tmp_path):
    got = tasks_of(tmp_path, "例会制度。县司法局每季度召集一次调解工作会,各乡镇司法所每月开展一次纠纷排查。")
    assert [t[2] for t in got] == [["各乡镇司法所"]] or [t[2] for t in got] == [["县司法局"], ["各乡镇司法所"]]


def test_the_same_page_as_docx_reads_the_same(tmp_path):
    text = "为巩固整治成果,社区服务中心全程跟踪督查,发现问题及时处置。"
    document = docx.Document()
    document.add_paragraph("关于校外托管机构巡查工作的情况")
    document.add_paragraph(text)
    path = tmp_path / "page.docx"
    document.save(path)
    got = [(t.text, t.responsible) for t in extract_tasks(path).tasks]
    assert got == [(t[0], t[2]) for t in tasks_of(tmp_path, "关于校外托管机构巡查工作的情况\n" + text)]
    assert got and got[0][1] == ["社区服务中心"]


def test_traditional_characters_keep_their_units_as_written(tmp_path):
    got = tasks_of(tmp_path, "為鞏固整治成果,社區服務中心全程跟蹤督查,發現問題及時處置。")
    assert [t[2] for t in got] == [["社區服務中心"]]


# ------------------------------------------------------------------ what stays no task

@pytest.mark.parametrize("text", [
    # a meeting's news: who held it, who attended, who spoke
    "6月20日,市城管局召开背街小巷整治专题会议。市财政局、市规划局的有关负责同志参加会议。市城管局班子成员出席会议并讲话。",
    # a notice's heading, its number, the addressees and a contact line
    "县人民政府办公室关于印发全民健身实施计划的通知\n县政办发〔2024〕12号\n各乡镇人民政府、县直各部门:\n县体育局 联系人:王某",
    # a body set up and its posts filled, no duty
    "领导小组下设办公室在县应急管理局,张某兼任办公室主任。",
    # what was done: a report
    "今年以来,县农业农村局已完成了全县高标准农田建设任务,受到市里表扬。",
    # words that only look like names: a purpose, a time, a place's facility, a standard's title
    "为进一步提升城乡公共厕所管理水平,定期向市政府报告进展。乡镇文体活动中心建设标准。",
    # the whole page a narrative with no unit at the start of any clause
    "一、总体要求\n坚持问题导向,全面推进整治。\n二、工作目标\n到年底基本完成整治。",
    # the stranger's probe: what was achieved (figures, counts, money), a speech, a notice's opening line
    "县财政局积极争取上级资金2.3亿元，同比增长15%。",
    "县检察院充分发挥检察职能，共办理案件126件。",
    "城关镇每年接待游客50万人次。",
    "县林业局进行表态发言。",
    "县政府办公室按照有关规定，现将有关事项通知如下：",
    "县财政局负责同志参加检查。",
])
def test_pages_without_a_duty_given_to_a_named_unit_stay_no_task(tmp_path, text):
    with pytest.raises(NoTaskTable):
        _page(tmp_path, text)


@pytest.mark.parametrize("text, part", [
    ("重点任务\n1. 开展隐患排查\n2. 强化应急值守\n县应急管理局全程做好值守。", "重点任务"),
    ("一、工作目标\n全面提升防汛能力。\n二、重点任务\n县水利局全程做好监测，县气象局进行预警。\n三、保障措施\n各部门要加强领导。",
     "重点任务"),
])
def test_a_page_with_a_tasks_part_and_no_owner_read_is_no_task_and_says_so(tmp_path, text, part):
    with pytest.raises(NoTaskTable) as exc:
        _page(tmp_path, text)
    assert "找到了“" in str(exc.value) and part in str(exc.value) and "责任单位" in str(exc.value)


def test_the_warning_shows_the_first_clause_as_the_plan_writes_it(tmp_path):
    result = _page(tmp_path, "縣環保局定期進行河川水質監測，各鄉鎮公所及時通報污染事件。")
    found = [f for f in result.findings if f.code == SUBJECT_SENTENCES.code]
    assert [t.responsible for t in result.tasks] == [["縣環保局"], ["各鄉鎮公所"]]
    assert "“縣環保局定期進行河川水質監測”" in found[0].message


def test_a_page_with_labelled_tasks_is_read_as_before(tmp_path):
    text = ("一、主要任务\n1. 推进农贸市场改造。责任单位:县商务局\n2. 加强食品抽检。责任单位:县市场监管局\n"
            "三、保障措施\n县财政局全程保障工作经费。")
    result = _page(tmp_path, text)
    assert [t.responsible for t in result.tasks][:2] == [["县商务局"], ["县市场监管局"]]
    assert not [f for f in result.findings if f.code == SUBJECT_SENTENCES.code]
