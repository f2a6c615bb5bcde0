"""Many files at once: .doc files converted in one LibreOffice run, each file read as a form
or a list, each work written new or merged into the entry already there."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from award_archive.authoring.ids import existing_entries
from award_archive.authoring.importer import core, files, merge
from award_archive.authoring.importer.form import parse_rows
from award_archive.authoring.importer.list_import import is_list, list_outcomes
from award_archive.authoring.importer.lists import parse_list
from award_archive.authoring.importer.rows import FormError, Source
from award_archive.authoring.importer.source import read_form
from award_archive.authoring.write import render_entry, write_atomic
from award_archive.checking.archive import record_entry_names
from award_archive.checking.read import parse_entry_text
from award_archive.contract.i18n import _
from award_archive.contract.slugs import SlugRegistry

SUPPORTED = (
    ".txt",
    ".md",
    ".html",
    ".htm",
    ".docx",
    ".doc",
    ".csv",
    ".tsv",
    ".pdf",
    *files.SPREADSHEETS,
)


def expand(paths: list[Path]) -> list[Path]:
    """A folder stands for the files in it that import can read, in name order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUPPORTED
                    and not p.name.startswith((".", "~$"))
                )
            )
        else:
            out.append(path)
    return out


def run(
    paths: list[Path],
    options: core.Options,
    *,
    out_dir: Path,
    force: bool,
    write: bool,
    registry: SlugRegistry | None,
    dry_run: bool,
    progress: Callable[[int, int, Path], None] | None = None,
) -> list[core.Outcome]:
    """Every file read and settled in order; `progress(done, total, path)` after each."""
    paths = expand(paths)
    look = write or dry_run
    taken = existing_entries(out_dir) if look else {}
    index = merge.Index(out_dir) if look else None
    outcomes: list[core.Outcome] = []
    with tempfile.TemporaryDirectory(prefix="awards-import-") as tmp:
        converted = files.convert_docs(paths, Path(tmp))
        for number, path in enumerate(paths, 1):
            if progress is not None:
                progress(number - 1, len(paths), path)
            done = converted.get(path)
            if isinstance(done, str):
                outcomes.append(core.Outcome(path, failed=done))
                continue
            for outcome in _read(path, done, options, out_dir, taken):
                if not outcome.failed and index is not None:
                    _settle(
                        outcome,
                        index,
                        out_dir,
                        options,
                        force=force,
                        write=write,
                        taken=taken,
                        registry=registry,
                    )
                outcomes.append(outcome)
        if progress is not None and paths:
            progress(len(paths), len(paths), paths[-1])
    return outcomes


def _read(
    path: Path, converted: Path | None, options: core.Options, out_dir: Path, taken: dict[str, str]
) -> list[core.Outcome]:
    try:
        source: Source = read_form(converted or path)
    except FormError as e:
        return [core.Outcome(path, failed=str(e))]
    except Exception as e:  # noqa: BLE001 - last guard: a file must never crash the run
        return [core.Outcome(path, failed=core.could_not_read(e))]
    if converted is not None:
        source.notes.insert(0, _("converted from Word 97 .doc to .docx by LibreOffice"))
    read_as = options.read_as
    listed = parse_list(files.rows_as_text(source.rows)) if read_as != "form" else None
    if read_as is None and listed is not None:
        # a form's long texts come in its first rows: no need to read a long list as a form
        read_as = "list" if is_list(listed, set(parse_rows(source.rows[:80]).values)) else "form"
    if read_as == "list" and listed is not None:
        outcomes = list_outcomes(path, listed, options, taken)
        outcomes[0].notes[1:1] = source.notes
        return outcomes
    return [core.import_form(path, options, out_dir=out_dir, taken=taken, source=source)]


def _settle(
    outcome: core.Outcome,
    index: merge.Index,
    out_dir: Path,
    options: core.Options,
    *,
    force: bool,
    write: bool,
    taken: dict[str, str],
    registry: SlugRegistry | None,
) -> None:
    """Merge into the entry already there (a list's work; a form over a list entry), or
    write a new one."""
    existing = index.find(outcome.values)
    list_entry = existing is not None and existing.data.get("stage") and not existing.body.strip()
    if existing is None or not (outcome.read_as == "list" or list_entry):
        if write:
            core.write_outcome(outcome, out_dir, force, taken, registry)
        if not outcome.failed:
            index.add(
                merge.Existing(
                    out_dir / f"{outcome.entry_id}.md",
                    dict(outcome.values),
                    parse_entry_text(outcome.text, "x.md").body,
                )
            )
        return
    new = {k: v for k, v in outcome.values.items() if k != "id"}
    merged, changes = merge.merge(existing.data, new, force=force)
    body = existing.body if existing.body.strip() else parse_entry_text(outcome.text, "x.md").body
    outcome.entry_id = str(existing.data.get("id") or existing.path.stem)
    outcome.changes = changes or [_(merge.NOTHING_NEW)]
    outcome.updated = True
    outcome.values = merged
    outcome.text = render_entry(merged, body)
    outcome.needs, warnings = [], list(outcome.warnings)
    core.check_entry(outcome.text, outcome.entry_id, options, outcome)
    outcome.warnings = warnings + [w for w in outcome.warnings if w not in warnings]
    existing_data = existing.data
    existing.data, existing.body = merged, body
    if write and merged != existing_data:
        try:
            write_atomic(existing.path, outcome.text, overwrite=True)
        except OSError as e:
            outcome.failed = core.cannot_write(existing.path, e)
            return
        outcome.written = existing.path
        if registry is not None:
            record_entry_names(registry, merged)
