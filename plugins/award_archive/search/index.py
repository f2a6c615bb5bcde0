"""Build the search bundle for a built site: Pagefind's, plus the substring index.

Only entry pages are indexed, and only their `data-pagefind-body` article: each one is
written out as a small document of its own and indexed by Pagefind's CLI (no theme
chrome to parse: a nav listing many pages multiplies Pagefind's memory), which writes
each result's text and stored fields (its fragments). Matching and filtering are the
substring index's (search/substring.py), built from the same articles while Pagefind runs
on the other core; documents are numbered newest first, and the index says where each
one's fragment is. The search page loads no Pagefind script: Pagefind's own search of
all pages (a filter, or no term) fetches its whole index. The bundle is then normalised
(search/normalise.py) so the same entries give byte-identical files.

Knows nothing of MkDocs: give it a folder holding a built site.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

from award_archive.contract.i18n import _
from award_archive.search.grams import FIELD_ZONES, simplified_table_for, to_simplified
from award_archive.search.normalise import normalise_bundle
from award_archive.search.substring import SubstringIndex, ZonedText, write_index

BUNDLE_DIR = "pagefind"
# The folded-query table the search page loads (traditional → simplified).
FOLD_TABLE = "award-archive-fold.json"
# The bundles the search page merges into the first one, relative to it (JSON list).
PARTS_FILE = "award-archive-parts.json"
PART_SIZE = 2500  # entries per Pagefind run: bounds its memory (about 0.5 GB a part)
_ARTICLE = re.compile(r"(<article\b[^>]*\bdata-pagefind-body\b[^>]*>)(.*?)(</article>)", re.S)
_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_WORK = re.compile(r"<section\b[^>]*\bclass=\"aa-work\"[^>]*>.*?</section>", re.S)
_HIDDEN = re.compile(r"<span hidden data-pagefind-[^>]*></span>")
_FILTER = re.compile(r'data-pagefind-filter="([^"]*)\[data-value\]" data-value="([^"]*)"')
_FRAGMENT_URL = re.compile(rb'^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")')
_DATE = re.compile(r'data-pagefind-sort="date\[data-value\]" data-value="([^"]*)"')
_ROW = re.compile(
    r'<tr class="aa-field aa-field-([a-z_]+)"><th[^>]*>(.*?)</th><td>(.*?)</td></tr>', re.S
)
# Form fields each result shows under its title (Pagefind metadata: stored, not indexed).
RESULT_FIELDS = ("authors", "outlet", "published", "category", "edition", "prize")


class SearchIndexError(RuntimeError):
    pass


@dataclass(frozen=True)
class SearchDocument:
    url: str  # site-absolute path Pagefind reports, e.g. /entries/x/
    html: str  # what Pagefind indexes
    text: ZonedText  # what the substring index holds


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
    opening, inner, closing = m.groups()
    lang_match = _LANG.search(page_html)
    lang = lang_match.group(1) if lang_match else "zh"
    h1 = _H1.search(inner)
    title = text_of(h1.group(1)) if h1 else ""
    work = _WORK.search(inner)
    work_html = work.group(0) if work else ""
    fields_html = _WORK.sub(" ", _H1.sub(" ", inner, count=1), count=1)
    if seen_chars is not None:
        seen_chars.update(to_simplified(text_of(inner)))
    # Pagefind gets the title and the work's text as its own words (its result texts
    # come from the work), the form's fields as stored metadata, the filters and sorts.
    kept = "".join(_HIDDEN.findall(inner))
    info = [
        f"{text_of(label).strip()}：{' '.join(text_of(value).split())}"
        for key, label, value in _ROW.findall(inner)
        if key in RESULT_FIELDS
    ]
    if info:
        meta = html.escape("fields:" + " · ".join(info))
        kept += f'<span hidden data-pagefind-meta="{meta}"></span>'
    heading = h1.group(0) if h1 else ""
    doc = (
        f'<!DOCTYPE html><html lang="{html.escape(lang)}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body>{opening}{heading}{kept}{work_html}"
        f"{closing}</body></html>"
    )
    return SearchDocument(url, doc, zoned_text(title, fields_html, work_html, kept))


def html_pages(site: Path) -> list[Path]:
    """Every built HTML page, in a fixed order."""
    return sorted(
        p for p in site.rglob("*.html") if BUNDLE_DIR not in p.relative_to(site).parts[:1]
    )


def entry_pages(site: Path) -> list[Path]:
    """The pages holding an entry, newest first (by the date sort), then by path: the
    substring index's document order, so ties rank newest first with no date to fetch."""
    dated = []
    for path in html_pages(site):
        page = path.read_text(encoding="utf-8")
        if _ARTICLE.search(page) is None:
            continue
        date = _DATE.search(page)
        dated.append((date.group(1) if date else "", path))
    dated.sort(key=lambda d: d[1])
    dated.sort(key=lambda d: d[0], reverse=True)
    return [path for _, path in dated]


class PagefindRuns:
    """Pagefind runs over the parts one after the other, each started as soon as its
    documents are written, so it works on one core while Python goes on on the other."""

    def __init__(self, tmp: Path, out: Path) -> None:
        self.tmp, self.out = tmp, out
        self.running: tuple[subprocess.Popen[str], Path, Path, int] | None = None
        self.parts: list[str] = []
        self.fragments: dict[str, str] = {}  # document URL → its fragment, in the bundle

    def start(self, docs: Path) -> None:
        self.wait()
        i = len(self.parts) + 1
        built = self.tmp / f"bundle-{i}"
        self.running = (start_pagefind(docs, built), docs, built, i)
        self.parts.append("" if i == 1 else f"part-{i}/")

    def wait(self) -> None:
        if self.running is None:
            return
        proc, docs, built, i = self.running
        self.running = None
        finish_pagefind(proc, built)
        normalise_bundle(built)
        self.fragments.update(fragment_locations(built, "" if i == 1 else f"part-{i}/"))
        shutil.rmtree(docs)
        shutil.move(str(built), str(self.out if i == 1 else self.out / f"part-{i}"))


def fragment_locations(bundle: Path, prefix: str) -> dict[str, str]:
    """Document URL → where Pagefind wrote its result text (fragment), without suffix."""
    found = {}
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        head = zlib.decompressobj(wbits=31).decompress(path.read_bytes(), 4096)
        m = _FRAGMENT_URL.match(head)
        if m is None:
            raise SearchIndexError(_("{path}: not a Pagefind fragment").format(path=path))
        found[json.loads(m.group(1))] = f"{prefix}fragment/{path.stem}"
    return found


def build_search_index(
    site: Path, *, bundle_dir: str = BUNDLE_DIR, part_size: int = PART_SIZE
) -> IndexReport:
    """Index the entry pages of the built site in `site` into site/<bundle_dir>/.

    Pagefind holds a whole index in memory while it builds it, so a large archive is
    indexed in parts of `part_size` entries, one Pagefind run each: the first part is
    the bundle, the others sit in <bundle_dir>/part-N/, listed in PARTS_FILE, and the
    search page merges them (Pagefind's mergeIndex). The substring index is one.
    """
    start = time.perf_counter()
    site = site.resolve()
    out = site / bundle_dir
    if out.exists():
        shutil.rmtree(out)
    seen_chars: set[str] = set()
    index, urls = SubstringIndex(), []
    with tempfile.TemporaryDirectory(prefix="award-archive-search-") as tmp:
        runs = PagefindRuns(Path(tmp), out)
        folder = Path(tmp) / "docs-1"
        for n, path in enumerate(entry_pages(site)):
            if n and n % part_size == 0:
                runs.start(folder)
                folder = Path(tmp) / f"docs-{n // part_size + 1}"
            doc = search_document(
                path.read_text(encoding="utf-8"), page_url(site, path), seen_chars
            )
            assert doc is not None  # entry_pages keeps the pages with an article
            target = folder / path.relative_to(site)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(doc.html, encoding="utf-8")
            index.add(doc.text)
            urls.append(doc.url)
        if index.docs:
            runs.start(folder)
        runs.wait()
    if index.docs:
        index.add_locations([runs.fragments[url] for url in urls])
        write_index(index, out)
        table = simplified_table_for(seen_chars)
        (out / FOLD_TABLE).write_text(
            json.dumps(table, ensure_ascii=False, sort_keys=True), encoding="utf-8"
        )
        (out / PARTS_FILE).write_text(json.dumps(runs.parts[1:]), encoding="utf-8")
    files = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
    return IndexReport(
        index.docs, len(files), sum(p.stat().st_size for p in files), time.perf_counter() - start
    )


def pagefind_executable() -> str:
    """The extended Pagefind binary shipped in the `pagefind[extended]` wheel."""
    from pagefind.service import _must_get_executable

    return str(_must_get_executable())


def start_pagefind(docs: Path, out: Path) -> subprocess.Popen[str]:
    # The CLI, not the Python API: the API's service can be stopped before it has
    # finished writing files (an empty wasm file was seen), the CLI exits when done.
    return subprocess.Popen(
        [pagefind_executable(), "--site", str(docs), "--output-path", str(out), "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish_pagefind(proc: subprocess.Popen[str], out: Path) -> None:
    stdout, stderr = proc.communicate()
    if proc.returncode != 0 or not (out / "pagefind-entry.json").is_file():
        raise SearchIndexError(
            _("Pagefind failed (exit {code}): {output}").format(
                code=proc.returncode, output=(stderr or stdout).strip()[-2000:]
            )
        )


def run_pagefind(docs: Path, out: Path) -> None:
    finish_pagefind(start_pagefind(docs, out), out)
