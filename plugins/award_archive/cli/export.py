"""`awards export`: every valid entry's fields as CSV or JSON, or one entry as a filled
参评作品推荐表 (`--format docx --id ID -o FORM.docx`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from award_archive.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, archive_config
from award_archive.contract.i18n import _, os_reason

if TYPE_CHECKING:
    from award_archive.contract.model import Entry


def add_export(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help=_("every entry's fields as CSV (opens in Excel) or JSON, or one entry as a Word form"),
    )
    p.add_argument(
        "--format",
        choices=("csv", "json", "docx"),
        default="csv",
        help=_("csv (default), json, or docx for one entry (with --id)"),
    )
    p.add_argument("-o", "--output", type=Path, help=_("file to write (default: standard output)"))
    p.add_argument(
        "--id",
        dest="entry_id",
        help=_("with --format docx: the entry to write as a filled nomination form"),
    )
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from award_archive.checking.archive import load_archive_with_model
    from award_archive.formats.export import export_text

    usage = _docx_usage(args)
    if usage:
        print("awards export: " + usage, file=sys.stderr)
        return EXIT_USAGE
    config = archive_config(args)
    archive = load_archive_with_model(
        args.root, config.rules, config.entries_dir, config.archive_file
    )
    for p in archive.problems:
        print(p, file=sys.stderr)
    if args.format == "docx":
        return _export_form(archive.entries, args.entry_id, args.output)
    if not archive.ok:
        print(
            "awards export: "
            + _("the entries above have errors and are left out; fix them and export again"),
            file=sys.stderr,
        )
    text = export_text(archive.entries, args.format)
    if args.output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
    elif not _write(args.output, text):
        return EXIT_PROBLEMS
    return EXIT_OK if archive.ok else EXIT_PROBLEMS


def _docx_usage(args: argparse.Namespace) -> str:
    """What is missing for the chosen format ("" when nothing)."""
    if args.format != "docx":
        return _("--id is for --format docx only") if args.entry_id else ""
    if not args.entry_id:
        return _("--format docx writes one entry: give its id with --id ID")
    if args.output is None:
        return _("--format docx writes a Word file: give its path with -o FORM.docx")
    return ""


def _export_form(entries: Iterable[Entry], entry_id: str, output: Path) -> int:
    from award_archive.formats.docx_form import entry_docx

    found = [e for e in entries if e.id == entry_id]
    if not found:
        message = _(
            "no valid entry has the id {id}; `awards validate` lists the entries and their problems"
        ).format(id=entry_id)
        print("awards export: " + message, file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK if _write(output, entry_docx(found[0])) else EXIT_PROBLEMS


def _write(output: Path, data: str | bytes) -> bool:
    from award_archive.authoring.write import write_atomic

    try:
        write_atomic(output, data, overwrite=True)
    except OSError as e:
        message = _("cannot write {path} ({reason}); choose another file with -o").format(
            path=output, reason=os_reason(e)
        )
        print("awards export: " + message, file=sys.stderr)
        return False
    return True
