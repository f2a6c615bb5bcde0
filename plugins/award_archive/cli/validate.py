"""`awards validate`: load the whole archive, report the problems of the files asked for."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from award_archive.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, archive_config
from award_archive.contract.i18n import _


def add_validate(subparsers: Any) -> None:
    from award_archive.checking.report import FORMATS

    p = subparsers.add_parser("validate", help=_("check entries and report every problem"))
    p.add_argument(
        "paths", nargs="*", type=Path, help=_("entry files or folders (default: the whole archive)")
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help=_("text (default), json, or github annotations"),
    )
    p.add_argument("--strict", action="store_true", help=_("warnings fail too (exit 1)"))
    p.set_defaults(func=run_validate)


def run_validate(args: argparse.Namespace) -> int:
    from award_archive.checking.checks import PathError, check_paths
    from award_archive.checking.report import render, summary

    config = archive_config(args)
    try:
        result = check_paths(
            args.root, config.rules, config.entries_dir, args.paths, config.archive_file
        )
    except PathError as e:
        print(f"awards validate: {e}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(render(result.problems, args.format, result.checked))
    if args.format != "json":
        print(summary(result.problems, result.checked), file=sys.stderr)
    failed = result.errors or (args.strict and result.warnings)
    return EXIT_PROBLEMS if failed else EXIT_OK
