"""`awards new`: ask for the main fields, write an entry file from the template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from award_archive.cli.common import EXIT_OK, EXIT_USAGE, archive_config


def add_new(subparsers: Any) -> None:
    p = subparsers.add_parser("new", help="create a new entry file from a template, asking for its main fields")
    p.add_argument("--award", help="奖项: the award's name without the edition")
    p.add_argument("--edition", help="届次: 10 or 第十届")
    p.add_argument("--category", help="参评项目, e.g. 消息")
    p.add_argument("--title", help="作品标题")
    p.add_argument("--authors", help="作者: names separated by 、 or commas")
    p.add_argument("--outlet", help="刊播单位")
    p.add_argument("--published", help="首发日期, e.g. 2023-06-08 or 2023年7期")
    p.add_argument("--id", default="", help="the entry's id (default: pinyin of the title)")
    p.add_argument("--out", type=Path, help="folder to write into (default: the archive's entries/)")
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
        print("\nawards new: stopped; nothing was written", file=sys.stderr)
        return EXIT_USAGE
    print(created.path)
    entries_dir = (args.root / config.entries_dir).resolve()
    if not created.path.resolve().is_relative_to(entries_dir):
        print(f"note: {created.path} is outside {config.entries_dir}/; the site only shows entries inside it", file=sys.stderr)
    if created.missing:
        print(f"still to fill in: {', '.join(created.missing)}", file=sys.stderr)
    print("edit the file, then run: awards validate " + str(created.path), file=sys.stderr)
    return EXIT_OK
