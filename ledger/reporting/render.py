"""Render a Word template (docxtpl / jinja2) with a context, atomically.

docxtpl's traps, handled here rather than left to the clerk:

- autoescape is on, so a unit's ``&``, ``<``, ``>`` and ``"`` reach Word as text;
  line breaks in values become Word line breaks (docxtpl turns ``\\n`` into
  ``<w:br/>``; the context cleans other control characters);
- a variable that does not exist is an error (``StrictUndefined``), raised as a
  TemplateProblem naming the tag and its place, never an empty gap.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, StrictUndefined, TemplateError

from ..errors import TemplateProblem
from ..io.atomic import atomic_path
from ..numerals import cn_number
from .template_syntax import syntax_findings
from .template_tags import open_docx, place, template_tags, uses

FILTERS: dict[str, Callable[..., Any]] = {"cn_number": cn_number}


def make_env() -> Environment:
    env = Environment(autoescape=True, undefined=StrictUndefined)
    env.filters.update(FILTERS)
    return env


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
    """jinja2's error, said with the tag and its place."""
    text = str(exc.message or exc)
    m = re.search(r"'([^']+)' is undefined", text) or re.search(r"has no attribute '([^']+)'", text)
    tags = template_tags(template)
    if m:
        name = m.group(1)
        used = uses(tags, name, dotted="attribute" in text) or uses(tags, name)
        where = f"{place(used[0].paragraph, template)}中的标记 {used[0].raw}" if used else f"《{template.name}》"
        return TemplateProblem(f"模板{where}用到了不存在的变量“{name}”。"
                               "请对照 docs/templates.md 修改，并用 --check-template 检查整个模板。", path=str(template))
    found = [f for f in syntax_findings(tags, make_env(), template) if f.is_error]
    detail = found[0].message if found else f"（jinja2：{text}）"
    return TemplateProblem(f"模板《{template.name}》无法生成文档：{detail}"
                           "请用 --check-template 检查整个模板。", path=str(template))
