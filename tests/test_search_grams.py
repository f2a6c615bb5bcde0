"""Substring words: the Python indexer and the page's JavaScript agree."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from search_support import needs_node

from award_archive.search.grams import (
    END_CODE,
    char_code,
    gram_sequence,
    gram_word,
    han_runs,
    query_runs,
    query_words,
    title_word,
    to_simplified,
)

SEARCH_JS = (
    Path(__file__).resolve().parent.parent
    / "plugins"
    / "award_archive"
    / "web"
    / "assets"
    / "search.js"
)


def gram_words(texts: list[str]) -> list[str]:
    """The distinct gram words of some texts, in first-seen order."""
    return list(dict.fromkeys(w for t in texts for w in gram_sequence(t)))


def test_every_two_characters_of_a_run_become_one_word():
    assert han_runs("《关爱明天》杂志 2023年7期 CCTV-13") == ["关爱明天杂志", "2023年7期", "cctv13"]
    words = gram_words(["《关爱明天》杂志"])
    assert words == [gram_word(p) for p in ["关爱", "爱明", "明天", "天杂", "杂志", "志"]]
    assert all(w.startswith("qjw") and len(w) == 11 and w.isascii() and w.isalpha() for w in words)
    assert gram_word("志") == "qjw" + char_code("志") + END_CODE  # the end of a run
    assert gram_word("杂志", "t") == "qjt" + char_code("杂") + char_code("志")  # in a title


def test_a_query_becomes_the_words_of_its_substring():
    # 城经 is inside 双城经济圈: its one gram word is among the entry's words.
    assert query_words("城经").strip('"') in gram_words(["成渝地区双城经济圈建设"])
    assert query_words("《关爱明天》") == '"' + " ".join(gram_words(["关爱明天"])[:-1]) + '"'
    # Full-width and upper case fold: ５Ｇ is 5G is 5g.
    assert query_words("５Ｇ") == query_words("5g") == query_words("5G")


def test_no_word_of_a_readers_own_reaches_pagefind():
    # Letters and digits become codes too: `q`, `qj` and `1` are prefixes of codes,
    # never of every gram word, and a digit inside Chinese stays in its run.
    for query in ["q", "qj", "1", "第1融媒体中心", "Anna陈", "用5G+VR打开红色课堂", "周娜 媒体"]:
        words = query_words(query).replace('"', "").split()
        assert all(w.startswith("qj") and w[2:].isalpha() and w.islower() for w in words), query
    assert query_words("q") == "qjw" + char_code("q")
    assert query_words("qj") == '"' + gram_word("qj") + '"'
    assert query_runs("周娜 媒体 周娜") == ["周娜", "媒体"]


def test_pairs_never_join_two_runs():
    # 学生|生态: the END word between the runs breaks the phrase 学生 生态.
    seq = gram_sequence("学生 生态")
    assert title_word("用5G+VR 打开") == title_word("用５ｇVR  打开") != title_word("用5G+VR打开")
    assert seq == [gram_word("学生"), gram_word("生"), gram_word("生态"), gram_word("态")]


def test_traditional_characters_fold_onto_simplified():
    assert to_simplified("雙城經濟圈") == "双城经济圈"
    assert query_words("雙城") == query_words("双城")


@needs_node
def test_the_search_page_rewrites_queries_like_the_indexer():
    queries = [
        "双城经济圈",
        "《关爱明天》杂志",
        "城经",
        "李怡霏 2023",
        "川",
        "abc",
        "雙城",
        "𠀋𠀍好",
        "q",
        "ＣＣＴＶ-13",
        "用5G+VR打开红色课堂",
        "周娜 媒体",
        "Anna陈",
        "第1融媒体中心 2023年",
    ]
    fold = {t: s for t, s in [("雙", "双"), ("經", "经")]}
    script = (
        "global.window = {};"
        f"require({json.dumps(str(SEARCH_JS))});"
        f"window.AwardArchiveSearch.setFold({json.dumps(fold, ensure_ascii=False)});"
        f"console.log(JSON.stringify({json.dumps(queries, ensure_ascii=False)}.map(window.AwardArchiveSearch.queryWords)));"
    )
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [query_words(q) for q in queries]
