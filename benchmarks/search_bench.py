"""Search benchmark: build generated archives, index them, measure, print numbers.

For each size (default 1,000 and 5,000 entries): the search build's time and peak
memory (the whole process tree: the indexer and the Pagefind binary it runs, sampled
with psutil), the bundle's size, the bytes a
browser fetches for a first and a second query, and the quality suite's precision and
recall with and without the substring words. `--full-pages` also indexes whole themed
pages with Pagefind's CLI alone, for comparison (memory-hungry: use with 1,000).

    .venv/bin/python benchmarks/search_bench.py [--sizes 1000 5000] [--full-pages]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from browser_support import CHROMIUM, launch_chromium  # noqa: E402
from search_corpus import QUERIES, entry_files, generate  # noqa: E402
from search_quality import evaluate  # noqa: E402
from search_support import run_queries, serve  # noqa: E402

from conftest import make_archive, run_build  # noqa: E402

TYPICAL = ["双城经济圈", "李怡霏"]  # a first query, then a second one


def peak_tree_rss(cmd: list[str]) -> tuple[float, int]:
    """Run cmd; return (seconds, peak summed RSS of its process tree, sampled every 20 ms)."""
    start = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

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
    return time.perf_counter() - start, peak


def fetched_bytes(base: str, page) -> list[tuple[int, int]]:
    """(all /pagefind/ bytes, index data bytes) fetched for each query of TYPICAL, in order."""
    sizes: list[tuple[str, int]] = []
    # Content-Length from the headers: calling response.body() inside the handler blocks.
    page.on(
        "response",
        lambda r: (
            sizes.append((r.url, int(r.headers.get("content-length", 0))))
            if "/pagefind/" in r.url
            else None
        ),
    )
    out = []
    for i, q in enumerate(TYPICAL):
        sizes.clear()
        if i == 0:
            page.goto(base + "search/?q=" + q)
        else:
            page.fill(".aa-search-input", q)
        page.wait_for_function(
            "q => { const m = document.querySelector('.aa-search-message'); return m && m.textContent.includes(q)"
            " && /找到|没有/.test(m.textContent); }",
            arg=q,
            timeout=60000,
        )
        page.wait_for_timeout(300)
        out.append((sum(n for _, n in sizes), sum(n for u, n in sizes if ".pf_" in u)))
    return out


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def bench(n: int, tmp: Path, full_pages: bool) -> None:
    entries = generate(n, paragraphs=20)
    root = make_archive(tmp, entry_files(entries), copy_entries=False)
    t0 = time.perf_counter()
    result = run_build(root)
    assert result.returncode == 0, result.log[-3000:]
    print(f"\n== {n} entries (`mkdocs build` with search: {time.perf_counter() - t0:.1f} s)")
    # The search build again, alone, in a process of its own, to measure it.
    code = "import sys; from pathlib import Path; from award_archive.search.index import build_search_index; build_search_index(Path(sys.argv[1]))"
    seconds, peak = peak_tree_rss([sys.executable, "-c", code, str(result.site)])
    bundle = result.site / "pagefind"
    files = [p for p in bundle.rglob("*") if p.is_file()]
    index_bytes = sum(p.stat().st_size for p in files if p.suffix.startswith(".pf_"))
    print(f"search build: {seconds:.1f} s, peak memory (indexer + Pagefind) {mb(peak)}")
    print(
        f"bundle: {mb(sum(p.stat().st_size for p in files))} in {len(files)} files ({mb(index_bytes)} index/fragments/filters)"
    )
    if full_pages:
        from award_archive.search.index import pagefind_executable

        out = tmp / "full-pages-bundle"
        s2, p2 = peak_tree_rss(
            [
                pagefind_executable(),
                "--site",
                str(result.site),
                "--output-path",
                str(out),
                "--quiet",
            ]
        )
        print(f"for comparison, Pagefind CLI on whole themed pages: {s2:.1f} s, peak {mb(p2)}")
    if not Path(CHROMIUM).exists():
        print("(no Chromium: bytes fetched and quality not measured)")
        return
    with serve(result.site) as base, launch_chromium() as browser:
        first, second = fetched_bytes(base, browser.new_page())
        print(
            f"fetched: first query {first[0] / 1e3:.0f} KB ({first[1] / 1e3:.0f} KB of it index data; the rest"
            f" Pagefind's scripts and wasm, cached), second query {second[0] / 1e3:.0f} KB"
        )
        results = run_queries(browser.new_page(), base, [q for _, q in QUERIES])
    raw, new = evaluate(entries, results, "raw"), evaluate(entries, results, "rewritten")
    for kind in new:
        print(f"quality {kind:<12} Pagefind alone {raw[kind]}   the search page {new[kind]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument(
        "--full-pages", action="store_true", help="also index whole pages with Pagefind alone"
    )
    args = parser.parse_args()
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix=f"search-bench-{n}-") as tmp:
            bench(n, Path(tmp), args.full_pages)


if __name__ == "__main__":
    main()
