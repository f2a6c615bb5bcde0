"""How render_body scales on bodies built to be slow: time for n and 4n, and the ratio
(about 4 is linear; 16 would be quadratic). Run: .venv/bin/python benchmarks/hostile_markdown.py"""

from __future__ import annotations

import time

from award_archive.web.markdown import render_body

CASES = {
    "underlined headings": "标题\n===\n",
    "# headings": "# 标题\n",
    "rules": "正文\n***\n",
    "unclosed [": "[",
    "unclosed [a](": "[a](",
    "list items": "- 项\n",
    "table rows": "| 1 | 2 |\n",
    "plain lines": "正文一段。\n",
}


def seconds(text: str) -> float:
    start = time.perf_counter()
    render_body(text)
    return time.perf_counter() - start


def main(n: int = 5000) -> None:
    print(f"{'case':<22}{'n':>8}{'t(n) s':>10}{'t(4n) s':>10}{'ratio':>8}")
    for name, unit in CASES.items():
        small, large = seconds(unit * n), seconds(unit * 4 * n)
        print(f"{name:<22}{n:>8}{small:>10.3f}{large:>10.3f}{large / max(small, 1e-6):>8.1f}")


if __name__ == "__main__":
    main()
