"""What a list's heading and lead text say about all its works: the award, its edition and
year, the list's stage (推荐, 入围, 获奖), and the body that sent the works or the paper whose
works they are. Read once per list; every work of the list carries these values."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.award_names import (
    CONTEST,
    EDITION,
    EDITION_WORD,
    NAME_END,
    NOTICE_BEFORE,
    OWNER,
    YEAR,
    around_the_edition,
    as_told_with_results,
    award_name,
    award_parts,
    bracketed_round,
    edition_number,
    joined_awards,
    without_the_year,
    year_number,
)
from award_archive.authoring.importer.list_lead import (
    honour_named,
    list_follows,
    page_title,
    quoted_in_sentence,
    scoped_same,
    sections_blank,
    the_headings_round,
    two_named,
)
from award_archive.authoring.importer.list_marks import ReadingCopy
from award_archive.authoring.importer.list_parts import (
    PRIZE,
    WORKS_COUNTED,
    counted_unit,
    is_genre,
    is_outlet,
    squeeze,
)
from award_archive.authoring.importer.list_words import PUT_OUT
from award_archive.contract.numerals import parse_edition

# The first that a line says is the list's stage (over the folded text): a shortlist, made
# public or not (`入围作品公示`), is 入围; a list of works to be awarded (`拟获奖`) has none
# (its prizes say it); the works won (`获奖名单`): 获奖; works put forward (推荐/报送/参评
# 目录, a 公示 of them) are 推荐.
_STAGE_WORDS = (
    ("入[围圍选選展]", "入围"),
    ("拟(?:获奖|授奖)", ""),
    ("获奖|得奖", ""),  # (a winners' list: no stage)
    # (`X报送2件作品获某奖`: they won; `评审结果的公示`: the round's result, not works sent)
    # (`推荐给朋友`, `热门推荐`, `强烈推荐…`: a page's buttons and ads)
    (
        "^(?!.*结果).*(?:(?<!强烈|热门|编辑|相关|为您|精彩)推荐(?!给|阅|活动|$)|报送|参评|公示)(?!.*[获獲])",
        "推荐",
    ),
)


# A reading aid after a character, no part of the text: `馬(mǎ)鞍山`.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü\u00e0-\u01dc]{1,6}[)）]")


def heading_of(
    lines: list[str], header_key: Callable[[str], str | None], is_row: Callable[[str], bool]
) -> dict[str, Any]:
    """Award, edition, year, stage and outlet of the whole list, from its first lines (and
    the edition or year the text gives the heading's award elsewhere). `header_key` names a
    header cell, `is_row` tells a table's row: the list reader's, neither is a heading.
    Read in one script (a traditional page's `終評揭曉` is `终评揭晓`), given back in the
    page's own."""
    copy = ReadingCopy(_PINYIN.sub("", "\n".join(lines)), titles=False)
    return copy.restored_work(_heading_read(copy.text.split("\n"), header_key, is_row))


def _heading_read(
    lines: list[str], header_key: Callable[[str], str | None], is_row: Callable[[str], bool]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    lines = [_unwrapped(line) for line in sections_blank(lines)]
    for line in _the_head(lines, 6):
        _stage_and_sender(line, header_key, out)  # (a header's `入選作品` says the stage too)
    head = _before_the_list(_before_the_table(lines, header_key))
    texts = [squeeze(_said_before_a_row(ln, is_row)) for ln in _the_head(head, 12)]
    texts = _joined([t for t in texts if t and not header_key(t) and not _NOT_HEADING.search(t)])
    texts = [t for text in texts for t in (text, *_NOTICE_TITLE.findall(text), *_clauses(text))]
    # The line that names an award (a heading before a sentence), else the first that names
    # news or works; a sentence that names no award says nothing of the list.
    named = [t for t in texts if _AWARD_WORD.search(lb.fold(t)) or page_title(t)]
    rounds = []  # the years of rounds that sentences tell of without naming their award
    for text in _ranked(named, head) + texts[:6]:
        said = _award_line(text)
        if "award" in said or not _is_sentence(text):
            out.update(said)
        elif "year" in said:
            rounds.append(said["year"])
        if "award" in out:
            _stage_and_sender(text, header_key, out)  # a heading under the page's chrome
            if kind := _heading_category(texts, text, str(out["award"])):
                out["category"] = kind
            break
    if not out.get("stage", True):
        del out["stage"]  # (a `拟获奖` list: no stage)
    two = _apart_if_two(out)
    if "award" in out and "edition" not in out and "year" not in out:
        _round_of_the_lead(texts, out)
    if (
        "award" not in out
        and not two
        and not two_named(copy := "\n".join(lines))
        and (mention := _award_mention(copy) or honour_named(copy))
    ):
        out.update(mention)  # `会上举行了2012年度某某好作品颁奖仪式`: named in the text only
        if "year" not in out and "edition" not in out and rounds:
            out["year"] = rounds[0]  # `2020某某节…举行…本届作品角逐某某奖`: the lead's round
    _from_the_text("\n".join(lines), out)
    if "award" in out:
        out["award"] = as_told_with_results(out["award"], squeeze("".join(lines)))
    if "暨" in out.get("award", ""):  # (after the text's fuller names: they join both)
        out["award"] = _one_of_joined(out["award"], squeeze("".join(lines)))
    if "outlet" in out:
        out["outlet"] = _the_paper(out["outlet"])
    return out


def _apart_if_two(out: dict[str, Any]) -> bool:
    """`某省优秀新闻作品和某某比赛评选结果公布`: a heading that names two awards names none of
    the list's (each work's is its own); the year both share is the list's."""
    joined = joined_awards(str(out.get("award", "")))
    if not joined:
        return False
    del out["award"]
    years = {parts.get("year") for parts in joined}
    if "year" not in out and len(years) == 1 and None not in years:
        out["year"] = years.pop()
    return True


def _before_the_table(lines: list[str], header_key: Callable[[str], str | None]) -> list[str]:
    """The lines before a table's header written a cell a line (`獎項` / `得主`): under it, a
    `即時新聞獎` is a row's 奖项, no heading."""

    def cell(line: str) -> bool:  # a header's next cell: a word, no award's name
        return len(squeeze(line)) <= 4 and not _AWARD_WORD.search(lb.fold(line))

    at = next(
        (i for i in range(len(lines) - 1) if header_key(squeeze(lines[i])) and cell(lines[i + 1])),
        None,
    )
    return lines if at is None else lines[:at]


def _said_before_a_row(line: str, is_row: Callable[[str], bool]) -> str:
    """A table's row (two cells or more) is no heading; a lead's sentence the page ran into
    the table's first row (`…共评出30篇。 等级 作者 作品`) is the lead's."""
    if not is_row(line):
        return _first_clause(line)
    first = line.strip().split(" ")[0]
    return first if _is_sentence(first) and re.search("[。.]$", first) else ""


def _before_the_list(lines: list[str]) -> list[str]:
    """The lines up to the one that says the list follows (`…得奖作品如下。`): a line under it
    (`剧本创作奖`) is a section of the list, no heading."""
    at = next(
        (i for i, line in enumerate(lines) if re.search(r"如下[。.:：]?$", line.strip())), None
    )
    return lines if at is None else lines[: at + 1]


def _round_of_the_lead(texts: list[str], out: dict[str, Any]) -> None:
    """`中国人大好新闻奖揭晓` over `中国第十三届宣传人民代表大会制度好新闻奖近日揭晓`: the lead's
    news of a round of an award of the same kind (the same last words) is the heading's round:
    its edition and year (the heading's name stays)."""
    award = str(out["award"])
    for clause in (c for t in texts for c in _clauses(t)):
        said = _award_line(clause)
        other = str(said.get("award", ""))
        if other and other != award and len(os.path.commonprefix([other[::-1], award[::-1]])) >= 3:
            out.update({k: said[k] for k in ("edition", "year") if k in said})
            return


def _the_head(lines: list[str], count: int) -> list[str]:
    """The page's first `count` lines that say something: a site's menu a word a line
    (`首页`, `新闻`, `体育`…) or its chrome (`当前位置…`, bullets) does not push the heading out
    of reach."""
    said = [
        i
        for i, line in enumerate(lines)
        if len(text := squeeze(line)) > 4 and not _NOT_HEADING.search(text)
    ]
    return lines[: said[count - 1] + 1] if len(said) >= count else lines


# `…发布《关于公布2023年第一季度优秀广播电视新闻作品的通知》`: a notice the text quotes is a
# heading of its own (the words around it are a sentence).
_NOTICE_TITLE = re.compile(r"《(关于[^《》]{4,60}?的(?:通知|决定|公告|通报|公示|通告))》")


# A clause that says the page's news, at its end: an award's round made public or ended
# (`…评选结果揭晓`, `…日前揭晓`, `…获奖名单公布`, `…大赛圆满落幕`).
_NEWS = re.compile(
    r"(?:揭[晓曉]|[结結]果|公布|出[炉爐]|名[单單](?:[来來])?|[颁頒][奖獎]|落下?帷幕|落幕|[闭閉]幕)(?:了|啦)?$"
)


def _clauses(text: str) -> list[str]:
    """`近日,第34届中国新闻奖评选结果揭晓,共评出…`: in a first sentence, the clause that
    says an award's round was made public is a heading."""
    parts = re.split(r"[,，。;；!！]", text)
    if len(parts) < 2:
        return []
    # (`…公布第47届某某奖得奖名单及特别贡献奖得主`: the list's news, then another's)
    parts = [re.sub(r"(名[单單])(?:以及|[及和与與]).*$", r"\1", p) for p in parts]
    found = [p for p in parts if _AWARD_WORD.search(lb.fold(p)) and _NEWS.search(lb.fold(p))]
    found += [named for p in parts if (named := list_follows(p))]  # `现将…名单公布如下`
    # (`公布上一季度的评奖结果`: news of no named award; `A、B和C评选结果揭晓`, `“A奖”和“B奖”评选
    # 落下帷幕`: of several)
    return [
        p
        for p in found
        if _AWARD_WORD.search(str(_award_line(p).get("award", ""))) and not two_named(p)
    ]


# A medium before `…作品` (`报纸副刊作品`, `电视新闻作品`): the whole is the works' category.
_MEDIUM = r"(?:报纸|報紙|广播|廣播|电视|電視|网络|網絡|通讯社|通訊社|新媒体|新媒體|融媒体|融媒體)"
# The works' kind after the award's name, before the page's words: `…奖报纸副刊作品评选揭晓`,
# `…奖参评摄影作品公示`, `…获奖作品（广播类）`.
_KIND_AFTER = re.compile(
    r"(?:参评|參評|参赛|參賽|获奖|獲獎|入围|入圍|拟获奖|擬獲獎)?"
    r"([\u4e00-\u9fff]{2,10}?(?:作品|[类類]))"
    r"(?=[评評][选選比奖獎]|年[赛賽]|公示|获奖|獲獎|揭[晓曉]|名[单單]|目[录錄]|[(（]|$)"
)


def _heading_category(texts: list[str], text: str, award: str) -> str:
    """The works' category a heading gives after the award's name: a genre (`摄影作品` →
    `摄影`), a medium's works (`报纸副刊作品`), a class in brackets (`（广播类）`); on the
    heading's line or the next (`第十届某某奖` / `参评摄影作品公示`)."""
    at = text.find(award)
    if at < 0 or award.endswith(("作品", "类", "類")):
        return ""
    rest = text[at + len(award) :].lstrip('”"」')
    if not rest and text in texts[:-1]:
        rest = texts[texts.index(text) + 1]  # (the heading broken after the name)
    return _kind_in(rest)


def _kind_in(rest: str) -> str:
    rest = re.sub(
        rf"^(?:{EDITION_WORD}|(?:{YEAR})年度?|[评評][选選比奖獎])",
        "",
        rest,
    )
    if m := re.search(r"[(（]([\u4e00-\u9fff、]{1,10}[类類])[)）]", rest):
        parts = m.group(1)[:-1].split("、")  # (`（报纸、通讯社类）`)
        if all(is_genre(p) or re.match(_MEDIUM, p) for p in parts):
            return m.group(1)
    kind = _KIND_AFTER.match(rest)
    if not kind or re.fullmatch(
        r"(?:[优優]秀|获奖|獲獎|入[围圍]|参评|參評|征文|徵文)?作品", kind[1]
    ):
        return ""
    body = re.sub(r"(?:作品|[类類])$", "", kind[1])
    if re.match(_MEDIUM, body) or (is_genre(body) and not kind[1].endswith("作品")):
        return kind[1]
    return body if is_genre(body) else ""  # `摄影作品`: the genre


def _one_of_joined(award: str, flat: str) -> str:
    """`某某奖…初评暨某某作品年赛`: two rounds held as one; the list's is the one the text
    names again (its works: `…年赛获奖作品102幅`), else the first."""
    parts = [name for part in award.split("暨") if _names_an_award(name := award_name(part))]
    parts = [name for name in parts if NAME_END.search(name)]  # (`某某宣传作品暨…活动`: one)
    if len(parts) < 2:
        return award
    return max(parts, key=lambda name: flat.count(name))


def _stage_and_sender(
    line: str, header_key: Callable[[str], str | None], out: dict[str, Any]
) -> None:
    """What one of the first lines says of the list: who sent the works, the paper that
    counts its prizes, the stage (`""` for a `拟获奖` list: none)."""
    text = squeeze(line)
    if "】【" in text or _AN_ITEM.match(text):
        return  # a row of the page's buttons (`推荐】【打印】【关闭`), a work's own line
    by = next((m for pattern in _SENDERS if (m := pattern.search(text))), None)
    if "recommender" not in out and by and not _JUDGES.search(by.group(1)):
        out["recommender"] = by.group(1)
    # (each clause a space sets apart: `第十届某某奖揭晓 某某日报获一等奖3件`)
    tally = next(filter(None, map(_PAPER_TALLY.match, line.split())), None)
    tally = tally or _PAPER_DID_WELL.match(line.strip())
    if "outlet" not in out and tally and is_outlet(tally.group(1)):
        out["outlet"] = _the_paper(tally.group(1))
    if "stage" not in out and not header_key(text) and len(text) <= 60:
        folded = lb.fold(squeeze(_first_clause(line)))  # (what a second clause says aside)
        stage = next((s for w, s in _STAGE_WORDS if re.search(w, folded)), None)
        if stage is not None:
            out["stage"] = stage


# A list's item: `(一)《…》`, `1.《…》`, `《…》`.
_AN_ITEM = re.compile(r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．])?\s*《")
# What a page puts around its heading: a cry before it (`喜报｜`, `重磅！`), 【】 around it,
# the site's name after it (`…_新闻中心_某某网`, `… - 某某网`), a colon after it.
_CRY = re.compile(
    r"^\s*(?:喜[报報讯訊]|重磅|快[讯訊]|速看|权威发布|權威發布|最新|热点|熱點|关注|關注|通知|公告)"
    r"\s*[|｜!！:：]\s*"
)
# A post's label on a blog or news page (`分類:第十四屆…獎得獎作品`): the words after it are the
# post's, a heading as any other.
_POST_LABEL = re.compile(
    r"^(?:分[类類]|[类類]别|[栏欄]目|[专專][题題]|[标標][签籤])\s*[:：]\s*(?=\S)"
)
_SITE_AFTER = re.compile(r"(?:\s*_\s*[^_]{1,20}|\s+[-–—|｜]\s+[^\s]{1,20})+$")
_SITE_WORD = re.compile(r"[网網]|[频頻]道|中心|首[页頁]|官方|平台|客户端|客戶端")


def _unwrapped(line: str) -> str:
    text = _CRY.sub("", line.strip().strip("|").strip()).strip()  # (`喜报 | …`: a cell each)
    text = _without_giver(text)
    text = _POST_LABEL.sub("", text)
    # a subtitle's dash (`——全国…评选揭晓`), a reposted page's `原标题：`
    text = re.sub(r"^(?:[—–\-]{1,2}|原[标標][题題]\s*[:：])\s*", "", text)
    if m := re.fullmatch(r"[【\[]([^【】\[\]]+)[】\]]", text):
        text = m.group(1).strip()
    # `[诗词揭晓] 某某大赛获奖名单揭晓`: a forum's tag before the title (one with a round is the
    # title's: `【第十届】…`)
    if (tag := _TAG.match(text)) and not re.search(rf"{EDITION_WORD}|\d", tag.group()):
        text = text[tag.end() :] if _AWARD_WORD.search(lb.fold(text[tag.end() :])) else text
    site = _SITE_AFTER.search(text)
    if site and site.start() > 0 and _SITE_WORD.search(site.group()) and len(text) <= 80:
        text = "" if _site_keywords(text[: site.start()], site.group()) else text[: site.start()]
    return re.sub(r"(?<=[^\s:：])\s*[:：]$", "", text) if len(text) > 8 else text


_TAG = re.compile(r"^[\[【][^\[\]【】]{1,6}[\]】]\s*(?=\S{4})")


def _site_keywords(first: str, after: str) -> bool:
    """`某某论坛_LOGO_广告语_征文_某某网`: a site's name and its keywords (three or more set
    apart by `_`), no page's title: the first part tells of no round."""
    return after.count("_") >= 3 and not _OF_A_ROUND.search(lb.fold(first))


def _without_giver(line: str) -> str:
    """`某某记者协会 某某新闻奖2023 得奖作品`: the body that gives it, set apart, goes."""
    first, _, rest = line.strip().partition(" ")
    return rest if rest and re.fullmatch(OWNER, first) and _AWARD_WORD.search(rest) else line


def _first_clause(line: str) -> str:
    """`第五届某某奖公布 某团队获某奖`: a heading's first clause names the award, a second
    after a space says who won (the space is all that parts them)."""
    first, _, rest = line.strip().partition(" ")
    # (`第十届某某奖 文字类 获奖名单`: the page's words, one heading)
    won = re.search(r"[获獲](?![奖獎](?:名[单單]|作品|[结結]果))", rest)
    if rest and _AWARD_WORD.search(lb.fold(first)) and won:
        return first if not re.search(r"[获獲得]$", first) else line
    return line


# A heading line that ends with its year or edition, or before a list of categories, goes
# on on the next line.
_GOES_ON = re.compile(rf"(?:(?:19|20)\d{{2}}年度?|{EDITION_WORD}|[、,，和及与])$")


# A line that is only the round (`第十届`, `（2023年度）`) goes with the name above it.
_ROUND_ALONE = re.compile(rf"[(（]?(?:(?:{YEAR})年度?|{EDITION_WORD})[)）]?")


def _joined(texts: list[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        goes_on = out and (_GOES_ON.search(out[-1]) or _ROUND_ALONE.fullmatch(text))
        if goes_on and len(out[-1]) + len(text) <= 60:
            out[-1] += text
        else:
            out.append(text)
    return out


# What a heading of a round's list says besides the name: its round or the page's news.
_OF_A_ROUND = re.compile(
    rf"{EDITION_WORD}|(?:{YEAR})年|揭晓|公示|公布|名单|目录|结果|出炉"
    r"|获|得奖|入[围选]|[评推][选荐]|颁奖|[征参]评"
)


def _ranked(named: list[str], head: list[str]) -> list[str]:
    """Headings before sentences; bare names set apart by spaces (a site's slogan `弘扬正能量
    传播好新闻`, a section's `中国新闻奖 长江韬奋奖`) after the lines that say a round or news."""
    slogans = {
        squeeze(_first_clause(line))
        for line in head
        if re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", line)
        and not _OF_A_ROUND.search(lb.fold(line))
    }
    return sorted(named, key=lambda text: (_is_sentence(text), text in slogans))


def _is_sentence(text: str) -> bool:
    return len(text) > 30 and bool(re.search(r"[,，。;；]", text))


# An award the text names with its edition or year before it: `2012年度某某好作品`,
# `第五届某某竞赛`, `2023某某大赛`, `2013某地“某某”摄影比赛` (the year, bare or not, is no part
# of the name).
_MENTION = re.compile(
    rf"({EDITION_WORD}|(?<![\d\-—–])(?<!\d[、和])(?:19|20)\d{{2}}(?:年度|年)?)"
    rf"[“\"]?([\u4e00-\u9fff·]{{2,24}}?(?:“[^“”]{{2,12}}”[\u4e00-\u9fff·]{{0,12}}?)?"
    rf"(?:新[闻聞][奖獎]|好新[闻聞]|好作品|{CONTEST}|[奖獎]))"
)


def _shortened(short: str, name: str) -> bool:
    """`卓新奖` of `卓越新闻奖`: a Chinese short form keeps the name's characters in order."""
    rest = iter(lb.fold(name))
    return (
        len(short) < len(name) and short[-1] == name[-1] and all(c in rest for c in lb.fold(short))
    )


def _award_mentions(text: str) -> list[dict[str, Any]]:
    """Every award the text names with its edition or year, in order (each within its line:
    a heading's name does not run on into the next line's `一等奖`)."""
    said = []
    flat = "\n".join(squeeze(line) for line in text.split("\n"))
    for m in _MENTION.finditer(flat):
        if flat[: m.start()].endswith(("对", "對")):
            continue  # `对2022年少儿节目进行评选`: what was judged, no award's name
        # `…作品一等奖`: the award, not a rank in it; `…诗会征集作品`: the works it collected
        name = re.sub(r"(?<=.)(?:[特一二三]等|[金银铜銀銅]|[优優]秀)[奖獎]$", "", m.group(2))
        if re.search("[征徵]集$", name) and flat.startswith("作品", m.end()):
            name = name[:-2]
        parts = award_parts(m.group(1) + name)
        if parts and not re.fullmatch(PRIZE, parts["award"]):
            said.append(dict(parts))
    return said


def _award_mention(text: str) -> dict[str, Any]:
    return next(iter(_award_mentions(text)), {})


def _of_the_round(said: dict[str, Any], out: dict[str, Any]) -> bool:
    """A mention with the heading's edition or year, or any when the heading gives neither."""
    common = [k for k in ("edition", "year") if k in said and k in out]
    if common:
        return all(said[k] == out[k] for k in common)
    return "edition" not in out and "year" not in out


def _same_round(short: str, name: str) -> bool:
    """The heading's name is the text's in short (`卓新奖` of `卓越新闻奖`), with its place
    said another way (`全省市州报新闻奖`, `湖北省市州报新闻奖`) or joined with another's
    (`某某新闻和论文评奖`, `某某新闻奖`): most of the full name is in it, in one piece."""
    if _shortened(short, name):
        return True
    if name in short:
        return False  # the heading's is the fuller
    pieces = (name[i : i + k] for i in range(len(name)) for k in range(1, len(name) - i + 1))
    common = max((len(piece) for piece in pieces if piece in short), default=0)
    return common >= max(4, 0.6 * len(name))


# `四川省新闻出版广电局推荐作品目录`, `某某日报社报送作品`: the body that sent the works
# (推荐单位): any unit, a paper or a school as well as a bureau.
_UNIT = (  # (no 奖 in it: `某某奖某某日报社推荐` is the award, then the body)
    r"(?:(?![奖獎])[\u4e00-\u9fff]){2,20}?(?:局|厅|廳|部|委员会|委|协会|協會|记协|中心|集团|办公室"
    r"|社|台|报|報|网|網|学院|學院|大学|大學|学校|學校|馆|館)"
)
_SENT_BY = re.compile(rf"^(?:附件\d*[:：])?({_UNIT})(?:关于)?(?:推荐|推薦|报送|報送|申报|申報)")
# `某省记协关于第33届某某奖推荐作品的公示`: the body whose notice it is sent the works.
_NOTICE_OF_SENT = re.compile(
    rf"^({_UNIT})关于[^，。,；;]{{2,40}}?(?:推荐|推薦|报送|報送)(?:作品|名单|名單|目录|目錄)"
)
_SEND = r"(?:推荐|推薦|报送|報送|申报|申報)"
# The jury or the organisers choose, they send nothing: `经评审委员会评审,推荐…`.
_JUDGES = re.compile(r"[评評][审審委]|[专專]家|[组組]委|[评評][选選]委")
# `第34届某某奖某某日报社推荐作品公示`: the body after the award's name (its last end)
_SENT_AFTER = re.compile(
    rf"^.*(?:[奖獎]|好新[闻聞]|作品|{CONTEST})[”\"]?({_UNIT}){_SEND}(?:的|作品|名单|名單|目录|目錄)"
)
_SENDERS = (
    _SENT_BY,
    _NOTICE_OF_SENT,
    _SENT_AFTER,
    # `推荐单位:某省记协` among the first lines: the whole list's
    re.compile(rf"^{_SEND}[单單]位\s*[:：]\s*([\u4e00-\u9fff()（）]{{2,30}})$"),
    # `…参评作品推荐目录（某省记协）`: the body in brackets after a list of works sent
    re.compile(rf"(?:{_SEND}|参评|參評).*[(（]({_UNIT})[)）]$"),
    # `经某某日报社编委会研究,拟推荐以下作品`: the body whose choice the works are
    re.compile(
        rf"经({_UNIT})(?:编委会|編委會|党委|黨委|党组|黨組|社委会|台委会|领导班子)?(?:会议)?"
        rf"(?:研究|评选|評選|评审|評審|审核|審核|审定|審定|推选|推選|初评|初評)[^。；;]{{0,20}}?"
        rf"(?:{_SEND}|参评|參評)"
    ),
)
# Page chrome, bullets, list items and labels are no heading.
_NOT_HEADING = re.compile(
    r"^[•·\-*●]|^\d{1,3}\s*[.、．]|%|[:：]$|[>›»]|当前位置|现在的位置|所在位置|首页|首頁|来源[:：]|發布時間|发布时间|字号"
    r"|https?://|www\.|^(?:相[关關]|延伸|推[荐薦]|[热熱]门|[热熱]點|[热热]点)(?:新[闻聞]|[阅閱][读讀]|文章|[链鏈]接)"
    r"|^[上下]一篇"
)
_AWARD_WORD = re.compile(
    rf"[奖獎]|佳作|好新[闻聞]|好作品|[优優]秀[\u4e00-\u9fff]{{0,6}}作品|{CONTEST}|"
    r"推[荐薦](?:[书書]目|名[单單]|作品)"
)
# `人民法院新闻传媒总社共获得一等奖2件，二等奖1件`, `某某日报荣获第十届某某奖一等奖3项`: the
# paper whose works the page lists.
_PAPER_TALLY = re.compile(
    rf"^([\u4e00-\u9fff]{{2,20}}?)(?:共|有)*(?:获得|获|獲得|獲|荣获|榮獲)(?:[^，。,\s]{{2,40}}?)?"
    rf"{PRIZE}\s*\d+\s*[件篇项項个個]"
)
# `某某台在第33届某省新闻奖评选中获佳绩`, `…揭晓 某某日报社斩获5个奖项`, `某某电台少儿节目获
# 国家级奖励`: the media the heading says did well is the page's own.
_PAPER_DID_WELL = re.compile(
    r"^(?:[^\s]{4,40}\s+)?([\u4e00-\u9fff]{2,20}?)(?:[\u4e00-\u9fff]{0,2}(?:节目|節目|作品|栏目|欄目))?"
    r"(?:在[^，。,]{2,40}?中)?(?:喜获|喜獲|斩获|斬獲|摘得|荣获|榮獲|获得|獲得|获|獲)"
    r"(?:佳[绩績]|[0-9一二三四五六七八九十两]+\s*[个個]?[奖獎]项?|(?:国家|國家|省|市|部)[级級][奖獎])"
)
# `喜报!河源晚报3件作品获赵超构新闻奖`: the paper whose works won, and the award after 获.
_PAPER_WON = re.compile(
    r"(?:^|[!！:：,，])([^!！:：,，]{2,12}?)(?:共|有)?[0-9一二三四五六七八九十两]+\s*[件篇项个個]"
    rf"(?:新[闻聞])?作品(?:分|荣|榮)?[获獲得]+(.{{2,40}}(?:[奖獎]|{CONTEST})[”\"]?)"
)


_HEADING_WORDS = re.compile(
    rf"{EDITION_WORD}|(?:{YEAR})年|[奖獎]|新[闻聞]|作品|"
    rf"推[荐薦][书書]目|{CONTEST}"
)


def _the_named_part(text: str, out: dict[str, Any]) -> str:
    """What a heading line says around the award goes: the winner (`某局喜获…`, `某报3件作品获…`,
    `我校学子在…中获佳绩`), a batch, the body that sent the works, a notice's words, who held
    the round or told of it."""
    # `某局喜获某某征文活动优秀组织奖`, `中央台获得某某大奖`: what was won, not the winner
    text = re.sub(r"^[^“\"]{1,16}?(?:荣获|榮獲|喜获|喜獲)", "", text)
    text = re.sub(r"^[^“\"奖獎届屆]{1,16}?(?:获得|獲得)(?!者)", "", text)
    # `某学院举办某某征文比赛`: who held it goes
    text = re.sub(
        rf"^(?!由)[^“\"《]{{2,16}}?(?:举办|舉辦|开展|開展)了?(?!的)(?=.{{2,30}}?(?:{CONTEST}))",
        "",
        text,
    )
    # `我校学子在全国大赛中获佳绩`: who did well in it goes
    text = re.sub(rf"^[^“\"《]{{1,20}}?在(?=[^，。,]{{2,40}}?中{_DID_WELL})", "", text)
    text = bracketed_round(text, out)
    # `内蒙古公布首批生态文学推荐书目`: a batch is an edition, the name follows it
    if batch := re.search(r"(?:首|第([0-9一二两三四五六七八九十]+))批", text):
        out["edition"] = parse_edition(f"第{batch.group(1) or '一'}届")
        text = text[batch.end() :]
    won = _PAPER_WON.search(text)
    prize_cut = re.sub(rf"{PRIZE}$", "", won.group(2)) if won else ""
    if won and prize_cut != won.group(2) and not re.search(r"[奖獎]$", prize_cut):
        prize_cut += "奖"  # `…获中国高校校报好新闻一等奖`: the prize of 中国高校校报好新闻奖
    if won and re.search(rf"(?:[奖獎]|{CONTEST})[”\"]?$", prize_cut):
        if is_outlet(won.group(1)):
            out["outlet"] = won.group(1)
        text = prize_cut  # `…获第32届湖北新闻奖一等奖`: the award, not the prize
    # `张三作品获全国大奖`: the winner before a bare 获 goes (not `…获奖名单`)
    text = re.sub(r"^[^“\"《奖獎届屆]{1,16}?[获獲](?![奖獎得])", "", text)
    text = _SENT_BY.sub("", text)  # the body that sent the works is not the award
    if sent := _SENT_AFTER.search(text):
        text = text[: sent.start(1)]
    text = re.sub(rf"^.*?关于(?:公布|表彰|授予|{_SEND})?|的(?:公示|通知|公告|决定|通报)$", "", text)
    # `由某省记协主办的…`, `某某杂志社举办的…`, `记者从某省记协获悉`: who held it or told of it
    # is no part of it
    text = re.sub(r"^(?:由?.{2,40}?(?:主办|承办|举办|组织|发起|联合主办)的|.{0,20}?获悉)", "", text)
    # `某某征文由某部、某局联合举办`: the name is the sentence's subject, before 由
    if held := re.match(
        rf"(.{{4,40}}?(?:[奖獎]|{CONTEST})[”\"]?)由.{{2,60}}?(?:主办|承办|举办)", text
    ):
        text = held.group(1)
    return text


def _award_line(text: str) -> dict[str, Any]:
    """What one heading line says: `第十届…获奖名单`, `2019年度…揭晓`, `X报3件作品获…奖`,
    `关于第三十三届…的公示`."""
    out: dict[str, Any] = {}
    if not _HEADING_WORDS.search(lb.fold(text)) or _TO_COME.search(text):
        return out
    text = NOTICE_BEFORE.sub("", quoted_in_sentence(text.rstrip("!！。."), CONTEST))
    quoted = _QUOTED_AWARD.search(text)
    if quoted and not _told_before(text[: quoted.start()]):
        text = quoted.group(1)  # `某院荣获“某某大赛”12项奖`: the quoted name
    text = _the_named_part(text, out)
    award = text = _page_word_cut(text)
    if bare := re.match(r"[“\"]?((?:19|20)\d{2})(?=[\u4e00-\u9fff“\"])(?!年)", text):
        # `2023某某大赛`, `“2023某某大赛”`: the year goes
        out["year"], award = int(bare.group(1)), text[: bare.start(1)] + text[bare.end(1) :]
        text = award
    # (`2023/2024年度`, `2023-2024学年`: a range too)
    span = re.search(rf"(?<!\d)(?:{YEAR})\s*[-—–~至到/／]\s*(?:{YEAR})(?:[学學]?年度?)?", text)
    if span and not re.search(r"[奖獎]|[—–\-]$", text[: span.start()]):
        award = text = text[span.end() :]  # `某局2016—2017年度某某…`: a range is no year
    if edition := around_the_edition(text, _names_an_award):
        award, said = edition
        out.update(said)
    elif y := _ROUNDS_YEAR.search(text):
        if not re.search(r"\d[、和]$", text[: y.start()]):  # (`2005、2006年度`: two years)
            out.setdefault("year", year_number(y.group(1) or y.group(2)))
        award = without_the_year(award, text[: y.start()])
        if re.search(r"[对對]$", text[: y.start()]):
            award = ""  # `对2022年少儿节目进行评选`: what was judged, no award's name
    # a sentence (`大赛评审委员会对所有征稿进行了公平、公正…`) names no award
    award = award_name(award)
    # `《某刊》优秀作品(2018)评选结果揭晓`: a publication's own honour, said with its round
    honour = _PUBLICATIONS_HONOUR.fullmatch(award) and ("year" in out or "edition" in out)
    if _names_an_award(award) or honour:
        out["award"] = award
    return out


# `…获奖名单将在近期举办的表彰盛典中公布`: the list to come, told of the event that will give it.
_TO_COME = re.compile(
    r"(?<![现現兹茲特今])将(?:在|于|於)?[^，。,；;]{0,30}?(?:公布|揭晓|揭曉|颁发|頒發)"
)


def _told_before(before: str) -> bool:
    """`第5届某某奖入围名单公布某人获得“某类特别奖”`: an award and its page's word before the
    quoted one: the heading's news is that award's list, the quoted is what one winner got."""
    m = _PAGE_WORD.search(lb.fold(before))
    return bool(m and _AWARD_WORD.search(lb.fold(before[: m.start()])))


_PUBLICATIONS_HONOUR = re.compile(r"《[^《》]{1,12}》[优優]秀[\u4e00-\u9fff]{0,6}作品")


# The round's year in a heading: `2019年度…`, `某局2021年…` (not a date's `2021年3月`, nor a
# range's end); bare before a name, after words that describe it (`文坛盛事2011某某文学奖`).
_ROUNDS_YEAR = re.compile(
    rf"(?<!\d[\-—–/／])(?<!\d)(?:({YEAR})年度?(?!\s*\d{{1,2}}\s*月)"
    r"|((?:19|20)\d{2})(?=[\u4e00-\u9fff“\"])(?![年月]))"
)


# The words that say what kind of page the heading is (`获奖名单`, `揭晓`, `公示`), matched on
# the folded text: what follows them is another clause (`…揭晓 某报6件作品获奖`).
_PAGE_WORD = re.compile(
    r"拟?(?:获奖|得奖|入围|入选|参评)(?:作品)?(?:名单|目录)?|揭晓|公示|公布|出炉|揭榜"
    r"|颁奖|表彰大会|(?:隆重)?(?:举行|举办|召开)"
)


def _page_word_cut(text: str) -> str:
    """`某某奖获奖名单 某报6件作品获奖` → `某某奖获奖名单`; `某省公布某某奖…`: the name after
    公布 when the words before it name no award (the one who made it public); an event's
    words (`颁奖`, `举行`) end a name only (`某年会在某地召开` is a sentence)."""
    m = _PAGE_WORD.search(lb.fold(text))
    if not m or m.end() == len(text):
        return text
    named = _AWARD_WORD.search(lb.fold(text[: m.start()]))
    if m.group() == "公布" and not named:
        return text[m.end() :]
    if not named and re.search("颁奖|表彰|举行|举办|召开", m.group()):
        return text
    return text[: m.end()]


# How a heading says its winner did well (`…中获佳绩`, `…中荣获一等奖`).
_DID_WELL = r"(?:获|獲|荣获|榮獲|喜获|喜獲|斩获|斬獲|摘得|取得|夺得|奪得|勇夺|勇奪)"
# A contest said only by its scope (`全国大赛`, `省级评比`): no name.
_GENERIC = (
    r"(?:全[国國省市]|[省市][级級]|国家级|國家級|国际|國際|各[类類])?"
    r"(?:大[赛賽]|比[赛賽]|[竞競][赛賽]|[评評]比|[评評][选選]|大[奖獎]|[奖獎]项|[奖獎]項|[征徵]文)"
)
# A level of prize the shared PRIZE does not spell (`优异奖` a table's cell): no award.
_LEVEL = r"[优優](?:异|異|胜|勝)[奖獎]|(?:入[围圍]|参与|參與|纪念|紀念|荣誉|榮譽)[奖獎]"


_PUBLICATION_NAME = re.compile(r"^《[^《》]{1,12}》(?=[\u4e00-\u9fff“\"])")


def _published_by(award: str) -> str:
    """`《某某湖》全国诗歌大赛` → `全国诗歌大赛`: a magazine's own contest (not a title and its
    author's prize: `《甲篇》作者:张三一等奖`)."""
    rest = _PUBLICATION_NAME.sub("", award)
    contest = re.search(rf"(?:[奖獎]|{CONTEST})$", rest) and not re.search(rf"[:：]|{PRIZE}$", rest)
    return rest if rest != award and contest else award


def _names_an_award(award: str) -> bool:
    """A sentence, a prize or a date names no award."""
    return bool(
        award
        and not re.search(r"[,，。;；《》]", _published_by(award))
        and len(award) >= 3
        and not re.match(r"[并並且及而]", award)  # `并有4种征奖…名单`: a clause goes on
        and not re.search(r"[向对對给給把将將]$", award)  # `特此向获奖…`: a sentence cut
        and not re.fullmatch(rf"(?:.*[获獲]得?)?(?:{PRIZE}|{_LEVEL})|[\d年月日]+|{_GENERIC}", award)
        and not re.match(rf"[一二三四五六七八九十]+[、.．]\s*{PRIZE}", award)  # `一、优秀奖`
        and not re.search(
            r"[0-9一二三四五六七八九十两]+\s*[件篇](?:新[闻聞])?作品", award
        )  # `某报15件作品`
        and not re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*日", award)
        # `平面類得獎作品`, `平面媒體類 新聞採訪報導獎`: a class of the works (and its 奖项);
        # `…获国家级奖励`: a level, not a name
        and not re.search(r"[类類]$|^[\u4e00-\u9fff]{1,6}[类類](?![型别別])|[级級][奖獎]$", award)
        # `某某优秀作品、某某新闻奖`: several awards, each its own works' (a quoted 、 aside)
        and "、" not in re.sub(r"[“\"][^”\"]*[”\"]", "", award)
    )


_QUOTED_AWARD = re.compile(  # what a winner won, quoted: `荣获“…大赛”12项奖`
    rf"[获獲]得?[“\"]([^”\"]{{2,40}}(?:[奖獎]|{CONTEST}|好新[闻聞]))[”\"]"
)


def the_lists_award(work: dict[str, Any], heading: dict[str, Any]) -> dict[str, Any]:
    """A work's award that is the end of the heading's (`好新闻奖` of `某记协…工委好新闻奖`,
    read from a sentence that cut the name at its year) is the list's own: it goes, and the
    year or edition said with it when the heading says the same."""
    own, full = str(work.get("award", "")), str(heading.get("award", ""))
    if own and full and own != full and _no_name(own):
        return {k: v for k, v in work.items() if k != "award"}  # the list's, under it
    if not own or not full or own == full or not (full.endswith(own) or scoped_same(own, full)):
        return work
    same = all(work.get(k) in (None, heading.get(k)) for k in ("edition", "year"))
    if not same:
        return work
    return {k: v for k, v in work.items() if k not in ("award", "edition", "year")}


def _no_name(award: str) -> bool:
    """A work's award read from prose that names none by the heading's own test: a name cut
    at its year (`年好新闻奖`), a count of awards (`十二个全国性常设新闻奖`)."""
    cut = re.match(r"[年度届屆]", award)
    counted = re.search(r"[0-9一二三四五六七八九十两]+[个個项項]", award)
    return bool(cut or counted or not _names_an_award(award))


def _from_the_text(text: str, out: dict[str, Any]) -> None:
    """`第十二届政协好新闻` later in the text gives the heading's 政协好新闻 its edition; the
    one `NNNN年度` a text names is the list's year."""
    flat = squeeze(text)
    award = out.get("award")
    if award and "edition" not in out:
        # (`第三十届(2020年度)某某奖`: its year in brackets between)
        if e := re.search(
            rf"{EDITION}(?:[(（][^()（）]{{1,10}}[)）])?[“\"]?{re.escape(award)}", flat
        ):
            out["edition"] = edition_number(e)
        elif e := re.search(rf"(?<![\d第.])(\d{{1,3}})[届屆][“\"]?{re.escape(award)}", flat):
            out["edition"] = int(e.group(1))  # `54届某某奖`: the round without its 第
    # `卓新獎` in the heading, `第23屆卓越新聞獎` in the text: the full name, and its edition;
    # `全省…新闻奖` in the heading, `2016年度湖北省…新闻奖` in the text: the round's full name
    if award:
        for said in _award_mentions(text):
            if _of_the_round(said, out) and _same_round(str(award), said["award"]):
                out.update(the_headings_round(said, award, _shortened(award, said["award"])))
                break
    own = {_the_paper(u) for m in WORKS_COUNTED.finditer(text) if (u := counted_unit(m))}
    if "outlet" not in out and len(own) == 1:
        out["outlet"] = own.pop()  # `淮海晚报共有6篇作品获奖`: the page's own paper
    dateline = _DATELINE.search(text)
    if (
        "outlet" not in out
        and dateline
        and is_outlet(dateline[1])
        and _its_works(dateline[1], flat)
    ):
        out["outlet"] = dateline.group(1)  # `楚天都市报讯 … 本报三件作品获奖`: that paper's
    source = _SOURCE.search(text)
    paper = source and (source[1] or source[2])
    if "outlet" not in out and paper and is_outlet(paper) and _its_works(paper, flat):
        out["outlet"] = paper  # `来源：某某晚报 … 本报共有12件作品获奖`
    _year_of_the_round(flat, out)
    _senders(text, out)
    if "recommender" not in out and (we := _WE.search(flat)) and _SENT.search(flat):
        # `我局喜获…`, `由我省选送的…`: the page's own body, named once in full in the text
        named = set(re.findall(_BODY.pattern + we.group(1), text))
        if len(named) == 1:
            out["recommender"] = named.pop()


def _the_paper(outlet: str) -> str:
    """`梅州日报社7件作品获奖`: the works are the paper's (梅州日报), not its company's."""
    return re.sub(r"(?<=[报報])社$", "", outlet)


def _year_of_the_round(flat: str, out: dict[str, Any]) -> None:
    """The one `N年度` the text names (not a range's end); else the year written with the
    award's own name (`2024年“某某奖”`); else the one year of the works' period
    (`2014年6月1日至11月30日期间刊播的作品`) or of the entries' deadline (`征稿于2024年7月20日
    截止`). A date alone (a meeting's, the page's) is none."""
    years = set(re.findall(r"(?<!\d[\-—–~至到、和/／])((?:19|20)\d{2})年度", flat))
    award = str(out.get("award", ""))
    if award and not years:
        named = rf"((?:19|20)\d{{2}})年?[“\"]?(?:第[^届屆]{{1,4}}[届屆])?[“\"]?{re.escape(award)}"
        years = set(re.findall(named, flat))
    if not years:
        years = {a for a, b in _PERIOD.findall(flat) if b in ("", a)}
        years |= set(_WORKS_YEAR.findall(flat)) | set(_WHOLE_YEAR.findall(flat))
        years |= set(_DEADLINE.findall(flat)) | set(_JUDGED_YEAR.findall(flat))
        years |= set(_CALL_OPENED.findall(flat))
    if "year" not in out and len(years) == 1:
        out["year"] = int(years.pop())


# The period of the works or the contest: `从2014年6月1日起至11月底截止`, `2023年1月1日至12月
# 31日期间刊播`, a contest held in it.
_PERIOD = re.compile(
    r"((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?起?\s*(?:至|到|—|-|~)\s*(?:((?:19|20)\d{2})年)?"
    r"\d{1,2}月(?:\d{1,2}日|底|末)?"
    rf"(?=[^。；;]{{0,12}}(?:{PUT_OUT}|期间|征集|征稿|投稿|截止|截至|结束)"
    # (`2024年1月12日-3月31日,某委面向社会开展“某某”征文活动`: the contest held in it)
    rf"|[^。；;]{{0,40}}?(?:开展|開展|举办|舉辦|承办|承辦)[^。；;]{{0,60}}?(?:{CONTEST}))"
)


# `2022年发表的作品`, `2022年内刊播`: the works' year; `2022年1月1日至12月31日`: a whole year.
_WORKS_YEAR = re.compile(rf"((?:19|20)\d{{2}})年内?(?:{PUT_OUT}|创作)")
# The contest's deadline for entries ends its period: `征稿于2024年07月20日截止`.
_DEADLINE = re.compile(
    r"(?:征稿|投稿|收稿|征集|征文)(?:[于於在]|时间为?|日期为?|截止(?:日期|时间)?为?)?"
    r"((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?\s*(?:截止|截稿|前)"
)
# The call for entries opened: `自2021年4月25日开始征稿`.
_CALL_OPENED = re.compile(
    r"((?:19|20)\d{2})年\d{1,2}月(?:\d{1,2}日)?(?:起|开始|開始)(?:征稿|徵稿|征集|徵集|征文|徵文|投稿)"
)
# `对2022年少儿节目进行评选`: the year of the works judged.
_JUDGED_YEAR = re.compile(
    r"[对對]((?:19|20)\d{2})年度?[^。；;，,]{2,30}?[进進]行了?(?:[评評][选選审審比])"
)
_WHOLE_YEAR = re.compile(r"((?:19|20)\d{2})年0?1月0?1日起?\s*(?:至|到|—|-|~)\s*(?:\1年)?12月31日")


def _senders(text: str, out: dict[str, Any]) -> None:
    """`吉林大学新闻与传播学院报送的2件作品`, `某协会…评选推荐产生了12部`: the one body that put
    the works forward (any unit that 推荐/报送 them, one that 选送 them unless it is a media
    unit: a paper that 选送 its works is their outlet)."""
    senders, papers = set(), set()
    for m in _SENT_WORKS.finditer(text):  # spaces kept: a line starts a sentence
        unit = m.group(1)
        if is_outlet(unit) and re.search("[选選]送", m.group()):
            papers.add(unit)
        elif is_outlet(unit) or _AN_ORG.search(unit):
            senders.add(unit)
    senders |= {m.group(1) for m in _RECOMMENDED_BY.finditer(text)}
    if "recommender" not in out and len(senders) == 1:
        out["recommender"] = senders.pop()
    if "outlet" not in out and "recommender" not in out and len(papers) == 1:
        out["outlet"] = papers.pop()


# `某协会通过组织专家论证,评选推荐产生了12部`: the body whose choice the list is.
_RECOMMENDED_BY = re.compile(
    r"(?:^|[,，。;；\s])([\u4e00-\u9fff]{2,12}?(?:协会|協會|记协|記協|局|厅|廳|委员会|委員會|中心|"
    r"学院|學院|大学|大學))[^。；;]{0,40}?(?:推荐|推薦)(?:产生|產生|出)"
)
_WE = re.compile(r"我(局|厅|廳|委|会|會)")
# `某某报讯`: the paper whose page it is; `本报三件作品获…`: the page lists its own works.
_DATELINE = re.compile(
    r"(?:^|[\s—\-|｜])(?![本我])([\u4e00-\u9fff]{2,12}?(?:[报報]|[电電]视台|[电電]台|[网網]))"
    r"(?:本[报報台网網])?[讯訊]"
)
# The page's source, on its own line: `来源：某某晚报`, `2007年11月08日14:08 某某晚报`,
# `某某日报 2018-11-15 07:54`.
_SOURCE = re.compile(
    r"(?:(?:来源|來源)\s*[:：]\s*|\d{1,2}:\d{2}\s+)([\u4e00-\u9fff]{2,12}?)\s*$"
    r"|^([\u4e00-\u9fff]{2,12}?)\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}",
    re.M,
)
# `河南日报有28件作品获得…`, `衡水晚报提报作品`: the paper of the dateline names its own works.
_ITS_WORKS = (
    r"(?:共|有)*(?:[0-9一二三四五六七八九十两]+[件篇项項个個]|提报|提報|选送|選送|报送|報送)"
)


def _its_works(name: str, flat: str) -> bool:
    """The page lists its own paper's works: `本报三件作品…`, or the dateline's paper named
    again with its works."""
    paper = re.escape(squeeze(name))
    ours = [m.group()[1] for m in _OURS_WON.finditer(lb.fold(flat))]
    # (`本报`/`本台`/`本网` of the dateline's own kind: a site's dateline over its paper's 本报)
    kind = {"网": "网", "台": "台"}.get(lb.fold(name)[-1], "报")
    return kind in ours or bool(re.search(paper + _ITS_WORKS, flat))


_OURS_WON = re.compile(
    r"[本我][报報台网網](?:选送的|選送的)?(?:共有|共|有)?[0-9一二三四五六七八九十两]+[件篇项項个個]"
    r"(?:新[闻聞])?作品"
)
_SENT = re.compile(r"选送|選送|报送|報送|推荐|推薦")
# A public body's full name: a place, then its field, then what it is (`湖北省体育局`).
_BODY = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,6}?(?:省|市|县|縣|区|區)[\u4e00-\u9fff]{1,8}?"
)


# `检察日报推荐作品《…》`, `某学院报送的2件作品`, `某支队选送的科普教育作品`, `“某某”某某平台择优
# 报送5件参评作品`: who sent the page's works, said in its text.
_SENT_WORKS = re.compile(
    r"(?:^|[。，,！!：:；;\s])由?((?:“[^“”]{2,8}”)?[\u4e00-\u9fff]{2,16}?)(?:择优|擇優)?"
    r"(?:推荐|推薦|报送|報送|选送|選送)的?"
    r"(?:[0-9一二三四五六七八九十两]+[件篇项項个個部])?[\u4e00-\u9fff]{0,8}?作品"
)
_AN_ORG = re.compile(
    r"(?:学院|學院|大学|大學|协会|協會|记协|記協|局|厅|廳|委员会|委員會|中心|公司|集团|集團|院"
    r"|[支大总總][队隊]|平台|平臺)$"
)
