"""The whole archive: every entry, every problem, and the groupings the site shows."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .load import RawEntry, find_entry_files, read_entry_file, skipped_entry_files
from .model import Entry
from .problems import Problem, errors, sort_problems
from .slugs import pinyin_key, unique_slugs
from .validate import Rules, validate_entry

if TYPE_CHECKING:
    from .incremental import EntryCache


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Newest publication first; ties by id so the order never depends on file order."""
    return sorted(entries, key=lambda e: (_neg(e.published.sort_key), e.id))


def _neg(key: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(-k for k in key)


@dataclass(frozen=True)
class Group:
    """A set of entries sharing a value: one category, one outlet, one author…"""

    name: str
    slug: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Edition:
    award: str
    number: int
    slug: str
    entries: tuple[Entry, ...]

    @property
    def name(self) -> str:
        return f"{self.award} 第{self.number}届"

    @property
    def years(self) -> list[int]:
        return sorted({y for e in self.entries if (y := e.effective_year) is not None})


@dataclass
class Archive:
    entries: list[Entry]  # sorted by id
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not errors(self.problems)

    @cached_property
    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    def _groups(self, values: dict[str, list[Entry]], pinyin: bool = False) -> list[Group]:
        slugs = unique_slugs(values)
        order = sorted(values, key=pinyin_key) if pinyin else sorted(values)
        return [Group(name, slugs[name], tuple(newest_first(values[name]))) for name in order]

    def _grouped(self, key) -> dict[str, list[Entry]]:
        out: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries:
            for value in key(e):
                if value:
                    out[value].append(e)
        return out

    @cached_property
    def categories(self) -> list[Group]:
        return self._groups(self._grouped(lambda e: [e.category]))

    @cached_property
    def outlets(self) -> list[Group]:
        return self._groups(self._grouped(lambda e: [e.outlet]), pinyin=True)

    @cached_property
    def authors(self) -> list[Group]:
        return self._groups(self._grouped(lambda e: e.authors), pinyin=True)

    @cached_property
    def recommenders(self) -> list[Group]:
        return self._groups(self._grouped(lambda e: [e.recommender]), pinyin=True)

    @cached_property
    def prizes(self) -> list[Group]:
        return self._groups(self._grouped(lambda e: [e.prize]))

    @cached_property
    def editions(self) -> list[Edition]:
        """Newest edition first within each award; awards in pinyin order."""
        grouped: dict[tuple[str, int], list[Entry]] = defaultdict(list)
        for e in self.entries:
            grouped[(e.award, e.edition)].append(e)
        award_slugs = unique_slugs({a for a, _ in grouped})
        keys = sorted(grouped, key=lambda k: (pinyin_key(k[0]), -k[1]))
        return [
            Edition(a, n, f"{award_slugs[a]}-{n}", tuple(sorted(grouped[(a, n)], key=_in_edition_order)))
            for a, n in keys
        ]

    @cached_property
    def edition_of(self) -> dict[str, Edition]:
        return {e.id: ed for ed in self.editions for e in ed.entries}

    @cached_property
    def last_published(self) -> datetime.date | None:
        """The newest publication date: the site's "last modified" date, so that the
        same entries always give the same sitemap."""
        if not self.entries:
            return None
        y, m, d, _ = max((e.published.end or e.published.start).sort_key for e in self.entries)
        return datetime.date(y, m or 12, d or 1)

    def slug_of(self, groups: list[Group]) -> dict[str, str]:
        return {g.name: g.slug for g in groups}


def _in_edition_order(e: Entry) -> tuple:
    """Within an edition: by category, then newest first, then id (previous/next order)."""
    return (e.category, _neg(e.published.sort_key), e.id)


def check_archive(entries: list[Entry], raws: dict[str, RawEntry]) -> list[Problem]:
    """Rules across entries: ids unique, ignoring case. Every file sharing an id is told
    which others have it, so whichever one the contributor opens explains itself."""
    by_id: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_id[e.id.lower()].append(e)
    problems: list[Problem] = []
    for same in by_id.values():
        if len(same) < 2:
            continue
        for e in same:
            others = ", ".join(sorted(o.source for o in same if o is not e))
            line = raws[e.source].lines.get("id", 1)
            problems.append(
                Problem(e.source, line, "id", f"'{e.id}' is also the id of {others}; ids must be unique: choose another")
            )
    return problems


def check_attachments(entries: list[Entry], raws: dict[str, RawEntry], root: Path, base: Path) -> list[Problem]:
    """Attachments exist and, links resolved, stay inside the entries folder: the site
    copies them, so a link to /etc/passwd must never be followed."""
    inside = base.resolve()
    problems: list[Problem] = []
    for e in entries:
        line = raws[e.source].lines.get("attachments", 1)
        for path in e.attachments:
            src = root / path
            shown = path.removeprefix(base.name + "/")
            if not src.resolve().is_relative_to(inside):
                problems.append(
                    Problem(e.source, line, "attachments", f"'{shown}' is a link pointing outside entries/; put the file itself there")
                )
            elif not src.is_file():
                problems.append(
                    Problem(e.source, line, "attachments", f"'{shown}' does not exist; add the file or correct the path (relative to the entry)")
                )
    return problems


def load_archive(
    root: Path, rules: Rules | None = None, entries_dir: str = "entries", cache: EntryCache | None = None
) -> Archive:
    """Read, validate and cross-check every entry under `root/entries_dir`. With a cache
    (`mkdocs serve`), files unchanged since the last call are not read again."""
    rules = rules or Rules()
    base = root / entries_dir
    raws: dict[str, RawEntry] = {}
    entries: list[Entry] = []
    problems: list[Problem] = []
    if not base.is_dir():
        problems.append(Problem(entries_dir, 0, "", "the entries folder does not exist; create it and add entries"))
        return Archive([], problems)
    problems.extend(skipped_entry_files(base, root))
    for path in find_entry_files(base):
        if cache is not None:
            raw, entry, found = cache.load(path, root, rules)
        else:
            raw = read_entry_file(path, root)
            entry, found = validate_entry(raw, rules)
        raws[raw.path] = raw
        problems.extend(found)
        if entry is not None:
            entries.append(entry)
    problems.extend(check_archive(entries, raws))
    problems.extend(check_attachments(entries, raws, root, base))
    bad = {p.path for p in problems if p.is_error}
    entries = sorted((e for e in entries if e.source not in bad), key=lambda e: e.id)
    return Archive(entries, sort_problems(problems))


__all__ = ["Archive", "Edition", "Group", "load_archive", "newest_first"]
