"""The pull-request flow files: every command they run is one `make` (and so the tests) run."""

from __future__ import annotations

import re
import subprocess

import yaml
from cli_helpers import awards

from conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def make_targets() -> set[str]:
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, flags=re.M))


def test_workflows_only_run_make_targets():
    assert {p.name for p in WORKFLOWS} == {"check.yml", "deploy.yml", "entry-from-issue.yml"}
    targets = make_targets()
    seen = set()
    # entry-from-issue.yml also has GitHub's glue (the body to a file, the comment): its
    # awards commands run through make too (tests/test_issue_workflow.py runs its steps)
    issue_flow = yaml.safe_load(
        (REPO / ".github/workflows/entry-from-issue.yml").read_text(encoding="utf-8")
    )
    runs = [
        step["run"].split()[:2] for step in issue_flow["jobs"]["entry"]["steps"] if "run" in step
    ]
    assert (
        ["make", "install"] in runs and ["make", "from-issue"] in runs and "from-issue" in targets
    )
    for path in (p for p in WORKFLOWS if p.name != "entry-from-issue.yml"):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for job in doc["jobs"].values():
            for step in job["steps"]:
                if "run" in step:
                    words = step["run"].split()
                    assert words[0] == "make" and words[1] in targets, (path.name, step["run"])
                    seen.add(" ".join(words[1:]))
    assert {"install", "validate FORMAT=github", "build"} <= seen


def test_make_validate_runs_awards_validate_in_the_chosen_format():
    dry = subprocess.run(
        ["make", "-n", "validate", "FORMAT=github"], cwd=REPO, capture_output=True, text=True
    )
    assert ".venv/bin/awards validate --format github" in dry.stdout.splitlines()
    build = subprocess.run(["make", "-n", "build"], cwd=REPO, capture_output=True, text=True)
    assert ".venv/bin/mkdocs build --strict" in build.stdout.splitlines()


def test_pre_commit_hooks_run_awards_validate_on_entries():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    local = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    ours = local["repos"][0]
    assert ours["repo"] == "local"
    for hook in [*hooks, *ours["hooks"]]:
        assert hook["entry"].endswith("awards validate")
        assert re.search(hook["files"], "entries/examples/x.md")
        assert not re.search(hook["files"], "docs/index.md")


def test_pre_commit_style_run_on_changed_files_passes_on_the_shipped_entries():
    # pre-commit passes the changed files' paths, relative to the repository root.
    files = [p.relative_to(REPO).as_posix() for p in sorted((REPO / "entries").rglob("*.md"))]
    result = awards("validate", *files, cwd=REPO)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout
