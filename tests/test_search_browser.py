"""The search page and the header box, driven in Chromium against the shipped archive."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from search_support import ARTIFACTS, needs_chromium, serve

from conftest import BuildResult

SEED_URL = "entries/chuanyu-guangongwei-zuotanhui/"
pytestmark = needs_chromium
# The page has answered: its message says what it found (or that it found nothing).
SEARCH_DONE = """() => {
  const message = document.querySelector('.aa-search-message');
  return !!message && /找到|没有/.test(message.textContent);
}"""
LINKS = ".aa-search-result-link"


@pytest.fixture(scope="module")
def browser_page(built_repo_site: BuildResult, browser):
    with serve(built_repo_site.site) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        page.on(
            "console",
            lambda m: (
                problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
            ),
        )
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        yield page, base, problems


def search(page, base: str, query: str) -> list[str]:
    page.goto(base + "search/?q=" + quote(query))
    page.wait_for_function(SEARCH_DONE, timeout=15000)
    return [a.get_attribute("href") for a in page.query_selector_all(LINKS)]


@pytest.mark.parametrize(
    "query", ["双城经济圈", "李怡霏", "《关爱明天》杂志", "关爱明天", "雙城經濟圈"]
)
def test_search_finds_the_seed_entry(browser_page, query):
    page, base, _ = browser_page
    hrefs = search(page, base, query)
    assert any(h.endswith("/" + SEED_URL) for h in hrefs), hrefs


def test_search_page_is_in_chinese_and_marks_the_query(browser_page):
    page, base, problems = browser_page
    search(page, base, "双城经济圈")
    message = page.inner_text(".aa-search-message")
    assert "双城经济圈" in message and "找到" in message, message
    marks = page.locator(".aa-search-result-excerpt mark").all_inner_texts()
    assert "双城经济圈" in marks
    # The excerpt is the entry's text, not the hidden substring words.
    assert "qj" not in page.inner_text(".aa-search-results")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-page.png"), full_page=True)
    assert not problems, problems


def test_the_header_box_searches_from_any_page(browser_page):
    page, base, problems = browser_page
    page.goto(base + SEED_URL)
    box = page.locator(".aa-header-search input")
    box.fill("李怡霏")
    box.press("Enter")
    page.wait_for_url("**/search/?q=*")
    page.wait_for_function(SEARCH_DONE, timeout=15000)
    hrefs = [a.get_attribute("href") for a in page.query_selector_all(LINKS)]
    assert any(h.endswith("/" + SEED_URL) for h in hrefs), hrefs
    assert page.locator(".aa-search-input").input_value() == "李怡霏"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search-from-header.png"), full_page=False)
    assert not problems, problems


def test_a_query_with_no_match_says_so(browser_page):
    page, base, problems = browser_page
    assert search(page, base, "完全不存在的词语组合") == []
    assert "完全不存在的词语组合" in page.inner_text(".aa-search-message")
    assert not problems, problems


def test_a_pair_found_nowhere_means_no_match(browser_page):
    page, base, problems = browser_page
    # 怡飞 occurs nowhere: a one-run query is a phrase, so nothing matches (not 李怡 alone).
    assert search(page, base, "李怡飞") == []
    # Two runs, one found nowhere: no entry holds both, so what holds one is shown,
    # labelled partial in the heading and on every result.
    hrefs = search(page, base, "李怡飞 关工委")
    assert any(h.endswith("/" + SEED_URL) for h in hrefs), hrefs
    assert "部分匹配" in page.inner_text(".aa-search-message")
    assert page.locator(".aa-partial").count() == len(hrefs)
    search(page, base, "李怡霏 关工委")
    assert page.locator(".aa-partial").count() == 0
    assert "部分匹配" not in page.inner_text(".aa-search-message")
    assert not problems, problems


def test_every_run_of_the_query_is_highlighted(browser_page):
    page, base, problems = browser_page
    search(page, base, "李怡霏 关工委")
    marks = set(page.locator(".aa-search-results mark").all_inner_texts())
    assert {"李怡霏", "关工委"} <= marks, marks
    assert not problems, problems


def test_filters_sort_and_page_live_in_the_url_never_in_q(browser_page):
    page, base, problems = browser_page
    search(page, base, "关爱")
    before = len(page.query_selector_all(LINKS))
    group = page.locator(".aa-search-filter").first
    name = group.get_attribute("data-filter")
    group.locator("summary").click()
    box = group.locator("input[type=checkbox]").first
    value = box.get_attribute("value")
    box.check()
    page.wait_for_function(
        f"() => new URLSearchParams(location.search).getAll({name!r}).includes({value!r})"
    )
    params = page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
    assert params["q"] == "关爱", params  # the filter did not touch the query
    page.select_option(".aa-search-sort", "date")
    page.wait_for_function("() => new URLSearchParams(location.search).get('sort') === 'date'")
    page.wait_for_function(SEARCH_DONE)
    url = page.url
    shown = [a.get_attribute("href") for a in page.query_selector_all(LINKS)]
    # A reload (a shared link) opens the same results, filter ticked, sort chosen.
    page.goto(url)
    page.wait_for_function(SEARCH_DONE, timeout=15000)
    assert [a.get_attribute("href") for a in page.query_selector_all(LINKS)] == shown
    assert page.locator(".aa-search-input").input_value() == "关爱"
    assert page.locator(".aa-search-sort").input_value() == "date"
    assert page.locator(
        f".aa-search-filter[data-filter={name!r}] input[value={value!r}]"
    ).is_checked()
    assert len(shown) <= max(before, 1)
    assert not problems, problems


def test_field_search_shows_removable_chips(browser_page):
    page, base, problems = browser_page
    hrefs = search(page, base, "作者:李怡霏 关工委")
    assert any(h.endswith("/" + SEED_URL) for h in hrefs), hrefs
    chip = page.locator(".aa-search-chip")
    assert chip.count() == 1 and "作者：李怡霏" in chip.inner_text()
    # The author's name is in no title or text of its own: a field term looks in its field.
    assert search(page, base, "标题:李怡霏") == []
    search(page, base, "作者:李怡霏 关工委")
    page.locator(".aa-search-chip").click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === '关工委'")
    assert page.locator(".aa-search-input").input_value() == "关工委"
    assert page.locator(".aa-search-chip").count() == 0
    assert not problems, problems


def test_a_query_fetches_a_few_small_index_files_and_no_script_but_its_own(
    built_repo_site, browser
):
    """The page matches and filters with the substring index: only the table, a few
    shards and the shown results' texts are fetched, no script of the bundle."""
    with serve(built_repo_site.site) as base:
        page = browser.new_page()
        fetched: list[str] = []
        page.on("request", lambda r: fetched.append(r.url))
        search(page, base, "双城经济圈")
        bundle = [u.split("/pagefind/", 1)[1] for u in fetched if "/pagefind/" in u]
        page.close()
    assert not [u for u in bundle if u.endswith((".js", ".pagefind", ".wasm"))], bundle
    shards = [u for u in bundle if u.startswith("substring/")]
    assert 1 <= len(shards) <= 5, bundle  # 双城经济圈: at most a shard per key (4 pairs, title)
    # The table and fold files, preloaded by the page's HTML, are fetched once each.
    assert bundle.count("award-archive-search.json") == 1, bundle
    assert bundle.count("award-archive-fold.json") == 1, bundle
    texts = [u for u in bundle if u.startswith("fragment/")]
    assert 1 <= len(texts) <= 10, bundle  # one a result shown, ten a page


def test_nothing_moves_as_results_arrive_on_a_phone(built_repo_site, browser):
    """The frame is in the HTML and the results keep their space while they load: no
    layout shift from opening the page to its results, on a phone's screen; filter values
    are drawn only when their filter is opened."""
    with serve(built_repo_site.site) as base:
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        page.add_init_script(
            "window.shifts = []; new PerformanceObserver((l) => l.getEntries().forEach("
            "(e) => { if (!e.hadRecentInput) window.shifts.push(e.value); }))"
            ".observe({type: 'layout-shift', buffered: true});"
        )
        search(page, base, "关爱")
        page.wait_for_timeout(300)  # a shift is reported after its frame
        shifts = page.evaluate("window.shifts")
        assert page.query_selector_all(LINKS)
        assert page.locator(".aa-search-filter input").count() == 0
        group = page.locator(".aa-search-filter").first
        group.locator("summary").click()
        # The values are drawn on opening; a loaded machine may take a moment to draw them.
        group.locator("input[type=checkbox]").first.wait_for(state="attached", timeout=10_000)
        assert group.locator("input[type=checkbox]").count() > 0
        width = page.evaluate("document.documentElement.scrollWidth")
        page.close()
    assert shifts == [], shifts
    assert width <= 390  # nothing wider than the phone: no sideways scrolling
