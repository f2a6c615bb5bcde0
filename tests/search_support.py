"""Serving a built site on 127.0.0.1 and driving it in Debian's Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium (apt-get install chromium; .ci/run does)"
)
needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """The site over HTTP on a free port (Pagefind does not work from file://)."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


# Runs queries against the built index with Pagefind's own JavaScript, in the page:
# each query raw (Pagefind alone) and rewritten by the search page's queryWords.
RUN_QUERIES_JS = """
async ({bundle, queries}) => {
  const pagefind = await import(bundle + "pagefind.js");
  const parts = await (await fetch(bundle + "award-archive-parts.json")).json();
  for (const part of parts) await pagefind.mergeIndex(bundle + part);
  await pagefind.init();
  const urls = async (q) => {
    const found = await pagefind.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => d.url);
  };
  const out = [];
  for (const q of queries) {
    out.push({query: q, raw: await urls(q), rewritten: await urls(window.AwardArchiveSearch.queryWords(q)),
              words: window.AwardArchiveSearch.queryWords(q)});
  }
  return out;
}
"""


def run_queries(page, base: str, queries: list[str]) -> list[dict]:
    """Open the search page (which loads the fold table), then run every query."""
    page.goto(base + "search/")
    page.wait_for_function("() => window.AwardArchiveSearch && document.querySelector('.pagefind-ui__search-input')")
    return page.evaluate(RUN_QUERIES_JS, {"bundle": "/pagefind/", "queries": queries})
