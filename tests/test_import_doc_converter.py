"""`awards import` of Word 97 .doc files without LibreOffice installed: a stand-in `soffice`
on PATH records how it is called and writes the .docx LibreOffice would (the real
conversion is in test_import_files.py, marked `libreoffice`)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from cli_helpers import awards, awards_import, empty_archive

from conftest import REPO, SEED_ENTRY

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512  # the start of every .doc file
# Writes $FAKE_DOCX as <stem>.docx into --outdir for each .doc named, except damaged*.doc.
FAKE_SOFFICE = """#!/bin/sh
printf '%s\\n' "$*" >> "$FAKE_LOG"
out=
for a in "$@"; do
  case "$prev" in --outdir) out=$a ;; esac
  prev=$a
done
for a in "$@"; do
  case "$a" in
    */damaged*.doc) ;;
    *.doc) name=${a##*/}; cp "$FAKE_DOCX" "$out/${name%.doc}.docx" ;;
  esac
done
"""


@pytest.fixture
def stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The stand-in `soffice` first on PATH; returns the log of its command lines."""
    form = tmp_path / "seed.docx"
    entry_id = SEED_ENTRY.stem
    run = awards("export", "--format", "docx", "--id", entry_id, "-o", str(form), cwd=REPO)
    assert run.returncode == 0, run.stderr
    bin_dir, log = tmp_path / "bin", tmp_path / "soffice.log"
    bin_dir.mkdir()
    (bin_dir / "soffice").write_text(FAKE_SOFFICE, encoding="utf-8")
    (bin_dir / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    monkeypatch.setenv("FAKE_LOG", str(log))
    monkeypatch.setenv("FAKE_DOCX", str(form))
    return log


def test_doc_files_are_converted_in_one_headless_run(tmp_path: Path, stand_in: Path):
    root = empty_archive(tmp_path)
    docs = [tmp_path / "one.doc", tmp_path / "two.doc"]
    for doc in docs:
        doc.write_bytes(OLE)
    result = awards_import(root, "--lang", "en", *map(str, docs))
    assert result.returncode == 0, result.stdout + result.stderr
    [line] = stand_in.read_text(encoding="utf-8").splitlines()  # one run for both files
    args = shlex.split(line)
    assert {"--headless", "--norestore"} <= set(args)
    assert args[args.index("--convert-to") + 1] == "docx"
    assert any(a.startswith("-env:UserInstallation=file://") for a in args)  # its own profile
    assert args[-2:] == [str(d) for d in docs]
    assert result.stdout.count("converted from Word 97 .doc to .docx by LibreOffice") == 2
    written = sorted((root / "entries").glob("*.md"))
    assert len(written) == 2
    assert all("川渝两地关工委" in p.read_text(encoding="utf-8") for p in written)


def test_a_doc_the_converter_leaves_out_is_named(tmp_path: Path, stand_in: Path):
    root = empty_archive(tmp_path)
    doc = tmp_path / "damaged.doc"
    doc.write_bytes(OLE)
    result = awards_import(root, "--lang", "en", str(doc))
    assert result.returncode == 1
    assert f"{doc}: failed: LibreOffice could not convert it; is it a damaged .doc?" in (
        result.stdout
    ), result.stdout
    assert not list((root / "entries").iterdir())
