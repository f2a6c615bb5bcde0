"""修订记录: each entry file's revisions from the git history of the archive.

One `git log --name-only` for the whole build (not one call per entry), read into
source path -> revisions, newest first by author date. Without git, outside a repository
or when git fails, there is no history: the site shows none, the build goes on. Commit
messages are untrusted text: the templates escape them like any other value.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

# One commit: a record separator, then author date (strict ISO 8601) and subject; the
# files it touched follow on their own lines (--name-only).
_COMMIT = "\x1e"
_FORMAT = f"--format={_COMMIT}%aI%x1f%s"
GIT_TIMEOUT = 60  # seconds; a history that takes longer is left out, not waited for


class Revision(NamedTuple):
    date: str  # the author date, strict ISO 8601 with its offset: 2024-05-01T10:00:00+08:00
    message: str  # the commit's subject line, as written

    @property
    def day(self) -> str:
        """`2024-05-01`: the date as the entry page shows it."""
        return self.date[:10]


History = dict[str, tuple[Revision, ...]]  # entries/x.md (relative to the root) -> revisions


def revision_history(root: Path, entries_dir: str = "entries") -> History:
    """Every file under `root/entries_dir` with the commits that touched it."""
    git = shutil.which("git")
    if git is None or not (root / entries_dir).is_dir():
        return {}
    command = [git, "-c", "core.quotepath=off", "log", "--no-renames", "--relative"]
    command += ["--name-only", _FORMAT, "--", entries_dir]
    try:
        proc = subprocess.run(
            command, cwd=root, capture_output=True, timeout=GIT_TIMEOUT, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    if proc.returncode != 0:  # not a repository, or no commit yet
        return {}
    return parse_log(proc.stdout.decode("utf-8", errors="replace"))


def parse_log(text: str) -> History:
    """`git log --name-only` in _FORMAT, as path -> revisions (newest first, by author
    date; commits of the same date keep git's order)."""
    found: dict[str, list[tuple[int, Revision]]] = {}
    for order, block in enumerate(text.split(_COMMIT)[1:]):
        head, _, names = block.partition("\n")
        date, _, message = head.partition("\x1f")
        revision = Revision(date.strip(), message.strip())
        for name in names.splitlines():
            if name.strip():
                found.setdefault(name.strip(), []).append((order, revision))
    return {
        path: tuple(r for _, r in sorted(revs, key=_newest_first))
        for path, revs in sorted(found.items())
    }


def _newest_first(item: tuple[int, Revision]) -> tuple[float, int]:
    order, revision = item
    try:
        stamp = datetime.fromisoformat(revision.date).timestamp()
    except ValueError:
        stamp = 0.0
    return (-stamp, order)
