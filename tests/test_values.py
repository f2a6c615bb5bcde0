"""The value parsers every part of the archive shares: dates, lengths, names, slugs."""

from __future__ import annotations

import datetime as dt

import pytest

from award_archive.contract.dates import DateError, parse_published
from award_archive.contract.lengths import parse_length
from award_archive.contract.names import split_names
from award_archive.contract.numerals import parse_edition
from award_archive.contract.slugs import pinyin_key, slugify, unique_slugs


@pytest.mark.parametrize(
    ("text", "iso", "sortable", "end"),
    [
        ("2023-06-08", "2023-06-08", "2023-06-08-00", None),
        ("2023年6月8日", "2023-06-08", "2023-06-08-00", None),
        ("2022.6.2", "2022-06-02", "2022-06-02-00", None),
        ("2023/6/8", "2023-06-08", "2023-06-08-00", None),
        ("2023年7期", "2023", "2023-07-00-07", None),
        ("2023年第12期", "2023", "2023-12-00-12", None),
        ("2023年第20期", "2023", "2023-10-00-20", None),
        ("2023年6月", "2023-06", "2023-06-00-00", None),
        ("２０２３年６月８日", "2023-06-08", "2023-06-08-00", None),
        ("2023年6月1日至6月30日", "2023-06-01", "2023-06-01-00", "2023-06-30"),
        ("2023年6月1日到30日", "2023-06-01", "2023-06-01-00", "2023-06-30"),
        ("2022.6.1-2022.6.30", "2022-06-01", "2022-06-01-00", "2022-06-30"),
        ("2023-06-01~2023-07-02", "2023-06-01", "2023-06-01-00", "2023-07-02"),
    ],
)
def test_published_shapes(text, iso, sortable, end):
    d = parse_published(text)
    assert (d.text, d.iso, d.sortable) == (text, iso, sortable)
    assert (d.end.iso if d.end else None) == end


def test_yaml_dates_and_sorting():
    assert parse_published(dt.date(2023, 6, 8)).text == "2023-06-08"
    keys = [
        parse_published(t).sort_key
        for t in ("2022.6.2", "2023年6月8日", "2023年7期", "2023-07-01", "2023-12-01")
    ]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    "bad", ["", "去年夏天", "2023-02-30", "2023年13月", "2023-06-30至2023-06-01", [2023], True]
)
def test_unreadable_dates(bad):
    with pytest.raises(DateError):
        parse_published(bad)


@pytest.mark.parametrize(
    ("value", "kind", "display"),
    [
        (2402, "characters", "2402字"),
        ("2402字", "characters", "2402字"),
        ("1,200字", "characters", "1200字"),
        ("9分54秒", "seconds", "9分54秒"),
        ("0时24分05秒", "seconds", "24分05秒"),
        ("00:30:00", "seconds", "30分00秒"),
        ("1:02:03", "seconds", "1时02分03秒"),
        ("平均每篇10分钟", "text", "平均每篇10分钟"),
    ],
)
def test_lengths(value, kind, display):
    length = parse_length(value)
    assert length is not None and (length.kind, length.display) == (kind, display)


def test_names_split_on_every_separator():
    assert split_names("李怡霏、莫尔佳，张三, 李四;王五；赵六  孙七") == [
        "李怡霏",
        "莫尔佳",
        "张三",
        "李四",
        "王五",
        "赵六",
        "孙七",
    ]
    assert split_names("集体") == ["集体"]
    assert split_names("集体（张三、李四）、王五") == ["集体（张三、李四）", "王五"]
    assert split_names("《关爱明天》杂志 编辑部") == ["《关爱明天》杂志", "编辑部"]
    # Latin script: a space is inside a name (the form importer, `awards new` and the
    # validator read them alike)
    assert split_names("Zhang San, Li Si and Wang Wu") == ["Zhang San", "Li Si", "Wang Wu"]
    assert split_names("Mary O'Neil / John Smith") == ["Mary O'Neil", "John Smith"]
    assert split_names("- a: b") == ["-", "a:", "b"]  # not names: split as any other text


@pytest.mark.parametrize(
    ("text", "n"),
    [("10", 10), ("第十届", 10), ("第二十三届", 23), ("第10届", 10), ("一百零五", 105), ("十", 10)],
)
def test_editions(text, n):
    assert parse_edition(text) == n


def test_slugs_are_ascii_and_unique():
    assert slugify("《关爱明天》杂志") == "guan-ai-ming-tian-za-zhi"
    assert slugify("★★★") and slugify("★★★").isascii()
    slugs = unique_slugs(["长江日报", "长江日報", "Changjiang Ribao"])
    assert len(set(slugs.values())) == 3 and all(s.isascii() for s in slugs.values())
    assert unique_slugs(reversed(list(slugs))) == slugs


def test_pinyin_order():
    assert sorted(["张三", "李四", "王五", "阿福"], key=pinyin_key) == [
        "阿福",
        "李四",
        "王五",
        "张三",
    ]
