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

from award_archive.authoring.importer.list_parts import PRIZE, is_genre, is_person

HeaderKey = Callable[[str], str | None]

_SENTENCE = re.compile(r"[。；;:：!！?？]")
# A column whose cell a row may leave to the row above: the prize, and a category column of
# genres (`散文 一等奖 甲 春 乙 秋 诗歌 二等奖 丙 冬`).
_MERGED = ("prize", "category")


def spaced_rows(lines: list[str], header_key: HeaderKey) -> list[str]:
    """The lines with every spaced table cut into `|` rows (its rows on the header's line or
    on the lines after it, a row a line); [] when no line held one."""
    out: list[str] = []
    changed, at = False, 0
    while at < len(lines):
        cut = _table_from(lines, at, header_key)
        if cut is None:
            out.append(lines[at])
            at += 1
        else:
            rows, at = cut
            out.extend(rows)
            changed = True
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


def _table_from(
    lines: list[str], first: int, header_key: HeaderKey
) -> tuple[list[str], int] | None:
    """The table whose header is on lines[first], as lines, and the line after it."""
    words = lines[first].split()
    found = _header_at(words, header_key)
    if found is None:
        return None
    start, keys = found
    flow, line_of = list(words), [first] * len(words)
    for n in range(first + 1, len(lines)):
        flow += lines[n].split()
        line_of += [n] * (len(flow) - len(line_of))
    rows = _rows(flow, line_of, start + len(keys), keys)
    if len(rows) < 2:
        return None
    end = start + len(keys) + _used(rows)
    stop = line_of[end] if end < len(flow) else len(lines)
    rest = " ".join(w for w, n in zip(flow[end:], line_of[end:], strict=True) if n == stop)
    return [
        *([" ".join(words[:start])] if start else []),
        " | ".join(words[start : start + len(keys)]),
        *(" | ".join(r) for r in rows),
        *([rest] if rest else []),
    ], stop + 1


def _rows(words: list[str], line_of: list[int], at: int, keys: list[str]) -> list[list[str]]:
    """The rows from words[at] on, up to a word no column takes (or a line that ends within a
    row: a row is on one line, or all rows on one)."""
    rows: list[list[str]] = []
    row: list[str] = []
    while at < len(words):
        key, word = keys[len(row)], words[at]
        before = row if row else rows[-1] if rows else []
        if any(row) and line_of[at] != line_of[at - 1]:
            break
        genres = key == "category" and rows and all(is_genre(r[len(row)]) for r in rows[:1])
        if _fits(key, word) and (not genres or is_genre(word)):
            row.append(word)
            at += 1
        elif key in _MERGED and rows and _opens(keys, len(row) + 1, word):
            row.append("")
        elif before and keys[len(before) - 1] == "title" and at + 1 < len(words):
            if not _opens(keys, len(row), words[at + 1]) or line_of[at] != line_of[at - 1]:
                break
            before[-1] += " " + word  # (a title's own space)
            at += 1
        else:
            break
        if len(row) == len(keys):
            rows.append(row)
            row = []
    return rows


def _used(rows: list[list[str]]) -> int:
    """How many words the rows took (a merged cell took none; a spaced title two)."""
    return sum(len(cell.split()) for row in rows for cell in row)
