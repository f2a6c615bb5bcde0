"""Award archive: Chinese news-award entries (参评作品推荐表) as a static site."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from award_archive.checking.archive import Archive, load_archive
    from award_archive.checking.problems import Problem, Severity
    from award_archive.checking.validate import Rules
    from award_archive.contract.model import FIELDS, Entry

# Loaded on first use: `awards --help` or `awards schema` need none of the archive's
# reading and checking code, and importing any award_archive module runs this file.
_HOME = {
    "Archive": "award_archive.checking.archive",
    "load_archive": "award_archive.checking.archive",
    "Problem": "award_archive.checking.problems",
    "Severity": "award_archive.checking.problems",
    "Rules": "award_archive.checking.validate",
    "FIELDS": "award_archive.contract.model",
    "Entry": "award_archive.contract.model",
}

__all__ = ["FIELDS", "Archive", "Entry", "Problem", "Rules", "Severity", "load_archive"]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'award_archive' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name]), name)
