"""Which of a list's first lines can name its award, as a careful reader takes them: a
section heading over the works (`【短篇小說獎】`, a `…獎` line over ranked records) and a photo
caption (`頒發獎牌。余小冬攝`) name none; a news dateline before the lead (`【特派記者某某/臺東
報導】`, `〔記者某某/台北報導〕`) is no part of it; a sentence that says the list follows
(`现将某某征集活动获奖作品名单公布如下`) names the award before its list words."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.award_names import (
    CONTEST,
    EDITION,
    EDITION_WORD,
    award_parts,
    edition_number,
    place_before,
)
from award_archive.authoring.importer.list_parts import PRIZE
from award_archive.search.grams import to_simplified

# A dateline in brackets at the start: the reporter and the place (`【記者某某/臺東報導】`,
# `〔記者某某／台北報導〕`, `(本报记者 某某)`).
_DATELINE = re.compile(
    r"^\s*[【〔\[(（](?:[^【】〔〕\[\]()（）]{0,20}?(?:記者|记者|通讯员|通訊員)[^【】〔〕\[\]()（）]{0,20}"
    r"|[^【】〔〕\[\]()（）/／]{2,20}[/／][\u4e00-\u9fff]{2,6}(?:報導|报道|電|电))[】〕\])）]\s*"
)
# A photo's caption: `…。某某攝`, `（某某 摄）`, `图为…`, `圖／某某`, `▲某某…(圖/某部提供)`.
_CAPTION = re.compile(
    r"(?:^|[。.,，\s])[\u4e00-\u9fff·]{2,6}\s*[摄攝](?:影)?$|[(（][^()（）]{2,12}[摄攝][)）]$|^▲"
    r"|^(?:图为|圖為|图[:：/／]|圖[:：/／])"
)
# A section's own heading: one award item (`短篇小說獎`, `社會組散文`) with no round, no
# contest word and no page word, alone in brackets.
_SECTION = re.compile(r"^\s*[【〔\[]([^【】〔〕\[\]]{2,12})[】〕\]]\s*$")
_NOT_AN_ITEM = re.compile(
    rf"{EDITION_WORD}|(?:19|20)\d{{2}}|名[单單]|揭[晓曉]|公[布示告]"
    r"|[获獲得][奖獎]|[评評][选選]|大[赛賽]|[征徵]文|活[动動]"
)


def lead_line(line: str) -> str:
    """The line as a heading reader takes it: a section heading or a caption is blank; a
    dateline before the lead goes."""
    if _CAPTION.search(line.strip()):
        return ""
    if (m := _SECTION.match(line)) and not _NOT_AN_ITEM.search(m.group(1)):
        return ""
    return _CRY.sub("", _DATELINE.sub("", line, count=1), count=1)


# A slogan cried before the heading (`以创意助公益!鄂州市2019年…`): no award in it.
_CRY = re.compile(r"^\s*[^!！,，。:：\s奖獎赛賽届屆]{2,12}[!！]\s*(?=\S)")


def sections_blank(lines: list[str]) -> list[str]:
    """Each line as `lead_line` takes it, and a bare `…獎` line right above a ranked record
    (`新詩獎` / `首獎 某某〈…〉`): a section's heading, no award."""
    out = [lead_line(line) for line in lines]
    said = [i for i, line in enumerate(out) if line.strip()]
    for here, after in zip(said, said[1:], strict=False):
        short = out[here].strip()
        ranked = re.match(rf"\s*(?:{PRIZE})", out[after])
        if ranked and len(short) <= 10 and re.search(r"[奖獎組组]$", short):
            if not _NOT_AN_ITEM.search(short):
                out[here] = ""
    return out


# `现将某某活动获奖作品名单公布如下`, `「某某獎」得獎名單如下`: the list follows its award.
_LIST_FOLLOWS = re.compile(
    r"^(?:现将|現將|兹将|茲將|特将|特將)?(.{4,40}?)的?(?:获奖|獲獎|得奖|得獎|入[围圍]|入[选選])"
    r"(?:作品)?(?:名[单單]|名[录錄]|目[录錄])(?:予以)?(?:公布|公示|[发發][布佈])?如下"
)


def list_follows(clause: str) -> str:
    """The award a clause says the list below is of, or ``."""
    m = _LIST_FOLLOWS.match(clause.strip())
    return m.group(1) if m else ""


def quoted_in_sentence(text: str, contest: str) -> str:
    """`某館本年度辦理“2020後山文學獎”徵文活動,廣邀…`: in a sentence, the quoted name of an
    award or a contest (`contest`: how one ends) that a body holds is the award, not the words
    before it (a name the sentence only mentions, `主办的“…”的一部分`, is not)."""
    if not re.search(r"[,，。;；]", text):
        return text
    if _TWO_NAMED.search(text):
        return ""  # (two named together: neither is the list's)
    name = re.search(rf"{_HOLDS}“([^“”]{{2,40}}?(?:[奖獎]|{contest}|好新[闻聞]))”", text)
    # (`启动“某某”有奖征文活动`, `举办庆祝建校60周年《某某》征文活动`: a quoted theme or a
    # title, then all the contest's words; what the sentence says of it before the quote goes)
    themed = re.search(
        rf"{_HOLDS}[^，。,;；“”《》]{{0,20}}?((?:“[^“”]{{2,30}}”|《[^《》]{{2,30}}》)"
        rf"[\u4e00-\u9fff]{{0,8}}?(?:{contest})(?:活[动動])?)",
        text,
    )
    return name.group(1) if name else themed.group(1) if themed else text


# What a body does with the contest it holds: `举办“…”`, `辦理「…」`, `开展了“…”`.
_HOLDS = (
    r"(?:举办|舉辦|办理|辦理|开展|開展|主办|主辦|承办|承辦|组织|組織|启动|啟動|举行|舉行|推出)了?"
)


# The words a page's title ends with when it tells of a list (over the one-script copy).
_TITLE_END = re.compile(r"(?:公示|公布|揭晓|名单|出炉|结果|目录)$")


def page_title(text: str) -> bool:
    """`某某攝影賽入围作品公示`: a short line that tells of a list names its award even when the
    name ends in no word the readers know."""
    return len(text) <= 40 and not re.search(r"[,，。;；]", text) and bool(_TITLE_END.search(text))


def the_headings_round(said: dict[str, Any], award: str, short: bool) -> dict[str, Any]:
    """What a body mention of the heading's round gives it: its edition and year; its name only
    where the heading's is a short form (`short`: `卓新奖` of `卓越新闻奖`), a scope for a place
    (`全省…` of `湖北省…`), two names joined (`…新闻和论文评奖`) or the name without the place
    before it (`澳门“某某”摄影比赛`). The heading's name wins
    over a longer one (`全國…新聞獎`: words before it only) or another event's
    (`池州环保世纪行活动`)."""
    if short and not str(said.get("award", "")).endswith(award):
        return said
    if re.match(r"全[省市区區]", award) or re.search(r"[和暨及与與]", award):
        return said
    full = str(said.get("award", ""))
    if full.endswith(award) and place_before(full[: -len(award)], award):
        return said  # `澳门“某某”摄影比赛` of `“某某”摄影比赛`: a place before it is the name's
    return {k: v for k, v in said.items() if k != "award"}


def scoped_same(own: str, full: str) -> bool:
    """`全國電力工程新聞獎` a sentence gives a work, `電力工程新聞獎` the heading: one award, the
    scope said before it (the heading's name wins)."""
    full, own = to_simplified(full), to_simplified(own)  # (the heading in the page's script)
    return bool(re.fullmatch(rf"全[国省市区]{re.escape(full)}", own)) if full else False


# `…承办的“2022年度某某新闻奖”和“2022年度某某文艺奖”评选`: two awards named together.
_TWO_NAMED = re.compile(
    r"“([^“”]{2,40}?[奖獎])”\s*(?:和|及|与|與|、|以及)\s*“([^“”]{2,40}?[奖獎])”"
)


def two_named(text: str) -> bool:
    """The text names two awards together, not saying which work got which (README: no
    `award`, their shared year kept)."""
    return bool(_TWO_NAMED.search(text))


# `67部作品荣获第十四届精神文明建设“五个一工程”(2014~2017)荣誉称号`: the honour the works won.
_HONOUR = re.compile(
    rf"(?:荣获|榮獲|获得|獲得|授予)({EDITION_WORD})?"
    r"([\u4e00-\u9fff“”]{2,30}?)(?:[(（][^()（）]{1,20}[)）])?(?:荣誉|榮譽)?(?:称号|稱號)"
)


# `共评选出12个某市优秀少儿广播电视节目`: the honour the works were chosen as.
_CHOSEN_AS = re.compile(
    r"(?:评选出|評選出|评出|評出)[0-9一二三四五六七八九十百两]+[个個件部篇项項]"
    r"([\u4e00-\u9fff]{0,6}[优優]秀[\u4e00-\u9fff]{2,16}?(?:节目|節目|作品))"
)


# `本届共有3000部作品角逐某某奖`: the award the works vied for.
_VIED_FOR = re.compile(
    r"(?:[作品部件篇]|参赛者|參賽者)(?:角逐|竞逐|競逐|争夺|爭奪|问鼎|問鼎)"
    rf"([^，。,;；、\s]{{2,30}}?(?:[奖獎]|{CONTEST}))(?=[，。,;；的\s]|$)"
)


def honour_named(text: str) -> dict[str, Any]:
    """The award a text names only as the honour its works won (`荣获…称号`), with its edition,
    were chosen as (`评选出12个某市优秀少儿节目`) or vied for (`3000部作品角逐某某奖`)."""
    if not (m := _HONOUR.search(text)) or not re.search(r"[\u4e00-\u9fff]", m.group(2)):
        chosen = _CHOSEN_AS.search(text)
        vied = _VIED_FOR.search(text)
        return {"award": chosen.group(1)} if chosen else dict(award_parts(vied[1])) if vied else {}
    said: dict[str, Any] = {"award": m.group(2)}
    if m.group(1) and (edition := re.match(EDITION, m.group(1))):
        said["edition"] = edition_number(edition)
    return said
