"""`awards import FILE...`: argument checks, then every file imported, then one report per
file and the exit code. The work itself is in authoring/importer/."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from award_archive.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from award_archive.cli.progress import Progress
from award_archive.config import ArchiveConfig, read_config
from award_archive.contract.characters import escape_unsafe
from award_archive.contract.i18n import N_, _, about, quoted
from award_archive.contract.model import describe
from award_archive.contract.numerals import parse_edition

if TYPE_CHECKING:
    from award_archive.authoring.importer.core import Outcome
    from award_archive.contract.slugs import SlugRegistry


class _Refused(Exception):
    """The run stops before any file is read: a message and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def add_import(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help=_("turn nomination forms and winner lists into entries"),
        description=_(
            "Read filled 参评作品推荐表 forms (one entry each) and winner lists "
            "(获奖名单, 报送目录: one entry per work) from "
            ".txt/.md/.html/.docx/.doc/.pdf/.xlsx/.xls/.ods/.csv files or folders."
        ),
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help=_("files, folders or globs"))
    p.add_argument(
        "--as",
        dest="read_as",
        choices=("form", "list"),
        help=_("read every file as a form or as a list (default: decided per file)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=_("write nothing; show every entry that would be written and every change"),
    )
    p.add_argument("--award", help=_("the award's name, when the heading lacks it or is wrong"))
    p.add_argument(
        "--edition", help=_("the edition (10 or 第十届), when the heading lacks it or is wrong")
    )
    p.add_argument(
        "--id", dest="entry_id", help=_("the entry's id (one FILE only); default: from the title")
    )
    p.add_argument("--out", type=Path, help=_("where to write the entries (default: ROOT/entries)"))
    p.add_argument(
        "--stdout", action="store_true", help=_("print the entries instead of writing them")
    )
    p.add_argument("--force", action="store_true", help=_("replace entries that already exist"))
    p.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    # The importer is imported here, not at the top: every other `awards` command starts
    # without it (about a third of a second of CPU for each process).
    from award_archive.authoring.importer.core import Options, import_files

    try:
        edition = _edition_option(args)
        root: Path = args.root
        config = read_config(root)  # a broken mkdocs.yml is reported by the CLI as a usage error
        out_dir = args.out or root / config.entries_dir
        registry = None if args.stdout else _registry(root, config, out_dir)
    except _Refused as e:
        print(about("awards import", str(e)), file=sys.stderr)
        return e.code
    options = Options(
        award=args.award,
        edition=edition,
        entry_id=args.entry_id,
        rules=config.rules,
        entries_dir=config.entries_dir,
        read_as=args.read_as,
    )
    progress = Progress(sys.stderr)
    try:
        outcomes = import_files(
            _globbed(args.files),
            options,
            out_dir=out_dir,
            force=args.force,
            write=not args.stdout,
            registry=registry,
            dry_run=args.dry_run,
            progress=progress,
        )
    finally:
        progress.close()
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


READ_AS = (N_("form"), N_("list"))  # the summary's words for how a file was read


def _width(text: str) -> int:
    """Columns a terminal gives `text`: two for a Chinese character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _summary(outcomes: list[Outcome], stream: TextIO) -> None:
    """One row per file: how it was read, and its works written / needing a person / failed."""
    rows: dict[Path, list[int]] = {}
    read_as: dict[Path, str] = {}
    for o in outcomes:
        row = rows.setdefault(o.source, [0, 0, 0, 0])
        read_as.setdefault(o.source, o.read_as)
        column = 3 if o.failed else 2 if o.needs else 1 if o.updated else 0
        row[column] += 1
    header = [_("file"), _("read as"), _("new"), _("filled"), _("needs a person"), _("failed")]
    table = [header] + [
        [str(path), _(read_as[path]), *(str(n) for n in counts)] for path, counts in rows.items()
    ]
    widths = [max(_width(line[i]) for line in table) for i in range(len(header))]
    print(file=stream)
    for line in table:
        cells = [_pad(cell, width) for cell, width in zip(line, widths, strict=True)]
        print(escape_unsafe("  ".join(cells).rstrip()), file=stream)


def _edition_option(args: argparse.Namespace) -> int | None:
    edition = None
    if args.edition is not None:
        edition = parse_edition(str(args.edition))
        if edition is None or edition < 1:
            raise _Refused(
                _("--edition {value} is not an edition; write it like 10 or 第十届").format(
                    value=quoted(str(args.edition))
                ),
                EXIT_USAGE,
            )
    if args.entry_id and len(args.files) > 1:
        raise _Refused(_("--id names one entry; give one FILE with it"), EXIT_USAGE)
    return edition


def _registry(root: Path, config: ArchiveConfig, out_dir: Path) -> SlugRegistry | None:
    """The archive's published slugs when writing into its entries folder, so the new
    names cannot take a published slug; None when writing elsewhere."""
    if out_dir.resolve() != (root / config.entries_dir).resolve():
        return None
    from award_archive.authoring.new import ScaffoldError, recorded_registry

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


def _status(outcome: Outcome, printed: bool) -> str:
    """`written`, `imported` (printed, not written), `filled`, `would fill`, `unchanged`,
    then whether it needs a person or has warnings."""
    from award_archive.authoring.importer.merge import NOTHING_NEW

    if outcome.updated and not outcome.written and outcome.changes[:1] == [_(NOTHING_NEW)]:
        return _("unchanged")
    if outcome.updated:
        verb = _("would fill") if printed else _("filled")
    else:
        verb = _("imported") if printed else _("written")
    if outcome.needs:
        return _("{verb}, needs a person").format(verb=verb)
    return _("{verb} with warnings").format(verb=verb) if outcome.warnings else verb


def _report_one(outcome: Outcome, out_dir: Path, printed: bool, stream: TextIO) -> bool:
    """Report one file; False when it failed or needs a person."""

    def say(line: str) -> None:
        # A file name (or a form's text) can hold ESC or a newline: one line each, escaped.
        print(escape_unsafe(line), file=stream)

    if outcome.failed:
        say(about(str(outcome.source), about(_("failed"), outcome.failed)))
        return False
    not_written = _("{path} (not written)").format(path=out_dir / f"{outcome.entry_id}.md")
    where = outcome.written or (not_written if printed else "")
    item = f" #{outcome.item}" if outcome.item else ""
    say(about(f"{outcome.source}{item} → {where}", _status(outcome, printed)))
    for change in outcome.changes:
        say("  " + about(_("change"), change))
    for problem in outcome.needs:
        line = _("line {n}").format(n=problem.line) if problem.line else ""
        say("  " + about(_("to fix"), about(line, about(describe(problem.key), problem.message))))
    for warning in outcome.warnings:
        say("  " + about(_("warning"), warning))
    for note in outcome.notes:
        say("  " + about(_("note"), note))
    return not outcome.needs
