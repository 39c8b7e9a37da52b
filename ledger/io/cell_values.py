"""A cell's value as text, and the numbering written at the start of it: the
small vocabulary both the table finder (tables.py) and the row reader (read.py)
speak."""
from __future__ import annotations

import re
from datetime import date, datetime

CN_DIGITS = "一二三四五六七八九十百零〇"
SECTION_PATTERNS = (
    (1, re.compile(rf"^[{CN_DIGITS}]+\s*[、.．,，]")),
    (1, re.compile(rf"^第[{CN_DIGITS}\d]+(部分|章|篇)")),
    (2, re.compile(rf"^[（(]\s*[{CN_DIGITS}]+\s*[）)]")),
)
NUM_PREFIX = re.compile(
    r"^\s*(\d{1,4}(?:[.．]\d{1,3})*)\s*"
    r"(?:[.．、,，](?!\d)\s*|(?=[^\d\s.．%％年月日号批家个项条人元万亿千百余多倍以周天次户所座台套份只头吨亩]))"
)


def cell_text(value: object) -> str:
    """A cell value as the clerk sees it: 1.0 -> '1', dates -> ISO, text stripped."""
    if type(value) is str:  # most cells: asked first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def section_level(text: str) -> int | None:
    for level, pattern in SECTION_PATTERNS:
        if pattern.match(text):
            return level
    return None


def split_number(text: str) -> tuple[str, str]:
    """'1.加大…' -> ('1', '加大…'); '36县级…' -> ('36', '县级…'); no number -> ('', text)."""
    m = NUM_PREFIX.match(text)
    if not m or not text[m.end():].strip():
        return "", text
    return m.group(1).replace("．", "."), text[m.end():].strip()
