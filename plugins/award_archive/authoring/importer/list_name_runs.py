"""Winner lists written as runs of `name title` pairs a space apart under prize headings, no
quote or bracket between them: `赵 明 远方的河 钱小雨 海边的早晨(组诗) 孙立 山路`. The names and
titles alternate: a name is two or three characters (a two-character name padded to three with
a space, `赵 明`), or a pen name as long as a title; the title is the word after it. A heading
`…获奖名单` over the prize headings names the division (`某某赛区获奖名单`): the category."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from award_archive.authoring.importer.list_parts import PRIZE, is_person

_DIVISION = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?)\s*(?:获奖|獲獎)?名[单單]\s*$")
_WORD = re.compile(r"[\u4e00-\u9fff·]{1,6}")


def name_title_runs(
    lines: list[str], prize_heading: Callable[[str], str | None]
) -> list[dict[str, Any]]:
    """The works of every `name title …` line (see the module's note) under the prize heading
    last seen; a line that does not alternate so gives none, and a page with fewer than three
    works none at all."""
    works: list[dict[str, Any]] = []
    prize = category = ""
    for line in lines:
        if said := prize_heading(line):
            prize = said
        elif division := _DIVISION.match(line):
            category, prize = division.group(1), ""
        elif prize:
            for name, title in _pairs(line):
                work = {"title": title, "authors": [name], "prize": prize}
                works.append({**work, "category": category} if category else work)
    return works if len(works) >= 3 else []


def _pairs(line: str) -> list[tuple[str, str]]:
    """(name, title) of each pair, the names padded back together; [] unless the tokens
    alternate name, title and most names are a person's two or three characters."""
    tokens: list[str] = []
    if "|" in line:  # (a table's cells)
        return []
    for token in line.split():
        if tokens and len(token) == 1 and len(tokens[-1]) == 1 and _WORD.fullmatch(token):
            tokens[-1] += token  # `冯 晓`: one name padded
        else:
            tokens.append(token)
    if len(tokens) < 2:
        return []
    names, titles = tokens[0::2], [re.sub(r"[(（]请[^()（）]*[)）]$", "", t) for t in tokens[1::2]]
    if len(names) != len(titles) or not all(_WORD.fullmatch(n) for n in names):
        return []
    persons = sum(2 <= len(n) <= 3 and is_person(n) for n in names)
    if 3 * persons < 2 * len(names) or any(re.search(PRIZE, t) for t in titles):
        return []
    return list(zip(names, titles, strict=True))
