"""An archive whose mkdocs.yml sets `entries_dir: works`: the build, `awards validate` and
`awards import` all read, check and write that folder, and name it in their messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import awards, awards_import
from golden_support import golden_form
from test_hostile_catalogue import VALID_HEAD, _entry

from award_archive.authoring.ids import existing_entries
from conftest import REPO, run_build

FOLDER = "works"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
REAL_FORM = golden_form("real-pipe-table")


def works_archive(tmp_path: Path, entries: dict[str, str]) -> Path:
    """The repo's site with its entries in works/ (and no entries/ folder at all)."""
    root = tmp_path / "archive"
    root.mkdir()
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert "entries_dir: entries\n" in config
    (root / "mkdocs.yml").write_text(
        # Its tests never read the search index: built without Pagefind.
        config.replace("entries_dir: entries\n", f"entries_dir: {FOLDER}\n      search: false\n"),
        encoding="utf-8",
    )
    shutil.copytree(REPO / "docs", root / "docs")
    for rel, text in entries.items():
        path = root / FOLDER / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def with_attachment(tmp_path: Path) -> Path:
    root = works_archive(
        tmp_path, {"good.md": _entry(VALID_HEAD + "attachments: [files/scan.pdf]\n")}
    )
    (root / FOLDER / "files").mkdir()
    (root / FOLDER / "files" / "scan.pdf").write_bytes(PDF)
    return root


def test_build_reads_the_configured_folder_and_publishes_its_attachment(tmp_path: Path):
    result = run_build(with_attachment(tmp_path), "--strict")
    assert result.returncode == 0, result.log
    assert "全省首个青少年法治教育基地在自贡揭牌" in result.page("entries/good/")
    assert (result.site / FOLDER / "files" / "scan.pdf").read_bytes() == PDF
    assert "outside" not in result.log


def test_validate_accepts_a_valid_attachment_and_a_link_inside_the_folder(tmp_path: Path):
    root = with_attachment(tmp_path)
    (root / FOLDER / "alias.md").symlink_to(root / FOLDER / "good.md")  # a link that stays inside
    (root / FOLDER / "good.md").write_text(
        _entry("id: good\n" + VALID_HEAD + "attachments: [files/scan.pdf]\n"), encoding="utf-8"
    )
    result = awards("validate", cwd=root)
    # The link is read as a second file with the same id: that is the only problem.
    assert "outside" not in result.stdout, result.stdout
    assert "“good”也是 works/good.md 的编号" in result.stdout
    (root / FOLDER / "alias.md").unlink()
    assert (awards("validate", cwd=root).returncode, awards("validate", cwd=root).stdout) == (0, "")


def test_validate_names_the_configured_folder(tmp_path: Path):
    outside = tmp_path / "elsewhere.md"
    outside.write_text(_entry(), encoding="utf-8")
    root = works_archive(
        tmp_path,
        {"escapes.md": _entry(VALID_HEAD + "attachments: [../scan.pdf]\n"), ".hidden.md": _entry()},
    )
    (root / FOLDER / "linked.md").symlink_to(outside)
    result = awards("validate", cwd=root)
    assert result.returncode == 1
    assert (
        "works/escapes.md:9: attachments（附件）：“../scan.pdf”指向 works/ 之外；"
        "附件必须放在 works/ 之内" in result.stdout
    )
    assert "works/linked.md: 是指向 works/ 之外的链接" in result.stdout
    assert "否则请移出 works/" in result.stdout
    assert "entries/" not in result.stdout


def test_import_writes_into_the_configured_folder_and_the_build_reads_it(tmp_path: Path):
    root = works_archive(tmp_path, {})
    (root / FOLDER).mkdir()
    result = awards_import(root, str(REAL_FORM))
    assert result.returncode == 0, result.stdout + result.stderr
    [written] = (root / FOLDER).glob("*.md")
    assert str(written) in result.stdout
    assert not (root / "entries").exists()
    assert (awards("validate", cwd=root).returncode, awards("validate", cwd=root).stdout) == (0, "")
    assert "《关爱明天》杂志" in (root / "schema" / "published-slugs.yml").read_text(
        encoding="utf-8"
    )


def test_import_ignores_the_ids_of_hidden_files(tmp_path: Path):
    root = works_archive(tmp_path, {})
    (root / FOLDER).mkdir()
    stdout = awards_import(root, str(REAL_FORM), "--stdout").stdout
    entry_id = stdout.split("\n", 2)[1].removeprefix("id: ")
    # A hidden file the archive skips (`.draft.md`) does not take the id away.
    (root / FOLDER / ".draft.md").write_text(
        _entry(f"id: {entry_id}\ntitle: 另一篇\n"), encoding="utf-8"
    )
    assert awards_import(root, str(REAL_FORM)).returncode == 0
    assert (root / FOLDER / f"{entry_id}.md").is_file()


@pytest.mark.parametrize("name", [".draft.md", "notes.txt"])
def test_existing_entries_skips_what_the_loader_skips(tmp_path: Path, name: str):
    (tmp_path / name).write_text(_entry("id: hidden-one\ntitle: 甲\n"), encoding="utf-8")
    (tmp_path / "seen.md").write_text(_entry("id: seen-one\ntitle: 乙\n"), encoding="utf-8")
    assert existing_entries(tmp_path) == {"seen-one": "乙", "seen": "乙"}
