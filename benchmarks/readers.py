"""What a reader's phone downloads: Lighthouse 12.2.3 (mobile defaults: slow 4G, 4x CPU
slowdown) on generated archives, served with gzip for text types as static hosts serve them.

    .venv/bin/python benchmarks/readers.py [SIZES...] [--runs 2] [--work benchmarks/out/readers]

For each size (default 1000 5000 10000): a corpus (benchmarks/corpus.py), one `mkdocs
build`, then Lighthouse on home, table, an entry and search (`?q=留守`), best of --runs by
performance score. Prints per page: performance and accessibility scores, TBT, LCP, CLS,
bytes transferred, requests, and the largest request. Not a timed test: figures go into
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


def build_site(n: int, work: Path) -> Path:
    """A generated archive of n entries, built once (kept in `work` for later runs)."""
    root = work / f"archive-{n}"
    site = root / "site"
    if (root / ".built").is_file():
        return site
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


def pages_of(site: Path) -> dict[str, str]:
    entry = sorted(p.parent.name for p in (site / "entries").glob("*/index.html"))[0]
    return {
        "home": "",
        "table": "table/",
        "entry": f"entries/{entry}/",
        "search": f"search/?q={SEARCH_QUERY}",
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


def figures(report: dict) -> dict:
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    largest = max(requests, key=lambda r: r.get("transferSize", 0))
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
        "lcp_s": round(audits["largest-contentful-paint"]["numericValue"] / 1000, 2),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "kb": round(audits["total-byte-weight"]["numericValue"] / 1024),
        "requests": len(requests),
        "largest": f"{largest['url'].split('/', 3)[-1] or '/'} {round(largest.get('transferSize', 0) / 1024)} KB",
        "failed": [a for a, v in audits.items() if v.get("score") == 0 and a in FLAGGED],
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


def run(sizes: Sequence[int], runs: int, work: Path) -> list[tuple[int, str, dict]]:
    if not LIGHTHOUSE.is_file():
        sys.exit(f"{LIGHTHOUSE} is missing: cd benchmarks && npm ci (lighthouse 12.2.3)")
    results = []
    for n in sizes:
        site = build_site(n, work)
        with serve_gzip(site) as base:
            for name, path in pages_of(site).items():
                best = None
                for i in range(runs):
                    fig = figures(lighthouse(base + path, work / f"lh-{n}-{name}-{i}.json"))
                    if best is None or fig["performance"] > best["performance"]:
                        best = fig
                results.append((n, name, best))
                print(n, name, json.dumps(best, ensure_ascii=False), flush=True)
    return results


def table(results: list[tuple[int, str, dict]]) -> str:
    head = (
        "| entries | page | perf | a11y | TBT ms | LCP s | CLS | KB | requests | largest request |"
    )
    lines = [head, "|" + "---|" * 10]
    for n, name, f in results:
        lines.append(
            f"| {n:,} | {name} | {f['performance']} | {f['accessibility']} | {f['tbt_ms']} | {f['lcp_s']} | "
            f"{f['cls']} | {f['kb']} | {f['requests']} | {f['largest']} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 5000, 10000])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=HERE / "out" / "readers")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    print(table(run(args.sizes, args.runs, args.work)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
