"""Build into a temporary folder beside the site, then swap it into place.

A build that fails half-way leaves the previous site exactly as it was; readers of the
site folder see the old site or the new one, never a mix. Knows nothing of MkDocs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def start(final: Path) -> Path:
    """A new empty folder next to `final` (same file system, so a rename can move it)."""
    final.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{final.name}.building-", dir=final.parent))
    temp.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a site folder is not
    return temp


def finish(temp: Path, final: Path) -> None:
    """Put the built `temp` where `final` is, with renames; the old site is removed after."""
    if not final.exists():
        os.rename(temp, final)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{final.name}.old-", dir=final.parent))
    old.rmdir()  # only the unique name was wanted
    os.rename(final, old)
    try:
        os.rename(temp, final)
    except OSError:
        os.rename(old, final)  # put the previous site back
        raise
    shutil.rmtree(old, ignore_errors=True)


def discard(temp: Path) -> None:
    shutil.rmtree(temp, ignore_errors=True)
