"""Build the search bundle for a built site: the substring index and the results' texts.

Only entry pages are indexed, and only their `data-pagefind-body` article (the attribute
names are Pagefind's: the benchmark still runs Pagefind over the same articles as its
baseline). Each article gives the substring index (search/substring.py) its text units
by zone, and the page a result text of its own (a *fragment*: URL, title, the form's
fields shown under the title, the work's text for the snippet), one small gzipped JSON
file per entry named by a hash of its contents. Documents are numbered newest first, and
the index says which fragment is each one's. The build needs nothing but Python: the
search page loads the archive's own files only, so Pagefind is not run (it cost twice
the CPU of the rest of the search step, and its own search of all pages, which filters
need, fetches its whole index). Same entries, byte-identical files.

Knows nothing of MkDocs: give it a folder holding a built site.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
import shutil
import time
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from award_archive.search.grams import FIELD_ZONES, simplified_table_for, to_simplified
from award_archive.search.substring import (
    EncodedDocument,
    SubstringIndex,
    SubstringIndexError,
    ZonedText,
    encode_document,
    write_index,
)

BUNDLE_DIR = "pagefind"  # the name kept from when Pagefind wrote the bundle: links stay
# The folded-query table the search page loads (traditional → simplified).
FOLD_TABLE = "award-archive-fold.json"
FRAGMENT_DIR = "fragment"  # <hash>.bin: gzipped JSON, one a document
# Pages (about 2.5 an entry) from which the step runs on every core: a worker costs about
# half a second of CPU to start (imports), and its documents' pickling about 10%.
PARALLEL_FROM = 5000
MAX_WORKERS = 4
BATCH = 64  # pages a worker reads at a time
WINDOW = 512  # documents encoded ahead of the appending
_ARTICLE = re.compile(r"(<article\b[^>]*\bdata-pagefind-body\b[^>]*>)(.*?)(</article>)", re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_WORK = re.compile(r"<section\b[^>]*\bclass=\"aa-work\"[^>]*>.*?</section>", re.S)
_HIDDEN = re.compile(r"<span hidden data-pagefind-[^>]*></span>")
_FILTER = re.compile(r'data-pagefind-filter="([^"]*)\[data-value\]" data-value="([^"]*)"')
_DATE = re.compile(r'data-pagefind-sort="date\[data-value\]" data-value="([^"]*)"')
_ROW = re.compile(
    r'<tr class="aa-field aa-field-([a-z_]+)"><th[^>]*>(.*?)</th><td>(.*?)</td></tr>', re.S
)
# Form fields each result shows under its title.
RESULT_FIELDS = ("authors", "outlet", "published", "category", "edition", "prize")


class SearchIndexError(RuntimeError):
    pass


@dataclass(frozen=True)
class SearchDocument:
    url: str  # site-absolute path of the entry page, e.g. /entries/x/
    text: ZonedText  # what the substring index holds
    fragment: dict[str, str]  # what a result shows: url, title, fields, text


@dataclass(frozen=True)
class IndexReport:
    pages: int
    files: int
    bytes: int
    seconds: float


def text_of(fragment: str) -> str:
    return html.unescape(_TAG.sub(" ", fragment))


def page_url(site: Path, path: Path) -> str:
    rel = path.relative_to(site).as_posix()
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def zoned_text(title: str, fields_html: str, work_html: str, kept: str = "") -> ZonedText:
    """The text units of an entry's article by zone (grams.ZONES): each cell and paragraph
    is a unit of its own (tags become spaces, which end a run); the form's labels are not
    searched (every entry has them)."""
    units = [
        (FIELD_ZONES.get(key, "f"), text_of(value)) for key, _, value in _ROW.findall(fields_html)
    ]
    units.append(("f", text_of(_ROW.sub(" ", fields_html))))
    units.append(("w", text_of(work_html)))
    filters = tuple((html.unescape(n), html.unescape(v)) for n, v in _FILTER.findall(kept))
    return ZonedText(title, units, filters)


def search_document(
    page_html: str, url: str, seen_chars: set[str] | None = None
) -> SearchDocument | None:
    """The part of a built page that search indexes, or None for a page without an entry."""
    m = _ARTICLE.search(page_html)
    if m is None:
        return None
    inner = m.group(2)
    h1 = _H1.search(inner)
    title = " ".join(text_of(h1.group(1)).split()) if h1 else ""
    work = _WORK.search(inner)
    work_html = work.group(0) if work else ""
    fields_html = _WORK.sub(" ", _H1.sub(" ", inner, count=1), count=1)
    if seen_chars is not None:
        seen_chars.update(to_simplified(text_of(inner)))
    fields = " · ".join(
        f"{text_of(label).strip()}：{' '.join(text_of(value).split())}"
        for key, label, value in _ROW.findall(inner)
        if key in RESULT_FIELDS
    )
    fragment = {
        "url": url,
        "title": title,
        "fields": fields,
        "text": " ".join(text_of(work_html).split()),
    }
    kept = "".join(_HIDDEN.findall(inner))
    return SearchDocument(url, zoned_text(title, fields_html, work_html, kept), fragment)


def write_fragment(folder: Path, fragment: dict[str, str]) -> str:
    """Write one result text; return its name (a hash of its contents, without suffix).
    `<` is written as \\u003c: the page shows these texts as HTML, after escaping them."""
    data = json.dumps(fragment, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    raw = data.replace("<", "\\u003c").encode("utf-8")
    name = hashlib.sha256(raw).hexdigest()[:16]
    (folder / f"{name}.bin").write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return name


def html_pages(site: Path) -> list[Path]:
    """Every built HTML page, in a fixed order."""
    return sorted(
        p for p in site.rglob("*.html") if BUNDLE_DIR not in p.relative_to(site).parts[:1]
    )


def entry_pages(site: Path) -> list[Path]:
    """The pages holding an entry, in the substring index's document order."""
    return [page.path for page in documents(site, None)]


@dataclass(frozen=True)
class EntryPage:
    path: Path
    date: str  # the date sort's value
    url: str
    text: ZonedText
    fragment: str  # its result text's name ("" when not written)


def read_page(site: Path, path: Path, fragments: Path | None, chars: set[str]) -> EntryPage | None:
    """One built page, read and its result text written (named by its contents, so in
    any order, by any process); None for a page without an entry. Adds the characters
    it holds, folded, to `chars` (the fold table needs them)."""
    page = path.read_text(encoding="utf-8")
    doc = search_document(page, page_url(site, path), chars)
    if doc is None:
        return None
    name = write_fragment(fragments, doc.fragment) if fragments else ""
    date = _DATE.search(page)
    return EntryPage(path, date.group(1) if date else "", doc.url, doc.text, name)


def _read_pages(job: tuple[Path, list[Path], Path | None]) -> tuple[list[EntryPage], set[str]]:
    site, paths, fragments = job
    chars: set[str] = set()
    return [page for path in paths if (page := read_page(site, path, fragments, chars))], chars


def documents(
    site: Path, fragments: Path | None, pool: Executor | None = None, chars: set[str] | None = None
) -> list[EntryPage]:
    """Every entry page, newest first (by the date sort), then by path: the index's
    document order, so ties rank newest first with no date to fetch. The characters
    they hold go into `chars`."""
    paths = html_pages(site)
    jobs = [(site, paths[i : i + BATCH], fragments) for i in range(0, len(paths), BATCH)]
    pages = []
    for batch, seen in (pool.map if pool else map)(_read_pages, jobs):
        pages += batch
        if chars is not None:
            chars |= seen
    pages.sort(key=lambda p: p.path)
    pages.sort(key=lambda p: p.date, reverse=True)
    return pages


def _encoded(job: tuple[str, ZonedText]) -> EncodedDocument:
    url, text = job
    try:
        return encode_document(text)
    except SubstringIndexError as exc:
        raise SearchIndexError(f"{url}: {exc}") from None  # a worker's: sent as text


def workers_for(pages: int) -> int:
    """Processes the search step runs in: every core, for an archive worth starting them."""
    return min(os.cpu_count() or 1, MAX_WORKERS) if pages >= PARALLEL_FROM else 1


def build_search_index(
    site: Path, *, bundle_dir: str = BUNDLE_DIR, workers: int | None = None
) -> IndexReport:
    """Index the entry pages of the built site in `site` into site/<bundle_dir>/: pages
    read and their texts encoded in `workers` processes (default: workers_for), the
    postings appended in document order here."""
    start = time.perf_counter()
    site = site.resolve()
    out = site / bundle_dir
    if out.exists():
        shutil.rmtree(out)
    (out / FRAGMENT_DIR).mkdir(parents=True)
    n = workers or workers_for(len(html_pages(site)))
    # spawn, not fork: `mkdocs serve` runs threads, which a forked child may find locked.
    with (
        ProcessPoolExecutor(n, mp_context=get_context("spawn")) if n > 1 else nullcontext()
    ) as pool:
        chars: set[str] = set()
        pages = documents(site, out / FRAGMENT_DIR, pool, chars)
        index = SubstringIndex()
        jobs = [(p.url, p.text) for p in pages]
        # A window at a time: encoded documents waiting to be appended stay few.
        for i in range(0, len(jobs), WINDOW):
            window = jobs[i : i + WINDOW]
            for enc in pool.map(_encoded, window, chunksize=32) if pool else map(_encoded, window):
                index.append(enc)
    index.add_locations([p.fragment for p in pages])
    write_index(index, out)
    table = simplified_table_for(chars)
    (out / FOLD_TABLE).write_text(
        json.dumps(table, ensure_ascii=False, sort_keys=True), encoding="utf-8"
    )
    files = [p for p in out.rglob("*") if p.is_file()]
    return IndexReport(
        index.docs, len(files), sum(p.stat().st_size for p in files), time.perf_counter() - start
    )
