"""Property tests: whatever a file holds, loading and validating it gives an Entry or a
list of problems naming the file: never an exception, never a problem without an error
when nothing loaded. Example counts stay modest: this runs on every `make test`."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from award_archive.archive import load_archive
from award_archive.load import decode, parse_entry_text
from award_archive.model import KEYS, Entry
from award_archive.validate import Rules, validate_entry

REL = "entries/generated.md"
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

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
    "---", "...", ":", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!python/object:os.system",
    "!!binary", "|", ">", '"', "'", "#", "%", "@", "`", "\t", "\n", "\r\n", "\ufeff", "\x00",
    "\x1b", "\u2028", "<script>", "{{ x }}", "~", "null", "yes", "0x1F", "1e400", ".nan",
    "2023-06-08", "2023年7期", "第十届", "、", "，", "9" * 5000, "作者", "消息", "一等奖",
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
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)
front_matter_dicts = st.dictionaries(
    st.one_of(st.sampled_from(KEYS), st.sampled_from(["auther", "作者", "example", ""]), st.text(max_size=10)),
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
    st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda n: n not in (".", "..") and len(n.encode()) < 200)


@settings(max_examples=60, deadline=None)
@given(st.lists(file_names, min_size=1, max_size=4, unique=True), st.sampled_from(["", "id: same\n"]))
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
        assert {e.source for e in archive.entries}.isdisjoint({p.path for p in archive.problems if p.is_error})
        if id_line and len(names) > 1:
            assert not archive.entries  # every file sharing the id is refused
