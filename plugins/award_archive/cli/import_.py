"""`awards import FILE...`: argument checks, then every file imported, then one report per
file and the exit code. The work itself is in authoring/importer/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from award_archive.authoring.importer.core import Options, Outcome, import_files
from award_archive.authoring.importer.merge import NOTHING_NEW
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
        help="turn nomination forms and winner lists into entries",
        description=(
            "Read filled 参评作品推荐表 forms (one entry each) and winner lists (获奖名单, 报送目录: one "
            "entry per work) from .txt/.md/.html/.docx/.doc/.pdf/.xlsx/.xls/.ods/.csv files or folders."
        ),
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="files, folders or globs")
    p.add_argument(
        "--as",
        dest="read_as",
        choices=("form", "list"),
        help="read every file as a form or as a list (default: decided per file)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="write nothing; show every entry that would be written and every change",
    )
    p.add_argument("--award", help="the award's name, when the heading lacks it or is wrong")
    p.add_argument(
        "--edition", help="the edition (10 or 第十届), when the heading lacks it or is wrong"
    )
    p.add_argument(
        "--id", dest="entry_id", help="the entry's id (one FILE only); default: from the title"
    )
    p.add_argument("--out", type=Path, help="where to write the entries (default: ROOT/entries)")
    p.add_argument(
        "--stdout", action="store_true", help="print the entries instead of writing them"
    )
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
    options = Options(
        award=args.award,
        edition=edition,
        entry_id=args.entry_id,
        rules=config.rules,
        entries_dir=config.entries_dir,
        read_as=args.read_as,
    )
    outcomes = import_files(
        _globbed(args.files),
        options,
        out_dir=out_dir,
        force=args.force,
        write=not args.stdout,
        registry=registry,
        dry_run=args.dry_run,
    )
    code = _report(outcomes, out_dir, printed=args.stdout, dry_run=args.dry_run)
    if len({o.source for o in outcomes}) > 1 or any(o.read_as == "list" for o in outcomes):
        _summary(outcomes, sys.stderr if args.stdout else sys.stdout)
    return code


def _globbed(paths: list[Path]) -> list[Path]:
    """A pattern the shell did not expand (`'forms/*.docx'`, or on Windows) is expanded here."""
    out: list[Path] = []
    for path in paths:
        text = str(path)
        if not path.exists() and any(c in text for c in "*?["):
            anchor = Path(text[: min(text.find(c) for c in "*?[" if c in text)]).parent
            out.extend(sorted(anchor.glob(str(path.relative_to(anchor)))) or [path])
        else:
            out.append(path)
    return out


def _summary(outcomes: list[Outcome], stream: TextIO) -> None:
    """One row per file: how it was read, and its works written / needing a person / failed."""
    rows: dict[Path, list[int | str]] = {}
    for o in outcomes:
        row = rows.setdefault(o.source, [o.read_as, 0, 0, 0, 0])
        if o.failed:
            row[4] = int(row[4]) + 1
        elif o.needs:
            row[3] = int(row[3]) + 1
        elif o.updated:
            row[2] = int(row[2]) + 1
        else:
            row[1] = int(row[1]) + 1
    width = max(len(str(p)) for p in rows)
    print(f"\n{'file':{width}}  read as  new  filled  needs a person  failed", file=stream)
    for path, (read_as, new, filled, needs, failed) in rows.items():
        print(
            escape_unsafe(
                f"{str(path):{width}}  {read_as:7}  {new:3}  {filled:6}  {needs:14}  {failed:6}"
            ),
            file=stream,
        )


def _edition_option(args: argparse.Namespace) -> int | None:
    edition = None
    if args.edition is not None:
        edition = parse_edition(str(args.edition))
        if edition is None or edition < 1:
            raise _Refused(
                f"--edition '{args.edition}' is not an edition; write it like 10 or 第十届",
                EXIT_USAGE,
            )
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


def _report(outcomes: list[Outcome], out_dir: Path, *, printed: bool, dry_run: bool = False) -> int:
    """One line per file, then what to fix, warnings and notes; with --stdout the entries
    go to standard output and the report to standard error."""
    stream = sys.stderr if printed else sys.stdout
    bad = 0
    for outcome in outcomes:
        if printed and outcome.text:
            sys.stdout.write(outcome.text)
        if not _report_one(outcome, out_dir, printed or dry_run, stream):
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
    if outcome.updated and not outcome.written and outcome.changes[:1] == [NOTHING_NEW]:
        status = "unchanged"
    elif outcome.updated:
        status = status.replace("imported", "would fill" if printed else "filled").replace(
            "written", "filled"
        )
    item = f" #{outcome.item}" if outcome.item else ""
    say(f"{outcome.source}{item} → {where}: {status}")
    for change in outcome.changes:
        say(f"  change: {change}")
    for problem in outcome.needs:
        line = f"line {problem.line}: " if problem.line else ""
        say(f"  to fix: {line}{describe(problem.key)}: {problem.message}")
    for warning in outcome.warnings:
        say(f"  warning: {warning}")
    for note in outcome.notes:
        say(f"  note: {note}")
    return not outcome.needs
