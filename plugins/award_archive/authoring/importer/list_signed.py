"""Winner lists written as signed records, one a line under prize headings: the person (where
they are from in brackets), a colon, then the work's title, bare or quoted, its genre in
brackets closing the record: `王小明(江苏南京):一条河的记忆(散文);`. The bracket before the
colon is a place (or `女` and a place), never mapped; the one after the title is the kind."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from award_archive.authoring.importer.list_parts import is_genre, is_person

_RECORD = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff·]{2,6})\s*(?:[(（](?P<where>[^()（）]{1,16})[)）])?\s*[:：︰]\s*"
    r"(?P<title>[^;；。]{2,40}?)\s*(?:[(（](?P<kind>[\u4e00-\u9fff]{1,6})[)）])?\s*[;；。,，]?\s*$"
)


def signed_records(
    lines: list[str], prize_heading: Callable[[str], str | None]
) -> list[dict[str, Any]]:
    """The works of every signed record (see the module's note) under the prize heading last
    seen (`prize_heading(line)`: the prize a heading line names, else None); a page with
    fewer than two gives none, and a record before any prize heading is no winner's."""
    works: list[dict[str, Any]] = []
    prize = ""
    for line in lines:
        if said := prize_heading(line):
            prize = said
        elif prize and (work := _record(line)):
            works.append({**work, "prize": prize})
    return works if len(works) >= 2 else []


def _record(line: str) -> dict[str, Any] | None:
    """`张三(浙江杭州):春晓(诗)。` → title 春晓, authors [张三], category 诗; None for a line
    that is no such record (a `label:` line names no person before its colon)."""
    m = _RECORD.match(line)
    if not m or not is_person(m.group("name")):
        return None
    title, kind = m.group("title").strip(), m.group("kind") or ""
    if kind and not (is_genre(kind) or len(kind) == 1):  # `(外一首)`: the title's own words
        title, kind = f"{title}({kind})", ""
    title = re.sub(r"^《(.*)》$", r"\1", title)
    work: dict[str, Any] = {"title": title, "authors": [m.group("name")]}
    if kind:
        work["category"] = kind
    return work
