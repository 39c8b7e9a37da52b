""".docx plan -> blocks: paragraphs and tables in body order.

Word's automatic numbering is not in a paragraph's text; it is rebuilt here
from ``numbering.xml`` (decimal, 一二三, ①②③, letters, roman) and put in
front of the text, so "1." and "（一）" look the same as when typed. Tables
are read cell by cell: ``w:gridSpan`` (merged across) and ``w:vMerge``
(merged down) become merges of a :class:`~ledger.io.grid.Grid`, every covered
cell showing the merge's value, as ``ledger.io.grid`` does for workbooks.
``.read.read_plan`` calls it for a .docx and cleans the page numbers out.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import FileProblem
from ..numerals import CIRCLED, cn_number
from ..io.grid import Grid
from .blocks import Block, TableBlock, TextLine, merge_boxes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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
    for element in _body_items(document.element.body):
        if element.tag == _w("tbl"):
            label = f"表{sum(isinstance(b, TableBlock) for b in blocks) + 1}"
            blocks.append(_table_block(element, document, numbering, label, counter + 1))
            continue
        counter += 1
        text = numbering.label(element, document) + _paragraph_text(element, document)
        for part in text.split("\n"):
            if part.strip():
                blocks.append(TextLine(part.strip(), counter))
    return blocks


def _body_items(body: Any) -> Iterator[Any]:
    """w:p and w:tbl children of the body, content controls opened."""
    for child in body.iterchildren():
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _body_items(content)


def _paragraph_text(element: Any, document: Any) -> str:
    from docx.text.paragraph import Paragraph as DocxParagraph

    return DocxParagraph(element, document).text


def _cell_text(tc: Any, document: Any, numbering: _Numbering) -> str:
    """A cell's paragraphs, each with its automatic number (a 序号 column Word numbers: the number alone)."""
    lines = [(numbering.label(p, document, alone=True) + _paragraph_text(p, document)).strip() for p in tc.iter(_w("p"))]
    return "\n".join(line for line in lines if line)


def _row_cells(tr: Any) -> Iterator[Any]:
    for child in tr.iterchildren():
        if child.tag == _w("tc"):
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from (c for c in content.iterchildren() if c.tag == _w("tc"))


def _table_block(tbl: Any, document: Any, numbering: _Numbering, label: str, line: int) -> TableBlock:
    """A w:tbl as a Grid: spans and vertical merges resolved."""
    rows: list[list[object]] = []
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    trs = [tr for tr in tbl.iterchildren() if tr.tag == _w("tr")]
    for r, tr in enumerate(trs):
        row: list[object] = []
        before = int(_val(tr, "w:trPr/w:gridBefore") or 0)
        row.extend([""] * before)
        for tc in _row_cells(tr):
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
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iterchildren(_w("abstractNum")):
            aid = abstract.get(_w("abstractNumId"))
            for lvl in abstract.iterchildren(_w("lvl")):
                level = int(lvl.get(_w("ilvl")) or 0)
                self.levels[(aid, level)] = (_val(lvl, "w:numFmt") or "decimal",
                                             _val(lvl, "w:lvlText") or "", int(_val(lvl, "w:start") or 1))
        for num in root.iterchildren(_w("num")):
            nid = num.get(_w("numId"))
            self.abstract_of[nid] = _val(num, "w:abstractNumId") or ""
            for override in num.iterchildren(_w("lvlOverride")):
                start = _val(override, "w:startOverride")
                if start is not None:
                    self.restarts[(nid, int(override.get(_w("ilvl")) or 0))] = int(start)

    def _num_pr(self, p: Any, document: Any) -> tuple[str, int] | None:
        num_id, level = _val(p, "w:pPr/w:numPr/w:numId"), _val(p, "w:pPr/w:numPr/w:ilvl")
        if num_id is None:
            style_id = _val(p, "w:pPr/w:pStyle")
            style = document.styles.element.get_by_id(style_id) if style_id else None
            if style is not None:
                num_id, level = _val(style, "w:pPr/w:numPr/w:numId"), _val(style, "w:pPr/w:numPr/w:ilvl")
        if num_id is None or num_id == "0" or num_id not in self.abstract_of:
            return None
        return num_id, int(level or 0)

    def label(self, p: Any, document: Any, alone: bool = False) -> str:
        """The paragraph's automatic number ("" if none); ``alone``: an empty paragraph's too."""
        found = self._num_pr(p, document)
        if found is None or not (alone or _paragraph_text(p, document).strip()):
            return ""
        num_id, level = found
        aid = self.abstract_of[num_id]
        restarted = {k: start for (nid, k), start in self.restarts.items() if nid == num_id}
        key = num_id if restarted else aid
        counts = self.counters.setdefault(key, [0] * 9)
        if level >= len(counts) or (aid, level) not in self.levels:
            return ""
        counts[level] += 1
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = 0
        fmt, text, _ = self.levels[(aid, level)]
        if fmt in ("bullet", "none"):
            return ""
        for k in range(level + 1):
            kfmt, _, start = self.levels.get((aid, k), ("decimal", "", 1))
            start = restarted.get(k, start)
            text = text.replace(f"%{k + 1}", _format(max(counts[k], 1) + start - 1, kfmt))
        return text


def _format(n: int, fmt: str) -> str:
    if fmt.startswith(("chinese", "ideograph")) or fmt == "japaneseCounting":
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
