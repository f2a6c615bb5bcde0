"""An outlet's or recommender's record across editions: nominated N, won M, and per
edition its entries, its prizes and its rank among all of its kind (by entries)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from award_archive.checking.archive import Archive, Edition
from award_archive.contract.groups import KIND
from award_archive.contract.model import WITHDRAWN
from award_archive.web.charts import stacked_bar_chart

RECORD_KINDS = ("outlet", "recommender")
SERIES = ("获奖", "未获奖")


@dataclass(frozen=True)
class EditionRecord:
    edition: Edition
    entries: int
    won: int
    rank: int  # 1: the most entries in this edition (ties share a rank)
    of: int  # how many of its kind had entries in this edition


@dataclass(frozen=True)
class Record:
    name: str
    nominated: int  # entries not withdrawn
    won: int
    editions: list[EditionRecord]  # in the archive's edition order
    chart: Markup


def _ranks(counts: Counter[str]) -> dict[str, int]:
    """Competition ranking: 1, 1, 3 …"""
    return {name: 1 + sum(1 for v in counts.values() if v > n) for name, n in counts.items()}


def records(archive: Archive, kind: str) -> dict[str, Record]:
    """Name (the record's, see contract/authorities.py) -> its record, for one kind."""
    group_kind = KIND[kind]
    per_edition: dict[str, list[EditionRecord]] = {}
    for ed in archive.editions:
        counts: Counter[str] = Counter()
        won: Counter[str] = Counter()
        for e in ed.entries:
            for name in archive.authorities.names(group_kind, e):
                counts[name] += 1
                won[name] += e.won
        ranks = _ranks(counts)
        for name, n in counts.items():
            per_edition.setdefault(name, []).append(
                EditionRecord(ed, n, won[name], ranks[name], len(counts))
            )
    found: dict[str, Record] = {}
    for group in archive.groups(kind):
        rows = per_edition.get(group.name, [])
        chart = stacked_bar_chart(
            [(r.edition.name, [r.won, r.entries - r.won]) for r in rows],
            SERIES,
            f"{group.name}：各届作品与获奖",
        )
        nominated = sum(1 for e in group.entries if e.stage != WITHDRAWN)
        found[group.name] = Record(
            group.name, nominated, sum(e.won for e in group.entries), rows, chart
        )
    return found
