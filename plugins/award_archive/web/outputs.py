"""Data files the site publishes besides its pages: the table's JSON, the RSS feeds (the
site's, one per category and per outlet) and each entry's fields as JSON."""

from __future__ import annotations

from award_archive.checking.archive import Archive
from award_archive.checking.validate import Rules
from award_archive.contract.groups import KIND
from award_archive.formats.export import entry_json
from award_archive.web.feed import FEED_KINDS, FEED_PATH, feed_xml
from award_archive.web.table_data import TABLE_LINKED_KINDS, table_json
from award_archive.web.urls import (
    TABLE_DATA_PATH,
    absolute_url,
    entry_data_path,
    group_feed_path,
    src_uri_of,
)


def browse_files(
    archive: Archive, rules: Rules, site_name: str, site_url: str = "", directory_urls: bool = True
) -> dict[str, str]:
    return {
        TABLE_DATA_PATH: table_json(
            archive.entries,
            rules.categories,
            rules.prizes,
            {kind: archive.slugs(kind) for kind in TABLE_LINKED_KINDS},
            archive.authorities,
        ),
        FEED_PATH: feed_xml(archive.entries, site_name, site_url, directory_urls=directory_urls),
        **group_feeds(archive, site_name, site_url, directory_urls),
        **entry_data_files(archive),
    }


def group_feeds(
    archive: Archive, site_name: str, site_url: str = "", directory_urls: bool = True
) -> dict[str, str]:
    """One feed per category and per outlet (FEED_KINDS), at urls.group_feed_path."""
    feeds: dict[str, str] = {}
    for kind in FEED_KINDS:
        for g in archive.groups(kind):
            title = f"{site_name} · {KIND[kind].title}：{g.name}"
            page = absolute_url(site_url, src_uri_of(kind, g.slug), directory_urls)
            feeds[group_feed_path(kind, g.slug)] = feed_xml(
                g.entries, title, site_url, directory_urls=directory_urls, link=page
            )
    return feeds


def entry_data_files(archive: Archive) -> dict[str, str]:
    """`entries/<id>.json`: each entry's fields as `awards export --format json` writes them."""
    return {entry_data_path(e.id): entry_json(e) for e in archive.entries}
