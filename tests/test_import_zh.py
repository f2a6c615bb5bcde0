"""`awards import` and `awards from-issue` speak Chinese by default, English with --lang en
(issue 12): the report, the list lines, the summary, the errors and --help. Each line keeps
the file (and line) and the English key; label and message are joined by `：` in Chinese."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from cli_helpers import Run, awards, awards_import, empty_archive
from golden_support import golden_form

REAL_FORM = golden_form("real-pipe-table")
LIST = """第十届四川宣传关心下一代新闻佳作获奖名单
序号 | 作品标题 | 作者 | 刊播单位 | 体裁 | 等次 |
1 | 川渝两地关工委召开工作座谈会 | 李怡霏 | 《关爱明天》杂志 | 消息 | 一等奖 |
2 | 五老宣讲进校园 | 颜 兵 阳 华 程良华 | 四川日报 | 通讯 | 二等奖 |
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return empty_archive(tmp_path)


def _list(tmp_path: Path) -> Path:
    path = tmp_path / "名单.txt"
    path.write_text(LIST, encoding="utf-8")
    return path


def test_a_form_is_reported_in_chinese(root: Path):
    result = awards_import(root, str(golden_form("missing-category")))
    lines = result.stdout.splitlines()
    assert result.returncode == 1
    assert lines[0].startswith(f"{golden_form('missing-category')} → ")
    assert lines[0].endswith(".md：已写入，需人工处理")
    assert "  待修正：第 7 行：category（参评项目）：为必填项，但内容为空" in result.stdout
    assert "needs a person" not in result.stdout and "to fix" not in result.stdout


def test_the_same_run_in_english_keeps_the_same_shape(root: Path):
    result = awards_import(root, str(golden_form("missing-category")), "--lang", "en")
    assert result.stdout.splitlines()[0].endswith(".md: written, needs a person")
    assert "  to fix: line 7: category (参评项目): is required but empty" in result.stdout


def test_a_list_and_its_summary_in_chinese(root: Path, tmp_path: Path):
    result = awards_import(root, str(_list(tmp_path)))
    assert result.returncode == 0, result.stdout
    assert "名单.txt #1 → " in result.stdout and "：已写入" in result.stdout
    assert "  提示：按名单读取（表格）：2 件作品" in result.stdout
    header, row = result.stdout.rstrip("\n").split("\n")[-2:]
    assert header.split() == ["文件", "读作", "新建", "已补全", "需人工处理", "失败"]
    assert row.split()[1:] == ["名单", "2", "0", "0", "0"]
    # the columns line up on a terminal: a Chinese character takes two columns
    assert _column(header, "读作") == _column(row, " 名单 ") + 1


def _column(line: str, word: str) -> int:
    """The terminal column `word` starts at: a Chinese character is two columns wide."""
    before = line[: line.index(word)]
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in before)


def test_a_second_import_reports_its_changes_in_chinese(root: Path, tmp_path: Path):
    listed = _list(tmp_path)
    assert awards_import(root, str(listed)).returncode == 0
    again = awards_import(root, str(listed))
    assert "：未改变" in again.stdout
    assert "  变更：没有新内容：条目已有全部字段" in again.stdout


def test_failures_and_refusals_in_chinese(root: Path, tmp_path: Path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    result = awards_import(root, str(empty))
    assert result.stdout == f"{empty}：失败：是空文件\n"
    bad = awards_import(root, str(REAL_FORM), "--edition", "第X届")
    assert bad.returncode == 2
    assert bad.stderr == "awards import：--edition “第X届” 不是届次；请写成 10 或 第十届\n"


def test_help_is_chinese_by_default_and_english_on_request(root: Path):
    zh = awards("import", "--help", cwd=root)
    assert "把推荐表和获奖名单转为条目" not in zh.stdout  # the summary is the parent's
    assert "读取填好的参评作品推荐表" in zh.stdout and "替换已存在的条目" in zh.stdout
    en = awards("--lang", "en", "import", "--help", cwd=root)
    assert "replace entries that already exist" in en.stdout
    issue = awards("from-issue", "--help", cwd=root)
    assert "议题正文（- 表示标准输入）" in issue.stdout
    assert "把推荐表和获奖名单转为条目" in awards("--help", cwd=root).stdout


def test_from_issue_joins_label_and_message_with_a_full_width_colon(root: Path, tmp_path: Path):
    issue = tmp_path / "issue.md"
    issue.write_text("### 作品标题\n\n川渝两地关工委召开工作座谈会\n", encoding="utf-8")
    result: Run = awards("from-issue", str(issue), cwd=root)
    assert result.returncode == 1
    assert f"{issue}: award（奖项）：必填项未填写；请编辑议题，在“### 奖项”下填写" in result.stderr
