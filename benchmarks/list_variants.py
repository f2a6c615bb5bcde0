"""Does the list reader generalise? `python benchmarks/list_variants.py [DIR] [--files]`.

(`--only NAME` scores one variant.)

Every DIR/<name>.txt (the tuning lists by default) is rewritten in ways a real page could
equally have been written, and each variant is scored with list_score.py's own scorer
beside the original, in the same run:

- script: simplified → traditional and traditional → simplified, one character to one (OpenCC's
  character tables, first choice, as the search index folds them); the .yml is converted with
  the same table so the expected titles and names stay the text's own;
- title quotes: 《》 → “”, → 「」 and → 〈〉 (the .yml drops them when they only mark off a title);
- name separators: a work's expected names written `甲、乙` become `甲 乙` or `甲，乙`, `甲和乙`
  (the last two joined by 和), or `甲、乙等` (a `等` after them);
- width: full-width punctuation (：（），；) → half-width, and half-width → full-width;
- numbering: an item's leading `1.` / `1、` / `（1）` / `一、` (at a line's start or after a
  space) rewritten as each of the others;
- blank lines: one after every line, or none at all;
- tables: a `|` row → tab-separated cells, a tab-separated row → a `|` row, a `|` row → one
  cell a line (a `|` line between rows, or no `|` at all: a page's HTML table copied out);
- one line: every line joined with a space (as many excerpts come);
- role colons: `作者：甲` → `作者 甲` (a role word and its names a space apart);
- prize headings: a line that is only a prize (`一等奖`, `一等奖:`, `一等奖(3件)`) written
  `【一等奖】` or `一等奖作品：`;
- tails: a title's bracketed labelled tail `（作者：甲）` written without its brackets;
- bare titles: a numbered item's `《标题》` written without its 《》 (`1.标题（作者：甲）`);
- unit and names: a work's expected `某某日报 甲、乙` written `甲、乙 某某日报`, and the reverse;
- verbs of winning: a sentence's `获`/`荣获`/`获得` before a prize written `摘得` or `荣膺`.

A variant that leaves a file unchanged is not scored for it. Prints, per variant, the totals
over the files it changed, against the originals of the same files; `--files` adds each file
whose score dropped."""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from award_archive.search.grams import traditional_to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))  # list_score.py beside it, however run
from list_score import score_file  # noqa: E402

Counts = tuple[int, int, int, int]


@cache
def _to_traditional() -> dict[int, str]:
    text = resources.files("opencc").joinpath("dictionary/STCharacters.txt").read_text("utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        simp, _, trad = line.partition("\t")
        first = trad.split(" ")[0]
        if len(simp) == 1 and len(first) == 1 and simp != first:
            table[ord(simp)] = first
    return table


def _script(table: Callable[[], dict[int, str]]) -> Callable[[str, Any], tuple[str, Any]]:
    def convert(text: str, expected: Any) -> tuple[str, Any]:
        t = table()
        return text.translate(t), _map_strings(expected, lambda s: s.translate(t))

    return convert


def _map_strings(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list):
        return [_map_strings(v, change) for v in value]
    if isinstance(value, dict):  # (`stage` is the archive's own word: `入围`, in any script)
        return {k: v if k == "stage" else _map_strings(v, change) for k, v in value.items()}
    return value


def _simplifying() -> dict[int, str]:
    return {ord(t): s for t, s in traditional_to_simplified().items()}


def _text_only(change: Callable[[str], str]) -> Callable[[str, Any], tuple[str, Any]]:
    return lambda text, expected: (change(text), expected)


def _quotes(opening: str, closing: str) -> Callable[[str, Any], tuple[str, Any]]:
    """A title's 《》 written as other quotes; a title that keeps its 《》 in the .yml
    (`《爱耳好习惯》手势舞`) keeps the new quotes there."""

    def change(text: str) -> str:
        return text.replace("《", opening).replace("》", closing)

    return lambda text, expected: (change(text), _map_strings(expected, change))


def _names_sep(sep: str) -> Callable[[str, Any], tuple[str, Any]]:
    """The expected names of each work, where the text writes them `甲、乙`, written with `sep`."""

    def change(text: str, expected: Any) -> tuple[str, Any]:
        for work in expected.get("works") or []:
            for key in ("authors", "editors"):
                names = work.get(key)
                if isinstance(names, list) and len(names) > 1:
                    text = text.replace("、".join(names), sep.join(names))
        return text, expected

    return change


def _names_run(write: Callable[[list[str]], str]) -> Callable[[str, Any], tuple[str, Any]]:
    """The expected names of each work, where the text writes them `甲、乙`, written by `write`
    (`甲、乙和丙`, `甲、乙等`): the .yml keeps the names."""

    def change(text: str, expected: Any) -> tuple[str, Any]:
        for work in expected.get("works") or []:
            for key in ("authors", "editors"):
                names = work.get(key)
                if isinstance(names, list) and len(names) > 1:
                    text = text.replace("、".join(names), write(names))
        return text, expected

    return change


_FULL = "：（），；"
_HALF = ":(),;"
_NARROW = str.maketrans(_FULL, _HALF)
_WIDE = str.maketrans(_HALF, _FULL)
_NUMERAL = "一二三四五六七八九十"
_LEADING_NUMBER = re.compile(
    r"(^|\s)(?:(\d{1,2})\s*[.．、]|[（(](\d{1,2})[）)])\s*(?=[^\s\d])", re.M
)


def _numbering(style: str) -> Callable[[str], str]:
    def write(match: re.Match[str]) -> str:
        n = int(match.group(2) or match.group(3))
        if style == "一、":
            mark = _chinese_number(n) + "、"
        else:
            mark = style.replace("1", str(n))
        return match.group(1) + mark

    return lambda text: _LEADING_NUMBER.sub(write, text)


def _chinese_number(n: int) -> str:
    if n <= 10:
        return _NUMERAL[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _NUMERAL[tens - 1]) + "十" + (_NUMERAL[ones - 1] if ones else "")


def _blank_lines(text: str) -> str:
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def _no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _pipes_to_tabs(text: str) -> str:
    def row(line: str) -> str:
        if line.count("|") < 2:
            return line
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return "\t".join(c for c in cells if not re.fullmatch(r":?-{3,}:?", c))

    return "\n".join(row(line) for line in text.split("\n"))


def _tabs_to_pipes(text: str) -> str:
    return "\n".join(
        "| " + " | ".join(c.strip() for c in line.split("\t")) + " |" if "\t" in line else line
        for line in text.split("\n")
    )


def _pipes_to_cells(bars: bool) -> Callable[[str], str]:
    """A `|` row written one cell a line (as a page's HTML table copies out), with a `|`
    line between two rows, or without any `|`."""

    def cells(line: str) -> list[str]:
        if line.count("|") < 2:
            return [line]
        row = [c.strip() for c in line.strip().strip("|").split("|")]
        row = [c for c in row if c and not re.fullmatch(r":?-{3,}:?", c)]
        return ["|", *(c + " |" for c in row)] if bars else row

    return lambda text: "\n".join(c for line in text.split("\n") for c in cells(line))


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


_ROLE_COLON = re.compile(
    r"(作者|记者|記者|编辑|編輯|责任编辑|責任編輯|主创|主創|摄影|攝影)\s*[:：]\s*"
)


_PRIZE_LINE = re.compile(
    r"^(\s*)([特一二三四]等[奖獎]|[优優]秀[奖獎])\s*(?:[(（]\s*(?:共)?\d+\s*[件篇个個名][)）])?\s*[:：]?\s*$",
    re.M,
)


def _prize_lines(template: str) -> Callable[[str], str]:
    return lambda text: _PRIZE_LINE.sub(lambda m: m.group(1) + template.format(m.group(2)), text)


_LABELLED_TAIL = re.compile(r"[(（]((?:作者|记者|記者)\s*[:：][^()（）\n]*)[)）]")


_NUMBERED_TITLE = re.compile(r"((?:^|\s)\d{1,2}\s*[.．、]\s*)《([^《》\n]{2,60})》")


def _taiwan_ranks(text: str) -> str:
    text = re.sub(r"(?<![一二三四五六七八九十、])([二三])等([奖獎])", r"\1\2", text)
    return re.sub(r"(?<![\u4e00-\u9fff])[优優]秀[奖獎](?![\u4e00-\u9fff])", "佳作", text)


def _quotes_free(change: Callable[[str], str]) -> Callable[[str, Any], tuple[str, Any]]:
    """A rewrite of the text and of every expected value alike."""
    return lambda text, expected: (change(text), _map_strings(expected, change))


def _unit_and_names(names_first: bool) -> Callable[[str, Any], tuple[str, Any]]:
    def change(text: str, expected: Any) -> tuple[str, Any]:
        top = expected.get("outlet")
        for work in expected.get("works") or []:
            outlet, names = work.get("outlet", top), work.get("authors")
            if not (isinstance(outlet, str) and isinstance(names, list) and names):
                continue
            run = "、".join(names)
            unit_first, people_first = f"{outlet} {run}", f"{run} {outlet}"
            text = (
                text.replace(unit_first, people_first)
                if names_first
                else text.replace(people_first, unit_first)
            )
        return text, expected

    return change


# A sentence's verb of winning before a prize (`获`, `荣获`, `获得`), written as another a
# news page uses as well (`摘得`, `荣膺`).
_WON_VERB = re.compile(
    r"(?:荣获|榮獲|获得|獲得|获|獲)(?=[^，,。；;\n《》]{0,12}?(?:[特一二三]等[奖獎]|[金银铜銀銅][奖獎]|[优優]秀[奖獎]))"
)


VARIANTS: dict[str, Callable[[str, Any], tuple[str, Any]]] = {
    "简→繁": _script(_to_traditional),
    "繁→简": _script(_simplifying),
    "《》→“”": _quotes("“", "”"),
    "《》→「」": _quotes("「", "」"),
    "《》→〈〉": _quotes("〈", "〉"),
    "名、→空格": _names_sep(" "),
    "名、→，": _names_sep("，"),
    "名、→和": _names_run(lambda names: "、".join(names[:-1]) + "和" + names[-1]),
    "名后加等": _names_run(lambda names: "、".join(names) + "等"),
    "全角→半角": _text_only(lambda t: t.translate(_NARROW)),
    "半角→全角": _text_only(lambda t: t.translate(_WIDE)),
    "编号1.": _text_only(_numbering("1.")),
    "编号1、": _text_only(_numbering("1、")),
    "编号（1）": _text_only(_numbering("（1）")),
    "编号一、": _text_only(_numbering("一、")),
    "加空行": _text_only(_blank_lines),
    "去空行": _text_only(_no_blank_lines),
    "|→tab": _text_only(_pipes_to_tabs),
    "tab→|": _text_only(_tabs_to_pipes),
    "|→单元格": _text_only(_pipes_to_cells(True)),
    "|→单元格无|": _text_only(_pipes_to_cells(False)),
    "并成一行": _text_only(_one_line),
    "作者:→空格": _text_only(lambda t: _ROLE_COLON.sub(r"\1 ", t)),
    "尾注去括号": _text_only(lambda t: _LABELLED_TAIL.sub(r" \1 ", t)),
    "编号去书名号": _text_only(lambda t: _NUMBERED_TITLE.sub(r"\1\2", t)),
    "单位 名→名 单位": _unit_and_names(True),
    "名 单位→单位 名": _unit_and_names(False),
    "奖级【】": _text_only(_prize_lines("【{}】")),
    "奖级作品：": _text_only(_prize_lines("{}作品：")),
    "获→摘得": _text_only(lambda t: _WON_VERB.sub("摘得", t)),
    "获→荣膺": _text_only(lambda t: _WON_VERB.sub("荣膺", t)),
    # a literature award's ranks (`二獎`, `三獎`, bare `佳作`), in text and values alike
    "二等奖→二奖、优秀奖→佳作": _quotes_free(_taiwan_ranks),
}


def _variant_score(txt: Path, name: str, work_dir: Path) -> Counts | None:
    """The variant's score, or None when it does not change the file."""
    source, _, body = txt.read_text(encoding="utf-8").partition("\n")
    expected = yaml.safe_load(txt.with_suffix(".yml").read_text(encoding="utf-8"))
    new_body, new_expected = VARIANTS[name](body, expected)
    if new_body == body:
        return None
    out = work_dir / txt.name
    out.write_text(source + "\n" + new_body, encoding="utf-8")
    dumped = yaml.safe_dump(new_expected, allow_unicode=True, sort_keys=False)
    out.with_suffix(".yml").write_text(dumped, encoding="utf-8")
    return score_file(out)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / max(whole, 1):5.1f}%"


def _report(name: str, rows: list[tuple[str, Counts, Counts]], files: bool) -> None:
    base = [sum(r[1][i] for r in rows) for i in range(4)]
    var = [sum(r[2][i] for r in rows) for i in range(4)]
    print(
        f"{name:10} {len(rows):3} files  works {_pct(var[1], var[0])}"
        f" (orig {_pct(base[1], base[0])})"
        f"  fields {_pct(var[3], var[2])} (orig {_pct(base[3], base[2])})"
    )
    if files:
        for stem, b, v in rows:
            if v[1] < b[1] or v[3] < b[3]:
                print(f"    {stem:40} works {v[1]}/{b[1]}  fields {v[3]}/{b[3]}")


def main(argv: list[str]) -> int:
    files = "--files" in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else None
    args = [
        a for i, a in enumerate(argv[1:], 1) if not a.startswith("--") and argv[i - 1] != "--only"
    ]
    folder = Path(args[0] if args else "tests/golden/real/tuning/lists")
    texts = sorted(folder.glob("*.txt"))
    originals = {t.stem: score_file(t) for t in texts}
    total = [0, 0, 0, 0]
    for name in VARIANTS:
        if only and name != only:
            continue
        rows: list[tuple[str, Counts, Counts]] = []
        with tempfile.TemporaryDirectory(prefix="list-variants-") as tmp:
            for txt in texts:
                counts = _variant_score(txt, name, Path(tmp))
                if counts is not None:
                    rows.append((txt.stem, originals[txt.stem], counts))
        if rows:
            _report(name, rows, files)
            total = [a + sum(r[2][i] for r in rows) for i, a in enumerate(total)]
    base = [sum(c[i] for c in originals.values()) for i in range(4)]
    print(f"{'originals':10} {len(texts):3} files  works {_pct(base[1], base[0])}", end="")
    print(f"  fields {_pct(base[3], base[2])}")
    print(f"{'variants':10}  all      works {_pct(total[1], total[0])}", end="")
    print(f"  fields {_pct(total[3], total[2])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
