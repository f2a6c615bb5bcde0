"""Work lengths: a character count, a duration, or text kept as written."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CHARS = re.compile(r"^(?:约|共)?\s*(\d[\d,，]*)\s*(?:个)?(?:字|字符)?$")
_HMS_CN = re.compile(
    r"^(?:(\d+)\s*(?:小时|时|h))?\s*(?:(\d+)\s*(?:分钟|分|min|m|′|'))?\s*(?:(\d+)\s*(?:秒钟|秒|s|″|\"))?$"
)
_CLOCK = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class Length:
    text: str  # as written
    characters: int | None = None
    seconds: int | None = None

    @property
    def kind(self) -> str:
        if self.characters is not None:
            return "characters"
        if self.seconds is not None:
            return "seconds"
        return "text"

    @property
    def display(self) -> str:
        if self.characters is not None:
            return f"{self.characters}字"
        if self.seconds is not None:
            return format_duration(self.seconds)
        return self.text

    @property
    def sort_value(self) -> int:
        """Characters and seconds are not comparable; sort counts before durations."""
        if self.characters is not None:
            return self.characters
        if self.seconds is not None:
            return 10**9 + self.seconds
        return 2 * 10**9


def format_duration(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h:
        return f"{h}时{m:02d}分{s:02d}秒"
    return f"{m}分{s:02d}秒"


def parse_length(value: object) -> Length | None:
    """None for an empty value; raises TypeError for a non-scalar."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str, float)):
        raise TypeError(type(value).__name__)
    if isinstance(value, float):
        value = str(value)
    if isinstance(value, int):
        return Length(str(value), characters=value)
    text = value.strip()
    if not text:
        return None
    norm = unicodedata.normalize("NFKC", text).replace(" ", "")
    if re.search(r"\d{13}", norm):  # no work is that long; int() of thousands of digits fails
        return Length(text)
    m = _CHARS.match(norm)
    if m:
        return Length(text, characters=int(re.sub(r"[,，]", "", m.group(1))))
    m = _CLOCK.match(norm)
    if m:
        h, mi, s = (int(g) if g else 0 for g in m.groups())
        return Length(text, seconds=h * 3600 + mi * 60 + s)
    m = _HMS_CN.match(norm)
    if m and any(m.groups()):
        h, mi, s = (int(g) if g else 0 for g in m.groups())
        return Length(text, seconds=h * 3600 + mi * 60 + s)
    return Length(text)
