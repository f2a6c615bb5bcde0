"""Data files the site publishes besides its pages: the table's JSON and the RSS feed."""

from __future__ import annotations

from award_archive.checking.archive import Archive
from award_archive.checking.validate import Rules
from award_archive.web.feed import FEED_PATH, feed_xml
from award_archive.web.table_data import TABLE_LINKED_KINDS, table_json
from award_archive.web.urls import TABLE_DATA_PATH


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
    }
