"""`downloads/datapackage.json`: a Frictionless Data Package describing the CSV and JSON
downloads, so others can load and check them without reading this project's code.

The Table Schema is made from the one field table (model.FIELDS: keys, Chinese labels,
kinds, help) and the export's columns (export.COLUMNS, parsed values beside raw ones):
a field added to the model appears here by itself.
"""

from __future__ import annotations

import posixpath
from typing import Any

from award_archive.contract.model import FIELDS_BY_KEY, Kind
from award_archive.formats.export import COLUMNS, DOWNLOADS
from award_archive.formats.html_json import dumps_for_html

DATAPACKAGE_PATH = posixpath.join(posixpath.dirname(DOWNLOADS["csv"]), "datapackage.json")
PACKAGE_NAME = "award-archive-entries"
PROFILE = "tabular-data-package"

_TYPE_OF_KIND: dict[Kind, str] = {Kind.INTEGER: "integer"}
_LIST_KINDS = (Kind.NAMES, Kind.PATHS)
_ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # `2023`, `2023-06` or `2023-06-08`
# The export's columns that are not a field of the form: name -> (type, title, description).
_PARSED: dict[str, tuple[str, str, str]] = {
    "published_start": (
        "string",
        "首发日期（起）",
        "首发日期的开始，ISO 8601：年、年-月或年-月-日",
    ),
    "published_end": ("string", "首发日期（止）", "日期为一段时间时的结束，ISO 8601"),
    "published_sort": ("string", "首发日期（排序键）", "按日期排序用的字符串"),
    "length_characters": ("integer", "字数", "作品字数（整数）"),
    "length_seconds": ("integer", "时长（秒）", "作品时长，以秒计"),
    "example": ("boolean", "示例条目", "示例条目为 true"),
    "source": ("string", "源文件", "条目文件在档案中的路径"),
}
_REQUIRED = ("id", "title", "award", "edition")  # a list entry may lack the others


def _column(name: str, lists_as_arrays: bool) -> dict[str, Any]:
    field = FIELDS_BY_KEY.get(name)
    if field is None:
        kind_type, title, description = _PARSED[name]
        column: dict[str, Any] = {"name": name, "type": kind_type, "title": title}
        column["description"] = description
    else:
        kind_type = _TYPE_OF_KIND.get(field.kind, "string")
        if field.kind in _LIST_KINDS:
            kind_type = "array" if lists_as_arrays else "string"
        column = {"name": name, "type": kind_type, "title": field.label}
        if field.help:
            column["description"] = field.help
    if name in ("published_start", "published_end"):
        column["constraints"] = {"pattern": _ISO_DATE}
    if name in _REQUIRED:
        column["constraints"] = {"required": True, **({"unique": True} if name == "id" else {})}
    return column


def table_schema(lists_as_arrays: bool) -> dict[str, Any]:
    """The Table Schema of the export: lists are arrays in JSON and text in CSV (joined
    with 、, attachments one a line)."""
    fields = [_column(name, lists_as_arrays) for name in COLUMNS]
    return {"fields": fields, "primaryKey": "id", "missingValues": [""]}


def _resource(fmt: str, site_name: str) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "name": f"entries-{fmt}",
        "path": posixpath.basename(DOWNLOADS[fmt]),
        "profile": "tabular-data-resource",
        "title": f"{site_name}：全部条目（{fmt.upper()}）"
        if site_name
        else f"全部条目（{fmt.upper()}）",
        "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/json",
        "encoding": "utf-8-sig" if fmt == "csv" else "utf-8",
        "schema": table_schema(lists_as_arrays=fmt == "json"),
    }
    if fmt == "csv":
        resource["dialect"] = {"delimiter": ",", "lineTerminator": "\r\n", "header": True}
    return resource


def datapackage(site_name: str = "", site_url: str = "") -> dict[str, Any]:
    package: dict[str, Any] = {
        "profile": PROFILE,
        "name": PACKAGE_NAME,
        "title": site_name or "新闻奖作品档案",
        "description": "参评作品推荐表的字段，每件作品一行；列的顺序与推荐表一致。",
        "resources": [_resource(fmt, site_name) for fmt in DOWNLOADS],
    }
    if site_url:
        package["homepage"] = site_url
    return package


def datapackage_json(site_name: str = "", site_url: str = "") -> str:
    """The descriptor as the site publishes it (deterministic: no dates, no clock)."""
    return dumps_for_html(datapackage(site_name, site_url), indent=1) + "\n"
