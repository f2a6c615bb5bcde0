"""ASCII slugs for URLs: pinyin for Chinese, stable and unique.

Published slugs are recorded in the registry file (REGISTRY_FILE), so a URL keeps its
meaning whatever names arrive later.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from award_archive.contract.files import write_atomic
from award_archive.contract.i18n import _
from award_archive.contract.names import normalise_name

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60
_HEAD = 8 * MAX_SLUG  # characters of a long name read for its slug


@lru_cache(maxsize=65536)
def slugify(name: str) -> str:
    """`《关爱明天》杂志` → `guan-ai-ming-tian-za-zhi`, `CCTV-13` → `cctv-13`, `5G` → `5g`:
    a syllable per Chinese character, a word per run of letters and digits; never empty.
    (Names recorded before letters were kept together keep their old slugs: see
    SlugRegistry.)"""
    text = unicodedata.normalize("NFKC", name)
    # The slug keeps MAX_SLUG characters: a long name's head decides them. pypinyin matches
    # words left to right, so cutting the text changes only syllables near the cut, far
    # beyond the slug's end once the head's slug is three times as long (else: the whole).
    # A 100,000-character title costs a few milliseconds instead of seconds.
    slug = _pinyin_slug(text[:_HEAD]) if len(text) > _HEAD else ""
    if len(slug) < 3 * MAX_SLUG:
        slug = _pinyin_slug(text)
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rstrip("-")
    if not slug:
        slug = "x-" + _digest(name)
    return slug


def _pinyin_slug(text: str) -> str:
    # Imported here: pypinyin's dictionaries take ~0.2 s to load, which every `awards`
    # command (--help, a refused file) would pay whether it makes a slug or not.
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [chars])
    return _NON_SLUG.sub("-", "-".join(syllables).lower()).strip("-")


def _digest(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]


# Slugs that never go to a name: `<kind>/index` is the kind's overview page.
RESERVED_SLUGS = frozenset({"index"})
# Ids that cannot name an entry: entries/index.md would be the page of /entries/ itself,
# while the table, the CSV and the feed link /entries/index/. Ids are lowercase (SLUG_RE),
# so no other spelling (Index) can reach the same path on a case-insensitive host.
RESERVED_IDS = frozenset({"index"})


def reserved_id(entry_id: str) -> str:
    """Why `entry_id` cannot be used ("" when it can): the end of a sentence about it."""
    if entry_id.lower() in RESERVED_IDS:
        return _(
            "is reserved: its page would be the page of /entries/ itself, "
            "and links to it would break"
        )
    return ""


# Where published slugs are recorded, relative to the archive root (the mkdocs.yml folder).
REGISTRY_FILE = "schema/published-slugs.yml"
# The registry's sections: the kinds of name that get a page (editions: `<award>-<n>`).
KINDS = ("authors", "outlets", "recommenders", "categories", "prizes", "awards")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HEADER = """\
# Published URLs: for each kind of page, name → slug (/authors/<slug>/, /outlets/<slug>/ …;
# an award's editions are /editions/<slug>-<n>/). Written by `mkdocs build`, `awards new`
# and `awards import`, which only ever add lines: a recorded name keeps its slug, and a
# slug stays taken when its name disappears, so a published URL never changes meaning.
# Commit this file with the entries. Do not change a slug by hand once it is published.
# A renamed name: add `moved:` by hand, per kind `old name: new name`; the old URL then
# redirects to the new name's page.
"""
# The section a maintainer writes by hand: kind -> old name -> new name.
MOVED = "moved"


class RegistryProblem(ValueError):
    """The registry file cannot be read; `line` is 1-based (0: the whole file)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class SlugRegistry:
    """Published slugs, per kind: the registry file's content plus what was added since."""

    path: Path | None = None  # None: nothing is read or written (tests, previews)
    sections: dict[str, dict[str, str]] = field(default_factory=dict)
    added: int = 0  # names recorded since the file was read
    moved: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> old -> new name

    @classmethod
    def load(cls, path: Path | None) -> SlugRegistry:
        """The registry at `path` (empty when there is no such file yet); RegistryProblem
        when the file is broken, e.g. a merge of two branches that gave one slug twice."""
        registry = cls(path)
        if path is None or not path.is_file():
            return registry
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise RegistryProblem(
                0, _("cannot be read ({reason}); restore it from git").format(reason=e)
            ) from None
        registry.sections, registry.moved = _parse(text)
        return registry

    def assign(self, kind: str, names: Iterable[str]) -> dict[str, str]:
        """One slug per name. A recorded name keeps its slug; a new name gets its plain
        slug when no name (present or gone) holds it, else a suffix derived from the name
        itself. New names are taken in sorted order, so the result does not depend on the
        order they were seen in; every new name is recorded."""
        section = self.sections.setdefault(kind, {})
        taken = set(section.values()) | RESERVED_SLUGS
        result: dict[str, str] = {}
        for name in sorted(set(names)):
            slug = section.get(name)
            if slug is None:
                slug = _free_slug(name, taken)
                section[name] = slug
                taken.add(slug)
                self.added += 1
            result[name] = slug
        return result

    def text(self) -> str:
        """The file's content: sorted, one `name: slug` line each, stable between runs."""
        data: dict[str, Any] = {
            k: dict(sorted(v.items())) for k, v in sorted(self.sections.items()) if v
        }
        if self.moved:
            data[MOVED] = {k: dict(sorted(v.items())) for k, v in sorted(self.moved.items()) if v}
        body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
        return _HEADER + (body if data else "")

    def save(self) -> bool:
        """Write the file when names were added; True when it was written. OSError when
        it cannot be."""
        if self.path is None or not self.added:
            return False
        write_atomic(self.path, self.text(), overwrite=True)
        self.added = 0
        return True


def _free_slug(name: str, taken: set[str]) -> str:
    base = slugify(name)
    if base not in taken:
        return base
    slug, n = f"{base}-{_digest(name)}", 2
    while slug in taken:
        slug, n = f"{base}-{_digest(name)}-{n}", n + 1
    return slug


def _parse(text: str) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        hint = _("; a merge left conflict markers?") if "<<<<<<<" in text else ""
        what = getattr(e, "problem", None) or e
        raise RegistryProblem(
            line, _("is not valid YAML ({reason}){hint}").format(reason=what, hint=hint)
        ) from None
    if root is None:
        return {}, {}
    if not isinstance(root, yaml.MappingNode):
        raise RegistryProblem(1, _("should be sections (authors:, outlets: …) of name: slug lines"))
    sections: dict[str, dict[str, str]] = {}
    moved_node = None
    for key_node, value_node in root.value:
        kind = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        line = key_node.start_mark.line + 1
        if kind == MOVED:
            moved_node = value_node
            continue
        if kind not in KINDS:
            raise RegistryProblem(
                line,
                _("'{kind}' is not a kind of page: {kinds}").format(
                    kind=kind, kinds=", ".join(KINDS)
                ),
            )
        if not isinstance(value_node, yaml.MappingNode):
            raise RegistryProblem(line, _("{kind}: should be name: slug lines").format(kind=kind))
        sections[kind] = _section(kind, value_node, sections.get(kind, {}))
    return sections, (_moved(moved_node, sections) if moved_node is not None else {})


def _moved(node: yaml.Node, sections: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """`moved:` per kind `old name: new name`; the old name must hold a recorded slug."""
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise RegistryProblem(
            line, _("moved: should be kinds (authors:, outlets: …) of old name: new name lines")
        )
    moved: dict[str, dict[str, str]] = {}
    for kind_node, names_node in node.value:
        kind, line = str(kind_node.value), kind_node.start_mark.line + 1
        if kind not in KINDS or not isinstance(names_node, yaml.MappingNode):
            raise RegistryProblem(
                line,
                _("moved: '{kind}' should be one of {kinds}, with old name: new name lines").format(
                    kind=kind, kinds=", ".join(KINDS)
                ),
            )
        for old_node, new_node in names_node.value:
            line = old_node.start_mark.line + 1
            old, new = normalise_name(str(old_node.value)), normalise_name(str(new_node.value))
            if old not in sections.get(kind, {}) or not new or new == old:
                raise RegistryProblem(
                    line,
                    _(
                        "moved: {kind}: '{old}: {new}' should name a recorded {kind} name (its "
                        "old URL) and the name it became"
                    ).format(kind=kind, old=old_node.value, new=new_node.value),
                )
            moved.setdefault(kind, {})[old] = new
    return moved


def _section(kind: str, node: yaml.MappingNode, names: dict[str, str]) -> dict[str, str]:
    owner: dict[str, str] = {s: n for n, s in names.items()}
    for name_node, slug_node in node.value:
        line = name_node.start_mark.line + 1
        scalars = isinstance(name_node, yaml.ScalarNode) and isinstance(slug_node, yaml.ScalarNode)
        if not scalars:
            raise RegistryProblem(line, _("{kind}: should be name: slug lines").format(kind=kind))
        name, slug = normalise_name(name_node.value), slug_node.value
        if not name or not _SLUG.match(slug) or slug in RESERVED_SLUGS:
            raise RegistryProblem(
                line,
                _(
                    "{kind}: '{name}: {slug}' is not a name and a slug "
                    "(a slug is a-z, 0-9 and '-', and not 'index')"
                ).format(kind=kind, name=name_node.value, slug=slug),
            )
        if names.get(name, slug) != slug:
            raise RegistryProblem(
                line,
                _(
                    "{kind}: '{name}' is recorded twice, as {first} and as {second}; "
                    "keep the published one"
                ).format(kind=kind, name=name, first=names[name], second=slug),
            )
        if owner.get(slug, name) != name:
            raise RegistryProblem(
                line,
                _(
                    "{kind}: '{first}' and '{second}' both have the slug {slug} (two branches "
                    "merged?); keep the line of the name published first and delete the other: "
                    "the next build gives that name a free slug"
                ).format(kind=kind, first=owner[slug], second=name, slug=slug),
            )
        names[name], owner[slug] = slug, name
    return names


def unique_slugs(names: Iterable[str]) -> dict[str, str]:
    """One slug per name, nothing recorded before (see SlugRegistry.assign)."""
    return SlugRegistry().assign("names", names)


@lru_cache(maxsize=65536)  # grouping sorts thousands of names on every (serve) rebuild
def pinyin_key(name: str) -> tuple[str, str]:
    """Sort key for Chinese names in pinyin order (ties broken by the text). Punctuation
    is skipped, so 《关爱明天》杂志 sorts under g, not after every letter."""
    from pypinyin import Style, lazy_pinyin  # as in slugify

    syllables = lazy_pinyin(unicodedata.normalize("NFKC", name), style=Style.TONE3)
    words = (_NON_SLUG.sub(" ", s.lower()).strip() for s in syllables)
    return (" ".join(w for w in words if w), name)
