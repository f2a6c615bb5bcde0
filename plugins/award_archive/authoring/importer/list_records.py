"""Winner lists written as runs of ranked records, prize and person with each title:
`首獎:張慧玲〈遠去的哭聲〉;優等:嚴翊〈逃跑者之島〉;佳作:張敬雅〈甲〉;張舜忠〈乙〉` (a prize
said once for the records after it), `第一名童淑美「山問」、第二名洪珮綺「一路向海」` (prize and
name before the title, no mark between), `冠軍︰“濠江歡歌”—趙僑忠,可獲得…;亞軍︰…` (the name
after a dash). A division or section heading (`【社會組散文】`, `學生組:`,
`…散文類社會組,以下共計八名:`) is the category of every record after it, across `;` and
lines, up to the next heading.

Contest pages (literature, photo, art) rank with level words the news awards do not use
(`優等`, `優選`, `佳作`), so a record's prize is any short word that heads it: before a `:`,
a known prize, or a word the run's records begin with again and again."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from award_archive.authoring.importer.list_after import words_after_title
from award_archive.authoring.importer.list_chrome import is_chrome
from award_archive.authoring.importer.list_parts import (
    PRIZE,
    caption_credit,
    is_genre,
    is_person,
    split_list_names,
)
from award_archive.authoring.importer.list_prized import LISTS_HEADING
from award_archive.authoring.importer.list_resplit import BULLET

_TITLE = re.compile(r"《((?:[^《》\n]|《[^《》\n]*》){1,60})》")
_BULLET = re.compile(rf"^(?:\s|{BULLET}|[·\-*])+")  # (list_resplit's bullets, and `·`, `-`, `*`)
# `【社会组散文】`, `学生组:`, `在地书写散文类社会组,以下共计八名:` (the count phrase dropped).
_HEADING = re.compile(
    r"^【([^【】《》\n]{2,20})】\s*[:：︰]?"
    r"|^([\u4e00-\u9fff]{0,14}[组組])\s*(?:[,，]?\s*以下共[计計]?\s*[\d一二三四五六七八九十]+\s*[名位件篇])?"
    r"\s*(?:[:：︰]|$)"
)
# The dash between a title and its maker's name: `》—周一`, `远方─陈一`.
DASH = r"[─—–\-－]"
# The name after a title's dash: `”—周秭萱`, `》— MariaFerreiraSin` (a non-CJK name whole).
_DASH_NAME = re.compile(
    rf"^\s*{DASH}{{1,2}}\s*([\u4e00-\u9fff·]{{2,6}}|[A-Za-z][A-Za-z .'\-]{{1,40}})"
)
_SEPARATOR = re.compile(r"[;；、,，。]")
_COLON_HEAD = re.compile(r"^([\u4e00-\u9fff]{2,5})\s*[:：︰]\s*(.*)$")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}|[A-Za-z][A-Za-z .'\-]{1,40}")
_PRIZE_HEAD = re.compile(rf"^({PRIZE})\s*[:：︰]?\s*(.*)$")


def ranked_records(text: str) -> list[dict[str, Any]]:
    """The works of every line read as a run of ranked records (see the module's note): a
    prize carried over the records and lines after it up to the next prize or heading; a
    line with any title that is no such record gives none, and neither does a page with
    fewer than two."""
    rows = []
    lines = [_BULLET.sub("", line).strip() for line in text.split("\n")]
    for n, line in enumerate(lines):
        head = _HEADING.match(line)
        heading = (head.group(1) or head.group(2)).strip() if head else None
        if heading is None and _over_records(line, lines[n + 1 :]):
            heading = line
        rows.append((heading, *_line_parts(line[head.end() :].strip() if head else line)))
    levels = _repeated_levels([h for _, _, heads, _ in rows for h in heads])
    works: list[dict[str, Any]] = []
    category, prize = "", ""
    for heading, titles, heads, dashed in rows:
        if heading is not None:
            category, prize = heading, ""
        found, prize = _records(titles, heads, dashed, (category, prize), levels)
        works.extend(found)
    return works if len(works) >= 2 else []


# A short line of its own (`优秀纪录长片`, `中国故事优秀纪录短片`): a heading, when records follow.
_LINE_HEADING = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,16}")


def bare_heading(line: str) -> str | None:
    """`优秀纪录短片`: a short line of words alone (no title, no prize, not the page's own
    `某某奖获奖名单`, no chrome) that heads the records after it as their category."""
    plain = _LINE_HEADING.fullmatch(line) and not re.fullmatch(PRIZE, line)
    return line if plain and not LISTS_HEADING.search(line) and not is_chrome(line) else None


def _over_records(line: str, after: list[str]) -> bool:
    """A bare heading over the records right after it (the next line with text quotes a title)."""
    following = next((a for a in after if a), "")
    return "《" in following and bare_heading(line) is not None


def _line_parts(line: str) -> tuple[list[re.Match[str]], list[str], list[str]]:
    """A line's titles, the head of each (the words since the last record's end) and the name
    after each one's dash."""
    titles = list(_TITLE.finditer(line))
    heads: list[str] = []
    dashed: list[str] = []
    for k, tm in enumerate(titles):
        gap = line[titles[k - 1].end() if k else 0 : tm.start()]
        if k and (dash := _DASH_NAME.match(gap)):
            dashed[-1] = dash.group(1).strip()
            gap = gap[dash.end() :]
        heads.append(_SEPARATOR.split(gap)[-1].strip() if k else gap.strip())
        dashed.append("")
    if titles and (dash := _DASH_NAME.match(line[titles[-1].end() :])):
        dashed[-1] = dash.group(1).strip()
    for k, tm in enumerate(titles):  # `《丰收》 9月1日,某村…。张三 摄`: a caption's photographer
        after = line[tm.end() : titles[k + 1].start() if k + 1 < len(titles) else len(line)]
        if not dashed[k] and (shot := caption_credit(after)):
            dashed[k] = shot
        if not dashed[k] and (bracket := _BRACKET_AFTER.match(after)):
            dashed[k] = "、".join(words_after_title(bracket.group()).get("authors", []))
    return titles, heads, dashed


# `《河边》(张三/李四,荷兰)`: the bracket right after a title, its people (list_after reads it).
_BRACKET_AFTER = re.compile(r"\s*[(（][^()（）]{2,60}[)）]")


def _records(
    titles: list[re.Match[str]],
    heads: list[str],
    dashed: list[str],
    said_before: tuple[str, str],
    levels: set[str],
) -> tuple[list[dict[str, Any]], str]:
    """Each title with the prize and name its head says (a prize carried from the record
    before it), and the prize the line leaves; none for the line when a head is neither."""
    category, prize = said_before
    works: list[dict[str, Any]] = []
    for tm, head, by_dash in zip(titles, heads, dashed, strict=True):
        said, name = _head_parts(head, levels)
        names = split_list_names(by_dash or name) if by_dash or name else []
        people = all(map(is_person, names)) and (not name or is_person(name))
        if said is None or not people or not (names or said or prize):
            return [], said_before[1]
        prize = said or prize
        work: dict[str, Any] = {"title": tm.group(1).strip()}
        if prize:
            work["prize"] = prize
        if names:  # (`…;《跃起》—麦`: a record the page cut off names no one)
            work["authors"] = names
        if category:
            work["category"] = category
        works.append(work)
    return works, prize


def _head_parts(head: str, levels: set[str]) -> tuple[str | None, str]:
    """(prize, name) of a record's head: `佳作:张敬雅`, `第一名童淑美`, `优选刘于伦` (a level
    the page repeats), `二奖 栗 光`, `张舜忠` (no prize: the one before), `亚军︰` (the name
    after the title); (None, '') when the head is more than a prize and a name (unless a
    space sets the prize off: then its people are not known)."""
    if m := _PRIZE_HEAD.match(head):
        said, rest = m.group(1), m.group(2).strip()
    elif (m := _COLON_HEAD.match(head)) and not is_genre(m.group(1).rstrip("类")):  # (`消息类:`)
        said, rest = m.group(1), m.group(2).strip()
    elif head[:2] in levels:
        said, rest = head[:2], head[2:].strip()
    else:
        said, rest = "", head
    rest = _PADDED.sub("", rest)  # `栗 光`: a two-character name padded to three
    if rest and not _NAME.fullmatch(rest):
        # (`佳作 洪倪 AKA 洪妈倪`: a prize heads the record, whoever the words after it name)
        return (said, "") if said and re.match(r"\s", head[len(said) :]) else (None, "")
    return said, rest


_PADDED = re.compile(r"(?<=^[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff]$)")


def _repeated_levels(heads: list[str]) -> set[str]:
    """A two-character word three or more of the page's heads begin with before a name
    (`优选刘于伦`, `优选吴肇芸`, `二奖 陈信杰`…): the page's level word, known to the vocabulary
    or not."""
    starts = Counter(
        h[:2] for h in heads if re.fullmatch(r"[\u4e00-\u9fff]{2}\s*[\u4e00-\u9fff ]{2,5}", h)
    )
    return {word for word, n in starts.items() if n >= 3}
