"""Messages in Chinese by default, English on request, every message translated (issue 12).

The catalogue is checked against the code itself: Babel extracts every `_()`, `N_()` and
`ngettext()` message in the package, and each must have a Chinese translation in
locale/zh/LC_MESSAGES/awards.po with the same placeholders."""

from __future__ import annotations

import functools
import json
import re
import shutil
from pathlib import Path

import pytest
from cli_helpers import awards

from award_archive.contract import i18n
from conftest import REPO

PO = i18n.po_path("zh")
BAD_ENTRY = """---
title: 川渝两地关工委召开工作座谈会
award: 四川宣传关心下一代新闻佳作
edition: 10
category: 消 息
authors: [李怡霏]
outlet: 《关爱明天》杂志
published: 2023年7期
evaluation: 短
---

正文
"""
ZH_LINE = "entries/bad.md:5: category（参评项目）：“消 息”不是允许的参评项目，是否应为“消息”？"
EN_LINE = (
    "entries/bad.md:5: category (参评项目): '消 息' is not an allowed category; "
    "did you mean '消息'?"
)


@functools.cache  # the package's sources walked once for the two tests below
def extracted_messages() -> dict:
    return i18n.extract()


@functools.cache  # read once: ~400 tests below check one message each
def po_messages() -> dict[str | tuple[str, str], tuple[str, ...]]:
    from babel.messages.pofile import read_po

    with PO.open("rb") as f:
        catalog = read_po(f)
    return {
        m.id: m.string if isinstance(m.string, tuple) else (m.string,)
        for m in catalog
        if m.id and "fuzzy" not in m.flags
    }


def test_every_message_in_the_code_has_a_chinese_translation():
    extracted = extracted_messages()
    assert len(extracted) > 150  # the extraction sees the package's messages
    translated = po_messages()
    missing = [m for m in extracted if not all(translated.get(m, ("",)))]
    assert missing == [], "untranslated (run `make messages`, then translate them in the .po)"


def test_the_catalogue_holds_no_message_the_code_lost():
    stale = set(po_messages()) - set(extracted_messages())
    assert stale == set(), "run `make messages` to drop them"


PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sdr]|%[sdr]")


@pytest.mark.parametrize("msgid", sorted(po_messages(), key=str), ids=lambda m: str(m)[:40])
def test_a_translation_keeps_the_placeholders(msgid):
    source = msgid[-1] if isinstance(msgid, tuple) else msgid
    for text in po_messages()[msgid]:
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), text


def test_the_make_step_compiles_the_catalogue_and_a_fresh_clone_needs_no_mo(tmp_path: Path):
    locale = tmp_path / "locale"
    shutil.copytree(PO.parent.parent.parent, locale, ignore=shutil.ignore_patterns("*.mo"))
    from_po = i18n.load("zh", locale)  # no .mo: the .po compiled in memory
    assert "award_archive.contract.i18n import main" in (REPO / "Makefile").read_text()
    written = i18n.compile_all(locale)
    assert [p.name for p in written] == ["awards.mo"]
    from_mo = i18n.load("zh", locale)
    for msgid in ("is required but missing; add it ({label} on the form)", "usage: "):
        assert from_mo.gettext(msgid) == from_po.gettext(msgid) != msgid
    assert from_mo.ngettext("{n} error", "{n} errors", 2) == "{n} 个错误"
    assert isinstance(i18n.load("en", locale), type(i18n.load("fr", locale)))  # the source


def test_a_stale_mo_is_not_used(tmp_path: Path):
    locale = tmp_path / "locale"
    shutil.copytree(PO.parent.parent.parent, locale)
    mo = i18n.compile_all(locale)[0]
    po = mo.with_suffix(".po")
    po.write_text(
        po.read_text(encoding="utf-8").replace("“{text}”", "《{text}》"), encoding="utf-8"
    )
    assert i18n.load("zh", locale).gettext("'{text}'") == "《{text}》"


@pytest.mark.parametrize(
    ("argv", "env", "theme", "expected"),
    [
        (["validate"], {}, "zh", "zh"),
        (["validate"], {}, None, "zh"),
        (["validate"], {}, "en", "en"),
        (["validate"], {}, "zh-Hant", "zh"),
        (["--lang", "en", "validate"], {}, "zh", "en"),
        (["validate", "--lang=en"], {}, "zh", "en"),
        (["validate", "--lang", "zh"], {"AWARDS_LANG": "en"}, "en", "zh"),
        (["validate"], {"AWARDS_LANG": "en"}, "zh", "en"),
        (["validate", "--", "--lang", "en"], {}, "zh", "zh"),
    ],
)
def test_the_language_is_chosen_before_parsing(tmp_path, argv, env, theme, expected):
    if theme is not None:
        (tmp_path / "mkdocs.yml").write_text(
            f"site_name: x\ntheme:\n  name: material\n  language: {theme}\n"
            "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:x.y\n",
            encoding="utf-8",
        )
    assert i18n.choose(argv, env, tmp_path) == expected


def test_no_mkdocs_yml_means_chinese(tmp_path):
    assert i18n.choose(["validate", "--root", str(tmp_path / "none")], {}) == "zh"


@pytest.fixture
def bad_archive(archive_factory):
    return archive_factory({"bad.md": BAD_ENTRY}, copy_entries=False, search=False)


def test_validate_speaks_chinese_by_default(bad_archive):
    run = awards("validate", cwd=bad_archive)
    assert run.returncode == 1
    assert ZH_LINE in run.stdout.splitlines()
    assert (
        "entries/bad.md:9: 警告：evaluation（作品评介）：只有 1 个字；推荐表要求至少 120 字"
        in run.stdout
    )
    assert run.stderr == "1 个文件中有 1 个错误、1 个警告（共检查 1 个条目）\n"


@pytest.mark.parametrize(
    "argv", [("--lang", "en", "validate"), ("validate", "--lang", "en"), ("validate", "--lang=en")]
)
def test_lang_en_before_or_after_the_command(bad_archive, argv):
    run = awards(*argv, cwd=bad_archive)
    assert EN_LINE in run.stdout.splitlines()
    assert "entries/bad.md:9: warning: evaluation (" in run.stdout
    assert run.stderr == "1 error and 1 warning in 1 file (1 checked)\n"


def test_awards_lang_en(bad_archive, monkeypatch):
    monkeypatch.setenv("AWARDS_LANG", "en")
    assert EN_LINE in awards("validate", cwd=bad_archive).stdout.splitlines()


def test_json_and_github_formats_in_chinese_keep_the_english_key(bad_archive):
    doc = json.loads(awards("validate", "--format", "json", cwd=bad_archive).stdout)
    first = doc["problems"][0]
    assert first["key"] == "category" and first["label"] == "参评项目"
    assert first["message"] == "“消 息”不是允许的参评项目，是否应为“消息”？"
    assert first["text"] == ZH_LINE
    github = awards("validate", "--format", "github", cwd=bad_archive).stdout
    assert github.splitlines()[0] == (
        "::error file=entries/bad.md,line=5,title=category（参评项目）::"
        "“消 息”不是允许的参评项目，是否应为“消息”？"
    )


def test_the_vscode_problem_matcher_reads_the_chinese_and_english_lines(bad_archive):
    tasks = json.loads((REPO / ".vscode" / "tasks.json").read_text(encoding="utf-8"))
    matchers = tasks["tasks"][0]["problemMatcher"]

    def matched(line: str) -> list[tuple[str, str, str, str]]:
        found = []
        for m in matchers:
            # VS Code's regexps are JavaScript's; these use nothing Python reads otherwise.
            hit = re.match(m["pattern"]["regexp"], line)
            if hit:
                p = m["pattern"]
                found.append((m["severity"], hit[p["file"]], hit[p["line"]], hit[p["message"]]))
        return found

    for lang in ("zh", "en"):
        lines = awards("validate", "--lang", lang, cwd=bad_archive).stdout.splitlines()
        error, warning = matched(lines[0]), matched(lines[1])
        assert [(s, f, n) for s, f, n, _ in error] == [("error", "entries/bad.md", "5")]
        assert [(s, f, n) for s, f, n, _ in warning] == [("warning", "entries/bad.md", "9")]
        assert warning[0][3].startswith("evaluation")


def test_help_is_chinese_by_default_and_english_on_request(tmp_path, monkeypatch):
    zh = awards("--help", cwd=tmp_path)
    assert zh.returncode == 0
    assert zh.stdout.startswith("用法：awards")
    assert "新闻奖作品档案工具" in zh.stdout and "显示此帮助信息并退出" in zh.stdout
    sub = awards("validate", "--help", cwd=tmp_path).stdout
    assert "有警告也算失败（退出码 1）" in sub and "位置参数" in sub
    en = awards("validate", "--help", "--lang", "en", cwd=tmp_path).stdout
    assert en.startswith("usage: awards validate") and "warnings fail too (exit 1)" in en
    monkeypatch.setenv("AWARDS_LANG", "en")
    assert "show this help message and exit" in awards("--help", cwd=tmp_path).stdout


def test_usage_errors_are_chinese(tmp_path):
    run = awards("validate", "--format", "xml", cwd=tmp_path)
    assert run.returncode == 2
    assert "awards validate：错误：参数 --format：无效的选项：'xml'" in run.stderr


def test_new_answers_in_chinese(archive_factory):
    root = archive_factory(copy_entries=False)
    run = awards("new", "--title", "标题", "--category", "消 息", cwd=root)
    assert run.returncode == 2
    assert "category（参评项目）：“消 息”不是允许的参评项目，是否应为“消息”？" in run.stderr
    ok = awards("new", "--title", "标题", cwd=root)
    assert ok.returncode == 0, ok.stderr
    assert "请编辑该文件，然后运行：awards validate" in ok.stderr
    assert "尚待填写：" in ok.stderr


def test_new_asks_in_chinese_and_explains_a_bad_answer(archive_factory):
    root = archive_factory(copy_entries=False)
    answers = "四川宣传关心下一代新闻佳作\n10\n消 息\n消息\n标题\n李怡霏\n刊播单位\n2023年7期\n"
    run = awards("new", stdin=answers, terminal=True, cwd=root)
    assert run.returncode == 0, run.stderr
    assert "参评项目 category（消息、" in run.stderr and "）：" in run.stderr
    assert "“消 息”不是允许的参评项目，是否应为“消息”？" in run.stderr


@pytest.mark.build
def test_the_build_speaks_the_sites_language(archive_factory, monkeypatch):
    from conftest import run_build

    root = archive_factory({"bad.md": BAD_ENTRY}, copy_entries=False, search=False)
    zh = run_build(root, expect_warnings=["evaluation（作品评介）"])
    assert zh.returncode != 0
    assert ZH_LINE in zh.log and "1 个条目文件中有 1 个问题：请改正后重新构建" in zh.log
    monkeypatch.setenv("AWARDS_LANG", "en")
    en = run_build(root, expect_warnings=["evaluation (作品评介)"])
    assert EN_LINE in en.log and "1 problem in 1 entry file: fix them and build again" in en.log
