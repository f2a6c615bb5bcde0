"""The words that name an award, as a heading or a sentence writes them, taken apart: the
name itself (`award`), its 第N届/首届 (`edition`) and the year of the round (`year`).
`2019年度第十届“某某杯”某省好新闻评选` → 某省好新闻, 10, 2019. One copy of the rules, used by
the heading reader (list_heading), the rounds named in prose (list_rounds) and list_prose."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypedDict

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.list_parts import PRIZE, is_genre
from award_archive.authoring.importer.list_places import PLACE
from award_archive.contract.numerals import parse_edition

# How the name of a contest ends, in either script: `…大赛`, `…比賽`, `…征文`, `…徵選`,
# `…评选`, `…活动` (two characters each: a lookbehind takes them).
CONTEST = (
    r"大[赛賽]|[奖獎][赛賽]|[竞競][赛賽]|比[赛賽]|年[赛賽]|[征徵]文|[征徵]集|[征徵甄][选選]|[评評][选選]"
    r"|活[动動]"
)
# A year as a heading writes it: `2023`, `二〇二三`.
YEAR = r"(?:19|20)\d{2}|[一二][〇零一二三四五六七八九]{3}"
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def year_number(text: str) -> int:
    return int(text.translate(_YEAR_DIGITS))


def _strip_quotes(text: str) -> str:
    """Quotes around the whole name go, a place or a scope before them aside (`江西省“某某
    好新闻”` → `江西省某某好新闻`, `甘肃“某某好新闻”`, `全国“某某奖”` → `全国某某奖`); a quoted
    part of the name stays, and so does one after a genre (`杂文“某某奖”`: the genre's award)."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{0,6}?)[“\"]([^“”\"]+)[”\"]", text)
    if not m or not (re.fullmatch(PLACE, m.group(1)) or _a_place_word(m.group(1))):
        return text
    return m.group(1) + m.group(2)


def place_before(before: str, name: str) -> bool:
    """`before` is a place written before the name (`江西省`, `某市`; a bare `澳门` before a
    quoted name: `澳门“某某”摄影比赛`), not a scope (`全国`) nor a genre."""
    if not before or re.match("全", before):
        return False
    bare = re.match(r"[“\"「]", name) and len(before) <= 3 and not is_genre(before)
    return bool(re.fullmatch(PLACE, before) or bare)


def _a_place_word(before: str) -> bool:
    """A short word before the quotes that is no genre: a place written bare (`甘肃`)."""
    return not before or (len(before) <= 4 and not is_genre(before))


# What follows an award's name in a heading: the kind of page, not the name (matched on
# the folded text: one script).
_SUFFIX = re.compile(
    r"(?:拟?(?:获奖|獲獎|得奖|得獎|入围|入选|入展|参评)(?:作品)?(?:名单|名單|目录)?|推荐作品目录|作品目录|目录|揭晓|揭曉|公示|公布|"
    r"名单|名單|榜单|榜單|(?:榜单|榜單)?[发發][布佈]|出炉|出爐|揭榜|评选|评审|评奖|评比|评析|评定|(?<=评[选审定奖比])工作已?|(?:定评)?(?:结果|結果)|"
    r"颁奖(?:典礼|大会|仪式|晚会|报告会)?|表彰大会|(?:在[\u4e00-\u9fff]{1,8}?)?(?:隆重)?(?:举行|举办|召开)|"
    r"(?:征集|应征|参赛)作品|作品(?:展示|展播)|(?:作品)?(?:巡礼|赏析|选登|集锦|一览|专栏|集)|推介|推选|(?<=征文|大赛)作品|(?<=[文赛][”\"])作品|初评|终评|终評|复评|(?:圆满)?(?:结束|結束|落幕|落下帷幕|闭幕|閉幕)|已经?|近日|日前|今日|今天|昨日|正式|来了|来啦|了|啦|[(][^()]*[)])+$"
)
# How a name that goes on after its 奖 ends (`…新闻奖作品年赛`); otherwise what follows the
# 奖 is a prize or the categories of the page (`湖北新闻奖一等奖`, `中国新闻奖广播电视访谈`).
_NAME_GOES_ON = re.compile(rf"(?:佳作|好新闻|作品展|{CONTEST})[”\"]?$")
# A bare round after the 奖 is that award's contest, not a longer name (`澳門文學獎比賽`).
_ROUND_OF = re.compile(r"(?:比[赛賽]|[竞競][赛賽]|[评評][选選]|[评評]比|[评評][奖獎])")


# After an event's name, a short `…奖` is what was won in it (`…征文活动优秀组织奖`,
# `…大赛一等奖`).
_HONOUR_AFTER_EVENT = re.compile(
    rf"(?<={CONTEST}|新[闻聞])"
    r"(?:(?:[优優]秀|最佳|特[别別]|先[进進]|突出|杰出|傑出)[\u4e00-\u9fff]{0,6}[奖獎]"
    rf"|{PRIZE})$"
)


_CLASS_AFTER = re.compile(
    rf"^(.*(?:[奖獎]|新[闻聞]|作品|{CONTEST})[”\"]?)[\u4e00-\u9fff、]{{1,8}}?[类類组組]$"
)


# The event that chose or shows the works, after the award's name: `…推选活动`, `…评选活动`,
# `…优秀作品发布活动`, `…优秀作品发布仪式`, `…征集展示活动`, `…征集和评选活动`, `…征集展播活动`,
# `…表彰活动`
# (a `…征文活动`, `…征集活动` is the contest's own name).
_EVENT_AFTER = re.compile(
    r"(?:(?:[优優]秀|[获獲][奖獎])作品)?(?:[征徵]集[和与與及、]?)?"
    r"(?:推[选選荐薦]|[评評][选選]|[发發][布佈]|展示|展播|表彰)(?:活[动動]|[仪儀]式|[会會])$"
)


def _balanced(award: str) -> str:
    """`“某某好新闻"42件`: a quoted name followed by a count ends at its closing quote; a
    closing quote whose opening went with a year (`…2011年度某某”`) goes."""
    close = re.search(r"(?<=.)[”\"](?=\d|$)", award)
    if close and re.match(r"[“\"]", award):
        return award[1 : close.start()]
    if close and not re.search(r"[“\"]", award[: close.start()]):
        return award[: close.start()]
    if not close and award.count("“") == 1 and "”" not in award:
        return award.replace("“", "")  # its closing quote cut off with the edition after it
    return award


# The kind of notice, bracketed before the name: `(得奖公告)某某比赛`, `【获奖名单】…`.
NOTICE_BEFORE = re.compile(
    r"^[(（【\[](?:[得获獲][奖獎]|入[围圍选選])?(?:公告|公示|名[单單]|通知|喜[报報]|快[讯訊])[)）】\]]"
)


# The page's own unit before a name: `我县首届…`, `本市…` (whose, not what).
OWN_UNIT = r"^[我本](?:省|市|县|縣|区|區|州|校|院)"


def award_name(award: str) -> str:
    # a part of the year is when, not what: `第一季度`, `一季度`, `第1季度`, `上半年`, `秋季`
    award = re.sub(r"^(?:第?[一二三四1-4]季度|[上下]半年度?|[春夏秋冬]季)", "", award)
    # (`本届（第十届）…`, `今(104)年…`: this year, the ROC's in brackets)
    award = re.sub(r"^(?:本[届屆次]|今(?:[(（]\d{2,3}[)）])?年|此次|这次|這次)", "", award)
    award = re.sub(OWN_UNIT, "", award)
    award = NOTICE_BEFORE.sub("", award)
    award = re.sub(r"^(?:民[国國])?\d{2,3}年度?", "", award)  # an ROC year (`113年度`): no year
    # `在第十届某某大赛中获奖`: the event, not where in it
    award = re.sub(r"(?<=[赛賽奖獎选選文动動])中(?:[获獲荣榮喜,，].*)?$", "", award)
    award = _balanced(_HONOUR_AFTER_EVENT.sub("", award))
    award = re.sub(r"(?<=\D)\d+\s*[项項个個]奖项?$", "", award)  # `…大赛12项奖`: what was won
    cut = re.search(r"[奖獎][”\"]?(?=評選|评选|[^,，。、]*[,，。、])", award)
    if cut:  # a sentence or a list of categories after the award's name
        award = award[: cut.end()]
    if m := re.search(r"揭[晓曉]", award):  # what follows 揭晓 is another clause
        award = award[: m.end()]
    if m := _SUFFIX.search(lb.fold(award)):  # fold keeps positions
        award = award[: m.start()]
    # a prize or a class of the works after the name (`…大赛一等奖`, `…好新闻报纸类`, `…大赛小学组`)
    award = _HONOUR_AFTER_EVENT.sub("", award)
    award = re.sub(_CLASS_AFTER, r"\1", award)
    award = _EVENT_AFTER.sub("", award) or award
    # (a subtitle's dash inside 【】 or a notice's title: `【——全国…评选揭晓】`)
    award = re.sub(r"^(?:附(?:件\d*)?[:：]|[—–\-]+)", "", _balanced(award_only(award)))
    award = re.sub(r"(?<=[”\"」])[奖獎][项項]$", "", award)  # `荣获“某某好新闻”奖项`: its prizes
    award = _strip_quotes(_SECTOR_BEFORE.sub("", award))
    return re.sub(r"[(（][^()（）]{1,12}杯[)）]", "", award)  # `(万里健杯)`: a sponsor's title


# The sector whose members may enter, before a quoted theme: `全国水利系统“某某”征文活动` (the
# contest is `“某某”征文活动`; one written after the theme stays: `“某某”全国税务系统摄影作品`).
_SECTOR_BEFORE = re.compile(r"^[\u4e00-\u9fff]{0,8}系[统統](?=[“\"「][^“”\"「」]+[”\"」].)")


def award_only(award: str) -> str:
    """`湖北新闻奖一等奖`, `中国新闻奖报纸、通讯社新闻专栏` → the award's name, up to its 奖
    (unless the name goes on after it: `…新闻奖作品年赛`). Forms' headings read the same."""
    # (`有奖征文`: a contest with prizes; its 奖 ends no name)
    first = re.search(r"(?<!有)[奖獎](?![项項]|[学學]金)[”\"]?", award)
    rest = award[first.end() :] if first else ""
    if first and _ROUND_OF.fullmatch(rest):
        return award[: first.end()]
    # `某省广播电视大奖2023年度广播电视节目奖`: a named award inside a greater one, whole
    inner = re.search(r"[奖獎]$", rest) and not re.search(rf"{PRIZE}$", rest)
    if first and rest and not inner and not _NAME_GOES_ON.search(lb.fold(award)):
        return award[: first.end()]
    return award


# A body that gives an award in its own name (`某省记协…工委`, `某某协会`).
OWNER = re.compile(
    r"[\u4e00-\u9fff]{1,16}(?:委|委员会|委員會|协会|協會|记协|記協|学会|學會|联合会|聯合會)"
)


# A name joined to the next before its year: `某某大赛及` (2024某某奖).
_ANOTHER_BEFORE = re.compile(rf"(?:{CONTEST}|好新[闻聞])[”\"」]?(?:以及|[和及与與])$")


def without_the_year(award: str, before: str) -> str:
    """`市体育局2021年度…`: a sender before the year goes, but not a body whose own bare
    award follows (`某记协…工委2011年度好新闻奖`); an award named before the year, or a name
    joined by a dash (`某某行动——2023年某某大赛`), keeps the year inside."""
    if re.search(r"[奖獎]|[—–\-]$", before) or _ANOTHER_BEFORE.search(_GLOSS.sub("", before)):
        return award  # (`2024某某大赛及2024某某奖`: the year of the second of two names)
    award = award[len(before) :] if award.startswith(before) else award
    award = re.sub(rf"^(?:{YEAR})(?:年度?)?", "", award)
    if OWNER.fullmatch(before) and len(award_name(award)) <= 5:
        return before + award
    place = re.fullmatch(PLACE, before) and not re.match("全", before)  # (全省: a scope)
    if place and not re.match(PLACE, award) and award[:2] != before[:2]:
        return before + award  # `于都县2022年谷雨诗会`: the place is the name's
    return award


class AwardParts(TypedDict, total=False):
    """What the words that name an award give: its name, 第N届 and the round's year."""

    award: str
    edition: int
    year: int


# A sponsor's title before the name or its 第N届: `“某某银行杯”`, `“某某杯”第五届…`.
_SPONSOR = re.compile(r"^[“\"][^”\"]{1,12}杯[”\"]")
# A leading year or 年度 (`2019年度`, `2023年`, bare `2023某某大赛`); a range (`2016—2017年度`)
# is no one year.
_LEADING_YEAR = re.compile(rf"^({YEAR})\s*(?:年度?)?(?=[^\d\-—–~至到/／、和])")
_LEADING_RANGE = re.compile(rf"^(?:{YEAR})\s*[-—–~至到/／](?:{YEAR})\s*(?:[学學]?年度?)?")
# `第十届`, `第 3 屆`, `首届`: the round's number.
EDITION = r"(?:第\s*([0-9零〇一二两三四五六七八九十百]+)\s*[届屆]|首[届屆])"
_LEADING_EDITION = re.compile(rf"^{EDITION}")
# The same, to match inside a longer pattern (no group).
EDITION_WORD = r"(?:第\s*[0-9零〇一二两三四五六七八九十百]+\s*[届屆]|首[届屆])"
# A year written inside the name (`某某行动——2023年某某大赛`) stays there and is the round's.
_INNER_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?!度)")


def as_edition(text: str) -> str:
    """A round written another way at the start, as 第N届: `第三次某某奖评选`, `54 届某某奖`
    (digits before 届 with no 第)."""
    text = re.sub(r"^第([0-9一二三四五六七八九十]+)次", r"第\1届", text)
    return re.sub(r"^(\d{1,3})\s*([届屆])", r"第\1\2", text)


def edition_number(match: re.Match[str]) -> int | None:
    """The edition an `EDITION` match gives: `第十届` → 10, `首届` → 1."""
    return parse_edition(match.group(1)) if match.group(1) else 1


# The works' year in brackets after the name: `（2019年度）`, `(2023获奖作品)`.
_BRACKETED_YEAR = re.compile(r"[(（]((?:19|20)\d{2})(?:年度?)?(?:(?:获奖|獲獎)?作品)?[)）]")
# `某某新闻奖2023得奖作品`: the year right after the name, before the page's words.
_YEAR_AFTER = re.compile(
    r"(?:[奖獎赛賽]|作品|[征徵]文|活[动動]|新[闻聞])((?:19|20)\d{2})(?:年度?)?"
    r"(?=[获獲得][奖獎]|入[围圍选選]|[评評][选選审審]|作品|名[单單]|揭[晓曉]|[结結][果束]|公[布示]|$)"
)


def bracketed_round(text: str, out: dict[str, Any] | AwardParts) -> str:
    """`…奖(2023获奖作品)目录`, `…奖（2019年度）`, `中国新闻奖(第33届)`: the round in brackets
    after the name is its year or edition, no part of the name."""
    if bare := _YEAR_AFTER.search(text):
        out["year"] = int(bare.group(1))
        text = text[: bare.start(1)] + text[bare.end() :]
    if works := _BRACKETED_YEAR.search(text):
        out["year"] = int(works.group(1))
        text = text[: works.start()] + text[works.end() :]
    if m := re.search(rf"(?<=.)[(（]{EDITION}[)）]", text):
        if (number := edition_number(m)) is not None:
            out["edition"] = number
        text = text[: m.start()] + text[m.end() :]
    return text


def award_parts(said: str) -> AwardParts:
    """`第二十五届甘肃“环境好新闻”` → award 甘肃环境好新闻, edition 25; `2016年度某某作品` → its
    year (a range, `2016—2017年度`, none); `“某某杯”第五届某某大赛` → the sponsor goes (written
    after the 第N届 it stays: `第五届“某某杯”某某大赛`); a place
    before the round stays (`某某省第九届“某某好新闻”` → 某某省某某好新闻), a scope goes (`全省`);
    a year written inside the name stays in it and is the round's year too. Empty when what is
    left names no award (under 4 characters, or not a name's characters: a sentence)."""
    info: AwardParts = {}
    said = bracketed_round(as_edition(re.sub(rf"\s+|{OWN_UNIT}", "", said)), info)
    place = _PLACE_BEFORE_ROUND.match(said)
    said = _without_sponsor(said[place.end() :] if place else said)
    for _ in range(2):  # (`2019年度第十届某某奖`: both, in either order)
        if span := _LEADING_RANGE.match(said):
            said = said[span.end() :]
        elif y := _LEADING_YEAR.match(said):
            info["year"] = year_number(y.group(1))
            said = said[y.end() :]
        if e := _LEADING_EDITION.match(said):
            if (number := edition_number(e)) is not None:
                info["edition"] = number
            said = said[e.end() :]  # (a sponsor's title after it is the name's: `第三届“某某杯”…`)
    name = award_name(said)
    if place and not place.group().startswith("全"):  # (`全省`: a scope, no place)
        name = place.group() + name
    if len(name) < 4 or not re.fullmatch(r"[\u4e00-\u9fff“”\"·\d—–]+", name):
        return {}
    if "year" not in info and (inner := _INNER_YEAR.search(name)):
        info["year"] = int(inner.group(1))
    return {"award": name, **info}


# A theme quoted after a place, before the round, is the name's (`某县“某某”首届…大赛`); a
# sponsor's `“某某杯”` is not.
_THEME = r"[“\"「][^“”\"「」]{2,16}(?<!杯)[”\"」]"
# A place or a scope just before the round: `某某省第九届…`, `全省2021年度…`, `某县“某某”首届…`.
_PLACE_BEFORE_ROUND = re.compile(rf"(?:{PLACE})(?:{_THEME})?(?=(?:{YEAR})\s*年|{EDITION_WORD})")
# A place just before the 第N届 at the end of the words before a name (`…某某省第十届`): the
# prose readers' window before a name they found.
PLACE_THEN_EDITION = re.compile(rf"(?:^|[^\u4e00-\u9fff]|[的在])({PLACE}){EDITION_WORD}\s*$")
# A publication that gives the award, just before its 第N届: `《仙女湖》`, `《某某》杂志`.
_PUBLICATION_BEFORE = re.compile(r"《[^《》]{1,12}》(?:杂志|雜誌|月刊|周刊|週刊|[报報])?$")


def kept_before_round(before: str) -> str:
    """What a heading writes before the 第N届 that is the name's: a place (`江西省`, `某某`
    in two to four characters, not `本报讯在`), with a theme quoted after it (`某县“某某”`), or
    the publication that gives it (`天朗杯《仙女湖》` → `《仙女湖》`); else nothing."""
    if paper := _PUBLICATION_BEFORE.search(before):
        return paper.group()
    place = re.fullmatch(rf"({PLACE}|[\u4e00-\u9fff]{{2,4}})((?:{_THEME})?)", before)
    # (`全国第五届…`: a scope, no place)
    if not place or re.search(r"[讯訊在于的了中]|^[我本全]", place.group(1)):
        return ""
    return before


def _without_sponsor(said: str) -> str:
    """`“某某银行杯”第五届…`, `“某某杯”非公有制经济好新闻`: a sponsor's title before the name goes;
    before a bare contest (`“某某杯”散文大赛`) it is the contest's name and stays."""
    sponsor = _SPONSOR.match(said)
    if not sponsor:
        return said
    rest = said[sponsor.end() :]
    return said if re.fullmatch(rf"[\u4e00-\u9fff]{{0,2}}(?:{CONTEST}|[奖獎])", rest) else rest


# How an award's own name ends: `…奖`, `…好新闻`, `…大赛`, `…征文` (a name before a 第N届
# must end so).
NAME_END = re.compile(rf"(?:[奖獎]|好新[闻聞]|{CONTEST})[”\"]?$")
# An honour a round gives works, as a name ends too: `某某优秀新闻作品`.
_HONOUR_END = re.compile(r"[优優]秀[\u4e00-\u9fff]{0,6}作品$")
# A gloss in another script after a name: `（Tokyo International Foto Awards）`.
_GLOSS = re.compile(r"\s*[(（][^()（）\u4e00-\u9fff]{2,60}[)）]")


def joined_awards(award: str) -> list[AwardParts]:
    """`某省优秀新闻作品和某某“三微”比赛`, `2025某某大赛及2025某某奖`: two awards named as one,
    each whole (ending as a name or a round's honour ends), read apart; [] when the 和 is
    inside one name (`某某建设和环境宣传征文`, `某某科学普及著作奖`) or inside quotes."""
    bare = re.sub(r"[“\"「][^“”\"「」]*[”\"」]", lambda m: "“" * len(m.group()), award)
    joins = [m for m in re.finditer(r"以及|[和及与與]", bare)]
    if len(joins) != 1:
        return []
    at = joins[0]
    parts = [_GLOSS.sub("", award[: at.start()]), _GLOSS.sub("", award[at.end() :])]
    if not all(NAME_END.search(p) or _HONOUR_END.search(p) for p in parts):
        return []
    read = [_parts_of(p) for p in parts]
    return read if all("award" in r for r in read) else []


def _parts_of(said: str) -> AwardParts:
    """A name of either script, its leading year read too (`2025TIFA某某大赛`)."""
    info: AwardParts = {}
    if y := _LEADING_YEAR.match(said):
        info["year"], said = year_number(y.group(1)), said[y.end() :]
    name = award_name(said)
    return {"award": name, **info} if len(name) >= 3 else {}


def around_the_edition(
    text: str, names_an_award: Callable[[str], bool]
) -> tuple[str, dict[str, Any]] | None:
    """The words around a heading's 第N届 (`第三次`, `54 届` read as one): its edition, a year
    just before it (`2019年度第十届…`: both), and the award's words: a name before it
    (`山西新闻奖第二十四届报纸副刊作品`: what follows is a category; the one who won it goes),
    else the name after it, with a place or a publication before it kept (`江西省第十七届“…”`);
    `names_an_award` is the reader's test of a name. None when no 第N届 is written."""
    text = as_edition(text)
    if not (m := re.search(EDITION, text)):
        return None
    said: dict[str, Any] = {"edition": edition_number(m)}
    before, after = re.sub(r"^[在于於]", "", text[: m.start()]), text[m.end() :]
    if y := re.search(rf"({YEAR})年度?$", before):
        said["year"], before = year_number(y.group(1)), before[: y.start()]
    name = award_name(re.sub(r"^.*[获獲]得?", "", before))
    named = name if NAME_END.search(name) and names_an_award(name) and len(name) >= 4 else ""
    award = named or (after if award_name(after) else "") or before
    if after and (kept := kept_before_round(before)):
        award = kept + after
    return award, said


def as_told_with_results(award: str, text: str) -> str:
    """`…启动“某某”有奖征文活动`, later `“某某”有奖征文评选结果…`: the name as the text writes
    it with the round's results (the event's word `活动` left out there)."""
    short = award[:-2] if re.search("活[动動]$", award) else ""
    told = re.escape(short) + r"(?:[评評][选選]|[获獲][奖獎]|[结結]果)"
    return short if short and NAME_END.search(short) and re.search(told, text) else award
