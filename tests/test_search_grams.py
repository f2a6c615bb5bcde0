"""Substring keys and the substring index: the Python indexer and the page's JavaScript
agree, and the index holds each pair where it occurs."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

from search_support import needs_node

from award_archive.search.grams import (
    ZONE_SHIFT,
    ZONES,
    char_code,
    pair_key,
    query_keys,
    query_runs,
    runs,
    title_key,
    to_simplified,
)
from award_archive.search.substring import (
    SHARD_DIR,
    TABLE_FILE,
    SubstringIndex,
    ZonedText,
    document_keys,
    shard_name,
    write_index,
)

SEARCH_JS = (
    Path(__file__).resolve().parent.parent
    / "plugins"
    / "award_archive"
    / "web"
    / "assets"
    / "search.js"
)


def test_runs_keep_letters_and_digits_of_every_script():
    assert runs("《关爱明天》杂志 2023年7期 CCTV-13") == ["关爱明天杂志", "2023年7期", "cctv13"]
    assert runs("a_b ５Ｇ x\u0301") == ["ab", "5g", "x"]


def test_a_query_becomes_the_keys_of_its_pairs():
    assert query_keys("城经") == [[char_code("城") + char_code("经")]]
    assert query_keys("《关爱明天》") == [[pair_key(p) for p in ["关爱", "爱明", "明天"]]]
    # Full-width and upper case fold: ５Ｇ is 5G is 5g; one character is its own key.
    assert query_keys("５Ｇ") == query_keys("5g") == query_keys("5G")
    assert query_keys("q") == [[char_code("q")]]
    assert query_runs("周娜 媒体 周娜") == ["周娜", "媒体"]
    assert all(k.isascii() and k.isalpha() for keys in query_keys("Anna陈 第1融") for k in keys)


def test_pairs_of_two_runs_never_sit_side_by_side():
    pairs, chars = document_keys(ZonedText("", [("w", "学生 生态"), ("w", "态度")]))
    assert pairs == {"学生": [0], "生态": [3], "态度": [6]}  # an empty position after each run
    assert chars["生"] == chars["度"] == 1 << ZONES.index("w")
    pairs, chars = document_keys(ZonedText("用5G", [("a", "张伟")]))
    assert pairs["用5"] == [ZONES.index("t") << ZONE_SHIFT]
    assert pairs["张伟"] == [ZONES.index("a") << ZONE_SHIFT]
    assert chars["g"] == 1 << ZONES.index("t")
    assert title_key("用5G+VR 打开") == title_key("用５ｇVR  打开") != title_key("用5G+VR打开")


def read_shards(out: Path) -> dict[str, bytes]:
    table = json.loads((out / TABLE_FILE).read_text(encoding="utf-8"))
    found: dict[str, bytes] = {}
    assert len(list((out / SHARD_DIR).iterdir())) == len(table["shards"])
    for number, first in enumerate(table["shards"]):
        name = shard_name(table["tag"], number)
        raw, at = gzip.decompress((out / SHARD_DIR / name).read_bytes()), 0
        assert raw[1 : 1 + raw[0]].decode() == first
        while at < len(raw):
            n = raw[at]
            key, at = raw[at + 1 : at + 1 + n].decode(), at + 1 + n
            length = shift = 0
            while True:
                b = raw[at]
                at += 1
                length |= (b & 127) << shift
                shift += 7
                if not b & 128:
                    break
            found[key], at = raw[at : at + length], at + length
    return found


def test_the_index_files_hold_every_key_in_order(tmp_path: Path):
    index = SubstringIndex()
    index.add(ZonedText("双城", [("w", "双城经济圈 " * 3)]))
    index.add(ZonedText("", [("w", "经济")]))
    write_index(index, tmp_path)
    found = read_shards(tmp_path)
    assert list(found) == sorted(found)
    # 经济: document 0 at 2, 8, 14 (three runs of 5, a gap each), document 1 at 0.
    assert found[pair_key("经济")] == bytes([0, 3, 2, 6, 6, 1, 1, 0])
    assert found[title_key("双城")] == bytes([0])
    assert found[char_code("圈")] == bytes([0, 1])  # document 0, the work's zone bit
    again = tmp_path / "again"
    write_index(index, again)
    assert (again / TABLE_FILE).read_bytes() == (tmp_path / TABLE_FILE).read_bytes()


def test_traditional_characters_fold_onto_simplified():
    assert to_simplified("雙城經濟圈") == "双城经济圈"
    assert query_keys("雙城") == query_keys("双城")


@needs_node
def test_the_search_page_computes_the_indexers_keys():
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
    api = "window.AwardArchiveSearch"
    script = (
        "global.window = {};"
        f"require({json.dumps(str(SEARCH_JS))});"
        f"{api}.setFold({json.dumps(fold, ensure_ascii=False)});"
        f"const qs = {json.dumps(queries, ensure_ascii=False)};"
        f"console.log(JSON.stringify(qs.map((q) => [{api}.queryKeys(q), {api}.titleKey(q)])));"
    )
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [[query_keys(q), title_key(q)] for q in queries]


def test_punctuation_taken_out_before_nfkc_changes_no_run():
    import re
    import sys
    import unicodedata

    def reference(text: str) -> list[str]:  # runs as the JavaScript twin computes them
        folded = to_simplified(unicodedata.normalize("NFKC", text).lower())
        found = (re.sub(r"[\W_]", "", t) for t in folded.split())
        return [r for r in found if r]

    marks = [
        chr(cp) for cp in range(sys.maxunicode + 1) if unicodedata.category(chr(cp)).startswith("P")
    ]
    assert len(marks) > 500
    for ch in marks:
        for text in (f"e{ch}\u0301x", f"Ｇ{ch}ｇ", f"雙{ch}城 {ch}"):
            assert runs(text) == reference(text), (hex(ord(ch)), text)
