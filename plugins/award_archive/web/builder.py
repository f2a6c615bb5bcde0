"""Every generated page of the site, as plain data: where it goes, its title, its HTML.

Knows nothing of MkDocs: the plugin turns each GeneratedPage into a virtual file.
Every value is escaped by the templates (Jinja autoescape); the work's body is
rendered by render.py, which drops raw HTML and unsafe links.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

import jinja2

from award_archive.checking.archive import Archive, Edition, Group, newest_first
from award_archive.checking.validate import Rules
from award_archive.contract.links import absolute_url, safe_href
from award_archive.contract.model import FIELDS, Entry
from award_archive.contract.order import configured_key
from award_archive.contract.slugs import pinyin_key
from award_archive.formats.export import DOWNLOADS
from award_archive.formats.html_json import dumps_for_html
from award_archive.web import citation
from award_archive.web.markdown import render_body
from award_archive.web.stats import STATS_TITLE, STATS_URI, statistics

# kind -> (folder, title of its overview page, label of one value's column)
GROUP_KINDS: dict[str, tuple[str, str, str]] = {
    "category": ("categories", "参评项目", "参评项目"),
    "outlet": ("outlets", "刊播单位", "刊播单位"),
    "author": ("authors", "作者", "作者"),
    "recommender": ("recommenders", "推荐单位", "推荐单位"),
    "prize": ("prizes", "获奖等级", "获奖等级"),
}
TABLE_URI = "table.md"
# Overview pages of these kinds are in pinyin order, with a letter index.
PINYIN_KINDS = ("outlet", "author", "recommender")
# The table's data file (table_data.py), fetched by assets/table.js.
TABLE_DATA_PATH = "table/entries.json"
# Without JavaScript the table lists at most this many entries (newest first); the
# edition and category pages list every entry, and the page says so.
NOSCRIPT_TABLE_LIMIT = 1000
# Keys not shown as rows of the form on an entry page.
HIDDEN_ROWS = {"id", "attachments"}

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("award_archive", "web/templates/pages"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=False,
    keep_trailing_newline=True,
)
_env.filters["safe_href"] = safe_href  # the url field's link: the body's rule (urls_safe)


@dataclass(frozen=True)
class GeneratedPage:
    src_uri: str  # e.g. entries/x.md: where the page sits among the site's files
    title: str  # plain text; the plugin escapes it for the theme
    html: str  # the page's content, safe to insert as is
    in_nav: bool = False  # overview pages may be named in the nav; entry pages never
    # Head metadata (plain text; the theme template escapes it): description, og (list of
    # (property, content)), jsonld (a JSON string already safe inside <script>).
    head: dict = field(default_factory=dict)
    hide: tuple[str, ...] = ()  # Material sidebars to hide ("navigation", "toc"): wide pages


def src_uri_of(kind: str, slug: str = "") -> str:
    if kind == "entry":
        return f"entries/{slug}.md"
    if kind == "table":
        return TABLE_URI
    if kind == "edition":
        return f"editions/{slug}.md"
    if kind == "editions":
        return "editions/index.md"
    if kind in GROUP_KINDS:
        return f"{GROUP_KINDS[kind][0]}/{slug}.md"
    if kind.endswith("s") and kind[:-1] in GROUP_KINDS:
        return f"{GROUP_KINDS[kind[:-1]][0]}/index.md"
    raise KeyError(kind)


def url_of(src_uri: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown file, relative to the site root."""
    stem = src_uri[: -len(".md")]
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(target: str, page_url: str) -> str:
    """Link from the page at `page_url` to `target` (both site-relative URLs)."""
    # Plain string work: posixpath.relpath (abspath, getcwd) was a third of page generation.
    base = page_url if page_url.endswith("/") or not page_url else posixpath.dirname(page_url) + "/"
    base_parts = [p for p in base.split("/") if p and p != "."]
    target_parts = [p for p in target.split("/") if p and p != "."]
    common = 0
    for a, b in zip(base_parts, target_parts, strict=False):
        if a != b:
            break
        common += 1
    rel = "/".join([".."] * (len(base_parts) - common) + target_parts[common:])
    if not rel:
        return "./"
    if target.endswith("/"):
        rel += "/"
    return rel


class Slugs:
    """Name -> slug for every kind of group, computed once for the archive."""

    def __init__(self, archive: Archive) -> None:
        self.category = archive.slug_of(archive.categories)
        self.outlet = archive.slug_of(archive.outlets)
        self.author = archive.slug_of(archive.authors)
        self.recommender = archive.slug_of(archive.recommenders)
        self.prize = archive.slug_of(archive.prizes)


@dataclass
class LinkContext:
    """What a template needs to link from one page to others."""

    page_url: str
    slugs: Slugs
    directory_urls: bool = True

    def link(self, kind: str, slug: str = "") -> str:
        return relative_url(url_of(src_uri_of(kind, slug), self.directory_urls), self.page_url)

    def file(self, path: str) -> str:
        return relative_url(path, self.page_url)


@dataclass
class SiteBuilder:
    archive: Archive
    rules: Rules
    directory_urls: bool = True
    site_url: str = ""  # absolute URLs (og:url, JSON-LD) only when the site has one

    @cached_property
    def slugs(self) -> Slugs:
        return Slugs(self.archive)

    def ctx(self, src_uri: str) -> LinkContext:
        return LinkContext(url_of(src_uri, self.directory_urls), self.slugs, self.directory_urls)

    def body_html(self, e: Entry) -> str:
        return render_body(e.body)  # incremental.CachingSiteBuilder caches it during serve

    def render(self, template: str, src_uri: str, **values: object) -> str:
        return _env.get_template(template).render(ctx=self.ctx(src_uri), **values)

    def pages(self) -> Iterator[GeneratedPage]:
        yield from self.entry_pages()
        yield self.table_page()
        yield self.stats_page()
        yield from self.edition_pages()
        for kind in GROUP_KINDS:
            yield from self.group_pages(kind)

    # -- entries ----------------------------------------------------------------------
    def entry_pages(self) -> Iterator[GeneratedPage]:
        for edition in self.archive.editions:
            entries = edition.entries
            for i, e in enumerate(entries):
                prev = entries[i - 1] if i > 0 else None
                nxt = entries[i + 1] if i + 1 < len(entries) else None
                yield self.entry_page(e, edition, prev, nxt)

    def entry_page(self, e: Entry, edition: Edition, prev: Entry | None, nxt: Entry | None) -> GeneratedPage:
        uri = src_uri_of("entry", e.id)
        html = self.render(
            "entry.html", uri, e=e, edition=edition, rows=form_rows(e), body_html=self.body_html(e), prev=prev, next=nxt,
            cite=citation.gbt7714(e),
        )
        url = absolute_url(self.site_url, url_of(uri, self.directory_urls)) if self.site_url else ""
        head = {
            "description": citation.description(e),
            "og": citation.open_graph(e, url),
            "jsonld": dumps_for_html(citation.json_ld(e, url)),
        }
        return GeneratedPage(uri, e.title, html, head=head)

    # -- the table --------------------------------------------------------------------
    def table_page(self) -> GeneratedPage:
        columns = [
            ("title", "作品标题", "text"),
            ("edition", "奖项届次", "text"),
            ("category", "参评项目", "text"),
            ("authors", "作者", "text"),
            ("outlet", "刊播单位", "text"),
            ("published", "首发日期", "text"),
            ("length", "字数（时长）", "number"),
            ("prize", "获奖等级", "number"),
        ]
        prize_rank = {p: i for i, p in enumerate(self.rules.prizes)}
        html = self.render(
            "table.html",
            TABLE_URI,
            title="作品总表",
            entries=newest_first(self.archive.entries)[:NOSCRIPT_TABLE_LIMIT],
            total=len(self.archive.entries),
            data_url=TABLE_DATA_PATH,
            columns=columns,
            prize_rank=prize_rank,
            downloads=DOWNLOADS,
        )
        return GeneratedPage(TABLE_URI, "作品总表", html, in_nav=True, hide=("navigation", "toc"))

    # -- statistics -------------------------------------------------------------------
    def stats_page(self) -> GeneratedPage:
        html = self.render("stats.html", STATS_URI, title=STATS_TITLE, **statistics(self.archive, self.rules))
        return GeneratedPage(STATS_URI, STATS_TITLE, html, in_nav=True)

    # -- editions ---------------------------------------------------------------------
    def edition_pages(self) -> Iterator[GeneratedPage]:
        uri = src_uri_of("editions")
        html = self.render("editions.html", uri, title="届次", editions=self.archive.editions)
        yield GeneratedPage(uri, "届次", html, in_nav=True)
        in_order = configured_key(self.rules.categories)
        for ed in self.archive.editions:
            by_cat: dict[str, list[Entry]] = {}
            for e in ed.entries:
                by_cat.setdefault(e.category, []).append(e)
            grouped = sorted(by_cat.items(), key=lambda kv: in_order(kv[0]))
            uri = src_uri_of("edition", ed.slug)
            html = self.render("edition.html", uri, edition=ed, by_category=grouped)
            yield GeneratedPage(uri, ed.name, html)

    # -- categories, outlets, authors, recommenders, prizes -----------------------------
    def groups_of(self, kind: str) -> list[Group]:
        groups: list[Group] = getattr(self.archive, GROUP_KINDS[kind][0])
        configured = {"category": self.rules.categories, "prize": self.rules.prizes}.get(kind)
        if configured is not None:
            in_order = configured_key(configured)
            groups = sorted(groups, key=lambda g: in_order(g.name))
        return groups

    def editions_of(self, entries: tuple[Entry, ...]) -> list[tuple[Edition, int]]:
        """The editions these entries belong to, in the archive's edition order, with counts."""
        counts = Counter(self.archive.edition_of[e.id].slug for e in entries)
        return [(ed, counts[ed.slug]) for ed in self.archive.editions if ed.slug in counts]

    def group_pages(self, kind: str) -> Iterator[GeneratedPage]:
        folder, title, label = GROUP_KINDS[kind]
        groups = self.groups_of(kind)
        uri = src_uri_of(kind + "s")
        intro = f"共 {len(groups)} 个{label}。"
        sections = by_initial(groups) if kind in PINYIN_KINDS else []
        html = self.render(
            "groups.html", uri, title=title, intro=intro, groups=groups, kind=kind, label=label, sections=sections
        )
        yield GeneratedPage(uri, title, html, in_nav=True)
        for g in groups:
            uri = src_uri_of(kind, g.slug)
            coauthors = co_author_counts(g) if kind == "author" else []
            editions = self.editions_of(g.entries)
            html = self.render(
                "group.html", uri, title=g.name, group=g, kind=kind, label=title, coauthors=coauthors, editions=editions
            )
            yield GeneratedPage(uri, g.name, html)


def form_rows(e: Entry) -> list[tuple[str, str, str]]:
    """(key, label, value) for every filled field, in the form's order."""
    rows = []
    for f in FIELDS:
        if f.key in HIDDEN_ROWS:
            continue
        value = e.display(f.key)
        if value:
            rows.append((f.key, f.label, value))
    return rows


def by_initial(groups: list[Group]) -> list[tuple[str, list[Group]]]:
    """Groups (already in pinyin order) under the first letter of their pinyin: A, B, … #."""
    sections: dict[str, list[Group]] = {}
    for g in groups:
        letter = pinyin_key(g.name)[0][:1].upper()
        sections.setdefault(letter if "A" <= letter <= "Z" else "#", []).append(g)
    return sorted(sections.items(), key=lambda kv: (kv[0] == "#", kv[0]))


def co_author_counts(group: Group) -> list[tuple[str, int]]:
    """Everyone who shares a work with this author, with how many, most shared first."""
    counts: Counter[str] = Counter()
    for e in group.entries:
        counts.update(a for a in e.authors if a != group.name)
    return sorted(counts.items(), key=lambda kv: (-kv[1], pinyin_key(kv[0])))


def co_authors(group: Group) -> list[str]:
    """Everyone who shares a work with this author, most shared first."""
    counts: Counter[str] = Counter()
    for e in group.entries:
        counts.update(a for a in e.authors if a != group.name)
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def build_pages(archive: Archive, rules: Rules, directory_urls: bool = True, site_url: str = "") -> list[GeneratedPage]:
    return list(SiteBuilder(archive, rules, directory_urls, site_url).pages())

