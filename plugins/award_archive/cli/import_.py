"""`awards import FILE...`: argument checks, then every file imported, then one report per
file and the exit code. The work itself is in authoring/importer/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from award_archive.authoring.importer.core import Options, Outcome, import_files
from award_archive.authoring.new import ScaffoldError, recorded_registry
from award_archive.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from award_archive.config import ArchiveConfig, read_config
from award_archive.contract.characters import escape_unsafe
from award_archive.contract.model import describe
from award_archive.contract.numerals import parse_edition
from award_archive.contract.slugs import SlugRegistry


class _Refused(Exception):
    """The run stops before any file is read: a message and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def add_import(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help="turn nomination forms (.txt, .md, .docx) into entries",
        description="Read filled 参评作品推荐表 forms and write one entry per form into entries/.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--award", help="the award's name, when the heading lacks it or is wrong")
    p.add_argument("--edition", help="the edition (10 or 第十届), when the heading lacks it or is wrong")
    p.add_argument("--id", dest="entry_id", help="the entry's id (one FILE only); default: from the title")
    p.add_argument("--out", type=Path, help="where to write the entries (default: ROOT/entries)")
    p.add_argument("--stdout", action="store_true", help="print the entries instead of writing them")
    p.add_argument("--force", action="store_true", help="replace entries that already exist")
    p.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    try:
        edition = _edition_option(args)
        root: Path = args.root
        config = read_config(root)  # a broken mkdocs.yml is reported by the CLI as a usage error
        out_dir = args.out or root / config.entries_dir
        registry = None if args.stdout else _registry(root, config, out_dir)
    except _Refused as e:
        print(f"awards import: {e}", file=sys.stderr)
        return e.code
    options = Options(award=args.award, edition=edition, entry_id=args.entry_id, rules=config.rules, entries_dir=config.entries_dir)
    outcomes = import_files(
        list(args.files), options, out_dir=out_dir, force=args.force, write=not args.stdout,
        registry=registry,
    )
    return _report(outcomes, out_dir, printed=args.stdout)


def _edition_option(args: argparse.Namespace) -> int | None:
    edition = None
    if args.edition is not None:
        edition = parse_edition(str(args.edition))
        if edition is None or edition < 1:
            raise _Refused(f"--edition '{args.edition}' is not an edition; write it like 10 or 第十届", EXIT_USAGE)
    if args.entry_id and len(args.files) > 1:
        raise _Refused("--id names one entry; give one FILE with it", EXIT_USAGE)
    return edition


def _registry(root: Path, config: ArchiveConfig, out_dir: Path) -> SlugRegistry | None:
    """The archive's published slugs when writing into its entries folder, so the new
    names cannot take a published slug; None when writing elsewhere."""
    if out_dir.resolve() != (root / config.entries_dir).resolve():
        return None
    try:
        registry: SlugRegistry = recorded_registry(root, config)
    except ScaffoldError as e:
        raise _Refused(str(e), EXIT_PROBLEMS) from e
    return registry


def _report(outcomes: list[Outcome], out_dir: Path, *, printed: bool) -> int:
    """One line per file, then what to fix, warnings and notes; with --stdout the entries
    go to standard output and the report to standard error."""
    stream = sys.stderr if printed else sys.stdout
    bad = 0
    for outcome in outcomes:
        if printed and outcome.text:
            sys.stdout.write(outcome.text)
        if not _report_one(outcome, out_dir, printed, stream):
            bad += 1
    return EXIT_PROBLEMS if bad else EXIT_OK


def _report_one(outcome: Outcome, out_dir: Path, printed: bool, stream: TextIO) -> bool:
    """Report one file; False when it failed or needs a person."""

    def say(line: str) -> None:
        # A file name (or a form's text) can hold ESC or a newline: one line each, escaped.
        print(escape_unsafe(line), file=stream)

    if outcome.failed:
        say(f"{outcome.source}: failed: {outcome.failed}")
        return False
    where = outcome.written or (f"{out_dir / outcome.entry_id}.md (not written)" if printed else "")
    status = outcome.status.replace("written", "imported") if printed else outcome.status
    say(f"{outcome.source} → {where}: {status}")
    for problem in outcome.needs:
        line = f"line {problem.line}: " if problem.line else ""
        say(f"  to fix: {line}{describe(problem.key)}: {problem.message}")
    for warning in outcome.warnings:
        say(f"  warning: {warning}")
    for note in outcome.notes:
        say(f"  note: {note}")
    return not outcome.needs
