"""Every generated page of the site, as plain data: where it goes, its title, its HTML.

Knows nothing of MkDocs: the plugin turns each GeneratedPage into a virtual file.
Every value is escaped by the templates (Jinja autoescape); the work's body is
rendered by render.py, which drops raw HTML and unsafe links.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import groupby
from typing import NamedTuple
from urllib.parse import quote, urlencode

import jinja2

from award_archive.checking.archive import Archive, Edition, Group, newest_first
from award_archive.checking.validate import Rules
from award_archive.contract.authorities import Authorities
from award_archive.contract.groups import GROUP_KINDS, KIND
from award_archive.contract.links import safe_href
from award_archive.contract.model import FIELDS, Entry, label_of, ordinal_edition
from award_archive.contract.names import shown_name
from award_archive.contract.order import in_configured_order
from award_archive.contract.slugs import pinyin_key
from award_archive.formats.datapackage import DATAPACKAGE_PATH
from award_archive.formats.export import DOWNLOADS
from award_archive.formats.html_json import dumps_for_html
from award_archive.search.filters import search_filters
from award_archive.web import citation
from award_archive.web.awards import AwardPage, award_pages
from award_archive.web.dataset import dataset_head
from award_archive.web.feed import FEED_KINDS, FEED_PATH
from award_archive.web.history import History
from award_archive.web.markdown import render_body
from award_archive.web.records import RECORD_KINDS, records
from award_archive.web.stats import STATS_TITLE, statistics
from award_archive.web.table_data import TABLE_COLUMNS, TABLE_LINKED_KINDS, table_label
from award_archive.web.urls import (
    SEARCH_URI,
    STATS_URI,
    TABLE_DATA_PATH,
    TABLE_SCRIPT,
    TABLE_URI,
    absolute_url,
    entry_data_path,
    group_edition_uri,
    group_feed_path,
    jury_uri,
    overview_uri,
    page_link,
    relative_url,
    src_uri_of,
    url_of,
)

# The table page's HTML holds its first page of rows (newest first, as table.js starts);
# below them it links every edition and category page, which list every entry.
TABLE_PAGE_SIZE = 50
# Keys not shown as rows of the form on an entry page.
HIDDEN_ROWS = {"id", "attachments", "review"}  # 初评评语: a quotation below the form
EDITIONS_TITLE = "届次"
AWARDS_TITLE = "奖项"
JURY_TITLE = "评委"
FRONT_URI = "index.md"  # the archive owner's docs/index.md; the generated part goes below it
FRONT_NEWEST = 10
# An author page names this many co-authors (the most shared) inline, the rest folded.
COAUTHORS_SHOWN = 20
# A group page lists at most this many entries itself. A bigger group (a prolific author,
# a prize, a big outlet) lists them on one page per edition (urls.group_edition_uri), whose
# meaning never changes, and its own page the newest GROUP_NEWEST: a page's size and a
# phone's work to lay it out stay bounded however large the archive grows.
GROUP_PAGE_LIMIT = 150
GROUP_NEWEST = 20
TABLE_TITLE = "作品总表"

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("award_archive", "web/templates/pages"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=False,
    keep_trailing_newline=True,
)
_env.filters["safe_href"] = safe_href  # the url field's link: the body's rule (urls_safe)
_env.filters["ordinal_edition"] = ordinal_edition


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


Slugs = dict[str, dict[str, str]]  # group kind -> name -> slug

CORRECTION_TEMPLATE = "correction.yml"  # formats/issue_form.CORRECTION_FILE


@dataclass(frozen=True)
class RepoLinks:
    """Where an entry's source can be edited and a mistake reported, on the repository
    the site names (MkDocs' repo_url and edit_uri)."""

    repo_url: str  # https://github.com/owner/name, without a trailing slash
    edit_base: str = ""  # the edit URL of the archive's root folder, ending in '/'; '' for none

    def edit(self, source: str) -> str:
        """The edit page of entries/x.md (a path relative to the archive root)."""
        return self.edit_base + quote(source) if self.edit_base else ""

    def report(self, entry_id: str) -> str:
        """The correction form with the entry's id filled in (issue forms read `?<field id>=`)."""
        query = urlencode({"template": CORRECTION_TEMPLATE, "id": entry_id})
        return f"{self.repo_url}/issues/new?{query}"


def repo_links(repo_url: str | None, edit_uri: str | None, docs_dir: str) -> RepoLinks | None:
    """RepoLinks from mkdocs.yml's settings; None without a repo_url. MkDocs' edit_uri
    points into docs_dir (`edit/main/docs/`); entries live beside it, so the docs folder
    is taken off its end. An absolute edit_uri is used as it is."""
    if not repo_url or not repo_url.strip():
        return None
    base = repo_url.strip().rstrip("/")
    edit = (edit_uri or "").strip()
    if edit:
        docs = docs_dir.strip("/")
        trimmed = edit.rstrip("/")
        if docs and (trimmed == docs or trimmed.endswith("/" + docs)):
            trimmed = trimmed[: -len(docs)].rstrip("/")
        edit = trimmed if "://" in trimmed else f"{base}/{trimmed.lstrip('/')}"
        edit = edit.rstrip("/") + "/"
    return RepoLinks(base, edit)


def slugs_of(archive: Archive) -> Slugs:
    """Name -> slug for every kind of group, computed once for the archive."""
    return {kind.key: archive.slugs(kind.key) for kind in GROUP_KINDS}


@dataclass
class LinkContext:
    """What a template needs to link from one page to others."""

    page_url: str
    slugs: Slugs
    directory_urls: bool = True
    repo: RepoLinks | None = None  # entry pages link to their source when the site has a repo
    authorities: Authorities = field(default_factory=Authorities)

    def named(self, kind: str, e: Entry) -> list[tuple[str, str]]:
        """(the name as the entry wrote it, the link to its record's page) for each name of
        this kind: an alias links the one page of its record."""
        slugs = self.slugs[kind]
        return [
            (shown_name(written), self.link(kind, slugs[record]))
            for written, record in self.authorities.pairs(KIND[kind], e)
        ]

    def link(self, kind: str, slug: str) -> str:
        """The page of one entry, edition or group (urls.src_uri_of)."""
        return page_link(src_uri_of(kind, slug), self.page_url, self.directory_urls)

    def overview(self, kind: str) -> str:
        """The page listing every edition or every group of a kind."""
        return page_link(overview_uri(kind), self.page_url, self.directory_urls)

    def file(self, path: str) -> str:
        return relative_url(path, self.page_url)

    def page(self, src_uri: str) -> str:
        """Any page of the site by its source path (urls.TABLE_URI, …)."""
        return page_link(src_uri, self.page_url, self.directory_urls)


@dataclass
class SiteBuilder:
    archive: Archive
    rules: Rules
    directory_urls: bool = True
    site_url: str = ""  # absolute URLs (og:url, JSON-LD) only when the site has one
    repo: RepoLinks | None = None
    history: History = field(default_factory=dict)  # 修订记录 by entry source (web/history)
    site_name: str = ""  # the downloads' Dataset JSON-LD names the site

    @cached_property
    def slugs(self) -> Slugs:
        return slugs_of(self.archive)

    def ctx(self, src_uri: str) -> LinkContext:
        url = url_of(src_uri, self.directory_urls)
        return LinkContext(
            url, self.slugs, self.directory_urls, self.repo, self.archive.authorities
        )

    def body_html(self, e: Entry) -> str:
        return render_body(e.body)  # incremental.CachingSiteBuilder caches it during serve

    def render(self, template: str, src_uri: str, **values: object) -> str:
        return _env.get_template(template).render(ctx=self.ctx(src_uri), **values)

    def pages(self) -> Iterator[GeneratedPage]:
        yield from self.entry_pages()
        yield self.table_page()
        yield self.stats_page()
        yield from self.edition_pages()
        if self.archive.has_model:
            yield from self.award_pages()
        for kind in GROUP_KINDS:
            yield from self.group_pages(kind.key)

    # -- entries ----------------------------------------------------------------------
    def entry_pages(self) -> Iterator[GeneratedPage]:
        for edition in self.archive.editions:
            entries = edition.entries
            for i, e in enumerate(entries):
                prev = entries[i - 1] if i > 0 else None
                nxt = entries[i + 1] if i + 1 < len(entries) else None
                yield self.entry_page(e, edition, prev, nxt)

    def entry_page(
        self, e: Entry, edition: Edition, prev: Entry | None, nxt: Entry | None
    ) -> GeneratedPage:
        uri = src_uri_of("entry", e.id)
        html = self.render(
            "entry.html",
            uri,
            e=e,
            edition=edition,
            rows=form_rows(e),
            body_html=self.body_html(e),
            prev=prev,
            next=nxt,
            cite=citation.gbt7714(e),
            filters=search_filters(e, self.archive.authorities),
            review_label=label_of("review"),
            data_path=entry_data_path(e.id),
            revisions=self.history.get(e.source, ()),
        )
        url = absolute_url(self.site_url, uri, self.directory_urls) if self.site_url else ""
        head = {
            "description": citation.description(e),
            "og": citation.open_graph(e, url),
            "jsonld": dumps_for_html(citation.json_ld(e, url)),
        }
        return GeneratedPage(uri, e.title, html, head=head)

    # -- the table --------------------------------------------------------------------
    def table_page(self) -> GeneratedPage:
        html = self.render(
            "table.html",
            TABLE_URI,
            title=TABLE_TITLE,
            entries=newest_first(self.archive.entries)[:TABLE_PAGE_SIZE],
            page_size=TABLE_PAGE_SIZE,
            total=len(self.archive.entries),
            data_url=TABLE_DATA_PATH,
            script=TABLE_SCRIPT,
            columns=[(key, table_label(key), sort) for key, sort in TABLE_COLUMNS],
            labels={key: table_label(key) for key, _ in TABLE_COLUMNS},
            linked_kinds=TABLE_LINKED_KINDS,
            downloads=DOWNLOADS,
            datapackage=DATAPACKAGE_PATH,
            editions=self.archive.editions,
            categories=self.groups_of("category"),
        )
        total = len(self.archive.entries)
        head = dataset_head(self.site_name, self.site_url, total, self.directory_urls)
        return GeneratedPage(
            TABLE_URI, TABLE_TITLE, html, in_nav=True, head=head, hide=("navigation", "toc")
        )

    # -- the front page: below docs/index.md's own words ----------------------------------
    def front_html(self) -> str:
        editions = self.archive.editions
        awards = [(award, list(eds)) for award, eds in groupby(editions, key=lambda ed: ed.award)]
        ctx = self.ctx(FRONT_URI)
        return self.render(
            "front.html",
            FRONT_URI,
            total=len(self.archive.entries),
            awards=awards,
            editions_total=len(editions),
            award_slugs=self.archive.award_slugs if self.archive.has_model else {},
            categories=self.groups_of("category"),
            newest=newest_first(self.archive.entries)[:FRONT_NEWEST],
            search_url=ctx.page(SEARCH_URI),
            table_url=ctx.page(TABLE_URI),
            stats_url=ctx.page(STATS_URI),
            feed_url=ctx.file(FEED_PATH),
        )

    # -- statistics -------------------------------------------------------------------
    def stats_page(self) -> GeneratedPage:
        html = self.render(
            "stats.html", STATS_URI, title=STATS_TITLE, **statistics(self.archive, self.rules)
        )
        return GeneratedPage(STATS_URI, STATS_TITLE, html, in_nav=True)

    # -- awards: one page each, with its editions and its categories over time ----------
    @cached_property
    def awards(self) -> list[AwardPage]:
        return award_pages(self.archive, self.rules)

    def award_pages(self) -> Iterator[GeneratedPage]:
        uri = overview_uri("award")
        html = self.render("awards.html", uri, title=AWARDS_TITLE, awards=self.awards)
        yield GeneratedPage(uri, AWARDS_TITLE, html, in_nav=True)
        for award in self.awards:
            uri = src_uri_of("award", award.slug)
            html = self.render("award.html", uri, award=award, jury_uri=jury_uri)
            yield GeneratedPage(uri, award.name, html)
            for row in award.rows:
                if row.edition is not None and row.info.jury:
                    yield self.jury_page(row.edition, row.info.jury)

    def jury_page(self, edition: Edition, jury: tuple[str, ...]) -> GeneratedPage:
        uri = jury_uri(edition.slug)
        title = f"{edition.name} {JURY_TITLE}"
        html = self.render("jury.html", uri, title=title, edition=edition, jury=jury)
        return GeneratedPage(uri, title, html)

    # -- editions ---------------------------------------------------------------------
    def edition_pages(self) -> Iterator[GeneratedPage]:
        uri = overview_uri("edition")
        html = self.render(
            "editions.html",
            uri,
            title=EDITIONS_TITLE,
            editions=self.archive.editions,
            award_slugs=self.archive.award_slugs if self.archive.has_model else {},
        )
        yield GeneratedPage(uri, EDITIONS_TITLE, html, in_nav=True)
        for ed in self.archive.editions:
            by_cat: dict[str, list[Entry]] = {}
            for e in ed.entries:
                names = self.archive.authorities.names(KIND["category"], e) or [""]
                by_cat.setdefault(names[0], []).append(e)
            order = self.rules.categories_of(ed.award)
            grouped = in_configured_order(by_cat.items(), order, lambda kv: kv[0])
            award = self.archive.authorities.model.award(ed.award)
            info = award.edition(ed.number) if award else None
            uri = src_uri_of("edition", ed.slug)
            html = self.render(
                "edition.html",
                uri,
                edition=ed,
                by_category=grouped,
                info=info,
                award_slug=self.archive.award_slugs[ed.award] if self.archive.has_model else "",
                jury_uri=jury_uri(ed.slug) if info and info.jury else "",
            )
            yield GeneratedPage(uri, ed.name, html)

    # -- one page per group, and an overview per kind (groups.GROUP_KINDS) ----------------
    @cached_property
    def records(self) -> dict[str, dict]:
        """Outlets' and recommenders' records across editions (records.py)."""
        return {kind: records(self.archive, kind) for kind in RECORD_KINDS}

    def groups_of(self, kind: str) -> list[Group]:
        groups = self.archive.groups(kind)
        configured = KIND[kind].configured
        if configured:
            groups = in_configured_order(groups, getattr(self.rules, configured), lambda g: g.name)
        return groups

    def editions_of(self, entries: tuple[Entry, ...]) -> list[tuple[Edition, int]]:
        """The editions these entries belong to, in the archive's edition order, with counts."""
        counts = Counter(self.archive.edition_of[e.id].slug for e in entries)
        return [(ed, counts[ed.slug]) for ed in self.archive.editions if ed.slug in counts]

    def group_pages(self, key: str) -> Iterator[GeneratedPage]:
        kind = KIND[key]
        groups = self.groups_of(key)
        uri = overview_uri(key)
        intro = f"共 {len(groups)} 个{kind.title}。"
        sections = by_initial(groups) if kind.pinyin else []
        html = self.render(
            "groups.html",
            uri,
            title=kind.title,
            intro=intro,
            groups=groups,
            kind=key,
            label=kind.title,
            sections=sections,
        )
        yield GeneratedPage(uri, kind.title, html, in_nav=True)
        for g in groups:
            parts = self.group_parts(key, g) if len(g.entries) > GROUP_PAGE_LIMIT else []
            yield self.group_page(key, g, parts)
            for i, part in enumerate(parts):
                prev = parts[i - 1] if i > 0 else None
                nxt = parts[i + 1] if i + 1 < len(parts) else None
                yield self.group_edition_page(key, g, part, prev, nxt)

    def group_parts(self, key: str, g: Group) -> list[GroupPart]:
        """A big group's entries edition by edition, in the archive's edition order."""
        by_edition: dict[str, list[Entry]] = {}
        for e in g.entries:
            by_edition.setdefault(self.archive.edition_of[e.id].slug, []).append(e)
        return [
            GroupPart(ed, tuple(by_edition[ed.slug]), group_edition_uri(key, g.slug, ed.slug))
            for ed in self.archive.editions
            if ed.slug in by_edition
        ]

    def group_page(self, key: str, g: Group, parts: list[GroupPart]) -> GeneratedPage:
        kind = KIND[key]
        uri = src_uri_of(key, g.slug)
        coauthors = co_author_counts(g, self.archive.authorities) if key == "author" else []
        has_record = key in RECORD_KINDS and self.archive.has_model
        record = self.records[key].get(g.name) if has_record else None
        html = self.render(
            "group.html",
            uri,
            title=g.name,
            group=g,
            kind=key,
            label=kind.title,
            coauthors=coauthors,
            coauthors_shown=COAUTHORS_SHOWN,
            editions=[] if parts else self.editions_of(g.entries),
            parts=parts,
            newest=list(g.entries[:GROUP_NEWEST]) if parts else [],
            feed=group_feed_path(key, g.slug) if key in FEED_KINDS else "",
            record=record,
        )
        return GeneratedPage(uri, g.name, html)

    def group_edition_page(
        self, key: str, g: Group, part: GroupPart, prev: GroupPart | None, nxt: GroupPart | None
    ) -> GeneratedPage:
        title = f"{g.name} · {part.edition.name}"
        html = self.render(
            "group_edition.html",
            part.src_uri,
            title=title,
            group=g,
            kind=key,
            label=KIND[key].title,
            part=part,
            prev=prev,
            next=nxt,
        )
        return GeneratedPage(part.src_uri, title, html)


class GroupPart(NamedTuple):
    """One edition's share of a big group: its own page (GROUP_PAGE_LIMIT)."""

    edition: Edition
    entries: tuple[Entry, ...]  # newest first, as the group's
    src_uri: str


class FormRow(NamedTuple):
    key: str
    label: str
    value: str  # as the site shows it (Entry.display)
    kind: str  # the group kind whose pages the names link to (LinkContext.named), or ""


_KIND_OF_FIELD = {kind.field: kind for kind in GROUP_KINDS}


def form_rows(e: Entry) -> list[FormRow]:
    """Every filled field, in the form's order."""
    rows = []
    for f in FIELDS:
        if f.key in HIDDEN_ROWS:
            continue
        value = e.display(f.key)
        if value:
            kind = _KIND_OF_FIELD.get(f.key)
            rows.append(FormRow(f.key, f.label, value, kind.key if kind else ""))
    return rows


def by_initial(groups: list[Group]) -> list[tuple[str, list[Group]]]:
    """Groups (already in pinyin order) under the first letter of their pinyin: A, B, … #."""
    sections: dict[str, list[Group]] = {}
    for g in groups:
        letter = pinyin_key(g.name)[0][:1].upper()
        sections.setdefault(letter if "A" <= letter <= "Z" else "#", []).append(g)
    return sorted(sections.items(), key=lambda kv: (kv[0] == "#", kv[0]))


def co_author_counts(group: Group, authorities: Authorities) -> list[tuple[str, int]]:
    """Everyone who shares a work with this author, with how many, most shared first."""
    counts: Counter[str] = Counter()
    for e in group.entries:
        counts.update(a for a in authorities.names(KIND["author"], e) if a != group.name)
    return sorted(counts.items(), key=lambda kv: (-kv[1], pinyin_key(kv[0])))


def build_pages(
    archive: Archive,
    rules: Rules,
    directory_urls: bool = True,
    site_url: str = "",
    repo: RepoLinks | None = None,
    history: History | None = None,
    site_name: str = "",
) -> list[GeneratedPage]:
    builder = SiteBuilder(archive, rules, directory_urls, site_url, repo, history or {}, site_name)
    return list(builder.pages())
