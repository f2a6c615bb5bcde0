"""Works a sentence says won a named 奖项: `記者甲以「標題」榮獲平面媒體類新聞評論獎`,
`「乙」則入圍新聞敘事創新獎`, `《丙》获得最佳编辑奖`. Where an award's categories are its 奖项
(no 等奖), the 奖项 a title won is its category; a title in 《》, 「」 or “” is read the same."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import PRIZE, is_outlet, squeeze, tail_fields
from award_archive.authoring.importer.list_people import role_fields, unit_and_names

_WON = re.compile(
    r"(?:《((?:[^《》]|《[^《》]*》){2,60})》|「((?:[^「」]|「[^「」]*」){2,60})」|“([^“”]{2,60})”"
    r"|〈([^〈〉]{2,60})〉)"
    r"\s*(?:[(（]([^()（）]{2,40})[)）])?"  # `「標題」（某某周刊，記者甲）獲…獎`: its bracket
    r"\s*(?:作品|一文|一作)?\s*[,，]?\s*(?:[则則也并並]|分[别別])?\s*"
    r"(?:[荣榮][获獲]|[获獲]得|[获獲]|入[围圍]|入[选選]|摘得|摘下|拿下|[夺奪]得)了?\s*"
    r"([^，,。；;、「」《》“”()（）\s]{2,24}?[奖獎])(?![\u4e00-\u9fff])"
)
# The maker named just before `以「…」`: a role word, then the name.
_MAKER = re.compile(
    r"(?:[记記]者|[编編][辑輯]|主[编編]|主播|[制製]作人|主持人|特派[员員]|作者)"
    r"([\u4e00-\u9fff]{2,3})\s*以\s*$"
)
# `中央社有2項入圍，…`: the media whose works the sentence goes on to name.
_HAS_WORKS = re.compile(
    r"(?:^|[，,。；;:：\s])([^\s，,。；;:：]{2,12}?)(?:共|今年|今年共)?有\s*[\d一二三四五六七八九十两]+\s*"
    r"(?:[项件篇部个][作品]*)"
)


def _subject_outlet(before: str) -> str:
    """The media the sentence holding a title begins with (`中央社有2項入圍`), if any."""
    sentence = re.split(r"[。；;]", before)[-1]
    found = [m.group(1) for m in _HAS_WORKS.finditer(sentence)]
    return found[-1] if found and is_outlet(found[-1]) else ""


# An award's own name, not one of its 奖项: a country's, a province's or a city's award.
_AN_AWARD_NAME = re.compile(r"(?:中国|中國|全国|全國|[\u4e00-\u9fff]{1,3}(?:省|市|县|縣|区|區))")
_AN_AWARD = re.compile(r"第\s*[\d一二三四五六七八九十百]+\s*[届屆]|(?:19|20)\d{2}|年度")


def won_works(text: str) -> list[dict[str, Any]]:
    flat = " ".join(text.split("\n"))
    works: list[dict[str, Any]] = []
    for m in _WON.finditer(flat):
        title = next(g for g in m.groups()[:4] if g)
        kind = re.sub(r"^.*[类類]", "", m.group(6))
        if _AN_AWARD.search(kind) or re.search(PRIZE, kind) or len(kind) < 3:
            continue  # `获第32届湖北新闻奖`: the award itself; a prize is the prose reader's
        if re.match(rf"\s*{PRIZE}", flat[m.end() :]):
            continue  # `获湖北新闻奖一等奖`: the award, then its prize
        key = "award" if _AN_AWARD_NAME.match(kind) else "category"  # `荣获中国新闻奖`
        work: dict[str, Any] = {"title": title.strip(), key: kind}
        work.update(_bracket(m.group(5) or ""))
        if maker := _MAKER.search(flat[max(0, m.start() - 12) : m.start()]):
            work["authors"] = [maker.group(1)]
        if "outlet" not in work and (unit := _subject_outlet(flat[: m.start()])):
            work["outlet"] = unit
        works.append(work)
    return [*works, *_given_works(flat)]


# `每日新聞報導獎由聯合報記者甲、乙的「標題」獲得`, `新聞攝影獎：聯合報記者張三「標題」`,
# `評論獎得主為公視的「標題」`, `某獎得獎者為某報記者甲，作品「標題」`, `某獎得主某報記者甲，以
# 「標題」獲獎`: the 奖项 first, then who made the work, then its title.
_GIVEN = re.compile(
    r"(?:^|(?<=[\s。；;，,:：─—]))(?:[^\s。；;，,:：「」〈〉《》]{0,8}[类類])?"
    r"([^\s。；;，,:：「」〈〉《》]{2,14}?[奖獎])\s*"
    r"(?:(?:得主|得[奖獎]者)\s*(?:是|為|为)?|的?\s*[则則]?\s*(?:由|是|為|为|[:：]))\s*"
    r"([^。；;:：「」〈〉《》]{0,30}?)(?:[，,]\s*(?:作品|以))?\s*[「〈《]([^」〉》]{2,60})[」〉》]"
    r"(?:\s*[(（]([^()（）]{2,40})[)）])?"
    r"(?=\s|[，,。；;、]|$|[获獲]|[制製]作)"  # (not a quote inside a longer title)
)


def _bracket(inner: str) -> dict[str, Any]:
    """`（某某周刊，記者甲）`, `（記者甲、乙）`: role words first, else each part by what it is."""
    return role_fields(inner) or tail_fields(inner) if inner else {}


def _given_works(flat: str) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    for m in _GIVEN.finditer(flat):
        kind = re.sub(r"^(?:[获獲]得?)", "", m.group(1))  # `獲得評論獎的是…`
        maker = re.sub(r"[，,]?以$", "", m.group(2).strip())
        if _AN_AWARD.search(kind) or len(kind) < 3:
            continue  # `第五屆某某獎：`: the award, not one of its 奖项
        work: dict[str, Any] = {"title": m.group(3).strip()}
        work["prize" if re.fullmatch(PRIZE, kind) else "category"] = kind
        said = unit_and_names(maker if maker.endswith("的") else maker + "的")
        if said:
            work.update({k: v for k, v in said.items() if k != "category"})
        elif is_outlet(unit := maker.removesuffix("的")):
            work["outlet"] = unit
        for key, value in _bracket(m.group(4) or "").items():
            work.setdefault(key, value)
        works.append(work)
    return works


def _key(title: Any) -> str:
    """A title quoted inside a quote writes its inner quote 『』: the same title as 「」."""
    return squeeze(str(title)).translate(str.maketrans("『』", "「」")).strip("《》")


def added(works: list[dict[str, Any]], more: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`more` whose titles `works` does not have, after them; of a title both have, what
    `works` does not say (the lead sentence names a listed work's author)."""
    have = {_key(w.get("title", "")): w for w in works}
    out = list(works)
    for work in more:
        if (same := have.get(_key(work["title"]))) is None:
            out.append(work)
            continue
        for k, v in work.items():
            same.setdefault(k, v)
    return out
