"""What a reader's phone downloads: Lighthouse 12.2.3 (mobile defaults: slow 4G, 4x CPU
slowdown) on generated archives, served with gzip for text types as static hosts serve them.

    .venv/bin/python benchmarks/readers.py [SIZES...] [--runs 2] [--work benchmarks/out/readers]
        [--pages home table …] [--rebuild]

For each size (default 1000 5000 10000): a corpus (benchmarks/corpus.py), one `mkdocs
build` (kept for later runs; --rebuild builds again from the same entries), then Lighthouse
on home, table, an entry, search (`?q=留守`), the biggest edition and author pages, best of
--runs by performance score. Prints per page: performance and accessibility scores, TBT,
LCP, CLS, bytes transferred, requests, the largest request, and the load average when the
best run ended (the machine's business inflates simulated throttling: compare pages
measured in the same minutes). Not a timed test: figures go into
the README. Needs Node 20 and Lighthouse in benchmarks/node_modules:

    cd benchmarks && npm ci        # package.json pins lighthouse 12.2.3 (13 needs Node 22)

and Chromium at /usr/bin/chromium (CHROME_PATH overrides it).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import mimetypes
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BIN = Path(sys.executable).parent
LIGHTHOUSE = HERE / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
SEARCH_QUERY = "%E7%95%99%E5%AE%88"  # 留守
# Types a static host compresses (GitHub Pages, Netlify, nginx's usual gzip_types).
TEXT_TYPES = (
    "text/",
    "application/json",
    "application/javascript",
    "application/xml",
    "image/svg+xml",
    "application/rss+xml",
)

sys.path.insert(0, str(HERE))
from corpus import generate_corpus  # noqa: E402


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; text types gzip-compressed when the client accepts it."""

    cache: dict[str, bytes] = {}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the base's name
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                super().do_GET()  # the redirect to the folder's URL
                return
            path = path / "index.html"
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not accepts or not ctype.startswith(TEXT_TYPES):
            super().do_GET()
            return
        body = self.cache.get(str(path))
        if body is None:
            body = self.cache[str(path)] = gzip.compress(
                path.read_bytes(), compresslevel=6, mtime=0
            )
        self.send_response(200)
        self.send_header(
            "Content-Type", ctype + ("; charset=utf-8" if ctype.startswith("text/") else "")
        )
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_gzip(site: Path) -> Iterator[str]:
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build_site(n: int, work: Path, rebuild: bool = False) -> Path:
    """A generated archive of n entries, built once (kept in `work` for later runs);
    `rebuild` builds the site again from the same entries (after a change to the code)."""
    root = work / f"archive-{n}"
    site = root / "site"
    if (root / ".built").is_file() and not rebuild:
        return site
    if not (root / "entries").is_dir() or not rebuild:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(REPO / "docs", root / "docs")
        generate_corpus(n, root, seed=1)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
        check=True,
        cwd=root,
        env=env,
    )
    (root / ".built").write_text("ok\n", encoding="utf-8")
    return site


def largest_page(site: Path, folder: str) -> str:
    """The URL of the biggest page under `folder` (the worst case: the edition or the author
    with the most entries)."""
    pages = (site / folder).glob("*/index.html")
    return f"{folder}/{max(pages, key=lambda p: (p.stat().st_size, p.parent.name)).parent.name}/"


def pages_of(site: Path) -> dict[str, str]:
    entry = sorted(p.parent.name for p in (site / "entries").glob("*/index.html"))[0]
    return {
        "home": "",
        "table": "table/",
        "entry": f"entries/{entry}/",
        "search": f"search/?q={SEARCH_QUERY}",
        "edition": largest_page(site, "editions"),
        "author": largest_page(site, "authors"),
    }


def lighthouse(url: str, out: Path) -> dict:
    cmd = [
        "node",
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={out}",
        "--quiet",
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    subprocess.run(cmd, check=True, env={**os.environ, "CHROME_PATH": CHROME}, timeout=300)
    return json.loads(out.read_text(encoding="utf-8"))


def request_sizes(requests: list[dict]) -> dict[str, int]:
    """Bytes transferred by each request: the page itself as "(page)" (its URL differs
    between archives), the others by their path on the site."""
    sizes = {r["url"].split("/", 3)[-1] or "/": r.get("transferSize", 0) for r in requests[1:]}
    return {"(page)": requests[0].get("transferSize", 0), **sizes}


def figures(report: dict) -> dict:
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    largest = max(requests, key=lambda r: r.get("transferSize", 0))
    largest_path = largest["url"].split("/", 3)[-1] or "/"
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "kb": round(audits["total-byte-weight"]["numericValue"] / 1024),
        "requests": len(requests),
        "largest": f"{largest_path} {round(largest.get('transferSize', 0) / 1024)} KB",
        "failed": [a for a, v in audits.items() if v.get("score") == 0 and a in FLAGGED],
        "sizes": request_sizes(requests),
    }


FLAGGED = {
    "color-contrast",
    "link-in-text-block",
    "label",
    "button-name",
    "link-name",
    "heading-order",
    "target-size",
    "list",
    "listitem",
    "aria-allowed-attr",
    "select-name",
}


def run(
    sizes: Sequence[int], runs: int, work: Path, only: Sequence[str] = (), rebuild: bool = False
) -> list[tuple[int, str, dict]]:
    if not LIGHTHOUSE.is_file():
        sys.exit(f"{LIGHTHOUSE} is missing: cd benchmarks && npm ci (lighthouse 12.2.3)")
    results = []
    for n in sizes:
        site = build_site(n, work, rebuild)
        with serve_gzip(site) as base:
            for name, path in pages_of(site).items():
                if only and name not in only:
                    continue
                best = None
                for i in range(runs):
                    fig = figures(lighthouse(base + path, work / f"lh-{n}-{name}-{i}.json"))
                    # Simulated throttling still inflates on a busy machine: say how busy.
                    fig["load"] = round(os.getloadavg()[0], 1)
                    if best is None or fig["performance"] > best["performance"]:
                        best = fig
                results.append((n, name, best))
                shown = {k: v for k, v in best.items() if k != "sizes"}
                print(n, name, json.dumps(shown, ensure_ascii=False), flush=True)
    (work / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return results


def table(results: list[tuple[int, str, dict]]) -> str:
    head = (
        "| entries | page | perf | a11y | TBT ms | LCP s | CLS | KB | requests | largest request "
        "| load |"
    )
    lines = [head, "|" + "---|" * 11]
    for n, name, f in results:
        lines.append(
            f"| {n:,} | {name} | {f['performance']} | {f['accessibility']} | {f['tbt_ms']} "
            f"| {f['lcp_s']} | {f['cls']} | {f['kb']} | {f['requests']} | {f['largest']} "
            f"| {f.get('load', '')} |"
        )
    return "\n".join(lines)


# Requests allowed to grow with the archive: the table's data and Pagefind's index chunks.
GROWS_BY_DESIGN = ("table/entries.json", "pagefind/")


def growing_requests(results: list[tuple[int, str, dict]]) -> list[str]:
    """Requests of the same page, at the smallest and the largest size measured, that
    transfer over 10% (and 2 KB) more at the larger one, or appear only there: a per-page
    cost that grows with the archive. The HTML of the biggest edition's and author's page
    is left out: it lists their entries, which grow with the generated archive."""
    by_page: dict[str, dict[int, dict[str, int]]] = {}
    for n, name, f in results:
        by_page.setdefault(name, {})[n] = f["sizes"]
    found = []
    for name, at in sorted(by_page.items()):
        if len(at) < 2:
            continue
        small, large = at[min(at)], at[max(at)]
        for path, size in sorted(large.items()):
            own_entries = path == "(page)" and name in ("edition", "author")
            if path.startswith(GROWS_BY_DESIGN) or own_entries:
                continue
            before = small.get(path, 0)
            if size > before * 1.1 and size - before > 2048:
                found.append(f"{name}: {path} {before / 1024:.0f} KB -> {size / 1024:.0f} KB")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 10000])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=HERE / "out" / "readers")
    parser.add_argument("--pages", nargs="*", default=(), help="only these (home table …)")
    parser.add_argument(
        "--rebuild", action="store_true", help="build the sites again (same entries)"
    )
    args = parser.parse_args(argv)
    work = args.work.resolve()  # mkdocs runs inside each archive's folder
    work.mkdir(parents=True, exist_ok=True)
    results = run(args.sizes, args.runs, work, args.pages, args.rebuild)
    print(table(results))
    for line in growing_requests(results):
        print("grows with the archive:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
