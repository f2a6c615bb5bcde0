"""Time `awards validate` on a generated archive (default 10,000 entries).

    .venv/bin/python benchmarks/validate_bench.py [--entries N] [--runs R]

Prints the best of R runs, entries per second, and the cost of one entry relative to
the command's fixed start-up cost. The generator here is deliberately simple: varied
titles, names, dates and lengths in every accepted shape, plus a few broken entries so
the reporting path is timed too.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AWARDS = Path(sys.executable).parent / "awards"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
WORDS = (
    "关爱 明天 青少年 留守 儿童 法治 教育 基地 乡村 振兴 "
    "成渝 双城 经济 红色 基因 传承 校园 安全 夏令营 志愿"
).split()
CATEGORIES = ["消息", "通讯", "评论", "专题", "系列报道", "新闻摄影", "融合报道"]
OUTLETS = ["《关爱明天》杂志", "四川日报", "成都日报", "自贡日报", "四川广播电视台", "川观新闻"]
DATES = [
    "2023-06-{d:02d}",
    "2023年{m}月{d}日",
    "2022.{m}.{d}",
    "2023年{m}期",
    "2022.{m}.1-2022.{m}.{d}",
]
LENGTHS = ["{n}", "{n}字", "{m}分{s}秒", "00:{m:02d}:{s:02d}", "平均每篇{m}分钟"]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def entry_text(i: int, rng: random.Random) -> str:
    title = "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8))) + f"（{i}）"
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    authors = "、".join(person(rng) for _ in range(rng.randint(1, 4)))
    evaluation = "".join(rng.choice(WORDS) for _ in range(rng.randint(60, 120)))
    body = "\n\n".join(
        "".join(rng.choice(WORDS) for _ in range(rng.randint(40, 200)))
        for _ in range(rng.randint(2, 8))
    )
    lines = [
        f"id: bench-{i:05d}",
        f"title: {title}",
        "award: 四川宣传关心下一代新闻佳作",
        f"edition: {rng.randint(1, 12)}",
        f"year: {rng.randint(2015, 2024)}",
        f"category: {rng.choice(CATEGORIES)}",
        f"authors: [{authors}]",
        f"editors: [{person(rng)}]",
        f"outlet: {rng.choice(OUTLETS)}",
        f"published: {rng.choice(DATES).format(m=m, d=d)}",
        f"length: {rng.choice(LENGTHS).format(n=rng.randint(300, 5000), m=m, s=d)}",
        f"evaluation: {evaluation}",
        f"process: {evaluation[:60]}",
        f"prize: {rng.choice(['一等奖', '二等奖', '三等奖', '优秀奖', ''])}",
    ]
    if i % 1000 == 999:  # a few broken entries: the report path is part of the cost
        lines[5] = "category: 消 息"
    return "---\n" + "\n".join(lines) + "\n---\n\n# " + title + "\n\n" + body + "\n"


def generate(root: Path, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    shutil.copyfile(REPO / "mkdocs.yml", root / "mkdocs.yml")
    entries = root / "entries"
    for i in range(count):
        folder = entries / f"{i // 1000:02d}"  # folders of 1,000, as a large archive would be kept
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"bench-{i:05d}.md").write_text(entry_text(i, rng), encoding="utf-8")


def timed(root: Path, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(
        [str(AWARDS), "validate", *args], cwd=root, capture_output=True, text=True
    )
    return time.perf_counter() - start, proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="validate-bench-") as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        generate(root, args.entries)
        print(f"generated {args.entries} entries in {time.perf_counter() - start:.1f} s")
        results = [timed(root) for _ in range(args.runs)]
        best, proc = min(results, key=lambda r: r[0])
        reported = proc.stdout.count("\n")
        print(
            f"awards validate (whole archive): best of {args.runs}: {best:.2f} s, "
            f"{args.entries / best:,.0f} entries/s, exit {proc.returncode}, "
            f"{reported} problems reported"
        )
        one, _ = min(
            (timed(root, "entries/00/bench-00000.md") for _ in range(args.runs)), key=lambda r: r[0]
        )
        empty = root / "empty"
        (empty / "entries").mkdir(parents=True)
        startup, _ = min((timed(empty) for _ in range(args.runs)), key=lambda r: r[0])
        print(f"awards validate ONE_FILE (still cross-checks the archive): {one:.2f} s")
        print(
            f"start-up alone (empty archive): {startup:.2f} s; "
            f"per entry beyond start-up: {(best - startup) / args.entries * 1000:.3f} ms"
        )


if __name__ == "__main__":
    main()
