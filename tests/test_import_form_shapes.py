"""General shapes of real nomination forms (issue 13), each with a minimal form of its own:
what a form reader must get right on a form it has never seen."""

from __future__ import annotations

from pathlib import Path

from award_archive.authoring.importer import Options, import_form


def _import(tmp_path: Path, text: str) -> dict:
    form = tmp_path / "form.txt"
    form.write_text(text, encoding="utf-8")
    outcome = import_form(form, Options(), out_dir=tmp_path / "entries")
    assert not outcome.failed, outcome.failed
    return outcome.values


def test_a_last_text_field_set_out_in_numbered_points_is_kept_whole(tmp_path: Path):
    values = _import(
        tmp_path,
        "作品标题\n河边的春天\n作者\n张三\n采编过程\n"
        "这组报道是本报精心策划推出的一组创新报道,历时三个月完成采写。\n"
        "一、以小切口讲大道理\n"
        "记者深入河边村,住进农户家中,与村民同吃同住,记录下春耕的每一个细节和变化。\n"
        "二、以细节打动人\n",
    )
    assert values["process"].startswith("这组报道")
    assert "一、以小切口讲大道理" in values["process"]
    assert values["process"].endswith("二、以细节打动人")
