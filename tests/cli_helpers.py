"""Running the real `awards` console script, as contributors and CI do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

AWARDS = Path(sys.executable).parent / "awards"


def awards(*args: str, cwd: Path, stdin: int | None = subprocess.DEVNULL, **kw) -> subprocess.CompletedProcess:
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
