"""The `awards` command: argument parsing only; every command calls the core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .importer.command import add_import_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="awards", description="Award archive tools: validate and add entries.")
    parser.add_argument("--root", type=Path, default=Path("."), help="the archive folder (holding mkdocs.yml and entries/)")
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="check entries and report every problem")
    v.add_argument("paths", nargs="*", type=Path)
    v.set_defaults(func=_validate)
    add_import_command(sub)
    return parser


def _validate(args: argparse.Namespace) -> int:
    from .archive import load_archive

    archive = load_archive(args.root)
    for p in archive.problems:
        print(p)
    return 0 if archive.ok else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
