"""Running the `awards` command in tests: in-process (fast, the default) or as the installed
console script (a few smoke tests, as contributors and CI run it)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from contextlib import chdir
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from award_archive.cli import main

AWARDS = Path(sys.executable).parent / "awards"


@dataclass
class Run:
    """What a run of `awards` gave, read like subprocess.run's result."""

    returncode: int
    stdout_bytes: bytes  # exactly what the command wrote
    stderr_bytes: bytes

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8")

    @property
    def stderr(self) -> str:
        return self.stderr_bytes.decode("utf-8")


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, so `awards new` asks its questions."""

    def isatty(self) -> bool:
        return True


def awards(*args: str, cwd: Path, stdin: str = "", terminal: bool = False) -> Run:
    """`awards ARGS` called in this process: `main(argv)` with the working folder, standard
    input (empty: not a terminal, like a CI run) and both output streams of its own. An
    exception the command does not turn into a message propagates: the test fails on it."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(out, encoding="utf-8", errors="strict", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = _Terminal(stdin) if terminal else io.StringIO(stdin)
    sys.stdout, sys.stderr = streams
    try:
        with chdir(cwd):
            code = _exit_code(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return Run(code, out.getvalue(), err.getvalue())


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as e:  # argparse: --help (0) and usage errors (2)
        if e.code is None or isinstance(e.code, int):
            return e.code or 0
        print(e.code, file=sys.stderr)
        return 1


def awards_process(
    *args: str, cwd: Path, stdin: int | None = subprocess.DEVNULL, **kw: Any
) -> subprocess.CompletedProcess[str]:
    """The installed `awards` console script run as a subprocess."""
    return subprocess.run(
        [str(AWARDS), *args],
        cwd=cwd,
        stdin=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        **kw,
    )


def empty_archive(tmp: Path) -> Path:
    """An archive with the repository's mkdocs.yml and an empty entries/ folder."""
    archive = tmp / "archive"
    (archive / "entries").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parent.parent / "mkdocs.yml", archive / "mkdocs.yml")
    return archive


def awards_import(root: Path, *args: str) -> Run:
    """`awards --root ROOT import ARGS…`, run in ROOT."""
    return awards("--root", str(root), "import", *args, cwd=root)
