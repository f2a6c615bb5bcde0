"""Golden entries, checked by the library: tests/golden/entries/<case>.yml holds an entry and
the problems it must give, one per line as users see them. `problems` defaults to the case's
`text` (what `awards validate` prints, test_cli_golden.py); a case whose problems need the
whole archive (a duplicate id) or the raw bytes says `problems` itself. UPDATE_GOLDEN=1
rewrites the expectations (golden_support)."""

from __future__ import annotations

import pytest
from golden_support import GoldenCase, check_golden, golden_cases

from award_archive.checking.read import decode, parse_entry_text
from award_archive.checking.validate import Rules, validate_entry

CASES = golden_cases("entries")


def problems_for(case: GoldenCase) -> str:
    rel = f"entries/{case.name}.md"
    text, unreadable = decode(case.input, rel)
    if text is None:
        lines = [str(unreadable)]
    else:
        entry, problems = validate_entry(parse_entry_text(text, rel), Rules())
        lines = [str(p) for p in sorted(problems, key=lambda p: p.line)]  # as reports order them
        if entry is None and not any(p.is_error for p in problems):
            lines.append("(no entry and no error)")  # would be a bug
    return "".join(line + "\n" for line in lines)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_golden_problems(case: GoldenCase):
    section = "problems" if "problems" in case.expected or "text" not in case.expected else "text"
    check_golden(case, section, problems_for(case))


def test_every_case_has_expectations():
    assert len(CASES) >= 25
    for case in CASES:
        assert case.expected.get("text") is not None or case.expected.get("problems") is not None
