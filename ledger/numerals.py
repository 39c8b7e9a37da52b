"""Chinese numerals and circled numbers, read and written in one place.

``cn_int`` reads the numerals of headings (（十二）), deadlines (十一月二十日) and
plan parts (第三部分), ``cn_digits`` the years written digit by digit (二〇二三);
``cn_number`` writes numerals as headings and Word's list numbering do;
``CIRCLED`` holds the signs of sub-items (①②…), 1 to 20; ``ENCLOSED`` every one-character sign of a number a plan
numbers its items with (⑴ for (1), ⒈ for 1., ㈠ for (一), ❶/➀/⓵ for ①), read by ``enclosed_value``.
"""
from __future__ import annotations

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_SIGNS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"  # (1) … (20) as one character
DOT_SIGNS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"  # 1. … 20.
CN_PAREN_SIGNS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # (一) … (十)
OTHER_CIRCLED = ("❶❷❸❹❺❻❼❽❾❿", "➀➁➂➃➄➅➆➇➈➉", "⓵⓶⓷⓸⓹⓺⓻⓼⓽⓾")  # ① … ⑩ in other fonts
ENCLOSED = CIRCLED + PAREN_SIGNS + DOT_SIGNS + CN_PAREN_SIGNS + "".join(OTHER_CIRCLED)


def enclosed_value(sign: str) -> int:
    """The number a sign of ``ENCLOSED`` stands for (⑶ -> 3, ㈡ -> 2, ❹ -> 4); 0 for any other character."""
    for signs in (CIRCLED, PAREN_SIGNS, DOT_SIGNS, CN_PAREN_SIGNS, *OTHER_CIRCLED):
        at = signs.find(sign) if len(sign) == 1 else -1
        if at >= 0:
            return at + 1
    return 0


DIGITS = "零一二三四五六七八九"
_DIGIT_VALUES = {c: i for i, c in enumerate(DIGITS)} | {"〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_DIGIT_BY_DIGIT = str.maketrans("〇零一二三四五六七八九", "00123456789")


def cn_number(n: int) -> str:
    """1 -> 一, 12 -> 十二, 21 -> 二十一 (for headings such as （一）); from 100 on, digits."""
    n = int(n)
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")
    return str(n)


def cn_digits(word: str) -> str:
    """Digit by digit, as years are written: 二〇二三 -> "2023" (other characters stay)."""
    return word.translate(_DIGIT_BY_DIGIT)


def cn_int(word: str) -> int | None:
    """A Chinese numeral (or ASCII digits) to int, None when it is not one.

    一 -> 1, 十一 -> 11, 二十 -> 20, 一百零五 -> 105, 〇 and 零 -> 0, 两 -> 2, "12" -> 12.
    Units must fall (十 before 百 is no numeral), two digits may not follow each
    other (一二), 零 only stands between a unit and a digit, and a unit without a
    digit before it is 1 only at the start (十二). A digit after a unit counts
    as ones: 一百五 -> 105.
    """
    if word.isascii() and word.isdigit():
        return int(word)
    if len(word) == 1 and word in _DIGIT_VALUES:
        return _DIGIT_VALUES[word]
    total, pending, last_unit, after_zero = 0, None, 0, False
    for ch in word:
        if ch in _UNITS:
            unit = _UNITS[ch]
            if last_unit and unit >= last_unit or after_zero and pending is None:
                return None
            if pending is None and total:
                return None  # 一百十: a unit needs its digit after the first
            total, pending, last_unit, after_zero = total + (1 if pending is None else pending) * unit, None, unit, False
        elif ch in _DIGIT_VALUES:
            value = _DIGIT_VALUES[ch]
            if pending is not None or after_zero and value == 0:
                return None
            if value == 0:
                if not last_unit:
                    return None
                after_zero = True
            else:
                pending = value
        else:
            return None
    if pending is None and (after_zero or not word):
        return None
    return total + (pending or 0)
