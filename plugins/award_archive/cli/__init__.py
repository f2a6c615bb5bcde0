"""The `awards` command: builds the parser from one module per command and dispatches.

Each command lives in its own module (new, import_, validate, export, schema) with an
`add_<command>(subparsers)` function that declares its arguments and sets `func`, the
function that builds what the command needs, runs it and returns the exit code. A new
command adds its module and one line to COMMANDS.
"""

from __future__ import annotations

import argparse
import os
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
from award_archive.contract import i18n
from award_archive.contract.i18n import _

COMMANDS: list[Callable[[Any], None]] = [
    add_new,
    add_import,
    add_validate,
    add_export,
    add_schema,
    add_from_issue,
    add_issue_forms,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="awards",
        description=_("Award archive tools: add, check and export entries (参评作品推荐表)."),
    )
    add_root_option(parser, Path("."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    for command in sub.choices.values():  # `awards validate --root X --lang en` works as well
        add_root_option(command, argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from award_archive.config import ConfigError

    # The language first, so that --help and argparse's own errors are in it too.
    args_list = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(i18n.choose(args_list, os.environ))
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args))
    except ConfigError as e:
        print(f"awards: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `awards export | head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
