"""The last resort for a page whose list no reader can see: the titles it quotes where it
says they won.

A page in a shape no reader knows (a story about the winners, a caption wall, a layout the
excerpt broke) still names its winners the way every such page does: a title in 《》 (the
reading copy writes 「」 and 〈〉 so too) inside a sentence that says it won or names a prize
(`《甲》获一等奖`, `一等奖：《乙》`). Those titles are the works; what else the sentence says
is left to the readers of known shapes. Only used when they all found nothing: on a page they
can read, a quoted title they left out is mostly a paper, a book or a notice.
"""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import PRIZE, is_outlet
from award_archive.authoring.importer.list_sentences import WIN_VERB

# A sentence of the copy (the readers' one script and one title mark).
_SENTENCE = re.compile(r"[^。；;！!\n]+")
_TITLE = re.compile(r"《([^《》\n]{2,40})》")
# What says a sentence is about winners: a prize, a verb of winning or of being chosen.
_WON = re.compile(rf"{PRIZE}|{WIN_VERB}|[获荣]评|[获得]奖")
# Quoted names that are no work: a notice or rules (`《关于…的通知》`, `《评选办法》`), an
# award's own name, a periodical or yearbook the works appeared in (`《散文选刊》`, `《某某年鉴》`).
_NO_WORK = re.compile(
    r"通知|办法|公告|决定|细则|章程|名单|评选|[奖赛]$|杂志|期刊|选刊|月刊|年鉴|文学$|[报刊]$"
)


def quoted_winners(text: str) -> list[dict[str, Any]]:
    """`2023年某某奖揭晓，《甲》获一等奖，《乙》《丙》获二等奖。`: works 甲, 乙, 丙, each with
    the prize its sentence names when it names one only."""
    works: list[dict[str, Any]] = []
    seen: set[str] = set()
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group()
        if not _WON.search(said):
            continue
        prizes = {m.group() for m in re.finditer(PRIZE, said)}
        for m in _TITLE.finditer(said):
            title = m.group(1).strip()
            if title in seen or is_outlet(title) or _NO_WORK.search(title):
                continue
            seen.add(title)
            work: dict[str, Any] = {"title": title}
            if len(prizes) == 1:
                work["prize"] = next(iter(prizes))
            works.append(work)
    return works
