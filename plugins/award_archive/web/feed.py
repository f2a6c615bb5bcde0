"""RSS 2.0 feeds of the newest entries: the site's, and one per category and per outlet.

Deterministic: dates come from the entries (never the clock), order is newest_first.
Every text goes through ElementTree, which escapes it; characters XML cannot carry at
all (control characters) are dropped first.
"""

from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from email.utils import format_datetime

from award_archive.checking.archive import newest_first
from award_archive.contract.characters import NOT_IN_XML
from award_archive.contract.dates import PublishedDate
from award_archive.contract.model import Entry
from award_archive.web.urls import entry_url

FEED_PATH = "feed.xml"
FEED_SIZE = 50
# The group kinds (contract/groups.py) that have a feed of their own, beside their pages.
FEED_KINDS: tuple[str, ...] = ("category", "outlet")


def _clean(text: str) -> str:
    return NOT_IN_XML.sub("", text)


def rfc822(date: PublishedDate) -> str:
    """A date as RSS wants it; a month or a year alone counts as its first day."""
    start = date.start
    year = min(max(start.year, _dt.MINYEAR), _dt.MAXYEAR)  # validated dates are well inside
    day = _dt.datetime(year, start.month or 1, start.day or 1, tzinfo=_dt.UTC)
    return format_datetime(day)


def feed_xml(
    entries: Iterable[Entry],
    site_name: str,
    site_url: str = "",
    description: str = "",
    directory_urls: bool = True,
    link: str = "",
) -> str:
    """The feed of `entries`; `link` is the page the feed follows (the site's root when
    empty)."""
    newest = newest_first(e for e in entries if e.published.text)[:FEED_SIZE]  # dated works only
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = _clean(site_name)
    ET.SubElement(channel, "link").text = link or site_url or "./"
    ET.SubElement(channel, "description").text = _clean(description or site_name)
    ET.SubElement(channel, "language").text = "zh-CN"
    if newest:
        ET.SubElement(channel, "lastBuildDate").text = rfc822(newest[0].published)
    for e in newest:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = _clean(e.title)
        link = entry_url(site_url, e.id, directory_urls)
        ET.SubElement(item, "link").text = link
        ET.SubElement(item, "guid", isPermaLink="true" if site_url else "false").text = link
        ET.SubElement(item, "pubDate").text = rfc822(e.published)
        ET.SubElement(item, "category").text = _clean(e.category)
        facts = (e.award_edition, e.category, e.display("authors"), e.outlet, e.published.text)
        summary = " · ".join(facts)
        if e.evaluation:
            summary += "\n" + e.evaluation
        ET.SubElement(item, "description").text = _clean(summary)
    ET.indent(rss)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"
