"""jinja2 syntax and block nesting of a Word template, checked tag by tag.

Each tag is compiled alone (closed as needed), and for/if blocks are matched up
across the document, so a finding names the paragraph the bad tag is in rather
than a line of docxtpl's XML.
"""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, TemplateSyntaxError

from ..findings import Finding
from ..findings.templates import TEMPLATE_BLOCK, TEMPLATE_BLOCK_MISMATCH, TEMPLATE_BLOCK_STRAY, TEMPLATE_SYNTAX
from .template_tags import Tag, tag_finding

DOCXTPL_ONLY = {"vm", "hm", "colspan", "cellbg"}
BLOCKS = {"for": "endfor", "if": "endif", "with": "endwith", "macro": "endmacro", "filter": "endfilter",
          "call": "endcall", "block": "endblock", "raw": "endraw", "autoescape": "endautoescape"}
MIDDLE = {"else": ("if", "for"), "elif": ("if",)}


def straight_quotes(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def _probe(tag: Tag) -> tuple[str, str] | None:
    """A tiny template holding only this tag (closed as needed), and its keyword."""
    inner = straight_quotes(tag.inner)
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


def syntax_findings(tags: list[Tag], env: Environment, path: Path) -> list[Finding]:
    """template-syntax for a tag jinja2 cannot read, template-block for blocks that do not match."""
    out, stack = [], []
    for tag in tags:
        probe = _probe(tag)
        if probe is None:
            continue
        source, word = probe
        try:
            env.from_string(source)
        except TemplateSyntaxError as exc:
            out.append(tag_finding(TEMPLATE_SYNTAX, tag.paragraph, path, tag.raw, error=exc.message))
            continue
        out += _block_step(tag, word, stack, path)
    for word, tag in stack:
        out.append(tag_finding(TEMPLATE_BLOCK, tag.paragraph, path, tag.raw, end=BLOCKS[word]))
    return out


def _block_step(tag: Tag, word: str, stack: list[tuple[str, Tag]], path: Path) -> list[Finding]:
    if word in BLOCKS:
        stack.append((word, tag))
    elif word in MIDDLE and not (stack and stack[-1][0] in MIDDLE[word]):
        return [tag_finding(TEMPLATE_BLOCK_STRAY, tag.paragraph, path, tag.raw, opener=MIDDLE[word][0])]
    elif word.startswith("end") and word[3:] in BLOCKS:
        if not stack or stack[-1][0] != word[3:]:
            expected = f"{{% {BLOCKS[stack[-1][0]]} %}}" if stack else "无"
            return [tag_finding(TEMPLATE_BLOCK_MISMATCH, tag.paragraph, path, tag.raw, expected=expected)]
        stack.pop()
    return []
