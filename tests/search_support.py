"""Serving a built site on 127.0.0.1 and driving it in Debian's Chromium."""

from __future__ import annotations

from browser_support import ARTIFACTS, needs_chromium, needs_node, serve_dir  # noqa: F401 - re-exported

# One server and one browser setup for every browser test: see browser_support.py.
serve = serve_dir


# Runs queries against the built index with Pagefind's own JavaScript, in the page:
# each query raw (Pagefind alone) and rewritten by the search page (its keys: queryKeys).
RUN_QUERIES_JS = """
async ({bundle, queries}) => {
  // Pagefind alone (its first part: the page itself loads no Pagefind script).
  const pagefind = await import(bundle + "pagefind.js");
  const urls = async (q) => {
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => d.url);
  };
  const out = [];
  for (const q of queries) {
    const exact = await window.AwardArchiveSearch.searchExact(pagefind, q);
    const ranked = window.AwardArchiveSearch.rank(exact.results, "");
    const exactUrls = exact.partial
      ? []
      : (await Promise.all(ranked.map((r) => r.result.data()))).map((d) => d.url);
    out.push({query: q, raw: await urls(q), rewritten: exactUrls,
              words: window.AwardArchiveSearch.queryKeys(q)});
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
    return page.evaluate(RUN_QUERIES_JS, {"bundle": "/pagefind/", "queries": queries})
