"""Works written `title/outlet` (or `奖项/title/names/outlet`) one after another, cut by `;`
or `。`, under `奖项:` heads: an award whose categories are its 奖项 lists them so. Each
piece after the title is read by what it is (people, or the outlet), not by its place."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import PRIZE, is_outlet, squeeze

# `平面媒體類─新聞攝影獎:`, `特寫新聞獎:`, `一等奖：`: the head of the items after it (a
# class before a dash is no part of the category).
_HEAD = re.compile(
    r"^(?:[^:：/／]{1,8}[类類]\s*[─—\-]+\s*)?([^:：/／《》「」“”]{2,14}?[奖獎]|[^:：/／《》「」“”]{2,8}[类類])"
    r"\s*[:：]\s*(.*)$"
)
_ITEM_SEP = re.compile(r"[;；。]")
_AWARD_PIECE = re.compile(r"[^《》「」“”]{2,10}[奖獎]")  # `曾虛白先生新聞獎:新聞學術著作獎/…`
_PERSON = re.compile(r"[\u4e00-\u9fff·]{2,4}")


def slashed_runs(lines: list[str]) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    for line in lines:
        items = [i.strip() for i in _ITEM_SEP.split(line.strip())]
        found: list[dict[str, Any]] = []
        head: dict[str, Any] = {}
        award: dict[str, Any] = {}
        for item in items:
            if m := _HEAD.match(item):
                head, item = _group(squeeze(m.group(1))), m.group(2)
            pieces = [p.strip() for p in re.split(r"[/／]", item)]
            if len(pieces) >= 3 and _AWARD_PIECE.fullmatch(pieces[0]):
                if m and "category" in head:  # `award:category/title/…`
                    award = {"award": head["category"]}
                head, pieces = {"category": pieces[0]}, pieces[1:]
            work = _record(pieces)
            if work:
                found.append({**work, **head, **award})
        if len(found) >= 2 and (head or len(found) >= 3):
            works.extend(found)
    return works


def _group(head: str) -> dict[str, Any]:
    return {"prize": head} if re.fullmatch(PRIZE, head) else {"category": head}


def _record(pieces: list[str]) -> dict[str, Any]:
    """`title/outlet`, `title/甲、乙/outlet`, `《title》/甲`: the title first, then people
    (names) and the outlet (the last piece that is not people)."""
    if len(pieces) < 2 or not all(pieces) or any(re.fullmatch(r"[\d.\s-]+", p) for p in pieces):
        return {}
    title = pieces[0]
    if re.fullmatch(r"《[^《》]+》", title):
        title = title[1:-1]
    work: dict[str, Any] = {"title": title}
    for piece in pieces[1:]:
        names = [n.strip() for n in re.split(r"[、，,]", piece)]
        people = all(_PERSON.fullmatch(n) for n in names) and not is_outlet(piece)
        last = piece is pieces[-1] and "outlet" not in work  # (the outlet last, or first)
        if people and (len(names) > 1 or len(piece) == 3 or not last):
            work.setdefault("authors", names)  # `林照真`, `李慧宜、陳添寶`: people
        else:
            work["outlet"] = piece
    return work


_HEAD_LINE = re.compile(
    r"(?:[^:：/／]{1,8}[类類]\s*[─—\-]*\s*)?([^:：/／《》「」“”\s]{2,14}?[奖獎])\s*[:：]?"
)


def slashed_blocks(lines: list[str]) -> list[dict[str, Any]]:
    """A title on its line, then `outlet／names` on the next, under `奖项` lines: the same
    records written one piece a line."""
    works: list[dict[str, Any]] = []
    head: dict[str, Any] = {}
    for line, below in zip(lines, [*lines[1:], ""], strict=True):
        text, pieces = line.strip(), [p.strip() for p in re.split(r"[/／]", below.strip())]
        if (m := _HEAD_LINE.fullmatch(text)) and not re.search(r"[届屆]|\d{4}", text):
            head = _group(squeeze(m.group(1)))  # (`第五屆某某獎`: the award, no 奖项)
        elif "/" not in text and "／" not in text and len(pieces) >= 2 and is_outlet(pieces[0]):
            work = _record([text, *pieces])
            if work and len(text) <= 60:
                works.append({**work, **head})
    return works if len(works) >= 2 else []
