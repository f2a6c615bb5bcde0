"""Dates at the edges of what the validator accepts build; dates beyond are located errors
(issue 10, item 3: 0000年 crashed the feed, dates before 1970 or after 2106 crashed gzip)."""

from __future__ import annotations

import gzip
import re

import pytest

from award_archive.contract.dates import EARLIEST_YEAR, LATEST_YEAR, build_epoch, parse_published
from conftest import make_archive, run_build

ENTRY = """---
title: 日期在边上的作品
award: 四川宣传关心下一代新闻佳作
edition: 9
category: 消息
authors: [张伟]
outlet: 自贡日报
published: {published}
---

正文。
"""


@pytest.mark.parametrize(
    "published, year",
    [
        ("1900-01-01", "1900"),
        ("1949年10月", "1949"),
        ("1969年12月31日", "1969"),
        ("2100年", "2100"),
        ("2099年第52期", "2099"),
        ("2023年6月1日至2100年12月31日", "2023"),
    ],
)
def test_a_single_entry_at_the_edges_builds(tmp_path, published: str, year: str):
    root = make_archive(
        tmp_path, {"edge.md": ENTRY.format(published=published)}, copy_entries=False, search=False
    )
    result = run_build(root)
    assert result.returncode == 0, result.log
    assert "Traceback" not in result.log
    feed = (result.site / "feed.xml").read_text(encoding="utf-8")
    assert re.search(rf"<pubDate>\w+, \d\d \w+ {year} ", feed), feed
    sitemap = (result.site / "sitemap.xml").read_bytes()
    assert gzip.decompress((result.site / "sitemap.xml.gz").read_bytes()) == sitemap


@pytest.mark.parametrize(
    "published", ["0000年", "0000年7期", "1899-12-31", "2107-01-01", "2023年至2230年"]
)
def test_a_date_out_of_range_is_a_located_error_not_a_crash(tmp_path, published: str):
    root = make_archive(
        tmp_path, {"far.md": ENTRY.format(published=published)}, copy_entries=False, search=False
    )
    result = run_build(root)
    assert result.returncode != 0
    assert "Traceback" not in result.log
    assert "entries/far.md:8: published（首发日期）：年份 " in result.log, result.log
    assert f"不在 {EARLIEST_YEAR}–{LATEST_YEAR} 之间" in result.log
    assert not (root / "site").exists()


def test_build_epoch_fits_gzip_for_every_accepted_date():
    import datetime as dt

    for text in (f"{EARLIEST_YEAR}-01-01", f"{LATEST_YEAR}-12-31", "1969-12-31", "1970-01-01"):
        epoch = build_epoch(dt.date.fromisoformat(parse_published(text).iso))
        assert 0 <= epoch < 2**32
    assert build_epoch(None) == 946684800  # 2000-01-01 when there are no entries
    assert build_epoch(dt.date(1, 1, 1)) == 0 and build_epoch(dt.date(9999, 12, 31)) == 2**32 - 1
