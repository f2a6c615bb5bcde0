"""Winner lists written as runs of `title─name` items after a prize label, under genre headings
(`新诗` alone on its line): `■首奖:远方─陈一`, `■佳作:河、桥─林二、旧屋─王三`. The name is
the person after a title's last dash; `、` cuts the items only where a name ends one (a title
may hold `、` and dashes of its own). An item the page cut off (`…、山路─`) names no one: none."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import PRIZE, is_person
from award_archive.authoring.importer.list_records import DASH, bare_heading
from award_archive.authoring.importer.list_resplit import BULLET

_LABEL = re.compile(rf"^(?:{BULLET}|\s)*({PRIZE})\s*[:：︰]\s*(.+)$")
_ITEM = re.compile(
    rf"\s*(?P<title>[^:：;；。]+?)\s*{DASH}{{1,2}}\s*(?P<name>[\u4e00-\u9fff·]{{2,4}})\s*(?:[、;；]|$)"
)


def dashed_runs(lines: list[str]) -> list[dict[str, Any]]:
    """The works of every prize label's run (see the module's note), each with the genre
    heading last seen; a page with fewer than three gives none."""
    works: list[dict[str, Any]] = []
    category = ""
    for k, line in enumerate(lines):
        if (label := _LABEL.match(line)) is None:
            nxt = lines[k + 1] if k + 1 < len(lines) else ""
            category = (_LABEL.match(nxt) and bare_heading(line.strip())) or category
            continue
        for title, name in _items(label.group(2)):
            work = {"title": title, "authors": [name], "prize": label.group(1)}
            works.append({**work, "category": category} if category else work)
    return works if len(works) >= 3 else []


def _items(run: str) -> list[tuple[str, str]]:
    """(title, name) of each item from the run's start on, up to the first that is none."""
    items, at = [], 0
    while m := _ITEM.match(run, at):
        if not is_person(m.group("name")):
            break
        items.append((m.group("title").strip(), m.group("name")))
        at = m.end()
    return items
