"""People and organisations as forms list them."""

from __future__ import annotations

import re

# 、，, ; and runs of spaces between names (full-width forms included)
_SEPARATORS = re.compile(r"[、，,；;／/]+|\s+")
_OPEN, _CLOSE = "(（[【《〈「", ")）]】》〉」"


def split_names(text: str) -> list[str]:
    """`李怡霏、莫尔佳 张三` → ['李怡霏', '莫尔佳', '张三']; empty pieces dropped.
    Separators inside brackets do not split: `集体（张三、李四）` stays one name."""
    names: list[str] = []
    depth, start = 0, 0
    for i, char in enumerate(text):
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
        elif depth == 0 and _SEPARATORS.match(char):
            names.append(text[start:i])
            start = i + 1
    names.append(text[start:])
    return [n for n in (p.strip() for p in names) if n]
