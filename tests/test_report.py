"""`ledger report` / `ledger remind`: the 通报 and the 督办通知 in Word, from a merged sample period.

The expected figures are computed here from the store's raw rows (tasks, progress,
submissions), not by the functions under test.
"""
from __future__ import annotations

import json
import re
from collections import Counter
import shutil
import subprocess
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import fill
import openpyxl
import pytest
from conftest import GOLDEN, ROOT, SAMPLES, check_golden, copy_workspace
from docx import Document
from docx.oxml.ns import qn

from ledger.errors import TemplateProblem, UsageError, WorkspaceError
from ledger.imports import import_files
from ledger.merging import merge
from ledger.periods import parse_period
from ledger.reporting import TEMPLATES, check_template, remind, report
from ledger.reporting.example import example_context
from ledger.reporting.figures import progress_category
from ledger.splitting import split
from ledger.period_status import TaskState, period_status
from ledger.store import Store
from ledger.workspace import RankingRules, init_workspace, open_workspace, parse_config

PERIOD, PREVIOUS = "2023-W10", "2023-W09"
TODAY = date(2023, 3, 10)
ON_TIME, LATE, LAST_WEEK = datetime(2023, 3, 10, 9), datetime(2023, 3, 13, 8), datetime(2023, 3, 3, 9)
MARKET, HEALTH = "平罗县市场监督管理局", "平罗县卫生健康局"
MISSING = {"红崖子乡", "平罗县委巡察办", "人民银行平罗支行"}
LATE_UNITS = {"城关镇", "平罗县公安局"}
LAST_WEEK_UNITS = {MARKET, HEALTH, "城关镇", "宝丰镇", "平罗县农业农村局"}
SPECIAL = 'A & B <c> "d" 10%\n第二行：<w:t>不是标记</w:t>'
PROBLEMS = ("专业执法人员不足", "经费保障不到位", "部门协作机制有待完善")
# 完成时限 rewritten in a copy of the sample list: tasks 1-3 overdue, 4-10 far off, 11-13 due in a week
DEADLINES = {"F4": "2023年3月1日前", "F7": "2023年12月底前", "F14": "2023年3月17日前"}
soffice = shutil.which("soffice") or shutil.which("libreoffice")


def realistic(field: str, unit: str, row_id: str, n: int):
    """What units type: a status, a few recurring problems (most rows: 无), short progress text."""
    if field == "problems":
        return PROBLEMS[n % 3] if n % 7 == 0 else "无"
    if field in ("status", "expected", "phone"):
        return fill_value(field, unit, row_id, n)
    return f"{field}{n}"


fill_value = fill.value_for


def fill_units(ws, period: str, units: set[str], start: int, special: bool = False) -> None:
    with Store.open(ws) as store:
        files = {f["unit"]: f["file"] for f in store.split_files(period)}
    per = parse_period(period)
    folder = ws.period_folder("incoming", per)
    folder.mkdir(parents=True, exist_ok=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(fill, "value_for", realistic)
        for i, unit in enumerate(sorted(units)):
            dst = folder / f"{unit}.xlsx"
            fill.fill_workbook(ws.period_folder("outgoing", per) / files[unit], dst, unit, start + i * 10_007)
            if special and unit == MARKET:
                wb = openpyxl.load_workbook(dst)
                sheet = wb["任务进展"]
                row = next(r for r in range(1, 12) if "存在问题" in [c.value for c in sheet[r]])  # the header row
                header = [c.value for c in sheet[row]]
                sheet.cell(row + 1, header.index("存在问题") + 1).value = SPECIAL
                wb.save(dst)


@pytest.fixture(scope="module")
def built(tmp_path_factory, backend) -> Path:
    """平罗 samples (three deadline blocks made concrete), W09 partly reported, W10 merged:
    most units on time, two late, three missing (on each database: ``backend``)."""
    base = tmp_path_factory.mktemp("report")
    tasklist = base / "平罗县任务清单.xlsx"
    wb = openpyxl.load_workbook(SAMPLES / "平罗县任务清单.xlsx")
    for cell, text in DEADLINES.items():
        wb.active[cell] = text
    wb.save(tasklist)
    ws, _ = init_workspace(base / "工作区", "平罗县食品安全委员会办公室", "平罗县深化改革加强食品安全工作实施方案")
    import_files(ws, tasklist, breakdown=SAMPLES / "平罗县任务分解表.xlsx", units=SAMPLES / "平罗县单位名录.xlsx")
    split(ws, PREVIOUS, workers=1)
    fill_units(ws, PREVIOUS, LAST_WEEK_UNITS, 7)
    merge(ws, period=PREVIOUS, received_at=LAST_WEEK, export=False)
    split(ws, PERIOD, workers=1)
    with Store.open(ws) as store:
        units = {f["unit"] for f in store.split_files(PERIOD)}
    fill_units(ws, PERIOD, units - MISSING - LATE_UNITS, 0, special=True)
    merge(ws, period=PERIOD, received_at=ON_TIME, export=False)
    fill_units(ws, PERIOD, LATE_UNITS, 900_000)
    merge(ws, period=PERIOD, received_at=LATE, export=False)
    return ws.root


@pytest.fixture
def ws(built, tmp_path):
    return open_workspace(copy_workspace(built, tmp_path / "工作区"))


@pytest.fixture(scope="module")
def rendered(built, tmp_path_factory):
    """The 通报 of W10, rendered once (with a PDF when LibreOffice is installed)."""
    root = copy_workspace(built, tmp_path_factory.mktemp("rendered") / "工作区")
    return report(open_workspace(root), PERIOD, pdf=soffice is not None, today=TODAY)


# --- expected figures, from the store's raw rows -------------------------------------------------

def expected_figures(root: Path, period: str) -> dict:
    ws = open_workspace(root)
    due = date(2023, 3, 10) if period == PERIOD else date(2023, 3, 3)
    with Store.open(ws) as store:
        tasks = store.tasks()
        rows = {(u, t): v for u, t, m, v in store.progress_rows(period) if not m}
    problem = {t for (_u, t), v in rows.items() if (v.get("problems") or "无") != "无"}  # the fill writes 无 for none
    out = {"tasks": len(tasks), "done": 0, "overdue": [], "ahead": 0, "on_track": 0, "behind": 0}
    for t in tasks:
        owners = list(dict.fromkeys(t.data["lead"] + t.data["responsible"] + t.data["cooperating"]))
        status = rows.get(((t.data["lead"] or owners or [""])[0], t.id), {}).get("status", "")
        dl = t.data["deadline"]
        left = None if dl["ongoing"] or not dl["due"] else (date.fromisoformat(dl["due"]) - due).days
        if status == "已完成":
            out["done"] += 1
            continue
        if left is not None and left < 0:
            out["overdue"].append(t.number)
        if status == "滞后" or (left is not None and left < 0) or (status in ("", "未启动") and (left or 0) <= 7):
            out["behind"] += 1
        elif status not in ("", "未启动") and left is not None and left > 7 and t.id not in problem:
            out["ahead"] += 1
        else:
            out["on_track"] += 1
    return out


def test_context_figures_match_the_store(rendered, built):
    ctx = rendered.context
    exp = expected_figures(built, PERIOD)
    fig = ctx["figures"]
    assert fig["tasks"] == exp["tasks"] == 118
    assert fig["done"] == exp["done"] and fig["rate"] == round(100 * exp["done"] / 118, 1)
    assert [t["number"] for t in ctx["overdue_tasks"]] == exp["overdue"]
    assert set(exp["overdue"]) <= {"1", "2", "3"} and exp["overdue"]
    cats = {c["key"]: c["count"] for c in ctx["categories"]}
    assert cats == {"done": exp["done"], "ahead": exp["ahead"], "on_track": exp["on_track"], "behind": exp["behind"]}
    assert cats["ahead"] > 0 and cats["behind"] > 0 and sum(cats.values()) == 118
    before = expected_figures(built, PREVIOUS)
    assert ctx["change"]["available"] and ctx["change"]["done"] == exp["done"] - before["done"]
    # the change is the difference of the two rates as printed (20.3% against 10.2%: 10.1 points)
    assert ctx["change"]["rate"] == round(round(100 * exp["done"] / 118, 1) - round(100 * before["done"] / 118, 1), 1)
    assert ctx["issue"] == 1 and ctx["issue_text"] == "第1期" and ctx["date"] == "2023年3月10日"


def test_reporting_names_units_on_time_late_and_missing(rendered):
    rep = rendered.context["reporting"]
    assert set(rep["missing"]) == MISSING and set(rep["late"]) == LATE_UNITS
    assert rep["expected_count"] == 46 and rep["on_time_count"] == 46 - 3 - 2


def test_rankings_within_peer_groups(rendered):
    ctx = rendered.context
    groups = {g["group"]: g for g in ctx["rankings"]}
    assert list(groups) == ["乡镇", "县直部门"]
    towns = {u["unit"] for u in groups["乡镇"]["units"]}
    assert len(towns) == 13 and "城关镇" in towns
    depts = {u["unit"] for u in groups["县直部门"]["units"]}
    assert "平罗县委组织部" in depts and MARKET in depts  # "县直部门、成员单位": ranks in its first group
    assert "平罗县纪委监委" not in depts | towns  # 成员单位 only: no peer group to rank in
    for g in groups.values():
        scores = [u["score"] for u in g["units"]]
        assert scores == sorted(scores, reverse=True) and g["units"][0]["rank"] == 1
        for u in g["units"]:
            reported = {"按时报送": 1, "逾期报送": 0.5, "未报送": 0}[u["reporting"]]
            exp = 100 * (0.6 * u["done"] / u["tasks"] + 0.2 * (1 - u["overdue"] / u["tasks"]) + 0.2 * reported)
            assert u["score"] == round(exp, 1)
    missing_town = next(u for u in groups["乡镇"]["units"] if u["unit"] == "红崖子乡")
    assert missing_town["reporting"] == "未报送" and missing_town["done"] == 0


def test_problems_gathered_per_unit(rendered):
    problems = {p["unit"]: p for p in rendered.context["problems"]}
    assert SPECIAL in problems[MARKET]["text"]
    assert all(p["text"] and "无。" != p["text"] for p in problems.values())
    assert not MISSING & set(problems)
    texts = {i["text"] for p in problems.values() for i in p["items"]}
    assert set(PROBLEMS) <= texts and "无" not in texts


@pytest.mark.parametrize("text", ["无", "暂无。", "没有", "/", "／", "—", "——", "-", " 无 \n", "暂无问题；", "N/A", "", None])
def test_a_problem_that_says_nothing_is_no_problem_anywhere(text):
    """One function (period_status.says_nothing) decides it: not in the 存在问题 column, not a 黄灯, not in
    上期进展 or 各单位进展, not in the 通报."""
    from ledger.period_status import says_nothing, task_state
    from ledger.reporting.problems import reported_problems
    from ledger.splitting import describe_progress
    from ledger.store import StoredTask
    from ledger.workspace import Config

    assert says_nothing(text)
    data = {"number": "1", "text": "落实党政机关过紧日子的要求", "lead": ["县财政局"], "responsible": [], "cooperating": [],
            "deadline": {"text": "2023年12月底前", "due": "2023-12-31", "ongoing": False}}
    task = StoredTask("T1", "1", data["text"], data)
    st = task_state(task, {"县财政局": {"status": "推进中", "problems": text}}, False, date(2023, 3, 10), Config())
    assert st.problems == "" and st.light == "green"
    assert describe_progress({"status": "已完成", "progress": "压减5%", "problems": text}, False) == "【已完成】压减5%"
    assert reported_problems([("县财政局", "T1", "", {"problems": text})], [task], []) == []


@pytest.mark.parametrize("text", ["无证经营问题突出", "没有专职人员", "暂无专项经费", "无法按期完成"])
def test_a_problem_that_starts_like_none_is_a_problem(text):
    from ledger.period_status import real_problem, says_nothing

    assert not says_nothing(text) and real_problem(text) == text


def test_says_nothing_finds_a_text_that_says_something_as_the_words_compared_would():
    """says_nothing's short ways (a word as kept; a Han character none of the words has) decide
    as NFKC, lower() and the punctuation taken away would, on texts made of the words' own
    characters and of ones that normalising changes (full-width, compatibility ideographs, Hangul)."""
    import random
    import unicodedata

    from ledger.period_status import _NOT_WORDS, NO_PROBLEM_WORDS, says_nothing

    own = sorted({c for w in NO_PROBLEM_WORDS for c in w})
    odd = list("资金不足问题題題乐樂ＮＯＮＥｎｏｎｅ㈠①ⅰİẞ\uf900\uf9f1\u2f00\u1100\u1161\u11a8 \u3000、。；/—_\n-")
    pieces = own + odd + sorted(NO_PROBLEM_WORDS)
    rng = random.Random(17)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(20000)]
    texts += [w.upper() for w in NO_PROBLEM_WORDS] + [f"（{w}）" for w in NO_PROBLEM_WORDS]
    said = [t for t in texts if _NOT_WORDS.sub("", unicodedata.normalize("NFKC", t).lower()) in NO_PROBLEM_WORDS]
    assert len(said) > 500 and {t for t in texts if says_nothing(t)} == set(said)


def test_context_golden(rendered, update_golden):
    ctx = rendered.context
    got = {"figures": ctx["figures"], "change": ctx["change"], "categories": ctx["categories"],
           "reporting": {k: ctx["reporting"][k] for k in ("on_time_count", "late_count", "missing_count", "late",
                                                           "missing")},
           "overdue_tasks": [(t["number"], t["lead"], t["days_overdue"]) for t in ctx["overdue_tasks"]],
           "rankings": {g["group"]: [(u["rank"], u["unit"], u["score"]) for u in g["units"]] for g in ctx["rankings"]},
           "problems": [(p["unit"], p["tasks"]) for p in ctx["problems"]]}
    got = json.loads(json.dumps(got, ensure_ascii=False))
    check_golden(GOLDEN / "report-context.json", got, update_golden)


# --- the Word document and its PDF ---------------------------------------------------------------

def east_asia_font(doc, paragraph, run) -> str | None:
    """The East-Asian font Word uses for a run: run, character style, paragraph style chain, defaults."""
    def of(rpr):
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsiaTheme")) is None:
            return fonts.get(qn("w:eastAsia"))
        return None
    found = of(run._r.rPr)
    style = run.style if run._r.rPr is not None and run._r.rPr.find(qn("w:rStyle")) is not None else None
    chain = ([style] if style is not None else []) + [paragraph.style]
    while found is None and chain:
        s = chain.pop(0)
        found = of(s.element.rPr)
        if found is None and s.base_style is not None:
            chain.append(s.base_style)
    if found is None:
        found = of(doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")))
    return found


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_docx_layout_fonts_tables_chart(rendered):
    doc = Document(str(rendered.output))
    sec = doc.sections[0]
    assert [round(x.mm) for x in (sec.page_width, sec.page_height, sec.top_margin, sec.bottom_margin,
                                  sec.left_margin, sec.right_margin)] == [210, 297, 37, 35, 28, 26]
    fonts = {name: doc.styles[name].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
             for name in ("Normal", "Title", "Heading 1", "Heading 2", "Footer")}
    assert fonts == {"Normal": "仿宋_GB2312", "Title": "方正小标宋简体", "Heading 1": "黑体",
                     "Heading 2": "楷体_GB2312", "Footer": "宋体"}
    assert doc.styles["Title"].element.rPr.find(qn("w:sz")).get(qn("w:val")) == "44"  # 2号 = 22 pt
    assert doc.styles["Normal"].element.rPr.find(qn("w:sz")).get(qn("w:val")) == "32"  # 3号 = 16 pt
    styles_xml = doc.styles.element.xml
    assert "eastAsiaTheme" not in styles_xml and "asciiTheme" not in styles_xml  # nothing overrides the names
    body = [p for p in doc.paragraphs if p.style.name == "Normal" and p.text.strip()]
    assert len(body) > 10
    for p in body:
        for run in p.runs:
            if run.text.strip():
                assert east_asia_font(doc, p, run) in ("仿宋_GB2312", "楷体_GB2312"), (p.text[:20], run.text)
    headings = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings] == ["一、总体情况", "二、报送情况", "三、逾期任务", "四、单位排名", "五、存在问题",
                                          "六、下步工作要求"]
    assert all(east_asia_font(doc, p, p.runs[0]) == "黑体" for p in headings)
    for table in doc.tables[:-1]:  # the last one is the 版记
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    grid = sec._sectPr.find(qn("w:docGrid"))  # 22 lines of 28 characters (GB/T 9704)
    pitch = 16 + int(grid.get(qn("w:charSpace"))) / 4096
    assert grid.get(qn("w:type")) == "linesAndChars" and int(156 / 25.4 * 72 / pitch) == 28
    assert round(int(grid.get(qn("w:linePitch"))) / 20 * 22 / 72 * 25.4) == 225
    assert "{{" not in doc.element.xml and "{%" not in doc.element.xml
    footer = sec.footer._element.xml
    assert "PAGE" in footer and "— " in footer and "宋体" not in footer  # the font comes from the Footer style
    assert len(doc.inline_shapes) == 1 and rendered.chart.is_file()
    with zipfile.ZipFile(rendered.output) as zf:
        media = [n for n in zf.namelist() if n.startswith("word/media/")]
        import io

        from PIL import Image
        image = Image.open(io.BytesIO(zf.read(media[0])))
    assert round(image.info["dpi"][0]) == 300 and image.width >= 1700


def test_unit_text_renders_intact(rendered):
    doc = Document(str(rendered.output))
    problems = next(t for t in doc.tables if t.rows[0].cells[-1].text == "存在问题")  # 附件3, each unit's full text
    row = next(r for r in problems.rows if r.cells[1].text == MARKET)
    para = row.cells[-1].paragraphs[0]
    assert SPECIAL in para.text  # & < > " and the line break (a w:br) as the unit typed them
    assert para._p.xpath(".//w:br") and "&amp; B &lt;c&gt;" in para._p.xml


def body_text(path: Path) -> str:
    """The 通报's body as a reader meets it: the paragraphs before the 附件说明 (tables left out)."""
    texts = [p.text for p in Document(str(path)).paragraphs]
    return "\n".join(texts[: next(i for i, t in enumerate(texts) if t.startswith("附件："))])


FIGURE = re.compile(r"(已完成|待销号|超进度|达进度|欠进度（滞后）|逾期|超过完成时限仍未完成的|推进中|未启动|滞后)(?:任务)?(\d+)项")


def test_no_figure_appears_with_two_values(rendered):
    """One definition of each count: every "<名称>N项" in the body gives the same N for the same name."""
    text = body_text(rendered.output)
    seen: dict[str, set[int]] = {}
    for name, number in FIGURE.findall(text) + [(n, c) for c, n in re.findall(r"(\d+)项(任务已超过完成时限)", text)]:
        seen.setdefault("超过完成时限仍未完成的" if "超过" in name else name, set()).add(int(number))
    assert seen and all(len(values) == 1 for values in seen.values()), seen
    fig = rendered.context["figures"]
    assert seen["已完成"] == {fig["done"]} and seen["欠进度（滞后）"] == {fig["behind"]}
    assert seen["超过完成时限仍未完成的"] == {fig["overdue"]} and "滞后" not in seen  # no second 滞后 count
    assert fig["done"] + fig["ahead"] + fig["on_track"] + fig["behind"] == fig["tasks"] and fig["overdue"] <= fig["behind"]
    payload = rendered.to_dict()["figures"]
    assert all(payload[key] == payload["categories"][key] for key in ("done", "ahead", "on_track", "behind"))


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_pdf_holds_the_figures_units_and_overdue_tasks(rendered, built):
    assert rendered.pdf and rendered.pdf.is_file() and rendered.ok
    text = pdf_text(rendered.pdf)
    flat = squeeze(text)
    exp = expected_figures(built, PERIOD)
    assert f"纳入台账的任务共{exp['tasks']}项" in flat and f"已完成{exp['done']}项" in flat
    assert f"按时报送{46 - 5}个，逾期报送2个，未报送3个" in flat
    assert f"{len(exp['overdue'])}项任务已超过完成时限仍未完成" in flat
    assert "第1期" in flat and "2023年3月10日" in flat and "—1—" in flat
    for unit in MISSING | LATE_UNITS:
        assert unit in flat
    ws = open_workspace(built)
    with Store.open(ws) as store:
        tasks = {t.number: t for t in store.tasks()}
    for number in exp["overdue"]:  # in the body's table, in brief (≤ 26 characters), and in 附件1
        title = next(t["title"] for t in rendered.context["overdue_tasks"] if t["number"] == number)
        assert len(title) <= 26 and squeeze(title[:8]) in flat and squeeze(tasks[number].data["lead"][0]) in flat
    assert squeeze('A & B <c> "d" 10%') in flat and "第二行：<w:t>不是标记</w:t>" in flat
    lines = text[text.index("各单位反映的存在问题"):].splitlines()  # 附件3: each unit's text as typed
    i = next(k for k, line in enumerate(lines) if "10%" in line)
    assert "第二行" not in lines[i]  # the line break is a line break


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, timeout=60, check=True).stdout.decode()


def colophon_foot(pdf: Path) -> float:
    """Points between the foot of the 印发 line and the foot of the type area (A4, bottom margin 35 mm)."""
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, timeout=60, check=True)
    last_page = boxes.stdout.decode().split("<page ")[-1]
    feet = [float(y) for y in re.findall(r'yMax="([\d.]+)">[^<]*印发', last_page)]
    return (841.89 - 35 * 72 / 25.4) - max(feet)


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_pdf_body_attachments_and_colophon_on_their_pages(rendered):
    """The body in at most 5 pages, 28 characters a line; each 附件 from the top of a page of its own
    ("附件N", then its title); the 版记 last; no ISO week anywhere."""
    text = pdf_text(rendered.pdf)
    pages = [squeeze(page) for page in text.split("\f") if page.strip()]
    starts = {n: next(i for i, page in enumerate(pages) if page.startswith(f"附件{n}")) for n in (1, 2, 3)}
    assert starts[1] <= 5 and starts[1] < starts[2] < starts[3], starts  # pages 1…starts[1] are the body
    assert pages[starts[1]].startswith("附件1各项任务落实情况表编号")
    assert pages[starts[2]].startswith("附件2各单位任务完成情况排名")
    assert pages[starts[3]].startswith("附件3各单位反映的存在问题")
    last_body = pages[starts[1] - 1]
    assert "附件：1.各项任务落实情况表2.各单位任务完成情况排名3.各单位反映的存在问题" in last_body
    assert "平罗县食品安全委员会办公室2023年3月10日" in last_body  # signature and 成文日期 after the 附件说明
    assert [i for i, page in enumerate(pages) if "印发" in page] == [len(pages) - 1]  # the 版记, on the last page
    assert "平罗县食品安全委员会办公室" in pages[-1] and "2023年3月10日印发" in pages[-1]
    assert colophon_foot(rendered.pdf) == pytest.approx(0, abs=12)  # at the foot of the type area (GB/T 9704 7.5)
    assert "抄送" not in text  # ledger.toml names no 抄送: no 抄送 line
    assert not re.search(r"\bW\d\d|\d{4}-W\d", text)
    body_lines = [line.strip() for page in text.split("\f")[: starts[1]] for line in page.splitlines()]
    widths = Counter(len(line) for line in body_lines if len(line) > 20 and not re.search(r"[\x00-\x7f]", line))
    assert widths.most_common(1)[0][0] == 28  # a full line of 3号 text holds 28 characters (the 注 in 4号: more)


def test_writing_again_without_pdf_removes_the_stale_pdf(ws, tmp_path, monkeypatch):
    """海盐 probe: report --pdf, then report: the old .pdf stayed beside the new .docx, showing the old text."""
    from ledger.reporting import pdf

    def fake_pdf(docx, target=None, timeout=0):
        target = Path(target or Path(docx).with_suffix(".pdf"))
        target.write_bytes(b"%PDF-1.4 old")
        return target

    monkeypatch.setattr("ledger.reporting.circulars.to_pdf", fake_pdf)
    tpl = tiny_template(tmp_path / "小.docx")
    first = report(ws, PERIOD, template=tpl, pdf=True, today=TODAY)
    assert first.pdf and first.pdf.is_file()
    again = report(ws, PERIOD, template=tpl, today=TODAY)
    assert again.output == first.output and again.pdf is None and not first.pdf.exists() and again.findings == []
    letters = remind(ws, PERIOD, today=TODAY, pdf=True)
    assert letters.pdfs and all(p.is_file() for p in letters.pdfs) and letters.findings == []
    assert [u["pdf"] for u in letters.units] == [str(p) for p in letters.pdfs]
    remind(ws, PERIOD, today=TODAY)
    assert not any(p.exists() for p in letters.pdfs)
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    monkeypatch.setattr("ledger.reporting.circulars.to_pdf", pdf.to_pdf)
    none = remind(ws, PERIOD, today=TODAY, pdf=True)  # no LibreOffice: said once, the letters are written
    assert none.pdfs == [] and [f.code for f in none.findings] == ["pdf-without-libreoffice"] and none.exit_code == 0


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
def test_remind_pdf_through_the_libreoffice_copy(ws, run_cli):
    """remind --pdf converts each letter as report --pdf does (the copy with a line grid): 28 characters a line."""
    got = run_cli("remind", "-w", ws.root, "--period", PERIOD, "--pdf", "--json")
    assert got.code == 0 and got.json["pdfs"] and len(got.json["pdfs"]) == len(got.json["files"])
    text = pdf_text(Path(got.json["pdfs"][0]))
    lines = [line.strip() for line in text.splitlines()]
    widths = Counter(len(line) for line in lines if len(line) > 20 and not re.search(r"[\x00-\x7f]", line))
    assert max(widths) == 28, widths  # a full line of 3号 text; LibreOffice on the .docx itself sets 1 or 2
    assert "督办通知" in squeeze(text)


def test_report_json_is_the_library_result(ws, tmp_path, run_cli):
    tpl = tiny_template(tmp_path / "小.docx")
    got = run_cli("report", "-w", ws.root, "--period", PERIOD, "-t", tpl, "--json")
    lib = report(ws, PERIOD, template=tpl)
    assert got.json == json.loads(json.dumps(lib.to_dict(), ensure_ascii=False))  # --json prints exactly to_dict()
    assert got.code == got.json["exit_code"] == lib.exit_code == 0


def test_each_report_of_the_period_is_read_once(ws, tmp_path, monkeypatch):
    """The 通报 takes the period's status and its rows (各单位进展, 存在问题) from one
    reading of the period's reports, not one each."""
    read: Counter = Counter()
    reports = Store.progress_reports

    def counted(store, period, tasks_only=False):
        for r in reports(store, period, tasks_only):
            read[r[0]] += 1
            yield r
    monkeypatch.setattr(Store, "progress_reports", counted)
    report(ws, PERIOD, template=tiny_template(tmp_path / "小.docx"))
    with Store.open(ws) as store:
        keys = store.progress_keys(PERIOD)
    assert keys and {read[k[0]] for k in keys} == {1}


def test_remind_json_is_the_library_result(ws, run_cli):
    got = run_cli("remind", "-w", ws.root, "--period", PERIOD, "--json")
    lib = remind(ws, PERIOD)
    assert got.json == json.loads(json.dumps(lib.to_dict(), ensure_ascii=False))  # --json prints exactly to_dict()
    assert got.code == got.json["exit_code"] == lib.exit_code == 0


def test_to_dict_shape(rendered):
    data = json.loads(json.dumps(rendered.to_dict(), ensure_ascii=False))
    assert set(data) >= {"ok", "period", "output", "pdf", "figures"}
    assert data["period"] == PERIOD and data["output"].endswith("进展情况通报（第1期）.docx")
    assert data["figures"]["tasks"] == 118 and data["figures"]["missing"] == 3 and data["figures"]["late"] == 2
    assert set(data["figures"]["categories"]) == {"done", "ahead", "on_track", "behind"}


# --- templates: the check, and rendering errors --------------------------------------------------

def test_default_templates_are_clean():
    assert check_template(TEMPLATES / "通报.docx").findings == []
    assert check_template(TEMPLATES / "督办通知.docx", kind="remind").findings == []


def add_runs(doc, pieces: list[str]) -> int:
    """A paragraph at the end of the body built from raw run XML pieces; returns its number (1-based)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    p = doc.add_paragraph()
    for piece in pieces:
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}>{piece}</w:r>' if not piece.startswith("<w:proofErr")
                              else piece.replace("<w:proofErr", f'<w:proofErr {nsdecls("w")}')))
    return len(list(doc.element.body.iter(qn("w:p"))))


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{text}</w:t>'


BROKEN = {
    "unknown-variable": ([t("报送截止：{{ period.due_text }}，发文单位：{{ organ_name }}")], "organ_name", "error"),
    "unknown-field": ([t("截至{{ period.due_dat }}")], "period.due_dat", "error"),
    "template-syntax": ([t("共有任务{{ figures.tasks + }}项")], "{{ figures.tasks + }}", "error"),
    "template-block": ([t("{% if reporting.late %}逾期报送：{{ reporting.late_text }}")], "{% if reporting.late %}",
                       "error"),
    "tag-curly-quotes": ([t("{{ reporting.late|join(“、”) }}")], "{{ reporting.late|join(“、”) }}", "warning"),
    "tag-split": ([t("{{ org"), "<w:br/>", t("an }}")], "{{ organ }}", "error"),
    "tag-unclosed": ([t("发文机关：{{ organ")], "{{ organ", "error"),
    "tag-fullwidth": ([t("发文机关：｛｛ organ ｝｝")], "｛｛ organ ｝｝", "warning"),
}


@pytest.mark.parametrize("code", list(BROKEN))
def test_broken_template_is_caught_with_its_place(tmp_path, code):
    pieces, value, severity = BROKEN[code]
    doc = Document(str(TEMPLATES / "通报.docx"))
    number = add_runs(doc, pieces)
    path = tmp_path / f"坏模板-{code}.docx"
    doc.save(str(path))
    got = [f for f in check_template(path).findings if f.code == code]
    assert got, [f.to_dict() for f in check_template(path).findings]
    f = got[0]
    assert f.severity == severity and f.sheet == "正文" and f.cell == f"第{number}段" and f.file == path.name
    assert value in f.value or value in f.message
    assert "所在段落" in f.message and f.suggestion
    json.dumps(f.to_dict(), ensure_ascii=False)


def test_tag_split_across_paragraphs_and_a_cleanly_split_tag(tmp_path):
    doc = Document(str(TEMPLATES / "通报.docx"))
    first = add_runs(doc, [t("抄送：{{ or")])
    add_runs(doc, [t("gan }}")])
    clean = add_runs(doc, ["<w:tab/>" + t("印发：{{ or"), '<w:proofErr w:type="spellStart"/>',
                           "<w:rPr><w:b/></w:rPr>" + t("gan }}") + "<w:br/>"])
    path = tmp_path / "拆开的标记.docx"
    doc.save(str(path))
    found = check_template(path).findings
    assert [(f.code, f.cell) for f in found] == [("tag-unclosed", f"第{first}段")]
    doc.paragraphs[-2]._p.getparent().remove(doc.paragraphs[-2]._p)
    doc.paragraphs[-2]._p.getparent().remove(doc.paragraphs[-2]._p)
    doc.save(str(path))
    assert check_template(path).findings == []  # Word's harmless split (spell-check mark, formatting) is patched by docxtpl
    from ledger.reporting.render import render_docx
    out = tmp_path / "out.docx"
    render_docx(path, example_context(), out)
    assert Document(str(out)).paragraphs[-1].text == "\t印发：平罗县食品安全委员会办公室\n"
    assert clean > first


def test_rendering_an_unknown_variable_is_an_error_naming_it_and_its_place(ws, tmp_path):
    doc = Document(str(TEMPLATES / "通报.docx"))
    number = add_runs(doc, [t("截至{{ period.due_text }}，发文单位：{{ organ_name }}")])
    path = tmp_path / "坏模板.docx"
    doc.save(str(path))
    with pytest.raises(TemplateProblem) as info:
        report(ws, PERIOD, template=path, today=TODAY)
    assert info.value.exit_code == 3
    assert "organ_name" in info.value.message and f"第{number}段" in info.value.message
    assert not list(ws.folder("circulars").glob("*.docx"))  # nothing half-written


def test_render_blocks_split_tags_before_writing(ws, tmp_path):
    doc = Document(str(TEMPLATES / "通报.docx"))
    number = add_runs(doc, [t("{{ org"), "<w:tab/>", t("an }}")])
    path = tmp_path / "拆开.docx"
    doc.save(str(path))
    with pytest.raises(TemplateProblem) as info:
        report(ws, PERIOD, template=path, today=TODAY)
    assert f"第{number}段" in info.value.message and "制表符" in info.value.message


def test_missing_template_is_a_file_problem(ws, tmp_path):
    from ledger.errors import FileProblem
    with pytest.raises(FileProblem) as info:
        report(ws, PERIOD, template=tmp_path / "没有.docx")
    assert info.value.exit_code == 3 and "找不到模板" in info.value.message
    bad = tmp_path / "假的.docx"
    bad.write_text("not a docx")
    assert pytest.raises(FileProblem, check_template, bad).value.exit_code == 3


# --- 督办通知 ------------------------------------------------------------------------------------

def test_remind_writes_one_letter_per_unit_that_needs_one(ws, built):
    exp = expected_figures(built, PERIOD)
    with Store.open(ws) as store:
        tasks = {t.number: t for t in store.tasks()}
    owners_of_overdue = {u for n in exp["overdue"] for role in ("lead", "responsible", "cooperating")
                         for u in tasks[n].data[role]}
    result = remind(ws, PERIOD, today=TODAY)
    assert {u["unit"] for u in result.units} == MISSING | owners_of_overdue
    assert len(result.files) == len(MISSING | owners_of_overdue) and all(f.is_file() for f in result.files)
    assert result.folder == ws.folder("circulars") / "督办通知-2023年第10周"  # the period as people write it
    letter = next(f for f in result.files if f.name == f"督办通知-{HEALTH}.docx")
    doc = Document(str(letter))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert text.startswith("督办通知") and f"{HEALTH}：" in text and "有" in text and "项任务已超过完成时限" in text
    assert "截至2023年3月10日（星期五）" in text and "于2023年3月14日前" in text  # dates from the period
    assert "（联系人：\u3000\u3000\u3000\u3000\u3000；联系电话：\u3000\u3000\u3000\u3000\u3000）" in text  # none set
    cells = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert cells[0] == ["编号", "任务", "完成时限", "逾期天数"]
    assert {row[0] for row in cells[1:]} == {n for n in exp["overdue"] if HEALTH in owners(tasks[n])}
    assert all(len(row[1]) <= 24 and row[2].startswith("2023年") and int(row[3]) > 0 for row in cells[1:])
    missing = next(f for f in result.files if f.name == "督办通知-红崖子乡.docx")
    rows = [[c.text for c in row.cells] for row in Document(str(missing)).tables[0].rows]
    with Store.open(ws) as store:
        assigned = sum("红崖子乡" in owners(t) for t in store.tasks())
    assert len(rows) - 1 == assigned and rows[-1][3] == "—"  # every task it did not report on; none overdue
    assert json.loads(json.dumps(result.to_dict(), ensure_ascii=False))["period"] == PERIOD


def test_a_letter_lists_no_task_the_office_closed(ws):
    """A unit that did not report is chased for its open tasks, not for one the office closed (the probe's letters had
    listed tasks already 已销号)."""
    from ledger.closing import close
    with Store.open(ws) as store:
        theirs = [t.number for t in store.tasks() if "红崖子乡" in owners(t)]
    close(ws, [theirs[0]])
    result = remind(ws, PERIOD, today=TODAY)
    letter = next(f for f in result.files if f.name == "督办通知-红崖子乡.docx")
    listed = [row.cells[0].text for row in Document(str(letter)).tables[0].rows[1:]]
    assert theirs[0] not in listed and len(listed) == len(theirs) - 1


def owners(task) -> set[str]:
    return {u for role in ("lead", "responsible", "cooperating") for u in task.data[role]}


LONG_TEXT = ("加强农村集体聚餐食品安全风险防控，建立健全乡镇、村两级聚餐申报备案和指导服务制度，"
             "对厨师、帮厨人员开展食品安全知识培训，落实聚餐场所、设施设备和加工制作过程的安全管理要求。")


def letter_status(overdue: int, reported: bool = True) -> tuple:
    """A unit with ``overdue`` tasks past their deadline (long texts), as period_status gives it."""
    from ledger.periods import week_period
    from ledger.period_status import RED, PeriodStatus, UnitState
    from ledger.store import StoredTask

    states = []
    for n in range(1, overdue + 1):
        data = {"id": f"T{n}", "number": str(n), "text": f"{n}.{LONG_TEXT}", "lead": ["城关镇"], "responsible": [],
                "cooperating": [], "deadline": {"text": "2023年2月底前", "due": "2023-02-28", "ongoing": False}}
        states.append(TaskState(StoredTask(f"T{n}", str(n), data["text"], data), "推进中", -10 - n, RED, ""))
    unit = UnitState("城关镇", "乡镇", "", "", overdue, 0, overdue, "按时报送" if reported else "未报送")
    return PeriodStatus(week_period(2023, 10), states, [unit]), unit


@pytest.mark.skipif(soffice is None, reason="LibreOffice is installed by scripts/install-system.sh")
@pytest.mark.parametrize("overdue, pages", [(3, 1), (30, 2)])
def test_a_letter_fits_on_one_or_two_pages(tmp_path, overdue, pages):
    """The 督办通知 lists each task in brief on one line: 3 overdue tasks on one page, 30 on two."""
    from ledger.reporting.context import remind_context
    from ledger.reporting.pdf import to_pdf
    from ledger.reporting.render import render_docx
    from ledger.workspace import Config, Workspace

    ps, unit = letter_status(overdue)
    ws = Workspace(tmp_path, Config(organ="平罗县食品安全委员会办公室", plan_title="平罗县深化改革加强食品安全工作实施方案",
                                    contact="张明", phone="0952-6012345"))
    ctx = remind_context(ws, ps, unit, date(2023, 3, 10), "平食安办督〔2023〕7号")
    out = tmp_path / "督办通知-城关镇.docx"
    render_docx(TEMPLATES / "督办通知.docx", ctx, out)
    text = pdf_text(to_pdf(out))
    assert text.count("\f") == pages, text.count("\f")
    flat = squeeze(text)
    assert "平食安办督〔2023〕7号" in flat and "（联系人：张明；联系电话：0952-6012345）" in flat
    assert f"有{overdue}项任务已超过完成时限仍未完成" in flat and "2023年2月28日" in flat
    assert all(len(t["title"]) <= 23 for t in ctx["tasks"])
    assert [t["days_overdue"] for t in ctx["tasks"]][:2] == [10 + overdue, 9 + overdue]  # the most overdue first


def set_office(ws, **values: str):
    """ledger.toml's [office] keys set to ``values``; the workspace opened again."""
    toml = ws.root / "ledger.toml"
    text = toml.read_text(encoding="utf-8")
    for key, value in values.items():
        text, n = re.subn(rf'(?m)^{key} = "[^"]*"', f'{key} = "{value}"', text)
        assert n == 1, key
    toml.write_text(text, encoding="utf-8")
    return open_workspace(ws.root)


def test_office_settings_fill_the_colophon_contact_and_letter_numbers(ws):
    assert parse_config("").cc == parse_config("").contact == parse_config("").remind_code == ""
    ws = set_office(ws, cc="县委办公室，县政府办公室", printer="平罗县人民政府办公室", contact="张明",
                    phone="0952-6012345", remind_code="平食安办督")
    doc = Document(str(report(ws, PERIOD, today=TODAY).output))
    text = "\n".join(p.text for p in doc.paragraphs)
    colophon = [c.text for row in doc.tables[-1].rows for c in row.cells]
    assert colophon == ["抄送：县委办公室，县政府办公室。", "平罗县人民政府办公室\t2023年3月10日印发"]
    assert "（联系人：张明；联系电话：0952-6012345）" in text
    first = remind(ws, PERIOD, today=TODAY)
    numbers = [Document(str(f)).paragraphs[1].text for f in first.files]
    assert numbers == [f"平食安办督〔2023〕{n}号" for n in range(1, len(first.files) + 1)]
    again = remind(ws, PERIOD, today=TODAY)  # written again: the same numbers
    assert [Document(str(f)).paragraphs[1].text for f in again.files] == numbers
    ws = set_office(ws, cc="", printer="", remind_code="")
    doc = Document(str(report(ws, PERIOD, today=TODAY).output))
    assert [c.text for row in doc.tables[-1].rows for c in row.cells] == ["平罗县食品安全委员会办公室\t2023年3月10日印发"]
    assert Document(str(remind(ws, PERIOD, today=TODAY).files[0])).paragraphs[1].text == ""  # 文号 left blank


def test_date_is_the_documents_and_every_other_date_the_periods(ws):
    from ledger.periods import week_period
    from ledger.reporting.context import default_date

    w10 = week_period(2023, 10)
    assert default_date(w10, date(2023, 3, 8)) == date(2023, 3, 8)  # the period still running: today
    assert default_date(w10, date(2024, 6, 1)) == w10.due  # printed later: the period's 报送截止日
    dated = report(ws, PERIOD, today=date(2024, 6, 1), dated="2023年3月15日")
    assert dated.to_dict()["date"] == "2023-03-15"
    text = "\n".join(p.text for p in Document(str(dated.output)).paragraphs)
    assert "2023年3月15日" in text and "截至2023年3月10日（星期五）" in text
    assert "要于2023年3月17日前补报" in text  # two working days after the 成文日期, never before it
    later = report(ws, PERIOD, today=date(2024, 6, 1))  # printed a year later: dated as the period
    assert later.context["date"] == "2023年3月10日" and later.context["reply_by"] == "2023年3月14日"
    assert remind(ws, PERIOD, today=date(2024, 6, 1), dated="2023-03-13").to_dict()["date"] == "2023-03-13"
    with pytest.raises(UsageError) as info:
        report(ws, PERIOD, dated="2023-02-30")
    assert info.value.exit_code == 2
    assert info.value.message == "成文日期“2023-02-30”看不懂或不存在。请写成 2023-03-10 或 2023年3月10日。"


def test_a_letter_is_dated_when_it_is_sent(ws):
    """海盐 probe: a letter for a past period was dated the period's due date and asked for a 补报 "于12月1日前"
    on 12-03; one for the current period said "截至12月4日……未报送" on 12-03. A letter goes out now."""
    later = remind(ws, PERIOD, today=date(2023, 3, 20))  # a Monday, ten days after the 报送截止日
    assert later.to_dict()["date"] == "2023-03-20"
    text = "\n".join(p.text for p in Document(str(later.files[0])).paragraphs)
    assert "截至2023年3月10日（星期五）" in text and "于2023年3月22日前" in text and "2023年3月20日" in text
    with pytest.raises(UsageError) as info:
        remind(ws, PERIOD, today=date(2023, 3, 8))  # before the 报送截止日: nobody is late yet
    assert info.value.exit_code == 2
    assert info.value.message == ("2023年第10周的报送截止日是2023年3月10日（星期五），今天（2023年3月8日）还没到，各单位仍可按时报送，"
                                  "现在还没有需要督办的单位。请在截止日之后再运行 ledger remind；督办上一期请运行 "
                                  "ledger remind --period 上周；确需现在发出，请用 --date 指定成文日期。")
    early = remind(ws, PERIOD, today=date(2023, 3, 8), dated="2023-03-09")  # the clerk's own date
    text = "\n".join(p.text for p in Document(str(early.files[0])).paragraphs)
    assert "截至2023年3月9日（星期四）" in text and "于2023年3月13日前" in text


def test_date_on_the_command_line(ws, run_cli):
    got = run_cli("report", "-w", ws.root, "--period", PERIOD, "--date", "2023年3月15日", "--json")
    assert got.code == 0 and got.json["date"] == "2023-03-15"
    assert "2023年3月15日" in [p.text for p in Document(got.json["output"]).paragraphs]  # the 成文日期
    letters = run_cli("remind", "-w", ws.root, "--period", PERIOD, "--date", "2023-03-13", "--json")
    assert letters.code == 0 and letters.json["date"] == "2023-03-13"
    bad = run_cli("report", "-w", ws.root, "--period", PERIOD, "--date", "2023-02-30")
    assert bad.code == 2 and "成文日期“2023-02-30”看不懂或不存在。请写成 2023-03-10 或 2023年3月10日。" in bad.err


def test_report_and_remind_refuse_what_is_not_ready_without_using_an_issue_number(tmp_path, ws, run_cli):
    empty, _ = init_workspace(tmp_path / "空", "平罗县食品安全委员会办公室", "某方案")
    for command in ("report", "remind"):
        got = run_cli(command, "-w", empty.root)
        assert got.code == 2 and "工作区中还没有任务" in got.err and "ledger import" in got.err, got.err
    import_files(empty, SAMPLES / "平罗县任务清单.xlsx", units=SAMPLES / "平罗县单位名录.xlsx")
    got = run_cli("report", "-w", empty.root)
    assert got.code == 2 and "还没有下发过填报表" in got.err and "ledger split" in got.err
    got = run_cli("report", "-w", ws.root, "--period", "2023-W20")
    assert got.code == 2 and "2023年第20周没有下发过填报表" in got.err and "最近一期是2023年第10周" in got.err
    nameless = set_office(ws, organ="")
    for command in ("report", "remind"):
        got = run_cli(command, "-w", nameless.root, "--period", PERIOD)
        assert got.code == 2 and "没有填写发文机关" in got.err and "organ" in got.err, got.err
    with Store.open(nameless) as store:
        assert store.numbers("issue") == {}  # nothing used up
    assert not list(nameless.folder("circulars").rglob("*.docx")) and not list(empty.folder("circulars").rglob("*"))


@pytest.mark.parametrize("title, lines", [
    ("关于平罗县深化改革加强食品安全工作进展情况的通报", ["关于平罗县深化改革", "加强食品安全工作进展情况的通报"]),
    ("关于五原县食品安全工作进展情况的通报", ["关于五原县食品安全工作进展情况的通报"]),
    ("关于宁夏回族自治区石嘴山市平罗县全面推进乡村振兴工作进展情况的通报",
     ["关于宁夏回族自治区石嘴山市平罗县", "全面推进乡村振兴工作进展情况的通报"]),
    ("关于平罗县食品安全|工作进展情况的通报", ["关于平罗县食品安全", "工作进展情况的通报"]),  # the clerk's own break
])
def test_title_lines_break_where_the_meaning_allows(title, lines):
    from ledger.reporting.titles import title_lines

    assert title_lines(title) == lines and all(len(line) <= 20 for line in lines)


def test_plan_is_in_book_title_marks_only_when_it_is_a_documents_title():
    from ledger.reporting.titles import document_ref

    assert document_ref("平罗县深化改革加强食品安全工作实施方案") == "《平罗县深化改革加强食品安全工作实施方案》"
    assert document_ref("平罗县深化改革加强食品安全工作") == "平罗县深化改革加强食品安全工作"
    assert document_ref("") == ""


def test_problems_grouped_by_kind_with_their_units(rendered):
    ctx = rendered.context
    groups = {g["theme"]: g for g in ctx["problem_groups"]}
    assert {"人员力量不足", "经费保障不足", "协调配合不够"} <= set(groups)
    assert [g["lead_in"] for g in ctx["problem_groups"]][:3] == ["一是", "二是", "三是"]
    reported = {p["unit"] for p in ctx["problems"]}
    assert {u for g in groups.values() for u in g["units"]} == reported
    for g in groups.values():
        assert g["unit_count"] == len(g["units"]) and g["text"].startswith(g["units"][0])
        assert len(g["units"]) <= 6 or f"等{len(g['units'])}个单位" in g["text"]
    assert MARKET in groups["其他方面"]["units"]  # the odd text, kind unknown: last, under 其他方面


# --- numbering, PDF, settings ---------------------------------------------------------------------

def tiny_template(path: Path, text: str = "{{ issue_text }}：{{ period.label }}") -> Path:
    doc = Document()
    doc.add_paragraph(text)
    doc.save(str(path))
    return path


@pytest.mark.parametrize("groups, expected", [
    (["乡镇", "县直部门", "县直部门、成员单位"], "各乡镇人民政府，县直各有关单位"),
    (["乡镇", "县直部门", "成员单位"], "各乡镇人民政府，各有关单位"),
    (["经济部门", "其他部门"], "各有关单位"),  # 海盐 probe: no 乡镇, no 县直部门
    (["镇", "街道", "区直部门"], "各镇人民政府，各街道办事处，区直各有关单位"),
    (["县直单位"], "县直各有关单位"),
    ([], "各有关单位"),
])
def test_addressee_from_the_rosters_groups(groups, expected):
    from ledger.reporting.context import addressee_of

    assert addressee_of(groups) == expected


def test_addressee_in_the_circular_from_the_roster_or_ledger_toml(ws, tmp_path):
    tpl = tiny_template(tmp_path / "主送.docx", "{{ addressee }}：")
    got = Document(str(report(ws, PERIOD, template=tpl, today=TODAY).output)).paragraphs[0].text
    assert got == "各乡镇人民政府，各有关单位："  # 平罗: 乡镇, 县直部门 and a 成员单位 (平罗县纪委监委)
    ws = set_office(ws, addressee="各乡镇人民政府，县直各有关单位，中央、区、市驻平各单位")
    got = Document(str(report(ws, PERIOD, template=tpl, today=TODAY).output)).paragraphs[0].text
    assert got == "各乡镇人民政府，县直各有关单位，中央、区、市驻平各单位："
    assert "{{ addressee }}：" in [p.text for p in Document(str(TEMPLATES / "通报.docx")).paragraphs]


def test_issue_numbers_per_workspace_kept_per_period(ws, tmp_path):
    tpl = tiny_template(tmp_path / "小模板.docx")
    numbers = [report(ws, p, template=tpl, today=TODAY).issue for p in (PERIOD, PERIOD, PREVIOUS, PERIOD)]
    assert numbers == [1, 1, 2, 1]
    with Store.open(ws) as store:
        assert store.numbers("issue") == {PERIOD: 1, PREVIOUS: 2}
    out = ws.folder("circulars") / "平罗县深化改革加强食品安全工作进展情况通报（第2期）.docx"
    assert Document(str(out)).paragraphs[0].text == "第2期：2023年第9周"


def test_default_period_is_the_latest_by_date_not_the_last_split(ws, tmp_path, run_cli):
    split(ws, PREVIOUS, workers=1, force=True)  # 2023-W09 sent again (a late unit) after 2023-W10
    assert report(ws, template=tiny_template(tmp_path / "小.docx"), today=TODAY).period.key == PERIOD
    exported = run_cli("export", "-w", ws.root, "--json")
    assert exported.code == 0 and exported.json["period"] == PERIOD
    assert run_cli("status", "-w", ws.root, "--json").json["period"] == PERIOD


def test_pdf_without_libreoffice_says_so(ws, tmp_path, monkeypatch):
    from ledger.reporting import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    result = report(ws, PERIOD, template=tiny_template(tmp_path / "小.docx"), pdf=True, today=TODAY)
    assert result.output.is_file() and result.pdf is None and result.ok  # the .docx is the 通报; PDF optional
    data = result.to_dict()
    assert data["pdf"] is None and data["pdf_error"] is None and "未找到 LibreOffice" in data["notes"][0]
    assert pdf.to_pdf(result.output) is None


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for soffice")
def test_pdf_conversion_failure_is_reported(ws, tmp_path, monkeypatch):
    from ledger.reporting import pdf

    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\necho 'crashed' >&2\nexit 81\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(fake))
    result = report(ws, PERIOD, template=tiny_template(tmp_path / "小.docx"), pdf=True, today=TODAY)
    assert result.output.is_file() and result.pdf is None and not result.ok
    assert "退出码 81" in result.pdf_error and "crashed" in result.pdf_error
    assert result.to_dict()["ok"] is False and result.exit_code == 3


def test_ranking_settings_from_ledger_toml(ws, tmp_path):
    toml = ws.root / "ledger.toml"
    assert ws.config.ranking.weights == {"completion": 0.6, "overdue": 0.2, "on_time": 0.2}
    text = toml.read_text(encoding="utf-8")  # ledger init writes a [ranking] section with the defaults
    assert 'groups = ["乡镇", "县直部门"]' in text
    text = text.replace('groups = ["乡镇", "县直部门"]', 'groups = ["乡镇"]').replace(
        "weights = {completion = 0.6, overdue = 0.2, on_time = 0.2}", "weights = {completion = 1, overdue = 0, on_time = 1}")
    toml.write_text(text, encoding="utf-8")
    ws = open_workspace(ws.root)  # [ranking] is read with the other settings, when the workspace is opened
    rules = ws.config.ranking
    assert rules.groups == ("乡镇",) and rules.weights == {"completion": 1.0, "overdue": 0.0, "on_time": 1.0}
    ctx = report(ws, PERIOD, template=tiny_template(tmp_path / "小.docx"), today=TODAY).context
    assert [g["group"] for g in ctx["rankings"]] == ["乡镇"]
    for u in ctx["rankings"][0]["units"]:
        reported = {"按时报送": 1, "逾期报送": 0.5, "未报送": 0}[u["reporting"]]
        assert u["score"] == round(100 * (u["done"] / u["tasks"] + reported) / 2, 1)
    assert ctx["ranking_rule"] == {"completion": 50, "overdue": 0, "on_time": 50}
    toml.write_text(toml.read_text(encoding="utf-8").replace("overdue = 0", "late = 3"), encoding="utf-8")
    with pytest.raises(WorkspaceError) as info:
        open_workspace(ws.root)
    assert "late" in info.value.message and info.value.exit_code == 3


@pytest.mark.parametrize("section", [
    "weights = {completion = -1}", "weights = {completion = true}", "weights = {completion = nan}", "weights = 0.6",
    "weights = {completion = 0, overdue = 0, on_time = 0}", "groups = [1, 2]",
])
def test_bad_ranking_settings_are_a_clear_error(section):
    with pytest.raises(WorkspaceError) as info:
        parse_config(f"[ranking]\n{section}\n", "ledger.toml")
    assert info.value.message.startswith("设置文件《ledger.toml》[ranking]") and info.value.exit_code == 3


def test_ranking_settings_default_and_a_single_group():
    assert parse_config("").ranking == RankingRules()
    assert parse_config('[ranking]\ngroups = "乡镇"\n').ranking.groups == ("乡镇",)


def test_ranking_groups_fall_back_to_the_rosters_own():
    from ledger.reporting.figures import ALL_UNITS, ranking_groups

    configured = ("乡镇", "县直部门")
    assert ranking_groups(["乡镇", "县直部门、成员单位", "成员单位"], configured) == (["乡镇", "县直部门"], False)
    assert ranking_groups(["经济部门", "经济部门", "其他部门"], configured) == (["经济部门", "其他部门"], True)
    assert ranking_groups(["经济部门", ""], configured) == ([ALL_UNITS], True)  # a unit without a group: all in one
    assert ranking_groups([], configured) == (["乡镇", "县直部门"], False)


def test_groups_that_fit_no_unit_rank_by_the_rosters_groups_and_say_so(ws, run_cli):
    """海盐 probe: the roster's groups (经济部门/其他部门) matched none of [ranking] groups, nobody was ranked,
    yet the 通报 said "各单位的得分和名次见附件2"."""
    toml = ws.root / "ledger.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('groups = ["乡镇", "县直部门"]', 'groups = ["街道"]'),
                    encoding="utf-8")
    ws = open_workspace(ws.root)
    result = report(ws, PERIOD, today=TODAY)
    ctx = result.context
    assert [g["group"] for g in ctx["rankings"]] == ["县直部门", "成员单位", "乡镇"] and ctx["unranked"] == []
    assert sum(g["count"] for g in ctx["rankings"]) == len(ctx["units"])
    assert [f.code for f in result.findings] == ["ranking-groups-unmatched"] and result.exit_code == 0
    note = result.to_dict()["notes"][0]
    assert "（街道）在单位名录中没有一个单位" in note and "按单位名录的分组（县直部门、成员单位、乡镇）排名" in note
    assert 'groups = ["县直部门", "成员单位", "乡镇"]' in note
    text = body_text(result.output)
    assert "各单位的得分和名次见附件2" in text and "乡镇13个单位中，排名靠前的是" in text
    doctor = run_cli("doctor", "-w", ws.root, "--json")
    assert "ranking-groups-unmatched" in [f["code"] for f in doctor.json["findings"]]
    assert next(f for f in doctor.json["findings"] if f["code"] == "ranking-groups-unmatched")["severity"] == "warning"


def test_units_in_no_ranking_group_are_named_not_promised(rendered):
    """The default groups leave 平罗县纪委监委 (成员单位 only) unranked: the 通报 says so instead of
    promising every unit's place in 附件2."""
    ctx = rendered.context
    assert "平罗县纪委监委" in ctx["unranked"] and not [f for f in rendered.findings if f.code.startswith("ranking")]
    ranked = {u["unit"] for g in ctx["rankings"] for u in g["units"]}
    assert set(ctx["unranked"]) == {u["unit"] for u in ctx["units"]} - ranked
    text = body_text(rendered.output)
    assert f"{ctx['unranked_text']}不在排名分组中、未参加排名，其余单位的得分和名次见附件2" in text
    assert "各单位的得分和名次" not in text


# --- rules, docs, the context's shape -------------------------------------------------------------

@pytest.mark.parametrize("status, days, light, closing, expected", [
    ("已完成", -5, "green", "", "done"),
    ("推进中", None, "green", "已销号", "done"),
    ("推进中", -1, "red", "", "behind"),
    ("滞后", 100, "yellow", "", "behind"),
    ("未启动", 3, "yellow", "", "behind"),
    ("", None, "green", "", "behind"),
    ("未启动", 30, "green", "", "on_track"),
    ("推进中", 30, "green", "", "ahead"),
    ("常态化推进", None, "green", "", "on_track"),
    ("推进中", 7, "yellow", "", "on_track"),
    ("推进中", 34, "yellow", "县发改局：工业增速放缓", "on_track"),  # a problem reported: never 超进度 (海盐 1.1)
    ("常态化推进", 30, "yellow", "县财政局：人手紧", "on_track"),
])
def test_progress_category_rule(status, days, light, closing, expected):
    problems = closing if "：" in closing else ""
    st = TaskState(None, status, days, light, "" if problems else closing, problems=problems)
    assert progress_category(st, yellow_days=7) == expected


def test_no_task_ahead_with_a_problem_or_a_yellow_light(rendered, built):
    """超进度 and the lights agree: a task with a reported problem or 滞后 (a yellow light) is never 超进度."""
    ws = open_workspace(built)
    with Store.open(ws) as store:
        ps = period_status(store, parse_period(PERIOD), ws.config)
    ahead = [st for st in ps.tasks if progress_category(st, ws.config.yellow_days) == "ahead"]
    assert ahead and all(st.light == "green" and not st.problems and st.status != "滞后" for st in ahead)
    with_problem = [st for st in ps.tasks if st.problems and st.status in ("推进中", "常态化推进")]
    assert with_problem and all(progress_category(st, ws.config.yellow_days) == "on_track" for st in with_problem
                                if st.days_left is None or st.days_left >= 0)
    assert rendered.context["figures"]["ahead"] == len(ahead)


def shape(value):
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value and isinstance(value[0], dict) else "list"
    return type(value).__name__ if value is not None else "none"


def test_example_context_has_the_keys_of_a_real_one(rendered):
    real = shape(json.loads(json.dumps(rendered.context)))
    example = shape(json.loads(json.dumps(example_context())))
    assert _keys(example) == _keys(real) and example == real


def _keys(tree, prefix=""):
    if isinstance(tree, dict):
        return {k2 for k, v in tree.items() for k2 in {prefix + k} | _keys(v, prefix + k + ".")}
    if isinstance(tree, list) and tree and isinstance(tree[0], dict):
        return _keys(tree[0], prefix)
    return set()


def test_docs_list_every_variable():
    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    for kind in ("report", "remind"):
        for path in _keys(shape(example_context(kind))):
            name = path.split(".")[-1]
            assert re.search(rf"`[^`]*\b{re.escape(name)}\b[^`]*`", docs), (kind, path)
    for top in example_context():
        assert f"`{top}" in docs, top


def test_templates_are_what_the_script_builds(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_templates", ROOT / "scripts" / "build_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for got in module.build(tmp_path):
        with zipfile.ZipFile(got) as a, zipfile.ZipFile(TEMPLATES / got.name) as b:
            assert sorted(a.namelist()) == sorted(b.namelist())
            for name in a.namelist():
                assert a.read(name) == b.read(name), (got.name, name)


def test_chart_font_is_a_real_cjk_font():
    from ledger.reporting.chart import cjk_font

    assert cjk_font("平罗县市场监督管理局红崖子乡完成率") is not None
    assert cjk_font("\U0010fff0") is None  # a character no font has: no chart rather than boxes


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for soffice")
def test_pdf_conversion_that_hangs_is_stopped(tmp_path, monkeypatch):
    from ledger.errors import FileProblem
    from ledger.reporting import pdf

    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 30 &\nwait\n")  # a child of its own, as soffice.bin is
    fake.chmod(0o755)
    monkeypatch.setattr(pdf, "find_soffice", lambda: str(fake))
    started = datetime.now()
    with pytest.raises(FileProblem) as info:
        pdf.to_pdf(tiny_template(tmp_path / "小.docx"), timeout=1)
    assert "超过 1 秒" in info.value.message and (datetime.now() - started).total_seconds() < 10


def test_a_tag_in_the_footer_is_placed_in_the_footer(tmp_path):
    doc = Document(str(TEMPLATES / "通报.docx"))
    doc.sections[0].footer.add_paragraph("{{ page_note }}")
    path = tmp_path / "页脚.docx"
    doc.save(str(path))
    found = check_template(path).findings
    assert [(f.code, f.sheet, f.value) for f in found] == [("unknown-variable", "页脚", "page_note")]


def test_libreoffice_copy_narrows_only_positioned_tables(tmp_path):
    """LibreOffice 7 positions a table only with room beside it: the copy it converts
    has the 版记 (positioned) 300 twips narrower, every width alike; other tables as they were."""
    from ledger.reporting.pdf import FLOAT_ROOM, for_libreoffice

    with zipfile.ZipFile(TEMPLATES / "通报.docx") as z:
        before = z.read("word/document.xml").decode()
    copy = tmp_path / "copy.docx"
    for_libreoffice(TEMPLATES / "通报.docx", copy)
    with zipfile.ZipFile(copy) as z:
        after = z.read("word/document.xml").decode()
    tables = lambda doc: re.findall(r"<w:tbl>.*?</w:tbl>", doc, re.S)
    width = lambda table: int(re.search(r'<w:tblW w:type="dxa" w:w="(\d+)"', table).group(1))
    old, new = tables(before), tables(after)
    assert len(old) == len(new) and sum("<w:tblpPr" in t for t in old) == 1
    for a, b in zip(old, new):
        if "<w:tblpPr" in a:
            assert width(b) == width(a) - FLOAT_ROOM and 'w:gridCol w:w="' + str(width(b) - 1) in b
        else:
            assert a == b
