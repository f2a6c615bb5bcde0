"""Data files the site publishes besides its pages: the table's JSON and the RSS feed."""

from __future__ import annotations

from .archive import Archive
from .feed import FEED_PATH, feed_xml
from .pages import TABLE_DATA_PATH
from .table_data import table_json
from .validate import Rules


def browse_files(
    archive: Archive, rules: Rules, site_name: str, site_url: str = "", directory_urls: bool = True
) -> dict[str, str]:
    return {
        TABLE_DATA_PATH: table_json(
            archive.entries,
            rules.categories,
            rules.prizes,
            {"author": archive.slug_of(archive.authors), "outlet": archive.slug_of(archive.outlets)},
        ),
        FEED_PATH: feed_xml(archive.entries, site_name, site_url, directory_urls=directory_urls),
    }
