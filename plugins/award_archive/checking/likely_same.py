"""Warnings about what is likely one thing written twice: a variant of a known name
(华西都市报社 beside 华西都市报), and two files for one work (same title and outlet, or
same title and date). Each warning names both files, so either one explains itself.
"""

from __future__ import annotations

from collections import defaultdict

from award_archive.checking.problems import Problem, Severity
from award_archive.checking.read import RawEntry
from award_archive.contract.authorities import Authorities
from award_archive.contract.groups import KIND
from award_archive.contract.i18n import _, quoted
from award_archive.contract.model import Entry
from award_archive.contract.names import split_person, variant_key

# Kinds whose names are compared for variants; authors too (a full-width space, 《》).
VARIANT_KINDS = ("outlet", "recommender", "author")


def _users(entries: list[Entry], kind: str, authorities: Authorities) -> dict[str, list[Entry]]:
    """Each record name of this kind → the entries (by id) that use it."""
    users: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        for name in authorities.names(KIND[kind], e):
            users[name].append(e)
    return users


def variant_problems(
    entries: list[Entry], raws: dict[str, RawEntry], authorities: Authorities, source: str
) -> list[Problem]:
    """A name no record claims that reads like a known name (archive.yml's, or a more
    used one in the entries): each entry using it is warned, naming the file where the
    other spelling is (the first entry using it, else archive.yml)."""
    problems: list[Problem] = []
    for kind in VARIANT_KINDS:
        users = _users(entries, kind, authorities)
        known = set(authorities.known(kind).values())
        by_key: dict[str, list[str]] = defaultdict(list)
        for name in sorted({*users, *known}):
            by_key[variant_key(name)].append(name)
        for names in by_key.values():
            main = max(names, key=lambda n: (n in known, len(users.get(n, ())), n))
            where = users[main][0].source if main in users else source
            for name in names:
                if name != main and name not in known:
                    problems.extend(
                        _variant(e, KIND[kind].field, name, main, where, raws)
                        for e in users.get(name, ())
                    )
    return problems


def _variant(
    e: Entry, field: str, name: str, main: str, where: str, raws: dict[str, RawEntry]
) -> Problem:
    line = raws[e.source].lines.get(field, 1) if e.source in raws else 1
    message = _(
        "{name} looks like {other} (in {file}) written another way; write it the "
        "same way, or list one as an alias of the other in archive.yml"
    ).format(name=quoted(name), other=quoted(main), file=where)
    return Problem(e.source, line, field, message, Severity.WARNING)


def _title_key(e: Entry) -> str:
    return variant_key(e.title)


def duplicate_problems(
    entries: list[Entry], raws: dict[str, RawEntry], authorities: Authorities
) -> list[Problem]:
    """Two entries with the same title and outlet, or the same title and date."""
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    groups: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        if not e.title:
            continue
        outlet = authorities.name("outlet", e.outlet, e) if e.outlet else ""
        if outlet:
            groups[("outlet", _title_key(e), outlet)].append(e)
        if e.published.text:
            groups[("date", _title_key(e), e.published.text)].append(e)
    for (how, _t, _v), same in sorted(groups.items()):
        for e in same:
            for other in same:
                if other is e or (e.source, other.source) in seen:
                    continue
                seen.add((e.source, other.source))
                problems.append(_duplicate(e, other, how, raws))
    return problems


def _duplicate(e: Entry, other: Entry, how: str, raws: dict[str, RawEntry]) -> Problem:
    line = raws[e.source].lines.get("title", 1) if e.source in raws else 1
    message = (
        _("has the same title and outlet as {file}; if it is the same work, keep one file")
        if how == "outlet"
        else _("has the same title and date as {file}; if it is the same work, keep one file")
    )
    return Problem(e.source, line, "title", message.format(file=other.source), Severity.WARNING)


def person_id_problems(
    entries: list[Entry], raws: dict[str, RawEntry], authorities: Authorities, source: str
) -> list[Problem]:
    """`张伟#id` in authors whose id archive.yml does not give to a 张伟."""
    problems: list[Problem] = []
    for e in entries:
        for key, written in [
            *(("authors", a) for a in e.authors),
            *(("editors", a) for a in e.editors),
        ]:
            shown, person_id = split_person(written)
            ids = authorities.person_ids(shown)
            if not person_id or person_id in ids:
                continue
            line = raws[e.source].lines.get(key, 1) if e.source in raws else 1
            hint = (
                _("use one of: {ids}").format(ids=", ".join(ids))
                if ids
                else _("add this person with this id to people in {file}").format(
                    file=source or "archive.yml"
                )
            )
            message = _("{name}: no person of this name has the id {id}; {hint}").format(
                name=quoted(shown), id=quoted(person_id), hint=hint
            )
            problems.append(Problem(e.source, line, key, message))
    return problems
