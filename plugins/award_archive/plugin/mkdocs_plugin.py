"""The MkDocs plugin: a thin layer that hands the core's pages to MkDocs.

on_config   load and validate the archive (before MkDocs empties site_dir)
on_files    one virtual file per item of what the core says the site holds (web/site.py)
on_page_*   swap in the core's escaped title and pre-rendered HTML
on_nav      the awards overview (archive.yml only) joins the nav before the editions
on_serve    watch entries/ and archive.yml (or its folder until it exists) so `mkdocs serve`
            rebuilds when either changes
on_post_build   index the written site (search/index.py, Python only), then swap the
                site built in a temporary folder into place (site_swap.py)
on_build_error  throw the temporary folder away: a failed build leaves the old site as it was

An unexpected exception in the plugin's own code ends as one located error line, never a
traceback (`reported`); under `serve`, a failed rebuild is logged and the server keeps
serving and watching (MkDocs alone holds every request until a rebuild succeeds).

Options: config.py. Keeping the search index while serving and the sitemap's date:
serve_support.py. During `serve`, serve_cache.py keeps unchanged entries, pages and written
files between rebuilds (this instance lives across rebuilds because it defines on_startup).
"""

from __future__ import annotations

import functools
import html
import logging
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError, PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from award_archive.checking.archive import Archive, load_archive
from award_archive.checking.archive_file import ArchiveFile, read_archive_file
from award_archive.checking.problems import errors
from award_archive.checking.validate import Rules
from award_archive.contract import i18n
from award_archive.contract.i18n import _, ngettext, os_reason
from award_archive.plugin import site_swap
from award_archive.plugin.config import AwardArchiveConfig
from award_archive.plugin.serve_cache import (
    EntryCache,
    OutputCache,
    PageMemo,
    serve_pages,
    tree_fingerprint,
)
from award_archive.plugin.serve_support import (
    keep_search_index,
    restore_search_index,
    set_sitemap_epoch,
)
from award_archive.search.index import SearchIndexError, build_search_index
from award_archive.web.builder import FRONT_URI, GeneratedPage, repo_links
from award_archive.web.history import revision_history
from award_archive.web.site import ASSETS, WEB_DIR, SiteSettings, site_contents
from award_archive.web.urls import overview_uri

log = get_plugin_logger(__name__)
# MkDocs logs under "mkdocs"; ProperDocs, its drop-in fork, under "properdocs".
ENGINE_LOGGERS = ("mkdocs", "properdocs")

PACKAGE_DIR = Path(__file__).parent.parent  # the plugin's own code: where() names its lines


F = TypeVar("F", bound=Callable[..., Any])


def where(exc: BaseException) -> str:
    """`ValueError: year 0 is out of range (archive.py:127)`: the error and the line of
    the plugin's code (else the innermost line) it came from."""
    frames = traceback.extract_tb(exc.__traceback__)
    package = PACKAGE_DIR.resolve()
    ours = [f for f in frames if Path(f.filename).resolve().is_relative_to(package)] or frames
    text = " ".join(str(exc).split()) or "(no message)"
    at = f" ({Path(ours[-1].filename).name}:{ours[-1].lineno})" if ours else ""
    return f"{type(exc).__name__}: {text}{at}"


def reported(method: F) -> F:
    """An event whose unexpected exceptions become one located PluginError line (MkDocs
    prints it and stops) instead of a traceback; the traceback is logged with --verbose."""

    @functools.wraps(method)
    def event(self: AwardArchivePlugin, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (BuildError, Abort):
            raise
        except Exception as exc:
            log.debug("award-archive: the traceback of the error below", exc_info=True)
            line = self.site_error(exc)  # a full disk, a read-only folder: not a bug
            if line is not None:
                raise PluginError(line) from exc
            raise PluginError(
                _(
                    "award-archive failed in {event}: {error}. This is a bug in the plugin: please "
                    "report it with the entry files changed since the last good build"
                ).format(event=method.__name__, error=where(exc))
            ) from exc

    return event  # type: ignore[return-value]


class AwardArchivePlugin(BasePlugin[AwardArchiveConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.archive: Archive | None = None
        self.generated: dict[str, GeneratedPage] = {}
        self.front_html = ""  # below docs/index.md: the archive's front page (builder.front_html)
        self.serving = False
        self.dirty = False
        self.swap: tuple[Path, Path] | None = None  # (temporary folder, the real site_dir)
        self.site: tuple[Path, str] | None = None  # the site folder, and how messages name it
        self.warnings: CountHandler | None = None  # what --strict will abort on
        self.entry_cache: EntryCache | None = None
        self.page_memo: PageMemo | None = None
        self.output_cache: OutputCache | None = None
        self.archive_file = ArchiveFile()  # archive.yml as read by the last on_config

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty
        if self.serving:
            self.entry_cache, self.page_memo, self.output_cache = (
                EntryCache(),
                PageMemo(),
                OutputCache(),
            )

    @reported
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.output_cache is not None:  # before MkDocs empties site_dir
            site = Path(config.site_dir)
            self.output_cache.set_aside(site)
            keep_search_index(site)

    @property
    def rules(self) -> Rules:
        configured = Rules(tuple(self.config.categories), tuple(self.config.prizes))
        return configured.with_model(self.archive_file.model)

    def root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    @reported
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # The messages' language: AWARDS_LANG, else the site's own theme.language, else zh.
        i18n.set_language(
            i18n.normalise(os.environ.get(i18n.ENV))
            or i18n.normalise(config.theme.get("language"))
            or i18n.DEFAULT
        )
        if config.strict and not (self.serving or self.dirty):
            self.count_warnings()  # before the entries' own warnings are logged
        root, entries_dir = self.root(config), self.config.entries_dir
        self.archive_file = read_archive_file(root, self.config.archive_file)
        read = (
            self.entry_cache.reader(root, self.rules, entries_dir)
            if self.entry_cache is not None
            else None
        )
        archive = load_archive(root, self.rules, entries_dir, read, archive_file=self.archive_file)
        for p in archive.problems:
            (log.error if p.is_error else log.info if p.severity == "note" else log.warning)(str(p))
        bad = errors(archive.problems)
        if bad and not self.serving:
            # Raised before MkDocs empties site_dir: the previous site stays as it was.
            files = len({p.path for p in bad})
            raise PluginError(
                ngettext(
                    "{problems} in {n} entry file: fix them and build again",
                    "{problems} in {n} entry files: fix them and build again",
                    files,
                ).format(
                    problems=ngettext("{n} problem", "{n} problems", len(bad)).format(n=len(bad)),
                    n=files,
                )
            )
        if not self.config.include_examples:
            archive = Archive(
                [e for e in archive.entries if not e.example],
                archive.problems,
                archive.registry,
                archive.authorities,
            )
        self.archive = archive
        self.record_slugs(archive)
        self.build_aside(config)
        set_sitemap_epoch(archive)
        templates = str(WEB_DIR / "templates" / "theme")
        if templates not in config.theme.dirs:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, templates)
        config.extra["aa_search_page"] = "search/" if config.use_directory_urls else "search.html"
        for asset in ASSETS:  # every page loads them
            target = config.extra_css if asset.endswith(".css") else config.extra_javascript
            if asset not in target:
                target.append(asset)
        return config

    def site_settings(self, config: MkDocsConfig) -> SiteSettings:
        root = self.root(config)
        docs = Path(os.path.relpath(config.docs_dir, root)).as_posix()
        return SiteSettings(
            config.site_name,
            config.site_url or "",
            config.use_directory_urls,
            self.config.search,
            root,
            repo_links(config.repo_url, config.edit_uri, docs),
            history=revision_history(root, self.config.entries_dir),  # one git log a build
        )

    @reported
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.archive is not None
        site = self.site_settings(config)
        pages, to_build = None, None
        if self.page_memo is not None and self.output_cache is not None:  # serve: only what changed
            pages, to_build = serve_pages(
                self.page_memo,
                self.output_cache,
                self.archive,
                self.rules,
                site,
                self.site_fingerprint(config),
                Path(config.site_dir),
            )
            log.info(
                _("rebuilding {n} of {total} archive pages; the others did not change").format(
                    n=len(to_build), total=len(pages)
                )
            )
        contents = site_contents(self.archive, self.rules, site, pages)
        self.check_no_entries_in_docs(files, config)
        self.generated = {}
        self.front_html = contents.front
        for page in contents.pages:
            if files.get_file_from_path(page.src_uri) is not None:
                raise PluginError(
                    _("docs/{path} clashes with a page the archive generates; rename it").format(
                        path=page.src_uri
                    )
                )
            if to_build is not None and page.src_uri not in to_build:
                continue  # unchanged since the last serve rebuild: its file is still in site_dir
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(
                File.generated(
                    config, page.src_uri, content=f"# {page.title}\n", inclusion=inclusion
                )
            )
            self.generated[page.src_uri] = page
        for path, text in contents.files.items():
            files.append(File.generated(config, path, content=text))
        for path, src in contents.copies.items():
            file = File.generated(config, path, abs_src_path=str(src))
            if (
                files.get_file_from_path(path)
                or file.is_documentation_page()
                or file.is_static_page()
            ):
                continue  # a docs/ file of that name wins; the allow-list has no page type
            files.append(file)
        return files

    def check_no_entries_in_docs(self, files: Files, config: MkDocsConfig) -> None:
        """MkDocs would publish whatever docs_dir holds as it is: it must not hold (a link
        into) the entries folder, whose files the site publishes only once checked."""
        base = (self.root(config) / self.config.entries_dir).resolve()
        stray = sorted(
            f.src_uri
            for f in files
            if f.abs_src_path and Path(f.abs_src_path).resolve().is_relative_to(base)
        )
        if stray:
            raise PluginError(
                _(
                    "docs/{path} lies inside {folder}/ ({n} such file(s)): MkDocs would publish it "
                    "as it is; keep {folder}/ out of docs/"
                ).format(path=stray[0], folder=self.config.entries_dir, n=len(stray))
            )

    @reported
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """The awards overview exists only with archive.yml, so a shipped nav cannot name it
        (a nav entry for a missing page fails --strict): it joins the nav by itself, before
        the editions, unless the configured nav already places it."""
        uri = overview_uri("award")
        made = self.generated.get(uri)
        file = files.get_file_from_path(uri)
        if made is None or file is None or file.page is None or file.page in nav.pages:
            return nav
        file.page.title = made.title
        editions = overview_uri("edition")
        at = next(
            (
                i
                for i, item in enumerate(nav.items)
                if isinstance(item, Page) and item.file.src_uri == editions
            ),
            min(1, len(nav.items)),
        )
        nav.items.insert(at, file.page)
        return nav

    @event_priority(100)  # before other plugins read the title
    @reported
    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        gen = self.generated.get(page.file.src_uri)
        if gen is None:
            return markdown
        # MkDocs' templates print page.title unescaped: hand them escaped text.
        page.title = html.escape(gen.title)
        page.meta = {"aa_generated": True}
        if gen.hide:
            page.meta["hide"] = list(gen.hide)
        if gen.head:
            page.meta["description"] = html.escape(
                gen.head["description"]
            )  # Material prints it raw
            page.meta["aa_head"] = gen.head
        return ""

    @reported
    def on_page_content(self, html_: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        gen = self.generated.get(page.file.src_uri)
        if gen is None and page.file.src_uri == FRONT_URI:
            return html_ + self.front_html
        return gen.html if gen is not None else html_

    def record_slugs(self, archive: Archive) -> None:
        """A build records the slugs of new names (schema/published-slugs.yml); `serve`
        only previews them: a name typed wrong and fixed must not reserve a slug."""
        if self.serving:
            return
        try:
            if archive.record_slugs():
                log.info(
                    _("Recorded the slugs of new names in {path}").format(
                        path=archive.registry.path
                    )
                )
        except OSError as e:
            log.warning(
                _(
                    "{path}: cannot be written ({reason}); the new names' URLs are not recorded"
                ).format(path=archive.registry.path, reason=os_reason(e))
            )

    def build_aside(self, config: MkDocsConfig) -> None:
        """Point MkDocs at a temporary folder. Not when serving (MkDocs serves from its own
        temporary folder) nor for --dirty builds (they update the site in place)."""
        final = Path(config.site_dir).resolve()  # a linked site folder is swapped where it points
        root = self.root(config)
        shown = final.relative_to(root).as_posix() if final.is_relative_to(root) else str(final)
        self.site = (final, shown)
        if self.serving or self.dirty:
            return
        temp = site_swap.start(final)
        self.swap = (temp, final)
        config.site_dir = str(temp)

    def count_warnings(self) -> None:
        """--strict: MkDocs counts warnings and aborts only after on_post_build, so count
        them too and do not swap in a site it is about to reject."""
        self.warnings = CountHandler()
        self.warnings.setLevel(logging.WARNING)
        for name in ENGINE_LOGGERS:
            logging.getLogger(name).addHandler(self.warnings)

    @event_priority(-100)  # last, once every plugin has written into the folder
    @reported
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.output_cache is not None:
            self.output_cache.restore(site)
        if self.config.search and self.serving and restore_search_index(site):
            log.info(
                _(
                    "Search: the index from the first build is kept while serving (restart to "
                    "refresh it)"
                )
            )
        elif self.config.search:
            try:
                report = build_search_index(Path(config.site_dir))
            except SearchIndexError as exc:
                raise PluginError(
                    _(
                        "search index: {error}. Set `search: false` under award-archive to build "
                        "without it."
                    ).format(error=exc)
                ) from exc
            log.info(
                _("Search: indexed {n} entries in {seconds} s").format(
                    n=report.pages, seconds=f"{report.seconds:.1f}"
                )
            )
        # Anything else this plugin writes into the site goes before this line.
        self.finish_swap(config)

    def finish_swap(self, config: MkDocsConfig) -> None:
        if self.swap is None:
            return
        temp, final = self.swap
        config.site_dir = str(final)  # for whatever runs next (gh-deploy reads it)
        if self.warnings is not None and self.warnings.get_counts():
            return  # --strict is about to abort: on_build_error throws the new site away
        site_swap.finish(temp, final)  # if this fails, on_build_error removes the temporary folder
        self.end_swap()
        log.info(_("The new site replaced {path}").format(path=final))

    def site_error(self, exc: BaseException) -> str | None:
        """One line for an error writing the site (full disk, read-only folder), else None."""
        if self.site is None:
            return None
        final, shown = self.site
        return site_swap.explain(exc, final, self.swap[0] if self.swap else None, shown)

    @event_priority(-100)  # last: it may end the build with one line instead of a traceback
    def on_build_error(self, *, error: Exception) -> None:
        line = None if isinstance(error, (BuildError, Abort)) else self.site_error(error)
        if self.swap is not None:
            site_swap.discard(self.swap[0])
        self.end_swap()
        if self.output_cache is not None:
            # serve: the failed build may have written some pages and not others; the
            # next rebuild writes every generated page again
            self.output_cache.fingerprint = None
        if line is not None:  # MkDocs itself failed to write a page or a file
            log.error(line)
            raise Abort(_("Aborted: the site could not be written"))

    def end_swap(self) -> None:
        if self.warnings is not None:
            for name in ENGINE_LOGGERS:
                logging.getLogger(name).removeHandler(self.warnings)
        self.swap, self.warnings = None, None

    def site_fingerprint(self, config: MkDocsConfig) -> tuple:
        """Changes when anything every page depends on changes: config, docs/, theme overrides."""
        config_bytes = (
            Path(config.config_file_path).read_bytes() if config.config_file_path else b""
        )
        custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        return (
            config_bytes,
            tree_fingerprint(Path(config.docs_dir), custom, WEB_DIR / "templates"),
        )

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root(config) / self.config.entries_dir))
        archive_file = self.root(config) / self.config.archive_file
        if archive_file.exists():  # MkDocs' watcher needs a path that is there
            server.watch(str(archive_file))
        elif archive_file.parent.is_dir():  # so a newly written archive.yml needs no restart
            server.watch(str(archive_file.parent), recursive=False)
        server.builder = keep_serving(server.builder)
        return server


def keep_serving(builder: Callable[[], None]) -> Callable[[], None]:
    """The serve rebuild, logging a failure instead of raising it: MkDocs' server answers
    no request after a rebuild raised until one succeeds, so a broken entry saved during
    `serve` would leave the browser spinning with nothing said."""

    @functools.wraps(builder)
    def rebuild(*args: Any, **kwargs: Any) -> None:
        try:
            builder(*args, **kwargs)
        except (BuildError, Abort):  # MkDocs has logged the error itself
            log.error(
                _(
                    "The rebuild stopped at the error above; the server keeps serving and "
                    "watching: fix it and save to rebuild"
                )
            )
        except Exception as exc:
            log.debug("the traceback of the error below", exc_info=True)
            log.error(
                _(
                    "The rebuild failed: {error}; the server keeps serving and watching: "
                    "fix it and save to rebuild"
                ).format(error=where(exc))
            )

    return rebuild
