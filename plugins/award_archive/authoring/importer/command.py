"""`awards import FILE...`: argument parsing and the per-file report; the work is in core."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from award_archive.authoring.importer.core import Options, import_files
from award_archive.authoring.new import ScaffoldError, recorded_registry
from award_archive.config import read_config
from award_archive.contract.characters import escape_unsafe
from award_archive.contract.model import describe
from award_archive.contract.numerals import parse_edition


def add_import_command(subparsers: Any) -> None:
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
    edition = None
    if args.edition is not None:
        edition = parse_edition(str(args.edition))
        if edition is None or edition < 1:
            print(f"awards import: --edition '{args.edition}' is not an edition; write it like 10 or 第十届", file=sys.stderr)
            return 2
    if args.entry_id and len(args.files) > 1:
        print("awards import: --id names one entry; give one FILE with it", file=sys.stderr)
        return 2
    root: Path = args.root
    config = read_config(root)  # a broken mkdocs.yml is reported by the CLI as a usage error
    options = Options(award=args.award, edition=edition, entry_id=args.entry_id, rules=config.rules,
                      entries_dir=config.entries_dir)
    out_dir = args.out or root / config.entries_dir
    registry = None
    if not args.stdout and out_dir.resolve() == (root / config.entries_dir).resolve():
        try:  # the archive's names first, so the new ones cannot take a published slug
            registry = recorded_registry(root, config)
        except ScaffoldError as e:
            print(f"awards import: {e}", file=sys.stderr)
            return 1
    outcomes = import_files(
        list(args.files), options, out_dir=out_dir, force=args.force, write=not args.stdout,
        registry=registry,
    )
    stream = sys.stderr if args.stdout else sys.stdout

    def say(line: str) -> None:
        # A file name (or a form's text) can hold ESC or a newline: one line each, escaped.
        print(escape_unsafe(line), file=stream)

    bad = 0
    for outcome in outcomes:
        if args.stdout and outcome.text:
            sys.stdout.write(outcome.text)
        where = outcome.written or (f"{out_dir / outcome.entry_id}.md (not written)" if args.stdout else "")
        status = outcome.status if not (args.stdout and not outcome.failed) else outcome.status.replace("written", "imported")
        if outcome.failed:
            bad += 1
            say(f"{outcome.source}: failed: {outcome.failed}")
            continue
        if outcome.needs:
            bad += 1
        say(f"{outcome.source} → {where}: {status}")
        for problem in outcome.needs:
            line = f"line {problem.line}: " if problem.line else ""
            say(f"  to fix: {line}{describe(problem.key)}: {problem.message}")
        for warning in outcome.warnings:
            say(f"  warning: {warning}")
        for note in outcome.notes:
            say(f"  note: {note}")
    return 1 if bad else 0
