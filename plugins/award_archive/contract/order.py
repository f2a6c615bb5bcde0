"""How the site orders a kind of value that mkdocs.yml lists (categories, prizes): in the
configured order, and any other value after them in pinyin order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from award_archive.contract.slugs import pinyin_key


def configured_key(configured: Sequence[str]) -> Callable[[str], tuple[int, tuple[str, str]]]:
    """A sort key: a value's place in `configured`, then (unlisted values) pinyin order."""
    rank = {v: i for i, v in enumerate(configured)}
    return lambda value: (rank.get(value, len(rank)), pinyin_key(value))


def configured_order(values: Iterable[str], configured: Sequence[str] = ()) -> list[str]:
    """The distinct non-empty `values`, ordered by configured_key."""
    return sorted({v for v in values if v}, key=configured_key(configured))


T = TypeVar("T")


def in_configured_order(
    items: Iterable[T], configured: Sequence[str], name: Callable[[T], str]
) -> list[T]:
    """`items` sorted by configured_key of their name (groups, (category, entries) pairs)."""
    key = configured_key(configured)
    return sorted(items, key=lambda item: key(name(item)))
