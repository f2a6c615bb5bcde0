"""The whole archive: every entry, every problem, and the groupings the site shows."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from award_archive.checking import attachments
from award_archive.checking.archive_file import ArchiveFile, read_archive_file
from award_archive.checking.likely_same import (
    duplicate_problems,
    person_id_problems,
    variant_problems,
)
from award_archive.checking.problems import Problem, errors, sort_problems
from award_archive.checking.read import (
    RawEntry,
    find_entry_files,
    read_entry_file,
    skipped_entry_files,
    strip_body_hint,
)
from award_archive.checking.validate import Rules, validate_entry
from award_archive.contract.archive_model import ARCHIVE_FILE
from award_archive.contract.authorities import Authorities
from award_archive.contract.groups import (
    AWARDS_SECTION,
    GROUP_KINDS,
    KIND,
    SECTION_OF_FIELD,
    GroupKind,
)
from award_archive.contract.i18n import _, os_reason, quoted
from award_archive.contract.model import Entry, edition_name
from award_archive.contract.names import normalise_name
from award_archive.contract.slugs import REGISTRY_FILE, RegistryProblem, SlugRegistry, pinyin_key

# Reads one entry file: (what the file holds, the valid Entry or None, its problems).
EntryReader = Callable[[Path], tuple[RawEntry, Entry | None, list[Problem]]]


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
        return edition_name(self.award, self.number)

    @property
    def years(self) -> list[int]:
        return sorted({y for e in self.entries if (y := e.effective_year) is not None})


@dataclass
class Archive:
    entries: list[Entry]  # sorted by id
    problems: list[Problem] = field(default_factory=list)
    # Published slugs (registry file); groups take their slugs from it and extend it.
    registry: SlugRegistry = field(default_factory=SlugRegistry)
    # archive.yml's records: every grouping resolves names through them.
    authorities: Authorities = field(default_factory=Authorities)
    _groups_by_kind: dict[str, list[Group]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def has_model(self) -> bool:
        """archive.yml exists: award pages, jury pages and records across editions are
        built (without it the site is what it was before the file existed)."""
        return bool(self.authorities.model.source)

    @property
    def ok(self) -> bool:
        return not errors(self.problems)

    @cached_property
    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    def groups(self, kind: str) -> list[Group]:
        """Every group of this kind (groups.GROUP_KINDS), each with its slug and its
        entries newest first; in pinyin order, or by name for kinds in a configured order
        (the site sorts those by the configured list)."""
        cached = self._groups_by_kind.get(kind)
        if cached is None:
            cached = self._groups_by_kind[kind] = self._group(KIND[kind])
        return cached

    def _group(self, kind: GroupKind) -> list[Group]:
        values: dict[str, list[Entry]] = defaultdict(list)
        for e in self.entries:
            for name in self.authorities.names(kind, e):
                values[name].append(e)
        slugs = self.registry.assign(kind.folder, values)
        order = sorted(values, key=pinyin_key) if kind.pinyin else sorted(values)
        return [Group(name, slugs[name], tuple(newest_first(values[name]))) for name in order]

    def slugs(self, kind: str) -> dict[str, str]:
        """Name -> slug of every group of this kind."""
        return {g.name: g.slug for g in self.groups(kind)}

    @cached_property
    def editions(self) -> list[Edition]:
        """Newest edition first within each award; awards in pinyin order."""
        grouped: dict[tuple[str, int], list[Entry]] = defaultdict(list)
        for e in self.entries:
            grouped[(e.award, e.edition)].append(e)
        award_slugs = self.award_slugs
        keys = sorted(grouped, key=lambda k: (pinyin_key(k[0]), -k[1]))
        return [
            Edition(
                a, n, f"{award_slugs[a]}-{n}", tuple(sorted(grouped[(a, n)], key=_in_edition_order))
            )
            for a, n in keys
        ]

    @cached_property
    def award_slugs(self) -> dict[str, str]:
        """Award -> slug: the awards of the entries and those archive.yml describes."""
        names = {e.award for e in self.entries} | {a.name for a in self.authorities.model.awards}
        return self.registry.assign(AWARDS_SECTION, names)

    @cached_property
    def edition_of(self) -> dict[str, Edition]:
        return {e.id: ed for ed in self.editions for e in ed.entries}

    @cached_property
    def last_published(self) -> datetime.date | None:
        """The newest publication date: the site's "last modified" date, so that the
        same entries always give the same sitemap."""
        if not self.entries:
            return None
        dated = [e for e in self.entries if e.published.text]  # list entries may have no date
        if not dated:
            return None
        y, m, d, _ = max((e.published.end or e.published.start).sort_key for e in dated)
        return datetime.date(y, m or 12, d or 1)

    def record_slugs(self) -> bool:
        """Give every group its slug and write the registry file if a name is new;
        True when it was written. OSError when it cannot be."""
        for kind in GROUP_KINDS:
            self.groups(kind.key)
        self.editions  # noqa: B018 (gives the awards their slugs)
        return self.registry.save()


# Entry fields whose values are grouped into pages (and the authors' co-workers).
NAME_FIELDS = ("award", "outlet", "recommender")
NAME_LISTS = ("authors", "editors")


def record_entry_names(registry: SlugRegistry, values: dict) -> None:
    """Give the names of one new entry (front-matter values) their slugs in `registry`,
    as the build will: `awards new` and `awards import` record them when they write it."""
    for key, kind in SECTION_OF_FIELD.items():
        value = values.get(key)
        names = value if isinstance(value, list) else [value]
        cleaned = [normalise_name(n) for n in names if isinstance(n, str)]
        registry.assign(kind, [n for n in cleaned if n])


def clean_names(e: Entry) -> Entry:
    """Names as they are grouped (names.normalise_name), and the body without the hint
    `awards new` writes. In place and idempotent: `serve` keeps the same Entry objects."""
    for key in NAME_FIELDS:
        setattr(e, key, normalise_name(getattr(e, key)))
    for key in NAME_LISTS:
        names = getattr(e, key)
        cleaned = list(dict.fromkeys(n for n in map(normalise_name, names) if n))
        if cleaned != names:
            setattr(e, key, cleaned)
    e.body = strip_body_hint(e.body)
    return e


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
            problems.append(duplicate_id(e.source, line, e.id, others))
    return problems


def duplicate_id(path: str, line: int, entry_id: str, others: str) -> Problem:
    """The problem of an entry whose id `others` (their paths, joined) also have."""
    message = _("{id} is also the id of {others}; ids must be unique: choose another").format(
        id=quoted(entry_id), others=others
    )
    return Problem(path, line, "id", message)


def check_attachments(
    entries: list[Entry], raws: dict[str, RawEntry], root: Path, entries_dir: str = "entries"
) -> list[Problem]:
    """Attachments exist, stay inside the entries folder once links are resolved (the site
    copies them, so a link to /etc/passwd must never be followed), and are of a type the
    site may publish, by name and by their first bytes (attachments.py)."""
    inside = (root / entries_dir).resolve()
    problems: list[Problem] = []
    for e in entries:
        line = raws[e.source].lines.get("attachments", 1)
        for path in e.attachments:
            src = root / path
            shown = path.removeprefix(entries_dir.rstrip("/") + "/")
            found = _attachment_problem(src, path, shown, inside, entries_dir)
            if found:
                problems.append(Problem(e.source, line, "attachments", found))
    return problems


def _attachment_problem(
    src: Path, path: str, shown: str, inside: Path, entries_dir: str
) -> str | None:
    if not src.resolve().is_relative_to(inside):
        return _("{file} is a link pointing outside {folder}/; put the file itself there").format(
            file=quoted(shown), folder=entries_dir
        )
    if src.is_dir():
        return _(
            "{file} is a folder, not a file; list the files in it one by one (e.g. {example})"
        ).format(file=quoted(shown), example=quoted(f"{shown}/form.pdf"))
    wrong_type = attachments.type_problem(path, shown)
    if wrong_type:
        return wrong_type
    if not src.exists():
        return _(
            "{file} does not exist; add the file or correct the path (relative to the entry)"
        ).format(file=quoted(shown))
    if not src.is_file():
        return _(
            "{file} is not a regular file (a pipe, socket or device); attach the file itself"
        ).format(file=quoted(shown))
    try:
        with src.open("rb") as f:
            head = f.read(attachments.HEAD_BYTES)
    except OSError as exc:
        return _("{file} cannot be read ({reason}); check its permissions").format(
            file=quoted(shown), reason=os_reason(exc)
        )
    return attachments.content_problem(path, shown, head)


def entry_reader(root: Path, rules: Rules, entries_dir: str = "entries") -> EntryReader:
    """The plain EntryReader: read the file and validate it, every time."""

    def read(path: Path) -> tuple[RawEntry, Entry | None, list[Problem]]:
        raw = read_entry_file(path, root, entries_dir)
        entry, problems = validate_entry(raw, rules, entries_dir)
        return raw, entry, problems

    return read


def load_archive(
    root: Path,
    rules: Rules | None = None,
    entries_dir: str = "entries",
    read: EntryReader | None = None,
    registry_file: str | None = REGISTRY_FILE,
    archive_file: ArchiveFile | None = None,
) -> Archive:
    """Read, validate and cross-check every entry under `root/entries_dir`, each file
    through `read` (default: entry_reader; `mkdocs serve` passes one that skips files
    unchanged since the last build). Slugs come from `root/registry_file` (None: from
    nothing recorded). `archive_file`: archive.yml as read (checking/archive_file.py); its
    problems are the archive's, its records resolve the entries' names."""
    rules = rules or Rules()
    archive_file = archive_file or ArchiveFile()
    read = read or entry_reader(root, rules, entries_dir)
    base = root / entries_dir
    try:
        registry = SlugRegistry.load(root / registry_file if registry_file else None)
    except RegistryProblem as e:
        problem = Problem(str(registry_file), e.line, "", str(e))
        rest = load_archive(root, rules, entries_dir, read, None, archive_file)
        return Archive([], [problem, *rest.problems], rest.registry, rest.authorities)
    raws: dict[str, RawEntry] = {}
    entries: list[Entry] = []
    problems: list[Problem] = list(archive_file.problems)
    authorities = Authorities(archive_file.model)
    if not base.is_dir():
        problems.append(
            Problem(
                entries_dir,
                0,
                "",
                _("the entries folder does not exist; create it and add entries"),
            )
        )
        return Archive([], problems, registry, authorities)
    problems.extend(skipped_entry_files(base, root, entries_dir))
    for path in find_entry_files(base):
        raw, entry, found = read(path)
        raws[raw.path] = raw
        problems.extend(found)
        if entry is not None:
            entries.append(clean_names(entry))
    problems.extend(check_archive(entries, raws))
    problems.extend(check_attachments(entries, raws, root, entries_dir))
    problems.extend(names_problems(entries, raws, authorities))
    bad = {p.path for p in problems if p.is_error}
    entries = sorted((e for e in entries if e.source not in bad), key=lambda e: e.id)
    return Archive(entries, sort_problems(problems), registry, authorities)


def load_archive_with_model(
    root: Path, rules: Rules, entries_dir: str = "entries", archive_file: str = ARCHIVE_FILE
) -> Archive:
    """load_archive with root/archive_file (archive.yml) read first: its records, and each
    award's own categories and prizes added to `rules`."""
    found = read_archive_file(root, archive_file)
    return load_archive(root, rules.with_model(found.model), entries_dir, archive_file=found)


def names_problems(
    entries: list[Entry], raws: dict[str, RawEntry], authorities: Authorities
) -> list[Problem]:
    """Names across entries (likely_same.py): unknown person ids, likely variants of one
    name, likely duplicate entries. Only with archive.yml: without it an archive is
    checked exactly as before the file existed."""
    source = authorities.model.source
    if not source:
        return []
    ordered = sorted(entries, key=lambda e: e.id)
    return [
        *person_id_problems(ordered, raws, authorities, source),
        *variant_problems(ordered, raws, authorities, source),
        *duplicate_problems(ordered, raws, authorities),
    ]


__all__ = [
    "Archive",
    "Edition",
    "EntryReader",
    "Group",
    "entry_reader",
    "load_archive",
    "newest_first",
]
