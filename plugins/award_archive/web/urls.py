"""The site's URL scheme: where every generated page sits, and links between pages.

A page is placed by its source path (`src_uri`, as MkDocs names a Markdown file); MkDocs
turns that into its URL (`url_of`) and the file it writes (`dest_of`). Every URL of the
site is made here, so that a published URL changes only by a change to this module.
"""

from __future__ import annotations

import posixpath

from award_archive.contract import links
from award_archive.contract.groups import KIND

TABLE_URI = "table.md"
STATS_URI = "stats.md"
SEARCH_URI = "search.md"
# The table's data file (table_data.py), fetched by assets/table.js.
TABLE_DATA_PATH = "table/entries.json"
# The table page's script (its page loads it, no other page does) and the worker it starts
# beside it to fetch and parse the data.
TABLE_SCRIPT = "assets/award-archive/table.js"
TABLE_WORKER = "assets/award-archive/table-worker.js"
ENTRIES_FOLDER = "entries"
EDITIONS_FOLDER = "editions"
AWARDS_FOLDER = "awards"  # one page per award (its slug: the slug its editions' URLs begin with)
JURY_PAGE = "jury"  # an edition's jury (评委): editions/<edition slug>/jury/


def src_uri_of(kind: str, slug: str) -> str:
    """The page of one thing: an entry (`entry`, its id), an edition (`edition`, its
    slug) or a group (a groups.GROUP_KINDS key, the name's slug)."""
    return f"{folder_of(kind)}/{slug}.md"


def group_edition_uri(kind: str, slug: str, edition_slug: str) -> str:
    """One group's entries in one edition, beside the group's page: a group too big for
    one page (builder.GROUP_PAGE_LIMIT) lists its entries edition by edition."""
    return f"{folder_of(kind)}/{slug}/{edition_slug}.md"


def jury_uri(edition_slug: str) -> str:
    """The jury page of one edition."""
    return f"{EDITIONS_FOLDER}/{edition_slug}/{JURY_PAGE}.md"


def overview_uri(kind: str) -> str:
    """The page listing every edition (`edition`) or every group of one kind."""
    return f"{folder_of(kind)}/index.md"


def folder_of(kind: str) -> str:
    if kind == "entry":
        return ENTRIES_FOLDER
    if kind == "edition":
        return EDITIONS_FOLDER
    if kind == "award":
        return AWARDS_FOLDER
    return KIND[kind].folder


def entry_data_path(entry_id: str) -> str:
    """The entry's fields as JSON, beside its page: `entries/<id>.json` whether the page is
    `entries/<id>/` or `entries/<id>.html` (use_directory_urls), so the path never moves."""
    return f"{ENTRIES_FOLDER}/{entry_id}.json"


def group_feed_path(kind: str, slug: str) -> str:
    """The RSS feed of one group (a category, an outlet): `<folder>/<slug>.xml` beside its
    page, the same path with or without use_directory_urls."""
    return f"{folder_of(kind)}/{slug}.xml"


def url_of(src_uri: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown file, relative to the site root."""
    stem = src_uri[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def dest_of(src_uri: str, directory_urls: bool) -> str:
    """Where MkDocs writes the page of `src_uri`, relative to site_dir."""
    url = url_of(src_uri, directory_urls)
    return url + "index.html" if url.endswith("/") or url == "" else url


def absolute_url(site_url: str, src_uri: str, directory_urls: bool = True) -> str:
    """The page's full URL under `site_url`; site-relative when the site has none."""
    return links.absolute_url(site_url, url_of(src_uri, directory_urls))


def entry_url(site_url: str, entry_id: str, directory_urls: bool = True) -> str:
    return absolute_url(site_url, src_uri_of("entry", entry_id), directory_urls)


def relative_url(target: str, page_url: str) -> str:
    """Link from the page at `page_url` to `target` (both site-relative URLs)."""
    # Plain string work: posixpath.relpath (abspath, getcwd) was a third of page generation.
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    base_parts = [p for p in base.split("/") if p and p != "."]
    target_parts = [p for p in target.split("/") if p and p != "."]
    common = 0
    for a, b in zip(base_parts, target_parts, strict=False):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(base_parts) - common) + target_parts[common:])
    if not rel:
        return "./"
    if target.endswith("/"):
        rel += "/"
    return rel


def page_link(src_uri: str, page_url: str, directory_urls: bool = True) -> str:
    """Link from the page at `page_url` to the page of `src_uri`."""
    return relative_url(url_of(src_uri, directory_urls), page_url)
