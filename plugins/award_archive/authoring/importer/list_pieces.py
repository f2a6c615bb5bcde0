"""Works one a line, written as pieces in no shape the other readers need: `title/author`
captions each followed by prose, `title  author` lines under prize headings (padded with
blank lines, an `(作者单位:…)` line under each), `title  names  unit` columns set apart by
wide spaces with no header row. A line is cut at its separator (one `/`, runs of spaces or
tabs, else its last space) and its pieces are read by what they are (people, an outlet, a
prize, a genre), the rest being the title: pages write these pieces in any order."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_chrome import CONTACTS, NAVIGATION
from award_archive.authoring.importer.list_parts import (
    PRIZE,
    ROLE,
    is_genre,
    is_outlet,
    names_only,
    squeeze,
)

# A heading over the lines after it: `一等奖:`, `特别荣誉奖：`, `【优秀奖】`, `散文:`.
_HEADING = re.compile(r"^[【\[]?([\u4e00-\u9fff]{2,10})[】\]]?\s*[:：]?$")
# A note under a work, wholly in brackets (`(作者单位:…)`, `(援鄂医务人员,…)`): not mapped.
_NOTE = re.compile(r"^[(（][^()（）]*[)）]$")
# A sentence or a label's line (`时间:2008-06-04 来源:网络`, `采编过程:…`): no title's line.
SENTENCE_OR_LABEL = re.compile(r"[。；;]|(?:^|\s)[^\s:：]{1,4}[:：]")
_WIDE = re.compile(r"\s{2,}|\t")
_ONE_PERSON = re.compile(r"[\u4e00-\u9fff·]{2,3}")
# A prize in brackets opening a work's line (`【优选】春晓 作者/甲`): that work's prize.
_LEAD_PRIZE = re.compile(rf"^[【\[〔]({PRIZE})[】\]〕]\s*(?=\S)")
# A role word closing the piece before the names (`春晓 摄影者/甲`): the names' label.
_ROLE_END = re.compile(rf"\s*{ROLE}\s*[:：]?$")


def piece_lines(lines: list[str]) -> list[dict[str, Any]]:
    """Lines of pieces, each one work under the last heading; two works or more. A line
    that opens with a dash (`——在某会上的发言  张三`) is the subtitle of the title alone on
    the line before it."""
    works: list[dict[str, Any]] = []
    group: dict[str, str] = {}
    alone = ""  # the line before, when it may be a title alone
    for raw in lines:
        line, before, alone = raw.strip(), alone, ""
        if CONTACTS.match(line):
            break  # (the organiser's people after it: no works)
        if not line or _NOTE.match(line):
            continue
        if heading := _HEADING.match(line):
            closed = line[-1] in ":：】]"
            group, alone = (_group(heading.group(1)), "") if closed else (group, line)
            continue
        if len(line) > 60 or SENTENCE_OR_LABEL.search(line) or NAVIGATION.search(line):
            continue
        if line.startswith("——") and before:
            line = before + line
        lead = _LEAD_PRIZE.match(line)
        if work := _record(line[lead.end() :] if lead else line):
            if lead:
                work.setdefault("prize", lead.group(1))
            works.append({**work, **{k: v for k, v in group.items() if k not in work}})
        elif len(line) <= 40:
            alone = line
    return works if len(works) >= 2 else []


def _group(word: str) -> dict[str, str]:
    """A heading's word: a prize (`一等奖`, `特别荣誉奖`) or a genre (`散文`); else nothing."""
    if re.fullmatch(PRIZE, word) or re.search(r"[奖獎]$", word) and not is_genre(word[:-1]):
        return {"prize": word}
    return {"category": word} if is_genre(word) else {}


def _pieces(line: str) -> list[str]:
    if len(re.findall(r"[/／]", line)) == 1:
        return [p.strip() for p in re.split(r"[/／]", line)]
    if _WIDE.search(line):
        return [p for p in _WIDE.split(line) if p]
    head, _, last = line.rpartition(" ")  # `七律 致敬李兰娟院士 戴嵩青`: one person, last
    return [head.strip(), last] if head and _ONE_PERSON.fullmatch(last) else []


def _record(line: str) -> dict[str, Any]:
    """The pieces of one line: the title first (one piece or several, a title may hold a
    wide space), then people at least, maybe an outlet, a prize, a genre in any order."""
    pieces = _pieces(line)
    if len(pieces) < 2:
        return {}
    work: dict[str, Any] = {}
    rest: list[str] = []
    for piece in pieces:
        names = names_only(piece)
        if names and "authors" not in work and rest:
            work["authors"] = names
            rest[-1] = _ROLE_END.sub("", rest[-1]) or rest[-1]
        elif is_outlet(piece) and "outlet" not in work and rest:
            work["outlet"] = piece
        elif re.fullmatch(PRIZE, squeeze(piece)) and "prize" not in work:
            work["prize"] = squeeze(piece)
        elif is_genre(piece) and "category" not in work:
            work["category"] = piece
        elif set(work) - {"prize", "category"}:
            return {}  # a piece of no kind after the people: no record (a prize may lead)
        else:
            rest.append(piece)
    title = " ".join(rest).strip()
    if "authors" not in work or len(re.findall(r"[\u4e00-\u9fff]", title)) < 2 or len(title) > 40:
        return {}
    if re.fullmatch(r"《[^《》]+》", title):
        title = title[1:-1]
    return {"title": title, **work}
