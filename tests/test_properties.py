"""Property tests: whatever a file holds, loading and validating it gives an Entry or a
list of problems naming the file: never an exception, never a problem without an error
when nothing loaded; and whatever the validator accepts, the build renders.
Example counts stay modest: this runs on every `make test` (more with CI set)."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import shutil
import string
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from mkdocs import utils as mkdocs_utils

from award_archive.checking.archive import Archive, load_archive
from award_archive.checking.read import decode, parse_entry_text
from award_archive.checking.validate import Rules, validate_entry
from award_archive.contract.dates import build_epoch
from award_archive.contract.model import KEYS, Entry
from award_archive.formats.export import DOWNLOADS, export_text
from award_archive.search.page import search_page
from award_archive.web.builder import build_pages
from award_archive.web.feed import FEED_PATH
from award_archive.web.outputs import browse_files
from award_archive.web.urls import TABLE_DATA_PATH
from conftest import make_archive, run_build

REL = "entries/generated.md"
# Example counts come from the profile conftest loads (more with CI set).
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

VALID = {
    "title": "标题",
    "award": "四川宣传关心下一代新闻佳作",
    "edition": 10,
    "category": "消息",
    "authors": ["李怡霏"],
    "outlet": "《关爱明天》杂志",
    "published": "2023年7期",
}

# Pieces that mean something to YAML, Markdown or the date and name parsers.
TRICKY = [
    "---",
    "...",
    ":",
    ": ",
    "- ",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!python/object:os.system",
    "!!binary",
    "|",
    ">",
    '"',
    "'",
    "#",
    "%",
    "@",
    "`",
    "\t",
    "\n",
    "\r\n",
    "\ufeff",
    "\x00",
    "\x1b",
    "\u2028",
    "<script>",
    "{{ x }}",
    "~",
    "null",
    "yes",
    "0x1F",
    "1e400",
    ".nan",
    "2023-06-08",
    "2023年7期",
    "第十届",
    "、",
    "，",
    "9" * 5000,
    "作者",
    "消息",
    "一等奖",
]
yamlish_piece = st.one_of(
    st.sampled_from(TRICKY),
    st.sampled_from(KEYS),
    st.text(string.ascii_letters + string.digits + "中文标题 ", max_size=12),
)
yamlish_text = st.lists(yamlish_piece, max_size=6).map("".join)
yamlish_line = st.one_of(
    yamlish_text,
    st.builds("{}: {}".format, st.sampled_from(KEYS), yamlish_text),  # a known key, a wild value
    st.builds("{}: {}".format, st.sampled_from(KEYS), st.sampled_from(TRICKY)),
)
yamlish_block = st.lists(yamlish_line, max_size=12).map("\n".join)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(TRICKY),
    st.dates(),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
front_matter_dicts = st.dictionaries(
    st.one_of(
        st.sampled_from(KEYS),
        st.sampled_from(["auther", "作者", "example", ""]),
        st.text(max_size=10),
    ),
    values,
    max_size=12,
)


def check_outcome(text: str) -> None:
    raw = parse_entry_text(text, REL)
    entry, problems = validate_entry(raw, Rules())
    errors = [p for p in problems if p.is_error]
    if entry is None:
        assert errors, "nothing loaded, so at least one error must say why"
    else:
        assert isinstance(entry, Entry) and not errors
    lines = text.count("\n") + 1
    for p in problems:
        assert p.path == REL
        assert 0 <= p.line <= lines + 1, p
        assert "\n" not in str(p) and "\r" not in str(p)
        assert p.message.strip()


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_file(text: str):
    check_outcome(text)


@SETTINGS
@given(yamlish_block, st.text(max_size=80))
@example("year: " + "9" * 5000, "")  # once a ValueError out of PyYAML
@example("review: " + "[" * 3000 + "]" * 3000, "")
@example("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]", "")
def test_yamlish_front_matter(block: str, body: str):
    check_outcome(f"---\n{block}\n---\n{body}")


@SETTINGS
@given(front_matter_dicts, st.booleans())
@example({"length": "9" * 5000}, False)  # once a ValueError out of parse_length
def test_generated_dicts_dumped_to_yaml(data: dict, over_valid: bool):
    fields = {**VALID, **data} if over_valid else data
    text = "---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n\n正文。\n"
    check_outcome(text)


@SETTINGS
@given(st.sampled_from(KEYS), values)
def test_one_generated_value_in_a_valid_entry(key: str, value):
    """A single field changed: the problems, if any, name that field (or the file)."""
    text = "---\n" + yaml.safe_dump({**VALID, key: value}, allow_unicode=True) + "---\n\n正文。\n"
    check_outcome(text)
    raw = parse_entry_text(text, REL)
    _, problems = validate_entry(raw, Rules())
    assert {p.key for p in problems} <= {key, ""}


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes(raw: bytes):
    text, problem = decode(raw, REL)
    assert (text is None) != (problem is None)
    if problem is not None:
        assert problem.is_error and problem.path == REL and "\n" not in str(problem)
    else:
        assert "\r" not in text
        check_outcome(text)


file_names = st.text(
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=40,
).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200)


@settings(deadline=None)
@given(
    st.lists(file_names, min_size=1, max_size=4, unique=True), st.sampled_from(["", "id: same\n"])
)
def test_any_file_names_in_entries(names: list[str], id_line: str):
    """Whatever the files are called (and even when they share an id), the archive loads
    with one-line problems naming files that exist."""
    body = "---\n" + id_line + yaml.safe_dump(VALID, allow_unicode=True) + "---\n\n正文。\n"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "entries").mkdir()
        for name in names:
            (root / "entries" / f"{name}.md").write_text(body, encoding="utf-8")
        archive = load_archive(root, Rules())
        for p in archive.problems:
            assert "\n" not in str(p) and (root / p.path).exists()
        assert len(archive.entries) <= len(names)
        assert {e.source for e in archive.entries}.isdisjoint(
            {p.path for p in archive.problems if p.is_error}
        )
        if id_line and len(names) > 1:
            assert not archive.entries  # every file sharing the id is refused


# --- Whatever the validator accepts builds (issue 10, item 3) -------------------------
# Hostile but plausible values per field: most examples pass validation, so the build's
# own code (pages, feed, sitemap date, table data, downloads) sees the edges.

BUILD_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

years = st.one_of(
    st.integers(1890, 2110),
    st.integers(1890, 2110),
    st.integers(0, 9999),
    st.sampled_from([1, 1899, 1900, 1969, 1970, 2038, 2100, 2101, 2106, 2107]),
)
months = st.integers(0, 13)
days = st.integers(0, 32)
date_points = st.one_of(
    st.builds("{:04d}-{:02d}-{:02d}".format, years, months, days),
    st.builds("{:04d}年{}月{}日".format, years, months, days),
    st.builds("{:04d}.{}.{}".format, years, months, days),
    st.builds("{:04d}年{}月".format, years, months),
    st.builds("{:04d}年".format, years),
    st.builds("{:04d}年{}期".format, years, st.integers(0, 999)),
    st.builds("{:04d}年第{}期".format, years, st.integers(0, 999)),
)
published_values = st.one_of(
    date_points,
    st.builds("{}至{}".format, date_points, date_points),
    st.builds("{}-{}".format, date_points, date_points),
    st.builds("{:04d}年{}月{}日至{}日".format, years, months, days, days),
    st.dates(),
    st.integers(),
    st.sampled_from(TRICKY),
    st.text(max_size=20),
)
printable = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30)
hostile_text = st.one_of(
    printable,
    printable,
    st.text(min_size=1, max_size=30),
    st.sampled_from(TRICKY),
    st.builds("{}{}".format, st.sampled_from(TRICKY), st.text(max_size=10)),
)
numbers = st.one_of(
    st.integers(-5, 10**20),
    st.sampled_from(["第十届", "１０", "010", "0x10", "10_0", "1:30", "9" * 40]),
)
CATEGORIES, PRIZES = Rules().categories, Rules().prizes
field_values = {
    "title": hostile_text,
    "award": hostile_text,
    "edition": numbers,
    "year": st.one_of(years, numbers),
    "category": st.one_of(st.sampled_from(CATEGORIES), st.sampled_from(CATEGORIES), hostile_text),
    "authors": st.one_of(st.lists(hostile_text, min_size=1, max_size=5), hostile_text),
    "editors": st.lists(hostile_text, max_size=3),
    "outlet": hostile_text,
    "published": published_values,
    "section": hostile_text,
    "length": st.one_of(
        numbers, st.sampled_from(["9分54秒", "00:09:54", "约3000字"]), hostile_text
    ),
    "url": st.one_of(
        st.sampled_from(
            [
                "https://example.org/a?b=<c>&d",
                "http://x",
                "HTTPS://例子.中国/路径#'\"",
                "javascript:x",
            ]
        ),
        st.builds("https://example.org/{}".format, printable),
    ),
    "evaluation": st.one_of(hostile_text, st.text(min_size=120, max_size=200)),
    "process": hostile_text,
    "effect": hostile_text,
    "review": hostile_text,
    "recommender": hostile_text,
    "prize": st.one_of(st.sampled_from(PRIZES), st.sampled_from(PRIZES), hostile_text),
    "platform": hostile_text,
    "genre": hostile_text,
}
changed_fields = st.sets(st.sampled_from(sorted(field_values)), min_size=1, max_size=5).flatmap(
    lambda keys: st.fixed_dictionaries({k: field_values[k] for k in sorted(keys)})
)
bodies = st.one_of(st.just("正文。\n"), st.text(max_size=60), st.sampled_from(TRICKY))


@contextlib.contextmanager
def source_date_epoch(value: int):
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(value)
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def entry_text(fields: dict, body: str) -> str:
    return "---\n" + yaml.safe_dump({**VALID, **fields}, allow_unicode=True) + "---\n\n" + body


def build_core(archive: Archive) -> None:
    """What `mkdocs build` runs of the plugin's own code, in the order it runs it."""
    rules = Rules()
    epoch = build_epoch(archive.last_published)  # on_config: the sitemap's date
    with source_date_epoch(epoch):  # what MkDocs then does with it (sitemap.xml(.gz))
        timestamp = mkdocs_utils.get_build_timestamp()
        assert mkdocs_utils.get_build_date()
        out = io.BytesIO()
        with gzip.GzipFile(fileobj=out, filename="sitemap.xml", mode="wb", mtime=timestamp) as gz:
            gz.write(b"<urlset/>")
    pages = build_pages(archive, rules, True, "https://example.org/")
    pages.append(search_page(True, True))
    assert pages and all(p.html is not None for p in pages)
    files = browse_files(archive, rules, "档案", "https://example.org/", True)
    ET.fromstring(files[FEED_PATH].encode("utf-8"))  # the feed is well-formed XML
    json.loads(files[TABLE_DATA_PATH])
    for fmt in DOWNLOADS:
        export_text(archive.entries, fmt)


def accepted_archive(root: Path, texts: list[str]) -> Archive | None:
    """The archive of `texts` as the build loads it, or None when the validator refuses."""
    entries = root / "entries"
    shutil.rmtree(entries, ignore_errors=True)
    entries.mkdir(parents=True)
    for i, text in enumerate(texts):
        (entries / f"e{i}.md").write_text(text, encoding="utf-8")
    archive = load_archive(root, Rules())
    return archive if archive.ok and len(archive.entries) == len(texts) else None


ACCEPTED: list[str] = []  # a few accepted examples, built for real once at the end


@BUILD_SETTINGS
@given(st.lists(st.tuples(changed_fields, bodies), min_size=1, max_size=3))
@example([({"published": "0000年"}, "正文。\n")])  # once ValueError: year 0 is out of range
@example([({"published": "0000年7期"}, "正文。\n")])
@example([({"published": "1969-12-31"}, "正文。\n")])  # once struct.error in gzip
@example([({"published": "2107年"}, "正文。\n")])
@example([({"published": "1900-01-01"}, "")])
@example([({"published": "2100年第999期"}, "")])
def test_every_accepted_entry_builds(examples: list[tuple[dict, str]]):
    texts = [entry_text(fields, body) for fields, body in examples]
    with tempfile.TemporaryDirectory() as tmp:
        archive = accepted_archive(Path(tmp), texts)
        if archive is None:
            event("refused")
            return  # refused with located problems: the other properties check those
        build_core(archive)
        event(f"built {len(archive.entries)} entries")
    if len(ACCEPTED) < 6 and texts not in ACCEPTED:
        ACCEPTED.append(texts)


def test_accepted_generated_entries_build_with_mkdocs(tmp_path: Path):
    """One real `mkdocs build` (not --strict: generated text may warn, e.g. a short
    作品评介) of a handful of accepted generated entries side by side, plus the edges."""
    if not ACCEPTED:
        test_every_accepted_entry_builds()
    texts = [t for group in ACCEPTED for t in group]
    assert texts, "the generator found no accepted entry"
    entries = {f"g{i}.md": text for i, text in enumerate(texts)}
    entries["edge-old.md"] = entry_text({"published": "1900年1月1日"}, "")
    entries["edge-new.md"] = entry_text({"published": "2100年第99期"}, "")
    root = make_archive(tmp_path, entries, copy_entries=False)
    result = run_build(root, expect_warnings=[": 警告："])  # the validator's, on generated text
    assert result.returncode == 0, result.log
    assert "Traceback" not in result.log
    assert (result.site / "feed.xml").is_file() and (result.site / "sitemap.xml.gz").is_file()
