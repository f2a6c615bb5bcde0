"""`awards validate PATHS`: the whole archive is checked, the given files are reported.

Cross-entry rules (unique ids) need every entry, so the archive is always loaded in
full; only problems of the requested files are kept, and a duplicate id is reported on
each file sharing it, so a requested file learns which other file has its id.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from award_archive.checking.archive import duplicate_id, load_archive_with_model
from award_archive.checking.problems import Problem, sort_problems
from award_archive.checking.read import (
    find_entry_files,
    read_entry_file,
    relative,
    skipped_entry_files,
)
from award_archive.checking.validate import Rules, validate_entry
from award_archive.contract.archive_model import ARCHIVE_FILE
from award_archive.contract.i18n import _


class PathError(ValueError):
    """A path given on the command line that cannot be checked (a usage error)."""


@dataclass
class CheckResult:
    problems: list[Problem]
    checked: int  # how many entry files the report covers

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(not p.is_error for p in self.problems)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, folders as the .md files below them; PathError for the rest."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(find_entry_files(path))
        elif (
            path.is_file() or path.is_symlink() or path.exists()
        ):  # a pipe, a dangling link: the loader says what
            if path.suffix != ".md":
                raise PathError(_("{path}: is not an entry (.md file)").format(path=path))
            files.append(path)
        else:
            raise PathError(_("{path}: no such file or folder").format(path=path))
    return files


def check_paths(
    root: Path,
    rules: Rules,
    entries_dir: str = "entries",
    paths: list[Path] | None = None,
    archive_file: str = ARCHIVE_FILE,
) -> CheckResult:
    """archive.yml (`archive_file`) is checked too, and its problems always reported."""
    archive = load_archive_with_model(root, rules, entries_dir, archive_file)
    rules = rules.with_model(archive.authorities.model)
    # abspath, not resolve: a link inside entries/ stays there and read_entry_file judges it
    root_abs = Path(os.path.abspath(root))
    base = root_abs / entries_dir
    if not paths:
        checked = len(find_entry_files(base)) if base.is_dir() else 0
        return CheckResult(archive.problems, checked)
    wanted: set[str] = set()
    problems: list[Problem] = []
    known_ids = {e.id.lower(): e.source for e in archive.entries}
    for path in paths:
        if path.is_dir():  # a folder's files that look like entries but are skipped
            problems.extend(skipped_entry_files(Path(os.path.abspath(path)), root_abs, entries_dir))
    for path in expand_paths(paths):
        absolute = Path(os.path.abspath(path))
        if absolute.is_relative_to(base):
            wanted.add(relative(absolute, root_abs))
            continue
        # Outside the archive: checked on its own, and its id against the archive's.
        raw = read_entry_file(absolute, root_abs, entries_dir)
        entry, found = validate_entry(raw, rules, entries_dir)
        problems.extend(found)
        if entry is not None and entry.id.lower() in known_ids:
            other = known_ids[entry.id.lower()]
            line = raw.lines.get("id", 1)
            problems.append(duplicate_id(raw.path, line, entry.id, other))
        wanted.add(raw.path)
    model_file = archive.authorities.model.source  # archive.yml's problems: always reported
    problems.extend(p for p in archive.problems if p.path in wanted or p.path == model_file != "")
    return CheckResult(sort_problems(list(dict.fromkeys(problems))), len(wanted))
