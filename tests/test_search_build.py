"""The search bundle a real build writes: what is indexed, filters, determinism."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import cbor2
from search_corpus import entry_files, generate

from award_archive.search.index import FOLD_TABLE, search_document
from conftest import BuildResult, make_archive, run_build


def bundle_files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def filters_of(site: Path) -> dict[str, list[str]]:
    out = {}
    for path in (site / "pagefind" / "filter").glob("*.pf_filter"):
        name, values = cbor2.loads(gzip.decompress(path.read_bytes())[len(b"pagefind_dcd") :])
        out[name] = [v for v, _ in values]
    return out


def test_material_search_is_replaced_by_pagefind(built_repo_site: BuildResult):
    site = built_repo_site.site
    assert not (site / "search" / "search_index.json").exists()
    assert (site / "pagefind" / "pagefind-entry.json").is_file()
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert "- search\n" not in (built_repo_site.root / "mkdocs.yml").read_text(encoding="utf-8")
    search = built_repo_site.page("search/")
    assert 'id="aa-search"' in search and 'data-bundle="../pagefind/"' in search
    assert "pagefind-ui" not in search  # the page's own UI, on Pagefind's API
    # The search page is in the nav of every page, and every page names it for the header box.
    entry = built_repo_site.page("entries/chuanyu-guangongwei-zuotanhui/")
    assert re.search(r'href="[./]*search/"[^>]*>\s*搜索', entry)
    assert '<meta name="aa-search-page" content="../../search/">' in entry


def test_entry_pages_carry_filters_and_a_date_sort(built_repo_site: BuildResult):
    page = built_repo_site.page("entries/chuanyu-guangongwei-zuotanhui/")
    article = page.split("<article", 1)[1].split("</article>", 1)[0]
    for name, value in [
        ("参评项目", "消息"),
        ("刊播单位", "《关爱明天》杂志"),
        ("届次", "四川宣传关心下一代新闻佳作 第10届"),
        ("年度", "2024"),
    ]:
        assert f'data-pagefind-filter="{name}[data-value]" data-value="{value}"' in article, name
    assert 'data-pagefind-sort="date[data-value]" data-value="2023-07-00-07"' in article
    filters = filters_of(built_repo_site.site)
    assert "《关爱明天》杂志" in filters["刊播单位"] and "消息" in filters["参评项目"]


def test_only_entry_articles_are_indexed(built_repo_site: BuildResult):
    site = built_repo_site.site
    entry_count = len(list((site / "entries").glob("*/index.html")))
    entry_json = (site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    assert f'"page_count":{entry_count}' in entry_json
    # What Pagefind is given: the article and its substring words, no theme chrome.
    doc = search_document(
        built_repo_site.page("entries/chuanyu-guangongwei-zuotanhui/"), "/entries/x/"
    )
    assert doc is not None
    assert "md-header" not in doc.html and "md-nav" not in doc.html
    assert doc.html.count("data-pagefind-body") == 1 and '<html lang="zh"' in doc.html
    assert search_document(built_repo_site.page("table/"), "/table/") is None


def test_values_are_escaped_in_the_search_document():
    page = (
        '<html lang="zh"><body><article class="aa-entry" data-pagefind-body>'
        "<h1>A &lt;b&gt; 标题</h1></article></body></html>"
    )
    doc = search_document(page, "/e/")
    assert doc is not None and "<title>A &lt;b&gt; 标题</title>" in doc.html


def test_two_builds_of_the_same_entries_are_byte_identical(tmp_path: Path):
    root = make_archive(tmp_path, entry_files(generate(60)), copy_entries=False)
    first = run_build(root, site=tmp_path / "one")
    second = run_build(root, site=tmp_path / "two")
    assert first.returncode == 0 and second.returncode == 0, first.log + second.log
    a, b = bundle_files(first.site), bundle_files(second.site)
    assert sorted(a) == sorted(b)
    different = [name for name in a if a[name] != b[name]]
    assert not different
    # Filter values are in a fixed (sorted) order, whatever order Pagefind wrote.
    for values in filters_of(first.site).values():
        assert values == sorted(values)
    assert FOLD_TABLE in {Path(n).name for n in a}


def test_search_can_be_turned_off(tmp_path: Path):
    yml = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    yml = yml.replace("  - award-archive:\n", "  - award-archive:\n      search: false\n")
    root = make_archive(tmp_path, mkdocs_yml=yml)
    result = run_build(root, "--strict")
    assert result.returncode == 0, result.log
    assert not (result.site / "pagefind").exists()
    assert "search: false" in result.page("search/")
