"""Writing entries: atomic, never over an existing file unless asked, and what is written
reads back to the same values (whatever characters they hold)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from award_archive.authoring.write import render_entry, write_atomic
from award_archive.checking.read import parse_entry_text
from award_archive.checking.validate import Rules, validate_entry
from award_archive.contract.characters import CONTROL_IN_LINE, has_visible

VALUES = {
    "title": "川渝两地关工委召开工作座谈会",
    "award": "四川宣传关心下一代新闻佳作",
    "edition": 10,
    "category": "消息",
    "authors": ["李怡霏"],
    "outlet": "《关爱明天》杂志",
    "published": "2023年7期",
}


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_writes_utf8_with_lf_line_ends(tmp_path: Path):
    path = tmp_path / "entries" / "new" / "x.md"
    write_atomic(path, "第一行\r\n第二行\n")
    assert (
        path.read_bytes() == "第一行\r\n第二行\n".encode()
    )  # written as given, no newline translation
    write_atomic(tmp_path / "y.md", "a\nb\n")
    assert (tmp_path / "y.md").read_bytes() == b"a\nb\n"
    assert no_temp_files(path.parent) and no_temp_files(tmp_path)


def test_never_overwrites_unless_asked(tmp_path: Path):
    path = tmp_path / "x.md"
    path.write_bytes(b"the contributor's own work\n")
    with pytest.raises(FileExistsError):
        write_atomic(path, "replacement\n")
    assert path.read_bytes() == b"the contributor's own work\n"
    assert no_temp_files(tmp_path)
    write_atomic(path, "replacement\n", overwrite=True)
    assert path.read_text(encoding="utf-8") == "replacement\n"
    assert no_temp_files(tmp_path)


def test_file_appearing_meanwhile_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Another process creates the file between the check and the write: the link fails."""
    path = tmp_path / "x.md"
    path.write_bytes(b"written by someone else\n")
    real_exists = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self: False if self == path else real_exists(self))
    with pytest.raises(FileExistsError):
        write_atomic(path, "mine\n")
    assert path.read_bytes() == b"written by someone else\n"
    assert no_temp_files(tmp_path)


def test_failed_write_leaves_nothing_behind(tmp_path: Path):
    path = tmp_path / "x.md"
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "half \ud800 of a surrogate")
    assert not path.exists() and no_temp_files(tmp_path)
    path.write_bytes(b"old\n")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, "bad \ud800", overwrite=True)
    assert path.read_bytes() == b"old\n" and no_temp_files(tmp_path)


def test_one_failure_leaves_the_other_files_written(tmp_path: Path):
    written, failed = [], []
    for name, text in (("a.md", "a\n"), ("b.md", "bad \udfff\n"), ("c.md", "c\n")):
        try:
            write_atomic(tmp_path / name, text)
            written.append(name)
        except UnicodeEncodeError:
            failed.append(name)
    assert written == ["a.md", "c.md"] and failed == ["b.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "c.md"]


def reread(text: str) -> dict:
    raw = parse_entry_text(text, "entries/x.md")
    entry, problems = validate_entry(raw, Rules())
    assert entry is not None, [str(p) for p in problems]
    return {"entry": entry, "raw": raw}


HOSTILE_STRINGS = [
    "标题: 带冒号",
    "--- 三条线",
    "# 不是注释",
    "'单引号' \"双引号\"",
    "[方括号]",
    "{花括号}",
    "&锚 *别名",
    "!!python/object",
    "| 竖线 |",
    "> 大于",
    "=1+2",
    "@提及",
    "2024",
    "2023-06-08",
    "yes",
    "null",
    "~",
    "  前后空格  ",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "未完待续...",
    "...",
    "\u00a0'不换行空格加引号",  # once cut short or broken by write.py
]


@pytest.mark.parametrize("title", HOSTILE_STRINGS)
def test_hostile_values_round_trip(title: str):
    text = render_entry({**VALUES, "title": title, "recommender": title}, "# 正文\n\n内容。")
    entry = reread(text)["entry"]
    assert entry.title == title.strip()
    assert entry.recommender == title.strip()
    assert reread(render_entry({**VALUES, "title": title}, ""))["raw"].data["title"] == title
    assert entry.body == "# 正文\n\n内容。"


printable = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))


def accepted(text: str) -> bool:
    """What a one-line field takes (characters.py): something visible, no bidi control."""
    return has_visible(text) and not CONTROL_IN_LINE.search(text)


@settings(deadline=None)
@given(
    st.text(printable, min_size=1, max_size=80).filter(accepted),
    st.lists(
        st.text(
            st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs", "Po")),
            min_size=1,
            max_size=10,
        ).filter(accepted),
        min_size=1,
        max_size=4,
    ),
)
@example(title="\xa0'", authors=["0"])
def test_generated_values_round_trip(title: str, authors: list[str]):
    text = render_entry({**VALUES, "title": title, "authors": authors}, "正文。")
    entry = reread(text)["entry"]
    assert entry.title == title.strip()
    assert entry.authors == authors  # no separators generated: each name stays whole


def test_scaffold_with_every_key_is_valid_yaml(tmp_path: Path):
    text = render_entry({**VALUES}, "", all_keys=True, comments=True)
    raw = parse_entry_text(text, "entries/x.md")
    assert not raw.problems
    path = tmp_path / "x.md"
    write_atomic(path, text)
    assert os.stat(path).st_size == len(text.encode())


_IDEOGRAPH = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_TEXT = st.one_of(_IDEOGRAPH, st.sampled_from("0123456789AZaz、。《》「」【】（），：；·"))
_IDEOGRAPHS = st.builds(lambda a, b, c: a + b + c, st.text(_TEXT), _IDEOGRAPH, st.text(_TEXT))


@settings(max_examples=500)
@given(st.one_of(_IDEOGRAPHS, st.lists(_IDEOGRAPHS, min_size=1, max_size=4)))
@example("是")
@example(["否", "空"])
@example("张三 李四")
@example("第1篇：标题")
@example("《关爱明天》杂志")
@example("2023年7期")
@example("null年")
def test_the_fast_path_writes_what_yaml_writes(value: str | list[str]):
    from award_archive.authoring.write import _dumped, _scalar

    assert _scalar(value) == _dumped(value)  # the fast path taken or not, the same text
