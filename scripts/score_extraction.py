#!/usr/bin/env python3
"""Score ``ledger.extract`` against the hand-labelled plan corpus (issue 15).

    python scripts/score_extraction.py [--synthetic] [--web] [--blind] [--held-out] [--details] [--plans DIR] [--json]
    python scripts/score_extraction.py --perturb all|NAME   (robustness to how copies of a plan are made)
    python scripts/score_extraction.py --docx all|NAME      (the plans delivered as .docx, as Word holds them)

Every label file (``tests/plan_labels/pNNN.json``; ``tests/fixtures/plans_synthetic/
*.json`` with ``--synthetic``; ``tests/fixtures/plans_web/w*.json``, real plans from
the web, with ``--web``; ``tests/fixtures/plans_web_blind/w*.json``, real plans kept
blind and scored once (a153a42), developed on since, with ``--blind``) names a plan text, its tasks
that carry an owner annotation (a quote that identifies each, and its owners as (role, unit)), and
the tasks cut off by the excerpt (``unscored``). The plan text is copied to a
temporary .txt, ``ledger.extract`` is run on it (the workbook goes to the same
temporary folder), and each predicted task is matched to a labelled one by the
quote: first by its own text, then by the paragraph it came from. Scores:

* (task, unit) pairs and (task, role, unit) triples: precision, recall, F1,
  per document and over a set (micro: the counts are summed);
* annotated tasks that got no owner (not found at all, or found without units).

A unit is compared after light normalisation (NFKC, traditional to simplified,
no spaces); a label may accept other forms of a unit and other roles. Units on
a predicted task that matches no labelled task are false positives, unless it
matches an unscored (cut-off) one. By default only the development set is
scored; ``--held-out`` adds the held-out third (tests/plan_labels/SPLIT.md):
score it once, do not tune on it. docs/EXTRACTION.md explains the corpus.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Score the ledger package of this tree, not whichever one the environment installed
# (the editable install points at the main checkout, with its uncommitted edits): a
# clean copy made by `git archive` must score its own commit.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.text.paragraph import Paragraph  # noqa: E402

from ledger.extraction.flat_table import find_flat_tables  # noqa: E402
from ledger.extraction.text_tables import find_text_tables  # noqa: E402
from ledger.extraction.traditional import drop_pinyin  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PLANS = REPO.parent / "shared" / "plans"
LABELS = REPO / "tests" / "plan_labels"
SYNTHETIC = REPO / "tests" / "fixtures" / "plans_synthetic"
WEB = REPO / "tests" / "fixtures" / "plans_web"
BLIND = REPO / "tests" / "fixtures" / "plans_web_blind"  # real plans scored once blind, developed on since (README.md there)
SETS = ("development", "synthetic", "web", "blind", "held-out")
ROLES = {"lead": "lead", "responsible": "responsible", "cooperating": "cooperating",
         "owner": "responsible", "partner": "cooperating"}  # model.ROLES, and the brief's names

# Traditional -> simplified for what plans name (units, task openings); opencc wins when installed.
_T2S_PAIRS = (
    "縣县區区鎮镇鄉乡辦办處处會会員员單单門门務务農农業业環环衛卫廳厅國国資资規规劃划財财稅税監监"
    "質质檢检驗验發发經经濟济訊讯設设計计運运輸输應应黨党組组織织傳传統统審审醫医療疗險险勞劳動动"
    "協协調调聯联絡络體体廣广電电視视聞闻紀纪書书記记長长學学園园漁渔糧粮藥药產产場场貿贸術术權权"
    "職职責责負负牽牵頭头參参與与關关實实條条項项開开級级鐵铁橋桥網网數数據据庫库號号類类價价為为"
    "於于個个們们這这樣样過过還还進进邊边後后準准減减機机構构標标際际圍围歸归氣气災灾測测報报歷历"
    "將将專专屬属總总線线籌筹點点層层態态復复積积極极戶户盡尽階阶競竞爭争從从眾众優优華华東东陝陕"
    "蘇苏遼辽粵粤閩闽雲云貴贵龍龙灣湾臺台淨净潔洁貨货車车飛飞顯显認认證证評评議议論论講讲說说語语"
    "請请諮咨詢询護护讀读變变詳详試试訪访課课許许訴诉診诊識识聽听聲声補补製制複复見见親亲覺觉觀观"
    "貧贫貫贯費费購购賽赛贊赞趕赶軍军較较輔辅載载輛辆選选遺遗遠远適适郵邮釋释鋼钢錢钱錄录閉闭間间"
    "陽阳陰阴陳陈隊队隨随雜杂離离難难靈灵順顺須须預预領领題题顧顾風风飲饮養养館馆駐驻馬马魚鱼齊齐"
    "齡龄傷伤儲储億亿兒儿內内兩两凍冻則则創创劇剧勵励厲厉問问啟启單单嚴严團团圖图執执堅坚塊块壓压"
    "壞坏夢梦奮奋婦妇嬰婴寧宁寫写寶宝對对導导屆届島岛嶺岭幣币師师帶带幫帮幹干廠厂廢废張张強强彙汇"
    "徵征恆恒惡恶愛爱慮虑慶庆憂忧憲宪懷怀戰战掃扫採采揚扬換换損损擁拥擇择擊击擔担擬拟擴扩數数斷断"
    "時时暫暂來来樂乐樓楼樹树歡欢殘残殺杀毀毁決决沒没溝沟滅灭漲涨濱滨無无煙烟熱热營营獨独獎奖獲获"
    "現现畫画當当盜盗盤盘確确礎础禮礼種种稱称穩稳窮穷築筑簡简紅红約约細细終终結结絕绝綜综綠绿維维"
    "緊紧編编練练縮缩績绩織织繼继續续罰罚義义習习聖圣肅肃臨临興兴舉举藝艺蘭兰虧亏裝装觸触訂订討讨"
    "訓训豐丰賓宾趨趋蹤踪轉转辭辞遞递陸陆隱隐雙双靜静響响頁页額额驅驱驚惊鬥斗麗丽黃黄齒齿衝冲週周"
    "於于範范達达況况徹彻莊庄萬万給给節节違违噸吨廈厦納纳畝亩豬猪銀银頂顶贏赢檔档勢势針针鹽盐藍蓝轄辖"
    "棄弃覽览連连銷销濃浓鍋锅爐炉亂乱虛虚奧奥徑径狀状謀谋輕轻騰腾貸贷顆颗漢汉閱阅廚厨雞鸡鴨鸭鮮鲜圓圆"
    "驟骤崗岗餘余頒颁誤误鍵键礦矿紙纸鏈链鳥鸟鳳凤壯壮輪轮踐践賦赋暢畅讓让頻频攜携勝胜碼码曉晓薦荐並并"
    "著着裡里臺台幹干髮发"
)
_T2S = str.maketrans(_T2S_PAIRS[0::2], _T2S_PAIRS[1::2])


def _converter():
    try:
        import opencc  # type: ignore[import-not-found]
    except ImportError:
        return lambda s: s.translate(_T2S)
    return opencc.OpenCC("t2s").convert


to_simplified = _converter()


def norm_unit(name: str) -> str:
    """The form two unit names are compared in: NFKC, simplified, no spaces or edge punctuation."""
    s = to_simplified(unicodedata.normalize("NFKC", name))
    s = re.sub(r"[\s\u200b\ufeff]+", "", s)
    return s.strip("、,;:。.")


def norm_text(text: str) -> str:
    """The form quotes are looked for in: as norm_unit, and only letters, digits and CJK; a
    reading a mirror site inserted after a character ("國內(nèi)", "部(bu)門") is no part of the
    text. Syllables without tone marks are dropped whatever the text's length, so a short quote
    and the page it comes from read alike."""
    return re.sub(r"[\W_]+", "", to_simplified(unicodedata.normalize("NFKC", drop_pinyin(text, untoned=True))))


NUMBER_MARK = re.compile(r"^\s*\*?\s*(?:\(?[一二三四五六七八九十百]+[)、.]|\(?\d+[)、.]?|[①-⑳])\s*")


def held_out(names: list[str]) -> set[str]:
    """The split rule (SPLIT.md): sort by sha256 of the file name; the first third (rounded) is held out."""
    ranked = sorted(names, key=lambda n: hashlib.sha256(n.encode("utf-8")).hexdigest())
    return set(ranked[:round(len(ranked) / 3)])


# ------------------------------------------------------------------ labels


@dataclass(frozen=True)
class Owner:
    roles: frozenset[str]
    unit: str  # as labelled
    forms: frozenset[str]  # normalised forms accepted


SHORT_KEY = 5  # characters of a quote without its number that may well stand elsewhere in the page too


@dataclass
class Gold:
    quote: str
    owners: list[Owner]
    optional: list[Owner]
    scored: bool = True
    bare_unique: bool = True  # the quote without its number is still one place of the page (``load_document``)

    @property
    def keys(self) -> tuple[str, str]:
        """The quote normalised, and without its leading number (none when that names more than one place)."""
        return norm_text(self.quote), self.bare_key if self.bare_unique else ""

    @property
    def bare_key(self) -> str:
        return norm_text(NUMBER_MARK.sub("", unicodedata.normalize("NFKC", self.quote)))


@dataclass
class Document:
    name: str
    plan: Path
    golds: list[Gold]


def _owner(entry: list[str]) -> Owner:
    role, unit, *alternatives = entry
    roles = frozenset(ROLES[r] for r in role.split("|"))
    return Owner(roles, unit, frozenset(norm_unit(u) for u in [unit, *alternatives]))


def load_document(label: Path, texts: Path) -> Document:
    data = json.loads(label.read_text(encoding="utf-8"))
    golds = [Gold(t["quote"], [_owner(o) for o in t["owners"]], [_owner(o) for o in t.get("optional", [])])
             for t in data["tasks"]]
    golds += [Gold(t["quote"], [], [], scored=False) for t in data.get("unscored", [])]
    plan = texts / data["file"]
    page = norm_text(_plan_text(plan)) if plan.suffix == ".txt" and plan.is_file() else ""
    for gold in golds if page else []:  # '(二)专业队' is one place, '专业队' three ('组建…专业队伍'): a short bare quote
        gold.bare_unique = (page.count(gold.bare_key) <= 1 or len(gold.bare_key) > SHORT_KEY  # would match them all
                            or gold.bare_key == norm_text(gold.quote))
    return Document(data["file"], texts / data["file"], golds)


def corpus(plans: Path = PLANS) -> dict[str, list[Document]]:
    """The sets: development and held-out from ../shared/plans, the synthetic plans, the web set, the blind web set."""
    docs = [load_document(p, plans) for p in sorted(LABELS.glob("p*.json"))]
    out = held_out([d.name for d in docs])
    return {"development": [d for d in docs if d.name not in out],
            "held-out": [d for d in docs if d.name in out],
            "synthetic": [load_document(p, SYNTHETIC) for p in sorted(SYNTHETIC.glob("*.json"))],
            "web": [load_document(p, WEB) for p in sorted(WEB.glob("w*.json"))],
            "blind": [load_document(p, BLIND) for p in sorted(BLIND.glob("w*.json"))]}


# ------------------------------------------------------------------ predictions


@dataclass
class Predicted:
    texts: tuple[str, ...]  # number+text, title+text, text: normalised
    paragraph: str  # normalised
    pairs: list[tuple[str, str]]  # (role, unit as extracted)
    number: int = 0  # characters of the number that opens texts[0] ("4.1-2" -> "412": 3)


def predict(plan: Path, work: Path) -> tuple[list[Predicted], str]:
    """Run ledger.extract on a copy of the plan; the tasks, or none and the reason."""
    import ledger
    from ledger.errors import LedgerError

    copy = work / (plan.stem + (".docx" if plan.suffix == ".docx" else ".txt"))
    copy.write_bytes(plan.read_bytes())
    try:
        result = ledger.extract(copy, work / f"{plan.stem}-任务清单.xlsx", overwrite=True)
    except LedgerError as exc:
        return [], f"{type(exc).__name__}: {exc}"
    return [Predicted((norm_text(t.number + t.text), norm_text(t.title + t.text), norm_text(t.text)),
                      norm_text(result.paragraph(t)),
                      [(r, u) for r in ("lead", "responsible", "cooperating") for u in getattr(t, r)],
                      len(norm_text(t.number)))
            for t in result.tasks], ""


def _position(gold: Gold, haystacks: tuple[str, ...], number: int = 0) -> tuple[int, int] | None:
    """Where the gold's quote starts in the first haystack that holds it (and the length of what matched, negated); None
    if none does. In the
    first haystack (number and text) a quote may start at the number's start, not inside it: the
    quote "(2)区建设局。" ("2区建设局") is no part of task "4.1-2"'s "412区建设局要…" (probe s99)."""
    for k, hay in enumerate(haystacks):
        for key in gold.keys:
            at = hay.find(key) if key else -1
            while k == 0 and 0 < at < number:
                at = hay.find(key, at + 1)
            if at >= 0:
                return at, -len(key)  # at one place, the longer quote is the task's ("区建设局要…" over "(2)区建设局。")
            if len(hay) >= 6 and hay in key:
                return 0, -len(hay)
    return None


def match(golds: list[Gold], preds: list[Predicted]) -> tuple[dict[int, list[int]], list[int]]:
    """Predicted tasks for each gold (by index), and the predicted tasks matching none.

    A predicted task goes to the gold whose quote starts earliest in its own text;
    failing that, to a gold still without one whose quote is in its paragraph."""
    found: dict[int, list[int]] = {i: [] for i in range(len(golds))}
    rest = []
    for p, pred in enumerate(preds):
        hits = [(pos, g) for g, gold in enumerate(golds) if (pos := _position(gold, pred.texts, pred.number)) is not None]
        if hits:
            found[min(hits)[1]].append(p)
        else:
            rest.append(p)
    unmatched = []
    for p in rest:
        hits = [(pos, g) for g, gold in enumerate(golds)
                if not found[g] and (pos := _position(gold, (preds[p].paragraph,))) is not None]
        if hits:
            found[min(hits)[1]].append(p)
        else:
            unmatched.append(p)
    return found, unmatched


# ------------------------------------------------------------------ scoring


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    role_tp: int = 0
    role_fp: int = 0
    role_fn: int = 0
    annotated: int = 0  # labelled tasks with at least one owner
    no_owner: int = 0  # … that got no unit (not found, or found without units)
    not_found: int = 0  # … that no predicted task matched

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def pairs(self) -> tuple[float, float, float]:
        return self.prf(self.tp, self.fp, self.fn)

    @property
    def triples(self) -> tuple[float, float, float]:
        return self.prf(self.role_tp, self.role_fp, self.role_fn)


def _score_units(gold: Gold, pairs: list[tuple[str, str]], c: Counts, misses: list[str]) -> None:
    """(task, unit) and (task, role, unit) counts of one labelled task."""
    units = {norm_unit(u): u for _, u in pairs}
    wanted = {o.unit: o for o in gold.owners}
    optional = set().union(*(o.forms for o in gold.optional)) if gold.optional else set()
    hit = {name for name, o in wanted.items() if o.forms & units.keys()}
    extra = [u for n, u in units.items() if n not in optional and not any(n in o.forms for o in gold.owners)]
    c.tp, c.fn, c.fp = c.tp + len(hit), c.fn + len(wanted) - len(hit), c.fp + len(extra)
    triples = {(r, norm_unit(u)) for r, u in pairs}
    good = {(r, n) for r, n in triples for o in gold.owners if r in o.roles and n in o.forms}
    loose = {(r, n) for r, n in triples for o in gold.optional if n in o.forms}
    role_hit = {o.unit for o in gold.owners if any(r in o.roles and n in o.forms for r, n in good)}
    c.role_tp += len(role_hit)
    c.role_fn += len(wanted) - len(role_hit)
    c.role_fp += len(triples - good - loose)
    misses += [f"缺 {name}" for name in wanted if name not in hit] + [f"多 {u}" for u in extra]
    misses += [f"角色 {u}→{r}" for r, u in pairs if u in units.values() and (r, norm_unit(u)) not in good
               and norm_unit(u) not in optional and norm_unit(u) in {f for o in gold.owners for f in o.forms}]


@dataclass
class DocScore:
    name: str
    counts: Counts
    error: str = ""
    details: list[str] = field(default_factory=list)


def score_document(doc: Document, preds: list[Predicted], error: str = "") -> DocScore:
    found, unmatched = match(doc.golds, preds)
    c, details = Counts(), []
    for g, gold in enumerate(doc.golds):
        if not gold.scored:
            continue
        pairs = [pair for p in found[g] for pair in preds[p].pairs]
        misses: list[str] = []
        _score_units(gold, pairs, c, misses)
        if gold.owners:
            c.annotated += 1
            c.no_owner += not pairs
            c.not_found += not found[g]
        if misses or not found[g]:
            details.append(f"「{gold.quote}」" + ("未找到该任务" if not found[g] else "；".join(misses)))
    for p in unmatched:
        c.fp += len({norm_unit(u) for _, u in preds[p].pairs})
        c.role_fp += len({(r, norm_unit(u)) for r, u in preds[p].pairs})
        if preds[p].pairs:
            details.append(f"未对应任务的预测「{preds[p].texts[2][:15]}」：" + "、".join(u for _, u in preds[p].pairs))
    return DocScore(doc.name, c, error, details)


def score_set(docs: list[Document]) -> list[DocScore]:
    with tempfile.TemporaryDirectory(prefix="score-extraction-") as tmp:
        out = []
        for doc in docs:
            preds, error = predict(doc.plan, Path(tmp))
            out.append(score_document(doc, preds, error))
        return out


def overall(scores: list[DocScore]) -> Counts:
    total = Counts()
    for s in scores:
        total.add(s.counts)
    return total


# ------------------------------------------------------------------ perturbations

# How real copies of a plan reach an office, as transformations of a plan's text (and of its
# labels' quotes the same way). Our corpus texts are NFKC-normalised web excerpts; the copies
# others test on are not. Each is applied alone; tests/test_extraction_robust.py holds their F1.

CN_DIGITS = "一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_S2T = {s: t for t, s in reversed(list(zip(_T2S_PAIRS[0::2], _T2S_PAIRS[1::2])))}  # the first pair wins
TABLE_LINE = re.compile(r"[|｜\t\u2500-\u257f]")  # a pipe, tab or box-drawn row: a table, not prose
FURNITURE_LINES = (
    "首页 > 政务公开 > 政策文件 > 规范性文件",
    "【字体：大 中 小】【打印本页】【关闭窗口】",
    "发布时间：2023-06-12 10:21:35  来源：县人民政府办公室  字号：[ 大 中 小 ]",
    "索引号：11330424MB1234567X/2023-00123   发文日期：2023年06月12日   浏览次数：1263",
    "分享到：微信 微博 QQ空间",
    "责任编辑：王某某",
    "",
)
# Item numbers by level: 0 第一条, 1 一、, 2 （一）, 3 1., 4 （1）, 5 ①
LEVELS = (
    (1, re.compile(r"^([ \u3000]*)([一二三四五六七八九十]{1,3})、")),
    (2, re.compile(r"^([ \u3000]*)[（(]([一二三四五六七八九十]{1,3})[）)]")),
    (3, re.compile(r"^([ \u3000]*)(\d{1,2})[.．、](?!\d)")),
    (4, re.compile(r"^([ \u3000]*)[（(](\d{1,2})[）)]")),
    (5, re.compile(rf"^([ \u3000]*)([{CIRCLED}])")),
)


def _cn(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else CN_DIGITS[tens - 1]) + "十" if tens else "") + (CN_DIGITS[ones - 1] if ones else "")


def _cn_value(word: str) -> int:
    if "十" not in word:
        return CN_DIGITS.index(word) + 1
    tens, _, ones = word.partition("十")
    return (CN_DIGITS.index(tens) + 1 if tens else 1) * 10 + (CN_DIGITS.index(ones) + 1 if ones else 0)


def _mark(level: int, n: int) -> str:
    if level == 5 and n <= len(CIRCLED):
        return CIRCLED[n - 1]
    return {0: f"第{_cn(n)}条", 1: f"{_cn(n)}、", 2: f"（{_cn(n)}）", 3: f"{n}.", 4: f"（{n}）"}.get(level, f"（{n}）")


def renumbered(shift: int | None):
    """Item numbers moved ``shift`` levels down (1), up (-1), or removed (None), line by line."""
    def line(text: str) -> str:
        for level, pattern in LEVELS:
            m = pattern.match(text)
            if m is None:
                continue
            raw = m.group(2)
            n = CIRCLED.index(raw) + 1 if raw in CIRCLED else int(raw) if raw.isdigit() else _cn_value(raw)
            mark = "" if shift is None else _mark(max(0, min(5, level + shift)), n)
            return m.group(1) + mark + text[m.end():].lstrip()
        return text
    return lambda text: "\n".join(line(t) for t in text.split("\n"))


def full_width(text: str) -> str:
    """,:;() as the Word original writes them: ，：；（）, and the item dot 1．; not inside numbers and times."""
    text = re.sub(r",(?!\d{3})|(?<!\d),", "，", text)
    text = re.sub(r"(?<!\d):(?!//)|:(?!\d)(?!//)", "：", text)
    text = text.replace(";", "；").replace("(", "（").replace(")", "）")
    return re.sub(r"(?m)((?:^|[|｜])[ \u3000]*\d{1,3})\.(?!\d)", "\\1．", text)


def with_furniture(text: str) -> str:
    return "\n".join(FURNITURE_LINES) + "\n" + text


def _first_task_line(text: str, quotes: list[str]) -> int:
    """The line on which the earliest labelled task starts (a quote may run over three lines)."""
    lines = text.split("\n")
    starts = [k for key in (norm_text(q)[:8] for q in quotes) if key
              for k in range(len(lines)) if key in norm_text("".join(lines[k:k + 3]))
              and key not in norm_text("".join(lines[k + 1:k + 3]))]
    return min(starts, default=0)


def cut_start(text: str, quotes: list[str]) -> str:
    """The text starting mid-document: the first half of the lines before the first
    labelled task gone, and the first line left cut in mid-sentence."""
    first = _first_task_line(text, quotes)
    if first < 2:
        return text
    lines = text.split("\n")[first // 2:]
    lines[0] = lines[0][len(lines[0]) // 2:]
    return "\n".join(lines)


def joined(text: str) -> str:
    """Line breaks lost: the prose lines run together (a table's rows stay rows)."""
    out, run = [], []
    for line in text.split("\n"):
        if TABLE_LINE.search(line):
            out += ["".join(run)] if run else []
            out.append(line)
            run = []
        elif line.strip():
            run.append(line.strip())
    out += ["".join(run)] if run else []
    return "\n".join(out)


WRAP_WIDTHS = (33, 38, 30, 36, 40, 31, 35)


def hard_wrapped(text: str) -> str:
    """A PDF copy: every prose line broken every 30-40 characters, wherever that falls."""
    out, k = [], 0
    for line in text.split("\n"):
        if TABLE_LINE.search(line):
            out.append(line)
            continue
        while len(line) > 40:
            width = WRAP_WIDTHS[k % len(WRAP_WIDTHS)]
            out.append(line[:width])
            line, k = line[width:], k + 1
        out.append(line)
    return "\n".join(out)


def indented(indent: str, newline: str = "\n", inner_spaces: str = " "):
    """Paragraphs indented (U+3000, a tab, NBSP), spaces inside lines written as ``inner_spaces``, CRLF or LF."""
    def apply(text: str) -> str:
        lines = [indent + line.replace(" ", inner_spaces) if line.strip() else line for line in text.split("\n")]
        return newline.join(lines)
    return apply


def traditional(text: str) -> str:
    """As a mirror site converts it: simplified characters to traditional, one for one."""
    return "".join(_S2T.get(ch, ch) for ch in text)


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Perturbation:
    name: str
    what: str
    text: Callable[[str], str] | None  # the plan's text -> as the copy has it (None: cut_start, which needs the quotes)
    quote: Callable[[str], str] = _same  # a label's quote the same way (an item number: taken off, as the
    # scorer matches a quote with or without it, and a number inside a table cell stays as it was)


PERTURBATIONS = {p.name: p for p in (
    Perturbation("full_width", "，：；（）and 1． as in the Word original", full_width),
    Perturbation("furniture", "site navigation and 发布时间/来源/字号 lines before the text", with_furniture),
    Perturbation("cut_start", "the text starting mid-document", None),
    Perturbation("joined", "line breaks lost: paragraphs run together", joined),
    Perturbation("hard_wrapped", "a PDF copy: a line break every 30-40 characters", hard_wrapped),
    Perturbation("numbers_removed", "item numbers removed", renumbered(None), renumbered(None)),
    Perturbation("numbers_down", "一、→（一）, （一）→1., 1.→（1）, （1）→①", renumbered(1), renumbered(None)),
    Perturbation("numbers_up", "一、→第一条, （一）→一、, 1.→（一）, （1）→1., ①→（1）", renumbered(-1), renumbered(None)),
    Perturbation("crlf_ideographic", "CRLF line ends, paragraphs indented by two U+3000", indented("\u3000\u3000", "\r\n")),
    Perturbation("tab_indent", "paragraphs indented by a tab", indented("\t")),
    Perturbation("nbsp", "paragraphs indented and words spaced by NBSP", indented("\xa0" * 4, inner_spaces="\xa0")),
    Perturbation("traditional", "traditional characters, as a mirror site converts them", traditional, traditional),
)}


def _plan_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def perturb(doc: Document, perturbation: Perturbation, folder: Path) -> Document:
    """The document as the perturbation gives it: its text written into folder, its quotes transformed."""
    text = _plan_text(doc.plan).replace("\r\n", "\n")
    quotes = [g.quote for g in doc.golds]
    text = perturbation.text(text) if perturbation.text is not None else cut_start(text, quotes)
    plan = folder / doc.plan.name
    plan.write_bytes(text.encode("utf-8"))
    golds = [Gold(perturbation.quote(g.quote), g.owners, g.optional, g.scored) for g in doc.golds]
    return Document(doc.name, plan, golds)


ROBUST_WEB = tuple(f"w{k:02d}.txt" for k in range(1, 16))  # labelled before the harness was written


def robust_set(sets: dict[str, list[Document]]) -> list[Document]:
    """What the perturbations are scored on: the development plans and the web plans w01-w15
    (a later web plan joins when it passes as written, so that a ratchet measures robustness only)."""
    return sets["development"] + [d for d in sets["web"] if d.name in ROBUST_WEB]


def score_perturbed(docs: list[Document], name: str) -> list[DocScore]:
    with tempfile.TemporaryDirectory(prefix="perturbed-") as tmp:
        return score_set([perturb(d, PERTURBATIONS[name], Path(tmp)) for d in docs])


# ------------------------------------------------------------------ delivered as .docx

# The plan an office drops in is most often a Word file. Each labelled plan is written as Word
# holds it: a text line a paragraph; an item number (一、（一）1.（1）①) moved into Word's automatic
# numbering (numbering.xml), out of the text; a table the extractor finds in the text (pipe rows,
# one cell a line, tab rows …) a real Word table, a column's repeated cells merged down (vMerge),
# a category column as section rows across the table (gridSpan), and a table of five rows or more
# split in two (a page break), the second opening with the header row repeated. Labels unchanged.

DOCX_WEB = tuple(f"w{k:02d}.txt" for k in range(1, 40))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word list levels, as LEVELS numbers them (1 一、 … 5 ①): ilvl, numFmt, lvlText
WORD_LEVELS = {1: (0, "chineseCounting", "%1、"), 2: (1, "chineseCounting", "（%2）"), 3: (2, "decimal", "%3."),
               4: (3, "decimal", "（%4）"), 5: (4, "decimalEnclosedCircle", "%5")}
OWNER_HEADER = re.compile(r"单位|部门|责任|牵头|配合|协办|承办")
SPLIT_ROWS = 5  # a table with this many rows below its header runs onto a second page


@dataclass(frozen=True)
class DocxForm:
    name: str
    what: str
    text: Callable[[str], str] = _same  # the plan's text before it is laid out (full_width)
    soft_breaks: bool = False  # the lines between two blank lines one paragraph, cut by soft line breaks
    cell_paragraphs: bool = False  # a cell's sentences and units each a paragraph of the cell
    header_repeated: bool = True  # the second page's table opens with the header row (or goes straight on)
    grouped_header: bool = False  # side-by-side owner columns under one 责任单位 cell merged across them


DOCX_FORMS = {f.name: f for f in (
    DocxForm("docx", "paragraphs, automatic numbering, Word tables with vMerge/gridSpan, a split table's header repeated"),
    DocxForm("docx_full_width", "the same with ，：；（）as the Word original writes them", text=full_width),
    DocxForm("docx_soft_breaks", "the same with the lines of a paragraph held together by soft line breaks",
             soft_breaks=True),
    DocxForm("docx_cell_paragraphs", "the same with a cell's sentences and units each a paragraph of the cell",
             cell_paragraphs=True),
    DocxForm("docx_grouped_header", "the same with side-by-side owner columns (牵头, 配合) under one 责任单位 "
             "header cell merged across them, the other header cells merged down two rows", grouped_header=True),
    DocxForm("docx_continued", "the same with a split table's second part going on without its header row",
             header_repeated=False),
)}


def docx_set(sets: dict[str, list[Document]]) -> list[Document]:
    """What the .docx forms are scored on: the development plans, the web plans w01-w39, the synthetic plans."""
    return sets["development"] + [d for d in sets["web"] if d.name in DOCX_WEB] + sets["synthetic"]


def _text_tables(lines: list[str]) -> list:
    """The tables the extractor finds in the lines (its own reading): FlatTables, in order."""
    numbers = list(range(1, len(lines) + 1))
    tables = find_flat_tables(lines, numbers)
    taken = {k for t in tables for k in range(t.start, t.end)}
    tables += [t for t in find_text_tables(lines, numbers) if not taken & set(range(t.start, t.end))]
    return sorted(tables, key=lambda t: t.start)


def _number(line: str) -> tuple[int, int, str] | None:
    """(level, number, text without it) of a line opening with an item number."""
    for level, pattern in LEVELS:
        m = pattern.match(line)
        if m is not None and level in WORD_LEVELS:
            raw = m.group(2)
            n = CIRCLED.index(raw) + 1 if raw in CIRCLED else int(raw) if raw.isdigit() else _cn_value(raw)
            rest = line[m.end():].strip()
            return (level, n, rest) if rest else None
    return None


class _WordLists:
    """numbering.xml: a list (w:abstractNum) of the given levels (numFmt, lvlText); where a number
    is not the one Word would count next, a new w:num whose level starts there (startOverride)."""

    def __init__(self, document, abstract_id: int, levels: tuple[tuple[str, str], ...]):
        self.root = document.part.numbering_part.element
        xml = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                      f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                             f'<w:multiLevelType w:val="multilevel"/>{xml}</w:abstractNum>')
        first_num = self.root.find(f"{W}num")
        if first_num is None:
            self.root.append(abstract)
        else:
            first_num.addprevious(abstract)
        self.abstract_id, self.num_id, self.counts = abstract_id, abstract_id * 1000 - 1, [0] * len(levels)
        self._new_list(None)

    def _new_list(self, start: tuple[int, int] | None) -> None:
        self.num_id += 1
        override = (f'<w:lvlOverride w:ilvl="{start[0]}"><w:startOverride w:val="{start[1]}"/></w:lvlOverride>'
                    if start else "")
        self.root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{self.num_id}">'
                                   f'<w:abstractNumId w:val="{self.abstract_id}"/>{override}</w:num>'))
        self.counts = [0] * len(self.counts)

    def number(self, paragraph, ilvl: int, n: int) -> None:
        if self.counts[ilvl] + 1 != n:
            self._new_list((ilvl, n))
        self.counts[ilvl] = n
        self.counts[ilvl + 1:] = [0] * (len(self.counts) - ilvl - 1)
        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                              f'<w:numId w:val="{self.num_id}"/></w:numPr>'))


ITEM_LEVELS = tuple((fmt, text) for _, fmt, text in WORD_LEVELS.values())


@dataclass
class _Lists:
    """The lists of one document: the body's items, items in table cells, a 序号 column's numbers."""
    body: _WordLists
    cells: _WordLists
    serial: _WordLists

    @classmethod
    def of(cls, document) -> _Lists:
        return cls(_WordLists(document, 90, ITEM_LEVELS), _WordLists(document, 91, ITEM_LEVELS),
                   _WordLists(document, 92, (("decimal", "%1"),)))


def _numbered_paragraph(paragraph, line: str, lists: _WordLists) -> str:
    """The line's item number, if it opens with one, put in Word's numbering: the text left."""
    numbered = _number(line.strip())
    if numbered is None:
        return line.strip()
    lists.number(paragraph, WORD_LEVELS[numbered[0]][0], numbered[1])
    return numbered[2]


def _cell_parts(value: str, owner: bool, form: DocxForm) -> list[str]:
    parts = [v.strip() for v in str(value).split("\n") if v.strip()]
    if form.cell_paragraphs:
        cut = r"、(?![^（(]*[）)])" if owner else r"(?<=[。；;])(?=.)"  # a 、 inside brackets is no unit's end
        parts = [piece for part in parts for piece in re.split(cut, part) if piece.strip()]
    return parts


def _fill(cell, value: str, owner: bool, form: DocxForm, lists: _Lists, serial: bool = False) -> None:
    """A cell's text, a paragraph a part; its item numbers (and a 序号 column's) Word's numbering."""
    parts = _cell_parts(value, owner, form) or [""]
    for k, part in enumerate(parts):
        paragraph = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        if serial and re.fullmatch(r"\d{1,3}", part):
            lists.serial.number(paragraph, 0, int(part))
            continue
        paragraph.add_run(_numbered_paragraph(paragraph, part, lists.cells))


def _sections(rows: list[list[str]], merges: list) -> tuple[list[list[str]], list[str | None]]:
    """A first column merged down in runs (a category column): each run a section row above its
    rows instead. The rows, and for each the text of the section row before it (or None)."""
    merged_down = any(top[1] == bottom[1] == 0 and bottom[0] > top[0] for top, bottom in merges)
    header, body = rows[0], rows[1:]
    if len(header) < 3 or not merged_down or OWNER_HEADER.search(str(header[0])) or str(header[0]).strip() == "序号":
        return rows, [None] * len(rows)
    sections: list[str | None] = [None]
    previous = None
    for r in range(1, len(rows)):
        value = str(rows[r][0]).strip()
        sections.append(value if value and value != previous else None)
        previous = value
    return [header[1:]] + [row[1:] for row in body], sections


def _write_table(document, rows: list[list[str]], sections: list[str | None], merged: set[int],
                 serial: int | None, form: DocxForm, lists: _Lists, header: bool = True) -> None:
    """One Word table: the header row (repeated on each page), a section row across the table
    before its rows, each run of equal cells of a ``merged`` column merged down; without
    ``header``, ``rows`` are all body rows (a table going on from the page before). The
    ``serial`` column's numbers are Word's numbering."""
    width = len(rows[0])
    plan: list[tuple[str, list[str]]] = [("header", rows[0])] if header else []
    for row, section in zip(rows[int(header):], sections[int(header):]):
        plan += [("section", [section])] if section else []
        plan.append(("row", row))
    group = _owner_group(rows[0]) if header and form.grouped_header else []
    if group:
        plan.insert(0, ("header", [""] * width))
    table = document.add_table(rows=len(plan), cols=width)
    table.style = "Table Grid"
    for r in range(1 + bool(group) if header else 0):
        table.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    if group:
        for c, word in enumerate(rows[0]):
            if c not in group:
                _fill(table.cell(0, c), word, False, form, lists)
                table.cell(0, c).merge(table.cell(1, c))
        _fill(table.cell(0, group[0]), "责任单位", False, form, lists)
        table.cell(0, group[0]).merge(table.cell(0, group[-1]))
        plan[1] = ("header", [word if c in group else "" for c, word in enumerate(rows[0])])
    runs: dict[tuple[int, int], int] = {}  # (column, first row) of a run of equal cells -> its last row
    open_run: dict[int, int] = {}  # column -> first row of the run still open
    for r, (kind, content) in enumerate(plan):
        cells = table.rows[r].cells
        if kind == "section":
            _fill(cells[0], content[0], False, form, lists)
            cells[0].merge(cells[-1])
            open_run.clear()
            continue
        for c, value in enumerate(content):
            if kind == "row" and c in merged and c in open_run and value.strip() and plan[r - 1][1][c] == value:
                runs[(c, open_run[c])] = r
                continue
            if kind == "row" and c in merged:
                open_run[c] = r
            _fill(cells[c], value, kind == "row" and c in merged, form, lists, serial=kind == "row" and serial == c)
    for (c, first), last in runs.items():
        table.cell(first, c).merge(table.cell(last, c))


def _owner_group(header: list[str]) -> list[int]:
    """Side-by-side owner columns of a header (牵头单位 | 配合单位), or []."""
    owners = [c for c, word in enumerate(header) if OWNER_HEADER.search(word)]
    run = [c for c in owners if c + 1 in owners or c - 1 in owners]
    return run if len(run) >= 2 and run == list(range(run[0], run[-1] + 1)) else []


def _word_table(document, grid, form: DocxForm, lists: _Lists) -> None:
    """A table the extractor read from the text, as Word holds it (a long one on two pages)."""
    rows = [[("" if v is None else str(v)) for v in row] for row in grid.rows]
    rows, sections = _sections(rows, grid.merges)
    shift = len(grid.rows[0]) - len(rows[0])
    merged = {c for c, word in enumerate(rows[0]) if OWNER_HEADER.search(word)}
    merged |= {top[1] - shift for top, bottom in grid.merges if top[1] == bottom[1] and top[1] >= shift}
    serial = next((c for c, word in enumerate(rows[0]) if word.replace(" ", "") == "序号"), None)
    if len(rows) - 1 >= SPLIT_ROWS:
        half = 1 + (len(rows) - 1) // 2
        _write_table(document, rows[:half], sections[:half], merged, serial, form, lists)
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if form.header_repeated:
            _write_table(document, [rows[0]] + rows[half:], [None] + sections[half:], merged, serial, form, lists)
        else:
            _write_table(document, rows[half:], sections[half:], merged, serial, form, lists, header=False)
    else:
        _write_table(document, rows, sections, merged, serial, form, lists)


def _paragraphs(lines: list[str], soft_breaks: bool) -> list[list[str]]:
    """The lines as Word paragraphs: one a line, or (soft_breaks) the lines between blank lines."""
    if not soft_breaks:
        return [[line] for line in lines if line.strip()]
    out: list[list[str]] = []
    run: list[str] = []
    for line in lines + [""]:
        if line.strip():
            run.append(line.strip())
        elif run:
            out.append(run)
            run = []
    return out


def write_docx(text: str, quotes: list[str], form: DocxForm, path: Path) -> str:
    """The plan written as a .docx; "" when written, or why it cannot be (then nothing is)."""
    lines = form.text(text).split("\n")
    tables = _text_tables(lines)
    inside = {k for t in tables for k in range(t.start, t.end)}
    first = _first_task_line(text, quotes)
    stray = [k for k, line in enumerate(lines) if TABLE_LINE.search(line) and k not in inside and k >= first]
    if stray:
        return f"table-like lines not read as a table (line {stray[0] + 1})"
    document = docx.Document()
    lists = _Lists.of(document)
    k = 0
    for table in tables + [None]:
        stop = table.start if table is not None else len(lines)
        for paragraph_lines in _paragraphs(lines[k:stop], form.soft_breaks):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(_numbered_paragraph(paragraph, paragraph_lines[0], lists.body))
            for line in paragraph_lines[1:]:
                run.add_break()
                run.add_text(line.strip())
        if table is not None:
            _word_table(document, table.grid, form, lists)
            k = table.end
    document.save(str(path))
    held = norm_text("\n".join(docx_text(path)))
    lost = [q for q in quotes if not any(key and key in held for key in Gold(q, [], []).keys)]
    if lost:
        path.unlink()
        return f"a quote not in the tables read from the text ({lost[0][:12]})"
    return ""


def docx_text(path: Path) -> list[str]:
    """Every paragraph's text, in the body and in table cells (numbers Word adds not included)."""
    document = docx.Document(str(path))
    return [Paragraph(p, document).text for p in document.element.body.iter(f"{W}p")]


def as_docx(doc: Document, form: DocxForm, folder: Path) -> tuple[Document | None, str]:
    """The document delivered as a .docx in folder (labels unchanged), or None and why not."""
    text = _plan_text(doc.plan).replace("\r\n", "\n")
    plan = folder / (Path(doc.plan.name).stem + ".docx")
    why = write_docx(text, [g.quote for g in doc.golds if g.scored], form, plan)
    return (None, why) if why else (Document(doc.name, plan, doc.golds), "")


def score_docx(docs: list[Document], name: str) -> tuple[list[DocScore], dict[str, str]]:
    """Scores of the documents written as DOCX_FORMS[name] gives them, and those skipped (why)."""
    with tempfile.TemporaryDirectory(prefix="docx-") as tmp:
        written, skipped = [], {}
        for doc in docs:
            moved, why = as_docx(doc, DOCX_FORMS[name], Path(tmp))
            if moved is None:
                skipped[doc.name] = why
            else:
                written.append(moved)
        return score_set(written), skipped


def docx_table(docs: list[Document], names: list[str], details: bool = False) -> str:
    """F1 over (task, unit) pairs of the documents as text and as each .docx form gives them."""
    out = ["| form | what | documents (skipped) | P | R | F1 | no owner (not found) |", "|---|---|---:|---:|---:|---:|---:|"]
    rows = []
    for name in names:
        scores, skipped = score_docx(docs, name)
        rows.append((name, scores, skipped))
    kept = {s.name for s in rows[0][1]} if rows else set()
    text = score_set([d for d in docs if d.name in kept])
    for name, what, scores, skipped in [("as text", "the same plans as .txt", text, {})] + [
            (n, DOCX_FORMS[n].what, s, k) for n, s, k in rows]:
        c = overall(scores)
        out.append(f"| {name} | {what} | {len(scores)} ({len(skipped)}) | {c.pairs[0]:.3f} | {c.pairs[1]:.3f} "
                   f"| {c.pairs[2]:.3f} | {c.no_owner} ({c.not_found}) |")
    for name, scores, skipped in rows:
        out += ["", f"### {name}"] + [f"- skipped {n}: {why}" for n, why in skipped.items()]
        if details:
            out += [f"- {s.name} {s.counts.pairs[2]:.2f} {s.error}: " + "；".join(s.details)[:400]
                    for s in scores if s.details or s.error]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ output


def _row(name: str, c: Counts, note: str = "") -> str:
    p, r, f = c.pairs
    rp, rr, rf = c.triples
    return (f"| {name} | {c.annotated} | {c.tp}/{c.tp + c.fn} | {p:.2f} | {r:.2f} | {f:.2f} "
            f"| {rp:.2f} | {rr:.2f} | {rf:.2f} | {c.no_owner} ({c.not_found}) | {note} |")


HEADER = ("| document | annotated tasks | units found | P | R | F1 | P (role) | R (role) | F1 (role) "
          "| no owner (not found) | note |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")


def markdown(results: dict[str, list[DocScore]], details: bool = False) -> str:
    out = ["| set | documents | annotated tasks | P | R | F1 | F1 (role) | no owner (not found) |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, scores in results.items():
        c = overall(scores)
        out.append(f"| {name} | {len(scores)} | {c.annotated} | {c.pairs[0]:.3f} | {c.pairs[1]:.3f} "
                   f"| {c.pairs[2]:.3f} | {c.triples[2]:.3f} | {c.no_owner} ({c.not_found}) |")
    for name, scores in results.items():
        out += ["", f"## {name}", "", HEADER]
        out += [_row(s.name, s.counts, s.error.split(":")[0]) for s in scores]
        out.append(_row("**overall**", overall(scores)))
        if details:
            for s in scores:
                out += ["", f"### {s.name}", *(f"- {d}" for d in s.details or ["(all right)"])]
    return "\n".join(out) + "\n"


def perturbation_table(docs: list[Document], names: list[str], details: bool = False) -> str:
    """F1 over (task, unit) pairs of the documents as written and as each perturbation gives them."""
    rows = [("as written", "", score_set(docs))] + [(n, PERTURBATIONS[n].what, score_perturbed(docs, n)) for n in names]
    out = ["| perturbation | what | P | R | F1 | no owner (not found) |", "|---|---|---:|---:|---:|---:|"]
    for name, what, scores in rows:
        c = overall(scores)
        out.append(f"| {name} | {what} | {c.pairs[0]:.3f} | {c.pairs[1]:.3f} | {c.pairs[2]:.3f} "
                   f"| {c.no_owner} ({c.not_found}) |")
    if details:
        for name, _, scores in rows[1:]:
            out += ["", f"### {name}"] + [f"- {s.name} {s.counts.pairs[2]:.2f} {s.error}: " + "；".join(s.details)[:400]
                                          for s in scores if s.details or s.error]
    return "\n".join(out) + "\n"


def as_json(results: dict[str, list[DocScore]]) -> dict:
    def counts(c: Counts) -> dict:
        return {**c.__dict__, "pairs_prf": c.pairs, "triples_prf": c.triples}
    return {name: {"overall": counts(overall(scores)),
                   "documents": [{"name": s.name, "error": s.error, **counts(s.counts), "details": s.details}
                                 for s in scores]}
            for name, scores in results.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--held-out", action="store_true", help="also score the held-out third (score it once)")
    ap.add_argument("--synthetic", action="store_true", help="also score the synthetic plans")
    ap.add_argument("--web", action="store_true", help="also score the real plans from the web (tests/fixtures/plans_web)")
    ap.add_argument("--blind", action="store_true", help="also score the once-blind web set (tests/fixtures/plans_web_blind): "
                    "scored once at a153a42, developed on since")
    ap.add_argument("--details", action="store_true", help="list each document's missed and extra units")
    ap.add_argument("--plans", type=Path, default=PLANS, help="the folder of pNNN.txt (default ../shared/plans)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    ap.add_argument("--perturb", choices=["all", *PERTURBATIONS], help="score the development plans and w01-w15 as each "
                    "perturbation (or one) gives them: how real copies reach an office")
    ap.add_argument("--docx", choices=["all", *DOCX_FORMS], help="score the development plans, w01-w39 and the "
                    "synthetic plans written as .docx the way Word holds them (or one form)")
    args = ap.parse_args(argv)
    if not args.plans.is_dir():
        print(f"no plan corpus at {args.plans}", file=sys.stderr)
        return 2
    sets = corpus(args.plans)
    if args.docx:
        print(docx_table(docx_set(sets), list(DOCX_FORMS) if args.docx == "all" else [args.docx], args.details))
        return 0
    if args.perturb:
        print(perturbation_table(robust_set(sets),
                                 list(PERTURBATIONS) if args.perturb == "all" else [args.perturb], args.details))
        return 0
    wanted = (["development"] + ["synthetic"] * args.synthetic + ["web"] * args.web + ["blind"] * args.blind
              + ["held-out"] * args.held_out)
    results = {name: score_set(sets[name]) for name in wanted}
    print(json.dumps(as_json(results), ensure_ascii=False, indent=1) if args.json else markdown(results, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
