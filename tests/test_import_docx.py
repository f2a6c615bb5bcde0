"""Word forms built with python-docx, merged cells included, import like the real form."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from award_archive.authoring.importer import Options, import_form
from award_archive.checking.read import parse_entry_text, read_entry_file
from award_archive.contract import i18n
from conftest import SEED_ENTRY


@pytest.fixture(autouse=True)
def _english():
    """These tests read the messages' English keys (the conftest sets Chinese back after)."""
    i18n.set_language("en")


def _seed() -> tuple[dict, str]:
    raw = read_entry_file(SEED_ENTRY, SEED_ENTRY.parent.parent)
    data = dict(raw.data)
    data.pop("id")
    return data, raw.body


def _imported(path: Path, tmp_path: Path) -> tuple[dict, str, list[str]]:
    outcome = import_form(path, Options(), out_dir=tmp_path / "entries")
    assert not outcome.failed, outcome.failed
    raw = parse_entry_text(outcome.text, f"entries/{outcome.entry_id}.md")
    data = {k: v for k, v in raw.data.items() if k != "id"}
    return data, raw.body, outcome.warnings


def seed_form(path: Path, *, merged: bool) -> Path:
    """The seed's form as a Word document: heading paragraphs, a 4-column table whose
    long values span three columns (merged: python-docx repeats their text), a label
    merged down two rows, the signature and the work after the table."""
    seed, body = _seed()
    document = docx.Document()
    document.add_paragraph("第十届四川宣传关心下一代新闻佳作")
    document.add_paragraph("参评作品推荐表")
    table = document.add_table(rows=9, cols=4)
    grid = [
        ("作品标题", seed["title"], "参评项目", seed["category"]),
        ("作 者\n（主创人员）", "李怡霏", "编 辑", "莫尔佳"),
        ("刊播单位", seed["outlet"], "首发日期", seed["published"]),
        ("刊播版面\n（名称和版次）", seed["section"], "作品字数（时长）", str(seed["length"])),
    ]
    for r, cells in enumerate(grid):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    for r, (label, key) in enumerate(
        [
            ("作品评介\n（120字以上）", "evaluation"),
            ("采编过程", "process"),
            ("社会效果", "effect"),
        ],
        start=4,
    ):
        table.cell(r, 0).text = label
        if merged:
            table.cell(r, 1).merge(table.cell(r, 3)).text = seed[key]
        else:
            table.cell(r, 1).text = seed[key]
    # a label merged down two rows, its value in the first
    table.cell(7, 0).merge(table.cell(8, 0)).text = "领导签名"
    table.cell(8, 1).merge(table.cell(8, 3)).text = "（推荐单位盖章）   2024年  月  日"
    paragraphs = body.split("\n\n")
    document.add_paragraph(paragraphs[0][2:])
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


@pytest.mark.parametrize("merged", [True, False], ids=["merged-cells", "plain-cells"])
def test_word_form_gives_the_seed_entry(tmp_path: Path, merged: bool):
    data, body, warnings = _imported(seed_form(tmp_path / "form.docx", merged=merged), tmp_path)
    seed, seed_body = _seed()
    assert data == seed
    assert body == seed_body
    assert warnings == []


def test_merged_value_counts_once(tmp_path: Path):
    """python-docx gives a merged cell once per column it spans; the value must not repeat."""
    data, _body, _ = _imported(seed_form(tmp_path / "form.docx", merged=True), tmp_path)
    assert data["evaluation"].count("作品实时报道") == 1


def test_word_form_with_labels_and_values_merged_down_rows(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("第三十四届中国新闻奖参评作品推荐表")
    table = document.add_table(rows=5, cols=4)
    table.cell(0, 0).text, table.cell(0, 1).text = "作品标题", "夜访城市更新工地"
    table.cell(0, 2).text, table.cell(0, 3).text = "参评项目", "消息"
    # 作者 spans two rows on the left, its names merged down beside it
    table.cell(1, 0).merge(table.cell(2, 0)).text = "作者（主创人员）"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "刘洋、陈静"
    table.cell(1, 2).text, table.cell(1, 3).text = "编辑", "何平"
    table.cell(2, 2).text, table.cell(2, 3).text = "刊播单位", "成都日报"
    table.cell(3, 0).text, table.cell(3, 1).text = "首发日期", "2023年11月2日"
    table.cell(3, 2).text, table.cell(3, 3).text = "作品字数", "980"
    table.cell(4, 0).text = "推荐单位"
    table.cell(4, 1).merge(table.cell(4, 3)).text = "成都市新闻工作者协会"
    path = tmp_path / "column.docx"
    document.save(path)
    data, body, _ = _imported(path, tmp_path)
    assert data == {
        "title": "夜访城市更新工地",
        "award": "中国新闻奖",
        "edition": 34,
        "category": "消息",
        "authors": ["刘洋", "陈静"],
        "editors": ["何平"],
        "outlet": "成都日报",
        "published": "2023年11月2日",
        "length": 980,
        "recommender": "成都市新闻工作者协会",
    }
    assert body == ""


def test_word_file_without_a_form_is_one_line_error(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("会议纪要")
    document.add_paragraph("今天开了一个会。")
    path = tmp_path / "notes.docx"
    document.save(path)
    outcome = import_form(path, Options(), out_dir=tmp_path / "entries")
    assert "no field of a nomination form" in outcome.failed
    assert "\n" not in outcome.failed


def test_word_form_renamed_txt_is_read_as_word(tmp_path: Path):
    path = seed_form(tmp_path / "form.docx", merged=True).rename(tmp_path / "form.txt")
    outcome = import_form(path, Options(), out_dir=tmp_path / "entries")
    assert not outcome.failed
    assert any("read as a Word .docx file" in n for n in outcome.notes)
