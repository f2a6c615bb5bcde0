"""Text forms (.txt, .md) into rows: `|`- or tab-flattened table lines, or loose lines."""

from __future__ import annotations

import re

from award_archive.authoring.importer.rows import Row

_SPLIT = re.compile(r"\s*[|｜\t]\s*")
# A bar with a space (or the line's end) on a side: a cell border. In a line that has such
# borders, a bar run into characters on both sides (`人①|泪目`) is the text's own.
_SPACED_SPLIT = re.compile(r"\s*(?:(?<=\s)[|｜]|[|｜](?=\s|$)|^[|｜]|(?<=[|｜])[|｜]|\t)\s*")
_SPACED_BAR = re.compile(r"\s[|｜]|[|｜](?:\s|$)")
_RULE = re.compile(r"^:?-{3,}:?$")  # a Markdown table's header rule


def text_rows(text: str) -> list[Row]:
    """One row per non-empty line. A line holding `|` or tabs is a table row: its cells
    are split there, and padding cells (`| | ||||`) are dropped. Blank lines only separate
    cells, so one-cell-per-line and blank-line-separated forms read the same."""
    rows: list[Row] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if ("|" in line or "｜" in line or "\t" in line) and not _inside_text(line):
            split = _SPACED_SPLIT if _SPACED_BAR.search(line.strip()) else _SPLIT
            cells = [c.strip() for c in split.split(line)]
            cells = [c for c in cells if c and not _RULE.match(c)]
            if cells:
                rows.append(Row(cells, True, number))
        else:
            rows.append(Row([line.strip()], False, number))
    return rows


_ONE_BAR = re.compile(r"^[^|｜\t]{20,}\S[|｜]\S[^|｜\t]{20,}$")


def _inside_text(line: str) -> bool:
    """`……被挥|動,就此話題……`: one bar run into a paragraph's characters is the text's own
    (a garbled byte), not a cell border, which a table row sets off by spaces or repeats."""
    return bool(_ONE_BAR.match(line.strip()))
