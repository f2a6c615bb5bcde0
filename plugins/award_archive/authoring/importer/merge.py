"""The same work imported again (a form after a list, a list after a list): found by its
normalised title and outlet, its empty fields filled; a field that has a value changes
only with --force. Every change is reported (and is all --dry-run shows)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from award_archive.checking.read import read_entry_file
from award_archive.contract.i18n import N_, _, about, quoted
from award_archive.contract.model import FIELDS_BY_KEY, STAGES, describe

NOTHING_NEW = N_("nothing new: the entry already has every field")


def norm(value: Any) -> str:
    text = unicodedata.normalize("NFKC", str(value or ""))
    return "".join(text.split()).strip('《》“”"')


@dataclass
class Existing:
    path: Path
    data: dict[str, Any]
    body: str


class Index:
    """The archive's entries by (title, outlet), and by title alone."""

    def __init__(self, out_dir: Path) -> None:
        self.by_key: dict[tuple[str, str], Existing] = {}
        self.by_title: dict[str, list[Existing]] = {}
        if out_dir.is_dir():
            for path in sorted(out_dir.rglob("*.md")):
                raw = read_entry_file(path, out_dir.parent)
                if isinstance(raw.data, dict) and raw.data.get("title"):
                    self.add(Existing(path, dict(raw.data), raw.body))

    def add(self, entry: Existing) -> None:
        title = norm(entry.data.get("title"))
        self.by_key[(title, norm(entry.data.get("outlet")))] = entry
        self.by_title.setdefault(title, []).append(entry)

    def find(self, values: dict[str, Any]) -> Existing | None:
        title, outlet = norm(values.get("title")), norm(values.get("outlet"))
        if not title:
            return None
        award = norm(values.get("award"))
        same = [
            e
            for e in self.by_title.get(title, [])  # another award's namesake is another work
            if not award or not norm(e.data.get("award")) or norm(e.data.get("award")) == award
        ]
        if hit := next((e for e in same if norm(e.data.get("outlet")) == outlet), None):
            return hit
        if not outlet:  # the list does not say: one namesake is the work
            return same[0] if len(same) == 1 else None
        blank = [e for e in same if not norm(e.data.get("outlet"))]
        return blank[0] if len(blank) == 1 else None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) or isinstance(b, list):
        return [norm(x) for x in (a or [])] == [norm(x) for x in (b or [])]
    return norm(a) == norm(b)


def merge(
    old: dict[str, Any], new: dict[str, Any], *, force: bool
) -> tuple[dict[str, Any], list[str]]:
    """The merged front matter and one line per change (or refused change)."""
    merged = dict(old)
    changes: list[str] = []
    for key, value in new.items():
        if key == "id" or value in (None, "", []):
            continue
        have = old.get(key)
        if have in (None, "", []):
            merged[key] = value
            changes.append(about(_label(key), _("filled with {value}").format(value=_show(value))))
        elif not _same(have, value):
            if key == "stage" and _later(value, have):
                merged[key] = value
                went = _("{old} → {new} (the work went further)")
                changes.append(about(_label(key), went.format(old=_show(have), new=_show(value))))
            elif force:
                merged[key] = value
                forced = _("{old} → {new} (--force)").format(old=_show(have), new=_show(value))
                changes.append(about(_label(key), forced))
            else:
                kept = _("kept {old}; the import gives {new} (pass --force to change it)")
                changes.append(about(_label(key), kept.format(old=_show(have), new=_show(value))))
    return merged, changes


def _later(new: Any, old: Any) -> bool:
    order = {s: i for i, s in enumerate(STAGES)}
    return str(new) in order and str(old) in order and order[str(new)] > order[str(old)]


def _label(key: str) -> str:
    return describe(key) if key in FIELDS_BY_KEY else key


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return quoted(text if len(text) <= 40 else text[:39] + "…")
