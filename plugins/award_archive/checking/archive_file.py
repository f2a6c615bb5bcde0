"""Read and validate `archive.yml`: the awards and the authority records (archive_model.py).

A safe YAML reader that refuses anchors, aliases and tags; every value is read as written
(no YAML 1.1 number or date guessing) and every problem names the file, its line and the
key, like an entry's problems. A file with problems still gives what was valid in it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml

from award_archive.checking.problems import Problem, Severity
from award_archive.contract.archive_model import (
    AUTHORITY_SECTIONS,
    ArchiveModel,
    Authority,
    AwardInfo,
    EditionInfo,
)
from award_archive.contract.characters import CONTROL_IN_LINE, codepoint, has_visible
from award_archive.contract.i18n import _, os_reason, quoted
from award_archive.contract.links import safe_href
from award_archive.contract.names import normalise_name

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NUMBER = re.compile(r"[0-9]{1,7}")
AWARD_KEYS = ("name", "organiser", "url", "categories", "prizes", "renamed", "editions")
EDITION_KEYS = ("year", "announced", "entries", "winners", "jury", "publicity")
RECORD_KEYS = ("name", "aliases")
PERSON_KEYS = ("name", "id", "note", "aliases")
TOP_KEYS = ("awards", *AUTHORITY_SECTIONS)

T = TypeVar("T")


@dataclass
class ArchiveFile:
    """What archive.yml gives: the model, and every problem found in it."""

    model: ArchiveModel = field(default_factory=ArchiveModel)
    problems: list[Problem] = field(default_factory=list)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


@dataclass
class _Reader:
    path: str
    problems: list[Problem] = field(default_factory=list)

    def add(
        self, node: yaml.Node, key: str, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        self.problems.append(Problem(self.path, _line(node), key, message, severity))

    def text(self, node: yaml.Node, key: str) -> str:
        if isinstance(node, yaml.ScalarNode) and has_visible(node.value):
            found = CONTROL_IN_LINE.search(node.value)
            if not found:
                return normalise_name(node.value)
            self.add(
                node,
                key,
                _("holds the control character {code}; delete it").format(
                    code=codepoint(found.group())
                ),
            )
            return ""
        self.add(node, key, _("must be a name or text on one line"))
        return ""

    def names(self, node: yaml.Node, key: str) -> tuple[str, ...]:
        if not isinstance(node, yaml.SequenceNode):
            self.add(node, key, _("must be a list of names, e.g. [消息, 通讯]"))
            return ()
        found = (self.text(item, key) for item in node.value)
        return tuple(dict.fromkeys(n for n in found if n))

    def number(self, node: yaml.Node, key: str) -> int | None:
        if isinstance(node, yaml.ScalarNode) and _NUMBER.fullmatch(node.value.strip()):
            return int(node.value)
        self.add(node, key, _("must be a whole number written in digits, e.g. 10"))
        return None

    def date(self, node: yaml.Node, key: str) -> str:
        value = node.value.strip() if isinstance(node, yaml.ScalarNode) else ""
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
        self.add(node, key, _("must be a date written as year-month-day, e.g. 2024-11-20"))
        return ""

    def mapping(
        self, node: yaml.Node, key: str, allowed: tuple[str, ...] | None
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """key → (key node, value node); unknown keys (when `allowed`) are problems."""
        if not isinstance(node, yaml.MappingNode):
            self.add(node, key, _("must be 'key: value' lines"))
            return {}
        found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for k, v in node.value:
            name = str(k.value) if isinstance(k, yaml.ScalarNode) else ""
            where = f"{key}.{name}" if key else name
            if allowed is not None and name not in allowed:
                self.add(k, where, self.unknown_key(name, allowed))
            elif name in found:
                self.add(k, where, _("is written twice; keep one"))
            else:
                found[name] = (k, v)
        return found

    def unknown_key(self, name: str, allowed: tuple[str, ...]) -> str:
        return _("{key} is not a key here; use one of: {keys}").format(
            key=quoted(name), keys=", ".join(allowed)
        )

    def items(self, node: yaml.Node, key: str) -> Iterator[tuple[int, yaml.Node]]:
        if not isinstance(node, yaml.SequenceNode):
            self.add(node, key, _("must be a list of records, each starting with '- name:'"))
            return
        yield from enumerate(node.value, start=1)

    def required_name(
        self, fields: dict[str, tuple[yaml.Node, yaml.Node]], node: yaml.Node, key: str
    ) -> str:
        if "name" not in fields:
            self.add(node, f"{key}.name", _("is missing; every record needs a name"))
            return ""
        return self.text(fields["name"][1], f"{key}.name")


def _get(
    fields: dict[str, tuple[yaml.Node, yaml.Node]], key: str, read: Callable[[yaml.Node], T]
) -> T | None:
    return read(fields[key][1]) if key in fields else None


def _edition(r: _Reader, number: int, node: yaml.Node, key: str) -> EditionInfo:
    f = r.mapping(node, key, EDITION_KEYS)
    publicity = (
        r.mapping(f["publicity"][1], f"{key}.publicity", ("from", "to"))
        if ("publicity" in f)
        else {}
    )
    start = _get(publicity, "from", lambda n: r.date(n, f"{key}.publicity.from")) or ""
    end = _get(publicity, "to", lambda n: r.date(n, f"{key}.publicity.to")) or ""
    if start and end and end < start:
        r.add(f["publicity"][1], f"{key}.publicity", _("ends before it starts; check the dates"))
    return EditionInfo(
        number,
        _get(f, "year", lambda n: r.number(n, f"{key}.year")),
        _get(f, "announced", lambda n: r.date(n, f"{key}.announced")) or "",
        _get(f, "entries", lambda n: r.number(n, f"{key}.entries")),
        _get(f, "winners", lambda n: r.number(n, f"{key}.winners")),
        _get(f, "jury", lambda n: r.names(n, f"{key}.jury")) or (),
        start,
        end,
    )


def _editions(r: _Reader, node: yaml.Node, key: str) -> tuple[EditionInfo, ...]:
    found: list[EditionInfo] = []
    for name, (k, v) in r.mapping(node, key, None).items():
        number = r.number(k, f"{key}.{name}")
        if number:
            found.append(_edition(r, number, v, f"{key}.{number}"))
    return tuple(sorted(found, key=lambda ed: ed.number))


def _renamed(
    r: _Reader, node: yaml.Node, key: str, categories: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    pairs = []
    for old, (_k, v) in r.mapping(node, key, None).items():
        new = r.text(v, f"{key}.{old}")
        if new and categories and new not in categories:
            message = _("{name} is not in this award's categories; add it there")
            r.add(v, f"{key}.{old}", message.format(name=quoted(new)), Severity.WARNING)
        if new:
            pairs.append((normalise_name(old), new))
    return tuple(pairs)


def _award(r: _Reader, node: yaml.Node, key: str) -> AwardInfo | None:
    f = r.mapping(node, key, AWARD_KEYS)
    name = r.required_name(f, node, key)
    if not name:
        return None
    url = _get(f, "url", lambda n: r.text(n, f"{key}.url")) or ""
    if url and not (url.startswith(("https://", "http://")) and safe_href(url)):
        r.add(f["url"][1], f"{key}.url", _("must be a web address starting with https://"))
        url = ""
    categories = _get(f, "categories", lambda n: r.names(n, f"{key}.categories")) or ()
    return AwardInfo(
        name,
        _get(f, "organiser", lambda n: r.text(n, f"{key}.organiser")) or "",
        url,
        categories,
        _get(f, "prizes", lambda n: r.names(n, f"{key}.prizes")) or (),
        _get(f, "renamed", lambda n: _renamed(r, n, f"{key}.renamed", categories)) or (),
        _get(f, "editions", lambda n: _editions(r, n, f"{key}.editions")) or (),
    )


def _record(r: _Reader, node: yaml.Node, key: str, person: bool) -> Authority | None:
    f = r.mapping(node, key, PERSON_KEYS if person else RECORD_KEYS)
    name = r.required_name(f, node, key)
    if not name:
        return None
    person_id = _get(f, "id", lambda n: r.text(n, f"{key}.id")) or ""
    if person_id and not _ID.fullmatch(person_id):
        r.add(f["id"][1], f"{key}.id", _("must be an id of lowercase a-z, 0-9 and '-'"))
        person_id = ""
    aliases = _get(f, "aliases", lambda n: r.names(n, f"{key}.aliases")) or ()
    note = _get(f, "note", lambda n: r.text(n, f"{key}.note")) or ""
    return Authority(name, tuple(a for a in aliases if a != name), person_id, note)


def _check_unique(r: _Reader, section: str, records: list[tuple[Authority, yaml.Node]]) -> None:
    """A name or alias belongs to one record (people of one name need distinct ids)."""
    owner: dict[str, tuple[Authority, int]] = {}
    for i, (record, node) in enumerate(records, start=1):
        names = [] if section == "people" else [record.name]
        for written in [*names, *record.aliases]:
            if written in owner and owner[written][0] is not record:
                r.add(
                    node,
                    f"{section}[{i}]",
                    _(
                        "{name} is already a name of {other} (line {line}); "
                        "a name belongs to one record"
                    ).format(
                        name=quoted(written),
                        other=quoted(owner[written][0].name),
                        line=owner[written][1],
                    ),
                )
            owner.setdefault(written, (record, _line(node)))
    if section == "people":
        _check_people(r, records)


def _check_people(r: _Reader, records: list[tuple[Authority, yaml.Node]]) -> None:
    seen: dict[str, list[Authority]] = {}
    for i, (record, node) in enumerate(records, start=1):
        same = seen.setdefault(record.name, [])
        if same and (not record.id or any(o.id in ("", record.id) for o in same)):
            r.add(
                node,
                f"people[{i}].id",
                _(
                    "{name} is listed more than once; give each person of this name its own id"
                ).format(name=quoted(record.name)),
            )
        same.append(record)


def _section(r: _Reader, section: str, node: yaml.Node) -> tuple[Authority, ...]:
    found: list[tuple[Authority, yaml.Node]] = []
    for i, item in r.items(node, section):
        record = _record(r, item, f"{section}[{i}]", section == "people")
        if record:
            found.append((record, item))
    _check_unique(r, section, found)
    return tuple(record for record, _ in found)


def _awards(r: _Reader, node: yaml.Node) -> tuple[AwardInfo, ...]:
    found: dict[str, AwardInfo] = {}
    for i, item in r.items(node, "awards"):
        award = _award(r, item, f"awards[{i}]")
        if award and award.name in found:
            r.add(
                item,
                f"awards[{i}].name",
                _("{name} is listed twice; keep one record").format(name=quoted(award.name)),
            )
        elif award:
            found[award.name] = award
    return tuple(found.values())


def _parse(text: str, r: _Reader) -> yaml.Node | None:
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            anchor = getattr(event, "anchor", None)
            tag = (
                getattr(event, "tag", None)
                if not isinstance(event, yaml.DocumentStartEvent)
                else None
            )
            if isinstance(event, yaml.AliasEvent) or anchor or (tag and tag != "!"):
                line = event.start_mark.line + 1 if event.start_mark else 1
                r.problems.append(
                    Problem(
                        r.path,
                        line,
                        "",
                        _(
                            "anchors (&), aliases (*) and tags (!) are not allowed; "
                            "write each value out"
                        ),
                    )
                )
                return None
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(e, "problem", None) or str(e)
        r.problems.append(
            Problem(
                r.path,
                line,
                "",
                _("is not valid YAML ({reason}){hint}").format(reason=reason, hint=""),
            )
        )
        return None


def parse_archive_text(text: str, path: str) -> ArchiveFile:
    """The model in `text` (the contents of `path`, relative to the archive root)."""
    r = _Reader(path)
    root = _parse(text, r)
    if root is None:
        return ArchiveFile(ArchiveModel(source=path), r.problems)
    top = r.mapping(root, "", TOP_KEYS)
    sections = {s: _section(r, s, top[s][1]) if s in top else () for s in AUTHORITY_SECTIONS}
    awards = _awards(r, top["awards"][1]) if "awards" in top else ()
    model = ArchiveModel(
        awards, sections["outlets"], sections["people"], sections["recommenders"], source=path
    )
    return ArchiveFile(model, r.problems)


def read_archive_file(root: Path, name: str) -> ArchiveFile:
    """root/name; an empty model when there is no such file (archive.yml is optional)."""
    path = root / name
    shown = Path(name).as_posix()
    if not path.exists():
        return ArchiveFile(ArchiveModel())
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        reason = os_reason(e)
        return ArchiveFile(
            ArchiveModel(source=shown),
            [Problem(shown, 0, "", _("cannot be read: {reason}").format(reason=reason))],
        )
    return parse_archive_text(text, shown)
