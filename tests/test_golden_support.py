"""The helpers every golden and build test relies on."""

from __future__ import annotations

import pytest
from golden_support import GoldenCase, check_golden

from conftest import unexpected_warnings


def test_a_warning_no_fragment_expects_is_reported():
    log = (
        "INFO    -  Building\nWARNING -  award_archive: a.md:3: warning: short\nWARNING -  other\n"
    )
    assert unexpected_warnings(log, [": warning: "]) == ["WARNING -  other"]
    assert unexpected_warnings(log, []) == [
        line for line in log.splitlines() if line.startswith("WARNING")
    ]


def test_check_golden_compares_and_rewrites_only_when_asked(tmp_path, monkeypatch):
    path = tmp_path / "case.yml"
    path.write_text("entry: x\ntext: |\n  old\n", encoding="utf-8")
    case = GoldenCase("case", path, b"x", {"text": "old\n"})
    monkeypatch.delenv("UPDATE_GOLDEN", raising=False)
    with pytest.raises(AssertionError):
        check_golden(case, "text", "new\n")
    monkeypatch.setenv("UPDATE_GOLDEN", "1")
    check_golden(case, "text", "new\nlines\n")
    assert "text: |\n  new\n  lines\n" in path.read_text(encoding="utf-8")
