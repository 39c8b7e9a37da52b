"""The finding registry is complete and current: every code used in ledger/ is
registered, findings are made from the registry only, every registered code is
in docs/findings.md, and that file is what the registry generates."""
from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

from ledger.findings import AREAS, ERROR, INFO, REGISTRY, WARNING, Finding, FindingType, exit_code
from ledger.findings.doc import findings_markdown, types_of

ROOT = Path(__file__).resolve().parent.parent
LEDGER = ROOT / "ledger"
DOC = ROOT / "docs" / "findings.md"
CODE = re.compile(r"^[a-z]+(?:-[a-z]+)+$")

# TODO(issue 12): these files still make findings inline (Finding("code", ...)); their
# types are registered in ledger/findings/returns.py. Switch their call sites to the
# registry, then empty this tuple so the tests below hold for them too.
NOT_YET_FROM_REGISTRY: tuple[str, ...] = ()


@functools.cache
def sources() -> dict[str, ast.Module]:
    """Every module of ledger/ outside the registry itself, by path under ledger/."""
    return {p.relative_to(LEDGER).as_posix(): ast.parse(p.read_text(encoding="utf-8"))
            for p in sorted(LEDGER.rglob("*.py")) if "findings" not in p.relative_to(LEDGER).parts}


def _callee(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def _code_arg(node: ast.Call) -> ast.expr | None:
    if node.args:
        return node.args[0]
    return next((k.value for k in node.keywords if k.arg == "code"), None)


def _literals(node: ast.expr | None) -> list[str]:
    if node is None:
        return []
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def test_every_code_used_is_registered():
    used = {}
    for name, tree in sources().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _callee(node) in ("Finding", "Problem"):
                for code in _literals(_code_arg(node)):
                    used.setdefault(code, name)
    got = {code: where for code, where in used.items() if code not in REGISTRY}
    assert got == {}, "register these codes in ledger/findings/"


@pytest.mark.parametrize("name", [n for n in sources() if n not in NOT_YET_FROM_REGISTRY])
def test_findings_are_made_from_the_registry(name):
    """No Finding(...) outside ledger/findings/, no code written out where its type is meant."""
    tree = sources()[name]
    inline = [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call) and _callee(node) == "Finding"]
    literal = [(node.lineno, node.value) for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and node.value in REGISTRY]
    assert (inline, literal) == ([], []), "call the registered FindingType; use TYPE.code for a code"


def test_codes_are_kebab_case_and_severities_known():
    for code, kind in REGISTRY.items():
        assert CODE.match(code) and kind.code == code, code
        assert kind.severity in (ERROR, WARNING, INFO), code
        assert kind.exit_code == (0 if kind.severity != ERROR else kind.exit_code) and kind.exit_code in (0, 1, 3)


def test_every_registered_type_is_in_an_area_once():
    names = [(name, value) for area in AREAS for name, value in vars(area).items() if isinstance(value, FindingType)]
    assert sorted(kind.code for _, kind in names) == sorted(REGISTRY)
    assert len({name for name, _ in names}) == len(names)  # a constant's name says which type it is
    for area in AREAS:
        assert area.TITLE and area.__doc__


def test_every_registered_code_is_documented():
    text = DOC.read_text(encoding="utf-8")
    assert [code for code in REGISTRY if f"| `{code}` |" not in text] == []


def test_the_doc_is_what_the_registry_generates():
    """After changing a type: python -m ledger.findings docs/findings.md"""
    exp = findings_markdown()
    got = DOC.read_text(encoding="utf-8")
    assert got == exp, "docs/findings.md is out of date: run python -m ledger.findings docs/findings.md"


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_template_fills_in(code):
    kind = REGISTRY[code]
    fields = {name: f"<{name}>" for name in kind.fields if name not in ("file", "sheet", "cell", "value")}
    got = kind("a.xlsx", "任务清单", "B2", "x", **fields)
    assert (got.code, got.severity, got.file, got.cell, got.value) == (code, kind.severity, "a.xlsx", "B2", "x")
    assert got.message and all(f"<{name}>" in got.message + got.suggestion for name in fields)


@functools.cache
def _constants() -> dict[str, FindingType]:
    return {name: value for area in AREAS for name, value in vars(area).items() if isinstance(value, FindingType)}


@pytest.mark.parametrize("name", [n for n in sources() if n not in NOT_YET_FROM_REGISTRY])
def test_call_sites_name_every_field(name):
    """A direct call of a type passes every field its templates name (or hands on **fields)."""
    types = _constants()
    missing = []
    for node in ast.walk(sources()[name]):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in types):
            continue
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            continue  # *where / **fields: checked when the finding is made (KeyError), not here
        given = {"file", "sheet", "cell", "value"} | {k.arg for k in node.keywords}
        gaps = [f for f in types[node.func.id].fields if f not in given]
        if gaps:
            missing.append((node.lineno, node.func.id, gaps))
    assert missing == []


def test_exit_code_from_findings_alone():
    from ledger.findings.checks import DUPLICATE_NUMBER, NUMBER_GAP
    from ledger.findings.reports import PDF_FAILED

    data, warning, unwritten = DUPLICATE_NUMBER(rows="第2行和第3行"), NUMBER_GAP(missing=3, before=2, after=4), \
        PDF_FAILED(reason="LibreOffice 转换失败。")
    assert exit_code([]) == exit_code([warning]) == 0
    assert exit_code([warning, data]) == 1
    assert exit_code([unwritten, warning]) == 3
    assert exit_code([unwritten, data]) == 1  # the data errors say more; the file one is in the list too
    assert exit_code([Finding("not-registered", ERROR, "x")]) == 1


def test_a_code_registers_once():
    with pytest.raises(ValueError):
        FindingType("number-gap", WARNING, "x")
    assert [t.code for t in types_of(AREAS[0])][:1] == ["hidden-sheet"]
