"""The core pieces under the command line: ids, the mkdocs.yml reader, the reports."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from award_archive.authoring.ids import new_entry_id
from award_archive.checking.problems import Problem, Severity
from award_archive.checking.report import as_github, as_text
from award_archive.checking.validate import SLUG_RE
from award_archive.config import ConfigError, read_config
from award_archive.contract import i18n
from award_archive.contract.model import FIELDS
from award_archive.formats.fieldtable import replace_table
from conftest import REPO


def test_new_id_is_short_ascii_pinyin_of_the_main_title():
    title = "川渝两地关工委召开工作座谈会并签订合作协议——服务成渝地区双城经济圈建设"
    entry_id = new_entry_id(title, set())
    assert entry_id == "chuan-yu-liang-di-guan-gong-wei-zhao"
    assert SLUG_RE.match(entry_id) and len(entry_id) <= 40


@pytest.mark.parametrize(
    "title",
    [
        "5G网络覆盖全省",
        "《关爱明天》杂志：独家",
        "独家：全省首个法治基地揭牌",
        "！！！",
        "",
        "A Very Long English Title " * 5,
    ],
)
def test_new_id_is_always_a_valid_slug(title):
    entry_id = new_entry_id(title, set())
    assert SLUG_RE.match(entry_id) and len(entry_id) <= 40, entry_id


def test_short_kicker_before_a_colon_is_skipped():
    assert new_entry_id("独家：全省首个法治基地揭牌", set()).startswith("quan-sheng")


def test_new_id_is_unique_ignoring_case():
    taken = {"Quan-Sheng-Shou-Ge", "quan-sheng-shou-ge-2"}
    assert new_entry_id("全省首个", taken) == "quan-sheng-shou-ge-3"


def test_config_reads_plugin_lists_and_tolerates_python_tags(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nx: !!python/name:os.getcwd\nenv: !ENV [HOME, x]\n"
        "plugins:\n  search: {}\n"
        "  award-archive:\n    entries_dir: works\n    categories: [消息]\n",
        encoding="utf-8",
    )
    config = read_config(tmp_path)
    assert config.entries_dir == "works" and config.rules.categories == ("消息",)
    assert config.rules.prizes  # not given: the defaults


def test_config_without_file_or_plugin_uses_defaults(tmp_path):
    assert read_config(tmp_path).entries_dir == "entries"
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nplugins: [search, award-archive]\n", encoding="utf-8"
    )
    assert read_config(tmp_path).rules.categories


def test_config_with_wrong_shapes_says_where(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "plugins:\n  - award-archive:\n      categories: 消息\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="categories 必须是名称列表"):
        read_config(tmp_path)


def test_github_annotations_cannot_be_broken_by_the_message():
    p = Problem("entries/a,b:c.md", 3, "title", "100% wrong\n::error::forged")
    line = as_github([p])
    expected = (
        "::error file=entries/a%2Cb%3Ac.md,line=3,title=title（作品标题）::"
        "100%25 wrong%0A::error::forged\n"
    )
    assert line == expected
    assert line.count("\n") == 1


def test_file_level_problems_have_no_line_and_warnings_are_marked():
    problems = [
        Problem("entries/a.md", 0, "", "is a folder"),
        Problem("entries/b.md", 4, "evaluation", "short", Severity.WARNING),
    ]
    assert as_github(problems).splitlines() == [
        "::error file=entries/a.md,title=条目::is a folder",
        "::warning file=entries/b.md,line=4,title=evaluation（作品评介）::short",
    ]
    assert (
        as_text(problems)
        == "entries/a.md: is a folder\nentries/b.md:4: 警告：evaluation（作品评介）：short\n"
    )
    i18n.set_language("en")
    assert (
        as_github(problems).splitlines()[0] == "::error file=entries/a.md,title=entry::is a folder"
    )
    assert (
        as_text(problems)
        == "entries/a.md: is a folder\nentries/b.md:4: warning: evaluation (作品评介): short\n"
    )


def test_contributing_field_table_is_the_generated_one():
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert replace_table(text) == text, (
        "run: .venv/bin/python -m award_archive.formats.fieldtable CONTRIBUTING.md"
    )
    for f in FIELDS:
        assert f"| `{f.key}` | {f.label}" in text


def test_command_line_reads_the_same_rules_as_the_plugin():
    from mkdocs.config import load_config

    config = load_config(str(REPO / "mkdocs.yml"))
    plugin = config.plugins["award-archive"]
    plugin.on_config(config)  # reads archive.yml, whose awards bring their own lists
    assert plugin.rules.awards, "the repository's archive.yml gives awards their own lists"
    assert plugin.rules == read_config(REPO).rules
    assert plugin.config.entries_dir == read_config(REPO).entries_dir


@settings(deadline=None)
@given(
    st.text(max_size=80),
    st.sets(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-0123456789", max_size=12), max_size=20),
)
def test_new_id_is_a_fresh_valid_slug_for_any_title(title, taken):
    entry_id = new_entry_id(title, taken | {new_entry_id(title, set())})
    assert SLUG_RE.match(entry_id) and len(entry_id) <= 44
    assert entry_id not in taken
