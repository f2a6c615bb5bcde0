"""The search bundle a real build writes: what is indexed, filters, determinism."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from search_corpus import entry_files, generate

from award_archive.search.index import FOLD_TABLE, build_search_index, search_document
from award_archive.search.substring import TABLE_FILE
from conftest import BuildResult, make_archive, run_build


def bundle_files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def table_of(site: Path) -> dict:
    return json.loads((site / "pagefind" / TABLE_FILE).read_text(encoding="utf-8"))


def filters_of(site: Path) -> dict[str, list[str]]:
    return {name: [v for v, _, _ in values] for name, values in table_of(site)["filters"].items()}


def fragments_of(site: Path) -> list[dict]:
    folder = site / "pagefind" / "fragment"
    return [json.loads(gzip.decompress(p.read_bytes())) for p in sorted(folder.glob("*.bin"))]


def test_material_search_is_replaced_by_the_archives_own(built_repo_site: BuildResult):
    site = built_repo_site.site
    assert not (site / "search" / "search_index.json").exists()
    assert (site / "pagefind" / TABLE_FILE).is_file()
    # The build runs no Pagefind: no script, wasm or index of its own in the bundle.
    assert not [p for p in (site / "pagefind").rglob("*") if p.suffix in (".js", ".pagefind")]
    assert "- search\n" not in (built_repo_site.root / "mkdocs.yml").read_text(encoding="utf-8")
    search = built_repo_site.page("search/")
    assert 'id="aa-search"' in search and 'data-bundle="../pagefind/"' in search
    assert "pagefind.js" not in search and "pagefind-ui" not in search
    # What every query needs is fetched from the HTML's start, not once the script runs.
    assert f'<link rel="preload" href="../pagefind/{TABLE_FILE}" as="fetch" crossorigin>' in search
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
    assert table_of(site)["docs"] == entry_count
    fragments = fragments_of(site)
    assert len(fragments) == entry_count
    assert all(f["url"].startswith("/entries/") for f in fragments)
    # A result's text: the title, the form's fields shown under it, the work's text; no
    # theme chrome, no form labels in the text.
    seed = next(f for f in fragments if f["url"] == "/entries/chuanyu-guangongwei-zuotanhui/")
    assert seed["title"] and seed["title"] in built_repo_site.page(seed["url"].lstrip("/"))
    assert "刊播单位：《关爱明天》杂志" in seed["fields"] and "作者" in seed["fields"]
    assert "双城经济圈" in seed["text"] and "首发日期" not in seed["text"]
    assert not [f for f in fragments if "md-nav" in json.dumps(f) or "<" in f["text"]]
    assert search_document(built_repo_site.page("table/"), "/table/") is None


def test_values_are_text_in_the_search_document():
    page = (
        '<html lang="zh"><body><article class="aa-entry" data-pagefind-body>'
        '<h1>A &lt;b&gt; 标题</h1><section class="aa-work" aria-label="作品正文">'
        "<p>x &amp; y</p><p>第二段</p></section></article></body></html>"
    )
    doc = search_document(page, "/e/")
    assert doc is not None
    assert doc.fragment == {
        "url": "/e/",
        "title": "A <b> 标题",
        "fields": "",
        "text": "x & y 第二段",
    }


def test_two_search_steps_over_the_same_pages_are_byte_identical(tmp_path: Path):
    # Two whole builds being byte-identical, search bundle included, is
    # test_build_guarantees.test_two_builds_are_byte_identical; here the search step alone,
    # run again over the same 60 pages, in processes this time (the build ran it serially).
    root = make_archive(tmp_path, entry_files(generate(60)), copy_entries=False)
    first = run_build(root, site=tmp_path / "one")
    assert first.returncode == 0, first.log
    a = bundle_files(first.site)
    # Filter values are in a fixed (sorted) order.
    for values in filters_of(first.site).values():
        assert values == sorted(values)
    assert FOLD_TABLE in {Path(n).name for n in a}
    # A large archive is read and encoded in several processes: the same files.
    report = build_search_index(first.site, workers=2)
    b = bundle_files(first.site)
    assert sorted(a) == sorted(b)
    different = [name for name in a if a[name] != b[name]]
    assert not different
    assert report.pages == 60


def test_search_can_be_turned_off(tmp_path: Path):
    yml = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text(encoding="utf-8")
    yml = yml.replace("  - award-archive:\n", "  - award-archive:\n      search: false\n")
    root = make_archive(tmp_path, mkdocs_yml=yml)
    result = run_build(root, "--strict")
    assert result.returncode == 0, result.log
    assert not (result.site / "pagefind").exists()
    assert "search: false" in result.page("search/")
