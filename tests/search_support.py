"""Serving a built site on 127.0.0.1 and driving it in Debian's Chromium."""

from __future__ import annotations

from browser_support import ARTIFACTS, needs_chromium, needs_node, serve_dir  # noqa: F401 - re-exported

# One server and one browser setup for every browser test: see browser_support.py.
serve = serve_dir


# Runs queries through the search page's own search (searchExact), ranked as the page
# ranks them. (Pagefind alone, the benchmark's baseline, is measured there only:
# benchmarks/search_bench.py; the build no longer runs Pagefind.)
RUN_QUERIES_JS = """
async ({queries}) => {
  const out = [];
  for (const q of queries) {
    const exact = await window.AwardArchiveSearch.searchExact(q);
    const ranked = window.AwardArchiveSearch.rank(exact.results, "");
    const exactUrls = exact.partial
      ? []
      : (await Promise.all(ranked.map((r) => r.result.data()))).map((d) => d.url);
    out.push({query: q, rewritten: exactUrls, words: window.AwardArchiveSearch.queryKeys(q)});
  }
  return out;
}
"""


def run_queries(page, base: str, queries: list[str]) -> list[dict]:
    """Open the search page (which loads the fold table), then run every query."""
    page.goto(base + "search/")
    page.wait_for_function(
        "() => window.AwardArchiveSearch && document.querySelector('#aa-search[data-ready]')"
    )
    return page.evaluate(RUN_QUERIES_JS, {"queries": queries})
