"""Works named after a prize and its colon: `冠军:王慧诗《唐楼窗外》;`, `优异奖:甲《A》、乙《B》…`,
`一等奖：《A》（甲）；《B》（乙）`. A prize's line holds one work or several, each a quoted title
with its people before or after it; a short line of its own above the prizes (`本地群组散文`)
is the category of the works under it. Read from the whole text, not line by line: the same
list copied onto one line (`…排序): 本地群组散文 冠军:…`) reads the same.

Titles are matched in the readers' copy, where every title mark the page uses (〈〉 「」 “”)
is written 《》 (list_marks)."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_chrome import is_chrome
from award_archive.authoring.importer.list_parts import (
    NAME_RUN,
    PRIZE,
    is_genre,
    is_outlet,
    split_list_names,
)
from award_archive.authoring.importer.list_people import glued_unit_names, role_fields

# Besides the prizes (冠军, 优异奖 … are in PRIZE), the grades Taiwan's awards give (特优, 优等,
# 甲等, 佳作): prizes only as a label before a colon (`佳作` alone is also a word of award names).
RANK = rf"(?:{PRIZE}|特优|优等|[甲乙丙]等|佳作)"
# The prize label: at the text's start or after a break, maybe a category glued before it
# (`散文一等奖：`), then its colon.
# How many works a heading says it has: `(共5件)`, `（3篇）`.
COUNT = r"(?:\s*[(（]\s*(?:共\s*)?[\d一二三四五六七八九十]+\s*[件篇个個名部项項][)）])"
_LABEL = re.compile(
    rf"(?:^|(?<=[\s;；。]))([\u4e00-\u9fff]{{0,8}}?)({RANK}){COUNT}?"
    r"(?:\s*[:：]\s*|[ \t]+(?=[^\s《》]{0,12}《))"
)  # (or a space, where a work's name and title follow: `冠军 王慧诗〈唐楼窗外〉`)
_TITLE = re.compile(r"《([^《》\n]{1,60})》")
_SEP = re.compile(r"^[\s、，,;；。]+|[\s、，,;；。]+$")
# A heading's line between two prizes' items: a short run of words, no sentence.
_HEADING = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,16}")
# A page's own heading over its list (`某某奖获奖名单`), no category.
LISTS_HEADING = re.compile(r"(?:名单|结果|揭晓|公示|公告|如下)$")


def prized_items(text: str) -> list[dict[str, Any]]:
    """Every work named under a `prize:` label; two or more, else none (a lead's `一等奖:`
    alone is no list)."""
    labels = list(_LABEL.finditer(text))
    works: list[dict[str, Any]] = []
    category = _heading_before(text, labels[0].start()) if labels else ""
    for n, label in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        value = text[label.end() : end]
        found, rest = _items(value)
        group = {"prize": label.group(2)}
        if label.group(1) or category:
            group["category"] = label.group(1) or category
        works.extend({**work, **group} for work in found)
        if (following := _trailing_heading(rest)) is not None:
            category = following
    return works if len(works) >= 2 else []


def _heading_before(text: str, at: int) -> str:
    """The short line just before the first prize (`本地群组散文`), after the lead's last break."""
    before = text[:at].rstrip()
    chunk = re.split(r"[\n:：。;；]", before)[-1].strip()
    if chunk == before.strip() or LISTS_HEADING.search(chunk):
        return ""  # the page's own heading (`某某奖获奖名单`), not a category
    return chunk if _HEADING.fullmatch(chunk) and not is_chrome(chunk) else ""


def _trailing_heading(rest: str) -> str | None:
    """What follows a prize's last item up to the next prize: a new heading, or nothing."""
    tail = re.split(r"[\n。;；]", rest.strip())[-1].strip() if rest.strip() else ""
    return tail if _HEADING.fullmatch(tail) and not is_chrome(tail) else None


def _items(value: str) -> tuple[list[dict[str, Any]], str]:
    """The works of one prize's value and the text after its last one. People come before
    each title (`甲《A》、乙《B》`) or, when the value begins with a title, after it. A value
    with anything else between its titles (a numbered item's labelled tail, a sentence) is
    not in this shape: no works (another reader's)."""
    titles = list(_TITLE.finditer(value))
    if not titles:
        return _bare_items(value)
    names_first = bool(value[: titles[0].start()].strip(" 、，,;；"))
    works: list[dict[str, Any]] = []
    for n, m in enumerate(titles):
        if names_first:
            people = value[titles[n - 1].end() if n else 0 : m.start()]
        else:
            stop = titles[n + 1].start() if n + 1 < len(titles) else len(value)
            people = re.split(r"[\n;；。]", value[m.end() : stop])[0]
        if names_first:  # (a note in brackets after the last title is that work's)
            people = re.sub(r"^[\s、，,;；]*[(（][^()（）]*[)）]", "", people)
        said = _people(re.sub(r"^[(（](.*)[)）]$", r"\1", _SEP.sub("", people)))
        if said is None:
            return [], value
        works.append({"title": m.group(1).strip(), **said})
    tail = value[titles[-1].end() :]
    if not names_first:  # (the last title's people are not the heading after them)
        tail = tail[len(re.split(r"[\n;；。]", tail)[0]) :]
    return works, tail


# `河边的树（张三）`: an unquoted title, its people in brackets after it.
_BARE = re.compile(r"([^\s、，,;；。:：()（）《》]{2,40}?)\s*[(（]([^()（）]{2,30})[)）]")


# What a bracket after a title says of the work, not of its people: `(外一首)`, `(组诗)`.
_WORK_NOTE = re.compile(
    r"[外另]?[一二三四五六七八九十两\d]+[首篇幅]|[组組][诗詩照图圖]|[长長]诗|节选|節選"
)


def _bare_items(value: str) -> tuple[list[dict[str, Any]], str]:
    """A prize's line of unquoted titles, each with its people in brackets, cut by `、` or
    `；` (`河边的树（张三）、山里的人（李四）`), up to the line's end: every item so, or none."""
    line, _, tail = value.partition("\n")
    items = [
        i.strip()
        for i in re.split(r"[、;；](?![^()（）]*[)）])", line.strip().rstrip("。"))
        if i.strip()
    ]
    works: list[dict[str, Any]] = []
    for item in items:
        m = _BARE.fullmatch(item)
        note = m.group(2).strip() if m else ""
        said = None if _WORK_NOTE.search(note) or is_genre(note) else _people(note)
        if not m or not said:
            return [], value
        works.append({"title": m.group(1).strip(), **said})
    return works, tail


def _people(piece: str) -> dict[str, Any] | None:
    """Names (`甲`, `甲、乙`), an outlet, names after their role (`作者：甲`) or their unit
    (`某某日报 甲`), or nothing; None for a piece that is none of these."""
    if not piece:
        return {}
    if NAME_RUN.match(piece):
        return {"authors": split_list_names(piece)}
    if is_outlet(piece):
        return {"outlet": piece}
    return role_fields(piece) or glued_unit_names(piece) or None
