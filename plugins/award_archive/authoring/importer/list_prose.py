"""Winner lists written as prose: `体裁《标题》获一等奖（作者：…，编辑：…）`, `由X、Y采写，Z编辑的
《…》获二等奖`, `湖北日报的消息《…》、新华社《…》…等17件作品获一等奖`. Each `《title》` with a
prize in its clause is a work (and one that won a 奖项, was chosen, or is named in a run whose
prizes the sentence gives at its end); the award or round named before it (list_rounds), the
outlet, genre and people around it are its fields; what a sentence says after a run of works
for them in order is list_sentences'."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer import labels as lb
from award_archive.authoring.importer.award_names import (
    EDITION,
    EDITION_WORD,
    PLACE_THEN_EDITION,
    edition_number,
)
from award_archive.authoring.importer.list_parts import (
    MADE_VERB,
    NOT_A_NAME,
    ORG_END,
    PRIZE,
    WORKS_COUNTED,
    caption_credit,
    counted_unit,
    is_genre,
    is_outlet,
    is_person,
    leading_names,
    names_only,
    person_alone,
    record_words,
    split_list_names,
    squeeze,
    tail_fields,
)
from award_archive.authoring.importer.list_people import (
    labelled_people,
    role_fields,
    surnamed,
    unit_and_names,
)
from award_archive.authoring.importer.list_roles import ROLE, role_key
from award_archive.authoring.importer.list_rounds import rounds_in, won_named
from award_archive.authoring.importer.list_sentences import (
    WIN_VERB,
    WON,
    chosen_run,
    counted_run,
    counted_runs,
    levels_in_order,
    said_won,
    senders_before,
)

# A genre word just before a title, with its `类` when the text writes one (`消息类：《`).
_CATEGORY_BEFORE = re.compile(
    r"((?:新[闻聞]漫[画畫]|[杂雜]文|[言][论論]|特[写寫]|[随隨][笔筆]|散文|[报報]告文[学學]|系列[报報]道|[连連][续續][报報]道|新[闻聞]版式|新[闻聞]版面|通[讯訊]|消息|[评評]论|[图圖]片|[专專][题題]|[访訪][谈談]|漫[画畫]|[摄攝]影|[专專]栏|[评評][论論]|[标標][题題])类?)$"
)


_WIN_VERB = WIN_VERB  # (`获`, `荣膺`, `摘得`…, `入围`)


_AWARD_NAME = re.compile(r"新[闻聞][奖獎]")
_AWARD_STOP = set("获獲的是和届屆度在了—、，,与與及为為之此次本由得据據")
_GOING_TO = re.compile(
    rf"(?:参评|參評|参加|參加|报送|報送|推送|冲击|衝擊)\s*(?:{EDITION_WORD})?\s*$"
)
_GOING_IN = re.compile(r"参评|參評|参加|參加|报送|報送|冲击|衝擊")


def _awards_in(text: str, known: dict[str, dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """Every award named in the text (`第25届中国地市报新闻奖`, `2010年度赵超构新闻奖`, a round
    `在某某评选中`), with where it is; an edition or year seen once with a name is kept for
    later mentions; `在此次评选中` is the page's first award again."""
    rounds = rounds_in(text)
    found = []
    for m in _AWARD_NAME.finditer(text):
        if any(a <= m.start() < b for a, b, _ in rounds):
            continue  # (read with its round, whole)
        start = m.start()
        while (
            start > 0
            and "\u4e00" <= text[start - 1] <= "\u9fff"
            and text[start - 1] not in _AWARD_STOP
        ):
            start -= 1
        name = text[start : m.end()]
        if place := PLACE_THEN_EDITION.search(text[max(0, start - 12) : start]):
            name = place.group(1) + name  # `某某省第十届新闻奖`: 某某省新闻奖, its edition
        going = _GOING_TO.search(text[max(0, start - 10) : start]) or _GOING_IN.search(name)
        if len(name) < 4 or going or _COUNTED.match(name) or re.search(r"[类類]", name):
            continue  # `参评第30届中国新闻奖`: where the works go next; `电视类即时新闻奖`: a 奖项
        lead = text[max(0, start - 12) : start]
        info = known.setdefault(name, {"award": name})
        if e := re.search(rf"{EDITION}\s*$", lead):
            info["edition"] = edition_number(e)
        elif y := re.search(r"((?:19|20)\d{2})\s*年度\s*$", lead):
            info["year"] = int(y.group(1))
        found.append((m.start(), info))
    for at, won in won_named(text):
        if not any(a <= at < b for a, b, _ in rounds) and not _AWARD_NAME.search(won["award"]):
            found.append((at, known.setdefault(won["award"], won)))
    for start, _, said in rounds:
        if said is None:  # `在此次评选中`: the round the page began with
            first = min(found, key=lambda f: f[0], default=None)
            if first and first[0] < start:
                found.append((start, first[1]))
            continue
        info = known.setdefault(said["award"], said)
        info.update(said)
        found.append((start, info))
    return sorted(found, key=lambda f: f[0])


# `十二个全国性常设新闻奖之一`: awards counted, not one named.
_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+[个個项項]")


_OUTLET_SAYS = re.compile(
    r"([\u4e00-\u9fff]{2,10}?(?:日报|晚报|日報|晚報|报|報))(?:社|集团|集團)?"
    r"(?:[讯訊]|选送|選送|报送|報送|提报|提報|申报|申報|推荐|推薦|作品)"
)


_LEAD_WORDS = re.compile(
    r"^(?:此次|本次|其中|今年|去年|本届|本屆|另外|此外|同时|同時|以及|还有|還有|和|与|與|及|由|如|例如|包括"
    r"|[一二三四五六七八九十][是为為]"  # (`一是本报记者甲采写的…`: the enumeration)
    r"|此前|日前|近日|近期|随后|隨後|同年|当年|當年|[题題][为為]|名[为為]"
    r"|(?:最终|最后)?(?:评定|评出|评选出|确定|产生|选出)"  # (`最终评定小说类:`: the results' verb)
    rf"|(?:{PRIZE})(?:作品)?[为為是有]"  # (`二等奖为李四的《`)
    rf"|{WON}[^，,。；;《》的]{{0,16}}?[奖獎]的(?![是为為有])"  # (`荣获本届某某奖的某某日报评论《`)
    r"|(?:刊发|刊發|刊登|发表|發表|播出|播发|播發)于)+"
)


# The page's own unit (`本报的评论《`, `我台…`) is no person, and no part of a genre word
# after it (`本报评论《`).
_PAGE_UNIT = re.compile(r"[本我该該][报報台刊网網社站校]")
_OWN_UNIT = re.compile("^" + _PAGE_UNIT.pattern)


def _category_before(text: str) -> str:
    """`…选送的文艺评论` → 文艺评论: the category word just before a title, whole."""
    m = _CATEGORY_BEFORE.search(text)
    if not m:
        return ""
    run = re.search(r"[\u4e00-\u9fff]{0,5}$", text[: m.start()])
    lead = run.group() if run else ""
    if "的" in lead:
        lead = lead.rsplit("的", 1)[1]
    elif len(lead) > 4:
        lead = ""  # no word boundary in sight: the category alone
    return _OWN_UNIT.sub("", _LEAD_WORDS.sub("", lead)) + m.group(1)


def _category_heading(text: str) -> str:
    """`消息类一等奖10件,包括《…》`, `小说组第一名《…》`: the last `X类` (or a contest's `X组`)
    heading of the clause before a title."""
    heads = list(re.finditer(rf"([\u4e00-\u9fff]{{2,8}}?)[类類组組]\s*(?={PRIZE})", text))
    if not heads:
        return ""
    word = _LEAD_WORDS.sub("", re.split(r"[,，、。]", heads[-1].group(1))[-1])
    kind = heads[-1].group().strip()[-1]  # `消息类`: the category as written, with its 类 (组)
    division = kind in "组組" and is_genre(word)  # (`小说组`, `新诗组`: a literature contest's)
    return word + kind if _CATEGORY_BEFORE.search(word) or division else ""


def _clauses(text: str) -> list[str]:
    """The text cut after `。`/`；`/`;` outside brackets: `（作者：甲；编辑：乙）` stays whole, and
    so does `作者:甲;编辑:乙 获一等奖` (a `;` before a role's label parts a work's fields)."""
    out, depth, last = [], 0, 0
    for i, c in enumerate(text):
        depth += 1 if c in "(（" else -1 if c in ")）" and depth else 0
        if c in "。；;" and not depth and not (c in "；;" and _A_FIELD.match(text, i + 1)):
            out.append(text[last : i + 1])
            last = i + 1
    return [*out, text[last:]]


_A_FIELD = re.compile(rf"\s*{ROLE}\s*[:：]")


def prose(text: str) -> list[dict[str, Any]]:
    works: list[dict[str, Any]] = []
    text = _PRIZE_LINE.sub(_prize_heads, text)  # a prize alone on its line heads the lines after
    text = _PAPER_QUOTED.sub(_paper_unquoted, text)
    flat = " ".join(text.split("\n"))
    awards = _awards_in(flat, {})
    # Titles stand in 《》, whatever quotes the page wrote them in (list_marks); a title may
    # quote another in 《》: `《“老记重书《观刈麦》日记”系列报道》`
    quotes = r"《((?:[^《》]|《[^《》]*》){2,60})》"
    pos = 0
    page = (re.search(PRIZE, flat) is not None, flat)  # (whether it names any prize; its text)
    leads = sorted([*_lead_scopes(text, _PRIZE_LEAD), *_prize_sentences(flat)])
    kinds = [(a, b, _class_word(v)) for a, b, v in _lead_scopes(text, _KIND_LEAD)]
    heads = _item_heads(text)
    kinds = sorted([*kinds, *_counted_kinds(flat), *(chosen := _kind_sentences(flat))])
    run_from = 0  # where the sentence's run of works whose prizes are not yet said begins
    for clause in _clauses(flat):
        start, pos = pos, pos + len(clause)
        titles = _titles_in(clause, quotes)
        prizes = [p for p in re.finditer(PRIZE, clause) if not _IN_A_NAME.match(clause, p.end())]
        listing, said = _listed(clause, titles, page, (_last_before(chosen, start + 1), start))
        kinds += said
        # `《甲》、《乙》分别获得一等奖和二等奖`: the prizes in the titles' order
        last = titles[-1].end() if titles else 0
        each = [p.group() for p in prizes if p.start() >= last] if "分别" in clause else []
        first, cut_off = len(works), _cut_off_run(clause, titles, works, pos == len(flat))
        for k, tm in enumerate(titles):
            before = clause[titles[k - 1].end() if k else 0 : tm.start()]
            after = _words_after(clause, titles, k, text[start + tm.end() :])
            pz, item = _won_at(clause, titles, k, each, (prizes, leads, start))
            name = next(g for g in tm.groups() if g)
            won = pz or item or listing or cut_off or _won_later(clause, flat[pos:], tm)
            if not won or re.search(r"[报報]$", name) or _cited(clause, tm):
                continue
            if not pz and _no_work_named(name, item, before):
                continue  # `被《新华网》…转载`, `根据《评选办法》`: no works (a paper's 獎項: one)
            work: dict[str, Any] = {"title": name.strip()}
            if pz:
                work["prize"] = pz
            here = start + tm.start()
            work.update(_award_of(awards, here, start + len(clause), clause[tm.end() :]))
            _prose_outlet(work, flat[:here], before)
            _kind_of(work, (before, after, clause, tm), pz, works[-1] if k and works else None)
            if heads and (head := _last_before(heads, start + tm.start())):
                work["category"] = head  # `卓越專題特寫獎` on its own line over the works after it
            if item not in ("", "大奖", "大獎", _CHOSEN):
                work["category"] = item  # `《甲》获对外广播奖`: the 奖项 it won
            _prose_people(work, before, _own_after(after) if k + 1 < len(titles) else after)
            _unit_people(work, before, works[-1] if k and works else None)
            _names_before(work, before, clause, titles, (k, works[-1] if k and works else None))
            _line_people(work, before, text, (start + tm.start(), start + tm.end()))
            if k and works and "outlet" in works[-1] and _same_maker(before):
                work.setdefault("outlet", works[-1]["outlet"])
            if "category" not in work and (cat := _last_before(kinds, here)):
                work["category"] = cat  # `消息类：…；…`: a kind stated over the works after it
            works.append(work)
            run_from = _run_after(works, run_from, after)
        _across_titles(works[first:], clause, titles)
        run_from = len(works) if clause.rstrip().endswith("。") else run_from
    return _genres_closing(_at_each_level(_merged(works), flat))


# `《甲》；《乙》；《丙》分别荣获图片类三等奖和优秀奖`: the prizes said at the sentence's end.
_WON_AT_END = re.compile(rf"[^。]*?(?:分别|分別|分获|分獲)[^。]*?{PRIZE}")


# `某报记者甲采写的《A》和乙采写的《B》`, `某报通讯《A》、消息《B》`: the next work of the
# same unit, only its people or its genre said.
_SAME_MAKER = re.compile(
    rf"\s*(?:[、和及与與]\s*)?(?:[\u4e00-\u9fff·、]{{2,12}}?{MADE_VERB}的?)?(?P<kind>[\u4e00-\u9fff]{{0,8}})\s*"
)


def _same_maker(before: str) -> bool:
    m = _SAME_MAKER.fullmatch(before)
    return m is not None and (not m.group("kind") or is_genre(m.group("kind")))


def _won_later(clause: str, rest: str, tm: re.Match[str]) -> bool:
    """A title in a `；` clause of a sentence that names the prizes of its works at its end, or
    one the clause says won before it (`荣获本届某某奖的某某日报评论《`)."""
    if _WON_THE_AWARD.search(clause[: tm.start()]):
        return True
    return clause.rstrip().endswith(("；", ";")) and bool(_WON_AT_END.match(rest))


_WON_THE_AWARD = re.compile(
    rf"{WON}[^，,。；;《》的]{{0,16}}?[奖獎]的(?![是为為有])[^，,。；;《》]{{0,16}}$"
)


# `《甲》获得广播稿类省二等奖、市一等奖`: a prize at each level of the contest (省, 市, 县), the
# level kept with it (not the kind's); the work is listed once for each prize.
_LEVEL = r"[省市县縣区區]"
_AT_LEVELS = re.compile(
    rf"》[^，,。；;《》]{{0,8}}?{WON}得?了?\s*(?P<kind>[^，,。；;《》、]{{0,16}}?)"
    rf"(?P<first>{_LEVEL}(?:{PRIZE}))(?P<more>(?:\s*[、和及]\s*{_LEVEL}(?:{PRIZE}))*)"
)


def _at_each_level(works: list[dict[str, Any]], flat: str) -> list[dict[str, Any]]:
    out = []
    for work in works:
        at = flat.find("《" + work["title"] + "》")
        m = _AT_LEVELS.match(flat, at + len(work["title"]) + 1) if at >= 0 else None
        if not m or not m.group("more") and not re.search(r"[类類]$", m.group("kind")):
            out.append(work)  # (one level alone only after its kind: `获儿歌类市三等奖`)
            continue
        if m.group("kind").strip():
            work["category"] = m.group("kind").strip()
        prizes = [m.group("first"), *re.findall(rf"{_LEVEL}(?:{PRIZE})", m.group("more"))]
        out += [{**work, "prize": prize} for prize in prizes]
    return out


# `《心灯(短视频)》`: a genre in brackets closing a title
_GENRE_CLOSING = re.compile(r"(.{2,}?)\s*[(（]([^()（）]{2,8})[)）]\s*")


def _genres_closing(works: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where (nearly) every title of the list closes with a genre in brackets (`《甲(通讯)》、
    《乙(短视频)》…`), the brackets are the list's genre slot: each is its work's category, not
    part of its title. One title's own `(组诗)` or `(系列报道)` stays in it."""
    closing = [(w, m) for w in works if (m := _GENRE_CLOSING.fullmatch(w["title"]))]
    closing = [(w, m) for w, m in closing if is_genre(m.group(2))]
    if len(closing) < 3 or len(closing) * 4 < len(works) * 3:
        return works
    for work, m in closing:
        work["title"], work["category"] = m.group(1), m.group(2)
    return works


def _cut_off_run(clause: str, titles: list[re.Match[str]], works: list[Any], last: bool) -> bool:
    """The excerpt's last sentence, cut off before its prize (`…甲《A》《B》，乙《C》…` after
    sentences of the same shape that each ended `…荣获二等奖。`): its titles are works, their
    prize unsaid. Only a bare run: titles with at most a unit's name between them."""
    if not last or len(titles) < 2 or not works or re.search(r"[。；;!！?？]\s*$", clause):
        return False
    if re.search(_WIN_VERB, clause) or not all("prize" in w for w in works):
        return False
    between = [clause[a.end() : b.start()] for a, b in zip(titles, titles[1:], strict=False)]
    return all(re.fullmatch(r"\s*(?:[,，、]\s*[^\s,，、。；;《》]{2,16})?\s*", b) for b in between)


# `某某晨报凭借…的报道《…》获得…`: who won with the work.
_BY_MEANS = r"(?:凭借|憑藉|凭着|憑著|凭|憑)"
_WON_WITH = re.compile(rf"^([^\s，,。；;:：、]{{2,20}}?)(?:{_BY_MEANS}|以$)")


# `《人民日报》评论员文章《…》`, `《某某》杂志“…”系列报道`: a paper named in 《》 just before the
# work it printed (a genre word between at most) is the outlet, no work.
_PAPER_QUOTED = re.compile(
    r"《([^《》]{2,20})》((?:杂志|雜誌|雜志|杂志社|雜誌社|周刊|週刊)?)"
    rf"(?=(?![和与與及])[\u4e00-\u9fff]{{0,8}}[《“]|{_BY_MEANS}|以\s*[《“「])"
)


def _paper_unquoted(m: re.Match[str]) -> str:
    if m.group(2) or is_outlet(m.group(1)):
        return m.group(1) + m.group(2)  # (read as the outlet before the next title)
    if m.string.startswith("以", m.end()):
        return ""  # `公視《某某節目》以「…」`: the station's programme, no work and no outlet
    return m.group()


# `以電影《某某》為靈感`: a work the winner drew on, cited, not one that won.
_DRAWN_ON = re.compile(r"[为為](?:灵感|靈感|原型|蓝本|藍本|题材|題材|素材|背景)")


def _cited(clause: str, tm: re.Match[str]) -> bool:
    return (
        bool(
            re.search(r"以[^，,。；;《》]{0,4}$", clause[: tm.start()])
            and _DRAWN_ON.match(clause, tm.end())
        )
        or _gives_the_award(clause, tm)
        or _printed_in(clause, tm)
    )


# `曾在《某某文学》《某某报》节选发表`: the periodicals a work appeared in, no works.
_IN_BEFORE = re.compile(r"[在于於]\s*(?:《[^《》]*》\s*[、和及]?\s*)*$")
_PRINTED_AFTER = re.compile(
    r"(?:\s*[、和及]?\s*《[^《》]*》)*[^，,。；;《》]{0,6}?"
    r"(?:发表|發表|刊发|刊發|刊登|刊载|刊載|转载|轉載|连载|連載)"
)


def _printed_in(clause: str, tm: re.Match[str]) -> bool:
    return bool(_IN_BEFORE.search(clause[: tm.start()]) and _PRINTED_AFTER.match(clause, tm.end()))


# `并获得《某某文学》2021年度优秀作品奖`: the periodical whose yearly award the work won.
_YEARLY_AWARD = re.compile(r"\s*(?:19|20)\d{2}\s*年度?[^，,。；;《》\s]{0,12}[奖獎]")


def _gives_the_award(clause: str, tm: re.Match[str]) -> bool:
    won = re.search(rf"{_WIN_VERB}得?了?\s*$", clause[: tm.start()])
    return won is not None and _YEARLY_AWARD.match(clause, tm.end()) is not None


def _no_work_named(name: str, item: str, before: str) -> bool:
    """A paper named with no 奖项 it won (neither after it nor before: `数位出版奖《某某月刊》`
    is one), or a document the page cites."""
    paper = is_outlet(name) and not item and not _ITEM_BEFORE.search(before)
    return paper or _DOCUMENT.search(name) is not None


# The award item a periodical is written after (`数位出版奖《某某月刊》`): the one it won.
_ITEM_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}[奖獎]\s*$")


# A document the page cites (`《评选办法》`, `《关于…的通知》`), not a work.
_DOCUMENT = re.compile(
    r"(?:通知|办法|辦法|细则|細則|规定|規定|章程|条例|條例|意见|意見|方案|决定|決定|公告|通报|通報|名单|名單)$"
)


def a_notice(title: str) -> bool:
    """`关于开展某某评选活动的通知`: a notice named by what it is about, never a work (whatever
    prize the sentence quoting it names)."""
    return re.match(r"[关關][于於]", title) is not None and _DOCUMENT.search(title) is not None


# A prize word inside a round's name (`某某优秀作品推选活动`): no prize.
_IN_A_NAME = re.compile(  # (its year in brackets between: `优秀作品(2018)评选`)
    r"(?:\s*[(（](?:19|20)\d{2}[)）])?[\u4e00-\u9fff]{0,4}?(?:推选|推選|评选|評選|评比|評比|评审|評審|遴选|遴選|征集|徵集|活动|活動)"
)


def _won_at(
    clause: str,
    titles: list[re.Match[str]],
    k: int,
    each: list[str],
    said: tuple[list[re.Match[str]], list[tuple[int, int, str]], int],
) -> tuple[str, str]:
    """(prize, 奖项) the k-th title of the clause won: its own in order after a run, the one
    beside it, a lead phrase's before it (over sentences), the `…奖` it won."""
    prizes, leads, start = said
    tm = titles[k]
    nxt = titles[k + 1].start() if k + 1 < len(titles) else -1
    pz = each[k] if len(each) == len(titles) else _prize_of(clause, prizes, tm, nxt)
    if not pz:  # the prize of a lead phrase before it (_PRIZE_LEAD), over sentences
        pz = _last_before(leads, start + tm.start())
    pz, item = _prize_or_item(pz, clause[tm.end() :])
    if pz and (division := _DIVISION.match(clause, tm.end())) and division[2] == pz:
        pz = division[1] + pz  # `获得地区组首奖`: the division stays with the prize
    return pz, item


def _kind_of(
    work: dict[str, Any],
    where: tuple[str, str, str, re.Match[str]],
    pz: str,
    previous: dict[str, Any] | None,
) -> None:
    """The work's genre or kind: said before or after its title, with its prize, or the one
    of the work before it in a run."""
    before, after, clause, tm = where
    # words after the title name its genre only up to its prize (`…》获…消息二等奖`)
    said_after = after.split(pz)[0] if pz and pz in after else ""
    _prose_category(work, before, clause[: tm.start()], said_after)
    if "category" not in work and pz and (won := _won_kind(clause[tm.end() :], pz)):
        work["category"] = won
    if "category" not in work and previous and _ONLY_NAMES.fullmatch(before):
        if "category" in previous:  # `言论《甲》(作者:乙)、《丙》…`: one genre, both
            work["category"] = previous["category"]


# `《甲》获对外广播奖`, `…等11件作品也同时获得大奖`: the 奖项 a title won, when it is no
# prize (a 奖项 named `最佳X奖` is one too); not the award itself (`第N届…奖`, `2013年…奖`).
# A theme in “” stays in it: `获“中国梦”主题奖`.
_ITEM_WON = re.compile(
    r"^(?:[^。；;，,《》]|《[^《》]*》)*?"
    r"(?:(?:作品|报道|报导|報導)[，,]\s*[^。；;，,《》]{0,4}?)?"  # (`…系列报道作品,再度获得`)
    rf"{_WIN_VERB}得?了?\s*"
    r"((?:[^，,。；;、「」《》“”()（）\s奖獎]|“[^“”，,。]{1,16}”)(?:[^，,。；;、「」《》“”()（）\s]|“[^“”，,。]{1,16}”){0,19}?[奖獎])"
    r"(?![\u4e00-\u9fff])"
)
_NAMED_ITEM = re.compile(r"最佳[\u4e00-\u9fff]{2,8}[奖獎]")
_AN_AWARD = re.compile(
    r"第\s*[\d一二三四五六七八九十百]+\s*[届屆]|(?:19|20)\d{2}|年度|新[闻聞][奖獎]"
)


# `獲得地區組首獎`, `获国际组一等奖`: a division written with the prize the title won.
_DIVISION = re.compile(rf"(?:[^。；;《》]*?){WON}得?了?\s*([\u4e00-\u9fff]{{1,2}}[组組])({PRIZE})")


# `《甲》《乙》入选`, `《甲》等3件作品入选`, `《甲》成功入围`, `《甲》获奖`: the titles are works
# the list chose.
_SELECTED = re.compile(
    r"^\s*(?:[、和及与與]?\s*《[^《》]*》\s*)*(?:等[\d一二三四五六七八九十两兩]*[件篇部个個]?作品)?"
    r"\s*(?:成功|均|全部|同时|同時|也|分别|分別)?(?:入[选選围圍]|[荣榮]?[获獲][奖獎](?![\u4e00-\u9fff]))"
)  # (`…等3件作品获奖。`: winners, their prizes not said)
_CHOSEN = "入选"  # (the item of a chosen work: no category)
# `《甲》《乙》2部作品荣获优秀纪录长片`, `《丙》《丁》等荣获优秀栏目`: the honour a run of titles
# (counted or closed by `等`) is said to have won, whatever its words: their 奖项 (their prize
# when it is a level of works: `获评优秀影响力作品`).
_RUN_WON = re.compile(
    r"^\s*(?:[、和及与與]?\s*《[^《》]*》\s*)*"
    r"(?:等?[\d一二三四五六七八九十两兩]+[件篇部个個](?:[\u4e00-\u9fff]{0,4}作品)?|等)\s*"
    r"(?:均|同时|同時|也)?(?:[荣榮][获獲]|[获獲]评|[获獲]評|被?评为|被?評為)\s*([\u4e00-\u9fff]{3,16})"
)


def _prize_or_item(pz: str, after: str) -> tuple[str, str]:
    """(prize, 奖项 won): `最佳新闻评论奖` is a 奖项; without a prize, the `…奖` it won."""
    if _NAMED_ITEM.fullmatch(pz):
        return "", pz
    if not pz and _SELECTED.match(after):
        return "", _CHOSEN  # `《甲》《乙》入选`: works chosen, no prize or kind said
    if not pz and (run := _RUN_WON.match(after)) and not re.search(PRIZE, run.group(1)):
        honour = run.group(1)  # (`优秀影响力作品`: a level of works, their prize)
        return (honour, "") if honour.endswith("作品") else ("", honour)
    m = None if pz else _ITEM_WON.match(after)
    item = m.group(1) if m else ""
    kind = re.sub(r"^.*[类類]", "", item)  # `電視類即時新聞獎`: the class is no part of it
    kind = item if kind in ("奖", "獎") else kind  # (`財經時事類獎`: the class is the 獎項)
    if re.search(PRIZE, item) or (_AN_AWARD.search(item) and kind == item):
        return pz, ""
    return (pz, kind) if len(kind) >= 3 or kind in ("大奖", "大獎") else (pz, "")


def _words_after(clause: str, titles: list[re.Match[str]], k: int, rest: str) -> str:
    """The words after title `k` up to the next title, or to its line's end when the next
    title stands on a later line (`李四《甲》` / `王五 赵六《乙》`: the names before 《乙》 are
    its, not 甲's); `rest`: the text (its lines kept) from the title's end on."""
    if k + 1 == len(titles):
        return clause[titles[k].end() :]
    after = clause[titles[k].end() : titles[k + 1].start()]
    cut = rest.find("\n", 0, len(after))
    return after[:cut] if cut >= 0 else after


def _own_after(after: str) -> str:
    """The words after a title that are its own, not the next work's lead: up to the last
    `，`/`；` outside brackets (`》获一等奖，由乙撰写、丙编辑的评论《` → `获一等奖`)."""
    depth, cut = 0, len(after)
    for i, c in enumerate(after):
        depth += 1 if c in "(（" else -1 if c in ")）" and depth else 0
        if c in "，,；;" and not depth:
            cut = i
    return after[:cut]


def _run_after(works: list[dict[str, Any]], run_from: int, after: str) -> int:
    """`《甲》；《乙》；《丙》分别荣获…三等奖和优秀奖`, `《甲》获特等奖，《乙》和《丙》分获一、
    二等奖`: the prizes said after a work for the run ending with it (over the sentence's
    `；` clauses); where the next run begins: after a work whose own prize was said."""
    if levels_in_order(works[run_from:], after) or re.search(PRIZE, after):
        return len(works)
    return run_from


_EACH_WON = re.compile(rf"^\s*分别[^，,。；;]{{0,4}}?{WON}得?(.+?)(?={PRIZE})")


def _each_category(after: str, count: int) -> list[str]:
    """`…分别荣获广播电视类A组、B组十佳作品`: one category for each title in order, the later
    ones written as the first's last part (`B组` for `广播电视类A组`); [] unless one each."""
    m = _EACH_WON.match(after)
    parts = [p.strip() for p in re.split(r"[、和及与與]", m.group(1))] if m else []
    if len(parts) != count or not all(parts):
        return []
    first = parts[0]
    out = [first]
    for part in parts[1:]:
        if len(part) >= len(first):
            out.append(part)  # (a category written whole)
        elif first[-1] == part[-1]:  # `B组` after `…A组`: the same stem
            out.append(first[: len(first) - len(part)] + part)
        else:
            return []
    return out


def _across_titles(works: list[dict[str, Any]], clause: str, titles: list[re.Match[str]]) -> None:
    """What one clause's titles say for one another (joined runs, outlets in like places)."""
    _share_joined(works, clause, titles)
    _units_alike(works, clause, titles)


def _won_kind(after: str, prize: str) -> str:
    """`…等作品关注…，获策划类一等奖`: the kind glued before the prize the title wins, or in
    the bracket after it (`获一等奖（通讯）`)."""
    first = re.search(PRIZE, after)
    if not first or first.group() != prize:
        return ""
    # (`获“微视频类优秀作品”`: the class and its level quoted together)
    m = re.search(rf"{WON}得?[“「]?([\u4e00-\u9fff]{{2,8}}?[类類])\s*$", after[: first.start()])
    if m:
        return m.group(1)
    said = re.match(r"\s*[(（]([^()（）]{2,8})[)）]", after[first.end() :])  # `获一等奖（通讯）`
    kind = said.group(1) if said else ""
    return kind if is_genre(re.sub(r"[类類]$", "", kind)) else ""  # (`（消息类）` too)


def _units_alike(works: list[dict[str, Any]], clause: str, titles: list[re.Match[str]]) -> None:
    """`中国交通报《甲》、河北交通《乙》`: a word before a title, where the clause's other titles
    have their outlet in that place, is an outlet too (a paper the reader does not know)."""
    if len(works) != len(titles) or len(works) < 2:
        return
    ends = [0, *(t.end() for t in titles[:-1])]
    words = [clause[a : t.start()].strip(" 、，,。；;") for a, t in zip(ends, titles, strict=True)]
    words = [_LEAD_WORDS.sub("", w) for w in words]
    known = [w.get("outlet") == said for w, said in zip(works, words, strict=True) if said]
    if not any(known) or len(known) - sum(known) > 1:
        return  # (the others' outlets there, all but one)
    for work, said in zip(works, words, strict=True):  # (a person's name is shorter)
        if re.fullmatch(r"[\u4e00-\u9fff]{4,10}", said) and not is_genre(said):
            work.setdefault("outlet", said)


_JOINED = re.compile(r"\s*[、和及与與]\s*")
_SHARED_BEFORE, _SHARED_AFTER = ("authors", "editors", "outlet"), ("category", "prize")


def _share_joined(works: list[dict[str, Any]], clause: str, titles: list[re.Match[str]]) -> None:
    """`记者甲采写的《A》和《B》分别获消息类一等奖`: titles joined by 和 or 、 alone share who made
    them (said before the first) and what they won (said after the last)."""
    if len(works) != len(titles):
        return  # (a title that was no work: which work is which is not known)
    run = [0]
    for k in range(1, len(titles) + 1):
        if k < len(titles) and _JOINED.fullmatch(clause[titles[k - 1].end() : titles[k].start()]):
            run.append(k)
            continue
        if len(run) > 1:
            head, tail = works[run[0]], works[run[-1]]
            after = clause[titles[run[-1]].end() : titles[k].start() if k < len(titles) else None]
            for i, category in zip(run, _each_category(after, len(run)), strict=False):
                works[i]["category"] = category
            for i in run:
                for key in _SHARED_BEFORE:
                    if key in head:
                        works[i].setdefault(key, head[key])
                for key in _SHARED_AFTER:
                    if key in tail:
                        works[i].setdefault(key, tail[key])
        run = [k]


def _titles_in(clause: str, quotes: str) -> list[re.Match[str]]:
    """The clause's titles in 《》 and, `…创作的“标题”获得…三等奖`, `标题“甲”(作者:乙)获二等奖`,
    in “” when it wins a prize or names its authors; none inside a work's bracket."""
    kinds = [t for t in _QUOTED_KIND.finditer(clause) if is_genre(t.group("kind"))]
    titles = sorted(
        [*re.finditer(quotes, clause), *_QUOTED.finditer(clause), *kinds], key=lambda t: t.start()
    )
    return [t for t in titles if not _in_bracket(clause[: t.start()])]


# (`视频类一等奖`, `小说组二等奖`: a class's prize alone on its line heads the same, its class
# stated over them too: `视频类：一等奖：`)
_PRIZE_LINE = re.compile(
    rf"(?m)^\s*(?:([\u4e00-\u9fff]{{1,8}}[类類组組])\s*)?({PRIZE})\s*(?:[(（][^()（）]{{0,8}}[)）])?\s*$"
)


def _prize_heads(m: re.Match[str]) -> str:
    return f"{m.group(1)}：{m.group(2)}：" if m.group(1) else f"{m.group(2)}："


# `…创作的“标题”获得…三等奖`, `标题“甲”(作者:乙)获二等奖`, `一等奖：“甲”、“乙”`: a title in “”
# (or one in 「」 the copy left as written) that wins a prize, names its authors, or is listed
# after a colon; not an award's quoted name (`「2024年度某某獎」獲獎名單`).
# What follows a quoted title that won: `一文获`, `作品荣获`, `被评为`, `（作者：…`.
_WON_NEXT = rf"(?:(?:一文|一稿|一作|作品|等)?\s*(?:{_WIN_VERB}|被[评評][为為])|[(（]{ROLE})"
_QUOTED = re.compile(
    rf"“([^”《》]{{2,60}})(?<![奖獎赛賽])”(?=\s*{_WON_NEXT})"
    rf"|「([^」《》]{{2,60}})(?<![奖獎赛賽])」(?=\s*{_WON_NEXT})"
    r"|(?<=[:：、])\s*“([^”《》:：]{2,60})”(?=\s*(?:[、；;。]|$))"
)
# `“…”系列报道获融合报道类二等奖`: a title in “” with its genre word, then the verb of winning.
_QUOTED_KIND = re.compile(
    rf"“([^”《》]{{2,60}})”(?P<kind>[\u4e00-\u9fff]{{2,6}}?)(?=\s*{_WIN_VERB})"
)
# A kind stated for the works after it: `消息类：`, `評論類:`.
_KIND_LEAD = re.compile(r"(?:^|[\s。；;，,])([\u4e00-\u9fff]{2,8}?类)\s*[:：]")


def _class_word(said: str) -> str:
    """`最终评定小说类` → 小说类: a class label without the sentence's words before it."""
    return _LEAD_WORDS.sub("", said)


def _last_before(said: list[tuple[int, int, str]], here: int) -> str:
    """The value of the last statement whose scope holds `here`."""
    return next((v for a, b, v in reversed(said) if a < here < b), "")


def _prize_of(clause: str, prizes: list[re.Match[str]], tm: re.Match[str], nxt: int) -> str:
    """The prize after the title in its clause, unless it heads the next title (`一等奖《甲》、
    二等奖《乙》`, `获二等奖的作品《乙》`); `二等奖:《甲》《乙》`: a heading over the titles after
    it; else the last one before it."""
    after = next((p for p in prizes if p.start() >= tm.end()), None)
    head = next((p for p in reversed(prizes) if p.end() <= tm.start()), None)
    if after and nxt >= after.end() and _HEADS_NEXT.fullmatch(clause[after.end() : nxt]):
        after = None  # the next title's own prize
    between = clause[tm.end() : after.start()] if after else ""
    if after and 0 <= nxt <= after.start() and re.search(_WIN_VERB, clause[tm.end() : nxt]):
        after = None  # `「甲」榮獲某某獎，「乙」則入圍`: 甲 won in its own words, not 乙's prize
    elif after and len(re.findall(_WIN_VERB, between)) >= 2:
        after = None  # (other works won in between: the prize is a later one's)
    if head and (_HEADS_AFTER.match(clause[head.end() :]) or not after):
        return head.group()
    return after.group() if after else ""


# A prize heads the titles after it when so set off: `二等奖:`, `二等奖作品(3件):`, `【二等奖】`.
_HEADS_AFTER = re.compile(
    r"(?:作品)?\s*(?:[(（][^()（）]{0,8}[)）])?\s*(?:[:：]|[】\]〕]|[为為是](?![^，,。；;]*[获獲]))"
)
_HEADS_NEXT = re.compile(r"\s*(?:的[^，,。；;、]{0,6}|作品)?\s*[:：、]?\s*")


def _award_of(
    awards: list[tuple[int, dict[str, Any]]], here: int, end: int, after_title: str
) -> dict[str, Any]:
    """The award the title won by name (`《丙》曾获中国新闻奖二等奖`), else the one named last
    before it, else the first in its clause after it (`《甲》荣获2022年度某某新闻奖一等奖`)."""
    before = [info for at, info in awards if at < here]
    after = [info for at, info in awards if here < at < end]
    for info in after:
        if said := re.match(_WON_BY_NAME + re.escape(info["award"]), after_title):
            # `》曾获中国新闻奖`: an earlier round's, its edition not this page's
            # (None: not the heading's edition or year either)
            past = {"award": info["award"], "edition": None, "year": None}
            return past if _PAST.search(said.group()) else info
    return before[-1] if before else after[0] if after else {}


_PAST = re.compile(r"曾|此前|去年|上一?[届屆]|往[届屆]")
# `》曾获中国新闻奖`, `》荣获2022年度某某新闻奖`: the verb, then the award's name.
_WON_BY_NAME = (
    rf"\s*(?:[(（][^()（）]*[)）])?[^，,。；;《》]{{0,4}}?(?:{WON}得?|在)了?"
    r"[^，,。；;《》]{0,12}?"
)  # (`》在第五届某某大赛中获金奖`: the round named after the title)


# A prize stated for the works after it: `获评一等奖的作品为：`, `获得二等奖的6件作品分别是：`,
# `一等奖（11件）：`.
# A prize stated over the works after it: `一等奖：`, `一等奖作品有：`, `【一等奖】`.
_PRIZE_LEAD = re.compile(
    rf"({PRIZE})(?:[^。；;:：《》「」“”]{{0,14}}?(?:是|为|有|如下)?\s*[:：]|(?<=[奖品])\s*[】\]〕])"
)


# A line that starts with a record: a number, a genre or a short label, then a title.
_RECORD_LINE = re.compile(
    r"\s*(?:[\d一二三四五六七八九十]+\s*[.、．)）]\s*)?(?:[^\s:：《]{1,8}[:：])?"
    r"(?:[\u4e00-\u9fff·]{2,4}\s+){0,4}[\u4e00-\u9fff]{0,6}\s*[《「“〈]"  # (`甲 乙《`: names)
)


# A line that is only the name of one of the award's 奖项 (`卓越專題特寫獎`), not a prize, not
# the award itself (`第N届…`, `…新闻奖`).
_ITEM_LINE = re.compile(r"\s*(?![本我])([^\s获獲得荣榮喜]{3,14}[奖獎])\s*")  # (not `本报获奖`)


# `共有电视新闻作品19件，包括…`: the kind of the works the sentence goes on to name (not a
# prize, nor the works as such: `获奖作品25件`).
_COUNTED_KIND = re.compile(
    r"([\u4e00-\u9fff]{2,10}?(?:作品|[类類]))\s*[\d一二三四五六七八九十百]+\s*[件篇部个個项項]"
    r"\s*[,，:：]?\s*(?:包括|包含|有|分别是|分別是|[为為])\s*[:：]?"
)
_JUST_WORKS = re.compile(
    r"(?:[获獲][奖獎]|入[选選围圍]|[参參][评評赛賽]|推[荐薦]|[优優]秀|[报報选選]送|新[闻聞])?作品"
)


def _counted_kinds(flat: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _COUNTED_KIND.finditer(flat):
        kind = re.sub(r"^(?:共有|共|其中|包括|另有|有)", "", _LEAD_WORDS.sub("", m.group(1)))
        if len(kind) < 3 or _JUST_WORKS.fullmatch(kind) or re.search(rf"{PRIZE}$", kind):
            continue
        end = flat.find("。", m.end())
        out.append((m.start(), end if end >= 0 else len(flat), kind))
    return out


# `…荣获优秀奖项,其中视频类13件、图文类3件`: the kinds the page counts among its winners.
_WINNING_KINDS = re.compile(
    r"([\u4e00-\u9fff]{1,6}[类類])\s*[\d一二三四五六七八九十]+\s*[件篇部个個项項]"
)


def _kind_sentences(flat: str) -> list[tuple[int, int, str]]:
    """Sentences that open with a kind the page counted among its winners (`在视频类获奖作品中,
    …甲《A》、乙《B》…。`, `图文类作品同样精彩,…`): the titles in each are winners of that kind."""
    kinds: set[str] = set()
    for sentence in re.split(r"[。！!]", flat):
        if re.search(WIN_VERB, sentence) and "其中" in sentence:
            kinds.update(m.group(1) for m in _WINNING_KINDS.finditer(sentence.split("其中", 1)[1]))
    out, at = [], 0
    for sentence in re.split(r"(?<=[。！!])", flat):
        opened = re.match(r"\s*(?:在|而|其中)?\s*([\u4e00-\u9fff]{1,6}[类類])", sentence)
        if opened and opened.group(1) in kinds:
            out.append((at, at + len(sentence), opened.group(1)))
        at += len(sentence)
    return out


def _item_heads(text: str) -> list[tuple[int, int, str]]:
    """Each 奖项 line with its scope (in the text with its lines joined): the lines after it,
    to the next such line."""
    out: list[tuple[int, int, str]] = []
    at = 0
    for line in text.split("\n"):
        m = _ITEM_LINE.fullmatch(line)
        if m and not re.search(PRIZE, m.group(1)) and not _AN_AWARD.search(m.group(1)):
            if out:
                out[-1] = (out[-1][0], at, out[-1][2])
            out.append((at, len(text) + 1, m.group(1)))
        at += len(line) + 1
    return out


def _lead_scopes(text: str, lead: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """Each lead phrase's prize (or kind) with where it holds (in the text with its lines
    joined): to the end of its paragraph and over the record lines after it (a title near
    the line's start), not over the page's own text after the list."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out = []
    for m in lead.finditer(" ".join(lines)):
        i = next(
            k for k in range(len(lines)) if starts[k + 1] > m.start(1)
        )  # (not the mark before)
        j = i + 1
        while j < len(lines) and _RECORD_LINE.match(lines[j]):
            j += 1
        out.append((m.start(), starts[j], m.group(1)))
    return out


# `二等獎作品《甲》…；《乙》…；《丙》…。`: a prize leading a sentence's first work holds over the
# `；` clauses after it that each open with a title, to the sentence's end.
_PRIZE_WORKS = re.compile(rf"({PRIZE})作品\s*(?=《)")


def _prize_sentences(flat: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _PRIZE_WORKS.finditer(flat):
        end = flat.find("。", m.end())
        end = end if end >= 0 else len(flat)
        if all(re.match(r"\s*《", part) for part in re.split(r"[；;]", flat[m.end() : end])[1:]):
            out.append((m.start(), end, m.group(1)))
    return out


def _in_bracket(lead: str) -> bool:
    """`《甲》(《某某日报》 作者 乙)`: a paper or programme inside a work's bracket is no title."""
    return lead.count("(") + lead.count("（") > lead.count(")") + lead.count("）")


def _unit_people(work: dict[str, Any], before: str, previous: dict[str, Any] | None) -> None:
    """`益阳日报社汤革新创作的消息《`: the unit, its people and the genre just before the title
    (over what the looser readers took); `、杨炯创作的论文《` keeps the unit of the work before."""
    pieces = re.split(r"([，,；;。：:])", before)
    tail = (
        pieces[-1].rsplit("的", 1)[-1].strip()
    )  # `呼吁某某的某某医院《`: what it did, then the unit
    if tail != pieces[-1].strip() and (is_outlet(tail) or ORG_END.search(tail)):
        pieces[-1] = tail
    piece, said = pieces[-1], unit_and_names(_LEAD_WORDS.sub("", pieces[-1].strip()))
    for k in range(len(pieces) - 3, -1, -2):  # `某某日报甲，乙创作的`: names between commas
        if pieces[k + 1] not in "，," or not said or "outlet" in said:
            break  # (a unit already read begins the names: nothing before them is theirs)
        joined = "、".join(_LEAD_WORDS.sub("", p.strip()) for p in [pieces[k], *pieces[k + 2 :: 2]])
        if more := unit_and_names(joined):
            piece, said = joined, more
    if not (said := _no_page_words(said)):
        _unit_maker(work, piece)
        return
    if re.search(rf"{MADE_VERB}[、，,]", piece):  # `由甲撰写、乙编辑的`: each said with its verb
        said = {k: v for k, v in said.items() if k not in ("authors", "editors")}
    work.update(said)
    if "outlet" not in said and previous and piece.lstrip().startswith("、"):
        if "outlet" in previous:
            work["outlet"] = previous["outlet"]


# A unit alone before a title (`；某某医院《`, `、某某区卫健委作品《`, `某某局集体创作的《`,
# `某某法院参与出品的《`: a film's producer).
_UNIT_BEFORE = re.compile(
    rf"(?:^|[、，,；;﹔。：:”」\s和])\s*([\u4e00-\u9fff]{{3,24}}?)(?:集体|集體)?"
    rf"(?:{MADE_VERB}的|(?:参与)?出品的|作品|的)?\s*$"
)


def _unit_maker(work: dict[str, Any], piece: str) -> None:
    """A body that is no media (a hospital, a school, a bureau) written alone just before a
    title made the work: its author (a media unit there is the outlet, read elsewhere)."""
    m = _UNIT_BEFORE.search(piece)
    unit = _LEAD_WORDS.sub("", m.group(1)) if m else ""
    if unit and ORG_END.search(unit) and not is_outlet(unit) and "authors" not in work:
        work["authors"] = [unit]


def _no_page_words(said: dict[str, Any]) -> dict[str, Any]:
    """A unit read across a line break (`…揭晓 本台`, `…揭晓 某某日报社`) is the part on the
    title's line (a person that is the page's unit goes in _people_cleaned)."""
    out = dict(said)
    parts = str(out.get("outlet", "")).split()
    if len(parts) > 1 and (_PAGE_UNIT.fullmatch(parts[-1]) or _NOT_PERSON.search(parts[0])):
        out["outlet"] = parts[-1]  # (`某某新闻奖揭晓 某某日报社`: the heading, then the unit)
    return out


def _name_of_next(
    work: dict[str, Any], before: str, clause: str, titles: list[re.Match[str]], k: int
) -> None:
    """`李四《甲》、王五《乙》`: a name each, when the title before has its name so too."""
    if m := _NEXT_NAME.fullmatch(before):
        earlier = clause[titles[k - 2].end() if k > 1 else 0 : titles[k - 1].start()]
        named = _NAME_BEFORE.search(earlier)
        if named and leading_names(named.group(1)) and leading_names(m.group(1)):
            work["authors"] = [m.group(1)]


def _names_before(
    work: dict[str, Any],
    before: str,
    clause: str,
    titles: list[re.Match[str]],
    at: tuple[int, dict[str, Any] | None],
) -> None:
    """A name before the title, when nothing else named its authors: one each in a run
    (`李四《甲》、王五《乙》`), one alone after a colon (`一等奖：张三《甲》`), one after the genre
    that leads the run (`中篇小说张三《甲》，李四《乙》`: the genre of them all)."""
    k, previous = at
    if k and "authors" not in work:
        _name_of_next(work, before, clause, titles, k)
    if "authors" not in work and (name := _name_just_before(before)):
        work["authors"] = [name]
    if "authors" not in work and (led := _GENRE_THEN_NAME.search(before)):
        if is_genre(led.group(1)) and _name_just_before(led.group(2)):
            work["authors"] = [led.group(2)]
            work.setdefault("category", led.group(1))
    if item := _ITEM_THEN_NAME.search(before):  # `劇本金典獎:詹某(本名)「`: the 獎項, its winner
        if not re.search(PRIZE, item.group(1)) and not _AN_AWARD.search(item.group(1)):
            if _name_just_before(":" + item.group(2)):
                work.setdefault("category", item.group(1))
                work["authors"] = work.get("authors") or [item.group(2)]
    named = _NEXT_NAME.fullmatch(before)
    if named and work.get("authors") == [named.group(1)] and previous and "category" in previous:
        work.setdefault("category", previous["category"])


_ITEM_THEN_NAME = re.compile(
    r"(?:^|[、，,；;。\s为為])([^\s:：、，,；;。为為]{2,16}[奖獎])\s*[:：]\s*([\u4e00-\u9fff·]{2,3})"
    r"\s*(?:[(（][^()（）]{1,10}[)）])?\s*$"
)
_GENRE_THEN_NAME = re.compile(
    r"(?:^|[：:，,；;。\s])([\u4e00-\u9fff]{2,6}?)([\u4e00-\u9fff·]{2,3})\s*$"
)


def _line_people(work: dict[str, Any], before: str, text: str, at: tuple[int, int]) -> None:
    """The people a title's own line names: `王五 赵六《乙》` (the names that are all the line
    says before the title, not just the last one), a caption's credit at the line's end
    (`《丙》 5月，某某村。李四 摄`)."""
    lead = text[text.rfind("\n", 0, at[0]) + 1 : at[0]].strip()
    names = split_list_names(lead) if lead and len(lead) <= len(before.strip()) else []
    if len(names) > 1 and leading_names(lead) == names:  # (the line holds no title before)
        if work.get("authors", names[-1:]) == names[-1:]:
            work["authors"] = names
    end = text.find("\n", at[1])
    line_rest = text[at[1] : end if end >= 0 else len(text)]
    if "authors" not in work and "《" not in line_rest and (shot := caption_credit(line_rest)):
        work["authors"] = [shot]


def _name_just_before(before: str) -> str:
    """`一等奖：张三《`, `；李四《`: a person's name alone after a colon or a list's mark, just
    before the title (no genre, unit or lead word)."""
    m = re.search(r"(?:^|[：:、，,；;\s])([\u4e00-\u9fff·]{2,3})\s*$", before)
    name = m.group(1) if m else ""
    if (
        not name
        or _LEAD_WORDS.match(name)
        or _PAGE_UNIT.fullmatch(name)
        or _NOT_PERSON.search(name)
    ):
        return ""
    if NOT_A_NAME.search(name) or is_genre(name) or is_outlet(name) or re.search(PRIZE, name):
        return ""
    return name if leading_names(name) == [name] else ""


_NEXT_NAME = re.compile(r"\s*[、，,]\s*([\u4e00-\u9fff·]{2,4})\s*")
_NAME_BEFORE = re.compile(r"(?:^|[、，,:：])\s*([\u4e00-\u9fff·]{2,4})\s*$")
# (`电视剧《甲》《乙》`: titles side by side share the genre too)
_ONLY_NAMES = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*[、,，和及与與]?\s*")


# `得獎作品包括：`, `获奖作品有：`: what follows is the list of works.
_WORKS_ARE = re.compile(r"(?:[获獲得][奖獎]|入[围圍选選])作品(?:包括|有|[为為是]|如下)?\s*[:：]")


def _enumerates(
    clause: str, titles: list[re.Match[str]], page: tuple[bool, str], kind_said: str
) -> bool:
    """A list of works in one sentence: a run closed by its count or by a verb of being chosen
    (`…等8部广播剧入选`, `…等荣登榜单`), titles after a lead that says they are the winners
    (`得獎名單分別為…`), or, on a page that names no prize, three titles or more joined by `、`
    (`推荐书目为甲所著《…》、乙所著《…》、…`)."""
    if not titles:
        return False
    if kind_said:
        return (
            True  # (a sentence that opens with a kind counted among the winners: _kind_sentences)
        )
    prizes_anywhere, text = page
    after = clause[titles[-1].end() :]
    if said_won(after, len(titles), text):
        return True  # `选送的6件作品…获奖` … `《甲》…《己》6篇文字作品…`
    if counted_run(after, len(titles))[0] or chosen_run(after, len(titles)):
        return True  # `由X选送的《甲》,由Y选送的《乙》…等8部广播剧入选`: closed by its count
    gaps = [clause[a.end() : b.start()] for a, b in zip(titles, titles[1:], strict=False)]
    lead = clause[: titles[0].start()]
    if _WINNERS_NAMED.search(lead) and len(titles) >= 2:
        return True
    if prizes_anywhere:
        return False
    led = _WORKS_ARE.search(lead) or _COUNTED_KIND.search(lead)  # (`消息作品5件，包括`)
    return len(titles) >= (2 if led else 3) and sum("、" in g for g in gaps) >= len(gaps) - 1


# `得獎名單分別為`, `获奖名单如下`, `得獎作品則有`: the titles after it are the winners.
_WINNERS_NAMED = re.compile(
    r"(?:[获獲得][奖獎]|入[围圍选選])(?:(?:作品|者)?名[单單]\s*(?:分别|分別)?\s*(?:[为為是]|如下)"
    r"|作品\s*(?:则|則|还|還)?(?:包括|有))"
)


def _listed(
    clause: str, titles: list[re.Match[str]], page: tuple[bool, str], said: tuple[str, int]
) -> tuple[bool, list[tuple[int, int, str]]]:
    """Whether the clause lists works (_enumerates, or a series of counted runs: `《甲》等5部长片、
    《乙》等10部短片获表彰`), and the kinds its counts say over their titles."""
    kind_said, start = said
    if runs := counted_runs(clause, titles):
        return True, [(start + a - 1, start + b, kind) for a, b, kind in runs if kind]
    return _enumerates(clause, titles, page, kind_said), _run_kind(clause, titles, start)


def _run_kind(clause: str, titles: list[re.Match[str]], start: int) -> list[tuple[int, int, str]]:
    """The kind a count after the clause's titles says (`…等8部广播剧入选`), over the clause."""
    kind = counted_run(clause[titles[-1].end() :], len(titles))[1] if titles else ""
    return [(start, start + len(clause), kind)] if kind else []


# What a paper does to a work, not a person's name (`某某日报选送的《`).
_DONE_BY = re.compile(
    r"选送|選送|报送|報送|推荐|推薦|推送|采写|採寫|刊发|刊發|播出|发表|發表|制作|製作|出品|作品"
)


_WINNERS_ARE = re.compile(
    rf"^.*?{PRIZE}[^的]{{0,6}}的?(?:作品)?(?:是|为|為|有)|^.*?{WON}得?了?{PRIZE}的"
    r"|^.*?作品(?:分别|分別)?(?:是|为|為|有|包括)"  # (`推荐作品为某某日报《`)
)  # (`获最佳新闻评论奖的某某日报评论员文章《`: the paper after it too)


# A paper named in 《》 just before the work it printed: `刊登于《中國經濟導報》的《`.
_PAPER_BEFORE = re.compile(r"《([^《》]{2,20})》\s*的\s*$")


# A radio channel's name (`安徽新闻综合广播`, `总台央广中国之声`) ends like a genre word
# (`广播`) but is the outlet.
_CHANNEL = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:综合|綜合|新闻|新聞|资讯|資訊|交通|音乐|音樂|经济|經濟|文艺|文藝|农村|農村|都市)"
    r"(?:广播|廣播)$|(?<=[\u4e00-\u9fff]{2})之[声聲]$"
)


def _is_unit(text: str) -> bool:
    return is_outlet(text) or (len(text) <= 20 and _CHANNEL.search(text) is not None)


# What may follow an outlet's name before the title: the verb that sent the work, its genre.
_SENT_KIND = re.compile(
    r"(?:选送|選送|报送|報送|提报|提報|申报|申報|推荐|推薦|推送|制作|製作|出品|播出|刊发|刊發)?的?(?P<kind>[^\s的]{0,12})"
)


_OWN_SENT = re.compile(_PAGE_UNIT.pattern + r"(?:选送|選送|报送|報送|推荐|推薦|制作|製作)")


def _prose_outlet(work: dict[str, Any], text_before: str, before: str) -> None:
    """The outlet just before the title (`湖北日报的消息《`, `、新华社《`, `中央人民广播电台1991年
    7月28日的《`, `刊登于《某某导报》的《`), else the nearest `X报选送的`, `X报讯` before it."""
    if (paper := _PAPER_BEFORE.search(text_before)) and is_outlet(paper.group(1)):
        work["outlet"] = paper.group(1)
        return
    segment = _LEAD_WORDS.sub("", re.split(r"[、，,；;。：:\s()（）]", before.rstrip())[-1])
    if (by := _WON_WITH.match(segment)) and is_outlet(by.group(1)):
        work["outlet"] = by.group(1)
        return
    segment = _WINNERS_ARE.sub("", segment)  # `获得一等奖的是某某日报的《`: the paper after it
    segment = re.sub(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．]", "", segment)  # `1.`
    if _OWN_UNIT.match(segment):
        return  # `我台选送的《`: the page's own unit
    if _MEDIUM_GENRE.match(segment):
        segment = (
            ""  # `新媒体报道《`, `电视剧《`: a medium's genre, no unit (the paper before may be)
        )
    while (de := segment.find("的")) > 0 and not _is_unit(segment[:de]):
        rest = segment[de + 1 :]  # `中国的中央人民广播电台的《`: the unit after the 的
        ends = range(2, min(len(rest), 20) + 1)  # (a unit that ends there or at a 的)
        if not any(_is_unit(rest[:end]) and rest[end : end + 1] in ("", "的") for end in ends):
            break
        segment = rest
    for end in range(2, min(len(segment), 20) + 1):
        longer = end < len(segment) and _is_unit(segment[: end + 1])
        # `大众网|网络专题`: the name, then its genre (`上海电视|台的消息`: not a genre alone)
        genre_after = is_genre(segment[end:]) and "的" not in segment[end:]
        if not _is_unit(segment[:end]) or (
            longer and not _DONE_BY.match(segment, end) and not genre_after
        ):
            continue  # (`上海电视|台`: the longer name; `某某台|报送的`: not `某某台报`)
        end += len(m.group()) if (m := re.match(r"(?:分社|社|集团|集團)", segment[end:])) else 0
        rest = segment[end:]
        date = re.match(r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)", rest)
        said_by = re.match(r"(?:记者|記者|通讯员|通訊員)", rest)  # `某某日报记者甲采写的《`
        whose = re.fullmatch(r"([\u4e00-\u9fff]{2,3})的", rest)  # `某某日报张三的《`
        if whose and not _DONE_BY.search(whose.group(1)) and "authors" not in work:
            work["authors"] = [whose.group(1)]
        sent = _SENT_KIND.fullmatch(rest)  # `…选送的`, `…报送的消息`, `…网络专题`
        kind = sent.group("kind") if sent else ""
        if (
            rest
            and not (date or said_by or (whose and "authors" in work))
            and not re.match(r"(?:的|等)", rest)
            and not (
                sent and (kind in ("", "作品") or (is_genre(kind) and not _CHANNEL.search(kind)))
            )
        ):
            continue  # `山东威海广播|电台`, `市融媒体|中心选送的`: a longer outlet may end here
        work["outlet"] = segment[:end]
        if date:
            work["published"] = date.group(1)
        return
    said = [*_OUTLET_SAYS.finditer(text_before), *_papers_counting(text_before)]
    # (`《甲》（某某日报提报）`: a sender in the bracket after a title is that work's alone)
    said = [m for m in said if not _IN_A_TITLES_BRACKET.search(text_before[: m.start()])]
    own = [m.start() for m in _OWN_SENT.finditer(text_before)]  # (`由我台选送的…` since)
    if said and (last := max(said, key=lambda m: m.start())).start() > max(own, default=-1):
        work["outlet"] = _LEAD_WORDS.sub("", _said_unit(last).strip("《》"))


def _said_unit(m: re.Match[str]) -> str:
    """The unit an _OUTLET_SAYS or WORKS_COUNTED match names."""
    return counted_unit(m) if m.re is WORKS_COUNTED else m.group(1)


def _papers_counting(text: str) -> list[re.Match[str]]:
    """`某某报社多篇作品获奖，其中…`: the paper whose works the sentences after it name."""
    return [m for m in WORKS_COUNTED.finditer(text) if counted_unit(m)]


# A medium named by its kind only, then a genre (`新媒体报道`, `网络专题`): no unit's name
_MEDIUM_GENRE = re.compile(
    r"^(?:新媒体|新媒體|融媒体|融媒體|网络|網絡|电视|電視|广播|廣播|报纸|報紙)\S{0,6}$"
)
_IN_A_TITLES_BRACKET = re.compile(r"[》」〉”]\s*[(（][^()（）]*$")


def _prose_category(work: dict[str, Any], before: str, clause: str, after: str) -> None:
    before = _GENRE_LABEL.sub("", before.rstrip())
    outlet = str(work.get("outlet", ""))
    if outlet and outlet in before:  # `新华社文字通讯《`: the genre after the outlet, whole
        before = before[before.rindex(outlet) + len(outlet) :]
    # `《…》获言论类一等奖`: the work's own kind, said after it, over any heading before it
    # (a kind padded with spaces joined: `获战斗 灾害 类的组照一等奖`)
    after = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", after)
    own = re.fullmatch(
        rf"\s*(?:[\u4e00-\u9fff]{{2,6}}?)?{WON}(?:得|了)*(?![得了])([\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)"
        r"(?:(?<=[类類])的?(?:单幅|單幅|组照|組照))?\s*",  # (`X类的组照`: the count unmapped)
        after,
    )
    if own and re.search(r"[奖獎届屆]|评选|評選", own.group(1)):
        own = None  # `获第32届湖北新闻奖一等奖`: an award, not a kind
    category = (own.group(1) if own else "") or _category_before(before)
    category = category or _category_heading(clause)
    if not category and "的" in before and is_genre(kind := before.rsplit("的", 1)[1]):
        category = kind  # `央广网的舆论监督报道《`: any genre word after the 的, whole
    if not category and (said := list(_GENRE_SAID.finditer(clause))):
        category = _category_before(clause[: said[-1].start()])  # `消息类：《甲》、《乙》`
    if not category and (cm := _CATEGORY_BEFORE.search(after.rstrip())):
        category = cm.group(1)  # `…》获中国城市党报消息二等奖`
    if not category and (gm := re.search(rf"{WON}得?([\u4e00-\u9fff]{{2,4}})$", after.strip())):
        category = gm.group(1) if is_genre(gm.group(1)) else ""  # `…》获新闻二等奖`
    if not category and (
        word := re.search(r"(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})\s*$", before)
    ):
        # `、论文《`: a genre alone (`北京新闻广播《`: a channel; `和系列述评《`, `本报评论《`)
        alone = _OWN_UNIT.sub("", _LEAD_WORDS.sub("", word.group(1)))
        category = alone if is_genre(alone) and not _CHANNEL.search(alone) else ""
    if category:
        work["category"] = category


_BY = re.compile(
    rf"由?([^,，:：;；由]{{2,80}}?)(?:共同|联合|合作)?{MADE_VERB}"
    r"(?:[,，、]([^,，、]{2,20}?)(?:责任)?(?:编辑))?的?"
)


# A role word, one person's name, then what the person did to the work (`编辑甲牵头策划`).
_ROLE_LED = re.compile(
    rf"(?:^|[^\u4e00-\u9fff]|[的和与與、])({ROLE})([\u4e00-\u9fff]{{2,3}}?)(?:牵头|牽頭|负责|負責)?"
    rf"(?:策划|策劃|{MADE_VERB})"
)
# A role word, one person's name, then `的` and the work (`记者张三的作品《`, `编辑李四的版面《`).
_ROLE_WHOSE = re.compile(
    rf"(?:^|[^\u4e00-\u9fff]|[的和与與、])({ROLE})([\u4e00-\u9fff]{{2,3}}?)的(?:作品|[\u4e00-\u9fff]{{0,6}})\s*$"
)
_GENRE_LABEL = re.compile(r"\s*[:：]$")
_GENRE_SAID = re.compile(r"\s*[:：]")


# `甲所著长篇小说《`, `甲和乙所著《`: the authors, then the work's kind up to its title.
_WROTE = re.compile(r"([^、，,。；;:：为為是]{2,16}?)所(?:著|作|写|寫)([\u4e00-\u9fff]{0,8})$")


# `《甲》张三、第二名《乙》李四`, `…《丙》王五等。`: one name glued to its title, where a run of
# records goes on (a separator, then a prize or the next title: `after` may end before it) or
# ends.
_NAME_AFTER = re.compile(
    rf"([\u4e00-\u9fff·]{{2,4}}?)(?:等)?\s*(?:[、，,]\s*(?:{PRIZE}|佳作)?\s*(?:《|$)|[。；;]|$)"
)


def _name_after(work: dict[str, Any], after: str) -> None:
    """The one name a record run writes right after its title (a common surname first)."""
    m = _NAME_AFTER.match(after)
    if "authors" not in work and m and is_person(m.group(1)) and surnamed(m.group(1)):
        work["authors"] = [m.group(1)]


# `、小说类张三《`, `青少年散文类国中组李四《`: a class (and a division) glued to the winner's
# name just before the title.
_CLASS_NAME = re.compile(
    r"(?:^|[、，,:：;；\s])([\u4e00-\u9fff]{2,8}?类(?:[\u4e00-\u9fff]{1,4}?组)?)([\u4e00-\u9fff·]{2,4})\s*$"
)


def _class_then_name(work: dict[str, Any], before: str) -> None:
    """The class (a genre's `X类`) is the work's category, the name (a common surname first)
    its author."""
    m = _CLASS_NAME.search(before)
    if not m or not is_genre(m.group(1).split("类")[0]):
        return
    if is_person(m.group(2)) and surnamed(m.group(2)):
        work["category"] = m.group(1)
        work.setdefault("authors", [m.group(2)])


def _prose_people(work: dict[str, Any], before: str, after: str) -> None:
    """`由甲、乙采写，丙编辑的《…》`, `《…》（作者：甲，编辑：乙）`, `《…》（摄影）`,
    `甲所著散文集《…》`, `《…》张三、第二名《`."""
    _name_after(work, after)  # (what the words before the title say comes over it)
    _class_then_name(work, before)
    if wrote := _WROTE.search(before.rstrip()):
        work["authors"] = split_list_names(wrote.group(1))
        if wrote.group(2):
            work["category"] = wrote.group(2)
    if by := _BY.search(lb.fold(before)):  # the fold keeps positions: cut from the text
        made = split_list_names(_LEAD_WORDS.sub("", before[by.start(1) : by.end(1)]))
        while len(made) > 1 and re.search(r"\d", made[0]):
            made = made[1:]  # (`2001年 1.甲同志创作的`: a heading line before the item's names)
        if len(made) == 1 and is_outlet(made[0]):
            work["outlet"] = made[0]  # `某某县融媒体中心制作的《`: a unit made it
        else:
            work["authors"] = made
        if by.group(2):
            work["editors"] = split_list_names(before[by.start(2) : by.end(2)])
    elif led := _ROLE_LED.search(before):  # `编辑甲牵头策划、记者共同完成的《`: 甲 edited it
        work.setdefault(role_key(led.group(1)), [led.group(2)])
    elif whose := _ROLE_WHOSE.search(before):  # `记者张三的作品《`
        work.setdefault(role_key(whose.group(1)), [whose.group(2)])
    _sent_by(work, before)
    pm = re.match(r"\s*[(（]([^()（）]*)[)）]", after)
    if pm and is_genre(pm.group(1)):
        work.setdefault("category", pm.group(1).strip())
        return
    if not pm:  # `《…》获二等奖（作者：…）`: the names after the prize
        pm = re.search(rf"[(（]({ROLE}[^()（）]*)[)）]", after)
    if not pm:
        for key, names in labelled_people(after).items():  # `《…》，作者：甲，编辑：乙；`
            work.setdefault(key, names)
        _said_parts(work, after)
        head = _WORDS_AFTER.split(after)[0]
        if "authors" not in work and (roles := role_fields(head)):
            work.update(roles)  # `《甲》作者张三获一等奖`: a role word and its names
        if "authors" not in work and _RECORD_ENDS.match(after, len(head)):
            if said := record_words(head):  # `消息类：《甲》 某某日报 张三 李四`: the work's own
                work.update(said)
        return
    inner = pm.group(1)
    colon_labels = re.search(r"[:：]", inner) and re.search(ROLE, inner)
    if not colon_labels and (roles := role_fields(inner)):
        work.update(roles)  # `（记者 甲 乙 编辑 丙）`: role words without a colon
        return
    if not re.search(ROLE, inner):  # `《…》（某某日报 张三、李四）`
        work.update(tail_fields(inner))  # the work's own, over the page's nearest outlet
        names = names_only(inner)  # `某某电视台《…》（甲、乙）`: only names, so its people
        if names and ("outlet" in work or len(names) > 1):
            work.setdefault("authors", names)
        return
    for key, names in labelled_people(inner, colon=False).items():
        work.setdefault(key, names)
    units = [p.strip() for p in re.split(r"[,，;；]", inner) if is_outlet(p.strip())]
    if units and not re.search(r"[:：]", units[-1]):  # `（作者：甲，编辑：乙，某某日报）`
        work["outlet"] = units[-1]


# What may follow a title's record of outlet and names (not a sentence going on about the
# work: `《甲》立意高远、论证严密，围绕…`).
_RECORD_ENDS = re.compile(
    rf"\s*(?:[、，,]\s*)?(?:$|[(（；;。]|{WON}|{PRIZE}|[:：]|\s[\u4e00-\u9fff]{{1,8}}[类類]\s*[:：])"
)


# Where the words right after a title stop being its record: a clause mark, a verb of winning,
# a prize, the next line's `X类：`.
_WORDS_AFTER = re.compile(
    rf"[，,。；;:：()（）]|{WON}|{PRIZE}|\s[\u4e00-\u9fff]{{1,8}}[类類]\s*[:：]"
)


# `由甲采写、某某扶贫办选送的《`, `某某团市委推荐的作品《`: who put the work forward, just
# before it.
_SENT_BY = re.compile(
    r"(?:^|[由、，,：:\s])([^、，,。；;：:由\s]{2,30}?)(选送|選送|报送|報送|推荐|推薦)的?"
    r"(?P<kind>[\u4e00-\u9fff]{0,8})\s*$"
)


def _sent_by(work: dict[str, Any], before: str) -> None:
    """The unit that sent the work: a media unit that 选送 it is its outlet, any other unit
    (or one that 报送/推荐 it) its recommender."""
    m = _SENT_BY.search(before)
    if not m or (m.group("kind") and not is_genre(m.group("kind")) and m.group("kind") != "作品"):
        return
    unit = _LEAD_WORDS.sub("", m.group(1))
    if NOT_A_NAME.fullmatch(unit) or len(unit) < 3:
        return  # (`我省选送`, `共同推荐`: no unit named)
    if m.group(2) in ("选送", "選送") and is_outlet(unit):
        work.setdefault("outlet", unit)
    else:  # (`由甲部、乙部选送的《`: both, as written; `某市人张三`: the person)
        work.setdefault("recommender", senders_before(before[: m.start(1)]) + person_alone(unit))


_UNIT_SAID = re.compile(
    r"(?:作者)?(?:单位|單位|刊播单位|刊播單位|媒体|媒體)\s*[:：]\s*([^\s;；。]{2,20})[;；。]?"
)


def _said_parts(work: dict[str, Any], after: str) -> None:
    """`《甲》，作者张三，某某日报，获一等奖`: the parts between the title and its prize, each
    read by what it is (role words and names, an outlet)."""
    parts = [p.strip(" ;；。") for p in re.split(r"[,，]", after)]
    for part in parts[1:] if parts and (not parts[0] or re.search(PRIZE, parts[0])) else []:
        if re.search(PRIZE, part):
            continue  # (`获一等奖`: the prize, read before)
        part = re.sub(rf"^({ROLE})\s*[为是]", r"\1", part)  # `作者为甲`
        unit = _UNIT_SAID.fullmatch(part)
        if unit or is_outlet(part):  # `，单位：某某日报，`, `，某某日报，`
            work.setdefault("outlet", unit.group(1) if unit else part)
        elif not re.search(r"[:：]", part):
            for key, value in role_fields(part).items():
                work.setdefault(key, value)


def _merged(works: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A work the text names twice (a summary, then the details) is one work: the same title
    in the same round, or once without its round (the same title under two awards is two)."""
    out: list[dict[str, Any]] = []
    for work in works:
        _people_cleaned(work)
        same = next((w for w in out if _same_work(w, work)), None)
        if same is None:
            out.append(work)
            continue
        for k, v in work.items():
            same.setdefault(k, v)
    return out


def _same_work(one: dict[str, Any], other: dict[str, Any]) -> bool:
    if squeeze(one["title"]) != squeeze(other["title"]):
        return False
    rounds = [tuple(w.get(k) for k in ("award", "edition", "year")) for w in (one, other)]
    return rounds[0] == rounds[1] or "award" not in one or "award" not in other


# Words no person's name holds: a heading's (`…奖揭晓`) read across a line break.
_NOT_PERSON = re.compile(r"[奖獎]|揭[晓曉]|公[布示]|名[单單]|[评評][选選审審定]|[结結]果")


# A job written before a name (`评论员李四`, `特约评论员王五`, `摄影记者赵六`): not the name.
_A_JOB = re.compile(
    r"^(?:本[报報台网網刊])?(?:特约|特約|首席)?(?:评论员|評論員|摄影记者|攝影記者|记者|記者|通讯员|通訊員)"
    r"(?=[\u4e00-\u9fff·]{2,4}$)"
)


def labels_as_names(work: dict[str, Any]) -> bool:
    """A page's label line read as names (`作者:卢江 时间:2007-12-27 …`, `责任编辑:…`): a
    reading that took page chrome for a work (a name holds no colon)."""
    return any(re.search(r"[:：]", str(n)) for k in ("authors", "editors") for n in work.get(k, []))


def _people_cleaned(work: dict[str, Any]) -> None:
    """`张三的《` → 张三; a heading line or the page's own unit read as a name goes; `该台`
    (the unit named before) is no outlet's name."""
    if re.fullmatch(r"[该該此][报報台刊网網社]", str(work.get("outlet", ""))):
        del work["outlet"]
    for key in ("authors", "editors"):
        if key not in work:
            continue
        names = [re.sub(rf"(?<=..)(?:的|{MADE_VERB})$", "", str(n)) for n in work[key]]
        names = [_A_JOB.sub("", n) for n in names]
        names = [n for n in names if not _NOT_PERSON.search(n) and not _PAGE_UNIT.fullmatch(n)]
        if names:
            work[key] = names
        else:
            del work[key]
