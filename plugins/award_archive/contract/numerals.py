"""Chinese numerals, as award headings write editions: 第十届 -> 10."""

from __future__ import annotations

import re
import unicodedata

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_to_int(text: str) -> int | None:
    """`十` 10, `二十三` 23, `一百零五` 105, `三十` 30; None when not a numeral."""
    if not text or any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    total, digit = 0, None
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _UNITS[c]
            digit = None
    return total + (digit or 0)


def parse_edition(text: str) -> int | None:
    """`10`, `第10届`, `第十届`, `十` -> 10."""
    t = unicodedata.normalize("NFKC", text).strip()
    m = re.fullmatch(r"(?:第\s*)?(\d{1,4}|[零〇一二两三四五六七八九十百千]+)\s*(?:届|次)?", t)
    if not m:
        return None
    n = m.group(1)
    return int(n) if n.isdigit() else chinese_to_int(n)
