"""Precision and recall of search over the generated archive (tests and benchmark)."""

from __future__ import annotations

from dataclasses import dataclass

from search_corpus import QUERIES, CorpusEntry, relevant


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float

    def __str__(self) -> str:
        return f"precision {self.precision:.3f} recall {self.recall:.3f}"


def entry_id(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")


def score(pairs: list[tuple[set[str], set[str]]]) -> Score:
    """Macro-averaged over queries: (found, relevant) per query."""
    ps = [len(f & r) / len(f) if f else (1.0 if not r else 0.0) for f, r in pairs]
    rs = [len(f & r) / len(r) if r else 1.0 for f, r in pairs]
    return Score(sum(ps) / len(ps), sum(rs) / len(rs))


def evaluate(
    entries: list[CorpusEntry], results: list[dict], mode: str = "rewritten"
) -> dict[str, Score]:
    """{kind: Score, 'all': Score} of the results' `mode` (the page's search: 'rewritten')."""
    by_query = {r["query"]: r for r in results}
    groups: dict[str, list[tuple[set[str], set[str]]]] = {}
    for kind, query in QUERIES:
        found = {entry_id(u) for u in by_query[query][mode]}
        groups.setdefault(kind, []).append((found, relevant(entries, query)))
    out = {k: score(v) for k, v in groups.items()}
    out["all"] = score([p for v in groups.values() for p in v])
    return out


def report(scores: dict[str, Score]) -> str:
    lines = [f"{'kind':<12} the search page (exact, per run)"]
    for kind, value in scores.items():
        lines.append(f"{kind:<12} {value}")
    return "\n".join(lines)
