"""Everything the built site holds besides MkDocs' own pages, as plain data.

The plugin hands each item to MkDocs in one loop: generated pages (rendered by the
theme), generated files (written as they are) and copied files (byte for byte).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from award_archive.checking import attachments
from award_archive.checking.archive import Archive
from award_archive.checking.validate import Rules
from award_archive.formats.datapackage import DATAPACKAGE_PATH, datapackage_json
from award_archive.formats.export import DOWNLOADS, export_text
from award_archive.search.page import SEARCH_SCRIPT, search_page
from award_archive.web.builder import GeneratedPage, RepoLinks, SiteBuilder, build_pages
from award_archive.web.history import History
from award_archive.web.outputs import browse_files
from award_archive.web.redirects import redirect_files
from award_archive.web.urls import TABLE_SCRIPT, TABLE_WORKER

WEB_DIR = Path(__file__).parent  # templates/ and assets/
# The site's own scripts and styles: site path -> file in web/assets/.
ASSETS: dict[str, Path] = {
    f"assets/award-archive/{name}": WEB_DIR / "assets" / name
    for name in ("archive.css", "search.css", "search-header.js")
}
# Loaded by one page, not every page: the search page's script, the table page's and the
# worker the table's script starts.
SCRIPTS = {
    SEARCH_SCRIPT: WEB_DIR / "assets" / "search.js",
    TABLE_SCRIPT: WEB_DIR / "assets" / "table.js",
    TABLE_WORKER: WEB_DIR / "assets" / "table-worker.js",
}


@dataclass(frozen=True)
class SiteSettings:
    """What the site's contents depend on besides the archive and its rules."""

    site_name: str = ""
    site_url: str = ""
    directory_urls: bool = True
    search: bool = True
    root: Path = Path(".")  # the archive root: attachments' paths are relative to it
    repo: RepoLinks | None = None  # mkdocs.yml's repo_url: entry pages link to their source
    history: History = field(default_factory=dict)  # 修订记录: web.history.revision_history


@dataclass(frozen=True)
class SiteContents:
    pages: list[GeneratedPage]
    files: dict[str, str]  # site path -> text (table data, feed, downloads, redirects)
    copies: dict[str, Path]  # site path -> file copied byte for byte (assets, attachments)
    front: str = ""  # HTML the plugin puts below docs/index.md (builder.front_html)


def site_pages(archive: Archive, rules: Rules, site: SiteSettings) -> list[GeneratedPage]:
    pages = build_pages(
        archive, rules, site.directory_urls, site.site_url, site.repo, site.history, site.site_name
    )
    return [*pages, search_page(site.search, site.directory_urls)]


def site_contents(
    archive: Archive, rules: Rules, site: SiteSettings, pages: list[GeneratedPage] | None = None
) -> SiteContents:
    """The site's contents; `pages` when the caller built them already (serve's cache)."""
    files = browse_files(archive, rules, site.site_name, site.site_url, site.directory_urls)
    for fmt, uri in DOWNLOADS.items():  # the table page links these
        files[uri] = export_text(archive.entries, fmt)
    files[DATAPACKAGE_PATH] = datapackage_json(site.site_name, site.site_url)  # beside them
    files.update(redirect_files(archive, site.directory_urls, site.site_url))
    copies = {**ASSETS, **SCRIPTS, **attachment_copies(archive, site.root)}
    front = SiteBuilder(archive, rules, site.directory_urls, site.site_url).front_html()
    return SiteContents(
        pages if pages is not None else site_pages(archive, rules, site), files, copies, front
    )


def attachment_copies(archive: Archive, root: Path) -> dict[str, Path]:
    """The entries' attachments the site may publish (checked again, by name and first
    bytes: nothing from the entries folder may become a page or a document that runs)."""
    found: dict[str, Path] = {}
    for entry in archive.entries:
        for path in entry.attachments:
            src = root / path
            if attachments.publishable(src, path):
                found.setdefault(path, src)
    return found
