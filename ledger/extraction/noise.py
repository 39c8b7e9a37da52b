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
# Some such sites sprinkle stops, commas and colons too, having taken the plan's own out (its 、 and brackets are left):
# told by colons between two characters, as many as a quarter of the commas there (a plan writes a colon after a label,
# seldom inside a sentence; blind w357, w651, w1442, unseen w1563 against w1103's noise beside its own commas). In such a
# text a stop, comma, colon or semicolon between two characters, or before a 、, is one more sprinkled mark ("燃气:。管理
# 工作", "组织本,条例的实施", "法律:、法规").
STOPS_INSIDE = re.compile(rf"(?<={_CJK})[,，:：。；;]+(?={_CJK}|、)")
# Sprinkled marks standing alone between spaces ("…管理工作  ? 县以上…").
ALONE = re.compile(r"(?<=[ \t\u3000])[【】《》—?!？！:：,，。；;]+(?=[ \t\u3000])")
# What is left of the plan's paragraph ends: a run of spaces ("…并组织本条例的实施   市(含行署下同)…"), but not the one
# after an article's or chapter's number ("第五条   鼓励…").
GAP = re.compile(r"(?<=[^\s条章节])[ \t\u3000]{2,}(?=\S)")  # (not a line's indent)
MIN_COLONS = 3
COLON_SHARE = 4  # colons inside words at least one for each four commas there
MIN_INSIDE = 8  # sprinkled characters inside words before a text counts as spoiled
MIN_SHARE = 0.01  # … and their share of its Chinese characters


def has_noise(text: str) -> bool:
    """Whether ``text`` has characters sprinkled inside its words: eight at least, one in a hundred
    Chinese characters at least. A plan's own punctuation never stands between two characters of a word;
    a 【打印】【关闭】 line or a “——” has none there."""
    inside = len(INSIDE_A_WORD.findall(text))
    return inside >= MIN_INSIDE and inside >= MIN_SHARE * len(re.findall(_CJK, text))


def _paragraph_end(gap: re.Match) -> str:
    """A gap read as the end of a paragraph: a line break after the full stop the site took out (none after a mark
    that ends one already), so that the line is not read as wrapped."""
    return "\n" if gap.string[gap.start() - 1] in "。；;！!？?" else "。\n"


def stops_sprinkled(text: str) -> bool:
    """Whether a text with sprinkled characters has sprinkled stops, commas and colons as well (``MIN_COLONS``,
    ``COLON_SHARE``)."""
    colons = len(re.findall(rf"(?<={_CJK})[:：](?={_CJK})", text))
    commas = len(re.findall(rf"(?<={_CJK})[,，](?={_CJK})", text))
    return colons >= MIN_COLONS and colons * COLON_SHARE >= commas


def without_noise(text: str) -> tuple[str, int]:
    """``text`` without the sprinkled characters, and how many were taken out; as it is when it has none."""
    if not has_noise(text):
        return text, 0
    return noise_removed(text, stops_sprinkled(text))


def noise_removed(text: str, stops: bool = False) -> tuple[str, int]:
    """The sprinkled characters taken out of a text known to have them (a .docx is judged whole, then
    mended a paragraph at a time): inside and beside words, and at its lines' edges; with ``stops``, the stops, commas
    and colons inside words too, and a gap of spaces read as the paragraph end it stands for (a stop and a line break)."""
    cleaned = STRAY.sub("", text)
    if stops:
        cleaned = GAP.sub(_paragraph_end, STOPS_INSIDE.sub("", ALONE.sub("", cleaned)))
    cleaned = LINE_EDGES.sub("", cleaned)
    return cleaned, len(text) - len(cleaned)
