"""Where a Word template's tags are: its paragraphs, each with its place, and the tags in them.

A place is the part (正文/页眉/页脚), the paragraph's number in document order
(table cells included) and the start of its text. The template check and the
explanation of a failed render both name tags by their place.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from ..errors import FileProblem
from ..findings import Finding, FindingType

HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FOOTER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
DOCXTPL_PREFIX = re.compile(r"^(tr|tc|p|r) ")


@dataclass
class TemplateParagraph:
    """One w:p of a template: its place, its text, and the w:t elements the text comes from."""

    part: str  # 正文 | 页眉 | 页脚
    number: int  # 1-based, document order, table cells included
    text: str
    pieces: list[tuple[int, Any]]  # (offset in text, w:t element)
    in_table: bool

    @property
    def where(self) -> str:
        return f"第{self.number}段" + ("（表格内）" if self.in_table else "")

    def excerpt(self, width: int = 30) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= width else text[:width] + "…"


@dataclass
class Tag:
    raw: str  # as written, e.g. "{{ figures.done }}"
    paragraph: TemplateParagraph
    start: int
    end: int

    @property
    def inner(self) -> str:
        body = self.raw[2:-2]  # without jinja's whitespace control, {%- … -%}
        body = body[1:] if body[:1] in "-+" and body else body
        body = body[:-1] if body[-1:] in "-+" and body else body
        return DOCXTPL_PREFIX.sub("", body).strip()


def open_docx(path: Path):
    """The template as a python-docx Document; FileProblem when it is missing or not a .docx."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    if not path.is_file():
        raise FileProblem(f"找不到模板文件《{path}》。请检查路径，或不指定 -t 使用默认模板。", path=str(path))
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FileProblem(f"《{path.name}》不是 Word 文档（.docx），无法作为模板。"
                          "请在 Word 或 WPS 中另存为 .docx 格式。", path=str(path)) from exc


def _parts(doc) -> Iterator[tuple[str, Any]]:
    yield "正文", doc.element.body
    for rel in doc.part.rels.values():
        if rel.reltype in (HEADER_REL, FOOTER_REL) and not rel.is_external:
            yield ("页眉" if rel.reltype == HEADER_REL else "页脚"), rel.target_part.element


def _own(el, p) -> bool:
    parent = el.getparent()
    while parent is not None and parent.tag != qn("w:p"):
        parent = parent.getparent()
    return parent is p


def template_paragraphs(doc) -> list[TemplateParagraph]:
    """Every paragraph of body, headers and footers, numbered per part in document order."""
    out: list[TemplateParagraph] = []
    for part, root in _parts(doc):
        for n, p in enumerate(root.iter(qn("w:p")), 1):
            pieces, text = [], ""
            for t in p.iter(qn("w:t")):
                if _own(t, p):
                    pieces.append((len(text), t))
                    text += t.text or ""
            in_table = any(a.tag == qn("w:tc") for a in p.iterancestors())
            out.append(TemplateParagraph(part, n, text, pieces, in_table))
    return out


def tags_of(paragraphs: list[TemplateParagraph]) -> list[Tag]:
    return [Tag(m.group(0), p, m.start(), m.end()) for p in paragraphs for m in TAG.finditer(p.text)]


def template_tags(path: Path) -> list[Tag]:
    """The tags of the template at ``path``, in document order."""
    return tags_of(template_paragraphs(open_docx(path)))


def uses(tags: list[Tag], name: str, dotted: bool = False) -> list[Tag]:
    """The tags that use variable ``name`` (``dotted``: as a field, ``x.name``)."""
    pattern = re.compile((r"\.\s*" if dotted else r"(?<![\w.])") + re.escape(name) + r"(?!\w)")
    return [t for t in tags if pattern.search(t.inner)]


def place(paragraph: TemplateParagraph, path: Path) -> str:
    return f"《{path.name}》{paragraph.part}{paragraph.where}“{paragraph.excerpt()}”"


def tag_finding(kind: FindingType, paragraph: TemplateParagraph, path: Path, value: str, **fields: object) -> Finding:
    """A finding at a paragraph: 工作表 is the part, 单元格 the paragraph's number,
    {paragraph} the start of its text."""
    return kind(path.name, paragraph.part, paragraph.where, value, paragraph=paragraph.excerpt(), **fields)
