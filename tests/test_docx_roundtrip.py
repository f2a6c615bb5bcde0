"""Reverse export: `awards export --format docx --id ID -o FORM.docx` writes an entry as a
filled 参评作品推荐表, and `awards import FORM.docx` gives back the same fields — for every
entry of the repository and for generated ones (benchmarks/corpus.py)."""

from __future__ import annotations

import dataclasses
import importlib
import os
import sys
from pathlib import Path

import docx
import pytest
from cli_helpers import awards

from award_archive.authoring.importer import labels as lb
from award_archive.checking.archive import load_archive
from award_archive.contract.model import FIELDS_BY_KEY, Entry
from award_archive.formats import docx_form
from conftest import REPO, make_archive

# Not a field of the form: the file it came from, the example mark, files beside it.
NOT_ON_THE_FORM = ("source", "example", "attachments")


# Every field of the form filled, texts of two paragraphs, markup characters, a URL with a
# query (the importer once read its `?` as a lost character), a subheading in the work.
EVERY_FIELD = """---
title: 测试<作品>标题 & “引号”
award: 四川新闻奖
edition: 36
year: 2024
category: 通讯
genre: 通讯
language: 中文
authors: [张三, 李四, 王五]
editors: [赵六]
outlet: 《四川日报》
platform: 川观新闻客户端
published: 2023年6月8日
section: 第5版 要闻
length: 9分54秒
url: https://example.org/a?x=1&y=2
evaluation: "第一段评介{LONG}。\\n第二段评介，依然充实。"
process: "采编第一段。\\n采编第二段。"
effect: 社会效果很好。
review: "初评第一段 <b>。\\n初评第二段。"
recommender: 四川日报社
prize: 一等奖
stage: 获奖
---

# 测试标题

第一段正文。

## 一、小标题

第二段正文，含 *强调* 与 [链接](https://example.org/b?c=d)。
""".replace("{LONG}", "，内容充实" * 30)


def _archive(tmp: Path, name: str, **kw: bool) -> Path:
    (tmp / name).mkdir()
    return make_archive(tmp / name, **kw)


def _fields(e: Entry) -> dict[str, object]:
    data = dataclasses.asdict(e)
    for key in NOT_ON_THE_FORM:
        data.pop(key)
    data["body"] = e.body.strip()
    if e.length is not None:  # `8069字` comes back as 8069, the count the entry format keeps
        data["length"] = (e.length.characters, e.length.seconds)
    return data


def _round_trip(source: Path, target: Path, entries: list[Entry], tmp: Path) -> None:
    """Each entry exported from `source` to a form, imported into `target` (an empty
    archive), read back: the same fields, in the same archive logic."""
    for e in entries:
        form = tmp / f"{e.id}.docx"
        run = awards("export", "--format", "docx", "--id", e.id, "-o", str(form), cwd=source)
        assert run.returncode == 0, run.stderr
        run = awards("import", str(form), "--id", e.id, cwd=target)
        assert run.returncode == 0, (e.id, run.stdout, run.stderr)
    back = {e.id: e for e in load_archive(target).entries}
    assert sorted(back) == sorted(e.id for e in entries)
    for e in entries:
        assert _fields(back[e.id]) == _fields(e), e.id


def test_every_repository_entry_survives_the_word_form(tmp_path: Path):
    source = _archive(tmp_path, "from")
    target = _archive(tmp_path, "to", copy_entries=False)
    entries = load_archive(source).entries
    assert len(entries) == len(list((REPO / "entries").rglob("*.md")))
    _round_trip(source, target, entries, tmp_path)


# Generated entries per seed: a few on every run, more in CI (CI=true), as for the corpus build.
GENERATED = 12 if os.environ.get("CI") else 4


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_entries_survive_the_word_form(tmp_path: Path, seed: int):
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    corpus = importlib.import_module("benchmarks.corpus")
    source = _archive(tmp_path, "from", copy_entries=False)
    corpus.generate_corpus(GENERATED, source, seed=seed)
    target = _archive(tmp_path, "to", copy_entries=False)
    entries = load_archive(source).entries
    assert len(entries) == GENERATED
    _round_trip(source, target, entries, tmp_path)


def test_an_entry_with_every_field_survives_the_word_form(tmp_path: Path):
    source = _archive(tmp_path, "from", copy_entries=False)
    (source / "entries" / "every-field.md").write_text(EVERY_FIELD, encoding="utf-8")
    target = _archive(tmp_path, "to", copy_entries=False)
    archive = load_archive(source)
    assert archive.problems == []
    _round_trip(source, target, archive.entries, tmp_path)


def test_the_form_reads_like_the_real_ones(tmp_path: Path):
    """Heading, then one table of label and value cells in the form's order, then the work."""
    source = _archive(tmp_path, "from")
    (e,) = [e for e in load_archive(source).entries if e.id == "chuanyu-guangongwei-zuotanhui"]
    form = tmp_path / "form.docx"
    assert (
        awards("export", "--format", "docx", "--id", e.id, "-o", str(form), cwd=source).returncode
        == 0
    )
    document = docx.Document(str(form))
    (table,) = document.tables
    cells = []  # each cell once: a merged value repeats across the columns it spans
    for row in table.rows:
        for cell in row.cells:
            if not any(cell._tc is seen._tc for seen in cells):
                cells.append(cell)
    labels = [c.text for c in cells[0::2]]
    values = dict(zip(labels, (c.text for c in cells[1::2]), strict=True))
    assert labels[:4] == ["作品标题", "参评项目", "作者（主创人员）", "编辑"]
    assert labels.index("刊播单位") < labels.index("刊播日期") < labels.index("刊播版面")
    assert labels.index("作品字数（时长）") < labels.index("作品简介（采编过程）")
    assert values["作品标题"] == e.title
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs[:2] == [f"第{e.edition}届{e.award}", "参评作品推荐表"]
    assert paragraphs[2] == e.body.strip().split("\n\n")[0].removeprefix("# ")


def test_every_printed_label_is_a_label_of_its_field():
    for key, label in docx_form.printed_labels().items():
        field = FIELDS_BY_KEY[key]
        assert label in (field.label, *field.aliases), key
        assert lb.LABELS[lb.squeeze(label)] == key  # the importer's table reads it back


def test_unknown_id_is_refused_in_chinese(tmp_path: Path):
    source = _archive(tmp_path, "from")
    run = awards("export", "--format", "docx", "--id", "no-such-entry", "-o", "x.docx", cwd=source)
    assert run.returncode == 1
    assert "no-such-entry" in run.stderr and "没有" in run.stderr
    assert not (source / "x.docx").exists()


def test_unwritable_output_is_refused_in_chinese(tmp_path: Path):
    source = _archive(tmp_path, "from")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    out = blocker / "form.docx"  # a folder that is a file: cannot be created
    entry_id = load_archive(source).entries[0].id
    run = awards("export", "--format", "docx", "--id", entry_id, "-o", str(out), cwd=source)
    assert run.returncode == 1
    assert str(out) in run.stderr and "无法写入" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    "args,needs",
    [(("--format", "docx", "-o", "f.docx"), "--id"), (("--format", "docx", "--id", "x"), "-o")],
)
def test_docx_needs_an_id_and_a_file(tmp_path: Path, args: tuple[str, ...], needs: str):
    source = _archive(tmp_path, "from")
    run = awards("export", *args, cwd=source)
    assert run.returncode == 2 and needs in run.stderr
