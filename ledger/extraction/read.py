"""Reading a plan (实施方案, .docx or .txt) into blocks (``.blocks``).

* ``.docx``: body paragraphs and tables in order (content controls opened),
  automatic numbering ("1." "（一）" "①" made by Word, not typed) put back in
  front of the text, soft line breaks split into lines, table cells merged
  with ``w:gridSpan`` / ``w:vMerge`` resolved (``.word``); the paragraphs between
  Word tables then read as a .txt's lines are (a table pasted into Word as text
  is rebuilt as it is in a .txt).
* ``.txt``: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030.
  A task table flattened to text (one cell a line, tab-indented, empty lines
  where cells were vertically merged; see ``.flat_table``) is
  rebuilt into a grid, and so are the forms of ``.text_tables`` (pipe rows,
  one cell a line, space-separated rows, a table run into one line). A bare
  number inside such a table is its 序号 cell, not a page number.

Page numbers ("— 1 —", "-1-", "第1页") are removed from both, and the line after
a removed page number is marked, so the extractor can join a paragraph that a
page break split in two.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..errors import FileProblem
from .blocks import Block, PlanDocument, TableBlock, TextLine
from .flat_table import find_flat_tables
from .markers import unbracket_labels
from .names import looks_like_org
from .noise import has_noise, noise_removed, stops_sprinkled, without_noise
from .outline import TERMINAL
from .punctuation import marks_read_again, repunctuated, scrambled
from .run_together import split_run_together
from .text_tables import find_text_tables
from .traditional import Script, drop_pinyin, readings_inserted, to_simplified
from .word import read_docx_blocks

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
TEXT_SUFFIXES = {".txt", ".text", ".md"}
PAGE_LINE = re.compile(
    r"^\s*(?:[-—–－~～]+\s*\d{1,4}\s*[-—–－~～]+|第\s*\d{1,4}\s*页(?:\s*[，,/、]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|\d{1,3})\s*$")
# The first form starts a run of spaces only where the plain (?<![\d—–])\s* would first
# match: at the run's start, one space in after a figure or dash, or at the one space a
# match before left (its \s* backs off a figure or dash). Tried at every space of a long
# run, \s* read the run to its end each time: quadratic (16,000 spaces took 1.3 s).
INLINE_PAGE = re.compile(
    r"(?:(?<![\d—–\s])|(?<=[\d—–]\s)|(?<![\d—–])(?=\s[—–]))\s*[—–]{1,2}\s*\d{1,3}\s*[—–]{1,2}\s*(?![\d—–])"
    r"|(?<=[\u4e00-\u9fff，。、；：])\s+[-－]\s*\d{1,3}\s*[-－]\s+(?=[\u4e00-\u9fff])")


def read_plan(path: str | Path) -> PlanDocument:
    """Read a .docx or .txt plan into blocks; FileProblem for anything unreadable."""
    path = Path(path)
    if not path.exists():
        raise FileProblem(f"找不到文件《{path.name}》，请检查文件名和路径。", path=str(path))
    if path.is_dir():
        raise FileProblem(f"《{path.name}》是文件夹，不是实施方案文件。", path=str(path))
    try:
        head = path.read_bytes()[:8]
    except OSError as exc:
        raise FileProblem(f"无法读取《{path.name}》：{exc.strerror or exc}。", path=str(path)) from exc
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        raise FileProblem(f"《{path.name}》是旧版 Word/WPS 文件（.doc/.wps），请在 Word 或 WPS 中"
                          "“另存为”.docx 后重试。", path=str(path))
    if head.startswith(ZIP_MAGIC) or suffix == ".docx":
        blocks = read_docx_blocks(path)
        doc = _simplified(_without_readings(PlanDocument(path.name, path, "docx", blocks)))
        return _paragraphs_read_as_text(_repunctuated(doc))
    if suffix in TEXT_SUFFIXES or not suffix:
        text, encoding, replaced = decode_text(path.read_bytes())
        _check_is_text(path, text)
        text, noise = without_noise(placeholders_joined(without_stray_brackets(levels_in_parentheses(drop_pinyin(text)))))
        doc = PlanDocument(path.name, path, "txt", [], encoding, replaced_chars=replaced, script=Script.of([text]),
                           noise_removed=noise)
        text, doc.marks_repunctuated = repunctuated(to_simplified(text) if doc.script.traditional else text)
        doc.blocks, doc.page_numbers_removed = text_blocks(text)
        return doc
    raise FileProblem(f"《{path.name}》不是可读取的实施方案：请提供 .docx 或 .txt 文件"
                      "（PDF 请先复制文字另存为 .txt）。", path=str(path))


# Levels written in angle brackets inside a name for its inner parentheses ("各县<市、区>人民政府",
# "各镇〈街道〉", "村‹社区›"): read as the parentheses they stand for.
_LEVEL = r"(?:市|区|县|旗|乡|镇|乡镇|街道|社区|村|居|场|园区|开发区)"
ANGLE_LEVELS = re.compile(rf"(?<=[\u4e00-\u9fff])[<‹〈＜]({_LEVEL}(?:[、，,]{_LEVEL})*)[>›〉＞]")


def levels_in_parentheses(text: str) -> str:
    """"各县<市、区>人民政府" -> "各县(市、区)人民政府"; other angle brackets stay."""
    return ANGLE_LEVELS.sub(r"(\1)", text)


# An opening bracket with nothing but spaces before the next one, never closed on its line: a stray mark of a page
# converted from PDF ('三、重点任务 ( (一 )禁限使用不可降解塑料袋专项 行动(牵头单位:区市场监管局、区经商局)', unseen w2540),
# whose item and annotation are read as if it were not there (it would hold the rest of the line in its bracket).
STRAY_OPENING = re.compile(r"[（(](?=[ \u3000\t]*[（(])")


def without_stray_brackets(text: str) -> str:
    """Each line's stray opening brackets (``STRAY_OPENING``) read as spaces; the text keeps its length."""
    if not STRAY_OPENING.search(text):
        return text
    return "\n".join(_stray_out(line) for line in text.split("\n"))


def _stray_out(line: str) -> str:
    unclosed = _unclosed_openers(line)
    stray = {m.start() for m in STRAY_OPENING.finditer(line)} & unclosed
    return "".join(" " if k in stray else ch for k, ch in enumerate(line)) if stray else line


def _unclosed_openers(line: str) -> set[int]:
    """Where the line's opening brackets stand that no closing bracket after them matches (one pass, nesting kept)."""
    opened: list[int] = []
    for k, ch in enumerate(line):
        if ch in "（(":
            opened.append(k)
        elif ch in "）)" and opened:
            opened.pop()
    return set(opened)


# A template's placeholder for a place's name, a space after it ('届时由 xx 市人防办统一组织实施', 'xx 电视台', unseen w2587): the
# name is read whole, the placeholder kept ('xx市人防办'), as 'XX市民防办公室' is.
PLACEHOLDER_SPACE = re.compile(r"(?<![A-Za-z])([xX]{2,3}|\*{2,3}|×{2,3})[ \u3000]+(?=[\u4e00-\u9fff])")


def placeholders_joined(text: str) -> str:
    return PLACEHOLDER_SPACE.sub(r"\1", text)


def _check_is_text(path: Path, text: str) -> None:
    """FileProblem for a text file with no words in it, or one whose bytes are no text (a
    workbook, picture or archive renamed .txt): the clerk is told what to do instead."""
    if not text.strip():
        raise FileProblem(f"《{path.name}》是空文件，没有文字。请确认选对了文件；方案在 Word 里的，请直接用"
                          "它的 .docx 文件，或把全文复制粘贴到记事本后另存为 .txt 再试。", path=str(path))
    sample = text[:20000]
    junk = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\v"))
    if junk * 20 > len(sample):  # more than one character in twenty is no text
        raise FileProblem(f"《{path.name}》里不是文字（可能是其他格式的文件改了扩展名）。请用 Word 或 WPS "
                          "打开原文件，另存为 .docx 或 .txt 后再试。", path=str(path))


def decode_text(data: bytes) -> tuple[str, str, int]:
    """Bytes -> (text, encoding, replaced characters). Never fails."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", 0
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            continue
    text = data.decode("utf-8", errors="replace")
    return text, "utf-8", text.count("\ufffd")


def is_page_number(line: str) -> bool:
    """A line that is only a page number: "— 1 —", "-1-", "第1页 共5页", "3/12", "7"."""
    return bool(PAGE_LINE.match(line)) and not line.startswith("\t")


def strip_inline_page_numbers(text: str) -> str:
    """"加强食品— 3 —安全" -> "加强食品安全" (a page number left inside a line)."""
    return INLINE_PAGE.sub("", text)


def text_blocks(text: str) -> tuple[list[Block], int]:
    """Plain text -> blocks (paragraph lines and rebuilt tables), page numbers removed."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return line_blocks(raw, list(range(1, len(raw) + 1)))


# A document site's paragraph mark left as a Cyrillic 'Р' between Chinese paragraphs ("…签订责任状。Р2、乡农机站每季度…",
# unseen w2666; blind w1954's "。Р第十四条…"): a line break, not a letter of any word around it.
CYRILLIC_ER = "\u0420"  # 'Р', not the Latin P it looks like
PARAGRAPH_MARK = re.compile(rf"(?<![\u0400-\u04ff]){CYRILLIC_ER}(?![\u0400-\u04ff])")


# A page saved with its HTML markup (a 美篇 post's '<p class="ql-block">…</p>', unseen w2707): a block's tag ends a
# paragraph, a cell's ends a cell, other tags and the entities stand for nothing or for their character.
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|blockquote)\b[^<>\n]{0,300}?/?>",
                       re.I)
CELL_TAG = re.compile(r"</t[dh]>", re.I)
INLINE_TAG = re.compile(r"</?(?:span|strong|b|em|i|u|a|font|img|td|th|sup|sub|small|big|label)\b[^<>\n]{0,300}?/?>", re.I)


def _markup_out(line: str) -> list[str]:
    """A line of a page saved with its markup -> the lines its block tags end, without tags or entities."""
    pieces = BLOCK_TAG.split(CELL_TAG.sub("\t", line))
    return [html.unescape(INLINE_TAG.sub("", piece)) for piece in pieces]


def _paragraph_marks_cut(raw: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """Each line cut at its paragraph marks (``PARAGRAPH_MARK``) and, in a page saved with its markup, at its block
    tags (``BLOCK_TAG``), the pieces keeping the line's number."""
    marked = any(CYRILLIC_ER in line for line in raw)
    markup = any(BLOCK_TAG.search(line) for line in raw)
    if not marked and not markup:
        return raw, numbers
    lines: list[str] = []
    kept: list[int] = []
    for line, number in zip(raw, numbers):
        pieces = PARAGRAPH_MARK.split(line) if marked else [line]
        if markup:
            pieces = [cut for piece in pieces for cut in _markup_out(piece)]
        lines += pieces
        kept += [number] * len(pieces)
    return lines, kept


def line_blocks(raw: list[str], numbers: list[int]) -> tuple[list[Block], int]:
    """Lines of text (``numbers``: each one's line of a .txt, or paragraph of a .docx) -> blocks
    (paragraph lines and the tables pasted as text, rebuilt), page numbers removed."""
    raw, numbers = _paragraph_marks_cut(raw, numbers)
    raw = without_common_indent([without_markdown(plain_spaces(line.replace("\ufeff", ""))) for line in raw])
    raw, numbers = preview_chunks_joined(raw, numbers)
    raw = [("" if CREDIT_LINE.fullmatch(line) else line) for line in without_site_sponsors(raw)]
    raw, numbers, removed = _page_breaks_in_tables(raw, numbers)
    cells = {k for t in find_text_tables(raw, numbers) for k in range(t.start, t.end)}
    cells |= row_numbers(raw)
    kept: list[tuple[int, str, bool]] = []  # (line or paragraph, text, page break before)
    pending_break = False
    for k, (number, line) in enumerate(zip(numbers, raw)):
        line = line.rstrip() or ("\t" if line.startswith("\t") else "")  # "\t" alone: an empty cell
        if is_page_number(line) and k not in cells:  # "1" alone in a table is a 序号 cell
            removed, pending_break = removed + 1, True
            continue
        kept.append((number, line, pending_break))
        pending_break = pending_break and not line.strip()
    wraps = {numbers[k] for k, line in enumerate(raw) if k not in cells and wrap_spaces(line)}  # a table's row: cells
    blocks = _blocks_from_lines(_cut_run_together(kept, wraps))
    if hard_wrapped([line for _, line, _ in kept]):
        for whole in (False, True):  # a table whose rows the wraps broke; one run into a line, wrapped
            again = _blocks_from_lines(_cut_run_together(unwrapped(kept, whole), wraps))
            blocks = again if _table_cells(again) > _table_cells(blocks) else blocks
    return blocks, removed


# A website's own lines: its registration numbers, copyright, technical support, where to send news.
SITE_LINE = re.compile(r"ICP备|ICP證|网站标识码|網站標識碼|公网安备|公網安備|版权所有|版權所有|技术支持|技術支持|投稿邮箱|投稿郵箱"
                       r"|新闻热线|新聞熱線|网站地图|網站地圖|联系我们|聯繫我們|Copyright"
                       r"|^\s*(?:您(?:当前)?的位置|当前位置|我要投稿|举报电话|舉報電話)", re.I)  # a page's breadcrumbs, its masthead
# A news page's line of its editors ("初审:丁月阳  责编:赵鸿冰   终审:陈炜", "责任编辑：李明"): no part of the text before it
# (unseen w2632: it closed the last task's words).
CREDIT_LINE = re.compile(r"\s*(?:(?:初审|复审|终审|审核|审校|校对|责编|责任编辑|编辑|摄影|供稿)\s*[:：]\s*[\u4e00-\u9fffA-Za-z·]{0,8}\s*){1,5}")
# A line naming who runs or hosts a site ("主办单位:麻城市融媒体中心", "承办单位:长江网"), the same words as an event's
# or a proposal's 主办单位 (an owner: blind w47, w2056).
# Or the sponsor before the word, alone on its line ("建德市融媒体中心 主办", unseen w2700).
SPONSOR_LINE = re.compile(r"^\s*(?:(?:主办|主辦|承办|承辦)(?:单位|單位)?\s*[:：]\s*(\S*)"
                          r"|(\S{2,30}?)\s+(?:主办|主辦|承办|承辦)\s*$)")
SITE_REACH = 3  # lines from a site's own line that a sponsor line is the site's
SITE_NAME = re.compile(r"(?:网|網|网站|網站|在线|在線)$")


def without_site_sponsors(raw: list[str]) -> list[str]:
    """The lines as they are, a website's sponsor lines blanked: a 主办单位/承办单位 line within ``SITE_REACH`` lines of the
    site's own lines (``SITE_LINE``), or beside one naming a site (承办单位:长江网). Read as a label, it made the site's
    sponsor the lead of the page's first task (unseen w2472, blind w171, w1737)."""
    sponsors = {k: m.group(1) or m.group(2) for k, line in enumerate(raw) if (m := SPONSOR_LINE.match(line)) is not None}
    if not sponsors:
        return raw
    sites = {k for k, line in enumerate(raw) if SITE_LINE.search(line)} | {k for k, name in sponsors.items()
                                                                            if SITE_NAME.search(name)}
    out = list(raw)
    for k in sponsors:
        if any(j in sites for j in range(k - SITE_REACH, k + SITE_REACH + 1)):
            out[k] = ""
    return out


# A document-sharing site's preview (77wenku, 淘文阁): the document's text in chunks of 300 characters,
# each on a line of its own opened by its number, "1、" "2、" "3、" …, cut wherever the 300th falls.
PREVIEW_CHUNK = re.compile(r"^(\d{1,3})、")
CHUNK_SIZE = range(296, 311)  # characters of a chunk's line with its number (300 and the mark, a space or so)


def preview_chunks_joined(raw: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """A preview's chunks put back together: blind w232 ('…民政办: 组' / '2、织救灾捐赠; …' /
    '…供水、供气' / '3、、道路、排水…'), w85 ('…二、主要工作措施' / '2、(一)引进企业…'), whose
    chunk numbers cut words and split items. Lines numbered 1、 2、 3、 … one after another, each but
    the last a chunk long and not all of them ending a sentence (a plan's own items of that length
    end theirs): each number taken off and the chunks joined into the one line the page was
    (where a chunk starts says nothing of the text: a page that lost its breaks is cut into its
    items as any such line is). Other lines as they are."""
    out, nums, k = [], [], 0
    while k < len(raw):
        run = _chunk_run(raw, k)
        if len(run) < 2:
            out.append(raw[k])
            nums.append(numbers[k])
            k += 1
            continue
        for j in run:
            text = raw[j].strip()[PREVIEW_CHUNK.match(raw[j].strip()).end():]
            if j == run[0]:
                out.append(text)
                nums.append(numbers[j])
            else:
                out[-1] += text
        k = run[-1] + 1
    return out, nums


def _chunk_run(raw: list[str], k: int) -> list[int]:
    """The lines of a preview's chunks from line ``k`` (its "1、"), or fewer than two. Blank
    lines may stand between the chunks (blind w278, '…禁烧工' / '' / '2、作,减少…')."""
    run: list[int] = []
    j = k
    while j < len(raw):
        line = raw[j].strip()
        m = PREVIEW_CHUNK.match(line)
        if m is None or int(m.group(1)) != len(run) + 1 or run and len(raw[run[-1]].strip()) not in CHUNK_SIZE:
            break
        run.append(j)
        j = _next_filled(raw, j + 1)
    full = [raw[j].strip() for j in run[:-1]]
    if not full or all(line.endswith(tuple(TERMINAL)) for line in full):
        return []
    return run


def _next_filled(raw: list[str], j: int) -> int:
    """The first line from ``j`` that is not blank (``len(raw)`` when none is)."""
    while j < len(raw) and not raw[j].strip():
        j += 1
    return j


def _page_gap(line: str) -> bool:
    """A line of a page break: blank, or a page number that is no bare number (a bare number
    after a break may be the next row's 序号 cell)."""
    return not line.strip() or is_page_number(line) and not line.strip().isdigit()


def _page_breaks_in_tables(raw: list[str], numbers: list[int]) -> tuple[list[str], list[int], int]:
    """A page break inside a table pasted as text (its rows, a blank line, "— 2 —", a blank
    line, its next rows): the break's lines taken out where the table then reads on past it,
    so that the rows after the break keep their header. Not where the header is printed
    again after the break (the table is continued from it). The page numbers taken out."""
    removed, done = 0, set()
    while True:
        tables = sorted(find_flat_tables(raw, numbers) + find_text_tables(raw, numbers), key=lambda t: t.start)
        for t in tables:
            k = g = t.end
            while g < len(raw) and _page_gap(raw[g]):
                g += 1
            pages = sum(bool(raw[x].strip()) for x in range(k, g))
            if (t.start, k) in done or not pages or g >= len(raw) or raw[g].strip() == raw[t.start].strip():
                continue
            done.add((t.start, k))
            trial, trial_numbers = raw[:k] + raw[g:], numbers[:k] + numbers[g:]
            again = find_flat_tables(trial, trial_numbers) + find_text_tables(trial, trial_numbers)
            if any(a.start == t.start and a.end > k for a in again):
                raw, numbers, removed = trial, trial_numbers, removed + pages
                break
        else:
            return raw, numbers, removed


def _table_cells(blocks: list[Block]) -> int:
    """How much of the text the tables found hold: their filled cells below the header."""
    return sum(1 for b in blocks if isinstance(b, TableBlock) for row in b.grid.rows[1:] for v in row if v)


ROW_GAP = 12  # lines between two row numbers of a table pasted a cell a line; a page holds twice that


def row_numbers(lines: list[str]) -> set[int]:
    """Bare numbers that count 1, 2, 3 … a few lines apart: a flattened table's 序号 cells
    (its header lost, so no table was found), not page numbers. Indexes into ``lines``."""
    found: set[int] = set()
    run: list[int] = []
    for k, line in enumerate(lines):
        if not re.fullmatch(r"\s*\d{1,3}\s*", line):
            continue
        value = int(line)
        if run and value == int(lines[run[-1]]) + 1 and k - run[-1] <= ROW_GAP:
            run.append(k)
        else:
            found |= set(run) if len(run) >= 3 else set()
            run = [k]
    return found | (set(run) if len(run) >= 3 else set())


def _cut_run_together(kept: list[tuple[int, str, bool]], wraps: set[int]) -> list[tuple[int, str, bool]]:
    """Each line cut into the paragraphs it ran together (``split_run_together``); on the lines ``wraps`` names
    (``wrap_spaces``), the wraps' spaces dropped once it is cut; a news item's credits left out."""
    second = any(SECOND_ITEM.match(line) for _, line, _ in kept)
    return [(number, unbracket_labels(strip_inline_page_numbers(without_wrap_spaces(part) if number in wraps else part)),
             page_break)
            for number, line, page_break in kept for whole in _first_item_cut(line, second)
            for piece in split_run_together(whole)
            for part in _between_banners(piece) if not NEWS_CREDITS.fullmatch(part)]


# A notice's lead-in and its first item on one line ("…现提出如下要求: 一、加大宣传力度,…", unseen w1777): the item
# starts its own line, as its 二、 does below.
FIRST_ITEM_AFTER_LEAD_IN = re.compile(r"(?<=[：:])[ \u3000]*(?=一、[\u4e00-\u9fff])")
SECOND_ITEM = re.compile(r"\s*二、")


def _first_item_cut(line: str, second: bool) -> list[str]:
    """The line cut before a first item (一、) right after its lead-in's colon, when a line of the page opens the second."""
    m = FIRST_ITEM_AFTER_LEAD_IN.search(line) if second else None
    return [line[:m.start()], line[m.end():]] if m and line[:m.start()].strip() else [line]


# A document-sharing site's running banner between the pages of a file it shows, in a line the copy ran together
# ('-----…精选财经经济类资料-----…感谢阅读-----~2~', unseen w1600): the page before it ended there.
PAGE_BANNER = re.compile(r"-{10,}(?:[^\n-]{1,30}-{10,})*\s*(?:~\d{1,4}~)?")


def _between_banners(line: str) -> list[str]:
    """A line cut at the sites' page banners inside it, each page's text a paragraph of its own (the line as it is
    when it has none)."""
    if "-" * 10 not in line:
        return [line]
    return [page for page in PAGE_BANNER.split(line) if page.strip()] or [line]


# A news item's credits cut from the end of a run-together page ("(来源:马关融媒) (编辑:李云淑 审核:资云波)",
# "【打印本页】【关闭窗口】"): furniture, no part of the last task's text.
_CREDIT = r"[(（【\[]\s*(?:来源|编辑|责任编辑|作者|记者|审核|校对|通讯员|供稿|排版|打印本页|关闭窗口)[^()（）【】\[\]]{0,40}[)）】\]]"
NEWS_CREDITS = re.compile(rf"\s*{_CREDIT}(?:\s*{_CREDIT})*\s*")


INNER_SPACE = re.compile(r"(?<=\S)[ \u3000](?=\S)")  # a space between two words, not a run of them
# A space inside a sentence where a PDF's line ended and the copy joined the lines with a space ("…林长制各项日
# 常工作,协调…各 镇直单位按照…", unseen w430): between two characters of Chinese text (its punctuation too, no
# digit or letter beside it: " 1." and a table's "县住建局 2024年底前" keep theirs, and so does "第二条 本制度").
_ARTICLE = "第[一二三四五六七八九十百]"
WRAP_SPACE = re.compile(rf"(?<!{_ARTICLE}条)(?<!{_ARTICLE}{{2}}条)(?<!{_ARTICLE}{{3}}条)(?<!{_ARTICLE}{{4}}条)"
                        r"(?<=[\u4e00-\u9fff\u3001-\u3011\uff08\uff09\uff0c\uff1b\uff1a,;:“”])[ \u3000]"
                        r"(?=[\u4e00-\u9fff\u3001-\u3011\uff08\uff09\uff0c\uff1b\uff1a,;:“”])")
WRAP_GAP = range(18, 49)  # characters of a printed line, about
WRAP_LINES_MIN = 4  # lines of that width at least
WRAP_SLACK = 3  # characters a printed line may be shorter or longer by (digits, a line's last word kept whole)
WRAP_SHARE = 0.3  # of the gaps between the line's spaces (article marks, short last lines make the others)


def wrap_spaces(line: str) -> bool:
    """The line's spaces come a printed line apart, again and again: a PDF's wrapped lines joined with
    spaces (a table's cells, run into a line, vary in length)."""
    at = [m.start() for m in INNER_SPACE.finditer(line)]
    gaps = [b - a for a, b in zip(at, at[1:])]
    if len(gaps) < WRAP_LINES_MIN:
        return False
    width = max(WRAP_GAP, key=lambda w: sum(abs(g - w) <= WRAP_SLACK for g in gaps))
    lines = sum(abs(g - width) <= WRAP_SLACK for g in gaps)
    return lines >= WRAP_LINES_MIN and lines >= WRAP_SHARE * len(gaps)


def without_wrap_spaces(text: str) -> str:
    """``text`` without the spaces ``wrap_spaces`` found its line to hold (one after an article mark stays)."""
    return WRAP_SPACE.sub("", text)


WRAP_WIDTH = range(26, 43)  # characters a line of a PDF page holds (GB/T 9704: 28), and a web copy's wraps
WRAPPED_SHARE = 0.6


def hard_wrapped(lines: list[str]) -> bool:
    """Most lines about one page line long and not ending a sentence: a PDF copy's hard wraps."""
    filled = [line.strip() for line in lines if line.strip()]
    wrapped = [line for line in filled if len(line) in WRAP_WIDTH and not line.endswith(tuple(TERMINAL))]
    return len(filled) >= 5 and len(wrapped) >= WRAPPED_SHARE * len(filled)


def unwrapped(kept: list[tuple[int, str, bool]], whole: bool = False) -> list[tuple[int, str, bool]]:
    """Each line a page line long that does not end a sentence joined with the next
    (not across a blank line): the lines as they were before the wraps; ``whole``: one
    ending a sentence too (a table that was run into one line before it was wrapped)."""
    out: list[tuple[int, str, bool]] = []
    carry = False
    for number, line, page_break in kept:
        if carry and line.strip() and out:
            out[-1] = (out[-1][0], out[-1][1] + line.strip(), out[-1][2])
        else:
            out.append((number, line, page_break))
        carry = bool(line.strip()) and len(line.strip()) in WRAP_WIDTH and (whole or not line.rstrip().endswith(tuple(TERMINAL)))
    return out


# No-break and typographic spaces (a page's &nbsp;, a PDF's thin spaces) are spaces to the reader.
ODD_SPACES = str.maketrans({ch: " " for ch in "\xa0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"})


# A page copied from a blog or a chat answer in Markdown: "1. **政教处**:负责…", "由**总务处**牵头", "### 三、职责分工"
# (unseen w445, probe s97). Marks that open and close beside no Chinese character are Markdown's; beside one, only
# around a body's name (an anonymised name's stars, "县**局、**体育局", "《****学校…》", are no marks: p002).
MARKDOWN_STRONG = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])([^*_\n]{1,60}?)(?<=[^\s*_])\1(?![*_])")
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def without_markdown(line: str) -> str:
    """``line`` without Markdown's strong marks and heading hashes, the words they mark kept."""
    def unmark(m: re.Match[str]) -> str:
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        beside = any("\u4e00" <= ch <= "\u9fff" for ch in before + after)
        return m.group(2) if not beside or looks_like_org(m.group(2)) else m.group()
    line = MARKDOWN_HEADING.sub("", line)
    return MARKDOWN_STRONG.sub(unmark, line)


def plain_spaces(line: str) -> str:
    return LOST_INDENT.sub("", line.translate(ODD_SPACES))


# A paragraph's indent a mirror site's encoding lost, each U+3000 become "?" ('??? 現將…', '?2020年6月4日', unseen w1811).
LOST_INDENT = re.compile(r"^\?{1,4}(?:[ \u3000]+|(?=[^\s?]))")  # ('??（一）市水务局负责…', the session's probe)


def without_common_indent(lines: list[str]) -> list[str]:
    """Every line indented the same way (a tab, two U+3000, spaces: a copy that indents
    each paragraph): that indent taken off, so that a tab before every line is not read as
    the tab-indented cells of a flattened table. Lines indented differently stay as they are."""
    filled = [line for line in lines if line.strip()]
    if not filled:
        return lines
    indent = min((line[:len(line) - len(line.lstrip())] for line in filled), key=len)
    if not indent or any(not line.startswith(indent) for line in filled):
        return lines
    return [line[len(indent):] if line.strip() else line for line in lines]


def _blocks_from_lines(lines: list[tuple[int, str, bool]]) -> list[Block]:
    texts, numbers = [text for _, text, _ in lines], [n for n, _, _ in lines]
    tables = find_flat_tables(texts, numbers)
    taken = {k for t in tables for k in range(t.start, t.end)}
    tables += [t for t in find_text_tables(texts, numbers) if not taken & set(range(t.start, t.end))]
    tables.sort(key=lambda t: t.start)
    blocks: list[Block] = []
    i, blank = 0, False
    for table in tables + [None]:
        stop = table.start if table is not None else len(lines)
        while i < stop:
            number, text, page_break = lines[i]
            if text.strip():
                blocks.append(TextLine(text.strip(), number, page_break, blank))
            blank = not text.strip()
            i += 1
        if table is not None:
            label = f"表{sum(isinstance(b, TableBlock) for b in blocks) + 1}"
            blocks.append(TableBlock(table.grid, lines[table.start][0], label,
                                     table.row_lines, table.row_sources, flattened=True))
            i, blank = table.end, False
    return blocks


def _docx_texts(doc: PlanDocument) -> list[str]:
    """A .docx's paragraphs and table cells, in order."""
    return [b.text for b in doc.lines] + [str(v) for t in doc.tables for row in t.grid.rows for v in row if v]


def _each_text(doc: PlanDocument, change: Callable[[str], str]) -> None:
    """``change`` applied to each paragraph and each text cell of a .docx."""
    for k, block in enumerate(doc.blocks):
        if isinstance(block, TextLine):
            doc.blocks[k] = replace(block, text=change(block.text))
        else:
            block.grid.rows = [[change(v) if isinstance(v, str) else v for v in row] for row in block.grid.rows]


def _without_readings(doc: PlanDocument) -> PlanDocument:
    """A mirror page pasted into Word ("负(fù)责", "局(ju)(ju)") read without the readings
    inserted after its characters, as a .txt is; whether syllables without tone marks are
    readings is judged on the whole document. So are characters sprinkled inside its words (``.noise``)."""
    untoned = readings_inserted("\n".join(_docx_texts(doc)))
    _each_text(doc, lambda text: placeholders_joined(without_stray_brackets(drop_pinyin(text, untoned))))
    whole = "\n".join(_docx_texts(doc))
    if has_noise(whole):
        counts: list[int] = []
        stops = stops_sprinkled(whole)
        _each_text(doc, lambda text: _counted(noise_removed(text, stops), counts))
        doc.noise_removed = sum(counts)
    return doc


def _counted(result: tuple[str, int], counts: list[int]) -> str:
    counts.append(result[1])
    return result[0]


def _simplified(doc: PlanDocument) -> PlanDocument:
    """A .docx in traditional characters, read in simplified (``doc.script`` puts them back)."""
    doc.script = Script.of(_docx_texts(doc))
    if doc.script.traditional:
        _each_text(doc, to_simplified)
    return doc


def _repunctuated(doc: PlanDocument) -> PlanDocument:
    """A .docx whose marks a mirror site scrambled (judged on the whole document) with each mark read again."""
    if scrambled("\n".join(_docx_texts(doc))):
        counts: list[int] = []
        _each_text(doc, lambda text: _counted(marks_read_again(text), counts))
        doc.marks_repunctuated = sum(counts)
    return doc


def _paragraphs_read_as_text(doc: PlanDocument) -> PlanDocument:
    """A .docx's paragraphs between its Word tables read as a .txt's lines are: page numbers
    out, run-together items cut, and a table pasted into Word as text (pipe rows, a cell a
    paragraph, tab rows, a table run into one paragraph) rebuilt; the tables numbered 表1, 表2 … in order."""
    out: list[Block] = []
    run: list[TextLine] = []
    for block in doc.blocks + [None]:
        if isinstance(block, TextLine):
            run.append(block)
            continue
        if run:
            blocks, removed = line_blocks([line.text for line in run], [line.line for line in run])
            out += blocks
            doc.page_numbers_removed += removed
            run = []
        if block is not None:
            out.append(block)
    tables = [b for b in out if isinstance(b, TableBlock)]
    for k, table in enumerate(tables, start=1):
        table.label = f"表{k}"
    doc.blocks = out
    return doc
