"""The site layer's single rooms: the table of group kinds, the URL scheme, labels from
model.FIELDS, what the site holds (web/site.py), the plugin's support functions, and
redirects for renamed names (`moved:` in the slug registry), read from real builds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from award_archive.checking.archive import load_archive
from award_archive.checking.validate import Rules
from award_archive.contract.groups import GROUP_KINDS, KIND
from award_archive.contract.model import FIELDS_BY_KEY, edition_name
from award_archive.contract.slugs import REGISTRY_FILE, RegistryProblem, SlugRegistry
from award_archive.plugin import serve_support
from award_archive.plugin.config import AwardArchiveConfig
from award_archive.web.builder import SiteBuilder, form_rows
from award_archive.web.site import SiteSettings, site_contents
from award_archive.web.table_data import table_data
from award_archive.web.urls import absolute_url, dest_of, overview_uri, src_uri_of
from conftest import REPO, BuildResult, run_build


def test_every_group_kind_has_an_overview_and_a_page_per_name(built_repo_site: BuildResult):
    archive = load_archive(built_repo_site.root)
    for kind in GROUP_KINDS:
        groups = archive.groups(kind.key)
        assert groups, kind.key
        assert (built_repo_site.site / dest_of(overview_uri(kind.key), True)).is_file()
        for g in groups:
            assert (built_repo_site.site / dest_of(src_uri_of(kind.key, g.slug), True)).is_file()
            assert all(g.name in kind.values(e) for e in g.entries)


def test_entry_rows_link_every_group_field_by_the_table():
    archive = load_archive(REPO)
    entry = archive.by_id["chuanyu-guangongwei-zuotanhui"]
    linked = {row.key: row for row in form_rows(entry) if row.kind}
    assert linked["authors"].kind == "author"
    assert {KIND[row.kind].field for row in linked.values()} <= {k.field for k in GROUP_KINDS}
    ctx = SiteBuilder(archive, Rules()).ctx("entries/chuanyu-guangongwei-zuotanhui.md")
    authors = ctx.named("author", entry)
    assert [name for name, _ in authors] == entry.authors
    slug = archive.slugs("author")[entry.authors[0]]
    assert authors[0][1] == f"../../authors/{slug}/"
    assert [name for name, _ in ctx.named("category", entry)] == [entry.category]


def test_urls_of_the_scheme():
    assert src_uri_of("category", "xiao-xi") == "categories/xiao-xi.md"
    assert overview_uri("edition") == "editions/index.md"
    assert overview_uri("author") == "authors/index.md"
    assert dest_of("entries/x.md", True) == "entries/x/index.html"
    assert dest_of("entries/x.md", False) == "entries/x.html"
    assert absolute_url("https://x.org/a", "entries/x.md") == "https://x.org/a/entries/x/"
    assert absolute_url("", "entries/x.md", False) == "entries/x.html"
    with pytest.raises(KeyError):
        src_uri_of("categorys", "")  # no plurals made by adding "s"


def test_table_data_carries_the_models_labels():
    data = table_data(load_archive(REPO).entries)
    assert data["labels"]["length"] == FIELDS_BY_KEY["length"].label == "作品字数（时长）"
    assert data["labels"]["authors"] == FIELDS_BY_KEY["authors"].label
    assert data["edition_name"].format(number=10) in edition_name("奖", 10)
    script = (REPO / "plugins/award_archive/web/assets/table.js").read_text(encoding="utf-8")
    assert "字数（时长）" not in script and '届"' not in script  # no label list of its own


def test_search_filters_are_named_by_the_fields(built_repo_site: BuildResult):
    page = built_repo_site.page("entries/chuanyu-guangongwei-zuotanhui/")
    for key in ("category", "outlet", "edition", "year"):
        assert f'data-pagefind-filter="{FIELDS_BY_KEY[key].label}[data-value]"' in page


def test_site_contents_lists_pages_files_and_copies():
    archive = load_archive(REPO)
    contents = site_contents(archive, Rules(), SiteSettings("档案", "https://x.org/", root=REPO))
    uris = {p.src_uri for p in contents.pages}
    assert {"table.md", "stats.md", "search.md", "editions/index.md", "authors/index.md"} <= uris
    assert {"table/entries.json", "feed.xml"} <= set(contents.files)
    assert "assets/award-archive/table.js" in contents.copies
    assert all(src.is_file() for src in contents.copies.values())
    attached = {p for e in archive.entries for p in e.attachments}
    assert attached <= set(contents.copies)  # test_attachments_build builds some


def test_search_index_is_kept_aside_and_restored(tmp_path: Path):
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "pagefind" / "x.pf").write_text("index")
    serve_support.keep_search_index(tmp_path)
    assert not (tmp_path / "pagefind").exists()
    assert serve_support.restore_search_index(tmp_path)
    assert (tmp_path / "pagefind" / "x.pf").read_text() == "index"
    assert not serve_support.restore_search_index(tmp_path)  # nothing kept twice


def test_sitemap_epoch_comes_from_the_entries(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    serve_support.set_sitemap_epoch(load_archive(REPO))
    first = os.environ["SOURCE_DATE_EPOCH"]
    serve_support.set_sitemap_epoch(load_archive(REPO))
    assert os.environ["SOURCE_DATE_EPOCH"] == first and int(first) > 0


def test_every_plugin_option_is_documented():
    source = (REPO / "plugins/award_archive/plugin/config.py").read_text(encoding="utf-8")
    names = [name for name, _ in AwardArchiveConfig._schema]
    assert names == [
        "entries_dir",
        "categories",
        "prizes",
        "archive_file",
        "include_examples",
        "search",
    ]
    for name in names:
        after = source.split(f"    {name} = ", 1)[1].split("\n", 2)
        assert after[1].strip().startswith('"""'), f"{name} has no docstring"


def _rename_author(root: Path, old: str, new: str) -> None:
    for path in (root / "entries").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_moved_name_redirects_from_its_old_url(archive_factory):
    root = archive_factory(search=False)
    (root / "schema").mkdir()
    (root / REGISTRY_FILE).write_text(
        (REPO / REGISTRY_FILE).read_text(encoding="utf-8"), encoding="utf-8"
    )
    _rename_author(root, "李怡霏", "李怡菲")
    with (root / REGISTRY_FILE).open("a", encoding="utf-8") as f:
        f.write("moved:\n  authors:\n    李怡霏: 李怡菲\n")
    result = run_build(root, "--strict")
    assert result.returncode == 0, result.log
    redirect = result.page("authors/li-yi-fei/")
    new_slug = SlugRegistry.load(root / REGISTRY_FILE).sections["authors"]["李怡菲"]
    assert new_slug != "li-yi-fei"  # the old name keeps its slug reserved
    assert f'<meta http-equiv="refresh" content="0; url=../{new_slug}/">' in redirect
    assert f'<link rel="canonical" href="https://example.org/authors/{new_slug}/">' in redirect
    assert '<meta name="robots" content="noindex">' in redirect
    assert f'<a href="../{new_slug}/">李怡菲</a>' in redirect
    assert "李怡菲" in result.page(f"authors/{new_slug}/")
    # the maintainer's section survives the build's rewrite of the file
    assert "moved:\n  authors:\n    李怡霏: 李怡菲\n" in (root / REGISTRY_FILE).read_text(
        encoding="utf-8"
    )


def test_a_moved_name_must_be_a_recorded_one(tmp_path: Path):
    path = tmp_path / "slugs.yml"
    path.write_text("authors:\n  甲: jia\nmoved:\n  authors:\n    乙: 甲\n", encoding="utf-8")
    with pytest.raises(RegistryProblem) as e:
        SlugRegistry.load(path)
    assert e.value.line == 5 and "已记录的 authors 名称" in str(e.value)


def test_redirects_keep_their_urls_in_flat_sites():
    archive = load_archive(REPO)
    archive.registry.sections.setdefault("authors", {})["甲"] = "jia"
    archive.registry.moved = {"authors": {"甲": "李怡霏"}}
    files = site_contents(archive, Rules(), SiteSettings(directory_urls=False, root=REPO)).files
    assert 'url=li-yi-fei.html"' in files["authors/jia.html"]
