"""New entry ids: short ASCII pinyin of the title, unique in the archive.

Shared by `awards new` and the importer so every new entry gets its id the same way.
"""

from __future__ import annotations

import re
from pathlib import Path

from award_archive.checking.read import find_entry_files, read_entry_file
from award_archive.contract.slugs import slugify

# Ids that cannot name an entry: entries/index.md would be the page of /entries/ itself,
# while the table, the CSV and the feed link /entries/index/. Ids are lowercase (SLUG_RE),
# so no other spelling (Index) can reach the same path on a case-insensitive host.
RESERVED_IDS = frozenset({"index"})
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


def new_entry_id(title: str, taken: set[str]) -> str:
    """`川渝两地关工委召开工作座谈会——…` → `chuan-yu-liang-di-guan-gong-wei-zhao`.

    Unique ignoring case against `taken` (ids and file names already in the archive):
    a clash gets `-2`, `-3`, … so the first entry keeps the plain id.
    """
    base = _shorten(slugify(_main_title(title.strip()) or "entry"))
    lowered = {t.lower() for t in taken} | RESERVED_IDS
    candidate, n = base, 2
    while candidate in lowered:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def reserved_id(entry_id: str) -> str:
    """Why `entry_id` cannot be used ("" when it can): the end of a sentence about it."""
    if entry_id.lower() in RESERVED_IDS:
        return ("is reserved: its page would be the page of /entries/ itself, "
                "and links to it would break")
    return ""


def archive_ids(entries_dir: Path, root: Path) -> set[str]:
    """Every id in use or reserved: each file's `id:` and each file name (an entry without
    an `id:` uses its file name). Reads front matter only; broken entries still count."""
    taken: set[str] = set()
    if not entries_dir.is_dir():
        return taken
    for path in find_entry_files(entries_dir):
        taken.add(path.stem)
        value = read_entry_file(path, root).data.get("id")
        if isinstance(value, str) and value.strip():
            taken.add(value.strip())
    return taken
