"""A progress bar for many files at once: one line on a terminal's standard error, redrawn
in place, erased at the end. Nothing at all when standard error is not a terminal (a CI
log, a pipe, a test), so logs hold only the report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from award_archive.contract.characters import escape_unsafe

WIDTH = 24  # cells of the bar itself


class Progress:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.shown = bool(isatty and isatty())
        self.drawn = 0

    def __call__(self, done: int, total: int, path: Path) -> None:
        """`done` of `total` files read, the last one `path`."""
        if not self.shown or total < 2:
            return
        filled = WIDTH * done // total
        name = escape_unsafe(path.name)
        name = name if len(name) <= 40 else name[:39] + "…"
        line = f"[{'#' * filled}{'-' * (WIDTH - filled)}] {done}/{total} {name}"
        self.stream.write("\r" + line.ljust(self.drawn))
        self.stream.flush()
        self.drawn = len(line)

    def close(self) -> None:
        """Erase the bar so the report starts on a clean line."""
        if self.shown and self.drawn:
            self.stream.write("\r" + " " * self.drawn + "\r")
            self.stream.flush()
            self.drawn = 0
