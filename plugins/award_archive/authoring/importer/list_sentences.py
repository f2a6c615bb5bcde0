"""What a news sentence says after a run of works for them all, in their order:
`《甲》和《乙》分别荣获全国优秀少儿栏目一等奖和优秀少儿原创节目三等奖` (the n-th work takes the
n-th prize and kind), `…分获对外报道一等奖、三等奖` (one kind for both), `…分获中国新闻奖二、三
等奖` (the award, then the levels), `A、B、C分别荣获图片类三等奖和优秀奖` (more works than prizes:
which is which is not said, so no prize; the kind covers them all)."""

from __future__ import annotations

import re
from typing import Any

from award_archive.authoring.importer.list_parts import ORG_END, PRIZE, is_outlet
from award_archive.contract.numerals import parse_edition

# The verbs of winning (`获`, `荣获`, `荣膺`, `摘得`, `斩获`, `夺得`, `赢得`), and with them the
# verbs of being chosen (`入围`, `入选`): one list for every reader of sentences.
WON = r"(?:[荣榮]?[获獲]|[荣榮]膺|摘得|[斩斬][获獲]|[夺奪]得|[赢贏]得)"
WIN_VERB = rf"(?:{WON}|入[围圍选選])"


# The verb after the run: `分别荣获`, `分获`, `两件作品获`, a bracket between (`（组照）`).
_WON_AFTER = re.compile(
    r"^\s*(?:[(（][^()（）]*[)）])?\s*(?:[两兩二三四五六七八九十\d]{1,2}\s*[件篇部个個幅组組](?:作品)?)?"
    rf"\s*(?P<each>分别|分別|分)?{WON}得?了?\s*(?P<what>[^，,。；;！!]{{2,60}})"
)
_JOIN = re.compile(r"\s*[、和及与與]\s*")
_BARE_LEVEL = re.compile(r"[特一二三四五]等?")
# A scope before a kind is the award's, not the kind's: `全国优秀少儿栏目` → 优秀少儿栏目.
_SCOPE = re.compile(r"^(?:全[国國省市区區]|[本该該此][届屆次])")
# What is not a kind before a level: the award (`中国新闻奖二等奖`), its round.
_NOT_KIND = re.compile(r"[奖獎赛賽]$|第\s*\S{1,4}\s*[届屆]|(?:19|20)\d{2}")


def _parts(what: str, each: bool) -> list[tuple[str, str]]:
    """`对外报道一等奖、三等奖` → (对外报道, 一等奖), ('', 三等奖); [] unless every part ends in a
    level and the last in a whole prize (`二、三等奖`: the first takes the last one's `等奖`);
    `分别获得广播剧类和纪录片类一等奖`: each its kind, one prize for all."""
    pieces = _JOIN.split(what.strip())
    last = re.fullmatch(rf"(.*?)({PRIZE})", pieces[-1]) if len(pieces) > 1 else None
    if not last:
        return []
    if each and last.group(1) and all(_KIND_ONLY.fullmatch(p) for p in pieces[:-1]):
        return [*((p, last.group(2)) for p in pieces[:-1]), (last.group(1), last.group(2))]
    suffix = (
        re.sub(r"^[特一二三四五]", "", last.group(2)) if _BARE_LEVEL.match(last.group(2)) else ""
    )
    out = []
    for piece in pieces[:-1]:
        whole = re.fullmatch(rf"(.*?)({PRIZE})", piece)
        bare = re.fullmatch(rf"(.*?)({_BARE_LEVEL.pattern})", piece)
        if whole:
            out.append((whole.group(1), whole.group(2)))
        elif bare and suffix:
            out.append((bare.group(1), bare.group(2).rstrip("等") + suffix))
        else:
            return []
    return [*out, (last.group(1), last.group(2))]


_KIND_ONLY = re.compile(r"[\u4e00-\u9fff]{1,10}[类類]")


def _kind(word: str) -> str:
    word = _SCOPE.sub("", word.strip())
    return "" if _NOT_KIND.search(word) else word


def levels_in_order(works: list[dict[str, Any]], after: str) -> bool:
    """The prizes said after a run of works, one each in order when there are as many (none
    when the count differs); the kinds said with them, or the one kind for all. Whether the
    words after the run said them."""
    m = _WON_AFTER.match(after)
    parts = _parts(m.group("what"), bool(m.group("each"))) if m else []
    kinds = [_kind(k) for k, _ in parts]
    if not works or not parts or (any(kinds[1:]) and not all(kinds[1:])):
        return False  # (a kind for some parts only: not one reading)
    same = len(parts) == len(works)
    # the first part's kind for all (`图片类三等奖和优秀奖`), else each its own when one each
    own = (
        kinds if same and any(kinds[1:]) else [kinds[0] if not any(kinds[1:]) else ""] * len(works)
    )
    for work, kind, (_, prize) in zip(
        works, own, parts if same else [("", "")] * len(works), strict=True
    ):
        if same:
            work["prize"] = prize
        else:
            work.pop("prize", None)
        if kind:
            work["category"] = kind
    return True


# `…《甲》,由乙选送的《丙》以及…《丁》等8部广播剧入选`: the run closed by its count and kind.
_COUNTED_CLOSE = re.compile(
    r"^\s*等\s*(?P<n>\d{1,3}|[一二三四五六七八九十两兩]{1,3})\s*[部件篇个個首幅项項组組]"
    r"(?P<kind>[\u4e00-\u9fff]{0,8}?)(?:作品)?\s*(?:均|全部|同时|同時|也)*"
    r"(?:入[选選围圍]|[荣榮]?[获獲]|[荣榮]膺)"
)


# `…《乙》等5部长片、`: one counted run of a series, the next run after its `、`.
_RUN_COUNTED = re.compile(
    r"等\s*(?P<n>\d{1,3}|[一二三四五六七八九十两兩]{1,3})\s*[部件篇个個首幅项項组組]"
    r"(?P<kind>(?:(?!作品)[^\W\d_获獲荣榮评評入]){0,8}?)(?:作品)?\s*[、，,]\s*(?=《)"
)  # (the kind a word of its own: `等3件作品获一等奖，《` is a run with its prize, no series)


def counted_runs(clause: str, titles: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each run of a series of counted runs of titles closed by a verb
    of winning (`《甲》《乙》等5部长片、《丙》等10部短片获得表彰`): each run counts its own
    titles (its count at least as many), the last one closes the series; [] for any other
    clause."""
    runs, start = [], 0
    for close in _RUN_COUNTED.finditer(clause):
        own = [t for t in titles if start <= t.start() < close.start()]
        said = parse_edition(close.group("n").replace("兩", "两")) or 0
        if not own or said < len(own) or re.search(r"[。；;]", clause[start : close.start()]):
            return []
        runs.append((start, close.end(), close.group("kind")))
        start = close.end()
    last = [t for t in titles if t.start() >= start]
    if not runs or not last:
        return []
    closed, kind = counted_run(clause[last[-1].end() :], max(len(last), 2))
    return [*runs, (start, len(clause), kind)] if closed and len(last) >= 1 else []


# `…《甲》,乙《丙》等荣登榜单`: the run closed by `等` and a verb of being chosen alone (no prize
# after it, no count): every work of it was chosen.
_CHOSEN_CLOSE = re.compile(
    r"^\s*等\s*(?:作品)?\s*(?:均|全部|同时|同時|也)*"
    r"(?:入[选選围圍]|[荣榮]?[获獲][奖獎]|[荣榮]?登(?:上)?[榜]单?|上榜)\s*(?:[，,。；;！!]|$)"
)


def chosen_run(after: str, count: int) -> bool:
    return count >= 2 and bool(_CHOSEN_CLOSE.match(after))


# `…选送的6件作品和1名个人获奖`: how many works the page says won.
_WINNERS_COUNTED = re.compile(
    r"(\d{1,3}|[两兩二三四五六七八九十]{1,3})\s*[件篇部个個首幅项項组組](?:作品)?"
    r"[^。；;，,]{0,10}?(?:[获獲][奖獎]|[获獲][评評]|入[选選围圍])"
)
# `《甲》《乙》…《己》6篇文字作品、融媒体作品…`: the run closed by its count alone.
_COUNT_CLOSE = re.compile(
    r"^\s*(\d{1,3}|[两兩二三四五六七八九十]{1,3})\s*[件篇部个個首幅项項组組][\u4e00-\u9fff]{0,6}?作品"
)


def said_won(after: str, count: int, text: str) -> bool:
    """A run of `count` titles closed by their count alone (`…》6篇文字作品…`), when the page says
    that many works won (`选送的6件作品…获奖`): the run names them."""
    m = _COUNT_CLOSE.match(after)
    if not m or count < 2 or (parse_edition(m.group(1).replace("兩", "两")) or 0) != count:
        return False
    said = (parse_edition(n.replace("兩", "两")) for n in _WINNERS_COUNTED.findall(text))
    return count in said


def counted_run(after: str, count: int) -> tuple[bool, str]:
    """(whether, kind): the words after a run of `count` titles close it as a list of works
    the page chose, `等N部广播剧入选` with N at least `count` (the run names some or all of
    them, whatever frame leads each title: `由X选送的《`, `X的《`), and the kind it says."""
    m = _COUNTED_CLOSE.match(after)
    if not m or count < 2:
        return False, ""
    said = parse_edition(m.group("n").replace("兩", "两")) or 0
    kind = m.group("kind")
    return said >= count, "" if kind in ("", "作品") else kind


_SENDERS_BEFORE = re.compile(r"(?:^|[由，,：:\s])((?:[^、，,。；;：:由\s]{3,30}、)+)$")


def senders_before(text: str) -> str:
    """`由安徽省委宣传部、` before `北京市委宣传部选送的《`: the units that sent the work with the
    last one, `、` kept (one recommender as written); '' unless each is a unit."""
    m = _SENDERS_BEFORE.search(text)
    said = m.group(1) if m else ""
    units = said.split("、")[:-1]
    return said if units and all(ORG_END.search(u) or is_outlet(u) for u in units) else ""
