"""The table page's data: one compact JSON file the browser filters, sorts and pages.

Shape (a UI format, not the export format; see export.py for that), column by column:

    {"v": 2,
     "n": 10000,                            # rows, newest first
     "dict": {"award": [...], "edition": [[award, number], ...], "year": [2024, ...],
              "category": [...], "outlet": [...], "author": [...], "recommender": [...],
              "prize": [...], "published": [...], "date": [...], "length": [...]},
     "col": {"id": [...], "title": [...], "trank": [...], "award": [...], ...},
     "slug": {"author": [...], "outlet": [...]},  # optional: page slugs, parallel to dict
     "labels": {"title": "作品标题", ...},  # column and filter labels (model.FIELDS)
     "edition_name": "第{number}届"}        # how an edition is named (model.ordinal_edition)

Each column of `col` is one array of n values. A repeated value (every facet, the
authors, the date as written, the length as shown) is an integer index into its `dict`
list (-1: none), so a row costs little more than its id and title, and the browser
filters and counts by comparing integers. Every sort key is computed here, so the browser
needs no pinyin library: `dict` lists are in their display order (pinyin, configured, or
editions newest first within an award, years newest first), `date` indexes `dict.date`
(sortable strings in ascending order) and `trank` is the title's rank in pinyin order.
Authors are flat: `author_count[i]` indexes of `authors` belong to row i, in order.
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

FORMAT_VERSION = 2
# The columns of `col`; the browser reads them by name.
COLUMNS = (
    "id",  # entry id: its page is entries/<id>/
    "title",
    "trank",  # the title's position in pinyin order (a small integer, not the pinyin text)
    "award",  # index into dict.award
    "edition",  # index into dict.edition: [award index, edition number]
    "year",  # index into dict.year, or -1
    "category",  # index into dict.category, or -1
    "authors",  # indexes into dict.author, all rows' in a row (see author_count)
    "author_count",  # how many of `authors` each row has
    "outlet",  # index into dict.outlet, or -1
    "published",  # index into dict.published: the date as written
    "date",  # index into dict.date: sortable strings (2023-07-00-07) in ascending order
    "length",  # index into dict.length (display text), or -1
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


def _dictionaries(
    rows: Sequence[Entry], orders: Mapping[str, Sequence[str]], authorities: Authorities
) -> dict[str, list]:
    """Every repeated value once, each list in the order the browser shows and sorts it."""
    awards = configured_order(e.award for e in rows)
    award_at = {award: i for i, award in enumerate(awards)}
    dicts: dict[str, list] = {
        "award": awards,
        "edition": sorted(
            {(award_at[e.award], e.edition) for e in rows}, key=lambda p: (p[0], -p[1])
        ),
        "year": sorted({e.effective_year for e in rows if e.effective_year}, reverse=True),
    }
    for kind in GROUP_KINDS:
        names = (name for e in rows for name in authorities.names(kind, e))
        dicts[kind.key] = configured_order(names, orders.get(kind.configured, ()))
    dicts["published"] = list(dict.fromkeys(e.published.text for e in rows))
    dicts["date"] = sorted({e.published.sortable for e in rows})
    dicts["length"] = list(dict.fromkeys(e.length.display for e in rows if e.length))
    return dicts


def _columns(
    rows: Sequence[Entry], dicts: Mapping[str, list], authorities: Authorities
) -> dict[str, list]:
    at = {key: {v: i for i, v in enumerate(values)} for key, values in dicts.items()}
    named = [{k.key: authorities.names(k, e) for k in GROUP_KINDS} for e in rows]

    def one(kind: str) -> list[int]:
        return [_one(at[kind], n[kind]) for n in named]

    award_at = at["award"]
    by_title = sorted(rows, key=lambda e: (pinyin_key(e.title), e.id))
    title_rank = {e.id: i for i, e in enumerate(by_title)}
    return {
        "id": [e.id for e in rows],
        "title": [e.title for e in rows],
        "trank": [title_rank[e.id] for e in rows],
        "award": [award_at[e.award] for e in rows],
        "edition": [at["edition"][(award_at[e.award], e.edition)] for e in rows],
        "year": [at["year"].get(e.effective_year, -1) for e in rows],
        "category": one("category"),
        "authors": [at["author"][a] for n in named for a in n["author"]],
        "author_count": [len(n["author"]) for n in named],
        "outlet": one("outlet"),
        "published": [at["published"][e.published.text] for e in rows],
        "date": [at["date"][e.published.sortable] for e in rows],
        "length": [at["length"][e.length.display] if e.length else -1 for e in rows],
        "lsort": [e.length.sort_value if e.length else None for e in rows],
        "recommender": one("recommender"),
        "prize": one("prize"),
    }


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
    rows = newest_first(entries)
    orders = {"categories": categories, "prizes": prizes}
    dicts = _dictionaries(rows, orders, authorities)
    columns = _columns(rows, dicts, authorities)
    dicts["edition"] = [list(pair) for pair in dicts["edition"]]
    data: dict = {"v": FORMAT_VERSION, "n": len(rows), "dict": dicts, "col": columns}
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
