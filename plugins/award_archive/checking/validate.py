"""Every rule of the entry contract. Returns problems; never raises on bad data."""

from __future__ import annotations

import difflib
import posixpath
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from award_archive.checking.problems import Problem, Severity
from award_archive.checking.read import RawEntry
from award_archive.contract.archive_model import ArchiveModel
from award_archive.contract.characters import (
    BIDI_CONTROL,
    CONTROL_IN_LINE,
    CONTROL_IN_TEXT,
    codepoint,
    has_visible,
)
from award_archive.contract.dates import (
    DateError,
    DateOutOfRange,
    DatePoint,
    PublishedDate,
    parse_published,
)
from award_archive.contract.i18n import _, quoted
from award_archive.contract.lengths import parse_length
from award_archive.contract.model import (
    DEFAULT_CATEGORIES,
    DEFAULT_PRIZES,
    EXTRA_KEYS,
    FIELDS,
    FIELDS_BY_KEY,
    KEYS,
    LIST_ENTRY_OPTIONAL,
    STAGES,
    Entry,
    Field,
    Kind,
    describe,
)
from award_archive.contract.names import normalise_name, split_names
from award_archive.contract.numerals import parse_edition
from award_archive.contract.slugs import reserved_id
from award_archive.web.markdown import refused_links

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_SLUG = 80
MAX_STRING = 300  # a title, an outlet, a name
MAX_TEXT = 20_000  # an evaluation, a process, an effect
# Names in one list (authors, editors): every author page lists its co-authors, so one
# entry costs the square of its authors (2,000: 30 s and 232 MB of site).
MAX_NAMES = 200
MAX_EDITION = 1000
MIN_EVALUATION = 120  # the form asks for 120 characters or more
SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


@dataclass(frozen=True)
class Rules:
    """What the archive allows; read from the plugin config in mkdocs.yml."""

    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    prizes: tuple[str, ...] = DEFAULT_PRIZES
    # Awards with a vocabulary of their own (archive.yml): (award, categories, prizes);
    # an empty list keeps the global one. Categories include the old names `renamed` maps.
    awards: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()

    def categories_of(self, award: object) -> tuple[str, ...]:
        own = next((c for a, c, _p in self.awards if a == award), ())
        return own or self.categories

    def prizes_of(self, award: object) -> tuple[str, ...]:
        own = next((p for a, _c, p in self.awards if a == award), ())
        return own or self.prizes

    def with_model(self, model: ArchiveModel) -> Rules:
        """These rules with each award's own lists from archive.yml."""
        awards = tuple(
            (
                a.name,
                (*a.categories, *(old for old, _new in a.renamed)) if a.categories else (),
                a.prizes,
            )
            for a in model.awards
            if a.categories or a.prizes
        )
        return Rules(self.categories, self.prizes, awards)


# Chinese labels (and their variants) -> key, to answer "作者:" with "use authors".
LABEL_TO_KEY: dict[str, str] = {}
for _f in FIELDS:
    for _label in (_f.label, *_f.aliases):
        LABEL_TO_KEY.setdefault(_label, _f.key)


def nearest(value: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The closest allowed value, comparing without spaces and width differences."""

    def norm(s: str) -> str:
        return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()

    normed = {norm(c): c for c in choices}
    v = norm(value)
    if v in normed:
        return normed[v]
    hit = difflib.get_close_matches(v, list(normed), n=1, cutoff=0.5)
    return normed[hit[0]] if hit else None


def suggest_key(key: str) -> str:
    if key in LABEL_TO_KEY:
        return _("; use the English key '{key}' for {label}").format(
            key=LABEL_TO_KEY[key], label=key
        )
    hit = difflib.get_close_matches(key.lower(), list(KEYS), n=1, cutoff=0.6)
    if hit:
        return _("; did you mean '{key}'?").format(key=hit[0])
    return _("; the known keys are: {keys}").format(keys=", ".join(KEYS))


# Which characters are refused where: characters.py. One-line fields also refuse bidi
# overrides; a value of only invisible characters (U+200B, U+3000) is empty.
_ONE_LINE = frozenset(
    (Kind.STRING, Kind.SLUG, Kind.URL, Kind.DATE, Kind.LENGTH, Kind.NAMES, Kind.PATHS)
)


def _show(value: Any) -> str:
    if not isinstance(value, str):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "…"
    return quoted(value if len(value) <= 58 else value[:56] + "…")


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return _("true/false")
    if isinstance(value, (int, float)):
        return _("a number")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a set of 'key: value' pairs")
    if isinstance(value, (bytes, bytearray)):
        return _("binary data (a !!binary tag)")
    if isinstance(value, (set, frozenset)):
        return _("a set (a !!set tag)")
    if isinstance(value, tuple):
        return _("a 'key: value' pair (a !!pairs or !!omap tag)")
    return type(value).__name__


class _Checker:
    def __init__(self, raw: RawEntry, rules: Rules, entries_dir: str = "entries") -> None:
        self.raw = raw
        self.rules = rules
        self.entries_dir = posixpath.normpath(entries_dir.replace("\\", "/"))
        self.problems: list[Problem] = list(raw.problems)
        self.values: dict[str, Any] = {}

    def add(self, key: str, message: str, severity: Severity = Severity.ERROR) -> None:
        line = self.raw.lines.get(key, 1)  # a missing key: the front matter's first line
        self.problems.append(Problem(self.raw.path, line, key, message, severity))

    def run(self) -> Entry | None:
        if any(p.is_error and not p.key for p in self.raw.problems):
            return None  # the file itself could not be read: nothing more to say
        data = self.raw.data
        unreadable = {p.key for p in self.raw.problems if p.key}  # already reported
        for key in data:
            if key not in FIELDS_BY_KEY and key not in EXTRA_KEYS:
                self.add(
                    key, _("is not a field of the entry format{hint}").format(hint=suggest_key(key))
                )
        list_entry = not _is_empty(data.get("stage")) and not self.raw.body.strip()
        for f in FIELDS:
            value = data.get(f.key)
            if f.key in unreadable or not self.check_characters(f, value):
                continue
            if _is_empty(value):
                if f.required and not (list_entry and f.key in LIST_ENTRY_OPTIONAL):
                    message = (
                        _("is required but missing; add it ({label} on the form)")
                        if f.key not in data
                        else _("is required but empty; fill it in ({label} on the form)")
                    )
                    self.add(f.key, message.format(label=f.label))
                continue
            checked = self.check(f, value)
            if checked is not None:
                self.values[f.key] = checked
        example = data.get("example")
        if example is not None and not isinstance(example, bool):
            self.add("example", _("must be true or false"))
        self.check_id()
        self.check_lists()
        self.check_body()
        if list_entry:
            self.check_list_entry()
        evaluation = self.values.get("evaluation", "")
        if evaluation and len(evaluation) < MIN_EVALUATION:
            self.add(
                "evaluation",
                _("is {n} characters; the form asks for {min} or more").format(
                    n=len(evaluation), min=MIN_EVALUATION
                ),
                Severity.WARNING,
            )
        if any(p.is_error for p in self.problems):
            return None
        if "published" not in self.values:  # a list entry: filed under its year, if it has one
            self.values["published"] = PublishedDate("", DatePoint(self.values.get("year") or 0))
        for key, empty in (("category", ""), ("authors", []), ("outlet", "")):
            self.values.setdefault(key, empty)  # a list entry the list gave none of these
        # Every field of the form that was given and is valid; Entry's defaults for the rest.
        given = {f.key: self.values[f.key] for f in FIELDS if f.key in self.values}
        return Entry(source=self.raw.path, body=self.raw.body, example=bool(example), **given)

    def check_characters(self, f: Field, value: Any) -> bool:
        """False (and a problem) when a text value, or a name in a list, holds a character
        refused in this kind of field (characters.py)."""
        pattern = CONTROL_IN_LINE if f.kind in _ONE_LINE else CONTROL_IN_TEXT
        texts = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        for text in texts:
            found = pattern.search(text) if isinstance(text, str) else None
            if found:
                char = found.group()
                if BIDI_CONTROL.match(char):
                    self.add(
                        f.key,
                        _(
                            "contains the bidi control character {char}; delete it (it changes the "
                            "order in which the text around it is shown)"
                        ).format(char=codepoint(char)),
                    )
                else:
                    self.add(
                        f.key,
                        _(
                            "contains the invisible control character {char}; delete it (it often "
                            "comes from copying out of Word or a PDF)"
                        ).format(char=codepoint(char)),
                    )
                return False
        return True

    # -- one method per kind of value ------------------------------------------------
    def check(self, f: Field, value: Any) -> Any:
        kind = f.kind
        if kind in (Kind.STRING, Kind.TEXT, Kind.SLUG):
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)  # a title like 2024 is still a title
            if not isinstance(value, str):
                self.add(
                    f.key,
                    _("should be text, but is {what}; write it on one line after '{key}: '").format(
                        what=_type_name(value), key=f.key
                    ),
                )
                return None
            value = value.strip()
            limit = MAX_TEXT if kind is Kind.TEXT else MAX_STRING
            if len(value) > limit:
                self.add(
                    f.key,
                    _("is {n} characters long; the limit is {limit}").format(
                        n=len(value), limit=limit
                    ),
                )
                return None
            if kind is Kind.STRING and "\n" in value:
                value = " ".join(value.split())
            return value
        if kind is Kind.INTEGER:
            return self.check_integer(f, value)
        if kind is Kind.NAMES:
            return self.check_names(f, value)
        if kind is Kind.DATE:
            return self.check_date(f, value)
        if kind is Kind.LENGTH:
            return self.check_length(f, value)
        if kind is Kind.URL:
            if not isinstance(value, str) or not SAFE_URL.match(value.strip()):
                self.add(
                    f.key,
                    _(
                        "{value} is not a web address; it must start with http:// or https://"
                    ).format(value=_show(value)),
                )
                return None
            return value.strip()
        if kind is Kind.PATHS:
            return self.check_paths(f, value)
        raise AssertionError(kind)  # pragma: no cover

    def check_date(self, f: Field, value: Any) -> Any:
        try:
            return parse_published(value)
        except DateOutOfRange as e:
            self.add(f.key, str(e))
            return None
        except DateError:
            self.add(
                f.key,
                _(
                    "cannot read the date {value}; write it like 2023-06-08, 2023年6月8日, "
                    "2022.6.2 or 2023年7期"
                ).format(value=_show(value)),
            )
            return None

    def check_length(self, f: Field, value: Any) -> Any:
        fix = isinstance(value, str) and _not_plain_decimal(value, "2402", durations=True)
        if fix:
            self.add(
                f.key,
                _("{value} is not a plain decimal number; {fix}").format(
                    value=_show(value), fix=fix
                ),
            )
            return None
        try:
            length = parse_length(value)
        except TypeError:
            self.add(
                f.key,
                _(
                    "should be a number of characters (2402) or a duration (9分54秒), but is {what}"
                ).format(what=_type_name(value)),
            )
            return None
        if length is not None and len(length.text) > MAX_STRING:
            self.add(
                f.key,
                _(
                    "is {n} characters long; the limit is {limit}: write a count (2402) or a "
                    "duration (9分54秒)"
                ).format(n=len(length.text), limit=MAX_STRING),
            )
            return None
        if length is not None and length.characters is not None and length.characters < 0:
            self.add(
                f.key,
                _(
                    "cannot be negative, but is {n}; write the number of characters, e.g. 2402"
                ).format(n=length.characters),
            )
            return None
        return length

    def check_integer(self, f: Field, value: Any) -> int | None:
        number: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str):
            fix = _not_plain_decimal(value, "10" if f.key == "edition" else "2024")
            if fix:
                self.add(
                    f.key,
                    _("{value} is not a plain decimal number; {fix}").format(
                        value=_show(value), fix=fix
                    ),
                )
                return None
            number = parse_edition(value) if f.key == "edition" else _int_or_none(value)
        if number is None:
            example = _("10 (for 第十届)") if f.key == "edition" else "2024"
            self.add(
                f.key,
                _("should be a whole number such as {example}, but is {value}").format(
                    example=example, value=_show(value)
                ),
            )
            return None
        if f.key == "edition" and not 1 <= number <= MAX_EDITION:
            self.add(
                f.key,
                _("must be between 1 and {max}, but is {value}").format(
                    max=MAX_EDITION, value=_show(number)
                ),
            )
            return None
        if f.key == "year" and not 1900 <= number <= 2200:
            self.add(
                f.key,
                _("{year} is not a plausible year; write the four-digit year, e.g. 2024").format(
                    year=number
                ),
            )
            return None
        return number

    def check_names(self, f: Field, value: Any) -> list[str] | None:
        if isinstance(value, str):
            names = split_names(value)
        elif isinstance(value, list):
            names = []
            for item in value:
                if isinstance(item, (int, float)) and not isinstance(item, bool):
                    item = str(item)
                if not isinstance(item, str):
                    self.add(
                        f.key,
                        _("each name must be text, but one is {what}").format(
                            what=_type_name(item)
                        ),
                    )
                    return None
                names.extend(split_names(item))
        else:
            self.add(
                f.key,
                _("should be a list of names, e.g. [李怡霏, 莫尔佳], but is {what}").format(
                    what=_type_name(value)
                ),
            )
            return None
        names = [name for name in names if has_visible(name)]  # U+200B alone is no name
        if len(names) > MAX_NAMES:
            self.add(
                f.key,
                _(
                    "lists {n} names; the limit is {limit} "
                    "(the largest real forms list about 100): "
                    "check the list, or name the group, e.g. 集体"
                ).format(n=len(names), limit=MAX_NAMES),
            )
            return None
        for name in names:
            if len(name) > MAX_STRING:
                self.add(
                    f.key,
                    _("a name is {n} characters long; the limit is {limit}").format(
                        n=len(name), limit=MAX_STRING
                    ),
                )
                return None
        if not names and f.required:
            self.add(
                f.key,
                _("is required but empty; fill it in ({label} on the form)").format(label=f.label),
            )
            return None
        return names

    def check_paths(self, f: Field, value: Any) -> list[str] | None:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            self.add(
                f.key,
                _("should be a list of file paths, but is {what}").format(what=_type_name(value)),
            )
            return None
        entry_dir = posixpath.dirname(self.raw.path)
        paths: list[str] = []
        for item in items:
            if not isinstance(item, str) or not item.strip():
                self.add(
                    f.key,
                    _("each attachment must be a file path, but one is {value}").format(
                        value=_show(item)
                    ),
                )
                return None
            p = item.strip()
            if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", p) or p.startswith(("/", "\\", "~")):
                self.add(
                    f.key,
                    _(
                        "{path} must be a path relative to this entry, "
                        "not a URL or an absolute path"
                    ).format(path=_show(p)),
                )
                return None
            joined = posixpath.normpath(posixpath.join(entry_dir, p.replace("\\", "/")))
            folder = self.entries_dir
            if (
                not PurePosixPath(joined).is_relative_to(folder)
                or ".." in PurePosixPath(joined).parts
            ):
                self.add(
                    f.key,
                    _("{path} points outside {folder}/; keep attachments inside {folder}/").format(
                        path=_show(p), folder=folder
                    ),
                )
                return None
            paths.append(joined)
        return paths

    def check_body(self) -> None:
        for line, target in refused_links(self.raw.body):
            self.problems.append(
                Problem(
                    self.raw.path,
                    self.raw.body_line + line - 1,
                    "",
                    _(
                        "the link {target} is not an http(s) or mailto address or a relative link; "
                        "the page shows its text without the link"
                    ).format(target=_show(target)),
                    Severity.WARNING,
                )
            )
        control = CONTROL_IN_TEXT.search(self.raw.body)
        if control:
            line = self.raw.body_line + self.raw.body.count(
                "\n", 0, self.raw.body.find(control.group())
            )
            self.problems.append(
                Problem(
                    self.raw.path,
                    line,
                    "",
                    _("the text contains the invisible control character {char}; delete it").format(
                        char=codepoint(control.group())
                    ),
                )
            )

    def check_id(self) -> None:
        data = self.raw.data
        if "id" in self.values:
            slug = self.values["id"]
            if not SLUG_RE.match(slug) or len(slug) > MAX_SLUG:
                self.add(
                    "id",
                    _(
                        "{id} is not a valid id: "
                        "use lowercase a-z, 0-9 and '-', e.g. chuanyu-zuotanhui"
                    ).format(id=quoted(slug)),
                )
                self.values.pop("id")
            elif reserved := reserved_id(slug):
                self.add(
                    "id",
                    _("{id} {reserved}; choose another id").format(
                        id=quoted(slug), reserved=reserved
                    ),
                )
                self.values.pop("id")
            return
        if "id" in data and not _is_empty(data["id"]):
            return  # already reported as the wrong type
        stem = PurePosixPath(self.raw.path).stem
        if SLUG_RE.match(stem) and len(stem) <= MAX_SLUG and not reserved_id(stem):
            self.values["id"] = stem
        elif reserved_id(stem):
            self.problems.append(
                Problem(
                    self.raw.path,
                    1,
                    "id",
                    _(
                        "the file name {name} cannot be the entry's id: it {reserved}; "
                        "rename the file or add an 'id:' line"
                    ).format(name=quoted(stem), reserved=reserved_id(stem)),
                )
            )
        else:
            self.problems.append(
                Problem(
                    self.raw.path,
                    1,
                    "id",
                    _(
                        "the file name {name} cannot be the entry's id (use lowercase a-z, 0-9 "
                        "and '-'); rename the file or add an 'id:' line"
                    ).format(name=quoted(stem)),
                )
            )

    def check_list_entry(self) -> None:
        """A list entry (a stage, no text): what a full entry still needs is one warning."""
        missing = [f.key for f in FIELDS if f.required and f.key not in self.values]
        missing += ["the work's text"]
        self.add(
            "stage",
            "is a list entry (metadata only); a full entry still needs: "
            + ", ".join(describe(k) if k in FIELDS_BY_KEY else k for k in missing),
            Severity.NOTE,
        )

    def check_lists(self) -> None:
        award = normalise_name(a) if isinstance(a := self.values.get("award"), str) else None
        for key, allowed, message in (
            (
                "category",
                self.rules.categories_of(award),
                _("{value} is not an allowed category; {hint}"),
            ),
            ("prize", self.rules.prizes_of(award), _("{value} is not an allowed prize; {hint}")),
            ("stage", STAGES, _("{value} is not an allowed stage; {hint}")),
        ):
            value = self.values.get(key)
            if value is None or not allowed or value in allowed:
                continue
            hit = nearest(value, allowed)
            hint = (
                _("did you mean {value}?").format(value=quoted(hit))
                if hit
                else _("choose one of: {values}").format(values="、".join(allowed))
            )
            self.add(key, message.format(value=quoted(value), hint=hint))
            self.values.pop(key)


def _is_empty(value: Any) -> bool:
    """None, [], {} or text without a visible character (only spaces, U+200B, U+3000 …)."""
    if isinstance(value, str):
        return not has_visible(value)
    return value is None or (isinstance(value, (list, dict)) and not value)


def _not_plain_decimal(text: str, example: str, durations: bool = False) -> str | None:
    """What to write instead when `text` is a number in another form than plain decimal
    (YAML 1.1 reads `010` as 8, `0x10` as 16, `10_0` as 100, `1:30` as 90), or None.
    Full-width digits are plain decimal; `1:30` is a duration where `durations` allows."""
    t = unicodedata.normalize("NFKC", text).strip()
    if len(t) > 40:
        return None  # no real number is that long; the other checks say what is wrong
    if re.fullmatch(r"[-+]?0[xXoObB][0-9a-fA-F_]+", t):
        try:
            return _("write {number}").format(number=int(t.replace("_", ""), 0))
        except ValueError:
            return _("write the digits 0-9 only, e.g. {example}").format(example=example)
    if re.fullmatch(r"[-+]?[0-9][0-9_]*", t) and (t[0] == "+" or "_" in t or re.match(r"-?0.", t)):
        return _("write {number}").format(number=int(t.replace("_", "")))  # +10, 10_0, 010
    if not durations and re.fullmatch(r"[-+]?[0-9]+(?::[0-9_]+)+(?:\.[0-9_]*)?", t):
        return _("write a whole number such as {example}").format(example=example)
    return None


def _int_or_none(text: str) -> int | None:
    t = unicodedata.normalize("NFKC", text).strip()
    return int(t) if re.fullmatch(r"\d{1,6}", t) else None


def validate_entry(
    raw: RawEntry, rules: Rules, entries_dir: str = "entries"
) -> tuple[Entry | None, list[Problem]]:
    """Check one entry on its own (attachments stay inside `entries_dir`); cross-entry
    rules live in archive.py."""
    checker = _Checker(raw, rules, entries_dir)
    entry = checker.run()
    return entry, checker.problems
