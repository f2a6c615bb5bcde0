"""Data others reuse, read from a real build: each entry's JSON beside its page, the
Frictionless data package beside the downloads (validated with `frictionless`), the
schema.org Dataset on the downloads page, an RSS feed per category and per outlet, and the
初评评语 as a quotation."""

from __future__ import annotations

import html
import json
import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from cli_helpers import awards

from award_archive.checking.archive import load_archive, newest_first
from award_archive.contract.model import FIELDS_BY_KEY
from award_archive.formats.export import COLUMNS
from conftest import REPO, BuildResult, make_archive, run_build

SITE_URL = "https://example.org/archive/"
# A site name and an entry whose text would break out of JSON, a <script> or a quotation.
HOSTILE_NAME = "档案</script><b>粗</b>"
HOSTILE = """---
title: 标题</script><script>alert(1)</script>
award: 四川宣传关心下一代新闻佳作
edition: 9
category: 通讯
authors: [张三]
outlet: 某报<b>社</b>
published: 2022-06-01
evaluation: "行一\\u2028行二 & <i>评介</i>{LONG}"
review: "第一段 <b>不加粗</b>\\n第二段 </blockquote>结束"
---
正文
""".replace("{LONG}", "评" * 120)


def _mkdocs_yml(directory_urls: bool = True) -> str:
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"^site_name:.*$", f"site_name: '{HOSTILE_NAME}'", text, flags=re.M)
    text = re.sub(r"^site_url:.*$", f"site_url: {SITE_URL}", text, flags=re.M)
    return text + ("" if directory_urls else "use_directory_urls: false\n")


def _build(tmp: Path, directory_urls: bool = True) -> BuildResult:
    root = make_archive(
        tmp,
        {"hostile.md": HOSTILE},
        mkdocs_yml=_mkdocs_yml(directory_urls),
        search=not directory_urls,  # the only build that indexes pages named x.html
    )
    result = run_build(root, expect_warnings=())
    assert result.returncode == 0, result.log
    return result


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return _build(tmp_path_factory.mktemp("reuse"))


@pytest.fixture(scope="module")
def flat_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return _build(tmp_path_factory.mktemp("reuse-flat"), directory_urls=False)


def _hrefs(page: str, css_class: str) -> list[str]:
    pattern = rf'<a class="{css_class}" href="([^"]+)"'
    return [html.unescape(h) for h in re.findall(pattern, page)]


def _resolve(site: Path, page_path: str, href: str) -> Path:
    """The file a relative link on the page at `page_path` (relative to site) points at."""
    return site / posixpath.normpath(posixpath.join(posixpath.dirname(page_path), href))


def _head(page: str) -> str:
    return page.split("</head>", 1)[0]


# -- entries/<id>.json ------------------------------------------------------------------
def test_each_entry_json_is_its_row_of_the_json_export(site: BuildResult):
    run = awards("export", "--format", "json", cwd=site.root)
    assert run.returncode == 0, run.stderr
    exported = {row["id"]: row for row in json.loads(run.stdout)}
    published = sorted(p.stem for p in (site.site / "entries").glob("*.json"))
    assert published == sorted(exported)
    for entry_id, row in exported.items():
        assert json.loads((site.site / "entries" / f"{entry_id}.json").read_text("utf-8")) == row


def test_entry_json_keeps_markup_and_line_separators_inert(site: BuildResult):
    raw = (site.site / "entries" / "hostile.json").read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw and "\u2028" not in raw
    assert "\\u003c/script\\u003e" in raw and "\\u2028" in raw
    assert json.loads(raw)["evaluation"].startswith("行一\u2028行二 & <i>评介</i>评")


@pytest.mark.parametrize("fixture", ["site", "flat_site"])
def test_entry_page_links_its_json_in_the_body_not_the_head(fixture: str, request):
    built: BuildResult = request.getfixturevalue(fixture)
    directory_urls = fixture == "site"
    for entry in load_archive(built.root).entries:
        page_path = (
            f"entries/{entry.id}/index.html" if directory_urls else f"entries/{entry.id}.html"
        )
        page = (built.site / page_path).read_text(encoding="utf-8")
        (href,) = _hrefs(page, "aa-entry-json")
        target = _resolve(built.site, page_path, href)
        assert target == built.site / "entries" / f"{entry.id}.json"  # same path either way
        assert json.loads(target.read_text(encoding="utf-8"))["id"] == entry.id
        # Material fetches sitemap.xml relative to every rel=alternate link in the head
        assert "application/json" not in _head(page)


# -- the data package and the Dataset -----------------------------------------------------
def test_datapackage_validates_with_frictionless(site: BuildResult):
    frictionless = pytest.importorskip("frictionless")
    descriptor = site.site / "downloads" / "datapackage.json"
    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    paths = sorted(r["path"] for r in package["resources"])
    assert paths == ["entries.csv", "entries.json"]
    assert all((descriptor.parent / p).is_file() for p in paths)
    rows = len(load_archive(site.root).entries)
    assert all(task.stats["rows"] == rows for task in report.tasks)


def test_datapackage_schema_is_the_model_field_table(site: BuildResult):
    package = json.loads((site.site / "downloads" / "datapackage.json").read_text("utf-8"))
    csv_header = (site.site / "downloads" / "entries.csv").read_text("utf-8-sig").splitlines()[0]
    for resource in package["resources"]:
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == list(COLUMNS) == csv_header.split(",")
        for f in fields:
            if f["name"] in FIELDS_BY_KEY:
                assert f["title"] == FIELDS_BY_KEY[f["name"]].label
        types = {f["name"]: f["type"] for f in fields}
        assert types["edition"] == "integer" and types["example"] == "boolean"
        assert types["authors"] == ("array" if resource["format"] == "json" else "string")


def test_downloads_page_describes_a_schema_org_dataset(site: BuildResult):
    page = site.page("table/")
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    (dataset,) = [json.loads(s) for s in scripts]
    assert "</script" not in scripts[0] and "<b>" not in scripts[0]
    assert dataset["@type"] == "Dataset"
    assert dataset["name"].startswith(HOSTILE_NAME)  # escaped in HTML, exact once parsed
    assert dataset["url"] == SITE_URL + "table/"
    urls = {d["contentUrl"] for d in dataset["distribution"]}
    assert urls == {SITE_URL + p for p in ("downloads/entries.csv", "downloads/entries.json")} | {
        SITE_URL + "downloads/datapackage.json"
    }
    assert f"{len(load_archive(site.root).entries)} 件" in dataset["description"]
    assert 'href="../downloads/datapackage.json"' in page  # and a visible link to it


# -- feeds per category and per outlet --------------------------------------------------
@pytest.mark.parametrize("kind,folder", [("category", "categories"), ("outlet", "outlets")])
def test_each_category_and_outlet_has_a_feed_linked_from_its_page(
    site: BuildResult, kind: str, folder: str
):
    groups = load_archive(site.root).groups(kind)
    assert groups
    for g in groups:
        page_path = f"{folder}/{g.slug}/index.html"
        page = (site.site / page_path).read_text(encoding="utf-8")
        (href,) = re.findall(r'<p class="aa-group-feed"><a href="([^"]+)"', page)
        feed = _resolve(site.site, page_path, html.unescape(href))
        assert feed == site.site / folder / f"{g.slug}.xml"
        channel = ET.fromstring(feed.read_bytes()).find("channel")
        assert channel is not None
        assert channel.findtext("link") == f"{SITE_URL}{folder}/{g.slug}/"
        assert g.name in (channel.findtext("title") or "")
        links = [item.findtext("link") for item in channel.iter("item")]
        expected = [f"{SITE_URL}entries/{e.id}/" for e in newest_first(g.entries)]
        assert links == expected
        assert f"{g.slug}.xml" not in _head(page)  # a visible link, not rel=alternate


def test_feeds_keep_their_path_without_directory_urls(flat_site: BuildResult):
    for g in load_archive(flat_site.root).groups("outlet"):
        page_path = f"outlets/{g.slug}.html"
        page = (flat_site.site / page_path).read_text(encoding="utf-8")
        (href,) = re.findall(r'<p class="aa-group-feed"><a href="([^"]+)"', page)
        feed = _resolve(flat_site.site, page_path, html.unescape(href))
        assert feed == flat_site.site / "outlets" / f"{g.slug}.xml"
        channel = ET.fromstring(feed.read_bytes()).find("channel")
        assert channel is not None and channel.findtext("link") == SITE_URL + page_path


def test_author_pages_have_no_feed(site: BuildResult):
    assert not list((site.site / "authors").glob("*.xml"))
    slug = load_archive(site.root).groups("author")[0].slug
    assert "aa-group-feed" not in site.page(f"authors/{slug}/")


def test_hostile_outlet_name_is_escaped_in_its_feed(site: BuildResult):
    (g,) = [g for g in load_archive(site.root).groups("outlet") if g.name == "某报<b>社</b>"]
    raw = (site.site / "outlets" / f"{g.slug}.xml").read_text(encoding="utf-8")
    assert "<b>" not in raw and "&lt;b&gt;" in raw


# -- 初评评语 --------------------------------------------------------------------------------
def test_review_is_a_quotation_with_its_text_escaped(site: BuildResult):
    page = site.page("entries/hostile/")
    (quote,) = re.findall(r'<figure class="aa-review">(.*?)</figure>', page, re.S)
    assert "<figcaption>初评评语</figcaption>" in quote
    paragraphs = re.findall(r"<p>(.*?)</p>", quote.split("<blockquote>", 1)[1])
    assert [html.unescape(p) for p in paragraphs] == [
        "第一段 <b>不加粗</b>",
        "第二段 </blockquote>结束",
    ]
    assert "aa-field-review" not in page  # not repeated as a row of the form


def test_entries_without_a_review_show_no_quotation(site: BuildResult):
    for e in load_archive(site.root).entries:
        if not e.review:
            assert "aa-review" not in site.page(f"entries/{e.id}/")


# -- deterministic ------------------------------------------------------------------------
def test_reuse_files_are_byte_identical_on_a_rebuild(site: BuildResult, tmp_path: Path):
    again = run_build(site.root, site=tmp_path / "again", expect_warnings=())
    assert again.returncode == 0, again.log
    patterns = ("entries/*.json", "categories/*.xml", "outlets/*.xml", "downloads/*")
    files = [p.relative_to(site.site) for pat in patterns for p in sorted(site.site.glob(pat))]
    assert len(files) > 10
    for rel in files:
        assert (again.site / rel).read_bytes() == (site.site / rel).read_bytes(), rel
