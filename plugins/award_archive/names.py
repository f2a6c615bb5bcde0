"""People and organisations as forms list them."""

from __future__ import annotations

import re

# 、，, ; and runs of spaces between names (full-width forms included)
_SEPARATORS = re.compile(r"[、，,；;／/]+|\s{1,}|\u3000+")


def split_names(text: str) -> list[str]:
    """`李怡霏、莫尔佳 张三` → ['李怡霏', '莫尔佳', '张三']; empty pieces dropped."""
    return [n for n in (p.strip() for p in _SEPARATORS.split(text)) if n]
