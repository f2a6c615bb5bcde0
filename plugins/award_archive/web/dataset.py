"""The downloads described to machines: a schema.org `Dataset` (JSON-LD) on the page that
links them (the table page), naming each download and the Frictionless descriptor.

Plain data; written through formats.html_json.dumps_for_html, safe inside <script>.
"""

from __future__ import annotations

from typing import Any

from award_archive.contract import links
from award_archive.contract.model import FIELDS
from award_archive.formats.datapackage import DATAPACKAGE_PATH
from award_archive.formats.export import DOWNLOADS
from award_archive.formats.html_json import dumps_for_html
from award_archive.web.urls import TABLE_URI, absolute_url

_MEDIA_TYPES = {"csv": "text/csv", "json": "application/json"}


def _download(path: str, media_type: str, site_url: str) -> dict[str, str]:
    return {
        "@type": "DataDownload",
        "encodingFormat": media_type,
        "contentUrl": links.absolute_url(site_url, path),
    }


def dataset_json_ld(
    site_name: str, site_url: str = "", total: int = 0, directory_urls: bool = True
) -> dict[str, Any]:
    name = site_name or "新闻奖作品档案"
    files = [_download(path, _MEDIA_TYPES[fmt], site_url) for fmt, path in DOWNLOADS.items()]
    files.append(_download(DATAPACKAGE_PATH, "application/vnd.datapackage+json", site_url))
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": f"{name}：全部条目",
        "description": description(name, total),
        "inLanguage": "zh-CN",
        "isAccessibleForFree": True,
        "variableMeasured": [f.label for f in FIELDS],
        "distribution": files,
    }
    if site_url:
        data["url"] = absolute_url(site_url, TABLE_URI, directory_urls)
        data["includedInDataCatalog"] = {"@type": "DataCatalog", "name": name, "url": site_url}
    return data


def description(name: str, total: int) -> str:
    files = "可下载 CSV 与 JSON，附 Frictionless 数据包描述"
    return f"{name}收录的 {total} 件参评作品推荐表的字段，{files}。"


def dataset_head(
    site_name: str, site_url: str = "", total: int = 0, directory_urls: bool = True
) -> dict[str, Any]:
    """The table page's head metadata (GeneratedPage.head): description, og, jsonld."""
    data = dataset_json_ld(site_name, site_url, total, directory_urls)
    og = [("og:type", "website"), ("og:title", data["name"]), ("og:locale", "zh_CN")]
    og.append(("og:description", data["description"]))
    if "url" in data:
        og.append(("og:url", data["url"]))
    return {"description": data["description"], "og": og, "jsonld": dumps_for_html(data)}
