"""Fast rebuilds for `mkdocs serve`: keep what did not change between two builds.

MkDocs rebuilds the whole site on every saved file. At thousands of entries that is
tens of seconds, so during `serve` the plugin keeps three caches, from input to output:

- EntryCache: a file whose (mtime, size) did not change is not read or validated again.
- CachingSiteBuilder: a page whose inputs are the same objects as last time (unchanged
  entries are the very same Entry objects, thanks to EntryCache) is not rendered again;
  the work's Markdown is rendered once per distinct body.
- OutputCache: a generated page whose title and HTML are unchanged is not handed to
  MkDocs at all; the file MkDocs wrote for it last time stays in the site.

Knows nothing of MkDocs: the plugin calls it with paths and GeneratedPages.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from award_archive.checking.archive import Archive, Edition, EntryReader, Group, entry_reader
from award_archive.checking.problems import Problem
from award_archive.checking.read import RawEntry
from award_archive.checking.validate import Rules
from award_archive.contract.model import Entry
from award_archive.search.page import search_page
from award_archive.web.builder import GeneratedPage, SiteBuilder
from award_archive.web.site import SiteSettings
from award_archive.web.urls import dest_of


@dataclass
class EntryCache:
    """Read-and-validate results by file, reused while (mtime, size) stay the same."""

    _files: dict[Path, tuple[tuple[object, ...], RawEntry, Entry | None, list[Problem]]] = field(
        default_factory=dict
    )
    hits: int = 0
    misses: int = 0

    def reader(self, root: Path, rules: Rules, entries_dir: str = "entries") -> EntryReader:
        """An EntryReader for load_archive that reads only new or changed files."""
        fresh = entry_reader(root, rules, entries_dir)

        def read(path: Path) -> tuple[RawEntry, Entry | None, list[Problem]]:
            try:
                st = path.stat()
                key: tuple[object, ...] | None = (
                    st.st_mtime_ns,
                    st.st_size,
                    rules,
                    root,
                    entries_dir,
                )
            except OSError:
                key = None  # let read_entry_file report it
            cached = self._files.get(path)
            if key is not None and cached is not None and cached[0] == key:
                self.hits += 1
                return cached[1], cached[2], cached[3]
            self.misses += 1
            raw, entry, problems = fresh(path)
            if key is not None:
                self._files[path] = (key, raw, entry, problems)
            return raw, entry, problems

        return read


class _Uncacheable(Exception):
    pass


class CachingSiteBuilder(SiteBuilder):
    """A SiteBuilder that remembers rendered pages across builds (see module docstring).

    A page's key is its template, its place and its values, where an Entry counts by
    identity (EntryCache hands back the same object for an unchanged file) and a group
    or edition by the identity of its entries. Slugs are not part of a page's values:
    when any slug changes, `memo` must be emptied (PageMemo does that).
    """

    def __init__(self, *args: Any, memo: PageMemo, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)  # whatever SiteBuilder takes
        self.memo = memo

    def body_html(self, e: Entry) -> str:
        html = self.memo.bodies.get(e.body)
        if html is None:
            html = self.memo.bodies[e.body] = super().body_html(e)
        return html

    def render(self, template: str, src_uri: str, **values: object) -> str:
        try:
            key = (template, src_uri, _key(values, self.memo.alive))
        except _Uncacheable:
            return super().render(template, src_uri, **values)
        html = self.memo.pages.get(key)
        if html is None:
            html = self.memo.pages[key] = super().render(template, src_uri, **values)
        self.memo.used.add(key)
        return html


@dataclass
class PageMemo:
    """What CachingSiteBuilder remembers between two serve rebuilds."""

    pages: dict[tuple, str] = field(default_factory=dict)
    bodies: dict[str, str] = field(default_factory=dict)
    alive: dict[int, object] = field(
        default_factory=dict
    )  # keeps the ids in keys from being reused
    used: set[tuple] = field(default_factory=set)
    context: tuple = ()

    def builder(
        self, archive: Archive, rules: Rules, *args: Any, **kwargs: Any
    ) -> CachingSiteBuilder:
        """A builder for this build (SiteBuilder's arguments); forgets everything when
        slugs, rules, archive.yml or any other argument changed."""
        builder = CachingSiteBuilder(archive, rules, *args, memo=self, **kwargs)
        slugs = tuple(
            (kind, tuple(sorted(names.items()))) for kind, names in sorted(builder.slugs.items())
        )
        model = archive.authorities.model  # archive.yml: names resolve through it
        context = (rules, args, tuple(sorted(kwargs.items())), slugs, model)
        if context != self.context:
            self.pages.clear()
            self.context = context
        self.used = set()
        return builder

    def pages_of(self, builder: CachingSiteBuilder) -> list[GeneratedPage]:
        self.alive = {}
        pages = list(builder.pages())
        # Forget what this build did not use, so a long serve session does not pile up
        # memory; `alive` now holds exactly the objects the kept keys name by id().
        self.pages = {k: v for k, v in self.pages.items() if k in self.used}
        live_bodies = {e.body for e in builder.archive.entries}
        self.bodies = {b: h for b, h in self.bodies.items() if b in live_bodies}
        return pages


def _key(value: Any, alive: dict[int, object]) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, Entry):
        alive[id(value)] = value
        return ("entry", id(value))
    if isinstance(value, (Edition, Group)):
        for e in value.entries:
            alive[id(e)] = e
        return (type(value).__name__, value.name, value.slug, tuple(id(e) for e in value.entries))
    if isinstance(value, dict):
        return tuple(
            (k, _key(v, alive)) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
        )
    if isinstance(value, (list, tuple)):
        return tuple(_key(v, alive) for v in value)
    raise _Uncacheable(type(value).__name__)


def _frozen(value: Any) -> Any:
    """A hashable copy: every field of a GeneratedPage counts, whatever fields it grows."""
    if is_dataclass(value) and not isinstance(value, type):
        return tuple(_frozen(getattr(value, f.name)) for f in fields(value))
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple, set, frozenset)):
        return tuple(_frozen(v) for v in value)
    return value


class OutputCache:
    """Generated pages' written files, kept in site_dir between serve rebuilds.

    MkDocs empties site_dir before every build, but leaves hidden entries alone: before
    that (on_pre_build) the folders holding generated pages are renamed into
    `site_dir/.aa-keep/`; after the build the few pages MkDocs wrote again are moved into
    them and they are renamed back. A handful of renames instead of thousands of files.
    """

    KEEP = ".aa-keep"

    def __init__(self) -> None:
        self.digests: dict[str, tuple[int, str]] = {}  # src_uri -> (digest, dest) of the files kept
        self.pending: dict[str, tuple[int, str]] = {}
        self.fingerprint: object = None

    def set_aside(self, site_dir: Path) -> None:
        """Before MkDocs empties site_dir: move the generated pages' folders out of its way."""
        keep = site_dir / self.KEEP
        for top in sorted(
            {dest.split("/", 1)[0] for _, dest in self.digests.values() if "/" in dest}
        ):
            if (site_dir / top).is_dir():
                keep.mkdir(parents=True, exist_ok=True)
                shutil.rmtree(keep / top, ignore_errors=True)
                os.replace(site_dir / top, keep / top)

    def plan(
        self, pages: list[GeneratedPage], fingerprint: object, directory_urls: bool, site_dir: Path
    ) -> list[GeneratedPage]:
        """The pages MkDocs must build this time: new or changed ones, and nav pages."""
        if fingerprint != self.fingerprint:
            self.digests = {}  # the config, docs/ or the theme changed: build everything
            self.fingerprint = fingerprint
        keep = site_dir / self.KEEP
        build: list[GeneratedPage] = []
        self.pending = {}
        for page in pages:
            digest = (hash(_frozen(page)), dest_of(page.src_uri, directory_urls))
            self.pending[page.src_uri] = digest
            if (
                page.in_nav
                or self.digests.get(page.src_uri) != digest
                or not (keep / digest[1]).is_file()
            ):
                build.append(page)  # nav pages always go through MkDocs: the nav needs them
        return build

    def restore(self, site_dir: Path) -> None:
        """After a build: merge what MkDocs wrote into the kept folders, put them back, and
        drop pages that no longer exist."""
        keep = site_dir / self.KEEP
        if keep.is_dir():
            for top in sorted(os.listdir(keep)):
                fresh = site_dir / top
                if fresh.is_dir():
                    for dirpath, _, names in os.walk(fresh):
                        rel = Path(dirpath).relative_to(site_dir)
                        for name in names:
                            (keep / rel).mkdir(parents=True, exist_ok=True)
                            os.replace(Path(dirpath) / name, keep / rel / name)
                    shutil.rmtree(fresh)
                elif fresh.exists():
                    fresh.unlink()
                os.replace(keep / top, fresh)
            shutil.rmtree(keep, ignore_errors=True)
        live = {dest for _, dest in self.pending.values()}
        for _, dest in self.digests.values():
            if dest not in live:
                (site_dir / dest).unlink(missing_ok=True)
        self.digests = {uri: d for uri, d in self.pending.items() if (site_dir / d[1]).is_file()}


def tree_fingerprint(*folders: Path | None) -> tuple:
    """(path, mtime, size) of every file below `folders`: changes when any file does."""
    found = []
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                found.append((path, st.st_mtime_ns, st.st_size))
    return tuple(found)


def serve_pages(
    memo: PageMemo,
    output: OutputCache,
    archive: Archive,
    rules: Rules,
    site: SiteSettings,
    fingerprint: object,
    site_dir: Path,
) -> tuple[list[GeneratedPage], set[str]]:
    """A serve rebuild's pages (rendered again only where their inputs changed) and the
    src_uris of those MkDocs must write again (the others' files are still in site_dir)."""
    builder = memo.builder(
        archive,
        rules,
        site.directory_urls,
        site.site_url,
        site.repo,
        history=site.history,
        site_name=site.site_name,
    )
    pages = [*memo.pages_of(builder), search_page(site.search, site.directory_urls)]
    to_build = {p.src_uri for p in output.plan(pages, fingerprint, site.directory_urls, site_dir)}
    return pages, to_build
