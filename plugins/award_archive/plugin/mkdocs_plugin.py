"""The MkDocs plugin: a thin layer that hands the core's pages to MkDocs.

on_config   load and validate the archive (before MkDocs empties site_dir)
on_files    one virtual file per generated page, plus the plugin's assets
on_page_*   swap in the core's escaped title and pre-rendered HTML
on_serve    watch entries/ so `mkdocs serve` rebuilds when an entry changes
on_post_build   index the written site with Pagefind (search_index.py), then swap the
                site built in a temporary folder into place (site_swap.py)
on_build_error  throw the temporary folder away: a failed build leaves the old site as it was

An unexpected exception in the plugin's own code ends as one located error line, never a
traceback (`reported`); under `serve`, a failed rebuild is logged and the server keeps
serving and watching (MkDocs alone holds every request until a rebuild succeeds).

During `serve`, incremental.py keeps unchanged entries, pages and written files between
rebuilds (this instance lives across rebuilds because it defines on_startup).
"""

from __future__ import annotations

import functools
import html
import logging
import os
import shutil
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError, PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from award_archive.checking import attachments
from award_archive.checking.archive import Archive, load_archive
from award_archive.checking.problems import errors
from award_archive.checking.validate import Rules
from award_archive.contract.dates import build_epoch
from award_archive.contract.model import DEFAULT_CATEGORIES, DEFAULT_PRIZES
from award_archive.formats.export import DOWNLOADS, export_text
from award_archive.plugin import site_swap
from award_archive.plugin.serve_cache import EntryCache, OutputCache, PageMemo, tree_fingerprint
from award_archive.search.index import SearchIndexError, build_search_index
from award_archive.search.page import SEARCH_SCRIPT, search_page
from award_archive.web.builder import GeneratedPage, build_pages
from award_archive.web.outputs import browse_files

log = get_plugin_logger(__name__)

PACKAGE_DIR = Path(__file__).parent.parent / "web"  # templates/ and assets/
KEPT_SEARCH_INDEX = ".aa-pagefind-kept"  # hidden: MkDocs' cleaning leaves it alone
ASSETS = (
    "assets/award-archive/archive.css",
    "assets/award-archive/archive.js",
    "assets/award-archive/table.js",
    "assets/award-archive/search.css",
    "assets/award-archive/search-header.js",
)


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
                f"award-archive failed in {method.__name__}: {where(exc)}. This is a bug in the "
                "plugin: please report it with the entry files changed since the last good build"
            ) from exc

    return event  # type: ignore[return-value]


class AwardArchiveConfig(Config):
    entries_dir = c.Type(str, default="entries")
    categories = c.ListOfItems(c.Type(str), default=list(DEFAULT_CATEGORIES))
    prizes = c.ListOfItems(c.Type(str), default=list(DEFAULT_PRIZES))
    include_examples = c.Type(bool, default=True)
    search = c.Type(bool, default=True)  # false: no Pagefind index (fast previews, benchmarks)


class AwardArchivePlugin(BasePlugin[AwardArchiveConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.archive: Archive | None = None
        self.generated: dict[str, GeneratedPage] = {}
        self.serving = False
        self.dirty = False
        self.swap: tuple[Path, Path] | None = None  # (temporary folder, the real site_dir)
        self.site: tuple[Path, str] | None = None  # the site folder, and how messages name it
        self.warnings: CountHandler | None = None  # what --strict will abort on
        self.entry_cache: EntryCache | None = None
        self.page_memo: PageMemo | None = None
        self.output_cache: OutputCache | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.dirty = dirty
        if self.serving:
            self.entry_cache, self.page_memo, self.output_cache = EntryCache(), PageMemo(), OutputCache()

    @reported
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.output_cache is not None:  # before MkDocs empties site_dir
            site = Path(config.site_dir)
            self.output_cache.set_aside(site)
            # Keep the search index too (MkDocs leaves hidden folders alone): re-indexing
            # on every save would cost ~14 s at 5,000 entries.
            if (site / "pagefind").is_dir():
                shutil.rmtree(site / KEPT_SEARCH_INDEX, ignore_errors=True)
                os.replace(site / "pagefind", site / KEPT_SEARCH_INDEX)

    @property
    def rules(self) -> Rules:
        return Rules(tuple(self.config.categories), tuple(self.config.prizes))

    def root(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path or ".").resolve().parent

    @reported
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if config.strict and not (self.serving or self.dirty):
            self.count_warnings()  # before the entries' own warnings are logged
        root, entries_dir = self.root(config), self.config.entries_dir
        read = self.entry_cache.reader(root, self.rules, entries_dir) if self.entry_cache is not None else None
        archive = load_archive(root, self.rules, entries_dir, read)
        for p in archive.problems:
            (log.error if p.is_error else log.warning)(str(p))
        bad = errors(archive.problems)
        if bad and not self.serving:
            # Raised before MkDocs empties site_dir: the previous site stays as it was.
            raise PluginError(
                f"{len(bad)} problem(s) in {len({p.path for p in bad})} entry file(s): fix them and build again"
            )
        if not self.config.include_examples:
            archive = Archive([e for e in archive.entries if not e.example], archive.problems, archive.registry)
        self.archive = archive
        self.record_slugs(archive)
        self.build_aside(config)
        # Sitemaps carry a build date: derive it from the entries so that the same
        # entries give the same site.
        os.environ.setdefault("SOURCE_DATE_EPOCH", str(build_epoch(archive.last_published)))
        templates = str(PACKAGE_DIR / "templates" / "theme")
        if templates not in config.theme.dirs:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, templates)
        config.extra["aa_search_page"] = "search/" if config.use_directory_urls else "search.html"
        for asset in ASSETS:
            target = config.extra_css if asset.endswith(".css") else config.extra_javascript
            if asset not in target:
                target.append(asset)
        return config

    @reported
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.archive is not None
        if self.page_memo is not None and self.output_cache is not None:  # serve: only what changed
            builder = self.page_memo.builder(self.archive, self.rules, config.use_directory_urls, config.site_url or "")
            pages = [*self.page_memo.pages_of(builder), search_page(self.config.search, config.use_directory_urls)]
            fingerprint = self.site_fingerprint(config)
            to_build = {p.src_uri for p in self.output_cache.plan(pages, fingerprint, config.use_directory_urls, Path(config.site_dir))}
            log.info(f"rebuilding {len(to_build)} of {len(pages)} archive pages; the others did not change")
        else:
            pages = build_pages(self.archive, self.rules, config.use_directory_urls, config.site_url or "")
            pages.append(search_page(self.config.search, config.use_directory_urls))
            to_build = None
        self.generated = {}
        for page in pages:
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            if files.get_file_from_path(page.src_uri) is not None:
                raise PluginError(f"docs/{page.src_uri} clashes with a page the archive generates; rename it")
            if to_build is not None and page.src_uri not in to_build:
                continue  # unchanged since the last serve rebuild: its file is still in site_dir
            files.append(File.generated(config, page.src_uri, content=f"# {page.title}\n", inclusion=inclusion))
            self.generated[page.src_uri] = page
        self.add_attachments(files, config)
        for path, content in browse_files(
            self.archive, self.rules, config.site_name, config.site_url or "", config.use_directory_urls
        ).items():
            files.append(File.generated(config, path, content=content))
        for asset in (*ASSETS, SEARCH_SCRIPT):
            files.append(File.generated(config, asset, abs_src_path=str(PACKAGE_DIR / asset.replace("award-archive/", ""))))
        for fmt, uri in DOWNLOADS.items():  # the table page links these
            files.append(File.generated(config, uri, content=export_text(self.archive.entries, fmt)))
        return files

    def add_attachments(self, files: Files, config: MkDocsConfig) -> None:
        """Copy the entries' attachments, byte for byte, as static files. The validator
        allowed them (attachments.py); checked again here, by name and first bytes, so that
        nothing from entries/ ever becomes a page or a document that runs (MkDocs renders
        any .md it is given, and serve goes on past invalid entries)."""
        assert self.archive is not None
        root = self.root(config)
        base = (root / self.config.entries_dir).resolve()
        stray = sorted(
            f.src_uri for f in files if f.abs_src_path and Path(f.abs_src_path).resolve().is_relative_to(base)
        )
        if stray:  # docs_dir holds (a link into) the entries folder
            raise PluginError(
                f"docs/{stray[0]} lies inside {self.config.entries_dir}/ ({len(stray)} such file(s)): "
                f"MkDocs would publish it as it is; keep {self.config.entries_dir}/ out of docs/"
            )
        for entry in self.archive.entries:
            for path in entry.attachments:
                src = root / path
                if not attachments.publishable(src, path) or files.get_file_from_path(path):
                    continue
                file = File.generated(config, path, abs_src_path=str(src))
                if file.is_documentation_page() or file.is_static_page() or file.is_javascript():
                    continue  # never reached: the allow-list has no such type
                files.append(file)

    @event_priority(100)  # before other plugins read the title
    @reported
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        gen = self.generated.get(page.file.src_uri)
        if gen is None:
            return markdown
        # MkDocs' templates print page.title unescaped: hand them escaped text.
        page.title = html.escape(gen.title)
        page.meta = {"aa_generated": True}
        if gen.hide:
            page.meta["hide"] = list(gen.hide)
        if gen.head:
            page.meta["description"] = html.escape(gen.head["description"])  # Material prints it raw
            page.meta["aa_head"] = gen.head
        return ""

    @reported
    def on_page_content(self, html_: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        gen = self.generated.get(page.file.src_uri)
        return gen.html if gen is not None else html_

    def record_slugs(self, archive: Archive) -> None:
        """A build records the slugs of new names (schema/published-slugs.yml); `serve`
        only previews them: a name typed wrong and fixed must not reserve a slug."""
        if self.serving:
            return
        try:
            if archive.record_slugs():
                log.info(f"Recorded the slugs of new names in {archive.registry.path}")
        except OSError as e:
            log.warning(f"{archive.registry.path}: cannot be written ({e.strerror or e}); "
                        "the new names' URLs are not recorded")

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
        logging.getLogger("mkdocs").addHandler(self.warnings)

    @event_priority(-100)  # last, once every plugin has written into the folder
    @reported
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site = Path(config.site_dir)
        if self.output_cache is not None:
            self.output_cache.restore(site)
        if self.config.search and self.serving and (site / KEPT_SEARCH_INDEX).is_dir():
            os.replace(site / KEPT_SEARCH_INDEX, site / "pagefind")
            log.info("Search: the index from the first build is kept while serving (restart to refresh it)")
        elif self.config.search:
            try:
                report = build_search_index(Path(config.site_dir))
            except SearchIndexError as exc:
                raise PluginError(f"search index: {exc}. Set `search: false` under award-archive to build without it.") from exc
            log.info(f"Search: indexed {report.pages} entries in {report.seconds:.1f} s")
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
        log.info(f"The new site replaced {final}")

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
            raise Abort("Aborted: the site could not be written")

    def end_swap(self) -> None:
        if self.warnings is not None:
            logging.getLogger("mkdocs").removeHandler(self.warnings)
        self.swap, self.warnings = None, None

    def site_fingerprint(self, config: MkDocsConfig) -> tuple:
        """Changes when anything every page depends on changes: config, docs/, theme overrides."""
        config_bytes = Path(config.config_file_path).read_bytes() if config.config_file_path else b""
        custom = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        return (config_bytes, tree_fingerprint(Path(config.docs_dir), custom, PACKAGE_DIR / "templates"))

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root(config) / self.config.entries_dir))
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
            log.error("The rebuild stopped at the error above; the server keeps serving and "
                      "watching: fix it and save to rebuild")
        except Exception as exc:
            log.debug("the traceback of the error below", exc_info=True)
            log.error(f"The rebuild failed: {where(exc)}; the server keeps serving and "
                      "watching: fix it and save to rebuild")

    return rebuild
