"""Benchmark `ledger extract` on crafted long input: how the time grows with the size.

    python bench/bench_extract_long.py [--sizes 100,400,1600] [--forms run_on,clauses,labels,lines] [--timeout 120]

A unit's file or a plan from a mirror is untrusted input: one crafted text must not hold the
extractor for minutes. Each form is written at each size into a temporary folder and read by
``ledger.extraction.extract_tasks`` in a process of its own (CPU seconds from getrusage, the
process killed after ``--timeout``); the tasks found are counted so that a fast run that lost
items shows. The forms:

- run_on: a page run together on one line, items '<n>.<task>。责任单位：A、B。' (n up to the size)
- clauses: one paragraph of '<unit>要做好第<n>项工作' clauses joined by commas, one stop at the end
- labels: one paragraph of unnumbered '<task>。牵头单位：A；配合单位：B。' clauses
- lines: items one a line, each '(<unit>牵头，<unit>配合)'
- subtargets: a 目标责任分解书 one cell a paragraph (目标 / 主要责任单位 / 责任单位), goals each with its
  two unit paragraphs and four '——' sub-targets each with its own (the size counts the sub-targets)
- subtargets_blank: the same under 领域 / 主要目标 / 主要责任单位 / 责任单位, each goal's empty cells
  space-only paragraphs and no units of its own, each unit a paragraph (the 省 form of blind w284)
- book: a scanned book's text layer, '<unit>负责做好第<n>项工作…。' sentences run on and wrapped at 30
  characters, a blank line after every third line wherever it falls (the form of blind w316)
- exposure: a 督查 exposure run into one line, ``n`` places each heading three problems, their label and deadline
- pdf_spaces: ``n`` articles printed 27 characters a line, the lines joined with spaces (one long line)
- sectors: ``n`` items each with an owner label going on after a comma into sectors sharing a level and 部门 and a
  clause '由文化、工商等部门依法查处', then one item whose 由 opens a list of ``n`` sectors with no 部门 after it
- led_by: one paragraph of '第<n>项工作由A统一领导,由B会同C负责落实,' clauses, one stop at the end (2n tasks)
- offices: one paragraph of '<name>领导小组下设办公室,<person>兼任办公室主任,负责日常工作,' clauses
- bar_cells: a table whose every cell is closed by a line of one bar, ``n`` rows (text, lead, partners, empty)
- lead_ins: ``n`` items '<n>.<unit>,执行综合职能,负责…。主要职责是:' each over two duties (3n tasks)
- articles: ``n`` articles run together on one line, each '第<n>条<unit>(含开发区管委会,下同)负责…。' (a note holding a comma)
- news: a page with no other reading (``ledger.extraction.sentence_subjects``): one paragraph of ``n`` clauses
  '为巩固第<n>项成果,<unit>全程跟踪第<n>项工作,' (n tasks; issue 15, 2026-12-07)
- narrative: the same reading on a page where no clause is a unit's: one paragraph of ``n`` clauses of names of places
  and facilities ('第<n>项市民活动中心建设标准公布后各镇街道社区群众反映良好,'), each clause's head tried (no task)
- short_names: one paragraph of '<unit>(以下简称第<n>局)负责做好第<n>项工作;' clauses
- titled_lists: one line of ``n`` sentences each followed by '<unit>主要职责1、…2、…': ``n`` lists titled inside the line,
  each restart of the numbering looked at (only one unit's titled list is read as its duties: 2 tasks)
- bare_heads: ``n`` units each a bare name on its line over a line of its duty and a list started again at (一)
  after the list above (3n tasks; issue 15, 2026-12-05, sixth session)
- duty_headings: one line of ``n`` units' headings of numbered duties run together ('<unit>职责:1、…。2、…。'), each
  followed by sectors closed by 等主管部门 under another's guidance and a request to the units before a named unit's
  clause ('请各单位…,同时,<unit>将…'; 5n tasks; issue 15, 2026-12-07, nineteenth session)
- annotation_sentences: one paragraph of ``n`` tasks each annotated in sentences of their own ('…。A牵头。B、C等配合。
  各乡镇负责落实。'), units before a comma sharing a subject, a request going on with 对照, two topics each done by its
  unit (5n tasks; issue 15, 2026-12-07, twentieth session)
- bar_led_rows: a table of ``n`` rows one cell a line, each cell but a row's first led by a bar, a lone bar closing the
  row (n tasks; the same session)
- target_rows: a table of targets by unit, ``n`` rows '<unit> <figure> <figure>% —' under '责任单位 新增就业 …' (n tasks;
  issue 15, 2026-12-07, twenty-first session)
- target_headers: ``n`` lines each a targets header with one row under it (no table: each header tried; no task)
- named_again: one paragraph of ``n`` '成立第<n>项工作指挥部,该指挥部负责…。这一领导小组将…' sentences, each body named again
  looked back for (the same session)
- cn_units: ``n`` units' bare names each over duties numbered 一、二、 (2n tasks; the same session)
- topic_by: one article of ``n`` sentences whose 由 names no unit ('…由申请人…由窗口受理'), each 由 tried, then one
  owned article (1 task)
- duty_table: a table of units and duties set apart by spaces ('序号 单位 主要职责'), ``n`` rows
- headed_items: one unit heading ``n`` numbered duties on one line ('<unit>:1.…。2.…。'; n tasks; issue 15, 2026-12-05,
  seventh session)
- places: one paragraph of ``n`` sentences '各村要做好第<n>项工作。' in a part not titled as tasks, then the tasks part
- bar_lines: a table whose cells are closed by bar lines, a category cell opening every fifth row, each units cell
  three lines before its bar (n tasks)
- comma_heads: one line of ``n`` items '<n>、<unit>，严格执行第<n>项工作制度。' under an article (issue 15, 2026-12-07/08,
  twenty-fifth session: items opened by a level's unit and a comma)
- paragraph_marks: ``n`` items on one line, each closed by a document site's paragraph mark 'Р' (the same session)
- coordinates: one paragraph of ``n`` sentences '<unit>负责组织协调<unit>、<unit>等部门做好第<n>项工作。' (n tasks)
- box_cut: a box table whose unit cell is merged down ``n`` sub-rows, its last line cut before its closing bar (n tasks)
- rosters: ``n`` names one a line under a spaced roster label ('成 员:安监'), then one duty (1 task)
- box_unknown: the box_cut table under a header none of whose words names a column (no task: each line of the run was
  tried as a table's start, reading the rest of it again, before the start was bounded to a run's first lines)
- cells_unknown: ``n`` rows of a table one cell a line with no header, their third cell no unit's name (no task; each
  row's number was tried as the table's first, reading the rest again; ``n`` up to 999, the numbers such rows have)
- subject_items: ``n`` items each opened by a unit, the first two with 要, the others with a verb of no role (n tasks)
- kinds: ``n`` items each '(i)水利、农业、…等涉灾部门负责…' (three sectors closed by 等 and a kind of body; n tasks;
  issue 15, 2026-12-06, eighth session)
- members: a member line of ``n`` units, then ``n`` lines '<unit>：负责…' (n tasks, the member line owning none)
- kind_groups: ``n`` items each '各<kind>单位和<kind>机构要…' (two groups of one kind joined by 和; n tasks)
- unit_block: a unit's duties under its name and a colon going on over ``n`` lines each ended by ';', then a second
  unit's block after a stop on the last line (2 tasks; issue 15, 2026-12-06, ninth session)
- mixed_groups: one paragraph of ``n`` sentences, each a clause after a comma opened by places, everyone and kinds of
  body ('…,各乡镇、各部门、企业、学校要…'; one task: the same owners throughout make one)
- duty_colon: '压实各部门职责:<unit>统筹协调全局;' and ``n`` clauses '<unit>严管…' split by ';' (n + 1 tasks)
- set_up_duties: ``n`` articles each '第<n>条 [标题]<unit>会同<unit>建立第<n>工作组。主要职责包括:' over two duties
  (3n tasks; issue 15, 2026-12-06, tenth session)
- unit_paragraphs: ``n`` units each '<name>:' on a line of its own, a blank line, then its duty paragraph (n tasks)
- deadline_items: ``n`` items '(<n>)<title>。<m>月底前,各乡镇要积极会同<unit>…' (n tasks)
- monitoring_items: a page with owners in prose only, ``n`` items '<n>.<title>。发生…时,<unit>于…后及时推送…' (n tasks;
  issue 15, 2026-12-06, eleventh session)
- level_brackets: ``n`` items each closed by '(<unit>、各村、居、社区)' (bare levels after one 各; n tasks)
- named_owners: one paragraph of ``n`` clauses '第<n>项工作由A负责牵头抓总,B、各乡镇为第<n>项工作的责任单位,' (2n tasks)
- stage_titles: ``n`` items '<n>、第<n>阶段:<unit>、<unit>等部门要…' (a subject after a title's colon; n tasks; issue 15,
  2026-12-06, twelfth session)
- set_up_offices: ``n`` items '(<n>)…。各乡镇人民政府设立第<n>工作专班,领导小组在<unit>下设办公室,负责…' (2n tasks)
- papers_required: one paragraph of ``n`` sentences '…下放后,请各街道办事处按照《第<n>号实施细则》等要求,落实…' (one
  task: the same owners throughout make one)
- scrambled: ``n`` articles on one line whose marks a mirror swapped at random (',', '.', '。', ' ', '、'), each with a unit
  and three sectors, then one article listing ``n`` short names the lexicon lacks among sectors (each mark read again;
  the list's 、 reaching along it; issue 15, 2026-12-06, thirteenth session)
- headed_articles: one line of ``n`` clauses, each a unit's duty, a chapter's heading and an article's number run into
  the next subject (every project's lead units with a unit), an elliptical group with a note, then a notice's signature
  run into the line's end (issue 15, 2026-12-07, eighteenth session)
- sprinkled: ``n`` articles from a mirror that took the stops out and sprinkled brackets, dashes, stops, commas and colons
  inside the words, each article two paragraphs set apart by gaps of spaces, each its own unit's (2n tasks; issue 15,
  2026-12-06, fourteenth session)
- by_clauses: one paragraph of ``n`` sentences '第<n>片区由A做好…,由B协调…,C承担…。' (a topic and 由 beside clauses of
  other owners; 3n tasks)
- run_on_duties: one line of ``n`` articles '第<n>条<body>的主要职责(一)…;(二)…;(S)…;(四)…。' run together with no colon after
  the duties' word and one mark damaged in each (3n tasks: the damaged item stays with the one before it; issue 15,
  2026-12-06, fifteenth session)
- doers: one paragraph of ``n`` sentences '第<n>项工作实行由A统一领导,B配合,C、D具体落实,E协调督办、组织实施的机制,协同F、
  <sector>、…等行政企事业单位开展…。' (the doers of a 由 sentence and a long partner list closed by 等…单位; n tasks)
- requests: one paragraph of ``n`` sentences '请甲<n>县、乙<n>县于<m>月底前完成第<n>项工作,市、县两级<unit>负责…,<unit>在…方面要…。'
  (a notice's requests of named places, a deadline before the work, levels counted before their body; 3n owners; issue
  15, 2026-12-06, sixteenth session)
- wraps: the same page with no stop at all, ``n`` lines of one unfinished sentence: one paragraph that grows
  line by line, then one owned item (its time is the point: each line's joining must not read the paragraph again)
- roles_named: one paragraph of ``n`` sentences '由<unit>牵头、<unit>为第<n>项整治工作的责任单位，…' (units named in
  their role after the lead; issue 15, 2026-12-07, twenty-third session)
- news_groups: a page of ``n`` sentences '会议强调，各部门要坚持第<n>项问题导向，…' and nothing else (a group owns its clause
  on such a page)
- site_lines: ``n`` pairs of a website's lines '主办单位:…' and '投稿邮箱:…', then one owned sentence (the sponsor lines
  are blanked on reading)
- place_shares: one paragraph of ``n`` clauses '第<n>号品种:浙江、福建、广东,每省建立2个试验推广点以上;' (places handed a share
  each; issue 15, 2026-12-07, twenty-fourth session)
- speakers: a page of ``n`` sentences '张<n>要求,各乡镇、有关单位要做好第<n>项工作。' (a speaker before 要求)
- stray_brackets: ``n`` lines '( (<n>)第<n>项专项行动(牵头单位:<unit>)' (a stray opening bracket of a converted page)
- markup: ``n`` paragraphs of a page saved with its HTML markup on one line ('<p class="ql-block"><span>…</span>…</p>';
  n tasks; issue 15, 2026-12-08, twenty-sixth session)
- heading_items: a heading's line holding ``n`` items '1.要做好…。各乡镇务必…。' (n tasks)
- titled_points: one paragraph of ``n`` points '<n>要<title>。请<unit>充分领会…,进一步开展…;由<unit>牵头,<unit>负责…。'

Growth, not one figure, is the point: twice the size should take about twice the time.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = ["县教育局", "县财政局", "县卫健委", "县民政局", "县住建局", "县交通运输局", "县农业农村局"]


def crafted(form: str, n: int) -> str:
    u = UNITS
    if form == "run_on":
        return "某县实施方案 一、重点任务 " + "".join(
            f"{i}.完善第{i}项工作机制，抓好落实。责任单位：{u[i % 7]}、{u[(i + 1) % 7]}。" for i in range(1, n + 1)) + "\n"
    if form == "clauses":
        return "一、重点任务\n" + "，".join(f"{u[i % 7]}要做好第{i}项工作" for i in range(n)) + "。\n"
    if form == "labels":
        return "一、重点任务\n" + "".join(
            f"完善第{i}项工作机制。牵头单位：{u[i % 7]}；配合单位：{u[(i + 1) % 7]}。" for i in range(n)) + "\n"
    if form == "lines":
        return "一、重点任务\n" + "".join(
            f"{i}.完善第{i}项工作机制。（{u[i % 7]}牵头，{u[(i + 1) % 7]}配合）\n" for i in range(1, n + 1))
    if form == "subtargets":
        return _breakdown(n)
    if form == "subtargets_blank":
        return _breakdown_blank_cells(n)
    if form == "book":
        return _book_page(n)
    if form == "wraps":
        line = "各乡镇要按照属地管理原则组织力量开展隐患排查整治工作并建立"
        return ("一、工作职责\n" + "".join(line + ("\n\n" if k % 3 == 2 else "\n") for k in range(n))
                + "长效机制。\n\n二、县应急管理局负责统筹协调。\n")  # one owned task, so that the plan has one
    if form == "exposure":
        return _exposure(n)
    if form == "pdf_spaces":
        text = "".join(f"第{i + 1}条 {UNITS[i % 7]}负责做好第{i + 1}项工作的组织实施和督促检查。" for i in range(n))
        return "某县工作制度 " + " ".join(text[k:k + 27] for k in range(0, len(text), 27)) + "\n"
    if form == "sectors":
        sectors = "、".join(["发展改革", "财政", "公安", "教育", "民政"] * (n // 5 + 1))
        return "一、重点任务\n" + "".join(
            f"{i}.完善第{i}项工作机制。责任单位：各市人民政府，省发展改革、财政、公安等部门。"
            f"违反前款规定的，由文化、工商等部门依法查处。\n" for i in range(1, n + 1)) + f"{n + 1}.由{sectors}做好工作。\n"
    if form == "led_by":
        return "一、" + "".join(f"第{i}项工作由{u[i % 7]}统一领导,由{u[(i + 1) % 7]}会同{u[(i + 2) % 7]}负责落实,"
                               for i in range(n)) + "。\n"
    if form == "offices":
        names = ["防汛", "抗旱", "禁毒", "河长制", "林长制", "爱卫", "普法"]
        return "一、" + "".join(f"{names[i % 7]}领导小组下设办公室,张三兼任办公室主任,负责日常工作," for i in range(n)) + "。\n"
    if form == "bar_cells":
        return "工作任务\n|\n牵头单位\n|\n配合单位\n|\n|\n" + "".join(
            f"开展第{i}项检查。\n|\n{u[i % 7]}\n|\n{u[(i + 1) % 7]}\n|\n|\n" for i in range(n))
    if form == "lead_ins":
        return "一、各级机构的职责\n" + "".join(
            f"{i + 1}.{u[i % 7]},执行综合职能,负责组织协调工作。主要职责是:\n(1)制定工作计划。\n(2)组织调查。\n" for i in range(n))
    if form == "articles":
        return "".join(f"第{_cn(i + 1)}条{u[i % 7]}(含开发区管委会,下同)负责做好第{i + 1}项工作。" for i in range(n)) + "\n"
    if form == "news":
        return "".join(f"为巩固第{i}项成果,{u[i % 7]}全程跟踪第{i}项工作," for i in range(n)) + "发现问题及时处置。\n"
    if form == "narrative":
        return "".join(f"第{i}项市民活动中心建设标准公布后各镇街道社区群众反映良好," for i in range(n)) + "特此说明。\n"
    if form == "short_names":
        return "一、" + "".join(f"{u[i % 7]}(以下简称第{i}局)负责做好第{i}项工作;" for i in range(n)) + "。\n"
    if form == "titled_lists":
        return "".join(f"第{i}项工作按计划推进并及时向上级报告。{u[i % 7]}主要职责1、制定第{i}项方案。2、组织第{i}项检查。"
                       for i in range(1, n + 1)) + "\n"
    if form == "bare_heads":
        return "".join(f"（二）上一单位的第{i}项工作。\n{u[i % 7]}\n负责第{i}项工作的统筹。\n（一）制定第{i}项方案。\n（二）组织第{i}项检查。\n"
                       for i in range(1, n + 1))
    if form == "topic_by":
        return "某县管理办法\n第一条 " + "".join(f"第{i}项申请材料由申请人自行准备并说明理由后由窗口受理。" for i in range(n)) + (
            "\n第二条 县水利局负责监督检查。\n")  # one owned article, so that the plan has a task
    if form == "duty_table":
        return "序号 单位 主要职责\n" + "".join(f"{i} {u[i % 7]} 负责第{i}项工作的组织实施。\n" for i in range(1, n + 1))
    if form == "headed_items":
        return "二、职责分工\n" + u[0] + ":" + "".join(f"{i}.做好第{i}项工作的组织实施。" for i in range(1, n + 1)) + "\n"
    if form == "places":
        return "一、资金管理\n" + "".join(f"各村要做好第{i}项工作。" for i in range(n)) + "\n二、主要任务\n县应急管理局负责统筹协调。\n"
    if form == "bar_lines":
        return "某县整治任务分工表\n" + "重点工作\n|\n具体任务\n|\n责任单位\n|\n完成时限\n|\n" + "".join(
            (f"一、第{i}类工作\n|\n" if i % 5 == 0 else "") + f"第{i}项\n|\n开展第{i}项检查。\n|\n"
            f"{u[i % 7]}\n{u[(i + 1) % 7]}\n{u[(i + 2) % 7]}\n|\n长期坚持\n|\n" for i in range(n))
    if form == "subject_items":
        return "二、主要任务\n" + "".join(
            f"{i}、{u[i % 7]}{'要' if i < 3 else ''}统筹做好第{i}项工作。\n" for i in range(1, n + 1))
    if form == "kinds":
        return "二、主要任务\n" + "".join(f"{i}.水利、农业、林业等涉灾部门负责第{i}项隐患排查。\n" for i in range(1, n + 1))
    if form == "members":
        names = [f"{_cn(i)}号工作站" for i in range(1, n + 1)]
        return ("成立工作专班：\n成员单位：" + "、".join(names) + "。\n"
                + "".join(f"{name}：负责第{i}项工作。\n" for i, name in enumerate(names, 1)))
    if form == "kind_groups":
        return "二、主要任务\n" + "".join(f"{i}.各接种单位和疾控机构要做好第{i}项工作。\n" for i in range(1, n + 1))
    if form == "unit_block":
        return ("(三)部门职责 " + u[0] + ":负责综合监督工作;\n" + "".join(f"配合做好第{i}项工作;\n" for i in range(n))
                + "对重大隐患挂牌督办. " + u[1] + ":负责统筹协调.\n")
    if form == "mixed_groups":
        return "四、工作措施(一)加强宣传。" + "".join(
            f"宣传是第{i}项重要工作,各乡镇、各部门、企业、学校要层层召开第{i}次动员会。" for i in range(n)) + "\n"
    if form == "duty_colon":
        return "会议要求压实各部门职责:" + u[0] + "统筹协调全局;" + ";".join(f"{u[i % 7]}严管第{i}项工作" for i in range(n)) + "。\n"
    if form == "set_up_duties":
        return "".join(f"第{_cn(i)}条 [第{i}项]{u[i % 7]}会同{u[(i + 1) % 7]}建立第{_cn(i)}工作组。主要职责包括:\n"
                       f"(一)统筹第{i}项工作;\n(二)督促落实第{i}项措施。\n" for i in range(1, n + 1))
    if form == "unit_paragraphs":
        return "成员单位职责\n\n" + "".join(f"第{_cn(i)}号工作站:\n\n负责第{i}项工作的组织实施,督促各村落实。\n\n"
                                         for i in range(1, n + 1))
    if form == "deadline_items":
        return "二、工作措施\n" + "".join(f"({i})第{i}项排查。{i % 12 + 1}月底前,各乡镇要积极会同{u[i % 7]},做好第{i}项排查。\n"
                                      for i in range(1, n + 1))
    if form == "monitoring_items":
        return "一、工作目标\n守住底线。\n二、监测方式\n" + "".join(
            f"{i}.第{i}类风险。发生第{i}类灾害时,{u[i % 7]}于灾害过程结束后及时推送第{i}类信息。\n" for i in range(1, n + 1))
    if form == "level_brackets":
        return "二、整治重点\n" + "".join(f"({i})第{i}项整治。依法清理第{i}处隐患。({u[i % 7]}、各村、居、社区)\n"
                                      for i in range(1, n + 1))
    if form == "named_owners":
        return "三、组织实施\n" + "".join(f"第{i}项工作由{u[i % 7]}负责牵头抓总,{u[(i + 1) % 7]}、各乡镇为第{i}项工作的责任单位,"
                                      for i in range(1, n + 1)) + "村组长为第一责任人。\n"
    if form == "stage_titles":
        return "三、工作步骤\n" + "".join(f"{i}、第{i}阶段:{u[i % 7]}、{u[(i + 1) % 7]}等部门要做好第{i}项排查。\n"
                                      for i in range(1, n + 1))
    if form == "set_up_offices":
        return "二、组织保障\n" + "".join(f"({i})第{i}项保障。各乡镇人民政府设立第{i}工作专班,领导小组在{u[i % 7]}下设办公室,"
                                      f"负责第{i}项工作的组织实施。\n" for i in range(1, n + 1))
    if form == "papers_required":
        return "三、下放内容\n" + "".join(f"第{i}项审批权下放后,请各街道办事处按照《第{i}号实施细则》等要求,落实第{i}项受理工作。"
                                      for i in range(1, n + 1)) + "\n"
    if form == "scrambled":
        marks = ",.。 、"
        sectors = "".join(f"甲{_cn(i)}{marks[i % 5]}" for i in range(1, n + 1))
        return ("".join(f"第{_cn(i)}条{marks[i % 5]}{u[i % 7]}负责第{i}项工作{marks[(i + 1) % 5]}县发展改革{marks[(i + 2) % 5]}"
                        f"财政{marks[(i + 3) % 5]}民政等部门在各自职责范围内做好相关工作{marks[(i + 4) % 5]}" for i in range(1, n + 1))
                + "第九百条 县财政,民政." + sectors + "审计等部门在各自职责范围内做好相关工作。\n")
    if form == "sprinkled":
        junk = "》【—?!:,。;"
        return "安全验证\n某省供水条例\n" + "".join(
            f"第{_cn(i)}条  {u[i % 7][:2]}{junk[i % 9]}{u[i % 7][2:]}负责第{i}项供水:工作{junk[(i + 3) % 9]}的监督管理   "
            f"{u[(i + 1) % 7]}应当协助做好第{i}项:工作   " for i in range(1, n + 1)) + "\n"
    if form == "by_clauses":
        return "二、工作安排\n" + "".join(f"第{i}片区由{u[i % 7]}做好第{i}项登记,由{u[(i + 1) % 7]}协调第{i}项时间,"
                                      f"{u[(i + 2) % 7]}承担第{i}项检测工作。" for i in range(1, n + 1)) + "\n"
    if form == "run_on_duties":
        return "某县制度\n" + "".join(f"第{_cn(i)}条{u[i % 7]}的主要职责(一)研究部署第{i}项工作;(二)协调解决第{i}项问题;(S)督促检查"
                                    f"第{i}项落实;(四)通报第{i}项进展。" for i in range(1, n + 1)) + "\n"
    if form == "requests":
        return "三、工作要求\n" + "".join(f"请甲{_cn(i)}县、乙{_cn(i)}县于{i % 12 + 1}月底前完成第{i}项排查,市、县两级{u[i % 7][1:]}负责第{i}项"
                                      f"督导,{u[(i + 1) % 7]}在第{i}项宣传方面要加强指导。" for i in range(1, n + 1)) + "\n"
    if form == "doers":
        sectors = "、".join(("公安", "民政", "教育", "司法", "税务", "电信", "联通公司"))
        return "二、职责分工\n" + "".join(f"第{i}项工作实行由县政府统一领导,{u[i % 7]}配合,{u[(i + 1) % 7]}、{u[(i + 2) % 7]}具体落实,"
                                      f"{u[(i + 3) % 7]}协调督办、组织实施的机制,协同{u[(i + 4) % 7]}、{sectors}等行政企事业单位"
                                      f"开展第{i}项宣传。" for i in range(1, n + 1)) + "\n"
    if form == "headed_articles":
        return ("".join(f"{u[i % 7]}负责第{i}项工作,第{_cn(i % 30 + 1)}章第{i}项管理第{_cn(i)}条各项目牵头单位会同{u[(i + 1) % 7]}"
                        f"确定一名联络员,各乡镇、部门(单位)要落实第{i}项任务," for i in range(1, n + 1))
                + "做到投入到位。 某市人民政府办公室\n二〇二三年五月六日 |\n")
    if form == "duty_headings":
        return ("三、职责分工" + "".join(
            f"{u[i % 7]}职责:1、负责第{i}项区域划分。2、负责第{i}项设施维护。教育、科技、卫生等主管部门在本级人民政府第{i}项"
            f"工作机构指导下,开展第{i}项工作。请各单位于{i % 12 + 1}月底前报送第{i}项名单,同时,{u[(i + 1) % 7]}将按月通报"
            f"第{i}项进度。" for i in range(1, n + 1)) + "\n")
    if form == "annotation_sentences":
        return ("三、主要任务\n" + "".join(
            f"第{i}项工作完成后报送。{u[i % 7]}牵头。{u[(i + 1) % 7]}、{u[(i + 2) % 7]}等配合。各乡镇负责落实。"
            f"{u[(i + 3) % 7]}、{u[(i + 4) % 7]},各街道办事处应当做好第{i}项宣传。请各相关部门对照第{i}项清单做好整改。"
            f"第{i}项调查由{u[(i + 5) % 7]}负责,第{i}项监测由{u[(i + 6) % 7]}负责。" for i in range(1, n + 1)) + "\n")
    if form == "bar_led_rows":
        return ("信息发布分工表\n内 容 | 提供单位\n| 频 率\n|\n"
                + "".join(f"第{i}项价格\n| {u[i % 7]}\n| 每 周\n|\n" for i in range(1, n + 1)))
    if form == "target_rows":
        return ("附件1\n目标任务分解表\n责任单位 新增就业 转移就业 培训人数\n"
                + "".join(f"{u[i % 7]} {i * 10} {i * 7}% —\n" for i in range(1, n + 1)) + "合计 1 2 3\n")
    if form == "target_headers":
        return "".join(f"单位 第{i}项目标 指标\n第{i}镇 {i} 5\n" for i in range(1, n + 1))
    if form == "named_again":
        return ("三、工作措施\n" + "".join(f"成立第{i}项工作指挥部,该指挥部负责第{i}项工作的组织协调。"
                                          f"这一领导小组将督促第{i}项整改。" for i in range(1, n + 1)) + "\n")
    if form == "cn_units":
        return ("某市成员单位职责\n" + "".join(f"{u[i % 7]}\n一、负责第{i}项宣传教育工作的组织实施。\n二、做好第{i}项工作的督促检查。\n"
                                          for i in range(1, n + 1)))
    if form == "shares":  # one clause of units each with its share after a 、 (``prose._shares_in_series``)
        return "二、工作安排\n专项检查按职责分工进行," + "、".join(f"{u[i % 7]}负责第{i}类产品" for i in range(n)) + "。\n"
    if form == "by_chain":  # one sentence of 由 clauses, each after its topic (``prose._before_primary_clause``)
        return "第六条 " + "，".join(f"地处第{i}片区的古树名木，由{u[i % 7]}负责管理" for i in range(n)) + "。\n"
    if form == "marked":  # owners marked as the legend says (``drafts.marked_leads``)
        return ("一、重点任务（标☆的为牵头单位）\n" + "".join(f"{i}.推进第{i}项工作。（责任单位：☆{u[i % 7]}、{u[(i + 1) % 7]}）\n"
                                                    for i in range(1, n + 1)))
    if form == "levels_shared":  # levels sharing a name before other units (``names.shared_level_units``)
        return "".join(f"第{_cn(i + 1)}条 市、镇人民政府、街道办事处应当做好第{i}项工作。\n" for i in range(n))
    if form == "roles_named":  # units named in their role after the lead (``prose.NAMED_IN_ROLE``)
        return "一、职责\n" + "".join(f"由{u[i % 7]}牵头、{u[(i + 1) % 7]}为第{i}项整治工作的责任单位，全面负责第{i}项整治。"
                                    for i in range(n)) + "\n"
    if form == "news_groups":  # a news page whose groups own their clauses (``sentence_subjects``, groups)
        return "".join(f"会议强调，各部门要坚持第{i}项问题导向，拿出第{i}项切实可行的措施。" for i in range(n)) + "\n"
    if form == "site_lines":  # a website's sponsor lines beside its own lines (``read.without_site_sponsors``)
        return ("".join(f"主办单位:第{i}融媒体中心\n投稿邮箱:a{i}@example.cn\n" for i in range(n))
                + "会议要求,市市场监管局要切实履行牵头职责,强化宣传指导。\n")
    if form == "place_shares":  # places handed a share each (``place_shares``)
        return "二、重点任务\n(一)试验推广。" + "".join(f"第{i}号品种:浙江、福建、广东,每省建立2个试验推广点以上;" for i in range(n)) + "\n"
    if form == "speakers":  # a speaker before 要求 (``prose.SPEAKER_REQUIRES``)
        return "".join(f"张{_cn(i + 1)}要求,各乡镇、有关单位要做好第{i}项工作。" for i in range(n)) + "\n"
    if form == "stray_brackets":  # a stray opening bracket before an item (``read.without_stray_brackets``)
        return "三、重点任务\n" + "".join(f"( ({_cn(i + 1)})第{i}项专项行动(牵头单位:{u[i % 7]})\n" for i in range(n))
    if form == "comma_heads":  # items opened by a level's unit and a comma (``prose._head_before_comma``)
        return "第三条 各部门职责如下：" + "".join(f"{i + 1}、{u[i % 7]}，严格执行第{i}项工作制度。" for i in range(n)) + "\n"
    if form == "paragraph_marks":  # a document site's 'Р' paragraph marks (``read._paragraph_marks_cut``)
        return "".join(f"{i + 1}、{u[i % 7]}负责第{i}项农机安全检查。Р" for i in range(n)) + "\n"
    if form == "coordinates":  # 'A负责组织协调B、C等部门' (``prose.COORDINATES``)
        return "二、职责分工\n" + "".join(f"{u[i % 7]}负责组织协调{u[(i + 1) % 7]}、{u[(i + 2) % 7]}等部门做好第{i}项工作。"
                                      for i in range(n)) + "\n"
    if form == "box_cut":  # a box table, its unit cell merged down ``n`` sub-rows, the last line cut before its bar
        rule = "│ │ ├──────────┼─────┤ │\n"
        return ("附件\n┌──┬────┬──────────┬─────┬───┐\n│序号│责任单位│ 任务目标 │ 完成时间 │责任人│\n"
                "├──┼────┼──────────┼─────┼───┤\n│ 1 │ 金水区 │1.第0项绿化任务。 │2006.11.30│ 区长 │\n"
                + "".join(rule + f"│ │ │{i + 1}.第{i}项绿化任务。 │2006.11.30│ │\n" for i in range(1, n - 1))
                + rule + f"│ │ │{n}.第{n}项绿化任务")
    if form == "box_unknown":  # the same box under a header no word of which names a column (``box_tables.HEAD_REACH``)
        return crafted("box_cut", n).replace("任务目标", "甲乙丙丁").replace("责任单位", "单位")
    if form == "cells_unknown":  # a table one cell a line, no header, no owner cell (``text_tables._opens_numbered_rows``)
        return "甲\n乙\n丙\n丁\n" + "".join(f"{i}\n第{i}项绿化任务\n甲乙丙\n2026年\n" for i in range(1, n + 1))
    if form == "rosters":  # ``n`` names one a line under a spaced roster label (``outline.ROSTER_LINE``), then one duty
        return ("成立县农机安全生产委员会,成员名单如下:\n主 任:县领导\n成 员:安监\n"
                + "".join(f"{('农机', '交警', '财政', '交通', '教育', '卫生', '司法')[i % 7]}\n" for i in range(n))
                + "一、工作职责\n(一)县农机局负责检查督促各乡镇落实安全生产责任。\n")
    if form == "markup":  # a page saved with its HTML markup, ``n`` paragraphs on one line (``read._markup_out``)
        return "".join(f'<p class="ql-block"><span>{u[i % 7]}</span>负责第{i}项反诈宣传&amp;劝返。</p> ' for i in range(n)) + "\n"
    if form == "heading_items":  # a heading's items 1, 2 … run into its line (``run_together._numbered_after_heading``)
        return ("二、务必加大管控力度。" + "".join(f"{i + 1}.要做好第{i}项工作。各乡镇务必坚持第{i}项管控。" for i in range(n))
                + "\n")
    if form == "titled_points":  # points '<n>要<title>。<unit>要…' in one paragraph (``drafts.POINT_BEFORE``), each
        # request's units before what they take in, a 由 lead before its doers
        return "".join(f"{_cn(i % 99 + 1)}要综合施策第{i}项。请{u[i % 7]}充分领会第{i}项要求,进一步开展排查;"
                       f"由{u[(i + 1) % 7]}牵头,{u[(i + 2) % 7]}负责确定第{i}项计划。" for i in range(n)) + "\n"
    raise ValueError(form)


def _cn(k: int) -> str:
    """An article's number in Chinese numerals (1 -> 一, 25 -> 二十五, 310 -> 三百一十), up to 9999."""
    digits = "零一二三四五六七八九"
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, k = divmod(k, value)
        if d:
            out += ("零" if zero and out else "") + digits[d] + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


def _exposure(n: int) -> str:
    """A 督查 exposure run into one line: ``n`` places, each '<place>: 1.…;2.…;3.…。整改责任单位:<unit> 整改时限:…'."""
    u = UNITS
    return "某县督查通报 现将问题通报如下: " + " ".join(
        f"第{i}片区: 1.农贸市场第{i}处地面积水;2.小区第{i}号楼垃圾满溢;3.沿街商铺乱堆放。"
        f"整改责任单位:{u[i % 7]} 整改时限:2025年6月{i % 28 + 1}日前" for i in range(1, n + 1)) + " (来源:县创卫办)\n"


def _book_page(n: int) -> str:
    """``n`` duty sentences run on, wrapped at 30 characters, a blank line after every third line."""
    u = UNITS
    text = "".join(f"{u[i % 7]}负责做好第{i}项工作的组织实施和督促检查，确保按时完成各项目标任务。" for i in range(n))
    lines = [text[k:k + 30] for k in range(0, len(text), 30)]
    return "一、工作职责\n" + "".join(line + ("\n\n" if k % 3 == 2 else "\n") for k, line in enumerate(lines))


def _breakdown(n: int) -> str:
    """A 分解书 pasted one cell a paragraph: ``n`` sub-targets, four under each goal, every row with
    its 主要责任单位 and 责任单位 paragraphs."""
    u = UNITS
    cells = ["县生态环境保护目标责任分解书", "目标", "主要责任单位", "责任单位"]
    for i in range(n):
        if i % 4 == 0:
            cells += [f"{i // 4 + 1}.第{i // 4 + 1}项目标达到要求", u[i % 7], f"{u[(i + 1) % 7]}、{u[(i + 2) % 7]}"]
        cells += [f"——第{i + 1}项指标保持在{i % 90 + 10}%以上", u[(i + 3) % 7], f"{u[(i + 4) % 7]}、{u[(i + 5) % 7]}"]
    return "\n\n".join(cells) + "\n"


def _breakdown_blank_cells(n: int) -> str:
    """A 分解书 one cell a paragraph whose goals have empty cells (space-only paragraphs) and no units:
    ``n`` sub-targets, four under each goal, each followed by two units a paragraph each."""
    u = UNITS
    cells = ["省目标责任分解书", "领域", "主要目标", "主要责任单位", "责任单位"]
    for i in range(n):
        if i % 4 == 0:
            cells += [f"{i // 4 + 1}.第{i // 4 + 1}项目标达到要求。", " ", " "]
        cells += [f"——第{i + 1}项指标保持在{i % 90 + 10}%以上。", u[(i + 3) % 7], u[(i + 4) % 7]]
    return "\n\n".join(cells) + "\n"


CHILD = """
import json, sys
from ledger.errors import NoTaskTable
from ledger.extraction import extract_tasks
try:
    print(json.dumps(len(extract_tasks(sys.argv[1], None).tasks)))
except NoTaskTable:
    print(0)
"""


def one_run(path: Path, timeout: float) -> tuple[float | None, float, int | None]:
    """(CPU seconds or None when killed, wall seconds, tasks found)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True, text=True,
                              timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start, None
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return cpu, time.perf_counter() - start, json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,400,1600")
    parser.add_argument("--forms", default="run_on,clauses,labels,lines")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    print("| form | size | characters | tasks found | CPU s | wall s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for form in args.forms.split(","):
            for n in map(int, args.sizes.split(",")):
                text = crafted(form, n)
                path = Path(tmp) / f"{form}_{n}.txt"
                path.write_text(text, encoding="utf-8")
                cpu, wall, found = one_run(path, args.timeout)
                shown = f"{cpu:.2f}" if cpu is not None else f"> {args.timeout:.0f} (killed)"
                print(f"| {form} | {n} | {len(text)} | {found if found is not None else '-'} | {shown} | {wall:.2f} |",
                      flush=True)


if __name__ == "__main__":
    main()
