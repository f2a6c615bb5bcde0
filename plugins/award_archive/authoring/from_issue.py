"""`awards from-issue`: an issue written with the new-entry form, turned into an entry.

GitHub writes an issue form's answers as `### <label>`, a blank line, the value, with
`_No response_` for a field left empty. Only the labels of the form (and the labels real
forms use for the same fields, model aliases) start a field, so a value holding a `###`
line of its own stays whole; inside a long text (the work's text, 作品评介, ...) only the
form's exact label of a field not given yet ends it. A body edited by hand may use any
heading level, a colon after the label and Windows line ends. The values are checked and
written by `awards new`'s create_entry (same messages, ids and slug registry). A Word form
named with `--attachment` is imported first (the award and edition typed in the issue win,
as `awards import --award --edition` do); the issue's fields fill what the form leaves
empty, and a field given differently is noted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from award_archive.authoring.new import (
    NewEntry,
    ScaffoldError,
    create_entry,
    normalise,
    problems_of,
)
from award_archive.checking.read import parse_entry_text
from award_archive.config import ArchiveConfig
from award_archive.contract.i18n import _, about, quoted
from award_archive.contract.model import FIELDS, FIELDS_BY_KEY, REQUIRED_KEYS, Kind, describe
from award_archive.formats.issue_form import (
    ATTACHMENT_ID,
    ATTACHMENT_LABEL,
    BODY_ID,
    BODY_LABEL,
    NOT_ASKED,
)

NO_RESPONSE = "_No response_"
_HEADING = re.compile(r"^\s{0,3}#{1,6}[ \t]*(?P<label>.+?)[ \t]*[:：]?[ \t]*#*[ \t]*$")
_LINK = re.compile(r"https?://[^\s<>()\[\]\"']+")
FORM_SUFFIXES = (".docx", ".doc")


def _form_labels() -> dict[str, str]:
    """The form's own headings -> key."""
    found = {_squash(f.label): f.key for f in FIELDS if f.key not in NOT_ASKED}
    return {**found, _squash(BODY_LABEL): BODY_ID, _squash(ATTACHMENT_LABEL): ATTACHMENT_ID}


def _labels() -> dict[str, str]:
    """Heading text -> key: the form's labels, then the aliases real forms print."""
    found = _form_labels()
    found.setdefault(_squash("正文"), BODY_ID)
    for f in FIELDS:
        if f.key not in NOT_ASKED:
            for alias in f.aliases:
                found.setdefault(_squash(alias), f.key)
    return found


def _long_text(key: str | None) -> bool:
    return key == BODY_ID or (key in FIELDS_BY_KEY and FIELDS_BY_KEY[key].kind is Kind.TEXT)


def _squash(label: str) -> str:
    return re.sub(r"\s+", "", label).replace("(", "（").replace(")", "）").strip("*")


@dataclass
class IssueFields:
    values: dict[str, str] = field(default_factory=dict)  # key -> the answer as written
    lines: dict[str, int] = field(default_factory=dict)  # key -> line of its value (or heading)
    notes: list[str] = field(default_factory=list)


def parse_issue(text: str) -> IssueFields:
    """The answers of an issue body, keyed by the contract's keys (plus body, attachment)."""
    labels, exact = _labels(), _form_labels()
    parsed = IssueFields()
    key: str | None = None
    chunk: list[str] = []
    valued: set[str] = set()

    def close() -> None:
        if key is not None:
            value = "\n".join(chunk).strip("\n")
            value = "" if value.strip() == NO_RESPONSE else value
            parsed.values[key] = value

    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, 1):
        m = _HEADING.match(line)
        heading = _squash(m.group("label")) if m else ""
        hit = labels.get(heading) if heading else None
        if (
            hit is not None
            and _long_text(key)
            and (exact.get(heading) != hit or hit in parsed.values)
        ):
            hit = None  # in a work's text, `### 作品简介` is a heading of the work: only the
            # form's own label of a field still to come ends it
        if hit is None:
            chunk.append(line)
            if key is not None and line.strip() and key not in valued:
                valued.add(key)
                parsed.lines[key] = number  # messages point at the value, not its heading
            continue
        close()
        if hit in parsed.values:
            again = _("{heading} appears more than once; the last one is taken")
            parsed.notes.append(f"{number}: " + again.format(heading=quoted(line.strip())))
        key, chunk = hit, []
        parsed.lines[hit] = number
        valued.discard(hit)
    close()
    return parsed


def attachment_urls(fields: IssueFields) -> list[str]:
    """The links to Word forms in the attachment field (GitHub's upload links)."""
    links = _LINK.findall(fields.values.get(ATTACHMENT_ID, ""))
    return [u for u in links if u.lower().rstrip("/").endswith(FORM_SUFFIXES)]


def values_of(fields: IssueFields) -> dict[str, Any]:
    """Typed answers as `awards new` stores them (edition 第十届 → 10, authors → list)."""
    values: dict[str, Any] = {}
    for key, text in fields.values.items():
        if key in (BODY_ID, ATTACHMENT_ID):
            continue
        if FIELDS_BY_KEY[key].kind is not Kind.TEXT:
            text = _one_line(text)
        value = normalise(key, text)
        if (
            isinstance(value, str)
            and value.isascii()
            and value.isdigit()
            and (FIELDS_BY_KEY[key].kind in (Kind.INTEGER, Kind.LENGTH))
        ):
            value = int(value)  # year 2024, length 2402: numbers, as the importer writes them
        if value is not None:
            values[key] = value
    return values


def _one_line(text: str) -> str:
    """An input is one line; a hand edit may wrap it: Chinese joins without a space.
    Spaces within a line stay (the validator judges them: '消 息' is not '消息')."""
    out = ""
    for piece in (line.strip() for line in text.splitlines() if line.strip()):
        if out and not (ord(out[-1]) > 0x2E7F and ord(piece[0]) > 0x2E7F):
            out += " "
        out += piece
    return out


def _body(fields: IssueFields, title: str) -> str:
    text = fields.values.get(BODY_ID, "").strip("\n")
    if not text.strip():
        return ""
    heading = f"# {title}\n\n" if title else ""
    return heading + text.rstrip() + "\n"


def _from_attachment(
    path: Path, config: ArchiveConfig, out_dir: Path, typed: dict[str, Any]
) -> tuple[dict[str, Any], str]:
    """The form's values and body; the award and edition typed in the issue win, as
    `awards import --award --edition` do (a form's heading often lacks them)."""
    from award_archive.authoring.importer import Options, import_form

    edition = typed.get("edition")
    options = Options(
        award=typed.get("award"),
        edition=edition if isinstance(edition, int) else None,
        rules=config.rules,
    )
    outcome = import_form(path, options, out_dir=out_dir)
    if outcome.failed:
        raise ScaffoldError(f"{ATTACHMENT_LABEL} {path.name}: {outcome.failed}")
    raw = parse_entry_text(outcome.text, f"{out_dir.name}/{outcome.entry_id}.md")
    data = {k: v for k, v in raw.data.items() if k != "id" and v not in (None, "", [])}
    return data, raw.body


def problems_in(values: dict[str, Any], fields: IssueFields, config: ArchiveConfig) -> list[str]:
    """`LINE: key (label): what is wrong`, one per problem, in the form's order: required
    fields left empty and values the validator rejects (`awards new`'s check)."""
    by_key: dict[str, list[str]] = {}
    for p in problems_of(values, config):
        by_key.setdefault(p.key, []).append(p.message)
    for key in REQUIRED_KEYS:
        if values.get(key) in (None, "", []):
            label = FIELDS_BY_KEY[key].label
            by_key.setdefault(key, []).append(
                _("required, but left empty; edit the issue and fill it in under {heading}").format(
                    heading=quoted(f"### {label}")
                )
            )
    found = []
    for f in FIELDS:
        for message in by_key.get(f.key, []):
            line = fields.lines.get(f.key)
            found.append(f"{line}: " * bool(line) + about(describe(f.key), message))
    return found


def entry_from_issue(
    text: str,
    root: Path,
    config: ArchiveConfig,
    *,
    out_dir: Path | None = None,
    attachment: Path | None = None,
) -> tuple[NewEntry, IssueFields]:
    """Write the entry an issue body describes; ScaffoldError's lines say what to fix,
    each starting with the line of the issue's heading when the issue has it."""
    fields = parse_issue(text)
    if not fields.values:
        raise ScaffoldError(
            _(
                "the issue's body holds no field of the form (such as “### 作品标题”); "
                "use the “提交新条目” form"
            )
        )
    values = values_of(fields)
    body = ""
    if attachment is not None:
        imported, body = _from_attachment(
            attachment, config, out_dir or root / config.entries_dir, values
        )
        for key, value in imported.items():
            if values.get(key) not in (None, value):
                line = fields.lines.get(key)
                differs = _("the issue differs from the attached form; the form's {value} is taken")
                fields.notes.append(
                    f"{line}: " * bool(line)
                    + about(describe(key), differs.format(value=quoted(str(value))))
                )
        values = {**values, **imported}  # the form is the source; the issue fills its gaps
    problems = problems_in(values, fields, config)
    if problems:
        raise ScaffoldError("\n".join(problems))
    body = body or _body(fields, str(values.get("title", "")))
    created = create_entry(root, config, values, out_dir=out_dir, body=body or None)
    return created, fields
