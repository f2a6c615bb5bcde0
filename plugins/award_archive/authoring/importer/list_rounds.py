"""The award rounds a news page names in its sentences: `在第二十五届甘肃“环境好新闻”评选中`,
`由…组织的“某某杯”非公有制经济跨越发展好新闻评选中`, `在陇原环保世纪行2013年好新闻奖评选中`,
and `在此次评选中` (back to the page's own round). Each holds for the works named after it,
up to the next round the text names."""

from __future__ import annotations

import re
from typing import Any, cast

from award_archive.authoring.importer.award_names import CONTEST, EDITION_WORD, award_parts
from award_archive.authoring.importer.list_parts import PRIZE
from award_archive.authoring.importer.list_sentences import WON

# `…评选中`, `…评比活动中`: the round whose works the sentence goes on to name.
_ROUND_END = re.compile(
    r"(?:评比|評比|评选|評選|评奖|評獎|评审|評審|推选|推選|遴选|遴選|甄选|甄選|征集|徵集)(?:活动|活動)?中"
    rf"|(?<=[奖獎赛賽文])中(?=\s*[，,]|\s*{WON})"  # `在某某奖中，`, `在…大赛中获金奖`
)
# Where a round's name begins, reading back from its `评选中`: the words about who held it
# (`…主办的`, `…组织的`), a list's or a clause's mark, `在`.
_STOP = set("的、，,。；;：:在由与與和及()（）")
_THIS_ROUND = re.compile(r"^(?:此次|本次|本届|本屆|这次|這次|这届|這屆|该次|該次|今年)")


def rounds_in(text: str) -> list[tuple[int, int, dict[str, Any] | None]]:
    """(start, end, award) of each round named as `…评选中`; award None for `此次评选中`
    (the page's own round, named before)."""
    out: list[tuple[int, int, dict[str, Any] | None]] = []
    for m in _ROUND_END.finditer(text):
        start, quoted = m.start(), False
        while start > 0 and m.start() - start < 40:
            c = text[start - 1]  # (inside quotes a stop is part of the name: `“我所经历的…”`)
            quoted = quoted != (c in '“”"') if c in '“”"' else quoted
            if c in _STOP and not quoted:
                break
            start -= 1
        if m.group() == "中" and not text[:start].endswith("在"):
            continue  # (`…奖中` only as `在…奖中`)
        said = _THIS_ROUND.sub("", re.sub(r"\s+", "", text[start : m.start()]))
        if not said:
            out.append((start, m.end(), None))
        elif info := award_parts(said):
            out.append((start, m.end(), cast(dict[str, Any], info)))
    return out


# `获得2023年度某某省优秀网络视听作品一等奖`, `荣获第五届某某大赛金奖`: the award a work won,
# named with its round between the verb and the prize.
_WON_NAMED = re.compile(
    rf"{WON}得?了?\s*"
    rf"((?:19|20)\d{{2}}\s*年度?|{EDITION_WORD})"
    rf"\s*([\u4e00-\u9fff“”]{{3,30}}?)\s*(?={PRIZE})"
    # (`荣获某省“三微”比赛一等奖`: a contest's whole name, no round said with it)
    rf"|{WON}得?了?\s*()([\u4e00-\u9fff]{{2,12}}“[^“”]{{2,12}}”[\u4e00-\u9fff]{{0,8}}?(?:{CONTEST}))"
    rf"\s*(?={PRIZE})"
)


def won_named(text: str) -> list[tuple[int, dict[str, Any]]]:
    """(where, award) of each award a sentence says a work won by its round's name."""
    out = []
    for m in _WON_NAMED.finditer(text):
        said = m.group(1, 2) if m.group(2) else m.group(3, 4)
        if info := award_parts("".join(said)):
            out.append((m.start(2) if m.group(2) else m.start(4), cast(dict[str, Any], info)))
    return out
