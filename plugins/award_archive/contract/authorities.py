"""One record per outlet, person and recommender, and one name per category: the name an
entry writes resolved to the record archive.yml gives it.

Every grouping goes through `Authorities.names` (pages, facets, table data, statistics),
so an alias is one page, one facet value and one line in the statistics; the entry keeps
the name as written. Without archive.yml every name stands for itself.
"""

from __future__ import annotations

from collections import defaultdict

from award_archive.contract.archive_model import AUTHORITY_SECTIONS, ArchiveModel, Authority
from award_archive.contract.groups import GroupKind
from award_archive.contract.model import Entry
from award_archive.contract.names import normalise_name, split_person

SECTION_OF_KIND = {kind: section for section, kind in AUTHORITY_SECTIONS.items()}


def record_name(record: Authority, homonyms: int) -> str:
    """The name a record's page has: its name, or `张伟(四川日报)` when several people
    share the name (the note, else the id, tells them apart). Normalised like every
    grouped name (NFKC makes the brackets ASCII), so its published slug is found again."""
    if homonyms < 2:
        return record.name
    return normalise_name(f"{record.name}（{record.note or record.id}）")


class Authorities:
    """Names as written → the record's name, per group kind."""

    def __init__(self, model: ArchiveModel | None = None) -> None:
        self.model = model or ArchiveModel()
        self.aliases: dict[str, dict[str, str]] = {}  # kind -> written -> record name
        self.people: dict[str, list[tuple[Authority, str]]] = defaultdict(list)
        for kind, section in SECTION_OF_KIND.items():
            records = self.model.records(section)
            count: dict[str, int] = defaultdict(int)
            for r in records:
                count[r.name] += 1
            table: dict[str, str] = {}
            for r in records:
                name = record_name(r, count[r.name])
                for written in (r.name, *r.aliases):
                    if kind == "author":
                        self.people[written].append((r, name))
                    else:
                        table.setdefault(normalise_name(written), name)
            self.aliases[kind] = table

    def known(self, kind: str) -> dict[str, str]:
        """Every name archive.yml gives (names and aliases) → its record's name."""
        if kind == "author":
            return {w: found[0][1] for w, found in self.people.items() if len(found) == 1}
        return dict(self.aliases.get(kind, {}))

    def moved(self, kind: str) -> dict[str, str]:
        """Names that archive.yml makes part of another record (an alias, a renamed
        category) → that record's name: their old pages redirect there."""
        if kind == "category":
            pairs = [pair for award in self.model.awards for pair in award.renamed]
            return dict(reversed(pairs))  # the first award's mapping wins
        return {old: new for old, new in self.known(kind).items() if old != new}

    def names(self, kind: GroupKind, e: Entry) -> list[str]:
        """The record names this entry is grouped under, in the order written."""
        return list(dict.fromkeys(record for _w, record in self.pairs(kind, e)))

    def pairs(self, kind: GroupKind, e: Entry) -> list[tuple[str, str]]:
        """(the name as written, its record's name) for each name of this kind."""
        return [(n, self.name(kind.key, n, e)) for n in kind.values(e)]

    def name(self, kind: str, written: str, e: Entry) -> str:
        if kind == "category":
            award = self.model.award(e.award)
            return award.current_category(written) if award else written
        if kind == "author":
            return self.person(written, e)
        table = self.aliases.get(kind)
        return table.get(written, written) if table else written

    def person(self, written: str, e: Entry) -> str:
        """`张伟#id` → that person; `张伟` → the only 张伟, or the only one whose note is
        the entry's outlet; else the name as it stands."""
        shown, person_id = split_person(written)
        candidates = self.people.get(shown, [])
        if person_id:
            hit = [name for r, name in candidates if r.id == person_id]
            return hit[0] if hit else shown
        if len(candidates) == 1:
            return candidates[0][1]
        outlet = self.name("outlet", e.outlet, e)
        by_outlet = [name for r, name in candidates if r.note and r.note in (outlet, e.outlet)]
        return by_outlet[0] if len(by_outlet) == 1 else shown

    def person_ids(self, shown: str) -> list[str]:
        """The ids archive.yml gives the people called `shown`."""
        return [r.id for r, _ in self.people.get(shown, []) if r.id]
