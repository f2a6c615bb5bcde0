"""Hostile values that the catalogue cannot show by its messages alone: what accepted
numbers mean, reports of files with control characters in their names (all formats), and
`awards import` given a pipe or a .docx zip bomb (peak memory measured)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import struct
import subprocess
import sys
import threading
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from cli_helpers import awards
from test_hostile_catalogue import HOSTILE, place

from award_archive.checking.archive import load_archive
from award_archive.checking.read import parse_entry_text
from award_archive.checking.validate import Rules, validate_entry
from award_archive.contract.characters import has_visible
from conftest import BIN


def _entry(case: str):
    raw = parse_entry_text(
        (HOSTILE / f"{case}.md").read_text(encoding="utf-8"), f"entries/{case}.md"
    )
    entry, problems = validate_entry(raw, Rules())
    assert entry is not None, problems
    return entry


def test_plain_decimal_forms_keep_their_meaning():
    """第十届 and full-width digits are read as written; `1:30` is a duration (1分30秒),
    not the 90 characters YAML 1.1 makes of it."""
    entry = _entry("numbers-plain-decimal")
    assert (entry.edition, entry.year) == (10, 2024)
    assert entry.length is not None
    assert (entry.length.seconds, entry.length.characters) == (90, None)
    assert entry.display("length") == "1分30秒"


@pytest.mark.parametrize(
    ("line", "value"),
    [("edition: 12", 12), ("edition: '12'", 12), ("edition: 第12届", 12), ("edition: １２", 12)],
)
def test_plain_decimal_editions_are_accepted(line: str, value: int):
    text = (
        (HOSTILE / "numbers-plain-decimal.md")
        .read_text(encoding="utf-8")
        .replace("edition: 第十届", line)
    )
    entry, problems = validate_entry(parse_entry_text(text, "entries/x.md"), Rules())
    assert problems == [] and entry is not None and entry.edition == value


def test_right_to_left_marks_stay_in_names():
    entry = _entry("rtl-marks-allowed")
    assert entry.authors == ["张伟", "\u200fعلي\u200f"]


@pytest.mark.parametrize(
    "text", ["\u200b", "\u3000\u00a0", "\u2060\u200d", "\u0301", "\u3164", " \t"]
)
def test_nothing_visible(text: str):
    assert not has_visible(text)


@pytest.mark.parametrize("text", ["题", "a\u200b", "\ue000", "·"])
def test_something_visible(text: str):
    assert has_visible(text)


# -- reports of hostile file names ------------------------------------------------------

NAMES = {
    "esc": b"esc\x1b[31mred.md",
    "rlo": "rlo\u202egpj.md".encode(),
    "c1": "c1\u009bx.md".encode(),
    "not-utf8": b"bad\xff.md",
}
RAW = ["\x1b", "\u202e", "\u009b", "\udcff", "\x9b"]


@pytest.fixture(scope="module")
def named_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    entries = root / "entries"
    entries.mkdir()
    body = (HOSTILE / "unknown-keys.md").read_bytes()
    for name in NAMES.values():
        with open(os.path.join(os.fsencode(entries), name), "wb") as fh:
            fh.write(body)
    return root


def _validate(root: Path, fmt: str) -> bytes:
    proc = awards("--root", str(root), "validate", "--format", fmt, cwd=root)
    assert proc.returncode == 1, proc.stderr
    return proc.stdout_bytes


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_file_names_print_no_control_characters(named_archive: Path, fmt: str):
    out = _validate(named_archive, fmt).decode("utf-8")  # valid UTF-8: no lone surrogate
    assert not [c for c in RAW if c in out]
    lines = out.splitlines()
    for key, name in NAMES.items():
        shown = (
            os.fsdecode(name).encode("unicode_escape").decode("ascii")
            if key != "esc"
            else "esc\\x1b[31mred.md"
        )
        if fmt == "json":
            continue
        assert any(f"entries/{shown}" in line for line in lines), (key, shown, lines[:4])
    if fmt == "github":
        assert all(line.startswith("::error file=entries/") for line in lines)
        assert all(line.count("::") == 2 for line in lines)


def test_json_report_keeps_the_exact_file_names(named_archive: Path):
    doc = json.loads(_validate(named_archive, "json"))
    paths = {p["path"] for p in doc["problems"]}
    assert paths == {f"entries/{os.fsdecode(name)}" for name in NAMES.values()}


def test_skipped_names_are_reported_by_the_real_command(tmp_path: Path):
    (tmp_path / "entries").mkdir()
    place("skipped-names", tmp_path / "entries")
    place("crlf", tmp_path / "entries")
    proc = awards("--root", str(tmp_path), "validate", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout  # warnings only
    assert "entries/skipped-names.MD: 警告：已跳过" in proc.stdout
    folder = awards("validate", "entries", cwd=tmp_path)
    assert folder.stdout == proc.stdout
    strict = awards("--root", str(tmp_path), "validate", "--strict", cwd=tmp_path)
    assert strict.returncode == 1
    assert len(load_archive(tmp_path, Rules()).entries) == 1


# -- awards import: a pipe, a zip bomb ----------------------------------------------------


def _import(
    root: Path, *files: Path, measure: bool = False
) -> tuple[subprocess.CompletedProcess[str], int]:
    """`awards import` in a child of a fresh Python, which reports the child's peak RSS
    (so nothing else this test run started counts)."""
    command = [str(BIN / "awards"), "--root", str(root), "--lang", "en", "import", *map(str, files)]
    wrapper = (
        "import resource, subprocess, sys\n"
        f"p = subprocess.run({command!r}, capture_output=True, text=True, timeout=120)\n"
        "sys.stdout.write(p.stdout); sys.stderr.write(p.stderr)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(p.returncode)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", wrapper], capture_output=True, text=True, timeout=180
    )
    *stderr, peak = proc.stderr.splitlines()
    proc.stderr = "\n".join(stderr)
    return proc, int(peak) // 1024  # MB


def _write_end_once(fifo: Path) -> None:
    with contextlib.suppress(OSError):  # ENXIO: nobody is reading, nothing to unblock
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_import_names_a_pipe_instead_of_calling_it_empty(tmp_path: Path):
    (tmp_path / "entries").mkdir()
    fifo = tmp_path / "form.txt"
    os.mkfifo(fifo)
    # In this process. Should the import open the pipe, it would wait for a writer: one comes
    # (and goes, an end of file) after 30 s, and the test fails instead of hanging.
    unblock = threading.Timer(30, _write_end_once, [fifo])
    unblock.start()
    try:
        proc = awards("--root", str(tmp_path), "--lang", "en", "import", str(fifo), cwd=tmp_path)
    finally:
        unblock.cancel()
    assert proc.returncode == 1
    expected = (
        f"{fifo}: failed: is not a regular file (a pipe or a device); "
        "save the form as a file and name that\n"
    )
    assert proc.stdout == expected


def _zeros_deflated(size: int) -> bytes:
    """Raw deflate of `size` zero bytes (a multiple of 1 MB) in ~1 KB per MB, built in
    no time: one fully flushed block repeated, then an empty final block."""
    mb = 1024 * 1024
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(mb)) + c.flush(zlib.Z_FULL_FLUSH)
    return block * (size // mb) + b"\x03\x00"


def _zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand: (name, compressed data, crc, claimed size, method) each, so
    the headers can claim any unpacked size."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, crc, claimed, method in members:
        offset = out.tell()
        encoded = name.encode()
        out.write(
            struct.pack(
                "<4s5H3L2H",
                b"PK\x03\x04",
                20,
                0,
                method,
                0,
                0x21,
                crc,
                len(data),
                claimed,
                len(encoded),
                0,
            )
        )
        out.write(encoded + data)
        central.write(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0x21,
                crc,
                len(data),
                claimed,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        central.write(encoded)
    cd = central.getvalue()
    start = out.tell()
    out.write(cd)
    count = min(len(members), 0xFFFF)  # readers walk the central directory by its size
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(cd), start, 0))
    return out.getvalue()


def docx_bomb(inflated: int, claimed: int) -> bytes:
    """A real python-docx document whose word/document.xml is replaced by `inflated` zero
    bytes while the headers claim `claimed`."""
    buf = io.BytesIO()
    docx.Document().save(buf)
    members = []
    with zipfile.ZipFile(buf) as z:
        for info in z.infolist():
            if info.filename == "word/document.xml":
                members.append(
                    (info.filename, _zeros_deflated(inflated), 0, claimed, zipfile.ZIP_DEFLATED)
                )
                continue
            raw = z.read(info)
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            packed = c.compress(raw) + c.flush()
            members.append((info.filename, packed, zlib.crc32(raw), len(raw), zipfile.ZIP_DEFLATED))
    return _zip(members)


def _dense_docx(paragraphs: int) -> bytes:
    """A valid document.xml of `paragraphs` empty paragraphs: few bytes, a huge tree."""
    buf = io.BytesIO()
    docx.Document().save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            data = z.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b"<w:p/>" * paragraphs)
            w.writestr(info.filename, data)
    return out.getvalue()


GB = 1024**3


# (case, the bomb, what its line says)
BOMBS = (
    # the file: 1.5 GB of document.xml in a 1.6 MB file, headers claiming 16 KB
    ("lying-small", lambda: docx_bomb(3 * GB // 2, 16 * 1024), "is a damaged .docx"),
    # headers claiming just under 4 GB, or a plausible 10 MB
    (
        "claims-4gb",
        lambda: docx_bomb(3 * GB // 2, 2**32 - 2),
        "unpacks to more than 16 MB of text",
    ),
    ("claims-10mb", lambda: docx_bomb(3 * GB // 2, 10 * 1024 * 1024), "is a damaged .docx"),
    # 2.4 MB of valid XML whose tree would take hundreds of MB
    ("dense-tree", lambda: _dense_docx(400_000), "holds more than 300,000 XML elements"),
    # a zip of 200,000 empty files: opening it would cost ~100 MB before any check
    (
        "many-members",
        lambda: _zip([(f"{i}", b"", 0, 0, 0) for i in range(200_000)]),
        "more than 1000 files",
    ),
)


def test_docx_bombs_fail_in_one_line_each_under_300_mb(tmp_path: Path):
    """Every bomb in one `awards import` (one process: its peak is the largest bomb's, as
    each is read and dropped in turn): one located line each, nothing written."""
    (tmp_path / "entries").mkdir()
    forms = {}
    for case, make, message in BOMBS:
        form = tmp_path / f"{case}.docx"
        form.write_bytes(make())
        assert form.stat().st_size < 30 * 1024 * 1024
        forms[form] = message
    proc, peak = _import(tmp_path, *forms)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert peak < 300, f"peak {peak} MB"
    lines = proc.stdout.split("\n\n")[0].splitlines()  # then the summary table
    assert len(lines) == len(forms), proc.stdout
    for line, (form, message) in zip(lines, forms.items(), strict=True):
        assert line.startswith(f"{form}: failed: ") and message in line, line
    assert not list((tmp_path / "entries").iterdir())
