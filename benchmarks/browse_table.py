"""Benchmark of the table's data file and the faceted browser at 1k/5k/10k entries.

Prints the JSON's size (total and per row), the time to generate it, and, when Chromium
and Playwright are available, the browser's first render and a filter's time.
Run: .venv/bin/python benchmarks/browse_table.py [sizes...]
"""

from __future__ import annotations

import gzip
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from award_archive.contract.dates import parse_published  # noqa: E402
from award_archive.contract.lengths import parse_length  # noqa: E402
from award_archive.contract.model import DEFAULT_CATEGORIES, DEFAULT_PRIZES, Entry  # noqa: E402
from award_archive.web.table_data import table_json  # noqa: E402

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华"
PLACES = ["成都", "重庆", "自贡", "绵阳", "德阳", "宜宾", "泸州", "南充", "乐山", "达州"]
KINDS = ["日报", "晚报", "广播电视台", "融媒体中心", "杂志"]


def synthetic_entries(n: int, seed: int = 1) -> list[Entry]:
    rnd = random.Random(seed)
    entries = []
    for i in range(n):
        place = rnd.choice(PLACES)
        y, m, d = rnd.randint(2015, 2024), rnd.randint(1, 12), rnd.randint(1, 28)
        authors = [
            "".join(rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN))
            for _ in range(rnd.randint(1, 3))
        ]
        entries.append(
            Entry(
                id=f"syn-{i:05d}",
                source=f"entries/syn-{i:05d}.md",
                title=f"{place}关心下一代工作纪实之{i}：守护青少年健康成长",
                award=rnd.choice(["四川宣传关心下一代新闻佳作", "中国新闻奖"]),
                edition=rnd.randint(1, 12),
                category=rnd.choice(DEFAULT_CATEGORIES[:8]),
                authors=authors,
                outlet=place + rnd.choice(KINDS),
                published=parse_published(f"{y}-{m:02d}-{d:02d}"),
                length=parse_length(rnd.randint(500, 5000)),
                recommender=place + "市关工委",
                prize=rnd.choice(DEFAULT_PRIZES),
            )
        )
    return entries


def build_small_site(site: Path) -> None:
    subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build", "-q"]
        + ["-f", str(REPO / "mkdocs.yml"), "-d", str(site)],
        check=True,
        cwd=REPO,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


# What a reader does, in order. Each one's time is the page's own measure of its update
# (filter, count, sort, fill the selects, draw 50 rows): data-render-ms.
def _click(selector: str) -> Callable:
    return lambda page: page.click(selector)


ACTIONS: tuple[tuple[str, Callable], ...] = (
    ("filter category", lambda page: page.select_option('select[data-facet="cat"]', "通讯")),
    ("filter award too", lambda page: page.select_option('select[data-facet="award"]', index=1)),
    ("clear filters", _click(".aa-reset")),
    ("text filter", lambda page: page.fill(".aa-facet-q input", "成都")),
    ("clear text", lambda page: page.fill(".aa-facet-q input", "")),
    ("sort title (first)", _click('th[data-col="title"] button')),
    ("sort title desc (first)", _click('th[data-col="title"] button')),
    ("sort outlet (first)", _click('th[data-col="outlet"] button')),
    ("sort title (again)", _click('th[data-col="title"] button')),
    ("next page", _click(".aa-next-page")),
)


def one_visit(page, url: str, rate: int) -> dict[str, float]:
    """One visit to the table under Chromium's CPU throttling (CDP
    Emulation.setCPUThrottlingRate): each step's and each action's time, ms."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
    root = page.locator("[data-aa-browser]")
    page.goto(url + "table/")
    page.wait_for_selector("[data-aa-browser][data-ready]", timeout=120_000)
    times = {name: float(root.get_attribute(f"data-{name}-ms") or "nan") for name in STEPS}
    for name, action in ACTIONS:
        page.evaluate(
            "document.querySelector('[data-aa-browser]').removeAttribute('data-render-ms')"
        )
        action(page)
        page.wait_for_selector("[data-aa-browser][data-render-ms]", timeout=60_000)
        times[name] = float(root.get_attribute("data-render-ms"))
    return times


# worker: fetch and parse in table-worker.js (off the main thread; "parse" when there is no
# worker); decode: the sum of its slices, decode-slice the longest.
# start: the browser's controls; facets: the first filter and the filters' lists; show: the
# first rows and the swap for the static ones.
STEPS = ("worker", "parse", "labels", "decode", "decode-slice", "sort", "start", "facets", "show")


def browser_timings(json_text: str, rate: int = 4, runs: int = 3) -> str:
    """Each step and action's fastest and median time over `runs` fresh visits: the machine
    is shared, so the fastest is the closest to the page's own cost."""
    try:
        from browser_support import open_page, serve_dir
        from playwright.sync_api import sync_playwright
    except ImportError:
        return "browser: playwright missing"
    from browser_support import CHROMIUM, CHROMIUM_ARGS

    visits = []
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_small_site(site)
        (site / "table" / "entries.json").write_text(json_text, encoding="utf-8")
        with serve_dir(site) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(runs):
                with open_page(browser) as (page, _):
                    visits.append(one_visit(page, url, rate))
            browser.close()
    lines = [f"CPU x{rate}, {runs} visits, ms fastest (median):"]
    for name in (*STEPS, *(name for name, _ in ACTIONS)):
        values = sorted(v[name] for v in visits)
        lines.append(f"  {name}: {values[0]:.0f} ({values[len(values) // 2]:.0f})")
    return "\n        ".join(lines)


def main(sizes: list[int]) -> None:
    for n in sizes:
        entries = synthetic_entries(n)
        started = time.perf_counter()
        text = table_json(entries, DEFAULT_CATEGORIES, DEFAULT_PRIZES)
        took = (time.perf_counter() - started) * 1000
        size = len(text.encode("utf-8"))
        packed = len(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0))
        print(
            f"{n:>6} entries: entries.json {size / 1024:.0f} KB ({size / n:.0f} B/row), "
            f"{packed / 1024:.0f} KB gzipped, generated in {took:.0f} ms"
        )
        if shutil.which("chromium") or Path("/usr/bin/chromium").exists():
            print("        " + browser_timings(text))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000, 10000])
