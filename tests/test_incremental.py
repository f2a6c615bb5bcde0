"""Serve rebuilds reuse what did not change, and never show stale pages."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from test_corpus import corpus_module

from award_archive.checking.archive import load_archive
from award_archive.checking.validate import Rules
from award_archive.plugin.serve_cache import EntryCache, OutputCache, PageMemo
from award_archive.web.builder import GeneratedPage, build_pages
from award_archive.web.urls import dest_of
from conftest import make_archive, mkdocs_serve, run_build, wait_for_page


def corpus_archive(tmp_path: Path, n: int) -> Path:
    root = make_archive(tmp_path, copy_entries=False, search=False)
    corpus_module().generate_corpus(n, root, seed=5)
    return root


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    stat = path.stat()
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    # Same size edits within one clock tick must still count as changes.
    os.utime(path, ns=(stat.st_atime_ns, max(stat.st_mtime_ns + 1_000_000, time.time_ns())))


def pages_by_uri(pages: list[GeneratedPage]) -> dict[str, GeneratedPage]:
    return {p.src_uri: p for p in pages}


def test_entry_cache_rereads_only_changed_files(tmp_path: Path):
    root = corpus_archive(tmp_path, 30)
    cache = EntryCache()
    first = load_archive(root, Rules(), read=cache.reader(root, Rules()))
    assert (cache.hits, cache.misses) == (0, 30)
    second = load_archive(root, Rules(), read=cache.reader(root, Rules()))
    assert (cache.hits, cache.misses) == (30, 30)
    assert all(a is b for a, b in zip(first.entries, second.entries, strict=True))
    path = sorted((root / "entries").glob("*.md"))[3]
    rewrite(path, "\n---\n", "\n---\n\n新增的一段话。\n")
    third = load_archive(root, Rules(), read=cache.reader(root, Rules()))
    assert cache.misses == 31
    changed = [e for e in third.entries if e.source.endswith(path.name)][0]
    assert "新增的一段话" in changed.body
    assert (
        load_archive(root, Rules(), read=cache.reader(root, Rules())).by_id[changed.id].body
        == changed.body
    )


def test_cached_pages_equal_a_fresh_build_after_edits(tmp_path: Path):
    root = corpus_archive(tmp_path, 60)
    cache, memo = EntryCache(), PageMemo()

    def cached() -> dict[str, GeneratedPage]:
        archive = load_archive(root, Rules(), read=cache.reader(root, Rules()))
        return pages_by_uri(memo.pages_of(memo.builder(archive, Rules(), True)))

    def fresh() -> dict[str, GeneratedPage]:
        return pages_by_uri(build_pages(load_archive(root, Rules()), Rules()))

    assert cached() == fresh()
    paths = sorted((root / "entries").glob("*.md"))
    rewrite(paths[0], "\n---\n", "\n---\n\n正文里新加的句子。\n")  # the body
    text = paths[1].read_text(encoding="utf-8")
    title = text.split("title: ", 1)[1].split("\n", 1)[0]
    rewrite(paths[1], f"title: {title}", f"title: {title}（修订）")  # the title: lists change too
    author = text.split("authors: [", 1)[1].split("]", 1)[0].split(",")[0]
    rewrite(paths[1], f"authors: [{author}", "authors: [新来的作者")  # a new name: new slugs
    after, expected = cached(), fresh()
    assert after == expected
    entry_id = paths[0].stem
    assert "正文里新加的句子" in after[f"entries/{entry_id}.md"].html
    assert any("新来的作者" in p.html for uri, p in after.items() if uri.startswith("authors/"))


def test_output_cache_builds_only_changed_pages_and_keeps_the_rest(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    cache = OutputCache()
    pages = [
        GeneratedPage("entries/a.md", "A", "<p>a</p>"),
        GeneratedPage("entries/b.md", "B", "<p>b</p>"),
        GeneratedPage("entries/gone.md", "G", "<p>g</p>"),
        GeneratedPage("table.md", "表", "<table></table>", in_nav=True),
    ]

    def build(pages: list[GeneratedPage], fingerprint: str = "config-1") -> list[str]:
        cache.set_aside(site)
        for entry in site.iterdir():  # what MkDocs does: empty site_dir but hidden entries
            if not entry.name.startswith("."):
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        to_build = cache.plan(pages, fingerprint, True, site)
        for p in to_build:
            out = site / dest_of(p.src_uri, True)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(f"page {p.title} {p.html}", encoding="utf-8")
        cache.restore(site)
        return [p.src_uri for p in to_build]

    assert build(pages) == [p.src_uri for p in pages]
    pages[1] = GeneratedPage("entries/b.md", "B", "<p>b, edited</p>")
    del pages[2]
    assert build(pages) == ["entries/b.md", "table.md"]  # nav pages always
    assert (site / "entries/a/index.html").read_text(encoding="utf-8") == "page A <p>a</p>"
    assert (site / "entries/b/index.html").read_text(encoding="utf-8") == "page B <p>b, edited</p>"
    assert not (site / "entries/gone/index.html").exists()
    assert not (site / OutputCache.KEEP).exists()
    assert build(pages, "config-2") == [p.src_uri for p in pages]  # config or docs changed
    (site / "entries/a/index.html").unlink()  # a file gone missing is built again
    assert build(pages, "config-2") == ["entries/a.md", "table.md"]


# A generated corpus builds whole: 60 entries on every `make test`, 200 where CI=true
# (GitHub Actions sets it), as the property tests take more examples there.
CORPUS_SIZE = 200 if os.environ.get("CI") else 60


def test_a_generated_corpus_builds(tmp_path: Path):
    root = corpus_archive(tmp_path, CORPUS_SIZE)
    result = run_build(root)
    assert result.returncode == 0, result.log
    built = sorted(p.parent.name for p in (result.site / "entries").glob("*/index.html"))
    assert built == sorted(p.stem for p in (root / "entries").glob("*.md"))
    archive = load_archive(root)
    e = archive.entries[17]
    assert e.title.split("——")[0] in result.page(f"entries/{e.id}/")


def test_serve_shows_an_edit_and_keeps_unchanged_pages(tmp_path: Path):
    root = corpus_archive(tmp_path, 12)
    with mkdocs_serve(root, log=tmp_path / "serve.log") as base:
        paths = sorted((root / "entries").glob("*.md"))
        edited, other = paths[2], paths[5]
        other_title = other.read_text(encoding="utf-8").split("title: ", 1)[1].split("\n", 1)[0]
        wait_for_page(base + f"entries/{edited.stem}/", "aa-entry")
        rewrite(edited, "\n---\n", "\n---\n\n预览时新加的一句话。\n")
        wait_for_page(base + f"entries/{edited.stem}/", "预览时新加的一句话")
        rewrite(edited, "预览时新加的一句话", "又改了一次")
        page = wait_for_page(base + f"entries/{edited.stem}/", "又改了一次")
        assert "预览时新加的一句话" not in page
        # An untouched entry was not rebuilt, and is still served as it was.
        assert other_title.split("——")[0] in wait_for_page(
            base + f"entries/{other.stem}/", "aa-entry"
        )
