"""What a reader's browser downloads and sees (issue 14): no per-page request that grows
with the archive, the table on a phone, the front page, accessibility. Chromium via
Playwright, the shipped archive built once and served over HTTP."""

from __future__ import annotations

import importlib
import re
import sys
from html.parser import HTMLParser

import pytest
from browser_support import REPO, open_page, screenshot, serve_dir

from award_archive.checking.archive import load_archive, newest_first
from award_archive.web.builder import COAUTHORS_SHOWN, GROUP_NEWEST, GROUP_PAGE_LIMIT
from award_archive.web.table_data import table_label
from conftest import BuildResult, make_archive, run_build

PAGES = ("", "table/", "entries/chuanyu-guangongwei-zuotanhui/", "stats/", "editions/")


PHONE = {"width": 390, "height": 844}
CORPUS_SIZE = 180  # more rows than a page, long outlet names, up to eight authors
PROLIFIC = "安若素"  # the author of BIG_AUTHOR of them
BIG_AUTHOR = GROUP_PAGE_LIMIT + 10


@pytest.fixture(scope="module")
def site_url(built_repo_site: BuildResult):
    with serve_dir(built_repo_site.site) as url:
        yield url


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The shipped entries plus a generated corpus (benchmarks/corpus.py), built once."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    corpus = importlib.import_module("benchmarks.corpus")
    root = make_archive(tmp_path_factory.mktemp("readers"))
    files = corpus.generate_corpus(CORPUS_SIZE, root, seed=5)
    # One prolific author, over GROUP_PAGE_LIMIT works: a page split by edition.
    for path in [p for p in files if "集体" not in p.read_text(encoding="utf-8")][:BIG_AUTHOR]:
        text = path.read_text(encoding="utf-8")
        path.write_text(
            re.sub(r"^authors: \[", f"authors: [{PROLIFIC}, ", text, count=1, flags=re.M)
        )
    result = run_build(root, "--strict")
    assert result.returncode == 0, result.log
    return result


@pytest.fixture(scope="module")
def corpus_url(corpus_site: BuildResult):
    with serve_dir(corpus_site.site) as url:
        yield url


def phone_page(browser, *, javascript: bool = True):
    context = browser.new_context(
        java_script_enabled=javascript,
        locale="zh-CN",
        viewport=PHONE,
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    return context, context.new_page()


def scroll_width(page) -> int:
    return page.evaluate("document.scrollingElement.scrollWidth")


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
        link
        for link in parser.links
        if "alternate" in link.get("rel", "").lower().split()
        and link.get("type") == "application/rss+xml"
    ]
    assert len(feeds) == 1 and feeds[0]["href"].endswith("feed.xml")
    assert (built_repo_site.site / "feed.xml").is_file()
    # Material follows link[rel=alternate] (an exact match): the feed link must not be one.
    assert not [link for link in parser.links if link.get("rel", "").lower() == "alternate"]


def test_table_on_a_phone_is_cards_with_folded_filters(
    browser, corpus_url, corpus_site: BuildResult
):
    context, page = phone_page(browser)
    try:
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(corpus_url + "table/")
        page.wait_for_selector("[data-aa-browser][data-ready]")
        assert scroll_width(page) <= PHONE["width"]
        cards = page.locator("[data-aa-browser] tbody tr")
        assert cards.count() == 50
        assert cards.first.evaluate("tr => getComputedStyle(tr).display") == "block"
        shown = cards.first.evaluate(
            "tr => [...tr.cells].filter(td => td.offsetHeight)"
            ".map(td => getComputedStyle(td, '::before').content + td.textContent)"
        )
        assert (
            shown[0] == "none" + cards.first.locator("td.aa-c-title").inner_text()
        )  # the title, unlabelled
        keys = ("award_edition", "category", "authors", "outlet", "published", "prize")
        assert len(shown) == 1 + len(keys)  # the length is left off the cards
        for key, value in zip(keys, shown[1:], strict=True):
            assert value.startswith(f'"{table_label(key)}："'), shown  # each card names its fields
        assert page.locator("thead").first.is_hidden()
        toggle = page.locator(".aa-filter-toggle")
        assert toggle.is_visible() and toggle.inner_text() == "筛选"
        assert page.locator(
            "select[data-facet=cat]"
        ).is_hidden()  # folded: the first screen shows rows
        assert cards.first.bounding_box()["y"] < PHONE["height"] / 2
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        page.select_option("select[data-facet=cat]", "消息")
        page.select_option("select[data-sort-select]", "title:asc")
        page.fill(".aa-facet-q input", "报")
        page.wait_for_function("document.querySelector('.aa-filter-toggle').dataset.active === '2'")
        assert toggle.inner_text() == "筛选（已选 2 项）"
        assert page.locator("th[data-col=title]").get_attribute("aria-sort") == "ascending"
        assert scroll_width(page) <= PHONE["width"]
        screenshot(page, "table-phone-filters.png")
        toggle.click()
        assert page.locator("select[data-facet=cat]").is_hidden()
        screenshot(page, "table-phone.png")
        assert errors == []
    finally:
        context.close()


def test_table_is_usable_before_its_data_arrives(browser, corpus_url, corpus_site: BuildResult):
    html = corpus_site.page("table/")
    assert html.count("<tr>") == 51  # the head row and one page of rows, not a thousand
    context, page = phone_page(browser)
    try:
        page.route("**/table/entries.json", lambda route: None)  # the data never arrives
        page.goto(corpus_url + "table/", wait_until="load")
        rows = page.locator("[data-aa-browser] tbody tr")
        assert rows.count() == 50 and rows.first.locator("a").first.is_visible()
        newest = load_archive(corpus_site.root)
        assert page.locator("[data-aa-browser]").get_attribute("data-ready") is None
        assert scroll_width(page) <= PHONE["width"]
        assert len(newest.entries) > 50
    finally:
        context.close()


def test_table_data_comes_after_the_load_and_is_parsed_off_the_main_thread(browser, corpus_url):
    """The data is requested once the page has loaded (its first paint needs nothing of it)
    and parsed by table-worker.js; the page's own steps are each short."""
    context, page = phone_page(browser)
    try:
        events: list[str] = []
        page.on("load", lambda: events.append("load"))
        page.on("request", lambda req: req.url.endswith("/entries.json") and events.append("data"))
        page.goto(corpus_url + "table/")
        page.wait_for_selector("[data-aa-browser][data-ready]")
        assert events == ["load", "data"]
        root = page.locator("[data-aa-browser]")
        assert float(root.get_attribute("data-worker-ms")) > 0  # parsed in the worker
        assert root.get_attribute("data-parse-ms") is None  # not on the page's thread
        steps = ("labels", "decode-slice", "sort", "start", "facets", "show")
        assert all(float(root.get_attribute(f"data-{name}-ms")) >= 0 for name in steps)
    finally:
        context.close()
    context, page = phone_page(browser)  # no worker (its script missing): parsed on the page
    try:
        page.route("**/table-worker.js", lambda route: route.fulfill(status=404, body=""))
        page.goto(corpus_url + "table/")
        page.wait_for_selector("[data-aa-browser][data-ready]")
        root = page.locator("[data-aa-browser]")
        assert root.get_attribute("data-worker-ms") is None
        assert float(root.get_attribute("data-parse-ms")) >= 0
        assert page.locator("[data-aa-browser] tbody tr").count() == 50
    finally:
        context.close()


def test_without_javascript_the_table_page_links_every_edition_and_category(
    browser, corpus_url, corpus_site: BuildResult
):
    archive = load_archive(corpus_site.root)
    context, page = phone_page(browser, javascript=False)
    try:
        page.goto(corpus_url + "table/")
        hrefs = set(page.locator(".aa-browse-all a").evaluate_all("as => as.map(a => a.href)"))
        for ed in archive.editions:
            assert f"{corpus_url}editions/{ed.slug}/" in hrefs, ed.name
        for g in archive.groups("category"):
            assert f"{corpus_url}categories/{g.slug}/" in hrefs, g.name
        assert scroll_width(page) <= PHONE["width"]
        screenshot(page, "table-phone-no-js.png")
    finally:
        context.close()


def test_without_javascript_a_split_author_page_links_every_work(
    browser, corpus_url, corpus_site: BuildResult
):
    """The prolific author's page lists the newest works and links one page per edition;
    those pages, read without JavaScript, link every work once and lead back. Every
    co-author stays linked (the rest inside a <details>)."""
    archive = load_archive(corpus_site.root)
    author = next(g for g in archive.groups("author") if g.name == PROLIFIC)
    assert len(author.entries) > GROUP_PAGE_LIMIT
    own = f"{corpus_url}authors/{author.slug}/"
    context, page = phone_page(browser, javascript=False)
    try:
        page.goto(own)
        assert page.locator(".aa-list > li").count() == GROUP_NEWEST
        parts = page.locator(".aa-group-parts a").evaluate_all("as => as.map(a => a.href)")
        editions = {archive.edition_of[e.id].slug for e in author.entries}
        assert sorted(parts) == sorted(f"{own}{slug}/" for slug in editions)
        shown = page.locator(".aa-coauthors a").count()
        folded = page.locator(".aa-more-coauthors a").count()
        names = {a for e in author.entries for a in e.authors if a != PROLIFIC}
        assert shown == COAUTHORS_SHOWN and shown + folded == len(names)
        assert scroll_width(page) <= PHONE["width"]
        screenshot(page, "author-split-phone-no-js.png")
        listed: list[str] = []
        for url in parts:
            page.goto(url)
            listed += page.locator(".aa-list a").evaluate_all("as => as.map(a => a.href)")
            back = page.locator(".aa-kicker a").evaluate_all("as => as.map(a => a.href)")
            assert own in back
        assert sorted(listed) == sorted(f"{corpus_url}entries/{e.id}/" for e in author.entries)
    finally:
        context.close()
    # Without JavaScript Material's header shows a long page title past the edge on every
    # page; with it, nothing overflows.
    context, page = phone_page(browser)
    try:
        page.goto(parts[0], wait_until="networkidle")
        assert scroll_width(page) <= PHONE["width"]
        screenshot(page, "author-edition-phone.png")
    finally:
        context.close()


def test_front_page_on_a_phone_searches_and_fits(browser, corpus_url, corpus_site: BuildResult):
    context, page = phone_page(browser)
    try:
        page.goto(corpus_url, wait_until="networkidle")
        assert scroll_width(page) <= PHONE["width"]
        editions = page.locator(".aa-front .aa-chips").first.locator("a")
        assert editions.count() >= 4
        screenshot(page, "home-phone.png")
        page.fill("#aa-front-q", "留守")
        page.press("#aa-front-q", "Enter")
        page.wait_for_url("**/search/?q=*")
        assert "q=%E7%95%99%E5%AE%88" in page.url
    finally:
        context.close()


def axe_pages(archive) -> dict[str, str]:
    """Home, table, entry, search, edition, author and stats pages of an archive."""
    entry = newest_first(archive.entries)[0]
    author = max(archive.groups("author"), key=lambda g: len(g.entries))  # split by edition
    first_edition = archive.edition_of[author.entries[0].id]  # one of its edition pages
    return {
        "home": "",
        "table": "table/",
        "entry": f"entries/{entry.id}/",
        "search": "search/?q=%E5%AD%A9%E5%AD%90",  # 孩子
        "edition": f"editions/{archive.editions[0].slug}/",
        "author": f"authors/{author.slug}/",
        "author-edition": f"authors/{author.slug}/{first_edition.slug}/",
        "stats": "stats/",
    }


# Rules of moderate or minor impact that Lighthouse's accessibility score still counts
# (a page with one of them scores below 100): fail on them too.
LIGHTHOUSE_ALSO_SCORES = {
    "heading-order",
    "list",
    "listitem",
    "definition-list",
    "dlitem",
    "image-redundant-alt",
    "label-title-only",
    "landmark-one-main",
    "tabindex",
    "td-has-header",
    "th-has-data-cells",
    "target-size",
    "identical-links-same-purpose",
    "empty-heading",
    "skip-link",
}


def scored_violations(
    browser, url: str, *, wait_for: str | None = None, viewport=None
) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(
        locale="zh-CN", viewport=viewport or {"width": 1280, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(url, wait_until="networkidle")
        if wait_for:
            page.wait_for_selector(wait_for)
        results = Axe().run(page)
        found = []
        for v in results.response["violations"]:
            if v["impact"] in ("serious", "critical") or v["id"] in LIGHTHOUSE_ALSO_SCORES:
                targets = [n["target"] for n in v["nodes"][:3]]
                found.append(
                    f"{v['id']} ({v['impact']}, {len(v['nodes'])} nodes): {v['help']} {targets}"
                )
        return found
    finally:
        context.close()


@pytest.mark.parametrize(
    "name", ["home", "table", "entry", "search", "edition", "author", "author-edition", "stats"]
)
def test_axe_finds_no_violation_that_lighthouse_scores(
    browser, corpus_url, corpus_site: BuildResult, name
):
    pytest.importorskip("axe_playwright_python")
    path = axe_pages(load_archive(corpus_site.root))[name]
    wait_for = {"table": "[data-aa-browser][data-ready]", "search": ".aa-search-result"}.get(name)
    for viewport in (None, PHONE):
        found = scored_violations(browser, corpus_url + path, wait_for=wait_for, viewport=viewport)
        assert not found, "\n".join(found)


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "s => document.activeElement && document.activeElement.matches(s)", selector
        ):
            return
    raise AssertionError(f"Tab never reached {selector}")


def focus_outline(page) -> str:
    return page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return s.outlineStyle === 'none' ? 'none' : s.outlineWidth; }"
    )


def test_table_filters_and_pages_by_keyboard_with_visible_focus(browser, corpus_url):
    with open_page(browser) as (page, log):
        page.goto(corpus_url + "table/")
        page.wait_for_selector("[data-aa-browser][data-ready]")
        total = int(page.locator(".aa-summary").get_attribute("data-count"))
        tab_to(page, "select[data-facet=cat]")
        assert focus_outline(page) != "none"
        page.keyboard.press("ArrowDown")  # the first category
        page.wait_for_function(f"document.querySelector('.aa-summary').dataset.count !== '{total}'")
        page.keyboard.press("ArrowUp")  # back to 全部
        page.wait_for_function(f"document.querySelector('.aa-summary').dataset.count === '{total}'")
        tab_to(page, "th[data-col=title] .aa-sort")
        assert focus_outline(page) != "none"
        page.keyboard.press("Enter")
        assert page.locator("th[data-col=title]").get_attribute("aria-sort") == "ascending"
        tab_to(page, ".aa-next-page", limit=600)
        assert focus_outline(page) != "none"
        page.keyboard.press("Enter")
        assert page.locator(".aa-page-info").inner_text().startswith("第 2 /")
        assert log.errors == []
    context, phone = phone_page(browser)
    try:
        phone.goto(corpus_url + "table/")
        phone.wait_for_selector("[data-aa-browser][data-ready]")
        tab_to(phone, ".aa-filter-toggle")
        assert focus_outline(phone) != "none"
        phone.keyboard.press("Enter")
        assert phone.locator("select[data-facet=cat]").is_visible()
    finally:
        context.close()
