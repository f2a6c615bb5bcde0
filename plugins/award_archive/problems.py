"""Problems are data: collected in full, reported once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .model import describe


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the archive root, forward slashes
    line: int  # 1-based; 0 when the problem is about the whole file
    key: str  # front-matter key, or "" for the file itself
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        what = f"{describe(self.key)}: " if self.key else ""
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{where}: {prefix}{what}{self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.key, p.message))
