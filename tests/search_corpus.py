"""A generated archive with known contents, for search tests and the search benchmark.

Every entry is built from small fixed vocabularies (words, people, outlets, places), so
a test knows which entries hold which text. `relevant()` is the ground truth: an entry
is relevant to a query when the query (simplified, punctuation ignored) occurs in its
title, form fields or text, which is what a reader expects a search box to find.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from award_archive.search.grams import runs

WORDS = [
    "乡村振兴",
    "改革开放",
    "生态保护",
    "科技创新",
    "义务教育",
    "医疗保障",
    "文化传承",
    "志愿服务",
    "防汛救灾",
    "营商环境",
    "数字经济",
    "留守儿童",
    "红色基因",
    "法治宣传",
    "夏令营",
    "非遗技艺",
]
PLACES = [
    "成都市锦江区",
    "重庆市渝中区",
    "绵阳市涪城区",
    "宜宾市翠屏区",
    "南充市顺庆区",
    "乐山市市中区",
    "泸州市江阳区",
    "达州市通川区",
    "雅安市雨城区",
    "攀枝花市东区",
]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林"
GIVEN = [
    "怡霏",
    "建国",
    "晓燕",
    "志强",
    "雪梅",
    "宏伟",
    "丽娟",
    "海涛",
    "春华",
    "明轩",
    "思远",
    "佳琪",
]
OUTLETS = [
    "《关爱明天》杂志",
    "四川日报",
    "华西都市报",
    "成都商报",
    "重庆日报",
    "川观新闻",
    "四川广播电视台",
    "绵阳日报",
    "《青少年与法》杂志",
    "封面新闻",
    "第1融媒体中心",
    "第16融媒体中心",
    "第151融媒体中心",
    "CCTV-13",
]
# Latin and digits inside Chinese titles (one in five entries).
TAGS = ["5G", "4K", "VR", "Anna陈", "QQ群", "2023年"]
WHOLE_TITLE = "用5G+VR打开红色课堂"
RECOMMENDERS = ["四川省关工委", "成都市委宣传部", "重庆市关工委", "绵阳市委宣传部"]
CATEGORIES = ["消息", "通讯", "评论", "专题", "系列报道", "新闻摄影"]
PRIZES = ["一等奖", "二等奖", "三等奖", "优秀奖", ""]
FILLER = (
    "会议强调，要坚持以人民为中心的发展思想，扎实推进各项工作落地见效。记者在现场看到，"
    "群众纷纷表示，这些举措实实在在，让大家感受到了温暖。"
)
# One entry in TRADITIONAL characters, so simplified queries must find it too.
TRADITIONAL = "港澳讀者來信：雙城經濟圈建設讓兩地交流更加緊密，關愛明天的報道令人感動。"


@dataclass(frozen=True)
class CorpusEntry:
    id: str
    title: str
    category: str
    authors: list[str]
    outlet: str
    published: str
    year: int
    recommender: str
    prize: str
    body: str

    def markdown(self) -> str:
        lines = [
            "---",
            f"id: {self.id}",
            f"title: {self.title}",
            "award: 四川宣传关心下一代新闻佳作",
            f"edition: {self.year - 2014}",
            f"year: {self.year}",
            f"category: {self.category}",
            f"authors: [{', '.join(self.authors)}]",
            f"outlet: {self.outlet}",
            f"published: {self.published}",
            f"recommender: {self.recommender}",
        ]
        if self.prize:
            lines.append(f"prize: {self.prize}")
        return "\n".join([*lines, "---", "", self.body, ""])

    def form_values(self) -> list[str]:
        """The form's values the page shows, the award's name included."""
        return [
            self.title,
            self.category,
            *self.authors,
            self.outlet,
            self.published,
            self.recommender,
            self.prize,
            "四川宣传关心下一代新闻佳作",
        ]

    def units(self) -> list[str]:
        """The entry's text units as its page shows them: each field value, cell and
        paragraph apart (a search run never spans two)."""
        return [
            *self.form_values(),
            f"第{self.year - 2014}届",
            str(self.year),
            self.iso_date(),
            *self.body.split("\n\n"),
        ]

    def iso_date(self) -> str:
        """The publication date as the page's citation writes it (2023-04-21)."""
        y, m, d = (int(x) for x in re.findall(r"\d+", self.published))
        return f"{y:04d}-{m:02d}-{d:02d}"

    def tier(self, query: str) -> int:
        """Where a reader expects a one-word query's match to rank this entry: 0 the
        whole title, 1 in the title, 2 in a form field, 3 in the work's text only."""
        (want,) = runs(query)
        if runs(self.title) == [want]:
            return 0
        if any(want in r for r in runs(self.title)):
            return 1
        body = self.body.split("\n\n")
        fields = [u for u in self.units() if u not in body]
        return 2 if any(want in r for u in fields for r in runs(u)) else 3

    def text(self) -> str:
        """Everything search indexes of the entry, simplified, Han runs joined."""
        parts = [*self.form_values(), self.body]
        return " ".join(parts)


def generate(n: int, seed: int = 7, paragraphs: int = 3) -> list[CorpusEntry]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        words = rng.sample(WORDS, 3)
        place = rng.choice(PLACES)
        authors = [rng.choice(SURNAMES) + rng.choice(GIVEN) for _ in range(rng.randint(1, 3))]
        authors = list(dict.fromkeys(authors))
        outlet = rng.choice(OUTLETS)
        year = rng.choice([2022, 2023, 2024])
        tag = rng.choice(TAGS) if i % 5 == 1 else ""
        title = WHOLE_TITLE if i == 3 else f"{place}{words[0]}纪实：{tag}{words[1]}的新探索"
        paras = [
            f"{place}的{words[k % 3]}工作取得新进展。{FILLER}{authors[0]}报道。"
            for k in range(paragraphs)
        ]
        if i % 7 == 0:  # one paragraph ends 学生, the next starts 生态: 学生态 is in neither
            paras += ["记者走访了留守学生", "生态保护成效明显。"]
        if i % 17 == 0:
            paras.append(TRADITIONAL)
        out.append(
            CorpusEntry(
                id=f"gen-{i:05d}",
                title=title,
                category=rng.choice(CATEGORIES),
                authors=authors,
                outlet=outlet,
                published=f"{year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                year=year,
                recommender=rng.choice(RECOMMENDERS),
                prize=rng.choice(PRIZES),
                body="\n\n".join(paras),
            )
        )
    return out


def entry_files(entries: list[CorpusEntry]) -> dict[str, str]:
    return {f"gen/{e.id}.md": e.markdown() for e in entries}


# Field search (search.js FIELD_OF): the prefix → the entry's units it looks in.
FIELD_PREFIXES = {
    "作者": "authors",
    "单位": "outlet",
    "刊播单位": "outlet",
    "标题": "title",
    "届次": "edition",
}
_FIELD_TOKEN = re.compile(r"^(作者|刊播单位|单位|标题|届次)[:：](.+)$")


def relevant(entries: list[CorpusEntry], query: str) -> set[str]:
    """Ids of the entries a perfect search returns for `query`: every whitespace-separated
    part of it (folded, punctuation ignored) occurs inside one text unit of the entry; a
    field part (作者:张伟) inside that field (届次:10 is the 10th edition)."""
    terms: list[tuple[str, str]] = []
    for token in query.split():
        m = _FIELD_TOKEN.match(token)
        field, text = (FIELD_PREFIXES[m.group(1)], m.group(2)) if m else ("", token)
        if field == "edition" and text.isdigit():
            text = f"第{text}届"
        terms += [(field, r) for r in runs(text)]
    hits = set()
    for e in entries:
        have = _runs_of(e)
        if terms and all(any(w in r for r in have[f]) for f, w in terms):
            hits.add(e.id)
    return hits


# An entry's text runs by field, worked out once: the quality tests ask ~70 queries of
# the same entries. Keyed by the object (its lists make it unhashable), kept alive with it.
_RUNS: dict[int, tuple[CorpusEntry, dict[str, list[str]]]] = {}


def _runs_of(e: CorpusEntry) -> dict[str, list[str]]:
    cached = _RUNS.get(id(e))
    if cached is not None and cached[0] is e:
        return cached[1]
    units = {
        "": e.units(),
        "title": [e.title],
        "authors": e.authors,
        "outlet": [e.outlet],
        "edition": [f"第{e.year - 2014}届"],
    }
    have = {k: [r for unit in v for r in runs(unit)] for k, v in units.items()}
    _RUNS[id(e)] = (e, have)
    return have


# The quality suite's queries: (kind, query). Words, people, outlets, substrings of
# outlets and place names, traditional characters.
QUERIES: list[tuple[str, str]] = [
    *[("word", w) for w in ["乡村振兴", "科技创新", "留守儿童", "夏令营", "营商环境", "数字经济"]],
    *[("person", n) for n in ["李怡霏", "王建国", "陈晓燕", "张志强"]],
    *[("outlet", o) for o in ["《关爱明天》杂志", "华西都市报", "成都商报", "封面新闻"]],
    *[
        ("substring", s)
        for s in [
            "关爱明天",
            "都市",
            "商报",
            "锦江",
            "渝中",
            "涪城",
            "振兴",
            "儿童",
            "明天",
            "城经济",
            "青少年",
        ]
    ],
    *[("traditional", t) for t in ["雙城", "經濟圈", "關愛明天"]],
    # Not in the archive, though each is made of pairs that are: must find nothing.
    *[("absent", a) for a in ["怡霏建国", "锦江渝中", "都市商报", "第2融媒体中心", "5G4K", "qj"]],
    # Pairs must not join the end of one cell or paragraph to the start of the next.
    *[("units", a) for a in ["学生态", "单位四川", "探索四川", "杂志首发"]],
    *[
        ("digits", d)
        for d in [
            "第1融媒体中心",
            "6融媒体中心",
            "第151融媒体中心",
            "第16融媒体中心",
            "2023年",
            "第10届",
            "13",
        ]
    ],
    *[
        ("latin", t)
        for t in ["5G", "4K", "CCTV-13", "cctv", "VR", "Anna陈", WHOLE_TITLE, "ＣＣＴＶ"]
    ],
    *[("letter", c) for c in ["q", "g", "5", "陈"]],
    *[
        ("field", f)
        for f in [
            "作者:李怡霏",
            "单位:商报",
            "标题:锦江",
            "届次:10",
            "作者:陈 锦江",
            "单位：日报 届次:9",
            "标题:5G",
            "作者:怡霏",
        ]
    ],
    *[("mixed", m) for m in ["锦江 5G", "留守儿童 2023年", "李怡霏 杂志", "学生 生态保护"]],
]
