"""Golden files for `awards validate`: tests/golden/validate/<case>.md goes in, the exact
output in each format comes out (<case>.out.text, .out.json, .out.github).

All cases sit in one temporary archive beside the shipped entries, and each run names
one case: the other cases' problems must not leak into its report. UPDATE_GOLDEN=1
rewrites the expected files; review the diff before committing.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from cli_helpers import awards

from conftest import make_archive

GOLDEN = Path(__file__).parent / "golden" / "validate"
CASES = sorted(p.stem for p in GOLDEN.glob("*.md"))
FORMATS = ("text", "json", "github")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_archive(tmp_path_factory.mktemp("golden"))
    for case in CASES:
        shutil.copyfile(GOLDEN / f"{case}.md", root / "entries" / f"{case}.md")
    return root


@pytest.mark.parametrize("case", CASES)
def test_validate_output_matches_golden(archive: Path, case: str):
    runs = {fmt: awards("validate", "--format", fmt, f"entries/{case}.md", cwd=archive) for fmt in FORMATS}
    for fmt, result in runs.items():
        expected_path = GOLDEN / f"{case}.out.{fmt}"
        if os.environ.get("UPDATE_GOLDEN"):
            expected_path.write_text(result.stdout, encoding="utf-8")
        assert result.stdout == expected_path.read_text(encoding="utf-8"), fmt
        assert "Traceback" not in result.stderr
    # The exit code follows the report: 1 when it holds an error, else 0.
    errors = json.loads(runs["json"].stdout)["errors"]
    assert {r.returncode for r in runs.values()} == {1 if errors else 0}


def test_every_broken_case_reports_something_and_names_its_file():
    for case in CASES:
        text = (GOLDEN / f"{case}.out.text").read_text(encoding="utf-8")
        if case == "clean":
            assert text == ""
            continue
        assert text, case
        assert all(line.startswith(f"entries/{case}.md") for line in text.splitlines()), case
    assert len([c for c in CASES if c != "clean"]) >= 12


def test_warnings_fail_only_with_strict(archive: Path):
    relaxed = awards("validate", "entries/short-evaluation.md", cwd=archive)
    strict = awards("validate", "--strict", "entries/short-evaluation.md", cwd=archive)
    assert "warning: evaluation (作品评介)" in relaxed.stdout
    assert (relaxed.returncode, strict.returncode) == (0, 1)


def test_whole_archive_reports_every_case(archive: Path):
    result = awards("validate", "--format", "json", cwd=archive)
    paths = {p["path"] for p in json.loads(result.stdout)["problems"]}
    broken = {f"entries/{c}.md" for c in CASES if c != "clean"}
    # duplicate-id also marks the seed entry whose id it copied
    assert paths == broken | {"entries/chuanyu-guangongwei-zuotanhui.md"}
    assert result.returncode == 1
