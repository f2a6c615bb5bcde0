"""`awards from-issue ISSUE.md`: an issue written with the new-entry form, as an entry."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from award_archive.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, archive_config
from award_archive.contract.i18n import _, about


def add_from_issue(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "from-issue",
        help=_("turn an issue written with the new-entry form into an entry"),
        description=_(
            "Read an issue body written with the new-entry form (### label, a blank line, "
            "the value) and write it as one entry."
        ),
    )
    p.add_argument(
        "issue", type=Path, metavar="ISSUE.md", help=_("the issue's body (- for standard input)")
    )
    p.add_argument(
        "--out", type=Path, help=_("folder to write into (default: the archive's entries/)")
    )
    p.add_argument(
        "--attachment",
        type=Path,
        metavar="FILE",
        help=_(
            "the Word form attached to the issue, downloaded: imported, the issue fills its gaps"
        ),
    )
    p.add_argument(
        "--attachment-url",
        action="store_true",
        help=_("only print the link of the Word form attached to the issue (empty when none)"),
    )
    p.set_defaults(func=run_from_issue)


def _read(path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    return path.read_text(encoding="utf-8-sig")


def run_from_issue(args: argparse.Namespace) -> int:
    from award_archive.authoring.from_issue import attachment_urls, entry_from_issue, parse_issue
    from award_archive.authoring.new import ScaffoldError
    from award_archive.contract.characters import escape_unsafe

    try:
        text = _read(args.issue)
    except (OSError, UnicodeDecodeError) as e:
        unread = _("cannot be read ({reason})").format(reason=e)
        print(about("awards from-issue", about(str(args.issue), unread)), file=sys.stderr)
        return EXIT_USAGE
    if args.attachment_url:
        urls = attachment_urls(parse_issue(text))
        print(urls[0] if urls else "")
        return EXIT_OK
    if args.attachment is not None and not args.attachment.is_file():
        missing = about(f"--attachment {args.attachment}", _("no such file"))
        print(about("awards from-issue", missing), file=sys.stderr)
        return EXIT_USAGE
    config = archive_config(args)
    try:
        created, fields = entry_from_issue(
            text, args.root, config, out_dir=args.out, attachment=args.attachment
        )
    except ScaffoldError as e:
        for line in str(e).splitlines():  # create_entry's own refusals carry no line
            sep = ":" if line.split(":", 1)[0].isdigit() else ": "
            print(escape_unsafe(f"{args.issue}{sep}{line}"), file=sys.stderr)
        return EXIT_PROBLEMS
    print(created.path)
    for note in fields.notes:
        print(escape_unsafe(f"{args.issue}:{note}"), file=sys.stderr)
    return EXIT_OK
