"""Problems are data: collected in full, reported once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from award_archive.contract.characters import escape_unsafe
from award_archive.contract.i18n import _, about
from award_archive.contract.model import describe

MAX_KEY = 60


def one_line(text: str) -> str:
    """`a\nb` -> `a\\nb`: control characters (C0, C1, bidi controls, line separators) made
    visible, so text stays on one line and cannot drive a terminal."""
    return escape_unsafe(text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # for the person filling the entry; a build logs it as info (--strict passes)


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the archive root, forward slashes
    line: int  # 1-based; 0 when the problem is about the whole file
    key: str  # front-matter key, or "" for the file itself
    message: str
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        # A key from an entry can be anything: control characters shown escaped, cut short.
        key = one_line(self.key)
        object.__setattr__(self, "key", key if len(key) <= MAX_KEY else key[: MAX_KEY - 1] + "…")

    def __str__(self) -> str:
        # One problem is one line of text whatever the entry holds (a file named "a\nb.md",
        # a quoted value with a newline); path and message stay as they are for matching
        # and for formats with their own escaping.
        path = one_line(self.path)
        where = f"{path}:{self.line}" if self.line else path
        # The English key stays (maintainers and tools grep it), its label in the language.
        text = about(describe(self.key) if self.key else "", one_line(self.message))
        if self.severity is Severity.WARNING:
            text = _("warning: {message}").format(message=text)
        elif self.severity is Severity.NOTE:
            text = _("note: {message}").format(message=text)
        return f"{where}: {text}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.key, p.message))
