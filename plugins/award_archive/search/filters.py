"""The Pagefind filters each entry page carries, named by the fields' labels
(model.FIELDS): the search page shows the names as its filters' titles."""

from __future__ import annotations

from award_archive.contract.model import FIELDS_BY_KEY, Entry

# Entry fields the search page filters by, in the order it shows them.
FILTER_KEYS = ("category", "outlet", "edition", "year", "prize")


def filter_value(e: Entry, key: str) -> str:
    """A filter's value: an edition with its award, the year a work counts for."""
    if key == "edition":
        return e.award_edition
    if key == "year":
        return str(e.effective_year) if e.effective_year else ""
    return str(getattr(e, key) or "")


def search_filters(e: Entry) -> list[tuple[str, str]]:
    """(filter name, value) for each filter this entry has a value for."""
    found = [(FIELDS_BY_KEY[key].label, filter_value(e, key)) for key in FILTER_KEYS]
    return [(name, value) for name, value in found if value]
