"""Shares of a target handed to a list of places in a sentence: "大黄鱼:浙江、福建、广东,每省建立2个试验推广点以上;"
(unseen w2563, a national plan's sites by province), "城关镇、张家镇、李家镇各建设1个示范点", "王庄乡、刘集乡,每乡建设
2个示范村". Each place is to do its share: the places own the clause, as a target table's rows own theirs
(``.target_tables``). A place is a province by its name alone (浙江, 广西) or a name that ends as a level's does
(…省, …市, …县, …区, …旗, …镇, …乡, …街道, …村, …社区); the share is 每 with the level and a count after it, or 各 before
a verb and a count. The clause begins after the stop, semicolon or line before the places, its heading with it
('大黄鱼:'), and ends at the next stop or semicolon."""
from __future__ import annotations

import re
from bisect import bisect_right

from .markers import Marker

PROVINCES = ("北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南"
             "|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆")
_PLACE = (rf"(?:(?:{PROVINCES})(?:省|市|(?:[\u4e00-\u9fff]{{0,4}}?)自治区)?(?![\u4e00-\u9fff])"
          r"|(?![全本我该各])[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|镇|乡|街道|村|社区))")  # (not 全省, 本市: the whole)
# A count and its measure ('2个', '一所', '500亩'; not 一定).
_COUNT = r"[\d一二三四五六七八九十两百]+\s*(?:个|家|所|座|处|条|名|人|万|亩|户|场|次|项|批|支|套|台|辆|公里|千米|米|平方)"
# The share after the places: 每 with the level and, soon after, a count ('每省(区)建立1个'); or 各 before a count ('各建设1个').
_SHARE = (rf"(?:[，,]\s*)?(?:每(?:[省市县区旗镇乡村]|个(?:乡镇|村|县|区))(?:[（(][省市县区旗镇乡村、]{{1,6}}[）)])?[^，,。；;\n]{{0,10}}?{_COUNT}"
          rf"|各(?![省市县区旗镇乡村级地类部单有相])(?=[^，,。；;\n各]{{1,16}}?{_COUNT}))")
MAX_PLACES = 40  # places in one list at most (a bound: a long run of names is read in linear time)
PLACE_SHARES = re.compile(rf"(?<![\u4e00-\u9fff])(?![在对向为由从将把于给经据按])((?:{_PLACE}、){{1,{MAX_PLACES}}}{_PLACE}|(?:{_PLACE}))(?={_SHARE})")
# (not a preposition before the places: '在城关镇、张家镇各建设…' is where, no one's share)
# The words a clause may open with before its places: a short heading and its colon ('大黄鱼:', '(一)海水鱼类。' is a stop).
HEADING = re.compile(r"[^，,。；;：:\n]{1,12}[：:]\s*$")
CLAUSE_STOP = re.compile(r"[。；;！!？?\n]")


def place_shares(text: str) -> list[Marker]:
    """A marker for each list of places given a share in ``text`` (see the module's note), from its clause's start to
    the end of its places, the places responsible."""
    out: list[Marker] = []
    stops = [s.end() for s in CLAUSE_STOP.finditer(text)]  # where clauses begin, found once (not sought back from each)
    for m in PLACE_SHARES.finditer(text):
        start = m.start()
        k = bisect_right(stops, start) - 1
        before = stops[k] if k >= 0 else 0
        heading = HEADING.search(text, before, start)
        if heading is not None and heading.start() == before:
            start = before  # '大黄鱼:浙江、福建…': the heading is the clause's
        elif text[before:start].strip(" \u3000,，"):
            if text[start - 1] not in "，,；;":
                continue  # inside a sentence's words ('在城关镇、张家镇各…' reads as before)
        out.append(Marker(start, m.end(), {"responsible": [m.group(1)]}, "subject"))
    return out
