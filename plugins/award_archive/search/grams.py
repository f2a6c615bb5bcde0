"""Exact substring search: character pairs as opaque index words.

Pagefind's segmenter indexes words, so a query for part of a word (关爱 in 关爱明天,
5G in 用5G+VR, 13 in CCTV-13) misses or, for digits, matches every number with the same
start. Instead every text unit (a cell, a paragraph, a heading) is cut into *runs*:
stretches without whitespace, letters and digits of every script kept (NFKC, lower
case, traditional folded to simplified), punctuation dropped. Each two adjacent
characters of a run are indexed as one ASCII "gram word" (`qj`, the zone's letter,
4 letters per character), and each run ends with a pair (last character, END), so

- a query run of two or more characters is the phrase of its gram words: it matches
  exactly where the run occurs inside one run of the text (the END word between runs
  keeps the end of one unit from joining the start of the next);
- a one-character run is the prefix `qj` + zone + its code: every pair starting with it,
  END pairs included, so a character at the end of a run is found too.

The search page rewrites every query this way (search.js holds the JavaScript twin of
`query_words`): no word of a reader's own goes to Pagefind, so a reader's `q` or `qj`
cannot match the hidden words by prefix.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

GRAM_PREFIX = "qj"  # starts no English or pinyin word: prefix queries never hit a gram
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_BASE = 26**4
END_CODE = "zzzz"  # code of no character: characters from _BASE - 1 up are not indexed
# Han ideographs (basic, extension A, compatibility, extensions B-F).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"


def char_code(ch: str) -> str:
    """Four lowercase letters for one character (base 26 of its code point)."""
    n = ord(ch)
    out = []
    for _ in range(4):
        n, r = divmod(n, 26)
        out.append(_LETTERS[r])
    return "".join(reversed(out))


# Where a pair occurs, the letter after the prefix: the page ranks title matches
# first, then the form's fields, then the work's text.
ZONES = ("t", "a", "o", "e", "f", "w")  # title, authors, outlet, edition, other fields, work
# The form fields with a zone of their own, for field search (作者:张伟 in search.js).
FIELD_ZONES = {"authors": "a", "outlet": "o", "edition": "e"}
TITLE_PREFIX = "qx"  # + hash of the whole title's runs: an exact title match


def gram_word(pair: str, zone: str = "w") -> str:
    """The word of two characters, or of one character and the end of its run."""
    second = char_code(pair[1]) if len(pair) > 1 else END_CODE
    return GRAM_PREFIX + zone + char_code(pair[0]) + second


def title_word(text: str) -> str:
    """One word for a whole title (FNV-1a of its runs, twin of search.js titleWord)."""
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


def to_simplified(text: str) -> str:
    table = traditional_to_simplified()
    return "".join(table.get(ch, ch) for ch in text)


def fold(text: str) -> str:
    """What search compares: NFKC (全角 ５Ｇ → 5G), lower case, simplified."""
    return to_simplified(unicodedata.normalize("NFKC", text).lower())


def is_word_char(ch: str) -> bool:
    """A letter or digit of any script (twin: search.js WORD_CHAR)."""
    return ch.isalnum() and ord(ch) < _BASE - 1


def runs(text: str) -> list[str]:
    """The runs of a text: whitespace-separated, folded, letters and digits only."""
    out = []
    for token in fold(text).split():
        run = "".join(ch for ch in token if is_word_char(ch))
        if run:
            out.append(run)
    return out


def han_runs(text: str) -> list[str]:
    """Kept for callers of the old name: the runs of a text (all scripts now)."""
    return runs(text)


def grams_of(text: str) -> Iterable[str]:
    """Every adjacent pair of characters in each run, then (last character,) for its end."""
    for run in runs(text):
        for i in range(len(run) - 1):
            yield run[i : i + 2]
        yield run[-1]


def gram_sequence(text: str, zone: str = "w") -> list[str]:
    """The gram words of a text in reading order, repeats kept: a substring of a run is
    then a run of consecutive gram words, which Pagefind's phrase search can match."""
    return [gram_word(pair, zone) for pair in grams_of(text)]


def run_terms(run: str, zone: str = "w") -> str:
    """The Pagefind query for one run in one zone: the phrase of its pairs, or a
    one-character prefix."""
    if len(run) == 1:
        return GRAM_PREFIX + zone + char_code(run)
    return '"' + " ".join(gram_word(run[i : i + 2], zone) for i in range(len(run) - 1)) + '"'


def query_runs(query: str) -> list[str]:
    """The distinct runs of a query, longest first (the rarest: searched first)."""
    return sorted(dict.fromkeys(runs(query)), key=lambda r: (-len(r), r))


def query_words(query: str) -> str:
    """What the search page sends to Pagefind for a query of one run (twin of search.js).

    A query of several runs is searched run by run (`query_runs`, `run_terms`) and the
    results intersected by the page; this joins their words for a single search.
    """
    found = query_runs(query)
    if len(found) == 1:
        return run_terms(found[0])
    return " ".join(run_terms(r).strip('"') for r in found)


def simplified_table_for(chars: set[str]) -> dict[str, str]:
    """The traditional → simplified pairs whose simplified side occurs in `chars`:
    all the search page needs to fold a query onto what the archive holds."""
    return {t: s for t, s in sorted(traditional_to_simplified().items()) if s in chars}
