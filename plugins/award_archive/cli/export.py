"""`awards export`: every valid entry's fields as CSV or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from award_archive.cli.common import EXIT_OK, EXIT_PROBLEMS, archive_config
from award_archive.contract.i18n import _


def add_export(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export", help=_("every entry's fields as CSV (opens in Excel) or JSON")
    )
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("-o", "--output", type=Path, help=_("file to write (default: standard output)"))
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from award_archive.authoring.write import write_atomic
    from award_archive.checking.archive import load_archive_with_model
    from award_archive.formats.export import export_text

    config = archive_config(args)
    archive = load_archive_with_model(
        args.root, config.rules, config.entries_dir, config.archive_file
    )
    for p in archive.problems:
        print(p, file=sys.stderr)
    if not archive.ok:
        print(
            "awards export: "
            + _("the entries above have errors and are left out; fix them and export again"),
            file=sys.stderr,
        )
    text = export_text(archive.entries, args.format)
    if args.output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        write_atomic(args.output, text, overwrite=True)
    return EXIT_OK if archive.ok else EXIT_PROBLEMS
