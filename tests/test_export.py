"""`awards export`: the files re-read with the csv and json modules equal the entries."""

from __future__ import annotations

import csv
import io
import json

from cli_helpers import awards

from award_archive.checking.archive import load_archive
from award_archive.contract.model import FIELDS, Entry
from award_archive.formats.export import COLUMNS, DOWNLOADS
from conftest import BuildResult

TRICKY = """---
title: =HYPERLINK("http://evil.example","点我")
award: 四川宣传关心下一代新闻佳作
edition: 9
category: 通讯
authors: [-张三, "@李四"]
outlet: "+某报"
published: 2022.6.1-2022.6.30
length: 9分54秒
url: https://example.org/a?x=1&y=2
evaluation: "多行\\n评介，含逗号, 和 \\"引号\\" 与 <b>标签</b>"
---
正文
"""


def expected_cell(e: Entry, key: str) -> str:
    """What a spreadsheet cell should hold, derived from the entry, not from the exporter."""
    value = {
        "published": e.published.text,
        "published_start": e.published.start.iso,
        "published_end": e.published.end.iso if e.published.end else "",
        "published_sort": e.published.sortable,
        "length": e.length.text if e.length else "",
        "length_characters": e.length.characters
        if e.length and e.length.characters is not None
        else "",
        "length_seconds": e.length.seconds if e.length and e.length.seconds is not None else "",
        "example": "true" if e.example else "false",
    }.get(key, getattr(e, key, None))
    if isinstance(value, list):
        value = ("\n" if key == "attachments" else "、").join(value)
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def test_csv_reread_equals_the_entries(archive_factory, tmp_path):
    root = archive_factory({"tricky.md": TRICKY})
    out = tmp_path / "entries.csv"
    result = awards("export", "--format", "csv", "-o", str(out), cwd=root)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads Chinese text only with the BOM
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    entries = load_archive(root).entries
    assert [r["id"] for r in rows] == sorted(e.id for e in entries)
    assert list(rows[0]) == list(COLUMNS)
    assert [f.key for f in FIELDS] == [c for c in COLUMNS if c in {f.key for f in FIELDS}]
    by_id = {e.id: e for e in entries}
    for row in rows:
        e = by_id[row["id"]]
        assert row == {key: expected_cell(e, key) for key in COLUMNS}, e.id
    tricky = next(r for r in rows if r["id"] == "tricky")
    assert tricky["title"].startswith("'=HYPERLINK")
    assert tricky["authors"] == "'-张三、@李四" and tricky["outlet"] == "'+某报"
    assert tricky["published_start"] == "2022-06-01" and tricky["published_end"] == "2022-06-30"
    assert tricky["length_seconds"] == "594"


def test_json_keeps_types_and_text_as_written(archive_factory):
    root = archive_factory({"tricky.md": TRICKY})
    result = awards("export", "--format", "json", cwd=root)
    assert result.returncode == 0
    assert "<" not in result.stdout and "&" not in result.stdout  # inert if a page inlines it
    records = json.loads(result.stdout)
    by_id = {e.id: e for e in load_archive(root).entries}
    assert [r["id"] for r in records] == sorted(by_id)
    for r in records:
        e = by_id[r["id"]]
        assert list(r) == list(COLUMNS)
        assert (r["title"], r["authors"], r["edition"], r["published"]) == (
            e.title,
            e.authors,
            e.edition,
            e.published.text,
        )
        assert r["length_characters"] == (e.length.characters if e.length else None)
    assert by_id["tricky"].url == next(r for r in records if r["id"] == "tricky")["url"]


def test_export_leaves_out_broken_entries_and_says_so(archive_factory):
    root = archive_factory({"broken.md": "---\ntitle: 只有标题\n---\n"})
    result = awards("export", "--format", "json", cwd=root)
    assert result.returncode == 1
    assert "entries/broken.md" in result.stderr
    assert "broken" not in {r["id"] for r in json.loads(result.stdout)}


def test_site_publishes_both_files_linked_from_the_table(built_repo_site: BuildResult):
    table = built_repo_site.page("table/")
    entries = load_archive(built_repo_site.root).entries
    for uri in DOWNLOADS.values():
        assert f'href="../{uri}"' in table
        data = (built_repo_site.site / uri).read_bytes()
        assert data
    csv_rows = list(
        csv.DictReader(
            io.StringIO((built_repo_site.site / DOWNLOADS["csv"]).read_text(encoding="utf-8-sig"))
        )
    )
    assert sorted(r["id"] for r in csv_rows) == sorted(e.id for e in entries)
    records = json.loads((built_repo_site.site / DOWNLOADS["json"]).read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == sorted(e.id for e in entries)
