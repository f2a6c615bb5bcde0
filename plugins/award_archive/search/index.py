"""Build the Pagefind search bundle for a built site.

Only entry pages are indexed, and only their `data-pagefind-body` article: each one is
written out as a small document of its own and indexed by Pagefind's CLI (no theme
chrome to parse: a nav listing many pages multiplies Pagefind's memory), with the
article's character bigrams (search_grams) appended as words for substring search. The bundle is then
normalised (search_normalise) so the same entries give byte-identical files.

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
from dataclasses import dataclass
from pathlib import Path

from award_archive.search.grams import (
    FIELD_ZONES,
    gram_sequence,
    simplified_table_for,
    title_word,
    to_simplified,
)
from award_archive.search.normalise import normalise_bundle

BUNDLE_DIR = "pagefind"
# The folded-query table the search page loads (traditional → simplified).
FOLD_TABLE = "award-archive-fold.json"
# The bundles the search page merges into the first one, relative to it (JSON list).
PARTS_FILE = "award-archive-parts.json"
PART_SIZE = 1000  # entries per Pagefind run: bounds its memory (about 0.6 GB a part)
_ARTICLE = re.compile(r"(<article\b[^>]*\bdata-pagefind-body\b[^>]*>)(.*?)(</article>)", re.S)
_LANG = re.compile(r"<html\b[^>]*\blang=\"([^\"]+)\"")
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_WORK = re.compile(r"<section\b[^>]*\bclass=\"aa-work\"[^>]*>.*?</section>", re.S)
_HIDDEN = re.compile(r"<span hidden data-pagefind-[^>]*></span>")
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
    # Zones (grams.ZONES): title, form fields, the work's text, each pair tagged with
    # its zone so the page can rank; each cell and paragraph is its own text unit (tags
    # become spaces, which end a run). Only the title and the work's text go in as
    # Pagefind's own words: its excerpts come from the work, and matching is all done
    # by the gram words (the fields' values are in them).
    grams = [title_word(title), *gram_sequence(title, "t")]
    for key, label, value in _ROW.findall(fields_html):
        grams += gram_sequence(text_of(label), "f") + gram_sequence(
            text_of(value), FIELD_ZONES.get(key, "f")
        )
    grams += gram_sequence(text_of(_ROW.sub(" ", fields_html)), "f")
    grams += gram_sequence(text_of(work_html), "w")
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
        f"<p>{' '.join(grams)}</p>{closing}</body></html>"
    )
    return SearchDocument(url, doc)


def html_pages(site: Path) -> list[Path]:
    """Every built HTML page, in a fixed order (Pagefind numbers pages as they come)."""
    return sorted(
        p for p in site.rglob("*.html") if BUNDLE_DIR not in p.relative_to(site).parts[:1]
    )


def build_search_index(
    site: Path, *, bundle_dir: str = BUNDLE_DIR, part_size: int = PART_SIZE
) -> IndexReport:
    """Index the entry pages of the built site in `site` into site/<bundle_dir>/.

    Pagefind holds a whole index in memory while it builds it (about 0.5 MB per entry
    here), so a large archive is indexed in parts of `part_size` entries, one Pagefind
    run each: the first part is the bundle, the others sit in <bundle_dir>/part-N/,
    listed in PARTS_FILE, and the search page merges them (Pagefind's mergeIndex).
    """
    start = time.perf_counter()
    site = site.resolve()
    out = site / bundle_dir
    if out.exists():
        shutil.rmtree(out)
    seen_chars: set[str] = set()
    names: list[str] = []
    with tempfile.TemporaryDirectory(prefix="award-archive-search-") as tmp:
        # Pagefind reads small documents (the articles) instead of whole themed pages.
        parts = write_documents(site, Path(tmp), seen_chars, part_size)
        for i, (docs, _) in enumerate(parts):
            built = Path(tmp) / f"bundle-{i + 1}"
            run_pagefind(docs, built)
            normalise_bundle(built)
            shutil.rmtree(docs)
            target = out if i == 0 else out / f"part-{i + 1}"
            shutil.move(str(built), str(target))
            if i:
                names.append(f"part-{i + 1}/")
    count = sum(n for _, n in parts)
    if count:
        table = simplified_table_for(seen_chars)
        (out / FOLD_TABLE).write_text(
            json.dumps(table, ensure_ascii=False, sort_keys=True), encoding="utf-8"
        )
        (out / PARTS_FILE).write_text(json.dumps(names), encoding="utf-8")
    files = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
    return IndexReport(
        count, len(files), sum(p.stat().st_size for p in files), time.perf_counter() - start
    )


def write_documents(
    site: Path, into: Path, seen_chars: set[str], part_size: int = 0
) -> list[tuple[Path, int]]:
    """Write the search documents, `part_size` to a folder (0: all in one folder);
    return (folder, number of documents) for each folder."""
    parts: list[tuple[Path, int]] = []
    folder, in_folder = into, 0
    for path in html_pages(site):
        doc = search_document(path.read_text(encoding="utf-8"), page_url(site, path), seen_chars)
        if doc is None:
            continue
        if not parts or (part_size and in_folder == part_size):
            folder, in_folder = into / f"docs-{len(parts) + 1}", 0
            parts.append((folder, 0))
        target = folder / path.relative_to(site)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(doc.html, encoding="utf-8")
        in_folder += 1
        parts[-1] = (folder, in_folder)
    return parts


def pagefind_executable() -> str:
    """The extended Pagefind binary shipped in the `pagefind[extended]` wheel."""
    from pagefind.service import _must_get_executable

    return str(_must_get_executable())


def run_pagefind(docs: Path, out: Path) -> None:
    # The CLI, not the Python API: the API's service can be stopped before it has
    # finished writing files (an empty wasm file was seen), the CLI exits when done.
    proc = subprocess.run(
        [pagefind_executable(), "--site", str(docs), "--output-path", str(out), "--quiet"],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0 or not (out / "pagefind-entry.json").is_file():
        raise SearchIndexError(
            f"Pagefind failed (exit {proc.returncode}): {(proc.stderr or proc.stdout).strip()[-2000:]}"
        )
