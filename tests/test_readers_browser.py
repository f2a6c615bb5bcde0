"""What a reader's browser downloads and sees (issue 14): no per-page request that grows
with the archive, the table on a phone, the front page, accessibility. Chromium via
Playwright, the shipped archive built once and served over HTTP."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from browser_support import open_page, screenshot, serve_dir

from conftest import BuildResult

PAGES = ("", "table/", "entries/chuanyu-guangongwei-zuotanhui/", "stats/", "editions/")


@pytest.fixture(scope="module")
def site_url(built_repo_site: BuildResult):
    with serve_dir(built_repo_site.site) as url:
        yield url


class _HeadLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "link":
            self.links.append({k: v or "" for k, v in attrs})


def requests_of(browser, url: str) -> list[str]:
    """Every URL the page requests while it loads and settles."""
    with open_page(browser) as (page, log):
        seen: list[str] = []
        page.on("request", lambda req: seen.append(req.url))
        page.goto(url, wait_until="networkidle")
        page.wait_for_timeout(300)
        assert not log.errors, log.errors
        return seen


@pytest.mark.parametrize("path", PAGES)
def test_no_page_downloads_the_sitemap(browser, site_url, path):
    seen = requests_of(browser, site_url + path)
    assert seen and seen[0] == site_url + path
    assert not [u for u in seen if "sitemap" in u], seen


def test_the_feed_stays_discoverable(built_repo_site: BuildResult):
    parser = _HeadLinks()
    parser.feed(built_repo_site.page(""))
    feeds = [
        link for link in parser.links
        if "alternate" in link.get("rel", "").lower().split() and link.get("type") == "application/rss+xml"
    ]
    assert len(feeds) == 1 and feeds[0]["href"].endswith("feed.xml")
    assert (built_repo_site.site / "feed.xml").is_file()
    # Material follows link[rel=alternate] (an exact match): the feed link must not be one.
    assert not [link for link in parser.links if link.get("rel", "").lower() == "alternate"]
