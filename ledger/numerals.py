"""Chinese numerals as headings and Word's list numbering write them: 1 -> 一, 12 -> 十二."""
from __future__ import annotations


def cn_number(n: int) -> str:
    """1 -> 一, 12 -> 十二, 21 -> 二十一 (for headings such as （一）); from 100 on, digits."""
    digits = "零一二三四五六七八九"
    n = int(n)
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)
