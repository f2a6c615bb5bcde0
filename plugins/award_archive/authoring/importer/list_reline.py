"""A `|` table whose rows an excerpt joined onto one line (`序号 | 作品 | 作者 | 1 | 甲 | 张三 |
2 | 乙 | …`), cut back into its rows: after the header row, a row begins where the row numbers
count up (`1`, `2`, … in a cell of their own, or glued after the last cell of the row before),
or, in a table without numbers, every header's width of cells when a bordered row's empty
boundary cell (`| |`) stands between them. The lead before the header is a line of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

HeaderKey = Callable[[str], str | None]


def relined_rows(lines: list[str], header_key: HeaderKey) -> list[str]:
    """The lines with every joined table cut into rows; [] when no line held one."""
    out: list[str] = []
    changed = False
    for line in lines:
        rows = _rows_of(line, header_key)
        out.extend(rows or [line])
        changed = changed or bool(rows)
    return out if changed else []


def _header(cells: list[str], header_key: HeaderKey) -> tuple[int, int, str] | None:
    """(first, end) of the header's cells and the lead glued before its first word (`…作品
    序号`): two header words or more in a row, one naming the title."""
    for i, cell in enumerate(cells):
        lead, _, word = cell.rpartition(" ")
        if not header_key(word):
            continue
        end = i + 1
        while end < len(cells) and (header_key(cells[end]) or _unmapped(cells, end, header_key)):
            end += 1
        keys = [header_key(c) for c in [word, *cells[i + 1 : end]]]
        if len([k for k in keys if k]) >= 2 and "title" in keys:
            return i, end, lead
    return None


def _unmapped(cells: list[str], at: int, header_key: HeaderKey) -> bool:
    """A short word between two header words (`奖项 | 学校 | 作品`): a column no field takes."""
    return (
        bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", cells[at]))
        and at + 1 < len(cells)
        and header_key(cells[at + 1]) is not None
    )


def _rows_of(line: str, header_key: HeaderKey) -> list[str]:
    if line.count("|") < 6:
        return []
    cells = [c.strip() for c in line.split("|")]
    found = _header(cells, header_key)
    if found is None:
        return []
    first, end, lead = found
    header = [cells[first].rpartition(" ")[2], *cells[first + 1 : end]]
    body = cells[end:]
    while body and not body[0]:
        body.pop(0)  # (the header row's own empty cells, `备注 | |`)
    numbered = header_key(header[0]) == "number"
    keys = [header_key(c) for c in header]
    rows = _numbered_rows(body) if numbered else _bordered_rows(body, keys)
    if len(rows) < 2:
        return []
    before = [*([lead] if lead else []), *[c for c in cells[:first] if c]]
    return [*([" | ".join(before)] if before else []), " | ".join(header), *rows]


def _numbered_rows(body: list[str]) -> list[str]:
    """Rows that begin with their number: the next number, alone in a cell or glued after
    the last cell of the row before (`人民日报 2`)."""
    rows: list[list[str]] = []
    for cell in body:
        expected = str(len(rows) + 1)
        head, _, last = cell.rpartition(" ")
        if cell == expected:
            rows.append([cell])
        elif last == expected and head and rows:
            rows[-1].append(head)
            rows.append([last])
        elif rows:
            rows[-1].append(cell)
    return [" | ".join(_trimmed(row)) for row in rows]


def _trimmed(row: list[str]) -> list[str]:
    while row and not row[-1]:
        row = row[:-1]  # (the boundary cell before the next row)
    return row


def _bordered_rows(body: list[str], keys: list[str | None]) -> list[str]:
    """Rows of `width` cells, an empty boundary cell between two (`| a | b | | c | d |`);
    none when a boundary holds text (the rows are not all that wide). Where the excerpt
    dropped the empty cells, a body of full cells is cut by width (a last row the excerpt's
    end cut short left out) when every row's short columns (a genre, a prize) stay short:
    a row out of step would put a title there."""
    width = len(keys)
    while body and not body[-1]:
        body = body[:-1]
    if body and all(body):  # (no boundary kept: every cell full)
        cut = [body[at : at + width] for at in range(0, len(body) - width + 1, width)]
        short = [n for n, k in enumerate(keys) if k in ("category", "prize", "number")]
        if len(body) % width == 0 or all(len(r[n]) <= 12 for r in cut for n in short) and short:
            return [" | ".join(row) for row in cut]
        return []
    rows = []
    for at in range(0, len(body), width + 1):
        row = body[at : at + width]
        if not any(row):
            break
        if at + width < len(body) and body[at + width]:
            return []
        rows.append(" | ".join(row))
    return rows
