"""Search benchmark: the search step against Pagefind alone, and every query kind's cost
and quality through the search page in Chromium.

For each size (default 1,000 entries): a generated archive is built, then the search
step is run again, and Pagefind alone, in processes of their own, each measured for CPU
seconds (user + system of the whole
process tree) and peak memory (the tree's summed RSS, sampled every 20 ms):

- the search step (`build_search_index`: documents, the substring index, Pagefind);
- Pagefind alone: its CLI over the same entry documents, in one run, no substring index.

Then the bundles' sizes, and queries drawn from the corpus at run time (search_queries.py,
a new seed each run unless --seed) run through the page's own search: per kind, the
index data and requests of a first query (a fresh browser context) and of a next one,
and precision / recall against the corpus.

    .venv/bin/python benchmarks/search_bench.py [--sizes 1000 10000] [--per-kind 5]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
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
# The entry documents the search step writes, in one folder, for Pagefind alone.
WRITE_DOCUMENTS = (
    "import sys; from pathlib import Path; from award_archive.search import index as ix;"
    "site, out = Path(sys.argv[1]), Path(sys.argv[2])\n"
    "for p in ix.entry_pages(site):\n"
    "    d = ix.search_document(p.read_text(encoding='utf-8'), ix.page_url(site, p))\n"
    "    t = out / p.relative_to(site); t.parent.mkdir(parents=True, exist_ok=True)\n"
    "    t.write_text(d.html, encoding='utf-8')\n"
)


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


def compare_builds(site: Path, tmp: Path) -> None:
    from award_archive.search.index import pagefind_executable

    wall, cpu, peak = measured([sys.executable, "-c", SEARCH_STEP, str(site)])
    docs, alone = tmp / "alone-docs", tmp / "alone-bundle"
    subprocess.run([sys.executable, "-c", WRITE_DOCUMENTS, str(site), str(docs)], check=True)
    cmd = [pagefind_executable(), "--site", str(docs), "--output-path", str(alone), "--quiet"]
    a_wall, a_cpu, a_peak = measured(cmd)
    ours, ours_files = tree_bytes(site / "pagefind")
    theirs, theirs_files = tree_bytes(alone)
    substring, _ = tree_bytes(site / "pagefind" / "substring")
    print(f"{'':<22}{'CPU s':>8}{'wall s':>8}{'peak MB':>9}{'bundle MB':>11}{'files':>7}")
    print(
        f"{'search step':<22}{cpu:>8.1f}{wall:>8.1f}{peak / 1e6:>9.0f}"
        f"{ours / 1e6:>11.2f}{ours_files:>7}"
    )
    print(
        f"{'Pagefind alone':<22}{a_cpu:>8.1f}{a_wall:>8.1f}{a_peak / 1e6:>9.0f}"
        f"{theirs / 1e6:>11.2f}{theirs_files:>7}"
    )
    print(
        f"ratios: CPU {cpu / a_cpu:.2f}x, bundle {ours / theirs:.2f}x (targets <= 2x);"
        f" peak {peak / 1e9:.2f} GB (target <= 1 GB); substring index {substring / 1e6:.2f} MB"
    )


# One query in the page: the page's own search, ranked; returns document numbers.
QUERY_JS = """
async (q) => {
  const found = await window.AwardArchiveSearch.searchExact(q);
  return found.partial ? [] : found.results.map((r) => r.date);
}
"""


def index_request(url: str) -> bool:
    """Index data: Pagefind's .pf_ files but fragments, the substring index, our JSON."""
    path = url.split("/pagefind/", 1)[-1]
    return ("/pagefind/" in url) and (
        (".pf_" in path and ".pf_fragment" not in path)
        or path.startswith("substring/")
        or path.endswith(".json")
    )


class Traffic:
    def __init__(self, page) -> None:
        self.seen: list[tuple[str, int]] = []
        # Content-Length from the headers: calling response.body() in the handler blocks.
        page.on(
            "response", lambda r: self.seen.append((r.url, int(r.headers.get("content-length", 0))))
        )

    def take(self) -> tuple[int, int]:
        """(index bytes, index requests) since the last take."""
        got = [n for u, n in self.seen if index_request(u)]
        self.seen.clear()
        return sum(got), len(got)


def open_search(browser, base: str):
    context = browser.new_context()
    page = context.new_page()
    traffic = Traffic(page)
    page.goto(base + "search/")
    page.wait_for_function("() => document.querySelector('#aa-search[data-ready]')")
    return context, page, traffic


def run_kinds(base: str, browser, queries, urls: list[str]) -> dict[str, dict[str, list]]:
    """Per kind: first-query and next-query (bytes, requests), precision and recall."""
    from search_quality import entry_id

    per: dict[str, dict[str, list]] = {
        k: {"first": [], "next": [], "p": [], "r": []} for k in KINDS
    }
    for i, (kind, query, right) in enumerate(queries):
        context, page, traffic = open_search(browser, base)
        page_load = traffic.take()  # the page's own start: filters, metas, fold table
        docs = page.evaluate(QUERY_JS, query)
        first = traffic.take()
        page.evaluate(QUERY_JS, queries[(i + 1) % len(queries)][1])
        nxt = traffic.take()
        context.close()
        found = {entry_id(urls[d]) for d in docs}
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


def bench(n: int, tmp: Path, per_kind: int, seed: int) -> None:
    from award_archive.search.index import entry_pages, page_url

    entries = generate(n, paragraphs=20)
    root = make_archive(tmp, entry_files(entries), copy_entries=False)
    t0 = time.perf_counter()
    result = run_build(root)
    assert result.returncode == 0, result.log[-3000:]
    print(f"\n== {n} entries (`mkdocs build`, search included: {time.perf_counter() - t0:.0f} s)")
    compare_builds(result.site, tmp)
    if not Path(CHROMIUM).exists():
        print("(no Chromium: queries not measured)")
        return
    hay = haystacks(entries)
    queries = draw_queries(entries, hay, per_kind, seed)
    urls = [page_url(result.site, p) for p in entry_pages(result.site)]
    print(
        f"{len(queries)} queries drawn with seed {seed}; first = page start + the query,"
        " fresh cache; KB and requests of index data (fragments, scripts, wasm aside)"
    )
    with serve_dir(result.site) as base, launch_chromium() as browser:
        print_kinds(run_kinds(base, browser, queries, urls))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--per-kind", type=int, default=5)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"search-bench-{n}-") as tmp:
            bench(n, Path(tmp), args.per_kind, seed)


if __name__ == "__main__":
    main()
