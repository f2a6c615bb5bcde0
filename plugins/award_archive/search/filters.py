"""The Pagefind filters each entry page carries, named by the fields' labels
(model.FIELDS): the search page shows the names as its filters' titles."""

from __future__ import annotations

from award_archive.contract.authorities import Authorities
from award_archive.contract.groups import KIND
from award_archive.contract.model import FIELDS_BY_KEY, Entry

# Entry fields the search page filters by, in the order it shows them.
FILTER_KEYS = ("category", "outlet", "edition", "year", "prize")


def filter_value(e: Entry, key: str, authorities: Authorities | None = None) -> str:
    """A filter's value: an edition with its award, the year a work counts for, a name
    as its record (archive.yml: an alias is its record's one value)."""
    if key == "edition":
        return e.award_edition
    if key == "year":
        return str(e.effective_year) if e.effective_year else ""
    value = str(getattr(e, key) or "")
    if authorities is not None and value and key in KIND:
        return authorities.name(key, value, e)
    return value


def search_filters(e: Entry, authorities: Authorities | None = None) -> list[tuple[str, str]]:
    """(filter name, value) for each filter this entry has a value for."""
    found = [(FIELDS_BY_KEY[key].label, filter_value(e, key, authorities)) for key in FILTER_KEYS]
    return [(name, value) for name, value in found if value]
