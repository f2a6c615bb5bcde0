"""`awards schema`: the JSON Schema of the front matter, for editors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from award_archive.cli.common import EXIT_OK, archive_config
from award_archive.contract.i18n import _


def add_schema(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "schema", help=_("print the JSON Schema of the front matter (for editors)")
    )
    p.add_argument("-o", "--output", type=Path, help=_("file to write (default: standard output)"))
    p.set_defaults(func=run_schema)


def run_schema(args: argparse.Namespace) -> int:
    from award_archive.authoring.write import write_atomic
    from award_archive.formats.schema import schema_text

    text = schema_text(archive_config(args).rules)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text, overwrite=True)
    return EXIT_OK
