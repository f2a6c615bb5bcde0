"""Who made a listed work, read by what the words are rather than where they stand: role
words with their names (`记者 甲 乙 编辑 丙`, `甲 乙主创`, `负责人 甲`, `作者：甲`), and a unit
written just before its people (`某某日报社甲、乙创作的消息《`, `某县融媒体中心甲等的评论《`)."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import (
    MADE_VERB,
    NOT_A_NAME,
    ORG_END,
    is_genre,
    is_outlet,
    leading_names,
    split_list_names,
)
from award_archive.authoring.importer.list_roles import ROLE, role_key

# A role word before its names; `主创` and `摄` after them.
_ROLE_BEFORE = re.compile(rf"(?<![获得])({ROLE})\s*[:：]?\s*")
_ROLE_AFTER = re.compile(r"(?:主创|摄)$")
# `栾继业同时获得编辑一等奖`: a person's prize for the editing of the same work.
_EDITED_TOO = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:同时|同時)?(?:获得|獲得|获|獲)[编編][辑輯]")
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_GLUED = re.compile(r"[\u4e00-\u9fff]{6,12}")


def people(text: str) -> list[str]:
    """The names of a list (split_list_names), and `韓少林張孺海張小燕`: three-character names
    written without a break; `冯海赵亮`, `董昕申毅敏`: two or three names of two or three
    characters, split where each begins with a common surname (one way only)."""
    out: list[str] = []
    for name in split_list_names(text):
        if _GLUED.fullmatch(name) and len(name) % 3 == 0 and not _a_unit_in(name):
            out.extend(name[i : i + 3] for i in range(0, len(name), 3))
        else:
            out.extend(_by_surname(name))
    return out


# The commonest single surnames (simplified; a name is matched in the simplified copy).
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
)


def surnamed(name: str) -> bool:
    """`林玉宝`: a name that begins with a common surname (a loose word alone may be a name
    only so)."""
    return name[:1] in _SURNAMES


_GLUED_PAIR = re.compile(r"[\u4e00-\u9fff]{4,6}")


def _by_surname(run: str) -> list[str]:
    """`冯海赵亮` → 冯海, 赵亮: a run of 4–6 characters that splits one way only into names of
    2–3 characters each beginning with a common surname; else the run as it is."""
    if not _GLUED_PAIR.fullmatch(run) or _a_unit_in(run) or not _may_be_names(run):
        return [run]
    ways = [w for w in _splits(run) if all(map(surnamed, w))]
    return ways[0] if len(ways) == 1 else [run]


def _may_be_names(run: str) -> bool:
    return not (is_outlet(run) or is_genre(run) or NOT_A_NAME.search(run))


def _splits(run: str) -> list[list[str]]:
    """Every way `run` is cut into two or three pieces of 2–3 characters."""
    if not run:
        return [[]]
    return [
        [run[:k], *rest]
        for k in (2, 3)
        if len(run) - k in (0, 2, 3, 4, 5, 6)
        for rest in _splits(run[k:])
        if len(rest) < 3
    ]


def _a_unit_in(run: str) -> bool:
    """`武汉体育学院`, `某某日报张三`: a unit's name, or one glued before a person's."""
    return bool(ORG_END.search(run)) or any(is_outlet(run[:k]) for k in range(3, len(run) - 1))


def role_fields(inner: str) -> dict[str, Any]:
    """`《某某日报》 作者 甲,乙同时获得编辑一等奖`, `记者 甲 乙 编辑 丙`, `记者 甲 乙主创`: the
    outlet before the first role word, each role's names; {} when no role word is there."""
    marks = list(_ROLE_BEFORE.finditer(inner))
    if not marks:
        return {}
    work: dict[str, Any] = {}
    head = inner[: marks[0].start()].strip(" ,，;；")
    if head and is_outlet(head):
        work["outlet"] = head
    for n, m in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(inner)
        value = inner[m.end() : end]
        if edited := _EDITED_TOO.search(value):
            work.setdefault("editors", [edited.group(1)])
            value = value[: edited.start()]
        names = [_ROLE_AFTER.sub("", n) for n in people(value.strip(" ,，;；"))]
        names = [n for n in names if _NAME.fullmatch(n) and not is_outlet(n)]
        if names:
            work.setdefault(role_key(m.group(1)), names)
    return work


# Between two names: a separator, a space, or `和` (`甲、乙和丙`).
_NAMES_SEP = r"(?:\s*[、，,/]\s*|\s+|[和与與及])"
_MADE = (
    r"(?:共同|联合|合作)?"
    rf"{MADE_VERB}?"
)
_PEOPLE_BEFORE = re.compile(
    rf"^(?P<lead>.*?)(?P<rest>(?:{_NAMES_SEP}[\u4e00-\u9fff·]{{2,4}})*)(?:等)?{_MADE}"
    r"的(?P<kind>[^的、]{0,12})$"
)


# What a person did to the work, written before its `的` (`甲编辑的`, `乙摄影的`).
_DID = re.compile(r"(责任编辑|責任編輯|编辑|編輯|摄影|攝影|摄|攝)的(?=[^的]{0,12}$)")


# A role between a unit and a name (`某报摄影记者甲`, `某报主笔乙`, `驻京记者丙`).
_A_ROLE = re.compile(rf"^(?:摄影|文字|特派|首席|资深|驻[\u4e00-\u9fff]{{1,3}})?{ROLE}")


def unit_and_names(before: str) -> dict[str, Any]:
    """`益阳日报社汤革新创作的消息`, `商洛日报社王尚锋、吕丽霞的文字消息`, `杨炯创作的论文`,
    `安化县融媒体中心李彩华等创作的作品`: the unit (an outlet's name), the people, the genre;
    {} when the words before a title are not that."""
    text = re.sub(r"^[、，,\s]+", "", before.strip())
    text = re.sub(_MADE + "的", "的", text)  # `甲、乙创作的`: the names without the verb
    key = "authors"
    if did := _DID.search(text):  # `甲编辑的版面`: 甲 edited it; `乙摄影的`: 乙 took it
        key = role_key(did.group(1))
        text = text[: did.start()] + "的" + text[did.end() :]
    m = _PEOPLE_BEFORE.match(text)
    if not m or not m.group("lead"):
        return {}
    lead, kind = m.group("lead"), m.group("kind").strip()
    unit, first = "", lead
    for end in range(len(lead) - 2, 1, -1):  # the longest outlet before a 2–4 character name
        rest = _A_ROLE.sub("", lead[end:])
        if is_outlet(lead[:end]) and _NAME.fullmatch(rest):
            unit, first = lead[:end].strip(), rest
            break
    names = [first, *(n for n in re.split(_NAMES_SEP, m.group("rest")) if n)]
    names = [bare for n in names for bare in split_list_names(n)]  # (`乙等`: 乙)
    if not all(_NAME.fullmatch(n) and not NOT_A_NAME.search(n) for n in names) or any(
        is_outlet(n) or is_genre(n) for n in names
    ):
        return {}  # `新华社的消息`, `宝安日报选送的杂文`, `乙编辑的`: no people named
    work: dict[str, Any] = {key: names}
    if unit:
        work["outlet"] = unit
    if kind and is_genre(kind):
        work["category"] = kind
    return work


def labelled_people(text: str, colon: bool = True) -> dict[str, list[str]]:
    """`作者：甲，乙，编辑：丙；某某日报` → authors 甲, 乙; editors 丙: each role word's names (with
    its colon, or without when `colon` is False), over any separator up to the first piece
    that is no name; the first role word of a key counts."""
    marks = list(re.finditer(rf"({ROLE})\s*[:：]{'' if colon else '?'}\s*", text))
    found: dict[str, list[str]] = {}
    for n, m in enumerate(marks):
        value = text[m.end() : marks[n + 1].start() if n + 1 < len(marks) else len(text)]
        value = re.split(r"[;；。()（）]", value)[0]
        if names := leading_names(value, people):
            found.setdefault(role_key(m.group(1)), names)
    return found


def glued_unit_names(text: str) -> dict[str, Any]:
    """`中國時報張慧英、鄭漢良`, `TVBS李四端`, `公共電視張岱屏、陳錦彪`: a unit with its first
    person's name written right after it, then more names; the unit is the longest outlet
    before a name, else all but a three-character name (the commonest length). A unit that is
    no media written apart before the names (`某某管理局 张三`) is theirs, not mapped."""
    pieces = [p for p in re.split(r"\s*[、，,]\s*|\s+", text.strip()) if p]
    if len(pieces) > 1 and re.fullmatch(r"[A-Za-z][A-Za-z0-9&.]{1,15}", pieces[0]):
        pieces[:2] = [pieces[0] + pieces[1]]  # `TVBS 李四端`
    if not pieces:
        return {}
    first, *others = pieces
    others = [bare for n in others for bare in split_list_names(n)]  # (`乙等`: 乙)
    if not all(_NAME.fullmatch(n) and not is_outlet(n) for n in others):
        return {}
    if latin := re.fullmatch(r"([A-Za-z][A-Za-z0-9&.]{1,15})\s*([\u4e00-\u9fff·]{2,4})", first):
        return {"outlet": latin.group(1), "authors": [latin.group(2), *others]}
    if others and ORG_END.search(first) and len(first) >= 4:
        return {"authors": others}  # `某某管理局 张三`: a body that is no media, the people's own
    for end in range(len(first) - 2, 1, -1):
        if is_outlet(first[:end]) and _NAME.fullmatch(first[end:]):
            return {"outlet": first[:end], "authors": [first[end:], *others]}
    if re.fullmatch(r"[\u4e00-\u9fff]{5,24}", first) and not is_genre(first):
        return {"outlet": first[:-3], "authors": [first[-3:], *others]}
    return {}
