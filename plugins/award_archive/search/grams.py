"""Substring search for Chinese: character bigrams as opaque index words.

Pagefind's Chinese segmenter indexes words, so a query for part of a word (关爱 in
关爱明天, 城经济 in 双城经济圈) misses. Every two adjacent Han characters of an entry
are indexed as one ASCII "gram word" (`qj` + 4 letters per character), which no
segmenter splits; the search page rewrites a query the same way (search.js holds the
JavaScript twin of `query_words`), so any substring of two or more characters matches.
Traditional characters are folded to simplified on both sides, so 雙城 finds 双城.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

GRAM_PREFIX = "qj"  # starts no English or pinyin word: prefix queries never hit a gram
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Han ideographs (basic, extension A, compatibility, extensions B-F).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
# A run of Han characters; punctuation between them (《》、。) does not break a run,
# so 关爱明天杂志 finds 《关爱明天》杂志. Letters, digits and spaces do.
_RUN_RE = re.compile(f"[{_HAN}](?:[^\\sA-Za-z0-9{_HAN}]*[{_HAN}])*")
_NOT_HAN = re.compile(f"[^{_HAN}]")
_WORDISH = re.compile(r"[A-Za-z0-9]")


def char_code(ch: str) -> str:
    """Four lowercase letters for one character (base 26 of its code point)."""
    n = ord(ch)
    out = []
    for _ in range(4):
        n, r = divmod(n, 26)
        out.append(_LETTERS[r])
    return "".join(reversed(out))


def gram_word(pair: str) -> str:
    return GRAM_PREFIX + char_code(pair[0]) + char_code(pair[1])


@cache
def traditional_to_simplified() -> dict[str, str]:
    """One character to one character, from OpenCC's table (first choice when several)."""
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
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


def han_runs(text: str) -> list[str]:
    """Runs of Han characters, simplified, with the punctuation inside them removed."""
    return [_NOT_HAN.sub("", run) for run in _RUN_RE.findall(to_simplified(text))]


def grams_of(text: str) -> Iterable[str]:
    """Every adjacent pair of Han characters in the text, in order, repeats included."""
    for run in han_runs(text):
        for i in range(len(run) - 1):
            yield run[i : i + 2]


def gram_sequence(text: str) -> list[str]:
    """The gram words of a text in reading order, repeats kept: a substring of a run is
    then a run of consecutive gram words, which Pagefind's phrase search can match."""
    return [gram_word(pair) for pair in grams_of(text)]


def query_words(query: str) -> str:
    """What the search page sends to Pagefind for a query (twin of search.js).

    A query that is one run of Han characters becomes the phrase of its gram words
    ("…" : Pagefind's exact search, consecutive words, none may be missing). Otherwise
    each run becomes its gram words (Pagefind then ignores any that occur nowhere), a
    single Han character and everything else are left for Pagefind's own words.
    """
    out: list[str] = []
    rest = [w for w in _RUN_RE.sub(" ", to_simplified(query)).split() if _WORDISH.search(w)]
    runs = han_runs(query)
    for run in runs:
        if len(run) == 1:
            out.append(run)
        else:
            out.extend(gram_word(run[i : i + 2]) for i in range(len(run) - 1))
    if len(runs) == 1 and len(runs[0]) > 1 and not rest:
        return '"' + " ".join(out) + '"'
    return " ".join(out + rest)


def simplified_table_for(chars: set[str]) -> dict[str, str]:
    """The traditional → simplified pairs whose simplified side occurs in `chars`:
    all the search page needs to fold a query onto what the archive holds."""
    return {t: s for t, s in sorted(traditional_to_simplified().items()) if s in chars}
