"""Any text at all gives an outcome (an entry or a one-line reason), never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from award_archive.authoring.importer import Options, import_form

PIECES = [
    "作品标题",
    "作 者",
    "编\n辑",
    "参评项目",
    "首发日期",
    "作品评介（120字以上）",
    "采 作\n编 品\n过 简\n程 介",
    "︵",
    "︶",
    "推荐单位",
    "领导签名：",
    "（推荐单位盖章）",
    "2024年 月 日",
    "第十届",
    "新闻奖",
    "|",
    " | ||||",
    "\t",
    "\n",
    "\n\n",
    "：",
    "消息",
    "李怡霏、",
    "2023年7期",
    "9分54秒",
    "<script>",
    "{{ x }}",
    "#",
    "——",
]


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60))
def test_any_text_gives_an_outcome(tmp_path: Path, pieces: list[str]):
    path = tmp_path / "form.txt"
    path.write_text("".join(pieces), encoding="utf-8", errors="surrogatepass")
    outcome = import_form(path, Options(), out_dir=tmp_path / "entries")
    assert bool(outcome.failed) != bool(outcome.text)
    assert "\n" not in outcome.failed
