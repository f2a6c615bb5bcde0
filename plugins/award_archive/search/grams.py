"""Exact substring search: what a text's search keys are, for the indexer and the page.

Pagefind's segmenter indexes words, so a query for part of a word (关爱 in 关爱明天,
5G in 用5G+VR, 13 in CCTV-13) misses or, for digits, matches every number with the same
start. Instead every text unit (a cell, a paragraph, a heading) is cut into *runs*:
stretches without whitespace, letters and digits of every script kept (NFKC, lower
case, traditional folded to simplified), punctuation dropped. The archive's own index
(search/substring.py) holds, under ASCII keys (4 letters per character),

- each pair of adjacent characters of a run, with its positions (a zone and an offset:
  the page ranks title matches first, then the form's fields, then the work's text);
  a query run of two or more characters is found where its pairs sit at consecutive
  positions, and a gap between runs keeps the end of one unit from joining the next;
- each character, with the zones it occurs in (a one-character query);
- each title's runs as one hash (an exact title match).

The search page computes the same keys (search.js holds the JavaScript twin of
`query_keys`); no word a reader types goes to Pagefind, so `q` or `qj` match only what
holds them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_BASE = 26**4
# Characters from _BASE - 1 up are not indexed (their code would not fit 4 letters).


@cache
def char_code(ch: str) -> str:
    """Four lowercase letters for one character (base 26 of its code point)."""
    n = ord(ch)
    out = []
    for _ in range(4):
        n, r = divmod(n, 26)
        out.append(_LETTERS[r])
    return "".join(reversed(out))


# Where a pair occurs: the page ranks title matches first, then the form's fields, then
# the work's text. A position is (zone's number << ZONE_SHIFT) + offset in the zone, the
# work first (number 0) so most positions are small numbers.
ZONES = ("w", "t", "a", "o", "e", "f")  # work, title, authors, outlet, edition, other fields
ZONE_SHIFT = 22  # offsets in a zone below 4,194,304
# The form fields with a zone of their own, for field search (作者:张伟 in search.js).
FIELD_ZONES = {"authors": "a", "outlet": "o", "edition": "e"}
TITLE_PREFIX = "~"  # + hash of the whole title's runs: an exact title match


def title_key(text: str) -> str:
    """One key for a whole title (FNV-1a of its runs, twin of search.js titleKey)."""
    h = 0x811C9DC5
    for ch in " ".join(runs(text)):
        h = ((h ^ ord(ch)) * 0x01000193) & 0xFFFFFFFF
    out = []
    for _ in range(7):
        h, r = divmod(h, 26)
        out.append(_LETTERS[r])
    return TITLE_PREFIX + "".join(reversed(out))


@cache
def traditional_to_simplified() -> dict[str, str]:
    """One character to one character, from OpenCC's table (first choice when several)."""
    text = (
        resources.files("opencc")
        .joinpath("dictionary/TSCharacters.txt")
        .read_text(encoding="utf-8")
    )
    table = {}
    for line in text.splitlines():
        trad, _, simp = line.partition("\t")
        simp = simp.split(" ")[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[trad] = simp
    return table


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]")


@cache
def _simplifying() -> tuple[frozenset[str], dict[int, str]]:
    table = traditional_to_simplified()
    return frozenset(table), {ord(t): s for t, s in table.items()}


def to_simplified(text: str) -> str:
    # Most texts hold no traditional character: a set test is much faster than
    # str.translate's lookup of every character.
    traditional, table = _simplifying()
    return text if traditional.isdisjoint(text) else text.translate(table)


@cache
def _plain_punctuation() -> re.Pattern[str]:
    """Punctuation of the first plane NFKC would only turn into other punctuation
    (，→ , ：→ :) mapped to an ASCII comma beforehand: runs drop both, and a text
    already in NFKC (most Chinese text, once its full-width punctuation is gone) takes
    NFKC's fast path. Like the character it replaces, the comma is a starter, so what
    composes around it does not change (tests/test_search_grams.py checks all of them)."""
    found = []
    for cp in range(0x10000):
        ch = chr(cp)
        if not unicodedata.category(ch).startswith("P") or unicodedata.combining(ch):
            continue
        nfkc = unicodedata.normalize("NFKC", ch)
        if not any(c.isalnum() or c.isspace() for c in nfkc):
            found.append(ch)
    return _char_class(found)


def fold(text: str) -> str:
    """What search compares: NFKC (全角 ５Ｇ → 5G), lower case, simplified."""
    plain = _plain_punctuation().sub(",", text)
    return to_simplified(unicodedata.normalize("NFKC", plain).lower())


def is_word_char(ch: str) -> bool:
    """A letter or digit of any script (twin: search.js WORD_CHAR)."""
    return ch.isalnum() and ord(ch) < _BASE - 1


# What is_word_char refuses: \W and _ are exactly not str.isalnum().
_NOT_WORD = re.compile("[\\W_" + chr(_BASE - 1) + "-\U0010ffff]")


def runs(text: str) -> list[str]:
    """The runs of a text: whitespace-separated, folded, letters and digits only."""
    return [run for run in (_NOT_WORD.sub("", t) for t in fold(text).split()) if run]


def pair_key(pair: str) -> str:
    """The key of two adjacent characters of a run."""
    return char_code(pair[0]) + char_code(pair[1])


def query_runs(query: str) -> list[str]:
    """The distinct runs of a query, longest first (the rarest: searched first)."""
    return sorted(dict.fromkeys(runs(query)), key=lambda r: (-len(r), r))


def run_keys(run: str) -> list[str]:
    """The keys a query run is looked up by: its pairs, or its one character."""
    if len(run) == 1:
        return [char_code(run)]
    return [pair_key(run[i : i + 2]) for i in range(len(run) - 1)]


def query_keys(query: str) -> list[list[str]]:
    """The keys of each run of a query (twin of search.js queryKeys)."""
    return [run_keys(r) for r in query_runs(query)]


def simplified_table_for(chars: set[str]) -> dict[str, str]:
    """The traditional → simplified pairs whose simplified side occurs in `chars`:
    all the search page needs to fold a query onto what the archive holds."""
    return {t: s for t, s in sorted(traditional_to_simplified().items()) if s in chars}
