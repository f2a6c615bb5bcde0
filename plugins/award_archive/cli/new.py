"""`awards new`: ask for the main fields, write an entry file from the template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from award_archive.cli.common import EXIT_OK, EXIT_USAGE, archive_config
from award_archive.contract.i18n import _


def add_new(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "new", help=_("create a new entry file from a template, asking for its main fields")
    )
    p.add_argument("--award", help=_("奖项: the award's name without the edition"))
    p.add_argument("--edition", help=_("届次: 10 or 第十届"))
    p.add_argument("--category", help=_("参评项目, e.g. 消息"))
    p.add_argument("--title", help=_("作品标题"))
    p.add_argument("--authors", help=_("作者: names separated by 、 or commas"))
    p.add_argument("--outlet", help=_("刊播单位"))
    p.add_argument("--published", help=_("首发日期, e.g. 2023-06-08 or 2023年7期"))
    p.add_argument("--id", default="", help=_("the entry's id (default: pinyin of the title)"))
    p.add_argument(
        "--out", type=Path, help=_("folder to write into (default: the archive's entries/)")
    )
    p.set_defaults(func=run_new)


def _ask(prompt: str) -> str:
    print(prompt, end="", file=sys.stderr, flush=True)
    return input()


def run_new(args: argparse.Namespace) -> int:
    from award_archive.authoring.new import (
        ASKED,
        ScaffoldError,
        ask_missing,
        create_entry,
        normalise,
    )

    config = archive_config(args)
    values = {key: normalise(key, getattr(args, key) or "") for key in ASKED}
    try:
        if sys.stdin.isatty():  # prompts go to stderr: stdout carries only the new path
            values = ask_missing(values, config, _ask, lambda text: print(text, file=sys.stderr))
        created = create_entry(args.root, config, values, entry_id=args.id, out_dir=args.out)
    except ScaffoldError as e:
        print(f"awards new: {e}", file=sys.stderr)
        return EXIT_USAGE
    except (EOFError, KeyboardInterrupt):
        print("\nawards new: " + _("stopped; nothing was written"), file=sys.stderr)
        return EXIT_USAGE
    print(created.path)
    entries_dir = (args.root / config.entries_dir).resolve()
    if not created.path.resolve().is_relative_to(entries_dir):
        print(
            _("note: {path} is outside {folder}/; the site only shows entries inside it").format(
                path=created.path, folder=config.entries_dir
            ),
            file=sys.stderr,
        )
    if created.missing:
        print(
            _("still to fill in: {keys}").format(keys=", ".join(created.missing)), file=sys.stderr
        )
    print(
        _("edit the file, then run: {command}").format(command=f"awards validate {created.path}"),
        file=sys.stderr,
    )
    return EXIT_OK
