"""How well the list heading reader generalises: `python benchmarks/heading_variants.py DIR [-v]`.

Every DIR/<name>.yml whose top gives an `award` names the list's heading: the first line of
the text that holds that award. The heading is rewritten in the ways real headings differ
(第三十届 ↔ 第30届, traditional script, “” around the name or not, 年度 written or moved
after the name, another suffix word, the heading broken over two lines, page chrome or a
notice's wording around it) and the list is read again; each variant's list-level fields
(award, edition, year, stage, outlet, recommender, category: the .yml's top, adjusted where the
variant changes what the heading says) are scored against what is expected, beside the
original heading's score on the same files. `-v` prints every miss (the heading and the
field): never on a check set that must stay unread."""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import opencc
import yaml
from list_score import norm  # (run as a script: benchmarks/ is on the path)

from award_archive.authoring.importer.files import rows_as_text
from award_archive.authoring.importer.lists import parse_list
from award_archive.authoring.importer.source import read_form
from award_archive.contract.numerals import parse_edition

TOP_KEYS = ("award", "edition", "year", "stage", "outlet", "recommender", "category")
_S2T = opencc.OpenCC("s2t")
_CN_DIGITS = "零一二三四五六七八九"
_EDITION = re.compile(r"第([0-9零〇一二两三四五六七八九十百]+)([届屆次])")
_YEAR = re.compile(r"((?:19|20)\d{2})年度?")


def chinese_number(n: int) -> str:
    """10 → 十, 23 → 二十三, 105 → 一百零五: as headings write editions."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if rest == 0 else ("零" + _CN_DIGITS[rest] if rest < 10 else chinese_number(rest))
    if 10 <= rest < 20:
        tail = "一" + tail
    return _CN_DIGITS[hundreds] + "百" + tail


# A variant: (the heading's lines, the expected fields) → (new lines, new expected), or None
# when it does not apply to this heading.
Variant = Callable[[str, dict[str, Any]], tuple[list[str], dict[str, Any]] | None]


def _award_span(line: str, award: str) -> tuple[int, int] | None:
    """Where the award's name is in the heading (spaces and quotes as written)."""
    bare = re.sub(r"\s+", "", award)
    pattern = r"\s*".join(re.escape(c) for c in bare)
    m = re.search(pattern, line)
    if not m:
        m = re.search(r"[“\"「]?\s*".join(re.escape(c) for c in bare.strip('“”"')), line)
    if not m:
        return None
    a, b = m.span()
    if 0 < a and b < len(line) and line[a - 1] in '“"「' and line[b] in '”"」':
        a, b = a - 1, b + 1  # the quotes around the name go with it
    return a, b


def _edition_arabic(line: str, want: dict[str, Any]) -> Any:
    m = _EDITION.search(line)
    if not m or m.group(1).isdigit():
        return None
    return [
        line[: m.start()] + f"第{parse_edition(m.group(1))}{m.group(2)}" + line[m.end() :]
    ], want


def _edition_chinese(line: str, want: dict[str, Any]) -> Any:
    m = _EDITION.search(line)
    if not m or not m.group(1).isdigit():
        return None
    text = f"第{chinese_number(int(m.group(1)))}{m.group(2)}"
    return [line[: m.start()] + text + line[m.end() :]], want


def _traditional(line: str, want: dict[str, Any]) -> Any:
    """The whole page in traditional script (every expected value with it)."""
    if _S2T.convert(line) == line:
        return None
    return [line], {  # (a stage is one of a few values, in one script)
        k: _S2T.convert(v) if isinstance(v, str) and k != "stage" else v for k, v in want.items()
    }


def _quotes_added(line: str, want: dict[str, Any]) -> Any:
    span = _award_span(line, want["award"])
    if not span or re.search(r"[“”\"「」]", want["award"] + line[span[0]]):
        return None
    a, b = span
    return [line[:a] + "“" + line[a:b] + "”" + line[b:]], want


def _quotes_dropped(line: str, want: dict[str, Any]) -> Any:
    if not re.search(r"[“”\"「」]", line):
        return None
    return [re.sub(r"[“”\"「」]", "", line)], {
        **want,
        "award": re.sub(r"[“”\"]", "", want["award"]),
    }


def _year_plain(line: str, want: dict[str, Any]) -> Any:
    """`2019年度` ↔ `2019年`, where the year is not part of the name."""
    m = _YEAR.search(line)
    if "year" not in want or not m or m.group(1) in want["award"]:
        return None
    other = "年" if m.group(0).endswith("度") else "年度"
    return [line[: m.start()] + m.group(1) + other + line[m.end() :]], want


def _year_after(line: str, want: dict[str, Any]) -> Any:
    """`2019年度某某奖获奖名单` → `某某奖（2019年度）获奖名单`."""
    m = _YEAR.search(line)
    span = _award_span(line, want["award"])
    if "year" not in want or not m or not span or m.group(1) in want["award"] or m.end() > span[0]:
        return None
    line2 = line[: m.start()] + line[m.end() :]
    a, b = _award_span(line2, want["award"]) or (0, 0)
    return [line2[:b] + f"（{m.group(1)}年度）" + line2[b:]], want


def _year_bare_after(line: str, want: dict[str, Any]) -> Any:
    """`2023年度某某奖获奖名单` → `某某奖2023 获奖名单` (as Hong Kong and Taiwan pages write it)."""
    made = _year_after(line, want)
    if not made:
        return None
    return [re.sub(r"（((?:19|20)\d{2})年度）", r"\1 ", made[0][0])], want


def _organiser_spaced(line: str, want: dict[str, Any]) -> Any:
    """`某某记者协会 第十届某某奖 得奖名单`: the body that gives it, set apart by a space."""
    if re.search(r"协会|協會|关于|關於", line):
        return None
    return ["某某新闻工作者协会 " + line.strip()], want


def _year_added(line: str, want: dict[str, Any]) -> Any:
    """`第十届某某奖…` → `2021年度第十届某某奖…`: a year before an edition is the year."""
    m = _EDITION.search(line)
    if "year" in want or not m:
        return None
    return [line[: m.start()] + "2021年度" + line[m.start() :]], {**want, "year": 2021}


def _suffixed(word: str, stage: str | None) -> Variant:
    def variant(line: str, want: dict[str, Any]) -> Any:
        span = _award_span(line, want["award"])
        if not span:
            return None
        tail = re.match(r"[^\s,，。!！:：]*", line[span[1] :])
        end = span[1] + (tail.end() if tail else 0)
        new = {k: v for k, v in want.items() if k != "stage"}
        if stage:
            new["stage"] = stage
        return [line[: span[1]] + word + line[end:]], new

    return variant


def _split_after_award(line: str, want: dict[str, Any]) -> Any:
    span = _award_span(line, want["award"])
    if not span or not line[span[1] :].strip():
        return None
    return [line[: span[1]], line[span[1] :].strip()], want


def _split_before_award(line: str, want: dict[str, Any]) -> Any:
    """`2019年度` / `第十届` on its own line, the name under it."""
    span = _award_span(line, want["award"])
    lead = line[: span[0]].strip() if span else ""
    if not span or not re.search(r"(?:年度?|[届屆])$", lead):
        return None
    return [lead, line[span[0] :]], want


def _spaced_parts(line: str, want: dict[str, Any]) -> Any:
    """`第十届 某某奖 获奖名单`: a space between edition or year, name and suffix."""
    span = _award_span(line, want["award"])
    if not span:
        return None
    a, b = span
    lead, name, rest = line[:a].rstrip(), line[a:b], line[b:]
    if not lead and not rest.strip():
        return None
    return [" ".join(p for p in (lead, name, rest.lstrip()) if p)], want


_CHROME = [
    "当前位置：首页 > 新闻中心 > 通知公告",
    "发布时间：2024-05-06 10:21:33 来源：本站 浏览次数：1024",
    "【字号：大 中 小】 【打印本页】 【关闭窗口】",
]


def _chrome_before(line: str, want: dict[str, Any]) -> Any:
    return [*_CHROME, line], want


# A site's menu, a word a line (as a page's text often comes out of its navigation bar).
_MENU = "首页 新闻 要闻 时政 社会 国际 财经 体育 娱乐 科技 教育 文化 旅游 视频 图片".split()


def _menu_before(line: str, want: dict[str, Any]) -> Any:
    return [*_MENU, line], want


# A site's sidebar of other pages' headlines, bulleted (one names another round).
_SIDEBAR = [f"· 某某市召开第{n}次宣传工作会议" for n in range(1, 12)] + ["· 上一届某某新闻奖揭晓"]


def _sidebar_before(line: str, want: dict[str, Any]) -> Any:
    return [*_SIDEBAR, line], want


def _chrome_after(line: str, want: dict[str, Any]) -> Any:
    return [line, *_CHROME[1:]], want


def _notice(line: str, want: dict[str, Any]) -> Any:
    """`关于公布…获奖名单的通知`: a notice's words around the heading (the words after the
    name, and what they said, go)."""
    span = _award_span(line, want["award"])
    if not span or re.search(r"关于|通知|公告", line):
        return None
    lead = line[: span[0]].split()
    head = (lead[-1] if lead and not line[span[0] - 1].isspace() else "") + line[span[0] : span[1]]
    return [f"关于公布{head}获奖名单的通知"], {
        k: v for k, v in want.items() if k in ("award", "edition", "year")
    }


def _attachment(line: str, want: dict[str, Any]) -> Any:
    return ["附件2：", line], want


def _wrapped(before: str, after: str) -> Variant:
    """Words around the whole heading: `重磅！…`, `【…】`, `…：`, `…_新闻中心_某某网`."""

    def variant(line: str, want: dict[str, Any]) -> Any:
        return [before + line.strip() + after], want

    return variant


def _first_edition(line: str, want: dict[str, Any]) -> Any:
    """`第一届` ↔ `首届`."""
    if want.get("edition") != 1 or not _EDITION.search(line):
        return None
    return [_EDITION.sub("首届", line, count=1)], want


def _year_in_brackets_after_edition(line: str, want: dict[str, Any]) -> Any:
    """`第十届某某奖` → `第十届（2021年度）某某奖`."""
    m = _EDITION.search(line)
    if "year" in want or not m:
        return None
    return [line[: m.end()] + "（2021年度）" + line[m.end() :]], {**want, "year": 2021}


def _sent_by(line: str, want: dict[str, Any]) -> Any:
    """A body's list of the works it puts forward: `某省记协推荐第N届某某奖参评作品目录`."""
    edition = f"第{want['edition']}届" if "edition" in want else ""
    year = f"{want['year']}年度" if "year" in want else ""
    new = {k: v for k, v in want.items() if k in ("award", "edition", "year")}
    heading = f"某某省新闻工作者协会推荐{year}{edition}{want['award']}参评作品目录"
    return [heading], {**new, "stage": "推荐", "recommender": "某某省新闻工作者协会"}


def _sent_as(template: str) -> Variant:
    """A body's works put forward, the body said elsewhere than first: `{lead}{award}某某日报社
    推荐作品公示`, `…参评作品推荐目录（某某日报社）`, a `推荐单位:` line."""

    def variant(line: str, want: dict[str, Any]) -> Any:
        if not re.search(r"[奖獎]$", want["award"]):
            return None  # (a contest's works are sent by their authors)
        edition = f"第{want['edition']}届" if "edition" in want else ""
        year = f"{want['year']}年度" if "year" in want else ""
        new = {k: v for k, v in want.items() if k in ("award", "edition", "year")}
        lines = template.format(lead=year + edition, award=want["award"]).split("\n")
        return lines, {**new, "stage": "推荐", "recommender": "某某日报社"}

    return variant


def _rewritten(template: str, stage: str | None = None) -> Variant:
    """The heading said another way around the same name: `{lead}` is its year and edition
    (`2021年度第十届`), `{award}` the name."""

    def variant(line: str, want: dict[str, Any]) -> Any:
        edition = f"第{chinese_number(want['edition'])}届" if "edition" in want else ""
        year = f"{want['year']}年度" if "year" in want else ""
        new = {k: v for k, v in want.items() if k in ("award", "edition", "year")}
        text = template.format(lead=year + edition, award=want["award"])
        return [text], {**new, "stage": stage} if stage else new

    return variant


def _ranged(line: str, want: dict[str, Any]) -> Any:
    """`2019年度…` → `2019—2020年度…`: a range of years gives no year."""
    m = _YEAR.search(line)
    if "year" not in want or not m or m.group(1) in want["award"]:
        return None
    ranged = f"{m.group(1)}—{int(m.group(1)) + 1}年度"
    return [line[: m.start()] + ranged + line[m.end() :]], {
        k: v for k, v in want.items() if k != "year"
    }


def _edition_after(line: str, want: dict[str, Any]) -> Any:
    """`第十届某某奖获奖名单` → `某某奖第十届获奖名单`."""
    m = _EDITION.search(line)
    span = _award_span(line, want["award"])
    if not m or not span or m.end() != span[0]:
        return None
    return [line[: m.start()] + line[span[0] : span[1]] + m.group() + line[span[1] :]], want


def _corner_quotes(line: str, want: dict[str, Any]) -> Any:
    """`「某某獎」`: the corner quotes of Taiwan and Hong Kong pages around the name."""
    span = _award_span(line, want["award"])
    if not span or re.search(r"[“”\"「」]", want["award"] + line[span[0]]):
        return None
    a, b = span
    return [line[:a] + "「" + line[a:b] + "」" + line[b:]], want


def _round_on_its_line(line: str, want: dict[str, Any]) -> Any:
    """`某某奖` / `第十届` / `获奖名单`: the name, its edition and the page's words a line
    each."""
    m = _EDITION.search(line)
    span = _award_span(line, want["award"])
    if not m or not span or m.end() != span[0]:
        return None
    rest = line[span[1] :].strip()
    return [line[span[0] : span[1]], m.group(), *([rest] if rest else [])], want


VARIANTS: dict[str, Variant] = {
    "edition 第十届→第10届": _edition_arabic,
    "edition 第10届→第十届": _edition_chinese,
    "traditional script": _traditional,
    "“” added": _quotes_added,
    "“” dropped": _quotes_dropped,
    "年度 ↔ 年": _year_plain,
    "year after (N年度)": _year_after,
    "year after, bare (某某奖2023 )": _year_bare_after,
    "year before 第N届": _year_added,
    "suffix 获奖名单": _suffixed("获奖名单", None),
    "suffix 获奖作品": _suffixed("获奖作品", None),
    "suffix 评选结果揭晓": _suffixed("评选结果揭晓", None),
    "suffix 获奖作品公示": _suffixed("获奖作品公示", None),  # (a winners' 公示: no stage)
    "suffix 拟获奖作品公示": _suffixed("拟获奖作品公示", None),
    "suffix 入围名单": _suffixed("入围名单", "入围"),
    "suffix 入围作品公示": _suffixed("入围作品公示", "入围"),
    "suffix 推荐作品目录": _suffixed("推荐作品目录", "推荐"),
    "suffix none": _suffixed("", None),
    "split after name": _split_after_award,
    "split before name": _split_before_award,
    "spaced parts": _spaced_parts,
    "chrome before": _chrome_before,
    "chrome after": _chrome_after,
    "organiser, a space, the heading": _organiser_spaced,
    "a menu a word a line before": _menu_before,
    "a sidebar of bulleted headlines before": _sidebar_before,
    "a site's slogan before": lambda line, want: (["弘扬正能量 传播好新闻", line], want),
    "notice 关于公布…名单的通知": _notice,
    "附件 line before": _attachment,
    "重磅！ before": _wrapped("重磅！", ""),
    "喜报｜ before": _wrapped("喜报｜", ""),
    "【】 around": _wrapped("【", "】"),
    "colon after": _wrapped("", "："),
    "site title after (_…_网)": _wrapped("", "_新闻中心_某某网"),
    "site title after ( - 网)": _wrapped("", " - 某某新闻网"),
    "首届 for 第一届": _first_edition,
    "（N年度） after 第N届": _year_in_brackets_after_edition,
    "X推荐…参评作品目录": _sent_by,
    "…某某日报社推荐作品公示": _sent_as("{lead}{award}某某日报社推荐作品公示"),
    "…推荐目录（某某日报社）": _sent_as("{lead}{award}参评作品推荐目录（某某日报社）"),
    "推荐单位: line after": _sent_as("{lead}{award}参评作品公示\n推荐单位:某某日报社"),
    "…颁奖典礼在京举行": _rewritten("{lead}{award}颁奖典礼在京举行"),
    "…评比结果揭晓": _rewritten("{lead}{award}评比结果揭晓"),
    "关于…评选结果的通报": _rewritten("关于{lead}{award}评选结果的通报"),
    "…获奖作品及获奖者名单": _rewritten("{lead}{award}获奖作品及获奖者名单"),
    "某台N件作品获…": _rewritten("某某广播电视台3件作品获{lead}{award}"),
    "某台作品荣获…": _rewritten("某某广播电视台作品荣获{lead}{award}"),
    "…终评结果公布": _rewritten("{lead}{award}终评结果公布"),
    "…入围作品名单公布": _rewritten("{lead}{award}入围作品名单公布", "入围"),
    "…参评作品公示": _rewritten("{lead}{award}参评作品公示", "推荐"),
    "N年一季度…": _rewritten("{lead}一季度{award}"),
    "N年上半年…": _rewritten("{lead}上半年{award}"),
    "N年第1季度…获奖名单": _rewritten("{lead}第1季度{award}获奖名单"),
    "a range of years (no year)": _ranged,
    "name, then 第N届": _edition_after,
    "「」 around the name": _corner_quotes,
    "name / 第N届 / words, a line each": _round_on_its_line,
    "a notice quoted in a sentence": _rewritten(
        "某某局日前发布《关于公布{lead}{award}获奖名单的通知》。"
    ),
    "the first sentence only": _rewritten("近日,{lead}{award}评选结果揭晓,共评出获奖作品120件。"),
    "the organiser before (由…主办的)": _rewritten(
        "由某某省新闻工作者协会主办的{lead}{award}评选结果日前揭晓。"
    ),
}


def _heading_at(lines: list[str], award: str) -> int | None:
    for i, line in enumerate(lines[:14]):
        if line.startswith("# source:"):
            continue
        if _award_span(line, award) and len(line.strip()) <= 60:
            return i
    return None


def _read(text: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="heading-variants-") as folder:
        path = Path(folder) / "list.txt"
        path.write_text(text, encoding="utf-8")
        return parse_list(rows_as_text(read_form(path).rows)).heading


def _score(got: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """The expected keys read wrong."""
    return [k for k, v in want.items() if norm(got.get(k, "")) != norm(v)]


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv[1:] if a != "-v"]
    folder = Path(args[0] if args else "tests/golden/real/tuning/lists")
    totals: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in VARIANTS}  # n, right, orig
    for yml in sorted(folder.glob("*.yml")):
        expected = yaml.safe_load(yml.read_text(encoding="utf-8"))
        want = {k: expected[k] for k in TOP_KEYS if k in expected}
        text = yml.with_suffix(".txt").read_text(encoding="utf-8")
        lines = text.split("\n")
        at = _heading_at(lines, str(want.get("award", ""))) if "award" in want else None
        if at is None:
            continue
        original = _score(_read(text), want)
        for name, variant in VARIANTS.items():
            made = variant(lines[at], want)
            if made is None:
                continue
            new_lines, new_want = made
            if norm(new_want.get("category", "")) not in norm("".join(new_lines)):
                new_want = {k: v for k, v in new_want.items() if k != "category"}  # (cut off)
            changed = "\n".join([*lines[:at], *new_lines, *lines[at + 1 :]])
            got = _read(_S2T.convert(changed) if variant is _traditional else changed)
            missed = _score(got, new_want)
            t = totals[name]
            t[0] += len(new_want)
            t[1] += len(new_want) - len(missed)
            t[2] += len(want)
            t[3] += len(want) - len(original)
            if verbose and set(missed) - set(original):
                said = [(k, got.get(k)) for k in missed]
                print(f"  {name:24} {yml.stem}: {' / '.join(new_lines)[:90]}  misses {said}")
    print(f"{'variant':28} {'fields':>14} {'original':>16}")
    all_v = [0, 0, 0, 0]
    for name, (n, right, n0, right0) in totals.items():
        all_v = [all_v[0] + n, all_v[1] + right, all_v[2] + n0, all_v[3] + right0]
        print(
            f"{name:28} {right:4}/{n:<4} {100 * right / max(n, 1):5.1f}%"
            f"  {right0:4}/{n0:<4} {100 * right0 / max(n0, 1):5.1f}%"
        )
    n, right, n0, right0 = all_v
    print(
        f"{'ALL VARIANTS':28} {right:4}/{n:<4} {100 * right / max(n, 1):5.1f}%"
        f"  {right0:4}/{n0:<4} {100 * right0 / max(n0, 1):5.1f}%"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
