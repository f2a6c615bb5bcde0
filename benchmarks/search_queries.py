"""Queries for the search benchmark, drawn from the generated corpus at run time (a seed
per run, printed), of every kind the quality suite knows, each with its right answer.

Nothing here is tuned to a fixed list: each run picks other titles, names, substrings,
digits and letters from the entries, other absent strings (two real substrings that
never occur together) and other strings across two text units.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from search_corpus import CorpusEntry  # noqa: E402

from award_archive.search.grams import runs, traditional_to_simplified  # noqa: E402

_FIELD_TOKEN = re.compile(r"^(作者|刊播单位|单位|标题|届次)[:：](.+)$")
_FIELD = {
    "作者": "authors",
    "单位": "outlet",
    "刊播单位": "outlet",
    "标题": "title",
    "届次": "edition",
}


@dataclass(frozen=True)
class Haystack:
    """An entry's runs by field ('' for any), folded once for every query."""

    id: str
    runs: dict[str, list[str]]
    units: list[list[str]]  # each text unit's runs, in page order


def haystacks(entries: list[CorpusEntry]) -> list[Haystack]:
    out = []
    for e in entries:
        units = [runs(u) for u in e.units()]
        fields = {
            "": [r for u in units for r in u],
            "title": runs(e.title),
            "authors": [r for a in e.authors for r in runs(a)],
            "outlet": runs(e.outlet),
            "edition": runs(f"第{e.year - 2014}届"),
        }
        out.append(Haystack(e.id, fields, units))
    return out


def relevant(hay: list[Haystack], query: str) -> set[str]:
    """What search_corpus.relevant says, on the folded runs (fast enough for 10,000)."""
    terms = []
    for token in query.split():
        m = _FIELD_TOKEN.match(token)
        field, text = (_FIELD[m.group(1)], m.group(2)) if m else ("", token)
        if field == "edition" and text.isdigit():
            text = f"第{text}届"
        terms += [(field, r) for r in runs(text)]
    return {h.id for h in hay if terms and all(any(w in r for r in h.runs[f]) for f, w in terms)}


def _slice(rng: random.Random, run: str, lo: int, hi: int) -> str:
    n = min(len(run), rng.randint(lo, hi))
    start = rng.randrange(len(run) - n + 1)
    return run[start : start + n]


def _any_run(rng: random.Random, h: Haystack, field: str = "", minimum: int = 2) -> str:
    long_runs = [r for r in h.runs[field] if len(r) >= minimum]
    return rng.choice(long_runs) if long_runs else ""


def _traditional(text: str) -> str:
    back = {s: t for t, s in sorted(traditional_to_simplified().items())}
    return "".join(back.get(ch, ch) for ch in text)


def _candidates(rng: random.Random, hay: list[Haystack], entries: list[CorpusEntry]) -> dict:
    """One candidate query of each kind (some may be unusable: the caller checks)."""
    h, e, other = rng.choice(hay), rng.choice(entries), rng.choice(hay)
    sub = _slice(rng, _any_run(rng, h), 2, 5)
    with_digit = [r for r in h.runs[""] if re.search(r"\d", r)]
    with_latin = [r for r in h.runs[""] if re.search(r"[a-z]", r)]
    unit_pairs = [(a[-1], b[0]) for a, b in zip(h.units, h.units[1:], strict=False) if a and b]
    a, b = rng.choice(unit_pairs) if unit_pairs else ("", "")
    return {
        "title": e.title,
        "person": rng.choice(e.authors),
        "outlet": e.outlet,
        "substring": sub,
        "traditional": _traditional(_slice(rng, _any_run(rng, h), 3, 6)),
        "digits": _slice(rng, rng.choice(with_digit), 2, 6) if with_digit else "",
        "latin": _slice(rng, rng.choice(with_latin), 1, 5) if with_latin else "",
        "letter": rng.choice(rng.choice(h.runs[""])) if h.runs[""] else "",
        "absent": sub + _slice(rng, _any_run(rng, other), 2, 4),
        "units": a[-2:] + b[:2],
        "field": rng.choice(
            [
                "作者:" + rng.choice(e.authors),
                "单位:" + _slice(rng, runs(e.outlet)[0], 2, 4),
                "标题:" + _slice(rng, runs(e.title)[0], 2, 4),
                f"届次:{e.year - 2014}",
            ]
        ),
        "mixed": f"{sub} {_slice(rng, _any_run(rng, h), 2, 4)}",
    }


KINDS = (
    "title",
    "person",
    "outlet",
    "substring",
    "traditional",
    "digits",
    "latin",
    "letter",
    "absent",
    "units",
    "field",
    "mixed",
)


def draw_queries(
    entries: list[CorpusEntry], hay: list[Haystack], per_kind: int, seed: int
) -> list[tuple[str, str, set[str]]]:
    """(kind, query, right answer) for `per_kind` distinct queries of each kind."""
    rng = random.Random(seed)
    chosen: dict[str, dict[str, set[str]]] = {k: {} for k in KINDS}
    for _ in range(per_kind * 400):
        if all(len(v) >= per_kind for v in chosen.values()):
            break
        for kind, query in _candidates(rng, hay, entries).items():
            if not query.strip() or query in chosen[kind] or len(chosen[kind]) >= per_kind:
                continue
            right = relevant(hay, query)
            if kind == "traditional" and query == "".join(runs(query)):
                continue  # no character with a traditional form
            if bool(right) == (kind not in ("absent", "units")):
                chosen[kind][query] = right
    return [(k, q, r) for k in KINDS for q, r in chosen[k].items()]
