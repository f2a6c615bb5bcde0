"""修订记录: an entry page lists the commits that touched its file (date and message,
newest first by author date, messages escaped); none outside a git repository; the deploy
workflow checks out the whole history so the published site has it."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import REPO, SEED_ENTRY, BuildResult, make_archive, run_build

HOSTILE_MESSAGE = "更正作者 <script>alert(1)</script> & 日期"
OTHER = """---
title: 另一篇作品
award: 四川宣传关心下一代新闻佳作
edition: 9
category: 消息
authors: [王五]
outlet: 自贡日报
published: 2022-06-02
---
正文
"""

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(root: Path, *args: str, date: str = "") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_SYSTEM": os.devnull,
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def _archive(tmp: Path) -> Path:
    entries = {"seed.md": SEED_ENTRY.read_text(encoding="utf-8"), "other.md": OTHER}
    return make_archive(tmp, entries, copy_entries=False, search=False)


@pytest.fixture(scope="module")
def history_site(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """Two commits of entries: both added, then the seed corrected (author dates in two
    time zones); then a commit of mkdocs.yml only."""
    root = _archive(tmp_path_factory.mktemp("history"))
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "收录两篇作品", date="2024-05-01T10:00:00+08:00")
    seed = root / "entries" / "seed.md"
    seed.write_text(seed.read_text(encoding="utf-8").replace("李怡霏", "李怡菲"), "utf-8")
    _git(root, "commit", "-q", "-am", HOSTILE_MESSAGE, date="2024-05-02T01:30:00-04:00")
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as f:
        f.write("# 网站设置\n")  # a commit outside entries/ is no revision of an entry
    _git(root, "commit", "-q", "-am", "网站设置", date="2024-06-01T00:00:00Z")
    result = run_build(root, expect_warnings=())
    assert result.returncode == 0, result.log
    return result


def _revisions(page: str) -> list[tuple[str, str, str]]:
    section = re.search(r'<section class="aa-revisions".*?</section>', page, re.S)
    if section is None:
        return []
    items = re.findall(r'<li><time datetime="([^"]+)">([^<]+)</time> (.*?)</li>', section.group(0))
    return [(d, day, html.unescape(msg)) for d, day, msg in items]


def _entry_id(root: Path, name: str) -> str:
    from award_archive.checking.archive import load_archive

    (entry,) = [e for e in load_archive(root).entries if e.source == f"entries/{name}"]
    return entry.id


def test_entry_page_lists_its_commits_newest_first(history_site: BuildResult):
    page = history_site.page(f"entries/{_entry_id(history_site.root, 'seed.md')}/")
    assert _revisions(page) == [
        ("2024-05-02T01:30:00-04:00", "2024-05-02", HOSTILE_MESSAGE),
        ("2024-05-01T10:00:00+08:00", "2024-05-01", "收录两篇作品"),
    ]
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert '<h2 id="aa-revisions-h">修订记录</h2>' in page


def test_an_entry_touched_once_lists_one_commit(history_site: BuildResult):
    page = history_site.page(f"entries/{_entry_id(history_site.root, 'other.md')}/")
    assert _revisions(page) == [("2024-05-01T10:00:00+08:00", "2024-05-01", "收录两篇作品")]


def test_no_history_outside_a_repository(tmp_path: Path):
    root = _archive(tmp_path)
    result = run_build(root, expect_warnings=())
    assert result.returncode == 0, result.log
    for name in ("seed.md", "other.md"):
        page = result.page(f"entries/{_entry_id(root, name)}/")
        assert "aa-revisions" not in page and "修订记录" not in page


def test_history_is_read_with_one_git_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Many entries, one `git log`: the history is computed once per build."""
    from award_archive.web import history

    root = _archive(tmp_path)
    for n in range(20):
        (root / "entries" / f"more-{n}.md").write_text(OTHER.replace("另一篇", f"第{n}篇"), "utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "一次收录", date="2024-05-01T10:00:00+08:00")
    calls: list[list[str]] = []
    real_run = subprocess.run

    def counting_run(command, *args, **kwargs):
        calls.append(list(command))
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(history.subprocess, "run", counting_run)
    found = history.revision_history(root)
    assert len(calls) == 1
    assert sorted(found) == sorted(f"entries/{p.name}" for p in (root / "entries").glob("*.md"))
    assert all(len(revs) == 1 and revs[0].message == "一次收录" for revs in found.values())


def test_deploy_workflow_checks_out_the_whole_history():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "deploy.yml").read_text("utf-8"))
    checkouts = [
        step
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if str(step.get("uses", "")).startswith("actions/checkout")
    ]
    assert checkouts and all(step.get("with", {}).get("fetch-depth") == 0 for step in checkouts)
