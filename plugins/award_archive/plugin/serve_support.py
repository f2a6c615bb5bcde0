"""What the plugin does around MkDocs' build, without MkDocs: keeping the search index
while serving, and the sitemap's date."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from award_archive.checking.archive import Archive
from award_archive.contract.dates import build_epoch

KEPT_SEARCH_INDEX = ".aa-pagefind-kept"  # hidden: MkDocs' cleaning leaves it alone
SEARCH_INDEX = "pagefind"


def keep_search_index(site: Path) -> None:
    """Before MkDocs empties the site folder (serve): move the search index aside.
    Re-indexing on every save would cost ~14 s at 5,000 entries."""
    if (site / SEARCH_INDEX).is_dir():
        shutil.rmtree(site / KEPT_SEARCH_INDEX, ignore_errors=True)
        os.replace(site / SEARCH_INDEX, site / KEPT_SEARCH_INDEX)


def restore_search_index(site: Path) -> bool:
    """Put the index kept by keep_search_index back; False when there is none."""
    if not (site / KEPT_SEARCH_INDEX).is_dir():
        return False
    os.replace(site / KEPT_SEARCH_INDEX, site / SEARCH_INDEX)
    return True


def set_sitemap_epoch(archive: Archive) -> None:
    """Sitemaps carry a build date: derive it from the entries (SOURCE_DATE_EPOCH, unless
    the caller set one) so that the same entries give the same site."""
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(build_epoch(archive.last_published)))
