"""Pages at the old URLs of renamed names: `moved:` in the slug registry (old name ->
new name, written by hand) sends a reader of the old URL on to the new name's page, as
archive.yml does for an alias or a renamed category that had a page of its own."""

from __future__ import annotations

import html

from award_archive.checking.archive import Archive
from award_archive.contract.groups import GROUP_KINDS
from award_archive.web.urls import absolute_url, dest_of, relative_url, src_uri_of, url_of

_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>已移至 {name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<p>此页已移至 <a href="{href}">{name}</a>。</p>
</body>
</html>
"""


def redirect_files(
    archive: Archive, directory_urls: bool = True, site_url: str = ""
) -> dict[str, str]:
    """Site path -> redirect page, for each moved name that has no page of its own any
    more while the name it became has one."""
    files: dict[str, str] = {}
    for kind in GROUP_KINDS:
        moved = {
            **archive.authorities.moved(kind.key),
            **archive.registry.moved.get(kind.folder, {}),  # written by hand: it decides
        }
        if not moved:
            continue
        slugs = archive.slugs(kind.key)
        recorded = archive.registry.sections.get(kind.folder, {})
        for old, new in sorted(moved.items()):
            if old in slugs or new not in slugs or old not in recorded:
                continue  # the old name still has works, or the new one has none (yet)
            old_uri = src_uri_of(kind.key, recorded[old])
            new_uri = src_uri_of(kind.key, slugs[new])
            href = relative_url(url_of(new_uri, directory_urls), url_of(old_uri, directory_urls))
            canonical = absolute_url(site_url, new_uri, directory_urls) if site_url else href
            files[dest_of(old_uri, directory_urls)] = _PAGE.format(
                name=html.escape(new), href=html.escape(href), canonical=html.escape(canonical)
            )
    return files
