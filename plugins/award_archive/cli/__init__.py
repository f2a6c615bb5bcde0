"""The `awards` command: builds the parser from one module per command and dispatches.

Each command lives in its own module (new, import_, validate, export, schema) with an
`add_<command>(subparsers)` function that declares its arguments and sets `func`, the
function that builds what the command needs, runs it and returns the exit code. A new
command adds its module and one line to COMMANDS.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from award_archive.cli.common import EXIT_OK, EXIT_USAGE, add_root_option
from award_archive.cli.export import add_export
from award_archive.cli.from_issue import add_from_issue
from award_archive.cli.import_ import add_import
from award_archive.cli.issue_forms import add_issue_forms
from award_archive.cli.new import add_new
from award_archive.cli.schema import add_schema
from award_archive.cli.validate import add_validate

COMMANDS: list[Callable[[Any], None]] = [
    add_new, add_import, add_validate, add_export, add_schema, add_from_issue, add_issue_forms,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="awards", description="Award archive tools: add, check and export entries (参评作品推荐表)."
    )
    add_root_option(parser, Path("."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    for command in sub.choices.values():  # `awards validate --root X` works as well
        add_root_option(command, argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from award_archive.config import ConfigError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as e:
        print(f"awards: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `awards export | head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
