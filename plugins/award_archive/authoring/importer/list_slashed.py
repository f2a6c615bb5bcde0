"""Works written `title/outlet` (or `奖项/title/names/outlet`) one after another, cut by `;`
or `。`, under `奖项:` heads: an award whose categories are its 奖项 lists them so. Each
piece after the title is read by what it is (people, or the outlet), not by its place."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import PRIZE, is_outlet, split_list_names, squeeze
from award_archive.authoring.importer.list_people import glued_unit_names
from award_archive.authoring.importer.list_prized import COUNT

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
        if (head and found) or len(found) >= 3:  # (a 奖项 may have one work)
            works.extend(found)
    return works if len(works) >= 2 else []


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
    said = [_people(p) for p in pieces[1:]]
    for n, (piece, (names, clear)) in enumerate(zip(pieces[1:], said, strict=True)):
        last = piece is pieces[-1] and "outlet" not in work  # (the outlet last, or first)
        others_clear = any(c for m, (_, c) in enumerate(said) if m != n)
        if names and (clear or not (last or others_clear)):
            work.setdefault("authors", names)  # `林照真`, `李慧宜、陳添寶`: people
        elif (spaced := _names_and_outlet(piece)) and "authors" not in work:
            work["authors"], work["outlet"] = spaced  # `賴心瑩、劉昌松 蘋果日報`
        elif len(piece) > 30 or re.search(r"[，,。！？]", piece):
            return {}  # a sentence, no unit: prose an excerpt joined after a record
        else:  # (a word that may be a name, beside people, is the unit: `今周文化`)
            work["outlet"] = piece
    return work


def _people(piece: str) -> tuple[list[str], bool]:
    """The names a piece holds ([] when it is not people), and whether it must be people
    (two names or more, or one of three characters)."""
    names = split_list_names(piece)  # (the one splitter: `甲和乙`, `颜 兵 阳 华` too)
    if (
        not names
        or not all(_PERSON.fullmatch(n) for n in names)
        or any(is_outlet(n) for n in names)
    ):
        return [], False
    return names, len(names) > 1 or len(piece) == 3


def _names_and_outlet(piece: str) -> tuple[list[str], str] | None:
    """`甲、乙 某某日報`: names, a space, then the outlet."""
    names, _, unit = piece.rpartition(" ")
    people, _ = _people(names.strip())
    return (people, unit.strip()) if people and is_outlet(unit.strip()) else None


_HEAD_LINE = re.compile(
    r"(?:[^:：/／]{1,8}[类類]\s*[─—\-]*\s*)?([^:：/／《》「」“”\s]{2,14}?[奖獎])\s*[:：]?"
)


_COUNT = re.compile(rf"{COUNT}$")


def _unit_or_people(pieces: list[str]) -> bool:
    """`outlet／names` or `names／outlet`: a record's line under its title, either way round."""
    return is_outlet(pieces[0]) or (bool(_people(pieces[0])[0]) and is_outlet(pieces[-1]))


def slashed_blocks(lines: list[str]) -> list[dict[str, Any]]:
    """A title on its line, then `outlet／names` on the next, under `奖项` lines: the same
    records written one piece a line."""
    works: list[dict[str, Any]] = []
    head: dict[str, Any] = {}
    for line, below in zip(lines, [*lines[1:], ""], strict=True):
        text, pieces = line.strip(), [p.strip() for p in re.split(r"[/／]", below.strip())]
        m = _HEAD_LINE.fullmatch(_COUNT.sub("", text))  # (`…獎(共五件)`: how many, not what)
        if m and not re.search(r"[届屆]|\d{4}", text):
            head = _group(squeeze(m.group(1)))  # (`第五屆某某獎`: the award, no 奖项)
        elif "/" not in text and "／" not in text and len(pieces) >= 2 and _unit_or_people(pieces):
            work = _record([text, *pieces])
            if work and len(text) <= 60:
                works.append({**work, **head})
        elif work := _one_line(text):  # `title/outlet/names`: a record a line
            works.append({**work, **head})
    return works if len(works) >= 2 else []


def _one_line(text: str) -> dict[str, Any]:
    """`title/outlet/names`, `title/names outlet`: one record on its line, its title first
    (a line of sentences, or with a title too long for one, is none)."""
    pieces = [p.strip() for p in re.split(r"[/／]", text)]
    if _ITEM_SEP.search(text) or len(pieces[0]) > 60:
        return {}
    work = _record(pieces)
    return work if "authors" in work and "outlet" in work else {}


# `平面媒體類:新聞採訪報導獎「title」,中國時報張慧英、鄭漢良`: an award (the category), its
# title, then the unit and its people; such items cut by `;` one after another.
_AWARDED = re.compile(
    r"^(?:[^:：《》]{1,8}[类類]\s*[:：]\s*)?([^:：《》,，;；]{2,14}[奖獎])\s*[,，:：]?\s*"
    r"《([^《》]+)》\s*[,，]\s*(.+?)[。]?$"
)


def awarded_runs(lines: list[str]) -> list[dict[str, Any]]:
    """Runs of `X奖《title》,unit names` items: each a work in the category X奖."""
    works = []
    for line in lines:
        for item in re.split(r"[;；]", line):
            m = _AWARDED.match(item.strip())
            if m and (said := glued_unit_names(m.group(3))):
                works.append({"title": m.group(2).strip(), "category": m.group(1), **said})
    return works if len(works) >= 3 else []
