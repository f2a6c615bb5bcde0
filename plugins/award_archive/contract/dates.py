"""Publication dates as forms write them, parsed into something sortable.

Accepted shapes: 2023-06-08, 2023/6/8, 2022.6.2, 2023年6月8日, 2023年6月, 2023年,
2023年7期 / 2023年第7期 (a magazine issue), and ranges of these joined by 到, 至, -, ~.
The text is always kept as written; the parse only adds a sort key and an ISO form.

Years run from EARLIEST_YEAR to LATEST_YEAR: 中国新闻奖 is given since 1990 and provincial
archives hold works back to 1949, so 1900 leaves room for any real archive, and 2100 for
any real future; a year outside (0000年, a typo like 2230) is refused, not built.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import math
import re
import unicodedata
from dataclasses import dataclass

from award_archive.contract.i18n import _


@dataclass(frozen=True)
class DatePoint:
    year: int
    month: int | None = None
    day: int | None = None
    issue: int | None = None  # a magazine's issue number within the year

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        # An issue has no month: sort it near the month it most likely came out in
        # (monthly up to 12 issues, semi-monthly up to 24, weekly beyond).
        month = self.month or (_issue_month(self.issue) if self.issue else 0)
        return (self.year, month, self.day or 0, self.issue or 0)

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _issue_month(issue: int) -> int:
    if issue <= 12:
        return max(issue, 1)
    per_month = 2 if issue <= 24 else 52 / 12
    return min(12, max(1, math.ceil(issue / per_month)))


@dataclass(frozen=True)
class PublishedDate:
    text: str  # as written in the entry
    start: DatePoint
    end: DatePoint | None = None

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        return self.start.sort_key

    @property
    def iso(self) -> str:
        """`2023-06-08`, `2023-06`, `2023` (the start of a range)."""
        return self.start.iso

    @property
    def sortable(self) -> str:
        """A string that sorts like the date: `2023-07-00-07` for 2023年7期."""
        y, m, d, i = self.sort_key
        return f"{y:04d}-{m:02d}-{d:02d}-{i:02d}"


class DateError(ValueError):
    pass


EARLIEST_YEAR = 1900
LATEST_YEAR = 2100


class DateOutOfRange(DateError):
    """A date in an accepted shape whose year no real archive holds."""

    def __init__(self, year: int) -> None:
        super().__init__(
            _(
                "the year {year} is outside {earliest}–{latest}; "
                "check the date and write it like 2023-06-08 or 2023年7期"
            ).format(year=f"{year:04d}", earliest=EARLIEST_YEAR, latest=LATEST_YEAR)
        )
        self.year = year


# gzip stores a file's time as an unsigned 32-bit count of seconds since 1970 (until 2106).
_EPOCH_MAX = 2**32 - 1


def build_epoch(last: _dt.date | None) -> int:
    """SOURCE_DATE_EPOCH for the newest publication date (the sitemap's date and the time
    in sitemap.xml.gz), clamped to what gzip can hold: any date gives a build."""
    last = last or _dt.date(2000, 1, 1)
    seconds = calendar.timegm(last.timetuple())
    return min(max(seconds, 0), _EPOCH_MAX)


def _in_range(date: PublishedDate) -> PublishedDate:
    for point in (date.start, date.end):
        if point is not None and not EARLIEST_YEAR <= point.year <= LATEST_YEAR:
            raise DateOutOfRange(point.year)
    return date


# A full date as text writes it inside a longer value (`2022年5月1日`, `2022-05-01`, `2022.5.1`,
# `2016年 10月13日`): the one pattern the importer's forms and lists find dates with.
WRITTEN_DATE = r"(?:19|20)\d{2}\s*[年./\-]\s*\d{1,2}\s*[月./\-]\s*\d{1,2}\s*日?"

_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?$")
_YEAR = re.compile(r"^(\d{4})\s*年?$")
_ISSUE = re.compile(r"^(\d{4})\s*年\s*(?:第\s*)?(\d{1,3})\s*期$")
# the end of a range may leave out the year, or the year and month: 6月1日至30日
_MD = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_D = re.compile(r"^(\d{1,2})\s*日$")
_RANGE_SPLIT = re.compile(r"\s*(?:到|至|~|～|—|－|--|\s-\s)\s*")


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _point(text: str, context: DatePoint | None = None) -> DatePoint:
    t = text.strip()
    m = _ISSUE.match(t)
    if m:
        return DatePoint(int(m.group(1)), issue=int(m.group(2)))
    m = _YMD.match(t)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        day = int(m.group(3)) if m.group(3) else None
        return _checked(year, month, day)
    m = _YEAR.match(t)
    if m:
        return DatePoint(int(m.group(1)))
    if context is not None:
        m = _MD.match(t)
        if m:
            return _checked(context.year, int(m.group(1)), int(m.group(2)))
        m = _D.match(t) or re.match(r"^(\d{1,2})$", t)
        if m and context.month is not None:
            return _checked(context.year, context.month, int(m.group(1)))
        m = re.match(r"^(?:第\s*)?(\d{1,3})\s*期$", t)
        if m and context.issue is not None:
            return DatePoint(context.year, issue=int(m.group(1)))
    raise DateError(t)


def _checked(year: int, month: int, day: int | None) -> DatePoint:
    if not 1 <= month <= 12:
        raise DateError(f"month {month}")
    if day is not None:
        try:
            _dt.date(year, month, day)
        except ValueError as e:
            raise DateError(str(e)) from None
    return DatePoint(year, month, day)


def parse_published(value: object) -> PublishedDate:
    """Parse a `published` value; raise DateError when no accepted shape fits, and
    DateOutOfRange (a DateError) when a year is outside EARLIEST_YEAR..LATEST_YEAR."""
    return _in_range(_parse(value))


def _parse(value: object) -> PublishedDate:
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        text = value.isoformat()
        return PublishedDate(text, DatePoint(value.year, value.month, value.day))
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise DateError(repr(value))
    text = value.strip()
    norm = _normalise(text)
    if not norm:
        raise DateError("empty")
    try:
        return PublishedDate(text, _point(norm))
    except DateError:
        pass
    parts = _RANGE_SPLIT.split(norm)
    if len(parts) == 1 and norm.count("-") == 1:
        parts = norm.split("-")  # 2022.6.1-2022.6.30
    elif len(parts) == 1 and norm.count("-") == 5:
        pieces = norm.split("-")  # 2023-06-01-2023-06-30
        parts = ["-".join(pieces[:3]), "-".join(pieces[3:])]
    if len(parts) != 2:
        raise DateError(norm)
    start = _point(parts[0])
    end = _point(parts[1], context=start)
    if end.sort_key < start.sort_key:
        raise DateError("range ends before it starts")
    return PublishedDate(text, start, end)
