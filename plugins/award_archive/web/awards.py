"""The award pages' numbers, as plain data: each award's editions by year (the archive's
counts beside the office's from archive.yml), and its categories over the editions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from award_archive.checking.archive import Archive, Edition
from award_archive.checking.validate import Rules
from award_archive.contract.archive_model import AwardInfo, EditionInfo
from award_archive.contract.groups import KIND
from award_archive.contract.order import in_configured_order
from award_archive.contract.slugs import pinyin_key
from award_archive.web.charts import stacked_bar_chart


@dataclass(frozen=True)
class EditionRow:
    number: int
    edition: Edition | None  # None: archive.yml names an edition the archive has no entry of
    info: EditionInfo
    won: int  # entries of the archive that won a prize

    @property
    def year(self) -> str:
        if self.info.year is not None:
            return str(self.info.year)
        return "、".join(map(str, self.edition.years)) if self.edition else ""


@dataclass(frozen=True)
class AwardPage:
    name: str
    slug: str
    info: AwardInfo
    rows: list[EditionRow]  # newest edition first
    categories: list[str]  # the categories' names now, in the award's order
    matrix: list[tuple[EditionRow, list[int]]]  # oldest edition first: entries per category
    chart: str


def award_pages(archive: Archive, rules: Rules) -> list[AwardPage]:
    """One page per award with entries or described in archive.yml, in pinyin order."""
    names = sorted(archive.award_slugs, key=pinyin_key)
    return [_award_page(archive, rules, name) for name in names]


def _award_page(archive: Archive, rules: Rules, name: str) -> AwardPage:
    info = archive.authorities.model.award(name) or AwardInfo(name)
    editions = {ed.number: ed for ed in archive.editions if ed.award == name}
    numbers = sorted({*editions, *(ed.number for ed in info.editions)}, reverse=True)
    rows = [
        EditionRow(
            n,
            editions.get(n),
            info.edition(n) or EditionInfo(n),
            sum(e.won for e in editions[n].entries) if n in editions else 0,
        )
        for n in numbers
    ]
    kind = KIND["category"]
    counts = {
        n: Counter(c for e in ed.entries for c in archive.authorities.names(kind, e))
        for n, ed in editions.items()
    }
    used = {c for counter in counts.values() for c in counter}
    categories = in_configured_order(used, info.categories or rules.categories, str)
    matrix = [
        (row, [counts.get(row.number, Counter()).get(c, 0) for c in categories])
        for row in reversed(rows)
        if row.edition is not None
    ]
    chart = stacked_bar_chart(
        [(row.edition.name if row.edition else "", values) for row, values in matrix],
        categories,
        f"{name}：各届各参评项目作品数",
    )
    return AwardPage(name, archive.award_slugs[name], info, rows, categories, matrix, chart)
