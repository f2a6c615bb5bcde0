"""Attachments on the built site: only allowed types, copied byte for byte as files, and
nothing else from entries/ (no page, no HTML, no SVG), through a build, `mkdocs serve`
or a docs/ folder that reaches into entries/."""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from pathlib import Path

from test_hostile_catalogue import VALID_HEAD, _entry

from conftest import make_archive, mkdocs_serve, run_build, wait_for_page

SCRIPT = "<script>document.title='X'</script>"
# Lies in entries/ beside the attachments; a hostile contributor's files.
HOSTILE_FILES = {
    "files/evil.markdown": f"# 标题\n\n{SCRIPT}\n",
    "files/evil.mkd": f"{SCRIPT}\n",
    "files/evil.html": f"<!doctype html>{SCRIPT}\n",
    "files/evil.svg": f"<svg xmlns='http://www.w3.org/2000/svg'>{SCRIPT}</svg>\n",
    "files/evil.png": f"<html>{SCRIPT}\n",
}
GOOD_FILES = {
    "files/scan.PDF": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    "files/photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "files/notes.txt": "推荐理由全文。\n".encode(),
}


def _listing(paths: list[str]) -> str:
    return "attachments: [" + ", ".join(paths) + "]\n"


def hostile_archive(tmp_path: Path) -> Path:
    """One good entry with allowed attachments; one entry listing every hostile file; one
    listing its own .md under another id (the page would be rendered a second time, raw)."""
    entries = {
        "good.md": _entry(VALID_HEAD + _listing(list(GOOD_FILES))),
        "listed.md": _entry(VALID_HEAD + _listing(list(HOSTILE_FILES))),
        "self-listed.md": _entry(
            "id: self-listed-page\n" + VALID_HEAD + _listing(["self-listed.md"]),
            f"正文。{SCRIPT}\n",
        ),
        **HOSTILE_FILES,
    }
    root = make_archive(tmp_path, entries, copy_entries=False, search=False)
    for rel, data in GOOD_FILES.items():
        (root / "entries" / rel).write_bytes(data)
    return root


def site_files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


# The warning for a file in entries/ that is not read as an entry (.markdown, hidden files).
SKIPPED = "已跳过"


def assert_nothing_hostile(files: dict[str, bytes]) -> None:
    """No file of the site is a hostile file or carries its script unescaped."""
    for rel, data in files.items():
        assert SCRIPT.encode() not in data, rel
        assert "evil" not in rel and "self-listed.md" not in rel, rel
        assert not rel.startswith("entries/self-listed/"), rel  # the raw second rendering


def test_refused_attachments_stop_the_build(tmp_path: Path):
    root = hostile_archive(tmp_path)
    result = run_build(root, expect_warnings=[SKIPPED])
    assert result.returncode != 0
    assert "Traceback" not in result.log
    for rel in HOSTILE_FILES:
        assert f"entries/listed.md:9: attachments（附件）：“{rel}”" in result.log, rel
    assert "允许的类型为 .pdf, .png, .jpg" in result.log
    assert (
        "entries/self-listed.md:10: attachments（附件）：“self-listed.md” 是 .md 文件" in result.log
    )
    assert not result.site.exists()


def test_only_listed_allowed_attachments_reach_the_site(tmp_path: Path):
    """Hostile files lie in entries/ unlisted: the site has the allowed attachments, byte for
    byte where the entry's relative links find them, and nothing else from entries/."""
    root = hostile_archive(tmp_path)
    (root / "entries" / "listed.md").unlink()
    (root / "entries" / "self-listed.md").unlink()
    (root / "entries" / "files" / ".hidden.md").write_text(
        _entry(body=SCRIPT + "\n"), encoding="utf-8"
    )
    (root / "entries" / "files" / "unlisted.pdf").write_bytes(b"%PDF-1.4\nnot listed\n")
    result = run_build(root, expect_warnings=[SKIPPED])
    assert result.returncode == 0, result.log
    files = site_files(result.site)
    for rel, data in GOOD_FILES.items():
        assert files[f"entries/{rel}"] == data
    under_entries = {rel for rel in files if rel.startswith("entries/")}
    pages = {"entries/good/index.html", "entries/good.json"}  # the entry's page and its data
    assert under_entries == {*pages, *(f"entries/{r}" for r in GOOD_FILES)}
    assert_nothing_hostile(files)


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_serve_publishes_no_refused_attachment(tmp_path: Path):
    """`mkdocs serve` keeps going past invalid entries: their attachments must still not
    be served, neither as pages nor as files."""
    root = hostile_archive(tmp_path)
    with mkdocs_serve(root, "--no-livereload", log=tmp_path / "serve.log") as base:
        wait_for_page(base + "entries/good/", "全省首个青少年法治教育基地在自贡揭牌")
        assert status(base + "entries/files/scan.PDF") == 200
        for rel in [
            *HOSTILE_FILES,
            "files/evil/",
            "files/evil.mkd/",
            "self-listed/",
            "self-listed.md",
        ]:
            assert status(base + "entries/" + rel) == 404, rel
    log = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "entries/listed.md:9: attachments（附件）：“files/evil.svg” 是 .svg 文件" in log


def test_docs_reaching_into_entries_is_refused(tmp_path: Path):
    """A link docs/archive -> ../entries would make MkDocs publish every file there raw."""
    root = make_archive(
        tmp_path, {"good.md": _entry(), **HOSTILE_FILES}, copy_entries=False, search=False
    )
    os.symlink("../entries", root / "docs" / "archive")
    # MkDocs itself warns about the two evil files it would publish under docs/archive/
    result = run_build(root, expect_warnings=["Excluding 'archive/files/", SKIPPED])
    assert result.returncode != 0
    assert "docs/archive/" in result.log and "位于 entries/ 之内" in result.log, result.log
    assert "Traceback" not in result.log
    assert not result.site.exists()


def test_plugin_copies_no_page_even_if_validation_were_bypassed(tmp_path: Path):
    """The copy itself checks the allow-list again: an entry object carrying .md, .html or
    .svg attachments (the validator would refuse it) adds only the allowed file, as a
    static file."""
    from dataclasses import replace

    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from award_archive.checking.archive import Archive, load_archive

    root = hostile_archive(tmp_path)
    (root / "entries" / "listed.md").unlink()
    (root / "entries" / "self-listed.md").unlink()
    config = load_config(str(root / "mkdocs.yml"))
    plugin = config.plugins["award-archive"]
    good = load_archive(root).entries[0]
    forged = ["entries/good.md", *(f"entries/{r}" for r in HOSTILE_FILES), "entries/files/scan.PDF"]
    plugin.archive = Archive([replace(good, attachments=forged)], [])
    files = config.plugins.on_files(Files([]), config=config)  # the plugin's own on_files
    copied = [f for f in files if f.abs_src_path and "/entries/" in f.abs_src_path]
    assert [f.src_uri for f in copied] == ["entries/files/scan.PDF"]
    assert not copied[0].is_documentation_page() and not copied[0].is_static_page()
    assert [
        f.src_uri
        for f in files.documentation_pages()
        if "evil" in f.src_uri or "good.md" in f.src_uri
    ] == [
        "entries/good.md"  # the generated entry page, from the plugin's escaped HTML
    ]
