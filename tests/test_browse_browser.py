"""The faceted table, the statistics page and entry pages in headless Chromium."""

from __future__ import annotations

import csv
import io
import shutil
import time
from pathlib import Path

import pytest
from browser_support import open_page, screenshot, serve_dir

from award_archive.contract.dates import parse_published
from award_archive.contract.lengths import parse_length
from award_archive.contract.model import DEFAULT_PRIZES, Entry
from award_archive.contract.slugs import pinyin_key, slugify
from award_archive.web.table_data import table_json
from conftest import BuildResult

SEED_TITLE = "川渝两地关工委召开工作座谈会并签订合作协议"
OUTLET = "《关爱明天》杂志"


@pytest.fixture(scope="module")
def site_url(built_repo_site: BuildResult):
    with serve_dir(built_repo_site.site) as url:
        yield url


def rows(page) -> list[str]:
    return page.locator("[data-aa-browser] tbody tr").evaluate_all(
        "trs => trs.map(tr => tr.cells[0].textContent)"
    )


def shown_count(page) -> int:
    return int(page.locator(".aa-summary").get_attribute("data-count"))


def option_count(page, facet: str, value: str) -> int:
    return int(
        page.locator(f'select[data-facet="{facet}"] option[value="{value}"]').get_attribute(
            "data-count"
        )
    )


def open_table(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("[data-aa-browser][data-ready]")


def test_filters_narrow_rows_and_counts_and_survive_a_reload(browser, site_url):
    with open_page(browser, accept_downloads=True) as (page, log):
        open_table(page, site_url + "table/")
        total = shown_count(page)
        assert total == len(rows(page)) >= 5
        outlet_before = option_count(page, "outlet", OUTLET)
        assert outlet_before == 2  # the seed entry and a 评论 example

        page.select_option('select[data-facet="cat"]', "消息")
        after_category = rows(page)
        assert 1 < len(after_category) < total and shown_count(page) == len(after_category)
        assert option_count(page, "outlet", OUTLET) == 1  # counts follow the other filters

        page.select_option('select[data-facet="outlet"]', OUTLET)
        assert len(rows(page)) == 1 and SEED_TITLE in rows(page)[0]
        assert shown_count(page) == 1
        author = page.locator("[data-aa-browser] tbody tr td:nth-child(4) a")
        assert author.all_text_contents() == ["李怡霏"]
        assert author.get_attribute("href") == f"../authors/{slugify('李怡霏')}/"
        assert "cat=" in page.url and "outlet=" in page.url
        screenshot(page, "table-filtered.png")

        shared = page.url
        with open_page(browser) as (other, other_log):  # a bookmarked or shared link
            open_table(other, shared)
            assert len(rows(other)) == 1 and SEED_TITLE in rows(other)[0]
            assert other_log.errors == []

        page.reload()
        page.wait_for_selector("[data-aa-browser][data-ready]")
        assert page.locator('select[data-facet="cat"]').input_value() == "消息"
        assert page.locator('select[data-facet="outlet"]').input_value() == OUTLET
        assert len(rows(page)) == 1 and SEED_TITLE in rows(page)[0]

        with page.expect_download() as info:
            page.click(".aa-download")
        data = Path(info.value.path()).read_bytes()
        assert data.startswith("\ufeff".encode())
        table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
        assert table[0][0] == "作品标题" and len(table) == 2
        assert SEED_TITLE in table[1][0] and table[1][6] == OUTLET
        assert table[1][-1].endswith("/entries/chuanyu-guangongwei-zuotanhui/")

        page.click(".aa-reset")
        page.select_option('select[data-facet="award"]', "中国新闻奖")
        assert 0 < shown_count(page) < total
        editions = page.locator('select[data-facet="ed"] option:not([value=""])')
        live = [
            o
            for o in editions.evaluate_all("os => os.map(o => [o.value, o.dataset.count])")
            if o[1] != "0"
        ]
        assert live and all(
            value.startswith("中国新闻奖") for value, _ in live
        )  # editions follow the award
        page.click(".aa-reset")
        assert shown_count(page) == total
        assert log.errors == []


def test_sorting_by_date_and_by_pinyin(browser, site_url):
    with open_page(browser) as (page, log):
        open_table(page, site_url + "table/")
        dates = lambda: page.locator("[data-aa-browser] tbody td[data-date]").evaluate_all(  # noqa: E731
            "tds => tds.map(td => td.dataset.date)"
        )
        assert dates() == sorted(dates(), reverse=True)  # newest first by default
        page.click('th[data-col="date"] button')
        assert dates() == sorted(dates()) and dates() != sorted(dates(), reverse=True)
        assert page.locator('th[data-col="date"]').get_attribute("aria-sort") == "ascending"
        assert "sort=date" in page.url and "dir=asc" in page.url

        # every row has a cell under every heading, and each column holds what its heading says
        shape = page.locator("[data-aa-browser] table").evaluate(
            "t => [t.tHead.rows[0].cells.length, ...Array.from(t.tBodies[0].rows, r => "
            "r.cells.length)]"
        )
        assert len(set(shape)) == 1, shape
        heads = [h.strip() for h in page.locator("[data-aa-browser] thead th").all_text_contents()]
        assert (
            "作品字数（时长）" in heads and "作者（主创人员）" in heads
        )  # labels from the data file
        cats = page.locator("[data-aa-browser] tbody tr").evaluate_all(
            f"trs => trs.map(tr => tr.cells[{heads.index('参评项目')}].textContent)"
        )
        assert set(cats) <= {"消息", "通讯", "专题", "评论"} and "消息" in cats

        page.click('th[data-col="outlet"] button')
        outlets = page.locator("[data-aa-browser] tbody tr").evaluate_all(
            "trs => trs.map(tr => tr.cells[4].textContent)"
        )
        # 《关爱明天》 (guan) before 四川 (si) before 自贡 (zi): pinyin, not code points
        firsts = list(dict.fromkeys(outlets))
        assert firsts == [OUTLET, "四川广播电视台", "四川日报", "自贡日报"]

        page.click('th[data-col="title"] button')
        titles = rows(page)
        assert titles == sorted(titles, key=pinyin_key) and titles != sorted(
            titles
        )  # pinyin, not code points
        screenshot(page, "table-sorted.png")
        assert log.errors == []


def test_no_console_errors_on_the_pages_a_reader_visits(browser, site_url):
    pages = [
        "",
        "table/",
        "stats/",
        "entries/chuanyu-guangongwei-zuotanhui/",
        "editions/",
        "categories/",
        "outlets/",
        "authors/",
        f"authors/{slugify('王小明')}/",
        "recommenders/",
        "prizes/",
    ]
    with open_page(browser) as (page, log):
        for url in pages:
            page.goto(site_url + url)
            page.wait_for_load_state("networkidle")
        assert (
            page.locator("svg.aa-chart").count() == 0
        )  # last page is prizes/: charts live on stats/
        page.goto(site_url + "stats/")
        assert page.locator("svg.aa-chart").count() >= 3
        screenshot(page, "stats.png")
        assert log.errors == []


def test_without_javascript_the_table_lists_entries(
    browser, site_url, built_repo_site: BuildResult
):
    with open_page(browser, javascript=False) as (page, _):
        page.goto(site_url + "table/")
        titles = page.locator(".aa-table tbody tr td:first-child a").all_text_contents()
        assert any(SEED_TITLE in t for t in titles) and len(titles) >= 5
        assert page.locator(".aa-facets").count() == 0
        screenshot(page, "table-no-js.png")


def synthetic_entries(n: int) -> list[Entry]:
    """n entries without files or pages, for the table's real data file (table_data.py)."""
    cats = ["消息", "通讯", "评论", "专题"]
    return [
        Entry(
            id=f"syn-{i}",
            source=f"entries/syn-{i}.md",
            title="=1+1 公式" if i == 7 else f"合成作品{i:05d} 关爱",
            award=("中国新闻奖", "四川新闻奖")[i % 2],
            edition=1 + i % 10,
            category=cats[i % 4],
            authors=list(dict.fromkeys([f"作者{i % 300}", f"作者{(i * 7) % 300}"])),
            outlet=f"第{i % 40}日报",
            published=parse_published(f"{2000 + i % 24:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}"),
            length=parse_length(500 + i),
            prize=DEFAULT_PRIZES[i % 3],
        )
        for i in range(n)
    ]


def test_ten_thousand_rows_render_one_page_at_a_time(
    browser, built_repo_site: BuildResult, tmp_path: Path
):
    site = tmp_path / "site"
    shutil.copytree(built_repo_site.site, site)
    entries = synthetic_entries(10_000)
    (site / "table" / "entries.json").write_text(table_json(entries), encoding="utf-8")
    with serve_dir(site) as url, open_page(browser, accept_downloads=True) as (page, log):
        started = time.perf_counter()
        open_table(page, url + "table/")
        first = time.perf_counter() - started
        assert shown_count(page) == 10_000
        dom_rows = page.locator("[data-aa-browser] tbody tr").count()
        assert 0 < dom_rows <= 100  # a page of rows, not ten thousand
        started = time.perf_counter()
        page.select_option('select[data-facet="cat"]', "评论")
        filtered = time.perf_counter() - started
        assert shown_count(page) == 2500
        page.fill(".aa-facet-q input", "=1+1")
        page.wait_for_function("document.querySelector('.aa-summary').dataset.count === '0'")
        page.select_option('select[data-facet="cat"]', "")
        page.wait_for_function("document.querySelector('.aa-summary').dataset.count === '1'")
        with page.expect_download() as info:
            page.click(".aa-download")
        table = list(
            csv.reader(io.StringIO(Path(info.value.path()).read_text(encoding="utf-8-sig")))
        )
        assert table[1][0] == "'=1+1 公式"  # a spreadsheet shows it as text, never runs it
        page.click(".aa-reset")
        page.click('th[data-col="title"] button')  # all 10,000 sorted natively by pinyin rank
        by_title = sorted(entries, key=lambda e: (pinyin_key(e.title), e.id))
        assert rows(page) == [e.title for e in by_title[:50]]
        page.click(".aa-next-page")
        assert rows(page) == [e.title for e in by_title[50:100]]
        page.click('th[data-col="title"] button')  # descending, back to page 1
        assert rows(page) == [e.title for e in by_title[::-1][:50]]
        screenshot(page, "table-10k.png")
        print(
            f"\n10k rows: first render {first * 1000:.0f} ms (incl. load), category filter "
            f"{filtered * 1000:.0f} ms, "
            f"in-page update {page.locator('[data-aa-browser]').get_attribute('data-render-ms')} ms"
        )
        assert log.errors == []
