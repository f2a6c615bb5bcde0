"""The table page's data: one compact JSON file the browser filters, sorts and pages.

Shape (a UI format, not the export format; see export.py for that):

    {"v": 1,
     "cols": ["id", "title", ...],          # names of each row's positions
     "dict": {"award": [...], "category": [...], ...},  # repeated values, stored once
     "rows": [[...], ...],
     "slug": {"author": [...], "outlet": [...]}}  # optional: page slugs, parallel to dict

Repeated values (award, category, outlet, recommender, prize, author) are indexes into
`dict`, so a row costs little more than its title. Every sort key is computed here, so
the browser needs no pinyin library: `dict` lists are in pinyin order, and each row
carries its date as a sortable string and its title's rank in pinyin order.
Text is escaped for HTML contexts (<, >, & as \\u003c …) in case a page ever inlines it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from award_archive.checking.archive import newest_first
from award_archive.contract.model import Entry
from award_archive.contract.order import configured_order
from award_archive.contract.slugs import pinyin_key
from award_archive.formats.html_json import dumps_for_html

FORMAT_VERSION = 1
# Positions of a row; the browser reads them by name from "cols".
COLUMNS = (
    "id",  # entry id: its page is entries/<id>/
    "title",
    "trank",  # the title's position in pinyin order (a small integer, not the pinyin text)
    "award",  # index into dict.award
    "edition",  # integer
    "year",  # integer or null
    "category",  # index into dict.category
    "authors",  # list of indexes into dict.author
    "outlet",  # index into dict.outlet
    "published",  # as written
    "date",  # sortable string: 2023-07-00-07
    "length",  # display text
    "lsort",  # integer or null
    "recommender",  # index into dict.recommender, or -1
    "prize",  # index into dict.prize, or -1
)


def table_data(
    entries: Iterable[Entry],
    categories: Sequence[str] = (),
    prizes: Sequence[str] = (),
    slugs: Mapping[str, Mapping[str, str]] | None = None,
) -> dict:
    """`slugs`: kind -> {name: slug} for kinds whose pages the table links (author, outlet)."""
    rows_in = newest_first(entries)
    dicts: dict[str, list[str]] = {
        "award": configured_order(e.award for e in rows_in),
        "category": configured_order((e.category for e in rows_in), categories),
        "outlet": configured_order(e.outlet for e in rows_in),
        "author": configured_order(a for e in rows_in for a in e.authors),
        "recommender": configured_order(e.recommender for e in rows_in),
        "prize": configured_order((e.prize for e in rows_in), prizes),
    }
    index = {kind: {v: i for i, v in enumerate(values)} for kind, values in dicts.items()}
    by_title = sorted(rows_in, key=lambda e: (pinyin_key(e.title), e.id))
    title_rank = {e.id: i for i, e in enumerate(by_title)}
    rows = []
    for e in rows_in:
        rows.append(
            [
                e.id,
                e.title,
                title_rank[e.id],
                index["award"][e.award],
                e.edition,
                e.effective_year,
                index["category"][e.category],
                [index["author"][a] for a in e.authors],
                index["outlet"][e.outlet],
                e.published.text,
                e.published.sortable,
                e.length.display if e.length else "",
                e.length.sort_value if e.length else None,
                index["recommender"].get(e.recommender, -1),
                index["prize"].get(e.prize, -1),
            ]
        )
    data = {"v": FORMAT_VERSION, "cols": list(COLUMNS), "dict": dicts, "rows": rows}
    if slugs:
        data["slug"] = {kind: [slugs[kind][name] for name in dicts[kind]] for kind in slugs}
    return data


def table_json(
    entries: Iterable[Entry],
    categories: Sequence[str] = (),
    prizes: Sequence[str] = (),
    slugs: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    return dumps_for_html(table_data(entries, categories, prizes, slugs))
