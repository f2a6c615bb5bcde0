"""Every entry's fields as CSV or JSON: one row per entry, stable columns.

Columns follow the form's order (model.FIELDS); parsed values sit beside the raw ones
(`published` as written, then `published_start`, `published_end`, `published_sort`;
`length` as written, then `length_characters`, `length_seconds`).

CSV is for spreadsheets: UTF-8 with a byte-order mark so Excel reads Chinese text, CRLF
rows, lists joined with 、 (attachments with line breaks). Spreadsheets run a cell that
starts with = + - @ (or a tab or carriage return) as a formula, so such cells get a
leading apostrophe (OWASP's advice against CSV injection): `=1+1` is exported as `'=1+1`.
JSON keeps types (numbers, lists, true/false, null) and the text exactly as written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

from award_archive.contract.model import FIELDS, Entry
from award_archive.formats.html_json import dumps_for_html

# Where the site publishes the files (the plugin writes them, the table page links them).
DOWNLOADS: dict[str, str] = {"csv": "downloads/entries.csv", "json": "downloads/entries.json"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_PARSED: dict[str, dict[str, Callable[[Entry], Any]]] = {
    "published": {
        "published_start": lambda e: e.published.start.iso,
        "published_end": lambda e: e.published.end.iso if e.published.end else None,
        "published_sort": lambda e: e.published.sortable,
    },
    "length": {
        "length_characters": lambda e: e.length.characters if e.length else None,
        "length_seconds": lambda e: e.length.seconds if e.length else None,
    },
}


def _raw(key: str) -> Callable[[Entry], Any]:
    if key == "published":
        return lambda e: e.published.text
    if key == "length":
        return lambda e: e.length.text if e.length else None
    return lambda e: getattr(e, key)


def _columns() -> dict[str, Callable[[Entry], Any]]:
    columns: dict[str, Callable[[Entry], Any]] = {}
    for f in FIELDS:
        columns[f.key] = _raw(f.key)
        columns.update(_PARSED.get(f.key, {}))
    columns["example"] = lambda e: e.example
    columns["source"] = lambda e: e.source
    return columns


COLUMNS: dict[str, Callable[[Entry], Any]] = _columns()


def record(e: Entry) -> dict[str, Any]:
    """One entry's typed row: the JSON export's element, and the entry's own JSON file."""
    return {name: get(e) for name, get in COLUMNS.items()}


def records(entries: Iterable[Entry]) -> list[dict[str, Any]]:
    """Typed rows, sorted by id so the output does not depend on file order."""
    return [record(e) for e in sorted(entries, key=lambda e: e.id)]


def csv_cell(key: str, value: Any) -> str:
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = ("\n" if key == "attachments" else "、").join(value)
    else:
        text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def to_csv(entries: Iterable[Entry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in records(entries):
        writer.writerow(csv_cell(k, v) for k, v in row.items())
    return "\ufeff" + out.getvalue()


def to_json(entries: Iterable[Entry]) -> str:
    # The site serves this file; keep markup characters inert should a page ever inline it.
    return dumps_for_html(records(entries), indent=1) + "\n"


def entry_json(e: Entry) -> str:
    """`/entries/<id>.json`: the entry's row exactly as the JSON export writes it."""
    return dumps_for_html(record(e), indent=1) + "\n"


def export_text(entries: Iterable[Entry], fmt: str) -> str:
    if fmt == "csv":
        return to_csv(entries)
    if fmt == "json":
        return to_json(entries)
    raise ValueError(fmt)
