"""The search page: its own UI (assets/search.js) over the bundle the build writes."""

from __future__ import annotations

import json

import jinja2

from award_archive.contract.model import EDITION_PATTERN, FIELDS_BY_KEY
from award_archive.search.filters import FILTER_KEYS
from award_archive.search.index import BUNDLE_DIR, FOLD_TABLE
from award_archive.search.substring import TABLE_FILE
from award_archive.web.builder import GeneratedPage
from award_archive.web.urls import SEARCH_URI, TABLE_URI, relative_url, url_of

SEARCH_TITLE = "搜索"
SEARCH_SCRIPT = "assets/award-archive/search.js"

_env = jinja2.Environment(
    loader=jinja2.PackageLoader("award_archive", "web/templates/pages"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def search_page(enabled: bool, directory_urls: bool = True) -> GeneratedPage:
    here = url_of(SEARCH_URI, directory_urls)
    # The filters' names, in the order the page shows them (search/filters.py).
    names = [FIELDS_BY_KEY[k].label for k in FILTER_KEYS]
    html = _env.get_template("search.html").render(
        enabled=enabled,
        filters=json.dumps(names, ensure_ascii=False),
        filter_names=names,
        # `届次:10` looks for the edition as the site names it (model.ordinal_edition).
        edition_name=EDITION_PATTERN,
        table_file=TABLE_FILE,
        fold_file=FOLD_TABLE,
        bundle=relative_url(BUNDLE_DIR + "/", here),
        root=relative_url("", here),
        script=relative_url(SEARCH_SCRIPT, here),
        table=relative_url(url_of(TABLE_URI, directory_urls), here),
    )
    return GeneratedPage(SEARCH_URI, SEARCH_TITLE, html, in_nav=True)
