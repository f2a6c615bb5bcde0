"""New entry ids: short ASCII pinyin of the title, unique in the archive.

Shared by `awards new` and the importer so every new entry gets its id the same way.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from pathlib import Path

from award_archive.checking.read import find_entry_files, read_entry_file
from award_archive.contract.slugs import RESERVED_IDS, reserved_id, slugify

MAX_SYLLABLES = 8  # enough to recognise the work; the full title is on the page
MAX_ID_LENGTH = 40
# A subtitle or a kicker after these marks is dropped from the id.
_SUBTITLE = re.compile(r"——|—|--|：|:|\||｜")


def _main_title(title: str) -> str:
    parts = [p.strip() for p in _SUBTITLE.split(title) if p.strip()]
    # Keep the first part unless it is too short to tell works apart (e.g. 独家：…).
    for part in parts:
        if len(part) >= 4:
            return part
    return title


def _shorten(slug: str) -> str:
    words: list[str] = []
    for word in slug.split("-"):
        if len(words) >= MAX_SYLLABLES or len("-".join([*words, word])) > MAX_ID_LENGTH:
            break
        words.append(word)
    return "-".join(words) or slug[:MAX_ID_LENGTH].strip("-")


def new_entry_id(title: str, taken: AbstractSet[str], *, lowered: bool = False) -> str:
    """`川渝两地关工委召开工作座谈会——…` → `chuan-yu-liang-di-guan-gong-wei-zhao`.

    Unique ignoring case against `taken` (ids and file names already in the archive):
    a clash gets `-2`, `-3`, … so the first entry keeps the plain id. A caller naming many
    entries at once passes `taken` already lowered (`lowered=True`): lowering it on every
    call made a 1,000-work list quadratic.
    """
    base = _shorten(slugify(_main_title(title.strip()) or "entry"))
    clashes = taken if lowered else {t.lower() for t in taken}
    candidate, n = base, 2
    while candidate in clashes or candidate in RESERVED_IDS:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def existing_entries(folder: Path) -> dict[str, str]:
    """Every id in use in `folder` → the title of its entry: each file's `id:` and each
    file name (an entry without an `id:` uses its file name). The files are the ones the
    archive reads (find_entry_files: no hidden `.x.md`); only their front matter is read,
    and broken entries still count. Links leading out of `folder` are not followed."""
    found: dict[str, str] = {}
    if not folder.is_dir():
        return found
    for path in find_entry_files(folder):
        data = read_entry_file(path, folder, ".").data
        title = str(data.get("title", ""))
        value = data.get("id")
        if isinstance(value, str) and value.strip():
            found[value.strip()] = title
        found.setdefault(path.stem, title)
    return found


def archive_ids(folder: Path) -> set[str]:
    """The ids in use in `folder` (see existing_entries)."""
    return set(existing_entries(folder))


__all__ = ["archive_ids", "existing_entries", "new_entry_id", "reserved_id"]
