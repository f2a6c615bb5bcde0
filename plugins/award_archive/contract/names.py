"""People and organisations as forms list them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# 、，, ; and runs of spaces between names (full-width forms included)
_SEPARATORS = re.compile(r"[、，,；;／/]+|\s+")
_OPEN, _CLOSE = "(（[【《〈「", ")）]】》〉」"


# Names in Latin script only (`Zhang San, Li Si and Wang Wu`): a space is inside a name
_LATIN_NAMES = re.compile(r"^\s*[A-Za-z][A-Za-z .'’\-、，,；;／/&]*$")
_LATIN_SEPARATORS = re.compile(r"\s*(?:[、，,；;／/&]|\band\b)\s*")


def split_names(text: str) -> list[str]:
    """`李怡霏、莫尔佳 张三` → ['李怡霏', '莫尔佳', '张三']; empty pieces dropped.
    Separators inside brackets do not split: `集体（张三、李四）` stays one name.
    Names in Latin script keep their spaces: `Zhang San, Li Si and Wang Wu`."""
    if _LATIN_NAMES.match(text):
        return [n for n in _LATIN_SEPARATORS.split(text.strip()) if n]
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


# Characters that show nothing, besides the format (Cf) and control (Cc) categories:
# variation selectors (a glyph variant is the same name), the combining grapheme
# joiner, Hangul fillers.
_INVISIBLE = frozenset(
    "\u034f\u115f\u1160\u3164\uffa0"
    + "".join(map(chr, [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)]))
)


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The one spelling under which a name is grouped and given a page: NFKC (full-width
    ＬｉＬｅｉ → LiLei, the Kangxi radical ⾦ → 金), invisible characters removed (张\u200d伟 →
    张伟, a trailing U+200B), runs of spaces made one, the ends trimmed. Every grouping goes
    through here, so names that look the same share one page."""
    text = unicodedata.normalize("NFKC", name)
    kept = "".join(
        c
        for c in text
        if c.isspace() or (unicodedata.category(c) not in ("Cf", "Cc") and c not in _INVISIBLE)
    )
    return " ".join(kept.split())


# `张伟#zhang-wei-sichuan-ribao` in authors: which of several people called 张伟 (archive.yml).
PERSON_ID_MARK = "#"


def split_person(name: str) -> tuple[str, str]:
    """`张伟#zhang-wei` → ('张伟', 'zhang-wei'); a name without the mark → (name, '')."""
    shown, mark, person_id = name.partition(PERSON_ID_MARK)
    return (shown.strip(), person_id.strip()) if mark and shown.strip() else (name, "")


def shown_name(name: str) -> str:
    """A name as pages show it: without the `#id` that tells homonyms apart."""
    return split_person(name)[0]


_VARIANT_NOISE = re.compile(r"[《》〈〉<>\s]+")


def variant_key(name: str) -> str:
    """Names that are likely one outlet or person written two ways share this key: the
    same after normalise_name (width differences), without 《》 and spaces, without a
    trailing 社 (华西都市报社 → 华西都市报; not in 新华社), ignoring case."""
    text = _VARIANT_NOISE.sub("", normalise_name(shown_name(name))).casefold()
    return text[:-1] if text.endswith("社") and len(text) > 3 else text
