"""Rules written once and used everywhere: the configured order, JSON inside HTML, the
absolute URL of a page, a key's label in messages."""

from __future__ import annotations

import json
from pathlib import Path

from test_hostile_catalogue import VALID_HEAD, _entry

from award_archive.checking.archive import load_archive
from award_archive.checking.problems import Problem
from award_archive.checking.report import as_github, as_json
from award_archive.checking.validate import Rules
from award_archive.contract import i18n
from award_archive.contract.links import absolute_url
from award_archive.contract.model import describe, label_of
from award_archive.contract.order import configured_key, configured_order
from award_archive.formats.export import to_json
from award_archive.formats.html_json import dumps_for_html
from award_archive.web.builder import SiteBuilder
from award_archive.web.stats import statistics


def test_configured_order_puts_listed_values_first_then_pinyin():
    # Unlisted: 中 (zhong) after 安 (an), although U+4E2D comes before U+5B89.
    assert configured_order(["中", "二等奖", "安", "", "一等奖", "中"], ("一等奖", "二等奖")) == [
        "一等奖",
        "二等奖",
        "安",
        "中",
    ]
    assert sorted(["中", "安"], key=configured_key(())) == ["安", "中"]


def _archive(tmp_path: Path, categories: dict[str, str]) -> Path:
    for name, category in categories.items():
        path = tmp_path / "entries" / f"{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            _entry(VALID_HEAD.replace("category: 消息", f"category: {category}")), encoding="utf-8"
        )
    return tmp_path


def test_pages_and_statistics_share_one_order(tmp_path: Path):
    rules = Rules(categories=(), prizes=())  # nothing configured: every category is allowed
    archive = load_archive(_archive(tmp_path, {"a": "中", "b": "安"}), rules)
    builder = SiteBuilder(archive, rules)
    assert [g.name for g in builder.groups_of("category")] == ["安", "中"]
    assert statistics(archive, rules)["categories"] == ["安", "中"]


def test_json_for_html_escapes_markup_and_line_separators():
    text = dumps_for_html({"t": "</script>&\u2028\u2029"})
    assert text == '{"t":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}'
    assert json.loads(text) == {"t": "</script>&\u2028\u2029"}


def test_json_export_escapes_line_separators_in_text(tmp_path: Path):
    head = VALID_HEAD + 'evaluation: "第一段\u2028第二段\u2029第三段"\n'
    (tmp_path / "entries").mkdir()
    (tmp_path / "entries" / "x.md").write_text(_entry(head), encoding="utf-8")
    archive = load_archive(tmp_path)
    assert archive.ok, archive.problems
    text = to_json(archive.entries)
    assert "\u2028" not in text and "\u2029" not in text and "\\u2028" in text
    assert json.loads(text)[0]["evaluation"] == "第一段\u2028第二段\u2029第三段"


def test_absolute_url():
    assert (
        absolute_url("https://a.org/archive/", "entries/x/") == "https://a.org/archive/entries/x/"
    )
    assert absolute_url("https://a.org", "entries/x/") == "https://a.org/entries/x/"
    assert absolute_url("", "entries/x/") == "entries/x/"


def test_one_label_rule_for_messages_and_reports():
    assert (label_of("category"), label_of("example"), label_of("nonsense")) == (
        "参评项目",
        "示例条目",
        "",
    )
    assert describe("category") == "category（参评项目）" and describe("nonsense") == "nonsense"
    i18n.set_language("en")
    assert describe("category") == "category (参评项目)"
    problem = Problem("entries/x.md", 3, "category", "bad")
    assert "title=category (参评项目)" in as_github([problem])
    assert json.loads(as_json([problem], 1))["problems"][0]["label"] == "参评项目"
    assert "title=entry::" in as_github([Problem("entries/x.md", 0, "", "bad")])
