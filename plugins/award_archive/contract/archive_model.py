"""The archive's own model (`archive.yml`): its awards, and one record per outlet, person
and recommender however an entry wrote the name.

Plain data; checking/archive_file.py reads and validates the file, contract/authorities.py
resolves the names entries write to these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ARCHIVE_FILE = "archive.yml"  # beside mkdocs.yml; the plugin option `archive_file` renames it
# The sections of records with a name and aliases, and the group kind each one names.
AUTHORITY_SECTIONS: dict[str, str] = {
    "outlets": "outlet",
    "people": "author",
    "recommenders": "recommender",
}


@dataclass(frozen=True)
class EditionInfo:
    """One edition of an award as the award office announced it."""

    number: int
    year: int | None = None
    announced: str = ""  # ISO date, as written
    entries: int | None = None  # how many works were entered (the office's count)
    winners: int | None = None
    jury: tuple[str, ...] = ()  # 评委
    publicity_from: str = ""  # 公示 window, ISO dates
    publicity_to: str = ""


@dataclass(frozen=True)
class AwardInfo:
    name: str
    organiser: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()  # empty: the global list (mkdocs.yml) applies
    prizes: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()  # (old category name, the name now)
    editions: tuple[EditionInfo, ...] = ()  # by number

    def edition(self, number: int) -> EditionInfo | None:
        return next((ed for ed in self.editions if ed.number == number), None)

    def current_category(self, name: str) -> str:
        """The category's name now: `renamed` maps an old name on."""
        return dict(self.renamed).get(name, name)


@dataclass(frozen=True)
class Authority:
    """One outlet, person or recommender: the name the site shows, and other spellings."""

    name: str
    aliases: tuple[str, ...] = ()
    id: str = ""  # people only: tells apart people of the same name (`张伟#id` in authors)
    note: str = ""  # people only: who they are (their outlet decides when it is unique)


@dataclass(frozen=True)
class ArchiveModel:
    awards: tuple[AwardInfo, ...] = ()
    outlets: tuple[Authority, ...] = ()
    people: tuple[Authority, ...] = ()
    recommenders: tuple[Authority, ...] = ()
    # The file it came from, relative to the archive root ("" without one).
    source: str = field(default="", compare=False)

    def award(self, name: str) -> AwardInfo | None:
        return next((a for a in self.awards if a.name == name), None)

    def records(self, section: str) -> tuple[Authority, ...]:
        """The records of one of AUTHORITY_SECTIONS."""
        found: tuple[Authority, ...] = getattr(self, section)
        return found
