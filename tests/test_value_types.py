"""Values of the wrong YAML type are located problems, not crashes: cases the property
tests (tests/test_properties.py) reach only on some runs, checked on every run."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import awards, empty_archive
from test_hostile_catalogue import VALID_HEAD, _entry


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("length: [2402]", "should be a number of characters (2402) or a duration"),
        ("length: {a: 1}", "or a duration (9分54秒), but is a set of 'key: value' pairs"),
        ("attachments: [{a: b.pdf}]", "each attachment must be a file path, but one is"),
        ("attachments: ['  ']", "each attachment must be a file path"),
    ],
)
def test_a_value_of_the_wrong_type_is_one_located_problem(tmp_path: Path, line: str, says: str):
    root = empty_archive(tmp_path)
    (root / "entries" / "typed.md").write_text(_entry(VALID_HEAD + line + "\n"), encoding="utf-8")
    result = awards("--lang", "en", "validate", cwd=root)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    [problem] = [x for x in result.stdout.splitlines() if x.startswith("entries/typed.md:9:")]
    assert says in problem, result.stdout


def test_an_unclosed_quote_before_dashes_that_indenting_does_not_fix(tmp_path: Path):
    """A quote left open over a `---` line, where the text up to the next `---` is no
    better indented: the plain YAML error, located at the quote."""
    root = empty_archive(tmp_path)
    (root / "entries" / "q.md").write_text(
        '---\ntitle: "abc\n---\nmore: [\n---\n\n正文。\n', encoding="utf-8"
    )
    result = awards("--lang", "en", "validate", cwd=root)
    assert result.returncode == 1
    assert result.stdout.startswith(
        "entries/q.md:2: the front matter is not valid YAML: while scanning a quoted scalar "
        "that is never closed"
    ), result.stdout


def test_an_unclosed_bracket_before_dashes_is_the_plain_yaml_error(tmp_path: Path):
    """Only a quote is taken for a value holding `---`: an open bracket is reported as
    YAML reports it."""
    root = empty_archive(tmp_path)
    (root / "entries" / "b.md").write_text(
        "---\ntitle: [abc\n---\nmore\n---\n\n正文。\n", encoding="utf-8"
    )
    result = awards("--lang", "en", "validate", cwd=root)
    assert result.returncode == 1
    assert result.stdout.startswith("entries/b.md:"), result.stdout
    assert "front matter is not valid YAML" in result.stdout and "'---'" not in result.stdout
