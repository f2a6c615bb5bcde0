"""A list whose lines an excerpt joined with spaces (`一等奖: 我听见春风吹来 韩汤 (作者单位:…)
二等奖: …`), cut back into lines where lines plainly began: before a prize heading and after its
colon, before an item's number (`1.`, `（一）`, `一、`, `★`), before a field label (`作者：`,
`得獎人:`), and after a note wholly in brackets that closes an item (`(作者单位:…)`). The line
readers then read the cut copy as they read a list written a line a work; a list that was
never joined has no such line and is left as it is."""

from __future__ import annotations

import re
from collections.abc import Callable

from award_archive.authoring.importer.list_parts import is_outlet
from award_archive.authoring.importer.list_prized import COUNT, RANK

HeaderKey = Callable[[str], str | None]

_LONG = 60  # a line this long holding several marks is lines joined, or prose
# A bullet before an item, as a number is (not `·`, the dot inside a name).
BULLET = "[★☆●○◆◇■□▲△•▪]"
# What a line begins with, after a space: a prize heading (`一等奖:`, `二等奖(15篇)`), an
# item's number, a bullet.
_LINE_START = re.compile(
    rf"(?:{RANK}{COUNT}?\s*[:：]?(?=\s)"
    r"|\d{1,3}\s*[.、．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、"
    rf"|{BULLET}|[【\[〔]{RANK}[】\]〕])"
)
# A prize heading and its colon, then a space: the heading is a line of its own.
_HEADING = re.compile(rf"^{RANK}{COUNT}?\s*[:：]?$")
# An award item alone between spaces (`專題新聞獎`): a heading over the records after it.
_ITEM_HEAD = re.compile(rf"[\u4e00-\u9fff]{{2,10}}[奖獎]{COUNT}?(?=\s|$)")
# A record's `names/outlet` line under its title (`黃良傑、郭芳綺/自由時報`): a line of its own.
_NAMES_SLASH = re.compile(
    r"[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4})*/[^\s/]{2,20}(?=\s|$)"
)
# The names a slashed record ends with: `/甲、乙`.
_SLASHED_END = re.compile(r"/[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4})*$")
# `忽然想到(11.25) 冯日乾`: a title and the day it came out, the mark of every record.
_DATED = re.compile(r"[^\s]{0,40}[(（](?:\d{4}[.年/-])?\d{1,2}[.月/-]\d{1,2}日?[)）]")
_LABEL = re.compile(r"([^\s:：()（）《》]{2,8})\s*[:：]")
# A note closing an item: `(作者单位:…)` (a bracket with a label inside), an entry's code
# (`(SS001)`).
_NOTE_END = re.compile(r"[(（](?:[^()（）]{0,12}[:：][^()（）]*|[A-Za-z0-9-]{2,12})[)）]$")
# A group heading with its count (`短片報導學生組入圍名單(共9部)`): a line of its own.
_GROUP = re.compile(rf"[^\s()（）]{{2,24}}{COUNT}(?=\s|$)")
# An entry's names before its code (`王若桐、蕭子維 (SS001)`): the line under its title.
_CODED_NAMES = re.compile(
    r"[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4})*\s*[(（][A-Za-z0-9-]{2,12}[)）]"
)


# A prize in brackets, a heading over the work after it (`【一等奖】河边——张三`).
_BRACKET_PRIZE = re.compile(rf"[【\[〔]{RANK}[】\]〕]")


def resplit_lines(lines: list[str], header_key: HeaderKey) -> list[str]:
    """The lines with every long joined line cut back, and a bracketed prize that opens a
    work's line set on a line of its own; [] when no line was cut."""
    out: list[str] = []
    for line in lines:
        for piece in _cut(line, header_key) if len(line) >= _LONG else [line]:
            head = _BRACKET_PRIZE.match(piece.strip())
            rest = piece.strip()[head.end() :].strip() if head else ""
            out.extend([head.group(), rest] if head and rest else [piece])
    return out if len(out) > len(lines) else []


def _cut(line: str, header_key: HeaderKey) -> list[str]:
    pieces: list[str] = []
    start, counted = 0, 1
    for gap in re.finditer(r"\s+", line):
        before, after = line[start : gap.start()], line[gap.end() :]
        row = re.match(rf"{counted}\s", after)  # `1 《甲》 某台 2 《乙》 …`: rows counted up
        counted += bool(row)
        if before and (
            row
            or _begins_a_line(after, header_key, before.rsplit(None, 1)[-1] if before else "")
            or _ends_a_line(before, after)
            or (len(gap.group()) == 1 and _ends_a_row(before, after))
        ):
            pieces.append(before)
            start = gap.end()
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


# Columns set apart by wide spaces (`鸟背上的故乡     胡继风`): a row ends with its last column's
# name (maybe padded, `牧 铃`) where the next row's first column is followed by a wide space;
# a word spaced out wide (`诗  歌`) is a heading's line.
_ROW_END = re.compile(r"\s{2,}(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2})$")
_ROW_START = re.compile(r"[^\s]{1,40}\s{2,}\S")
_SPACED_WORD = re.compile(r"[\u4e00-\u9fff](?:\s{2,}[\u4e00-\u9fff]){1,3}")


def _closes_a_record(before: str) -> bool:
    """A record's people-and-unit line (`作者及刊播单位 甲 乙 某台`, `… 甲 《某报》`) ends with
    its unit: what follows is the next record's title."""
    label, _, rest = before.partition(" ")
    last = rest.rsplit(None, 1)[-1] if rest.strip() else ""
    return (
        bool(last)
        and bool(re.fullmatch(r"[\u4e00-\u9fff]*(?:及|和|与|/)[\u4e00-\u9fff]*", label))
        and (is_outlet(last) or bool(re.fullmatch(r"《[^《》]+》", last)))
    )


def _ends_a_row(before: str, after: str) -> bool:
    return bool(
        (_ROW_END.search(before) and _ROW_START.match(after)) or _SPACED_WORD.fullmatch(before)
    )


def _begins_a_line(after: str, header_key: HeaderKey, last_word: str) -> bool:
    if any(p.match(after) for p in (_LINE_START, _ITEM_HEAD, _NAMES_SLASH, _GROUP, _CODED_NAMES)):
        return True
    if _DATED.match(after) and len(_DATED.findall(after)) >= 2:
        return True  # the first of the dated records
    words = after.split(None, 3)[:3]
    if len(words) == 3 and all(header_key(w) for w in words) and not header_key(last_word):
        return True  # a header row begins: `编号 作品题目 参评项目 …`
    first = words[0] if words else ""
    if (
        len(first) >= 4
        and header_key(first)
        and not header_key(last_word)
        and not (len(words) > 1 and header_key(words[1]))
    ):
        return True  # a record's label without its colon: `作者及刊播单位 甲 某台`
    label = _LABEL.match(after)
    return bool(label and header_key(label.group(1)))


def _ends_a_line(before: str, after: str) -> bool:
    """A prize or award-item heading just written, a sentence's end (prose between records),
    a note in brackets closing an item, a `title/outlet/names` record whose names end
    where the next record's `title/` begins, or a record that begins with its `《title》`
    where the last one did too."""
    return bool(
        _HEADING.match(before.strip())
        or _ITEM_HEAD.fullmatch(before.strip())
        or _GROUP.fullmatch(before.strip())
        or before.endswith(("。", "；", ";"))
        or _NOTE_END.search(before)
        or ("/" in before and _SLASHED_END.search(before) and "/" in after.split(None, 1)[0])
        or (bool(_DATED.search(before)) and bool(_DATED.match(after)))
        or (
            after.startswith("《")
            and "》" in before
            and not before.endswith(("、", "，", ",", "和"))
        )
        or _closes_a_record(before)
        or _NAMES_SLASH.match(before.rsplit(None, 1)[-1])
    )
