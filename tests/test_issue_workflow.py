"""The entry-from-issue workflow's shell steps, run locally on sample issues without GitHub:
the body from the event payload to a file, from-issue, validate, the answer on the issue.
`gh` and `curl` are stand-ins on PATH that record what they were asked to do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import yaml

from conftest import BIN, REPO, make_archive

WORKFLOW = REPO / ".github" / "workflows" / "entry-from-issue.yml"
GOLDEN = REPO / "tests" / "golden" / "from_issue"
FAKE_GH = """#!/bin/sh
# gh issue comment N [--edit-last] --body-file F: no earlier comment, as on a first run
case " $* " in *" --edit-last "*) exit 1 ;; esac
printf '%s\\n' "$*" >> "$FAKE_LOG"
while [ $# -gt 0 ]; do [ "$1" = --body-file ] && cp "$2" "$FAKE_LOG.body"; shift; done
"""
FAKE_CURL = """#!/bin/sh
# curl ... -o FILE URL: "downloads" $FAKE_FORM
printf '%s\\n' "$*" >> "$FAKE_LOG.curl"
while [ $# -gt 1 ]; do [ "$1" = -o ] && cp "$FAKE_FORM" "$2"; shift; done
"""


def _steps() -> dict[str, dict]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    return {step["name"]: step for step in job["steps"] if "name" in step}


class Runner:
    """Runs the workflow's `run:` steps with bash in a throwaway archive, as the runner would."""

    def __init__(self, tmp: Path, payload: dict) -> None:
        self.root = make_archive(tmp, copy_entries=False)
        subprocess.run(["cp", "-r", str(REPO / ".github"), str(self.root)], check=True)
        for name in ("Makefile", "pyproject.toml"):  # `make from-issue`, with the repo's venv
            shutil.copy2(REPO / name, self.root / name)
        (self.root / ".venv").symlink_to(REPO / ".venv")
        # The venv is installed already: an old pyproject.toml keeps make from reinstalling
        # (the copy could not be installed: it has no README or package).
        os.utime(self.root / "pyproject.toml", (0, 0))
        self.temp = tmp / "runner-temp"
        self.temp.mkdir()
        fakes = tmp / "bin"
        fakes.mkdir()
        for name, text in (("gh", FAKE_GH), ("curl", FAKE_CURL)):
            (fakes / name).write_text(text, encoding="utf-8")
            (fakes / name).chmod(0o755)
        self.output = tmp / "github-output"
        self.log = tmp / "fake.log"
        self.env = {
            **os.environ,
            "PATH": f"{fakes}:{os.environ['PATH']}",
            "RUNNER_TEMP": str(self.temp),
            "GITHUB_OUTPUT": str(self.output),
            "AWARDS": str(BIN / "awards"),
            "FAKE_LOG": str(self.log),
            "FAKE_FORM": str(REPO / "tests" / "golden" / "import" / "china-award-tabs.txt"),
            "ISSUE_NUMBER": str(payload["issue"]["number"]),
            "NO_MKDOCS_2_WARNING": "1",
        }
        self.payload = payload
        self.steps = _steps()

    def run(self, name: str, **env: str) -> subprocess.CompletedProcess[str]:
        step = self.steps[name]
        # `${{ github.event.issue.body }}` and friends: what GitHub puts in the step's env
        given = {"BODY": self.payload["issue"]["body"], **env}
        declared = {k: given.get(k, "") for k in step.get("env", {})}
        return subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
            cwd=self.root,
            capture_output=True,
            text=True,
            env={**self.env, **declared},
        )

    def outputs(self) -> dict[str, str]:
        lines = self.output.read_text(encoding="utf-8").splitlines() if self.output.exists() else []
        return dict(line.split("=", 1) for line in lines)

    def comment(self) -> str:
        return (self.temp / "entry-from-issue" / "comment.md").read_text(encoding="utf-8")


def _payload(body: str) -> dict:
    # The event payload as GitHub sends it: the body's line ends are \r\n.
    event = {
        "action": "opened",
        "issue": {
            "number": 7,
            "state": "open",
            "body": body.replace("\n", "\r\n"),
            "labels": [{"name": "新条目"}],
        },
    }
    return json.loads(json.dumps(event))


def _through_entry(runner: Runner) -> None:
    for name in ("Write the issue's body to a file", "Entry from the issue, then validate"):
        result = runner.run(name)
        assert result.returncode == 0, result.stdout + result.stderr


def test_a_good_issue_gives_an_entry_and_a_comment_with_the_pr(tmp_path: Path):
    runner = Runner(tmp_path, _payload((GOLDEN / "every-field.md").read_text(encoding="utf-8")))
    _through_entry(runner)
    assert runner.outputs() == {"status": "ok"}
    written = list((runner.root / "entries").glob("*.md"))
    assert [p.name for p in written] == ["chuan-yu-liang-di-guan-gong-wei-zhao.md"]
    assert "会议签订了合作协议。" in written[0].read_text(encoding="utf-8")
    assert "检查通过" in runner.comment()
    answer = runner.run("Answer on the issue", PR_URL="https://github.com/o/r/pull/8", STATUS="ok")
    assert answer.returncode == 0, answer.stderr
    assert runner.log.read_text(encoding="utf-8").startswith("issue comment 7 --body-file")
    body = Path(f"{runner.log}.body").read_text(encoding="utf-8")
    assert "已提交合并请求：https://github.com/o/r/pull/8" in body
    assert not Path(f"{runner.log}.curl").exists()  # nothing attached, nothing fetched


def test_an_issue_with_problems_is_answered_with_them(tmp_path: Path):
    body = (GOLDEN / "bad-values.md").read_text(encoding="utf-8")
    # Also a form attached from elsewhere than GitHub (one run of the steps for both: each
    # run starts several `awards` processes): it is never fetched.
    attached = "### 推荐表附件\n\n[表.docx](https://evil.example/user-attachments/files/9/f.docx)"
    assert body.count("### 推荐表附件\n\n_No response_") == 1
    body = body.replace("### 推荐表附件\n\n_No response_", attached)
    runner = Runner(tmp_path, _payload(body))
    _through_entry(runner)
    assert not Path(f"{runner.log}.curl").exists()
    assert runner.outputs() == {"status": "problems"}
    assert not list((runner.root / "entries").glob("*.md"))
    comment = runner.comment()
    assert "请按下面的提示修改" in comment
    assert "    议题第 19 行：category（参评项目）：“消 息”不是允许的参评项目" in comment
    assert str(runner.temp) not in comment  # the runner's paths mean nothing to a contributor
    assert runner.run("Answer on the issue", STATUS="problems").returncode == 0
    assert "议题第 19 行" in Path(f"{runner.log}.body").read_text(encoding="utf-8")


def test_an_attached_form_is_downloaded_from_github(tmp_path: Path):
    # A link from elsewhere is never fetched: test_an_issue_with_problems_is_answered_with_them
    link = "[表.docx](https://github.com/user-attachments/files/9/f.docx)"
    body = f"### 届次\n\n33\n\n### 推荐表附件\n\n{link}\n"
    runner = Runner(tmp_path, _payload(body))
    _through_entry(runner)
    assert (
        "https://github.com/user-attachments/files/9/f.docx"
        in Path(f"{runner.log}.curl").read_text()
    )
    assert runner.outputs() == {"status": "ok"}, runner.comment()
