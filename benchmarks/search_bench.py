"""Search benchmark: the search step against Pagefind alone, and every query kind's cost
and quality through the search page in Chromium, ours and each Pagefind's.

For each size (default 1,000 entries): a generated archive is built, then the search
step is run again, and Pagefind alone, in processes of their own, each measured for CPU
seconds (user + system of the whole process tree) and peak memory (the tree's summed
RSS, sampled every 20 ms):

- the search step (`build_search_index`: the substring index and the results' texts);
- Pagefind alone: its CLI over the same entries' articles, in one run: 1.5 from PyPI
  (the test extras), 1.6 from npm (`cd benchmarks && npm ci`) when installed. The build
  itself runs neither: it needs only Python.

Then the bundles' sizes, and queries drawn from the corpus at run time (search_queries.py,
a new seed each run unless --seed) run through the page's own search and through each
Pagefind's own JavaScript (the query as typed): per kind, the index data and requests
of a first query (a fresh browser context) and of a next one, and precision / recall
against the corpus.

    .venv/bin/python benchmarks/search_bench.py [--sizes 1000 10000] [--per-kind 5]
        [--seed N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "benchmarks"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from browser_support import CHROMIUM, launch_chromium, serve_dir  # noqa: E402
from search_corpus import entry_files, generate  # noqa: E402
from search_queries import KINDS, draw_queries, haystacks  # noqa: E402

from conftest import make_archive, run_build  # noqa: E402

SEARCH_STEP = (
    "import sys; from pathlib import Path;"
    "from award_archive.search.index import build_search_index;"
    "build_search_index(Path(sys.argv[1]))"
)
# What Pagefind alone is given (as the build gave it while it ran Pagefind): each entry's
# article, its title and work's text as words, the form's fields as stored metadata,
# the filters and the date sort. No theme chrome (a nav multiplies Pagefind's memory).
_ARTICLE = re.compile(r"(<article\b[^>]*\bdata-pagefind-body\b[^>]*>)(.*?)(</article>)", re.S)
_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>", re.S)
_WORK = re.compile(r"<section\b[^>]*\bclass=\"aa-work\"[^>]*>.*?</section>", re.S)
_HIDDEN = re.compile(r"<span hidden data-pagefind-[^>]*></span>")
PAGEFIND_NPM = REPO / "benchmarks/node_modules/@pagefind/linux-x64/bin/pagefind_extended"
_FRAGMENT_URL = re.compile(rb'^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")')


def pagefind_document(page: str, url: str) -> str:
    from award_archive.search.index import search_document

    doc = search_document(page, url)
    m = _ARTICLE.search(page)
    assert doc is not None and m is not None
    opening, inner, closing = m.groups()
    h1, work = _H1.search(inner), _WORK.search(inner)
    kept = "".join(_HIDDEN.findall(inner))
    if doc.fragment["fields"]:
        kept += (
            f'<span hidden data-pagefind-meta="{html.escape("fields:" + doc.fragment["fields"])}">'
        )
        kept += "</span>"
    return (
        f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>'
        f"{html.escape(doc.fragment['title'])}</title></head><body>{opening}"
        f"{h1.group(0) if h1 else ''}{kept}{work.group(0) if work else ''}{closing}</body></html>"
    )


def write_documents(site: Path, out: Path) -> None:
    from award_archive.search.index import entry_pages, page_url

    for path in entry_pages(site):
        target = out / path.relative_to(site)
        target.parent.mkdir(parents=True, exist_ok=True)
        doc = pagefind_document(path.read_text(encoding="utf-8"), page_url(site, path))
        target.write_text(doc, encoding="utf-8")


def pagefinds() -> list[tuple[str, str]]:
    """(name, executable) of each Pagefind to compare with: PyPI's (the test extras) and,
    after `cd benchmarks && npm ci`, npm's (1.6: Chinese segmented with ICU4X)."""
    found = []
    try:
        from pagefind.service import _must_get_executable

        found.append(("Pagefind 1.5 (PyPI)", str(_must_get_executable())))
    except ImportError:
        print("(no pagefind package: `make install` puts it in the test extras)")
    if PAGEFIND_NPM.is_file():
        found.append(("Pagefind 1.6 (npm)", str(PAGEFIND_NPM)))
    else:
        print(f"(no {PAGEFIND_NPM.relative_to(REPO)}: run `cd benchmarks && npm ci`)")
    return found


def page_urls(bundle: Path) -> dict[str, str]:
    """Pagefind's page hash (a result's id, its fragment's name) → the page's URL."""
    found = {}
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        head = zlib.decompressobj(wbits=31).decompress(path.read_bytes(), 4096)
        m = _FRAGMENT_URL.match(head)
        assert m is not None, path
        found[path.stem] = json.loads(m.group(1))
    return found


def measured(cmd: list[str]) -> tuple[float, float, int]:
    """Run cmd; return (wall s, CPU s of its tree, peak summed RSS of its tree)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                procs = [proc, *proc.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {err.decode(errors='replace')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - start, cpu, peak


def tree_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def compare_builds(site: Path, tmp: Path) -> list[tuple[str, str]]:
    """The search step, then each Pagefind alone (into site/<its folder>/, to be queried
    too), on the same entries; returns (name, folder) of each Pagefind bundle."""
    wall, cpu, peak = measured([sys.executable, "-c", SEARCH_STEP, str(site)])
    docs = tmp / "alone-docs"
    shutil.rmtree(docs, ignore_errors=True)
    write_documents(site, docs)
    ours, ours_files = tree_bytes(site / "pagefind")
    substring, _ = tree_bytes(site / "pagefind" / "substring")
    rows = [("search step", cpu, wall, peak, ours, ours_files)]
    bundles = []
    for i, (name, exe) in enumerate(pagefinds()):
        folder = f"pagefind-alone-{i + 1}"
        shutil.rmtree(site / folder, ignore_errors=True)
        cmd = [exe, "--site", str(docs), "--output-path", str(site / folder), "--quiet"]
        a_wall, a_cpu, a_peak = measured(cmd)
        size, files = tree_bytes(site / folder)
        rows.append((name + " alone", a_cpu, a_wall, a_peak, size, files))
        bundles.append((name, folder))
    print(f"{'':<28}{'CPU s':>8}{'wall s':>8}{'peak MB':>9}{'bundle MB':>11}{'files':>7}")
    for name, r_cpu, r_wall, r_peak, size, files in rows:
        print(
            f"{name:<28}{r_cpu:>8.1f}{r_wall:>8.1f}{r_peak / 1e6:>9.0f}"
            f"{size / 1e6:>11.2f}{files:>7}"
        )
    for name, r_cpu, _, _, size, _ in rows[1:]:
        print(f"search step / {name}: CPU {cpu / r_cpu:.2f}x, bundle {ours / size:.2f}x")
    print(
        f"targets: CPU and bundle <= 2x Pagefind alone; peak {peak / 1e9:.2f} GB (<= 1 GB);"
        f" substring index {substring / 1e6:.2f} MB"
    )
    return bundles


# One query in the page: the page's own search, ranked; returns document numbers.
QUERY_JS = """
async (q) => {
  const found = await window.AwardArchiveSearch.searchExact(q);
  return found.partial ? [] : found.results.map((r) => r.date);
}
"""


# Pagefind alone in the page: its own search of the query as typed; returns page hashes.
PAGEFIND_JS = """
async ([bundle, q]) => {
  const pf = await import(bundle + "pagefind.js");  // a module: imported once a page
  const found = await pf.search(q);
  return found.results.map((r) => r.id);
}
"""


def index_request(url: str, bundle: str = "pagefind") -> bool:
    """Index data: the substring index and our JSON; of a Pagefind bundle, its .pf_ files
    and its entry JSON. Never results' texts (fragments), scripts or wasm."""
    marker = f"/{bundle}/"
    if marker not in url:
        return False
    path = url.split(marker, 1)[1]
    return not path.startswith("fragment/") and (
        ".pf_" in path or path.startswith("substring/") or path.endswith(".json")
    )


class Traffic:
    def __init__(self, page) -> None:
        self.seen: list[tuple[str, int]] = []
        # Content-Length from the headers: calling response.body() in the handler blocks.
        page.on(
            "response", lambda r: self.seen.append((r.url, int(r.headers.get("content-length", 0))))
        )

    def take(self, bundle: str = "pagefind") -> tuple[int, int]:
        """(index bytes, index requests) since the last take."""
        got = [n for u, n in self.seen if index_request(u, bundle)]
        self.seen.clear()
        return sum(got), len(got)


def open_search(browser, base: str):
    context = browser.new_context()
    page = context.new_page()
    traffic = Traffic(page)
    page.goto(base + "search/")
    page.wait_for_function("() => document.querySelector('#aa-search[data-ready]')")
    return context, page, traffic


def run_kinds(
    base: str, browser, queries, ask, bundle: str = "pagefind"
) -> dict[str, dict[str, list]]:
    """Per kind: first-query and next-query (bytes, requests of `bundle`), precision and
    recall; `ask(page, query)` runs one query in the page and returns the entry ids."""
    per: dict[str, dict[str, list]] = {
        k: {"first": [], "next": [], "p": [], "r": []} for k in KINDS
    }
    for i, (kind, query, right) in enumerate(queries):
        context, page, traffic = open_search(browser, base)
        page_load = traffic.take(bundle)  # the page's own start: fold table, the table
        found = ask(page, query)
        first = traffic.take(bundle)
        ask(page, queries[(i + 1) % len(queries)][1])
        nxt = traffic.take(bundle)
        context.close()
        stats = per[kind]
        stats["first"].append((first[0] + page_load[0], first[1] + page_load[1]))
        stats["next"].append(nxt)
        stats["p"].append(len(found & right) / len(found) if found else float(not right))
        stats["r"].append(len(found & right) / len(right) if right else 1.0)
    return per


def print_kinds(per: dict[str, dict[str, list]]) -> None:
    print(
        f"{'kind':<12}{'n':>3}{'first KB':>10}{'req':>5}{'max KB':>8}{'next KB':>9}"
        f"{'req':>5}{'precision':>11}{'recall':>8}"
    )
    for kind, s in per.items():
        if not s["p"]:
            continue
        first_kb = [b / 1e3 for b, _ in s["first"]]
        print(
            f"{kind:<12}{len(s['p']):>3}{statistics.median(first_kb):>10.0f}"
            f"{statistics.median(r for _, r in s['first']):>5.0f}{max(first_kb):>8.0f}"
            f"{statistics.median(b / 1e3 for b, _ in s['next']):>9.0f}"
            f"{statistics.median(r for _, r in s['next']):>5.0f}"
            f"{statistics.mean(s['p']):>11.3f}{statistics.mean(s['r']):>8.3f}"
        )


def built_site(n: int, tmp: Path, keep: Path | None) -> Path:
    """A generated archive of n entries, built (search included); with --keep, built once
    into keep/<n>/ and reused."""
    root = (keep / str(n)) if keep else tmp
    site = root / "archive" / "site"
    if keep and (site / "pagefind").is_dir():
        print(f"\n== {n} entries (the site kept in {site})")
        return site
    root.mkdir(parents=True, exist_ok=True)
    archive = make_archive(root, entry_files(generate(n, paragraphs=20)), copy_entries=False)
    t0 = time.perf_counter()
    result = run_build(archive)
    assert result.returncode == 0, result.log[-3000:]
    print(f"\n== {n} entries (`mkdocs build`, search included: {time.perf_counter() - t0:.0f} s)")
    return result.site


def bench(n: int, tmp: Path, per_kind: int, seed: int, keep: Path | None) -> None:
    from search_quality import entry_id

    from award_archive.search.index import entry_pages, page_url

    site = built_site(n, tmp, keep)
    bundles = compare_builds(site, tmp)
    if not Path(CHROMIUM).exists():
        print("(no Chromium: queries not measured)")
        return
    entries = generate(n, paragraphs=20)
    queries = draw_queries(entries, haystacks(entries), per_kind, seed)
    urls = [page_url(site, p) for p in entry_pages(site)]
    print(
        f"{len(queries)} queries drawn with seed {seed}; first = page start + the query,"
        " fresh cache; KB and requests of index data (results' texts, scripts, wasm aside)"
    )

    def ours(page, q: str) -> set[str]:
        return {entry_id(urls[d]) for d in page.evaluate(QUERY_JS, q)}

    with serve_dir(site) as base, launch_chromium() as browser:
        print("-- the search page (exact)")
        print_kinds(run_kinds(base, browser, queries, ours))
        for name, folder in bundles:
            by_hash = page_urls(site / folder)

            def alone(page, q: str, folder: str = folder, by_hash=by_hash) -> set[str]:
                hashes = page.evaluate(PAGEFIND_JS, [f"/{folder}/", q])
                return {entry_id(by_hash[h]) for h in hashes}

            print(f"-- {name} alone (the query as typed)")
            print_kinds(run_kinds(base, browser, queries, alone, folder))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--per-kind", type=int, default=5)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="build once into this folder")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"search-bench-{n}-") as tmp:
            bench(n, Path(tmp), args.per_kind, seed, args.keep)


if __name__ == "__main__":
    main()
