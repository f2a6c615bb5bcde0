"""Golden files for `awards validate`: tests/golden/entries/<case>.yml holds the entry and
the exact output in each format (its `text`, `json` and `github` blocks).

All cases sit in one temporary archive beside the shipped entries, and each run names
one case: the other cases' problems must not leak into its report. UPDATE_GOLDEN=1
rewrites the expected files; review the diff before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import awards
from golden_support import check_golden, golden_cases

from conftest import make_archive

GOLDEN_CASES = {case.name: case for case in golden_cases("entries")}
CASES = sorted(GOLDEN_CASES)
FORMATS = ("text", "json", "github")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_archive(tmp_path_factory.mktemp("golden"))
    for case in GOLDEN_CASES.values():
        (root / "entries" / f"{case.name}.md").write_bytes(case.input)
    return root


@pytest.mark.parametrize("case", CASES)
def test_validate_output_matches_golden(archive: Path, case: str):
    runs = {
        fmt: awards("validate", "--format", fmt, f"entries/{case}.md", cwd=archive)
        for fmt in FORMATS
    }
    for fmt, result in runs.items():
        check_golden(GOLDEN_CASES[case], fmt, result.stdout)
        assert "Traceback" not in result.stderr
    # The exit code follows the report: 1 when it holds an error, else 0.
    errors = json.loads(runs["json"].stdout)["errors"]
    assert {r.returncode for r in runs.values()} == {1 if errors else 0}


def test_every_broken_case_reports_something_and_names_its_file():
    for case in CASES:
        text = GOLDEN_CASES[case].expected["text"]
        if case.startswith("clean"):
            assert text == ""
            continue
        assert text, case
        assert all(line.startswith(f"entries/{case}.md") for line in text.splitlines()), case
    assert len([c for c in CASES if not c.startswith("clean")]) >= 12


def test_warnings_fail_only_with_strict(archive: Path):
    relaxed = awards("validate", "entries/short-evaluation.md", cwd=archive)
    strict = awards("validate", "--strict", "entries/short-evaluation.md", cwd=archive)
    assert "警告：evaluation（作品评介）" in relaxed.stdout
    assert (relaxed.returncode, strict.returncode) == (0, 1)


def test_whole_archive_reports_every_case(archive: Path):
    result = awards("validate", "--format", "json", cwd=archive)
    paths = {p["path"] for p in json.loads(result.stdout)["problems"]}
    broken = {f"entries/{c}.md" for c in CASES if not c.startswith("clean")}
    # duplicate-id also marks the seed entry whose id it copied
    assert paths == broken | {"entries/chuanyu-guangongwei-zuotanhui.md"}
    assert result.returncode == 1
