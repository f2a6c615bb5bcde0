"""A spaced table whose header row and rows an excerpt joined onto one line with single spaces
(`获奖等级 作者 作品名称 一等奖 张三 春风 李四 秋雨 二等奖 王五 冬雪 …`), cut back into `|` rows.
After a header of three header words or more in a row (one the title, one the names), each
word is the next column's cell; a prize column's cell is there only where the word is a prize
(a merged cell, printed on the first row of its prize only: the reader of `|` rows carries it
down). A word that fits no column ends the table (a names column's word that is no name, a
sentence); a title's own space (`春天 来了 张三`) is kept where the word after it is the
next row's name."""

from __future__ import annotations

import re
from collections.abc import Callable

from award_archive.authoring.importer.list_parts import PRIZE, is_person

HeaderKey = Callable[[str], str | None]

_SENTENCE = re.compile(r"[。；;:：!！?？]")
_MERGED = ("prize",)  # a column whose cell a row may leave to the row above


def spaced_rows(lines: list[str], header_key: HeaderKey) -> list[str]:
    """The lines with every joined spaced table cut into `|` rows; [] when no line held one."""
    out: list[str] = []
    changed = False
    for line in lines:
        rows = _rows_of(line, header_key)
        out.extend(rows or [line])
        changed = changed or bool(rows)
    return out if changed else []


def _header_at(words: list[str], header_key: HeaderKey) -> tuple[int, list[str]] | None:
    """Where a header row of three words or more begins (one the title, one the names), and
    its keys."""
    for start in range(len(words) - 2):
        keys: list[str] = []
        for word in words[start:]:
            key = header_key(word)
            if key is None:
                break
            keys.append(key)
        if len(keys) >= 3 and "title" in keys and "authors" in keys:
            return start, keys
    return None


def _fits(key: str, word: str) -> bool:
    if key == "prize":
        return bool(re.fullmatch(PRIZE, word))
    if key == "authors":
        return all(is_person(n) for n in re.split(r"[、，,]", word))
    return not _SENTENCE.search(word) and not re.fullmatch(PRIZE, word)


def _opens(keys: list[str], column: int, word: str) -> bool:
    """The word is the cell of that column, or of the one after a merged cell left empty."""
    if column >= len(keys):
        return False
    if _fits(keys[column], word):
        return True
    return keys[column] in _MERGED and _opens(keys, column + 1, word)


def _rows_of(line: str, header_key: HeaderKey) -> list[str]:
    words = line.split()
    found = _header_at(words, header_key)
    if found is None:
        return []
    start, keys = found
    at = start + len(keys)
    rows: list[list[str]] = []
    row: list[str] = []
    while at < len(words):
        key, word = keys[len(row)], words[at]
        before = row if row else rows[-1] if rows else []
        if _fits(key, word):
            row.append(word)
            at += 1
        elif key in _MERGED and rows and _opens(keys, len(row) + 1, word):
            row.append("")
        elif before and keys[len(before) - 1] == "title" and at + 1 < len(words):
            if not _opens(keys, len(row), words[at + 1]):
                break
            before[-1] += " " + word  # (a title's own space)
            at += 1
        else:
            break
        if len(row) == len(keys):
            rows.append(row)
            row = []
    if len(rows) < 2:
        return []
    lead, rest = " ".join(words[:start]), " ".join(words[start + len(keys) + _used(rows) :])
    return [
        *([lead] if lead else []),
        " | ".join(words[start : start + len(keys)]),
        *(" | ".join(r) for r in rows),
        *([rest] if rest else []),
    ]


def _used(rows: list[list[str]]) -> int:
    """How many words the rows took (a merged cell took none; a spaced title two)."""
    return sum(len(cell.split()) for row in rows for cell in row)
