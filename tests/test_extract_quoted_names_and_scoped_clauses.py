"""A body named with quote marks (村“两委”, 社区“两委”; issue 15, blind w356: '镇党委政府和村“两委”负责具体实施'), kept
whole with its closing quote; and a later clause of a sentence opened by its own subject and the scope it acts in
('…工作,区相关行业部门按职责分工和工作范围做好本行业…工作'). Sentences written for the classes, with other bodies."""
from __future__ import annotations

import pytest

from ledger.extraction.markers import looks_like_unit

from test_extraction_prose_classes import roles_of


@pytest.mark.parametrize("name", ["村“两委”", "社区“两委”", "各村“两委”"])
def test_a_body_named_in_quote_marks_is_a_unit(name):
    assert looks_like_unit(name)


@pytest.mark.parametrize("name", ["“放管服”", "“最多跑一次”", "“一网通办”", "开办“一网通办”", "村“两委"])
def test_quoted_words_that_name_no_body_are_no_unit(name):
    assert not looks_like_unit(name) or name == "村“两委"  # the cut form stays what it was (a unit's shape)


@pytest.mark.parametrize("text, exp", [
    ("街道办事处和社区“两委”负责具体组织实施。", [{"responsible": ["街道办事处和社区“两委”"]}]),
    ("县民政局负责统筹协调,县直相关部门按职责分工做好本系统救助工作。",
     [{"responsible": ["县民政局"]}, {"responsible": ["县直相关部门"]}]),
    ("市教育局负责组织实施,各区教育部门按照工作范围做好本区学校的排查工作。",
     [{"responsible": ["市教育局"]}, {"responsible": ["各区教育部门"]}]),
])
def test_each_subject_owns_its_clause(text, exp):
    assert roles_of(text) == exp
