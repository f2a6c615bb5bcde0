"""ASCII slugs for URLs: pinyin for Chinese, stable and unique."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60


@lru_cache(maxsize=65536)
def slugify(name: str) -> str:
    """`《关爱明天》杂志` → `guan-ai-ming-tian-za-zhi`; never empty."""
    text = unicodedata.normalize("NFKC", name)
    syllables = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: list(chars))
    slug = _NON_SLUG.sub("-", "-".join(syllables).lower()).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rstrip("-")
    if not slug:
        slug = "x-" + _digest(name)
    return slug


def _digest(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """One slug per name. Names sharing a slug (同音字) keep it in sorted order: the first
    name gets the plain slug, the others a suffix derived from the name itself, so the
    result does not depend on the order names were seen in."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(set(names)):
        slug = slugify(name)
        if slug in taken:
            slug = f"{slug}-{_digest(name)}"
        taken.add(slug)
        result[name] = slug
    return result


@lru_cache(maxsize=65536)  # grouping sorts thousands of names on every (serve) rebuild
def pinyin_key(name: str) -> tuple[str, str]:
    """Sort key for Chinese names in pinyin order (ties broken by the text). Punctuation
    is skipped, so 《关爱明天》杂志 sorts under g, not after every letter."""
    syllables = lazy_pinyin(unicodedata.normalize("NFKC", name), style=Style.TONE3)
    words = (_NON_SLUG.sub(" ", s.lower()).strip() for s in syllables)
    return (" ".join(w for w in words if w), name)
