"""`awards new`: a complete, commented entry file with a fresh id.

Every key of the contract is written (optional ones empty) with its Chinese label as a
comment, so contributors fill in a form instead of remembering key names. The values
given are checked with the build's own validator before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from award_archive.authoring.ids import archive_ids, new_entry_id, reserved_id
from award_archive.authoring.write import render_entry, write_atomic
from award_archive.checking.archive import load_archive, record_entry_names
from award_archive.checking.problems import Problem
from award_archive.checking.read import BODY_HINT, parse_entry_text
from award_archive.checking.validate import SLUG_RE, validate_entry
from award_archive.config import ArchiveConfig
from award_archive.contract.i18n import _, about, os_reason, quoted
from award_archive.contract.model import FIELDS_BY_KEY, describe
from award_archive.contract.names import split_names
from award_archive.contract.numerals import parse_edition
from award_archive.contract.slugs import REGISTRY_FILE, SlugRegistry

# What `awards new` asks for, in the order a contributor reads them off the form.
ASKED: tuple[str, ...] = ("award", "edition", "category", "title", "authors", "outlet", "published")


class ScaffoldError(ValueError):
    """The values given cannot make an entry; the message says what to change."""


def recorded_registry(root: Path, config: ArchiveConfig) -> SlugRegistry:
    """The archive's slug registry with every name of the archive recorded (written if
    any was missing), so that names added next cannot take a slug already published."""
    archive = load_archive(root, config.rules, config.entries_dir)
    broken = [p for p in archive.problems if p.path == REGISTRY_FILE]
    if broken:
        raise ScaffoldError(_("{problem}; nothing was written").format(problem=broken[0]))
    try:
        archive.record_slugs()
    except OSError as e:
        raise ScaffoldError(
            _("{path}: cannot be written ({reason}); nothing was written").format(
                path=REGISTRY_FILE, reason=os_reason(e)
            )
        ) from None
    return archive.registry


def record_values(registry: SlugRegistry, values: dict[str, Any]) -> None:
    """Record the slugs of the names a new entry's values give (`awards new`, import)."""
    record_entry_names(registry, values)
    try:
        registry.save()
    except OSError as e:
        raise ScaffoldError(
            _(
                "{path}: cannot be written ({reason}); the entry was written, "
                "and the next build records its names"
            ).format(path=REGISTRY_FILE, reason=os_reason(e))
        ) from None


@dataclass
class NewEntry:
    path: Path
    entry_id: str
    missing: list[str]  # required keys still empty: the contributor fills them in


def normalise(key: str, text: str) -> Any:
    """A typed answer as the front matter stores it: edition 第十届 → 10, authors → list."""
    text = text.strip()
    if not text:
        return None
    if key == "edition":
        number = parse_edition(text)
        return number if number is not None else text
    if FIELDS_BY_KEY[key].kind.value == "names":
        return split_names(text)
    return text


def problems_of(values: dict[str, Any], config: ArchiveConfig) -> list[Problem]:
    """Problems with the given values (empty ones are the contributor's to fill in later)."""
    text = render_entry(values, "", all_keys=True)
    raw = parse_entry_text(text, f"{config.entries_dir}/new.md")
    _, problems = validate_entry(raw, config.rules, config.entries_dir)
    given = {k for k, v in values.items() if v not in (None, "", [])}
    return [p for p in problems if p.is_error and p.key in given]


def ask_missing(
    values: dict[str, Any],
    config: ArchiveConfig,
    ask: Callable[[str], str],
    tell: Callable[[str], None],
) -> dict[str, Any]:
    """Prompt for every asked key without a value, again for any answer the validator
    rejects (saying why with `tell`); an empty answer leaves the field for later."""
    values = dict(values)
    for key in ASKED:
        f = FIELDS_BY_KEY[key]
        while values.get(key) in (None, "", []):
            hint = f"（{f.help}）" if f.help else ""
            if key == "category":
                hint = f"（{'、'.join(config.rules.categories)}）"
            answer = ask(_("{label} {key}{hint}: ").format(label=f.label, key=key, hint=hint))
            value = normalise(key, answer)
            if value is None:
                break
            trial = {**values, key: value}
            bad = [p for p in problems_of(trial, config) if p.key == key]
            if bad:
                for p in bad:
                    tell(f"  {p.message}")
                continue
            values[key] = value
    return values


def _chosen_id(entry_id: str, title: str, taken: set[str], config: ArchiveConfig) -> str:
    """The id asked for (checked), or one made from the title."""
    if not entry_id:
        if not title:
            raise ScaffoldError(
                _("give a title (--title) or an id (--id): the id is made from the title")
            )
        return new_entry_id(title, taken)
    if not SLUG_RE.match(entry_id):
        message = _("--id {id} is not a valid id: use lowercase a-z, 0-9 and '-'")
        raise ScaffoldError(message.format(id=quoted(entry_id)))
    if reserved := reserved_id(entry_id):
        message = _("--id {id} {reserved}; choose another")
        raise ScaffoldError(message.format(id=quoted(entry_id), reserved=reserved))
    if entry_id.lower() in {t.lower() for t in taken}:
        message = _("the id {id} is already used in {folder}/; choose another")
        raise ScaffoldError(message.format(id=quoted(entry_id), folder=config.entries_dir))
    return entry_id


def create_entry(
    root: Path,
    config: ArchiveConfig,
    values: dict[str, Any],
    *,
    entry_id: str = "",
    out_dir: Path | None = None,
    body: str | None = None,
) -> NewEntry:
    """Write entries/<id>.md (or out_dir/<id>.md); never overwrites an existing file.
    `body` is the work's text (`awards from-issue`); by default a hint where to paste it."""
    values = {k: v for k, v in values.items() if v not in (None, "", [])}
    bad = problems_of(values, config)
    if bad:
        raise ScaffoldError("\n".join(about(describe(p.key), p.message) for p in bad))
    entries_dir = root / config.entries_dir
    entry_id = _chosen_id(entry_id, values.get("title", ""), archive_ids(entries_dir), config)
    values = {"id": entry_id, **values}
    if body is None:
        body = (f"# {values['title']}\n\n" if values.get("title") else "") + BODY_HINT + "\n"
    text = render_entry(values, body, all_keys=True, comments=True)
    target = (out_dir or entries_dir) / f"{entry_id}.md"
    registry = None
    if target.parent.resolve() == entries_dir.resolve():  # an entry of this archive
        registry = recorded_registry(root, config)
    try:
        write_atomic(target, text)
    except FileExistsError:
        raise ScaffoldError(
            _("{path} already exists; it was left as it is (choose another --id)").format(
                path=target
            )
        ) from None
    if registry is not None:
        record_values(registry, values)
    missing = [k for k in ASKED if k not in values]
    return NewEntry(target, entry_id, missing)
