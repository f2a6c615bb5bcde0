"""The table page's data: one compact JSON file the browser filters, sorts and pages.

Shape (a UI format, not the export format; see export.py for that):

    {"v": 1,
     "cols": ["id", "title", ...],          # names of each row's positions
     "dict": {"award": [...], "category": [...], ...},  # repeated values, stored once
     "rows": [[...], ...],
     "slug": {"author": [...], "outlet": [...]},  # optional: page slugs, parallel to dict
     "labels": {"title": "作品标题", ...},  # column and filter labels (model.FIELDS)
     "edition_name": "第{number}届"}        # how an edition is named (model.ordinal_edition)

Repeated values (award, category, outlet, recommender, prize, author) are indexes into
`dict`, so a row costs little more than its title. Every sort key is computed here, so
the browser needs no pinyin library: `dict` lists are in pinyin order, and each row
carries its date as a sortable string and its title's rank in pinyin order.
Text is escaped for HTML contexts (<, >, & as \\u003c …) in case a page ever inlines it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from award_archive.checking.archive import newest_first
from award_archive.contract.authorities import Authorities
from award_archive.contract.groups import GROUP_KINDS
from award_archive.contract.model import EDITION_PATTERN, FIELDS_BY_KEY, Entry
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
# The table's visible columns (key, how the noscript table sorts it); labels: table_label.
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "text"),
    ("award_edition", "text"),
    ("category", "text"),
    ("authors", "text"),
    ("outlet", "text"),
    ("published", "text"),
    ("length", "number"),
    ("prize", "number"),
)
# Group kinds whose pages the table's cells link (their slugs go into the data file).
TABLE_LINKED_KINDS = ("author", "outlet")
# The one label of the table that is not a field of the form: award and edition together.
AWARD_EDITION_LABEL = "奖项届次"
# Every label the browser shows for a field: columns, filters and the CSV's header.
LABELLED_KEYS = (
    "title",
    "award",
    "edition",
    "year",
    "category",
    "authors",
    "outlet",
    "published",
    "length",
    "recommender",
    "prize",
    "url",
)


def table_label(key: str) -> str:
    """A column's label: the field's label in model.FIELDS."""
    return AWARD_EDITION_LABEL if key == "award_edition" else FIELDS_BY_KEY[key].label


def labels() -> dict[str, str]:
    return {key: table_label(key) for key in (*LABELLED_KEYS, "award_edition")}


def table_data(
    entries: Iterable[Entry],
    categories: Sequence[str] = (),
    prizes: Sequence[str] = (),
    slugs: Mapping[str, Mapping[str, str]] | None = None,
    authorities: Authorities | None = None,
) -> dict:
    """`slugs`: kind -> {name: slug} for kinds whose pages the table links (author, outlet);
    `authorities`: archive.yml's records (an alias is the record's one value)."""
    authorities = authorities or Authorities()
    rows_in = newest_first(entries)
    orders = {"categories": categories, "prizes": prizes}
    dicts: dict[str, list[str]] = {"award": configured_order(e.award for e in rows_in)}
    for kind in GROUP_KINDS:
        names = (name for e in rows_in for name in authorities.names(kind, e))
        dicts[kind.key] = configured_order(names, orders.get(kind.configured, ()))
    index = {kind: {v: i for i, v in enumerate(values)} for kind, values in dicts.items()}
    by_title = sorted(rows_in, key=lambda e: (pinyin_key(e.title), e.id))
    title_rank = {e.id: i for i, e in enumerate(by_title)}
    rows = []
    for e in rows_in:
        named = {k.key: authorities.names(k, e) for k in GROUP_KINDS}
        rows.append(
            [
                e.id,
                e.title,
                title_rank[e.id],
                index["award"][e.award],
                e.edition,
                e.effective_year,
                _one(index["category"], named["category"]),
                [index["author"][a] for a in named["author"]],
                _one(index["outlet"], named["outlet"]),
                e.published.text,
                e.published.sortable,
                e.length.display if e.length else "",
                e.length.sort_value if e.length else None,
                _one(index["recommender"], named["recommender"]),
                _one(index["prize"], named["prize"]),
            ]
        )
    data: dict = {"v": FORMAT_VERSION, "cols": list(COLUMNS), "dict": dicts, "rows": rows}
    if slugs:
        data["slug"] = {kind: [slugs[kind][name] for name in dicts[kind]] for kind in slugs}
    data["labels"] = labels()
    data["edition_name"] = EDITION_PATTERN
    return data


def _one(index: Mapping[str, int], names: list[str]) -> int:
    return index[names[0]] if names else -1


def table_json(
    entries: Iterable[Entry],
    categories: Sequence[str] = (),
    prizes: Sequence[str] = (),
    slugs: Mapping[str, Mapping[str, str]] | None = None,
    authorities: Authorities | None = None,
) -> str:
    return dumps_for_html(table_data(entries, categories, prizes, slugs, authorities))
