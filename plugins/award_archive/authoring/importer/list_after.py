"""The words a list writes after a work's `《title》`, read word by word by what each word is
rather than where it stands: `（消息） 某某日报 张三，李四`, `张三 李四 消息`, `张三、李四 等`,
`王五 等3人`, `李四 摄`, `——某某日报`, `（散文） 张三（广东）`, `某某电视台 二等奖`. Every word
must be one of a genre, an outlet, a sender (`X选送`), a date, a prize, a role word, names (with
`等`/`等N人`/`摄` after them) or a bracket about them; when one is not, nothing is read (the
other readers of a tail take it)."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import (
    AFTER_NAMES,
    ORG_END,
    PRIZE,
    is_genre,
    is_named_honour,
    is_outlet,
    is_person,
    names_only,
    outlet_only,
    split_list_names,
    tail_fields,
    take_date,
)
from award_archive.authoring.importer.list_people import glued_unit_names, people
from award_archive.authoring.importer.list_places import is_place
from award_archive.authoring.importer.list_roles import ROLE, is_role, role_key
from award_archive.authoring.importer.list_words import PUT_OUT

# A word: a bracket whole (one bracket deep inside it), else a run up to a space or a
# separator (names between separators are read one by one, into the same field).
_WORD = re.compile(r"[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）]|[^\s(（)）、，,;；/]+")
# `刊发于…`, `发表在…`, `…刊发`: the words that say where a work came out, round its outlet.
_PRINTED_IN = re.compile(rf"^{PUT_OUT}(?:于|於|在)|(?<=[\u4e00-\u9fff]{{2}}){PUT_OUT}$")
# The words after names (`等3人`, `摄`) glued to the last name: `王五等3人`, `李四摄`.
_GLUED_AFTER = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{AFTER_NAMES.pattern})$")
# `X选送`, `X推荐`, `X报送`: who sent the work in (tail_fields says outlet or recommender).
_SENDER = re.compile(r"(?:选送|選送|推荐|推薦|报送|報送|提报|提報|申报|申報)$")
# How a section of a unit ends (`海外版`, `新闻部`, `采访组`): never a person glued to its unit.
_SECTION_END = re.compile(r"[版刊部室组組科站处處]$")
# `文／张三`, `图/李四`: a paper's credit for the text and the picture, the work's authors.
_CREDIT = re.compile(r"(?:(?<=\s)|^)[文图圖]\s*[/／:：]\s*")
# `外一首`: one poem more sent with the work; not mapped.
_EXTRA = re.compile(r"外[一二三四五六七八九十两\d]{1,2}[首篇章则則]")
# `某某日报记者张三`, `某某晚报首席记者王五`: a unit, a role, then the person.
_UNIT_ROLE = re.compile(
    rf"^([\u4e00-\u9fff]{{2,20}}?)(?:特约|首席|实习|驻[\u4e00-\u9fff]{{1,3}})?{ROLE}\s*[:：]?\s*(\S+)$"
)
# `【一等奖】`, `[消息]`: a word set apart by square brackets is the word.
_SET_APART = re.compile(r"[【\[〔]([^】\]〕]{1,12})[】\]〕]")
_CODE = re.compile(r"[A-Za-z0-9-]{1,12}")
_DASH = re.compile(r"^\s*(?:-{2,}|[—－]{1,2}|──)\s*")


def words_after_title(text: str) -> dict[str, Any]:
    """The fields the words after a title give, when every word is one a work is written
    with; {} when any is not, or when they name no one and no outlet."""
    text = _SET_APART.sub(r" \1 ", _CREDIT.sub(" 作者：", _DASH.sub("", text.strip())))
    published, text = take_date(text)
    work: dict[str, Any] = {"published": published} if published else {}
    role, run = "authors", list[str]()  # (run: the names read since the last other word)
    units: list[str] = []  # (bodies that are no media, before any person or outlet)
    words = [w for w in (w.strip(" 。") for w in _padded(_WORD.findall(text))) if w]
    for n, word in enumerate(words):
        if labelled := re.fullmatch(rf"({ROLE})\s*[:：]?\s*(.*)", word):
            said, word = role_key(labelled.group(1)), labelled.group(2)
            if run and not word and not (n + 1 < len(words) and _names(words[n + 1])):
                work[role] = work[role][: -len(run)]  # `李四 主编`: the role of the names before
                work.setdefault(said, []).extend(run)
                work = {k: v for k, v in work.items() if v}
            role, run = said, []  # (a run is one role's names)
            if not word:
                continue
        kind = _kind_of(word, work, bool(run))
        if kind is None:
            return {}
        if kind == "unit" and not work.keys() & {"authors", "outlet"}:
            units.append(word.strip("()（）"))
        run = [*run, *_names(word)] if kind == "names" else []
        if kind == "names":
            work.setdefault(role, []).extend(_names(word))
    if len(units) == 1 and not any(k in work for k in ("authors", "editors", "outlet")):
        work["authors"] = units  # `《甲》 某某市中级人民法院`: a body credited alone made it
    if not any(k in work for k in ("authors", "editors", "outlet")):
        return {}
    return work


def _padded(words: list[str]) -> list[str]:
    """`李 四`: one-character words side by side are one name padded with a space."""
    out: list[str] = []
    for word in words:
        if len(word) == 1 and out and len(out[-1]) == 1 and "\u4e00" <= word <= "\u9fff":
            out[-1] += word
        else:
            out.append(word)
    return out


def _kind_of(word: str, work: dict[str, Any], named: bool) -> str | None:
    """What one word is (its field set in `work`, names left to the caller): None when it is
    none of what a work is written with."""
    if word[0] in "(（":
        return _bracket(word[1:-1].strip(), work, named)
    if re.search(r"[:：]", word):
        return None  # `单位:某某日报`: a labelled tail, its own reader's (_keyed_tail)
    if re.fullmatch(PRIZE, word):
        work.setdefault("category" if is_named_honour(word) else "prize", word)
        return "prize"
    if is_role(word.rstrip(":：")) or (named and AFTER_NAMES.fullmatch(word)):
        return "role"  # `记者`, then its names; `张三 等`, `李四 摄`: what follows names
    if is_genre(word):
        work.setdefault("category", word)
        return "genre"
    if is_place(word) and (named or "authors" in work):
        return "where"  # `(张三,中国)`: the country the people are from, not mapped
    unit = outlet_only(_PRINTED_IN.sub("", word))  # `刊发于某某日报`, `某某日报刊发`: the paper
    if is_outlet(unit) and (len(unit) > 3 or unit[-1] in "网網社"):
        if "outlet" in work:
            return None  # (two outlets: not one work's words)
        work["outlet"] = unit
        return "outlet"
    if ORG_END.search(word) and len(word) > 3:
        return "unit"  # `武汉体育学院等 甲、乙`: the people's school or bureau, not mapped
    if _SENDER.search(word) and (said := tail_fields(word)):
        for key, value in said.items():
            work.setdefault(key, value)
        return "sender"
    unit_role = _UNIT_ROLE.match(word)  # `某某日报记者张三`: the paper, then its person
    if unit_role and is_outlet(unit_role.group(1)) and "outlet" not in work:
        if people := _names(unit_role.group(2)):
            work["outlet"] = unit_role.group(1)
            work.setdefault("authors", []).extend(people)
            return "unit"
    if _names(word):
        return "names"
    glued = glued_unit_names(word)  # `某某日报张三`: a unit, its person's name right after it
    people_glued = [n for n in glued.get("authors", []) if not _SECTION_END.search(n)]
    if "outlet" not in work and is_outlet(glued.get("outlet", "")) and people_glued:
        work["outlet"] = glued["outlet"]
        work.setdefault("authors", []).extend(glued["authors"])
        return "names"
    return None


def _bracket(inner: str, work: dict[str, Any], named: bool) -> str | None:
    """A bracket among the words: a genre, an outlet, labelled fields, or (after names) where
    the people are from, not mapped unless it names an outlet; a code (`SS001`) is dropped."""
    if not inner or _CODE.fullmatch(inner) or _EXTRA.fullmatch(inner):
        return "code"  # (`SS001`; `外一首`: one poem more, not mapped)
    if ORG_END.search(inner) and len(inner) > 3 and not _WORD_BREAK.search(inner):
        return "unit"  # `(某某学院)`: a body that is no media, the people's or the maker
    if inside := words_after_title(inner):
        for key, value in inside.items():  # `（某某日报 张三，李四）`: the same words, bracketed
            work.setdefault(key, value)
        return "fields"
    if is_genre(inner):
        work.setdefault("category", inner)
        return "genre"
    if is_outlet(inner) and " " not in inner:
        work.setdefault("outlet", inner)
        return "outlet"
    said = tail_fields(inner)
    if said and any(k in said for k in ("authors", "editors", "recommender")):
        for key, value in said.items():
            work.setdefault(key, value)
        return "fields"
    return "where" if named else None


def _no_one_else(where: str) -> bool:
    """`(李四)`, `()`: a bracket with names only, or with nothing (a title's bracket then)."""
    return not split_list_names(where) or bool(names_only(where))


_WORD_BREAK = re.compile(r"[\s、，,;；/]")


def _names(word: str) -> list[str]:
    """`张三、李四等`, `王五等3人`, `李四摄`: the names, when every piece is one."""
    names = [_GLUED_AFTER.sub("", n) for n in people(_GLUED_AFTER.sub("", word))]
    return names if names and all(is_person(n) and len(n) >= 2 for n in names) else []


_PEOPLE_LINE = re.compile(r"\s*([^()（）《》:：]{2,40}?)\s*(?:[(（]([^()（）]{1,30})[)）])?\s*")


def people_line(line: str) -> dict[str, Any]:
    """`萬正容 (惠來英內小學 教師)`, `姚端端(東莞)`, `张三（某某日报）`: a line of names alone, a
    bracket after them saying where they are from (their outlet when it names one): the people
    of the work on the line above; {} when the line is anything else."""
    m = _PEOPLE_LINE.fullmatch(line)
    if not m or not (names := _names(m.group(1))):
        return {}
    where = (m.group(2) or "").strip()
    if where and (is_genre(where) or tail_fields(where).keys() - {"outlet"}):
        return {}  # `河边（消息）`, `河边（张三、李四）`: a title and its tail
    if len(names) == 1 and len(names[0]) >= 4 and _no_one_else(where):
        return {}  # `远方的河（李四）`: four characters are a title's (a name has two or three)
    said: dict[str, Any] = {"authors": names}
    if where and is_outlet(where):
        said["outlet"] = where
    return said
