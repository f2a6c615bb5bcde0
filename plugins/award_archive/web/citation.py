"""How an entry is cited and described to machines: a GB/T 7714-2015 style reference,
schema.org CreativeWork JSON-LD and Open Graph values. Plain data; escaping happens where
it is written (the JSON-LD through formats.html_json.dumps_for_html, the rest by the theme
template).

GB/T 7714-2015 shapes used (主要责任者. 题名[类型]. 出处, 日期.):
  newspaper  李明. 题名[N]. 四川日报, 2023-09-12(5).        (版次 when the section names one)
  journal    李怡霏. 题名[J]. 关爱明天, 2023(7).              (a magazine issue: 年(期))
  online     李明. 题名[EB/OL]. 单位, 2023-09-12. https://…   (a work with a URL)
  broadcast  集体. 题名[Z]. 四川广播电视台, 2023-11-20.      (no type code fits; Z = 其他)
More than three authors: the first three, then 等.
"""

from __future__ import annotations

import re

from award_archive.contract.links import safe_href
from award_archive.contract.model import Entry
from award_archive.contract.names import shown_name

_BOOK_TITLE = re.compile(r"《([^》]+)》")
_PAGE_NUMBER = re.compile(r"(?:第\s*)?(\d{1,3})\s*版")
_DESCRIPTION_LIMIT = 200


def responsible(e: Entry) -> str:
    names = [a for a in map(shown_name, e.authors) if a and a != "集体"] or [e.outlet]
    return ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")


def source_title(outlet: str) -> str:
    """`《关爱明天》杂志` → `关爱明天`: a periodical is cited by its own name."""
    m = _BOOK_TITLE.search(outlet)
    return m.group(1) if m else outlet


def citation_type(e: Entry) -> str:
    if e.published.start.issue is not None:
        return "J"
    if e.url:
        return "EB/OL"
    if e.length is not None and e.length.kind == "seconds":
        return "Z"
    return "N"


def gbt7714(e: Entry) -> str:
    if not e.published.text or not e.outlet:  # a list entry: what the list gives
        names = ", ".join(a for a in map(shown_name, e.authors[:3]) if a != "集体")
        parts = [names, e.title, e.outlet, e.published.text, f"{e.award_edition}{e.prize}"]
        return ". ".join(p for p in parts if p) + "."
    kind = citation_type(e)
    start = e.published.start
    head = f"{responsible(e)}. {e.title}[{kind}]. "
    if kind == "J":
        return f"{head}{source_title(e.outlet)}, {start.year}({start.issue})."
    if kind == "N":
        page = _PAGE_NUMBER.search(e.section or "")
        return f"{head}{source_title(e.outlet)}, {start.iso}" + (
            f"({int(page.group(1))})." if page else "."
        )
    tail = f" {e.url}." if kind == "EB/OL" and e.url else ""
    return f"{head}{e.outlet}, {start.iso}.{tail}"


def description(e: Entry) -> str:
    """One paragraph for previews: the evaluation, else the form's facts."""
    text = " ".join((e.evaluation or "").split())
    if not text:
        facts = " ".join(p for p in (e.outlet, e.published.text) if p)
        text = f"{e.award_edition} {e.category}作品" + (f"，{facts}" if facts else "") + "。"
    return text if len(text) <= _DESCRIPTION_LIMIT else text[: _DESCRIPTION_LIMIT - 1] + "…"


def json_ld(e: Entry, url: str = "") -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": e.title,
        "headline": e.title,
        "author": [
            {"@type": "Person", "name": a} for a in map(shown_name, e.authors) if a != "集体"
        ]
        or [{"@type": "Organization", "name": e.outlet}],
        "publisher": {"@type": "Organization", "name": e.outlet},
        "datePublished": e.published.iso,
        "genre": e.category,
        "inLanguage": "zh-CN",
        "description": description(e),
    }
    if not e.published.text:  # a list entry without a date
        del data["datePublished"]
    if e.editors:
        data["editor"] = [{"@type": "Person", "name": shown_name(n)} for n in e.editors]
    if url:
        data["url"] = url
    same_as = safe_href(e.url, absolute=True) if e.url else None
    if same_as:
        data["sameAs"] = same_as
    if e.prize:
        data["award"] = f"{e.award_edition} {e.prize}"
    if e.recommender:
        data["sponsor"] = {"@type": "Organization", "name": e.recommender}
    return data


def open_graph(e: Entry, url: str = "") -> list[tuple[str, str]]:
    tags = [
        ("og:type", "article"),
        ("og:title", e.title),
        ("og:description", description(e)),
        ("og:locale", "zh_CN"),
    ]
    if url:
        tags.append(("og:url", url))
    return tags
