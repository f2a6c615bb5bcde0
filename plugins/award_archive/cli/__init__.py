"""The `awards` command: argument parsing only; every command calls the core.

Each command is registered by one small `add_<command>` function listed in COMMANDS;
a new command (e.g. `import`) adds its function there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from award_archive.authoring.importer.command import add_import_command

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2



def _root_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--root", type=Path, default=default, help="the archive folder, holding mkdocs.yml and entries/ (default: .)"
    )


def _config(args: argparse.Namespace):
    from award_archive.config import ConfigError, read_config

    if not args.root.is_dir():
        raise ConfigError(f"--root {args.root}: no such folder; give the folder holding mkdocs.yml and entries/")
    return read_config(args.root)


# -- new ------------------------------------------------------------------------------
def add_new(sub) -> None:
    p = sub.add_parser("new", help="create a new entry file from a template, asking for its main fields")
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

    config = _config(args)
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


# -- validate -------------------------------------------------------------------------
def add_validate(sub) -> None:
    from award_archive.checking.report import FORMATS

    p = sub.add_parser("validate", help="check entries and report every problem")
    p.add_argument("paths", nargs="*", type=Path, help="entry files or folders (default: the whole archive)")
    p.add_argument("--format", choices=FORMATS, default="text", help="text (default), json, or github annotations")
    p.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    p.set_defaults(func=run_validate)


def run_validate(args: argparse.Namespace) -> int:
    from award_archive.checking.checks import PathError, check_paths
    from award_archive.checking.report import render, summary

    config = _config(args)
    try:
        result = check_paths(args.root, config.rules, config.entries_dir, args.paths)
    except PathError as e:
        print(f"awards validate: {e}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(render(result.problems, args.format, result.checked))
    if args.format != "json":
        print(summary(result.problems, result.checked), file=sys.stderr)
    failed = result.errors or (args.strict and result.warnings)
    return EXIT_PROBLEMS if failed else EXIT_OK


# -- export ---------------------------------------------------------------------------
def add_export(sub) -> None:
    p = sub.add_parser("export", help="every entry's fields as CSV (opens in Excel) or JSON")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    from award_archive.authoring.write import write_atomic
    from award_archive.checking.archive import load_archive
    from award_archive.formats.export import export_text

    config = _config(args)
    archive = load_archive(args.root, config.rules, config.entries_dir)
    for p in archive.problems:
        print(p, file=sys.stderr)
    if not archive.ok:
        print("awards export: the entries above have errors and are left out; fix them and export again", file=sys.stderr)
    text = export_text(archive.entries, args.format)
    if args.output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
    else:
        write_atomic(args.output, text, overwrite=True)
    return EXIT_OK if archive.ok else EXIT_PROBLEMS


# -- schema ---------------------------------------------------------------------------
def add_schema(sub) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of the front matter (for editors)")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    p.set_defaults(func=run_schema)


def run_schema(args: argparse.Namespace) -> int:
    from award_archive.authoring.write import write_atomic
    from award_archive.formats.schema import schema_text

    text = schema_text(_config(args).rules)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text, overwrite=True)
    return EXIT_OK


# Register new commands here (one add_<command>(subparsers) function each).
COMMANDS: list[Callable[..., None]] = [add_new, add_import_command, add_validate, add_export, add_schema]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="awards", description="Award archive tools: add, check and export entries (参评作品推荐表)."
    )
    _root_option(parser, Path("."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    for command in sub.choices.values():  # `awards validate --root X` works as well
        _root_option(command, argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from award_archive.config import ConfigError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except ConfigError as e:
        print(f"awards: {e}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `awards export | head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
