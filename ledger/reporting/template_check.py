"""Check a Word template before it is rendered: every problem, each with its place.

What is found (codes in docs/findings.md): tags Word split across runs in a way
docxtpl cannot patch (across paragraphs, around a line break, a field, a
picture, or half inside a hyperlink or tracked change), unclosed tags, full-width
look-alikes, Word's curly quotes inside tags, jinja2 syntax errors and unclosed
blocks (template_syntax.py), unknown variables and fields (against an example
context of the same shape as a real one), and last a trial render.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from jinja2 import Environment, TemplateSyntaxError, nodes

from ..errors import TemplateProblem
from ..findings import Finding
from ..findings.templates import (TAG_CURLY_QUOTES, TAG_FULLWIDTH, TAG_SPLIT, TAG_UNCLOSED, TEMPLATE_RENDER,
                                  TEMPLATE_RENDER_FAILED, TEMPLATE_SOURCE_SYNTAX, UNKNOWN_FIELD, UNKNOWN_FIELD_UNPLACED,
                                  UNKNOWN_VARIABLE)
from ..results import FindingsResult
from .example import example_context
from .render import make_env, render_docx
from .template_syntax import syntax_findings
from .template_tags import (
    FOOTER_REL,
    HEADER_REL,
    TAG,
    Tag,
    TemplateParagraph,
    open_docx,
    tag_finding,
    tags_of,
    template_paragraphs,
    template_tags,
    uses,
)

OPENER = re.compile(r"\{\{|\{%|\{#")
FULLWIDTH = re.compile(r"[｛{][｛{％%][^｝}]{0,40}?[｝}％%]?[｝}]|[｛{]{2}")  # ｛｛ organ ｝｝, ｛％ if ％｝
CURLY = "“”‘’"
HARMLESS = {qn(t) for t in ("w:rPr", "w:t", "w:proofErr", "w:bookmarkStart", "w:bookmarkEnd",
                            "w:lastRenderedPageBreak", "w:commentRangeStart", "w:commentRangeEnd",
                            "w:permStart", "w:permEnd", "w:noProof")}
WHAT = {"w:br": "换行符", "w:cr": "换行符", "w:tab": "制表符", "w:drawing": "图片", "w:pict": "图片",
        "w:object": "嵌入对象", "w:fldChar": "域代码", "w:instrText": "域代码", "w:fldSimple": "域代码",
        "w:footnoteReference": "脚注", "w:endnoteReference": "尾注", "w:commentReference": "批注",
        "w:sym": "符号", "w:hyperlink": "超链接", "w:ins": "修订标记", "w:del": "修订标记",
        "w:sdt": "内容控件", "w:smartTag": "智能标记", "w:delText": "修订标记"}


# --- tags Word split across runs -------------------------------------------------------------

def _pieces_of(tag: Tag) -> list[Any]:
    return [t for off, t in tag.paragraph.pieces if off < tag.end and off + len(t.text or "") > tag.start]


def _split_problem(tag: Tag) -> str:
    """Why docxtpl cannot patch this tag ('' when it is whole or cleanly split)."""
    ts = _pieces_of(tag)
    if len(ts) < 2:
        return ""
    runs = [t.getparent() for t in ts]
    parents = {id(r.getparent()) for r in runs}
    if len(parents) > 1:
        outer = next((r.getparent() for r in runs if r.getparent().tag != qn("w:p")), None)
        name = WHAT.get(_short(outer.tag), "其他标记") if outer is not None else "其他标记"
        return f"一部分在{name}中"
    first, last = runs[0], runs[-1]
    container = first.getparent()
    between = list(first)[first.index(ts[0]) + 1:]  # what docxtpl deletes: from the first piece on …
    for el in list(container)[container.index(first) + 1: container.index(last)]:
        between += list(el) if el.tag == qn("w:r") else [el]
    between += list(last)[: last.index(ts[-1])]  # … to the last one
    for kid in between:
        if kid.tag not in HARMLESS:
            return f"中间夹有{WHAT.get(_short(kid.tag), '其他内容')}"
    return ""


def _short(tag: str) -> str:
    return "w:" + tag.split("}")[-1]


def _structure_findings(paragraphs: list[TemplateParagraph], tags: list[Tag], path: Path) -> list[Finding]:
    out = []
    for paragraph in paragraphs:
        rest = TAG.sub("", paragraph.text)
        m = OPENER.search(rest)
        if m:
            value = rest[m.start(): m.start() + 20]
            out.append(tag_finding(TAG_UNCLOSED, paragraph, path, value))
        for m in (m for m in FULLWIDTH.finditer(paragraph.text) if set(m.group(0)) & set("｛｝％")):
            out.append(tag_finding(TAG_FULLWIDTH, paragraph, path, m.group(0)))
    for tag in tags:
        why = _split_problem(tag)
        if why:
            out.append(tag_finding(TAG_SPLIT, tag.paragraph, path, tag.raw, why=why))
        if any(q in tag.raw for q in CURLY):
            out.append(tag_finding(TAG_CURLY_QUOTES, tag.paragraph, path, tag.raw))
    return out


# --- variables and fields --------------------------------------------------------------------

def _variable_findings(path: Path, tags: list[Tag], env: Environment, context: Mapping[str, Any]) -> list[Finding]:
    from docxtpl import DocxTemplate

    unknown = DocxTemplate(str(path)).get_undeclared_template_variables(env, context=dict(context))
    out = []
    for name in sorted(unknown):
        close = difflib.get_close_matches(name, list(context), n=3, cutoff=0.5)
        guess = f"是否应为：{'、'.join(close)}？" if close else ""
        for tag in uses(tags, name)[:5]:
            out.append(tag_finding(UNKNOWN_VARIABLE, tag.paragraph, path, name, tag=tag.raw, guess=guess))
    return out


UNKNOWN = object()


def _resolve(node: nodes.Node, scope: dict[str, Any], bad: list[tuple[str, str, list[str]]]) -> Any:
    if isinstance(node, nodes.Name):
        return scope.get(node.name, UNKNOWN)
    if isinstance(node, nodes.Getattr) or (isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)):
        base = _resolve(node.node, scope, bad)
        key = node.attr if isinstance(node, nodes.Getattr) else node.arg.value
        if isinstance(base, Mapping):
            if key in base:
                return base[key]
            bad.append((_dotted(node), str(key), list(base)))
        elif isinstance(base, list) and isinstance(key, int) and -len(base) <= key < len(base):
            return base[key]
    return UNKNOWN


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_dotted(node.node)}[{node.arg.value!r}]"
    return "…"


def _walk(node: nodes.Node, scope: dict[str, Any], bad: list[tuple[str, str, list[str]]]) -> None:
    if isinstance(node, (nodes.Getattr, nodes.Getitem)):
        _resolve(node, scope, bad)
        if isinstance(node, nodes.Getitem) and not isinstance(node.arg, nodes.Const):
            _walk(node.arg, scope, bad)
        return
    if isinstance(node, nodes.For):
        _walk(node.iter, scope, bad)
        items = _resolve(node.iter, scope, [])
        inner = dict(scope, loop=UNKNOWN)
        for target in node.target.find_all(nodes.Name):
            inner[target.name] = UNKNOWN
        if isinstance(node.target, nodes.Name) and isinstance(items, list) and items:
            inner[node.target.name] = items[0]
        for child in node.body:
            _walk(child, inner, bad)
        for child in node.else_:
            _walk(child, scope, bad)
        return
    if isinstance(node, nodes.Assign):
        for target in node.target.find_all(nodes.Name):
            scope[target.name] = UNKNOWN
    for child in node.iter_child_nodes():
        _walk(child, scope, bad)


def _field_findings(source: str, tags: list[Tag], env: Environment, context: Mapping[str, Any],
                    path: Path) -> list[Finding]:
    bad: list[tuple[str, str, list[str]]] = []
    _walk(env.parse(source), dict(context), bad)
    out, seen = [], set()
    for dotted, key, keys in bad:
        if dotted in seen:
            continue
        seen.add(dotted)
        close = difflib.get_close_matches(key, keys, n=3, cutoff=0.5)
        hint = {"key": key, "guess": f"是否应为：{'、'.join(close)}？" if close else "", "keys": "、".join(keys[:12])}
        used = uses(tags, key, dotted=True)[:5]
        for tag in used:
            out.append(tag_finding(UNKNOWN_FIELD, tag.paragraph, path, dotted, tag=tag.raw, **hint))
        if not used:
            out.append(UNKNOWN_FIELD_UNPLACED(path.name, value=dotted, **hint))
    return out


def patched_source(doc_path: Path) -> str:
    """The jinja2 source docxtpl renders: body, headers and footers, patched as docxtpl does."""
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(doc_path))
    tpl.init_docx()
    xml = tpl.patch_xml(tpl.get_xml())
    for rel in tpl.docx.part.rels.values():
        if rel.reltype in (HEADER_REL, FOOTER_REL) and not rel.is_external:
            xml += tpl.patch_xml(tpl.get_part_xml(rel.target_part))
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml)


def preflight(path: Path) -> list[Finding]:
    """The cheap checks (no context, no rendering): split and unclosed tags, syntax, blocks, quotes."""
    path = Path(path)
    paragraphs = template_paragraphs(open_docx(path))
    tags = tags_of(paragraphs)
    return _structure_findings(paragraphs, tags, path) + syntax_findings(tags, make_env(), path)


def check_docx_template(path: Path, context: Mapping[str, Any]) -> list[Finding]:
    """Every problem of a template, with its place; an empty list means it will render."""
    path = Path(path)
    out = preflight(path)
    if any(f.is_error for f in out):
        return out
    env = make_env()
    tags = template_tags(path)
    source = patched_source(path)
    try:
        env.parse(source)
    except TemplateSyntaxError as exc:
        return out + [_source_finding(source, exc, path)]
    out += _variable_findings(path, tags, env, context)
    out += _field_findings(source, tags, env, context, path)
    if not any(f.is_error for f in out):
        out += _trial_render(path, context)
    return out


@dataclass
class TemplateCheckResult(FindingsResult):
    """What ``ledger report|remind --check-template`` finds in a template."""

    template: Path
    command: str  # "report" (a 通报 template) or "remind" (a 督办通知 template)
    findings: list[Finding] = field(default_factory=list)

    def payload(self) -> dict[str, Any]:
        return {"template": str(self.template), "findings": [f.to_dict() for f in self.findings]}


def check_template(path: Path, kind: str = "report") -> TemplateCheckResult:
    """Problems of a 通报 (kind="report") or 督办通知 (kind="remind") template, each with its place."""
    if kind not in ("report", "remind"):
        raise ValueError(kind)
    return TemplateCheckResult(Path(path), kind, check_docx_template(Path(path), example_context(kind)))


def _source_finding(source: str, exc: TemplateSyntaxError, path: Path) -> Finding:
    lines = source.split("\n")
    line = lines[(exc.lineno or 1) - 1] if exc.lineno and exc.lineno <= len(lines) else ""
    text = re.sub(r"<[^>]+>", "", line)[:40]
    return TEMPLATE_SOURCE_SYNTAX(path.name, "正文", value=text, error=exc.message)


def _trial_render(path: Path, context: Mapping[str, Any]) -> list[Finding]:
    try:
        render_docx(path, context, None)
    except TemplateProblem as exc:
        return [TEMPLATE_RENDER(path.name, reason=exc.message)]
    except Exception as exc:  # noqa: BLE001 -- docxtpl on a template it cannot digest: a finding, not a crash
        return [TEMPLATE_RENDER_FAILED(path.name, error=f"{type(exc).__name__}: {exc}")]
    return []
