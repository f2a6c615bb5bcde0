"""The statistics page's numbers: entries per edition × category, top outlets and
recommenders, prizes per outlet; each as an SVG chart (charts.py) and a plain table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from award_archive.checking.archive import Archive
from award_archive.checking.validate import Rules
from award_archive.contract.groups import KIND
from award_archive.contract.model import WITHDRAWN, Entry
from award_archive.contract.order import in_configured_order
from award_archive.contract.slugs import pinyin_key
from award_archive.web.charts import bar_chart, stacked_bar_chart

STATS_TITLE = "统计"
TOP = 15


def _top(counter: Counter[str], n: int = TOP) -> list[tuple[str, int]]:
    # Most entries first; ties in pinyin order so the page is the same on every build.
    return sorted(counter.items(), key=lambda kv: (-kv[1], pinyin_key(kv[0])))[:n]


def _counts(archive: Archive, kind: str, entries: Iterable[Entry]) -> Counter[str]:
    """Entries per record name (an alias counts for its record; list entries may lack one)."""
    names = archive.authorities.names
    return Counter(name for e in entries for name in names(KIND[kind], e))


def nominated_won(archive: Archive, kind: str) -> list[tuple[str, int, int]]:
    """(record name, nominated, won) of the kind's most nominated, ties in pinyin order."""
    nominated = _counts(archive, kind, (e for e in archive.entries if e.stage != WITHDRAWN))
    won = _counts(archive, kind, (e for e in archive.entries if e.won))
    return [(name, n, won[name]) for name, n in _top(nominated)]


def statistics(archive: Archive, rules: Rules) -> dict:
    entries = archive.entries
    category = _counts(archive, "category", entries)
    categories = in_configured_order(set(category), rules.categories, str)
    matrix = []
    for ed in archive.editions:
        counts = _counts(archive, "category", ed.entries)
        matrix.append((ed, [counts.get(c, 0) for c in categories]))
    outlets = _top(_counts(archive, "outlet", entries))
    recommenders = _top(_counts(archive, "recommender", entries))
    prizes = in_configured_order({e.prize for e in entries if e.prize}, rules.prizes, str)
    by_outlet: dict[str, Counter[str]] = {}
    for e in entries:
        for outlet in archive.authorities.names(KIND["outlet"], e) if e.prize else ():
            by_outlet.setdefault(outlet, Counter())[e.prize] += 1
    prized = _top(Counter({o: sum(c.values()) for o, c in by_outlet.items()}))
    prize_rows = [(o, [by_outlet[o].get(p, 0) for p in prizes]) for o, _ in prized]
    return {
        "total": len(entries),
        "categories": categories,
        "matrix": matrix,
        "matrix_chart": stacked_bar_chart(
            [(ed.name, row) for ed, row in matrix], categories, "各届各参评项目作品数"
        ),
        "outlets": outlets,
        "outlets_chart": bar_chart(outlets, f"作品最多的刊播单位（前 {TOP}）"),
        "recommenders": recommenders,
        "recommenders_chart": bar_chart(recommenders, f"推荐作品最多的推荐单位（前 {TOP}）"),
        "outlets_won": nominated_won(archive, "outlet") if archive.has_model else [],
        "recommenders_won": nominated_won(archive, "recommender") if archive.has_model else [],
        "prizes": prizes,
        "prize_rows": prize_rows,
        "prizes_chart": stacked_bar_chart(prize_rows, prizes, "各刊播单位获奖情况"),
    }
