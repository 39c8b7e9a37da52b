""".docx plan -> blocks: paragraphs and tables in body order.

Word's automatic numbering is not in a paragraph's text; it is rebuilt here
from ``numbering.xml`` (decimal, 一二三, ①②③, letters, roman) and put in
front of the text, so "1." and "（一）" look the same as when typed. Tables
are read cell by cell: ``w:gridSpan`` (merged across) and ``w:vMerge``
(merged down) become merges of a :class:`~ledger.io.grid.Grid`, every covered
cell showing the merge's value, as ``ledger.io.grid`` does for workbooks.
``.read.read_plan`` calls it for a .docx and cleans the page numbers out.

Text is what Word shows: tracked insertions read, deletions (and rows deleted)
not, runs inside links, smart tags, content controls and fields read, a
field's instruction not. The body only: headers, footers (page numbers),
footnotes, text boxes (drawings anchored in a run) and the table of contents
(its content control, or paragraphs in the toc styles) are not read.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import FileProblem
from ..numerals import CIRCLED, cn_number
from ..io.grid import Grid
from .blocks import Block, TableBlock, TextLine, merge_boxes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TOC = "Table of Contents"  # the gallery of the content control Word puts a table of contents in


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _val(element: Any, path: str) -> str | None:
    found = element.find(path.replace("w:", f"{{{W_NS}}}"))
    return None if found is None else found.get(_w("val"))


def _is_workbook(path: Path) -> bool:
    """An .xlsx (or .xlsm) package, whatever its name says."""
    try:
        with zipfile.ZipFile(path) as package:
            return "xl/workbook.xml" in package.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def read_docx_blocks(path: Path) -> list[Block]:
    """Text lines (a paragraph cut at its soft line breaks) and tables of the document body, in order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        if _is_workbook(path):
            raise FileProblem(f"《{path.name}》是 Excel 工作簿，不是 Word 文档。已经是任务清单的，请用 ledger import"
                              " 导入；方案正文请提供 .docx 或 .txt 文件。", path=str(path)) from exc
        raise FileProblem(f"《{path.name}》不是有效的 Word 文档（.docx），可能已损坏。"
                          "请在 Word 或 WPS 中打开并另存为 .docx 后重试。", path=str(path)) from exc
    numbering = _Numbering(document)
    blocks: list[Block] = []
    counter = 0
    for element in _opened(document.element.body, "p", "tbl"):
        if _style_name(element, document).startswith("toc "):
            continue  # an entry of the table of contents: a heading's title again, with its page
        if element.tag == _w("tbl"):
            label = f"表{sum(isinstance(b, TableBlock) for b in blocks) + 1}"
            blocks.append(_table_block(element, document, numbering, label, counter + 1))
            continue
        counter += 1
        text = numbering.label(element, document) + _paragraph_text(element)
        for part in text.split("\n"):
            if part.strip():
                blocks.append(TextLine(part.strip(), counter))
    return blocks


def _opened(parent: Any, *tags: str) -> Iterator[Any]:
    """The children of ``parent`` with these tags, content controls and custom XML opened."""
    wanted = {_w(tag) for tag in tags}
    for child in parent.iterchildren():
        if child.tag in wanted:
            yield child
        elif child.tag in (_w("sdt"), _w("customXml")) and _val(child, "w:sdtPr/w:docPartObj/w:docPartGallery") != TOC:
            content = child.find(_w("sdtContent")) if child.tag == _w("sdt") else child
            if content is not None:
                yield from _opened(content, *tags)


def _style_name(p: Any, document: Any) -> str:
    """The name of a paragraph's style, lower case ("toc 1", "heading 2"; the same in every language)."""
    style_id = _val(p, "w:pPr/w:pStyle")
    style = document.styles.element.get_by_id(style_id) if style_id else None
    return (_val(style, "w:name") or "").lower() if style is not None else ""


# What holds runs Word shows: revisions inserted or moved here, links, smart tags, content
# controls, simple fields (their result), custom XML. Text deleted or moved away (w:del,
# w:moveFrom), text boxes and drawings (inside a run, not text of the line) are not read.
_SHOWN = {_w(tag) for tag in ("ins", "moveTo", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple",
                              "customXml", "dir", "bdo")}
_RUN_TEXT = {_w("tab"): "\t", _w("ptab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}


def _paragraph_text(p: Any) -> str:
    """The text Word shows: tracked insertions in, deletions out, a complex field's result
    without its instruction (w:instrText, or anything between its begin and separate marks),
    hidden runs (w:vanish) out; tabs and line breaks as \\t and \\n."""
    out: list[str] = []
    fields: list[bool] = []  # one for each complex field open: its result has begun

    def walk(parent: Any) -> None:
        for child in parent.iterchildren():
            if child.tag in _SHOWN:
                walk(child)
            elif child.tag == _w("r"):
                shown = not _hidden(child)
                for item in child.iterchildren():
                    kind = item.get(_w("fldCharType")) if item.tag == _w("fldChar") else None
                    if kind == "begin":
                        fields.append(False)
                    elif kind and fields:
                        fields[-1:] = [True] if kind == "separate" else []
                    elif shown and all(fields) and (item.tag == _w("t") or item.tag in _RUN_TEXT):
                        out.append(item.text or "" if item.tag == _w("t") else _RUN_TEXT[item.tag])

    walk(p)
    return "".join(out)


def _hidden(run: Any) -> bool:
    vanish = run.find(f"{_w('rPr')}/{_w('vanish')}")
    return vanish is not None and vanish.get(_w("val")) not in ("0", "false", "off")


def _cell_text(tc: Any, document: Any, numbering: _Numbering) -> str:
    """A cell's paragraphs, each with its automatic number (a 序号 column Word numbers: the number
    alone); a table nested in the cell a line a row, a short label and its value as "牵头：A"."""
    lines = []
    for block in _opened(tc, "p", "tbl"):
        if block.tag == _w("p"):
            lines.append((numbering.label(block, document, alone=True) + _paragraph_text(block)).strip())
            continue
        for tr in _rows(block):
            cells = [t for t in (" ".join(_cell_text(c, document, numbering).split()) for c in _opened(tr, "tc")) if t]
            label = len(cells) == 2 and len(cells[0]) <= 6 and not re.search(r"[\d，。；：、,.;:]", cells[0])
            lines.append("：".join(cells) if label else " ".join(cells))
    return "\n".join(line for line in lines if line)


def _rows(tbl: Any) -> list[Any]:
    """A table's rows, those in content controls too; a row deleted by revision is struck out, no row."""
    return [tr for tr in _opened(tbl, "tr") if tr.find(f"{_w('trPr')}/{_w('del')}") is None]


def _table_block(tbl: Any, document: Any, numbering: _Numbering, label: str, line: int) -> TableBlock:
    """A w:tbl as a Grid: spans and vertical merges resolved."""
    rows: list[list[object]] = []
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    trs = _rows(tbl)
    for r, tr in enumerate(trs):
        row: list[object] = []
        before = int(_val(tr, "w:trPr/w:gridBefore") or 0)
        row.extend([""] * before)
        for tc in _opened(tr, "tc"):
            span = int(_val(tc, "w:tcPr/w:gridSpan") or 1)
            merge = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
            c = len(row)
            text = _cell_text(tc, document, numbering)
            above = origin.get((r - 1, c), (r - 1, c)) if r else None
            if merge is not None and merge.get(_w("val")) in (None, "continue") and above and above[0] >= 0:
                text = str(rows[above[0]][above[1]]) if above[1] < len(rows[above[0]]) else ""
                anchor = above
            else:
                anchor = (r, c)
            for k in range(span):
                row.append(text)
                if (r, c + k) != anchor:
                    origin[(r, c + k)] = anchor
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([""] * (width - len(row)))
    grid = Grid(name=label, rows=rows, merges=merge_boxes(origin), origin=origin)
    sources = [" | ".join(dict.fromkeys(str(v) for v in row if str(v).strip())) for row in rows]
    return TableBlock(grid, line, label, [0] * len(rows), sources)


class _Numbering:
    """Rebuilds the labels of Word's automatic numbering ("1." "（一）" "①")."""

    def __init__(self, document: Any):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[tuple[str, int], int] = {}  # (numId, level) -> the number it starts at (startOverride)
        self.counters: dict[str, list[int]] = {}  # abstractNumId -> the count at each level
        self.restarted: set[tuple[str, int]] = set()  # (numId, level) whose startOverride was applied
        self.styled: dict[tuple[str, str], int] = {}  # (abstractNumId, styleId) -> the level that style numbers
        self.own: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, level) -> a level it redefines
        linked: dict[str, str] = {}  # abstractNumId -> the list style (w:numStyleLink) whose list it is
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iterchildren(_w("abstractNum")):
            aid = abstract.get(_w("abstractNumId"))
            if (link := _val(abstract, "w:numStyleLink")) is not None:
                linked[aid] = link
            for lvl in abstract.iterchildren(_w("lvl")):
                level = int(lvl.get(_w("ilvl")) or 0)
                style = _val(lvl, "w:pStyle")
                if style:
                    self.styled[(aid, style)] = level
                self.levels[(aid, level)] = _level(lvl)
        for num in root.iterchildren(_w("num")):
            nid = num.get(_w("numId"))
            self.abstract_of[nid] = _val(num, "w:abstractNumId") or ""
            for override in num.iterchildren(_w("lvlOverride")):
                level, start, lvl = int(override.get(_w("ilvl")) or 0), _val(override, "w:startOverride"), override.find(_w("lvl"))
                if lvl is not None:  # the level redefined for this list (Word's conversions of .doc lists)
                    self.own[(nid, level)] = _level(lvl)
                    start = start or str(self.own[(nid, level)][2])
                if start is not None:
                    self.restarts[(nid, level)] = int(start)
        for nid, aid in self.abstract_of.items():  # a list defined by a list style: the style's own list
            style = document.styles.element.get_by_id(linked[aid]) if aid in linked else None
            target = _val(style, "w:pPr/w:numPr/w:numId") if style is not None else None
            if target in self.abstract_of and self.abstract_of[target] not in linked:
                self.abstract_of[nid] = self.abstract_of[target]

    def _num_pr(self, p: Any, document: Any) -> tuple[str, int] | None:
        """The paragraph's list and level: its own, else its style's (or a style it is based on);
        a level the style leaves unsaid is the one whose w:lvl names the style (w:pStyle)."""
        num_id, level = _val(p, "w:pPr/w:numPr/w:numId"), _val(p, "w:pPr/w:numPr/w:ilvl")
        styles: list[str] = []
        style_id = _val(p, "w:pPr/w:pStyle")
        while style_id and style_id not in styles and (num_id is None or level is None):
            styles.append(style_id)
            style = document.styles.element.get_by_id(style_id)
            if style is None:
                break
            num_id = num_id or _val(style, "w:pPr/w:numPr/w:numId")
            level = level or _val(style, "w:pPr/w:numPr/w:ilvl")
            style_id = _val(style, "w:basedOn")
        if num_id is None or num_id == "0" or num_id not in self.abstract_of:
            return None
        if level is None:
            level = next((self.styled[(self.abstract_of[num_id], s)] for s in styles
                          if (self.abstract_of[num_id], s) in self.styled), 0)
        return num_id, int(level)

    def label(self, p: Any, document: Any, alone: bool = False) -> str:
        """The paragraph's automatic number ("" if none); ``alone``: an empty paragraph's too."""
        found = self._num_pr(p, document)
        if found is None or not (alone or _paragraph_text(p).strip()):
            return ""
        num_id, level = found
        aid = self.abstract_of[num_id]
        redefined = any(nid == num_id for nid, _ in self.own)
        # one count for every list of the same definition (a startOverride starts it again once: LibreOffice writes a
        # list it continues as another w:num of the same definition); a list that redefines a level counts on its own
        counts = self.counters.setdefault(num_id if redefined else aid, [0] * 9)
        levels = {k: self.own.get((num_id, k)) or self.levels.get((aid, k)) for k in range(level + 1)}
        if level >= len(counts) or levels[level] is None:
            return ""
        restart = self.restarts.get((num_id, level))
        if restart is not None and (num_id, level) not in self.restarted:
            self.restarted.add((num_id, level))  # a list's startOverride: the count starts again there, once
            counts[level] = restart - levels[level][2]
        counts[level] += 1
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = 0
        fmt, text, _ = levels[level]
        if fmt in ("bullet", "none"):
            return ""
        for k in range(level + 1):
            kfmt, _, start = levels[k] or ("decimal", "", 1)
            text = text.replace(f"%{k + 1}", _format(max(counts[k], 1) + start - 1, kfmt))
        return text


def _level(lvl: Any) -> tuple[str, str, int]:
    """A w:lvl: its number format, its text ("（%2）") and the number it starts at."""
    return _val(lvl, "w:numFmt") or "decimal", _val(lvl, "w:lvlText") or "", int(_val(lvl, "w:start") or 1)


def _format(n: int, fmt: str) -> str:
    if fmt.startswith(("chinese", "ideograph", "taiwaneseCounting")) or fmt == "japaneseCounting":  # LibreOffice: taiwanese…
        return cn_number(n)
    if fmt.startswith("decimalEnclosedCircle"):
        return CIRCLED[n - 1] if 0 < n <= len(CIRCLED) else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out
