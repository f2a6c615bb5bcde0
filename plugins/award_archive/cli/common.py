"""What every `awards` command shares: the exit codes, the --root option, the archive's settings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from award_archive.contract.i18n import LANGUAGES, N_, _

if TYPE_CHECKING:
    from award_archive.config import ArchiveConfig

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


# argparse's own words, in our catalogue: `argparse._` is pointed at our `_` (see cli.main).
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("%(prog)s: error: %(message)s\n"),
)


def add_root_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--root",
        type=Path,
        default=default,
        help=_("the archive folder, holding mkdocs.yml and entries/ (default: .)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=_(
            "language of the messages (default: AWARDS_LANG, else mkdocs.yml's theme.language, "
            "else zh)"
        ),
    )


def archive_config(args: argparse.Namespace) -> ArchiveConfig:
    """The settings of the archive at --root (ConfigError, a usage error, when it is not there)."""
    from award_archive.config import ConfigError, read_config

    if not args.root.is_dir():
        raise ConfigError(
            _(
                "--root {root}: no such folder; give the folder holding mkdocs.yml and entries/"
            ).format(root=args.root)
        )
    return read_config(args.root)
