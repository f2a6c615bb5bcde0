"""Injected markup in every field and in the body reaches the built site as text: in entry
pages, the table, index pages and every data file (HTML, JSON, XML, CSV) the build writes.

One real build of a small archive whose valid entries carry the payloads.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from search_support import needs_chromium, serve

from conftest import REFUSED_LINK, BuildResult, make_archive, run_build


def payload(where: str) -> str:
    return (
        f'<script>alert("xss-{where}")</script>"><img src=x onerror=alert(\'xss-{where}\')>'
        "{{ 7*7 }}{% if true %}jinja{% endif %}"
        f"| a | b |[点我](javascript:alert('xss-{where}'))"
    )


TEXT_FIELDS = (
    "genre",
    "language",
    "platform",
    "section",
    "evaluation",
    "process",
    "effect",
    "review",
)
BODY = """# <script>alert("xss-heading")</script>

<script>alert("xss-body")</script>

"><img src=x onerror=alert('xss-body')>

{{ 7*7 }} {% for x in range(3) %}loop{% endfor %}

| 列 | 列 |
|---|---|
| <b onmouseover=alert('xss-cell')>粗</b> | [点](javascript:alert('xss-cell')) |

[直接](javascript:alert('xss-link')) [大写](JaVaScRiPt:alert('xss-link'))
[空格]( javascript:alert('xss-link')) [数据](data:text/html;base64,PHNjcmlwdD4=)
![图](javascript:alert('xss-image')) <javascript:alert('xss-autolink')>
[引用][evil]

<a href="javascript:alert('xss-raw')">原始链接</a>

[evil]: javascript:alert('xss-ref')
"""


def hostile_entries() -> dict[str, str]:
    fields = {
        "title": '=HYPERLINK("http://evil.example","x") ' + payload("title"),
        "award": "四川宣传关心下一代新闻佳作",
        "edition": 9,
        "category": "消息",
        "authors": [
            "<script>alert('xss-author')</script>",
            '"><img src=x onerror=alert(1)>',
            "+张伟",
        ],
        "editors": ["@李娜", "-王五"],
        "outlet": "《自贡日报》",
        "published": "2022.6.2",
        "url": "https://example.org/?a=1&b=2",
        "recommender": "=1+2 " + payload("recommender"),
        "prize": "三等奖",
        **{key: payload(key) for key in TEXT_FIELDS},
    }
    twin = {
        "title": "同音的刊播单位",
        "award": "四川宣传关心下一代新闻佳作",
        "edition": 9,
        "category": "通讯",
        "authors": ["赵六"],
        "outlet": "自贡日报",  # slugifies like 《自贡日报》
        "published": "2022-06-03",
    }

    def text(values: dict, body: str) -> str:
        return (
            "---\n" + yaml.safe_dump(values, allow_unicode=True, sort_keys=False) + "---\n\n" + body
        )

    return {"hostile-fields.md": text(fields, BODY), "slug-twin.md": text(twin, "正文。\n")}


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


URL_ATTRS = {"href", "src", "action", "formaction", "srcset", "data", "poster", "xlink:href"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    root = make_archive(
        tmp_path_factory.mktemp("hostile-site"), hostile_entries(), copy_entries=False
    )
    result = run_build(root, expect_warnings=[REFUSED_LINK])
    assert result.returncode == 0, result.log
    return result


def site_files(site: BuildResult, *suffixes: str) -> list[Path]:
    return sorted(p for p in site.site.rglob("*") if p.is_file() and p.suffix in suffixes)


def test_no_injected_markup_in_any_html_file(site: BuildResult):
    pages = site_files(site, ".html")
    assert len(pages) > 10
    for path in pages:
        tags = parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(site.site)
        for tag, attrs in tags.tags:
            for name, value in attrs:
                value = value or ""
                assert not (name.startswith("on") and "alert" in value), (where, tag, name, value)
                if name in URL_ATTRS:
                    squeezed = re.sub(r"[\x00-\x20]+", "", value).lower()
                    assert not squeezed.startswith(("javascript:", "vbscript:", "data:")), (
                        where,
                        tag,
                        name,
                        value,
                    )
        for script in tags.scripts:
            # Data in a script (JSON-LD) is fine as long as it cannot close the element.
            if "xss-" in script:
                assert "<" not in script and "-->" not in script, (where, script[:200])


def test_payloads_are_shown_as_text_on_the_entry_page(site: BuildResult):
    page = site.page("entries/hostile-fields/")
    text = "".join(parse(page).text)
    for key in ("title", "recommender", *TEXT_FIELDS):
        assert f'<script>alert("xss-{key}")</script>' in text, key
        assert f"\"><img src=x onerror=alert('xss-{key}')>" in text, key
    assert "{{ 7*7 }}" in text and "{% if true %}jinja{% endif %}" in text
    assert "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %}" in text  # the body too
    assert '<script>alert("xss-body")</script>' in text
    assert "<script>alert('xss-author')<" in text  # names split on '/': still text
    # The escaped title reaches <title> and the header as text, not markup.
    assert (
        "<title>=HYPERLINK(&#34;http://evil.example&#34;,&#34;x&#34;) &lt;script&gt;" in page
        or (
            "<title>=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) &lt;script&gt;"
            in page
        )
    )
    # The body's own table stays a table; its cell text is text.
    assert "<b onmouseover" not in page
    assert (
        "&lt;b onmouseover=alert('xss-cell')&gt;粗&lt;/b&gt;" in page
        or "&lt;b onmouseover=alert(&#39;xss-cell&#39;)&gt;" in page
    )


def test_pipes_in_fields_do_not_split_table_cells(site: BuildResult):
    page = site.page("table/")
    rows = re.findall(r"<tr\b", page.split("<tbody", 1)[1]) if "<tbody" in page else []
    assert len(rows) == 2
    text = "".join(parse(page).text)
    assert payload("title") in text
    assert "| a | b |" in text


def test_index_pages_show_payloads_as_text(site: BuildResult):
    for url in ("recommenders/", "authors/", "editions/", "categories/xiao-xi/", "outlets/"):
        page = site.page(url)
        assert "<script>alert(" not in page, url
        assert "<img src=x" not in page, url


def test_outlets_whose_slugs_collide_both_get_pages(site: BuildResult):
    page = site.page("outlets/")
    links = dict(re.findall(r'<a href="([^"]+)"[^>]*>([^<]*自贡日报[^<]*)</a>', page))
    by_name = {name.strip(): href for href, name in links.items()}
    assert set(by_name) == {"《自贡日报》", "自贡日报"}, links
    assert len(set(by_name.values())) == 2
    for name, href in by_name.items():
        target = (site.site / "outlets" / href).resolve()
        html = (target / "index.html" if target.is_dir() else target).read_text(encoding="utf-8")
        assert name in "".join(parse(html).text)
    assert "同音的刊播单位" in site.page("outlets/zi-gong-ri-bao/") + "".join(
        p.read_text(encoding="utf-8")
        for p in (site.site / "outlets").glob("zi-gong-ri-bao-*/index.html")
    )


LIVE_TAG = re.compile(r"<\s*(?:script|img|svg|iframe|object|embed|b)\b", re.IGNORECASE)
HANDLER = re.compile(r"<[a-z][^>]*\son\w+\s*=", re.IGNORECASE)


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_data_files_carry_no_live_markup(site: BuildResult):
    """JSON, XML and text files: no raw tag in the bytes (escaped as \\u003c or &lt;), and
    the search index, whose strings the search box shows as HTML, holds escaped text.
    (Data files such as the JSON export keep values as data: the page shows them as text.)"""
    files = site_files(site, ".json", ".xml", ".txt", ".webmanifest")
    for path in files:
        raw = path.read_text(encoding="utf-8")
        assert "<script>alert" not in raw and "<img src=x" not in raw, path
    # The results' texts (gzipped JSON): the search page shows their titles, fields and
    # text as HTML after escaping them; no raw "<" in their bytes either.
    fragments = sorted((site.site / "pagefind" / "fragment").glob("*.bin"))
    assert fragments
    payload_seen = False
    for path in fragments:
        data = gzip.decompress(path.read_bytes())
        assert b"<" not in data, path
        for s in _strings(json.loads(data)):
            payload_seen = payload_seen or "alert" in s
    # The text is kept as text (tags included, as \u003c): the search page escapes it
    # when it shows results, which test_search_results_show_hostile_text_as_text proves.
    assert payload_seen


@needs_chromium
def test_search_results_show_hostile_text_as_text(site: BuildResult, browser):
    with serve(site.site) as base:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "search/?q=alert")
        page.wait_for_selector(".aa-search-result-link", timeout=15000)
        page.wait_for_timeout(500)
        results = page.locator(".aa-search-results")
        assert "alert" in results.inner_text()
        assert results.locator("script, img, iframe, svg, b").count() == 0
        assert page.locator("[onerror], [onmouseover]").count() == 0
        assert dialogs == []


def test_csv_exports_neutralise_formulas(site: BuildResult):
    """Any CSV the build writes (the export): a cell from an entry never starts a formula."""
    for path in site_files(site, ".csv"):
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))):
            for cell in row:
                if (
                    "xss-" in cell
                    or "HYPERLINK" in cell
                    or cell.lstrip("'") in ("+张伟", "@李娜", "-王五")
                ):
                    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (path, cell[:80])
