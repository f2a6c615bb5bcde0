"""What every `awards` command shares: the exit codes, the --root option, the archive's settings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from award_archive.config import ArchiveConfig

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def add_root_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--root", type=Path, default=default, help="the archive folder, holding mkdocs.yml and entries/ (default: .)"
    )


def archive_config(args: argparse.Namespace) -> ArchiveConfig:
    """The settings of the archive at --root (ConfigError, a usage error, when it is not there)."""
    from award_archive.config import ConfigError, read_config

    if not args.root.is_dir():
        raise ConfigError(f"--root {args.root}: no such folder; give the folder holding mkdocs.yml and entries/")
    return read_config(args.root)
