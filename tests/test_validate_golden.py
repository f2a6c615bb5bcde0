"""Golden files: an entry in tests/golden/problems/<case>.md, the problems it must give in
<case>.expected (one per line, as users see them). UPDATE_GOLDEN=1 rewrites the expected
files; review the diff before committing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from award_archive.checking.read import parse_entry_text
from award_archive.checking.validate import Rules, validate_entry

GOLDEN = Path(__file__).parent / "golden" / "problems"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))


def problems_for(case: str) -> str:
    text = (GOLDEN / f"{case}.md").read_text(encoding="utf-8")
    raw = parse_entry_text(text, f"entries/{case}.md")
    entry, problems = validate_entry(raw, Rules())
    lines = [str(p) for p in problems]
    if entry is None and not any(p.is_error for p in problems):
        lines.append("(no entry and no error)")  # would be a bug
    return "\n".join(lines) + ("\n" if lines else "")


@pytest.mark.parametrize("case", CASES)
def test_golden_problems(case: str):
    actual = problems_for(case)
    expected_path = GOLDEN / f"{case}.expected"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_path.write_text(actual, encoding="utf-8")
    assert actual == expected_path.read_text(encoding="utf-8")


def test_every_case_has_expected_output():
    assert CASES and {p.stem for p in GOLDEN.glob("*.expected")} == set(CASES)
