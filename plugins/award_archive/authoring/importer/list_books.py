"""A book's record after its `《title》`, as book lists write it: its credits, its publisher
and who put it forward, one piece between commas each (`《神奇科学》(2册),赵致真、王俊主编,
北京少年儿童出版社,北京市推荐。`, `《星际穿越》,[美]基普·索恩著,苟利军等译,某某出版社,某某推荐`).

README (batch 11): the names marked 著/编著/主编/编/绘著 are the authors (a unit may be one);
translators and illustrators (译, 绘) are not mapped; a nationality tag (`[美]`) goes; the
publisher is the outlet; `X推荐` is the recommender; a volume count (`(2册)`) is not mapped."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import is_outlet

# A credit: names (or a unit) glued to the mark of what they did, maybe `等` between.
_CREDIT = re.compile(
    r"^(?P<names>[^\s:：《》()（）]{2,40}?)\s*等?\s*"
    r"(?P<mark>编著|編著|主编|主編|绘著|繪著|编写|編寫|编译|編譯|翻译|翻譯|改编|改編|著|编|編|译|譯|绘|繪)$"
)
_AUTHOR_MARKS = frozenset("编著 編著 主编 主編 绘著 繪著 编写 編寫 著 编 編".split())
_WROTE = frozenset("著 编著 編著 绘著 繪著".split())  # (marks no news list writes)
# A nationality tag before a foreign author's name: `[美]`, `(英)`, `〔日〕`, `【法】`.
_NATION = re.compile(r"^[\[【〔(（][\u4e00-\u9fff]{1,2}[\]】〕)）]")
_PUBLISHER = re.compile(r"(?:出版社|出版集团|出版集團|出版公司|书局|書局|出版中心)$")
_RECOMMENDED = re.compile(r"^(?P<who>[^\s:：《》]{2,20}?)(?:推荐|推薦)$")
_VOLUMES = re.compile(r"^[(（]\s*\d{1,3}\s*[册冊本卷部套][)）]$")


def book_credits(rest: str) -> dict[str, Any]:
    """The fields of a book's record (the text after its title); {} for a record that is no
    book's: one with no credit mark, or with only an editor's (`主编`/`编`) and no publisher
    (a paper's 主编 is its editor)."""
    record = re.split(r"[。；;]", rest, maxsplit=1)[0]  # (what follows the stop is the page's)
    work: dict[str, Any] = {}
    wrote = published = False
    for piece in (p.strip() for p in re.split(r"[,，]", record)):
        if not piece or _VOLUMES.fullmatch(piece):
            continue
        if credit := _CREDIT.fullmatch(_NATION.sub("", piece)):
            if credit.group("mark") in _AUTHOR_MARKS and "authors" not in work:
                work["authors"] = _names(credit.group("names"))
                wrote = wrote or credit.group("mark") in _WROTE
        elif _PUBLISHER.search(piece) or (is_outlet(piece) and len(piece) > 3):
            work.setdefault("outlet", piece)
            published = published or bool(_PUBLISHER.search(piece))
        elif recommended := _RECOMMENDED.fullmatch(piece):
            work.setdefault("recommender", recommended.group("who"))
    if not work.get("authors") or not (wrote or published):
        return {}
    return work


def _names(credited: str) -> list[str]:
    """`[英]麦考利、阿德利` → 麦考利, 阿德利: each name without its nationality tag."""
    return [n for n in (_NATION.sub("", p).strip() for p in re.split(r"[、/]", credited)) if n]
