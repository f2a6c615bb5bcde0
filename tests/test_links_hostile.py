"""Link targets an entry carries (the body's links and images, the url field): only http,
https, mailto and relative links reach the page, decided on the URL as the browser reads
it, and written so that the browser reads exactly what was decided (issue 10, item 1)."""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

import pytest
from browser_support import open_page, serve_dir

from award_archive.checking.archive import load_archive
from award_archive.checking.validate import Rules
from award_archive.contract.links import safe_href
from award_archive.web.builder import SiteBuilder
from award_archive.web.citation import json_ld
from award_archive.web.markdown import render_body
from conftest import REFUSED_LINK, BuildResult, make_archive, run_build

SCRIPT = "void&#40;document.title&#61;&#39;X&#39;&#41;"

REFUSED = [
    "javascript:alert(1)",
    f"javascript&#58;{SCRIPT}",
    "javascript&colon;alert(1)",
    "&#x6a;avascript&#x3a;alert(1)",
    "&#X6A;avascript&#X3A;alert(1)",
    "javascript&#0000058;alert(1)",
    "javascript&#58alert(1)",  # no semicolon: still a reference to the browser
    "javascript&#x3A//%0aalert(1)",  # (&#x3Aa would read as U+03AA, as in browsers)
    "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)",
    "JaVaScRiPt:alert(1)",
    "JAVASCRIPT&#58;alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\rscript:alert(1)",
    "java&Tab;script:alert(1)",
    "java&NewLine;script:alert(1)",
    "java&#9;script&#10;:alert(1)",
    "   javascript:alert(1)",
    "\x01\x1f javascript:alert(1)",
    "&#32;&#1;javascript:alert(1)",
    "javascript:alert(1)\x00 ",
    "javascript:alert(1)//https://example.org/",
    "vbscript:msgbox(1)",
    "VBScript&#58;msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
    "d&#97;ta:text/html,x",
    "livescript:alert(1)",
    "file:///etc/passwd",
    "x-custom+scheme.v1:anything",
    "C:\\Windows\\win.ini",
    "ftp://example.org/",
]

KEPT = [
    ("https://example.org/", "https://example.org/"),
    ("http://example.org/a?b=1#c", "http://example.org/a?b=1#c"),
    ("HTTPS://Example.org/A", "https://Example.org/A"),
    ("&#104;ttps&#58;//example.org/", "https://example.org/"),
    ("https://example.org/?a=1&amp;b=2", "https://example.org/?a=1&b=2"),
    ("https://example.org/?a=1&b=2", "https://example.org/?a=1&b=2"),
    ("https://example.org/a b\x01", "https://example.org/a%20b"),
    ("https://example.org/a%20b", "https://example.org/a%20b"),
    ("  https://example.org/\t", "https://example.org/"),
    ("mailto:a@example.org", "mailto:a@example.org"),
    ("MAILTO:a@example.org", "mailto:a@example.org"),
    ("#note", "#note"),
    ("../other/", "../other/"),
    ("scan.pdf", "scan.pdf"),
    ("?q=1", "?q=1"),
    ("", ""),
    ("./javascript:alert(1)", "./javascript:alert(1)"),  # a path: no scheme before '/'
    ("中文:说明", "中文:说明"),  # not an ASCII scheme: a relative path to the browser too
    ("&amp;#106;avascript&amp;#58;alert(1)", "&#106;avascript&#58;alert(1)"),  # decoded once
    # another host by the page's own scheme; backslashes are the slashes browsers read
    ("//evil.example/x", "//evil.example/x"),
    ("\\\\evil.example", "//evil.example"),
    ("/\\evil.example", "//evil.example"),
    ("https:\\\\evil.example\\a?x\\y#z\\w", "https://evil.example/a?x\\y#z\\w"),
    ("mailto:a\\b@example.org", "mailto:a\\b@example.org"),
]


@pytest.mark.parametrize("raw", REFUSED)
def test_unsafe_targets_are_refused(raw: str):
    assert safe_href(raw) is None


@pytest.mark.parametrize(("raw", "href"), KEPT)
def test_safe_targets_are_kept_as_the_browser_reads_them(raw: str, href: str):
    assert safe_href(raw) == href


@pytest.mark.parametrize("raw", ["/x", "//evil.example/", "#a", "mailto:a@example.org", "x.pdf"])
def test_absolute_means_http_or_https(raw: str):
    assert safe_href(raw, absolute=True) is None
    assert safe_href("https://example.org/", absolute=True) == "https://example.org/"


class Links(HTMLParser):
    """Every href and src as the browser reads it (character references decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls.extend((tag, k, v or "") for k, v in attrs if k in ("href", "src"))


def links(html: str) -> Links:
    parser = Links()
    parser.feed(html)
    return parser


def runs_script(url: str) -> bool:
    """An independent, blunt reading: what the browser would take as the scheme."""
    squeezed = re.sub(r"[\t\n\r]", "", url).strip("".join(map(chr, range(0x21)))).lower()
    return squeezed.startswith(("javascript:", "vbscript:", "data:", "livescript:"))


def forms(raw: str) -> list[str]:
    """The Markdown ways one target gets into a body: inline link, image, reference."""
    dest = f"<{raw}>"
    refs = [f"{text}[r]\n\n[r]: {dest}\n" for text in ("[点我]", "![图]")]
    return [f"[点我]({dest})", f"![图]({dest})", *refs]


MARKDOWN_SAFE = [raw for raw in REFUSED if not re.search(r"[\x00-\x1f<>]", raw)]


@pytest.mark.parametrize("raw", MARKDOWN_SAFE)
def test_bodies_never_link_an_unsafe_target(raw: str):
    for body in forms(raw):
        html = render_body(body)
        parsed = links(html)
        assert parsed.tags and parsed.urls == [], (body, html)
        assert "点我" in html or "图" in html


def test_the_issue_case_and_autolinks():
    html = render_body(f"[点我](javascript&#58;{SCRIPT})")
    assert html == "<p><a>点我</a></p>"
    assert links(render_body("<javascript:alert(1)>")).tags == ["p"]  # stays text
    assert links(render_body("<JavaScript&#58;alert(1)>")).tags == ["p"]
    mail = links(render_body("<a@example.org>"))
    assert mail.urls == [("a", "href", "mailto:a@example.org")]


WRITABLE = [k for k in KEPT if "\\" not in k[0] and "\x01" not in k[0]]


@pytest.mark.parametrize(("raw", "href"), WRITABLE)
def test_the_browser_reads_exactly_the_checked_value(raw: str, href: str):
    for body in forms(raw.strip() or "#"):
        parsed = links(render_body(body))
        assert len(parsed.urls) == 1, body
        assert parsed.urls[0][2] == safe_href(raw.strip() or "#"), body


def test_double_encoded_references_stay_literal():
    # Decoded once, then written with & as &amp;: the browser never decodes a second time.
    html = render_body("[x](&amp;#106;avascript&amp;#58;alert(1)) [y](&amp;amp;#58;)")
    assert [v for _, _, v in links(html).urls] == ["&#106;avascript&#58;alert(1)", "&amp;#58;"]


# -- a real build, and Chromium clicking every link ------------------------------------
HEAD = """---
title: 链接测试
award: 四川宣传关心下一代新闻佳作
edition: 9
category: 消息
authors: [张伟]
outlet: 自贡日报
published: 2022.6.2
url: https://example.org/?a=1&b=2
---

"""
CLICKED = [
    f"javascript&#58;{SCRIPT}",
    "javascript&colon;document.title='X'",
    "&#x6a;avascript&#x3a;document.title='X'",
    "javascript&#0000058;document.title='X'",
    "JAVASCRIPT&#58;document.title='X'",
    "java&Tab;script:document.title='X'",
    "&#x09;javascript:document.title='X'",
    "&#32;javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "&amp;#106;avascript&amp;#58;document.title='X'",
]
HOSTILE_BODY = (
    "\n\n".join(
        [f"[点我{i}](<{raw}>) ![图{i}](<{raw}>)" for i, raw in enumerate(CLICKED)]
        + [f"[引用{i}][r{i}]" for i in range(len(CLICKED))]
        + [f"[r{i}]: <{raw}>" for i, raw in enumerate(CLICKED)]
    )
    + "\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    entries = {"links.md": HEAD + HOSTILE_BODY}
    root = make_archive(tmp_path_factory.mktemp("links"), entries, copy_entries=False, search=False)
    result = run_build(root, expect_warnings=[REFUSED_LINK])
    assert result.returncode == 0, result.log
    return result


def test_the_built_entry_page_links_nothing_unsafe(site: BuildResult):
    page = site.page("entries/links/")
    work = page.split('<section class="aa-work"', 1)[1].split("</section>", 1)[0]
    parsed = links(work)
    assert parsed.tags.count("a") == 2 * len(CLICKED) and parsed.tags.count("img") == len(CLICKED)
    # only the double-encoded case is a (harmless, relative) link, read as written
    assert {v for _, _, v in parsed.urls} == {"&#106;avascript&#58;document.title='X'"}
    for path in sorted(site.site.rglob("*.html")):
        for _, _, value in links(path.read_text(encoding="utf-8")).urls:
            assert not runs_script(value), (path, value)
    # the url field: written so it is read as given
    assert ("a", "href", "https://example.org/?a=1&b=2") in links(page).urls


def test_clicking_every_body_link_runs_nothing(site: BuildResult, browser):
    with serve_dir(site.site) as base, open_page(browser) as (page, log):
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        # nothing leaves 127.0.0.1
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
        entry = base + "entries/links/"
        page.goto(entry)
        title = page.title()
        assert title and title != "X"
        count = page.locator(".aa-work a, .aa-work img").count()
        assert count == 3 * len(CLICKED)
        for i in range(count):
            page.goto(entry)
            page.locator(".aa-work a, .aa-work img").nth(i).click(timeout=5000)
            page.wait_for_timeout(100)
            assert dialogs == [], i
            assert page.url.startswith(base), (i, page.url)  # never javascript: or data:
            if page.url == entry:
                assert page.title() == title, i
            else:  # the relative, double-encoded link: a page of this site (a 404)
                assert "avascript" in page.url and page.title() != "X", (i, page.url)
        assert log.errors == [] or all("404" in e for e in log.errors), log.errors


# -- the url field: validated as http(s) on the way in, and linked by the same rule ----
@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://example.org/?a=1&b=2", "https://example.org/?a=1&b=2"),
        ("https://example.org/a\\b", "https://example.org/a/b"),
        ("javascript&#58;alert(1)", None),
        ("//evil.example/", None),
        ("data:text/html,x", None),
    ],
)
def test_the_url_field_is_linked_by_the_same_rule(url: str, href: str | None, tmp_path):
    root = make_archive(tmp_path, {"links.md": HEAD + "正文。\n"}, copy_entries=False, search=False)
    archive = load_archive(root, Rules())
    assert not archive.problems
    e = archive.entries[0]
    e.url = url  # as if the validator had let it through
    edition = next(ed for ed in archive.editions if e in ed.entries)
    page = SiteBuilder(archive, Rules()).entry_page(e, edition, None, None)
    row = page.html.split("aa-field-url", 1)[1].split("</tr>", 1)[0]
    urls = [v for _, _, v in links(row).urls]
    assert urls == ([href] if href else []), row
    assert html_lib.escape(url, quote=False) in row  # the value itself is shown as text
    assert json_ld(e).get("sameAs") == href
