"""Substring words: the Python indexer and the page's JavaScript agree."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from search_support import needs_node

from award_archive.search.grams import (
    gram_sequence,
    gram_word,
    han_runs,
    query_words,
    to_simplified,
)

SEARCH_JS = Path(__file__).resolve().parent.parent / "plugins" / "award_archive" / "web" / "assets" / "search.js"


def test_every_two_characters_of_a_run_become_one_word():
    assert han_runs("《关爱明天》杂志 2023年7期") == ["关爱明天杂志", "年", "期"]
    words = gram_sequence("《关爱明天》杂志")
    assert words == [gram_word(p) for p in ["关爱", "爱明", "明天", "天杂", "杂志"]]
    assert all(w.startswith("qj") and len(w) == 10 and w.isascii() and w.isalpha() for w in words)


def test_a_query_becomes_the_words_of_its_substring():
    # 城经 is inside 双城经济圈: its one gram word is among the entry's words.
    assert query_words("城经").strip("\"") in gram_sequence("成渝地区双城经济圈建设")
    assert query_words("川 2402 abc") == "川 2402 abc"  # single characters and latin stay
    assert query_words("《关爱明天》") == "\"" + " ".join(gram_sequence("关爱明天")) + "\""


def test_traditional_characters_fold_onto_simplified():
    assert to_simplified("雙城經濟圈") == "双城经济圈"
    assert query_words("雙城") == query_words("双城")


@needs_node
def test_the_search_page_rewrites_queries_like_the_indexer():
    queries = ["双城经济圈", "《关爱明天》杂志", "城经", "李怡霏 2023", "川", "abc", "雙城", "𠀋𠀍好"]
    fold = {t: s for t, s in [("雙", "双"), ("經", "经")]}
    script = (
        "global.window = {};"
        f"require({json.dumps(str(SEARCH_JS))});"
        f"window.AwardArchiveSearch.setFold({json.dumps(fold, ensure_ascii=False)});"
        f"console.log(JSON.stringify({json.dumps(queries, ensure_ascii=False)}.map(window.AwardArchiveSearch.queryWords)));"
    )
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [query_words(q) for q in queries]
