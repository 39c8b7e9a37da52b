"""Word templates (docxtpl / jinja2): render, and check before rendering.

docxtpl's traps, handled here rather than left to the clerk:

- autoescape is on, so a unit's ``&``, ``<``, ``>`` and ``"`` reach Word as text;
  line breaks in values become Word line breaks (docxtpl turns ``\\n`` into
  ``<w:br/>``; the caller cleans other control characters);
- a variable that does not exist is an error (``StrictUndefined``), reported with
  its place in the document, never an empty gap;
- the check finds jinja2 syntax errors, unclosed blocks, unknown variables and
  fields, Word's curly quotes inside tags, and tags Word split across runs in a
  way docxtpl cannot patch (across paragraphs, around a line break, a field, a
  picture, or half inside a hyperlink or tracked change).

A place is the part (正文/页眉/页脚), the paragraph's number in document order
(table cells included) and the start of its text.
"""
from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from jinja2 import (
    Environment,
    StrictUndefined,
    TemplateError,
    TemplateSyntaxError,
    nodes,
)

from ..errors import FileProblem, TemplateProblem
from ..findings import ERROR, WARNING, Finding
from ..numerals import cn_number
from .atomic import atomic_path

HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FOOTER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
OPENER = re.compile(r"\{\{|\{%|\{#")
FULLWIDTH = re.compile(r"[｛{][｛{％%][^｝}]{0,40}?[｝}％%]?[｝}]|[｛{]{2}")  # ｛｛ organ ｝｝, ｛％ if ％｝
CURLY = "“”‘’"
DOCXTPL_PREFIX = re.compile(r"^(tr|tc|p|r) ")
DOCXTPL_ONLY = {"vm", "hm", "colspan", "cellbg"}
BLOCKS = {"for": "endfor", "if": "endif", "with": "endwith", "macro": "endmacro", "filter": "endfilter",
          "call": "endcall", "block": "endblock", "raw": "endraw", "autoescape": "endautoescape"}
MIDDLE = {"else": ("if", "for"), "elif": ("if",)}
HARMLESS = {qn(t) for t in ("w:rPr", "w:t", "w:proofErr", "w:bookmarkStart", "w:bookmarkEnd",
                            "w:lastRenderedPageBreak", "w:commentRangeStart", "w:commentRangeEnd",
                            "w:permStart", "w:permEnd", "w:noProof")}
WHAT = {"w:br": "换行符", "w:cr": "换行符", "w:tab": "制表符", "w:drawing": "图片", "w:pict": "图片",
        "w:object": "嵌入对象", "w:fldChar": "域代码", "w:instrText": "域代码", "w:fldSimple": "域代码",
        "w:footnoteReference": "脚注", "w:endnoteReference": "尾注", "w:commentReference": "批注",
        "w:sym": "符号", "w:hyperlink": "超链接", "w:ins": "修订标记", "w:del": "修订标记",
        "w:sdt": "内容控件", "w:smartTag": "智能标记", "w:delText": "修订标记"}
NO_LIBREOFFICE = ("未找到 LibreOffice（soffice），没有生成 PDF。请安装 LibreOffice（https://zh-cn.libreoffice.org/）"
                  "后重试，或用 Word/WPS 打开通报后“另存为 PDF”。")


FILTERS: dict[str, Callable[..., Any]] = {"cn_number": cn_number}


def make_env() -> Environment:
    env = Environment(autoescape=True, undefined=StrictUndefined)
    env.filters.update(FILTERS)
    return env


# --- places --------------------------------------------------------------------------------

@dataclass
class Paragraph:
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
    para: Paragraph
    start: int
    end: int

    @property
    def inner(self) -> str:
        body = self.raw[2:-2]  # without jinja's whitespace control, {%- … -%}
        body = body[1:] if body[:1] in "-+" and body else body
        body = body[:-1] if body[-1:] in "-+" and body else body
        return DOCXTPL_PREFIX.sub("", body).strip()


def open_docx(path: Path):
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


def paragraphs(doc) -> list[Paragraph]:
    out: list[Paragraph] = []
    for part, root in _parts(doc):
        for n, p in enumerate(root.iter(qn("w:p")), 1):
            pieces, text = [], ""
            for t in p.iter(qn("w:t")):
                if _own(t, p):
                    pieces.append((len(text), t))
                    text += t.text or ""
            in_table = any(a.tag == qn("w:tc") for a in p.iterancestors())
            out.append(Paragraph(part, n, text, pieces, in_table))
    return out


def tags_of(paras: list[Paragraph]) -> list[Tag]:
    return [Tag(m.group(0), p, m.start(), m.end()) for p in paras for m in TAG.finditer(p.text)]


def _place(para: Paragraph, path: Path) -> str:
    return f"《{path.name}》{para.part}{para.where}“{para.excerpt()}”"


def _finding(code: str, severity: str, para: Paragraph, path: Path, value: str, message: str,
             suggestion: str) -> Finding:
    return Finding(code, severity, f"{message}（所在段落：“{para.excerpt()}”）", file=path.name,
                   sheet=para.part, cell=para.where, value=value, suggestion=suggestion)


# --- tags Word split across runs -------------------------------------------------------------

def _pieces_of(tag: Tag) -> list[Any]:
    return [t for off, t in tag.para.pieces if off < tag.end and off + len(t.text or "") > tag.start]


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


def _structure_findings(paras: list[Paragraph], tags: list[Tag], path: Path) -> list[Finding]:
    out = []
    for para in paras:
        rest = TAG.sub("", para.text)
        m = OPENER.search(rest)
        if m:
            value = rest[m.start(): m.start() + 20]
            out.append(_finding("tag-unclosed", ERROR, para, path, value,
                                f"标记“{value}”没有在本段内结束（缺少结尾的 }}}} 或 %}}，或被拆到了下一段）。",
                                "把整个标记写在同一段内，检查结尾括号是否完整。"))
        for m in (m for m in FULLWIDTH.finditer(para.text) if set(m.group(0)) & set("｛｝％")):
            out.append(_finding("tag-fullwidth", WARNING, para, path, m.group(0),
                                f"“{m.group(0)}”用了全角括号或百分号，不会被当作标记，将原样印出。",
                                "标记请用英文半角符号输入：{{ }} 和 {% %}。"))
    for tag in tags:
        why = _split_problem(tag)
        if why:
            out.append(_finding("tag-split", ERROR, tag.para, path, tag.raw,
                                f"标记 {tag.raw} 被 Word 拆成了几段，且{why}，无法自动修补。",
                                "删除整个标记，再一次性重新输入（中途不要改格式），或以“只保留文本”方式粘贴。"))
        if any(q in tag.raw for q in CURLY):
            out.append(_finding("tag-curly-quotes", WARNING, tag.para, path, tag.raw,
                                f"标记 {tag.raw} 中有中文弯引号（“ ” ‘ ’），多为 Word 自动替换所致。",
                                "改成英文直引号 \" 或 '；并在 Word“自动更正选项—键入时自动套用格式”中"
                                "取消“直引号替换为弯引号”。"))
    return out


# --- syntax, block by block ------------------------------------------------------------------

def _straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def _probe(tag: Tag) -> tuple[str, str] | None:
    """A tiny template holding only this tag (closed as needed), and its keyword."""
    inner = _straight(tag.inner)
    if tag.raw.startswith("{#"):
        return None
    if tag.raw.startswith("{{"):
        return "{{ " + inner + " }}", ""
    word = (inner.split() or [""])[0]
    if word in DOCXTPL_ONLY:
        return None
    if word in BLOCKS or (word == "set" and "=" not in inner):
        end = BLOCKS.get(word, "endset")
        return "{% " + inner + " %}{% " + end + " %}", word
    if word.startswith("end"):
        opener = {"endfor": "for _x in _y", "endset": "set _x"}.get(word, word[3:] + " _x")
        return "{% " + opener + " %}{% " + inner + " %}", word
    if word in MIDDLE:
        return "{% if _x %}{% " + inner + " %}{% endif %}", word
    return "{% " + inner + " %}", word


def _syntax_findings(tags: list[Tag], env: Environment, path: Path) -> list[Finding]:
    out, stack = [], []
    for tag in tags:
        probe = _probe(tag)
        if probe is None:
            continue
        source, word = probe
        try:
            env.from_string(source)
        except TemplateSyntaxError as exc:
            out.append(_finding("template-syntax", ERROR, tag.para, path, tag.raw,
                                f"标记 {tag.raw} 写法有误（jinja2：{exc.message}）。",
                                "检查括号和引号是否成对、关键字是否拼对（for…endfor，if…endif），"
                                "过滤器名是否存在。"))
            continue
        out += _block_step(tag, word, stack, path)
    for word, tag in stack:
        out.append(_finding("template-block", ERROR, tag.para, path, tag.raw,
                            f"{tag.raw} 没有对应的 {{% {BLOCKS[word]} %}}。",
                            f"在循环或条件结束处加上 {{% {BLOCKS[word]} %}}（表格行中用 {{%tr {BLOCKS[word]} %}}）。"))
    return out


def _block_step(tag: Tag, word: str, stack: list[tuple[str, Tag]], path: Path) -> list[Finding]:
    if word in BLOCKS:
        stack.append((word, tag))
    elif word in MIDDLE and not (stack and stack[-1][0] in MIDDLE[word]):
        return [_finding("template-block", ERROR, tag.para, path, tag.raw,
                         f"{tag.raw} 前面没有对应的 {{% {MIDDLE[word][0]} %}}。", "检查条件或循环的开头。")]
    elif word.startswith("end") and word[3:] in BLOCKS:
        if not stack or stack[-1][0] != word[3:]:
            expected = f"{{% {BLOCKS[stack[-1][0]]} %}}" if stack else "无"
            return [_finding("template-block", ERROR, tag.para, path, tag.raw,
                             f"{tag.raw} 与前面的块不对应（此处应为 {expected}）。",
                             "检查 for/endfor、if/endif 是否成对、是否交叉嵌套。")]
        stack.pop()
    return []


# --- variables and fields --------------------------------------------------------------------

def _uses(tags: list[Tag], name: str, dotted: bool = False) -> list[Tag]:
    pattern = re.compile((r"\.\s*" if dotted else r"(?<![\w.])") + re.escape(name) + r"(?!\w)")
    return [t for t in tags if pattern.search(t.inner)]


def _variable_findings(doc_path: Path, tags: list[Tag], env: Environment, context: Mapping[str, Any],
                       path: Path) -> list[Finding]:
    from docxtpl import DocxTemplate

    unknown = DocxTemplate(str(doc_path)).get_undeclared_template_variables(env, context=dict(context))
    out = []
    for name in sorted(unknown):
        close = difflib.get_close_matches(name, list(context), n=3, cutoff=0.5)
        hint = f"是否应为：{'、'.join(close)}？" if close else ""
        for tag in _uses(tags, name)[:5]:
            out.append(_finding("unknown-variable", ERROR, tag.para, path, name,
                                f"标记 {tag.raw} 用到了不存在的变量“{name}”。",
                                hint + "可用的变量见 docs/templates.md。"))
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
        hint = f"是否应为：{'、'.join(close)}？" if close else f"可用的有：{'、'.join(keys[:12])}。"
        used = _uses(tags, key, dotted=True)[:5]
        for tag in used:
            out.append(_finding("unknown-field", ERROR, tag.para, path, dotted,
                                f"标记 {tag.raw} 中的“{dotted}”不存在（没有“{key}”这一项）。", hint))
        if not used:
            out.append(Finding("unknown-field", ERROR, f"模板中的“{dotted}”不存在（没有“{key}”这一项）。",
                               file=path.name, value=dotted, suggestion=hint))
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
    paras = paragraphs(open_docx(path))
    tags = tags_of(paras)
    return _structure_findings(paras, tags, path) + _syntax_findings(tags, make_env(), path)


def check_docx_template(path: Path, context: Mapping[str, Any]) -> list[Finding]:
    """Every problem of a template, with its place; an empty list means it will render."""
    path = Path(path)
    out = preflight(path)
    if any(f.is_error for f in out):
        return out
    env = make_env()
    tags = tags_of(paragraphs(open_docx(path)))
    source = patched_source(path)
    try:
        env.parse(source)
    except TemplateSyntaxError as exc:
        return out + [_source_finding(source, exc, path)]
    out += _variable_findings(path, tags, env, context, path)
    out += _field_findings(source, tags, env, context, path)
    if not any(f.is_error for f in out):
        out += _trial_render(path, context)
    return out


def _source_finding(source: str, exc: TemplateSyntaxError, path: Path) -> Finding:
    lines = source.split("\n")
    line = lines[(exc.lineno or 1) - 1] if exc.lineno and exc.lineno <= len(lines) else ""
    text = re.sub(r"<[^>]+>", "", line)[:40]
    return Finding("template-syntax", ERROR, f"“{text}”附近的标记写法有误（jinja2：{exc.message}）。",
                   file=path.name, sheet="正文", value=text,
                   suggestion="检查 for/endfor、if/endif 是否成对，标记是否完整。")


def _trial_render(path: Path, context: Mapping[str, Any]) -> list[Finding]:
    try:
        render_docx(path, context, None)
    except TemplateProblem as exc:
        return [Finding("template-render", ERROR, exc.message, file=path.name,
                        suggestion="对照 docs/templates.md 修改该标记。")]
    except Exception as exc:  # noqa: BLE001 -- docxtpl on a template it cannot digest: a finding, not a crash
        return [Finding("template-render", ERROR, f"试生成文档失败：{type(exc).__name__}: {exc}。",
                        file=path.name, suggestion="检查模板中的表格行标记（{%tr %}）和段落标记（{%p %}）。")]
    return []


# --- rendering -------------------------------------------------------------------------------

def render_docx(template: Path, context: Mapping[str, Any], output: Path | None,
                images: Mapping[str, tuple[Path | None, float]] | None = None) -> None:
    """Render ``template`` with ``context`` into ``output`` (atomically; None: render only).

    ``images`` maps a context key to (PNG path or None, width in mm); the PNG goes in
    as an inline picture, None as an empty text.
    """
    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage

    template = Path(template)
    open_docx(template)
    tpl = DocxTemplate(str(template))
    ctx = dict(context)
    for key, (png, width) in (images or {}).items():
        ctx[key] = InlineImage(tpl, str(png), width=Mm(width)) if png else ""
    try:
        tpl.render(ctx, make_env(), autoescape=True)
    except TemplateError as exc:
        raise _render_problem(template, exc) from exc
    if output is not None:
        with atomic_path(Path(output)) as tmp:
            tpl.save(str(tmp))


def _render_problem(template: Path, exc: TemplateError) -> TemplateProblem:
    text = str(exc.message or exc)
    m = re.search(r"'([^']+)' is undefined", text) or re.search(r"has no attribute '([^']+)'", text)
    tags = tags_of(paragraphs(open_docx(template)))
    if m:
        name = m.group(1)
        used = _uses(tags, name, dotted="attribute" in text) or _uses(tags, name)
        where = f"{_place(used[0].para, template)}中的标记 {used[0].raw}" if used else f"《{template.name}》"
        return TemplateProblem(f"模板{where}用到了不存在的变量“{name}”。"
                               "请对照 docs/templates.md 修改，并用 --check-template 检查整个模板。", path=str(template))
    found = [f for f in _syntax_findings(tags, make_env(), template) if f.is_error]
    detail = found[0].message if found else f"（jinja2：{text}）"
    return TemplateProblem(f"模板《{template.name}》无法生成文档：{detail}"
                           "请用 --check-template 检查整个模板。", path=str(template))


# --- PDF through LibreOffice -------------------------------------------------------------------

def find_soffice() -> str | None:
    """LibreOffice's soffice on PATH, or in its usual install folders (Windows, macOS)."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    roots = [os.environ.get(v) for v in ("PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432")]
    candidates = [Path(r) / "LibreOffice" / "program" / "soffice.exe" for r in roots if r]
    candidates += [Path(r"C:\Program Files\LibreOffice\program\soffice.exe"),
                   Path(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
                   Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")]
    return next((str(p) for p in candidates if p.is_file()), None)


def to_pdf(docx_path: Path, pdf_path: Path | None = None, timeout: int = 180) -> Path | None:
    """Convert with LibreOffice headless (private profile); None when LibreOffice is not installed.

    A failed conversion (time-out, error, no output) raises FileProblem with the reason.
    """
    soffice = find_soffice()
    if soffice is None:
        return None
    docx_path = Path(docx_path)
    target = Path(pdf_path) if pdf_path else docx_path.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="ledger-pdf-") as tmp:
        work = Path(tmp)
        shutil.copyfile(docx_path, work / "input.docx")
        cmd = [soffice, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={(work / 'profile').as_uri()}",
               "--convert-to", "pdf", "--outdir", str(work / "out"), str(work / "input.docx")]
        _run_soffice(cmd, timeout, docx_path)
        made = work / "out" / "input.pdf"
        if not made.is_file():
            raise FileProblem(f"LibreOffice 没有生成《{docx_path.name}》的 PDF。请用 Word/WPS 打开后“另存为 PDF”。",
                              path=str(docx_path))
        with atomic_path(target) as out:
            shutil.copyfile(made, out)
    return target


def _run_soffice(cmd: list[str], timeout: int, docx_path: Path) -> None:
    flags = subprocess.CREATE_NEW_PROCESS_GROUP if sys.platform == "win32" else 0
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, creationflags=flags,
                            start_new_session=sys.platform != "win32")
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise FileProblem(f"LibreOffice 转换《{docx_path.name}》超过 {timeout} 秒仍未完成，已停止。"
                          "请关闭正在运行的 LibreOffice 后重试，或用 Word/WPS“另存为 PDF”。", path=str(docx_path))
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip()[:200]
        raise FileProblem(f"LibreOffice 转换《{docx_path.name}》失败（退出码 {proc.returncode}：{detail}）。"
                          "请用 Word/WPS 打开后“另存为 PDF”。", path=str(docx_path))


def _kill(proc: subprocess.Popen) -> None:
    """Stop soffice and the soffice.bin it started (its own process group / tree)."""
    try:
        if sys.platform == "win32":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, timeout=30,
                           check=False)
            proc.kill()
        else:
            os.killpg(proc.pid, 9)
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        pass
