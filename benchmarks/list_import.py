"""A 1,000-row winner list through `awards import --dry-run`'s reader and entry builder:
`python benchmarks/list_import.py [ROWS]` prints the time and the peak memory."""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from award_archive.authoring.importer.core import Options, import_files


def main(argv: list[str]) -> int:
    rows = int(argv[1]) if len(argv) > 1 else 1000
    lines = ["第十届测试新闻奖获奖名单", "序号 | 作品标题 | 作者 | 刊播单位 | 体裁 | 等次 |"]
    lines += [
        f"{i} | 第{i}篇作品的标题 | 张 三 李四{i % 7} | 测试日报 | 消息 | 二等奖 |"
        for i in range(1, rows + 1)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "list.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        tracemalloc.start()
        start = time.perf_counter()
        outcomes = import_files([path], Options(), out_dir=Path(tmp) / "entries", dry_run=True)
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    print(
        f"{rows} rows → {len(outcomes)} entries in {took:.2f} s, peak {peak / 1e6:.1f} MB (Python "
        "heap)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
