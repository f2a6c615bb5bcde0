"""`awards issue-forms`: write the GitHub issue forms generated from the model."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from award_archive.cli.common import EXIT_OK, EXIT_PROBLEMS, archive_config


def add_issue_forms(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "issue-forms",
        help="write .github/ISSUE_TEMPLATE/new-entry.yml and correction.yml from the model",
    )
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 when a file differs")
    p.set_defaults(func=run_issue_forms)


def run_issue_forms(args: argparse.Namespace) -> int:
    from award_archive.authoring.write import write_atomic
    from award_archive.formats.issue_form import issue_form_files

    stale = []
    for rel, text in issue_form_files(archive_config(args).rules).items():
        path = args.root / rel
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(rel)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text, overwrite=True)
            print(path)
    if args.check and stale:
        for rel in stale:
            print(f"{rel}: 与字段表不一致；请运行 awards issue-forms", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK
