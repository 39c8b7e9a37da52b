"""Duties listed under the text that names their owner and opens them (unseen batches aw–az, 2026-12-05):

- an article or item whose own text names its owner and ends '…应当履行下列职责:' / '主要职责是:' over (一)…(四): its own
  sentence and each duty under it are the owner's (unseen w595, a regulation's article; w561, '1.市、县统计机构,执行…。
  主要职责是:' over (1)…(10), the units before the comma) — ``DraftCollector._leads_into_duties``;
- a body's page whose first paragraph names the body and ends '主要职责是:' (w584), whose 三定 regulation's title names it
  ('…事务局职能配置、⏎内设机构和人员编制规定', w589), or whose duties heading is '主要工作职责' after '统战部是市委的工作部门'
  (w588): each duty is the body's, duties under category headings one by one, the page's fields (单位负责人:…) no task.

Written for the classes at other levels and in other wordings; near misses keep their reading."""
from __future__ import annotations

from tests.test_extraction_prose_classes import tasks_of


def owners(tmp_path, text):
    return [(t[:6], lead, resp, coop) for t, lead, resp, coop in tasks_of(tmp_path, text)]


def test_an_article_that_names_its_owner_over_its_duties(tmp_path):
    text = ("第一章 总则\n第一条 为规范数据管理,制定本办法。\n第二章 职责分工\n"
            "第五条 县大数据中心作为县人民政府指定的数据管理机构,负责统筹全县数据资源管理工作。应当履行下列职责:\n"
            "(一)组织编制全县数据资源目录;\n(二)建设全县数据共享交换平台;\n(三)监督数据共享的实施。\n"
            "第六条 本办法自发布之日起施行。\n")
    got = owners(tmp_path, text)
    assert [g[2] for g in got] == [["县大数据中心"]] * 4
    assert [g[0] for g in got][1:] == ["组织编制全县", "建设全县数据", "监督数据共享"]


def test_units_before_a_comma_over_their_duties(tmp_path):
    text = ("一、各级统计机构的职责\n1.省、市统计机构,执行综合统计职能,负责组织协调本辖区的统计工作。主要职责是:\n"
            "(1)制定本级统计工作计划。\n(2)组织统计调查,提供统计资料。\n2.乡镇统计站,负责本乡镇的统计工作。主要职责是:\n"
            "(1)完成上级布置的统计调查任务。\n")
    got = owners(tmp_path, text)
    assert [g[2] for g in got] == [["省统计机构", "市统计机构"]] * 3 + [["乡镇统计站"]] * 2


def test_a_lead_in_whose_duties_name_their_own_owners_keeps_them(tmp_path):
    text = ("三、职责分工\n各成员单位按照职责,主要职责是:\n(一)县教育局负责学校安全教育。\n(二)县公安局负责校园周边治安。\n")
    assert [g[2] for g in owners(tmp_path, text)] == [["县教育局"], ["县公安局"]]


def test_a_bureaus_page_that_names_it_first_and_opens_its_duties(tmp_path):
    text = ("区民宗局贯彻落实党中央关于民族宗教工作的方针政策,在履职过程中坚持党的集中统一领导。主要职责是:\n"
            "(一)民族工作\n1.贯彻执行党和国家关于民族工作的方针、政策。\n2.负责协调推动民委委员单位履行民族工作职责。\n"
            "(二)宗教工作\n3.贯彻执行党的宗教工作基本方针。\n")
    assert [g[2] for g in owners(tmp_path, text)] == [["区民宗局"]] * 3


def test_a_three_set_regulations_title_names_the_body(tmp_path):
    text = ("各镇人民政府,区各直属单位:\n《某某县民族宗教事务局职能配置、内设机构和人员编制规定》已经县人民政府批准,现予印发。\n"
            "某某县人民政府办公室\n2015年3月21日\n某某县民族宗教事务局职能配置、\n内设机构和人员编制规定\n"
            "根据机构改革方案,县民族宗教事务局为县政府工作部门。其职能配置如下:\n二、主要职能\n"
            "(一)贯彻执行党和国家有关民族宗教工作的方针政策。\n(二)会同有关部门做好民族宗教政策的宣传教育工作。\n")
    got = owners(tmp_path, text)
    assert [g[2] + g[3] for g in got][-2:] == [["某某县民族宗教事务局"]] * 2


def test_a_department_page_with_fields_before_its_duties(tmp_path):
    text = ("一、 基本情况\n(一) 单位负责人:张三\n(二) 办公地点:县委大院1号楼\n(三) 对外公开电话:0898-25522360\n"
            "宣传部是县委的工作部门。\n二、主要工作职责\n1、负责全县的理论学习和宣传教育工作。\n"
            "2、负责指导全县的精神文明建设工作。\n")
    assert owners(tmp_path, text) == [("负责全县的理", [], ["宣传部"], []), ("负责指导全县", [], ["宣传部"], [])]


def test_the_first_duty_on_the_lead_ins_line(tmp_path):
    """'市档案局(馆)是…的工作机构。…主要职能是: (一)贯彻…' (unseen w562): the first duty's mark on the lead-in's line starts
    a paragraph of its own, so the page reads as the body's lead-in over its duties."""
    text = ("县档案馆是县人民政府授权对全县档案事业实行管理的工作机构。直属县政府领导。主要职能是: (一)贯彻执行档案工作的方针政策,"
            "实施档案执法监督。\n(二)指导全县机关、团体的档案业务工作。\n(三)负责收集、整理全县档案资料。\n")
    assert [g[2] for g in owners(tmp_path, text)] == [["县档案馆"]] * 3


def test_a_colon_before_an_item_with_no_duties_lead_in_keeps_its_line(tmp_path):
    text = "一、工作任务\n县财政局负责以下两项:（一）保障经费;（二）监督资金使用。\n"
    assert [g[2] for g in owners(tmp_path, text)] == [["县财政局"]]
