"""Characters a mirror site sprinkles inside a page's words to spoil copying ("县【级以上?人民政府应当加强】对河道管
《理工作", blind w357): told by how many stand between two Chinese characters where no punctuation goes, and taken
out of such a text only, so that the names they split are names again (``without_noise``)."""
from __future__ import annotations

import re

# What such a site sprinkles: brackets out of their pairs, a single dash, ASCII and full-width ? and !.
NOISE = "【】《》—?!？！"
_CJK = r"[\u4e00-\u9fff]"
# One of them inside a word: a Chinese character on each side (not 《》, which real titles put there too).
INSIDE_A_WORD = re.compile(rf"(?<={_CJK})[【】—?!？！](?={_CJK})")
# Where it is taken out in a text that has it: next to a Chinese character or a bracket, never a real dash (——).
STRAY = re.compile(rf"(?<!—)[{NOISE}](?!—)(?:(?<={_CJK}.)|(?={_CJK}|[(（]))")
# What is left of them at a line's edges once the words are mended: "! : 河道管理…", "【。。 ? 第五条…", a line of "》".
LINE_EDGES = re.compile(r"^[ \t\u3000【】《》—?!？！:：,，。]+|[ \t\u3000【】《》—?!？！:：,，]+$", re.M)
MIN_INSIDE = 8  # sprinkled characters inside words before a text counts as spoiled
MIN_SHARE = 0.01  # … and their share of its Chinese characters


def has_noise(text: str) -> bool:
    """Whether ``text`` has characters sprinkled inside its words: eight at least, one in a hundred
    Chinese characters at least. A plan's own punctuation never stands between two characters of a word;
    a 【打印】【关闭】 line or a “——” has none there."""
    inside = len(INSIDE_A_WORD.findall(text))
    return inside >= MIN_INSIDE and inside >= MIN_SHARE * len(re.findall(_CJK, text))


def without_noise(text: str) -> tuple[str, int]:
    """``text`` without the sprinkled characters, and how many were taken out; as it is when it has none."""
    if not has_noise(text):
        return text, 0
    return noise_removed(text)


def noise_removed(text: str) -> tuple[str, int]:
    """The sprinkled characters taken out of a text known to have them (a .docx is judged whole, then
    mended a paragraph at a time): inside and beside words, and at its lines' edges."""
    inside, count = STRAY.subn("", text)
    cleaned = LINE_EDGES.sub("", inside)
    return cleaned, count + len(inside) - len(cleaned)
