"""The `awards` command in temporary archives: new, validate, usage. Called in-process;
the smoke tests at the end run the installed console script."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

import pytest
from cli_helpers import AWARDS, awards, awards_process

from award_archive.checking.read import read_entry_file
from award_archive.checking.validate import SLUG_RE
from award_archive.contract.model import FIELDS


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """These tests are about what the commands do; they read the English text (the Chinese
    text, the default, is test_i18n.py's)."""
    monkeypatch.setenv("AWARDS_LANG", "en")


NEW_OPTIONS = [
    "--award",
    "四川宣传关心下一代新闻佳作",
    "--edition",
    "第十届",
    "--category",
    "消息",
    "--title",
    "川渝两地关工委召开工作座谈会并签订合作协议——服务成渝地区双城经济圈建设",
    "--authors",
    "李怡霏、莫尔佳",
    "--outlet",
    "《关爱明天》杂志",
    "--published",
    "2023年7期",
]


def test_new_then_validate_is_clean(archive_factory):
    root = archive_factory()
    result = awards("new", *NEW_OPTIONS, cwd=root)
    assert result.returncode == 0, result.stderr
    path = root / result.stdout.strip()
    assert path.parent == root / "entries" and path.is_file()
    entry_id = path.stem
    assert SLUG_RE.match(entry_id) and entry_id.startswith("chuan-yu-liang-di")
    text = path.read_text(encoding="utf-8")
    raw = read_entry_file(path, root)
    assert list(raw.data) == [f.key for f in FIELDS]  # every key, in the form's order
    for f in FIELDS:
        line = text.splitlines()[raw.lines[f.key] - 1]
        assert f"# {f.label}" in line, f.key  # each key carries its Chinese label
    assert raw.data["id"] == entry_id and raw.data["edition"] == 10
    assert raw.data["authors"] == ["李怡霏", "莫尔佳"]
    assert raw.data["genre"] is None and raw.data["editors"] == []

    checked = awards("validate", str(path.relative_to(root)), cwd=root)
    assert (checked.returncode, checked.stdout) == (0, ""), checked.stdout
    everything = awards("validate", cwd=root)
    assert (everything.returncode, everything.stdout) == (0, "")


def test_new_ids_stay_unique(archive_factory):
    root = archive_factory()
    first = awards("new", *NEW_OPTIONS, cwd=root)
    second = awards("new", *NEW_OPTIONS, cwd=root)
    assert first.returncode == second.returncode == 0
    a, b = Path(first.stdout.strip()).stem, Path(second.stdout.strip()).stem
    assert b == f"{a}-2"
    assert awards("validate", cwd=root).returncode == 0


def test_new_refuses_to_overwrite(archive_factory, tmp_path):
    root = archive_factory()
    seed = root / "entries" / "chuanyu-guangongwei-zuotanhui.md"
    before = seed.read_bytes()
    taken = awards("new", *NEW_OPTIONS, "--id", "chuanyu-guangongwei-zuotanhui", cwd=root)
    assert taken.returncode == 2 and "already used" in taken.stderr
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.md").write_text("keep me", encoding="utf-8")
    exists = awards("new", *NEW_OPTIONS, "--id", "mine", "--out", str(out), cwd=root)
    assert exists.returncode == 2 and "already exists" in exists.stderr
    assert (out / "mine.md").read_text(encoding="utf-8") == "keep me"
    assert seed.read_bytes() == before


def test_new_rejects_values_the_validator_rejects(archive_factory):
    root = archive_factory()
    before = sorted(p.name for p in (root / "entries").iterdir())
    bad = awards("new", *NEW_OPTIONS, "--category", "消 息", "--published", "去年", cwd=root)
    assert bad.returncode == 2
    assert (
        "category (参评项目): '消 息' is not an allowed category; did you mean '消息'?"
        in bad.stderr
    )
    assert "published (首发日期): cannot read the date '去年'" in bad.stderr
    assert sorted(p.name for p in (root / "entries").iterdir()) == before


def test_new_without_title_or_id_is_a_usage_error(archive_factory):
    root = archive_factory()
    result = awards("new", "--category", "消息", cwd=root)
    assert result.returncode == 2 and "--title" in result.stderr


ANSWERS = (
    "四川宣传关心下一代新闻佳作\n十\n消 息\n消息\n"
    "留守儿童的暑假\n张三 李四\n成都日报\n2024年7月1日\n"
)


def test_new_asks_in_a_terminal_and_asks_again_after_a_bad_answer(archive_factory):
    root = archive_factory()
    result = awards("new", cwd=root, stdin=ANSWERS, terminal=True)
    assert result.returncode == 0, result.stderr
    assert "did you mean '消息'" in result.stderr  # the bad answer was explained, asked again
    path = root / result.stdout.strip()
    raw = read_entry_file(path, root)
    assert not raw.problems, (result.stdout, raw.problems)
    assert raw.data["edition"] == 10 and raw.data["category"] == "消息"
    assert raw.data["authors"] == ["张三", "李四"]
    assert awards("validate", str(path), cwd=root).returncode == 0


def test_new_stopped_at_a_question_writes_nothing(archive_factory):
    root = archive_factory()
    before = sorted(p.name for p in (root / "entries").iterdir())
    result = awards("new", cwd=root, stdin="四川宣传关心下一代新闻佳作\n", terminal=True)
    assert result.returncode == 2 and "stopped; nothing was written" in result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in (root / "entries").iterdir()) == before


def test_validate_reports_only_the_given_files_but_checks_ids_across_the_archive(archive_factory):
    seed = "entries/chuanyu-guangongwei-zuotanhui.md"
    root = archive_factory({"broken.md": "---\ntitle: 无效\n---\n"})
    (root / "entries" / "copy.md").write_text(
        (root / seed).read_text(encoding="utf-8"), encoding="utf-8"
    )
    # Only the seed is asked for: broken.md is not reported, the shared id is.
    result = awards("validate", seed, cwd=root)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        f"{seed}:2: id (编号): 'chuanyu-guangongwei-zuotanhui' is also the id of entries/copy.md; "
        "ids must be unique: choose another"
    ]
    clean = awards("validate", "entries/examples", cwd=root)
    assert (clean.returncode, clean.stdout) == (0, "")
    everything = awards("validate", "--format", "json", cwd=root)
    doc = json.loads(everything.stdout)
    assert everything.returncode == 1
    assert {p["path"] for p in doc["problems"]} == {seed, "entries/copy.md", "entries/broken.md"}


def test_usage_errors_exit_2(archive_factory):
    root = archive_factory()
    missing = awards("validate", "entries/nope.md", cwd=root)
    assert missing.returncode == 2 and "entries/nope.md: no such file or folder" in missing.stderr
    assert awards("validate", "--format", "xml", cwd=root).returncode == 2
    assert awards("frobnicate", cwd=root).returncode == 2
    no_root = awards("validate", "--root", str(root / "nowhere"), cwd=root)
    assert no_root.returncode == 2 and "no such folder" in no_root.stderr
    (root / "mkdocs.yml").write_text("plugins: [\n", encoding="utf-8")
    broken = awards("validate", cwd=root)
    assert (
        broken.returncode == 2
        and "mkdocs.yml" in broken.stderr
        and "Traceback" not in broken.stderr
    )


def test_rules_come_from_mkdocs_yml(archive_factory):
    yml = """site_name: t
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - award-archive:
      categories: [消息, 快讯]
      prizes: [金奖]
"""
    entry = (
        "---\ntitle: 测试\naward: 某奖\nedition: 1\ncategory: 快讯\n"
        "authors: [张三]\noutlet: 某报\npublished: 2024-01-02\nprize: 金奖\n---\n"
    )
    root = archive_factory({"kuaixun.md": entry}, copy_entries=False, mkdocs_yml=yml)
    ok = awards("validate", cwd=root)
    assert (ok.returncode, ok.stdout) == (0, "")
    (root / "entries" / "kuaixun.md").write_text(entry.replace("快讯", "通讯"), encoding="utf-8")
    bad = awards("validate", "--root", str(root), cwd=root.parent)
    assert bad.returncode == 1 and "'通讯' is not an allowed category" in bad.stdout


def test_a_link_inside_entries_pointing_outside_is_reported_when_named(archive_factory):
    root = archive_factory()
    outside = root / "outside.md"
    outside.write_text(
        (root / "entries" / "chuanyu-guangongwei-zuotanhui.md").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    (root / "entries" / "link.md").symlink_to(outside)
    result = awards("validate", "entries/link.md", cwd=root)
    assert result.returncode == 1
    assert (
        result.stdout
        == "entries/link.md: is a link pointing outside entries/; replace it with the file itself\n"
    )


# -- smoke tests: the installed console script, as contributors and CI run it ----------
def test_smoke_help_lists_every_command(tmp_path):
    assert AWARDS.is_file()
    result = awards_process("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("new", "import", "validate", "export", "schema"):
        assert f"    {command} " in result.stdout, command
    assert awards_process("frobnicate", cwd=tmp_path).returncode == 2


def test_smoke_validate_reports_and_exits_1(archive_factory):
    root = archive_factory({"broken.md": "---\ntitle: 无效\n---\n"})
    result = awards_process("validate", "--format", "github", cwd=root)
    assert result.returncode == 1
    assert result.stdout.startswith("::error file=entries/broken.md,")
    assert "Traceback" not in result.stderr


def test_smoke_new_asks_in_a_real_terminal(archive_factory):
    root = archive_factory()
    main, replica = pty.openpty()
    proc = subprocess.Popen(
        [str(AWARDS), "new"],
        cwd=root,
        stdin=replica,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    os.close(replica)
    os.write(main, ANSWERS.encode("utf-8"))
    out, err = proc.communicate(timeout=60)
    os.close(main)
    text = out.decode("utf-8")
    assert proc.returncode == 0, err.decode("utf-8")
    assert "did you mean '消息'" in err.decode("utf-8")  # the bad answer was explained, asked again
    path = root / text.strip()
    raw = read_entry_file(path, root)
    assert not raw.problems, (text, raw.problems)
    assert raw.data["edition"] == 10 and raw.data["category"] == "消息"
    assert raw.data["authors"] == ["张三", "李四"]
    assert awards("validate", str(path), cwd=root).returncode == 0
