"""Synthetic archives that look like real ones, for benchmarks and scale tests.

    python benchmarks/corpus.py N OUTDIR [--seed 1]

writes OUTDIR/entries/*.md: N entries spread over several awards and editions, every
category, a few hundred outlets with a long tail, 1–8 authors, dates in every accepted
shape, print lengths and broadcast durations, and bodies of 500–8,000 characters built
sentence by sentence from word lists (no paragraph repeats). The same seed gives the
same files, byte for byte. Every entry validates with the core (tests check it).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from award_archive.authoring.write import render_entry
from award_archive.contract.model import DEFAULT_CATEGORIES, DEFAULT_PRIZES
from award_archive.contract.slugs import slugify

# (award, short code for ids, first edition, year of the first edition, number of editions)
AWARDS: tuple[tuple[str, str, int, int, int], ...] = (
    ("中国新闻奖", "zgxwj", 28, 2018, 7),
    ("四川新闻奖", "scxwj", 36, 2018, 7),
    ("四川宣传关心下一代新闻佳作", "scgxyd", 5, 2019, 6),
    ("重庆新闻奖", "cqxwj", 30, 2019, 6),
    ("广东新闻奖", "gdxwj", 40, 2020, 5),
    ("浙江新闻奖", "zjxwj", 35, 2021, 4),
)
AWARD_WEIGHTS = (5, 4, 2, 3, 2, 2)

PLACES = (
    "四川 重庆 成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 "
    "内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 "
    "阿坝 甘孜 凉山 万州 涪陵 渝中 江津 合川 永川 綦江 "
    "广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 "
    "惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 "
    "云浮 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 "
    "台州 丽水 郫都 双流 温江 新都 龙泉驿 青白江 都江堰 彭州 "
    "邛崃 崇州 简阳 金堂 大邑 蒲江 新津 荣县 富顺"
).split()
PRINT_KINDS = ("日报", "晚报", "都市报", "法治报", "农民报", "教育导报", "经济日报")
BROADCAST_KINDS = ("广播电视台", "电视台", "人民广播电台", "融媒体中心", "新闻广播")
MAGAZINES = (
    "《关爱明天》杂志",
    "《当代党员》杂志",
    "《廉政瞭望》杂志",
    "《四川党的建设》杂志",
    "《新闻界》杂志",
    "《巴蜀史志》杂志",
)
NATIONAL = (
    "人民日报",
    "新华社",
    "中央广播电视总台",
    "光明日报",
    "经济日报",
    "中国青年报",
    "中国日报",
    "法治日报",
    "工人日报",
    "农民日报",
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯"
    "健俊帆帅旭宁琳晨辰欣怡婷雪倩颖佳嘉瑶璐梦曦晗睿哲轩然博文思远志鹏雨航锐峰毅诚晓月"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "泽巴")

SECTIONS = ("要闻", "本地新闻", "深度", "评论", "时政", "民生", "文化", "经济", "社会", "专题")
BROADCAST_SHOWS = (
    "《新闻现场》",
    "《晚间新闻》",
    "《早安四川》",
    "《新闻联播》",
    "《今日关注》",
    "《民生一线》",
    "《城市之声》",
)
PLATFORMS = (
    "川观新闻客户端",
    "封面新闻",
    "红星新闻",
    "上游新闻",
    "南方+客户端",
    "潮新闻客户端",
    "微信公众号",
    "抖音号",
    "视频号",
)

# Word lists for sentences: subject, adverbial, verb, object, closing clause.
SUBJECTS = (
    "市委宣传部",
    "当地政府",
    "社区工作者",
    "乡村教师",
    "志愿服务队",
    "关工委",
    "退休老干部",
    "青年突击队",
    "基层党组织",
    "驻村第一书记",
    "科研团队",
    "医护人员",
    "环保志愿者",
    "非遗传承人",
    "返乡创业青年",
    "留守儿童",
    "快递小哥",
    "消防救援人员",
    "种粮大户",
    "退役军人",
    "文化馆",
    "民营企业",
    "合作社",
    "网格员",
    "五老宣讲团",
)
ADVERBIALS = (
    "近日",
    "今年以来",
    "在各方共同努力下",
    "面对突如其来的洪水",
    "经过三个多月的走访",
    "为了让群众少跑腿",
    "在脱贫攻坚的关键时期",
    "围绕成渝地区双城经济圈建设",
    "在乡村振兴的大背景下",
    "凌晨四点",
    "春节前夕",
    "连续多年",
    "记者在现场看到",
    "据不完全统计",
    "从无到有",
    "在一次次探索中",
)
VERBS = (
    "深入推进",
    "扎实开展",
    "积极探索",
    "认真落实",
    "全力保障",
    "持续改善",
    "精心组织",
    "大力弘扬",
    "不断完善",
    "创新推出",
    "着力解决",
    "稳步实施",
    "主动承担",
    "联合开展",
    "率先建立",
)
OBJECTS = (
    "基层治理体系",
    "青少年思想道德建设",
    "农村人居环境整治",
    "老旧小区改造",
    "义务教育均衡发展",
    "文化惠民工程",
    "生态环境保护",
    "特色产业发展",
    "困难群众帮扶",
    "法治宣传教育",
    "防汛救灾工作",
    "营商环境优化",
    "红色资源保护利用",
    "社区养老服务",
    "校园安全管理",
    "公共文化服务",
    "数字乡村建设",
    "职业技能培训",
)
CLOSINGS = (
    "群众的获得感明显增强",
    "一批实事项目落地见效",
    "赢得了当地群众的广泛好评",
    "为全省提供了可复制的经验",
    "受到上级部门的充分肯定",
    "形成了长效工作机制",
    "孩子们的脸上露出了笑容",
    "相关做法被多家媒体转载",
    "带动周边群众增收致富",
    "推动问题得到根本解决",
    "走出了一条新路子",
    "在社会上引起强烈反响",
)
QUOTES = (
    "“以前想都不敢想，现在日子越过越有奔头。”",
    "“我们要把好事办好、实事办实。”",
    "“只要群众需要，我们随叫随到。”",
    "“这件事必须一抓到底，不能半途而废。”",
    "“看到孩子们进步，再辛苦也值得。”",
    "“下一步，我们还将继续加大投入。”",
)
NUMBERS = ("3", "12", "27", "46", "158", "300余", "1200多", "5.6万", "两千多", "十余")
UNITS = (
    "个村",
    "所学校",
    "户家庭",
    "名志愿者",
    "场活动",
    "个项目",
    "万元",
    "名学生",
    "公里道路",
    "个社区",
)
HEADINGS = ("一、", "二、", "三、", "四、", "五、")
HEADING_WORDS = (
    "背景与缘起",
    "走进现场",
    "难题如何破解",
    "群众怎么说",
    "下一步怎么走",
    "经验与启示",
)


MIN_BODY, MAX_BODY = 500, 8000  # characters of the work's text


def _zipf_weights(n: int, s: float = 1.1) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


class CorpusWriter:
    """All random choices of one corpus, drawn from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.outlets = self._outlets()
        self.outlet_weights = _zipf_weights(len(self.outlets))
        self.people = self._people(4000)
        self.people_weights = _zipf_weights(len(self.people), 0.8)
        self.recommenders = sorted(
            {f"{p}市委宣传部" for p in PLACES[:40]} | {f"{p}新闻工作者协会" for p in PLACES[:30]}
        )
        self.recommenders += [
            "四川省新闻工作者协会",
            "四川省关心下一代工作委员会",
            "重庆市记协",
            "广东省记协",
            "浙江省记协",
        ]
        self.category_slugs = {c: slugify(c) for c in DEFAULT_CATEGORIES}

    def _outlets(self) -> list[str]:
        names: set[str] = set(MAGAZINES) | set(NATIONAL)
        for place in PLACES:
            for kind in self.rng.sample(PRINT_KINDS, 2):
                names.add(f"{place}{kind}")
            names.add(f"{place}{self.rng.choice(BROADCAST_KINDS)}")
        ordered = sorted(names)
        self.rng.shuffle(ordered)  # which outlets are the big ones is random, the set is not
        return ordered[:320]

    def _people(self, count: int) -> list[str]:
        names: set[str] = set()
        while len(names) < count:
            surname = (
                self.rng.choice(COMPOUND_SURNAMES)
                if self.rng.random() < 0.02
                else self.rng.choice(SURNAMES)
            )
            given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))
            names.add(surname + given)
        ordered = sorted(names)
        self.rng.shuffle(ordered)
        return ordered

    # -- pieces of text -----------------------------------------------------------------
    def sentence(self) -> str:
        r = self.rng
        shape = r.random()
        if shape < 0.45:
            return (
                f"{r.choice(ADVERBIALS)}，{r.choice(SUBJECTS)}"
                f"{r.choice(VERBS)}{r.choice(OBJECTS)}，{r.choice(CLOSINGS)}。"
            )
        if shape < 0.7:
            return (
                f"{r.choice(SUBJECTS)}累计覆盖{r.choice(NUMBERS)}{r.choice(UNITS)}，"
                f"{r.choice(VERBS)}{r.choice(OBJECTS)}。"
            )
        if shape < 0.85:
            return f"{r.choice(SUBJECTS)}负责人{r.choice(self.people)}说：{r.choice(QUOTES)}"
        return (
            f"{r.choice(ADVERBIALS)}，{r.choice(SUBJECTS)}和{r.choice(SUBJECTS)}"
            f"{r.choice(VERBS)}{r.choice(OBJECTS)}，{r.choice(CLOSINGS)}，{r.choice(CLOSINGS)}。"
        )

    def paragraph(self) -> str:
        return "".join(self.sentence() for _ in range(self.rng.randint(3, 8)))

    def text_of_length(self, low: int, high: int) -> str:
        target = self.rng.randint(low, high)
        out = ""
        while len(out) < target:
            out += self.sentence()
        return out

    def body(self, headline: str) -> str:
        r = self.rng
        target = int(min(MAX_BODY, max(MIN_BODY, r.lognormvariate(7.8, 0.6))))
        parts = [f"# {headline}"]
        size = 0
        headings = iter(zip(HEADINGS, r.sample(HEADING_WORDS, len(HEADINGS)), strict=True))
        while size < target:
            if size and r.random() < 0.08:
                heading = next(headings, None)
                if heading:
                    parts.append(f"## {heading[0]}{heading[1]}")
            para = self.paragraph()
            if size + len(para) > MAX_BODY and size >= MIN_BODY:
                break
            parts.append(para)
            size += len(para)
        return "\n\n".join(parts)

    def title(self) -> str:
        r = self.rng
        shape = r.random()
        if shape < 0.4:
            return f"{r.choice(SUBJECTS)}{r.choice(VERBS)}{r.choice(OBJECTS)}"
        if shape < 0.7:
            return f"{r.choice(PLACES)}：{r.choice(OBJECTS)}{r.choice(CLOSINGS)}"
        if shape < 0.9:
            return (
                f"{r.choice(ADVERBIALS)}，{r.choice(SUBJECTS)}"
                f"{r.choice(VERBS)}{r.choice(OBJECTS)}——{r.choice(CLOSINGS)}"
            )
        return f"“{r.choice(OBJECTS)}”的{r.choice(PLACES)}样本"

    def published(self, year: int, outlet: str) -> str:
        r = self.rng
        y = year - r.choice((1, 1, 1, 0, 2))
        m, d = r.randint(1, 12), r.randint(1, 28)
        if "杂志" in outlet:
            return r.choice((f"{y}年{r.randint(1, 24)}期", f"{y}年第{r.randint(1, 12)}期"))
        shape = r.random()
        if shape < 0.35:
            return f"{y}-{m:02d}-{d:02d}"
        if shape < 0.7:
            return f"{y}年{m}月{d}日"
        if shape < 0.9:
            return f"{y}.{m}.{d}"
        return f"{y}年{m}月{d}日至{min(28, d + r.randint(1, 20))}日"  # a series

    def length(self, outlet: str, body: str) -> object:
        r = self.rng
        if any(k in outlet for k in ("广播", "电视", "电台", "总台", "融媒体")):
            seconds = r.randint(60, 3600)
            h, rest = divmod(seconds, 3600)
            mi, s = divmod(rest, 60)
            return r.choice(
                (f"{mi + 60 * h}分{s}秒", f"{h:02d}:{mi:02d}:{s:02d}", f"{h}时{mi:02d}分{s:02d}秒")
            )
        count = len(body)
        return r.choice((count, count, f"{count}字"))

    # -- one entry ----------------------------------------------------------------------
    def entry(self, index: int) -> tuple[str, str]:
        r = self.rng
        award, code, first, first_year, editions = r.choices(AWARDS, AWARD_WEIGHTS)[0]
        offset = r.randrange(editions)
        edition, year = first + offset, first_year + offset
        category = (
            DEFAULT_CATEGORIES[index % len(DEFAULT_CATEGORIES)]
            if index < 40
            else r.choice(DEFAULT_CATEGORIES)
        )
        outlet = r.choices(self.outlets, self.outlet_weights)[0]
        count = min(8, max(1, int(r.expovariate(0.6)) + 1))
        authors = list(dict.fromkeys(r.choices(self.people, self.people_weights, k=count)))
        if r.random() < 0.03:
            authors = ["集体"]
        title = self.title()
        body = self.body(title.split("——")[0])
        values: dict[str, object] = {
            "id": f"{code}-{edition}-{self.category_slugs[category]}-{index:05d}",
            "title": title,
            "award": award,
            "edition": edition,
            "year": year,
            "category": category,
            "authors": authors,
            "editors": r.sample(self.people[:600], r.randint(0, 3)),
            "outlet": outlet,
            "published": self.published(year, outlet),
            "length": self.length(outlet, body),
            "evaluation": self.text_of_length(130, 400),
        }
        if r.random() < 0.8:
            values["section"] = (
                r.choice(BROADCAST_SHOWS)
                if "台" in outlet
                else f"第{r.randint(1, 16)}版 {r.choice(SECTIONS)}"
            )
        if r.random() < 0.3:
            values["platform"] = r.choice(PLATFORMS)
        if r.random() < 0.4:
            values["url"] = f"https://news.example.cn/{year}/{index:05d}.html"
        if r.random() < 0.7:
            values["process"] = self.text_of_length(60, 300)
        if r.random() < 0.7:
            values["effect"] = self.text_of_length(60, 300)
        if r.random() < 0.2:
            values["review"] = self.text_of_length(40, 120)
        if r.random() < 0.85:
            values["recommender"] = r.choice(self.recommenders)
        if r.random() < 0.7:
            values["prize"] = r.choices(DEFAULT_PRIZES, (1, 4, 8, 12, 6, 3))[0]
        return str(values["id"]), render_entry(values, body)


def generate_corpus(n: int, out_dir: Path, seed: int = 1) -> list[Path]:
    """Write `n` entries to `out_dir/entries/*.md`; return their paths, sorted.

    Files of an earlier corpus in the same folder are replaced; other files are left alone.
    """
    entries_dir = Path(out_dir) / "entries"
    entries_dir.mkdir(parents=True, exist_ok=True)
    writer = CorpusWriter(seed)
    paths: list[Path] = []
    for index in range(n):
        entry_id, text = writer.entry(index)
        path = entries_dir / f"{entry_id}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return sorted(paths)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic entries to OUTDIR/entries/.")
    parser.add_argument("n", type=int, help="number of entries")
    parser.add_argument("out_dir", type=Path, help="folder that receives entries/")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = generate_corpus(args.n, args.out_dir, args.seed)
    print(f"wrote {len(paths)} entries to {args.out_dir / 'entries'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
