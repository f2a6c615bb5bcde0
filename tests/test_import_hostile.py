"""Hostile forms: markup survives as text through the real site; huge cells stay fast and
are reported, not crashed on."""

from __future__ import annotations

import html
from pathlib import Path

from golden_support import golden_form

from award_archive.authoring.importer import Options, import_files, import_form
from award_archive.checking.read import parse_entry_text
from conftest import run_build


def test_markup_in_cells_is_shown_as_text_on_the_site(archive_factory, tmp_path: Path):
    root = archive_factory(copy_entries=False, search=False)
    [outcome] = import_files([golden_form("hostile-markup")], Options(), out_dir=root / "entries")
    assert outcome.written is not None
    result = run_build(root)
    assert result.returncode == 0, result.log
    page = result.page(f"entries/{outcome.entry_id}/")
    assert "<script>alert('x')</script>" not in page
    assert "<img src=x" not in page
    assert html.escape("<script>alert('x')</script>{{ config }}", quote=False) in page.replace(
        "&#x27;", "'"
    ).replace("&#39;", "'")
    assert "{% raw %}" in html.unescape(page)


def _form(title: str, evaluation: str, stray: str = "") -> str:
    return (
        "第十届四川宣传关心下一代新闻佳作\n参评作品推荐表\n"
        f"作品标题 | {title} | 参评项目 | 消息 |\n"
        "作者 | 李怡霏 | 编辑 | 莫尔佳 |\n"
        "刊播单位 | 《关爱明天》杂志 | 首发日期 | 2023年7期 |\n"
        f"作品评介 | {evaluation} |\n"
        f"{stray}"
    )


def test_hundred_thousand_character_cells(tmp_path: Path):
    long_title = "长" * 100_000
    long_text = ("这是一段很长的评介，" * 10_000)[:100_000]
    path = tmp_path / "huge-cells.txt"
    path.write_text(_form(long_title, long_text, "作者" * 50_000 + "\n"), encoding="utf-8")
    outcome = import_form(path, Options(), out_dir=tmp_path / "entries")
    assert not outcome.failed
    raw = parse_entry_text(outcome.text, f"entries/{outcome.entry_id}.md")
    assert raw.data["title"] == long_title  # nothing typed is lost …
    assert len(raw.data["evaluation"]) == 100_000
    needs = {p.key: p.message for p in outcome.needs}
    assert "长 100000 个字符" in needs["title"]  # … and the limits are named
    assert "长 100000 个字符" in needs["evaluation"]
    assert len(outcome.entry_id) <= 80


def test_label_words_inside_values_stay_values(tmp_path: Path):
    path = tmp_path / "words.txt"
    path.write_text(
        _form(
            "编辑部的故事：作者与读者", "作者深入一线采访，编辑精心打磨，推荐单位高度评价。" * 10
        ),
        encoding="utf-8",
    )
    outcome = import_form(path, Options(), out_dir=tmp_path / "entries")
    raw = parse_entry_text(outcome.text, "entries/x.md")
    assert raw.data["title"] == "编辑部的故事：作者与读者"
    assert raw.data["authors"] == ["李怡霏"]
    assert raw.data["evaluation"].startswith("作者深入一线采访")
    assert "recommender" not in raw.data


def test_value_cell_starting_with_a_label_word_is_the_value(tmp_path: Path):
    path = tmp_path / "title.txt"
    path.write_text(
        "第十届四川宣传关心下一代新闻佳作\n"
        "作品标题 | 推荐单位的故事 | 参评项目 | 通讯 |\n"
        "作者 | 何川 | 刊播单位 | 四川日报 | 首发日期 | 2023年5月1日 |\n",
        encoding="utf-8",
    )
    outcome = import_form(path, Options(), out_dir=tmp_path / "entries")
    raw = parse_entry_text(outcome.text, "entries/x.md")
    assert raw.data["title"] == "推荐单位的故事"
    assert "recommender" not in raw.data
