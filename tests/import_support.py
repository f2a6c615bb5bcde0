"""Importing a form given as text, for the tests of the form reader's shapes."""

from __future__ import annotations

from pathlib import Path

from award_archive.authoring.importer import Options, import_form


def imported_values(tmp_path: Path, text: str) -> dict:
    """The fields `awards import` takes from `text` written to a .txt form (it must not fail)."""
    form = tmp_path / "form.txt"
    form.write_text(text, encoding="utf-8")
    outcome = import_form(form, Options(), out_dir=tmp_path / "entries")
    assert not outcome.failed, outcome.failed
    return outcome.values
