"""The catalogue of hostile and broken entries: every case names the problems it must give.

A case is tests/golden/hostile/<case>.md (bytes as written: BOM, CRLF and GBK included),
a folder tests/golden/hostile/<case>/ of files that only go wrong together, or a
generator below for what cannot sit in git (folders named x.md, links, 10 MB files).
<case>.expected holds the problems as `awards validate` prints them, one per line; an
empty file means the entry must load. UPDATE_GOLDEN=1 rewrites the expected files;
review the diff before committing.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import awards
from golden_support import updating

from award_archive.checking.archive import load_archive
from award_archive.checking.validate import Rules

HOSTILE = Path(__file__).parent / "golden" / "hostile"
VALID_HEAD = """title: 全省首个青少年法治教育基地在自贡揭牌
award: 四川宣传关心下一代新闻佳作
edition: 9
category: 消息
authors: [张伟, 李娜]
outlet: 自贡日报
published: 2022.6.2
"""


def _entry(head: str = VALID_HEAD, body: str = "正文。\n") -> str:
    return f"---\n{head}---\n\n{body}"


def _folder_named_md(entries: Path) -> None:
    (entries / "folder-named-md.md").mkdir()
    (entries / "folder-named-md.md" / "inside.txt").write_text("not an entry", encoding="utf-8")


def _link_outside(entries: Path) -> None:
    outside = entries.parent / "outside.md"
    outside.write_text(_entry(), encoding="utf-8")
    (entries / "link-outside.md").symlink_to(outside)


def _link_dangling(entries: Path) -> None:
    (entries / "link-dangling.md").symlink_to(entries / "no-such-file.md")


def _link_inside(entries: Path) -> None:
    # A link to a file that stays inside entries/ is read like the file itself.
    (entries / "real").mkdir()
    (entries / "real" / "real-target.txt").write_text(_entry(), encoding="utf-8")
    (entries / "link-inside.md").symlink_to(entries / "real" / "real-target.txt")


def _unreadable(entries: Path) -> None:
    path = entries / "unreadable.md"
    path.write_text(_entry(), encoding="utf-8")
    path.chmod(0)


def _body_10mb(entries: Path) -> None:
    line = "这是一段很长的正文，用来检查十兆字节的文件不会拖垮构建。\n"
    (entries / "body-10mb.md").write_text(
        _entry(body=line * (10 * 1024 * 1024 // len(line.encode()))), encoding="utf-8"
    )


def _title_100k(entries: Path) -> None:
    head = VALID_HEAD.replace(
        "title: 全省首个青少年法治教育基地在自贡揭牌", "title: " + "题" * 100_000
    )
    (entries / "title-100k.md").write_text(_entry(head), encoding="utf-8")


def _attachment_link_outside(entries: Path) -> None:
    secret = entries.parent / "secret.txt"
    secret.write_text("not for the site", encoding="utf-8")
    (entries / "scans").mkdir()
    (entries / "scans" / "form.pdf").symlink_to(secret)
    (entries / "scans" / "real.pdf").write_bytes(b"%PDF-1.4\n")
    head = VALID_HEAD + "attachments: [scans/real.pdf, scans/form.pdf, scans/missing.pdf]\n"
    (entries / "attachment-link-outside.md").write_text(_entry(head), encoding="utf-8")


def _newline_in_file_name(entries: Path) -> None:
    # Problems stay one line each, whatever the file is called.
    (entries / "newline-in-file-name\n<script>.md").write_text(
        _entry("id: newline-in-file-name\n" + VALID_HEAD + "foo: 1\n"), encoding="utf-8"
    )


def _named_pipe(entries: Path) -> None:
    os.mkfifo(entries / "named-pipe.md")  # read naively, the build would wait for ever


SCRIPT = b"<script>document.title='X'</script>\n"
# First bytes of each allowed type, as real files begin.
ALLOWED_HEADS = {
    "scan.PDF": b"%PDF-1.7\n",
    "photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "photo.JPG": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "photo.jpeg": b"\xff\xd8\xff\xe1\x00\x10Exif",
    "anim.gif": b"GIF89a\x01\x00",
    "photo.webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "talk.mp3": b"ID3\x04\x00",
    "talk-raw.mp3": b"\xff\xfb\x90\x64",
    "talk.m4a": b"\x00\x00\x00\x20ftypM4A ",
    "talk.wav": b"RIFF\x24\x00\x00\x00WAVEfmt ",
    "talk.ogg": b"OggS\x00\x02",
    "talk.aac": b"\xff\xf1\x50\x80",
    "talk.flac": b"fLaC\x00\x00\x00\x22",
    "film.mp4": b"\x00\x00\x00\x18ftypmp42",
    "film.webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81",
    "film.mov": b"\x00\x00\x00\x14ftypqt  ",
    "film-old.mov": b"\x00\x00\x00\x08wide",
    "film.m4v": b"\x00\x00\x00\x1cftypM4V ",
    "form.docx": b"PK\x03\x04\x14\x00\x06\x00",
    "form.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "form-rtf.doc": b"{\\rtf1\\ansi",
    "table.xlsx": b"PK\x03\x04\x14\x00\x06\x00",
    "table.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    "notes.txt": "推荐理由全文。\n《标题》与 <b> 无关。\n".encode(),
}


def _with_files(
    entries: Path, case: str, folder: str, files: dict[str, bytes], listed: list[str]
) -> None:
    (entries / folder).mkdir(exist_ok=True)
    for name, data in files.items():
        (entries / folder / name).write_bytes(data)
    head = VALID_HEAD + "attachments: [" + ", ".join(listed) + "]\n"
    (entries / f"{case}.md").write_text(_entry(head), encoding="utf-8")


def _attachment_allowed(entries: Path) -> None:
    # Every allowed type, upper-case extensions too: the entry loads.
    _with_files(
        entries,
        "attachment-allowed",
        "allowed",
        ALLOWED_HEADS,
        [f"allowed/{n}" for n in ALLOWED_HEADS],
    )


def _attachment_runs(entries: Path) -> None:
    # Documents a browser runs on the site's origin, whatever they are called.
    files = {
        "evil.html": b"<!doctype html>" + SCRIPT,
        "evil.HTM": SCRIPT,
        "evil.svg": b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        "evil.xhtml": SCRIPT,
        "evil.xml": b"<?xml version='1.0'?>",
        "evil.js": b"alert(1)\n",
        "evil.pdf.html": SCRIPT,
    }
    _with_files(entries, "attachment-runs", "runs", files, [f"runs/{n}" for n in files])


def _attachment_disguised(entries: Path) -> None:
    # Allowed names, other contents: refused by their first bytes.
    files = {
        "scan.png": b"<html>" + SCRIPT,
        "scan.pdf": b"\n  <svg onload=alert(1)>",
        "notes.txt": b"\xef\xbb\xbf  " + SCRIPT,
        "notes-utf16.txt": "<html>".encode("utf-16"),
        "photo.jpg": b"\x89PNG\r\n\x1a\n",
        "empty.pdf": b"",
        "target.html": SCRIPT,
    }
    _with_files(entries, "attachment-disguised", "disguised", files, [])
    (entries / "disguised" / "linked.pdf").symlink_to(entries / "disguised" / "target.html")
    listed = [f"disguised/{n}" for n in files if n != "target.html"] + ["disguised/linked.pdf"]
    head = VALID_HEAD + "attachments: [" + ", ".join(listed) + "]\n"
    (entries / "attachment-disguised.md").write_text(_entry(head), encoding="utf-8")


def _attachment_not_a_file(entries: Path) -> None:
    (entries / "folders" / "scans").mkdir(parents=True)
    (entries / "folders" / "scans" / "form.pdf").write_bytes(b"%PDF-1.4\n")
    os.mkfifo(entries / "folders" / "pipe.mp3")  # read naively, the check would wait for ever
    head = VALID_HEAD + "attachments: [folders/scans/, folders/pipe.mp3]\n"
    (entries / "attachment-not-a-file.md").write_text(_entry(head), encoding="utf-8")


def _authors_10000(entries: Path) -> None:
    # Every author page lists its co-authors: 10,000 names would never finish building.
    names = ", ".join(f"作者{i}" for i in range(10_000))
    head = VALID_HEAD.replace("authors: [张伟, 李娜]", f"authors: [{names}]")
    (entries / "authors-10000.md").write_text(_entry(head), encoding="utf-8")


def _skipped_names(entries: Path) -> None:
    # Files that look like entries but are not read: each gets a warning naming the fix.
    for name in (
        ".skipped-names.md",
        "skipped-names.MD",
        "skipped-names.markdown",
        "Skipped.Markdown",
    ):
        (entries / name).write_text(_entry(), encoding="utf-8")


GENERATED: dict[str, Callable[[Path], None]] = {
    "attachment-allowed": _attachment_allowed,
    "attachment-runs": _attachment_runs,
    "attachment-disguised": _attachment_disguised,
    "attachment-not-a-file": _attachment_not_a_file,
    "authors-10000": _authors_10000,
    "skipped-names": _skipped_names,
    "named-pipe": _named_pipe,
    "newline-in-file-name": _newline_in_file_name,
    "folder-named-md": _folder_named_md,
    "link-outside": _link_outside,
    "link-dangling": _link_dangling,
    "link-inside": _link_inside,
    "unreadable": _unreadable,
    "body-10mb": _body_10mb,
    "title-100k": _title_100k,
    "attachment-link-outside": _attachment_link_outside,
}
FILE_CASES = sorted(p.stem for p in HOSTILE.glob("*.md"))
FOLDER_CASES = sorted(p.name for p in HOSTILE.iterdir() if p.is_dir())
CASES = sorted([*FILE_CASES, *FOLDER_CASES, *GENERATED])


def place(case: str, entries: Path) -> None:
    """Put one case's files into an entries/ folder."""
    if case in GENERATED:
        GENERATED[case](entries)
    elif case in FOLDER_CASES:
        for src in sorted((HOSTILE / case).iterdir()):
            shutil.copyfile(src, entries / src.name)
    else:
        shutil.copyfile(HOSTILE / f"{case}.md", entries / f"{case}.md")


def expected_lines(case: str) -> list[str]:
    return (HOSTILE / f"{case}.expected").read_text(encoding="utf-8").splitlines()


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.parametrize("case", CASES)
def test_hostile_case(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    entries = tmp_path / "entries"
    entries.mkdir()
    place(case, entries)
    if case == "unreadable" and running_as_root():
        # root reads a chmod 000 file anyway: make the read fail as it would for a user.
        real_read = Path.read_bytes

        def denied(self: Path) -> bytes:
            if self.name == "unreadable.md":
                raise PermissionError(13, "Permission denied", str(self))
            return real_read(self)

        monkeypatch.setattr(Path, "read_bytes", denied)
    archive = load_archive(tmp_path, Rules())
    actual = [str(p) for p in archive.problems]
    expected_path = HOSTILE / f"{case}.expected"
    if updating():  # UPDATE_GOLDEN=1, as for every golden test
        expected_path.write_text("".join(line + "\n" for line in actual), encoding="utf-8")
    assert actual == expected_lines(case)
    if not actual:
        assert archive.entries, "no problem reported, so the entry must load"
    for problem in archive.problems:
        assert problem.path.startswith("entries/") and "\n" not in str(problem)
        assert problem.line >= 0


def test_every_case_has_expected_output():
    assert {p.stem for p in HOSTILE.glob("*.expected")} == set(CASES)


def test_each_case_fails_or_loads_as_promised():
    """The catalogue is not all clean: most cases must be refused."""
    refused = [c for c in CASES if any(": warning: " not in line for line in expected_lines(c))]
    assert len(refused) >= 40


def test_awards_validate_reports_the_whole_catalogue(tmp_path: Path):
    """`awards validate` over one entries/ folder holding every case at once:
    the same lines as the cases one by one, and exit status 1."""
    entries = tmp_path / "entries"
    entries.mkdir()
    cases = [c for c in CASES if c != "unreadable"]  # root can read it: covered above
    for case in cases:
        place(case, entries)
    proc = awards("--root", str(tmp_path), "validate", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    printed = Counter(line for line in proc.stdout.splitlines() if line.startswith("entries/"))
    assert printed == Counter(line for case in cases for line in expected_lines(case))


def test_awards_validate_clean_archive_exits_zero(tmp_path: Path):
    entries = tmp_path / "entries"
    entries.mkdir()
    place("crlf", entries)
    place("utf8-bom", entries)
    proc = awards("--root", str(tmp_path), "validate", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "entries/" not in proc.stdout


def test_awards_validate_without_entries_folder(tmp_path: Path):
    proc = awards("--root", str(tmp_path), "validate", cwd=tmp_path)
    assert proc.returncode == 1
    assert "entries: 条目文件夹不存在；请创建它并添加条目" in proc.stdout.splitlines()
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "case", ["named-pipe", "link-dangling", "link-outside", "gbk", "alias-bomb"]
)
def test_awards_validate_one_named_file(case: str, tmp_path: Path):
    """`awards validate entries/x.md` (pre-commit, CI) gives the same answer for the file."""
    entries = tmp_path / "entries"
    entries.mkdir()
    place(case, entries)
    proc = awards("validate", f"entries/{case}.md", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    printed = [line for line in proc.stdout.splitlines() if line.startswith("entries/")]
    assert printed == expected_lines(case)
